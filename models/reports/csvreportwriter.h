#pragma once

#include "../storage/error.h"
#include "reportdocument.h"

#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

namespace hubdesk {

// Writes the tables of a report as CSV files (the plain-text annex): one file per table,
// UTF-8, RFC 4180 quoting, values in a form that every spreadsheet and grant portal reads
// the same way (see csvreportwriter.cpp for the forms and the formula neutralisation).
class CsvReportWriter
{
public:
    struct Options
    {
        bool bom = true;           // a UTF-8 byte order mark, so that Excel reads the file as UTF-8
        QChar delimiter = u',';    // ',', ';' or a tab
    };

    // Writes one "<table key>.csv" per table of \a doc into the existing \a directory and
    // nothing else. Each file is replaced whole or not at all; when a table cannot be
    // written, no file is changed. \a written (optional) receives the paths written.
    static Error writeTables(const ReportDocument &doc, const QString &directory, const Options &options,
                             QStringList *written);

    // Writes one table: header row, rows, then the totals row when there is one.
    static Error writeTable(const ReportTable &table, QIODevice *out, const Options &options);

    // The file names writeTables() uses, one per table in reading order: the key
    // without characters that file systems refuse, made unique case-insensitively.
    static QStringList fileNames(const ReportDocument &doc);
};

} // namespace hubdesk
