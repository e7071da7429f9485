#include "xlsxreader.h"

#include "xlsxpackage.h"
#include "xlsxpart.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QTime>
#include <algorithm>
#include <cmath>

namespace hubdesk {

namespace {

constexpr int MaxColumns = 16384; // XFD, Excel's last column
// Excel's last row. A larger number is a damaged file: rows missing before a row are
// given out one by one as blank rows, so r="9223372036854775807" would never end.
constexpr qint64 MaxRows = 1048576;

bool isStart(QXmlStreamReader::TokenType token, const XlsxPart &part, QLatin1String name)
{
    return token == QXmlStreamReader::StartElement && part.xml().name() == name;
}

bool isEnd(QXmlStreamReader::TokenType token, const XlsxPart &part, QLatin1String name)
{
    return token == QXmlStreamReader::EndElement && part.xml().name() == name;
}

bool stops(QXmlStreamReader::TokenType token)
{
    return token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument;
}

// OOXML writes characters that XML cannot hold as _xHHHH_ (a line break as _x000D_), and
// a literal "_x" that looks like one as _x005F_x....
QString unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 7;
                continue;
            }
        }
        out.append(text.at(i++));
    }
    return out;
}

// The text of a string item (<si> or <is>), called at its start: plain (<t>) or rich
// text runs (<r><t>) joined; phonetic guides (<rPh>) and run properties are skipped.
QString readStringItem(XlsxPart &part)
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        const QXmlStreamReader::TokenType token = part.readNext();
        if (stops(token))
            break;
        if (isStart(token, part, QLatin1String("r"))) {
            ++depth;
        } else if (isStart(token, part, QLatin1String("t"))) {
            text += part.readText();
        } else if (token == QXmlStreamReader::StartElement) {
            part.readText();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return unescape(text);
}

// 1-based column of a reference such as "C7" (0 when it has no letters).
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        if (column > MaxColumns)
            return MaxColumns + 1;
    }
    return column;
}

// The last row of a dimension "A1:F200" (0 when it names one cell, as some writers
// always do, so that it says nothing about the size).
qint64 lastRowOf(QStringView ref)
{
    const qsizetype colon = ref.indexOf(u':');
    if (colon < 0)
        return 0;
    QStringView end = ref.mid(colon + 1);
    while (!end.isEmpty() && !end.front().isDigit())
        end = end.mid(1);
    return end.toLongLong();
}

// Plain decimal text of a number, rounded to the 15 significant digits Excel keeps and
// shows, so that binary noise (0.30000000000000004) is dropped and no exponent appears.
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    const double rounded = QString::number(value, 'g', 15).toDouble();
    if (rounded == 0)
        return QStringLiteral("0");
    return QString::number(rounded, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QStringList XlsxReader::sheetNames(const QString &path, Error *error)
{
    const std::unique_ptr<XlsxPackage> package = XlsxPackage::open(path, error);
    QStringList names;
    if (package) {
        for (const XlsxPackage::Sheet &sheet : package->sheets())
            names.append(sheet.name);
    }
    return names;
}

XlsxReader::XlsxReader(const QString &path, const QString &sheet)
{
    Error error;
    m_package = XlsxPackage::open(path, &error);
    if (!m_package) {
        fail(error);
        return;
    }
    QString part;
    QStringList names;
    for (const XlsxPackage::Sheet &s : m_package->sheets()) {
        names.append(s.name);
        if (part.isEmpty() && (sheet.isEmpty() || s.name == sheet))
            part = s.part;
    }
    if (part.isEmpty()) {
        fail(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("Import", "%1: the workbook has no sheet “%2”; its sheets are: %3")
                .arg(m_package->fileName(), sheet, names.join(QStringLiteral(", ")))));
        return;
    }
    if ((error = readSharedStrings()) || (error = readStyles())) {
        fail(error);
        return;
    }
    m_sheet = m_package->part(part);
    if (m_sheet->error())
        fail(m_sheet->error());
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(const Error &error)
{
    m_error = error;
    m_finished = true;
}

Error XlsxReader::readSharedStrings()
{
    if (m_package->sharedStringsPart().isEmpty())
        return {};
    const std::unique_ptr<XlsxPart> part = m_package->part(m_package->sharedStringsPart());
    for (;;) {
        const QXmlStreamReader::TokenType token = part->readNext();
        if (stops(token))
            break;
        if (isStart(token, *part, QLatin1String("sst"))) {
            const qsizetype count = part->xml().attributes().value(QLatin1String("uniqueCount")).toLongLong();
            m_sharedStrings.reserve(std::clamp<qsizetype>(count, 0, 1 << 20));
        } else if (isStart(token, *part, QLatin1String("si"))) {
            m_sharedStrings.append(readStringItem(*part));
        }
    }
    return part->error();
}

namespace {

// Whether a number format shows a date or a time (see XlsxReader). Only the first
// section counts (the one for positive numbers); text in quotes, escaped characters,
// [colours], [$-locale] and AM/PM are not format letters. Elapsed time ([h]:mm) is a
// duration, not a point in time, so such cells stay numbers.
enum class Shows { Number, Date, Time };

Shows classifyFormatCode(const QString &code)
{
    bool y = false, m = false, d = false, h = false, s = false, elapsed = false;
    const QString lower = code.toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            i = lower.indexOf(u'"', i + 1);
            if (i < 0)
                break;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = lower.indexOf(u']', i);
            if (close < 0)
                break;
            const QStringView inside = QStringView(lower).mid(i + 1, close - i - 1);
            if (!inside.isEmpty() && (inside.count(inside.front()) == inside.size())
                && (inside.front() == u'h' || inside.front() == u'm' || inside.front() == u's'))
                elapsed = true;
            i = close;
        } else if (QStringView(lower).mid(i).startsWith(QLatin1String("am/pm"))) {
            i += 4;
        } else if (QStringView(lower).mid(i).startsWith(QLatin1String("a/p"))) {
            i += 2;
        } else {
            y |= c == u'y';
            m |= c == u'm';
            d |= c == u'd';
            h |= c == u'h';
            s |= c == u's';
        }
    }
    if (elapsed)
        return Shows::Number;
    if (y || d || (m && !h && !s))
        return Shows::Date;
    if (h || s || m)
        return Shows::Time;
    return Shows::Number;
}

// Excel's built-in formats that show dates (14–17, 22) and times (18–21, 45–47); 46,
// [h]:mm:ss, is elapsed time and stays a number.
Shows classifyBuiltIn(int id)
{
    if ((id >= 14 && id <= 17) || id == 22)
        return Shows::Date;
    if ((id >= 18 && id <= 21) || id == 45 || id == 47)
        return Shows::Time;
    return Shows::Number;
}

} // namespace

Error XlsxReader::readStyles()
{
    if (m_package->stylesPart().isEmpty())
        return {};
    const std::unique_ptr<XlsxPart> part = m_package->part(m_package->stylesPart());
    QHash<int, QString> codes;
    bool inCellXfs = false;
    for (;;) {
        const QXmlStreamReader::TokenType token = part->readNext();
        if (stops(token))
            break;
        const QXmlStreamAttributes attributes = part->xml().attributes();
        if (isStart(token, *part, QLatin1String("numFmt"))) {
            codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                attributes.value(QLatin1String("formatCode")).toString());
        } else if (isStart(token, *part, QLatin1String("cellXfs"))) {
            inCellXfs = true;
        } else if (isEnd(token, *part, QLatin1String("cellXfs"))) {
            inCellXfs = false;
        } else if (inCellXfs && isStart(token, *part, QLatin1String("xf"))) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            const auto it = codes.constFind(id);
            const Shows shows = it != codes.cend() ? classifyFormatCode(*it) : classifyBuiltIn(id);
            m_styles.push_back(shows == Shows::Date ? DateStyle::Date
                    : shows == Shows::Time          ? DateStyle::Time
                                                    : DateStyle::None);
        }
    }
    return part->error();
}

QString XlsxReader::cellText(const QString &type, const QString &value, int style) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str"))
        return unescape(value);
    if (!type.isEmpty() && type != QLatin1String("n"))
        return value; // "e" (#N/A), "d" (an ISO date already)
    if (value.isEmpty())
        return value;

    const DateStyle dateStyle
        = style >= 0 && size_t(style) < m_styles.size() ? m_styles[size_t(style)] : DateStyle::None;
    bool ok = false;
    const double serial = value.toDouble(&ok);
    // Dates run from serial 0 to 2958465 (9999-12-31) in Excel; anything else is shown
    // as a number there too.
    if (dateStyle == DateStyle::None || !ok || !(serial >= 0 && serial < 2958466))
        return numberText(value);

    const auto seconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = seconds / 86400;
    const QString time = QTime(0, 0).addSecs(int(seconds % 86400)).toString(QStringLiteral("HH:mm:ss"));
    if (dateStyle == DateStyle::Time && days == 0)
        return time;
    QString date;
    if (m_package->uses1904Dates()) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        // Excel counts a 29 February 1900 that never was (kept from Lotus 1-2-3); the
        // cell shows it, so it is read as shown.
        date = QStringLiteral("1900-02-29");
    } else {
        // Serial 1 is 1900-01-01; from 61 on, the missing leap day shifts the base by one.
        date = (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days).toString(Qt::ISODate);
    }
    return seconds % 86400 ? date + u'T' + time : date;
}

bool XlsxReader::readRow(SourceRow *row)
{
    XlsxPart &part = *m_sheet;
    for (;;) {
        const QXmlStreamReader::TokenType token = part.readNext();
        if (stops(token) || isEnd(token, part, QLatin1String("sheetData")))
            return false;
        if (isStart(token, part, QLatin1String("dimension"))) {
            m_dimensionRows = lastRowOf(part.xml().attributes().value(QLatin1String("ref")));
        } else if (isStart(token, part, QLatin1String("sheetData"))) {
            m_inSheetData = true;
        } else if (m_inSheetData && isStart(token, part, QLatin1String("row"))) {
            break;
        }
    }

    const auto number = part.xml().attributes().value(QLatin1String("r"));
    bool numberOk = true;
    row->number = number.isEmpty() ? m_lastRow + 1 : number.toLongLong(&numberOk);
    if (!numberOk || row->number < 1 || row->number > MaxRows) {
        m_error = Error::make(Error::Code::Format,
            QCoreApplication::translate("Import", "%1: a row has a wrong number “%2” (rows go from 1 to %3)")
                .arg(m_package->fileName(), number.isEmpty() ? QString::number(row->number) : number.toString(),
                    QString::number(MaxRows)));
        return false;
    }
    row->cells.clear();
    int column = 0;
    for (;;) {
        QXmlStreamReader::TokenType token = part.readNext();
        if (stops(token) || isEnd(token, part, QLatin1String("row")))
            break;
        if (!isStart(token, part, QLatin1String("c"))) {
            if (token == QXmlStreamReader::StartElement)
                part.readText(); // row extensions: nothing to read in them
            continue;
        }
        const QXmlStreamAttributes attributes = part.xml().attributes();
        const auto reference = attributes.value(QLatin1String("r"));
        const QString type = attributes.value(QLatin1String("t")).toString();
        const auto styleText = attributes.value(QLatin1String("s"));
        const int style = styleText.isEmpty() ? -1 : styleText.toInt();
        column = reference.isEmpty() ? column + 1 : columnOf(reference);
        if (column < 1 || column > MaxColumns) {
            m_error = Error::make(Error::Code::Format,
                QCoreApplication::translate("Import", "%1: row %2 has a cell with a wrong reference “%3”")
                    .arg(m_package->fileName(), QString::number(row->number), reference.toString()));
            return false;
        }
        QString value;
        QString inlineText;
        while (!stops(token = part.readNext()) && !isEnd(token, part, QLatin1String("c"))) {
            if (isStart(token, part, QLatin1String("v")))
                value = part.readText();
            else if (isStart(token, part, QLatin1String("is")))
                inlineText = readStringItem(part);
            else if (token == QXmlStreamReader::StartElement)
                part.readText(); // <f>: the formula; its value is in <v>
        }
        const QString text = type == QLatin1String("inlineStr") ? inlineText : cellText(type, value, style);
        while (row->cells.size() < column)
            row->cells.append(QString());
        row->cells[column - 1] = text;
    }
    while (!row->cells.isEmpty() && row->cells.constLast().isEmpty())
        row->cells.removeLast();
    return !part.error();
}

bool XlsxReader::next(SourceRow *row)
{
    if (m_finished)
        return false;
    if (!m_hasPending) {
        if (!readRow(&m_pending)) {
            m_finished = true;
            if (!m_error)
                m_error = m_sheet->error();
            return false;
        }
        m_hasPending = true;
    }
    if (m_pending.number > m_lastRow + 1) {
        // A row the sheet leaves out: blank, like a blank line in a CSV file.
        row->number = ++m_lastRow;
        row->cells.clear();
        return true;
    }
    *row = std::move(m_pending);
    m_pending = SourceRow();
    m_hasPending = false;
    m_lastRow = row->number;
    return true;
}

qint64 XlsxReader::position() const
{
    if (m_dimensionRows > 0)
        return std::min(m_lastRow, m_dimensionRows);
    return m_sheet ? m_sheet->bytesRead() : 0;
}

qint64 XlsxReader::size() const
{
    if (m_dimensionRows > 0)
        return m_dimensionRows;
    return m_sheet ? m_sheet->size() : 0;
}

} // namespace hubdesk
