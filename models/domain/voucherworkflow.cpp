#include "voucherworkflow.h"

#include "enums.h"

#include <QCoreApplication>

namespace hubdesk {

const QList<VoucherWorkflow::Transition> &VoucherWorkflow::transitions()
{
    static const QList<Transition> list = {
        {"requested", "approved"}, {"requested", "rejected"}, {"requested", "cancelled"},
        {"approved", "claimed"},   {"approved", "rejected"},  {"approved", "cancelled"},
        {"claimed", "paid"},       {"claimed", "rejected"},   {"claimed", "cancelled"},
    };
    return list;
}

bool VoucherWorkflow::isAllowed(const QString &from, const QString &to)
{
    for (const Transition &t : transitions()) {
        if (from == QLatin1String(t.from) && to == QLatin1String(t.to))
            return true;
    }
    return false;
}

QStringList VoucherWorkflow::next(const QString &from)
{
    QStringList result;
    for (const Transition &t : transitions()) {
        if (from == QLatin1String(t.from))
            result.append(QString::fromLatin1(t.to));
    }
    return result;
}

bool VoucherWorkflow::isFinal(const QString &status)
{
    return status == QLatin1String("paid") || status == QLatin1String("rejected")
        || status == QLatin1String("cancelled");
}

bool VoucherWorkflow::isCommitted(const QString &status)
{
    return status == QLatin1String("approved") || status == QLatin1String("claimed")
        || status == QLatin1String("paid");
}

qint64 VoucherWorkflow::committedCents(const QString &status, qint64 approvedCents, qint64 paidCents)
{
    if (status == QLatin1String("approved") || status == QLatin1String("claimed"))
        return approvedCents;
    if (status == QLatin1String("paid"))
        return paidCents;
    return 0;
}

QString VoucherWorkflow::refusal(const QString &from, const QString &to)
{
    if (isAllowed(from, to))
        return {};
    const QString fromLabel = Enums::label(EnumType::VoucherStatus, from);
    const QString toLabel = Enums::label(EnumType::VoucherStatus, to);
    if (from == to)
        return QCoreApplication::translate("Rules", "the voucher is already %1").arg(fromLabel.toLower());
    if (isFinal(from))
        return QCoreApplication::translate("Rules", "a %1 voucher is final and cannot become %2")
            .arg(fromLabel.toLower(), toLabel.toLower());
    const QStringList allowed = next(from);
    QStringList labels;
    for (const QString &s : allowed)
        labels.append(Enums::label(EnumType::VoucherStatus, s).toLower());
    return QCoreApplication::translate("Rules", "a %1 voucher cannot become %2 directly (it can become: %3)")
        .arg(fromLabel.toLower(), toLabel.toLower(), labels.join(QLatin1String(", ")));
}

} // namespace hubdesk
