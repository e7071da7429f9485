// File → Export view… driven as a user drives it: a page searched, filtered, sorted, with
// columns hidden and moved; Ctrl+E, the options, the file dialog; the file holds what the
// list shows. Cancelled or failed, it leaves nothing; off the entity pages it is off.
#include "../../ui/entitypage.h"
#include "../../ui/exportviewdialog.h"
#include "../../ui/filterbar.h"
#include "../../ui/mainwindow.h"
#include "../../ui/tableexportjob.h"
#include "demo/demodata.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace hubdesk;

class TestExportView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlE_writesTheListAsShown_throughTheDialogs();
    void xlsx_holdsTheRowsAndColumnsShown();
    void closingEitherDialog_writesNothing();
    void cancel_leavesNoFileAndNoTemporary();
    void failure_isShownNamingTheFile();
    void action_isOffWhereThereIsNoList();

private:
    // Runs \a answer on the next modal dialog (QDialog, QMessageBox, QFileDialog) once it is open.
    void whenDialogOpens(const std::function<void(QWidget *)> &answer);
    QAction *exportAction() const;
    // The page as a user leaves it: searched, filtered, sorted going down, two columns
    // hidden and one moved first.
    EntityPage *prepareStakeholders();
    // Every row a page shows, cell by cell as displayed, in the order of the columns shown.
    static QList<QStringList> shownRows(EntityPage *page);
    static QList<QStringList> fileRows(const QString &path);

    QTemporaryDir m_dir;
    QString m_template;
    MainWindow *m_window = nullptr;
    QTimer *m_watchdog = nullptr;
    bool m_dialogExpected = false;
    QString m_unexpectedDialog;
};

void TestExportView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("HubDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportview"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    m_template = m_dir.filePath(QStringLiteral("template.hubdesk"));
    {
        auto db = test::fileDatabase(m_template);
        QVERIFY(!DemoData::generate(*db, {}, nullptr));
    }
    // A dialog no test expected would block the run: it is closed and reported instead.
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

void TestExportView::init()
{
    m_unexpectedDialog.clear();
    QSettings().clear();
    const QString file = m_dir.filePath(QStringLiteral("%1.hubdesk").arg(QTest::currentTestFunction()));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_template, file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    OpenError error;
    auto db = Database::open(file, &error);
    QVERIFY2(db, qPrintable(error.message));
    m_window = new MainWindow(std::move(db));
    m_window->show();
    QApplication::setActiveWindow(m_window); // shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestExportView::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QVERIFY2(m_unexpectedDialog.isEmpty(), qPrintable(QStringLiteral("unexpected dialog: ") + m_unexpectedDialog));
}

void TestExportView::whenDialogOpens(const std::function<void(QWidget *)> &answer)
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

QAction *TestExportView::exportAction() const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            return a;
    }
    return nullptr;
}

EntityPage *TestExportView::prepareStakeholders()
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    EntityTableModel *model = page->model();
    QTest::keyClicks(page->searchField(), QStringLiteral("sofia"));
    QComboBox *kind = nullptr;
    for (QComboBox *combo : page->filterBar()->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("Filter by Kind"))
            kind = combo;
    }
    if (!kind)
        return nullptr;
    kind->setCurrentIndex(kind->findData(QStringLiteral("startup")));
    // Sorted by name going down, as a second click on its header does.
    page->view()->sortByColumn(int(model->columns().indexOf(QStringLiteral("name"))), Qt::DescendingOrder);
    QHeaderView *header = page->view()->horizontalHeader();
    header->setSectionHidden(int(model->columns().indexOf(QStringLiteral("email"))), true);
    header->setSectionHidden(int(model->columns().indexOf(QStringLiteral("phone"))), true);
    header->moveSection(header->visualIndex(int(model->columns().indexOf(QStringLiteral("city")))), 0);
    // The search waits for the typing to stop; then the rows are counted and read.
    QTest::qWait(300);
    model->waitForIdle();
    return page;
}

QList<QStringList> TestExportView::shownRows(EntityPage *page)
{
    EntityTableModel *model = page->model();
    const QHeaderView *header = page->view()->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    QList<QStringList> rows;
    QStringList titles;
    for (int c : columns)
        titles.append(model->headerData(c, Qt::Horizontal).toString());
    rows.append(titles);
    for (int r = 0; r < model->rowCount(); ++r) {
        model->idAt(r); // asks for the row's page
        model->waitForIdle();
        QStringList cells;
        for (int c : columns)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells);
    }
    return rows;
}

QList<QStringList> TestExportView::fileRows(const QString &path)
{
    std::unique_ptr<TableSource> source;
    if (path.endsWith(QLatin1String(".xlsx")))
        source = std::make_unique<XlsxReader>(path);
    else
        source = std::make_unique<CsvReader>(path);
    QList<QStringList> rows;
    SourceRow row;
    while (source->next(&row))
        rows.append(row.cells);
    return rows;
}

void TestExportView::ctrlE_writesTheListAsShown_throughTheDialogs()
{
    EntityPage *page = prepareStakeholders();
    QVERIFY(page);
    const qint64 shown = page->model()->shownCount();
    QVERIFY2(shown >= 2 && shown < page->model()->totalCount(), qPrintable(QString::number(shown)));
    const QString path = m_dir.filePath(QStringLiteral("sofia startups.csv"));
    QString summary;
    QString suggested;
    whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<ExportViewDialog *>(w);
        QVERIFY(dialog);
        summary = dialog->summaryLabel()->text();
        dialog->csvButton()->click();
        dialog->delimiterBox()->setCurrentIndex(dialog->delimiterBox()->findData(QStringLiteral(";")));
        dialog->bomBox()->setChecked(false);
        whenDialogOpens([&](QWidget *w2) {
            auto *files = qobject_cast<QFileDialog *>(w2);
            QVERIFY(files);
            suggested = files->selectedFiles().value(0);
            // Typed as a user would: selectFile() into another folder reloads the folder
            // behind the dialog's back, and the name typed may be replaced meanwhile.
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() checks the name
        });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    // Typed where the user just typed the search.
    page->searchField()->setFocus();
    QTest::keyClick(page->searchField(), Qt::Key_E, Qt::ControlModifier);
    // The dialogs answer from timers and the job starts after them: wait for its end, not
    // only for "not running", which also holds before it began.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) && !m_window->exportJob()->isRunning(), 20000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY2(summary.contains(QString::number(shown)) && summary.contains(QStringLiteral("6 column"))
                 && summary.contains(QStringLiteral("as shown")),
             qPrintable(summary));
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("Stakeholders.csv"));
    QVERIFY(QFile::exists(path));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(m_window->statusBar()->currentMessage()));

    const QByteArray bytes = test::readBytes(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.startsWith("City;Name;Kind;Country;Engagement;Company ID\r\n"));
    // Every cell as the list shows it (these columns show their text as it is exported).
    const QList<QStringList> expected = shownRows(page);
    QCOMPARE(expected.size(), shown + 1);
    QCOMPARE(fileRows(path), expected);
}

void TestExportView::xlsx_holdsTheRowsAndColumnsShown()
{
    // People: the name column is written as first and last name; a link by its name.
    m_window->showPage(m_window->pageIndex(EntityType::Person));
    EntityPage *page = m_window->currentEntityPage();
    EntityTableModel *model = page->model();
    const int name = int(model->columns().indexOf(QStringLiteral("label")));
    const int organisation = int(model->columns().indexOf(QStringLiteral("organisation_id")));
    page->view()->sortByColumn(organisation, Qt::DescendingOrder);
    QHeaderView *header = page->view()->horizontalHeader();
    for (const char *hidden : {"job_title", "phone", "country", "is_expert"})
        header->setSectionHidden(int(model->columns().indexOf(QString::fromLatin1(hidden))), true);
    header->moveSection(header->visualIndex(organisation), 0);
    model->waitForIdle();
    QCOMPARE(page->visibleColumns(),
             (QStringList{QStringLiteral("organisation_id"), QStringLiteral("label"), QStringLiteral("email")}));

    const QString path = m_dir.filePath(QStringLiteral("people.xlsx"));
    TableExporter::Options options;
    options.format = TableExporter::Format::Xlsx;
    m_window->exportViewTo(path, options);
    QTRY_VERIFY(!m_window->exportJob()->isRunning());
    const QList<QStringList> rows = fileRows(path);
    QCOMPARE(rows.value(0), (QStringList{QStringLiteral("Organisation"), QStringLiteral("First name"),
                                         QStringLiteral("Last name"), QStringLiteral("E-mail")}));
    QCOMPARE(rows.size(), model->rowCount() + 1);
    for (int r = 0; r < model->rowCount(); ++r) {
        model->idAt(r);
        model->waitForIdle();
        const QStringList cells = rows.at(r + 1);
        QCOMPARE(cells.value(0), model->index(r, organisation).data().toString());
        QCOMPARE(QStringList({cells.value(1), cells.value(2)}).join(QLatin1Char(' ')).trimmed(),
                 model->index(r, name).data().toString());
    }
}

void TestExportView::closingEitherDialog_writesNothing()
{
    m_window->showPage(m_window->pageIndex(EntityType::Event));
    QAction *action = exportAction();
    QVERIFY(action && action->isEnabled());
    // Cancel in the options.
    bool asked = false;
    whenDialogOpens([&](QWidget *w) {
        asked = qobject_cast<ExportViewDialog *>(w);
        static_cast<QDialog *>(w)->reject();
    });
    action->trigger();
    QVERIFY(asked);
    // Cancel in the file dialog.
    asked = false;
    whenDialogOpens([&](QWidget *w) {
        whenDialogOpens([&](QWidget *w2) {
            asked = qobject_cast<QFileDialog *>(w2);
            static_cast<QDialog *>(w2)->reject();
        });
        static_cast<QDialog *>(w)->accept();
    });
    action->trigger();
    QVERIFY(asked);
    QVERIFY(!m_window->exportJob()->isRunning());
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Exported")));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(!QFile::exists(QDir(documents).filePath(QStringLiteral("Events.csv"))));
}

void TestExportView::cancel_leavesNoFileAndNoTemporary()
{
    // 4,000 interactions; Cancel is pressed as soon as the writing begins.
    m_window->showPage(m_window->pageIndex(EntityType::Interaction));
    m_window->currentEntityPage()->model()->waitForIdle();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("interactions.csv"));
    m_window->exportViewTo(path, {});
    QVERIFY(m_window->exportJob()->isRunning());
    QProgressDialog *progress = m_window->exportJob()->progressDialog();
    QVERIFY(progress);
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_VERIFY(!m_window->exportJob()->isRunning());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(exportAction()->isEnabled());
}

void TestExportView::failure_isShownNamingTheFile()
{
    m_window->showPage(m_window->pageIndex(EntityType::Startup));
    const QString path = m_dir.filePath(QStringLiteral("no such folder/startups.csv"));
    QString message;
    whenDialogOpens([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    m_window->exportViewTo(path, {});
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!QFile::exists(path));
}

void TestExportView::action_isOffWhereThereIsNoList()
{
    QAction *action = exportAction();
    QVERIFY(action);
    for (int i = 0; i < m_window->pageCount(); ++i) {
        m_window->showPage(i);
        QCOMPARE(action->isEnabled(), m_window->currentEntityPage() != nullptr);
    }
    m_window->showPage(0); // the dashboard
    QVERIFY(!action->isEnabled());
    m_window->showPage(m_window->pageIndex(EntityType::Voucher));
    QVERIFY(action->isEnabled());
}

QTEST_MAIN(TestExportView)
#include "tst_exportview.moc"
