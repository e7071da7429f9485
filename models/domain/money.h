#pragma once

#include <QLocale>
#include <QString>

namespace hubdesk {

// Amounts are integer cents; these turn them into text and back.
class Money
{
public:
    // "1,234.50 EUR" in the given locale (grouping and decimal mark of the locale).
    static QString format(qint64 cents, const QString &currency, const QLocale &locale = QLocale());
    // Plain "1234.50", for files and the command line.
    static QString plain(qint64 cents);
    // Reads "1234.5", "1 234,50", "1,234.50", "€ 12" … into cents. False on anything
    // that is not an amount with at most two decimals.
    static bool parse(const QString &text, qint64 *cents, const QLocale &locale = QLocale());
};

} // namespace hubdesk
