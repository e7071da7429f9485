// Search: the FTS5 trigram indexes over search_text, Latin and Cyrillic spellings, references,
// short words, hostile input, keeping the index in step, upgrading old files, query plans.
#include "demo/demodata.h"
#include "domain/searchtext.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/tablesource.h"
#include "io/valueparser.h"
#include "storage/migrations.h"
#include "storage/recordmerger.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/trash.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace hubdesk;

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void searchText_foldsAndAddsLatinSpellings_data();
    void searchText_foldsAndAddsLatinSpellings();
    void scripts_findEachOther_data();
    void scripts_findEachOther();
    void references_findTheRecordsThatNameThem_data();
    void references_findTheRecordsThatNameThem();
    void firstPage_fromTheFirstRows_equalsThePageOfAllMatches_data();
    void firstPage_fromTheFirstRows_equalsThePageOfAllMatches();
    void shortWords_fallBackToLike_data();
    void shortWords_fallBackToLike();
    void hostileQueries_matchLiterally_data();
    void hostileQueries_matchLiterally();
    void index_followsInsertRenameTrashRestoreAndPurge();
    void startup_followsItsOrganisationsName();
    void index_staysInSync_throughAMergeAndItsUndo();
    void index_staysInSync_throughAnImportAndItsRevert();
    void index_staysInSync_throughAnEditAndItsUndo();
    void searchQuery_usesTheIndex_data();
    void searchQuery_usesTheIndex();
    void upgradedVersion1File_isSearchable();
    void suspend_outsideATransaction_isRefused();
    void suspendedLoad_isIndexedOnResume();
    void refresh_rewritesOnlyChangedTexts_andKeepsTheIndexInSync();
    void suspendedLoad_rolledBack_keepsTheTriggers();
    void demoData_isIndexed();

private:
    // An organisation with only a name (the test record's city would match "sofia" everywhere).
    qint64 addOrganisation(const QString &name, const QString &kind = QStringLiteral("corporation"));
    QStringList names(const ListQuery &query, Error *error = nullptr);
    int count(EntityType type, const QString &search);
    // FTS5's own check of each index against search_text (external content included).
    void verifyIndexes();
    // Stricter than integrity-check: every index has one entry per row of its table, and
    // for every word of every stored search text (and for \a gone, words no row should
    // have any more) the index finds exactly the rows a plain LIKE over search_text finds.
    void verifyInSync(const QStringList &gone = {});

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_orgs;
};

void TestSearch::init()
{
    m_db = test::memoryDatabase();
    m_orgs = Repositories::create(*m_db, EntityType::Organisation);
}

qint64 TestSearch::addOrganisation(const QString &name, const QString &kind)
{
    Record org = test::organisation(name, kind);
    org.clear(QStringLiteral("city"));
    const Error e = m_orgs->create(org);
    if (e)
        qFatal("organisation %s: %s", qPrintable(name), qPrintable(e.message));
    return org.id;
}

QStringList TestSearch::names(const ListQuery &query, Error *error)
{
    const RowSet rows = m_orgs->list(query, error);
    QStringList result;
    for (int i = 0; i < rows.rows.size(); ++i)
        result.append(rows.value(i, QStringLiteral("name")).toString());
    result.sort();
    return result;
}

int TestSearch::count(EntityType type, const QString &search)
{
    auto repo = Repositories::create(*m_db, type);
    ListQuery q;
    q.search = search;
    Error e;
    const qint64 n = repo->count(q, &e);
    if (e)
        qWarning("%s", qPrintable(e.message));
    return e ? -1 : int(n);
}

void TestSearch::verifyIndexes()
{
    for (EntityType type : Entities::all()) {
        if (!SearchText::isIndexed(type))
            continue;
        const QString fts = SearchIndex::ftsTable(Entities::info(type));
        const Error e = Sql::run(m_db->connection(),
                                 QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(fts));
        QVERIFY2(!e, qPrintable(fts + QStringLiteral(": ") + e.message));
    }
}

void TestSearch::searchText_foldsAndAddsLatinSpellings_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin only") << QStringList{"Media Lab", "info@medialab.eu"} << "media lab info@medialab.eu";
    QTest::newRow("cyrillic") << QStringList{"София"} << "софия sofia";
    QTest::newRow("register style") << QStringList{"”Дигитални Медии” ЕООД"}
                                    << "”дигитални медии” еоод ”digitalni medii” eood";
    QTest::newRow("only changed words") << QStringList{"Media Lab", "гр. София"} << "media lab гр. софия gr. sofia";
    QTest::newRow("accents") << QStringList{"Ärzte", "Ångström"} << "arzte angstrom";
    QTest::newRow("greek") << QStringList{"Αθήνα"} << "αθηνα athina";
    QTest::newRow("control characters") << QStringList{QStringLiteral("a\u0000b\u00ADc\td")} << "a bc d";
    QTest::newRow("nothing") << QStringList{} << "";
}

void TestSearch::searchText_foldsAndAddsLatinSpellings()
{
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::compose(values), expected);
}

void TestSearch::scripts_findEachOther_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("latin finds cyrillic") << "София Тех" << "sofia" << true;
    // й is y in the official system, i in many people's spelling: both find it.
    QTest::newRow("й as y") << "Николай Тех" << "nikolay" << true;
    QTest::newRow("й as i") << "Николай Тех" << "nikolai" << true;
    QTest::newRow("й typed in Cyrillic") << "Николай Тех" << "николай" << true;
    QTest::newRow("decomposed й as y") << QString::fromUtf8("Никола\xd0\xb8\xcc\x86 Тех") << "nikolay" << true;
    QTest::newRow("latin finds register style") << "”Дигитални Медии” ЕООД" << "digitalni" << true;
    QTest::newRow("latin part of a word") << "”Дигитални Медии” ЕООД" << "igital" << true;
    QTest::newRow("cyrillic finds cyrillic") << "”Дигитални Медии” ЕООД" << "медии" << true;
    // The index holds Latin spellings of Cyrillic, not the other way round: the query's
    // Cyrillic word is transliterated, and its Latin spelling is what finds a Latin name.
    QTest::newRow("cyrillic finds latin") << "Media Lab" << "медиа" << true;
    QTest::newRow("cyrillic finds latin, mixed case") << "MEDIA LAB" << "Медиа лаб" << true;
    QTest::newRow("upper-case cyrillic") << "София Тех" << "СОФИЯ" << true;
    QTest::newRow("lower-case query, upper-case name") << "СОФИЯ ТЕХ" << "софия" << true;
    QTest::newRow("accents in the name") << "Ärzte ohne Grenzen" << "arzte" << true;
    QTest::newRow("accents in the query") << "Arzte ohne Grenzen" << "ÄRZTE" << true;
    QTest::newRow("greek finds latin spelling") << "Αθήνα Media" << "athina" << true;
    QTest::newRow("bulgaria exception") << "Иновации България" << "bulgaria" << true;
    QTest::newRow("all words must match") << "”Дигитални Медии” ЕООД" << "digitalni медии eood" << true;
    QTest::newRow("one word missing") << "”Дигитални Медии” ЕООД" << "digitalni lab" << false;
    QTest::newRow("another transliteration system") << "София Тех" << "sofiya" << false;
    QTest::newRow("no such text") << "София Тех" << "plovdiv" << false;
}

void TestSearch::scripts_findEachOther()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QFETCH(bool, found);
    addOrganisation(name);
    addOrganisation(QStringLiteral("Unrelated Holdings"));
    ListQuery q;
    q.search = query;
    Error e;
    const QStringList result = names(q, &e);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(result, found ? QStringList{name} : QStringList{});
    QCOMPARE(m_orgs->count(q), found ? 1 : 0);
}

void TestSearch::references_findTheRecordsThatNameThem_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    const auto row = [](const char *name, EntityType type, const char *query, int expected) {
        QTest::newRow(name) << int(type) << QString::fromUtf8(query) << expected;
    };
    row("interaction by its stakeholder", EntityType::Interaction, "digitalni", 1);
    row("interaction by its stakeholder, cyrillic", EntityType::Interaction, "дигитални", 1);
    row("interaction by its person", EntityType::Interaction, "petrov", 1);
    row("interaction by its own subject", EntityType::Interaction, "kick-off", 1);
    row("interaction by subject and stakeholder", EntityType::Interaction, "kick-off digitalni", 1);
    row("interaction, one word nowhere", EntityType::Interaction, "kick-off plovdiv", 0);
    row("person by organisation", EntityType::Person, "digitalni", 1);
    row("session by startup", EntityType::Session, "newsroom", 1);
    row("session by expert", EntityType::Session, "petar", 1);
    row("session by startup's tags", EntityType::Session, "deepfake", 1);
    row("voucher by startup", EntityType::Voucher, "newsroom", 1);
    row("startup by organisation name", EntityType::Startup, "newsroom", 1);
    row("outcome by counterpart", EntityType::Outcome, "digitalni", 1);
    row("event by organiser", EntityType::Event, "дигитални", 1);
    row("nothing refers to it", EntityType::Voucher, "digitalni", 0);
}

void TestSearch::references_findTheRecordsThatNameThem()
{
    QFETCH(int, entity);
    QFETCH(QString, query);
    QFETCH(int, expected);
    const qint64 media = addOrganisation(QStringLiteral("”Дигитални Медии” ЕООД"), QStringLiteral("media"));
    addOrganisation(QStringLiteral("Unrelated Holdings"));
    const qint64 startupOrg = addOrganisation(QStringLiteral("Newsroom AI"), QStringLiteral("startup"));
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record contact = test::person(QStringLiteral("Мария"), QStringLiteral("Петрова"));
    contact.setValue(QStringLiteral("organisation_id"), media);
    QVERIFY(!people->create(contact));
    const qint64 expert = test::addExpert(*m_db, QStringLiteral("Петър"), QStringLiteral("Иванов"));

    auto startups = Repositories::create(*m_db, EntityType::Startup);
    Record startup = test::startup(startupOrg);
    startup.setValue(QStringLiteral("technologies"), QStringList{QStringLiteral("Deepfake detection")});
    QVERIFY(!startups->create(startup));
    Record session = test::session(startup.id, expert, QDate(2025, 4, 1));
    QVERIFY(!Repositories::create(*m_db, EntityType::Session)->create(session));
    test::setVoucherLimits(*m_db, 100000, 1000000);
    Record voucher = test::voucher(startup.id, 50000);
    QVERIFY(!Repositories::create(*m_db, EntityType::Voucher)->create(voucher));

    Record interaction(EntityType::Interaction);
    interaction.setValue(QStringLiteral("organisation_id"), media);
    interaction.setValue(QStringLiteral("person_id"), contact.id);
    interaction.setValue(QStringLiteral("type"), QStringLiteral("call"));
    interaction.setValue(QStringLiteral("occurred_on"), QDate(2025, 5, 2));
    interaction.setValue(QStringLiteral("subject"), QStringLiteral("Kick-off call"));
    QVERIFY(!Repositories::create(*m_db, EntityType::Interaction)->create(interaction));

    Record outcome(EntityType::Outcome);
    outcome.setValue(QStringLiteral("startup_id"), startup.id);
    outcome.setValue(QStringLiteral("type"), QStringLiteral("contract"));
    outcome.setValue(QStringLiteral("achieved_on"), QDate(2025, 6, 1));
    outcome.setValue(QStringLiteral("title"), QStringLiteral("First paying client"));
    outcome.setValue(QStringLiteral("counterpart_id"), media);
    QVERIFY(!Repositories::create(*m_db, EntityType::Outcome)->create(outcome));

    Record event(EntityType::Event);
    event.setValue(QStringLiteral("name"), QStringLiteral("Deeptech on stage"));
    event.setValue(QStringLiteral("type"), QStringLiteral("deeptech_on_stage"));
    event.setValue(QStringLiteral("starts_on"), QDate(2025, 9, 1));
    event.setValue(QStringLiteral("organiser_id"), media);
    QVERIFY(!Repositories::create(*m_db, EntityType::Event)->create(event));

    QCOMPARE(count(EntityType(entity), query), expected);
}

void TestSearch::firstPage_fromTheFirstRows_equalsThePageOfAllMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("descending");
    QTest::newRow("own text") << QStringLiteral("quarterly") << false;           // in the subject
    QTest::newRow("stakeholder's name") << QStringLiteral("медии") << true;      // through the reference
    QTest::newRow("person's name, Latin") << QStringLiteral("petrova") << false; // transliterated
    QTest::newRow("two words") << QStringLiteral("digitalni review") << false;
    QTest::newRow("short word") << QStringLiteral("ам") << false;
    QTest::newRow("rare") << QStringLiteral("annual") << false; // too few for the first rows alone
}

void TestSearch::firstPage_fromTheFirstRows_equalsThePageOfAllMatches()
{
    QFETCH(QString, query);
    QFETCH(bool, descending);
    const qint64 media = addOrganisation(QStringLiteral("”Дигитални Медии” ЕООД"), QStringLiteral("media"));
    const qint64 other = addOrganisation(QStringLiteral("Unrelated Holdings"));
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record contact = test::person(QStringLiteral("Мария"), QStringLiteral("Петрова"));
    contact.setValue(QStringLiteral("organisation_id"), media);
    QVERIFY(!people->create(contact));
    auto interactions = Repositories::create(*m_db, EntityType::Interaction);
    // Matches spread among non-matches, dates repeating (ties broken by id).
    for (int i = 0; i < 400; ++i) {
        Record r(EntityType::Interaction);
        r.setValue(QStringLiteral("organisation_id"), i % 3 ? other : media);
        if (i % 5 == 0)
            r.setValue(QStringLiteral("person_id"), contact.id);
        r.setValue(QStringLiteral("type"), QStringLiteral("call"));
        r.setValue(QStringLiteral("occurred_on"), QDate(2025, 1, 1).addDays(i % 37));
        r.setValue(QStringLiteral("subject"), i % 7 == 0 ? QStringLiteral("Quarterly review") : (i == 333 ? QStringLiteral("Annual plan") : QStringLiteral("Call")));
        QVERIFY(!interactions->create(r));
    }
    ListQuery all;
    all.search = query;
    all.descending = descending;
    all.sortKey = QStringLiteral("occurred_on");
    all.limit = 100000; // never whole from the first rows alone: the set of all matches
    Error e;
    const RowSet expected = interactions->list(all, &e);
    QVERIFY2(!e, qPrintable(e.message));
    for (int size : {1, 10, 40}) {
        ListQuery first = all;
        first.limit = size;
        const RowSet got = interactions->list(first, &e);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(got.rows.size(), std::min<qsizetype>(size, expected.rows.size()));
        for (int r = 0; r < got.rows.size(); ++r)
            QCOMPARE(got.rows.at(r).first().toLongLong(), expected.rows.at(r).first().toLongLong());
    }
}

void TestSearch::shortWords_fallBackToLike_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two letters") << "x1" << QStringList{"X1 Media"};
    QTest::newRow("one letter, upper case") << "Q" << QStringList{"Quantum"};
    QTest::newRow("one cyrillic letter, its latin spelling is longer") << "щ" << QStringList{"Щит ООД"};
    QTest::newRow("two latin letters found in a transliteration") << "ht" << QStringList{"Щит ООД"};
    QTest::newRow("short and long words") << "x1 media" << QStringList{"X1 Media"};
    QTest::newRow("short word nowhere") << "zz" << QStringList{};
    QTest::newRow("accented short word") << "ök" << QStringList{"Ökoplan"};
    QTest::newRow("one letter in several") << "o" << QStringList{"Ökoplan", "Щит ООД"};
}

void TestSearch::shortWords_fallBackToLike()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    for (const char *name : {"X1 Media", "Quantum", "Щит ООД", "Ökoplan"})
        addOrganisation(QString::fromUtf8(name));
    ListQuery q;
    q.search = query;
    Error e;
    QCOMPARE(names(q, &e), expected);
    QVERIFY2(!e, qPrintable(e.message));
}

void TestSearch::hostileQueries_matchLiterally_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList all = {"100% Growth", "Double--Dash", "NEAR(x) Labs", "O'Brien Media", "Orbit Media",
                             "Plain Company", "Say \"Hi\" Ltd", "Star*Media", "a:b Consulting", "under_score"};
    QTest::newRow("double quote") << "\"" << QStringList{"Say \"Hi\" Ltd"};
    QTest::newRow("quote inside a word") << "hi\"" << QStringList{"Say \"Hi\" Ltd"};
    QTest::newRow("unbalanced quote") << "\"hi" << QStringList{"Say \"Hi\" Ltd"};
    QTest::newRow("four quotes") << "\"\"\"\"" << QStringList{};
    QTest::newRow("single quote") << "'" << QStringList{"O'Brien Media"};
    QTest::newRow("single quote in a word") << "o'brien" << QStringList{"O'Brien Media"};
    QTest::newRow("star") << "*" << QStringList{"Star*Media"};
    QTest::newRow("prefix star") << "star*" << QStringList{"Star*Media"};
    QTest::newRow("OR") << "OR" << QStringList{"Orbit Media", "under_score"};
    QTest::newRow("OR between words") << "plain OR orbit" << QStringList{};
    QTest::newRow("AND NOT") << "media AND NOT" << QStringList{};
    QTest::newRow("NEAR(") << "NEAR(x" << QStringList{"NEAR(x) Labs"};
    QTest::newRow("NEAR( closed") << "near(x)" << QStringList{"NEAR(x) Labs"};
    QTest::newRow("column filter") << "a:b" << QStringList{"a:b Consulting"};
    QTest::newRow("column filter, long") << "search_text:plain" << QStringList{};
    QTest::newRow("caret") << "^plain" << QStringList{};
    QTest::newRow("braces") << "{search_text}" << QStringList{};
    QTest::newRow("comment") << "--" << QStringList{"Double--Dash"};
    QTest::newRow("percent") << "%" << QStringList{"100% Growth"};
    QTest::newRow("percent in a word") << "100%" << QStringList{"100% Growth"};
    QTest::newRow("underscore") << "_" << QStringList{"under_score"};
    QTest::newRow("underscore in a word") << "r_s" << QStringList{"under_score"};
    QTest::newRow("backslash") << "\\" << QStringList{};
    QTest::newRow("NUL between words") << QStringLiteral("plain\u0000company") << QStringList{"Plain Company"};
    QTest::newRow("NUL alone, like an empty search") << QStringLiteral("\u0000") << all;
    QTest::newRow("SQL") << "'); DROP TABLE organisations; --" << QStringList{};
}

void TestSearch::hostileQueries_matchLiterally()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    for (const char *name : {"Say \"Hi\" Ltd", "O'Brien Media", "Star*Media", "Orbit Media", "NEAR(x) Labs",
                             "a:b Consulting", "Double--Dash", "100% Growth", "under_score", "Plain Company"})
        addOrganisation(QString::fromUtf8(name));
    ListQuery q;
    q.search = query;
    Error e;
    QCOMPARE(names(q, &e), expected);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(m_orgs->count(q, &e), qint64(expected.size()));
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(m_orgs->count({}), qint64(10));
}

void TestSearch::index_followsInsertRenameTrashRestoreAndPurge()
{
    const qint64 id = addOrganisation(QStringLiteral("Alpha Studio"));
    addOrganisation(QStringLiteral("Unrelated Holdings"));
    Record interaction(EntityType::Interaction);
    interaction.setValue(QStringLiteral("organisation_id"), id);
    interaction.setValue(QStringLiteral("type"), QStringLiteral("note"));
    interaction.setValue(QStringLiteral("occurred_on"), QDate(2025, 5, 2));
    QVERIFY(!Repositories::create(*m_db, EntityType::Interaction)->create(interaction));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("alpha")), 1);
    verifyIndexes();

    Record org;
    QVERIFY(!m_orgs->get(id, &org));
    org.setValue(QStringLiteral("name"), QStringLiteral("Бета Студио"));
    org.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("Broadcasting")});
    QVERIFY(!m_orgs->update(org));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("alpha")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("beta")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("бета студио")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("broadcast")), 1);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("beta")), 1); // through the reference
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("alpha")), 0);
    verifyIndexes();

    QString batch;
    QVERIFY(!m_orgs->trash(id, &batch));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("beta")), 0);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("beta")), 0); // it went with its stakeholder
    ListQuery inTrash;
    inTrash.inTrash = true;
    inTrash.search = QStringLiteral("beta");
    QCOMPARE(m_orgs->count(inTrash), qint64(1)); // the trash is searchable too
    verifyIndexes();

    QVERIFY(!Trash::restore(*m_db, batch));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("beta")), 1);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("beta")), 1);

    QVERIFY(!m_orgs->trash(id, &batch));
    QVERIFY(!Trash::purge(*m_db, batch));
    QCOMPARE(m_orgs->count(inTrash), qint64(0));
    QCOMPARE(Sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM organisations_fts WHERE organisations_fts MATCH '\"beta\"'"))
                 .toInt(),
             0);
    QCOMPARE(Sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM interactions_fts_docsize")).toInt(),
             0); // the purged stakeholder's interaction left the index with it
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("unrelated")), 1);
    verifyIndexes();
}

void TestSearch::startup_followsItsOrganisationsName()
{
    const qint64 orgId = addOrganisation(QStringLiteral("Newsroom AI"), QStringLiteral("startup"));
    auto startups = Repositories::create(*m_db, EntityType::Startup);
    Record startup = test::startup(orgId);
    QVERIFY(!startups->create(startup));
    QCOMPARE(count(EntityType::Startup, QStringLiteral("newsroom")), 1);

    Record org;
    QVERIFY(!m_orgs->get(orgId, &org));
    org.setValue(QStringLiteral("name"), QStringLiteral("Редакция Бъдеще"));
    QVERIFY(!m_orgs->update(org));
    QCOMPARE(count(EntityType::Startup, QStringLiteral("newsroom")), 0);
    QCOMPARE(count(EntityType::Startup, QStringLiteral("redaktsia")), 1); // -ия at the end of a word
    QCOMPARE(count(EntityType::Startup, QStringLiteral("бъдеще")), 1);
    // A change that is not the name leaves the startup alone (and its version too).
    Record stored;
    QVERIFY(!startups->get(startup.id, &stored));
    QVERIFY(!m_orgs->get(orgId, &org));
    org.setValue(QStringLiteral("notes"), QStringLiteral("Met at the Sofia meetup"));
    QVERIFY(!m_orgs->update(org));
    Record again;
    QVERIFY(!startups->get(startup.id, &again));
    QCOMPARE(again.version, stored.version);
    verifyIndexes();
}

void TestSearch::verifyInSync(const QStringList &gone)
{
    verifyIndexes();
    const QSqlDatabase c = m_db->connection();
    for (EntityType type : Entities::all()) {
        if (!SearchText::isIndexed(type))
            continue;
        const EntityInfo &info = Entities::info(type);
        const QString fts = SearchIndex::ftsTable(info);
        const qint64 rows = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(info.table)).toLongLong();
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1_docsize").arg(fts)).toLongLong(), rows);
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(fts)).toLongLong(), rows);

        QStringList words = gone;
        QSqlQuery texts(c);
        QVERIFY(texts.exec(QStringLiteral("SELECT search_text FROM %1").arg(info.table)));
        while (texts.next()) {
            const QStringList parts = texts.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &w : parts) {
                // Phrases of three or more characters; LIKE's wildcards left out of the comparison.
                if (w.size() >= 3 && !w.contains(QLatin1Char('%')) && !w.contains(QLatin1Char('_')) && !w.contains(QLatin1Char('"')))
                    words.append(w);
            }
        }
        words.removeDuplicates();
        for (const QString &word : std::as_const(words)) {
            const auto ids = [&c](const QString &sql, const QVariant &bind) {
                QSqlQuery q(c);
                q.prepare(sql);
                q.addBindValue(bind);
                QList<qint64> result;
                if (!q.exec())
                    result.append(-1);
                while (q.next())
                    result.append(q.value(0).toLongLong());
                std::sort(result.begin(), result.end());
                return result;
            };
            const QList<qint64> indexed = ids(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(fts),
                                              QString(QLatin1Char('"') + word + QLatin1Char('"')));
            const QList<qint64> plain = ids(QStringLiteral("SELECT id FROM %1 WHERE search_text LIKE ?").arg(info.table),
                                            QString(QLatin1Char('%') + word + QLatin1Char('%')));
            QVERIFY2(indexed == plain, qPrintable(QStringLiteral("%1, \"%2\": the index finds %3 rows, LIKE %4")
                                                      .arg(fts, word)
                                                      .arg(indexed.size())
                                                      .arg(plain.size())));
        }
    }
}

namespace {

// Rows from memory, numbered like the lines of a file (the header is row 1).
class RowsSource : public TableSource
{
public:
    explicit RowsSource(const QList<QStringList> &rows)
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

} // namespace

void TestSearch::index_staysInSync_throughAMergeAndItsUndo()
{
    const qint64 keepId = addOrganisation(QStringLiteral("Alpha Kompania"));
    Record drop = test::organisation(QStringLiteral("Бета Медия ООД"));
    drop.setValue(QStringLiteral("city"), QStringLiteral("Пловдив"));
    drop.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("Broadcasting")});
    QVERIFY(!m_orgs->create(drop));
    addOrganisation(QStringLiteral("Unrelated Holdings"));
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record contact = test::person(QStringLiteral("Ана"), QStringLiteral("Стоянова"));
    contact.setValue(QStringLiteral("organisation_id"), drop.id);
    QVERIFY(!people->create(contact));
    Record interaction(EntityType::Interaction);
    interaction.setValue(QStringLiteral("organisation_id"), drop.id);
    interaction.setValue(QStringLiteral("type"), QStringLiteral("call"));
    interaction.setValue(QStringLiteral("occurred_on"), QDate(2025, 5, 2));
    interaction.setValue(QStringLiteral("subject"), QStringLiteral("Quarterly review"));
    QVERIFY(!Repositories::create(*m_db, EntityType::Interaction)->create(interaction));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("beta")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 1);
    QCOMPARE(count(EntityType::Person, QStringLiteral("beta")), 1);
    verifyInSync();

    Record keep;
    QVERIFY(!m_orgs->get(keepId, &keep));
    QString mergeId;
    const Error e = RecordMerger::merge(*m_db, EntityType::Organisation, keepId, drop.id,
                                        RecordMerger::proposal(keep, drop), &mergeId);
    QVERIFY2(!e, qPrintable(e.message));
    // The merged-away name is found nowhere among live records; the kept one is found by
    // the city and tag it took from it, and so are the records that now refer to it.
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("beta")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("медия")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("alpha plovdiv broadcast")), 1);
    QCOMPARE(count(EntityType::Person, QStringLiteral("beta")), 0);
    QCOMPARE(count(EntityType::Person, QStringLiteral("alpha")), 1);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("beta")), 0);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("alpha quarterly")), 1);
    verifyInSync();

    const Error u = RecordMerger::undo(*m_db, mergeId);
    QVERIFY2(!u, qPrintable(u.message));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("beta")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("alpha plovdiv")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 1);
    QCOMPARE(count(EntityType::Person, QStringLiteral("beta")), 1);
    QCOMPARE(count(EntityType::Person, QStringLiteral("alpha")), 0);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("beta quarterly")), 1);
    verifyInSync();
}

void TestSearch::index_staysInSync_throughAnImportAndItsRevert()
{
    Record nordic = test::organisation(QStringLiteral("Nordic Media AS"), QStringLiteral("media"));
    nordic.clear(QStringLiteral("city"));
    nordic.setValue(QStringLiteral("country"), QStringLiteral("NO"));
    QVERIFY(!m_orgs->create(nordic));
    addOrganisation(QStringLiteral("Unrelated Holdings"));
    verifyInSync();
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("City"), QStringLiteral("Sectors and tags")},
        {QStringLiteral("Nordic Media"), QStringLiteral("media"), QStringLiteral("Trondheim"), QStringLiteral("Television; Radio")},
        {QStringLiteral("Зета Роботикс"), QStringLiteral("startup"), QStringLiteral("Бургас"), QStringLiteral("Robotics")},
        {QStringLiteral("Omega Foundry"), QStringLiteral("corporation"), QString(), QString()},
    };
    ValueParser parser;
    Importer importer(*m_db, ImportMapping::automatic(EntityType::Organisation, rows.first()), parser);
    RowsSource source(rows);
    ImportOptions options;
    options.sourceName = QStringLiteral("partners.csv");
    options.duplicates = ImportOptions::Duplicates::Merge;
    const ImportResult r = importer.run(source, options);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 2);
    QCOMPARE(r.merged, 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("zeta")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("burgas")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("foundry")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("nordic trondheim")), 1); // merged in
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("television")), 1);
    verifyInSync();

    const Error e = Importer::revert(*m_db, r.batch);
    QVERIFY2(!e, qPrintable(e.message));
    // The imported rows' words are found nowhere (not even in the trash: the rows are gone);
    // the merged record by its old words only.
    const QStringList imported = {QStringLiteral("zeta"), QStringLiteral("burgas"), QStringLiteral("foundry"),
                                  QStringLiteral("trondheim"), QStringLiteral("television")};
    for (const QString &word : imported)
        QCOMPARE(count(EntityType::Organisation, word), 0);
    ListQuery inTrash;
    inTrash.inTrash = true;
    inTrash.search = QStringLiteral("zeta");
    QCOMPARE(m_orgs->count(inTrash), qint64(0));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("nordic media")), 1);
    QCOMPARE(m_orgs->count({}), qint64(2));
    verifyInSync(imported);
}

void TestSearch::index_staysInSync_throughAnEditAndItsUndo()
{
    const qint64 id = addOrganisation(QStringLiteral("Gamma Labs"));
    Record interaction(EntityType::Interaction);
    interaction.setValue(QStringLiteral("organisation_id"), id);
    interaction.setValue(QStringLiteral("type"), QStringLiteral("meeting"));
    interaction.setValue(QStringLiteral("occurred_on"), QDate(2025, 6, 3));
    QVERIFY(!Repositories::create(*m_db, EntityType::Interaction)->create(interaction));
    Record before;
    QVERIFY(!m_orgs->get(id, &before));
    Record edited = before;
    edited.setValue(QStringLiteral("name"), QStringLiteral("Делта Уъркс"));
    edited.setValue(QStringLiteral("city"), QStringLiteral("Русе"));
    QVERIFY(!m_orgs->update(edited));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("delta")), 1);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("delta")), 1);
    verifyInSync();

    // Undo as the window's undo stack does it (UpdateRecordCommand): the values before,
    // written back through the repository over the current version.
    Record undone = before;
    undone.version = edited.version;
    QVERIFY(!m_orgs->update(undone));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("delta")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("ruse")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("gamma")), 1);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("delta")), 0);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("gamma")), 1);
    verifyInSync({QStringLiteral("делта"), QStringLiteral("delta"), QStringLiteral("ruse"), QStringLiteral("русе")});

    // And redo.
    Record redone = edited;
    redone.version = undone.version;
    QVERIFY(!m_orgs->update(redone));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("gamma")), 0);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("delta")), 1);
    verifyInSync({QStringLiteral("gamma")});
}

void TestSearch::searchQuery_usesTheIndex_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("query");
    QTest::newRow("organisations") << int(EntityType::Organisation) << "digitalni";
    QTest::newRow("organisations, two words") << int(EntityType::Organisation) << "digitalni медии";
    QTest::newRow("people") << int(EntityType::Person) << "digitalni";
    QTest::newRow("startups") << int(EntityType::Startup) << "newsroom";
    QTest::newRow("sessions") << int(EntityType::Session) << "newsroom";
    QTest::newRow("vouchers") << int(EntityType::Voucher) << "newsroom";
    QTest::newRow("interactions") << int(EntityType::Interaction) << "digitalni";
    QTest::newRow("outcomes") << int(EntityType::Outcome) << "digitalni";
    QTest::newRow("events") << int(EntityType::Event) << "digitalni";
}

namespace {

// Collects the SQL of every statement run, with its bound values written in.
int collectStatements(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql)
            static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

void TestSearch::searchQuery_usesTheIndex()
{
    QFETCH(int, entity);
    QFETCH(QString, query);
    const EntityInfo &info = Entities::info(EntityType(entity));
    auto repo = Repositories::create(*m_db, info.type);
    QStringList statements;
    sqlite3_trace_v2(m_db->handle(), SQLITE_TRACE_STMT, collectStatements, &statements);
    ListQuery q;
    q.search = query;
    Error e;
    repo->list(q, &e);
    QVERIFY2(!e, qPrintable(e.message));
    ListQuery second = q;
    second.offset = 1; // past the first page: only the set of all matches can give it
    repo->list(second, &e);
    QVERIFY2(!e, qPrintable(e.message));
    repo->count(q, &e);
    QVERIFY2(!e, qPrintable(e.message));
    sqlite3_trace_v2(m_db->handle(), 0, nullptr, nullptr);

    int checked = 0;
    for (const QString &sql : std::as_const(statements)) {
        // The page reads the list view; the count may run on the table itself.
        if (!sql.contains(info.listView) && !sql.contains(QStringLiteral("FROM %1 t ").arg(info.table)))
            continue;
        // The first page's look at the first rows one by one (bounded; tst_queryplans checks
        // that it reads them through the list's index).
        if (sql.contains(QStringLiteral("LIMIT %1) t WHERE").arg(Repository::FirstRowsSearched)))
            continue;
        ++checked;
        QSqlQuery plan(m_db->connection());
        QVERIFY2(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(sql));
        QStringList lines;
        while (plan.next())
            lines.append(plan.value(3).toString());
        const QString text = lines.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(SearchIndex::ftsTable(info) + QStringLiteral(" VIRTUAL TABLE")), qPrintable(text));
        // Rows are looked up by id from the matches: nothing but an index is scanned.
        for (const QString &line : std::as_const(lines)) {
            if (line.startsWith(QLatin1String("SCAN ")))
                QVERIFY2(line.contains(QLatin1String("_fts VIRTUAL TABLE")), qPrintable(text));
        }
    }
    QVERIFY2(checked >= 2, qPrintable(statements.join(QLatin1Char('\n')))); // the pages and the count
}

void TestSearch::upgradedVersion1File_isSearchable()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v1.hubdesk"));
    {
        OpenError error;
        auto old = Database::createAtVersion(file, 1, &error);
        QVERIFY2(old, qPrintable(error.message));
        QCOMPARE(old->schemaVersion(), 1);
        // Plain SQL: the repositories of this HubDesk write search_text, which version 1 lacks.
        const QSqlDatabase db = old->connection();
        const QString stamp = QStringLiteral("2025-01-01T00:00:00.000Z");
        QVERIFY(!Sql::run(db, QStringLiteral("INSERT INTO organisations (id, uuid, created_at, updated_at, name, kind, "
                                             "engagement, city) VALUES (1, '00000000-0000-7000-8000-000000000001', ?, ?, "
                                             "?, 'media', 'engaged', 'Пловдив')"),
                          {stamp, stamp, QStringLiteral("”Дигитални Медии” ЕООД")}));
        QVERIFY(!Sql::run(db, QStringLiteral("INSERT INTO organisation_tags (organisation_id, tag) VALUES (1, 'Broadcasting')")));
        QVERIFY(!Sql::run(db, QStringLiteral("INSERT INTO organisations (id, uuid, created_at, updated_at, name, kind, "
                                             "engagement) VALUES (2, '00000000-0000-7000-8000-000000000002', ?, ?, "
                                             "'Newsroom AI', 'startup', 'partner')"),
                          {stamp, stamp}));
        QVERIFY(!Sql::run(db, QStringLiteral("INSERT INTO startups (id, uuid, created_at, updated_at, organisation_id, "
                                             "status, stage) VALUES (1, '00000000-0000-7000-8000-000000000003', ?, ?, 2, "
                                             "'active', 'mvp')"),
                          {stamp, stamp}));
        QVERIFY(!Sql::run(db, QStringLiteral("INSERT INTO interactions (id, uuid, created_at, updated_at, organisation_id, "
                                             "type, occurred_on, subject) VALUES (1, '00000000-0000-7000-8000-000000000004', "
                                             "?, ?, 1, 'call', '2025-02-03', 'Среща за партньорство')"),
                          {stamp, stamp}));
    }
    OpenError error;
    m_db = Database::open(file, &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_db->setActor(QStringLiteral("tester"));
    QCOMPARE(m_db->schemaVersion(), Migrations::latest());
    m_orgs = Repositories::create(*m_db, EntityType::Organisation);

    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT search_text FROM organisations WHERE id = 1")).toString(),
             QStringLiteral("”дигитални медии” еоод broadcasting пловдив ”digitalni medii” eood plovdiv"));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("digitalni")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("broadcast")), 1);
    QCOMPARE(count(EntityType::Startup, QStringLiteral("newsroom")), 1); // the organisation's name
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("partnyorstvo")), 1);
    QCOMPARE(count(EntityType::Interaction, QStringLiteral("дигитални")), 1); // through its stakeholder
    verifyIndexes();

    // The upgraded file keeps its index up to date from here on.
    Record org;
    QVERIFY(!m_orgs->get(1, &org));
    org.setValue(QStringLiteral("city"), QStringLiteral("Варна"));
    QVERIFY(!m_orgs->update(org));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 0);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("varna")), 1);
    verifyIndexes();
}

void TestSearch::suspend_outsideATransaction_isRefused()
{
    SearchIndex index(m_db->connection());
    const Error e = index.suspend();
    QCOMPARE(e.code, Error::Code::Internal);
    QVERIFY(!index.isSuspended());
    const int triggers = Sql::scalar(m_db->connection(),
                                     QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                                    "AND name LIKE '%\\_search\\_%' ESCAPE '\\'"))
                             .toInt();
    QCOMPARE(triggers, 8 * 3);
}

void TestSearch::suspendedLoad_isIndexedOnResume()
{
    const QString schemaSql = QStringLiteral("SELECT group_concat(name || ':' || sql, '\n') FROM "
                                             "(SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)");
    const QString before = Sql::scalar(m_db->connection(), schemaSql).toString();
    addOrganisation(QStringLiteral("Existing Partner"));
    {
        WriteTransaction tx(m_db->connection());
        QVERIFY(!tx.begin());
        SearchIndex index(m_db->connection());
        QVERIFY(!index.suspend());
        QVERIFY(index.isSuspended());
        QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name "
                                                                "LIKE 'organisations\\_search\\_%' ESCAPE '\\'"))
                     .toInt(),
                 0);
        for (int i = 0; i < 50; ++i)
            addOrganisation(QStringLiteral("Пловдив Медия %1").arg(i));
        QVERIFY(!index.resume());
        QVERIFY(!index.isSuspended());
        QVERIFY(!tx.commit());
    }
    QCOMPARE(Sql::scalar(m_db->connection(), schemaSql).toString(), before); // the same triggers, word for word
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 50);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("partner")), 1);
    verifyIndexes();
    // And the triggers work again.
    addOrganisation(QStringLiteral("Пловдив Нов"));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("plovdiv")), 51);
    verifyIndexes();
}

void TestSearch::suspendedLoad_rolledBack_keepsTheTriggers()
{
    {
        WriteTransaction tx(m_db->connection());
        QVERIFY(!tx.begin());
        SearchIndex index(m_db->connection());
        QVERIFY(!index.suspend());
        addOrganisation(QStringLiteral("Never Stored"));
        QTest::ignoreMessage(QtWarningMsg, "SearchIndex: suspended and never resumed; the transaction must not commit");
    } // rolled back without resume()
    QCOMPARE(m_orgs->count({}), qint64(0));
    addOrganisation(QStringLiteral("Stored Later"));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("stored")), 1);
    verifyIndexes();
}

void TestSearch::demoData_isIndexed()
{
    QMap<QString, qint64> counts;
    const Error e = DemoData::generate(*m_db, {}, &counts);
    QVERIFY2(!e, qPrintable(e.message));
    verifyIndexes();
    // Every row of every index was built: as many entries as rows.
    for (EntityType type : Entities::all()) {
        if (!SearchText::isIndexed(type))
            continue;
        const EntityInfo &info = Entities::info(type);
        const qint64 rows = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(info.table)).toLongLong();
        const qint64 entries = Sql::scalar(m_db->connection(),
                                           QStringLiteral("SELECT count(*) FROM %1_docsize").arg(SearchIndex::ftsTable(info)))
                                   .toLongLong();
        QCOMPARE(entries, rows);
        QCOMPARE(Sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT count(*) FROM %1 WHERE search_text IS NULL").arg(info.table))
                     .toLongLong(),
                 qint64(0));
    }
    // Bulgarian stakeholders are named in Cyrillic and Latin: a Latin word finds both.
    const qint64 latin = count(EntityType::Organisation, QStringLiteral("sofia"));
    const qint64 cyrillic = count(EntityType::Organisation, QStringLiteral("софия"));
    QVERIFY(latin > 0);
    QCOMPARE(cyrillic, latin);
    QVERIFY(count(EntityType::Interaction, QStringLiteral("sofia")) > 0);
}

QTEST_GUILESS_MAIN(TestSearch)
void TestSearch::refresh_rewritesOnlyChangedTexts_andKeepsTheIndexInSync()
{
    // A file written before й was also spelled y (schema 7's refresh): its text is put
    // back to the old form, then refreshed.
    addOrganisation(QStringLiteral("Николай Медия"));
    addOrganisation(QStringLiteral("Latin Only Ltd"));
    const QSqlDatabase c = m_db->connection();
    QVERIFY(!Sql::run(c, QStringLiteral("UPDATE organisations SET search_text = 'николаи медиа nikolai mediya' "
                                        "WHERE name = 'Николай Медия'")));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("nikolay")), 0);
    const qint64 versionBefore = Sql::scalar(c, QStringLiteral("SELECT sum(version) FROM organisations")).toLongLong();
    const qint64 changesBefore = Sql::scalar(c, QStringLiteral("SELECT total_changes()")).toLongLong();
    {
        WriteTransaction tx(c);
        QVERIFY(!tx.begin());
        QVERIFY(!SearchIndex::refresh(c));
        QVERIFY(!tx.commit());
    }
    // One row written (and its index entry through the trigger), not every row.
    const qint64 changed = Sql::scalar(c, QStringLiteral("SELECT total_changes()")).toLongLong() - changesBefore;
    QVERIFY2(changed > 0 && changed < 10, qPrintable(QString::number(changed)));
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("nikolay")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("nikolai")), 1);
    QCOMPARE(count(EntityType::Organisation, QStringLiteral("latin only")), 1);
    // Search text is not an edit: versions stay.
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT sum(version) FROM organisations")).toLongLong(), versionBefore);
    verifyIndexes();
}

#include "tst_search.moc"
