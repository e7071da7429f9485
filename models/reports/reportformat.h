#pragma once

#include "reportdocument.h"

#include <QLocale>
#include <QString>

namespace hubdesk {

// Turns report values into text in one locale and currency, so that the PDF and the
// screen show a figure the same way.
class ReportFormat
{
public:
    explicit ReportFormat(const QString &currency = QString(), const QLocale &locale = QLocale());

    // A cell of a column of \a type: "" for a null value; a value that is not of the
    // column's type (a builder's "—") is shown as it is.
    QString cell(const QVariant &value, ReportColumn::Type type) const;

    QString money(qint64 cents) const;                  // "1,234.50 EUR"
    QString date(const QDate &date) const;              // the locale's short format, four-digit year
    QString dateTime(const QDateTime &dateTime) const;  // in local time: date as above and short time
    QString percent(double fraction) const;             // 0.25 → "25.0%"
    QString hours(double hours) const;                  // "12.5 h"
    // A chart value: whole numbers without decimals, amounts (a currency unit) with two,
    // others with one; followed by the unit when there is one.
    QString chartValue(double value, const QString &unit) const;

    // Numbers are right-aligned and never wrapped.
    static bool isNumeric(ReportColumn::Type type);
    // The locale's short date format with the year widened to four digits ("M/d/yy" →
    // "M/d/yyyy"): a report is read years later, when "25" no longer says which century.
    static QString shortDateFormat(const QLocale &locale);
    // The locale's long date format without the day of the week ("1 January 2025",
    // "January 1, 2025", "1 януари 2025 г."): the dates of a reporting period.
    static QString longDateFormat(const QLocale &locale);

    const QLocale &locale() const { return m_locale; }
    const QString &currency() const { return m_currency; }

private:
    QString m_currency;
    QLocale m_locale;
    QString m_dateFormat;
};

} // namespace hubdesk
