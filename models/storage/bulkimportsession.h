#pragma once

#include "../domain/entitytype.h"
#include "error.h"

#include <QCoreApplication>
#include <QVariant>

namespace hubdesk {

class Database;

// What makes many inserts of one entity in one transaction fast, and undoes it after:
//  - statement journals in memory and a bigger page cache (each row's statement opens a
//    statement journal; in a temporary file that was two fifths of an import's time);
//  - the search index written once for all new rows instead of row by row (FTS5 writes
//    its pending terms at every statement's end, a third of an import's time): the
//    insert trigger is dropped inside the transaction (a rollback brings it back) and
//    put back, with the new rows indexed in one statement, by finish().
// Construct it before the transaction begins (the pragmas cannot change inside one),
// call begin() once it has begun and finish() before the commit; the destructor puts
// the pragmas back. Only inserts may run in between: an update or delete of a new row
// would meet a search index that does not hold it yet.
class BulkImportSession
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::BulkImportSession)

public:
    BulkImportSession(Database &db, EntityType type);
    ~BulkImportSession();
    BulkImportSession(const BulkImportSession &) = delete;
    BulkImportSession &operator=(const BulkImportSession &) = delete;

    Error begin();
    // The highest id before the first insert: new records are numbered from one above it.
    qint64 lastIdBefore() const { return m_before; }
    // Checks that exactly \a created records were added with consecutive ids (what a
    // revert relies on), indexes them for search and puts the trigger back; \a lastId
    // gets the last new id.
    Error finish(qint64 created, qint64 *lastId);

private:
    Database &m_db;
    EntityType m_type;
    QVariant m_cacheBefore;
    QVariant m_tempBefore;
    qint64 m_before = 0;
    QString m_triggerSql; // the search index's insert trigger, while it is dropped
};

} // namespace hubdesk
