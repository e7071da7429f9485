#include "plaintext.h"

#include <QTextBoundaryFinder>
#include <QTextDocument> // Qt::convertFromPlainText

namespace hubdesk {

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return text; // an empty tooltip hides the tip; "<p></p>" would show an empty box
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::clip(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    if (limit <= 0)
        return QString();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(limit);
    qsizetype cut = graphemes.isAtBoundary() ? limit : graphemes.toPreviousBoundary();
    if (cut <= 0) // no boundary before the limit (one very long cluster): keep whole code points
        cut = text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
    return text.left(cut);
}

QString PlainText::elide(const QString &text, qsizetype limit)
{
    return text.size() <= limit ? text : clip(text, limit) + QStringLiteral("…");
}

QString PlainText::mnemonicSafe(const QString &text)
{
    QString s = text;
    return s.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString PlainText::isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
}

} // namespace hubdesk
