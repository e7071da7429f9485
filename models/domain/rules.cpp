#include "rules.h"

#include "companyid.h"
#include "countries.h"
#include "enums.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace hubdesk {

namespace {

// A domain name of at least two labels: letters of any script, digits and inner hyphens.
bool isDomain(const QString &domain)
{
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        }
    }
    const QString &tld = labels.last();
    if (tld.size() < 2)
        return false;
    for (QChar c : tld) {
        if (!c.isLetter() && !tld.startsWith(QLatin1String("xn--")))
            return false;
    }
    return true;
}

void add(Problems &problems, EntityType entity, const QString &field, const QString &message)
{
    problems.append(Problem{entity, field, message});
}

QString formatMoney(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

void checkVoucher(const Record &r, Problems &problems)
{
    const EntityType e = EntityType::Voucher;
    const QString status = r.text(QStringLiteral("status"));
    const bool approvedState = status == QLatin1String("approved") || status == QLatin1String("claimed")
        || status == QLatin1String("paid");
    const bool claimedState = status == QLatin1String("claimed") || status == QLatin1String("paid");

    if (approvedState) {
        if (!r.has(QStringLiteral("approved_cents")))
            add(problems, e, QStringLiteral("approved_cents"), QCoreApplication::translate("Rules", "an approved voucher needs the amount approved"));
        if (!r.has(QStringLiteral("approved_on")))
            add(problems, e, QStringLiteral("approved_on"), QCoreApplication::translate("Rules", "an approved voucher needs the date of approval"));
    } else if (r.has(QStringLiteral("approved_cents")) && status == QLatin1String("requested")) {
        add(problems, e, QStringLiteral("approved_cents"),
            QCoreApplication::translate("Rules", "a voucher that is only requested cannot have an amount approved yet"));
    }
    if (claimedState) {
        if (!r.has(QStringLiteral("claimed_cents")))
            add(problems, e, QStringLiteral("claimed_cents"), QCoreApplication::translate("Rules", "a claimed voucher needs the amount claimed"));
        if (!r.has(QStringLiteral("claimed_on")))
            add(problems, e, QStringLiteral("claimed_on"), QCoreApplication::translate("Rules", "a claimed voucher needs the date of the claim"));
        if (!r.flag(QStringLiteral("receipts_received")) && !r.has(QStringLiteral("receipts_override")))
            add(problems, e, QStringLiteral("receipts_received"),
                QCoreApplication::translate("Rules", "a claim needs the receipts, or a reason to accept it without them"));
    }
    if (status == QLatin1String("paid")) {
        if (!r.has(QStringLiteral("paid_cents")))
            add(problems, e, QStringLiteral("paid_cents"), QCoreApplication::translate("Rules", "a paid voucher needs the amount paid"));
        if (!r.has(QStringLiteral("paid_on")))
            add(problems, e, QStringLiteral("paid_on"), QCoreApplication::translate("Rules", "a paid voucher needs the date of payment"));
    } else if (r.has(QStringLiteral("paid_cents"))) {
        add(problems, e, QStringLiteral("paid_cents"), QCoreApplication::translate("Rules", "nothing can be paid before the voucher is marked paid"));
    }
    if ((status == QLatin1String("rejected") || status == QLatin1String("cancelled"))
        && !r.has(QStringLiteral("decision_reason")))
        add(problems, e, QStringLiteral("decision_reason"), QCoreApplication::translate("Rules", "a rejected or cancelled voucher needs the reason"));

    if (r.has(QStringLiteral("paid_cents"))) {
        if (!r.has(QStringLiteral("approved_cents")))
            add(problems, e, QStringLiteral("paid_cents"), QCoreApplication::translate("Rules", "nothing can be paid without an approved amount"));
        else if (r.integer(QStringLiteral("paid_cents")) > r.integer(QStringLiteral("approved_cents")))
            add(problems, e, QStringLiteral("paid_cents"),
                QCoreApplication::translate("Rules", "the amount paid (%1) is more than the amount approved (%2)")
                    .arg(formatMoney(r.integer(QStringLiteral("paid_cents"))),
                         formatMoney(r.integer(QStringLiteral("approved_cents")))));
    }
    if (r.has(QStringLiteral("approved_cents")) && r.has(QStringLiteral("requested_cents"))
        && r.integer(QStringLiteral("approved_cents")) > r.integer(QStringLiteral("requested_cents")))
        add(problems, e, QStringLiteral("approved_cents"),
            QCoreApplication::translate("Rules", "the amount approved (%1) is more than the amount requested (%2)")
                .arg(formatMoney(r.integer(QStringLiteral("approved_cents"))),
                     formatMoney(r.integer(QStringLiteral("requested_cents")))));
}

} // namespace

QDate Rules::earliestDate()
{
    return QDate(1900, 1, 1);
}

QDate Rules::latestDate()
{
    return QDate(2199, 12, 31);
}

qint64 Rules::maximumMoney()
{
    return Q_INT64_C(100000000000000); // one trillion in cents: far above any grant figure
}

QString Rules::checkEmail(const QString &email)
{
    const QString e = email.trimmed();
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    bool ok = at > 0 && e.indexOf(QLatin1Char('@'), at + 1) < 0 && e.size() <= 254;
    if (ok) {
        const QString local = e.left(at);
        const QString domain = e.mid(at + 1);
        ok = local.size() <= 64 && !local.startsWith(QLatin1Char('.')) && !local.endsWith(QLatin1Char('.'))
            && !local.contains(QLatin1String("..")) && isDomain(domain);
        for (QChar c : local) {
            if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('<')
                || c == QLatin1Char('>') || c == QLatin1Char(';') || c.category() == QChar::Other_Control)
                ok = false;
        }
    }
    return ok ? QString() : QCoreApplication::translate("Rules", "“%1” is not an e-mail address (expected name@domain.tld)").arg(email);
}

QString Rules::checkUrl(const QString &url)
{
    QString u = url.trimmed();
    if (!u.contains(QLatin1String("://")))
        u.prepend(QLatin1String("https://"));
    const QUrl parsed(u, QUrl::StrictMode);
    const bool ok = parsed.isValid() && !u.contains(QLatin1Char(' '))
        && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"))
        && isDomain(parsed.host());
    return ok ? QString() : QCoreApplication::translate("Rules", "“%1” is not a web address (expected example.com or https://example.com/…)").arg(url);
}

QString Rules::checkPhone(const QString &phone)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\+?[0-9 ()./-]+(?:\\s*(?:ext\\.?|x|доб\\.?)\\s*[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString p = phone.trimmed();
    QString main = p;
    static const QRegularExpression extension(QStringLiteral("(ext|x|доб)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const qsizetype ext = p.indexOf(extension);
    if (ext > 0)
        main = p.left(ext);
    int digits = 0;
    for (QChar c : main) {
        if (c.isDigit())
            ++digits;
    }
    const bool ok = shape.match(p).hasMatch() && digits >= 5 && digits <= 16
        && p.lastIndexOf(QLatin1Char('+')) <= 0;
    return ok ? QString() : QCoreApplication::translate("Rules", "“%1” is not a phone number (expected digits, spaces and an optional leading +)").arg(phone);
}

QString Rules::checkCountry(const QString &code)
{
    return Countries::isValid(code) ? QString()
                                    : QCoreApplication::translate("Rules", "“%1” is not an ISO 3166 country code (expected two capital letters such as BG)")
                                          .arg(code);
}

QString Rules::checkCompanyId(const QString &id, const QString &country)
{
    const QString normalised = CompanyId::normalise(id);
    if (normalised.isEmpty())
        return QCoreApplication::translate("Rules", "“%1” is not a company ID").arg(id);
    if (country == QLatin1String("BG"))
        return CompanyId::bulgarianProblem(normalised);
    for (QChar c : normalised) {
        if (!c.isLetterOrNumber())
            return QCoreApplication::translate("Rules", "a company ID has letters and digits only, not “%1”").arg(id);
    }
    return {};
}

QString Rules::checkDate(const QDate &date)
{
    if (!date.isValid())
        return QCoreApplication::translate("Rules", "is not a valid date");
    if (date < earliestDate() || date > latestDate())
        return QCoreApplication::translate("Rules", "%1 is outside the years %2–%3").arg(date.toString(Qt::ISODate)).arg(earliestDate().year()).arg(latestDate().year());
    return {};
}

QString Rules::checkField(const Field &field, const QVariant &value)
{
    if (isBlank(value))
        return field.required ? QCoreApplication::translate("Rules", "is required") : QString();
    const bool oneLine = field.type == FieldType::Text || field.type == FieldType::Email || field.type == FieldType::Url
                         || field.type == FieldType::Phone || field.type == FieldType::CompanyId;
    if (oneLine && value.toString().size() > maximumLineLength)
        return QCoreApplication::translate("Rules", "is %1 characters long; a one-line field holds at most %2 "
                                                    "(long text belongs in the notes)")
            .arg(QLocale().toString(value.toString().size()), QLocale().toString(maximumLineLength));
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return {};
    case FieldType::Email:
        return checkEmail(value.toString());
    case FieldType::Url:
        return checkUrl(value.toString());
    case FieldType::Phone:
        return checkPhone(value.toString());
    case FieldType::Country:
        return checkCountry(value.toString());
    case FieldType::CompanyId:
        return checkCompanyId(value.toString(), QString());
    case FieldType::Enum:
        if (!Enums::contains(field.enumType, value.toString()))
            return QCoreApplication::translate("Rules", "“%1” is not a known %2 (expected one of: %3)")
                .arg(value.toString(), Enums::name(field.enumType), Enums::keys(field.enumType).join(QLatin1String(", ")));
        return {};
    case FieldType::EnumSet:
        for (const QString &key : value.toStringList()) {
            if (!Enums::contains(field.enumType, key))
                return QCoreApplication::translate("Rules", "“%1” is not a known %2 (expected some of: %3)")
                    .arg(key, Enums::name(field.enumType), Enums::keys(field.enumType).join(QLatin1String(", ")));
        }
        return {};
    case FieldType::TagList:
        for (const QString &tag : value.toStringList()) {
            if (tag.trimmed().isEmpty())
                return QCoreApplication::translate("Rules", "has an empty entry");
        }
        return {};
    case FieldType::Date: {
        QDate d = value.toDate();
        if (value.typeId() != QMetaType::QDate)
            d = QDate::fromString(value.toString(), Qt::ISODate);
        return checkDate(d);
    }
    case FieldType::Money: {
        bool ok = false;
        const qint64 cents = value.toLongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("Rules", "“%1” is not an amount").arg(value.toString());
        if (cents < 0)
            return QCoreApplication::translate("Rules", "cannot be negative");
        if (cents > maximumMoney())
            return QCoreApplication::translate("Rules", "is larger than any amount HubDesk accepts");
        return {};
    }
    case FieldType::Integer:
    case FieldType::Minutes:
    case FieldType::Reference: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("Rules", "“%1” is not a whole number").arg(value.toString());
        if (field.type == FieldType::Reference)
            return n > 0 ? QString() : QCoreApplication::translate("Rules", "does not name a record");
        if (n < field.minimum || (field.maximum > 0 && n > field.maximum)) {
            if (field.maximum > 0)
                return QCoreApplication::translate("Rules", "must be between %1 and %2, not %3").arg(field.minimum).arg(field.maximum).arg(n);
            return QCoreApplication::translate("Rules", "must be at least %1, not %2").arg(field.minimum).arg(n);
        }
        return {};
    }
    case FieldType::Bool:
        return {};
    }
    return {};
}

Problems Rules::validate(const Record &record)
{
    Problems problems;
    const EntityInfo &info = record.info();
    const EntityType e = info.type;
    for (const Field &field : info.fields) {
        QString message;
        if (field.type == FieldType::CompanyId && record.has(field.key))
            message = checkCompanyId(record.text(field.key), record.text(QStringLiteral("country")));
        else
            message = checkField(field, record.value(field.key));
        if (!message.isEmpty())
            add(problems, e, field.key, message);
    }
    for (const DateOrder &order : info.dateOrder) {
        const QDate a = record.date(order.earlier);
        const QDate b = record.date(order.later);
        if (a.isValid() && b.isValid() && b < a) {
            const Field *earlier = info.field(order.earlier);
            add(problems, e, order.later,
                QCoreApplication::translate("Rules", "%1 is before %2 (%3)")
                    .arg(b.toString(Qt::ISODate), earlier->translatedLabel().toLower(), a.toString(Qt::ISODate)));
        }
    }

    switch (e) {
    case EntityType::Person:
        if (!record.has(QStringLiteral("first_name")) && !record.has(QStringLiteral("last_name")))
            add(problems, e, QStringLiteral("last_name"), QCoreApplication::translate("Rules", "a person needs a first name or a last name"));
        break;
    case EntityType::Session:
        if (record.text(QStringLiteral("status")) == QLatin1String("held")
            && record.date(QStringLiteral("session_date")) > QDate::currentDate())
            add(problems, e, QStringLiteral("status"), QCoreApplication::translate("Rules", "a session in the future cannot have been held yet"));
        break;
    case EntityType::Participation:
        if (!record.has(QStringLiteral("organisation_id")) && !record.has(QStringLiteral("person_id")))
            add(problems, e, QStringLiteral("organisation_id"),
                QCoreApplication::translate("Rules", "a participation needs an organisation, a person or both"));
        break;
    case EntityType::Voucher:
        checkVoucher(record, problems);
        break;
    case EntityType::Attachment: {
        bool ok = false;
        Entities::fromKey(record.text(QStringLiteral("owner_entity")), &ok);
        if (!ok && record.has(QStringLiteral("owner_entity")))
            add(problems, e, QStringLiteral("owner_entity"),
                QCoreApplication::translate("Rules", "“%1” is not a kind of record").arg(record.text(QStringLiteral("owner_entity"))));
        break;
    }
    default:
        break;
    }
    return problems;
}

} // namespace hubdesk
