// The spreadsheet annex of the reports: the XLSX workbook (read back with openpyxl, as another
// program would) and the CSV files (read back with an RFC 4180 parser), from a document built by
// hand with every column type, Cyrillic and Greek text and text that a spreadsheet would run.
#include "reports/csvreportwriter.h"
#include "reports/reportdocument.h"
#include "reports/xlsxreportwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

using T = ReportColumn::Type;

const QString longKey = QStringLiteral("sessions_by_service_and_expert_in_the_period");
const QString longKey2 = QStringLiteral("sessions_by_service_and_expert_in_the_period_2");
const QString oddKey = QStringLiteral("kpi:[2025]/q1?*");

// Text longer than an Excel cell holds: 40,000 Cyrillic letters.
QString hugeText()
{
    return QString(40000, QChar(0x0416)); // Ж
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qlonglong>()); // what QSqlQuery gives for NULL
}

ReportTable mainTable()
{
    ReportTable t;
    t.key = longKey;
    t.title = QStringLiteral("Сесии по услуга — Συνεδρίες ανά υπηρεσία");
    t.columns = {{QStringLiteral("Name / Име"), T::Text},  {QStringLiteral("Sessions"), T::Integer},
                 {QStringLiteral("Score"), T::Decimal},    {QStringLiteral("Amount"), T::Money},
                 {QStringLiteral("Date"), T::Date},        {QStringLiteral("Share"), T::Percent},
                 {QStringLiteral("Hours"), T::Hours}};
    const QVariant n;
    t.rows = {
        {QStringLiteral("Дигитални Медии ЕООД"), 3, 2.5, qint64(123450), QDate(2025, 3, 14), 0.25, 1.5},
        {QStringLiteral("Ελληνικά <b>x</b>"), qint64(-2), -0.75, qint64(-500), QDate(1999, 12, 31), 1.0, 0.0},
        {QStringLiteral("=HYPERLINK(\"x\")"), 0, 0.0, qint64(0), QDate(2025, 1, 1), 0.0, 0.25},
        {QStringLiteral("+359 88 123 4567"), n, n, n, n, n, n},
        {QStringLiteral("-5"), qint64(-5), n, nullInteger(), n, n, n},
        {QStringLiteral("@sum"), n, n, n, n, n, n},
        {QStringLiteral("\tTabbed"), n, n, n, n, n, n},
        {QStringLiteral("line one\nline two, \"quoted\"; end"), n, n, n, n, n, n},
        {n, 7, 1234567.891, qint64(100000000), QDate(2024, 2, 29), 1.0 / 3.0, 1.0 / 3.0},
        {QStringLiteral("—"), QStringLiteral("—"), n, QStringLiteral("-"), QStringLiteral("Total"), n, n},
    };
    t.totals = {QStringLiteral("Total"), 12, n, qint64(123050), n, 0.5, 10.25};
    t.note = QStringLiteral("Held sessions only; «бележка».");
    return t;
}

ReportTable secondTable()
{
    ReportTable t;
    t.key = longKey2;
    t.title = QStringLiteral("Second");
    t.columns = {{QStringLiteral("Expert"), T::Text}, {QStringLiteral("Hours"), T::Hours}};
    t.rows = {{QStringLiteral("Γιώργος Παπαδόπουλος"), 12.5}, {QStringLiteral("Иван Петров"), 3.0}};
    return t;
}

ReportTable oddTable()
{
    ReportTable t;
    t.key = oddKey;
    t.title = QStringLiteral("Odd");
    t.columns = {{QStringLiteral("Text"), T::Text}};
    t.rows = {{hugeText()}, {QStringLiteral("_x0041_")}};
    return t;
}

ReportDocument document()
{
    ReportDocument doc;
    doc.key = QStringLiteral("periodic");
    doc.title = QStringLiteral("Periodic progress report");
    doc.subtitle = QStringLiteral("P1 (2025): 1 Jan 2025 – 31 Dec 2025");
    doc.header = {{QStringLiteral("Programme"), QStringLiteral("Дълбоки технологии")},
                  {QStringLiteral("Grant agreement"), QStringLiteral("101234567")},
                  {QStringLiteral("Hub"), QStringLiteral("Κόμβος Αθήνας")},
                  {QStringLiteral("Period"), QStringLiteral("1 Jan 2025 – 31 Dec 2025")},
                  {QStringLiteral("Generated"), QStringLiteral("2 Jan 2026 10:00")}};
    doc.currency = QStringLiteral("EUR");
    doc.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    doc.blocks = {ReportBlock::heading(QStringLiteral("Key figures")), ReportBlock::of(mainTable()),
                  ReportBlock::paragraph(QStringLiteral("Between the tables.")), ReportBlock::of(secondTable()),
                  ReportBlock::pageBreak(), ReportBlock::of(oddTable())};
    return doc;
}

// The CSV form of mainTable(), field by field, as the writer documents it.
QList<QStringList> expectedMainCsv()
{
    return {
        {"Name / Име", "Sessions", "Score", "Amount", "Date", "Share", "Hours"},
        {"Дигитални Медии ЕООД", "3", "2.50", "1234.50", "2025-03-14", "0.25", "1.5"},
        {"Ελληνικά <b>x</b>", "-2", "-0.75", "-5.00", "1999-12-31", "1", "0"},
        {"'=HYPERLINK(\"x\")", "0", "0.00", "0.00", "2025-01-01", "0", "0.25"},
        {"'+359 88 123 4567", "", "", "", "", "", ""},
        {"'-5", "-5", "", "", "", "", ""},
        {"'@sum", "", "", "", "", "", ""},
        {"'\tTabbed", "", "", "", "", "", ""},
        {"line one\nline two, \"quoted\"; end", "", "", "", "", "", ""},
        {"", "7", "1234567.89", "1000000.00", "2024-02-29", "0.3333", "0.3333"},
        {"—", "—", "", "'-", "Total", "", ""},
        {"Total", "12", "", "1230.50", "", "0.5", "10.25"},
    };
}

// RFC 4180 records; \a crlfOnly fails on a record that does not end with CRLF.
QList<QStringList> parseCsv(const QString &text, QChar delimiter, bool *crlfOnly)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *crlfOnly = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *crlfOnly = false;
            field += c;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        *crlfOnly = false; // the last record must end with CRLF too
        record.append(field);
        records.append(record);
    }
    return records;
}

const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Reads a workbook with openpyxl: sheet names, and per sheet every cell (value, Python type,
// data type, number format, bold), the frozen pane, the column widths and the autofilter.
const char *readerScript = R"PY(
import json, sys
try:
    import openpyxl
except ImportError as error:
    sys.stderr.write("openpyxl is missing: %s\n" % error)
    sys.exit(3)
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "data": {}}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, min_col=1, max_col=ws.max_column):
        cells = []
        for c in row:
            v = c.value
            cells.append({"v": v.isoformat() if hasattr(v, "isoformat") else v,
                          "t": type(v).__name__, "dt": c.data_type, "f": c.number_format,
                          "b": bool(c.font is not None and c.font.b)})
        rows.append(cells)
    out["data"][ws.title] = {"rows": rows, "freeze": ws.freeze_panes,
                             "widths": {k: d.width for k, d in ws.column_dimensions.items()},
                             "filter": ws.auto_filter.ref}
json.dump(out, sys.stdout, ensure_ascii=True)
)PY";

} // namespace

class TestAnnexWriters : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void sheetNames_areValidShortAndUnique_data();
    void sheetNames_areValidShortAndUnique();
    void xlsx_readBackByOpenpyxl_hasTypedCells();
    void xlsx_aboutSheet_holdsTheHeader();
    void xlsx_overlongText_isCutWithAMarker();
    void xlsx_missingFolder_isNamedAndLeavesNoFile();
    void xlsx_failure_leavesTheOldFileAndNoTemporaryFiles();
    void xlsx_replacesAnExistingFile();

    void fileNames_areSafeAndUnique_data();
    void fileNames_areSafeAndUnique();
    void csv_writeTables_writesOneFilePerTableAndNothingElse();
    void csv_roundTrip_everyValue_data();
    void csv_roundTrip_everyValue();
    void csv_bom_isOptional();
    void csv_neutralisesTextNotNumbers_data();
    void csv_neutralisesTextNotNumbers();
    void csv_unsupportedDelimiter_isRefused();
    void csv_missingFolder_isNamedAndLeavesNoFile();
    void csv_oneTableFailing_changesNoFile();

private:
    QJsonObject readXlsx(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnnexWriters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestAnnexWriters::readXlsx(const QString &path)
{
    // Debian's interpreter, where python3-openpyxl is installed: the first python3 on PATH
    // may be another one without it.
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python)) {
        QTest::qFail("/usr/bin/python3 is missing: install python3 and python3-openpyxl "
                     "(./scripts/setup-debian.sh does)", __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromUtf8(readerScript), path});
    if (!p.waitForFinished(60000)) {
        QTest::qFail("/usr/bin/python3 did not finish reading the workbook", __FILE__, __LINE__);
        return {};
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() == 3) {
        QTest::qFail(qPrintable(QStringLiteral("python3-openpyxl is needed to read the XLSX back: install it "
                                               "(./scripts/setup-debian.sh does). %1")
                                    .arg(QString::fromUtf8(err))),
                     __FILE__, __LINE__);
        return {};
    }
    if (p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("openpyxl could not read the workbook: %1").arg(QString::fromUtf8(err))),
                     __FILE__, __LINE__);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(p.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QTest::qFail(qPrintable(parseError.errorString()), __FILE__, __LINE__);
        return {};
    }
    return json.object();
}

void TestAnnexWriters::sheetNames_areValidShortAndUnique_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("names"); // without "About"

    const QString x40(40, u'x');
    const QString zhe40(40, QChar(0x0416));
    const QString a30(30, u'a');
    QTest::newRow("plain") << QStringList{"key_figures"} << QStringList{"key_figures"};
    QTest::newRow("forbidden characters") << QStringList{"a[b]c:d*e?f/g\\h"} << QStringList{"a_b_c_d_e_f_g_h"};
    QTest::newRow("31 characters") << QStringList{x40} << QStringList{QString(31, u'x')};
    QTest::newRow("31 Cyrillic letters") << QStringList{zhe40} << QStringList{QString(31, QChar(0x0416))};
    QTest::newRow("surrogate pair not split") << QStringList{a30 + QString::fromUtf8("😀b")} << QStringList{a30};
    QTest::newRow("same name, other case") << QStringList{"Kpi", "kpi", "KPI"}
                                           << QStringList{"Kpi", "kpi (2)", "KPI (3)"};
    QTest::newRow("same first 31 characters")
        << QStringList{x40, x40 + "y"} << QStringList{QString(31, u'x'), QString(27, u'x') + " (2)"};
    QTest::newRow("About is taken") << QStringList{"about"} << QStringList{"about (2)"};
    QTest::newRow("History is reserved") << QStringList{"History"} << QStringList{"History (2)"};
    QTest::newRow("apostrophes at the ends") << QStringList{"'quoted'"} << QStringList{"quoted"};
    QTest::newRow("nothing left") << QStringList{"", "'''"} << QStringList{"Table 1", "Table 2"};
}

void TestAnnexWriters::sheetNames_areValidShortAndUnique()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, names);
    ReportDocument doc;
    for (const QString &key : keys) {
        ReportTable t;
        t.key = key;
        t.columns = {{"A", T::Text}};
        doc.blocks.append(ReportBlock::of(t));
    }
    // Without a header (a table export) there is no About sheet; with one, it comes first.
    QCOMPARE(XlsxReportWriter::sheetNames(doc), names);
    doc.header = {{QStringLiteral("Programme"), QStringLiteral("P")}};
    QCOMPARE(XlsxReportWriter::sheetNames(doc), QStringList{"About"} + names);

    // Excel (through libxlsxwriter's own checks) takes them: the workbook is written.
    const QString path = m_dir->filePath("names.xlsx");
    const Error e = XlsxReportWriter::write(doc, path);
    QVERIFY2(!e, qPrintable(e.message));
    const QJsonObject book = readXlsx(path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(book.value("sheets").toVariant().toStringList(), QStringList{"About"} + names);
}

void TestAnnexWriters::xlsx_readBackByOpenpyxl_hasTypedCells()
{
    const QString path = m_dir->filePath("annex.xlsx");
    const Error e = XlsxReportWriter::write(document(), path);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(entries(m_dir->path()), QStringList{"annex.xlsx"}); // no temporary file left beside it

    const QJsonObject book = readXlsx(path);
    if (QTest::currentTestFailed())
        return;
    const QStringList sheets{"About", "sessions_by_service_and_expert_", "sessions_by_service_and_exp (2)",
                             "kpi__2025__q1__"};
    QCOMPARE(book.value("sheets").toVariant().toStringList(), sheets);

    const QJsonObject sheet = book.value("data").toObject().value(sheets.at(1)).toObject();
    const QJsonArray rows = sheet.value("rows").toArray();
    const auto cell = [&](int row, int col) { return rows.at(row).toArray().at(col).toObject(); };
    const ReportTable table = mainTable();

    // Title, then the bold column titles, frozen under them.
    QCOMPARE(cell(0, 0).value("v").toString(), table.title);
    QCOMPARE(sheet.value("freeze").toString(), QString("A3"));
    for (int c = 0; c < table.columns.size(); ++c) {
        QCOMPARE(cell(1, c).value("v").toString(), table.columns.at(c).title);
        QVERIFY2(cell(1, c).value("b").toBool(), qPrintable(table.columns.at(c).title));
    }
    QCOMPARE(sheet.value("filter").toString(), QString("A2:G12"));

    // Every value, typed.
    const QStringList formats{"General", "0", "#,##0.00", "#,##0.00 \"EUR\"", "yyyy-mm-dd", "0.0%", "0.0"};
    const auto checkRow = [&](int xlsxRow, const QVariantList &values, bool bold) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const QJsonObject got = cell(xlsxRow, c);
            const QVariant want = values.value(c);
            const QString where = QStringLiteral("row %1 column %2: %3")
                                      .arg(xlsxRow + 1)
                                      .arg(c + 1)
                                      .arg(QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)));
            QVERIFY2(got.value("b").toBool() == bold || want.isNull(), qPrintable(where));
            if (want.isNull()) {
                QVERIFY2(got.value("v").isNull(), qPrintable(where));
                continue;
            }
            const ReportColumn::Type type = table.columns.at(c).type;
            const bool isText = type == T::Text || want.typeId() == QMetaType::QString;
            if (isText) {
                QCOMPARE(got.value("t").toString(), QString("str"));
                QVERIFY2(got.value("dt").toString() == "s", qPrintable(where)); // never a formula
                QCOMPARE(got.value("v").toString(), want.toString());
                continue;
            }
            QVERIFY2(got.value("f").toString() == formats.at(c), qPrintable(where));
            if (type == T::Date) {
                QCOMPARE(got.value("t").toString(), QString("datetime"));
                QCOMPARE(got.value("v").toString(), want.toDate().toString(Qt::ISODate) + "T00:00:00");
                continue;
            }
            QVERIFY2(got.value("t").toString() == "int" || got.value("t").toString() == "float", qPrintable(where));
            const double expected = type == T::Money ? want.toLongLong() / 100.0 : want.toDouble();
            QVERIFY2(qFuzzyCompare(1.0 + got.value("v").toDouble(), 1.0 + expected), qPrintable(where));
        }
    };
    for (int r = 0; r < table.rows.size(); ++r)
        checkRow(2 + r, table.rows.at(r), false);
    checkRow(2 + int(table.rows.size()), table.totals, true);

    // The note one row under the totals.
    QCOMPARE(rows.size(), 2 + table.rows.size() + 1 + 2);
    QCOMPARE(cell(int(rows.size()) - 1, 0).value("v").toString(), table.note);

    // Widths follow the content, within bounds.
    const QJsonObject widths = sheet.value("widths").toObject();
    QVERIFY2(widths.value("A").toDouble() >= 24 && widths.value("A").toDouble() <= 62,
             qPrintable(QString::number(widths.value("A").toDouble())));
    QVERIFY2(widths.value("B").toDouble() < 15, qPrintable(QString::number(widths.value("B").toDouble())));
    QVERIFY2(widths.value("D").toDouble() >= 16, qPrintable(QString::number(widths.value("D").toDouble())));

    // The second table, on its own sheet.
    const QJsonArray second = book.value("data").toObject().value(sheets.at(2)).toObject().value("rows").toArray();
    QCOMPARE(second.at(2).toArray().at(0).toObject().value("v").toString(), QString("Γιώργος Παπαδόπουλος"));
    QCOMPARE(second.at(2).toArray().at(1).toObject().value("v").toDouble(), 12.5);

    // "_x0041_" typed by a user is stored with its underscore escaped as _x005F_ (Excel
    // would otherwise show "A"); a reader that decodes the escape, as Excel and openpyxl
    // do, gets the text back as typed.
    const QJsonArray odd = book.value("data").toObject().value(sheets.at(3)).toObject().value("rows").toArray();
    QCOMPARE(odd.at(3).toArray().at(0).toObject().value("v").toString(), QString("_x0041_"));
}

void TestAnnexWriters::xlsx_aboutSheet_holdsTheHeader()
{
    const ReportDocument doc = document();
    const QString path = m_dir->filePath("annex.xlsx");
    const Error e = XlsxReportWriter::write(doc, path);
    QVERIFY2(!e, qPrintable(e.message));
    const QJsonObject book = readXlsx(path);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray rows = book.value("data").toObject().value("About").toObject().value("rows").toArray();
    const auto value = [&](int row, int col) {
        return rows.at(row).toArray().at(col).toObject().value("v").toString();
    };
    QCOMPARE(value(0, 0), doc.title);
    QCOMPARE(value(1, 0), doc.subtitle);
    for (int i = 0; i < doc.header.size(); ++i) {
        QCOMPARE(value(3 + i, 0), doc.header.at(i).first);
        QVERIFY(rows.at(3 + i).toArray().at(0).toObject().value("b").toBool());
        QCOMPARE(value(3 + i, 1), doc.header.at(i).second);
    }
    // What each sheet holds, since a sheet name is a shortened key.
    const int contents = 3 + int(doc.header.size()) + 1;
    QCOMPARE(value(contents, 0), QString("Sheets"));
    QCOMPARE(value(contents + 1, 0), QString("sessions_by_service_and_expert_"));
    QCOMPARE(value(contents + 1, 1), mainTable().title);
}

void TestAnnexWriters::xlsx_overlongText_isCutWithAMarker()
{
    const QString path = m_dir->filePath("annex.xlsx");
    const Error e = XlsxReportWriter::write(document(), path);
    QVERIFY2(!e, qPrintable(e.message));
    const QJsonObject book = readXlsx(path);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray rows = book.value("data").toObject().value("kpi__2025__q1__").toObject().value("rows").toArray();
    const QString text = rows.at(2).toArray().at(0).toObject().value("v").toString();
    QVERIFY2(text.size() <= XlsxReportWriter::maxCellText, qPrintable(QString::number(text.size())));
    QVERIFY(text.size() > 32000);
    QVERIFY(text.startsWith(QString(100, QChar(0x0416))));
    QVERIFY2(text.endsWith("]") && text.contains("[cut"), qPrintable(text.right(60)));
}

void TestAnnexWriters::xlsx_missingFolder_isNamedAndLeavesNoFile()
{
    const QString path = m_dir->filePath("missing/annex.xlsx");
    const Error e = XlsxReportWriter::write(document(), path);
    QVERIFY(e);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)), qPrintable(e.message));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(entries(m_dir->path()).isEmpty());

    // A folder where the file should be is refused and left alone too.
    const QString folder = m_dir->filePath("folder.xlsx");
    QVERIFY(QDir().mkdir(folder));
    const Error onFolder = XlsxReportWriter::write(document(), folder);
    QVERIFY(onFolder);
    QVERIFY2(onFolder.message.contains(QDir::toNativeSeparators(folder)), qPrintable(onFolder.message));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(entries(m_dir->path()), QStringList{"folder.xlsx"});
}

void TestAnnexWriters::xlsx_failure_leavesTheOldFileAndNoTemporaryFiles()
{
    const QString path = m_dir->filePath("annex.xlsx");
    const QByteArray old = "the previous annex";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    // More columns than a sheet has (16,384): libxlsxwriter refuses the cell part way.
    ReportTable wide;
    wide.key = "wide";
    for (int c = 0; c < 16400; ++c)
        wide.columns.append({QString::number(c), T::Integer});
    ReportDocument doc = document();
    doc.blocks.append(ReportBlock::of(wide));
    const Error e = XlsxReportWriter::write(doc, path);
    QVERIFY(e);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)) && e.message.contains("wide"), qPrintable(e.message));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(m_dir->path()), QStringList{"annex.xlsx"});
}

void TestAnnexWriters::xlsx_replacesAnExistingFile()
{
    const QString path = m_dir->filePath("annex.xlsx");
    QVERIFY(!XlsxReportWriter::write(document(), path));
    ReportDocument other = document();
    other.blocks = {ReportBlock::of(secondTable())};
    QVERIFY(!XlsxReportWriter::write(other, path));
    const QJsonObject book = readXlsx(path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(book.value("sheets").toVariant().toStringList(), (QStringList{"About", longKey2.left(31)}));
    QCOMPARE(entries(m_dir->path()), QStringList{"annex.xlsx"});

    // The same document gives the same bytes (the file's time is the report's).
    const QString again = m_dir->filePath("again.xlsx");
    QVERIFY(!XlsxReportWriter::write(other, again));
    QCOMPARE(readAll(again), readAll(path));
}

void TestAnnexWriters::fileNames_areSafeAndUnique_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("plain") << QStringList{"key_figures"} << QStringList{"key_figures.csv"};
    QTest::newRow("forbidden characters") << QStringList{oddKey} << QStringList{"kpi_[2025]_q1__.csv"};
    QTest::newRow("path") << QStringList{"../etc/passwd"} << QStringList{"table.._etc_passwd.csv"}; // never hidden, never a path
    QTest::newRow("same name, other case") << QStringList{"Kpi", "kpi", "KPI"}
                                           << QStringList{"Kpi.csv", "kpi-2.csv", "KPI-3.csv"};
    QTest::newRow("long keys stay whole") << QStringList{longKey, longKey2}
                                          << QStringList{longKey + ".csv", longKey2 + ".csv"};
    QTest::newRow("Windows device") << QStringList{"con", "COM1"} << QStringList{"_con.csv", "_COM1.csv"};
    QTest::newRow("empty and dots") << QStringList{"", "..", "."} << QStringList{"table.csv", "table-2.csv",
                                                                                  "table-3.csv"};
    QTest::newRow("Cyrillic") << QStringList{"таблица"} << QStringList{"таблица.csv"};
}

void TestAnnexWriters::fileNames_areSafeAndUnique()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, names);
    ReportDocument doc;
    for (const QString &key : keys) {
        ReportTable t;
        t.key = key;
        doc.blocks.append(ReportBlock::of(t));
    }
    QCOMPARE(CsvReportWriter::fileNames(doc), names);
}

void TestAnnexWriters::csv_writeTables_writesOneFilePerTableAndNothingElse()
{
    const QString dir = m_dir->path();
    QStringList written{"stale"};
    const Error e = CsvReportWriter::writeTables(document(), dir, CsvReportWriter::Options{}, &written);
    QVERIFY2(!e, qPrintable(e.message));
    const QStringList names{longKey + ".csv", longKey2 + ".csv", "kpi_[2025]_q1__.csv"};
    QStringList expectedPaths;
    for (const QString &n : names)
        expectedPaths.append(QDir(dir).filePath(n));
    QCOMPARE(written, expectedPaths);
    QStringList sorted = names;
    sorted.sort();
    QStringList listed = entries(dir);
    listed.sort();
    QCOMPARE(listed, sorted);

    // The main table, every field.
    const QByteArray bytes = readAll(expectedPaths.at(0));
    QVERIFY(bytes.startsWith(bom));
    bool crlf = false;
    QCOMPARE(parseCsv(QString::fromUtf8(bytes.mid(3)), u',', &crlf), expectedMainCsv());
    QVERIFY(crlf);

    // The huge text is written whole: CSV has no cell limit.
    const QList<QStringList> odd = parseCsv(QString::fromUtf8(readAll(expectedPaths.at(2)).mid(3)), u',', &crlf);
    QCOMPARE(odd.size(), 3);
    QCOMPARE(odd.at(1).at(0), hugeText());
    QCOMPARE(odd.at(2).at(0), QString("_x0041_"));
}

void TestAnnexWriters::csv_roundTrip_everyValue_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void TestAnnexWriters::csv_roundTrip_everyValue()
{
    QFETCH(QChar, delimiter);
    CsvReportWriter::Options options;
    options.delimiter = delimiter;
    options.bom = false;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Error e = CsvReportWriter::writeTable(mainTable(), &buffer, options);
    QVERIFY2(!e, qPrintable(e.message));
    const QString text = QString::fromUtf8(buffer.data());
    bool crlf = false;
    QCOMPARE(parseCsv(text, delimiter, &crlf), expectedMainCsv());
    QVERIFY(crlf);
    // Only the fields that need it are quoted: with ';' a comma is plain text, and back.
    if (delimiter == u';') {
        QVERIFY(text.contains("\"line one\nline two, \"\"quoted\"\"; end\""));
        QVERIFY(text.contains(";1234.50;"));
    } else if (delimiter == u',') {
        QVERIFY(text.contains("\"line one\nline two, \"\"quoted\"\"; end\""));
        QVERIFY(text.contains("Дигитални Медии ЕООД,3,2.50,1234.50,2025-03-14,0.25,1.5\r\n"));
    } else {
        QVERIFY(text.contains("\"'\tTabbed\""));
    }
}

void TestAnnexWriters::csv_bom_isOptional()
{
    ReportTable t = secondTable();
    CsvReportWriter::Options options;
    QBuffer with;
    QVERIFY(with.open(QIODevice::WriteOnly));
    QVERIFY(!CsvReportWriter::writeTable(t, &with, options));
    QVERIFY(with.data().startsWith(bom + "Expert,Hours\r\n"));

    options.bom = false;
    QBuffer without;
    QVERIFY(without.open(QIODevice::WriteOnly));
    QVERIFY(!CsvReportWriter::writeTable(t, &without, options));
    QCOMPARE(without.data(), QByteArray("Expert,Hours\r\nΓιώργος Παπαδόπουλος,12.5\r\nИван Петров,3\r\n"));
}

void TestAnnexWriters::csv_neutralisesTextNotNumbers_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("field"); // as written, with ',' as the delimiter

    const auto text = [](const char *s) { return QVariant(QString::fromUtf8(s)); };
    const int Text = int(T::Text);
    QTest::newRow("=") << Text << text("=1+2") << "'=1+2";
    QTest::newRow("+") << Text << text("+359 88 123 4567") << "'+359 88 123 4567";
    QTest::newRow("- text") << Text << text("-5") << "'-5";
    QTest::newRow("@") << Text << text("@sum") << "'@sum";
    QTest::newRow("tab") << Text << text("\tx") << "'\tx";
    QTest::newRow("CR, quoted") << Text << text("\rx") << "\"'\rx\"";
    QTest::newRow("= with a comma, quoted") << Text << text("=A1,B1") << "\"'=A1,B1\"";
    QTest::newRow("formula with quotes") << Text << text("=HYPERLINK(\"x\")") << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plain") << Text << text("plain") << "plain";
    QTest::newRow("= inside") << Text << text("x=1") << "x=1";
    QTest::newRow("leading space") << Text << text(" =x") << " =x";
    QTest::newRow("quotes") << Text << text("say \"hi\"") << "\"say \"\"hi\"\"\"";
    QTest::newRow("HTML stays as it is") << Text << text("<b>x</b>") << "<b>x</b>";
    QTest::newRow("integer -5") << int(T::Integer) << QVariant(qint64(-5)) << "-5";
    QTest::newRow("int -5") << int(T::Integer) << QVariant(-5) << "-5";
    QTest::newRow("money -5.00") << int(T::Money) << QVariant(qint64(-500)) << "-5.00";
    QTest::newRow("money -0.01") << int(T::Money) << QVariant(qint64(-1)) << "-0.01";
    QTest::newRow("money large") << int(T::Money) << QVariant(qint64(123456789012)) << "1234567890.12";
    QTest::newRow("decimal -0.50") << int(T::Decimal) << QVariant(-0.5) << "-0.50";
    QTest::newRow("decimal no -0.00") << int(T::Decimal) << QVariant(-0.001) << "0.00";
    QTest::newRow("hours -1.5") << int(T::Hours) << QVariant(-1.5) << "-1.5";
    QTest::newRow("percent -0.25") << int(T::Percent) << QVariant(-0.25) << "-0.25";
    QTest::newRow("percent 12.5 %") << int(T::Percent) << QVariant(0.125) << "0.125";
    QTest::newRow("date") << int(T::Date) << QVariant(QDate(2025, 3, 14)) << "2025-03-14";
    QTest::newRow("text in a money column") << int(T::Money) << text("-") << "'-";
    QTest::newRow("text in an integer column") << int(T::Integer) << text("=1") << "'=1";
    QTest::newRow("null") << int(T::Integer) << nullInteger() << "";
    QTest::newRow("not a number") << int(T::Decimal) << QVariant(qQNaN()) << "";
}

void TestAnnexWriters::csv_neutralisesTextNotNumbers()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, field);
    ReportTable t;
    t.key = "one";
    t.columns = {{"Value", ReportColumn::Type(type)}, {"After", T::Text}};
    t.rows = {{value, QString("end")}};
    CsvReportWriter::Options options;
    options.bom = false;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(!CsvReportWriter::writeTable(t, &buffer, options));
    QCOMPARE(QString::fromUtf8(buffer.data()), "Value,After\r\n" + field + ",end\r\n");
}

void TestAnnexWriters::csv_unsupportedDelimiter_isRefused()
{
    CsvReportWriter::Options options;
    options.delimiter = u'"';
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Error e = CsvReportWriter::writeTable(secondTable(), &buffer, options);
    QVERIFY(e);
    QVERIFY(buffer.data().isEmpty());
    QVERIFY(CsvReportWriter::writeTables(document(), m_dir->path(), options, nullptr));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestAnnexWriters::csv_missingFolder_isNamedAndLeavesNoFile()
{
    const QString dir = m_dir->filePath("missing");
    QStringList written;
    const Error e = CsvReportWriter::writeTables(document(), dir, CsvReportWriter::Options{}, &written);
    QVERIFY(e);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(dir)), qPrintable(e.message));
    QVERIFY(written.isEmpty());
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestAnnexWriters::csv_oneTableFailing_changesNoFile()
{
    // The third table's file name is taken by a folder: the first two must not be written.
    const QString dir = m_dir->path();
    const QString blocked = QDir(dir).filePath("kpi_[2025]_q1__.csv");
    QVERIFY(QDir().mkdir(blocked));
    const QString first = QDir(dir).filePath(longKey + ".csv");
    {
        QFile f(first);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QStringList written;
    const Error e = CsvReportWriter::writeTables(document(), dir, CsvReportWriter::Options{}, &written);
    QVERIFY(e);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(blocked)), qPrintable(e.message));
    QVERIFY(written.isEmpty());
    QCOMPARE(readAll(first), QByteArray("old"));
    QStringList listed = entries(dir);
    listed.sort();
    QCOMPARE(listed, (QStringList{"kpi_[2025]_q1__.csv", longKey + ".csv"}));
}

QTEST_GUILESS_MAIN(TestAnnexWriters)
#include "tst_annexwriters.moc"
