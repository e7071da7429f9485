#include "csvfield.h"

namespace hubdesk {

bool CsvField::needsNeutralising(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvField::encode(const QString &text, QChar delimiter, bool neutralise)
{
    QString s = text;
    if (neutralise && needsNeutralising(s))
        s.prepend(u'\'');
    if (s.contains(delimiter) || s.contains(u'"') || s.contains(u'\r') || s.contains(u'\n')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s.prepend(u'"');
        s.append(u'"');
    }
    return s;
}

} // namespace hubdesk
