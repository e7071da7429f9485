// libFuzzer target: the XLSX reader: the zip package (libzip), the workbook and its
// relationships, shared strings, styles (date formats) and every sheet, row by row.
// The input is an .xlsx file's bytes, written to a scratch file because the reader
// opens paths (libzip reads the central directory from the end of the file).

#include "fuzzsupport.h"

#include "io/xlsxreader.h"

#include <cstdio>

using namespace hubdesk;

namespace {

void readAll(XlsxReader &reader)
{
    SourceRow row;
    // A sheet has at most Excel's 1,048,576 rows, blank ones included; more means the
    // reader does not end (it did once: a row numbered 2^63 - 1).
    for (qint64 rows = 0; reader.next(&row);) {
        (void)reader.position();
        if (++rows > 1048576) {
            fprintf(stderr, "fuzz_xlsx: more rows than a sheet can have\n");
            abort();
        }
    }
    (void)reader.size();
    (void)reader.error();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::scratchFolder() + QStringLiteral("/input.xlsx");
    fuzz::writeFile(path, data, size);

    Error error;
    const QStringList sheets = XlsxReader::sheetNames(path, &error);
    {
        XlsxReader first(path);
        readAll(first);
    }
    // The other sheets too (a few: a workbook may list thousands of names).
    for (qsizetype i = 1; i < sheets.size() && i < 4; ++i) {
        XlsxReader reader(path, sheets.at(i));
        readAll(reader);
    }
    {
        XlsxReader missing(path, QStringLiteral("no such sheet"));
        readAll(missing);
    }
    return 0;
}
