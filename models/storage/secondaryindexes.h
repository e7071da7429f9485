#pragma once

#include "error.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace hubdesk {

// Pauses the secondary (non-unique) indexes for a bulk load: building an index once
// from sorted data is much faster than keeping it up to date one row at a time.
// Unique indexes stay, since they enforce rules while the rows go in. Used inside
// the load's transaction, so that no other connection ever sees the file without
// its indexes, and a rollback brings them back.
class SecondaryIndexes
{
public:
    explicit SecondaryIndexes(const QSqlDatabase &db);
    ~SecondaryIndexes();
    SecondaryIndexes(const SecondaryIndexes &) = delete;
    SecondaryIndexes &operator=(const SecondaryIndexes &) = delete;

    // Drops them, remembering their definitions. Only inside a write transaction.
    Error suspend();
    // Creates them again.
    Error resume();

private:
    QSqlDatabase m_db;
    QList<QPair<QString, QString>> m_indexes; // name, CREATE INDEX statement
    bool m_suspended = false;
};

} // namespace hubdesk
