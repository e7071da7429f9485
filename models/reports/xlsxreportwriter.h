#pragma once

#include "../storage/error.h"
#include "reportdocument.h"

#include <QString>
#include <QStringList>

namespace hubdesk {

// Writes the spreadsheet annex of a report as one XLSX workbook: an "About" sheet with
// the report's header, then one sheet per table, with typed cells (numbers, real dates,
// money in the document's currency) so that the figures can be pasted as they are.
class XlsxReportWriter
{
public:
    // Writes \a doc to \a path, replacing the file only when the whole workbook was
    // written: on any failure the file at \a path is left as it was (or absent).
    static Error write(const ReportDocument &doc, const QString &path);

    // The names the sheets get, "About" first (when the document has a header), then one
    // per table in reading order:
    // the table key without the characters Excel refuses ([]:*?/\), cut to Excel's
    // 31 characters and made unique (case-insensitively) with " (2)", " (3)" …
    static QStringList sheetNames(const ReportDocument &doc);

    // The longest text a cell holds (Excel's limit); longer text is cut and ends with
    // a visible marker.
    static constexpr int maxCellText = 32767;

    // \a text as a cell's UTF-8 so that Excel reads it back as it was: a literal "_xHHHH_"
    // escaped (Excel decodes it as a character), a NUL written as _x0000_ (the C string
    // libxlsxwriter takes would end there; its other control characters it escapes
    // itself), text over maxCellText cut with a marker (the report annexes; a table
    // export refuses such text instead, see XlsxTableWriter).
    static QByteArray cellText(const QString &text);
};

} // namespace hubdesk
