#pragma once

#include "repository.h"

namespace hubdesk {

// Travel vouchers and their workflow. Status and amounts change only through the
// workflow steps below, each one transaction that re-reads the voucher, checks the
// step, the rules, the cap per startup and the programme budget, writes the voucher,
// its status history and the audit line. Because the transaction takes the write
// lock first (BEGIN IMMEDIATE), two approvals racing from two windows or two
// computers are serialised: the second sees the first and is refused if together
// they would exceed the cap or the budget. Database triggers guard the same limits.
class VoucherRepository : public Repository
{
public:
    explicit VoucherRepository(Database &db);

    // Money held against the cap and the budget, for display while editing.
    struct Funds
    {
        qint64 capCents = 0;
        qint64 startupCommittedCents = 0;
        qint64 budgetCents = 0;
        qint64 programmeCommittedCents = 0;
        qint64 capRemaining() const { return capCents - startupCommittedCents; }
        qint64 budgetRemaining() const { return budgetCents - programmeCommittedCents; }
    };
    // The funds for \a startupId, leaving out voucher \a excludingVoucherId (the one being edited).
    Funds funds(qint64 startupId, qint64 excludingVoucherId = 0, Error *error = nullptr) const;

    // A new voucher; its number is made (TV-<year>-0001 …) when empty.
    Error create(Record &voucher) override;
    Error approve(Record &voucher, qint64 approvedCents, const QDate &on);
    Error markClaimed(Record &voucher, qint64 claimedCents, const QDate &on, bool receiptsReceived,
                      const QString &overrideReason = QString());
    Error markPaid(Record &voucher, qint64 paidCents, const QDate &on);
    Error reject(Record &voucher, const QString &reason, const QDate &on);
    Error cancel(Record &voucher, const QString &reason, const QDate &on);

    QString nextNumber(const QDate &on) const;
    // The SQL expression of the money a voucher (table alias \a alias) commits.
    static QString committedExpression(const QString &alias);

protected:
    Error checkUpdate(const Record &before, const Record &after) const override;
    Error afterCreate(Record &voucher) override;

private:
    Error step(Record &voucher, const QString &to, const QVariantHash &changes, const QDate &on, qint64 amount,
               const QString &reason);
    Error checkFunds(const Record &after, const Record *before) const;
    Error writeHistory(const Record &voucher, const QString &from, const QDate &on, qint64 amount,
                       const QString &reason);
};

} // namespace hubdesk
