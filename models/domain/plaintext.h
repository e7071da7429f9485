#pragma once

#include <QString>

namespace hubdesk {

// User text made safe for the places Qt reads as markup or that have room for only
// part of it. Qt guesses rich text from the text itself (Qt::mightBeRichText) in
// tooltips, labels and message boxes, so a name like "<img src=…>" would be rendered
// as HTML; and a cut in the middle of a surrogate pair or an emoji sequence leaves a
// broken character.
class PlainText
{
public:
    // \a text as an HTML paragraph showing exactly those characters (line breaks kept),
    // for a tooltip or any other place where Qt decides between plain and rich text.
    static QString toolTip(const QString &text);
    // At most \a limit UTF-16 units of \a text, cut at the last grapheme boundary that
    // fits (never inside a surrogate pair, a ZWJ emoji sequence or a combining mark).
    static QString clip(const QString &text, qsizetype limit);
    // clip() plus an ellipsis when something was cut.
    static QString elide(const QString &text, qsizetype limit);
    // \a text for a button, menu item or tab, where '&' marks a shortcut key: "R&D" shows
    // as "R&D", not as "RD" with the D underlined.
    static QString mnemonicSafe(const QString &text);
    // \a text set apart from the sentence it is put into (Unicode isolates, invisible): a
    // right-to-left override in a name then turns only the name, not the rest of the message.
    static QString isolated(const QString &text);
};

} // namespace hubdesk
