#include "searchtext.h"

#include "textfold.h"
#include "transliteration.h"

namespace hubdesk {

namespace {

// Control characters become spaces (a NUL would end the text for SQLite's LIKE and the
// FTS5 query parser); format characters are invisible and must not split a word.
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F) { // most text: no look-up
            out.append(c);
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:
            out.append(QLatin1Char(' '));
            break;
        case QChar::Other_Format:
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

// Latin text has no other spelling: most of a record needs no transliteration at all.
bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

bool SearchText::isIndexed(EntityType type)
{
    switch (type) {
    case EntityType::Organisation:
    case EntityType::Person:
    case EntityType::Startup:
    case EntityType::Session:
    case EntityType::Event:
    case EntityType::Voucher:
    case EntityType::Interaction:
    case EntityType::Outcome:
        return true;
    default:
        return false;
    }
}

bool SearchText::includes(const Field &field)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Email:
    case FieldType::Url:
    case FieldType::Phone:
    case FieldType::CompanyId:
    case FieldType::TagList:
        return true;
    default:
        return false;
    }
}

QStringList SearchText::valuesOf(const Record &record)
{
    QStringList values;
    for (const Field &f : record.info().fields) {
        if (!includes(f))
            continue;
        const QString value = f.isSet() ? record.list(f.key).join(QLatin1Char(' ')) : record.text(f.key);
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

QString SearchText::compose(const QStringList &values)
{
    const QString text = clean(values.join(QLatin1Char(' ')));
    const QString folded = TextFold::fold(text);
    if (isAscii(folded))
        return folded;
    QStringList latin;
    const auto add = [&latin](const QString &word, const QString &foldedWord) {
        if (word != foldedWord && !latin.contains(word))
            latin.append(word);
    };
    // Each word in Latin letters twice where they differ: transliterated before folding,
    // as the official system has it (й is y: Николай → nikolay), and after (й folded to
    // и: nikolai, the spelling many people still use).
    for (const QString &word : text.normalized(QString::NormalizationForm_C).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString foldedWord = TextFold::fold(word);
        if (isAscii(foldedWord))
            continue;
        add(TextFold::fold(Transliteration::toLatin(word)), foldedWord);
        add(Transliteration::toLatin(foldedWord), foldedWord);
    }
    if (latin.isEmpty())
        return folded;
    return folded + QLatin1Char(' ') + latin.join(QLatin1Char(' '));
}

QString SearchText::of(const Record &record, const QStringList &borrowed)
{
    return compose(valuesOf(record) + borrowed);
}

QStringList SearchText::queryWords(const QString &query)
{
    return TextFold::fold(clean(query)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList SearchText::spellings(const QString &foldedWord)
{
    const QString latin = Transliteration::toLatin(foldedWord);
    if (latin == foldedWord)
        return {foldedWord};
    return {foldedWord, latin};
}

int SearchText::characters(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate()) // a pair is one character
            ++n;
    }
    return n;
}

} // namespace hubdesk
