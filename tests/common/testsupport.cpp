#include "testsupport.h"

#include "storage/repositories.h"
#include "storage/settingsrepository.h"

#include <QFile>
#include <QTest>

namespace hubdesk::test {

std::unique_ptr<Database> memoryDatabase()
{
    OpenError error;
    auto db = Database::createInMemory(&error);
    if (!db)
        qFatal("in-memory database: %s", qPrintable(error.message));
    db->setActor(QStringLiteral("tester"));
    return db;
}

std::unique_ptr<Database> fileDatabase(const QString &path)
{
    OpenError error;
    auto db = Database::create(path, &error);
    if (!db)
        qFatal("database file %s: %s", qPrintable(path), qPrintable(error.message));
    db->setActor(QStringLiteral("tester"));
    return db;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

Record organisation(const QString &name, const QString &kind)
{
    Record r(EntityType::Organisation);
    r.setValue(QStringLiteral("name"), name);
    r.setValue(QStringLiteral("kind"), kind);
    r.setValue(QStringLiteral("engagement"), QStringLiteral("contacted"));
    r.setValue(QStringLiteral("country"), QStringLiteral("BG"));
    r.setValue(QStringLiteral("city"), QStringLiteral("София"));
    return r;
}

Record person(const QString &first, const QString &last, bool expert)
{
    Record r(EntityType::Person);
    r.setValue(QStringLiteral("first_name"), first);
    r.setValue(QStringLiteral("last_name"), last);
    r.setValue(QStringLiteral("is_expert"), expert);
    return r;
}

Record startup(qint64 organisationId)
{
    Record r(EntityType::Startup);
    r.setValue(QStringLiteral("organisation_id"), organisationId);
    r.setValue(QStringLiteral("cohort"), QStringLiteral("Open Call 1"));
    r.setValue(QStringLiteral("status"), QStringLiteral("active"));
    r.setValue(QStringLiteral("stage"), QStringLiteral("mvp"));
    r.setValue(QStringLiteral("trl"), 6);
    r.setValue(QStringLiteral("joined_on"), QDate(2025, 3, 1));
    return r;
}

Record session(qint64 startupId, qint64 expertId, const QDate &date)
{
    Record r(EntityType::Session);
    r.setValue(QStringLiteral("startup_id"), startupId);
    r.setValue(QStringLiteral("expert_id"), expertId);
    r.setValue(QStringLiteral("session_date"), date);
    r.setValue(QStringLiteral("duration_minutes"), 60);
    r.setValue(QStringLiteral("service"), QStringLiteral("pitching"));
    r.setValue(QStringLiteral("format"), QStringLiteral("online"));
    r.setValue(QStringLiteral("status"), QStringLiteral("held"));
    return r;
}

Record voucher(qint64 startupId, qint64 requestedCents)
{
    Record r(EntityType::Voucher);
    r.setValue(QStringLiteral("startup_id"), startupId);
    r.setValue(QStringLiteral("purpose"), QStringLiteral("Travel to a conference"));
    r.setValue(QStringLiteral("requested_on"), QDate(2025, 5, 1));
    r.setValue(QStringLiteral("requested_cents"), requestedCents);
    return r;
}

qint64 addStartup(Database &db, const QString &name)
{
    auto orgs = Repositories::create(db, EntityType::Organisation);
    Record org = organisation(name, QStringLiteral("startup"));
    if (Error e = orgs->create(org))
        qFatal("organisation: %s", qPrintable(e.message));
    auto startups = Repositories::create(db, EntityType::Startup);
    Record s = startup(org.id);
    if (Error e = startups->create(s))
        qFatal("startup: %s", qPrintable(e.message));
    return s.id;
}

qint64 addExpert(Database &db, const QString &first, const QString &last)
{
    auto people = Repositories::create(db, EntityType::Person);
    Record p = person(first, last, true);
    if (Error e = people->create(p))
        qFatal("expert: %s", qPrintable(e.message));
    return p.id;
}

void setVoucherLimits(Database &db, qint64 capCents, qint64 budgetCents)
{
    SettingsRepository settings(db);
    if (Error e = settings.setValue(SettingsRepository::VoucherBudgetCents, QString::number(budgetCents)))
        qFatal("budget: %s", qPrintable(e.message));
    if (Error e = settings.setValue(SettingsRepository::VoucherCapCents, QString::number(capCents)))
        qFatal("cap: %s", qPrintable(e.message));
}

} // namespace hubdesk::test
