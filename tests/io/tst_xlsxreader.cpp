// The XLSX reader on workbooks made here: typed cells written by libxlsxwriter (as Excel
// writes them: shared strings, styles with date formats, gaps), a constant-memory one
// (inline strings), one put together by hand with libzip (rich text, phonetic runs, the
// 1904 date system, rows and cells without references, an absent row), and files that
// are not workbooks at all, each with the message the user must get.
#include "io/xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>
#include <zip.h>

using namespace hubdesk;

namespace {

using Rows = QList<QStringList>;
using Numbers = QList<qint64>;
using Parts = QList<QPair<QString, QByteArray>>;

struct Result
{
    Rows rows;
    Numbers numbers;
    Error error;
    qint64 position = 0;
    qint64 size = 0;
};

Result readAll(const QString &path, const QString &sheet = {})
{
    XlsxReader reader(path, sheet);
    Result result;
    SourceRow row;
    while (reader.next(&row)) {
        result.rows.append(row.cells);
        result.numbers.append(row.number);
    }
    result.error = reader.error();
    result.position = reader.position();
    result.size = reader.size();
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeZip(const QString &path, const Parts &parts)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    for (const auto &[name, data] : parts) {
        // The buffers stay alive in \a parts until zip_close has written them.
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

lxw_datetime datetime(int year, int month, int day, int hour = 0, int minute = 0, double second = 0)
{
    return lxw_datetime {year, month, day, hour, minute, second};
}

// The typed workbook: what an export from Excel or another CRM looks like.
bool writeTyped(const QString &path)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Компании");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format *stamp = workbook_add_format(workbook);
    format_set_num_format(stamp, "yyyy-mm-dd hh:mm:ss");
    lxw_format *time = workbook_add_format(workbook);
    format_set_num_format(time, "h:mm AM/PM");
    lxw_format *elapsed = workbook_add_format(workbook);
    format_set_num_format(elapsed, "[h]:mm");
    lxw_format *days = workbook_add_format(workbook);
    format_set_num_format(days, "0.00\" days\"");
    lxw_format *builtInDate = workbook_add_format(workbook);
    format_set_num_format_index(builtInDate, 14);

    const char *header[] = {"Name", "Amount", "Founded", "Note", "Active"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c], nullptr);

    lxw_datetime d1 = datetime(2024, 2, 29);
    worksheet_write_string(sheet, 1, 0, "”Дисиб” ООД", nullptr);
    worksheet_write_number(sheet, 1, 1, 1234.5, nullptr);
    worksheet_write_datetime(sheet, 1, 2, &d1, date);
    worksheet_write_boolean(sheet, 1, 4, 1, nullptr); // D2 left out: a blank in the middle

    lxw_datetime d2 = datetime(2024, 3, 1, 13, 45, 30);
    worksheet_write_string(sheet, 2, 0, "Zeta", nullptr);
    worksheet_write_number(sheet, 2, 1, 42, nullptr);
    worksheet_write_datetime(sheet, 2, 2, &d2, stamp);
    worksheet_write_string(sheet, 2, 3, "line one\nline two", nullptr);
    worksheet_write_boolean(sheet, 2, 4, 0, nullptr);

    // Row 4 is absent.
    worksheet_write_number(sheet, 4, 0, 0.1 + 0.2, nullptr);
    worksheet_write_number(sheet, 4, 1, 1e20, nullptr);
    worksheet_write_number(sheet, 4, 2, -0.5, nullptr);
    worksheet_write_formula_num(sheet, 4, 3, "=B2*2", nullptr, 2469);
    worksheet_write_number(sheet, 4, 4, 0.5, time);
    worksheet_write_number(sheet, 4, 5, 1.5, elapsed);
    worksheet_write_number(sheet, 4, 6, 3, days);
    worksheet_write_number(sheet, 4, 7, 45000, builtInDate);
    worksheet_write_number(sheet, 4, 8, 0.000125, nullptr);

    // Excel's phantom 29 February 1900 and the days around it.
    worksheet_write_number(sheet, 5, 0, 1, date);
    worksheet_write_number(sheet, 5, 1, 59, date);
    worksheet_write_number(sheet, 5, 2, 60, date);
    worksheet_write_number(sheet, 5, 3, 61, date);

    lxw_worksheet *second = workbook_add_worksheet(workbook, "Second");
    worksheet_write_string(second, 0, 0, "only", nullptr);
    worksheet_write_number(second, 1, 0, 7, nullptr);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

const QByteArray contentTypes
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
      "</Types>";

const QByteArray rootRels
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"xl/workbook.xml\"/>\n"
      "</Relationships>";

const QByteArray handWorkbook
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\n"
      "<workbookPr date1904=\"1\"/>\n"
      "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>\n"
      "</workbook>";

// The styles part is named by an absolute target, as some writers do.
const QByteArray handWorkbookRels
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>\n"
      "<Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/>\n"
      "<Relationship Id=\"rId3\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"/xl/styles.xml\"/>\n"
      "</Relationships>";

const QByteArray handSharedStrings
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" "
      "uniqueCount=\"4\">\n"
      "<si><t>plain</t></si>\n"
      "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> and plain "
      "</t></r></si>\n"
      "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>\n"
      "<si><t>a_x000D_b _x005F_x0041_</t></si>\n"
      "</sst>";

const QByteArray handStyles
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-402]d/m/yyyy;@\"/></numFmts>\n"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>\n"
      "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf "
      "numFmtId=\"22\"/><xf numFmtId=\"2\"/></cellXfs>\n"
      "</styleSheet>";

const QByteArray handSheet
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
      "<sheetData>\n"
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Inline ✓</t></is></c><c r=\"B1\" "
      "t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>\n"
      "<row r=\"3\"><c t=\"e\"><v>#N/A</v></c><c t=\"b\"><v>0</v></c><c s=\"1\"><v>0</v></c><c "
      "s=\"2\"><v>366.5</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>formula text</v></c><c "
      "s=\"3\"><v>2.50</v></c></row>\n"
      "<row><c r=\"C4\"><v>3</v></c></row>\n"
      "<row r=\"6\"><c r=\"A6\" s=\"3\"/></row>\n"
      "</sheetData>\n"
      "</worksheet>";

Parts handParts(const QByteArray &sheet = handSheet)
{
    return {{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels},
        {"xl/workbook.xml", handWorkbook}, {"xl/_rels/workbook.xml.rels", handWorkbookRels},
        {"xl/sharedStrings.xml", handSharedStrings}, {"xl/styles.xml", handStyles},
        {"xl/worksheets/sheet1.xml", sheet}};
}

QByteArray utf16le(const char *ascii)
{
    QByteArray bytes;
    for (const char *p = ascii; *p; ++p)
        bytes.append(*p).append('\0');
    return bytes;
}

const QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedCells_readAsTheUserSawThem();
    void sheets_listedInOrderAndChosenByName();
    void handMade_inlineRichPhonetic1904AndAbsentRows();
    void constantMemoryWorkbook_inlineStrings_manyRows();
    void notAWorkbook_data();
    void notAWorkbook();
    void malformedSheet_namesThePartAndLine();
    void missingSheet_listsTheSheets();
    void rowNumberOutOfRange_isAnError_data();
    void rowNumberOutOfRange_isAnError();
    void fuzzFinding_hugeRowNumber_endsAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_typed;
    QString m_hand;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_typed = m_dir.filePath(QStringLiteral("typed.xlsx"));
    QVERIFY(writeTyped(m_typed));
    m_hand = m_dir.filePath(QStringLiteral("hand.xlsx"));
    QVERIFY(writeZip(m_hand, handParts()));
}

void TestXlsxReader::typedCells_readAsTheUserSawThem()
{
    const Result result = readAll(m_typed);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    const Rows expected {
        {"Name", "Amount", "Founded", "Note", "Active"},
        {"”Дисиб” ООД", "1234.5", "2024-02-29", "", "TRUE"},
        {"Zeta", "42", "2024-03-01T13:45:30", "line one\nline two", "FALSE"},
        {},
        {"0.3", "100000000000000000000", "-0.5", "2469", "12:00:00", "1.5", "3", "2023-03-15", "0.000125"},
        {"1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"},
    };
    QCOMPARE(result.rows, expected);
    QCOMPARE(result.numbers, (Numbers {1, 2, 3, 4, 5, 6}));
    // The sheet states its dimension (A1:I6): progress is in rows.
    QCOMPARE(result.size, 6);
    QCOMPARE(result.position, 6);
}

void TestXlsxReader::sheets_listedInOrderAndChosenByName()
{
    Error error;
    QCOMPARE(XlsxReader::sheetNames(m_typed, &error), (QStringList {"Компании", "Second"}));
    QVERIFY(!error);
    const Result second = readAll(m_typed, QStringLiteral("Second"));
    QVERIFY(!second.error);
    QCOMPARE(second.rows, (Rows {{"only"}, {"7"}}));
    QCOMPARE(XlsxReader::sheetNames(m_hand, &error), QStringList {"Data"});
}

void TestXlsxReader::handMade_inlineRichPhonetic1904AndAbsentRows()
{
    const Result result = readAll(m_hand);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    const Rows expected {
        {"Inline ✓", "Bold and plain ", "東京", "a\rb _x0041_"},
        {},
        {"#N/A", "FALSE", "1904-01-01", "1905-01-01T12:00:00", "formula text", "2.5"},
        {"", "", "3"},
        {},
        {},
    };
    QCOMPARE(result.rows, expected);
    QCOMPARE(result.numbers, (Numbers {1, 2, 3, 4, 5, 6}));
    // No dimension: progress is in bytes of the sheet's XML, all of it read at the end.
    QCOMPARE(result.size, qint64(handSheet.size()));
    QCOMPARE(result.position, result.size);
}

void TestXlsxReader::constantMemoryWorkbook_inlineStrings_manyRows()
{
    const QString path = m_dir.filePath(QStringLiteral("big.xlsx"));
    lxw_workbook_options options {LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    constexpr int rows = 30000;
    for (int r = 0; r < rows; ++r) {
        const QByteArray name = QStringLiteral("Фирма %1").arg(r + 1).toUtf8();
        worksheet_write_string(sheet, lxw_row_t(r), 0, name.constData(), nullptr);
        worksheet_write_number(sheet, lxw_row_t(r), 1, (r + 1) * 0.25, nullptr);
    }
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    XlsxReader reader(path);
    SourceRow row;
    int count = 0;
    while (reader.next(&row)) {
        ++count;
        QCOMPARE(row.number, qint64(count));
        if (count % 5000 == 0) {
            QCOMPARE(row.cells,
                (QStringList {QStringLiteral("Фирма %1").arg(count), QString::number(count * 0.25)}));
            QCOMPARE(reader.position(), qint64(count));
        }
    }
    QVERIFY2(!reader.error(), qPrintable(reader.error().message));
    QCOMPARE(count, rows);
    QCOMPARE(reader.size(), qint64(rows));
}

void TestXlsxReader::notAWorkbook_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // empty with parts: a zip of them
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("message");

    QTest::newRow("old .xls")
        << "old.xlsx" << (ole2 + QByteArray(504, '\0')) << Parts {}
        << "old.xlsx: the file is an old Excel .xls; save it as .xlsx or .csv and import that";
    QTest::newRow("password-protected workbook (an encrypted OLE2 package)")
        << "secret.xlsx"
        << (ole2 + QByteArray(1000, '\0') + utf16le("EncryptionInfo") + QByteArray(50, '\0')
               + utf16le("EncryptedPackage") + QByteArray(3000, '\0'))
        << Parts {} << "secret.xlsx: the workbook is protected with a password";
    QTest::newRow("CSV named .xlsx")
        << "clients.xlsx" << QByteArray("name;city\nАна;София\n") << Parts {}
        << "clients.xlsx: the file is a CSV text file named .xlsx; import it as CSV";
    QTest::newRow("HTML named .xlsx")
        << "export.xlsx"
        << QByteArray("<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table></body></html>")
        << Parts {} << "export.xlsx: the file is a web page (HTML) named .xlsx";
    QTest::newRow("empty file") << "empty.xlsx" << QByteArray() << Parts {}
                                << "empty.xlsx: the file is empty";
    QTest::newRow("binary, not a zip") << "noise.xlsx" << QByteArray("\x01\x02\x03\x00\xFF\xFE", 6)
                                       << Parts {} << "noise.xlsx: the file is not an Excel workbook";
    QTest::newRow("a zip that is not a workbook")
        << "notes.xlsx" << QByteArray() << Parts {{"notes/hello.txt", "hello"}}
        << "notes.xlsx: the file is a zip archive but not an Excel workbook";
    QTest::newRow("a Word document named .xlsx")
        << "letter.xlsx" << QByteArray() << Parts {{"word/document.xml", "<w:document/>"}}
        << "letter.xlsx: the file is a Word document";
    QTest::newRow("workbook whose sheet part is missing")
        << "hollow.xlsx" << QByteArray() << handParts().mid(0, 6)
        << "hollow.xlsx: the workbook has no part xl/worksheets/sheet1.xml";
}

void TestXlsxReader::notAWorkbook()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(Parts, parts);
    QFETCH(QString, message);

    const QString path = m_dir.filePath(name);
    QVERIFY(parts.isEmpty() ? writeFile(path, bytes) : writeZip(path, parts));
    const Result result = readAll(path);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.error.code, Error::Code::Format);
    QVERIFY2(result.error.message.startsWith(message), qPrintable(result.error.message));
    Error error;
    QVERIFY(XlsxReader::sheetNames(path, &error).isEmpty() || !parts.isEmpty());
}

void TestXlsxReader::malformedSheet_namesThePartAndLine()
{
    // A truncated download: the zip's directory at the end is gone.
    QFile typed(m_typed);
    QVERIFY(typed.open(QIODevice::ReadOnly));
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.xlsx"));
    QVERIFY(writeFile(truncated, typed.read(typed.size() / 2)));
    Result result = readAll(truncated);
    QCOMPARE(result.error.code, Error::Code::Format);
    QVERIFY2(
        result.error.message.startsWith(QStringLiteral("truncated.xlsx: the file is damaged or incomplete")),
        qPrintable(result.error.message));
    Error error;
    QVERIFY(XlsxReader::sheetNames(truncated, &error).isEmpty());
    QCOMPARE(error.code, Error::Code::Format);

    // Rows before the broken XML are read; then the error names the part and the line.
    const QString broken = m_dir.filePath(QStringLiteral("broken.xlsx"));
    QVERIFY(writeZip(broken,
        handParts("<worksheet><sheetData>\n<row r=\"1\"><c><v>1</v></c></row>\n"
                  "<row r=\"2\"><c><v>2</v></row>\n</sheetData></worksheet>")));
    result = readAll(broken);
    QCOMPARE(result.rows, (Rows {{"1"}}));
    QCOMPARE(result.error.code, Error::Code::Format);
    QVERIFY2(result.error.message.startsWith(
                 QStringLiteral("broken.xlsx: the part xl/worksheets/sheet1.xml is damaged")),
        qPrintable(result.error.message));
    QVERIFY2(result.error.message.endsWith(QStringLiteral("at line 3")), qPrintable(result.error.message));
}

void TestXlsxReader::missingSheet_listsTheSheets()
{
    const Result result = readAll(m_typed, QStringLiteral("Contacts"));
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.error.code, Error::Code::NotFound);
    QCOMPARE(result.error.message,
        QStringLiteral("typed.xlsx: the workbook has no sheet “Contacts”; its sheets are: Компании, Second"));
}

void TestXlsxReader::rowNumberOutOfRange_isAnError_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("shown");
    QTest::newRow("beyond Excel's last row") << QByteArray("1048577") << QStringLiteral("1048577");
    QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
    QTest::newRow("negative") << QByteArray("-3") << QStringLiteral("-3");
    QTest::newRow("not a number") << QByteArray("seven") << QStringLiteral("seven");
}

void TestXlsxReader::rowNumberOutOfRange_isAnError()
{
    QFETCH(QByteArray, number);
    QFETCH(QString, shown);
    // Rows before the bad one are read; Excel's last row itself is fine.
    const QString path = m_dir.filePath(QStringLiteral("rownumber.xlsx"));
    QVERIFY(writeZip(path,
        handParts("<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row>"
                  "<row r=\"" + number + "\"><c><v>2</v></c></row></sheetData></worksheet>")));
    const Result result = readAll(path);
    QCOMPARE(result.rows, (Rows {{"1"}}));
    QCOMPARE(result.error.code, Error::Code::Format);
    QCOMPARE(result.error.message,
        QStringLiteral("rownumber.xlsx: a row has a wrong number “%1” (rows go from 1 to 1048576)").arg(shown));

    QVERIFY(writeZip(path,
        handParts("<worksheet><sheetData><row r=\"1048575\"><c><v>1</v></c></row>"
                  "<row r=\"1048576\"><c><v>2</v></c></row></sheetData></worksheet>")));
    XlsxReader reader(path);
    SourceRow row;
    qint64 rows = 0;
    while (reader.next(&row))
        ++rows;
    QVERIFY2(!reader.error(), qPrintable(reader.error().message));
    QCOMPARE(rows, qint64(1048576));
    QCOMPARE(row.number, qint64(1048576));
    QCOMPARE(row.cells, QStringList {"2"});
}

void TestXlsxReader::fuzzFinding_hugeRowNumber_endsAtOnce()
{
    // Found while writing tests/fuzz/fuzz_xlsx: a row numbered 9223372036854775807 made the reader
    // hand out the rows "missing" before it one by one, an import that never ended.
    const QString path = QFINDTESTDATA("io/fixtures/xlsx-row-number-max.xlsx");
    QVERIFY(!path.isEmpty());
    const Result result = readAll(path);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.error.code, Error::Code::Format);
    QVERIFY2(result.error.message.contains(QStringLiteral("“9223372036854775807”")),
        qPrintable(result.error.message));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
