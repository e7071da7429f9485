#pragma once

#include "rowinserter.h"

namespace hubdesk {

// Writes many new records of one entity inside the caller's transaction: each one
// tidied and checked against the domain rules, then inserted with reused prepared
// statements. Instead of an audit line per row it writes one line for the batch
// (finish()), which is what makes a million-row load take seconds, not minutes.
class BulkWriter
{
public:
    BulkWriter(Database &db, EntityType type);

    Error add(Record &record);
    qint64 count() const { return m_count; }
    // The audit line of the batch: {"rows": count, "note": note}.
    Error finish(const QString &note, const QString &batch = QString());

private:
    Database &m_db;
    EntityType m_type;
    RowInserter m_inserter;
    qint64 m_count = 0;
};

} // namespace hubdesk
