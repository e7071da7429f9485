// Sample data: realistic, complete, and passing every rule the application enforces.
#include "demo/demodata.h"
#include "domain/rules.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace hubdesk;

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRecord_passesEveryRule();
    void references_andIntegrity_hold();
    void covers_everyKindStatusAndCountry();
    void names_comeInCyrillicGreekAndLatin();
    void vouchers_stayWithinCapAndBudget();
    void sameSeed_givesTheSameData();
    void nonEmptyDatabase_isRefused();

private:
    QStringList distinct(const QString &sql) const;
    std::unique_ptr<Database> m_db;
    QMap<QString, qint64> m_counts;
};

QStringList TestDemo::distinct(const QString &sql) const
{
    QStringList values;
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (q.next())
        values.append(q.value(0).toString());
    values.sort();
    return values;
}

void TestDemo::initTestCase()
{
    m_db = test::memoryDatabase();
    int lastProgress = -1;
    const Error e = DemoData::generate(*m_db, {}, &m_counts, [&lastProgress](int p) {
        QVERIFY(p >= lastProgress);
        lastProgress = p;
    });
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(lastProgress, 100);
    QCOMPARE(m_counts.value(QStringLiteral("interactions")), DemoData::DefaultInteractions);
    QVERIFY(m_counts.value(QStringLiteral("organisations")) >= 300);
}

void TestDemo::everyRecord_passesEveryRule()
{
    for (EntityType type : Entities::all()) {
        auto repo = Repositories::create(*m_db, type);
        ListQuery q;
        q.limit = 1000000;
        const RowSet rows = repo->list(q);
        QCOMPARE(qint64(rows.rows.size()), repo->count({}));
        for (const QVariantList &row : rows.rows) {
            Record r;
            QVERIFY(!repo->get(row.first().toLongLong(), &r));
            const Problems problems = repo->validate(r);
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        }
    }
}

void TestDemo::references_andIntegrity_hold()
{
    QSqlQuery fk(m_db->connection());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!fk.next(), qPrintable(fk.value(0).toString()));
    QVERIFY(m_db->integrityProblems(true).isEmpty());
    // Each startup's current stage is its latest progress entry.
    QCOMPARE(Sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM startups s WHERE s.stage <> (SELECT p.stage FROM startup_progress p "
                                        "WHERE p.startup_id = s.id ORDER BY p.recorded_on DESC, p.id DESC LIMIT 1)"))
                 .toInt(),
             0);
    // Every voucher's history ends in its status.
    QCOMPARE(Sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM vouchers v WHERE v.status <> (SELECT h.to_status FROM "
                                        "voucher_status_history h WHERE h.voucher_id = v.id ORDER BY h.id DESC LIMIT 1)"))
                 .toInt(),
             0);
}

void TestDemo::covers_everyKindStatusAndCountry()
{
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT kind FROM organisations")),
             [] { QStringList k = Enums::keys(EnumType::OrganisationKind); k.sort(); return k; }());
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT status FROM vouchers")),
             [] { QStringList k = Enums::keys(EnumType::VoucherStatus); k.sort(); return k; }());
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT status FROM startups")),
             [] { QStringList k = Enums::keys(EnumType::StartupStatus); k.sort(); return k; }());
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT status FROM mentoring_sessions")),
             [] { QStringList k = Enums::keys(EnumType::SessionStatus); k.sort(); return k; }());
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT country FROM organisations")),
             (QStringList{QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("GR"), QStringLiteral("NO")}));
    const QStringList cohorts = distinct(QStringLiteral("SELECT DISTINCT cohort FROM startups WHERE joined_on IS NOT NULL"));
    QCOMPARE(cohorts.size(), 3);
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT stage FROM startups")).size() >= 5, true);
    QCOMPARE(distinct(QStringLiteral("SELECT name FROM reporting_periods")).size(), 2);
    QVERIFY(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM people WHERE is_expert = 1")).toInt() >= 40);
    QVERIFY(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM participations")).toInt() > 100);
    QVERIFY(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outcomes WHERE type = 'investment'")).toInt() > 0);
}

void TestDemo::names_comeInCyrillicGreekAndLatin()
{
    const QStringList names = distinct(QStringLiteral("SELECT name FROM organisations WHERE country = 'BG'"));
    const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    const QRegularExpression greek(QStringLiteral("\\p{Greek}"));
    int cyr = 0, latin = 0, quoted = 0;
    for (const QString &n : names) {
        if (n.contains(cyrillic))
            ++cyr;
        else
            ++latin;
        if (n.startsWith(QStringLiteral("”")))
            ++quoted;
    }
    QVERIFY(cyr > 20);
    QVERIFY(latin > 20);
    QVERIFY(quoted > 0); // register style: ”Име” ЕООД
    int greekNames = 0;
    for (const QString &n : distinct(QStringLiteral("SELECT name FROM organisations WHERE country = 'GR'")))
        greekNames += n.contains(greek) ? 1 : 0;
    QVERIFY(greekNames > 0);
    QVERIFY(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM people WHERE country = 'NO'")).toInt() > 0);
}

void TestDemo::vouchers_stayWithinCapAndBudget()
{
    const qint64 cap = Sql::scalar(m_db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'voucher_cap_cents'")).toLongLong();
    const qint64 budget = Sql::scalar(m_db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'voucher_budget_cents'")).toLongLong();
    QVERIFY(cap > 0 && budget > 0);
    const QString committed = QStringLiteral("CASE status WHEN 'approved' THEN approved_cents WHEN 'claimed' THEN approved_cents "
                                             "WHEN 'paid' THEN paid_cents ELSE 0 END");
    QVERIFY(Sql::scalar(m_db->connection(), QStringLiteral("SELECT sum(%1) FROM vouchers").arg(committed)).toLongLong() <= budget);
    QVERIFY(Sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT max(c) FROM (SELECT sum(%1) AS c FROM vouchers GROUP BY startup_id)").arg(committed))
                .toLongLong()
            <= cap);
}

void TestDemo::sameSeed_givesTheSameData()
{
    auto other = test::memoryDatabase();
    QVERIFY(!DemoData::generate(*other, {}, nullptr));
    const QString sql = QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM organisations ORDER BY id)");
    QCOMPARE(Sql::scalar(other->connection(), sql).toString(), Sql::scalar(m_db->connection(), sql).toString());
    auto seeded = test::memoryDatabase();
    DemoData::Options options;
    options.seed = 99;
    QVERIFY(!DemoData::generate(*seeded, options, nullptr));
    QVERIFY(Sql::scalar(seeded->connection(), sql).toString() != Sql::scalar(m_db->connection(), sql).toString());
}

void TestDemo::nonEmptyDatabase_isRefused()
{
    const qint64 before = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong();
    const Error e = DemoData::generate(*m_db, {}, nullptr);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("new, empty database")));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong(), before);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
