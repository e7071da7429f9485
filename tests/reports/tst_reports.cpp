// The report figures against a small programme whose every figure was worked out
// by hand (in the comments), with the edge cases docs/reports.md decides: sessions
// on the first and last day of a period, planned and cancelled sessions, a rejected
// voucher, a voucher approved in one period and paid in the next, a startup that
// changes stage inside a period, and records in the trash.
#include "reports/csvreportwriter.h"
#include "reports/pdfreportwriter.h"
#include "reports/reportbuilder.h"
#include "storage/programmefigures.h"
#include "storage/repositories.h"
#include "storage/startupprogressrepository.h"
#include "storage/voucherrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

const QDate P1from(2025, 1, 1);
const QDate P1to(2025, 6, 30);
const QDate P2from(2025, 7, 1);
const QDate P2to(2025, 12, 31);

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFigures_firstPeriod();
    void keyFigures_secondPeriod();
    void breakdowns_firstPeriod();
    void startupProgress_stageAtStartAndEnd();
    void vouchers_byStatusAtTheEnd();
    void fstp_listsGrantedAndPaid();
    void timesheet_hoursAndAmounts();
    void profile_onePerActiveStartup();
    void builder_refusesBadRanges_data();
    void builder_refusesBadRanges();
    void builder_resolvesAPeriodByName();
    void writers_carryTheHandWorkedFigures();

private:
    qint64 organisation(const QString &name, const QString &kind, const QString &country);
    qint64 startup(qint64 organisationId, const QString &cohort, const QDate &joined, const QString &stage, int trl, int female,
                   int male, int other);
    qint64 session(qint64 startupId, qint64 expertId, const QDate &date, int minutes, const QString &service,
                   const QString &status);
    static const ReportTable *table(const ReportDocument &doc, const QString &key);

    std::unique_ptr<Database> m_db;
    qint64 m_alpha = 0, m_beta = 0, m_gamma = 0, m_delta = 0, m_corp = 0, m_fund = 0;
    qint64 m_sa = 0, m_sb = 0, m_sc = 0;
    qint64 m_e1 = 0, m_e2 = 0;
};

qint64 TestReports::organisation(const QString &name, const QString &kind, const QString &country)
{
    auto repo = Repositories::create(*m_db, EntityType::Organisation);
    Record r = test::organisation(name, kind);
    r.setValue(QStringLiteral("country"), country);
    if (Error e = repo->create(r))
        qFatal("%s", qPrintable(e.message));
    return r.id;
}

qint64 TestReports::startup(qint64 organisationId, const QString &cohort, const QDate &joined, const QString &stage, int trl,
                            int female, int male, int other)
{
    auto repo = Repositories::create(*m_db, EntityType::Startup);
    Record r = test::startup(organisationId);
    r.setValue(QStringLiteral("cohort"), cohort);
    r.setValue(QStringLiteral("stage"), stage);
    r.setValue(QStringLiteral("trl"), trl);
    r.setValue(QStringLiteral("founders_female"), female);
    r.setValue(QStringLiteral("founders_male"), male);
    r.setValue(QStringLiteral("founders_other"), other);
    if (joined.isValid())
        r.setValue(QStringLiteral("joined_on"), joined);
    else
        r.clear(QStringLiteral("joined_on"));
    if (Error e = repo->create(r))
        qFatal("%s", qPrintable(e.message));
    return r.id;
}

qint64 TestReports::session(qint64 startupId, qint64 expertId, const QDate &date, int minutes, const QString &service,
                            const QString &status)
{
    auto repo = Repositories::create(*m_db, EntityType::Session);
    Record r = test::session(startupId, expertId, date);
    r.setValue(QStringLiteral("duration_minutes"), minutes);
    r.setValue(QStringLiteral("service"), service);
    r.setValue(QStringLiteral("status"), status);
    if (Error e = repo->create(r))
        qFatal("%s", qPrintable(e.message));
    return r.id;
}

const ReportTable *TestReports::table(const ReportDocument &doc, const QString &key)
{
    for (const ReportBlock &b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Table && b.table.key == key)
            return &b.table;
    }
    return nullptr;
}

void TestReports::initTestCase()
{
    m_db = test::memoryDatabase();
    test::setVoucherLimits(*m_db, 200000, 500000); // cap 2,000.00, budget 5,000.00

    m_alpha = organisation(QStringLiteral("Alpha Media"), QStringLiteral("startup"), QStringLiteral("BG"));
    m_beta = organisation(QStringLiteral("Beta Labs"), QStringLiteral("startup"), QStringLiteral("GR"));
    m_gamma = organisation(QStringLiteral("Gamma"), QStringLiteral("startup"), QStringLiteral("BE"));
    m_delta = organisation(QStringLiteral("Delta"), QStringLiteral("startup"), QStringLiteral("BG"));
    m_corp = organisation(QStringLiteral("Big Corp"), QStringLiteral("corporation"), QStringLiteral("BG"));
    m_fund = organisation(QStringLiteral("Fund One"), QStringLiteral("investor"), QStringLiteral("NO"));

    // SA joined before P1 (MVP, TRL 6) and reaches first clients (TRL 7) inside P1.
    m_sa = startup(m_alpha, QStringLiteral("C1"), QDate(2024, 10, 1), QStringLiteral("mvp"), 6, 1, 1, 0);
    StartupProgressRepository progress(*m_db);
    Record step(EntityType::StartupProgress);
    step.setValue(QStringLiteral("startup_id"), m_sa);
    step.setValue(QStringLiteral("recorded_on"), QDate(2025, 3, 15));
    step.setValue(QStringLiteral("stage"), QStringLiteral("first_clients"));
    step.setValue(QStringLiteral("trl"), 7);
    QVERIFY(!progress.create(step));
    // SB joins on the last day of P1: active and new in P1.
    m_sb = startup(m_beta, QStringLiteral("C2"), P1to, QStringLiteral("prototype"), 4, 0, 2, 1);
    // SC goes to the trash with all it has; SD is an applicant (never joined).
    m_sc = startup(m_gamma, QStringLiteral("C1"), QDate(2025, 1, 10), QStringLiteral("idea"), 2, 2, 0, 0);
    startup(m_delta, QStringLiteral("C3"), QDate(), QStringLiteral("idea"), 2, 1, 0, 0);

    auto people = Repositories::create(*m_db, EntityType::Person);
    Record e1 = test::person(QStringLiteral("Elena"), QStringLiteral("Ivanova"), true);
    e1.setValue(QStringLiteral("hour_rate_cents"), 10000);
    QVERIFY(!people->create(e1));
    m_e1 = e1.id;
    Record e2 = test::person(QStringLiteral("Nikolay"), QStringLiteral("Petrov"), true);
    e2.setValue(QStringLiteral("hour_rate_cents"), 8000);
    QVERIFY(!people->create(e2));
    m_e2 = e2.id;

    session(m_sa, m_e1, P1from, 60, QStringLiteral("pitching"), QStringLiteral("held"));          // P1, first day
    session(m_sa, m_e2, P1to, 90, QStringLiteral("fundraising"), QStringLiteral("held"));         // P1, last day
    session(m_sa, m_e1, P2from, 30, QStringLiteral("pitching"), QStringLiteral("held"));          // P2, first day
    session(m_sa, m_e1, QDate(2025, 3, 10), 60, QStringLiteral("legal"), QStringLiteral("cancelled"));
    session(m_sa, m_e2, QDate(2025, 4, 1), 45, QStringLiteral("strategy"), QStringLiteral("planned"));
    session(m_sb, m_e1, P1to, 120, QStringLiteral("investor_meeting"), QStringLiteral("held"));   // P1, last day
    session(m_sc, m_e2, QDate(2025, 2, 1), 60, QStringLiteral("pitching"), QStringLiteral("held")); // goes to the trash

    auto events = Repositories::create(*m_db, EntityType::Event);
    auto participations = Repositories::create(*m_db, EntityType::Participation);
    const auto event = [&](const QString &name, const QString &type, const QDate &date) {
        Record ev(EntityType::Event);
        ev.setValue(QStringLiteral("name"), name);
        ev.setValue(QStringLiteral("type"), type);
        ev.setValue(QStringLiteral("starts_on"), date);
        if (Error e = events->create(ev))
            qFatal("%s", qPrintable(e.message));
        return ev.id;
    };
    const auto take = [&](qint64 eventId, qint64 org, qint64 person, const QString &role) {
        Record p(EntityType::Participation);
        p.setValue(QStringLiteral("event_id"), eventId);
        if (org)
            p.setValue(QStringLiteral("organisation_id"), org);
        if (person)
            p.setValue(QStringLiteral("person_id"), person);
        p.setValue(QStringLiteral("role"), role);
        if (Error e = participations->create(p))
            qFatal("%s", qPrintable(e.message));
    };
    const qint64 ev1 = event(QStringLiteral("Deeptech on stage #1"), QStringLiteral("deeptech_on_stage"), QDate(2025, 5, 20));
    take(ev1, m_alpha, 0, QStringLiteral("pitching"));
    take(ev1, m_beta, 0, QStringLiteral("pitching"));
    take(ev1, m_fund, 0, QStringLiteral("investor"));
    take(ev1, 0, m_e1, QStringLiteral("jury"));
    const qint64 ev2 = event(QStringLiteral("Investor day"), QStringLiteral("investor_meeting"), QDate(2025, 9, 1));
    take(ev2, m_alpha, 0, QStringLiteral("pitching"));
    take(ev2, m_fund, 0, QStringLiteral("investor"));
    const qint64 ev3 = event(QStringLiteral("Cancelled meetup"), QStringLiteral("networking"), QDate(2025, 4, 4));
    take(ev3, m_corp, 0, QStringLiteral("attendee"));
    QVERIFY(!events->trash(ev3));

    auto interactions = Repositories::create(*m_db, EntityType::Interaction);
    const auto interaction = [&](qint64 org, const QDate &date) {
        Record i(EntityType::Interaction);
        i.setValue(QStringLiteral("organisation_id"), org);
        i.setValue(QStringLiteral("type"), QStringLiteral("call"));
        i.setValue(QStringLiteral("occurred_on"), date);
        if (Error e = interactions->create(i))
            qFatal("%s", qPrintable(e.message));
        return i.id;
    };
    interaction(m_corp, QDate(2025, 2, 2));
    interaction(m_fund, QDate(2025, 8, 1));
    QVERIFY(!interactions->trash(interaction(m_corp, QDate(2025, 3, 3))));

    auto outcomes = Repositories::create(*m_db, EntityType::Outcome);
    const auto outcome = [&](qint64 startupId, const QString &type, const QDate &date, qint64 cents, qint64 counterpart) {
        Record o(EntityType::Outcome);
        o.setValue(QStringLiteral("startup_id"), startupId);
        o.setValue(QStringLiteral("type"), type);
        o.setValue(QStringLiteral("achieved_on"), date);
        o.setValue(QStringLiteral("title"), type);
        if (cents)
            o.setValue(QStringLiteral("amount_cents"), cents);
        if (counterpart)
            o.setValue(QStringLiteral("counterpart_id"), counterpart);
        if (Error e = outcomes->create(o))
            qFatal("%s", qPrintable(e.message));
    };
    outcome(m_sa, QStringLiteral("contract"), QDate(2025, 2, 15), 1000000, m_corp);
    outcome(m_sa, QStringLiteral("investment"), P1to, 5000000, m_fund);
    outcome(m_sb, QStringLiteral("pilot"), QDate(2025, 5, 5), 0, 0);
    outcome(m_sa, QStringLiteral("contract"), QDate(2025, 8, 1), 200000, m_corp);
    outcome(m_sc, QStringLiteral("award"), QDate(2025, 3, 1), 0, 0);

    VoucherRepository vouchers(*m_db);
    Record v1 = test::voucher(m_sa, 80000);
    v1.setValue(QStringLiteral("requested_on"), QDate(2025, 2, 1));
    QVERIFY(!vouchers.create(v1));
    QVERIFY(!vouchers.approve(v1, 70000, QDate(2025, 2, 10)));          // granted in P1
    QVERIFY(!vouchers.markClaimed(v1, 70000, QDate(2025, 7, 5), true));
    QVERIFY(!vouchers.markPaid(v1, 65000, QDate(2025, 7, 20)));         // paid in P2
    Record v2 = test::voucher(m_sa, 50000);
    v2.setValue(QStringLiteral("requested_on"), QDate(2025, 3, 1));
    QVERIFY(!vouchers.create(v2));
    QVERIFY(!vouchers.reject(v2, QStringLiteral("Not linked to the programme"), QDate(2025, 3, 5)));
    Record v3 = test::voucher(m_sb, 150000);
    v3.setValue(QStringLiteral("requested_on"), QDate(2025, 5, 1));
    QVERIFY(!vouchers.create(v3));
    QVERIFY(!vouchers.approve(v3, 150000, QDate(2025, 5, 2)));         // granted in P1
    QVERIFY(!vouchers.cancel(v3, QStringLiteral("Conference moved online"), QDate(2025, 8, 1))); // cancelled in P2

    // SC and everything of it go to the trash: its session and award must not count.
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    QVERIFY(!orgs->trash(m_gamma));

    auto periods = Repositories::create(*m_db, EntityType::ReportingPeriod);
    Record p1(EntityType::ReportingPeriod);
    p1.setValue(QStringLiteral("name"), QStringLiteral("P1"));
    p1.setValue(QStringLiteral("starts_on"), P1from);
    p1.setValue(QStringLiteral("ends_on"), P1to);
    QVERIFY(!periods->create(p1));
}

void TestReports::keyFigures_firstPeriod()
{
    Error e;
    const KeyFigures k = ProgrammeFigures(*m_db, P1from, P1to).keyFigures(&e);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(k.startupsActive, 2);    // SA, SB (joins on the last day); not SC (trash), not SD (never joined)
    QCOMPARE(k.startupsNew, 1);       // SB
    QCOMPARE(k.startupsSupported, 2); // SA and SB had held sessions
    QCOMPARE(k.sessionsHeld, 3);      // 1 Jan (60), 30 Jun (90), SB 30 Jun (120)
    QCOMPARE(k.sessionMinutes, 270);  // 4.5 h
    QCOMPARE(k.sessionsPlanned, 1);
    QCOMPARE(k.sessionsCancelled, 1);
    QCOMPARE(k.expertsEngaged, 2);
    QCOMPARE(k.investorMeetingSessions, 1);
    QCOMPARE(k.matchmakingSessions, 0);
    QCOMPARE(k.events, 1);                     // the trashed meetup does not count
    QCOMPARE(k.participations, 4);
    QCOMPARE(k.participatingOrganisations, 3); // Alpha, Beta, Fund One (the jury member has none)
    QCOMPARE(k.investorMeetingEvents, 0);
    QCOMPARE(k.contracts, 1);
    QCOMPARE(k.contractCents, 1000000);
    QCOMPARE(k.investments, 1);
    QCOMPARE(k.investmentCents, 5000000);
    QCOMPARE(k.pilots, 1);
    QCOMPARE(k.awards, 0); // SC's award is in the trash
    QCOMPARE(k.vouchersGranted, 2);
    QCOMPARE(k.vouchersGrantedCents, 220000);
    QCOMPARE(k.vouchersPaid, 0);
    QCOMPARE(k.vouchersRejected, 1);
    QCOMPARE(k.vouchersCancelled, 0);
    QCOMPARE(k.committedAtEndCents, 220000); // V1 700.00 approved, V3 1,500.00 approved
    QCOMPARE(k.budgetCents, 500000);
    QCOMPARE(k.capCents, 200000);
    QCOMPARE(k.stakeholdersEngaged, 4); // Big Corp (call), Alpha, Beta, Fund One (event)
    QCOMPARE(k.foundersFemale, 1);
    QCOMPARE(k.foundersTotal, 5);
    QCOMPARE(k.startupsWithFemaleFounder, 1);
    QCOMPARE(k.countries, 2); // BG, GR
}

void TestReports::keyFigures_secondPeriod()
{
    const KeyFigures k = ProgrammeFigures(*m_db, P2from, P2to).keyFigures();
    QCOMPARE(k.startupsActive, 2);
    QCOMPARE(k.startupsNew, 0);
    QCOMPARE(k.sessionsHeld, 1); // 1 Jul
    QCOMPARE(k.sessionMinutes, 30);
    QCOMPARE(k.events, 1);
    QCOMPARE(k.investorMeetingEvents, 1);
    QCOMPARE(k.contracts, 1);
    QCOMPARE(k.contractCents, 200000);
    QCOMPARE(k.vouchersGranted, 0);  // V1 was granted in P1 ...
    QCOMPARE(k.vouchersPaid, 1);     // ... and paid in P2
    QCOMPARE(k.vouchersPaidCents, 65000);
    QCOMPARE(k.vouchersCancelled, 1); // V3, granted in P1
    QCOMPARE(k.committedAtEndCents, 65000); // only V1's payment holds money now
    QCOMPARE(k.stakeholdersEngaged, 2);     // Fund One (e-mail and event), Alpha (event)
}

void TestReports::breakdowns_firstPeriod()
{
    const ProgrammeFigures f(*m_db, P1from, P1to);
    QCOMPARE(f.sessionsByService(), (QList<QVariantList>{{QStringLiteral("pitching"), 1, 60},
                                                         {QStringLiteral("fundraising"), 1, 90},
                                                         {QStringLiteral("investor_meeting"), 1, 120}}));
    QCOMPARE(f.stakeholdersByKind(), (QList<QVariantList>{{QStringLiteral("corporation"), 1},
                                                          {QStringLiteral("investor"), 1},
                                                          {QStringLiteral("startup"), 2}}));
    QCOMPARE(f.byCountry(), (QList<QVariantList>{{QStringLiteral("BG"), 1, 2},
                                                 {QStringLiteral("GR"), 1, 1},
                                                 {QStringLiteral("NO"), 0, 1}}));
    QCOMPARE(f.byCohort(), (QList<QVariantList>{{QStringLiteral("C1"), 1, 2, 150}, {QStringLiteral("C2"), 1, 1, 120}}));
    QCOMPARE(f.foundersByGender(), (QList<QVariantList>{{1, 3, 1}}));
    QCOMPARE(f.participantsByRole(), (QList<QVariantList>{{QStringLiteral("pitching"), 2},
                                                          {QStringLiteral("investor"), 1},
                                                          {QStringLiteral("jury"), 1}}));
    const QList<QVariantList> outcomes = f.outcomes();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).at(1).toString(), QStringLiteral("Alpha Media"));
    QCOMPARE(outcomes.at(0).at(4).toString(), QStringLiteral("Big Corp"));
    QCOMPARE(outcomes.at(2).at(2).toString(), QStringLiteral("investment"));
    // The same figures in the built report, with labels.
    Error e;
    ReportRequest request;
    request.kind = ReportRequest::Kind::Periodic;
    request.from = P1from;
    request.to = P1to;
    const ReportDocument doc = ReportBuilder::build(*m_db, request, &e);
    QVERIFY2(!e, qPrintable(e.message));
    const ReportTable *services = table(doc, QStringLiteral("sessions_by_service"));
    QVERIFY(services);
    QCOMPARE(services->rows.first().first().toString(), QStringLiteral("Pitching readiness"));
    QCOMPARE(services->totals, (QVariantList{QStringLiteral("Total"), 3, 4.5}));
    const ReportTable *outcomeTable = table(doc, QStringLiteral("outcomes"));
    QCOMPARE(outcomeTable->totals.last().toLongLong(), 6000000);
    const ReportTable *key = table(doc, QStringLiteral("key_figures"));
    QVERIFY(key);
    bool share = false;
    for (const QVariantList &row : key->rows) {
        if (row.first().toString().contains(QStringLiteral("Female founders"))) {
            QCOMPARE(row.at(4).toDouble(), 0.2);
            share = true;
        }
    }
    QVERIFY(share);
    QCOMPARE(doc.tables().size(), 11);
}

void TestReports::startupProgress_stageAtStartAndEnd()
{
    const QList<QVariantList> rows = ProgrammeFigures(*m_db, P1from, P1to).startupProgress();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QVariantList{QStringLiteral("Alpha Media"), QStringLiteral("C1"), QStringLiteral("mvp"), 6,
                                       QStringLiteral("first_clients"), 7}));
    // SB joined on the last day: no stage at the start.
    QCOMPARE(rows.at(1), (QVariantList{QStringLiteral("Beta Labs"), QStringLiteral("C2"), QVariant(), QVariant(),
                                       QStringLiteral("prototype"), 4}));
    const QList<QVariantList> stages = ProgrammeFigures(*m_db, P1from, P1to).stagesAtEnd();
    QCOMPARE(stages, (QList<QVariantList>{{QStringLiteral("prototype"), 1}, {QStringLiteral("first_clients"), 1}}));
}

void TestReports::vouchers_byStatusAtTheEnd()
{
    QCOMPARE(ProgrammeFigures(*m_db, P1from, P1to).vouchersByStatusAtEnd(),
             (QList<QVariantList>{{QStringLiteral("approved"), 2, 230000, 220000, 0},
                                  {QStringLiteral("rejected"), 1, 50000, 0, 0}}));
    QCOMPARE(ProgrammeFigures(*m_db, P2from, P2to).vouchersByStatusAtEnd(),
             (QList<QVariantList>{{QStringLiteral("paid"), 1, 80000, 70000, 65000},
                                  {QStringLiteral("rejected"), 1, 50000, 0, 0},
                                  {QStringLiteral("cancelled"), 1, 150000, 150000, 0}}));
    // Before any voucher was requested there is nothing to report.
    QVERIFY(ProgrammeFigures(*m_db, QDate(2024, 1, 1), QDate(2024, 12, 31)).vouchersByStatusAtEnd().isEmpty());
}

void TestReports::fstp_listsGrantedAndPaid()
{
    ReportRequest request;
    request.kind = ReportRequest::Kind::Fstp;
    request.from = P1from;
    request.to = P1to;
    Error e;
    ReportDocument doc = ReportBuilder::build(*m_db, request, &e);
    QVERIFY2(!e, qPrintable(e.message));
    const ReportTable *vouchers = table(doc, QStringLiteral("vouchers"));
    QVERIFY(vouchers);
    QCOMPARE(vouchers->rows.size(), 2); // V1 and V3 were approved in P1; V2 was rejected
    QCOMPARE(vouchers->rows.at(0).at(1).toString(), QStringLiteral("Alpha Media"));
    QCOMPARE(vouchers->rows.at(0).at(6).toLongLong(), 70000);
    QCOMPARE(vouchers->rows.at(0).at(7).toDate(), QDate(2025, 2, 10));
    QVERIFY(vouchers->rows.at(0).at(8).isNull()); // not paid by the end of P1
    QCOMPARE(vouchers->totals.at(6).toLongLong(), 220000);
    const ReportTable *recipients = table(doc, QStringLiteral("recipients"));
    QCOMPARE(recipients->rows, (QList<QVariantList>{
                                   {QStringLiteral("Alpha Media"), QStringLiteral("BG"), QVariant(), 1, 70000, 0, 70000, 200000, 130000},
                                   {QStringLiteral("Beta Labs"), QStringLiteral("GR"), QVariant(), 1, 150000, 0, 150000, 200000, 50000}}));

    request.from = P2from;
    request.to = P2to;
    doc = ReportBuilder::build(*m_db, request, &e);
    vouchers = table(doc, QStringLiteral("vouchers"));
    QCOMPARE(vouchers->rows.size(), 1); // V1, paid in P2 (V3 was only cancelled in P2)
    QCOMPARE(vouchers->rows.at(0).at(8).toLongLong(), 65000);
    QCOMPARE(vouchers->rows.at(0).at(9).toDate(), QDate(2025, 7, 20));
    QCOMPARE(vouchers->rows.at(0).at(10).toString(), QStringLiteral("Paid"));
}

void TestReports::timesheet_hoursAndAmounts()
{
    ReportRequest request;
    request.kind = ReportRequest::Kind::Timesheet;
    request.from = P1from;
    request.to = P1to;
    Error e;
    const ReportDocument doc = ReportBuilder::build(*m_db, request, &e);
    QVERIFY2(!e, qPrintable(e.message));
    const ReportTable *experts = table(doc, QStringLiteral("experts"));
    QVERIFY(experts);
    // Elena: 60 + 120 min = 3.0 h × 100.00 = 300.00; Nikolay: 90 min = 1.5 h × 80.00 = 120.00.
    QCOMPARE(experts->rows, (QList<QVariantList>{{QStringLiteral("Elena Ivanova"), 2, 3.0, 10000, 30000},
                                                 {QStringLiteral("Nikolay Petrov"), 1, 1.5, 8000, 12000}}));
    QCOMPARE(experts->totals, (QVariantList{QStringLiteral("Total"), 3, 4.5, QVariant(), 42000}));
    const ReportTable *detail = table(doc, QStringLiteral("timesheet"));
    QCOMPARE(detail->rows.size(), 3);
    QCOMPARE(detail->rows.at(0).at(2).toString(), QStringLiteral("Alpha Media"));
    QCOMPARE(detail->rows.at(1).at(2).toString(), QStringLiteral("Beta Labs"));
    // One expert only.
    request.expertId = m_e2;
    const ReportDocument one = ReportBuilder::build(*m_db, request, &e);
    QCOMPARE(table(one, QStringLiteral("experts"))->rows.size(), 1);
}

void TestReports::profile_onePerActiveStartup()
{
    ReportRequest request;
    request.kind = ReportRequest::Kind::Profile;
    request.from = P1from;
    request.to = P1to;
    Error e;
    ReportDocument doc = ReportBuilder::build(*m_db, request, &e);
    QVERIFY2(!e, qPrintable(e.message));
    int headings = 0, breaks = 0;
    for (const ReportBlock &b : doc.blocks) {
        headings += b.kind == ReportBlock::Kind::Heading ? 1 : 0;
        breaks += b.kind == ReportBlock::Kind::PageBreak ? 1 : 0;
    }
    QCOMPARE(headings, 2);
    QCOMPARE(breaks, 1);
    request.startupId = m_sa;
    doc = ReportBuilder::build(*m_db, request, &e);
    const ReportTable *history = table(doc, QStringLiteral("stage_history"));
    QVERIFY(history);
    QCOMPARE(history->rows.size(), 2);
    const ReportTable *sessions = table(doc, QStringLiteral("sessions"));
    QCOMPARE(sessions->rows.size(), 3); // held ×2 and the planned one; the cancelled one is left out
    QCOMPARE(sessions->totals.at(3).toDouble(), 2.5);
}

void TestReports::builder_refusesBadRanges_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("reversed") << QDate(2025, 6, 30) << QDate(2025, 1, 1) << "before the start";
    QTest::newRow("no end") << QDate(2025, 1, 1) << QDate() << "start and an end";
    QTest::newRow("year 2500") << QDate(2025, 1, 1) << QDate(2500, 1, 1) << "between";
}

void TestReports::builder_refusesBadRanges()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, mentions);
    ReportRequest request;
    request.from = from;
    request.to = to;
    Error e;
    const ReportDocument doc = ReportBuilder::build(*m_db, request, &e);
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QVERIFY(doc.blocks.isEmpty());
}

void TestReports::builder_resolvesAPeriodByName()
{
    ReportRequest request;
    QVERIFY(!ReportBuilder::requestForPeriod(*m_db, QStringLiteral("P1"), &request));
    QCOMPARE(request.from, P1from);
    QCOMPARE(request.to, P1to);
    QVERIFY(request.rangeText().startsWith(QStringLiteral("P1: ")));
    const Error e = ReportBuilder::requestForPeriod(*m_db, QStringLiteral("P9"), &request);
    QCOMPARE(e.code, Error::Code::NotFound);
    QVERIFY(e.message.contains(QStringLiteral("P9")));
}

void TestReports::writers_carryTheHandWorkedFigures()
{
    // The periodic report of P1 as a reader gets it: the PDF's text and the CSV annex
    // carry the figures worked out by hand above.
    ReportRequest request;
    QVERIFY(!ReportBuilder::requestForPeriod(*m_db, QStringLiteral("P1"), &request));
    Error e;
    const ReportDocument doc = ReportBuilder::build(*m_db, request, &e);
    QVERIFY2(!e, qPrintable(e.message));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    const QString pdf = dir.filePath(QStringLiteral("p1.pdf"));
    e = PdfReportWriter::write(doc, pdf, british);
    QVERIFY2(!e, qPrintable(e.message));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0, "pdftotext (poppler-utils) failed or is missing");
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    const auto line = [&](const QString &pattern) {
        return pages.contains(QRegularExpression(pattern, QRegularExpression::MultilineOption));
    };
    QVERIFY2(line(QStringLiteral("^\\s*Mentoring sessions held\\s+3\\s+4\\.5 h\\s*$")), qPrintable(pages));
    QVERIFY(line(QStringLiteral("^\\s*Startups active in the programme\\s+2\\s*$")));
    QVERIFY(line(QStringLiteral("^\\s*Client contracts signed\\s+1\\s+10,000\\.00 EUR\\s*$")));
    QVERIFY(line(QStringLiteral("^\\s*Travel vouchers rejected\\s+1\\s*$")));
    const int count = int(pages.count(QLatin1Char('\f')));
    QVERIFY(pages.contains(QStringLiteral("Page %1 of %1").arg(count)));

    QVERIFY(!CsvReportWriter::writeTables(doc, dir.path(), CsvReportWriter::Options(), nullptr));
    QFile csv(dir.filePath(QStringLiteral("key_figures.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(csv.readAll());
    QVERIFY2(table.contains(QStringLiteral("\nMentoring sessions held,3,,4.5,")), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("\nClient contracts signed,1,10000.00,,")));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
