#include "bulkwriter.h"

#include "../domain/rules.h"
#include "auditlog.h"
#include "database.h"
#include "recordcodec.h"

#include <QJsonObject>

namespace hubdesk {

BulkWriter::BulkWriter(Database &db, EntityType type)
    : m_db(db)
    , m_type(type)
    , m_inserter(db, type)
{
}

Error BulkWriter::add(Record &record)
{
    RecordCodec::normalise(record);
    const Problems problems = Rules::validate(record);
    if (!problems.isEmpty())
        return Error::validation(problems);
    if (Error e = m_inserter.insert(record))
        return e;
    ++m_count;
    return {};
}

Error BulkWriter::finish(const QString &note, const QString &batch)
{
    if (m_count == 0)
        return {};
    QJsonObject changes;
    changes.insert(QStringLiteral("rows"), m_count);
    changes.insert(QStringLiteral("note"), note);
    return AuditLog::write(m_db, QStringLiteral("bulk_insert"), Entities::info(m_type).key, 0, QString(), changes, batch);
}

} // namespace hubdesk
