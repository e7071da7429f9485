#include "fstpreport.h"

#include "../domain/enums.h"
#include "../domain/money.h"
#include "../storage/programmefigures.h"

#include <QHash>
#include <QLocale>

namespace hubdesk {

Error FstpReport::fill(Database &db, const ReportRequest &request, ReportDocument *doc)
{
    using T = ReportColumn::Type;
    const ProgrammeFigures figures(db, request.from, request.to);
    Error e;
    const KeyFigures k = figures.keyFigures(&e);
    const QList<QVariantList> recipients = figures.voucherRecipients(&e);
    QHash<qint64, qint64> held;
    for (const QVariantList &r : figures.committedPerStartupAtEnd(&e))
        held.insert(r.at(0).toLongLong(), r.at(1).toLongLong());
    if (e)
        return e;
    const auto date = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(QDate::fromString(v.toString(), Qt::ISODate)); };

    ReportTable vouchers;
    vouchers.key = QStringLiteral("vouchers");
    vouchers.title = tr("Travel vouchers granted or paid in the period");
    vouchers.columns = {{tr("Voucher"), T::Text},      {tr("Recipient"), T::Text},     {tr("Country"), T::Text},
                        {tr("Company ID"), T::Text},   {tr("Purpose"), T::Text},       {tr("Destination"), T::Text},
                        {tr("Approved"), T::Money},    {tr("Approved on"), T::Date},   {tr("Paid"), T::Money},
                        {tr("Paid on"), T::Date},      {tr("Status at the end"), T::Text}};
    ReportTable perRecipient;
    perRecipient.key = QStringLiteral("recipients");
    perRecipient.title = tr("Totals per recipient against the cap per startup");
    perRecipient.columns = {{tr("Recipient"), T::Text},   {tr("Country"), T::Text},         {tr("Company ID"), T::Text},
                            {tr("Vouchers"), T::Integer}, {tr("Approved"), T::Money},       {tr("Paid"), T::Money},
                            {tr("Held at the end"), T::Money}, {tr("Cap"), T::Money},       {tr("Left under the cap"), T::Money}};
    qint64 approvedTotal = 0, paidTotal = 0;
    qint64 currentStartup = -1;
    QVariantList recipientRow;
    qint64 count = 0, approved = 0, paid = 0;
    const auto closeRecipient = [&] {
        if (currentStartup < 0)
            return;
        const qint64 h = held.value(currentStartup);
        perRecipient.rows.append({recipientRow.at(0), recipientRow.at(1), recipientRow.at(2), count, approved, paid, h, k.capCents,
                                  k.capCents - h});
    };
    for (const QVariantList &r : recipients) {
        const qint64 startup = r.at(11).toLongLong();
        if (startup != currentStartup) {
            closeRecipient();
            currentStartup = startup;
            recipientRow = {r.at(1), r.at(2), r.at(3)};
            count = approved = paid = 0;
        }
        ++count;
        approved += r.at(6).toLongLong();
        paid += r.at(8).toLongLong();
        approvedTotal += r.at(6).toLongLong();
        paidTotal += r.at(8).toLongLong();
        vouchers.rows.append({r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6), date(r.at(7)), r.at(8), date(r.at(9)),
                              r.at(10).isNull() ? QVariant() : QVariant(Enums::label(EnumType::VoucherStatus, r.at(10).toString()))});
    }
    closeRecipient();
    vouchers.totals = {tr("Total"), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), approvedTotal, QVariant(), paidTotal,
                       QVariant(), QVariant()};
    vouchers.note = tr("Approved and paid: the amounts of the approval and payment steps taken by the end of the period "
                       "(a voucher approved before the period and paid in it is listed with both).");
    perRecipient.totals = {tr("Total"), QVariant(), QVariant(), qint64(recipients.size()), approvedTotal, paidTotal, QVariant(),
                           QVariant(), QVariant()};

    const QLocale locale;
    doc->blocks = {
        ReportBlock::pairs({
            {tr("Vouchers granted in the period"),
             tr("%1 (%2)").arg(k.vouchersGranted).arg(Money::format(k.vouchersGrantedCents, doc->currency, locale))},
            {tr("Vouchers paid in the period"),
             tr("%1 (%2)").arg(k.vouchersPaid).arg(Money::format(k.vouchersPaidCents, doc->currency, locale))},
            {tr("Programme voucher budget"), Money::format(k.budgetCents, doc->currency, locale)},
            {tr("Held by all vouchers at the end of the period"), Money::format(k.committedAtEndCents, doc->currency, locale)},
            {tr("Remaining budget"), Money::format(k.budgetCents - k.committedAtEndCents, doc->currency, locale)},
            {tr("Cap per startup"), Money::format(k.capCents, doc->currency, locale)},
        }),
        ReportBlock::of(vouchers),
        ReportBlock::of(perRecipient),
    };
    return {};
}

} // namespace hubdesk
