#include "reportingperiodrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace hubdesk {

ReportingPeriodRepository::ReportingPeriodRepository(Database &db)
    : Repository(db, EntityType::ReportingPeriod)
{
}

Error ReportingPeriodRepository::byName(const QString &name, Record *out) const
{
    return readRecord(QStringLiteral("name"), name.trimmed(), out, false);
}

Problems ReportingPeriodRepository::contextProblems(const Record &record) const
{
    Problems problems = Repository::contextProblems(record);
    const QVariant other = Sql::scalar(m_db.connection(),
                                       QStringLiteral("SELECT id FROM reporting_periods WHERE name = ? AND id <> ?"),
                                       {record.text(QStringLiteral("name")), record.id});
    if (!other.isNull())
        problems.append({EntityType::ReportingPeriod, QStringLiteral("name"),
                         QCoreApplication::translate("Periods", "a reporting period named “%1” already exists")
                             .arg(record.text(QStringLiteral("name")))});
    return problems;
}

} // namespace hubdesk
