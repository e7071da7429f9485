#include "xlsxtablewriter.h"

#include "../reports/xlsxreportwriter.h"
#include "csvfield.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace hubdesk {

namespace {

using Type = ReportColumn::Type;

constexpr double minWidth = 6;
constexpr double maxWidth = 60;

// The width a text needs, in Excel's units (about one character each): its longest line.
double widthOf(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = std::max(longest, line.size());
    return double(longest);
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

struct XlsxTableWriter::State
{
    QString path;
    QSaveFile out;
    QTemporaryDir scratch;
    QString built;
    lxw_workbook *workbook = nullptr; // null once closed (close frees it)
    lxw_worksheet *sheet = nullptr;
    QList<ReportColumn> columns;
    QList<double> widths;
    lxw_format *header[2] = {nullptr, nullptr};
    lxw_format *integer = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    lxw_format *wrap = nullptr;
    int moneyExtra = 0;
    lxw_row_t row = 0; // the next row to write; row 0 is the header

    explicit State(const QString &target)
        : path(target)
        , out(target)
    {
    }

    ~State()
    {
        // Frees the scratch files of the rows while their folder is still there.
        if (workbook)
            lxw_workbook_free(workbook);
    }

    Error failed(const QString &reason) const
    {
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: %2.")
                                                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), reason));
    }
    Error failed(lxw_error e) const { return failed(QString::fromUtf8(lxw_strerror(e))); }

    lxw_error text(lxw_col_t col, const QString &value, lxw_format *format)
    {
        if (value.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_write_string(sheet, row, col, XlsxReportWriter::cellText(value).constData(), format);
    }

    lxw_error cell(lxw_col_t col, Type type, const QVariant &v, double *width)
    {
        if (v.isNull() || !v.isValid())
            return LXW_NO_ERROR;
        switch (type) {
        case Type::Integer:
            if (isNumber(v)) {
                const QString shown = QString::number(v.toLongLong());
                *width = double(shown.size());
                return worksheet_write_number(sheet, row, col, v.toDouble(), integer);
            }
            break;
        case Type::Money:
            if (isNumber(v)) {
                const double value = v.toDouble() / 100.0;
                const QString digits = QString::number(std::fabs(value), 'f', 2);
                *width = double(digits.size() + (digits.size() - 4) / 3 + moneyExtra);
                return worksheet_write_number(sheet, row, col, value, money);
            }
            break;
        case Type::Date: {
            const QDate d = v.typeId() == QMetaType::QDate ? v.toDate() : QDate();
            if (!d.isValid())
                break;
            *width = 10;
            if (d.year() < 1900 || d.year() > 9999) // Excel has no dates outside these years
                return text(col, d.toString(Qt::ISODate), nullptr);
            lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
            return worksheet_write_datetime(sheet, row, col, &dt, date);
        }
        default:
            break;
        }
        QString s = v.toString();
        *width = widthOf(s);
        // An import takes the apostrophe off text that looks neutralised (CsvField), so
        // such text keeps one more, as in CSV; text starting with = is a string cell
        // here and never a formula, so it needs none.
        if (CsvField::looksNeutralised(s))
            s.prepend(u'\'');
        return text(col, s, s.contains(u'\n') ? wrap : nullptr);
    }
};

XlsxTableWriter::XlsxTableWriter() = default;

XlsxTableWriter::~XlsxTableWriter() = default;

Error XlsxTableWriter::open(const QString &path, const QString &sheetName, const QList<ReportColumn> &columns,
                            const QString &currency)
{
    d = std::make_unique<State>(path);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return d->failed(tr("the folder does not exist"));
    // libxlsxwriter writes to a path of its own and leaves a partial file when it fails,
    // so the workbook and the scratch files of its rows go to a private folder; the result
    // is copied into a QSaveFile, which replaces the target only on commit.
    if (!d->out.open(QIODevice::WriteOnly))
        return d->failed(d->out.errorString());
    if (!d->scratch.isValid())
        return d->failed(d->scratch.errorString());
    d->built = d->scratch.filePath(QStringLiteral("table.xlsx"));
    const QByteArray builtName = d->built.toUtf8();
    QByteArray scratchName = QDir::toNativeSeparators(d->scratch.path()).toUtf8();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = scratchName.data();
    d->workbook = workbook_new_opt(builtName.constData(), &options);
    if (!d->workbook)
        return d->failed(LXW_ERROR_MEMORY_MALLOC_FAILED);
    d->sheet = workbook_add_worksheet(d->workbook, sheetName.toUtf8().constData());
    if (!d->sheet)
        return d->failed(LXW_ERROR_PARAMETER_VALIDATION);

    for (bool right : {false, true}) {
        lxw_format *f = workbook_add_format(d->workbook);
        format_set_bold(f);
        format_set_bottom(f, LXW_BORDER_THIN);
        if (right)
            format_set_align(f, LXW_ALIGN_RIGHT);
        d->header[right] = f;
    }
    d->integer = workbook_add_format(d->workbook);
    format_set_num_format(d->integer, "0"); // no grouping, so a year stays 2025
    // A currency code as a literal in the format: its quote cannot be escaped, so it and the
    // backslash are dropped (codes are three letters anyway).
    QString code = currency.trimmed();
    code.remove(u'"');
    code.remove(u'\\');
    d->money = workbook_add_format(d->workbook);
    format_set_num_format(d->money, (code.isEmpty() ? QStringLiteral("#,##0.00")
                                                    : QStringLiteral("#,##0.00 \"%1\"").arg(code))
                                        .toUtf8()
                                        .constData());
    d->moneyExtra = code.isEmpty() ? 0 : int(code.size()) + 1;
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->wrap = workbook_add_format(d->workbook);
    format_set_text_wrap(d->wrap);
    format_set_align(d->wrap, LXW_ALIGN_VERTICAL_TOP);

    d->columns = columns;
    d->widths = QList<double>(columns.size(), minWidth);
    for (int c = 0; c < columns.size(); ++c) {
        const ReportColumn &column = columns.at(c);
        if (lxw_error e = d->text(lxw_col_t(c), column.title, d->header[column.type != Type::Text]))
            return d->failed(e);
        d->widths[c] = std::max(minWidth, std::min(widthOf(column.title) * 1.1, 30.0));
    }
    // The header stays in view while scrolling and on every printed page.
    worksheet_freeze_panes(d->sheet, 1, 0);
    worksheet_repeat_rows(d->sheet, 0, 0);
    d->row = 1;
    return {};
}

Error XlsxTableWriter::addRow(const QVariantList &values)
{
    if (!d || !d->workbook)
        return Error::make(Error::Code::Internal, QStringLiteral("XlsxTableWriter::addRow before open()"));
    if (qint64(d->row) > maxRows)
        return d->failed(tr("a sheet holds at most %L1 rows; export fewer rows, or as CSV").arg(maxRows));
    // A cell holds 32,767 characters: longer text would have to be cut, and an export
    // must read back as it was, so it is refused (CSV has no such limit).
    for (int c = 0; c < d->columns.size(); ++c) {
        const QVariant v = values.value(c);
        if (v.typeId() == QMetaType::QString && v.toString().size() > XlsxReportWriter::maxCellText) {
            const QLocale locale;
            return d->failed(tr("row %1, column “%2” holds %3 characters, and an Excel cell holds at most %4; "
                                "export as CSV, which has no such limit")
                                 .arg(locale.toString(qint64(d->row) + 1), d->columns.at(c).title,
                                      locale.toString(v.toString().size()), locale.toString(XlsxReportWriter::maxCellText)));
        }
    }
    for (int c = 0; c < d->columns.size(); ++c) {
        double width = 0;
        if (lxw_error e = d->cell(lxw_col_t(c), d->columns.at(c).type, values.value(c), &width))
            return d->failed(e);
        d->widths[c] = std::max(d->widths.at(c), width);
    }
    ++d->row;
    return {};
}

Error XlsxTableWriter::commit()
{
    if (!d || !d->workbook)
        return Error::make(Error::Code::Internal, QStringLiteral("XlsxTableWriter::commit before open()"));
    const auto lastColumn = lxw_col_t(std::max<qsizetype>(d->columns.size() - 1, 0));
    if (!d->columns.isEmpty() && d->row > 1)
        worksheet_autofilter(d->sheet, 0, 0, d->row - 1, lastColumn);
    for (int c = 0; c < d->widths.size(); ++c)
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c), std::min(d->widths.at(c) + 2, maxWidth), nullptr);
    const lxw_error closed = workbook_close(d->workbook); // writes the file and frees the workbook
    d->workbook = nullptr;
    if (closed)
        return d->failed(closed);
    QFile in(d->built);
    if (!in.open(QIODevice::ReadOnly))
        return d->failed(in.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return d->failed(in.errorString());
        if (d->out.write(chunk) != chunk.size())
            return d->failed(d->out.errorString());
    }
    if (!d->out.commit())
        return d->failed(d->out.errorString());
    return {};
}

} // namespace hubdesk
