// Query plans of the hot queries: the lists of the largest tables (interactions,
// organisations) and the programme figures read through an index, never by walking the
// whole table or sorting it. The SQL is what the code runs (captured with
// sqlite3_trace_v2, binds written in), so the test follows changes to the paging SQL.
// No timing here: the plan is what decides the time on a big file (bench/ measures it).
//
// The planner's choice depends on the statistics in sqlite_stat1. HubDesk runs ANALYZE
// in migration 3 (on the empty tables of a new file) and after making demo data, never
// afterwards; so both states are checked: "analysed" (as the demo leaves a file) and
// "new file" (the statistics a new file's migrations wrote, then rows added by use).
#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/programmefigures.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

using namespace hubdesk;

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

// The statements \a run makes SQLite execute on \a db.
QStringList capture(Database &db, const std::function<void()> &run)
{
    QStringList statements;
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, collectStatements, &statements);
    run();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    return statements;
}

struct PlanLine
{
    int id = 0;
    int parent = 0;
    QString detail;
};

QList<PlanLine> plan(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    QList<PlanLine> lines;
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        *error = sql;
        return lines;
    }
    while (q.next())
        lines.append({q.value(0).toInt(), q.value(1).toInt(), q.value(3).toString()});
    return lines;
}

QString planText(const QList<PlanLine> &lines)
{
    QStringList text;
    for (const PlanLine &l : lines)
        text.append(QStringLiteral("%1/%2 %3").arg(l.id).arg(l.parent).arg(l.detail));
    return text.join(QLatin1Char('\n'));
}

// The names a statement (and the views it reads) gives \a table: the table's own name
// and every alias after it ("FROM interactions i", "JOIN interactions AS i2").
QSet<QString> namesOf(Database &db, const QString &sql, const QString &table)
{
    QString text = sql;
    QSqlQuery views(db.connection());
    views.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'view'"));
    while (views.next()) {
        const QString viewSql = views.value(0).toString();
        const QString name = viewSql.section(QLatin1Char(' '), 2, 2);
        if (sql.contains(name))
            text += QLatin1Char('\n') + viewSql;
    }
    QSet<QString> names{table};
    static const QSet<QString> keywords{QStringLiteral("WHERE"), QStringLiteral("JOIN"), QStringLiteral("LEFT"),
                                        QStringLiteral("ON"), QStringLiteral("ORDER"), QStringLiteral("GROUP"),
                                        QStringLiteral("INNER"), QStringLiteral("USING"), QStringLiteral("LIMIT"),
                                        QStringLiteral("UNION"), QStringLiteral("INDEXED"), QStringLiteral("NOT")};
    const QRegularExpression alias(QStringLiteral("\\b%1\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z0-9_]*)").arg(table),
                                   QRegularExpression::CaseInsensitiveOption);
    for (auto it = alias.globalMatch(text); it.hasNext();) {
        const QString a = it.next().captured(1);
        if (!keywords.contains(a.toUpper()))
            names.insert(a);
    }
    return names;
}

// The name a "SCAN x …" / "SEARCH x …" line reads.
QString subject(const QString &detail)
{
    return detail.section(QLatin1Char(' '), 1, 1);
}

bool isBareScan(const PlanLine &line, const QSet<QString> &names)
{
    return line.detail.startsWith(QLatin1String("SCAN ")) && names.contains(subject(line.detail))
        && !line.detail.contains(QLatin1String(" USING "));
}

// What is wrong with a plan for a list of \a table: a scan of the table without an index,
// or a sort of its rows in a temporary b-tree (a sort of rows that were looked up by id —
// a page, or the few matches of a search — is fine). Empty: nothing.
QString listPlanProblem(const QList<PlanLine> &lines, const QSet<QString> &names)
{
    for (const PlanLine &line : lines) {
        if (isBareScan(line, names))
            return QStringLiteral("bare scan: ") + line.detail;
        if (line.detail.startsWith(QLatin1String("USE TEMP B-TREE FOR")) && line.detail.contains(QLatin1String("ORDER BY"))) {
            for (const PlanLine &sibling : lines) {
                const bool readsTable = (sibling.detail.startsWith(QLatin1String("SCAN "))
                                         || sibling.detail.startsWith(QLatin1String("SEARCH ")))
                    && names.contains(subject(sibling.detail));
                if (sibling.parent == line.parent && readsTable
                    && !sibling.detail.contains(QLatin1String("INTEGER PRIMARY KEY")))
                    return QStringLiteral("sorts the table's rows: ") + sibling.detail + QStringLiteral(" + ") + line.detail;
            }
        }
    }
    return {};
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void statistics_areWhatTheProductLeaves();
    void lists_useTheirIndexes_data();
    void lists_useTheirIndexes();
    void programmeFigures_dateRangesUseAnIndex_data();
    void programmeFigures_dateRangesUseAnIndex();

private:
    Database &db(const QString &stats) { return stats == QLatin1String("analysed") ? *m_analysed : *m_fresh; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_analysed;
    std::unique_ptr<Database> m_fresh;
    qint64 m_interactions = 0;
    qint64 m_organisations = 0;
};

void TestQueryPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString analysedPath = m_dir.filePath(QStringLiteral("analysed.hubdesk"));
    const QString freshPath = m_dir.filePath(QStringLiteral("fresh.hubdesk"));
    QList<QVariantList> newFileStats; // sqlite_stat1 as a new file's migrations wrote it
    {
        auto db = test::fileDatabase(analysedPath);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT tbl, idx, stat FROM sqlite_stat1")));
        while (q.next())
            newFileStats.append({q.value(0), q.value(1), q.value(2)});
        q.finish();
        DemoData::Options options;
        // 20,000 interactions (2,000 organisations): at 6,000 the analysed planner still
        // chose an index where it scans organisations on a bigger file (positionOf's count).
        options.interactions = 20000;
        const Error e = DemoData::generate(*db, options);
        QVERIFY2(!e, qPrintable(e.message));
        QVERIFY(!Sql::run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(QFile::copy(analysedPath, freshPath));
    OpenError error;
    m_fresh = Database::open(freshPath, &error);
    QVERIFY2(m_fresh, qPrintable(error.message));
    // The statistics as the new file's migrations wrote them, loaded again by reopening.
    QVERIFY(!Sql::run(m_fresh->connection(), QStringLiteral("DELETE FROM sqlite_stat1")));
    for (const QVariantList &row : std::as_const(newFileStats))
        QVERIFY(!Sql::run(m_fresh->connection(), QStringLiteral("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)"), row));
    m_fresh.reset();
    m_fresh = Database::open(freshPath, &error);
    QVERIFY2(m_fresh, qPrintable(error.message));
    m_analysed = Database::open(analysedPath, &error);
    QVERIFY2(m_analysed, qPrintable(error.message));
    m_interactions = Repositories::create(*m_analysed, EntityType::Interaction)->count({});
    m_organisations = Repositories::create(*m_analysed, EntityType::Organisation)->count({});
    QVERIFY2(m_interactions > 18000, qPrintable(QString::number(m_interactions)));
    QVERIFY2(m_organisations >= 1800, qPrintable(QString::number(m_organisations)));
}

void TestQueryPlans::cleanupTestCase()
{
    m_analysed.reset();
    m_fresh.reset();
}

void TestQueryPlans::statistics_areWhatTheProductLeaves()
{
    // The demo's ANALYZE counted the interactions; a new file's statistics know nothing of them.
    const QString sql = QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE idx = 'interactions_live_date'");
    const QString analysed = Sql::scalar(m_analysed->connection(), sql).toString();
    QVERIFY2(analysed.section(QLatin1Char(' '), 0, 0).toLongLong() > 5000, qPrintable(analysed));
    const QVariant fresh = Sql::scalar(m_fresh->connection(), sql);
    QVERIFY2(fresh.isNull() || fresh.toString().section(QLatin1Char(' '), 0, 0).toLongLong() == 0,
             qPrintable(fresh.toString()));
    QCOMPARE(Repositories::create(*m_fresh, EntityType::Interaction)->count({}), m_interactions);
}

void TestQueryPlans::lists_useTheirIndexes_data()
{
    QTest::addColumn<QString>("stats");
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("what");
    const QStringList cases = {QStringLiteral("count"),          QStringLiteral("page"),
                               QStringLiteral("page descending"), QStringLiteral("deep page"),
                               QStringLiteral("deep page descending"), QStringLiteral("deep page from the end"),
                               QStringLiteral("page by date"), QStringLiteral("page by subject"),
                               QStringLiteral("page by enumeration"),
                               QStringLiteral("position"),       QStringLiteral("search"),
                               QStringLiteral("search, second page"),
                               QStringLiteral("search count"),   QStringLiteral("filter"),
                               QStringLiteral("filter count"),   QStringLiteral("filtered deep page")};
    for (const char *stats : {"analysed", "new file"}) {
        for (EntityType type : {EntityType::Interaction, EntityType::Organisation}) {
            for (const QString &what : cases) {
                if ((what == QLatin1String("page by date") || what == QLatin1String("page by subject"))
                    && type != EntityType::Interaction)
                    continue; // organisations have no date or subject to sort by
                const QString tag = QStringLiteral("%1, %2, %3").arg(QLatin1String(stats), Entities::info(type).table, what);
                QTest::newRow(qPrintable(tag)) << QString::fromLatin1(stats) << int(type) << what;
            }
        }
    }
}

void TestQueryPlans::lists_useTheirIndexes()
{
    QFETCH(QString, stats);
    QFETCH(int, entity);
    QFETCH(QString, what);
    Database &d = db(stats);
    const EntityType type = EntityType(entity);
    const EntityInfo &info = Entities::info(type);
    const bool interactions = type == EntityType::Interaction;
    const qint64 total = interactions ? m_interactions : m_organisations;
    auto repo = Repositories::create(d, type);

    ListQuery q;
    q.limit = 200;
    if (what.contains(QLatin1String("descending")))
        q.descending = true;
    if (what.startsWith(QLatin1String("deep page")))
        q.offset = total * 5 / 6;
    if (what == QLatin1String("deep page from the end"))
        q.rowsInList = total; // counted: read in the opposite order from the end
    if (what == QLatin1String("page by date"))
        q.sortKey = QStringLiteral("occurred_on");
    if (what == QLatin1String("page by subject"))
        q.sortKey = QStringLiteral("subject");
    if (what == QLatin1String("page by enumeration"))
        q.sortKey = interactions ? QStringLiteral("type") : QStringLiteral("kind");
    if (what.startsWith(QLatin1String("search")))
        q.search = QStringLiteral("sofia");
    if (what == QLatin1String("search, second page"))
        q.offset = 20; // only the set of all matches can give it
    if (what.startsWith(QLatin1String("filter")))
        q.filters = {interactions ? Filter::equals(QStringLiteral("type"), QStringLiteral("meeting"))
                                  : Filter::equals(QStringLiteral("kind"), QStringLiteral("media"))};
    if (what == QLatin1String("filtered deep page"))
        q.offset = interactions ? 1000 : 100;

    Error e;
    qint64 middleId = 0;
    if (what == QLatin1String("position")) {
        ListQuery middle = q;
        middle.offset = total / 2;
        middle.limit = 1;
        const RowSet rows = repo->list(middle, &e);
        QVERIFY2(!e && rows.rows.size() == 1, qPrintable(e.message));
        middleId = rows.rows.first().first().toLongLong();
    }
    const QStringList statements = capture(d, [&] {
        if (what.contains(QLatin1String("count")))
            repo->count(q, &e);
        else if (what == QLatin1String("position"))
            QCOMPARE(repo->positionOf(q, middleId, &e), total / 2);
        else
            QVERIFY(!repo->list(q, &e).rows.isEmpty());
    });
    QVERIFY2(!e, qPrintable(e.message));

    int checked = 0;
    int probes = 0;
    for (const QString &sql : statements) {
        // List views are named after their table. Statements that FTS5 runs inside a
        // MATCH are traced too ("-- SELECT … FROM '…_fts_idx'", "SELECT k, v FROM
        // 'main'.'…_fts_config'"): its own business.
        if (!sql.contains(info.table) || sql.startsWith(QLatin1String("--")) || sql.contains(QLatin1String("'main'.'")))
            continue;
        ++checked;
        QString failed;
        const QList<PlanLine> lines = plan(d, sql, &failed);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString text = planText(lines);
        if (qEnvironmentVariableIsSet("HUBDESK_PRINT_PLANS"))
            qInfo("%s\n%s\n", qPrintable(sql), qPrintable(text));
        if (sql.contains(QStringLiteral("LIMIT %1) t WHERE").arg(Repository::FirstRowsSearched))) {
            // The first page of a search looks at the first rows of the list one by one: they
            // must come from the list's index, in order (a co-routine), and nothing else may
            // read the table but by id.
            QVERIFY2(text.contains(QLatin1String("CO-ROUTINE t")), qPrintable(text));
            bool viaIndex = false;
            for (const PlanLine &line : lines) {
                if (line.detail.startsWith(QLatin1String("SCAN t USING ")) && line.detail.contains(QLatin1String("INDEX")))
                    viaIndex = true;
            }
            QVERIFY2(viaIndex, qPrintable(text));
            ++probes;
            continue;
        }
        const QString problem = listPlanProblem(lines, namesOf(d, sql, info.table));
        // Known to read the whole table: a lead for the product, not for this test to hide.
        if (what == QLatin1String("page by enumeration"))
            QEXPECT_FAIL("", "An enumeration sorts by its lookup position, (SELECT position FROM enum_… WHERE key = "
                             "t.kind / t.type), which no index holds: every live row is read and sorted for each page",
                         Continue);
        if (what == QLatin1String("position") && stats == QLatin1String("analysed")
            && sql.startsWith(QLatin1String("SELECT count(*)")))
            QEXPECT_FAIL("", "positionOf's count of the rows before a record, (x IS NULL OR x < ? OR (x = ? AND "
                             "t.id < ?)) with x the sort column, is planned as a full SCAN of the table once the "
                             "statistics are analysed: the OR is not read as a range of the sort order's index",
                         Continue);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\nSQL: ") + sql + QStringLiteral("\nplan:\n") + text));
        if (!q.search.isEmpty())
            QVERIFY2(text.contains(info.table + QStringLiteral("_fts VIRTUAL TABLE")), qPrintable(text));
    }
    QVERIFY2(checked + probes > 0, qPrintable(statements.join(QLatin1Char('\n'))));
    // A common word's first page comes from the first rows alone; a later page never does.
    if (what == QLatin1String("search"))
        QCOMPARE(probes, 1);
    if (what == QLatin1String("search, second page"))
        QCOMPARE(probes, 0);
}

void TestQueryPlans::programmeFigures_dateRangesUseAnIndex_data()
{
    QTest::addColumn<QString>("stats");
    QTest::newRow("analysed") << QStringLiteral("analysed");
    QTest::newRow("new file") << QStringLiteral("new file");
}

void TestQueryPlans::programmeFigures_dateRangesUseAnIndex()
{
    QFETCH(QString, stats);
    Database &d = db(stats);
    // The demo's last calendar year: a reporting period with data in it.
    const QDate last = Sql::scalar(d.connection(), QStringLiteral("SELECT max(session_date) FROM mentoring_sessions")).toDate();
    QVERIFY(last.isValid());
    const QDate from(last.year() - 1, 1, 1);
    const QDate to(last.year() - 1, 12, 31);
    const qint64 startupId = Sql::scalar(d.connection(), QStringLiteral("SELECT startup_id FROM mentoring_sessions "
                                                                        "WHERE deleted_at IS NULL LIMIT 1"))
                                 .toLongLong();
    const qint64 expertId = Sql::scalar(d.connection(), QStringLiteral("SELECT expert_id FROM mentoring_sessions "
                                                                       "WHERE deleted_at IS NULL LIMIT 1"))
                                .toLongLong();
    ProgrammeFigures f(d, from, to);
    Error e;
    QStringList failures;
    const auto check = [&failures, &e](const char *what) {
        if (e)
            failures.append(QStringLiteral("%1: %2").arg(QLatin1String(what), e.message));
    };
    const QStringList statements = capture(d, [&] {
        f.keyFigures(&e); check("keyFigures");
        f.sessionsByService(&e); check("sessionsByService");
        f.stakeholdersByKind(&e); check("stakeholdersByKind");
        f.byCountry(&e); check("byCountry");
        f.byCohort(&e); check("byCohort");
        f.foundersByGender(&e); check("foundersByGender");
        f.startupProgress(&e); check("startupProgress");
        f.outcomes(&e); check("outcomes");
        f.events(&e); check("events");
        f.participantsByRole(&e); check("participantsByRole");
        f.vouchersByStatusAtEnd(&e); check("vouchersByStatusAtEnd");
        f.activeStartups(&e); check("activeStartups");
        f.outcomesByMonth(&e); check("outcomesByMonth");
        f.stagesAtEnd(&e); check("stagesAtEnd");
        f.voucherRecipients(&e); check("voucherRecipients");
        f.committedPerStartupAtEnd(&e); check("committedPerStartupAtEnd");
        f.timesheet(0, &e); check("timesheet");
        f.timesheet(expertId, &e); check("timesheet of one");
        f.progressHistory(startupId, &e); check("progressHistory");
        f.sessionsOf(startupId, &e); check("sessionsOf");
        f.outcomesOf(startupId, &e); check("outcomesOf");
        f.vouchersOf(startupId, &e); check("vouchersOf");
        f.eventsOf(startupId, &e); check("eventsOf");
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(statements.size() > 20);

    // A statement that asks for a range of the dates of interactions or sessions must
    // search an index for it (that is what the date indexes are for), never scan the table
    // or a whole index. Bare scans of statements without such a range are listed (run with
    // HUBDESK_PRINT_PLANS=1) for the report.
    const QList<QPair<QString, QString>> tables = {{QStringLiteral("interactions"), QStringLiteral("occurred_on")},
                                                    {QStringLiteral("mentoring_sessions"), QStringLiteral("session_date")}};
    QStringList problems;
    int dateRanges = 0;
    for (const QString &sql : statements) {
        QString failed;
        const QList<PlanLine> lines = plan(d, sql, &failed);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        if (qEnvironmentVariableIsSet("HUBDESK_PRINT_PLANS"))
            qInfo("%s\n%s\n", qPrintable(sql), qPrintable(planText(lines)));
        for (const auto &[table, dateColumn] : tables) {
            if (!sql.contains(table))
                continue;
            const QSet<QString> names = namesOf(d, sql, table);
            bool range = false;
            for (const QString &n : names)
                range = range || sql.contains(QStringLiteral("%1.%2 BETWEEN").arg(n, dateColumn));
            dateRanges += range ? 1 : 0;
            for (const PlanLine &line : lines) {
                // Within a range of dates even a scan of a whole index reads every row's entry.
                const bool scans = range ? line.detail.startsWith(QLatin1String("SCAN ")) && names.contains(subject(line.detail))
                                         : isBareScan(line, names);
                if (!scans)
                    continue;
                const QString report = QStringLiteral("%1 (%2 range: %3)\nSQL: %4\nplan:\n%5")
                                           .arg(line.detail, dateColumn, range ? QStringLiteral("yes") : QStringLiteral("no"),
                                                sql, planText(lines));
                if (qEnvironmentVariableIsSet("HUBDESK_PRINT_PLANS"))
                    qInfo("%s\n", qPrintable(report));
                if (range)
                    problems.append(report);
            }
        }
    }
    QVERIFY(dateRanges > 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n\n"))));
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
