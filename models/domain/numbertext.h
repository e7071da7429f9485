#pragma once

#include <QLocale>
#include <QString>

namespace hubdesk {

// Numbers as text in a locale, with a slip of Qt 6.4 mended: in locales that leave
// four-digit numbers ungrouped (Bulgarian, Polish, Spanish…), Qt also leaves the
// leading group of a 7- or 10-digit number at four digits ("9660 000" for 9 660 000).
class NumberText
{
public:
    static QString integer(qint64 value, const QLocale &locale = QLocale());
    static QString decimal(double value, int decimals, const QLocale &locale = QLocale());
    // Splits a leading group of more than three digits in TEXT, a number QLocale wrote.
    static QString mendGrouping(const QString &text, const QLocale &locale);
};

} // namespace hubdesk
