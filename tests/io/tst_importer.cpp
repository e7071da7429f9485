// Imports as one batch: rows mapped by header, checked before anything is written,
// all-or-nothing or valid rows with a rejects file, a dry run, and a revert that
// leaves the database exactly as it was.
#include "domain/record.h"
#include "io/duplicatefinder.h"
#include "io/importer.h"
#include "io/matchkeys.h"
#include "io/vcardsource.h"
#include "io/importmapping.h"
#include "io/valueparser.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

// Rows from memory, numbered like lines of a file (the header is row 1).
class ListSource : public TableSource
{
public:
    explicit ListSource(const QList<QStringList> &rows)
        : m_rows(rows)
    {
    }
    bool next(SourceRow *row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row->number = m_next + 1;
        row->cells = m_rows.at(m_next++);
        return true;
    }
    Error error() const override { return {}; }
    qint64 position() const override { return m_next; }
    qint64 size() const override { return m_rows.size(); }

private:
    QList<QStringList> m_rows;
    qsizetype m_next = 0;
};

const QStringList header = {QStringLiteral(" Name "), QStringLiteral("Kind"), QStringLiteral("country"),
                            QStringLiteral("E-MAIL"), QStringLiteral("company_id"), QStringLiteral("Sectors and tags"),
                            QStringLiteral("Something else")};

QList<QStringList> goodRows()
{
    return {header,
            {QStringLiteral("”Дисиб” ООД"), QStringLiteral("Start-up / scale-up"), QStringLiteral("Bulgaria"),
             QStringLiteral("office@disib.bg"), QStringLiteral("BG175074752"), QStringLiteral("energy; solar"),
             QStringLiteral("x")},
            {QString(), QString(), QString(), QString(), QString(), QString(), QString()},
            {QStringLiteral("Nordic Media AS"), QStringLiteral("media"), QStringLiteral("NO"), QString(), QString(),
             QString(), QString()}};
}

// Every row of the tables an organisation import touches, as text, for comparing states.
// Without \a versions, a record's version and update time are left out: taking back a
// merge is a change of its own, which moves them on (so that an open form notices).
QString dump(Database &db, bool versions = true)
{
    QString text;
    for (const char *sql : {"SELECT * FROM organisations ORDER BY id", "SELECT * FROM organisation_tags ORDER BY 1, 2",
                            "SELECT * FROM organisation_roles ORDER BY 1, 2", "SELECT * FROM trash ORDER BY id",
                            "SELECT * FROM organisations_fts_docsize ORDER BY id"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(QString::fromLatin1(sql)))
            return QStringLiteral("failed: ") + QString::fromLatin1(sql);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QString column = q.record().fieldName(i);
                if (!versions && (column == QLatin1String("version") || column == QLatin1String("updated_at")))
                    continue;
                text += column + QLatin1Char('=') + q.value(i).toString() + QLatin1Char('|');
            }
            text += QLatin1Char('\n');
        }
    }
    return text;
}

qint64 count(Database &db, const QString &table)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void automaticMapping_readsHeaders();
    void automaticMapping_knowsContactExports_data();
    void automaticMapping_knowsContactExports();
    void mappingProblems_nameWhatIsMissing();
    void mapping_savedAndLoaded();
    void mapping_badFile_isNamed();
    void import_valid_writesOneBatch();
    void import_allOrNothing_badRow_writesNothing();
    void import_validRows_writesRejectsWithReasons();
    void import_validRows_withoutRejectsFile_isRefused();
    void import_dryRun_writesNothing();
    void import_cancelled_writesNothing();
    void import_people_linkTheirOrganisationByName();
    void duplicates_ofTheDatabaseAndOfEarlierRows_areSkipped();
    void duplicates_differentCompanyIds_areDifferentCompanies();
    void duplicates_withProblems_areListedAsProblems();
    void duplicates_create_whenAsked();
    void duplicates_merge_fillsEmptyFields_andRevertPutsThemBack();
    void duplicates_perRow_createMergeSkip_inOneImport_revertIsExact();
    void duplicates_rowChoice_beatsTheChoiceForAll();
    void duplicates_twoRowsMergedIntoOneRecord_revertIsExact();
    void duplicates_dryRun_saysWhatAMergeWouldFill();
    void findDuplicates_listsSharedKeysThenNearNames();
    void likelyDuplicate_ofANewRecord_isNamed();
    void vcard_peopleImport_keepsWhatPeopleHaveNoFieldFor();
    void revert_restoresTheExactPriorState();
    void revert_refusedWhenChangedSince_unlessForced();
    void revert_refusedWhenReferredTo();
    void revert_twice_isRefused();

private:
    ImportResult import(const QList<QStringList> &rows, const ImportOptions &options = {});
    std::unique_ptr<Database> m_db;
    ValueParser m_parser;
};

void TestImporter::init()
{
    m_db = test::memoryDatabase();
}

ImportResult TestImporter::import(const QList<QStringList> &rows, const ImportOptions &options)
{
    ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation, rows.first());
    Importer importer(*m_db, mapping, m_parser);
    ListSource source(rows);
    ImportOptions o = options;
    if (o.sourceName.isEmpty())
        o.sourceName = QStringLiteral("partners.csv");
    return importer.run(source, o);
}

void TestImporter::automaticMapping_readsHeaders()
{
    const ImportMapping m = ImportMapping::automatic(EntityType::Organisation, header);
    QCOMPARE(m.columns.value(0), QStringLiteral("name"));
    QCOMPARE(m.columns.value(1), QStringLiteral("kind"));
    QCOMPARE(m.columns.value(2), QStringLiteral("country"));
    QCOMPARE(m.columns.value(3), QStringLiteral("email"));
    QCOMPARE(m.columns.value(4), QStringLiteral("company_id"));
    QCOMPARE(m.columns.value(5), QStringLiteral("tags"));
    QVERIFY(!m.columns.contains(6));
    // A second column of the same name is left for the user to map.
    const ImportMapping twice = ImportMapping::automatic(EntityType::Organisation,
                                                         {QStringLiteral("Name"), QStringLiteral("name")});
    QCOMPARE(twice.columns.size(), 1);
}

void TestImporter::automaticMapping_knowsContactExports_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("fields"); // per column, "" when unmapped
    QTest::newRow("Google") << QStringList{"Name", "Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Value"}
                            << "Google Contacts"
                            << QStringList{"", "first_name", "last_name", "", "email", "phone"};
    QTest::newRow("Outlook") << QStringList{"First Name", "Middle Name", "Last Name", "E-mail Address", "Mobile Phone", "Business Country/Region"}
                             << "Outlook" << QStringList{"first_name", "", "last_name", "email", "mobile", "country"};
    QTest::newRow("Thunderbird") << QStringList{"First Name", "Last Name", "Display Name", "Primary Email", "Secondary Email", "Work City"}
                                 << "Thunderbird" << QStringList{"first_name", "last_name", "", "email", "", "city"};
    QTest::newRow("own layout") << QStringList{"First name", "E-mail", "Job title"} << ""
                                << QStringList{"first_name", "email", "job_title"};
}

void TestImporter::automaticMapping_knowsContactExports()
{
    QFETCH(QStringList, header);
    QFETCH(QString, layout);
    QFETCH(QStringList, fields);
    QCOMPARE(ImportMapping::contactLayout(header), layout);
    const ImportMapping m = ImportMapping::automatic(EntityType::Person, header);
    for (int c = 0; c < header.size(); ++c)
        QCOMPARE(m.columns.value(c), fields.at(c));
}

void TestImporter::mappingProblems_nameWhatIsMissing()
{
    ImportMapping m = ImportMapping::automatic(EntityType::Organisation, {QStringLiteral("Name")});
    QStringList problems = m.problems(1);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("Kind")), qPrintable(problems.join(QLatin1Char('\n'))));
    m.fixed.insert(QStringLiteral("kind"), QStringLiteral("startup"));
    QVERIFY(m.problems(1).isEmpty());
    m.columns.insert(4, QStringLiteral("city"));
    m.columns.insert(1, QStringLiteral("name"));
    m.columns.insert(2, QStringLiteral("no_such_field"));
    problems = m.problems(3);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Column 5 is mapped, but the file has 3 columns")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Columns 1 and 2 are both mapped")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("no_such_field")), qPrintable(all));
}

void TestImporter::mapping_savedAndLoaded()
{
    QTemporaryDir dir;
    ImportMapping m = ImportMapping::automatic(EntityType::Person, {QStringLiteral("First name"), QStringLiteral("E-mail")});
    m.fixed.insert(QStringLiteral("is_expert"), QStringLiteral("yes"));
    m.hasHeader = false;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QVERIFY(!m.save(path));
    ImportMapping back;
    QVERIFY(!ImportMapping::load(path, &back));
    QCOMPARE(back.target, EntityType::Person);
    QCOMPARE(back.columns, m.columns);
    QCOMPARE(back.fixed, m.fixed);
    QCOMPARE(back.hasHeader, false);
}

void TestImporter::mapping_badFile_isNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    test::writeBytes(path, "{\"format\": \"hubdesk-import-mapping\", ");
    ImportMapping m;
    Error e = ImportMapping::load(path, &m);
    QVERIFY(e);
    QVERIFY2(e.message.contains(QLatin1String("bad.json")) && e.message.contains(QLatin1String("JSON")), qPrintable(e.message));
    test::writeBytes(path, R"({"format": "hubdesk-import-mapping", "version": 1, "target": "spaceship"})");
    e = ImportMapping::load(path, &m);
    QVERIFY2(e.message.contains(QLatin1String("spaceship")), qPrintable(e.message));
    test::writeBytes(path, R"({"format": "hubdesk-import-mapping", "version": 1, "target": "person", "columns": {"zero": "email"}})");
    e = ImportMapping::load(path, &m);
    QVERIFY2(e.message.contains(QLatin1String("zero")), qPrintable(e.message));
    e = ImportMapping::load(dir.filePath(QStringLiteral("missing.json")), &m);
    QCOMPARE(e.code, Error::Code::Io);
}

void TestImporter::import_valid_writesOneBatch()
{
    const ImportResult r = import(goodRows());
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.rowsRead, 2);
    QCOMPARE(r.blankRows, 1);
    QCOMPARE(r.created, 2);
    QCOMPARE(r.rejected, 0);
    QVERIFY(!r.batch.isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, kind, country, email, company_id FROM organisations ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("”Дисиб” ООД"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("startup"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("BG"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("office@disib.bg"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("175074752"));
    QCOMPARE(count(*m_db, QStringLiteral("organisation_tags")), 2);
    // The search index knows the new rows (written once at the end), and its trigger is back.
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations_fts WHERE organisations_fts MATCH 'disib'"))
                 .toLongLong(),
             1);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'organisations_search_insert'"))
                 .toLongLong(),
             1);
    const QList<ImportBatch> batches = Importer::batches(*m_db);
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().batch, r.batch);
    QCOMPARE(batches.first().source, QStringLiteral("partners.csv"));
    QCOMPARE(batches.first().created, 2);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND batch = ?"),
                         {r.batch})
                 .toLongLong(),
             1);
}

void TestImporter::import_allOrNothing_badRow_writesNothing()
{
    QList<QStringList> rows = goodRows();
    rows.append({QStringLiteral("Bad Country Ltd"), QStringLiteral("corporation"), QStringLiteral("Atlantis"), QString(),
                 QString(), QString(), QString()});
    rows.append({QString(), QStringLiteral("bakery"), QString(), QStringLiteral("not an address"), QString(), QString(),
                 QString()});
    const QString before = dump(*m_db);
    const ImportResult r = import(rows);
    QVERIFY(!r.error);
    QCOMPARE(r.created, 0);
    QCOMPARE(r.rejected, 2);
    QVERIFY(r.batch.isEmpty());
    QCOMPARE(dump(*m_db), before);
    QVERIFY(Importer::batches(*m_db).isEmpty());
    QStringList lines;
    for (const ImportProblem &p : r.problems)
        lines.append(p.toString());
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Row 5, column 3 “country”: “Atlantis” is not a country")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 6, column 2 “Kind”: “bakery” is not one of")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 6, column 4 “E-MAIL”")), qPrintable(all)); // the rules' check of the address
    QVERIFY2(all.contains(QLatin1String("Row 6")) && all.contains(QLatin1String("Name")), qPrintable(all));
}

void TestImporter::import_validRows_writesRejectsWithReasons()
{
    QTemporaryDir dir;
    QList<QStringList> rows = goodRows();
    rows.append({QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("corporation"), QStringLiteral("Atlantis"), QString(),
                 QString(), QString(), QString()});
    ImportOptions o;
    o.mode = ImportOptions::Mode::ValidRows;
    o.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
    const ImportResult r = import(rows, o);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 2);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 2);
    const QString rejects = QString::fromUtf8(test::readBytes(o.rejectsPath));
    QVERIFY2(rejects.contains(QLatin1String("row,problem, Name ,Kind,country")), qPrintable(rejects));
    QVERIFY2(rejects.contains(QStringLiteral("5,\"column 3 “country”: “Atlantis” is not a country")), qPrintable(rejects));
    // The cell that looks like a formula is kept as text in the rejects file.
    QVERIFY2(rejects.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(rejects));
}

void TestImporter::import_validRows_withoutRejectsFile_isRefused()
{
    ImportOptions o;
    o.mode = ImportOptions::Mode::ValidRows;
    const ImportResult r = import(goodRows(), o);
    QVERIFY(r.error);
    QVERIFY(r.error.message.contains(QLatin1String("rejected rows")));
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 0);
}

void TestImporter::import_dryRun_writesNothing()
{
    ImportOptions o;
    o.dryRun = true;
    const QString before = dump(*m_db);
    const ImportResult r = import(goodRows(), o);
    QVERIFY(!r.error);
    QCOMPARE(r.validRows, 2);
    QCOMPARE(r.created, 0);
    QCOMPARE(dump(*m_db), before);
    QVERIFY(Importer::batches(*m_db).isEmpty());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'organisations_search_insert'"))
                 .toLongLong(),
             1);
}

void TestImporter::import_cancelled_writesNothing()
{
    QList<QStringList> rows{{QStringLiteral("Name"), QStringLiteral("Kind")}};
    for (int i = 0; i < 5000; ++i)
        rows.append({QStringLiteral("Org %1").arg(i), QStringLiteral("corporation")});
    ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation, rows.first());
    Importer importer(*m_db, mapping, m_parser);
    ListSource source(rows);
    int calls = 0;
    const ImportResult r = importer.run(source, {}, [&](qint64 position, qint64 size) {
        ++calls;
        return position < size / 2;
    });
    QVERIFY(r.cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(r.created, 0);
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 0);
}

void TestImporter::import_people_linkTheirOrganisationByName()
{
    QVERIFY(!import(goodRows()).error);
    const QList<QStringList> rows = {
        {QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Organisation"), QStringLiteral("Expert or mentor")},
        {QStringLiteral("Ана"), QStringLiteral("Петрова"), QStringLiteral("nordic media as"), QStringLiteral("да")},
        {QStringLiteral("Bo"), QStringLiteral("Berg"), QStringLiteral("No Such Company"), QStringLiteral("no")},
    };
    ImportMapping mapping = ImportMapping::automatic(EntityType::Person, rows.first());
    QCOMPARE(mapping.columns.value(2), QStringLiteral("organisation_id"));
    Importer importer(*m_db, mapping, m_parser);
    ListSource source(rows);
    const ImportResult r = importer.run(source, {});
    QCOMPARE(r.created, 0); // all or nothing: the second row names no stakeholder
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().toString().contains(QStringLiteral("Row 3, column 3 “Organisation”: there is no stakeholder named “No Such Company”")),
             qPrintable(r.problems.first().toString()));
    ImportOptions o;
    o.dryRun = true;
    ListSource again(rows.mid(0, 2));
    const ImportResult ok = Importer(*m_db, mapping, m_parser).run(again, {});
    QVERIFY2(ok.problems.isEmpty() && !ok.error, qPrintable(ok.problems.value(0).toString() + ok.error.message));
    QCOMPARE(ok.created, 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT o.name, p.is_expert FROM people p JOIN organisations o ON o.id = p.organisation_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Nordic Media AS"));
    QCOMPARE(q.value(1).toInt(), 1);
}

void TestImporter::duplicates_ofTheDatabaseAndOfEarlierRows_areSkipped()
{
    QCOMPARE(import(goodRows()).created, 2);
    // The same file again adds nothing.
    ImportResult again = import(goodRows());
    QVERIFY(!again.error);
    QCOMPARE(again.created, 0);
    QCOMPARE(again.duplicates, 2);
    QVERIFY(again.batch.isEmpty());
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 2);
    // Other spellings, scripts, legal forms; a row repeating an earlier row of the file.
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Company ID"), QStringLiteral("Country"), QStringLiteral("Website")},
        {QStringLiteral("DISIB Ltd"), QStringLiteral("corporation"), QStringLiteral("175074752"), QStringLiteral("BG"), QString()},
        {QStringLiteral("„Нордик Медия“ АС"), QStringLiteral("media"), QString(), QString(), QString()},
        {QStringLiteral("Nordic Media"), QStringLiteral("media"), QString(), QString(), QString()},
        {QStringLiteral("Fresh Org"), QStringLiteral("media"), QString(), QString(), QStringLiteral("https://www.fresh.example/about")},
        {QStringLiteral("Fresh Organisation Ltd"), QStringLiteral("media"), QString(), QString(), QStringLiteral("fresh.example")},
        {QStringLiteral("Page Only"), QStringLiteral("media"), QString(), QString(), QStringLiteral("https://facebook.com/pageonly")},
        {QStringLiteral("Other Page"), QStringLiteral("media"), QString(), QString(), QStringLiteral("https://facebook.com/other")},
    };
    const ImportResult r = import(rows);
    QVERIFY(!r.error);
    // DISIB by company id, Nordic Media by name, Fresh Organisation by website. "Нордик
    // Медия" is "nordik mediya" in Latin letters: near "nordic media", not the same, so it
    // is created (near matches are for the user to confirm); the two pages on a shared
    // host are not the same company.
    QCOMPARE(r.duplicates, 3);
    QCOMPARE(r.created, 4);
    QStringList lines;
    for (const ImportDuplicate &p : r.duplicateRows)
        lines.append(p.toString());
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Row 2: skipped: it is ”Дисиб” ООД")) && all.contains(QStringLiteral("company ID (175074752)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 4: skipped: it is Nordic Media AS")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 6: skipped: it is Fresh Org (row 5 of this file)"))
                 && all.contains(QStringLiteral("website (fresh.example)")),
             qPrintable(all));
}

void TestImporter::duplicates_differentCompanyIds_areDifferentCompanies()
{
    // As in the Bulgarian register: one name under two company IDs is two companies; a
    // row without an ID, or with the same one, is the company already there; a word in
    // the quotes that is also a legal form ("Сд") is part of the name.
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Company ID"), QStringLiteral("Country")},
        {QStringLiteral("”Екоенергия” ООД"), QStringLiteral("corporation"), QStringLiteral("107567399"), QStringLiteral("BG")},
        {QStringLiteral("”Екоенергия” ООД"), QStringLiteral("corporation"), QStringLiteral("120604639"), QStringLiteral("BG")},
        {QStringLiteral("Ekoenergia OOD"), QStringLiteral("corporation"), QString(), QStringLiteral("BG")},
        {QStringLiteral("„Екоенергия“ ЕООД"), QStringLiteral("corporation"), QStringLiteral("120604639"), QStringLiteral("BG")},
        {QStringLiteral("”Еко Ел” ЕООД"), QStringLiteral("corporation"), QString(), QStringLiteral("BG")},
        {QStringLiteral("”Еко Ел Сд” ЕООД"), QStringLiteral("corporation"), QString(), QStringLiteral("BG")},
    };
    const ImportResult r = import(rows);
    QVERIFY(!r.error);
    QCOMPARE(r.created, 4);
    QCOMPARE(r.duplicates, 2);
    QList<qint64> duplicateRows;
    for (const ImportDuplicate &d : r.duplicateRows)
        duplicateRows.append(d.row);
    QCOMPARE(duplicateRows, (QList<qint64>{4, 5}));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE company_id IN "
                                                            "('107567399', '120604639')"))
                 .toInt(),
             2);
}

void TestImporter::duplicates_withProblems_areListedAsProblems()
{
    QCOMPARE(import(goodRows()).created, 2);
    // Disib again (by company ID) with an e-mail the rules refuse: its problem is listed
    // in the check, whatever the row's duplicate choice, and it is no skipped duplicate.
    QList<QStringList> rows = goodRows();
    rows[1][3] = QStringLiteral("office@@disib");
    ImportOptions check;
    check.dryRun = true;
    const ImportResult r = import(rows, check);
    QVERIFY(!r.error);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.duplicates, 1); // Nordic Media only
    QVERIFY(!r.problems.isEmpty());
    QVERIFY2(r.problems.first().toString().startsWith(QStringLiteral("Row 2")), qPrintable(r.problems.first().toString()));
    QVERIFY2(r.problems.first().column.contains(QStringLiteral("mail"), Qt::CaseInsensitive), qPrintable(r.problems.first().toString()));
}

void TestImporter::duplicates_create_whenAsked()
{
    QCOMPARE(import(goodRows()).created, 2);
    ImportOptions o;
    o.duplicates = ImportOptions::Duplicates::Create;
    const ImportResult r = import(goodRows(), o);
    QCOMPARE(r.created, 2);
    QCOMPARE(r.duplicates, 0);
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 4);
}

void TestImporter::likelyDuplicate_ofANewRecord_isNamed()
{
    QCOMPARE(import(goodRows()).created, 2);
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    const auto twinOf = [&](Record &r, QString *why) {
        if (orgs->create(r))
            return qint64(-1);
        return DuplicateFinder::likely(*m_db, r, why);
    };
    QString why;
    Record byId = test::organisation(QStringLiteral("Something Else Entirely"));
    byId.setValue(QStringLiteral("company_id"), QStringLiteral("BG175074752"));
    const qint64 disib = twinOf(byId, &why);
    QVERIFY(disib > 0);
    QVERIFY2(why.contains(QStringLiteral("175074752")), qPrintable(why));
    Record byName = test::organisation(QStringLiteral("NORDIC MEDIA Ltd"));
    byName.setValue(QStringLiteral("country"), QStringLiteral("NO"));
    QVERIFY(twinOf(byName, &why) > 0);
    QVERIFY2(why.contains(QStringLiteral("name")), qPrintable(why));
    Record fresh = test::organisation(QStringLiteral("Zeta Labs"));
    QCOMPARE(twinOf(fresh, &why), 0);
    // A record is never its own duplicate.
    QCOMPARE(DuplicateFinder::likely(*m_db, fresh, &why), 0);
}

void TestImporter::duplicates_merge_fillsEmptyFields_andRevertPutsThemBack()
{
    QCOMPARE(import(goodRows()).created, 2);
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Website"), QStringLiteral("Sectors and tags"), QStringLiteral("Country")},
        {QStringLiteral("Nordic Media"), QStringLiteral("media"), QStringLiteral("https://nordic.example"), QStringLiteral("tv; radio"), QStringLiteral("SE")},
        {QStringLiteral("DISIB Ltd"), QStringLiteral("startup"), QString(), QString(), QStringLiteral("BG")},
        {QStringLiteral("New One"), QStringLiteral("media"), QString(), QString(), QString()},
    };
    ImportOptions o;
    o.duplicates = ImportOptions::Duplicates::Merge;
    const ImportResult r = import(rows, o);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 1);
    QCOMPARE(r.merged, 1);     // Nordic Media gets its website and tags; its country stays NO
    QCOMPARE(r.duplicates, 1); // nothing new for DISIB
    QStringList lines;
    for (const ImportDuplicate &p : r.duplicateRows)
        lines.append(p.toString());
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Row 2: merged into Nordic Media AS")) && all.contains(QStringLiteral("found by the same name once quotes, legal form, case, accents and script are set aside: Sectors and tags, Website")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Row 3: nothing new for ”Дисиб” ООД")), qPrintable(all));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT website, country FROM organisations WHERE name = 'Nordic Media AS'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("https://nordic.example"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("NO"));
    QCOMPARE(count(*m_db, QStringLiteral("organisation_tags")), 4);
    const Error e = Importer::revert(*m_db, r.batch);
    QVERIFY2(!e, qPrintable(e.message));
    // Versions and update times move on; every value is as it was.
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT name, website, country FROM organisations ORDER BY id")));
    QStringList got;
    while (check.next())
        got.append(check.value(0).toString() + QLatin1Char('|') + check.value(1).toString() + QLatin1Char('|') + check.value(2).toString());
    QCOMPARE(got, (QStringList{QStringLiteral("”Дисиб” ООД||BG"), QStringLiteral("Nordic Media AS||NO")}));
    QCOMPARE(count(*m_db, QStringLiteral("organisation_tags")), 2);
}

namespace {

// Three stakeholders to find again, then a file whose rows 2–4 duplicate them and whose
// row 5 is new.
QList<QStringList> threeDuplicatesAndANewRow()
{
    return {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Website"), QStringLiteral("Sectors and tags"), QStringLiteral("Country")},
        {QStringLiteral("Nordic Media"), QStringLiteral("media"), QStringLiteral("https://nordic.example"), QStringLiteral("tv; radio"), QStringLiteral("SE")},
        {QStringLiteral("DISIB Ltd"), QStringLiteral("startup"), QString(), QString(), QStringLiteral("BG")},
        {QStringLiteral("GAMMA CONSULT Ltd"), QStringLiteral("corporation"), QStringLiteral("https://gamma.example"), QString(), QString()},
        {QStringLiteral("New One"), QStringLiteral("media"), QString(), QString(), QString()},
    };
}

QMap<qint64, DuplicateChoice> actionsByRow(const ImportResult &r)
{
    QMap<qint64, DuplicateChoice> actions;
    for (const ImportDuplicate &d : r.duplicateRows)
        actions.insert(d.row, d.action);
    return actions;
}

} // namespace

void TestImporter::duplicates_perRow_createMergeSkip_inOneImport_revertIsExact()
{
    QCOMPARE(import(goodRows()).created, 2);
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    Record gamma = test::organisation(QStringLiteral("Gamma Consult"));
    QVERIFY(!orgs->create(gamma));
    const QString before = dump(*m_db, false);
    const qint64 recordsBefore = count(*m_db, QStringLiteral("organisations"));

    // Skip for all; row 2 merged, row 3 created, row 4 left to the choice for all.
    ImportOptions o;
    o.duplicates = DuplicateChoice::Skip;
    o.duplicateChoices.insert(2, DuplicateChoice::Merge);
    o.duplicateChoices.insert(3, DuplicateChoice::Create);
    const ImportResult r = import(threeDuplicatesAndANewRow(), o);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 2); // DISIB Ltd anyway, and New One
    QCOMPARE(r.duplicatesCreated, 1);
    QCOMPARE(r.merged, 1);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(actionsByRow(r), (QMap<qint64, DuplicateChoice>{{2, DuplicateChoice::Merge}, {3, DuplicateChoice::Create},
                                                             {4, DuplicateChoice::Skip}}));
    for (const ImportDuplicate &d : r.duplicateRows) {
        QVERIFY(!d.earlierRow);
        QVERIFY(!d.incomingLabel.isEmpty());
    }
    QCOMPARE(r.duplicateRows.at(0).incomingLabel, QStringLiteral("Nordic Media"));
    QCOMPARE(r.duplicateRows.at(0).existingLabel, QStringLiteral("Nordic Media AS"));
    QVERIFY2(r.duplicateRows.at(1).toString().startsWith(QStringLiteral("Row 3: created although it looks like ”Дисиб” ООД")),
             qPrintable(r.duplicateRows.at(1).toString()));
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), recordsBefore + 2);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT website FROM organisations WHERE name = 'Nordic Media AS'")).toString(),
             QStringLiteral("https://nordic.example"));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT website FROM organisations WHERE id = ?"), {gamma.id}).toString(),
             QString()); // skipped: left alone
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT rows_created || '/' || rows_merged FROM import_batches WHERE batch = ?"), {r.batch}).toString(),
             QStringLiteral("2/1"));

    // Back in one step: the two records made are gone, the merged one has every value back.
    const Error e = Importer::revert(*m_db, r.batch);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(dump(*m_db, false), before);
}

void TestImporter::duplicates_rowChoice_beatsTheChoiceForAll()
{
    QCOMPARE(import(goodRows()).created, 2);
    // Create for all, but row 4 (Nordic Media AS again) skipped.
    ImportOptions create;
    create.duplicates = DuplicateChoice::Create;
    create.duplicateChoices.insert(4, DuplicateChoice::Skip);
    ImportResult r = import(goodRows(), create);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 1);
    QCOMPARE(r.duplicatesCreated, 1);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(actionsByRow(r), (QMap<qint64, DuplicateChoice>{{2, DuplicateChoice::Create}, {4, DuplicateChoice::Skip}}));
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 3);

    // Merge for all, but row 2 skipped: only row 3 fills DISIB's empty website. Row 2,
    // Nordic Media, keeps its empty website.
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Website"), QStringLiteral("Country")},
        {QStringLiteral("Nordic Media"), QStringLiteral("media"), QStringLiteral("https://nordic.example"), QStringLiteral("NO")},
        {QStringLiteral("DISIB Ltd"), QStringLiteral("startup"), QStringLiteral("https://disib.example"), QStringLiteral("BG")},
    };
    ImportOptions merge;
    merge.duplicates = DuplicateChoice::Merge;
    merge.duplicateChoices.insert(2, DuplicateChoice::Skip);
    r = import(rows, merge);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 0);
    QCOMPARE(r.merged, 1);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE website = 'https://nordic.example'")).toLongLong(), 0);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE website = 'https://disib.example'")).toLongLong(), 1);
}

void TestImporter::duplicates_twoRowsMergedIntoOneRecord_revertIsExact()
{
    QCOMPARE(import(goodRows()).created, 2);
    const QString before = dump(*m_db, false);
    // Both rows are Nordic Media AS: the first brings the website, the second the city
    // and a tag. Revert must bring back the values from before the first.
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Website"), QStringLiteral("City"), QStringLiteral("Sectors and tags")},
        {QStringLiteral("Nordic Media"), QStringLiteral("media"), QStringLiteral("https://nordic.example"), QString(), QString()},
        {QStringLiteral("NORDIC MEDIA AS"), QStringLiteral("media"), QString(), QStringLiteral("Oslo"), QStringLiteral("tv")},
    };
    ImportOptions o;
    o.duplicateChoices.insert(2, DuplicateChoice::Merge);
    o.duplicateChoices.insert(3, DuplicateChoice::Merge);
    const ImportResult r = import(rows, o);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.merged, 2);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT website || ' ' || city FROM organisations WHERE name = 'Nordic Media AS'")).toString(),
             QStringLiteral("https://nordic.example Oslo"));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM import_updates WHERE batch = ?"), {r.batch}).toLongLong(), 1);
    const Error e = Importer::revert(*m_db, r.batch);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(dump(*m_db, false), before);
}

void TestImporter::duplicates_dryRun_saysWhatAMergeWouldFill()
{
    QCOMPARE(import(goodRows()).created, 2);
    const QString before = dump(*m_db);
    ImportOptions o;
    o.dryRun = true;
    const ImportResult r = import(threeDuplicatesAndANewRow(), o);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.duplicates, 2); // Nordic Media and DISIB; Gamma is new here
    QCOMPARE(r.duplicateRows.size(), 2);
    const ImportDuplicate &nordic = r.duplicateRows.at(0);
    QCOMPARE(nordic.action, DuplicateChoice::Skip);
    QCOMPARE(nordic.filled, (QStringList{QStringLiteral("Sectors and tags"), QStringLiteral("Website")}));
    QVERIFY(r.duplicateRows.at(1).filled.isEmpty()); // DISIB: nothing its record lacks
    QCOMPARE(dump(*m_db), before);

    // A row repeating an earlier row of the file is marked so: it has no record to merge into.
    QList<QStringList> twice = threeDuplicatesAndANewRow();
    twice.append({QStringLiteral("New One Ltd"), QStringLiteral("media"), QString(), QString(), QString()});
    const ImportResult again = import(twice, o);
    QCOMPARE(again.duplicateRows.size(), 3);
    QCOMPARE(again.duplicateRows.last().row, 6);
    QVERIFY(again.duplicateRows.last().earlierRow);
    QCOMPARE(again.duplicateRows.last().existingLabel, QStringLiteral("New One"));
}

void TestImporter::findDuplicates_listsSharedKeysThenNearNames()
{
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    const auto add = [&](const QString &name, const QString &companyId) {
        Record r = test::organisation(name);
        if (!companyId.isEmpty())
            r.setValue(QStringLiteral("company_id"), companyId);
        return orgs->create(r) ? qint64(0) : r.id;
    };
    const qint64 disib = add(QStringLiteral("”Дисиб” ООД"), QStringLiteral("175074752"));
    const qint64 disibLatin = add(QStringLiteral("Disib Trading Ltd"), QStringLiteral("175074752"));
    const qint64 nordic = add(QStringLiteral("Nordic Media Group AS"), QString());
    const qint64 nordik = add(QStringLiteral("Nordic Medias Group"), QString());
    add(QStringLiteral("Completely Different"), QString());
    Error e;
    const QList<DuplicatePair> pairs = DuplicateFinder::pairs(*m_db, EntityType::Organisation, 100, &e);
    QVERIFY(!e);
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0).first, disib);
    QCOMPARE(pairs.at(0).second, disibLatin);
    QVERIFY2(pairs.at(0).why.contains(QStringLiteral("company ID")), qPrintable(pairs.at(0).why));
    QCOMPARE(pairs.at(0).firstLabel, QStringLiteral("”Дисиб” ООД")); // as lists show them
    QCOMPARE(pairs.at(0).secondLabel, QStringLiteral("Disib Trading Ltd"));
    QCOMPARE(pairs.at(1).first, nordic);
    QCOMPARE(pairs.at(1).second, nordik);
    QVERIFY(pairs.at(1).score >= MatchKeys::likelyDuplicateThreshold && pairs.at(1).score < 1);
    QCOMPARE(DuplicateFinder::pairs(*m_db, EntityType::Organisation, 1, &e).size(), 1);
}

void TestImporter::vcard_peopleImport_keepsWhatPeopleHaveNoFieldFor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
    test::writeBytes(path, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petrova;Ana;;;\r\nFN:Ana Petrova\r\nORG:Disib;R&D\r\n"
                           "TITLE:CTO\r\nEMAIL;TYPE=INTERNET,pref:ana@disib.bg\r\nTEL;TYPE=CELL:+359 88 123 4567\r\n"
                           "TEL;TYPE=WORK:+359 2 123 456\r\nADR;TYPE=WORK:;;Vitosha 1;Sofia;;1000;Bulgaria\r\n"
                           "URL:https://disib.bg\r\nEND:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n");
    VCardSource source(path);
    const ImportMapping mapping = ImportMapping::automatic(EntityType::Person, VCardSource::header());
    QCOMPARE(mapping.columns.size(), VCardSource::header().size());
    Importer importer(*m_db, mapping, m_parser);
    ImportOptions o;
    o.mode = ImportOptions::Mode::ValidRows;
    o.rejectsPath = dir.filePath(QStringLiteral("rejected.csv"));
    const ImportResult r = importer.run(source, o);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 1);
    QCOMPARE(r.rejected, 1); // a card without a name, named by its line
    QVERIFY2(r.problems.first().toString().startsWith(QStringLiteral("Row 13")), qPrintable(r.problems.first().toString()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT first_name, last_name, job_title, email, phone, mobile, city, country, notes FROM people")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ana"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Petrova"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("CTO"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("ana@disib.bg"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("+359 2 123 456"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("+359 88 123 4567"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("Sofia"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("BG"));
    QVERIFY(q.value(8).toString().contains(QStringLiteral("Disib, R&D")));
    QVERIFY(q.value(8).toString().contains(QStringLiteral("https://disib.bg")));
}

void TestImporter::revert_restoresTheExactPriorState()
{
    // Something there before, some of it in the trash.
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    Record kept = test::organisation(QStringLiteral("Kept Ltd"));
    QVERIFY(!orgs->create(kept));
    Record trashed = test::organisation(QStringLiteral("Trashed Ltd"));
    QVERIFY(!orgs->create(trashed));
    QVERIFY(!orgs->trash(trashed.id));
    const QString before = dump(*m_db);

    const ImportResult r = import(goodRows());
    QCOMPARE(r.created, 2);
    QVERIFY(dump(*m_db) != before);
    // An imported record sent to the trash since is taken back too.
    const qint64 imported = Sql::scalar(m_db->connection(), QStringLiteral("SELECT max(id) FROM organisations")).toLongLong();
    QVERIFY(!orgs->trash(imported));

    const Error e = Importer::revert(*m_db, r.batch);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(dump(*m_db), before);
    const QList<ImportBatch> batches = Importer::batches(*m_db);
    QVERIFY(batches.first().revertedAt.isValid());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_revert'")).toLongLong(), 1);
}

void TestImporter::revert_refusedWhenChangedSince_unlessForced()
{
    const ImportResult r = import(goodRows());
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    Record first;
    const qint64 id = Sql::scalar(m_db->connection(), QStringLiteral("SELECT min(id) FROM organisations")).toLongLong();
    QVERIFY(!orgs->get(id, &first));
    first.setValue(QStringLiteral("city"), QStringLiteral("Sofia"));
    QVERIFY(!orgs->update(first));
    Error e = Importer::revert(*m_db, r.batch);
    QCOMPARE(e.code, Error::Code::Conflict); // the one refusal that force overrides
    QVERIFY2(e.message.contains(QLatin1String("1 of the records")), qPrintable(e.message));
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 2);
    e = Importer::revert(*m_db, r.batch, true);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(count(*m_db, QStringLiteral("organisations")), 0);
}

void TestImporter::revert_refusedWhenReferredTo()
{
    const ImportResult r = import(goodRows());
    const qint64 org = Sql::scalar(m_db->connection(), QStringLiteral("SELECT min(id) FROM organisations")).toLongLong();
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record p = test::person(QStringLiteral("Ana"), QStringLiteral("Petrova"));
    p.setValue(QStringLiteral("organisation_id"), org);
    QVERIFY(!people->create(p));
    const QString before = dump(*m_db);
    const Error e = Importer::revert(*m_db, r.batch);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QLatin1String("1 people")), qPrintable(e.message));
    QCOMPARE(dump(*m_db), before);
    Record back;
    QVERIFY(!people->get(p.id, &back));
    QCOMPARE(back.value(QStringLiteral("organisation_id")).toLongLong(), org);
}

void TestImporter::revert_twice_isRefused()
{
    const ImportResult r = import(goodRows());
    QVERIFY(!Importer::revert(*m_db, r.batch));
    const Error e = Importer::revert(*m_db, r.batch);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("partners.csv")));
    QCOMPARE(Importer::revert(*m_db, QStringLiteral("no-such-batch")).code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
