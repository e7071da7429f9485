#include "valueparser.h"

#include "../domain/companyid.h"
#include "../domain/countries.h"
#include "../domain/textfold.h"
#include "csvfield.h"
#include "matchkeys.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

namespace hubdesk {

namespace {

// Words that mean yes and no in the languages of the programme (and spreadsheets' TRUE).
bool parseBool(const QString &folded, bool *value)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("x"), QStringLiteral("да"),
                                    QStringLiteral("д"), QStringLiteral("истина")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("не"), QStringLiteral("н"),
                                   QStringLiteral("неистина")};
    if (yes.contains(folded)) {
        *value = true;
        return true;
    }
    if (no.contains(folded)) {
        *value = false;
        return true;
    }
    return false;
}

// "1:30" (hours and minutes) or a whole number of minutes.
bool parseMinutes(const QString &text, qint64 *minutes)
{
    static const QRegularExpression hm(QStringLiteral("^(\\d{1,3}):([0-5]\\d)$"));
    const QRegularExpressionMatch m = hm.match(text);
    if (m.hasMatch()) {
        *minutes = m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
        return true;
    }
    bool ok = false;
    *minutes = text.toLongLong(&ok);
    return ok;
}

} // namespace

ValueParser::ValueParser(const QList<const QTranslator *> &extraLanguages)
{
    for (EnumType type : Enums::all()) {
        QHash<QString, QString> &aliases = m_enumAliases[int(type)];
        for (const QString &key : Enums::keys(type)) {
            const QString english = Enums::englishLabel(type, key);
            aliases.insert(TextFold::fold(key), key);
            aliases.insert(TextFold::fold(english), key);
            aliases.insert(TextFold::fold(Enums::label(type, key)), key);
            for (const QTranslator *t : extraLanguages) {
                const QString translated = Enums::label(type, key, *t);
                if (!translated.isEmpty())
                    aliases.insert(TextFold::fold(translated), key);
            }
        }
    }
    const QLocale english(QLocale::English);
    for (const QString &code : Countries::codes()) {
        m_countries.insert(TextFold::fold(code), code);
        m_countries.insert(TextFold::fold(Countries::name(code)), code);
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        m_countries.insert(TextFold::fold(QLocale::territoryToString(territory)), code);
        // The country's own name in its first language ("България", "Ελλάδα").
        const QLocale native(QLocale::AnyLanguage, territory);
        if (!native.nativeTerritoryName().isEmpty())
            m_countries.insert(TextFold::fold(native.nativeTerritoryName()), code);
    }
    // Common English short forms that Qt's names do not use.
    m_countries.insert(QStringLiteral("uk"), QStringLiteral("GB"));
    m_countries.insert(QStringLiteral("great britain"), QStringLiteral("GB"));
    m_countries.insert(QStringLiteral("usa"), QStringLiteral("US"));
    m_countries.insert(QStringLiteral("united states of america"), QStringLiteral("US"));
    m_countries.insert(QStringLiteral("the netherlands"), QStringLiteral("NL"));
    m_countries.insert(QStringLiteral("russian federation"), QStringLiteral("RU"));
    m_countries.insert(QStringLiteral("republic of bulgaria"), QStringLiteral("BG"));
    m_countries.insert(QStringLiteral("republic of north macedonia"), QStringLiteral("MK"));
    m_countries.insert(QStringLiteral("czech republic"), QStringLiteral("CZ"));
    m_countries.insert(QStringLiteral("holland"), QStringLiteral("NL"));
}

QString ValueParser::enumKey(EnumType type, const QString &text) const
{
    return m_enumAliases.value(int(type)).value(TextFold::fold(text));
}

QString ValueParser::countryCode(const QString &text) const
{
    return m_countries.value(TextFold::fold(text));
}

QDate ValueParser::parseDate(const QString &input)
{
    QString text = input.trimmed();
    // A time after the date is dropped: "2025-03-05T10:00:00", "05.03.2025 14:30", "5.03.2025 г.".
    static const QRegularExpression time(QStringLiteral("(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)$"));
    text.remove(time);
    static const QRegularExpression year(QStringLiteral("\\s*(?:г\\.?|год\\.?)$"));
    text.remove(year);
    text = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})$"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = dmy.match(text);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

bool ValueParser::parseMoney(const QString &input, qint64 *cents)
{
    QString text = input.trimmed();
    // The currency, before or after: a code or a sign.
    static const QRegularExpression currency(QStringLiteral("^(?:[A-Za-z]{3}|[€$£]|лв\\.?)\\s*|\\s*(?:[A-Za-z]{3}|[€$£]|лв\\.?)$"));
    text.remove(currency);
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    static const QRegularExpression shape(QStringLiteral("^\\d[\\d.,]*$"));
    if (!shape.match(text).hasMatch())
        return false;
    // The last '.' or ',' followed by one or two digits is the decimal mark; the others group.
    const qsizetype mark = std::max(text.lastIndexOf(QLatin1Char('.')), text.lastIndexOf(QLatin1Char(',')));
    QString whole = text;
    QString fraction;
    if (mark >= 0 && text.size() - mark - 1 <= 2) {
        whole = text.left(mark);
        fraction = text.mid(mark + 1);
    }
    // Grouping, if any, is in threes after the first group ("1.234.567", not "12.345.6789").
    static const QRegularExpression separator(QStringLiteral("[.,]"));
    const QStringList groups = whole.split(separator);
    for (qsizetype i = 0; i < groups.size() && groups.size() > 1; ++i) {
        const qsizetype n = groups.at(i).size();
        if ((i == 0 && (n < 1 || n > 3)) || (i > 0 && n != 3))
            return false;
    }
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    if (whole.isEmpty() || whole.size() > 15)
        return false;
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    bool ok = false;
    const qint64 value = whole.toLongLong(&ok) * 100 + fraction.toLongLong();
    if (!ok)
        return false;
    *cents = negative ? -value : value;
    return true;
}

QVariant ValueParser::parse(const Field &field, const QString &input, QString *problem) const
{
    problem->clear();
    QString text = field.type == FieldType::LongText ? input.trimmed() : input.simplified();
    // An apostrophe before = + - @ (or before another apostrophe) is how exports keep
    // such text from running as a formula in a spreadsheet (CsvField); the value is what
    // follows it.
    text = CsvField::unneutralise(text);
    if (text.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Phone:
    case FieldType::Url:
        return text;
    case FieldType::Email: {
        QString e = text;
        if (e.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            e = e.mid(7);
        return e;
    }
    case FieldType::Country: {
        const QString code = countryCode(text);
        if (code.isEmpty())
            *problem = tr("“%1” is not a country: give its two-letter code (BG, GR …) or its name").arg(text);
        return code.isEmpty() ? QVariant() : QVariant(code);
    }
    case FieldType::CompanyId: {
        // "0" and zeros are how registers write "none"; a Bulgarian UIC that lost its
        // leading zeros in a spreadsheet gets them back when its check digits then agree.
        const QString id = CompanyId::normalise(text);
        static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
        if (!digitsOnly.match(id).hasMatch())
            return id;
        const QString key = MatchKeys::companyId(id);
        if (key.isEmpty())
            return {};
        return key.size() > id.size() ? key : id;
    }
    case FieldType::Enum: {
        const QString key = enumKey(field.enumType, text);
        if (key.isEmpty()) {
            QStringList labels;
            for (const QString &k : Enums::keys(field.enumType))
                labels.append(Enums::label(field.enumType, k));
            *problem = tr("“%1” is not one of: %2").arg(text, labels.join(QStringLiteral(", ")));
            return {};
        }
        return key;
    }
    case FieldType::EnumSet:
    case FieldType::TagList: {
        static const QRegularExpression separators(QStringLiteral("\\s*[;,|]\\s*"));
        QStringList values;
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
            if (field.type == FieldType::TagList) {
                values.append(part);
                continue;
            }
            const QString key = enumKey(field.enumType, part);
            if (key.isEmpty()) {
                *problem = tr("“%1” is not one of the values of %2").arg(part, field.translatedLabel());
                return {};
            }
            if (!values.contains(key))
                values.append(key);
        }
        return values;
    }
    case FieldType::Date: {
        const QDate d = parseDate(text);
        if (!d.isValid())
            *problem = tr("“%1” is not a date: write it as 2025-03-31, 31.03.2025 or 31/03/2025").arg(text);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case FieldType::Money: {
        qint64 cents = 0;
        if (!parseMoney(text, &cents)) {
            *problem = tr("“%1” is not an amount: write it as 1234.50 or 1 234,50").arg(text);
            return {};
        }
        return cents;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 n = QString(text).remove(QLatin1Char(' ')).toLongLong(&ok);
        if (!ok)
            *problem = tr("“%1” is not a whole number").arg(text);
        return ok ? QVariant(n) : QVariant();
    }
    case FieldType::Minutes: {
        qint64 minutes = 0;
        if (!parseMinutes(text, &minutes)) {
            *problem = tr("“%1” is not a duration: write minutes (90) or hours and minutes (1:30)").arg(text);
            return {};
        }
        return minutes;
    }
    case FieldType::Bool: {
        bool value = false;
        if (!parseBool(TextFold::fold(text), &value)) {
            *problem = tr("“%1” is not yes or no").arg(text);
            return {};
        }
        return value;
    }
    case FieldType::Reference:
        // References are found by the importer, which can look records up.
        return text;
    }
    return text;
}

} // namespace hubdesk
