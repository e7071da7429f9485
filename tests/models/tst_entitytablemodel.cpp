// The paged table model: never the whole table, always the same rows as a plain query.
#include "storage/repositories.h"
#include "storage/sql.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hubdesk;

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

private:
    std::unique_ptr<Database> m_db;
};

void TestEntityTableModel::initTestCase()
{
    m_db = test::memoryDatabase();
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    for (int i = 0; i < 1234; ++i) {
        Record org = test::organisation(QStringLiteral("Org %1").arg(i, 4, 10, QLatin1Char('0')),
                                        i % 3 ? QStringLiteral("media") : QStringLiteral("investor"));
        org.setValue(QStringLiteral("city"), i % 2 ? QStringLiteral("Sofia") : QStringLiteral("Oslo"));
        QVERIFY(!orgs->create(org));
    }
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

QTEST_GUILESS_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
