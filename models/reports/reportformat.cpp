#include "reportformat.h"

#include "domain/money.h"
#include "domain/numbertext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace hubdesk {

ReportFormat::ReportFormat(const QString &currency, const QLocale &locale)
    : m_currency(currency)
    , m_locale(locale)
    , m_dateFormat(shortDateFormat(locale))
{
}

bool ReportFormat::isNumeric(ReportColumn::Type type)
{
    return type != ReportColumn::Type::Text && type != ReportColumn::Type::Date;
}

QString ReportFormat::longDateFormat(const QLocale &locale)
{
    // The weekday is the "dddd" at either end, with the comma and spaces that join it.
    static const QRegularExpression weekday(QStringLiteral("^dddd[,،]?\\s*|\\s*[,،]?\\s*dddd$"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return format.trimmed();
}

QString ReportFormat::shortDateFormat(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QString result;
    result.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            // Quoted text ("'г'.") is copied as it is: a 'y' in it is a letter, not a year.
            quoted = !quoted;
            result.append(c);
            ++i;
            continue;
        }
        if (quoted || c != QLatin1Char('y')) {
            result.append(c);
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < format.size() && format.at(i + run) == QLatin1Char('y'))
            ++run;
        result.append(QStringLiteral("yyyy"));
        i += run;
    }
    return result;
}

QString ReportFormat::money(qint64 cents) const
{
    return Money::format(cents, m_currency, m_locale);
}

QString ReportFormat::date(const QDate &value) const
{
    return value.isValid() ? m_locale.toString(value, m_dateFormat) : QString();
}

QString ReportFormat::dateTime(const QDateTime &value) const
{
    if (!value.isValid())
        return QString();
    const QDateTime local = value.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + m_locale.toString(local.time(), QLocale::ShortFormat);
}

QString ReportFormat::percent(double fraction) const
{
    return m_locale.toString(fraction * 100.0, 'f', 1) + m_locale.percent();
}

QString ReportFormat::hours(double value) const
{
    return QCoreApplication::translate("Reports", "%1 h").arg(NumberText::decimal(value, 1, m_locale));
}

QString ReportFormat::chartValue(double value, const QString &unit) const
{
    QString number;
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15) {
        number = NumberText::integer(qint64(std::llround(value)), m_locale);
    } else {
        // A three-letter upper-case unit is a currency code: amounts have cents.
        const bool currencyUnit = unit.size() == 3 && unit == unit.toUpper() && unit.at(0).isLetter();
        number = NumberText::decimal(value, currencyUnit ? 2 : 1, m_locale);
    }
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString ReportFormat::cell(const QVariant &value, ReportColumn::Type type) const
{
    if (value.isNull() || !value.isValid())
        return QString();
    const bool isText = value.typeId() == QMetaType::QString;
    bool ok = true;
    switch (type) {
    case ReportColumn::Type::Text:
        return value.toString();
    case ReportColumn::Type::Integer: {
        const qint64 v = value.toLongLong(&ok);
        if (ok)
            return NumberText::integer(v, m_locale);
        break;
    }
    case ReportColumn::Type::Decimal: {
        const double v = value.toDouble(&ok);
        if (ok)
            return NumberText::decimal(v, 2, m_locale);
        break;
    }
    case ReportColumn::Type::Money: {
        const qint64 v = value.toLongLong(&ok);
        if (ok)
            return money(v);
        break;
    }
    case ReportColumn::Type::Date: {
        QDate d = value.toDate();
        if (isText && !d.isValid())
            d = QDate::fromString(value.toString(), Qt::ISODate);
        if (d.isValid())
            return date(d);
        ok = false;
        break;
    }
    case ReportColumn::Type::Percent: {
        const double v = value.toDouble(&ok);
        if (ok)
            return percent(v);
        break;
    }
    case ReportColumn::Type::Hours: {
        const double v = value.toDouble(&ok);
        if (ok)
            return hours(v);
        break;
    }
    }
    return value.toString();
}

} // namespace hubdesk
