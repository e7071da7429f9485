#pragma once

#include <QString>
#include <QStringList>

namespace hubdesk {

// The travel-voucher workflow: requested → approved → claimed → paid, with
// rejected or cancelled reachable from every open state. Paid, rejected and
// cancelled are final. The same table is stored in the database
// (voucher_transitions), where a trigger refuses any other step.
class VoucherWorkflow
{
public:
    struct Transition
    {
        const char *from;
        const char *to;
    };
    static const QList<Transition> &transitions();

    static bool isAllowed(const QString &from, const QString &to);
    static QStringList next(const QString &from);
    static bool isFinal(const QString &status);
    static bool isOpen(const QString &status) { return !isFinal(status); }
    // Whether a voucher in \a status holds money against the cap and the budget.
    static bool isCommitted(const QString &status);
    // The amount a voucher holds against the cap and the budget: the amount approved
    // while approved or claimed, the amount paid once paid (the rest is released), else 0.
    static qint64 committedCents(const QString &status, qint64 approvedCents, qint64 paidCents);
    // Why \a from → \a to is refused, in words; empty when it is allowed.
    static QString refusal(const QString &from, const QString &to);
};

} // namespace hubdesk
