#include "xlsxreportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

// Layout of a table sheet: row 1 the table's title, row 2 the column titles (bold,
// frozen, with an autofilter over the rows), then the rows, the totals row in bold,
// and the note one row below. Cells are typed:
//   Integer  number, format 0 (no grouping, so a year stays 2025)
//   Decimal  number, #,##0.00
//   Money    number in the currency's unit (cents / 100), #,##0.00 "EUR"
//   Date     an Excel date, yyyy-mm-dd (outside Excel's 1900–9999 range: ISO text)
//   Percent  the fraction, 0.0%
//   Hours    number, 0.0
// A value that is not of its column's type ("—", "Total") is written as text. Text is
// always a string cell, never a formula: worksheet_write_string() writes a shared
// string whatever its first character, so "=HYPERLINK(…)" stays text without an
// apostrophe (which Excel would show).

namespace hubdesk {

namespace {

using Type = ReportColumn::Type;

constexpr int sheetNameLimit = 31; // Excel's limit; libxlsxwriter counts code points, Excel UTF-16 units
constexpr double minWidth = 6;
constexpr double maxWidth = 60;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error ioError(const QString &path, const QString &reason)
{
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate("Reports", "Could not write “%1”: %2").arg(native(path), reason));
}

bool isIntegral(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool isNumber(const QVariant &v)
{
    return isIntegral(v) || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
}

// Cuts \a text to at most \a limit UTF-16 units without splitting a surrogate pair.
QString cut(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    int n = limit;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

QByteArray bytes(const QString &text)
{
    return text.toUtf8();
}

// The width a text needs, in Excel's units (about one digit each): its longest line.
double widthOf(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = std::max(longest, line.size());
    return double(longest);
}

// The width of a number as its format shows it: grouped integer part, \a decimals decimals.
double widthOf(double value, int decimals, bool grouped, int extra)
{
    const QString digits = QString::number(std::fabs(value), 'f', decimals);
    const qsizetype point = digits.indexOf(u'.');
    const qsizetype integerDigits = point < 0 ? digits.size() : point;
    double width = double(digits.size()) + (value < 0 ? 1 : 0) + extra;
    if (grouped)
        width += double((integerDigits - 1) / 3);
    return width;
}

// A currency code as a literal in a number format: the format's own quote cannot be
// escaped, so it and the backslash are dropped (codes are three letters anyway).
QString currencyLiteral(const QString &code)
{
    QString c = code.trimmed();
    c.remove(u'"');
    c.remove(u'\\');
    return c;
}

// The whole workbook. libxlsxwriter keeps every format and sheet until close, so
// everything here lives as long as the workbook.
class Workbook
{
public:
    Workbook(const ReportDocument &doc, lxw_workbook *workbook)
        : m_doc(doc), m_workbook(workbook)
    {
        m_title = format();
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_bold = format();
        format_set_bold(m_bold);
        m_wrap = format();
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        m_boldWrap = format();
        format_set_bold(m_boldWrap);
        format_set_text_wrap(m_boldWrap);
        format_set_align(m_boldWrap, LXW_ALIGN_VERTICAL_TOP);
        m_note = format();
        format_set_italic(m_note);
        for (bool right : {false, true}) {
            lxw_format *f = format();
            format_set_bold(f);
            format_set_bottom(f, LXW_BORDER_THIN);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            if (right)
                format_set_align(f, LXW_ALIGN_RIGHT);
            m_header[right] = f;
        }
        const QString currency = currencyLiteral(doc.currency);
        m_moneyFormat = currency.isEmpty() ? QStringLiteral("#,##0.00")
                                           : QStringLiteral("#,##0.00 \"%1\"").arg(currency);
        m_moneyExtra = currency.isEmpty() ? 0 : int(currency.size()) + 1;
    }

    Error writeAbout(const QStringList &sheetNames, const QList<ReportTable> &tables)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, bytes(sheetNames.at(0)).constData());
        if (!ws)
            return failure(lxw_error(LXW_ERROR_PARAMETER_VALIDATION));
        lxw_row_t row = 0;
        double labelWidth = 10;
        double valueWidth = 10;
        if (lxw_error e = text(ws, row++, 0, m_doc.title, m_title))
            return failure(e);
        if (!m_doc.subtitle.isEmpty()) {
            if (lxw_error e = text(ws, row++, 0, m_doc.subtitle, nullptr))
                return failure(e);
        }
        ++row;
        for (const auto &pair : m_doc.header) {
            if (lxw_error e = text(ws, row, 0, pair.first, m_bold))
                return failure(e);
            if (lxw_error e = text(ws, row, 1, pair.second, nullptr))
                return failure(e);
            labelWidth = std::max(labelWidth, widthOf(pair.first) * 1.1);
            valueWidth = std::max(valueWidth, widthOf(pair.second));
            ++row;
        }
        // A list of the sheets with their tables' titles, because a sheet name comes
        // from a key and is cut to 31 characters: this says what each sheet holds.
        if (!tables.isEmpty()) {
            ++row;
            if (lxw_error e = text(ws, row++, 0, QCoreApplication::translate("Reports", "Sheets"), m_bold))
                return failure(e);
            for (int i = 0; i < tables.size(); ++i) {
                if (lxw_error e = text(ws, row, 0, sheetNames.at(i + 1), nullptr))
                    return failure(e);
                if (lxw_error e = text(ws, row, 1, tables.at(i).title, nullptr))
                    return failure(e);
                labelWidth = std::max(labelWidth, widthOf(sheetNames.at(i + 1)));
                valueWidth = std::max(valueWidth, widthOf(tables.at(i).title));
                ++row;
            }
        }
        worksheet_set_column(ws, 0, 0, std::min(labelWidth + 2, maxWidth), nullptr);
        worksheet_set_column(ws, 1, 1, std::min(valueWidth + 2, 100.0), nullptr);
        return Error::none();
    }

    Error writeTable(const QString &sheetName, const ReportTable &table)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, bytes(sheetName).constData());
        if (!ws)
            return failure(lxw_error(LXW_ERROR_PARAMETER_VALIDATION));
        m_table = table.key;

        const int columnCount = int(table.columns.size());
        QList<double> widths(columnCount, minWidth);
        lxw_row_t row = 0;
        // The title in row 1 and the header in row 2; a table without a title (a table
        // export, read back by an import) has its header in row 1.
        if (!table.title.isEmpty()) {
            if (lxw_error e = text(ws, row, 0, table.title, m_title))
                return failure(e);
            ++row;
        }
        const lxw_row_t headerRow = row++;
        for (int c = 0; c < columnCount; ++c) {
            const ReportColumn &column = table.columns.at(c);
            if (lxw_error e = text(ws, headerRow, lxw_col_t(c), column.title, m_header[column.type != Type::Text]))
                return failure(e);
            // Headers are bold (a little wider) and may wrap, so long titles count up to a point.
            widths[c] = std::max(widths.at(c), std::min(widthOf(column.title) * 1.1, 30.0));
        }
        // The column titles stay in view while scrolling and on every printed page.
        worksheet_freeze_panes(ws, headerRow + 1, 0);
        worksheet_repeat_rows(ws, headerRow, headerRow);

        for (const QVariantList &values : table.rows) {
            if (lxw_error e = writeRow(ws, row++, table.columns, values, false, &widths))
                return failure(e);
        }
        if (columnCount > 0 && !table.rows.isEmpty())
            worksheet_autofilter(ws, headerRow, 0, row - 1, lxw_col_t(columnCount - 1));
        if (!table.totals.isEmpty()) {
            if (lxw_error e = writeRow(ws, row++, table.columns, table.totals, true, &widths))
                return failure(e);
        }
        if (!table.note.isEmpty()) {
            if (lxw_error e = text(ws, row + 1, 0, table.note, m_note))
                return failure(e);
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c) + 2, maxWidth), nullptr);
        return Error::none();
    }

    // The reason a libxlsxwriter call failed, with the table it was writing.
    Error failure(lxw_error e) const
    {
        const QString reason = QString::fromUtf8(lxw_strerror(e));
        if (m_table.isEmpty())
            return Error::make(Error::Code::Internal, reason);
        return Error::make(Error::Code::Internal,
                           QCoreApplication::translate("Reports", "the table “%1”: %2").arg(m_table, reason));
    }

private:
    lxw_format *format() { return workbook_add_format(m_workbook); }

    lxw_error text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *f)
    {
        if (value.isEmpty())
            return f ? worksheet_write_blank(ws, row, col, f) : LXW_NO_ERROR;
        return worksheet_write_string(ws, row, col, XlsxReportWriter::cellText(value).constData(), f);
    }

    // The format of a number or date column, normal or bold (totals); made once each.
    lxw_format *typed(Type type, bool bold)
    {
        lxw_format *&slot = m_typed[int(type)][bold];
        if (!slot) {
            slot = format();
            if (bold)
                format_set_bold(slot);
            QString pattern;
            switch (type) {
            case Type::Text:
                break;
            case Type::Integer:
                pattern = QStringLiteral("0");
                break;
            case Type::Decimal:
                pattern = QStringLiteral("#,##0.00");
                break;
            case Type::Money:
                pattern = m_moneyFormat;
                break;
            case Type::Date:
                pattern = QStringLiteral("yyyy-mm-dd");
                break;
            case Type::Percent:
                pattern = QStringLiteral("0.0%");
                break;
            case Type::Hours:
                pattern = QStringLiteral("0.0");
                break;
            }
            if (!pattern.isEmpty())
                format_set_num_format(slot, bytes(pattern).constData());
        }
        return slot;
    }

    lxw_error writeRow(lxw_worksheet *ws, lxw_row_t row, const QList<ReportColumn> &columns, const QVariantList &values,
                       bool bold, QList<double> *widths)
    {
        // A row longer than the header keeps its extra values as text rather than
        // dropping them silently.
        const int count = std::max<int>(int(columns.size()), int(values.size()));
        for (int c = 0; c < count; ++c) {
            const Type type = c < columns.size() ? columns.at(c).type : Type::Text;
            double width = 0;
            if (lxw_error e = cell(ws, row, lxw_col_t(c), type, c < values.size() ? values.at(c) : QVariant(), bold,
                                   &width))
                return e;
            if (c < widths->size())
                (*widths)[c] = std::max(widths->at(c), width * (bold ? 1.1 : 1.0));
        }
        return LXW_NO_ERROR;
    }

    lxw_error cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, Type type, const QVariant &v, bool bold,
                   double *width)
    {
        if (v.isNull() || !v.isValid())
            return bold ? worksheet_write_blank(ws, row, col, m_bold) : LXW_NO_ERROR;
        // \a shown is what the cell displays (a percent format shows the fraction times 100).
        const auto number = [&](double value, int decimals, bool grouped, int extra, double shown) {
            if (!std::isfinite(value)) // libxlsxwriter would write "nan", which no reader accepts
                return bold ? worksheet_write_blank(ws, row, col, m_bold) : LXW_NO_ERROR;
            *width = widthOf(shown, decimals, grouped, extra);
            return worksheet_write_number(ws, row, col, value, typed(type, bold));
        };
        switch (type) {
        case Type::Text:
            break;
        case Type::Integer:
            if (isNumber(v))
                return number(v.toDouble(), 0, false, 0, v.toDouble());
            break;
        case Type::Decimal:
            if (isNumber(v))
                return number(v.toDouble(), 2, true, 0, v.toDouble());
            break;
        case Type::Money:
            if (isNumber(v))
                return number(v.toDouble() / 100.0, 2, true, m_moneyExtra, v.toDouble() / 100.0);
            break;
        case Type::Percent:
            if (isNumber(v))
                return number(v.toDouble(), 1, false, 1, v.toDouble() * 100.0);
            break;
        case Type::Hours:
            if (isNumber(v))
                return number(v.toDouble(), 1, false, 0, v.toDouble());
            break;
        case Type::Date: {
            QDate date;
            if (v.typeId() == QMetaType::QDate)
                date = v.toDate();
            else if (v.typeId() == QMetaType::QDateTime)
                date = v.toDateTime().date();
            if (!date.isValid())
                break;
            *width = 10;
            if (date.year() < 1900 || date.year() > 9999) // Excel has no dates outside these years
                return text(ws, row, col, date.toString(Qt::ISODate), bold ? m_bold : nullptr);
            lxw_datetime dt = {date.year(), date.month(), date.day(), 0, 0, 0};
            return worksheet_write_datetime(ws, row, col, &dt, typed(type, bold));
        }
        }
        const QString s = v.toString();
        *width = widthOf(s);
        const bool lines = s.contains(u'\n');
        return text(ws, row, col, s, lines ? (bold ? m_boldWrap : m_wrap) : (bold ? m_bold : nullptr));
    }

    const ReportDocument &m_doc;
    lxw_workbook *m_workbook;
    QString m_table;
    QString m_moneyFormat;
    int m_moneyExtra = 0;
    lxw_format *m_title = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_boldWrap = nullptr;
    lxw_format *m_note = nullptr;
    lxw_format *m_header[2] = {nullptr, nullptr};
    lxw_format *m_typed[int(Type::Hours) + 1][2] = {};
};

// A sheet name from a table key (see sheetNames()); empty when nothing is left of it.
QString sheetBase(const QString &key)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString name;
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        name += forbidden.contains(c) ? u'_' : c;
    }
    name = name.trimmed();
    while (name.startsWith(u'\'')) // Excel refuses an apostrophe at either end
        name.remove(0, 1);
    name = cut(name, sheetNameLimit);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.trimmed();
}

} // namespace

// Excel decodes _xHHHH_ in cell text as the character U+HHHH (that is how control
// characters are stored), so a literal "_x0041_" typed by a user must have its underscore
// escaped as _x005F_ to survive. Over-long text is cut to Excel's cell limit and ends with
// a marker, rather than making the file fail.
QByteArray XlsxReportWriter::cellText(const QString &text)
{
    static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString s = text;
    if (s.contains(QLatin1String("_x")))
        s.replace(escapeLike, QStringLiteral("_x005F_\\1"));
    if (s.size() > XlsxReportWriter::maxCellText) {
        const QString marker = QCoreApplication::translate("Reports", "… [cut: the text is longer than a cell holds]");
        s = cut(s, XlsxReportWriter::maxCellText - int(marker.size())) + marker;
    }
    // After the escaping above, so that this escape is not escaped again.
    s.replace(QChar(u'\0'), QLatin1String("_x0000_"));
    return s.toUtf8();
}

QStringList XlsxReportWriter::sheetNames(const ReportDocument &doc)
{
    const QString about = QCoreApplication::translate("Reports", "About");
    // A document without a header (a table export) has no About sheet: its table comes first.
    QStringList names;
    if (!doc.header.isEmpty())
        names.append(about);
    // Excel compares sheet names without case and reserves "History" for itself.
    QSet<QString> taken{about.toCaseFolded(), QStringLiteral("history")};
    const QList<ReportTable> tables = doc.tables();
    for (int i = 0; i < tables.size(); ++i) {
        QString base = sheetBase(tables.at(i).key);
        if (base.isEmpty())
            base = QCoreApplication::translate("Reports", "Table %1").arg(i + 1);
        QString name = base;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = cut(base, sheetNameLimit - int(suffix.size())).trimmed() + suffix;
        }
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

Error XlsxReportWriter::write(const ReportDocument &doc, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return ioError(path, QCoreApplication::translate("Reports", "the folder “%1” does not exist.")
                                 .arg(native(target.absolutePath())));

    // libxlsxwriter writes to a path of its own choosing and leaves a partial file when
    // it fails, so it writes into a private temporary folder (with its own scratch files);
    // the result is copied into a QSaveFile, which replaces the target only on commit.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(path, out.errorString());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return ioError(path, scratch.errorString());
    const QString built = scratch.filePath(QStringLiteral("annex.xlsx"));
    // libxlsxwriter takes paths in UTF-8 (and widens them itself on Windows).
    const QByteArray builtName = bytes(built);
    QByteArray scratchName = bytes(QDir::toNativeSeparators(scratch.path()));

    lxw_workbook_options options = {};
    options.tmpdir = scratchName.data();
    lxw_workbook *workbook = workbook_new_opt(builtName.constData(), &options);
    if (!workbook)
        return ioError(path, QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));

    // The document's own time, so that the same report gives the same file.
    QByteArray title = bytes(doc.title);
    QByteArray subject = bytes(doc.subtitle);
    lxw_doc_properties properties = {};
    properties.title = title.data();
    properties.subject = subject.data();
    if (doc.generatedAt.isValid())
        properties.created = time_t(doc.generatedAt.toSecsSinceEpoch());
    workbook_set_properties(workbook, &properties);

    const QStringList names = sheetNames(doc);
    const QList<ReportTable> tables = doc.tables();
    Workbook book(doc, workbook);
    const int first = doc.header.isEmpty() ? 0 : 1;
    Error e = first ? book.writeAbout(names, tables) : Error::none();
    for (int i = 0; !e && i < tables.size(); ++i)
        e = book.writeTable(names.at(i + first), tables.at(i));
    if (e) {
        lxw_workbook_free(workbook);
        return ioError(path, e.message);
    }
    if (lxw_error closed = workbook_close(workbook)) // writes the file and frees the workbook
        return ioError(path, QString::fromUtf8(lxw_strerror(closed)));

    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(path, in.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return ioError(path, in.errorString());
        if (out.write(chunk) != chunk.size())
            return ioError(path, out.errorString());
    }
    if (!out.commit())
        return ioError(path, out.errorString());
    return Error::none();
}

} // namespace hubdesk
