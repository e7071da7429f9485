#include "matchkeys.h"

#include "../domain/companyid.h"
#include "../domain/textfold.h"
#include "../domain/transliteration.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace hubdesk {

namespace {

// Legal forms as they are after folding and transliteration, dots removed.
// Bulgarian (Търговски закон, and ДЗЗД for civil partnerships): ЕТ, СД, КД, КДА, ООД,
// ЕООД, АД, ЕАД. Not НПО (a description, not a form) nor "сдружение"/"фондация", which
// name what the body is: "Фондация Х" and "Сдружение Х" may well be two bodies.
// Greek forms are listed in both scripts, since Greek is not transliterated.
const QSet<QString> &legalForms()
{
    static const QSet<QString> forms = [] {
        QSet<QString> s;
        const char *const latin[] = {// Bulgarian, transliterated
            "et", "sd", "kd", "kda", "ood", "eood", "ad", "ead", "dzzd",
            // English, German, Nordic, Benelux, Romance, others seen in EU projects
            "ltd", "limited", "llc", "inc", "incorporated", "corp", "plc", "gmbh", "mbh", "ag", "kg", "as",
            "asa", "sa", "bv", "nv", "srl", "spa", "sarl", "oy", "oyj", "ab", "aps", "sro", "doo", "kft",
            // Greek, transliterated
            "ike", "oe", "ae", "epe", "ee"};
        for (const char *f : latin)
            s.insert(QString::fromLatin1(f));
        const char *const greek[] = {"ικε", "οε", "αε", "επε", "εε"};
        for (const char *f : greek)
            s.insert(QString::fromUtf8(f));
        return s;
    }();
    return forms;
}

bool isGreek(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0370 && u <= 0x03FF) || (u >= 0x1F00 && u <= 0x1FFF);
}

// Bulgarian transliteration for everything but Greek, which is only folded: the
// project's Transliteration also does ELOT 743, which matching does not want here.
QString transliterateCyrillic(const QString &text)
{
    QString out;
    qsizetype start = 0;
    while (start < text.size()) {
        const bool greek = isGreek(text.at(start));
        qsizetype end = start + 1;
        while (end < text.size() && isGreek(text.at(end)) == greek)
            ++end;
        const QString run = text.mid(start, end - start);
        out += greek ? run : Transliteration::toLatin(run);
        start = end;
    }
    return out;
}

bool isDoubleQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x201A: // ‚ (a low single quote, used for opening)
    case 0x2039: // ‹
    case 0x203A: // ›
    case 0x2033: // ″
    case 0x301D:
    case 0x301E:
    case 0xFF02: // ＂
        return true;
    default:
        return false;
    }
}

bool isApostrophe(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'`':
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201B: // ‛
    case 0x2032: // ′
    case 0x00B4: // ´
    case 0x02BC: // ʼ
        return true;
    default:
        return false;
    }
}

// The words of a name, folded: quotes gone, abbreviations with dots joined ("S.R.L." →
// "srl"), Bulgarian Cyrillic transliterated, accents and case folded, anything that is
// not a letter or a digit a word break.
QStringList words(const QString &text)
{
    // Composed first: NFKD would split й into и and a breve, and transliteration
    // must see й whole (й → y, и → i). Files from macOS often come decomposed.
    QString s = text.normalized(QString::NormalizationForm_C);
    QString unquoted;
    unquoted.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (isDoubleQuote(c))
            unquoted.append(QLatin1Char(' ')); // „Дисиб“ЕООД is two words
        else if (!isApostrophe(c))
            unquoted.append(c); // O’Brien and OBrien are one
    }
    // Single letters with dots or a slash between them are one abbreviation:
    // S.A., S.p.A., Е.О.О.Д., G.m.b.H., A/S.
    static const QRegularExpression dotted(
        QStringLiteral("(?<![\\p{L}\\p{N}])\\p{L}(?:[./]\\s?\\p{L}(?![\\p{L}\\p{N}]))+\\.?"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString joined;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = dotted.globalMatch(unquoted);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        joined += QStringView(unquoted).mid(last, m.capturedStart() - last);
        joined += QLatin1Char(' ');
        for (const QChar c : m.capturedView()) {
            if (c.isLetter())
                joined.append(c);
        }
        joined += QLatin1Char(' ');
        last = m.capturedEnd();
    }
    joined += QStringView(unquoted).mid(last);

    const QString folded = TextFold::fold(transliterateCyrillic(joined));
    QStringList out;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// Titles before or after a person's name, as words() leaves them.
const QSet<QString> &personTitles()
{
    static const QSet<QString> titles = [] {
        QSet<QString> s;
        const char *const list[]
            = {"dr", "prof", "mr", "mrs", "ms", "miss", "mag", "ing", "dipl", "phd", "msc", "mba", "inzh",
                "arh", "dots", "gn", "gzha", "gtsa", "jr", "sr", "dott", "sig", "herr", "frau"};
        for (const char *t : list)
            s.insert(QString::fromLatin1(t));
        return s;
    }();
    return titles;
}

bool allZeros(const QString &digits)
{
    return std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c == QLatin1Char('0'); });
}

// ЕГН, the Bulgarian personal number, which is also the VAT number of a person
// (BG + 10 digits); its check digit tells it apart from a UIC that lost 3 zeros.
bool isValidEgn(const QString &digits)
{
    if (digits.size() != 10)
        return false;
    static const int weights[9] = {2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (digits.at(i).unicode() - '0') * weights[i];
    const int check = sum % 11 == 10 ? 0 : sum % 11;
    return check == digits.at(9).unicode() - '0';
}

bool isEuVatPrefix(const QString &prefix)
{
    static const QSet<QString> prefixes = [] {
        QSet<QString> s;
        const char *const list[] = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI"};
        for (const char *p : list)
            s.insert(QString::fromLatin1(p));
        return s;
    }();
    return prefixes.contains(prefix);
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

// Bigrams of each word padded with a space at both ends, as sorted 32-bit values.
QList<quint32> bigrams(const QString &key)
{
    QList<quint32> out;
    const QStringList ws = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : ws) {
        const QString padded = QLatin1Char(' ') + w + QLatin1Char(' ');
        for (qsizetype i = 0; i + 1 < padded.size(); ++i)
            out.append((quint32(padded.at(i).unicode()) << 16) | padded.at(i + 1).unicode());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QString MatchKeys::normalisedName(const QString &organisationName)
{
    // A register writes the name in quotes and the legal form outside them
    // (”Еко Ел Сд” ЕООД): what is inside the quotes is all name, even a word that is
    // also a form ("Сд"), so that it stays apart from ”Еко Ел” ЕООД.
    qsizetype open = -1;
    qsizetype close = -1;
    for (qsizetype i = 0; i < organisationName.size(); ++i) {
        if (isDoubleQuote(organisationName.at(i))) {
            if (open < 0)
                open = i;
            else
                close = i;
        }
    }
    QStringList quoted;
    QString outside = organisationName;
    if (open >= 0 && close > open) {
        quoted = words(organisationName.mid(open + 1, close - open - 1));
        if (!quoted.isEmpty())
            outside = organisationName.left(open) + QLatin1Char('\n') + organisationName.mid(close + 1);
    }
    const QStringList all = words(outside);
    QStringList kept;
    bool quotedPlaced = quoted.isEmpty();
    const qsizetype before = quoted.isEmpty() ? 0 : words(organisationName.left(open)).size();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!quotedPlaced && i == before) {
            kept += quoted;
            quotedPlaced = true;
        }
        if (!legalForms().contains(all.at(i)))
            kept.append(all.at(i));
    }
    if (!quotedPlaced)
        kept += quoted;
    // A name that is nothing but forms ("АД") keeps them rather than become empty.
    return (kept.isEmpty() ? all : kept).join(QLatin1Char(' '));
}

QString MatchKeys::personName(const QString &fullName)
{
    // Bulgarian titles are shortened with a hyphen (д-р, г-н, г-жа), which words() would
    // split into letters that look like initials; they go first.
    static const QRegularExpression hyphenated(
        QStringLiteral("(?<!\\p{L})[дгДГ]-(?:р|н|жа|ца)\\.?(?!\\p{L})"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    QString text = fullName.normalized(QString::NormalizationForm_C);
    text.replace(hyphenated, QStringLiteral(" "));
    const QStringList all = words(text);
    QStringList kept;
    for (const QString &w : all) {
        if (!personTitles().contains(w))
            kept.append(w);
    }
    if (kept.isEmpty())
        kept = all;
    std::sort(kept.begin(), kept.end());
    return kept.join(QLatin1Char(' '));
}

QString MatchKeys::personName(const QString &givenName, const QString &familyName)
{
    return personName(givenName + QLatin1Char(' ') + familyName);
}

QString MatchKeys::companyId(const QString &raw, const QString &country)
{
    QString compact;
    for (const QChar c : raw) {
        if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('/'))
            compact.append(c);
    }
    QString countryCode = country.trimmed().toUpper();
    if (countryCode == QLatin1String("GR"))
        countryCode = QStringLiteral("EL"); // Greece's VAT prefix is EL
    QString prefix;
    if (compact.size() > 2 && isAsciiLetter(compact.at(0)) && isAsciiLetter(compact.at(1))) {
        const QString p = compact.left(2).toUpper();
        if (isEuVatPrefix(p))
            prefix = p;
    }
    QString digits;
    for (const QChar c : std::as_const(compact)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    if (digits.isEmpty() || allZeros(digits))
        return {};

    // A foreign VAT prefix says the id is not Bulgarian, whatever the country field says.
    const bool bulgarian = prefix.isEmpty() ? (countryCode.isEmpty() || countryCode == QLatin1String("BG"))
                                            : prefix == QLatin1String("BG");
    if (!bulgarian)
        return digits;
    // Spreadsheets drop leading zeros: 6–8 digits may be a 9-digit UIC, 10–12 a 13-digit
    // one. Restored only when the check digits then agree, which a number that merely
    // has fewer digits does by chance once in 11 (or 121) times.
    const qsizetype n = digits.size();
    if (n >= 6 && n <= 8) {
        const QString padded = QString(9 - n, QLatin1Char('0')) + digits;
        if (isValidEik(padded))
            return padded;
    } else if (n >= 10 && n <= 12 && !(n == 10 && isValidEgn(digits))) {
        const QString padded = QString(13 - n, QLatin1Char('0')) + digits;
        if (isValidEik(padded))
            return padded;
    }
    return digits;
}

bool MatchKeys::isValidEik(const QString &id)
{
    const QString s = CompanyId::normalise(id);
    if (s.size() != 9 && s.size() != 13)
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    if (CompanyId::checkDigit9(s.left(8)) != s.at(8).unicode() - '0')
        return false;
    return s.size() == 9 || CompanyId::checkDigit13(s.left(12)) == s.at(12).unicode() - '0';
}

QString MatchKeys::email(const QString &raw)
{
    QString s = raw.trimmed();
    // "Иван Петров <ivan@example.bg>"
    const qsizetype open = s.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = s.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        s = s.mid(open + 1, close - open - 1).trimmed();
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        s = s.mid(7).trimmed();
    const qsizetype query = s.indexOf(QLatin1Char('?'));
    if (query >= 0)
        s.truncate(query);
    s = s.toLower();

    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != s.lastIndexOf(QLatin1Char('@')))
        return {};
    for (const QChar c : std::as_const(s)) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('"') || c.category() == QChar::Other_Control)
            return {};
    }
    const QString domain = s.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || domain.size() - dot - 1 < 2 || domain.startsWith(QLatin1Char('-'))
        || domain.contains(QLatin1String("..")) || s.at(at - 1) == QLatin1Char('.'))
        return {};
    return s;
}

QString MatchKeys::websiteDomain(const QString &raw)
{
    QString s = raw.trimmed();
    if (s.isEmpty() || s.contains(QLatin1Char(' ')))
        return {};
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    else if (s.startsWith(QLatin1String("//")))
        s = s.mid(2);
    // The host ends at the path, query, fragment or a backslash.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'/' || c == u'?' || c == u'#' || c == u'\\') {
            s.truncate(i);
            break;
        }
    }
    const qsizetype credentials = s.lastIndexOf(QLatin1Char('@'));
    if (credentials >= 0)
        s = s.mid(credentials + 1);
    if (s.startsWith(QLatin1Char('[')))
        return {}; // an IPv6 address is no domain to match on
    const qsizetype port = s.indexOf(QLatin1Char(':'));
    if (port >= 0)
        s.truncate(port);
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    // ASCII (punycode) form, lower case; QUrl::toAce is empty for a name that cannot be one.
    QString host = QString::fromLatin1(QUrl::toAce(s.toLower())).toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (!host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.'))
        || host.contains(QLatin1String("..")))
        return {};
    for (const QChar c : std::as_const(host)) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('-');
        if (!ok)
            return {};
    }
    return host;
}

double MatchKeys::similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (a == b)
        return 1.0;
    const QList<quint32> x = bigrams(a);
    const QList<quint32> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return 0.0;
    // The size of the multiset intersection, by merging the sorted lists.
    qsizetype common = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < x.size() && j < y.size()) {
        if (x.at(i) == y.at(j)) {
            ++common;
            ++i;
            ++j;
        } else if (x.at(i) < y.at(j)) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(common) / double(x.size() + y.size());
}

bool MatchKeys::hasLegalForm(const QString &organisationName)
{
    const QStringList ws = words(organisationName);
    return std::any_of(ws.cbegin(), ws.cend(), [](const QString &w) { return legalForms().contains(w); });
}

QStringList MatchKeys::splitOrganisations(const QString &field)
{
    QStringList out;
    const QStringList parts = field.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QStringList sides = trimmed.split(QLatin1String(" / "), Qt::SkipEmptyParts);
        const bool split = sides.size() > 1 && std::all_of(sides.cbegin(), sides.cend(), hasLegalForm);
        if (!split) {
            out.append(trimmed);
            continue;
        }
        for (const QString &side : sides) {
            if (!side.trimmed().isEmpty())
                out.append(side.trimmed());
        }
    }
    return out;
}

} // namespace hubdesk
