// Repositories: create, read, versioned update, audit, references, lists — on real SQLite.
#include "domain/rules.h"
#include "domain/uuid.h"
#include "storage/attachmentrepository.h"
#include "storage/auditlog.h"
#include "storage/participationrepository.h"
#include "storage/repositories.h"
#include "storage/settingsrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

class TestRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void create_assignsIdentityAndAudits();
    void create_brokenRule_writesNothing();
    void get_roundTripsEveryKindOfField();
    void update_bumpsVersionAndAuditsOldAndNew();
    void update_withoutChanges_writesNothing();
    void staleUpdate_isRefused();
    void staleUpdate_fromAnotherConnection_isRefused();
    void references_mustNameLiveRecords();
    void startup_needsAStartUpOrganisation();
    void startup_stageChanges_areKeptAsProgress();
    void session_needsAnExpert();
    void person_withSessions_staysAnExpert();
    void list_pagesSortsAndFilters();
    void list_search_matchesWordsLiterally();
    void list_unknownColumns_areRefused();
    void positionOf_equalsTheRowInTheList_data();
    void positionOf_equalsTheRowInTheList();
    void list_pagesPastTheMiddle_areReadFromTheEndInTheSameOrder_data();
    void list_pagesPastTheMiddle_areReadFromTheEndInTheSameOrder();
    void hostileText_survivesUnchanged_data();
    void hostileText_survivesUnchanged();
    void settings_areCheckedAndAudited();
    void participations_addMany_skipsDuplicates();
    void attachments_keepBytesOnce();
    void periods_haveUniqueNames();

private:
    // 60 events with repeated dates and names, empty end dates and organisers (ties and
    // NULLs in every sort), every eleventh in the trash.
    void addEvents(Repository &events);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_orgs;
};

void TestRepository::init()
{
    m_db = test::memoryDatabase();
    m_orgs = Repositories::create(*m_db, EntityType::Organisation);
}

void TestRepository::create_assignsIdentityAndAudits()
{
    Record org = test::organisation(QStringLiteral("Медиа Лаб"));
    org.setValue(QStringLiteral("email"), QStringLiteral("  info@medialab.bg "));
    QVERIFY(!m_orgs->create(org));
    QVERIFY(org.id > 0);
    QVERIFY(Uuid::isValid(org.uuid));
    QCOMPARE(org.version, 1);
    QVERIFY(org.createdAt.isValid());
    QCOMPARE(org.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(org.text(QStringLiteral("email")), QStringLiteral("info@medialab.bg")); // stored tidied

    const QList<AuditEntry> audit = AuditLog::forRecord(*m_db, QStringLiteral("organisation"), org.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("insert"));
    QCOMPARE(audit.first().actor, QStringLiteral("tester"));
    QCOMPARE(audit.first().recordUuid, org.uuid);
    QCOMPARE(audit.first().changes.value(QStringLiteral("name")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("Медиа Лаб")}));
    QVERIFY(!audit.first().changes.contains(QStringLiteral("website"))); // empty fields are not listed
}

void TestRepository::create_brokenRule_writesNothing()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    org.setValue(QStringLiteral("email"), QStringLiteral("acme at example"));
    org.setValue(QStringLiteral("country"), QStringLiteral("Bulgaria"));
    const Error e = m_orgs->create(org);
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(e.problems.size(), 2);
    QCOMPARE(e.problems.at(0).field, QStringLiteral("country"));
    QCOMPARE(e.problems.at(1).field, QStringLiteral("email"));
    QVERIFY(e.message.contains(QStringLiteral("Stakeholder › E-mail")));
    QCOMPARE(org.id, 0);
    QCOMPARE(m_orgs->count({}), 0);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void TestRepository::get_roundTripsEveryKindOfField()
{
    Record org = test::organisation(QStringLiteral("Balkan Data Labs Ltd"));
    org.setValue(QStringLiteral("roles"), QStringList{QStringLiteral("global_reach"), QStringLiteral("financing")});
    org.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("media"), QStringLiteral(" AI "), QStringLiteral("media")});
    org.setValue(QStringLiteral("company_id"), QStringLiteral("BG 121 000 008"));
    org.setValue(QStringLiteral("country"), QStringLiteral("bg"));
    QVERIFY(!m_orgs->create(org));
    Record read;
    QVERIFY(!m_orgs->get(org.id, &read));
    QCOMPARE(read.list(QStringLiteral("roles")), (QStringList{QStringLiteral("financing"), QStringLiteral("global_reach")}));
    QCOMPARE(read.list(QStringLiteral("tags")), (QStringList{QStringLiteral("AI"), QStringLiteral("media")}));
    QCOMPARE(read.text(QStringLiteral("company_id")), QStringLiteral("121000008"));
    QCOMPARE(read.text(QStringLiteral("country")), QStringLiteral("BG"));
    QCOMPARE(read.uuid, org.uuid);

    auto people = Repositories::create(*m_db, EntityType::Person);
    Record p = test::person(QStringLiteral("Мария"), QStringLiteral("Петрова"), true);
    p.setValue(QStringLiteral("organisation_id"), org.id);
    p.setValue(QStringLiteral("day_rate_cents"), Q_INT64_C(65000));
    p.setValue(QStringLiteral("expert_roles"), QStringList{QStringLiteral("mentor")});
    p.setValue(QStringLiteral("languages"), QStringList{QStringLiteral("bg"), QStringLiteral("en")});
    QVERIFY(!people->create(p));
    Record pr;
    QVERIFY(!people->get(p.id, &pr));
    QCOMPARE(pr.integer(QStringLiteral("day_rate_cents")), Q_INT64_C(65000));
    QCOMPARE(pr.flag(QStringLiteral("is_expert")), true);
    QCOMPARE(pr.integer(QStringLiteral("organisation_id")), org.id);
    QCOMPARE(pr.list(QStringLiteral("languages")), (QStringList{QStringLiteral("bg"), QStringLiteral("en")}));

    const qint64 startupId = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    auto startups = Repositories::create(*m_db, EntityType::Startup);
    Record s;
    QVERIFY(!startups->get(startupId, &s));
    QCOMPARE(s.date(QStringLiteral("joined_on")), QDate(2025, 3, 1));
    QCOMPARE(s.integer(QStringLiteral("trl")), 6);
}

void TestRepository::update_bumpsVersionAndAuditsOldAndNew()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    QVERIFY(!m_orgs->create(org));
    org.setValue(QStringLiteral("name"), QStringLiteral("Acme Media"));
    org.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("tv")});
    QVERIFY(!m_orgs->update(org));
    QCOMPARE(org.version, 2);
    Record read;
    QVERIFY(!m_orgs->get(org.id, &read));
    QCOMPARE(read.version, 2);
    QCOMPARE(read.text(QStringLiteral("name")), QStringLiteral("Acme Media"));
    const QList<AuditEntry> audit = AuditLog::forRecord(*m_db, QStringLiteral("organisation"), org.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().action, QStringLiteral("update"));
    QCOMPARE(audit.last().changes.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("tags")}));
    QCOMPARE(audit.last().changes.value(QStringLiteral("name")).toArray(),
             (QJsonArray{QStringLiteral("Acme"), QStringLiteral("Acme Media")}));
    QCOMPARE(audit.last().changes.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QJsonArray{}, QJsonArray{QStringLiteral("tv")}}));
}

void TestRepository::update_withoutChanges_writesNothing()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    QVERIFY(!m_orgs->create(org));
    Record same = org;
    QVERIFY(!m_orgs->update(same));
    QCOMPARE(same.version, 1);
    QCOMPARE(AuditLog::forRecord(*m_db, QStringLiteral("organisation"), org.id).size(), 1);
}

void TestRepository::staleUpdate_isRefused()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    QVERIFY(!m_orgs->create(org));
    Record mine = org;
    Record theirs = org;
    theirs.setValue(QStringLiteral("city"), QStringLiteral("Пловдив"));
    QVERIFY(!m_orgs->update(theirs));
    mine.setValue(QStringLiteral("city"), QStringLiteral("Варна"));
    const Error e = m_orgs->update(mine);
    QCOMPARE(e.code, Error::Code::Conflict);
    QVERIFY(e.message.contains(QLatin1String("changed by someone else")));
    QCOMPARE(mine.version, 1);
    Record stored;
    QVERIFY(!m_orgs->get(org.id, &stored));
    QCOMPARE(stored.text(QStringLiteral("city")), QStringLiteral("Пловдив"));
    QCOMPARE(stored.version, 2);
}

void TestRepository::staleUpdate_fromAnotherConnection_isRefused()
{
    QTemporaryDir dir;
    auto first = test::fileDatabase(dir.filePath(QStringLiteral("two.hubdesk")));
    auto second = first->openAnotherConnection(nullptr);
    QVERIFY(second);
    auto a = Repositories::create(*first, EntityType::Organisation);
    auto b = Repositories::create(*second, EntityType::Organisation);
    Record org = test::organisation(QStringLiteral("Acme"));
    QVERIFY(!a->create(org));
    Record inA, inB;
    QVERIFY(!a->get(org.id, &inA));
    QVERIFY(!b->get(org.id, &inB));
    inA.setValue(QStringLiteral("phone"), QStringLiteral("+359 2 111 2222"));
    inB.setValue(QStringLiteral("phone"), QStringLiteral("+359 2 333 4444"));
    QVERIFY(!a->update(inA));
    QCOMPARE(b->update(inB).code, Error::Code::Conflict);
    Record stored;
    QVERIFY(!b->get(org.id, &stored));
    QCOMPARE(stored.text(QStringLiteral("phone")), QStringLiteral("+359 2 111 2222"));
}

void TestRepository::references_mustNameLiveRecords()
{
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record p = test::person(QStringLiteral("Ivan"), QStringLiteral("Petrov"));
    p.setValue(QStringLiteral("organisation_id"), 999);
    Error e = people->create(p);
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(e.problems.first().field, QStringLiteral("organisation_id"));
    QVERIFY(e.problems.first().message.contains(QLatin1String("#999 does not exist")));

    Record org = test::organisation(QStringLiteral("Gone Ltd"));
    QVERIFY(!m_orgs->create(org));
    QVERIFY(!m_orgs->trash(org.id));
    p.setValue(QStringLiteral("organisation_id"), org.id);
    e = people->create(p);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(e.problems.first().message.contains(QStringLiteral("“Gone Ltd” is in the trash")));
}

void TestRepository::startup_needsAStartUpOrganisation()
{
    Record corp = test::organisation(QStringLiteral("Big Corp"), QStringLiteral("corporation"));
    QVERIFY(!m_orgs->create(corp));
    auto startups = Repositories::create(*m_db, EntityType::Startup);
    Record s = test::startup(corp.id);
    Error e = startups->create(s);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(e.message.contains(QLatin1String("only a start-up")));
    const qint64 id = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    Record existing;
    QVERIFY(!startups->get(id, &existing));
    Record twice = test::startup(existing.integer(QStringLiteral("organisation_id")));
    e = startups->create(twice);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(e.message.contains(QLatin1String("already in the programme")));
}

void TestRepository::startup_stageChanges_areKeptAsProgress()
{
    const qint64 id = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    auto startups = Repositories::create(*m_db, EntityType::Startup);
    auto progress = Repositories::create(*m_db, EntityType::StartupProgress);
    ListQuery forStartup;
    forStartup.filters = {Filter::equals(QStringLiteral("startup_id"), id)};
    QCOMPARE(progress->count(forStartup), 1); // where it started
    Record s;
    QVERIFY(!startups->get(id, &s));
    s.setValue(QStringLiteral("stage"), QStringLiteral("first_clients"));
    s.setValue(QStringLiteral("trl"), 7);
    QVERIFY(!startups->update(s));
    QCOMPARE(progress->count(forStartup), 2);
    const RowSet rows = progress->list(forStartup);
    QCOMPARE(rows.value(1, QStringLiteral("stage")).toString(), QStringLiteral("first_clients"));
    QCOMPARE(rows.value(1, QStringLiteral("recorded_on")).toString(), QDate::currentDate().toString(Qt::ISODate));

    // A dated entry added later than the others becomes the current stage.
    Record entry(EntityType::StartupProgress);
    entry.setValue(QStringLiteral("startup_id"), id);
    entry.setValue(QStringLiteral("recorded_on"), QDate::currentDate().addDays(1));
    entry.setValue(QStringLiteral("stage"), QStringLiteral("contracts"));
    entry.setValue(QStringLiteral("trl"), 8);
    QVERIFY(!progress->create(entry));
    QVERIFY(!startups->get(id, &s));
    QCOMPARE(s.text(QStringLiteral("stage")), QStringLiteral("contracts"));
    QCOMPARE(s.integer(QStringLiteral("trl")), 8);
    QCOMPARE(progress->count(forStartup), 3);
}

void TestRepository::session_needsAnExpert()
{
    const qint64 startupId = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record contact = test::person(QStringLiteral("Ivan"), QStringLiteral("Petrov"), false);
    QVERIFY(!people->create(contact));
    auto sessions = Repositories::create(*m_db, EntityType::Session);
    Record s = test::session(startupId, contact.id, QDate(2025, 6, 1));
    const Error e = sessions->create(s);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(e.message.contains(QLatin1String("not marked as an expert")));
    s.setValue(QStringLiteral("expert_id"), test::addExpert(*m_db, QStringLiteral("Elena"), QStringLiteral("Ivanova")));
    QVERIFY(!sessions->create(s));
}

void TestRepository::person_withSessions_staysAnExpert()
{
    const qint64 startupId = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    const qint64 expertId = test::addExpert(*m_db, QStringLiteral("Elena"), QStringLiteral("Ivanova"));
    auto sessions = Repositories::create(*m_db, EntityType::Session);
    Record s = test::session(startupId, expertId, QDate(2025, 6, 1));
    QVERIFY(!sessions->create(s));
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record expert;
    QVERIFY(!people->get(expertId, &expert));
    expert.setValue(QStringLiteral("is_expert"), false);
    const Error e = people->update(expert);
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(e.problems.first().field, QStringLiteral("is_expert"));
}

void TestRepository::list_pagesSortsAndFilters()
{
    const QStringList names = {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("Ärzte Media"),
                               QStringLiteral("Дигитални Медии"), QStringLiteral("gamma")};
    for (int i = 0; i < 250; ++i) {
        Record org = test::organisation(QStringLiteral("%1 %2").arg(names.at(i % 5)).arg(i, 3, 10, QLatin1Char('0')),
                                        i % 2 ? QStringLiteral("media") : QStringLiteral("investor"));
        if (i % 10 == 0)
            org.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("broadcasting")});
        QVERIFY(!m_orgs->create(org));
    }
    ListQuery q;
    q.sortKey = QStringLiteral("name");
    q.limit = 100;
    QCOMPARE(m_orgs->count(q), 250);
    const RowSet first = m_orgs->list(q);
    QCOMPARE(first.rows.size(), 100);
    // Folded order: case and accents do not split the list; Latin before Cyrillic.
    QVERIFY(first.value(0, QStringLiteral("name")).toString().startsWith(QLatin1String("Alpha")));
    QVERIFY(first.value(50, QStringLiteral("name")).toString().startsWith(QStringLiteral("Ärzte")));
    q.offset = 200;
    const RowSet last = m_orgs->list(q);
    QCOMPARE(last.rows.size(), 50);
    QVERIFY(last.value(49, QStringLiteral("name")).toString().startsWith(QStringLiteral("Дигитални")));
    q.descending = true;
    q.offset = 0;
    QVERIFY(m_orgs->list(q).value(0, QStringLiteral("name")).toString().startsWith(QStringLiteral("Дигитални")));

    ListQuery media;
    media.filters = {Filter::equals(QStringLiteral("kind"), QStringLiteral("media"))};
    QCOMPARE(m_orgs->count(media), 125);
    ListQuery tagged;
    tagged.filters = {Filter::has(QStringLiteral("tags"), QStringLiteral("broadcasting"))};
    QCOMPARE(m_orgs->count(tagged), 25);
    ListQuery both = tagged;
    both.filters.append(Filter::in(QStringLiteral("kind"), {QStringLiteral("investor")}));
    QCOMPARE(m_orgs->count(both), 25); // every tenth is even, so an investor
    ListQuery kindSort;
    kindSort.sortKey = QStringLiteral("kind"); // enumerations sort in their own order
    QCOMPARE(m_orgs->list(kindSort).value(0, QStringLiteral("kind")).toString(), QStringLiteral("investor"));
}

void TestRepository::list_search_matchesWordsLiterally()
{
    for (const QString &name : {QStringLiteral("Growth 50% Fund"), QStringLiteral("Growth 500 Fund"),
                                QStringLiteral("under_score media"), QStringLiteral("understore media")}) {
        Record org = test::organisation(name);
        QVERIFY(!m_orgs->create(org));
    }
    ListQuery q;
    q.search = QStringLiteral("50%");
    QCOMPARE(m_orgs->count(q), 1);
    q.search = QStringLiteral("under_s");
    QCOMPARE(m_orgs->count(q), 1);
    q.search = QStringLiteral("growth fund");
    QCOMPARE(m_orgs->count(q), 2);
    q.search = QStringLiteral("софия"); // the city of every test organisation, in lower case
    QCOMPARE(m_orgs->count(q), 4);      // the search index folds Cyrillic case too (tst_search has the rest)
}

void TestRepository::list_unknownColumns_areRefused()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    QVERIFY(!m_orgs->create(org));
    ListQuery q;
    q.sortKey = QStringLiteral("name; DROP TABLE organisations");
    Error e;
    m_orgs->list(q, &e);
    QCOMPARE(e.code, Error::Code::Internal);
    ListQuery f;
    f.filters = {Filter::equals(QStringLiteral("1=1 OR name"), QStringLiteral("x"))};
    m_orgs->count(f, &e);
    QCOMPARE(e.code, Error::Code::Internal);
    QCOMPARE(m_orgs->count({}), 1);
}

void TestRepository::positionOf_equalsTheRowInTheList_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("filtered");
    for (const char *key : {"starts_on", "ends_on", "type", "organiser_id", "name"}) {
        for (bool down : {false, true}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(key), down ? QStringLiteral("down") : QStringLiteral("up"))))
                << QString::fromLatin1(key) << down << false;
        }
    }
    QTest::newRow("ends_on, filtered") << "ends_on" << true << true;
}

void TestRepository::positionOf_equalsTheRowInTheList()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, descending);
    QFETCH(bool, filtered);
    auto events = Repositories::create(*m_db, EntityType::Event);
    addEvents(*events);
    const QStringList types = Enums::keys(EnumType::EventType);
    ListQuery q;
    q.sortKey = sortKey;
    q.descending = descending;
    q.limit = 1000;
    if (filtered)
        q.filters = {Filter::equals(QStringLiteral("type"), types.first())};
    const RowSet rows = events->list(q);
    QVERIFY(rows.rows.size() > 5);
    for (int r = 0; r < rows.rows.size(); ++r)
        QCOMPARE(events->positionOf(q, rows.rows.at(r).first().toLongLong()), qint64(r));
    // A record the list leaves out (in the trash, or filtered away) has no position.
    QCOMPARE(events->positionOf(q, 1), qint64(-1)); // the first one went to the trash
    QCOMPARE(events->positionOf(q, 99999), qint64(-1));
}

void TestRepository::addEvents(Repository &events)
{
    Record organiser = test::organisation(QStringLiteral("Organiser"));
    QVERIFY(!m_orgs->create(organiser));
    const QStringList types = Enums::keys(EnumType::EventType);
    for (int i = 0; i < 60; ++i) {
        Record ev(EntityType::Event);
        ev.setValue(QStringLiteral("name"), QStringLiteral("Event %1").arg(i % 17));
        ev.setValue(QStringLiteral("type"), types.at(i % types.size()));
        ev.setValue(QStringLiteral("starts_on"), QDate(2025, 1, 1).addDays(i % 9));
        if (i % 3)
            ev.setValue(QStringLiteral("ends_on"), QDate(2025, 2, 1).addDays(i % 5));
        if (i % 4 == 0)
            ev.setValue(QStringLiteral("organiser_id"), organiser.id);
        QVERIFY(!events.create(ev));
        if (i % 11 == 0)
            QVERIFY(!events.trash(ev.id));
    }
}

void TestRepository::list_pagesPastTheMiddle_areReadFromTheEndInTheSameOrder_data()
{
    positionOf_equalsTheRowInTheList_data();
}

void TestRepository::list_pagesPastTheMiddle_areReadFromTheEndInTheSameOrder()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, descending);
    QFETCH(bool, filtered);
    auto events = Repositories::create(*m_db, EntityType::Event);
    addEvents(*events);
    ListQuery q;
    q.sortKey = sortKey;
    q.descending = descending;
    q.limit = 1000;
    if (filtered)
        q.filters = {Filter::equals(QStringLiteral("type"), Enums::keys(EnumType::EventType).first())};
    const RowSet all = events->list(q);
    const qint64 rows = all.rows.size();
    QVERIFY(rows > 5);
    // Every page of 4 and of 7 rows, counted (so that those past the middle are read from
    // the end), equals the same rows of the whole list: same rows, same order, ties and
    // NULLs included, also the short page at the end.
    for (int size : {4, 7}) {
        for (qint64 offset = 0; offset < rows; offset += size) {
            ListQuery page = q;
            page.offset = offset;
            page.limit = size;
            page.rowsInList = rows;
            Error e;
            const RowSet got = events->list(page, &e);
            QVERIFY2(!e, qPrintable(e.message));
            const qint64 expected = std::min<qint64>(size, rows - offset);
            QCOMPARE(qint64(got.rows.size()), expected);
            for (int r = 0; r < got.rows.size(); ++r)
                QCOMPARE(got.rows.at(r).first().toLongLong(), all.rows.at(int(offset) + r).first().toLongLong());
        }
    }
    // A count that is out of date (a row added by another program since) gives the page the
    // count allows, never an error; the model counts again before it reads after a change.
    ListQuery stale = q;
    stale.offset = rows - 3;
    stale.limit = 10;
    stale.rowsInList = rows - 1;
    Error e;
    const RowSet got = events->list(stale, &e);
    QVERIFY(!e);
    QCOMPARE(got.rows.size(), 2); // rows - 1 - (rows - 3): the count bounds the page
}

void TestRepository::hostileText_survivesUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"Media\" `x`");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE organisations; --");
    QTest::newRow("nul") << QString(QStringLiteral("before") + QChar(0) + QStringLiteral("after"));
    QTest::newRow("rtl") << QStringLiteral("شركة الإعلام \u202Eevil\u202C");
    QTest::newRow("emoji") << QStringLiteral("Rocket 🚀 Media 👩🏽‍💻");
    QTest::newRow("html") << QStringLiteral("<b>x</b><img src=x onerror=alert(1)>");
    // The longest a name may be (a one-line field); 10 MB notes are in tst_hostiletext.
    QTest::newRow("longest name") << QString(Rules::maximumLineLength, QLatin1Char('x'));
}

void TestRepository::hostileText_survivesUnchanged()
{
    QFETCH(QString, text);
    Record org = test::organisation(text);
    org.setValue(QStringLiteral("notes"), text + QStringLiteral("\n") + text);
    QVERIFY(!m_orgs->create(org));
    Record read;
    QVERIFY(!m_orgs->get(org.id, &read));
    QCOMPARE(read.text(QStringLiteral("name")), text);
    QCOMPARE(read.text(QStringLiteral("notes")), text + QStringLiteral("\n") + text);
    QCOMPARE(m_orgs->count({}), 1);
    const QList<AuditEntry> audit = AuditLog::forRecord(*m_db, QStringLiteral("organisation"), org.id);
    QCOMPARE(audit.first().changes.value(QStringLiteral("name")).toArray().at(1).toString(), text);
}

void TestRepository::settings_areCheckedAndAudited()
{
    SettingsRepository settings(*m_db);
    QCOMPARE(settings.currency(), QStringLiteral("EUR"));
    QVERIFY(!settings.setValue(SettingsRepository::HubName, QStringLiteral("Sofia Hub")));
    QCOMPARE(settings.hubName(), QStringLiteral("Sofia Hub"));
    Error e = settings.setValue(SettingsRepository::Currency, QStringLiteral("euro"));
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(e.message.contains(QLatin1String("ISO 4217")));
    e = settings.setValue(SettingsRepository::VoucherBudgetCents, QStringLiteral("-5"));
    QCOMPARE(e.code, Error::Code::Validation);
    e = settings.setValue(QStringLiteral("colour"), QStringLiteral("blue"));
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(settings.currency(), QStringLiteral("EUR"));
    const QList<AuditEntry> audit = AuditLog::latest(*m_db, 10);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("setting"));
    QCOMPARE(audit.first().changes.value(QStringLiteral("hub_name")).toArray(),
             (QJsonArray{QString(), QStringLiteral("Sofia Hub")}));
}

void TestRepository::participations_addMany_skipsDuplicates()
{
    auto events = Repositories::create(*m_db, EntityType::Event);
    Record ev(EntityType::Event);
    ev.setValue(QStringLiteral("name"), QStringLiteral("Deeptech on stage #1"));
    ev.setValue(QStringLiteral("type"), QStringLiteral("deeptech_on_stage"));
    ev.setValue(QStringLiteral("starts_on"), QDate(2025, 10, 2));
    QVERIFY(!events->create(ev));
    QList<ParticipationRepository::Participant> who;
    for (int i = 0; i < 3; ++i) {
        Record org = test::organisation(QStringLiteral("Investor %1").arg(i), QStringLiteral("investor"));
        QVERIFY(!m_orgs->create(org));
        who.append({org.id, 0});
    }
    ParticipationRepository repo(*m_db);
    int added = 0, skipped = 0;
    QVERIFY(!repo.addMany(ev.id, who.mid(0, 2), QStringLiteral("investor"), &added, &skipped));
    QCOMPARE(added, 2);
    QVERIFY(!repo.addMany(ev.id, who, QStringLiteral("investor"), &added, &skipped));
    QCOMPARE(added, 1);
    QCOMPARE(skipped, 2);
    QCOMPARE(repo.count({}), 3);
    // One bad participant: none of the others is added either.
    who.append({0, 0});
    const Error e = repo.addMany(ev.id, who, QStringLiteral("jury"), &added, &skipped);
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(repo.count({}), 3);
}

void TestRepository::attachments_keepBytesOnce()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    QVERIFY(!m_orgs->create(org));
    AttachmentRepository repo(*m_db);
    const QByteArray bytes("%PDF-1.4 receipt", 16);
    Record a, b;
    QVERIFY(!repo.add(EntityType::Organisation, org.id, QStringLiteral("receipt.pdf"), bytes,
                      QStringLiteral("application/pdf"), QString(), &a));
    QVERIFY(!repo.add(EntityType::Organisation, org.id, QStringLiteral("copy.pdf"), bytes,
                      QStringLiteral("application/pdf"), QString(), &b));
    QCOMPARE(repo.content(a.id), bytes);
    QCOMPARE(repo.content(b.id), bytes);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM attachment_blobs")).toInt(), 1);
    const Error e = repo.add(EntityType::Organisation, 4242, QStringLiteral("x.txt"), "x", QString(), QString(), nullptr);
    QVERIFY(e);
    QCOMPARE(repo.count({}), 2);
}

void TestRepository::periods_haveUniqueNames()
{
    auto periods = Repositories::create(*m_db, EntityType::ReportingPeriod);
    Record p(EntityType::ReportingPeriod);
    p.setValue(QStringLiteral("name"), QStringLiteral("P1"));
    p.setValue(QStringLiteral("starts_on"), QDate(2025, 1, 1));
    p.setValue(QStringLiteral("ends_on"), QDate(2025, 12, 31));
    QVERIFY(!periods->create(p));
    Record again = p;
    again.id = 0;
    again.uuid.clear();
    const Error e = periods->create(again);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(e.message.contains(QLatin1String("already exists")));
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
