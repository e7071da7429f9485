// The first window, driven through its widgets: every page lists rows, search filters them.
#include "../../ui/entitypage.h"
#include "../../ui/mainwindow.h"
#include "demo/demodata.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUndoCommand>
#include <QUndoStack>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPage_listsItsRows();
    void typingInSearch_filtersTheRows();
    void statusBar_showsFileAndCounts();
    void closingWithUndoSteps_emitsNothingWhileDestroyed();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString file = m_dir.filePath(QStringLiteral("window.hubdesk"));
    auto db = test::fileDatabase(file);
    QVERIFY(!DemoData::generate(*db, {}, nullptr));
    m_window = new MainWindow(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    for (EntityType type : {EntityType::Organisation, EntityType::Person, EntityType::Startup, EntityType::Session,
                            EntityType::Event, EntityType::Voucher, EntityType::Interaction, EntityType::Outcome,
                            EntityType::ReportingPeriod})
        QVERIFY(m_window->entityPage(type)->model()->waitForIdle());
}

void TestMainWindow::everyPage_listsItsRows()
{
    QVERIFY(m_window->pageCount() >= 10);
    for (EntityType type : {EntityType::Organisation, EntityType::Person, EntityType::Startup, EntityType::Session,
                            EntityType::Event, EntityType::Voucher, EntityType::Interaction, EntityType::Outcome,
                            EntityType::ReportingPeriod}) {
        EntityPage *page = m_window->entityPage(type);
        QVERIFY(page);
        QVERIFY2(page->model()->rowCount() > 0, qPrintable(page->title()));
        QVERIFY(!page->model()->data(page->model()->index(0, 0)).toString().isEmpty());
    }
}

void TestMainWindow::typingInSearch_filtersTheRows()
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->entityPage(EntityType::Organisation);
    const int all = page->model()->rowCount();
    QLineEdit *search = page->searchField();
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("Capital"));
    QTRY_VERIFY(page->model()->rowCount() < all);
    const int shown = page->model()->rowCount();
    QVERIFY(shown > 0);
    for (int row = 0; row < shown; ++row) {
        const QString name = page->model()->data(page->model()->index(row, 0)).toString();
        QVERIFY2(name.contains(QLatin1String("Capital"), Qt::CaseInsensitive) || shown < all, qPrintable(name));
    }
    search->clear();
    QTRY_COMPARE(page->model()->rowCount(), all);
}

void TestMainWindow::statusBar_showsFileAndCounts()
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (QLabel *l : labels)
        texts.append(l->text());
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QLatin1String("window.hubdesk")), qPrintable(all));
    const int total = m_window->entityPage(EntityType::Organisation)->model()->rowCount();
    QVERIFY2(all.contains(QStringLiteral("%1 of %1 shown").arg(QLocale().toString(total))), qPrintable(all));
    delete m_window;
}

void TestMainWindow::closingWithUndoSteps_emitsNothingWhileDestroyed()
{
    // The undo stack is a child of the window: ~QWidget deletes it after ~MainWindow, and
    // it clears itself on the way, emitting indexChanged. That used to call the window's
    // dataChanged() on a window already half destroyed: undefined behaviour that UBSan
    // reports in the sanitizer build (scripts/test-sanitizers.sh), which runs this test.
    auto *window = new MainWindow(test::fileDatabase(m_dir.filePath(QStringLiteral("closing.hubdesk"))));
    QUndoStack *undo = window->undoStack();
    undo->push(new QUndoCommand(QStringLiteral("a step")));
    QCOMPARE(undo->count(), 1);
    QSignalSpy cleared(undo, &QUndoStack::indexChanged);
    delete window;
    QCOMPARE(cleared.count(), 1); // the stack did clear itself while the window was going
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
