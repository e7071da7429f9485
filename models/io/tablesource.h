#pragma once

#include "../storage/error.h"

#include <QStringList>

namespace hubdesk {

// One row of a file being imported, as the user sees it in a spreadsheet: its
// number (the line of a CSV file where the row starts, the row of an XLSX sheet,
// 1-based) and its cells as text. Blank rows are reported too; the importer decides.
struct SourceRow
{
    qint64 number = 0;
    QStringList cells;
};

// A file read row by row, never whole: CSV and XLSX readers implement it, so that
// mapping, preview and import do not care where the rows come from.
class TableSource
{
public:
    virtual ~TableSource() = default;
    // The next row; false at the end or when the file cannot be read further (then
    // error() says what and where).
    virtual bool next(SourceRow *row) = 0;
    virtual Error error() const = 0;
    // How far the reading is, for a progress bar: in bytes (CSV) or rows (XLSX).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace hubdesk
