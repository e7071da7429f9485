#pragma once

#include "../domain/record.h"
#include "error.h"
#include "listquery.h"

#include <QSqlQuery>

#include <memory>

namespace hubdesk {

class Database;
class Repository;

// Reads the records of a list one at a time, with their set fields (tags, roles …) and,
// for each reference, the label of the record it points to: what an export writes. One
// statement through the repository's list SQL (so the same search, filters, trash view
// and order as a page); nothing is held but the current row.
class RecordCursor
{
public:
    // Every live record, in id order.
    RecordCursor(Database &db, EntityType type);
    // The records \a query lists, in its order (its offset and limit aside).
    RecordCursor(Database &db, EntityType type, const ListQuery &query);
    ~RecordCursor();
    RecordCursor(const RecordCursor &) = delete;
    RecordCursor &operator=(const RecordCursor &) = delete;

    Error start();
    // The next record; false at the end or on an error (see error()).
    bool next(Record *record, QHash<QString, QString> *referenceLabels);
    Error error() const { return m_error; }
    qint64 count() const { return m_count; } // the records listed, known after start()

private:
    Database &m_db;
    EntityType m_type;
    ListQuery m_listQuery;
    std::unique_ptr<Repository> m_repository;
    QSqlQuery m_query;
    QList<Field> m_columns; // in the order of the SELECT after id
    Error m_error;
    qint64 m_count = 0;
};

} // namespace hubdesk
