#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hubdesk {

// A column of a report table and how its values are to be shown and typed.
struct ReportColumn
{
    enum class Type {
        Text,    // QString
        Integer, // qint64
        Decimal, // double, two decimals
        Money,   // qint64 cents in the document's currency
        Date,    // QDate
        Percent, // double, 0.25 is 25 %
        Hours,   // double hours, one decimal
    };
    QString title;
    Type type = Type::Text;
};

// One table of a report: in the PDF a table with a header row repeated on every
// page, in the XLSX annex one sheet, in the CSV annex one file. Cell values have
// the type of their column; a null QVariant is an empty cell.
struct ReportTable
{
    QString key;   // stable identifier: the CSV file name and the (shortened) sheet name
    QString title; // translated caption
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals; // an optional last row, shown in bold; empty when none
    QString note;        // an optional line under the table (what counts)
};

// A simple chart: one bar (or slice) per label.
struct ReportChart
{
    enum class Kind { Bars, Pie };
    QString key;
    QString title;
    Kind kind = Kind::Bars;
    QStringList labels;
    QList<double> values;
    QString unit; // shown after the values ("h", "EUR", …); empty for counts
};

// One piece of a report, in reading order.
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, KeyValues, Table, Chart, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;                             // Heading, Paragraph
    int level = 1;                            // Heading: 1 or 2
    QList<QPair<QString, QString>> keyValues; // KeyValues: label → value, already formatted
    ReportTable table;                        // Table
    ReportChart chart;                        // Chart

    static ReportBlock heading(const QString &text, int level = 1);
    static ReportBlock paragraph(const QString &text);
    static ReportBlock pairs(const QList<QPair<QString, QString>> &keyValues);
    static ReportBlock of(const ReportTable &table);
    static ReportBlock of(const ReportChart &chart);
    static ReportBlock pageBreak();
};

// A report as data, computed by a builder in models/reports and written by any of
// the writers (PDF, XLSX, CSV) or painted for print preview. All user text in it is
// plain text: writers escape it for their format.
struct ReportDocument
{
    QString key;      // "periodic", "fstp", "profile", "timesheet"
    QString title;    // "Periodic progress report"
    QString subtitle; // "P1 (2025): 1 Jan 2025 – 31 Dec 2025"
    QList<QPair<QString, QString>> header; // programme, grant agreement, hub, period, generated at …
    QString currency;                      // of every Money value
    QDateTime generatedAt;                 // UTC
    QList<ReportBlock> blocks;

    // The tables in reading order (for the annexes).
    QList<ReportTable> tables() const;
};

} // namespace hubdesk
