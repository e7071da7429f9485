#pragma once

#include "tablesource.h"

#include <QList>
#include <memory>
#include <vector>

namespace hubdesk {

class XlsxPackage;
class XlsxPart;

// Reads one worksheet of an .xlsx file row by row. The sheet's XML is parsed as it is
// unpacked, in chunks; only the shared strings and the styles (a few flags a style) are
// held whole, as a spreadsheet needs them for any cell.
//
// Cells are read as the user saw them, as text:
//  - strings (shared, inline, rich text runs joined) as they are, _xHHHH_ escapes decoded;
//  - numbers in plain decimal form to Excel's 15 significant digits, so a stored
//    0.30000000000000004 reads 0.3 and 1234 reads 1234, never 1.234E3;
//  - numbers in a date style as ISO "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when they have
//    a time of day, "HH:MM:SS" in a time-only style, in the workbook's date system;
//  - booleans as TRUE/FALSE and errors as Excel shows them (#N/A);
//  - a formula's last computed value (the formula itself is not read).
// Cells go where their reference (r="C7") puts them, so a missing cell is an empty
// string; empty cells at the end of a row are dropped. A row missing from the sheet is
// reported as a blank row (no cells) with its number, like a blank line of a CSV file.
class XlsxReader : public TableSource
{
public:
    // The worksheets' names in the workbook's order; empty with \a error set when the
    // file is not a readable workbook.
    static QStringList sheetNames(const QString &path, Error *error);

    // Reads the sheet named \a sheet, or the first one when \a sheet is empty.
    explicit XlsxReader(const QString &path, const QString &sheet = {});
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    bool next(SourceRow *row) override;
    Error error() const override { return m_error; }
    // In rows when the sheet states its size (<dimension ref="A1:F200">), else in bytes of
    // the sheet's XML.
    qint64 position() const override;
    qint64 size() const override;

private:
    enum class DateStyle : unsigned char { None, Date, Time };

    Error readSharedStrings();
    Error readStyles();
    bool readRow(SourceRow *row);
    QString cellText(const QString &type, const QString &value, int style) const;
    void fail(const Error &error);

    std::unique_ptr<XlsxPackage> m_package;
    std::unique_ptr<XlsxPart> m_sheet;
    QStringList m_sharedStrings;
    std::vector<DateStyle> m_styles; // by cell style index (cellXfs)
    Error m_error;
    bool m_finished = false;
    bool m_inSheetData = false;
    qint64 m_lastRow = 0; // the number of the last row given out
    qint64 m_dimensionRows = 0;
    SourceRow m_pending; // a row read ahead while blank rows before it are given out
    bool m_hasPending = false;
};

} // namespace hubdesk
