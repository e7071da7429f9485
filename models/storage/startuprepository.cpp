#include "startuprepository.h"

#include "auditlog.h"
#include "database.h"
#include "sql.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hubdesk {

namespace {

} // namespace

StartupRepository::StartupRepository(Database &db)
    : Repository(db, EntityType::Startup)
{
}

Error StartupRepository::forOrganisation(qint64 organisationId, Record *out) const
{
    return readRecord(QStringLiteral("organisation_id"), organisationId, out, false);
}

Problems StartupRepository::contextProblems(const Record &record) const
{
    Problems problems = Repository::contextProblems(record);
    if (!record.has(QStringLiteral("organisation_id")))
        return problems;
    const qint64 org = record.integer(QStringLiteral("organisation_id"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, kind FROM organisations WHERE id = ?"));
    q.addBindValue(org);
    if (q.exec() && q.next() && q.value(1).toString() != QLatin1String("startup"))
        problems.append({EntityType::Startup, QStringLiteral("organisation_id"),
                         QCoreApplication::translate("Startups", "“%1” is a stakeholder of kind “%2”; only a start-up / scale-up can join the programme "
                            "(change its kind first)")
                             .arg(q.value(0).toString(), Enums::label(EnumType::OrganisationKind, q.value(1).toString()))});
    q.finish();
    const QVariant other = Sql::scalar(m_db.connection(),
                                       QStringLiteral("SELECT id FROM startups WHERE organisation_id = ? AND id <> ?"),
                                       {org, record.id});
    if (!other.isNull())
        problems.append({EntityType::Startup, QStringLiteral("organisation_id"),
                         QCoreApplication::translate("Startups", "this organisation is already in the programme (startup #%1)").arg(other.toLongLong())});
    return problems;
}

Error StartupRepository::addProgress(const Record &startup, const QDate &on)
{
    Repository progress(m_db, EntityType::StartupProgress);
    Record entry(EntityType::StartupProgress);
    entry.setValue(QStringLiteral("startup_id"), startup.id);
    entry.setValue(QStringLiteral("recorded_on"), on);
    entry.setValue(QStringLiteral("stage"), startup.value(QStringLiteral("stage")));
    if (startup.has(QStringLiteral("trl")))
        entry.setValue(QStringLiteral("trl"), startup.value(QStringLiteral("trl")));
    return progress.create(entry);
}

Error StartupRepository::afterCreate(Record &startup)
{
    QDate on = startup.date(QStringLiteral("joined_on"));
    if (!on.isValid())
        on = startup.date(QStringLiteral("applied_on"));
    if (!on.isValid())
        on = QDate::currentDate();
    return addProgress(startup, on);
}

Error StartupRepository::afterUpdate(const Record &before, Record &after)
{
    if (before.text(QStringLiteral("stage")) == after.text(QStringLiteral("stage"))
        && before.integer(QStringLiteral("trl")) == after.integer(QStringLiteral("trl")))
        return {};
    return addProgress(after, QDate::currentDate());
}

Error StartupRepository::syncCurrentStage(qint64 startupId)
{
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT stage, trl FROM startup_progress WHERE startup_id = ? AND deleted_at IS NULL "
                             "ORDER BY recorded_on DESC, id DESC LIMIT 1"));
    q.addBindValue(startupId);
    if (Error e = Sql::exec(q))
        return e;
    if (!q.next())
        return tx.commit();
    const QString stage = q.value(0).toString();
    const QVariant trl = q.value(1);
    q.finish();
    Record before;
    if (Error e = get(startupId, &before))
        return e;
    Record after = before;
    after.setValue(QStringLiteral("stage"), stage);
    if (trl.isNull())
        after.clear(QStringLiteral("trl"));
    else
        after.setValue(QStringLiteral("trl"), trl.toLongLong());
    const QJsonObject changes = AuditLog::diff(before, after);
    if (changes.isEmpty())
        return tx.commit();
    if (Error e = updateRow(before, after))
        return e;
    if (Error e = AuditLog::write(m_db, QStringLiteral("update"), m_info.key, after.id, after.uuid, changes))
        return e;
    return tx.commit();
}

} // namespace hubdesk
