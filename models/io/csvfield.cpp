#include "csvfield.h"

namespace hubdesk {

bool CsvField::needsNeutralising(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool CsvField::looksNeutralised(const QString &text)
{
    return text.size() > 1 && text.at(0) == u'\'' && (text.at(1) == u'\'' || needsNeutralising(text.mid(1, 1)));
}

QString CsvField::unneutralise(const QString &text)
{
    return looksNeutralised(text) ? text.mid(1) : text;
}

QString CsvField::encode(const QString &text, QChar delimiter, bool neutralise)
{
    QString s = text;
    if (neutralise && (needsNeutralising(s) || looksNeutralised(s)))
        s.prepend(u'\'');
    if (s.contains(delimiter) || s.contains(u'"') || s.contains(u'\r') || s.contains(u'\n')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s.prepend(u'"');
        s.append(u'"');
    }
    return s;
}

} // namespace hubdesk
