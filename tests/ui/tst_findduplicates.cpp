// Find duplicates, as a user: the pair is listed, values are chosen field by field, the
// merge moves the references, and Edit → Undo takes it back. On a file the search runs
// beside the window, can be stopped, and closing the dialog during it is safe.
#include "../../ui/findduplicatesdialog.h"
#include "../../ui/mainwindow.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace hubdesk;

class TestFindDuplicates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pair_isMergedWithTheChosenValues_andUndone();
    void noDuplicates_saysSo();
    void onAFile_theSearchRunsBesideTheWindow_andFindsThePairs();
    void stop_endsTheSearch_andSearchAgainFindsThem();
    void closingDuringTheSearch_isSafe();
    void mergeUndoneAndRedone_throughTheWindowsEditMenu();

private:
    QTemporaryDir m_dir;
    // A file with about 10,000 stakeholders (the sample data), so that a search takes a
    // while; made once, only read.
    std::unique_ptr<Database> m_large;
};

namespace {

// Two stakeholders with one company ID: a pair by a shared key.
void addDisibTwice(Database &db)
{
    auto orgs = Repositories::create(db, EntityType::Organisation);
    for (const QString &name : {QStringLiteral("”Дисиб” ООД"), QStringLiteral("DISIB Ltd")}) {
        Record r = test::organisation(name);
        r.setValue(QStringLiteral("company_id"), QStringLiteral("175074752"));
        QVERIFY(!orgs->create(r));
    }
}

} // namespace

void TestFindDuplicates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_large = test::fileDatabase(m_dir.filePath(QStringLiteral("large.hubdesk")));
    QVERIFY(m_large);
    DemoData::Options options;
    options.interactions = 100000;
    const Error e = DemoData::generate(*m_large, options);
    QVERIFY2(!e, qPrintable(e.message));
}

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

void TestFindDuplicates::onAFile_theSearchRunsBesideTheWindow_andFindsThePairs()
{
    auto db = test::fileDatabase(m_dir.filePath(QStringLiteral("pair.hubdesk")));
    addDisibTwice(*db);
    QUndoStack undo;
    FindDuplicatesDialog dialog(*db, EntityType::Organisation, &undo);
    QSignalSpy finished(&dialog, &FindDuplicatesDialog::searchFinished);
    dialog.show();
    // Open, and not yet done: the search was handed to a worker.
    QVERIFY(dialog.isSearching());
    QCOMPARE(dialog.pairCount(), 0);
    QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!dialog.isSearching());
    QCOMPARE(dialog.pairCount(), 1);
    QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());
    QCOMPARE(dialog.statusText(), QStringLiteral("One pair looks like one record."));
    // Merging stays on the window's connection and its undo stack.
    dialog.selectPair(0);
    QString error;
    QVERIFY2(dialog.mergeSelected(false, &error), qPrintable(error));
    QCOMPARE(dialog.pairCount(), 0);
    QCOMPARE(undo.count(), 1);
    undo.undo();
    dialog.search();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(dialog.pairCount(), 1);
}

void TestFindDuplicates::stop_endsTheSearch_andSearchAgainFindsThem()
{
    FindDuplicatesDialog dialog(*m_large, EntityType::Organisation, nullptr);
    QSignalSpy finished(&dialog, &FindDuplicatesDialog::searchFinished);
    dialog.show();
    QVERIFY(dialog.isSearching());
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("stopSearch"));
    QVERIFY(stop && stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!dialog.isSearching());
    QCOMPARE(dialog.pairCount(), 0);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("stopped")), qPrintable(dialog.statusText()));
    dialog.search();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY2(dialog.pairCount() > 0, qPrintable(dialog.statusText())); // the sample data has look-alikes
}

void TestFindDuplicates::closingDuringTheSearch_isSafe()
{
    const qsizetype connections = QSqlDatabase::connectionNames().size();
    auto *dialog = new FindDuplicatesDialog(*m_large, EntityType::Organisation, nullptr);
    QSignalSpy finished(dialog, &FindDuplicatesDialog::searchFinished);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isSearching());
    // Well into it: the progress bar has moved.
    auto *progress = dialog->findChild<QProgressBar *>();
    QTRY_VERIFY_WITH_TIMEOUT((progress->maximum() > 0 && progress->value() > 0) || !dialog->isSearching(), 30000);
    QVERIFY2(dialog->isSearching(), "the search ended before it could be interrupted: make the table larger");
    dialog->close(); // the user closes it: the search is told to stop
    QVERIFY(dialog->isSearching());
    delete dialog;   // and is waited for: nothing runs on after the dialog
    QCOMPARE(finished.size(), 0);
    // The worker's connection was closed in its thread before the wait ended; the pool's
    // thread is idle again a moment later.
    QCOMPARE(QSqlDatabase::connectionNames().size(), connections);
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 5000);
    // The database is still fine to use on this thread.
    QVERIFY(Sql::scalar(m_large->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong() > 1000);
}

void TestFindDuplicates::mergeUndoneAndRedone_throughTheWindowsEditMenu()
{
    // Edit → Undo of the window took every command for a record command; a merge is not
    // one, and undoing it crashed.
    auto file = test::fileDatabase(m_dir.filePath(QStringLiteral("window.hubdesk")));
    addDisibTwice(*file);
    MainWindow window(std::move(file));
    Database &db = window.database();
    FindDuplicatesDialog dialog(db, EntityType::Organisation, window.undoStack());
    QSignalSpy finished(&dialog, &FindDuplicatesDialog::searchFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog.pairCount(), 1);
    QString error;
    QVERIFY2(dialog.mergeSelected(false, &error), qPrintable(error));
    const auto live = [&db] {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL")).toLongLong();
    };
    QCOMPARE(live(), 1);
    window.undo();
    QCOMPARE(live(), 2);
    window.redo();
    QCOMPARE(live(), 1);
}

QTEST_MAIN(TestFindDuplicates)
#include "tst_findduplicates.moc"
