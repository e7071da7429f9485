#include "transliteration.h"

#include <QHash>

namespace hubdesk {

namespace {

const QHash<QChar, QString> &table()
{
    static const QHash<QChar, QString> map = [] {
        QHash<QChar, QString> m;
        const char *const cyrillic[][2] = {
            {"а", "a"},  {"б", "b"},  {"в", "v"},   {"г", "g"},  {"д", "d"},  {"е", "e"},  {"ж", "zh"},
            {"з", "z"},  {"и", "i"},  {"й", "y"},   {"к", "k"},  {"л", "l"},  {"м", "m"},  {"н", "n"},
            {"о", "o"},  {"п", "p"},  {"р", "r"},   {"с", "s"},  {"т", "t"},  {"у", "u"},  {"ф", "f"},
            {"х", "h"},  {"ц", "ts"}, {"ч", "ch"},  {"ш", "sh"}, {"щ", "sht"}, {"ъ", "a"}, {"ь", "y"},
            {"ю", "yu"}, {"я", "ya"}, {"ѝ", "i"},   {"ё", "yo"}, {"ы", "y"},  {"э", "e"},  {"є", "ye"},
            {"і", "i"},  {"ї", "yi"}, {"ґ", "g"},   {"ђ", "dj"}, {"ј", "j"},  {"љ", "lj"}, {"њ", "nj"},
            {"ћ", "c"},  {"џ", "dz"},
            // Greek (ELOT 743, letter by letter)
            {"α", "a"},  {"ά", "a"},  {"β", "v"},   {"γ", "g"},  {"δ", "d"},  {"ε", "e"},  {"έ", "e"},
            {"ζ", "z"},  {"η", "i"},  {"ή", "i"},   {"θ", "th"}, {"ι", "i"},  {"ί", "i"},  {"ϊ", "i"},
            {"ΐ", "i"},  {"κ", "k"},  {"λ", "l"},   {"μ", "m"},  {"ν", "n"},  {"ξ", "x"},  {"ο", "o"},
            {"ό", "o"},  {"π", "p"},  {"ρ", "r"},   {"σ", "s"},  {"ς", "s"},  {"τ", "t"},  {"υ", "y"},
            {"ύ", "y"},  {"ϋ", "y"},  {"ΰ", "y"},   {"φ", "f"},  {"χ", "ch"}, {"ψ", "ps"}, {"ω", "o"},
            {"ώ", "o"},
        };
        for (const auto &pair : cyrillic) {
            const QString from = QString::fromUtf8(pair[0]);
            m.insert(from.at(0), QString::fromLatin1(pair[1]));
        }
        return m;
    }();
    return map;
}

bool isLetter(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetter();
}

} // namespace

QString Transliteration::toLatin(const QString &text)
{
    // The Act's one exception: the name of the country is "Bulgaria", not "Balgaria".
    static const QString country = QStringLiteral("България");
    if (text.contains(country, Qt::CaseInsensitive)) {
        QString copy = text;
        qsizetype at = 0;
        while ((at = copy.indexOf(country, at, Qt::CaseInsensitive)) >= 0) {
            const bool upper = copy.at(at + 1).isUpper();
            copy.replace(at, country.size(), upper ? QStringLiteral("BULGARIA") : QStringLiteral("Bulgaria"));
            at += 8;
        }
        return toLatin(copy);
    }
    QString out;
    out.reserve(text.size() + text.size() / 4);
    const QHash<QChar, QString> &map = table();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar lower = c.toLower();
        const auto it = map.constFind(lower);
        if (it == map.cend()) {
            out.append(c);
            continue;
        }
        QString latin = it.value();
        // Bulgarian: "ия" at the end of a word is "ia" (София → Sofia, България → Bulgaria).
        if (lower == QChar(0x044F) && i > 0 && text.at(i - 1).toLower() == QChar(0x0438) && !isLetter(text, i + 1))
            latin = QStringLiteral("a");
        if (c != lower) { // keep the case: Щ → Sht, or SHT inside an upper-case word
            const bool wordUpper = isLetter(text, i + 1) && text.at(i + 1).isUpper();
            latin = wordUpper ? latin.toUpper() : latin.left(1).toUpper() + latin.mid(1);
        }
        out.append(latin);
    }
    return out;
}

} // namespace hubdesk
