// The paged table model: never the whole table, always the same rows as a plain query.
// On an in-memory database it reads at once; on a file a loader thread reads, and the
// tests wait for its answers (QTRY_, waitForIdle) — never for a fixed time.
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/sql.h"
#include "storage/writetransaction.h"
#include "tablemodels/entitytablemodel.h"
#include "tablemodels/rowloader.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>

using namespace hubdesk;

namespace {

// Org 0000 … Org <n-1>: every third an investor, the others media companies.
void addOrganisations(Database &db, int n, const QString &prefix = QStringLiteral("Org "), int width = 4)
{
    auto orgs = Repositories::create(db, EntityType::Organisation);
    WriteTransaction t(db.connection());
    QVERIFY(!t.begin());
    for (int i = 0; i < n; ++i) {
        Record org = test::organisation(prefix + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')),
                                        i % 3 ? QStringLiteral("media") : QStringLiteral("investor"));
        org.setValue(QStringLiteral("city"), i % 2 ? QStringLiteral("Sofia") : QStringLiteral("Oslo"));
        QVERIFY(!orgs->create(org));
    }
    QVERIFY(!t.commit());
}

// Ids and names of the live organisations, by a plain query.
QList<QPair<qint64, QString>> plainOrganisations(Database &db, const char *order, bool inTrash = false)
{
    QSqlQuery q(db.connection());
    const QString where = inTrash ? QStringLiteral("deleted_at IS NOT NULL") : QStringLiteral("deleted_at IS NULL");
    if (!q.exec(QStringLiteral("SELECT id, name FROM organisations WHERE %1 ORDER BY %2").arg(where, QLatin1String(order))))
        qFatal("%s", qPrintable(q.lastError().text()));
    QList<QPair<qint64, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    return rows;
}

// Waits for every row of the model to be read, and compares it with \a expected.
void compareAllRows(const EntityTableModel &model, const QList<QPair<qint64, QString>> &expected)
{
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row) {
        QTRY_COMPARE(model.idAt(row), expected.at(row).first);
        QCOMPARE(model.data(model.index(row, 0)).toString(), expected.at(row).second);
    }
}

// Ids of what the repository itself lists for \a query (the reference for search semantics).
QList<qint64> listedIds(Database &db, ListQuery query)
{
    query.offset = 0;
    query.limit = 100000;
    Error e;
    const RowSet rows = Repositories::create(db, EntityType::Organisation)->list(query, &e);
    if (e)
        qFatal("%s", qPrintable(e.message));
    QList<qint64> ids;
    for (const QVariantList &row : rows.rows)
        ids.append(row.at(0).toLongLong());
    return ids;
}

// A loader whose count of the search "endless" runs until it is interrupted, so that a
// test can cancel a statement that is certainly running. With "cancelled, then endless"
// the request is cancelled after it started but before its statement runs (when SQLite
// forgets an sqlite3_interrupt()).
class EndlessLoader : public RowLoader
{
public:
    using RowLoader::RowLoader;

protected:
    qint64 countRows(Repository &repository, const ListQuery &query, Error *error) override
    {
        if (query.search == QLatin1String("cancelled, then endless"))
            cancelBefore(runningGeneration() + 1);
        else if (query.search != QLatin1String("endless"))
            return RowLoader::countRows(repository, query, error);
        return Sql::scalar(repository.database().connection(),
                           QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000000000) "
                                          "SELECT count(*) FROM c"),
                           {}, error)
            .toLongLong();
    }
};

} // namespace

class TestEntityTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rows_equalAPlainQueryAtRandomPositions();
    void sort_andSearch_areDoneInSql();
    void display_followsTheFieldType();
    void counts_areShownAndTotal();
    void refresh_afterInsertAndDelete();
    void everyEntity_passesTheModelTester();
    void editInPlace_savesWithTheVersionReadAndTheRules();

    // A database file: the loader thread reads.
    void onFile_rowsEqualAPlainQueryAtRandomPositions();
    void onFile_sortedSearchedFiltered_rowsEqualAPlainQuery_data();
    void onFile_sortedSearchedFiltered_rowsEqualAPlainQuery();
    void onFile_aPageNotYetRead_showsLoadingUntilItArrives();
    void onFile_searchTypedQuickly_deliversOnlyTheLastGeneration_data();
    void onFile_searchTypedQuickly_deliversOnlyTheLastGeneration();
    void onFile_refresh_afterInsertsAndDeletes_equalsThePlainQuery();
    void onFile_sort_readsPagesAgainWithoutCounting();
    void onFile_total_isCountedWhenFirstAskedFor();
    void onFile_failedQuery_leavesTheModelUsable();
    void onFile_lockedByAnotherProgram_failsThenRecovers();
    void onFile_everyEntity_passesTheModelTester();
    void loader_interruptsTheStatementOfAnOlderGeneration();
    void loader_stopsAStatementCancelledBeforeItRan();

private:
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_file; // the same organisations as m_db, in a file
    std::unique_ptr<Database> m_mixed; // 3000 organisations in a file, names not in id order
};

void TestEntityTableModel::initTestCase()
{
    m_db = test::memoryDatabase();
    addOrganisations(*m_db, 1234);
    QVERIFY(m_dir.isValid());
    m_file = test::fileDatabase(m_dir.filePath(QStringLiteral("lists.hubdesk")));
    QVERIFY(!m_file->isInMemory());
    addOrganisations(*m_file, 1234);

    // Names out of id order, words to search for in a fifth of them, cities repeated (and
    // missing) so that a sort by city has long runs of equal values ordered by id.
    m_mixed = test::fileDatabase(m_dir.filePath(QStringLiteral("mixed.hubdesk")));
    auto orgs = Repositories::create(*m_mixed, EntityType::Organisation);
    WriteTransaction t(m_mixed->connection());
    QVERIFY(!t.begin());
    const QStringList cities = {QStringLiteral("Sofia"), QStringLiteral("Oslo"), QStringLiteral("Пловдив"), QString()};
    for (int i = 0; i < 3000; ++i) {
        const int n = (i * 7919) % 3000;
        Record org = test::organisation(QStringLiteral("%1 %2").arg(i % 5 ? QStringLiteral("Firm") : QStringLiteral("Alpha"))
                                            .arg(n, 4, 10, QLatin1Char('0')),
                                        i % 3 ? QStringLiteral("media") : QStringLiteral("investor"));
        if (cities.at(i % 4).isEmpty())
            org.clear(QStringLiteral("city"));
        else
            org.setValue(QStringLiteral("city"), cities.at(i % 4));
        QVERIFY(!orgs->create(org));
    }
    QVERIFY(!t.commit());
}

void TestEntityTableModel::rows_equalAPlainQueryAtRandomPositions()
{
    EntityTableModel model(*m_db, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 1234);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM organisations WHERE deleted_at IS NULL ORDER BY sort_name DESC, id DESC")));
    QList<QPair<qint64, QString>> expected;
    while (q.next())
        expected.append({q.value(0).toLongLong(), q.value(1).toString()});
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i) {
        const int row = int(random.bounded(1234));
        QCOMPARE(model.idAt(row), expected.at(row).first);
        QCOMPARE(model.data(model.index(row, 0)).toString(), expected.at(row).second);
    }
    QCOMPARE(model.idAt(1233), expected.last().first);
    QCOMPARE(model.idAt(1234), qint64(0));
}

void TestEntityTableModel::sort_andSearch_areDoneInSql()
{
    EntityTableModel model(*m_db, EntityType::Organisation);
    const int kindColumn = int(model.columns().indexOf(QStringLiteral("kind")));
    QVERIFY(kindColumn > 0);
    model.sort(kindColumn, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, kindColumn)).toString(), QStringLiteral("Investor / funding institution"));
    QCOMPARE(model.data(model.index(1233, kindColumn)).toString(), QStringLiteral("Media company"));
    QSignalSpy counts(&model, &EntityTableModel::countsChanged);
    model.setSearch(QStringLiteral("org 12"));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.rowCount(), 66); // the four-digit numbers below 1234 with "12" in them
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.data(model.index(row, 0)).toString().contains(QLatin1String("12")));
    model.setFilters({Filter::equals(QStringLiteral("kind"), QStringLiteral("investor"))});
    QCOMPARE(model.rowCount(), 23); // of those, the multiples of three
    model.setSearch(QString());
    model.setFilters({});
    QCOMPARE(model.rowCount(), 1234);
}

void TestEntityTableModel::display_followsTheFieldType()
{
    auto db = test::memoryDatabase();
    test::setVoucherLimits(*db, 100000, 100000);
    const qint64 s = test::addStartup(*db, QStringLiteral("VeriCast"));
    auto vouchers = Repositories::create(*db, EntityType::Voucher);
    Record v = test::voucher(s, 123456);
    QVERIFY(!vouchers->create(v));
    EntityTableModel model(*db, EntityType::Voucher);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    model.refresh();
    const auto column = [&model](const char *key) { return int(model.columns().indexOf(QString::fromLatin1(key))); };
    QCOMPARE(model.data(model.index(0, column("startup_id"))).toString(), QStringLiteral("VeriCast"));
    QCOMPARE(model.data(model.index(0, column("startup_id")), EntityTableModel::RawRole).toLongLong(), s);
    QCOMPARE(model.data(model.index(0, column("status"))).toString(), QStringLiteral("Requested"));
    QCOMPARE(model.data(model.index(0, column("requested_cents"))).toString(), QStringLiteral("1,234.56 EUR"));
    QCOMPARE(model.data(model.index(0, column("requested_on"))).toString(), QStringLiteral("01/05/2025"));
    QCOMPARE(model.data(model.index(0, column("approved_cents"))).toString(), QString());
    QCOMPARE(model.headerData(column("requested_cents"), Qt::Horizontal).toString(), QStringLiteral("Amount requested"));
    QLocale::setDefault(QLocale::c());
}

void TestEntityTableModel::counts_areShownAndTotal()
{
    EntityTableModel model(*m_db, EntityType::Organisation);
    model.setSearch(QStringLiteral("Org 000"));
    QCOMPARE(model.shownCount(), 11); // 0000–0009 and 1000
    QCOMPARE(model.totalCount(), 1234);
}

void TestEntityTableModel::refresh_afterInsertAndDelete()
{
    auto db = test::memoryDatabase();
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    EntityTableModel model(*db, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QList<qint64> ids;
    for (int i = 0; i < 150; ++i) {
        Record org = test::organisation(QStringLiteral("N%1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(!orgs->create(org));
        ids.append(org.id);
    }
    model.refresh();
    QCOMPARE(model.rowCount(), 150);
    QCOMPARE(model.data(model.index(149, 0)).toString(), QStringLiteral("N149"));
    QVERIFY(!orgs->trash(ids.at(0)));
    QVERIFY(!orgs->trash(ids.at(120)));
    model.refresh();
    QCOMPARE(model.rowCount(), 148);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("N001"));
    QCOMPARE(model.data(model.index(119, 0)).toString(), QStringLiteral("N121"));
    model.setInTrash(true);
    QCOMPARE(model.rowCount(), 2);
}

void TestEntityTableModel::everyEntity_passesTheModelTester()
{
    for (EntityType type : Entities::all()) {
        EntityTableModel model(*m_db, type);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.columnCount() > 0);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        model.sort(model.columnCount() - 1, Qt::DescendingOrder);
    }
}

void TestEntityTableModel::onFile_rowsEqualAPlainQueryAtRandomPositions()
{
    EntityTableModel model(*m_file, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isLoading());
    model.sort(0, Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), 1234);
    const auto expected = plainOrganisations(*m_file, "sort_name DESC, id DESC");
    QRandomGenerator random(7);
    for (int i = 0; i < 300; ++i) {
        const int row = int(random.bounded(1234));
        QTRY_COMPARE(model.data(model.index(row, 0)).toString(), expected.at(row).second);
        QCOMPARE(model.idAt(row), expected.at(row).first);
    }
    QTRY_COMPARE(model.idAt(1233), expected.last().first);
    QCOMPARE(model.idAt(1234), qint64(0));
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.shownCount(), 1234);
    QCOMPARE(model.totalCount(), 1234);

    const int kindColumn = int(model.columns().indexOf(QStringLiteral("kind")));
    model.sort(kindColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model.data(model.index(0, kindColumn)).toString(), QStringLiteral("Investor / funding institution"));
    QTRY_COMPARE(model.data(model.index(1233, kindColumn)).toString(), QStringLiteral("Media company"));
}

void TestEntityTableModel::onFile_sortedSearchedFiltered_rowsEqualAPlainQuery_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("where"); // the plain query's conditions
    const QString searched = QStringLiteral("search_text LIKE '%alpha%'");
    const QString media = QStringLiteral("kind = 'media'");
    QTest::newRow("name descending") << "name" << true << "" << "" << "1";
    QTest::newRow("name descending, searched") << "name" << true << "alpha" << "" << searched;
    QTest::newRow("name descending, filtered") << "name" << true << "" << "media" << media;
    QTest::newRow("name ascending, searched and filtered") << "name" << false << "alpha" << "media" << searched + QLatin1String(" AND ") + media;
    QTest::newRow("city descending, searched and filtered") << "city" << true << "alpha" << "media" << searched + QLatin1String(" AND ") + media;
    QTest::newRow("city ascending, filtered") << "city" << false << "" << "media" << media;
    QTest::newRow("city descending, cyrillic searched in latin") << "city" << true << "plovdiv" << "" << "search_text LIKE '%plovdiv%'";
}

void TestEntityTableModel::onFile_sortedSearchedFiltered_rowsEqualAPlainQuery()
{
    QFETCH(QString, column);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    QFETCH(QString, kind);
    QFETCH(QString, where);
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    const QString sortColumn = column == QLatin1String("name") ? QStringLiteral("sort_name") : column;
    QSqlQuery q(m_mixed->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM organisations WHERE deleted_at IS NULL AND (%1) ORDER BY %2%3, id%3")
                       .arg(where, sortColumn, direction)));
    QList<QPair<qint64, QString>> expected;
    while (q.next())
        expected.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    QVERIFY(expected.size() > 100);

    EntityTableModel model(*m_mixed, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int nameColumn = int(model.columns().indexOf(QStringLiteral("name")));
    const int sortColumnIndex = int(model.columns().indexOf(column));
    QVERIFY(nameColumn >= 0 && sortColumnIndex >= 0);
    if (!search.isEmpty())
        model.setSearch(search);
    if (!kind.isEmpty())
        model.setFilters({Filter::equals(QStringLiteral("kind"), kind)});
    model.sort(sortColumnIndex, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(model.waitForIdle());
    QTRY_COMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.shownCount(), qint64(expected.size()));

    // The very last row first (the deepest page), then random rows, then the first.
    const int last = int(expected.size()) - 1;
    QList<int> rows = {last};
    QRandomGenerator random(11);
    for (int i = 0; i < 150; ++i)
        rows.append(int(random.bounded(quint32(expected.size()))));
    rows.append(0);
    rows.append(last - 1);
    for (int row : std::as_const(rows)) {
        QTRY_COMPARE(model.idAt(row), expected.at(row).first);
        QCOMPARE(model.data(model.index(row, nameColumn)).toString(), expected.at(row).second);
    }
    QCOMPARE(model.idAt(last + 1), qint64(0));
    QCOMPARE(model.locate(expected.at(last).first), qint64(last));
    QCOMPARE(model.locate(expected.at(last / 2).first), qint64(last / 2));
}

void TestEntityTableModel::onFile_aPageNotYetRead_showsLoadingUntilItArrives()
{
    EntityTableModel model(*m_file, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(0, Qt::AscendingOrder);
    QVERIFY(model.waitForIdle()); // the count and the first page
    QCOMPARE(model.rowCount(), 1234);
    QVERIFY(!model.isLoading());
    const auto expected = plainOrganisations(*m_file, "sort_name, id");
    QCOMPARE(model.data(model.index(5, 0)).toString(), expected.at(5).second); // page 0 came with the count

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(&model, &EntityTableModel::pageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int row = 1010; // page 10, never asked for
    QCOMPARE(model.data(model.index(row, 0)).toString(), QStringLiteral("Loading…"));
    QCOMPARE(model.data(model.index(row, 1)), QVariant());
    QCOMPARE(model.idAt(row), qint64(0));
    QVERIFY(model.isLoading());
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.data(model.index(row, 0)).toString(), expected.at(row).second);
    QCOMPARE(model.idAt(row), expected.at(row).first);

    // Page 10 and the pages around it, each announced for exactly its rows.
    QList<int> pages;
    QCOMPARE(changed.size(), loaded.size());
    for (int i = 0; i < loaded.size(); ++i) {
        const int first = loaded.at(i).at(0).toInt();
        const int last = loaded.at(i).at(1).toInt();
        QCOMPARE(first % EntityTableModel::PageSize, 0);
        QCOMPARE(last, qMin(first + EntityTableModel::PageSize, 1234) - 1);
        const auto topLeft = changed.at(i).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(i).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), first);
        QCOMPARE(bottomRight.row(), last);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), model.columnCount() - 1);
        pages.append(first / EntityTableModel::PageSize);
    }
    QVERIFY(pages.contains(10));
    QVERIFY(pages.contains(11)); // read ahead
    QCOMPARE(pages.size(), int(QSet<int>(pages.cbegin(), pages.cend()).size())); // none read twice
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    QCOMPARE(model.data(model.index(1150, 0)).toString(), expected.at(1150).second); // no wait: read ahead
}

void TestEntityTableModel::onFile_searchTypedQuickly_deliversOnlyTheLastGeneration_data()
{
    QTest::addColumn<bool>("eventsBetweenKeys");
    QTest::newRow("no events between keys") << false;
    QTest::newRow("events between keys") << true;
}

void TestEntityTableModel::onFile_searchTypedQuickly_deliversOnlyTheLastGeneration()
{
    QFETCH(bool, eventsBetweenKeys);
    EntityTableModel model(*m_file, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(0, Qt::AscendingOrder);
    QVERIFY(model.waitForIdle());
    QSignalSpy counts(&model, &EntityTableModel::countsChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QStringList typed = {QStringLiteral("O"), QStringLiteral("Or"), QStringLiteral("Org"), QStringLiteral("Org "),
                               QStringLiteral("Org 1"), QStringLiteral("Org 12")};
    for (const QString &text : typed) {
        model.setSearch(text);
        if (eventsBetweenKeys)
            QCoreApplication::processEvents();
    }
    QVERIFY(model.waitForIdle());

    const ListQuery last = model.query();
    QCOMPARE(last.search, typed.last());
    const QList<qint64> ids = listedIds(*m_file, last);
    QVERIFY(!ids.isEmpty());
    QVERIFY(ids.size() < 1234);
    if (!eventsBetweenKeys) {
        // Every earlier search was dropped (or interrupted) before it reached the model.
        QCOMPARE(counts.size(), 1);
        QCOMPARE(resets.size(), 1);
    }
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toLongLong(), qint64(ids.size()));
    QCOMPARE(counts.last().at(1).toLongLong(), qint64(1234));
    QCOMPARE(model.shownCount(), qint64(ids.size()));
    QCOMPARE(model.totalCount(), qint64(1234));
    QCOMPARE(model.rowCount(), int(ids.size()));
    for (int row = 0; row < ids.size(); ++row)
        QTRY_COMPARE(model.idAt(row), ids.at(row));
}

void TestEntityTableModel::onFile_refresh_afterInsertsAndDeletes_equalsThePlainQuery()
{
    QTemporaryDir dir;
    auto db = test::fileDatabase(dir.filePath(QStringLiteral("refresh.hubdesk")));
    addOrganisations(*db, 250, QStringLiteral("N"), 3);
    EntityTableModel model(*db, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(0, Qt::AscendingOrder);
    QTRY_COMPARE(model.rowCount(), 250);
    compareAllRows(model, plainOrganisations(*db, "sort_name, id"));
    if (QTest::currentTestFailed())
        return;

    QPersistentModelIndex selected = model.index(10, 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy counts(&model, &EntityTableModel::countsChanged);

    // Thirty new ones in between (N0005 sorts between N000 and N001), five to the trash.
    addOrganisations(*db, 30, QStringLiteral("N000"), 1);
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    const auto before = plainOrganisations(*db, "sort_name, id");
    for (int i = 0; i < 5; ++i)
        QVERIFY(!orgs->trash(before.at(40 + i * 7).first));
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 275);
    QCOMPARE(counts.last().at(0).toLongLong(), qint64(275));
    compareAllRows(model, plainOrganisations(*db, "sort_name, id"));
    if (QTest::currentTestFailed())
        return;
    // Rows came at the end; the selection stayed on its row.
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 10);

    // A hundred to the trash: rows go at the end.
    const auto now = plainOrganisations(*db, "sort_name, id");
    for (int i = 0; i < 100; ++i)
        QVERIFY(!orgs->trash(now.at(i * 2).first));
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 175);
    compareAllRows(model, plainOrganisations(*db, "sort_name, id"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(model.totalCount(), qint64(175));

    // The trash is another list: a reset.
    model.setInTrash(true);
    QTRY_COMPARE(model.rowCount(), 105);
    QCOMPARE(resets.size(), 1);
    compareAllRows(model, plainOrganisations(*db, "sort_name, id", true));
}

void TestEntityTableModel::onFile_sort_readsPagesAgainWithoutCounting()
{
    EntityTableModel model(*m_file, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 1234);
    QSignalSpy counts(&model, &EntityTableModel::countsChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int cityColumn = int(model.columns().indexOf(QStringLiteral("city")));
    model.sort(cityColumn, Qt::DescendingOrder);
    // Other rows at once (a reset), as many as before; no count is needed for another order.
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 1234);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Loading…"));
    QVERIFY(model.waitForIdle());
    QCOMPARE(counts.size(), 0);
    QSqlQuery q(m_file->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM organisations WHERE deleted_at IS NULL ORDER BY city DESC, id DESC")));
    for (int row = 0; q.next(); ++row) {
        if (row % 11 == 0)
            QTRY_COMPARE(model.idAt(row), q.value(0).toLongLong());
    }
}

void TestEntityTableModel::onFile_total_isCountedWhenFirstAskedFor()
{
    // Like a list of related records: filtered from the start, its total never shown.
    EntityTableModel model(*m_file, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilters({Filter::equals(QStringLiteral("city"), QStringLiteral("Oslo"))});
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 617);
    QSignalSpy counts(&model, &EntityTableModel::countsChanged);
    QCOMPARE(model.totalCount(), qint64(0)); // not counted yet: asking for it starts the count
    QVERIFY(model.isLoading());
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.totalCount(), qint64(1234));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).at(0).toLongLong(), qint64(617));
    QCOMPARE(counts.at(0).at(1).toLongLong(), qint64(1234));
    // A search keeps it; a refresh counts it again when asked for.
    model.setSearch(QStringLiteral("Org 1"));
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.totalCount(), qint64(1234));
    QVERIFY(!model.isLoading());
    model.refresh();
    QVERIFY(model.waitForIdle());
    model.totalCount();
    QVERIFY(model.isLoading());
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.totalCount(), qint64(1234));
}

void TestEntityTableModel::onFile_failedQuery_leavesTheModelUsable()
{
    EntityTableModel model(*m_file, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 1234);
    QSignalSpy failed(&model, &EntityTableModel::failed);
    QSignalSpy counts(&model, &EntityTableModel::countsChanged);
    model.setFilters({Filter::equals(QStringLiteral("no_such_column"), 1)});
    QVERIFY(model.waitForIdle());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("no_such_column")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.last().at(0).toLongLong(), qint64(0));
    QVERIFY(!model.isLoading());

    model.setFilters({Filter::equals(QStringLiteral("kind"), QStringLiteral("investor"))});
    QVERIFY(model.waitForIdle());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.rowCount(), 412); // the multiples of three below 1234
    ListQuery investors = model.query();
    const QList<qint64> ids = listedIds(*m_file, investors);
    for (int row = 0; row < ids.size(); row += 37)
        QTRY_COMPARE(model.idAt(row), ids.at(row));
}

void TestEntityTableModel::onFile_lockedByAnotherProgram_failsThenRecovers()
{
    // Another program holds an exclusive lock. In WAL mode (HubDesk's) readers are never
    // blocked, so the file is switched to a rollback journal, where they are.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.hubdesk"));
    auto other = test::fileDatabase(path);
    addOrganisations(*other, 120);
    QCOMPARE(Sql::scalar(other->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).toString(), QStringLiteral("delete"));
    Database::Options options;
    options.readOnly = true; // so that opening leaves the journal mode alone
    options.check = Database::Check::None;
    options.busyTimeoutMs = 100;
    OpenError openError;
    auto db = Database::open(path, options, &openError);
    QVERIFY2(db, qPrintable(openError.message));

    EntityTableModel model(*db, EntityType::Organisation);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 120);
    QSignalSpy failed(&model, &EntityTableModel::failed);
    QVERIFY(!Sql::run(other->connection(), QStringLiteral("BEGIN EXCLUSIVE")));
    model.refresh();
    QVERIFY(model.waitForIdle());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("busy")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(!Sql::run(other->connection(), QStringLiteral("COMMIT")));
    model.refresh();
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(failed.size(), 1);
    QTRY_COMPARE(model.data(model.index(119, 0)).toString(), QStringLiteral("Org 0119"));
}

void TestEntityTableModel::onFile_everyEntity_passesTheModelTester()
{
    for (EntityType type : Entities::all()) {
        EntityTableModel model(*m_file, type);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.waitForIdle());
        model.sort(model.columnCount() - 1, Qt::DescendingOrder);
        model.refresh();
        model.setSearch(QStringLiteral("x"));
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.shownCount(), Repositories::create(*m_file, type)->count(model.query()));
        model.setSearch(QString());
        QVERIFY(model.waitForIdle());
        QCOMPARE(model.shownCount(), Repositories::create(*m_file, type)->count(model.query()));
        if (model.rowCount() > 0)
            QTRY_VERIFY(model.idAt(model.rowCount() - 1) > 0);
    }
}

void TestEntityTableModel::loader_interruptsTheStatementOfAnOlderGeneration()
{
    QThread thread;
    auto *loader = new EndlessLoader(*m_file, EntityType::Organisation);
    loader->moveToThread(&thread);
    connect(&thread, &QThread::finished, loader, &QObject::deleteLater);
    // Answers are recorded in this thread (a QSignalSpy would be filled from the loader's).
    QObject receiver;
    QList<QList<qint64>> answers;
    QStringList errors;
    connect(loader, &RowLoader::counted, &receiver, [&answers, &errors](quint64 generation, qint64 rows, const QString &error) {
        answers.append({qint64(generation), rows});
        errors.append(error);
    });
    thread.start();
    const auto stop = qScopeGuard([&thread, loader] {
        loader->cancelBefore(std::numeric_limits<quint64>::max());
        thread.quit();
        thread.wait();
    });
    QMetaObject::invokeMethod(loader, &RowLoader::open, Qt::QueuedConnection);
    ListQuery endless;
    endless.search = QStringLiteral("endless");
    QMetaObject::invokeMethod(loader, [loader, endless] { loader->count(1, endless); }, Qt::QueuedConnection);
    QTRY_COMPARE(loader->runningGeneration(), quint64(1));

    // Generation 2 is outdated before its turn comes; generation 3 is the one wanted.
    QMetaObject::invokeMethod(loader, [loader] { loader->count(2, ListQuery()); }, Qt::QueuedConnection);
    loader->cancelBefore(3);
    QMetaObject::invokeMethod(loader, [loader] { loader->count(3, ListQuery()); }, Qt::QueuedConnection);
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0), (QList<qint64>{3, 1234}));
    QCOMPARE(errors.at(0), QString());
    QCOMPARE(loader->interruptsSent(), 1);
    QCOMPARE(loader->runningGeneration(), quint64(0));
}

void TestEntityTableModel::loader_stopsAStatementCancelledBeforeItRan()
{
    QThread thread;
    auto *loader = new EndlessLoader(*m_file, EntityType::Organisation);
    loader->moveToThread(&thread);
    connect(&thread, &QThread::finished, loader, &QObject::deleteLater);
    QObject receiver;
    QList<quint64> answered;
    connect(loader, &RowLoader::counted, &receiver, [&answered](quint64 generation, qint64, const QString &) {
        answered.append(generation);
    });
    thread.start();
    const auto stop = qScopeGuard([&thread, loader] {
        loader->cancelBefore(std::numeric_limits<quint64>::max());
        thread.quit();
        thread.wait();
    });
    QMetaObject::invokeMethod(loader, &RowLoader::open, Qt::QueuedConnection);
    ListQuery query;
    query.search = QStringLiteral("cancelled, then endless");
    QMetaObject::invokeMethod(loader, [loader, query] { loader->count(1, query); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(loader, [loader] { loader->count(2, ListQuery()); }, Qt::QueuedConnection);
    QTRY_COMPARE(answered, QList<quint64>{2});
    QCOMPARE(loader->interruptsSent(), 1); // sent while no statement ran: SQLite forgot it
}

void TestEntityTableModel::editInPlace_savesWithTheVersionReadAndTheRules()
{
    auto db = test::memoryDatabase();
    test::setVoucherLimits(*db, 100000, 100000);
    const qint64 s = test::addStartup(*db, QStringLiteral("VeriCast"));
    EntityTableModel model(*db, EntityType::Startup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int status = int(model.columns().indexOf(QStringLiteral("status")));
    const int label = int(model.columns().indexOf(QStringLiteral("label")));
    QVERIFY(model.flags(model.index(0, status)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, label)) & Qt::ItemIsEditable));
    QSignalSpy edited(&model, &EntityTableModel::recordEdited);
    QSignalSpy refused(&model, &EntityTableModel::editRefused);
    QVERIFY(model.setData(model.index(0, status), QStringLiteral("alumni")));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(1).value<Record>().text(QStringLiteral("status")), QStringLiteral("alumni"));
    QCOMPARE(model.data(model.index(0, status)).toString(), QStringLiteral("Alumni"));
    // A TRL outside 1–9 is refused with the rule's words, and nothing changes.
    const int trl = int(model.columns().indexOf(QStringLiteral("trl")));
    QVERIFY(!model.setData(model.index(0, trl), qint64(12)));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("between 1 and 9")));
    QCOMPARE(model.data(model.index(0, trl)).toString(), QStringLiteral("6"));
    // Someone else saves meanwhile: the edit made from the old row is refused.
    auto repo = Repositories::create(*db, EntityType::Startup);
    Record other;
    QVERIFY(!repo->get(s, &other));
    other.setValue(QStringLiteral("hub"), QStringLiteral("Athens"));
    QVERIFY(!repo->update(other));
    QVERIFY(!model.setData(model.index(0, status), QStringLiteral("withdrawn")));
    QCOMPARE(refused.size(), 2);
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("changed by someone else")));
    QVERIFY(!repo->get(s, &other));
    QCOMPARE(other.text(QStringLiteral("status")), QStringLiteral("alumni"));
    // Workflow fields are not editable in place.
    EntityTableModel vouchers(*db, EntityType::Voucher);
    Record v = test::voucher(s, 1000);
    auto voucherRepo = Repositories::create(*db, EntityType::Voucher);
    QVERIFY(!voucherRepo->create(v));
    vouchers.refresh();
    QVERIFY(!(vouchers.flags(vouchers.index(0, int(vouchers.columns().indexOf(QStringLiteral("status"))))) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
