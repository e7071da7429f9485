#include "voucherrepository.h"

#include "../domain/money.h"
#include "../domain/voucherworkflow.h"
#include "auditlog.h"
#include "database.h"
#include "recordcodec.h"
#include "settingsrepository.h"
#include "sql.h"
#include "writetransaction.h"

#include <QCoreApplication>

namespace hubdesk {

namespace {

const QString Status = QStringLiteral("status");

qint64 committedOf(const Record &v)
{
    return VoucherWorkflow::committedCents(v.text(Status), v.integer(QStringLiteral("approved_cents")),
                                           v.integer(QStringLiteral("paid_cents")));
}

} // namespace

VoucherRepository::VoucherRepository(Database &db)
    : Repository(db, EntityType::Voucher)
{
}

QString VoucherRepository::committedExpression(const QString &alias)
{
    return QStringLiteral("CASE %1.status WHEN 'approved' THEN %1.approved_cents WHEN 'claimed' THEN %1.approved_cents "
                          "WHEN 'paid' THEN %1.paid_cents ELSE 0 END")
        .arg(alias);
}

VoucherRepository::Funds VoucherRepository::funds(qint64 startupId, qint64 excludingVoucherId, Error *error) const
{
    Funds f;
    SettingsRepository settings(m_db);
    f.capCents = settings.voucherCapCents();
    f.budgetCents = settings.voucherBudgetCents();
    Error e;
    f.startupCommittedCents =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT coalesce(sum(%1), 0) FROM vouchers v WHERE v.deleted_at IS NULL "
                                   "AND v.startup_id = ? AND v.id <> ?")
                        .arg(committedExpression(QStringLiteral("v"))),
                    {startupId, excludingVoucherId}, &e)
            .toLongLong();
    if (!e)
        f.programmeCommittedCents =
            Sql::scalar(m_db.connection(),
                        QStringLiteral("SELECT coalesce(sum(%1), 0) FROM vouchers v WHERE v.deleted_at IS NULL AND v.id <> ?")
                            .arg(committedExpression(QStringLiteral("v"))),
                        {excludingVoucherId}, &e)
                .toLongLong();
    if (error)
        *error = e;
    return f;
}

QString VoucherRepository::nextNumber(const QDate &on) const
{
    const QString prefix = QStringLiteral("TV-%1-").arg(on.year());
    const qint64 last = Sql::scalar(m_db.connection(),
                                    QStringLiteral("SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM vouchers "
                                                   "WHERE number GLOB ?"),
                                    {prefix.size() + 1, prefix + QStringLiteral("[0-9]*")})
                            .toLongLong();
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Error VoucherRepository::checkFunds(const Record &after, const Record *before) const
{
    const qint64 newCommitted = committedOf(after);
    const qint64 oldCommitted = before ? committedOf(*before) : 0;
    const bool sameStartup = before && before->integer(QStringLiteral("startup_id")) == after.integer(QStringLiteral("startup_id"));
    if (newCommitted <= oldCommitted && (sameStartup || newCommitted == 0))
        return {}; // lowering a commitment is always possible
    const qint64 startupId = after.integer(QStringLiteral("startup_id"));
    Error e;
    const Funds f = funds(startupId, after.id, &e);
    if (e)
        return e;
    const QString currency = SettingsRepository(m_db).currency();
    const QString amount = Money::format(newCommitted, currency);
    if (f.capCents <= 0)
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Vouchers", "No voucher cap per startup is set, so no voucher can be approved. "
                              "Set it in Settings → Programme first."));
    if (f.budgetCents <= 0)
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Vouchers", "No programme voucher budget is set, so no voucher can be approved. "
                              "Set it in Settings → Programme first."));
    if (f.startupCommittedCents + newCommitted > f.capCents) {
        const QString startup =
            Sql::scalar(m_db.connection(), QStringLiteral("SELECT label FROM startups_list WHERE id = ?"), {startupId})
                .toString();
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Vouchers", "%1 for “%2” would exceed the voucher cap per startup: it already has %3 of %4, "
                              "so %5 remain.")
                               .arg(amount, startup, Money::format(f.startupCommittedCents, currency),
                                    Money::format(f.capCents, currency), Money::format(f.capRemaining(), currency)));
    }
    if (f.programmeCommittedCents + newCommitted > f.budgetCents)
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Vouchers", "%1 would exceed the programme voucher budget: vouchers already commit %2 of %3, "
                              "so %4 remain.")
                               .arg(amount, Money::format(f.programmeCommittedCents, currency),
                                    Money::format(f.budgetCents, currency), Money::format(f.budgetRemaining(), currency)));
    return {};
}

Error VoucherRepository::create(Record &voucher)
{
    if (!voucher.has(Status))
        voucher.setValue(Status, QStringLiteral("requested"));
    if (!voucher.has(QStringLiteral("requested_on")))
        voucher.setValue(QStringLiteral("requested_on"), QDate::currentDate());
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    if (!voucher.has(QStringLiteral("number")))
        voucher.setValue(QStringLiteral("number"), nextNumber(voucher.date(QStringLiteral("requested_on"))));
    if (Error e = Repository::create(voucher))
        return e;
    return tx.commit();
}

Error VoucherRepository::afterCreate(Record &voucher)
{
    if (Error e = checkFunds(voucher, nullptr))
        return e;
    return writeHistory(voucher, QString(), voucher.date(QStringLiteral("requested_on")),
                        voucher.integer(QStringLiteral("requested_cents")), QString());
}

Error VoucherRepository::checkUpdate(const Record &before, const Record &after) const
{
    for (const Field &f : m_info.fields) {
        if (f.managed && !RecordCodec::same(f, before.value(f.key), after.value(f.key)))
            return Error::make(Error::Code::Refused,
                               QCoreApplication::translate("Vouchers", "%1 of a voucher changes only through its workflow (Approve, Mark claimed, "
                                  "Mark paid, Reject, Cancel), not by editing.")
                                   .arg(f.translatedLabel()));
    }
    if (before.integer(QStringLiteral("startup_id")) != after.integer(QStringLiteral("startup_id"))
        && VoucherWorkflow::isCommitted(before.text(Status)))
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Vouchers", "An approved voucher cannot move to another startup; cancel it and make a new one."));
    return {};
}

Error VoucherRepository::writeHistory(const Record &voucher, const QString &from, const QDate &on, qint64 amount,
                                      const QString &reason)
{
    Repository history(m_db, EntityType::VoucherStatusChange);
    Record change(EntityType::VoucherStatusChange);
    change.setValue(QStringLiteral("voucher_id"), voucher.id);
    if (!from.isEmpty())
        change.setValue(QStringLiteral("from_status"), from);
    change.setValue(QStringLiteral("to_status"), voucher.text(Status));
    change.setValue(QStringLiteral("changed_on"), on);
    change.setValue(QStringLiteral("amount_cents"), amount);
    if (!reason.isEmpty())
        change.setValue(QStringLiteral("reason"), reason);
    change.setValue(QStringLiteral("actor"), m_db.actor());
    return history.create(change);
}

Error VoucherRepository::step(Record &voucher, const QString &to, const QVariantHash &changes, const QDate &on,
                              qint64 amount, const QString &reason)
{
    if (Error e = m_db.writeRefusal())
        return e;
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    Record stored;
    if (Error e = get(voucher.id, &stored))
        return e;
    if (stored.version != voucher.version)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("Vouchers", "Voucher “%1” was changed by someone else (now %2); reload it and try again.")
                               .arg(stored.text(QStringLiteral("number")),
                                    Enums::label(EnumType::VoucherStatus, stored.text(Status)).toLower()));
    const QString from = stored.text(Status);
    const QString refusal = VoucherWorkflow::refusal(from, to);
    if (!refusal.isEmpty())
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Vouchers", "Voucher “%1”: %2.").arg(stored.text(QStringLiteral("number")), refusal));
    Record after = stored;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (isBlank(it.value()))
            after.clear(it.key());
        else
            after.setValue(it.key(), it.value());
    }
    after.setValue(Status, to);
    const Problems problems = validate(after);
    if (!problems.isEmpty())
        return Error::validation(problems);
    if (Error e = checkFunds(after, &stored))
        return e;
    const QJsonObject diff = AuditLog::diff(stored, after);
    if (Error e = updateRow(stored, after))
        return e;
    if (Error e = writeHistory(after, from, on, amount, reason))
        return e;
    if (Error e = AuditLog::write(m_db, QStringLiteral("transition"), m_info.key, after.id, after.uuid, diff))
        return e;
    if (Error e = tx.commit())
        return e;
    voucher = after;
    return {};
}

Error VoucherRepository::approve(Record &voucher, qint64 approvedCents, const QDate &on)
{
    return step(voucher, QStringLiteral("approved"),
                {{QStringLiteral("approved_cents"), approvedCents}, {QStringLiteral("approved_on"), on}}, on,
                approvedCents, QString());
}

Error VoucherRepository::markClaimed(Record &voucher, qint64 claimedCents, const QDate &on, bool receiptsReceived,
                                     const QString &overrideReason)
{
    return step(voucher, QStringLiteral("claimed"),
                {{QStringLiteral("claimed_cents"), claimedCents},
                 {QStringLiteral("claimed_on"), on},
                 {QStringLiteral("receipts_received"), receiptsReceived},
                 {QStringLiteral("receipts_override"), overrideReason.trimmed()}},
                on, claimedCents, overrideReason.trimmed());
}

Error VoucherRepository::markPaid(Record &voucher, qint64 paidCents, const QDate &on)
{
    return step(voucher, QStringLiteral("paid"), {{QStringLiteral("paid_cents"), paidCents}, {QStringLiteral("paid_on"), on}},
                on, paidCents, QString());
}

Error VoucherRepository::reject(Record &voucher, const QString &reason, const QDate &on)
{
    return step(voucher, QStringLiteral("rejected"), {{QStringLiteral("decision_reason"), reason.trimmed()}}, on, 0,
                reason.trimmed());
}

Error VoucherRepository::cancel(Record &voucher, const QString &reason, const QDate &on)
{
    return step(voucher, QStringLiteral("cancelled"), {{QStringLiteral("decision_reason"), reason.trimmed()}}, on, 0,
                reason.trimmed());
}

} // namespace hubdesk
