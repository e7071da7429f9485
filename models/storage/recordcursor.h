#pragma once

#include "../domain/record.h"
#include "error.h"

#include <QSqlQuery>

namespace hubdesk {

class Database;

// Reads every live record of an entity in id order, one at a time, with its set fields
// (tags, roles …) and, for each reference, the label of the record it points to: what
// an export writes. One statement; nothing is held but the current row.
class RecordCursor
{
public:
    RecordCursor(Database &db, EntityType type);
    Error start();
    // The next record; false at the end or on an error (see error()).
    bool next(Record *record, QHash<QString, QString> *referenceLabels);
    Error error() const { return m_error; }
    qint64 count() const { return m_count; } // live records, known after start()

private:
    Database &m_db;
    EntityType m_type;
    QSqlQuery m_query;
    QList<Field> m_columns; // in the order of the SELECT after id, version
    Error m_error;
    qint64 m_count = 0;
};

} // namespace hubdesk
