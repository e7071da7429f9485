// Hostile text — quotes, SQL, HTML, QString::arg placeholders, backslashes, spreadsheet
// formulas, NUL and other control characters, right-to-left text and bidi controls, emoji
// sequences, OOXML escapes, FTS5 query syntax and a 10 MB note — through every path a
// name or a note takes, on a real database file: the repository (read back byte for byte,
// also after reopening the file), the audit log, search, CSV and XLSX export and their
// import, and the reports (escaped in the HTML, as typed in the laid-out text and the PDF).
#include "domain/rules.h"
#include "io/csvfield.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/tableexporter.h"
#include "io/valueparser.h"
#include "io/xlsxreader.h"
#include "reports/csvreportwriter.h"
#include "reports/pdfreportwriter.h"
#include "reports/reportbuilder.h"
#include "reports/xlsxreportwriter.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hubdesk;

namespace {

const QStringList exported = {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("description"),
                              QStringLiteral("notes"), QStringLiteral("kind")};

// The notes a record gets: the text on two lines, so that line breaks go through as well.
QString notesOf(const QString &text)
{
    return text + QLatin1Char('\n') + text;
}

std::unique_ptr<TableSource> readerOf(const QString &path, const CsvReadOptions &options = {})
{
    if (path.endsWith(QLatin1String(".xlsx")))
        return std::make_unique<XlsxReader>(path);
    return std::make_unique<CsvReader>(path, options);
}

QList<QStringList> rowsOf(const QString &path, const CsvReadOptions &options = {})
{
    auto source = readerOf(path, options);
    QList<QStringList> rows;
    SourceRow row;
    while (source->next(&row))
        rows.append(row.cells);
    if (source->error())
        rows.append({QStringLiteral("error: ") + source->error().message});
    return rows;
}

qint64 tableCount(Database &db)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")).toLongLong();
}

// The value a failed comparison shows: control characters and non-ASCII as code points.
QByteArray shown(const QString &text)
{
    QByteArray out;
    for (const QChar c : text.left(200)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out += char(c.unicode());
        else
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return out;
}

#define COMPARE_TEXT(actual, expected)                                                                          \
    do {                                                                                                       \
        const QString a_ = (actual);                                                                           \
        const QString e_ = (expected);                                                                         \
        QVERIFY2(a_ == e_, QByteArray("\n   Actual: " + shown(a_) + "\n Expected: " + shown(e_)).constData()); \
    } while (false)

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void repository_keepsEveryCharacter_evenAfterReopening_data();
    void repository_keepsEveryCharacter_evenAfterReopening();
    void auditLog_keepsEveryCharacter_data();
    void auditLog_keepsEveryCharacter();
    void search_findsTheText_andItsParts_data();
    void search_findsTheText_andItsParts();
    void search_queryTextIsNeverSyntax_data();
    void search_queryTextIsNeverSyntax();
    void csv_exportImport_givesTheSameValues_data();
    void csv_exportImport_givesTheSameValues();
    void xlsx_exportImport_givesTheSameValues_data();
    void xlsx_exportImport_givesTheSameValues();
    void formulas_neutralisedInCsv_textInXlsx_originalOnImport_data();
    void formulas_neutralisedInCsv_textInXlsx_originalOnImport();
    void csvNul_isNotTakenForUtf16();
    void report_escapesInHtml_andPrintsAsTyped_data();
    void report_escapesInHtml_andPrintsAsTyped();
    void report_pdfText_showsMarkupAsTyped();
    void reportAnnexes_keepTheText();
    void tenMegabyteNote_everyPath();
    void overlongName_isRefusedNamingTheField();

private:
    void addHostileRows();
    QString pathFor(const QString &suffix) const;

    QTemporaryDir m_dir;
};

void TestHostileText::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestHostileText::pathFor(const QString &suffix) const
{
    static int n = 0;
    return m_dir.filePath(QStringLiteral("%1-%2%3").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++n).arg(suffix));
}

// One line each, without leading, trailing or doubled spaces: an import makes one-line
// fields simple (ValueParser), which is the one change a path makes on purpose.
void TestHostileText::addHostileRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("part"); // a piece of it a search must find it by
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"Ltd\" “curly” „low“ ‚single‘ «guillemets» `tick`")
                            << QStringLiteral("„low“");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE organisations; --") << QStringLiteral("DROP TABLE");
    QTest::newRow("html") << QStringLiteral("<b>Bold</b> <img src=x> <a href=\"file:///etc/passwd\">link</a> &amp; &lt;")
                          << QStringLiteral("<img");
    QTest::newRow("arg placeholders") << QStringLiteral("%1 %2 %L1 %n %% 100%") << QStringLiteral("%2");
    QTest::newRow("backslashes") << QStringLiteral("C:\\new\\table \\\\ \\\" \\0 \\x00") << QStringLiteral("\\new");
    QTest::newRow("nul") << QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after NUL")
                         << QStringLiteral("after");
    QTest::newRow("controls") << QStringLiteral("bell\x07 esc\x1b del\x7f soh\x01 us\x1f") << QStringLiteral("bell");
    QTest::newRow("rtl") << QStringLiteral("مرحبا بالعالم \u202Eevil.exe\u202C \u200Fשלום\u200E עולם")
                         << QStringLiteral("بالعالم");
    QTest::newRow("emoji") << QStringLiteral("👩‍👩‍👧 👍🏽 🏳️‍🌈 𝕳𝖚𝖇 🇧🇬 family") << QStringLiteral("👍🏽");
    QTest::newRow("ooxml escape") << QStringLiteral("_x0041_ _x000D_ _X0042_ literal") << QStringLiteral("_x0041_");
    QTest::newRow("fts syntax") << QStringLiteral("\" AND ( NEAR( * : OR ^ -x {a} NOT") << QStringLiteral("NEAR(");
    QTest::newRow("formula") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("calc");
}

void TestHostileText::repository_keepsEveryCharacter_evenAfterReopening_data()
{
    addHostileRows();
}

void TestHostileText::repository_keepsEveryCharacter_evenAfterReopening()
{
    QFETCH(QString, text);
    const QString path = pathFor(QStringLiteral(".hubdesk"));
    qint64 id = 0;
    qint64 tables = 0;
    {
        auto db = test::fileDatabase(path);
        tables = tableCount(*db);
        auto orgs = Repositories::create(*db, EntityType::Organisation);
        Record r = test::organisation(text);
        r.setValue(QStringLiteral("city"), text);
        r.setValue(QStringLiteral("notes"), notesOf(text));
        const Error created = orgs->create(r);
        QVERIFY2(!created, qPrintable(created.message));
        id = r.id;

        Record back;
        QVERIFY(!orgs->get(id, &back));
        COMPARE_TEXT(back.text(QStringLiteral("name")), text);
        back.setValue(QStringLiteral("description"), text);
        const Error updated = orgs->update(back);
        QVERIFY2(!updated, qPrintable(updated.message));
    }
    OpenError error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    Record back;
    QVERIFY(!Repositories::create(*db, EntityType::Organisation)->get(id, &back));
    COMPARE_TEXT(back.text(QStringLiteral("name")), text);
    COMPARE_TEXT(back.text(QStringLiteral("city")), text);
    COMPARE_TEXT(back.text(QStringLiteral("notes")), notesOf(text));
    COMPARE_TEXT(back.text(QStringLiteral("description")), text);
    // Bound, never pasted: "'; DROP TABLE" leaves every table in place.
    QCOMPARE(tableCount(*db), tables);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong(), 1);
    // The stored value has the whole length (a NUL does not end it on the way in).
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT length(CAST(name AS BLOB)) FROM organisations")).toLongLong(),
             qint64(text.toUtf8().size()));
}

void TestHostileText::auditLog_keepsEveryCharacter_data()
{
    addHostileRows();
}

void TestHostileText::auditLog_keepsEveryCharacter()
{
    QFETCH(QString, text);
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(QStringLiteral("Plain name"));
    QVERIFY(!orgs->create(r));
    r.setValue(QStringLiteral("name"), text);
    r.setValue(QStringLiteral("notes"), notesOf(text));
    const Error updated = orgs->update(r);
    QVERIFY2(!updated, qPrintable(updated.message));

    Error error;
    const QList<AuditEntry> entries = AuditLog::forRecord(*db, QStringLiteral("organisation"), r.id, &error);
    QVERIFY2(!error, qPrintable(error.message));
    const auto update = std::find_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) { return e.action == QLatin1String("update"); });
    QVERIFY(update != entries.cend());
    const QJsonArray name = update->changes.value(QStringLiteral("name")).toArray();
    COMPARE_TEXT(name.at(0).toString(), QStringLiteral("Plain name"));
    COMPARE_TEXT(name.at(1).toString(), text);
    COMPARE_TEXT(update->changes.value(QStringLiteral("notes")).toArray().at(1).toString(), notesOf(text));
}

void TestHostileText::search_findsTheText_andItsParts_data()
{
    addHostileRows();
}

void TestHostileText::search_findsTheText_andItsParts()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(text);
    QVERIFY(!orgs->create(r));
    Record other = test::organisation(QStringLiteral("Someone else entirely"));
    QVERIFY(!orgs->create(other));
    for (const QString &search : {text, part}) {
        ListQuery q;
        q.search = search;
        Error error;
        const RowSet rows = orgs->list(q, &error);
        QVERIFY2(!error, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(shown(search)), error.message)));
        QCOMPARE(rows.rows.size(), 1);
        QCOMPARE(rows.value(0, QStringLiteral("id")).toLongLong(), r.id);
    }
}

void TestHostileText::search_queryTextIsNeverSyntax_data()
{
    QTest::addColumn<QString>("search");
    for (const char *s : {"\"", "\"\"", "AND (", "*", "NEAR(", "NEAR(a b, 2)", "a OR b", "NOT x", "-x", "^x", "x:y",
                          "{name}: x", "'; DROP TABLE organisations; --", "%", "_", "\\", "(((", ")", "a AND", "\"unterminated"})
        QTest::newRow(s) << QString::fromUtf8(s);
    // A NUL separates words, as a space does: "qq", "zz" are looked for, and are not there.
    QTest::newRow("nul") << QStringLiteral("qq") + QChar(u'\0') + QStringLiteral("zz");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + QStringLiteral("abc");
}

void TestHostileText::search_queryTextIsNeverSyntax()
{
    QFETCH(QString, search);
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(QStringLiteral("Alpha Media Lab"));
    QVERIFY(!orgs->create(r));
    for (EntityType type : {EntityType::Organisation, EntityType::Person, EntityType::Interaction, EntityType::Session}) {
        ListQuery q;
        q.search = search;
        Error error;
        const RowSet rows = Repositories::create(*db, type)->list(q, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(rows.rows.isEmpty());
        Repositories::create(*db, type)->count(q, &error);
        QVERIFY2(!error, qPrintable(error.message));
    }
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong(), 1);
}

void TestHostileText::csv_exportImport_givesTheSameValues_data()
{
    addHostileRows();
}

void TestHostileText::csv_exportImport_givesTheSameValues()
{
    QFETCH(QString, text);
    for (const bool bom : {true, false}) {
        auto source = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
        Record r = test::organisation(text);
        r.setValue(QStringLiteral("city"), text);
        r.setValue(QStringLiteral("description"), text);
        r.setValue(QStringLiteral("notes"), notesOf(text));
        QVERIFY(!Repositories::create(*source, EntityType::Organisation)->create(r));

        const QString path = pathFor(QStringLiteral(".csv"));
        TableExporter::Options o;
        o.format = TableExporter::Format::Csv;
        o.bom = bom;
        o.fields = exported;
        Error e = TableExporter::write(*source, EntityType::Organisation, path, o);
        QVERIFY2(!e, qPrintable(e.message));

        // The cells as a spreadsheet reads them: the file's text, formula neutralisation aside.
        const QList<QStringList> rows = rowsOf(path);
        QCOMPARE(rows.size(), 2);
        COMPARE_TEXT(CsvField::unneutralise(rows.at(1).at(0)), text);
        COMPARE_TEXT(CsvField::unneutralise(rows.at(1).at(3)), notesOf(text));

        auto target = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
        const ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation, rows.at(0));
        QCOMPARE(mapping.columns.size(), exported.size());
        auto reader = readerOf(path);
        const ValueParser parser;
        Importer importer(*target, mapping, parser);
        ImportOptions options;
        options.sourceName = QFileInfo(path).fileName();
        const ImportResult result = importer.run(*reader, options);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.created, 1);
        Record back;
        QVERIFY(!Repositories::create(*target, EntityType::Organisation)->get(1, &back));
        for (const QString &key : exported)
            COMPARE_TEXT(back.text(key), r.text(key));
    }
}

void TestHostileText::xlsx_exportImport_givesTheSameValues_data()
{
    addHostileRows();
}

void TestHostileText::xlsx_exportImport_givesTheSameValues()
{
    QFETCH(QString, text);
    auto source = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    Record r = test::organisation(text);
    r.setValue(QStringLiteral("city"), text);
    r.setValue(QStringLiteral("description"), text);
    r.setValue(QStringLiteral("notes"), notesOf(text));
    QVERIFY(!Repositories::create(*source, EntityType::Organisation)->create(r));

    const QString path = pathFor(QStringLiteral(".xlsx"));
    TableExporter::Options o;
    o.format = TableExporter::Format::Xlsx;
    o.fields = exported;
    Error e = TableExporter::write(*source, EntityType::Organisation, path, o);
    QVERIFY2(!e, qPrintable(e.message));

    // Text cells hold the text itself (no apostrophe before a formula: a string cell is
    // never one), NUL and control characters as OOXML's _xHHHH_ escapes.
    const QList<QStringList> rows = rowsOf(path);
    QCOMPARE(rows.size(), 2);
    COMPARE_TEXT(rows.at(1).at(0), text);
    COMPARE_TEXT(rows.at(1).at(3), notesOf(text));

    auto target = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    const ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation, rows.at(0));
    auto reader = readerOf(path);
    const ValueParser parser;
    Importer importer(*target, mapping, parser);
    ImportOptions options;
    options.sourceName = QFileInfo(path).fileName();
    const ImportResult result = importer.run(*reader, options);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.created, 1);
    Record back;
    QVERIFY(!Repositories::create(*target, EntityType::Organisation)->get(1, &back));
    for (const QString &key : exported)
        COMPARE_TEXT(back.text(key), r.text(key));
}

void TestHostileText::formulas_neutralisedInCsv_textInXlsx_originalOnImport_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("csvCell"); // what a spreadsheet gets from the CSV
    QTest::newRow("=") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x.example\",\"y\")")
                               << QStringLiteral("'=HYPERLINK(\"http://x.example\",\"y\")");
    // Text that already starts like a neutralised field gets one more apostrophe, so that
    // the import's taking one off gives it back.
    QTest::newRow("apostrophe before =") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("two apostrophes") << QStringLiteral("''quoted") << QStringLiteral("'''quoted");
    QTest::newRow("apostrophe before letter") << QStringLiteral("'tis") << QStringLiteral("'tis");
    QTest::newRow("lone apostrophe") << QStringLiteral("x '") << QStringLiteral("x '");
}

void TestHostileText::formulas_neutralisedInCsv_textInXlsx_originalOnImport()
{
    QFETCH(QString, text);
    QFETCH(QString, csvCell);
    auto source = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    Record r = test::organisation(text);
    r.setValue(QStringLiteral("notes"), text);
    QVERIFY(!Repositories::create(*source, EntityType::Organisation)->create(r));
    for (const bool xlsx : {false, true}) {
        const QString path = pathFor(xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
        TableExporter::Options o;
        o.format = xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
        o.fields = {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("kind")};
        QVERIFY(!TableExporter::write(*source, EntityType::Organisation, path, o));
        const QList<QStringList> rows = rowsOf(path);
        QCOMPARE(rows.size(), 2);
        // XLSX: a string cell, never a formula; only the apostrophe escape is kept apart.
        COMPARE_TEXT(rows.at(1).at(0), xlsx ? (CsvField::looksNeutralised(text) ? QLatin1Char('\'') + text : text) : csvCell);

        auto target = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
        auto reader = readerOf(path);
        const ValueParser parser;
        Importer importer(*target, ImportMapping::automatic(EntityType::Organisation, rows.at(0)), parser);
        ImportOptions options;
        options.sourceName = QFileInfo(path).fileName();
        const ImportResult result = importer.run(*reader, options);
        QVERIFY2(!result.error && result.problems.isEmpty(), qPrintable(result.error.message + result.problems.value(0).toString()));
        Record back;
        QVERIFY(!Repositories::create(*target, EntityType::Organisation)->get(1, &back));
        COMPARE_TEXT(back.text(QStringLiteral("name")), text);
        COMPARE_TEXT(back.text(QStringLiteral("notes")), text);
    }
}

// Two NUL characters at odd offsets of a UTF-8 file without a BOM once made the reader
// take the file for UTF-16: the file then read as nonsense.
void TestHostileText::csvNul_isNotTakenForUtf16()
{
    const QString path = pathFor(QStringLiteral(".csv"));
    QByteArray bytes = "name,notes\r\nAcme,a";
    bytes += '\0';
    bytes += "b";
    bytes += '\0';
    bytes += "c\r\n";
    test::writeBytes(path, bytes);
    const QList<QStringList> rows = rowsOf(path);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("name"), QStringLiteral("notes")}));
    COMPARE_TEXT(rows.at(1).at(1), QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b") + QChar(u'\0') + QStringLiteral("c"));
}

void TestHostileText::report_escapesInHtml_andPrintsAsTyped_data()
{
    addHostileRows();
}

void TestHostileText::report_escapesInHtml_andPrintsAsTyped()
{
    QFETCH(QString, text);
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    const qint64 startup = test::addStartup(*db, text);
    const qint64 expert = test::addExpert(*db, text, QStringLiteral("Expert"));
    Record session = test::session(startup, expert, QDate::currentDate().addDays(-3));
    const Error held = Repositories::create(*db, EntityType::Session)->create(session);
    QVERIFY2(!held, qPrintable(held.message));
    ReportRequest request;
    request.kind = ReportRequest::Kind::Profile;
    request.startupId = startup;
    request.from = QDate::currentDate().addYears(-1);
    request.to = QDate::currentDate();
    Error error;
    const ReportDocument doc = ReportBuilder::build(*db, request, &error);
    QVERIFY2(!error, qPrintable(error.message));

    QString laidOut;
    const QString html = PdfReportWriter::bodyHtml(doc, QLocale::c(), &laidOut);
    // Escaped in the HTML: none of the text's own markup is there, the escaped form is.
    QVERIFY(html.contains(text.toHtmlEscaped()));
    if (text.contains(u'<')) {
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;Bold&lt;/b&gt;")));
    }
    // As typed in the text the layout holds (the heading, the session's expert).
    QVERIFY2(laidOut.contains(text), shown(laidOut.left(300)).constData());

    const QString pdf = pathFor(QStringLiteral(".pdf"));
    const Error written = PdfReportWriter::write(doc, pdf, QLocale::c());
    QVERIFY2(!written, qPrintable(written.message));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

// End to end: the PDF's own text shows the tags a name was typed with.
void TestHostileText::report_pdfText_showsMarkupAsTyped()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    const QString name = QStringLiteral("<b>Bold</b> <i>x</i> 'quote\" %1 %2");
    const qint64 startup = test::addStartup(*db, name);
    ReportRequest request;
    request.kind = ReportRequest::Kind::Profile;
    request.startupId = startup;
    request.from = QDate::currentDate().addYears(-1);
    request.to = QDate::currentDate();
    Error error;
    const ReportDocument doc = ReportBuilder::build(*db, request, &error);
    QVERIFY2(!error, qPrintable(error.message));
    const QString pdf = pathFor(QStringLiteral(".pdf"));
    QVERIFY(!PdfReportWriter::write(doc, pdf, QLocale::c()));
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(name), qPrintable(text.left(500)));
}

// The annexes of a report (CSV and XLSX) carry names as typed too.
void TestHostileText::reportAnnexes_keepTheText()
{
    const QString name = QStringLiteral("=<b>x</b> %1 \u202Eevil 👩‍👩‍👧 ") + QChar(u'\0') + QStringLiteral(" _x0041_");
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    const qint64 startup = test::addStartup(*db, name);
    const qint64 expert = test::addExpert(*db, name, QStringLiteral("Expert"));
    Record session = test::session(startup, expert, QDate::currentDate().addDays(-3));
    QVERIFY(!Repositories::create(*db, EntityType::Session)->create(session));
    ReportRequest request;
    request.kind = ReportRequest::Kind::Profile;
    request.startupId = startup;
    request.from = QDate::currentDate().addYears(-1);
    request.to = QDate::currentDate();
    Error error;
    const ReportDocument doc = ReportBuilder::build(*db, request, &error);
    QVERIFY2(!error, qPrintable(error.message));

    const QString xlsx = pathFor(QStringLiteral(".xlsx"));
    const Error written = XlsxReportWriter::write(doc, xlsx);
    QVERIFY2(!written, qPrintable(written.message));
    // The sessions table names the expert; the About sheet the startup.
    const auto holds = [&name](const QStringList &cells) {
        return std::any_of(cells.cbegin(), cells.cend(), [&name](const QString &c) { return c.contains(name); });
    };
    int found = 0;
    const QStringList sheets = XlsxReader::sheetNames(xlsx, &error);
    QVERIFY2(!error, qPrintable(error.message));
    for (const QString &sheet : sheets) {
        XlsxReader reader(xlsx, sheet);
        SourceRow row;
        while (reader.next(&row))
            found += holds(row.cells) ? 1 : 0;
    }
    QVERIFY(found >= 1);

    // CSV annexes: the same text once the apostrophe that keeps "=" from running is taken off.
    const QString folder = pathFor(QStringLiteral("-csv"));
    QVERIFY(QDir().mkpath(folder));
    const Error csvWritten = CsvReportWriter::writeTables(doc, folder, {}, nullptr);
    QVERIFY2(!csvWritten, qPrintable(csvWritten.message));
    found = 0;
    for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.csv")}, QDir::Files)) {
        for (QStringList cells : rowsOf(file.filePath())) {
            for (QString &c : cells)
                c = CsvField::unneutralise(c);
            found += holds(cells) ? 1 : 0;
        }
    }
    QVERIFY(found >= 1);
}

// A 10 MB note: stored and read back whole, in the audit log whole, found by a word at its
// end, written whole to CSV (whose reader refuses a field over 1 Mi characters, naming
// the line, unless told otherwise), refused by XLSX (a cell holds 32,767 characters) with
// the column named, and left out of reports, which show names and figures, not notes.
void TestHostileText::tenMegabyteNote_everyPath()
{
    QString note;
    const QString piece = QStringLiteral("Notes 👩‍👩‍👧 مرحبا <b>x</b> %1 \"q\"\n");
    note.reserve(10 * 1024 * 1024 + piece.size());
    while (note.size() < 10 * 1024 * 1024)
        note += piece;
    note += QStringLiteral("zanzibarfinale");

    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    const qint64 startup = test::addStartup(*db, QStringLiteral("Long Notes Ltd"));
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    Record r;
    QVERIFY(!orgs->get(1, &r));
    r.setValue(QStringLiteral("notes"), note);
    const Error updated = orgs->update(r);
    QVERIFY2(!updated, qPrintable(updated.message));
    Record back;
    QVERIFY(!orgs->get(r.id, &back));
    QVERIFY(back.text(QStringLiteral("notes")) == note);

    const QList<AuditEntry> entries = AuditLog::forRecord(*db, QStringLiteral("organisation"), r.id);
    const auto update = std::find_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) { return e.action == QLatin1String("update"); });
    QVERIFY(update != entries.cend());
    QVERIFY(update->changes.value(QStringLiteral("notes")).toArray().at(1).toString() == note);

    ListQuery q;
    q.search = QStringLiteral("zanzibarfinale");
    Error error;
    QCOMPARE(orgs->list(q, &error).rows.size(), 1);
    QVERIFY(!error);

    TableExporter::Options o;
    o.fields = {QStringLiteral("name"), QStringLiteral("notes")};
    const QString csv = pathFor(QStringLiteral(".csv"));
    QVERIFY(!TableExporter::write(*db, EntityType::Organisation, csv, o));
    CsvReadOptions big;
    big.maxFieldChars = 16 * 1024 * 1024;
    const QList<QStringList> rows = rowsOf(csv, big);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).at(1) == note);
    const QList<QStringList> capped = rowsOf(csv);
    QVERIFY(capped.constLast().value(0).startsWith(QLatin1String("error: ")));
    QVERIFY2(capped.constLast().value(0).contains(QLatin1String("line 2")), qPrintable(capped.constLast().value(0)));

    const QString xlsx = pathFor(QStringLiteral(".xlsx"));
    o.format = TableExporter::Format::Xlsx;
    const Error refused = TableExporter::write(*db, EntityType::Organisation, xlsx, o);
    QVERIFY(refused);
    QVERIFY2(refused.message.contains(QStringLiteral("“Notes”")) && refused.message.contains(QLocale().toString(32767))
                 && refused.message.contains(QLatin1String("row 2")) && refused.message.contains(QLatin1String("CSV")),
             qPrintable(refused.message));
    QVERIFY(!QFileInfo::exists(xlsx));

    ReportRequest request;
    request.kind = ReportRequest::Kind::Profile;
    request.startupId = startup;
    request.from = QDate::currentDate().addYears(-1);
    request.to = QDate::currentDate();
    const ReportDocument doc = ReportBuilder::build(*db, request, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(!PdfReportWriter::bodyHtml(doc, QLocale::c()).contains(QLatin1String("zanzibarfinale")));
    QVERIFY(!PdfReportWriter::write(doc, pathFor(QStringLiteral(".pdf")), QLocale::c()));
}

// A one-line field holds at most 32,767 characters (what a line edit and an Excel cell
// hold): longer is refused, by the repository and by an import, with the field named,
// never cut.
void TestHostileText::overlongName_isRefusedNamingTheField()
{
    auto db = test::fileDatabase(pathFor(QStringLiteral(".hubdesk")));
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    Record longest = test::organisation(QString(Rules::maximumLineLength, u'x'));
    QVERIFY(!orgs->create(longest));
    Record r = test::organisation(QString(Rules::maximumLineLength + 1, u'y'));
    const Error refused = orgs->create(r);
    QCOMPARE(refused.code, Error::Code::Validation);
    QVERIFY2(refused.message.contains(QLatin1String("Name")) && refused.message.contains(QLocale().toString(Rules::maximumLineLength)),
             qPrintable(refused.message));

    const QString path = pathFor(QStringLiteral(".csv"));
    test::writeBytes(path, "name,kind\r\n" + QByteArray(40000, 'z') + ",corporation\r\nShort,corporation\r\n");
    auto reader = readerOf(path);
    const ValueParser parser;
    Importer importer(*db, ImportMapping::automatic(EntityType::Organisation, {QStringLiteral("name"), QStringLiteral("kind")}),
                      parser);
    ImportOptions options;
    options.sourceName = QFileInfo(path).fileName();
    options.duplicates = ImportOptions::Duplicates::Create;
    const ImportResult result = importer.run(*reader, options);
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.at(0).toString().contains(QLatin1String("Row 2")), qPrintable(result.problems.at(0).toString()));
    QVERIFY2(result.problems.at(0).toString().contains(QLocale().toString(Rules::maximumLineLength)),
             qPrintable(result.problems.at(0).toString()));
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
