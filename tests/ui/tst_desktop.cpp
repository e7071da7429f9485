// The desktop application driven through its widgets, as a user would: forms, rule
// messages, undo and redo, the trash, two windows on one file, vouchers, links, layout.
#include "../../ui/conflictdialog.h"
#include "../../ui/dashboardpage.h"
#include "../../ui/detailpane.h"
#include "../../ui/entitypage.h"
#include "../../ui/fieldeditor.h"
#include "../../ui/launcher.h"
#include "../../ui/lookupfield.h"
#include "../../ui/mainwindow.h"
#include "../../ui/recordform.h"
#include "../../ui/relatedlist.h"
#include "../../ui/trashpage.h"
#include "../../ui/voucherpanel.h"
#include "../../ui/voucherstepdialog.h"
#include "demo/demodata.h"
#include "storage/migrations.h"
#include "storage/programmefigures.h"
#include "storage/recordlabels.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "storage/voucherrepository.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QPointer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace hubdesk;

class TestDesktop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void search_latinFindsCyrillic();
    void create_throughTheForm_thenUndoAndRedo();
    void create_aLikelyDuplicate_isSavedWithAWarningNamingIt();
    void badInput_showsTheRule_andSavesNothing();
    void edit_thenUndoAndRedo();
    void delete_movesToTrash_andUndoRestores();
    void trashPage_restores();
    void conflict_fromASecondConnection_letsTheUserChoose();
    void voucher_approve_andARefusedStep();
    void relatedList_followsTheLink();
    void openRecord_selectsItDeepInTheList();
    void editInPlace_isUndoable();
    void quickEntry_enterSavesAndStartsTheNext();
    void layout_isRestoredAfterRestart();
    void damagedFile_isClosedAfterTheBackgroundCheck();
    void olderFile_isUpgradedBeforeTheWindowOpens();
    void dashboard_showsTheCurrentPeriodAndFollowsChanges();
    void writes_waitForTheBackgroundCheck();
    void fileDeletedWhileOpen_isNoticedAndACopyOffered();

private:
    // Runs \a answer on the next modal dialog (QMessageBox, QDialog) once it is open.
    void whenDialogOpens(const std::function<void(QWidget *)> &answer);
    void openWindow();
    static void type(FieldEditor *editor, const QString &text);
    qint64 count(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_template; // the sample database, made once and copied for each test
    QString m_file;
    MainWindow *m_window = nullptr;
    // A dialog no test expected would block the run: it is closed and reported instead.
    QTimer *m_watchdog = nullptr;
    bool m_dialogExpected = false;
    QString m_unexpectedDialog;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("HubDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    m_template = m_dir.filePath(QStringLiteral("template.hubdesk"));
    {
        auto db = test::fileDatabase(m_template);
        QVERIFY(!DemoData::generate(*db, {}, nullptr));
    }
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(3000);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || m_dialogExpected)
            return;
        auto *box = qobject_cast<QMessageBox *>(dialog);
        m_unexpectedDialog = box ? box->text() : dialog->windowTitle();
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
    });
    m_watchdog->start();
}

void TestDesktop::init()
{
    m_unexpectedDialog.clear();
    QSettings().clear();
    m_file = m_dir.filePath(QStringLiteral("%1.hubdesk").arg(QTest::currentTestFunction()));
    QVERIFY(QFile::copy(m_template, m_file)); // closed, so the WAL is in the file
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    openWindow();
}

void TestDesktop::openWindow()
{
    OpenError error;
    auto db = Database::open(m_file, &error);
    QVERIFY2(db, qPrintable(error.message));
    db->setActor(QStringLiteral("tester"));
    m_window = new MainWindow(std::move(db));
    m_window->show();
    QApplication::setActiveWindow(m_window); // shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestDesktop::cleanup()
{
    if (m_window) {
        // A failed test may leave a form half-filled: closing would ask about it.
        const int current = m_window->currentPage();
        for (int i = 0; i < m_window->pageCount(); ++i) {
            m_window->showPage(i);
            if (EntityPage *page = m_window->currentEntityPage())
                page->detail()->revert();
        }
        m_window->showPage(current);
        m_window->close(); // saves the layout; nothing is modified at the end of a test
        delete m_window;
        m_window = nullptr;
    }
    QVERIFY2(m_unexpectedDialog.isEmpty(), qPrintable(QStringLiteral("unexpected dialog: ") + m_unexpectedDialog));
}

void TestDesktop::whenDialogOpens(const std::function<void(QWidget *)> &answer)
{
    m_dialogExpected = true;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            m_dialogExpected = false;
            answer(dialog);
        }
    });
    timer->start();
}

void TestDesktop::type(FieldEditor *editor, const QString &text)
{
    QVERIFY(editor);
    auto *line = editor->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    // Typed key by key, Cyrillic included (keyClicks knows ASCII keys only).
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(line, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

qint64 TestDesktop::count(const QString &sql) const
{
    return Sql::scalar(m_window->database().connection(), sql).toLongLong();
}

void TestDesktop::search_latinFindsCyrillic()
{
    EntityPage *page = m_window->entityPage(EntityType::Organisation);
    m_window->openRecord(EntityType::Organisation, 1);
    page->model()->waitForIdle();
    const int all = page->model()->rowCount();
    // A Cyrillic name of the sample data, and how it is written in Latin letters.
    const QString cyrillic = Sql::scalar(m_window->database().connection(),
                                         QStringLiteral("SELECT name FROM organisations WHERE name GLOB '*Дигитални*' LIMIT 1"))
                                 .toString();
    QVERIFY(!cyrillic.isEmpty());
    QTest::keyClicks(page->searchField(), QStringLiteral("digitalni"));
    QTRY_VERIFY(page->model()->rowCount() < all);
    page->model()->waitForIdle();
    bool found = false;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        found = found || page->model()->data(page->model()->index(row, 0)).toString() == cyrillic;
    QVERIFY2(found, qPrintable(cyrillic));
    page->searchField()->clear();
    QTRY_COMPARE(page->model()->rowCount(), all);
}

void TestDesktop::create_throughTheForm_thenUndoAndRedo()
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL"));
    QTest::keySequence(m_window, QKeySequence::New);
    RecordForm *form = page->detail()->form();
    type(form->editor(QStringLiteral("name")), QStringLiteral("Ново Медийно Студио ЕООД"));
    type(form->editor(QStringLiteral("email")), QStringLiteral("office@novo-studio.bg"));
    type(form->editor(QStringLiteral("company_id")), QStringLiteral("121000008"));
    QTest::keySequence(m_window, QKeySequence::Save);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL")), before + 1);
    const qint64 id = page->detail()->recordId();
    QVERIFY(id > 0);
    QCOMPARE(Sql::scalar(m_window->database().connection(), QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("Ново Медийно Студио ЕООД"));
    QVERIFY(!form->isModified());

    // Ctrl+Z in a text field undoes its typing; in the list it undoes the last change.
    page->view()->setFocus();
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL")), before);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL")), before + 1);
    QCOMPARE(m_window->undoStack()->count(), 1);
}


void TestDesktop::create_aLikelyDuplicate_isSavedWithAWarningNamingIt()
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    // An organisation already there, by its e-mail.
    QSqlQuery q(m_window->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, email FROM organisations WHERE deleted_at IS NULL AND email IS NOT NULL "
                                  "AND email <> '' ORDER BY id LIMIT 1")));
    QVERIFY(q.next());
    const QString name = q.value(0).toString();
    const QString email = q.value(1).toString();
    QSignalSpy messages(page->detail(), &DetailPane::statusMessage);
    QTest::keySequence(m_window, QKeySequence::New);
    RecordForm *form = page->detail()->form();
    type(form->editor(QStringLiteral("name")), QStringLiteral("Quite Another Name"));
    type(form->editor(QStringLiteral("email")), email.toUpper());
    QTest::keySequence(m_window, QKeySequence::Save);
    QVERIFY(page->detail()->recordId() > 0); // saved, not refused
    QVERIFY(!messages.isEmpty());
    const QString said = messages.constLast().constFirst().toString();
    QVERIFY2(said.contains(name) && said.contains(QStringLiteral("Find duplicates")), qPrintable(said));
    m_window->undo();
}

void TestDesktop::badInput_showsTheRule_andSavesNothing()
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM organisations"));
    page->newRecord();
    RecordForm *form = page->detail()->form();
    type(form->editor(QStringLiteral("name")), QStringLiteral("Acme"));
    form->editor(QStringLiteral("country"))->setValue(QStringLiteral("BG")); // the UIC/EIK check is Bulgarian
    type(form->editor(QStringLiteral("email")), QStringLiteral("acme at example"));
    // The message appears as the user types, before any save.
    QVERIFY2(form->messageOf(QStringLiteral("email")).contains(QStringLiteral("not an e-mail address")),
             qPrintable(form->messageOf(QStringLiteral("email"))));
    type(form->editor(QStringLiteral("company_id")), QStringLiteral("121000001"));
    QVERIFY(form->messageOf(QStringLiteral("company_id")).contains(QStringLiteral("9th digit should be 8")));
    QTest::keySequence(m_window, QKeySequence::Save);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisations")), before);
    QVERIFY(form->isModified());
    QCOMPARE(m_window->undoStack()->count(), 0);
    // Fixing the fields clears the messages and the save goes through.
    type(form->editor(QStringLiteral("email")), QStringLiteral("acme@example.bg"));
    type(form->editor(QStringLiteral("company_id")), QStringLiteral("121000008"));
    QVERIFY(form->messageOf(QStringLiteral("email")).isEmpty());
    QTest::keySequence(m_window, QKeySequence::Save);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisations")), before + 1);
    // Saving the name empty is refused with the rule's words.
    type(form->editor(QStringLiteral("name")), QString());
    QTest::keySequence(m_window, QKeySequence::Save);
    QVERIFY(form->messageOf(QStringLiteral("name")).contains(QStringLiteral("is required")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisations WHERE name = 'Acme'")), 1);
    page->detail()->revert();
}

void TestDesktop::edit_thenUndoAndRedo()
{
    m_window->openRecord(EntityType::Organisation, 5);
    EntityPage *page = m_window->currentEntityPage();
    QCOMPARE(page->detail()->recordId(), 5);
    const QString oldCity = Sql::scalar(m_window->database().connection(),
                                        QStringLiteral("SELECT city FROM organisations WHERE id = 5"))
                                .toString();
    type(page->detail()->form()->editor(QStringLiteral("city")), QStringLiteral("Тестово Село"));
    QVERIFY(page->detail()->save());
    const QString city = QStringLiteral("SELECT city FROM organisations WHERE id = 5");
    QCOMPARE(Sql::scalar(m_window->database().connection(), city).toString(), QStringLiteral("Тестово Село"));
    m_window->undo();
    QCOMPARE(Sql::scalar(m_window->database().connection(), city).toString(), oldCity);
    QCOMPARE(page->detail()->form()->editor(QStringLiteral("city"))->value().toString(), oldCity);
    m_window->redo();
    QCOMPARE(Sql::scalar(m_window->database().connection(), city).toString(), QStringLiteral("Тестово Село"));
    QCOMPARE(count(QStringLiteral("SELECT version FROM organisations WHERE id = 5")), 4);
}

void TestDesktop::delete_movesToTrash_andUndoRestores()
{
    m_window->showPage(m_window->pageIndex(EntityType::Interaction));
    EntityPage *page = m_window->currentEntityPage();
    QCOMPARE(page->entity(), EntityType::Interaction);
    page->model()->waitForIdle();
    page->view()->setFocus();
    page->view()->selectRow(3);
    const qint64 id = page->model()->idAt(3);
    QCOMPARE(page->detail()->recordId(), id);
    const QString label = RecordLabels::of(m_window->database(), EntityType::Interaction, id);
    QVERIFY(!label.isEmpty());
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions WHERE id = %1 AND deleted_at IS NOT NULL").arg(id)), 1);
    // Undo names the record by its name, not by the date in the list's first column.
    QVERIFY2(m_window->undoStack()->undoText().contains(label), qPrintable(m_window->undoStack()->undoText()));
    m_window->showPage(m_window->pageCount() - 1);
    QCOMPARE(m_window->trashPage()->itemCount(), 1);
    m_window->undo();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions WHERE id = %1 AND deleted_at IS NULL").arg(id)), 1);
    QCOMPARE(m_window->trashPage()->itemCount(), 0);
}

void TestDesktop::trashPage_restores()
{
    auto repo = Repositories::create(m_window->database(), EntityType::Event);
    QVERIFY(!repo->trash(2));
    m_window->showPage(m_window->pageCount() - 1);
    TrashPage *trash = m_window->trashPage();
    QCOMPARE(trash->itemCount(), 1);
    trash->table()->selectRow(0);
    trash->restoreSelected();
    QCOMPARE(trash->itemCount(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE id = 2 AND deleted_at IS NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participations WHERE event_id = 2 AND deleted_at IS NOT NULL")), 0);
}

void TestDesktop::conflict_fromASecondConnection_letsTheUserChoose()
{
    m_window->openRecord(EntityType::Organisation, 9);
    DetailPane *pane = m_window->currentEntityPage()->detail();
    // Another window on the same file changes the phone and the city meanwhile.
    auto other = m_window->database().openAnotherConnection(nullptr);
    QVERIFY(other);
    auto repo = Repositories::create(*other, EntityType::Organisation);
    Record theirs;
    QVERIFY(!repo->get(9, &theirs));
    theirs.setValue(QStringLiteral("phone"), QStringLiteral("+359 2 111 1111"));
    theirs.setValue(QStringLiteral("city"), QStringLiteral("Бургас"));
    QVERIFY(!repo->update(theirs));
    // Here the user changes the city and the e-mail, and saves.
    type(pane->form()->editor(QStringLiteral("city")), QStringLiteral("Варна"));
    type(pane->form()->editor(QStringLiteral("email")), QStringLiteral("new@example.bg"));
    QStringList differing;
    bool cityMine = false;
    bool phoneMine = true;
    whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<ConflictDialog *>(w);
        QVERIFY(dialog);
        differing = dialog->differingFields();
        cityMine = dialog->isMineChosen(QStringLiteral("city"));
        phoneMine = dialog->isMineChosen(QStringLiteral("phone"));
        dialog->chooseMine(QStringLiteral("city"), false); // keep theirs for the city
        dialog->accept();
    });
    QVERIFY(pane->save());
    differing.sort();
    QCOMPARE(differing, (QStringList{QStringLiteral("city"), QStringLiteral("email"), QStringLiteral("phone")}));
    QVERIFY(cityMine);   // both changed it: the choice starts on the user's value
    QVERIFY(!phoneMine); // only they changed it: it starts on theirs
    Record stored;
    QVERIFY(!repo->get(9, &stored));
    QCOMPARE(stored.text(QStringLiteral("city")), QStringLiteral("Бургас"));
    QCOMPARE(stored.text(QStringLiteral("phone")), QStringLiteral("+359 2 111 1111"));
    QCOMPARE(stored.text(QStringLiteral("email")), QStringLiteral("new@example.bg"));
    QCOMPARE(stored.version, 3);
}

void TestDesktop::voucher_approve_andARefusedStep()
{
    Database &db = m_window->database();
    const qint64 id = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM vouchers WHERE status = 'requested' LIMIT 1"))
                          .toLongLong();
    QVERIFY(id > 0);
    m_window->openRecord(EntityType::Voucher, id);
    VoucherPanel *panel = m_window->currentEntityPage()->detail()->voucherPanel();
    QVERIFY(panel);
    QVERIFY(panel->fundsText().contains(QStringLiteral("left")));
    QVERIFY(panel->button(QStringLiteral("approved"))->isEnabled());
    QVERIFY(!panel->button(QStringLiteral("paid"))->isEnabled());
    whenDialogOpens([](QWidget *w) {
        auto *dialog = qobject_cast<VoucherStepDialog *>(w);
        QVERIFY(dialog);
        dialog->accept(); // the suggested amount: what was requested
    });
    QTest::mouseClick(panel->button(QStringLiteral("approved")), Qt::LeftButton);
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT status FROM vouchers WHERE id = ?"), {id}).toString(),
             QStringLiteral("approved"));
    QVERIFY(panel->button(QStringLiteral("claimed"))->isEnabled());

    // A second voucher of the same startup that would break the cap is refused, with the rule's message.
    const qint64 startup = Sql::scalar(db.connection(), QStringLiteral("SELECT startup_id FROM vouchers WHERE id = ?"), {id})
                               .toLongLong();
    VoucherRepository repo(db);
    Record big = test::voucher(startup, 250000);
    QVERIFY(!repo.create(big));
    m_window->openRecord(EntityType::Voucher, big.id);
    panel = m_window->currentEntityPage()->detail()->voucherPanel();
    QString message;
    whenDialogOpens([this, &message](QWidget *w) {
        qobject_cast<QDialog *>(w)->accept();
        whenDialogOpens([&message](QWidget *box) {
            message = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->accept();
        });
    });
    QTest::mouseClick(panel->button(QStringLiteral("approved")), Qt::LeftButton);
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("cap per startup")), qPrintable(message));
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT status FROM vouchers WHERE id = ?"), {big.id}).toString(),
             QStringLiteral("requested"));
}

void TestDesktop::relatedList_followsTheLink()
{
    const qint64 startup = Sql::scalar(m_window->database().connection(),
                                       QStringLiteral("SELECT startup_id FROM mentoring_sessions GROUP BY startup_id "
                                                      "ORDER BY count(*) DESC LIMIT 1"))
                               .toLongLong();
    m_window->openRecord(EntityType::Startup, startup);
    DetailPane *pane = m_window->currentEntityPage()->detail();
    RelatedList *sessions = nullptr;
    for (RelatedList *list : pane->relatedLists()) {
        if (list->relation().child == EntityType::Session)
            sessions = list;
    }
    QVERIFY(sessions);
    const qint64 expected = count(QStringLiteral("SELECT count(*) FROM mentoring_sessions WHERE startup_id = %1 AND "
                                                 "deleted_at IS NULL")
                                      .arg(startup));
    QTRY_COMPARE(qint64(sessions->rowCount()), expected);
    auto *model = qobject_cast<EntityTableModel *>(sessions->view()->model());
    model->waitForIdle();
    const qint64 first = model->idAt(0);
    emit sessions->view()->activated(model->index(0, 0));
    QCOMPARE(m_window->currentEntityPage()->entity(), EntityType::Session);
    QCOMPARE(m_window->currentEntityPage()->detail()->recordId(), first);
}

void TestDesktop::openRecord_selectsItDeepInTheList()
{
    // The oldest interaction is at the end of the list (newest first).
    const qint64 id = count(QStringLiteral("SELECT id FROM interactions ORDER BY occurred_on, id LIMIT 1"));
    m_window->openRecord(EntityType::Interaction, id);
    EntityPage *page = m_window->currentEntityPage();
    QCOMPARE(page->detail()->recordId(), id);
    QTRY_VERIFY(page->view()->currentIndex().isValid());
    QCOMPARE(page->model()->idAt(page->view()->currentIndex().row()), id);
    QCOMPARE(page->view()->currentIndex().row(), page->model()->rowCount() - 1);
}

void TestDesktop::editInPlace_isUndoable()
{
    m_window->showPage(m_window->pageIndex(EntityType::Startup)); // startups
    EntityPage *page = m_window->currentEntityPage();
    page->model()->waitForIdle();
    const int column = int(page->model()->columns().indexOf(QStringLiteral("stage")));
    const QModelIndex cell = page->model()->index(0, column);
    const qint64 id = page->model()->idAt(0);
    const QString before = cell.data(Qt::EditRole).toString();
    const QString after = before == QLatin1String("scaling") ? QStringLiteral("idea") : QStringLiteral("scaling");
    QVERIFY(page->model()->setData(cell, after));
    const QString stage = QStringLiteral("SELECT stage FROM startups WHERE id = %1").arg(id);
    QCOMPARE(Sql::scalar(m_window->database().connection(), stage).toString(), after);
    m_window->undo();
    QCOMPARE(Sql::scalar(m_window->database().connection(), stage).toString(), before);
}

void TestDesktop::quickEntry_enterSavesAndStartsTheNext()
{
    m_window->openRecord(EntityType::Interaction, 1);
    EntityPage *page = m_window->currentEntityPage();
    page->detail()->setQuickEntry(true);
    page->newRecord();
    RecordForm *form = page->detail()->form();
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM interactions"));
    FieldEditor *org = form->editor(QStringLiteral("organisation_id"));
    org->setValue(3); // as picking a suggestion does
    type(form->editor(QStringLiteral("subject")), QStringLiteral("Met at the door of Deeptech on stage"));
    QTest::keyClick(form->editor(QStringLiteral("subject"))->findChild<QLineEdit *>(), Qt::Key_Return);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM interactions")), before + 1);
    QCOMPARE(page->detail()->recordId(), 0); // a blank form for the next one
    QVERIFY(form->editor(QStringLiteral("subject"))->value().toString().isEmpty());
}

void TestDesktop::layout_isRestoredAfterRestart()
{
    m_window->showPage(m_window->pageIndex(EntityType::Startup));
    EntityPage *page = m_window->currentEntityPage();
    QHeaderView *header = page->view()->horizontalHeader();
    header->setSectionHidden(2, true);
    header->resizeSection(1, 177);
    page->view()->sortByColumn(1, Qt::DescendingOrder);
    cleanup(); // closes the window, which saves the layout
    openWindow();
    QCOMPARE(m_window->currentPage(), m_window->pageIndex(EntityType::Startup));
    header = m_window->currentEntityPage()->view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(2));
    QCOMPARE(header->sectionSize(1), 177);
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->currentEntityPage()->model()->query().sortKey,
             m_window->currentEntityPage()->model()->columns().at(1));
}

void TestDesktop::damagedFile_isClosedAfterTheBackgroundCheck()
{
    cleanup();
    // Scribble over an index page: the header is sound, quick_check is not.
    int root = 0;
    {
        auto db = Database::open(m_file, nullptr);
        QVERIFY(db);
        root = Sql::scalar(db->connection(),
                           QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'organisations_live_name'"))
                   .toInt();
    }
    QByteArray bytes = test::readBytes(m_file);
    for (int i = 0; i < 4096; ++i)
        bytes[(root - 1) * 4096 + i] = char((i * 37) & 0xff);
    test::writeBytes(m_file, bytes);
    Launcher launcher;
    QString damaged;
    m_dialogExpected = true;
    whenDialogOpens([this, &damaged](QWidget *w) {
        damaged = qobject_cast<QMessageBox *>(w)->text();
        qobject_cast<QMessageBox *>(w)->accept();
        // Then the choice of another file: none.
        whenDialogOpens([](QWidget *next) { qobject_cast<QDialog *>(next)->reject(); });
    });
    QVERIFY(launcher.openPath(m_file)); // the window opens at once
    QPointer<MainWindow> window = launcher.window();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(!damaged.isEmpty(), 20000);
    QVERIFY2(damaged.contains(QStringLiteral("damaged")), qPrintable(damaged));
    QTRY_VERIFY(window.isNull() || !window->isVisible());
    QCOMPARE(test::readBytes(m_file), bytes); // nothing was written to it
}

void TestDesktop::olderFile_isUpgradedBeforeTheWindowOpens()
{
    cleanup();
    QFile::remove(m_file);
    {
        auto db = Database::createAtVersion(m_file, 3, nullptr);
        QVERIFY(db);
    }
    QCOMPARE(FileHeader::read(m_file).userVersion, 3);
    Launcher launcher;
    QVERIFY(launcher.openPath(m_file));
    QPointer<MainWindow> window = launcher.window();
    QVERIFY(window);
    QCOMPARE(window->database().schemaVersion(), Migrations::latest());
    QVERIFY(Sql::scalar(window->database().connection(),
                        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'import_updates'"))
                .toInt()
            == 1);
    window->close();
}

void TestDesktop::dashboard_showsTheCurrentPeriodAndFollowsChanges()
{
    m_window->showPage(0);
    DashboardPage *dashboard = m_window->dashboard();
    QCOMPARE(m_window->currentPage(), 0);
    QTRY_VERIFY(!dashboard->isLoading());
    // The sample data's second period is this calendar year.
    QCOMPARE(dashboard->from(), QDate(QDate::currentDate().year(), 1, 1));
    const KeyFigures expected = ProgrammeFigures(m_window->database(), dashboard->from(), dashboard->to()).keyFigures();
    const QString held = dashboard->tileTexts().value(1);
    QVERIFY2(held.startsWith(QStringLiteral("Mentoring sessions held: %1 ").arg(QLocale().toString(expected.sessionsHeld))),
             qPrintable(held));
    // A session held today, saved elsewhere, shows when the dashboard is next shown.
    const qint64 startup = count(QStringLiteral("SELECT id FROM startups WHERE joined_on IS NOT NULL LIMIT 1"));
    const qint64 expert = count(QStringLiteral("SELECT id FROM people WHERE is_expert = 1 LIMIT 1"));
    m_window->showPage(m_window->pageIndex(EntityType::Session));
    EntityPage *sessions = m_window->currentEntityPage();
    sessions->newRecord();
    RecordForm *form = sessions->detail()->form();
    form->editor(QStringLiteral("startup_id"))->setValue(startup);
    form->editor(QStringLiteral("expert_id"))->setValue(expert);
    form->editor(QStringLiteral("service"))->setValue(QStringLiteral("legal"));
    QVERIFY(sessions->detail()->save());
    m_window->showPage(0);
    QTRY_VERIFY(!dashboard->isLoading());
    QTRY_VERIFY(dashboard->tileTexts().value(1).startsWith(
        QStringLiteral("Mentoring sessions held: %1 ").arg(QLocale().toString(expected.sessionsHeld + 1))));
}

void TestDesktop::writes_waitForTheBackgroundCheck()
{
    Database &db = m_window->database();
    db.setWriteHold(QStringLiteral("still checking"));
    auto repo = Repositories::create(db, EntityType::Organisation);
    Record org = test::organisation(QStringLiteral("Held"));
    const Error e = repo->create(org);
    QCOMPARE(e.code, Error::Code::Refused);
    QCOMPARE(e.message, QStringLiteral("still checking"));
    db.clearWriteHold();
    QVERIFY(!repo->create(org));
}

void TestDesktop::fileDeletedWhileOpen_isNoticedAndACopyOffered()
{
    // Deleted in a file manager while open: within seconds the window says so and
    // offers a copy, before anyone types into a file that would be lost at close.
    QString message;
    bool offersCopy = false;
    whenDialogOpens([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        message = box->text();
        for (QAbstractButton *b : box->buttons())
            offersCopy = offersCopy || b->text().remove(QLatin1Char('&')) == QStringLiteral("Save a copy…");
        box->accept();
    });
    QVERIFY(QFile::remove(m_file));
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 15000);
    QVERIFY2(message.contains(QLatin1String("deleted, moved or replaced")), qPrintable(message));
    QVERIFY(offersCopy);
    const QLabel *file = nullptr;
    for (const QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
        file = l->text().contains(QDir::toNativeSeparators(m_file)) ? l : file;
    QVERIFY(file);
    QVERIFY2(file->text().contains(QLatin1String("changes are not saved")), qPrintable(file->text()));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
