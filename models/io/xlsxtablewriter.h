#pragma once

#include "../reports/reportdocument.h"
#include "../storage/error.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <memory>

namespace hubdesk {

// One table written to a one-sheet XLSX workbook a row at a time, in libxlsxwriter's
// constant-memory mode: each row goes to a scratch file as soon as the next begins, so a
// million rows take the memory of one. Row 1 is the header (bold, frozen, with an
// autofilter); cells are typed as in the report annexes (numbers, real dates, money in the
// currency), and text is always text, never a formula. The file at the path is replaced
// by commit() only: a writer dropped before that leaves it as it was, with no scratch or
// temporary file behind.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::XlsxTableWriter)

public:
    // A sheet holds 1,048,576 rows; one is the header.
    static constexpr qint64 maxRows = 1048575;

    XlsxTableWriter();
    ~XlsxTableWriter();
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // Starts the workbook for \a path (whose folder must exist) with the header row.
    // Text, Integer, Money and Date columns are written typed; the others as text.
    Error open(const QString &path, const QString &sheetName, const QList<ReportColumn> &columns,
               const QString &currency);
    // One row, a value per column: text; a number (Integer); cents (Money); a QDate (Date).
    // A value that is not of its column's type is written as text, a null one left empty.
    Error addRow(const QVariantList &values);
    // Finishes the workbook and puts it at the path in one step.
    Error commit();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace hubdesk
