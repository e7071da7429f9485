#include "settingsrepository.h"

#include "../domain/money.h"
#include "auditlog.h"
#include "database.h"
#include "sql.h"
#include "voucherrepository.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hubdesk {

namespace {

} // namespace

const QString SettingsRepository::HubName = QStringLiteral("hub_name");
const QString SettingsRepository::ProgrammeName = QStringLiteral("programme_name");
const QString SettingsRepository::GrantAgreement = QStringLiteral("grant_agreement");
const QString SettingsRepository::Currency = QStringLiteral("currency");
const QString SettingsRepository::VoucherCapCents = QStringLiteral("voucher_cap_cents");
const QString SettingsRepository::VoucherBudgetCents = QStringLiteral("voucher_budget_cents");
const QString SettingsRepository::RetentionYears = QStringLiteral("retention_years");

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

QStringList SettingsRepository::keys()
{
    return {HubName, ProgrammeName, GrantAgreement, Currency, VoucherCapCents, VoucherBudgetCents, RetentionYears};
}

QString SettingsRepository::label(const QString &key)
{
    if (key == HubName)
        return QCoreApplication::translate("Settings", "Hub");
    if (key == ProgrammeName)
        return QCoreApplication::translate("Settings", "Programme name");
    if (key == GrantAgreement)
        return QCoreApplication::translate("Settings", "Grant agreement number");
    if (key == Currency)
        return QCoreApplication::translate("Settings", "Currency");
    if (key == VoucherCapCents)
        return QCoreApplication::translate("Settings", "Voucher cap per startup");
    if (key == VoucherBudgetCents)
        return QCoreApplication::translate("Settings", "Programme voucher budget");
    if (key == RetentionYears)
        return QCoreApplication::translate("Settings", "Review people inactive for (years)");
    return key;
}

QString SettingsRepository::value(const QString &key, Error *error) const
{
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, error)
        .toString();
}

QString SettingsRepository::problem(const QString &key, const QString &value) const
{
    if (!keys().contains(key))
        return QCoreApplication::translate("Settings", "“%1” is not a setting of HubDesk.").arg(key);
    if (key == Currency) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(value).hasMatch())
            return QCoreApplication::translate("Settings", "%1: “%2” is not an ISO 4217 currency code (such as EUR or BGN).").arg(label(key), value);
    }
    if (key == RetentionYears) {
        bool ok = false;
        const int years = value.toInt(&ok);
        if (!ok || years < 1 || years > 100)
            return QCoreApplication::translate("Settings", "%1: “%2” is not a number of years from 1 to 100.").arg(label(key), value);
    }
    if (key == VoucherCapCents || key == VoucherBudgetCents) {
        bool ok = false;
        const qint64 cents = value.toLongLong(&ok);
        if (!ok || cents < 0)
            return QCoreApplication::translate("Settings", "%1: “%2” is not an amount in cents of zero or more.").arg(label(key), value);
        const QString currency = this->value(Currency);
        if (key == VoucherBudgetCents) {
            const qint64 committed =
                Sql::scalar(m_db.connection(),
                            QStringLiteral("SELECT coalesce(sum(%1), 0) FROM vouchers v WHERE v.deleted_at IS NULL")
                                .arg(VoucherRepository::committedExpression(QStringLiteral("v"))))
                    .toLongLong();
            if (cents < committed)
                return QCoreApplication::translate("Settings", "%1 cannot be %2: vouchers already commit %3.")
                    .arg(label(key), Money::format(cents, currency), Money::format(committed, currency));
        } else {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT o.name, sum(%1) AS c FROM vouchers v JOIN startups s ON s.id = v.startup_id "
                                     "JOIN organisations o ON o.id = s.organisation_id WHERE v.deleted_at IS NULL "
                                     "GROUP BY v.startup_id ORDER BY c DESC LIMIT 1")
                          .arg(VoucherRepository::committedExpression(QStringLiteral("v"))));
            if (q.exec() && q.next() && cents < q.value(1).toLongLong())
                return QCoreApplication::translate("Settings", "%1 cannot be %2: the vouchers of “%3” already commit %4.")
                    .arg(label(key), Money::format(cents, currency), q.value(0).toString(),
                         Money::format(q.value(1).toLongLong(), currency));
        }
    }
    return {};
}

int SettingsRepository::retentionYears() const
{
    // A file older than schema 8 has no such row: the default of the migration.
    bool ok = false;
    const int years = value(RetentionYears).toInt(&ok);
    return ok && years >= 1 ? years : 3;
}

Error SettingsRepository::setValue(const QString &key, const QString &newValue)
{
    if (Error e = m_db.writeRefusal())
        return e;
    const QString v = newValue.trimmed();
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    const QString p = problem(key, v);
    if (!p.isEmpty())
        return Error::make(Error::Code::Validation, p);
    Error e;
    const QString old = value(key, &e);
    if (e)
        return e;
    if (old == v)
        return tx.commit();
    if ((e = Sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                     "updated_at = excluded.updated_at, version = version + 1"),
                      {key, v, Timestamp::now()})))
        return e;
    QJsonObject changes;
    changes.insert(key, QJsonArray{old, v});
    if ((e = AuditLog::write(m_db, QStringLiteral("setting"), QStringLiteral("setting"), 0, QString(), changes)))
        return e;
    return tx.commit();
}

Error SettingsRepository::setValues(const QList<QPair<QString, QString>> &values)
{
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    for (const auto &v : values) {
        if (Error e = setValue(v.first, v.second))
            return e;
    }
    return tx.commit();
}

} // namespace hubdesk
