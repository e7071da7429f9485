#pragma once

#include "error.h"

#include <QSqlDatabase>

namespace hubdesk {

// A write transaction that is rolled back unless commit() succeeds.
//
// Why BEGIN IMMEDIATE: a deferred BEGIN that reads and then writes fails at once
// with SQLITE_BUSY_SNAPSHOT when another process wrote in between (a lost update);
// IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout)
// and then sees the first one's commit. Inside an open transaction it nests as a
// SAVEPOINT, so repositories compose into larger all-or-nothing operations.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Error begin();
    Error commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for an outermost transaction
    bool m_active = false;
};

} // namespace hubdesk
