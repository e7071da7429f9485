// Export of a table, and its import into an empty database, give the same records:
// enumerations, sets, money, yes/no, links by name, Cyrillic, text that looks like a
// formula, line breaks and quotes. Export of a list as a page shows it: its search,
// filters, trash view and order, its columns; cancelled or failed, it leaves no file.
#include "io/csvfield.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/tableexporter.h"
#include "io/valueparser.h"
#include "io/xlsxreader.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/sql.h"
#include "storage/trash.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

// The fields of every live record, in id order, as comparable text (ids of links by name).
QString contents(Database &db, EntityType type)
{
    auto repo = Repositories::create(db, type);
    QSqlQuery q(db.connection());
    QString text;
    if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL ORDER BY id").arg(Entities::info(type).table)))
        return QStringLiteral("failed");
    while (q.next()) {
        Record r;
        if (repo->get(q.value(0).toLongLong(), &r))
            return QStringLiteral("failed");
        for (const QString &key : ImportMapping::importableFields(type)) {
            const Field *f = Entities::info(type).field(key);
            QString v = TableExporter::text(type, key, r.value(key));
            if (f->type == FieldType::Reference && r.has(key))
                v = Sql::scalar(db.connection(), QStringLiteral("SELECT label FROM %1 WHERE id = ?").arg(Entities::info(f->reference).listView),
                                {r.value(key)})
                        .toString();
            text += key + QLatin1Char('=') + v + QLatin1Char('|');
        }
        text += QLatin1Char('\n');
    }
    return text;
}

Record organisation(const QString &name, const QString &kind)
{
    Record r = test::organisation(name, kind);
    return r;
}

// Every row of a CSV or XLSX file, the header first.
QList<QStringList> rowsOf(const QString &path)
{
    std::unique_ptr<TableSource> source;
    if (path.endsWith(QLatin1String(".xlsx")))
        source = std::make_unique<XlsxReader>(path);
    else
        source = std::make_unique<CsvReader>(path);
    QList<QStringList> rows;
    SourceRow row;
    while (source->next(&row))
        rows.append(row.cells);
    if (source->error())
        rows.append({QStringLiteral("error: ") + source->error().message});
    return rows;
}

QString kindLabel(const char *key)
{
    return Enums::label(EnumType::OrganisationKind, QString::fromLatin1(key));
}

// Stakeholders for the list exports: a search for "alpha" among startups finds four of
// them (one more is in the trash, one is media, one has no "alpha").
std::unique_ptr<Database> listSource()
{
    auto db = test::memoryDatabase();
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    const auto add = [&](const QString &name, const QString &kind, const QString &city,
                         const QHash<QString, QVariant> &more = {}) {
        Record r = organisation(name, kind);
        r.setValue(QStringLiteral("city"), city);
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            r.setValue(it.key(), it.value());
        if (Error e = orgs->create(r))
            qFatal("%s", qPrintable(e.message));
        return r.id;
    };
    add(QStringLiteral("Alpha Labs"), QStringLiteral("startup"), QStringLiteral("Plovdiv"),
        {{QStringLiteral("company_id"), QStringLiteral("040667507")}});
    add(QStringLiteral("Alpha Ventures"), QStringLiteral("startup"), QStringLiteral("Varna"),
        {{QStringLiteral("phone"), QStringLiteral("+359 2 987 6543")}});
    add(QStringLiteral("Beta Alpha"), QStringLiteral("startup"), QStringLiteral("София"),
        {{QStringLiteral("notes"), QStringLiteral("Line one\nLine \"two\"; three, four\tfive")},
         {QStringLiteral("email"), QStringLiteral("hello@beta-alpha.bg")}});
    add(QStringLiteral("Alphabet Soup"), QStringLiteral("startup"), QStringLiteral("=cmd|' /C calc'!A0"),
        {{QStringLiteral("description"), QStringLiteral("-dash first, @at")},
         {QStringLiteral("website"), QStringLiteral("https://alphabet-soup.example")}});
    add(QStringLiteral("Alpha Media"), QStringLiteral("media"), QStringLiteral("Sofia"));
    add(QStringLiteral("Gamma"), QStringLiteral("startup"), QStringLiteral("Sofia"));
    const qint64 gone = add(QStringLiteral("Alpha Gone"), QStringLiteral("startup"), QStringLiteral("Ruse"));
    if (Error e = Trash::moveToTrash(*db, EntityType::Organisation, gone))
        qFatal("%s", qPrintable(e.message));
    return db;
}

// What the Stakeholders page has after a search for "alpha", the kind filter set to
// start-ups, the list sorted by name going down, E-mail and Phone hidden and City moved first.
TableExporter::Options shownList()
{
    TableExporter::Options o;
    o.bom = false;
    ListQuery q;
    q.search = QStringLiteral("alpha");
    q.filters = {Filter::equals(QStringLiteral("kind"), QStringLiteral("startup"))};
    q.sortKey = QStringLiteral("name");
    q.descending = true;
    o.query = q;
    o.fields = QString::fromLatin1("city name kind country engagement company_id").split(QLatin1Char(' '));
    return o;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void csv_neutralisesFormulasAndQuotesFields();
    void missingFolder_isNamedAndWritesNothing();
    void list_searchFilterDescendingSortAndColumns_areAsShown_data();
    void list_searchFilterDescendingSortAndColumns_areAsShown();
    void list_hasTheOrderOfThePage_data();
    void list_hasTheOrderOfThePage();
    void list_trashView_exportsTrashedRows();
    void list_labelColumn_isWrittenAsItsFields();
    void list_formulas_areNeutralisedInCsv_andTextInXlsx();
    void list_reimportsWithoutLoss_data();
    void list_reimportsWithoutLoss();
    void cancel_leavesNoFileAndNoTemporary_data();
    void cancel_leavesNoFileAndNoTemporary();
    void badPath_isNamedAndWritesNothing_data();
    void badPath_isNamedAndWritesNothing();
    void fieldsOf_expandsLabel_andRefusesUnknownColumns();
    void xlsx_readsInOpenpyxl_withTypedCellsAndAFrozenHeader();

private:
    std::unique_ptr<Database> m_source;
    QTemporaryDir m_dir;
};

void TestExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = test::memoryDatabase();
    auto orgs = Repositories::create(*m_source, EntityType::Organisation);
    Record a = organisation(QStringLiteral("”Дисиб” ООД"), QStringLiteral("startup"));
    a.setValue(QStringLiteral("country"), QStringLiteral("BG"));
    a.setValue(QStringLiteral("company_id"), QStringLiteral("040667507"));
    a.setValue(QStringLiteral("roles"), QStringList{QStringLiteral("education_research"), QStringLiteral("financing")});
    a.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("energy"), QStringLiteral("solar power")});
    a.setValue(QStringLiteral("notes"), QStringLiteral("Line one\nLine \"two\"; three"));
    QVERIFY(!orgs->create(a));
    Record b = organisation(QStringLiteral("=SUM(A1:A2)"), QStringLiteral("media"));
    b.setValue(QStringLiteral("website"), QStringLiteral("https://example.no"));
    b.setValue(QStringLiteral("description"), QStringLiteral("-dash first, @at"));
    QVERIFY(!orgs->create(b));
    auto people = Repositories::create(*m_source, EntityType::Person);
    Record p = test::person(QStringLiteral("Ана"), QStringLiteral("Петрова"), true);
    p.setValue(QStringLiteral("organisation_id"), a.id);
    p.setValue(QStringLiteral("day_rate_cents"), qint64(45050));
    p.setValue(QStringLiteral("expertise"), QStringList{QStringLiteral("media law")});
    QVERIFY(!people->create(p));
    Record q = test::person(QStringLiteral("Bo"), QStringLiteral("Berg"));
    QVERIFY(!people->create(q));
}

void TestExporter::roundTrip_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("CSV") << false;
    QTest::newRow("XLSX") << true;
}

void TestExporter::roundTrip()
{
    QFETCH(bool, xlsx);
    auto target = test::memoryDatabase();
    const ValueParser parser;
    for (EntityType type : {EntityType::Organisation, EntityType::Person}) {
        const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(Entities::info(type).key, xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")));
        TableExporter::Options o;
        o.format = xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
        qint64 written = 0;
        Error e = TableExporter::write(*m_source, type, path, o, &written);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(written, 2);
        std::unique_ptr<TableSource> source;
        if (xlsx)
            source = std::make_unique<XlsxReader>(path);
        else
            source = std::make_unique<CsvReader>(path);
        SourceRow header;
        {
            std::unique_ptr<TableSource> peek;
            if (xlsx)
                peek = std::make_unique<XlsxReader>(path);
            else
                peek = std::make_unique<CsvReader>(path);
            QVERIFY(peek->next(&header));
        }
        const ImportMapping mapping = ImportMapping::automatic(type, header.cells);
        QCOMPARE(mapping.columns.size(), ImportMapping::importableFields(type).size());
        Importer importer(*target, mapping, parser);
        ImportOptions options;
        options.sourceName = QFileInfo(path).fileName();
        const ImportResult r = importer.run(*source, options);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).toString()));
        QCOMPARE(r.created, 2);
    }
    QCOMPARE(contents(*target, EntityType::Organisation), contents(*m_source, EntityType::Organisation));
    QCOMPARE(contents(*target, EntityType::Person), contents(*m_source, EntityType::Person));
}

void TestExporter::csv_neutralisesFormulasAndQuotesFields()
{
    const QString path = m_dir.filePath(QStringLiteral("orgs-plain.csv"));
    TableExporter::Options o;
    o.bom = false;
    o.delimiter = u';';
    o.fields = {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("description")};
    QVERIFY(!TableExporter::write(*m_source, EntityType::Organisation, path, o));
    const QString text = QString::fromUtf8(test::readBytes(path));
    QCOMPARE(text,
             QStringLiteral("Name;Notes;Description\r\n"
                            "”Дисиб” ООД;\"Line one\nLine \"\"two\"\"; three\";\r\n"
                            "'=SUM(A1:A2);;'-dash first, @at\r\n"));
}

void TestExporter::missingFolder_isNamedAndWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/orgs.csv"));
    const Error e = TableExporter::write(*m_source, EntityType::Organisation, path, {});
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QStringLiteral("nowhere")), qPrintable(e.message));
    QVERIFY(!QFile::exists(path));
    TableExporter::Options o;
    o.fields = {QStringLiteral("name"), QStringLiteral("shoe_size")};
    QVERIFY(TableExporter::write(*m_source, EntityType::Organisation, m_dir.filePath(QStringLiteral("x.csv")), o).message.contains(
        QStringLiteral("shoe_size")));
}

void TestExporter::list_searchFilterDescendingSortAndColumns_areAsShown_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("CSV") << false;
    QTest::newRow("XLSX") << true;
}

void TestExporter::list_searchFilterDescendingSortAndColumns_areAsShown()
{
    QFETCH(bool, xlsx);
    auto db = listSource();
    const QString path = m_dir.filePath(xlsx ? QStringLiteral("shown.xlsx") : QStringLiteral("shown.csv"));
    TableExporter::Options o = shownList();
    o.format = xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    qint64 written = 0;
    const Error e = TableExporter::write(*db, EntityType::Organisation, path, o, &written);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(written, 4);
    const QString startup = kindLabel("startup");
    const QString contacted = Enums::label(EnumType::EngagementLevel, QStringLiteral("contacted"));
    // Name going down ("alpha ventures" before "alphabet soup": a space sorts first); CSV
    // keeps text that looks like a formula as text with an apostrophe, XLSX as a text cell.
    const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
    const QList<QStringList> expected = {
        {QStringLiteral("City"), QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Country"),
         QStringLiteral("Engagement"), QStringLiteral("Company ID")},
        {QStringLiteral("София"), QStringLiteral("Beta Alpha"), startup, QStringLiteral("BG"), contacted, QString()},
        {xlsx ? formula : QLatin1Char('\'') + formula, QStringLiteral("Alphabet Soup"), startup, QStringLiteral("BG"),
         contacted, QString()},
        {QStringLiteral("Varna"), QStringLiteral("Alpha Ventures"), startup, QStringLiteral("BG"), contacted, QString()},
        {QStringLiteral("Plovdiv"), QStringLiteral("Alpha Labs"), startup, QStringLiteral("BG"), contacted,
         QStringLiteral("040667507")},
    };
    QList<QStringList> rows = rowsOf(path);
    for (QStringList &row : rows) {
        while (row.size() < 6) // a reader may leave out empty cells at the end of a row
            row.append(QString());
    }
    QCOMPARE(rows, expected);
}

void TestExporter::list_hasTheOrderOfThePage_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    QTest::newRow("default order") << QString() << false << QString();
    QTest::newRow("kind (an enumeration, by its position)") << QStringLiteral("kind") << false << QString();
    QTest::newRow("city going down") << QStringLiteral("city") << true << QString();
    QTest::newRow("company ID (blanks first)") << QStringLiteral("company_id") << false << QString();
    QTest::newRow("company ID going down") << QStringLiteral("company_id") << true << QString();
    QTest::newRow("searched, by engagement") << QStringLiteral("engagement") << true << QStringLiteral("alpha");
}

void TestExporter::list_hasTheOrderOfThePage()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    auto db = listSource();
    ListQuery q;
    q.sortKey = sortKey;
    q.descending = descending;
    q.search = search;
    // What the page reads, a page at a time.
    auto repo = Repositories::create(*db, EntityType::Organisation);
    QStringList listed;
    for (ListQuery page = q; ; page.offset += page.limit) {
        page.limit = 2;
        Error e;
        const RowSet rows = repo->list(page, &e);
        QVERIFY2(!e, qPrintable(e.message));
        for (int i = 0; i < rows.rows.size(); ++i)
            listed.append(rows.value(i, QStringLiteral("name")).toString());
        if (rows.rows.size() < page.limit)
            break;
    }
    QVERIFY(listed.size() >= 4);
    TableExporter::Options o;
    o.fields = {QStringLiteral("name")};
    o.query = q;
    const QString path = m_dir.filePath(QStringLiteral("order.csv"));
    QVERIFY(!TableExporter::write(*db, EntityType::Organisation, path, o));
    QStringList exported;
    for (const QStringList &row : rowsOf(path).mid(1))
        exported.append(row.value(0));
    QCOMPARE(exported, listed);
}

void TestExporter::list_trashView_exportsTrashedRows()
{
    auto db = listSource();
    TableExporter::Options o;
    o.fields = {QStringLiteral("name"), QStringLiteral("city")};
    ListQuery q;
    q.inTrash = true;
    o.query = q;
    const QString path = m_dir.filePath(QStringLiteral("trash.csv"));
    qint64 written = 0;
    QVERIFY(!TableExporter::write(*db, EntityType::Organisation, path, o, &written));
    QCOMPARE(written, 1);
    const QList<QStringList> expected = {{QStringLiteral("Name"), QStringLiteral("City")},
                                         {QStringLiteral("Alpha Gone"), QStringLiteral("Ruse")}};
    QCOMPARE(rowsOf(path), expected);
}

void TestExporter::list_labelColumn_isWrittenAsItsFields()
{
    // The People page shows a name column ("label") and the Startups page a startup column:
    // made by the list, they are written as what they are made of, which an import fills.
    const QString path = m_dir.filePath(QStringLiteral("people.csv"));
    TableExporter::Options o;
    o.fields = {QStringLiteral("label"), QStringLiteral("organisation_id"), QStringLiteral("email")};
    o.query = ListQuery();
    QVERIFY(!TableExporter::write(*m_source, EntityType::Person, path, o));
    QList<QStringList> expected = {
        {QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Organisation"), QStringLiteral("E-mail")},
    };
    // Sorted by name as the page is: Ана Петрова after Bo Berg.
    const QList<QStringList> rows = rowsOf(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), expected.at(0));
    QCOMPARE(rows.at(1).mid(0, 3), (QStringList{QStringLiteral("Bo"), QStringLiteral("Berg"), QString()}));
    QCOMPARE(rows.at(2).mid(0, 3), (QStringList{QStringLiteral("Ана"), QStringLiteral("Петрова"), QStringLiteral("”Дисиб” ООД")}));

    auto db = test::memoryDatabase();
    test::addStartup(*db, QStringLiteral("Zeta Robotics"));
    const QString startups = m_dir.filePath(QStringLiteral("startups.csv"));
    o.fields = {QStringLiteral("label"), QStringLiteral("cohort"), QStringLiteral("organisation_id")};
    QVERIFY(!TableExporter::write(*db, EntityType::Startup, startups, o));
    expected = {{QStringLiteral("Organisation"), QStringLiteral("Call / cohort")},
                {QStringLiteral("Zeta Robotics"), QStringLiteral("Open Call 1")}};
    QCOMPARE(rowsOf(startups), expected);
}

void TestExporter::list_formulas_areNeutralisedInCsv_andTextInXlsx()
{
    auto db = listSource();
    TableExporter::Options o = shownList();
    o.fields = {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("description"), QStringLiteral("phone")};
    o.delimiter = u';';
    ListQuery q;
    q.sortKey = QStringLiteral("name");
    o.query = q;
    const QString csv = m_dir.filePath(QStringLiteral("formulas.csv"));
    QVERIFY(!TableExporter::write(*db, EntityType::Organisation, csv, o));
    const QString text = QString::fromUtf8(test::readBytes(csv));
    QVERIFY2(text.contains(QStringLiteral("Alphabet Soup;'=cmd|' /C calc'!A0;'-dash first, @at;\r\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Alpha Ventures;Varna;;'+359 2 987 6543\r\n")), qPrintable(text));
    // Every cell that begins with = + - @ tab or CR has the apostrophe first.
    for (const QStringList &row : rowsOf(csv)) {
        for (const QString &cell : row)
            QVERIFY2(!CsvField::needsNeutralising(cell), qPrintable(cell));
    }
    // A workbook cell is text, never a formula: written as it is.
    o.format = TableExporter::Format::Xlsx;
    const QString xlsx = m_dir.filePath(QStringLiteral("formulas.xlsx"));
    QVERIFY(!TableExporter::write(*db, EntityType::Organisation, xlsx, o));
    bool found = false;
    for (const QStringList &row : rowsOf(xlsx)) {
        if (row.value(0) == QLatin1String("Alphabet Soup")) {
            found = true;
            QCOMPARE(row.mid(0, 3), (QStringList{QStringLiteral("Alphabet Soup"), QStringLiteral("=cmd|' /C calc'!A0"),
                                                 QStringLiteral("-dash first, @at")}));
        }
    }
    QVERIFY(found);
}

void TestExporter::list_reimportsWithoutLoss_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::newRow("CSV, comma, BOM") << QStringLiteral("comma.csv") << QChar(u',') << true;
    QTest::newRow("CSV, semicolon") << QStringLiteral("semicolon.csv") << QChar(u';') << false;
    QTest::newRow("CSV, tab") << QStringLiteral("tab.csv") << QChar(u'\t') << true;
    QTest::newRow("XLSX") << QStringLiteral("list.xlsx") << QChar(u',') << false;
}

void TestExporter::list_reimportsWithoutLoss()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    auto source = listSource();
    TableExporter::Options o;
    o.format = file.endsWith(QLatin1String(".xlsx")) ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    o.delimiter = delimiter;
    o.bom = bom;
    o.fields = QString::fromLatin1("city name kind engagement phone email website company_id description notes")
                   .split(QLatin1Char(' '));
    ListQuery q;
    q.search = QStringLiteral("alpha");
    q.sortKey = QStringLiteral("city");
    q.descending = true;
    o.query = q;
    const QString path = m_dir.filePath(file);
    qint64 written = 0;
    Error e = TableExporter::write(*source, EntityType::Organisation, path, o, &written);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(written, 5);

    auto target = test::memoryDatabase();
    const QList<QStringList> rows = rowsOf(path);
    const ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation, rows.value(0));
    QCOMPARE(mapping.columns.size(), o.fields.size());
    std::unique_ptr<TableSource> reader;
    if (o.format == TableExporter::Format::Xlsx)
        reader = std::make_unique<XlsxReader>(path);
    else
        reader = std::make_unique<CsvReader>(path);
    const ValueParser parser;
    Importer importer(*target, mapping, parser);
    ImportOptions options;
    options.sourceName = file;
    options.duplicates = ImportOptions::Duplicates::Create;
    const ImportResult r = importer.run(*reader, options);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).toString()));
    QCOMPARE(r.created, written);

    // The records made, in the order of the file, against the exported rows of the source.
    auto from = Repositories::create(*source, EntityType::Organisation);
    auto to = Repositories::create(*target, EntityType::Organisation);
    ListQuery all = q;
    all.limit = 100;
    const RowSet exported = from->list(all, &e);
    QVERIFY(!e);
    for (int i = 0; i < exported.rows.size(); ++i) {
        Record before;
        Record after;
        QVERIFY(!from->get(exported.value(i, QStringLiteral("id")).toLongLong(), &before));
        QVERIFY(!to->get(i + 1, &after));
        for (const QString &key : std::as_const(o.fields))
            QCOMPARE(TableExporter::text(EntityType::Organisation, key, after.value(key)),
                     TableExporter::text(EntityType::Organisation, key, before.value(key)));
    }
}

void TestExporter::cancel_leavesNoFileAndNoTemporary_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::addColumn<bool>("atTheEnd");
    QTest::newRow("CSV, at the start") << false << false;
    QTest::newRow("CSV, every row written") << false << true;
    QTest::newRow("XLSX, at the start") << true << false;
    QTest::newRow("XLSX, every row written") << true << true;
}

void TestExporter::cancel_leavesNoFileAndNoTemporary()
{
    QFETCH(bool, xlsx);
    QFETCH(bool, atTheEnd);
    auto db = listSource();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A file already there stays as it was.
    const QString path = dir.filePath(xlsx ? QStringLiteral("old.xlsx") : QStringLiteral("old.csv"));
    test::writeBytes(path, "old");
    TableExporter::Options o = shownList();
    o.format = xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    int calls = 0;
    qint64 written = -1;
    const Error e = TableExporter::write(*db, EntityType::Organisation, path, o, &written, [&](qint64 n, qint64 total) {
        ++calls;
        return atTheEnd ? n < total : false;
    });
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("cancelled")), qPrintable(e.message));
    QCOMPARE(calls, atTheEnd ? 2 : 1);
    QCOMPARE(written, -1);
    QCOMPARE(test::readBytes(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QFileInfo(path).fileName()});
}

void TestExporter::badPath_isNamedAndWritesNothing_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::addColumn<QString>("where");
    for (bool xlsx : {false, true}) {
        const char *format = xlsx ? "XLSX" : "CSV";
        QTest::addRow("%s, a missing folder", format) << xlsx << QStringLiteral("missing");
        QTest::addRow("%s, a folder's name", format) << xlsx << QStringLiteral("folder");
        QTest::addRow("%s, a read-only folder", format) << xlsx << QStringLiteral("read-only");
    }
}

void TestExporter::badPath_isNamedAndWritesNothing()
{
    QFETCH(bool, xlsx);
    QFETCH(QString, where);
    auto db = listSource();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (where == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("nowhere/list.csv"));
    } else if (where == QLatin1String("folder")) {
        path = dir.filePath(QStringLiteral("list.csv"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("list.csv")));
    } else {
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        path = locked + QStringLiteral("/list.csv");
        {
            QFile probe(locked + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                QSKIP("running with rights that write into a read-only folder (root)");
            }
        }
    }
    TableExporter::Options o = shownList();
    o.format = xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    const Error e = TableExporter::write(*db, EntityType::Organisation, path, o);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)), qPrintable(e.message));
    QVERIFY(!QFileInfo(path).isFile());
    if (where == QLatin1String("read-only")) {
        QVERIFY(QDir(QFileInfo(path).absolutePath()).isEmpty());
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

void TestExporter::fieldsOf_expandsLabel_andRefusesUnknownColumns()
{
    QStringList fields;
    QVERIFY(!TableExporter::fieldsOf(EntityType::Person, {QStringLiteral("label"), QStringLiteral("email")}, &fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email")}));
    // A field shown as well as inside the label is written once, where it comes first.
    QVERIFY(!TableExporter::fieldsOf(EntityType::Person, {QStringLiteral("last_name"), QStringLiteral("label")}, &fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("last_name"), QStringLiteral("first_name")}));
    const Error e = TableExporter::fieldsOf(EntityType::Organisation, {QStringLiteral("name"), QStringLiteral("shoe_size")}, &fields);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY2(e.message.contains(QStringLiteral("shoe_size")), qPrintable(e.message));
    // Every list's label is made of fields of its own entity.
    for (EntityType type : Entities::all()) {
        const EntityInfo &info = Entities::info(type);
        QVERIFY2(!info.labelFields.isEmpty(), qPrintable(info.key));
        for (const QString &key : info.labelFields)
            QVERIFY2(info.field(key), qPrintable(info.key + QLatin1Char('.') + key));
    }
}

void TestExporter::xlsx_readsInOpenpyxl_withTypedCellsAndAFrozenHeader()
{
    // Another reader than ours: a row at a time, the workbook holds its text as inline
    // strings, which every reader must take as well as shared ones.
    auto db = test::memoryDatabase();
    test::addStartup(*db, QStringLiteral("=Zeta Robotics"));
    const QString path = m_dir.filePath(QStringLiteral("startups-openpyxl.xlsx"));
    TableExporter::Options o;
    o.format = TableExporter::Format::Xlsx;
    o.fields = {QStringLiteral("label"), QStringLiteral("joined_on"), QStringLiteral("trl"), QStringLiteral("cohort")};
    o.query = ListQuery();
    QVERIFY(!TableExporter::write(*db, EntityType::Startup, path, o));
    static const char script[] = R"(
import json, sys
try:
    import openpyxl
except ImportError as error:
    sys.stderr.write("%s" % error)
    sys.exit(3)
ws = openpyxl.load_workbook(sys.argv[1]).active
def cell(v):
    return [type(v).__name__, v if v is None or isinstance(v, (str, int, float)) else v.isoformat()]
print(json.dumps({"sheet": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                  "rows": [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)]}))
)";
    // Debian's interpreter, where python3-openpyxl is installed (./scripts/setup-debian.sh).
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    QVERIFY2(p.waitForFinished(60000), "/usr/bin/python3 did not run");
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QJsonObject book = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(book.value(QStringLiteral("sheet")).toString(), QStringLiteral("startup"));
    QCOMPARE(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(book.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:D2"));
    const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const auto text = [](const QJsonValue &row) {
        QStringList cells;
        for (const QJsonValue &c : row.toArray())
            cells.append(c.toArray().at(0).toString() + QLatin1Char(':') + c.toArray().at(1).toVariant().toString());
        return cells;
    };
    QCOMPARE(text(rows.at(0)), (QStringList{QStringLiteral("str:Organisation"), QStringLiteral("str:Joined on"),
                                            QStringLiteral("str:TRL"), QStringLiteral("str:Call / cohort")}));
    // Text that looks like a formula is text, a date a date, a number a number.
    QCOMPARE(text(rows.at(1)), (QStringList{QStringLiteral("str:=Zeta Robotics"), QStringLiteral("datetime:2025-03-01T00:00:00"),
                                            QStringLiteral("int:6"), QStringLiteral("str:Open Call 1")}));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
