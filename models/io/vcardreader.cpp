#include "vcardreader.h"

#include "charsetdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <climits>

namespace hubdesk {

namespace {

// A property line longer than this is not a contact field but damage or data we do
// not keep; it is not held in memory (photos are dropped earlier, line by line).
constexpr qsizetype maxLogicalLine = 4 * 1024 * 1024;
constexpr int notPreferred = INT_MAX;

bool startsWithNoCase(const QByteArray &text, const char *prefix)
{
    const QByteArray p(prefix);
    return text.size() >= p.size() && qstrnicmp(text.constData(), p.constData(), p.size()) == 0;
}

bool isFoldContinuation(const QByteArray &line)
{
    return !line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t');
}

// The part of a line before its value: "item1.TEL;TYPE=\"work,voice\"" (quote-aware,
// because a quoted parameter value may hold a colon).
qsizetype colonIndex(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

// The property name of a line, without its group, upper case: "PHOTO".
QByteArray propertyName(const QByteArray &line)
{
    qsizetype end = 0;
    while (end < line.size() && line.at(end) != ';' && line.at(end) != ':')
        ++end;
    QByteArray name = line.left(end);
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0)
        name = name.mid(dot + 1);
    return name.trimmed().toUpper();
}

// Values we never keep: a photo or logo may be megabytes of base64 folded over
// thousands of lines; only the fact that it was there is kept.
bool isBinaryProperty(const QByteArray &name)
{
    return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

bool isQuotedPrintable(const QByteArray &line)
{
    const qsizetype colon = colonIndex(line);
    const QByteArray head = (colon < 0 ? line : line.left(colon)).toUpper();
    return head.contains("QUOTED-PRINTABLE");
}

// vCard 2.1 writers put base64 on lines without indentation, ending at a blank line.
bool looksLikeBase64(const QByteArray &line)
{
    if (line.isEmpty())
        return false;
    for (const char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=' || c == ' ' || c == '\t';
        if (!ok)
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            const int hi = hexValue(in.at(i + 1));
            const int lo = hexValue(in.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        if (c == '=' && i == in.size() - 1)
            continue; // a soft break left at the very end
        out.append(c);
    }
    return out;
}

// RFC 6868 escapes in parameter values: ^n newline, ^' double quote, ^^ caret.
QByteArray unescapeParameter(const QByteArray &in)
{
    if (!in.contains('^'))
        return in;
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '^' && i + 1 < in.size()) {
            const char n = in.at(i + 1);
            if (n == 'n' || n == 'N') {
                out.append('\n');
                ++i;
                continue;
            }
            if (n == '\'') {
                out.append('"');
                ++i;
                continue;
            }
            if (n == '^') {
                out.append('^');
                ++i;
                continue;
            }
        }
        out.append(in.at(i));
    }
    return out;
}

// Splits a value on separators that are not escaped with a backslash; the parts keep
// their escapes, so that unescape() is applied once, afterwards.
QStringList splitEscaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current.append(c);
            current.append(value.at(++i));
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

// \n \N \, \; \\ (and \: which some writers use); an unknown escape is kept as it is,
// because vCard 2.1 text may hold a bare backslash (a Windows path in a note).
QString unescape(const QString &value)
{
    if (!value.contains(QLatin1Char('\\')))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out.append(c);
            continue;
        }
        const QChar n = value.at(i + 1);
        if (n == QLatin1Char('n') || n == QLatin1Char('N'))
            out.append(QLatin1Char('\n'));
        else if (n == QLatin1Char(',') || n == QLatin1Char(';') || n == QLatin1Char('\\')
            || n == QLatin1Char(':'))
            out.append(n);
        else {
            out.append(c);
            out.append(n);
        }
        ++i;
    }
    return out;
}

QString clean(const QString &value)
{
    QString s = unescape(value);
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return s.trimmed();
}

// "_$!<Other>!$_" is how Apple writes its own labels; custom ones are plain text.
QString cleanLabel(const QString &label)
{
    QString s = clean(label);
    if (s.startsWith(QLatin1String("_$!<")) && s.endsWith(QLatin1String(">!$_")))
        s = s.mid(4, s.size() - 8);
    return s;
}

QDate parseBirthday(const QString &text, int omitYear)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1String("--")))
        return {}; // a 4.0 date without a year
    const qsizetype timeAt = t.indexOf(QLatin1Char('T'));
    if (timeAt >= 8)
        t.truncate(timeAt);
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    // Apple writes the year 1604 with X-APPLE-OMIT-YEAR=1604 when the year is unknown.
    if (d.isValid() && omitYear > 0 && d.year() == omitYear)
        return {};
    return d;
}

// One property line taken apart: "item1.TEL;TYPE=WORK,pref:+359 2 123".
struct Property
{
    QByteArray group;
    QByteArray name; // upper case
    QStringList types;
    int preference = notPreferred; // 1 is the most preferred
    QByteArray encoding; // upper case
    QByteArray charset;
    QByteArray valueType; // lower case (VALUE=uri)
    int omitYear = 0;
    QByteArray value;
};

void addType(Property *p, const QByteArray &raw)
{
    const QString type = QString::fromUtf8(raw).trimmed().toLower();
    if (type.isEmpty())
        return;
    if (type == QLatin1String("pref"))
        p->preference = std::min(p->preference, 1);
    else if (!p->types.contains(type))
        p->types.append(type);
}

void addParameter(Property *p, const QByteArray &segment)
{
    const qsizetype eq = segment.indexOf('=');
    if (eq < 0) {
        // vCard 2.1 writes bare values: TEL;WORK;VOICE, EMAIL;PREF;INTERNET, ;QUOTED-PRINTABLE.
        const QByteArray bare = segment.trimmed().toUpper();
        if (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "B" || bare == "8BIT" || bare == "7BIT")
            p->encoding = bare;
        else
            addType(p, bare);
        return;
    }
    const QByteArray key = segment.left(eq).trimmed().toUpper();
    QByteArray value = segment.mid(eq + 1).trimmed();
    QList<QByteArray> values;
    // A list of values, each possibly quoted: TYPE="work,voice" or TYPE=work,"pref".
    QByteArray current;
    bool quoted = false;
    for (const char c : value) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && (!quoted || key == "TYPE")) {
            values.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    values.append(current);
    for (QByteArray &v : values)
        v = unescapeParameter(v);
    if (key == "TYPE") {
        for (const QByteArray &v : values)
            addType(p, v);
    } else if (key == "PREF") {
        bool ok = false;
        const int rank = values.value(0).toInt(&ok);
        if (ok && rank > 0)
            p->preference = std::min(p->preference, rank);
    } else if (key == "ENCODING") {
        p->encoding = values.value(0).toUpper();
    } else if (key == "CHARSET") {
        p->charset = values.value(0);
    } else if (key == "VALUE") {
        p->valueType = values.value(0).toLower();
    } else if (key == "X-APPLE-OMIT-YEAR") {
        p->omitYear = values.value(0).toInt();
    }
}

bool parseProperty(const QByteArray &line, Property *p)
{
    const qsizetype colon = colonIndex(line);
    if (colon <= 0)
        return false;
    const QByteArray head = line.left(colon);
    p->value = line.mid(colon + 1);
    // Parameters split on semicolons outside quotes.
    QList<QByteArray> segments;
    QByteArray current;
    bool quoted = false;
    for (const char c : head) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            segments.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    segments.append(current);
    QByteArray name = segments.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        p->group = name.left(dot).toLower();
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                || c == '_'))
            return false;
    }
    p->name = name.toUpper();
    for (const QByteArray &segment : std::as_const(segments)) {
        if (!segment.trimmed().isEmpty())
            addParameter(p, segment);
    }
    return true;
}

template<typename T> struct Ranked
{
    T item;
    int preference = notPreferred;
    QByteArray group;
};

// A card while it is read: values keep their rank and group until END:VCARD, when the
// labels of the groups are known (X-ABLabel may come after the value it names).
struct CardBuilder
{
    VCardContact contact;
    QList<Ranked<VCardValue>> emails;
    QList<Ranked<VCardValue>> phones;
    QList<Ranked<VCardAddress>> addresses;
    QHash<QByteArray, QString> labels;

    template<typename T> QList<T> finish(QList<Ranked<T>> &list) const
    {
        std::stable_sort(list.begin(), list.end(),
            [](const Ranked<T> &a, const Ranked<T> &b) { return a.preference < b.preference; });
        QList<T> out;
        out.reserve(list.size());
        for (Ranked<T> &r : list) {
            r.item.preferred = r.preference != notPreferred;
            if (!r.group.isEmpty() && r.item.label.isEmpty())
                r.item.label = labels.value(r.group);
            out.append(r.item);
        }
        return out;
    }

    VCardContact take()
    {
        contact.emails = finish(emails);
        contact.phones = finish(phones);
        contact.addresses = finish(addresses);
        return contact;
    }
};

} // namespace

struct VCardReader::Line
{
    QByteArray text;
    qint64 number = 0;
    bool tooLong = false;
    bool binary = false; // a photo or the like, whose value was dropped
};

VCardReader::VCardReader(QIODevice *device)
    : m_device(device)
{
    if (!m_device || !m_device->isReadable())
        m_error = Error::make(Error::Code::Io,
            QCoreApplication::translate("Import", "The vCard file is not open for reading."));
}

VCardReader::VCardReader(const QString &path)
    : m_file(std::make_unique<QFile>(path))
{
    if (m_file->open(QIODevice::ReadOnly))
        m_device = m_file.get();
    else
        m_error = Error::make(Error::Code::Io,
            QCoreApplication::translate("Import", "Cannot open the vCard file “%1”: %2")
                .arg(path, m_file->errorString()));
}

VCardReader::~VCardReader() = default;

void VCardReader::setFallbackCharset(const QByteArray &charset)
{
    m_fallbackCharset = charset;
}

Error VCardReader::error() const
{
    return m_error;
}

const QList<VCardProblem> &VCardReader::problems() const
{
    return m_problems;
}

qint64 VCardReader::position() const
{
    return m_device ? m_device->pos() : 0;
}

qint64 VCardReader::size() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : 0;
}

void VCardReader::report(qint64 line, const QString &message)
{
    m_problems.append(VCardProblem {line, message});
}

bool VCardReader::readPhysical(QByteArray *text, qint64 *number)
{
    if (m_hasPending) {
        *text = m_pending;
        *number = m_pendingNumber;
        m_hasPending = false;
        m_pending.clear();
        return true;
    }
    if (!m_device || m_error || m_device->atEnd())
        return false;
    QByteArray line = m_device->readLine();
    if (line.isEmpty()) {
        if (!m_device->atEnd())
            m_error = Error::make(Error::Code::Io,
                QCoreApplication::translate("Import", "The vCard file could not be read after line %1: %2")
                    .arg(m_lineNumber)
                    .arg(m_device->errorString()));
        return false;
    }
    ++m_lineNumber;
    if (m_lineNumber == 1) {
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        else if (line.startsWith("\xFF\xFE") || line.startsWith("\xFE\xFF")) {
            m_error = Error::make(Error::Code::Io,
                QCoreApplication::translate("Import",
                    "The vCard file is in UTF-16. Save it as UTF-8 (or export it again) "
                    "and import that file."));
            return false;
        }
    }
    // LF, CRLF and stray CRs at the end all end a line.
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *text = line;
    *number = m_lineNumber;
    return true;
}

bool VCardReader::readLogical(Line *line)
{
    QByteArray first;
    qint64 number = 0;
    if (!readPhysical(&first, &number))
        return false;
    line->number = number;
    line->tooLong = false;
    line->binary = false;
    line->text = first;
    if (first.isEmpty() || isFoldContinuation(first))
        return true; // the caller skips blank lines and reports a stray continuation

    const QByteArray name = propertyName(first);
    if (isBinaryProperty(name)) {
        // Keep the parameters (to know it was there), never the data.
        const qsizetype colon = colonIndex(first);
        line->binary = true;
        line->text = colon >= 0 ? first.left(colon + 1) : first;
    }
    const bool qp = !line->binary && isQuotedPrintable(first);
    QByteArray next;
    qint64 nextNumber = 0;
    while (readPhysical(&next, &nextNumber)) {
        bool joined = false;
        QByteArray piece;
        if (qp && line->text.endsWith('=') && !next.isEmpty() && !startsWithNoCase(next, "END:VCARD")) {
            // A quoted-printable soft line break: "=" at the end joins the next line whole
            // (a leading space there is text, not folding).
            line->text.chop(1);
            piece = next;
            joined = true;
        } else if (isFoldContinuation(next)) {
            // RFC 2425/6350 folding: CRLF followed by one space or tab, both removed.
            piece = next.mid(1);
            joined = true;
        } else if (line->binary && looksLikeBase64(next) && colonIndex(next) < 0) {
            joined = true; // vCard 2.1 base64 without indentation
        }
        if (!joined) {
            m_pending = next;
            m_pendingNumber = nextNumber;
            m_hasPending = true;
            break;
        }
        if (line->binary || line->tooLong)
            continue;
        if (line->text.size() + piece.size() > maxLogicalLine) {
            line->tooLong = true;
            line->text.clear();
            continue;
        }
        line->text.append(piece);
    }
    return true;
}

bool VCardReader::next(VCardContact *contact)
{
    CardBuilder card;
    bool inCard = false;
    bool skipping = false; // after a broken card, until its END:VCARD
    Line line;

    const auto breakCard = [&](qint64 at, const QString &message) {
        report(at, message);
        inCard = false;
        skipping = true;
    };

    while (readLogical(&line)) {
        if (line.text.trimmed().isEmpty() && !line.tooLong)
            continue; // blank lines (spaces only, too) between and inside cards
        Property p;
        const bool parsed = !line.tooLong && !isFoldContinuation(line.text) && parseProperty(line.text, &p);
        const bool isBegin = parsed && p.name == "BEGIN" && p.value.trimmed().toUpper() == "VCARD";
        const bool isEnd = parsed && p.name == "END" && p.value.trimmed().toUpper() == "VCARD";

        if (isBegin) {
            if (inCard)
                report(card.contact.line,
                    QCoreApplication::translate("Import",
                        "This card has no END:VCARD before the next card begins on line %1; it was skipped.")
                        .arg(line.number));
            card = CardBuilder();
            card.contact.line = line.number;
            inCard = true;
            skipping = false;
            continue;
        }
        if (isEnd) {
            if (inCard) {
                *contact = card.take();
                return true;
            }
            if (!skipping)
                report(line.number,
                    QCoreApplication::translate(
                        "Import", "END:VCARD without a BEGIN:VCARD before it; the line was ignored."));
            skipping = false;
            continue;
        }
        if (skipping)
            continue;
        if (!inCard) {
            // One report for a run of stray lines, not one per line.
            if (m_outsideReported < 0 || m_outsideReported != line.number - 1)
                report(line.number,
                    QCoreApplication::translate(
                        "Import", "Text outside any card (BEGIN:VCARD … END:VCARD) was ignored."));
            m_outsideReported = line.number;
            continue;
        }
        if (line.tooLong) {
            breakCard(line.number,
                QCoreApplication::translate(
                    "Import", "A line longer than %1 MB; the card on line %2 was skipped.")
                    .arg(maxLogicalLine / (1024 * 1024))
                    .arg(card.contact.line));
            continue;
        }
        if (!parsed) {
            const QString shown = QString::fromUtf8(line.text.left(60)).trimmed();
            breakCard(line.number,
                QCoreApplication::translate(
                    "Import", "“%1” is not a property (name:value); the card on line %2 was skipped.")
                    .arg(shown)
                    .arg(card.contact.line));
            continue;
        }
        if (line.binary) {
            if (p.name == "PHOTO")
                card.contact.hasPhoto = true;
            continue;
        }

        // The value as text: transfer encoding first, then character set.
        QByteArray bytes = p.value;
        if (p.encoding == "QUOTED-PRINTABLE")
            bytes = decodeQuotedPrintable(bytes);
        else if (p.encoding == "B" || p.encoding == "BASE64")
            bytes = QByteArray::fromBase64(bytes);
        QString text;
        if (!p.charset.isEmpty()) {
            bool ok = true;
            text = CharsetDecoder::decode(bytes, p.charset, &ok);
            if (!ok && !m_unknownCharsets.contains(p.charset.toLower())) {
                m_unknownCharsets.insert(p.charset.toLower());
                report(line.number,
                    QCoreApplication::translate("Import",
                        "Unknown character set “%1”; text in it was read as UTF-8 "
                        "(here and in any later card).")
                        .arg(QString::fromLatin1(p.charset)));
            }
        } else if (CharsetDecoder::isUtf8(bytes)) {
            text = QString::fromUtf8(bytes);
        } else {
            text = CharsetDecoder::decode(bytes, m_fallbackCharset);
        }

        VCardContact &c = card.contact;
        const QByteArray &n = p.name;
        if (n == "VERSION") {
            c.version = text.trimmed();
        } else if (n == "FN") {
            c.formattedName = clean(text);
        } else if (n == "N") {
            const QStringList parts = splitEscaped(text, QLatin1Char(';'));
            c.familyName = clean(parts.value(0));
            c.givenName = clean(parts.value(1));
            c.additionalNames = clean(parts.value(2));
            c.prefixes = clean(parts.value(3));
            c.suffixes = clean(parts.value(4));
        } else if (n == "ORG") {
            const QStringList parts = splitEscaped(text, QLatin1Char(';'));
            c.organisation = clean(parts.value(0));
            QStringList units;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QString unit = clean(parts.at(i));
                if (!unit.isEmpty())
                    units.append(unit);
            }
            c.department = units.join(QLatin1String(", "));
        } else if (n == "TITLE") {
            c.title = clean(text);
        } else if (n == "ROLE") {
            c.role = clean(text);
        } else if (n == "NOTE") {
            // Android writes one NOTE per note; keep them all.
            const QString note = clean(text);
            if (!note.isEmpty())
                c.note = c.note.isEmpty() ? note : c.note + QLatin1Char('\n') + note;
        } else if (n == "UID") {
            c.uid = clean(text);
        } else if (n == "EMAIL" || n == "TEL") {
            VCardValue v;
            v.value = clean(text);
            // 4.0 writes them as URIs (VALUE=uri): tel:+359..., mailto:...
            const QLatin1String scheme = n == "TEL" ? QLatin1String("tel:") : QLatin1String("mailto:");
            if (v.value.startsWith(scheme, Qt::CaseInsensitive))
                v.value = v.value.mid(scheme.size()).trimmed();
            v.types = p.types;
            if (v.value.isEmpty())
                continue;
            (n == "EMAIL" ? card.emails : card.phones).append({v, p.preference, p.group});
        } else if (n == "ADR") {
            const QStringList parts = splitEscaped(text, QLatin1Char(';'));
            VCardAddress a;
            a.poBox = clean(parts.value(0));
            a.extended = clean(parts.value(1));
            a.street = clean(parts.value(2));
            a.locality = clean(parts.value(3));
            a.region = clean(parts.value(4));
            a.postalCode = clean(parts.value(5));
            a.country = clean(parts.value(6));
            a.types = p.types;
            card.addresses.append({a, p.preference, p.group});
        } else if (n == "URL") {
            const QString url = clean(text);
            if (!url.isEmpty())
                c.urls.append(url);
        } else if (n == "BDAY") {
            c.birthdayText = clean(text);
            c.birthday = parseBirthday(c.birthdayText, p.omitYear);
        } else if (n == "CATEGORIES") {
            for (const QString &part : splitEscaped(text, QLatin1Char(','))) {
                const QString category = clean(part);
                if (!category.isEmpty() && !c.categories.contains(category))
                    c.categories.append(category);
            }
        } else if (n == "X-ABLABEL") {
            if (!p.group.isEmpty())
                card.labels.insert(p.group, cleanLabel(text));
        }
        // Other properties (NICKNAME, X-…, IMPP, REV…) are not imported.
    }
    if (inCard)
        report(card.contact.line,
            QCoreApplication::translate(
                "Import", "This card has no END:VCARD (the file ends first); it was skipped."));
    return false;
}

} // namespace hubdesk
