// Find duplicates, as a user: the pair is listed, values are chosen field by field, the
// merge moves the references, and Edit → Undo takes it back.
#include "../../ui/findduplicatesdialog.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hubdesk;

class TestFindDuplicates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pair_isMergedWithTheChosenValues_andUndone();
    void noDuplicates_saysSo();
};

void TestFindDuplicates::pair_isMergedWithTheChosenValues_andUndone()
{
    auto db = test::memoryDatabase();
    auto orgs = Repositories::create(*db, EntityType::Organisation);
    Record a = test::organisation(QStringLiteral("”Дисиб” ООД"));
    a.setValue(QStringLiteral("company_id"), QStringLiteral("175074752"));
    QVERIFY(!orgs->create(a));
    Record b = test::organisation(QStringLiteral("DISIB Ltd"));
    b.setValue(QStringLiteral("company_id"), QStringLiteral("175074752"));
    b.setValue(QStringLiteral("city"), QStringLiteral("Plovdiv"));
    QVERIFY(!orgs->create(b));
    auto people = Repositories::create(*db, EntityType::Person);
    Record p = test::person(QStringLiteral("Ана"), QStringLiteral("Петрова"));
    p.setValue(QStringLiteral("organisation_id"), b.id);
    QVERIFY(!people->create(p));

    QUndoStack undo;
    FindDuplicatesDialog dialog(*db, EntityType::Organisation, &undo);
    QCOMPARE(dialog.pairCount(), 1);
    dialog.selectPair(0);
    dialog.choose(QStringLiteral("city"), 1); // Plovdiv, from the second
    // HUBDESK_TEST_OUTPUT keeps a picture of the dialog, for a look.
    if (const QString keep = qEnvironmentVariable("HUBDESK_TEST_OUTPUT"); !keep.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(keep + QStringLiteral("/find-duplicates.png"));
    }
    QSignalSpy merged(&dialog, &FindDuplicatesDialog::merged);
    QString error;
    QVERIFY2(dialog.mergeSelected(false, &error), qPrintable(error));
    QCOMPARE(merged.size(), 1);
    QCOMPARE(dialog.pairCount(), 0);
    Record kept;
    QVERIFY(!orgs->get(a.id, &kept));
    QCOMPARE(kept.text(QStringLiteral("city")), QStringLiteral("Plovdiv"));
    QCOMPARE(kept.text(QStringLiteral("name")), QStringLiteral("”Дисиб” ООД"));
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT organisation_id FROM people WHERE id = ?"), {p.id}).toLongLong(), a.id);
    QCOMPARE(undo.count(), 1);

    undo.undo();
    Record back;
    QVERIFY(!orgs->get(b.id, &back));
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT organisation_id FROM people WHERE id = ?"), {p.id}).toLongLong(), b.id);
    QVERIFY(!orgs->get(a.id, &kept));
    QCOMPARE(kept.text(QStringLiteral("city")), QStringLiteral("София"));
    dialog.search();
    QCOMPARE(dialog.pairCount(), 1);
}

void TestFindDuplicates::noDuplicates_saysSo()
{
    auto db = test::memoryDatabase();
    FindDuplicatesDialog dialog(*db, EntityType::Person, nullptr);
    QCOMPARE(dialog.pairCount(), 0);
    QString error;
    QVERIFY(!dialog.mergeSelected(false, &error));
}

QTEST_MAIN(TestFindDuplicates)
#include "tst_findduplicates.moc"
