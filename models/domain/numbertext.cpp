#include "numbertext.h"

namespace hubdesk {

QString NumberText::integer(qint64 value, const QLocale &locale)
{
    return mendGrouping(locale.toString(value), locale);
}

QString NumberText::decimal(double value, int decimals, const QLocale &locale)
{
    return mendGrouping(locale.toString(value, 'f', decimals), locale);
}

QString NumberText::mendGrouping(const QString &text, const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    if (separator.isEmpty())
        return text;
    qsizetype first = 0;
    while (first < text.size() && !text.at(first).isDigit())
        ++first;
    const qsizetype next = text.indexOf(separator, first);
    if (next < 0)
        return text; // not grouped at all: a number Qt rightly left alone
    const QString lead = text.mid(first, next - first);
    if (lead.size() <= 3)
        return text;
    for (QChar c : lead) {
        if (!c.isDigit())
            return text;
    }
    QString regrouped;
    for (qsizetype i = 0; i < lead.size(); ++i) {
        if (i > 0 && (lead.size() - i) % 3 == 0)
            regrouped += separator;
        regrouped += lead.at(i);
    }
    return text.left(first) + regrouped + text.mid(next);
}

} // namespace hubdesk
