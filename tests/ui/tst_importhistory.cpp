// File → Imports…, driven as a user drives it, on a database file: the imports are listed
// newest first with their counts, one is taken back after a question that names it, and
// one with a record changed since is taken back only when the user says so a second time.
#include "../../ui/entitypage.h"
#include "../../ui/importhistorydialog.h"
#include "../../ui/mainwindow.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/valueparser.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace hubdesk;

class TestImportHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void twoImports_areListedNewestFirst_withTheirCounts();
    void takeBack_removesTheRows_marksTheImport_andReloadsTheWindow();
    void conflict_asksAgain_refusedChangesNothing_confirmedForces();
    void readOnlyDatabase_disablesTheMenuItem();

private:
    // Imports \a rows (header first) into stakeholders from a CSV file named \a name.
    ImportResult import(const QString &name, const QStringList &rows);
    // Answers the next message box named \a objectName by pressing the button \a press
    // (a standard button, or the one with this text); its text goes to \a text.
    void whenAsked(const QString &objectName, const std::function<QAbstractButton *(QMessageBox *)> &press,
                   QString *text = nullptr);
    qint64 organisations() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_dbNumber = 0;
    ImportResult m_first;  // partners.csv: 3 rows, 2 created, 1 rejected
    ImportResult m_second; // register.csv: 1,200 rows created
};

void TestImportHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    QVERIFY(m_dir.isValid());
}

void TestImportHistory::init()
{
    m_db = test::fileDatabase(m_dir.filePath(QStringLiteral("history%1.hubdesk").arg(++m_dbNumber)));
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("tester"));
    m_first = import(QStringLiteral("partners.csv"),
                     {QStringLiteral("Name,Kind,City"), QStringLiteral("Alpha Ltd,corporation,Sofia"),
                      QStringLiteral("Beta Ltd,corporation,Varna"), QStringLiteral("Gamma Ltd,spaceship,Ruse")});
    QVERIFY2(!m_first.error, qPrintable(m_first.error.message));
    QCOMPARE(m_first.created, 2);
    QStringList many{QStringLiteral("Name,Kind,City")};
    for (int i = 1; i <= 1200; ++i)
        many.append(QStringLiteral("Firm %1 Ltd,corporation,Town %2").arg(i).arg(i % 40));
    m_second = import(QStringLiteral("register.csv"), many);
    QVERIFY2(!m_second.error, qPrintable(m_second.error.message));
    QCOMPARE(m_second.created, 1200);
}

void TestImportHistory::cleanup()
{
    m_db.reset();
}

ImportResult TestImportHistory::import(const QString &name, const QStringList &rows)
{
    const QString path = m_dir.filePath(name);
    test::writeBytes(path, rows.join(QStringLiteral("\n")).toUtf8() + '\n');
    const ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation, rows.first().split(QLatin1Char(',')));
    const ValueParser values;
    Importer importer(*m_db, mapping, values);
    CsvReader source(path);
    ImportOptions options;
    options.mode = ImportOptions::Mode::ValidRows;
    options.rejectsPath = m_dir.filePath(name + QStringLiteral("-rejected.csv"));
    options.sourceName = name;
    return importer.run(source, options);
}

void TestImportHistory::whenAsked(const QString &objectName, const std::function<QAbstractButton *(QMessageBox *)> &press,
                                  QString *text)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, objectName, press, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        if (box->objectName() != objectName) {
            // Not the box expected: said in its text, and closed so that the test goes on.
            if (text)
                *text = QStringLiteral("unexpected %1: %2").arg(box->objectName(), box->text());
            box->reject();
            return;
        }
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (QAbstractButton *button = press(box))
            button->click();
        else
            box->reject();
    });
    timer->start();
}

qint64 TestImportHistory::organisations() const
{
    return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL")).toLongLong();
}

void TestImportHistory::twoImports_areListedNewestFirst_withTheirCounts()
{
    ImportHistoryDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, ImportHistoryDialog::FileColumn)->text(), QStringLiteral("register.csv"));
    QCOMPARE(table->item(0, ImportHistoryDialog::KindColumn)->text(), QStringLiteral("Stakeholders"));
    QCOMPARE(table->item(0, ImportHistoryDialog::ReadColumn)->text(), QStringLiteral("1,200"));
    QCOMPARE(table->item(0, ImportHistoryDialog::CreatedColumn)->text(), QStringLiteral("1,200"));
    QCOMPARE(table->item(0, ImportHistoryDialog::RejectedColumn)->text(), QStringLiteral("0"));
    QCOMPARE(table->item(0, ImportHistoryDialog::ActorColumn)->text(), QStringLiteral("tester"));
    QCOMPARE(table->item(1, ImportHistoryDialog::FileColumn)->text(), QStringLiteral("partners.csv"));
    QCOMPARE(table->item(1, ImportHistoryDialog::ReadColumn)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, ImportHistoryDialog::CreatedColumn)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(1, ImportHistoryDialog::RejectedColumn)->text(), QStringLiteral("1"));
    QVERIFY(table->item(1, ImportHistoryDialog::TakenBackColumn)->text().isEmpty());
    // In local time, as the locale writes it.
    const QDateTime started = dialog.batches().at(1).startedAt;
    QCOMPARE(table->item(1, ImportHistoryDialog::StartedColumn)->text(),
             QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
    // The newest is selected, and can be taken back.
    QVERIFY(dialog.takeBackButton()->isEnabled());
}

void TestImportHistory::takeBack_removesTheRows_marksTheImport_andReloadsTheWindow()
{
    const qint64 before = organisations();
    auto *window = new MainWindow(std::move(m_db));
    m_db.reset();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showPage(window->pageIndex(EntityType::Organisation));
    EntityPage *page = window->entityPage(EntityType::Organisation);
    QTRY_COMPARE(page->model()->shownCount(), before);

    QAction *imports = nullptr;
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("Im&ports…"))
            imports = a;
    QVERIFY(imports);
    QVERIFY(imports->isEnabled());
    imports->trigger();
    auto *dialog = window->findChild<ImportHistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy taken(dialog, &ImportHistoryDialog::takenBack);

    // The first import (the older, listed second).
    dialog->table()->selectRow(1);
    QVERIFY(dialog->takeBackButton()->isEnabled());
    QString question;
    whenAsked(QStringLiteral("takeBackQuestion"), [](QMessageBox *box) { return box->button(QMessageBox::Yes); }, &question);
    QTest::mouseClick(dialog->takeBackButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("“partners.csv”")) && question.contains(QStringLiteral("2 record(s)")),
             qPrintable(question));
    QCOMPARE(taken.count(), 1);
    const auto count = [window](const QString &name) {
        return Sql::scalar(window->database().connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE name = ?"), {name})
            .toLongLong();
    };
    QCOMPARE(count(QStringLiteral("Alpha Ltd")), 0);
    QCOMPARE(count(QStringLiteral("Beta Ltd")), 0);
    QCOMPARE(count(QStringLiteral("Firm 7 Ltd")), 1); // the other import stays
    QTRY_COMPARE(page->model()->shownCount(), before - 2);

    // Listed as taken back, still selected, and not offered again.
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->table()->item(1, ImportHistoryDialog::FileColumn)->text(), QStringLiteral("partners.csv"));
    const QString when = dialog->table()->item(1, ImportHistoryDialog::TakenBackColumn)->text();
    QVERIFY2(when.startsWith(QStringLiteral("taken back on ")), qPrintable(when));
    QVERIFY(dialog->table()->item(1, 0)->isSelected());
    QVERIFY(!dialog->takeBackButton()->isEnabled());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("taken back")), qPrintable(dialog->statusText()));
    dialog->table()->selectRow(0);
    QVERIFY(dialog->takeBackButton()->isEnabled());
    dialog->close();
    delete window;
}

void TestImportHistory::conflict_asksAgain_refusedChangesNothing_confirmedForces()
{
    // One record of the first import edited since.
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    const qint64 alphaId = Sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM organisations WHERE name = 'Alpha Ltd'")).toLongLong();
    Record alpha;
    QVERIFY(!orgs->get(alphaId, &alpha));
    alpha.setValue(QStringLiteral("city"), QStringLiteral("Plovdiv"));
    QVERIFY(!orgs->update(alpha));
    const qint64 before = organisations();

    ImportHistoryDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy taken(&dialog, &ImportHistoryDialog::takenBack);
    dialog.table()->selectRow(1);

    // Yes, then Cancel on "anyway": nothing changes.
    QString anyway;
    whenAsked(QStringLiteral("takeBackQuestion"), [this, &anyway](QMessageBox *box) {
        whenAsked(QStringLiteral("takeBackAnyway"), [](QMessageBox *b) { return b->button(QMessageBox::Cancel); }, &anyway);
        return box->button(QMessageBox::Yes);
    });
    QVERIFY(!dialog.takeBackSelected());
    QVERIFY2(anyway.contains(QStringLiteral("“partners.csv”")) && anyway.contains(QStringLiteral("changed since")),
             qPrintable(anyway));
    QCOMPARE(taken.count(), 0);
    QCOMPARE(organisations(), before);
    QVERIFY(dialog.table()->item(1, ImportHistoryDialog::TakenBackColumn)->text().isEmpty());
    QVERIFY(dialog.takeBackButton()->isEnabled());

    // Again, and "Delete them anyway": forced, the edited record goes too.
    whenAsked(QStringLiteral("takeBackQuestion"), [this, &anyway](QMessageBox *box) {
        whenAsked(QStringLiteral("takeBackAnyway"), [](QMessageBox *b) {
            for (QAbstractButton *button : b->buttons())
                if (button->text() == QStringLiteral("Delete them anyway"))
                    return button;
            return static_cast<QAbstractButton *>(nullptr);
        }, &anyway);
        return box->button(QMessageBox::Yes);
    });
    QVERIFY(dialog.takeBackSelected());
    QCOMPARE(taken.count(), 1);
    QCOMPARE(organisations(), before - 2);
    QVERIFY(dialog.table()->item(1, ImportHistoryDialog::TakenBackColumn)->text().startsWith(QStringLiteral("taken back on ")));
    QVERIFY(!dialog.takeBackButton()->isEnabled());
}

void TestImportHistory::readOnlyDatabase_disablesTheMenuItem()
{
    const QString path = m_db->path();
    m_db.reset();
    Database::Options options;
    options.readOnly = true;
    OpenError error;
    auto db = Database::open(path, options, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(db->isReadOnly());
    MainWindow window(std::move(db));
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("Im&ports…"))
            QVERIFY(!a->isEnabled());
    ImportHistoryDialog dialog(window.database());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(!dialog.takeBackButton()->isEnabled());
}

QTEST_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
