#include "money.h"

#include "numbertext.h"

#include <QRegularExpression>

namespace hubdesk {

QString Money::format(qint64 cents, const QString &currency, const QLocale &locale)
{
    const QString number = NumberText::decimal(double(cents) / 100.0, 2, locale);
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

QString Money::plain(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 a = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("%1.%2").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

bool Money::parse(const QString &text, qint64 *cents, const QLocale &locale)
{
    QString t;
    for (QChar c : text.trimmed()) {
        // Currency signs, letters of a currency code and spaces (grouping) are dropped.
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('-'))
            t.append(c);
        else if (!c.isSpace() && !c.isLetter() && c.category() != QChar::Symbol_Currency && c != QLatin1Char('\''))
            return false;
    }
    const bool negative = t.startsWith(QLatin1Char('-'));
    if (negative)
        t.remove(0, 1);
    if (t.isEmpty() || t.contains(QLatin1Char('-')))
        return false;

    // The decimal mark is the last '.' or ','. With three digits after it, it is a
    // grouping mark instead when it occurs twice or is not the locale's decimal mark.
    qsizetype mark = qMax(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
    if (mark >= 0) {
        const qsizetype decimals = t.size() - mark - 1;
        const QChar m = t.at(mark);
        if (decimals == 3 && (t.count(m) > 1 || m != locale.decimalPoint().at(0)))
            mark = -1;
        else if (decimals > 2)
            return false;
    }
    const QString whole = mark >= 0 ? t.left(mark) : t;
    QString fraction = mark >= 0 ? t.mid(mark + 1) : QString();
    // Grouping in the whole part: groups of exactly three digits after the first.
    const QStringList groups = whole.split(QRegularExpression(QStringLiteral("[.,]")));
    for (int i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    const QString digits = groups.join(QString());
    if (digits.size() > 15 || (digits.isEmpty() && fraction.isEmpty()))
        return false;
    bool ok = true;
    const qint64 units = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!ok)
        return false;
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const qint64 sub = fraction.toLongLong(&ok);
    if (!ok)
        return false;
    *cents = (units * 100 + sub) * (negative ? -1 : 1);
    return true;
}

} // namespace hubdesk
