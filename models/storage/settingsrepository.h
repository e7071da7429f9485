#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

namespace hubdesk {

class Database;

// The settings kept in the database itself (they belong to the programme, not to
// one user): hub, programme name, grant agreement number, currency, voucher cap
// per startup, the programme voucher budget and how long personal data is kept. Changes are versioned and audited.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    static const QString HubName;
    static const QString ProgrammeName;
    static const QString GrantAgreement;
    static const QString Currency;
    static const QString VoucherCapCents;
    static const QString VoucherBudgetCents;
    // Years without activity after which a person is listed for a retention review (1–100).
    static const QString RetentionYears;
    static QStringList keys();
    static QString label(const QString &key);

    QString value(const QString &key, Error *error = nullptr) const;
    // Checks and stores one setting. Lowering the cap or the budget below what vouchers
    // already commit is refused, naming what holds it.
    Error setValue(const QString &key, const QString &value);
    // Several settings at once: all are stored, or none.
    Error setValues(const QList<QPair<QString, QString>> &values);

    QString hubName() const { return value(HubName); }
    QString programmeName() const { return value(ProgrammeName); }
    QString grantAgreement() const { return value(GrantAgreement); }
    QString currency() const { return value(Currency); }
    qint64 voucherCapCents() const { return value(VoucherCapCents).toLongLong(); }
    qint64 voucherBudgetCents() const { return value(VoucherBudgetCents).toLongLong(); }
    int retentionYears() const;

private:
    QString problem(const QString &key, const QString &value) const;
    Database &m_db;
};

} // namespace hubdesk
