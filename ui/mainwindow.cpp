#include "mainwindow.h"

#include "../models/domain/numbertext.h"
#include "../models/domain/plaintext.h"
#include "../models/storage/backupstore.h"
#include "../models/storage/database.h"
#include "../models/tablemodels/entitytablemodel.h"
#include "aboutdialog.h"
#include "backupactions.h"
#include "dashboardpage.h"
#include "findduplicatesdialog.h"
#include "reportspage.h"
#include "savecopyprompt.h"
#include "detailpane.h"
#include "entitypage.h"
#include "exportviewdialog.h"
#include "filterbar.h"
#include "importhistorydialog.h"
#include "plaindialogs.h"
#include "importwizard.h"
#include "manualviewer.h"
#include "recentfiles.h"
#include "recordcommands.h"
#include "retentiondialog.h"
#include "settingsdialog.h"
#include "tableexportjob.h"
#include "trashpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <climits>

namespace hubdesk {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("%1 — HubDesk").arg(QFileInfo(m_db->path()).fileName()));
    setAttribute(Qt::WA_DeleteOnClose);
    m_undo = new QUndoStack(this);

    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setAccessibleDescription(tr("Ctrl+1 to Ctrl+0 show the first ten pages; F6 moves to the page shown"));
    m_nav->setMaximumWidth(320);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(this);

    m_dashboard = new DashboardPage(*m_db, m_stack);
    m_stack->addWidget(m_dashboard);
    m_nav->addItem(tr("Dashboard"));

    const QList<EntityType> pages = {EntityType::Organisation, EntityType::Person,  EntityType::Startup,
                                     EntityType::Session,      EntityType::Event,   EntityType::Voucher,
                                     EntityType::Interaction,  EntityType::Outcome, EntityType::ReportingPeriod};
    for (EntityType type : pages) {
        auto *page = new EntityPage(*m_db, type, m_undo, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_nav->addItem(page->title());
        connect(page, &EntityPage::countsChanged, this, &MainWindow::updateStatus);
        // A new search shows its first page before its count (the status then says so).
        connect(page->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        connect(page, &EntityPage::openRequested, this, &MainWindow::openRecord);
        connect(page, &EntityPage::statusMessage, this, &MainWindow::showMessage);
    }
    m_reports = new ReportsPage(*m_db, m_stack);
    m_stack->addWidget(m_reports);
    m_nav->addItem(tr("Reports"));
    m_trash = new TrashPage(*m_db, m_stack);
    m_stack->addWidget(m_trash);
    m_nav->addItem(tr("Trash"));
    connect(m_trash, &TrashPage::statusMessage, this, &MainWindow::showMessage);
    connect(m_trash, &TrashPage::dataChanged, this, &MainWindow::reloadAll);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::dataChanged);

    // As wide as the longest page name in the language in use (Bulgarian names are longer).
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = qMax(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setMinimumWidth(qMin(widest + 2 * m_nav->spacing() + 2 * m_nav->frameWidth() + 16, m_nav->maximumWidth()));
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_nav->minimumWidth(), 1200});
    setCentralWidget(splitter);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_exportJob = new TableExportJob(*m_db, this);
    connect(m_exportJob, &TableExportJob::finished, this, [this](const QString &path, const TableExportJob::Outcome &outcome) {
        const QString shown = QDir::toNativeSeparators(path);
        if (outcome.cancelled) {
            showMessage(tr("Export cancelled; nothing was written."));
        } else if (outcome.error) {
            // The writers' messages name the file and say why.
            QMessageBox box(QMessageBox::Warning, tr("Export failed"), outcome.error.message, QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        } else {
            showMessage(tr("Exported %Ln row(s) to %1.", nullptr, int(qMin<qint64>(outcome.written, INT_MAX))).arg(shown));
        }
        m_exportView->setEnabled(currentEntityPage() != nullptr);
    });
    buildActions();

    // A file deleted or moved while open is noticed within seconds, not only at the next
    // save: from then on nothing is written to it, and a copy keeps the work.
    auto *watch = new QTimer(this);
    watch->setInterval(3000);
    connect(watch, &QTimer::timeout, this, [this, watch] {
        if (m_db->isFileStillThere())
            return;
        watch->stop();
        updateStatus();
        SaveCopyPrompt::warnFileGone(this, *m_db, m_db->writeRefusal().message);
    });
    watch->start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1360, 820);
    for (EntityPage *p : std::as_const(m_pages))
        p->restoreLayout();
    m_quickEntry->setChecked(settings.value(QStringLiteral("window/quickEntry"), false).toBool());
    m_nav->setCurrentRow(qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), pageCount() - 1));
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Children are deleted by ~QWidget after this class is gone; what they emit on the way
    // (the undo stack clearing itself, a list losing its current row) must not reach this
    // half-destroyed window (UBSan: a call through a MainWindow that is no longer one).
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    // The pages' list models read on threads of their own, which open their connections
    // from m_db: the pages go first (their models stop and join those threads), then
    // m_db. Otherwise a loader still opening its connection reads a deleted Database
    // (ASan: heap-use-after-free in Database::connect).
    delete takeCentralWidget();
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

QString MainWindow::pageTitle(int index) const
{
    const QListWidgetItem *item = m_nav->item(index);
    return item ? item->text() : QString();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
    // A page's list is read when it is first made current (even before the window shows).
    if (EntityPage *page = currentEntityPage())
        page->model()->activate();
    if (m_stack->currentWidget() == m_trash)
        m_trash->reload();
    if (m_stack->currentWidget() == m_dashboard && m_dashboardStale) {
        m_dashboardStale = false;
        m_dashboard->refresh();
    }
    if (m_exportView)
        m_exportView->setEnabled(currentEntityPage() != nullptr && !m_exportJob->isRunning());
    updateStatus();
}

int MainWindow::pageIndex(EntityType type) const
{
    EntityPage *page = entityPage(type);
    return page ? m_stack->indexOf(page) : -1;
}

int MainWindow::pageIndexOf(const QWidget *page) const
{
    return page ? m_stack->indexOf(const_cast<QWidget *>(page)) : -1;
}

void MainWindow::dataChanged()
{
    m_reports->dataChanged();
    if (m_stack->currentWidget() == m_dashboard)
        m_dashboard->refresh();
    else
        m_dashboardStale = true;
}

EntityPage *MainWindow::entityPage(EntityType type) const
{
    for (EntityPage *p : m_pages) {
        if (p->entity() == type)
            return p;
    }
    return nullptr;
}

EntityPage *MainWindow::currentEntityPage() const
{
    return qobject_cast<EntityPage *>(m_stack->currentWidget());
}

void MainWindow::openRecord(EntityType type, qint64 id)
{
    EntityPage *page = entityPage(type);
    if (!page)
        return;
    showPage(m_stack->indexOf(page));
    page->showRecord(id);
}

void MainWindow::buildActions()
{
    auto action = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *newDb = action(tr("&New database…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                            [this] { emit newRequested(); });
    QAction *open = action(tr("&Open database…"), {QKeySequence::Open}, [this] { emit openRequested(); });
    m_import = action(tr("&Import…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, [this] { openImportWizard(); });
    m_import->setToolTip(tr("Import stakeholders, people, startups, sessions or participants from a CSV or Excel file"));
    m_import->setEnabled(!m_db->isReadOnly());
    m_imports = action(tr("Im&ports…"), {}, [this] { openImportHistory(); });
    m_imports->setToolTip(tr("The imports into this file, to take one back"));
    m_imports->setEnabled(!m_db->isReadOnly());
    m_exportView = action(tr("&Export view…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { exportView(); });
    m_exportView->setToolTip(tr("Write the list on this page as shown — search, filters, sort order and visible "
                                "columns — to a CSV or Excel file"));
    m_exportView->setEnabled(currentEntityPage() != nullptr);
    m_backups = new BackupActions(*m_db, this);
    connect(m_backups, &BackupActions::statusMessage, this, &MainWindow::showMessage);
    connect(m_backups, &BackupActions::restored, this, [this] {
        // The records the undo steps name are gone with the old content.
        m_undo->clear();
        reloadAll();
    });
    QAction *quit = action(tr("&Quit"), {QKeySequence::Quit}, [] { QApplication::closeAllWindows(); });
    quit->setMenuRole(QAction::QuitRole);

    QAction *newRecord = action(tr("&New record"), {QKeySequence::New}, [this] {
        if (EntityPage *p = currentEntityPage())
            p->newRecord();
    });
    newRecord->setToolTip(tr("A new record on this page (Ctrl+N)"));
    QAction *save = action(tr("&Save"), {QKeySequence::Save}, [this] {
        if (EntityPage *p = currentEntityPage())
            p->save();
    });
    QAction *remove = action(tr("Move to &trash"), {QKeySequence(Qt::CTRL | Qt::Key_Delete)}, [this] {
        if (EntityPage *p = currentEntityPage())
            p->deleteSelected();
    });
    remove->setToolTip(tr("Move the selected record to the trash (Delete in the list, Ctrl+Delete anywhere)"));
    QAction *undo = action(tr("&Undo"), {QKeySequence::Undo}, [this] { this->undo(); });
    QAction *redo = action(tr("&Redo"), {QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
                           [this] { this->redo(); });
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    // The text names a record: an '&' in it is a character, not a shortcut, and a long name
    // must not make the menu as wide as itself.
    const auto menuText = [](const QString &text) { return PlainText::mnemonicSafe(PlainText::elide(text, 80)); };
    // The toolbar's tooltip would be made from the text and read as rich text: given as such.
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo, menuText](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(menuText(text)));
        undo->setToolTip(PlainText::toolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(PlainText::elide(text, 200))));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo, menuText](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(menuText(text)));
        redo->setToolTip(PlainText::toolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(PlainText::elide(text, 200))));
    });
    undo->setEnabled(false);
    redo->setEnabled(false);
    QAction *find = action(tr("&Find"), {QKeySequence::Find}, [this] {
        if (EntityPage *p = currentEntityPage())
            p->focusSearch();
    });
    QAction *settings = action(tr("Se&ttings…"), {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] {
        SettingsDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            reloadAll();
    });
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *duplicates = action(tr("Find &duplicates…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, [this] {
        // People when the People page is shown, else stakeholders.
        const EntityPage *p = currentEntityPage();
        const EntityType type = p && p->entity() == EntityType::Person ? EntityType::Person : EntityType::Organisation;
        FindDuplicatesDialog dialog(*m_db, type, m_undo, this);
        bool merged = false;
        connect(&dialog, &FindDuplicatesDialog::merged, this, [this, &merged] {
            merged = true;
            reloadAll();
            dataChanged();
        });
        // A backup of the file as it was before the first merge, and one after the last.
        bool backedUp = false;
        connect(&dialog, &FindDuplicatesDialog::aboutToMerge, this, [this, &backedUp] {
            if (!backedUp)
                m_backups->backUpAndWait(BackupStore::BeforeMerge);
            backedUp = true;
        });
        dialog.exec();
        if (merged)
            m_backups->start(BackupStore::AfterMerge);
    });
    duplicates->setEnabled(!m_db->isReadOnly());
    QAction *retention = action(tr("Retention re&view…"), {}, [this] { openRetentionReview(); });
    retention->setToolTip(tr("People with no activity for years: keep, export or erase them"));
    QAction *reload = action(tr("&Reload"), {QKeySequence::Refresh}, [this] { reloadAll(); });
    m_quickEntry = new QAction(tr("&Quick entry: Enter saves and starts the next record"), this);
    m_quickEntry->setCheckable(true);
    connect(m_quickEntry, &QAction::toggled, this, [this](bool on) {
        for (EntityPage *p : std::as_const(m_pages))
            p->detail()->setQuickEntry(on);
    });

    for (QAction *a : {newRecord, save, remove})
        a->setEnabled(!m_db->isReadOnly());

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newDb);
    file->addAction(open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_imports);
    file->addAction(m_exportView);
    file->addSeparator();
    file->addAction(m_backups->backUpNowAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(newRecord);
    edit->addAction(save);
    edit->addAction(remove);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(duplicates);
    edit->addAction(retention);
    edit->addSeparator();
    edit->addAction(settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        // Alt+V then the page's digit, as Ctrl+digit from anywhere; the last pages a letter.
        const QWidget *page = m_stack->widget(i);
        const QString text = page == m_reports ? tr("Re&ports")
            : page == m_trash                  ? tr("&Trash")
            : i < 10                           ? tr("&%1 %2").arg((i + 1) % 10).arg(PlainText::mnemonicSafe(m_nav->item(i)->text()))
                                               : PlainText::mnemonicSafe(m_nav->item(i)->text());
        QAction *go = view->addAction(text);
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    view->addSeparator();
    // F6 moves between the page list, the records and the open record, as in most programs.
    QAction *nextPane = action(tr("Ne&xt pane"), {QKeySequence(Qt::Key_F6)}, [this] { focusPane(1); });
    QAction *previousPane = action(tr("Pre&vious pane"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)}, [this] { focusPane(-1); });
    view->addAction(nextPane);
    view->addAction(previousPane);
    view->addSeparator();
    view->addAction(m_quickEntry);
    view->addAction(reload);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("User &manual"));
    manual->setShortcuts(QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, this, &MainWindow::openManual);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About HubDesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    for (QAction *a : {newRecord, save, remove})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(find);

    // Delete in a list moves its selected record to the trash (not in text fields).
    for (EntityPage *p : std::as_const(m_pages)) {
        // A line edit takes Ctrl+E (the end of the line, on Linux) before any shortcut; in
        // the search and filter fields it is Export view, which comes right after filtering.
        p->searchField()->installEventFilter(this);
        for (QLineEdit *field : p->filterBar()->findChildren<QLineEdit *>())
            field->installEventFilter(this);
        auto *del = new QAction(p->view());
        del->setShortcut(QKeySequence::Delete);
        del->setShortcutContext(Qt::WidgetShortcut);
        p->view()->addAction(del);
        connect(del, &QAction::triggered, p, &EntityPage::deleteSelected);
        connect(p, &EntityPage::dataChanged, this, [this, p] {
            for (EntityPage *other : std::as_const(m_pages)) {
                if (other != p)
                    other->model()->refresh();
            }
            dataChanged();
        });
    }
}

QList<QWidget *> MainWindow::panes() const
{
    QList<QWidget *> list = {m_nav};
    if (EntityPage *page = currentEntityPage())
        list << page->view() << page->detail();
    else
        list << m_stack->currentWidget();
    return list;
}

void MainWindow::focusPane(int step)
{
    const QList<QWidget *> list = panes();
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size() && at < 0; ++i) {
        // The search field and the filters belong to the list's pane.
        const QWidget *area = currentEntityPage() && list.at(i) == currentEntityPage()->view()
            ? list.at(i)->parentWidget()
            : list.at(i);
        if (focus && (focus == area || area->isAncestorOf(focus)))
            at = i;
    }
    const qsizetype n = list.size();
    QWidget *pane = list.at(at < 0 ? 0 : ((at + step) % n + n) % n);
    // A pane that takes no focus itself (the open record, a page): its first field.
    QWidget *target = pane;
    if (!(pane->focusPolicy() & Qt::TabFocus)) {
        target = nullptr;
        for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
            if (pane->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(this) && w->isEnabled()) {
                target = w;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

RetentionDialog *MainWindow::openRetentionReview()
{
    auto *dialog = new RetentionDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionDialog::openRequested, this, [this](qint64 id) { openRecord(EntityType::Person, id); });
    connect(dialog, &RetentionDialog::erased, this, [this] {
        m_undo->clear(); // earlier steps could write erased values back
        reloadAll();
    });
    dialog->show();
    return dialog;
}

void MainWindow::undo()
{
    if (!m_undo->canUndo())
        return;
    // Not every command is a RecordCommand: a merge (Find duplicates) reports its own
    // failure. Cast before undo(), which deletes a command that turns obsolete.
    const QUndoCommand *command = m_undo->command(m_undo->index() - 1);
    const auto *record = dynamic_cast<const RecordCommand *>(command);
    const QString text = command->text();
    m_undo->undo();
    const QString error = record && m_undo->index() >= 0 && m_undo->count() > 0 && m_undo->command(m_undo->index())
                              == command
        ? record->error()
        : QString();
    if (!error.isEmpty())
        PlainDialogs::warning(this, tr("Cannot undo"), error);
    else
        showMessage(tr("Undone: %1").arg(text));
    reloadAll();
}

void MainWindow::redo()
{
    if (!m_undo->canRedo())
        return;
    const QUndoCommand *command = m_undo->command(m_undo->index());
    const auto *record = dynamic_cast<const RecordCommand *>(command);
    const QString text = command->text();
    m_undo->redo();
    const QString error = record && m_undo->command(m_undo->index() - 1) == command ? record->error() : QString();
    if (!error.isEmpty())
        PlainDialogs::warning(this, tr("Cannot redo"), error);
    else
        showMessage(tr("Redone: %1").arg(text));
    reloadAll();
}

void MainWindow::reloadAll()
{
    dataChanged();
    for (EntityPage *p : std::as_const(m_pages))
        p->reload();
    m_trash->reload();
    updateStatus();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(PlainText::mnemonicSafe(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { emit openFileRequested(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::updateStatus()
{
    QString file = QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        file += tr(" — read-only: %1").arg(m_db->readOnlyReason());
    if (!m_db->isFileStillThere())
        file += tr(" — deleted or moved while open: changes are not saved (File → Back up now… saves a copy)");
    m_fileLabel->setText(file);
    const QLocale locale;
    if (EntityPage *page = currentEntityPage()) {
        const EntityTableModel *model = page->model();
        if (model->isFirstPageOnly())
            m_countLabel->setText(tr("Counting… of %1").arg(NumberText::integer(model->totalCount(), locale)));
        else
            m_countLabel->setText(tr("%1 of %2 shown")
                                      .arg(NumberText::integer(model->shownCount(), locale),
                                           NumberText::integer(model->totalCount(), locale)));
    } else if (m_stack->currentWidget() == m_trash) {
        m_countLabel->setText(tr("%n item(s) in the trash", nullptr, m_trash->itemCount()));
    } else {
        m_countLabel->clear();
    }
}

ImportWizard *MainWindow::openImportWizard()
{
    if (auto *open = findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    // What the current page lists; the Events page imports its participants.
    EntityType target = EntityType::Organisation;
    if (const EntityPage *page = currentEntityPage())
        target = page->entity() == EntityType::Event ? EntityType::Participation : page->entity();
    auto *wizard = new ImportWizard(*m_db, target, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::dataImported, this, &MainWindow::reloadAll);
    connect(wizard, &ImportWizard::backupsTaken, m_backups, &BackupActions::reportImportBackups);
    wizard->show();
    return wizard;
}

ImportHistoryDialog *MainWindow::openImportHistory()
{
    if (auto *open = findChild<ImportHistoryDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ImportHistoryDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportHistoryDialog::takenBack, this, &MainWindow::reloadAll);
    dialog->show();
    return dialog;
}

void MainWindow::exportView()
{
    EntityPage *page = currentEntityPage();
    if (!page || m_exportJob->isRunning())
        return;
    const QStringList columns = page->visibleColumns();
    ExportViewDialog dialog(page->entity(), page->title(), page->model()->shownCount(), columns, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TableExporter::Options options = dialog.options();
    QSettings settings;
    const QString folderKey = QStringLiteral("export/folder");
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool xlsx = options.format == TableExporter::Format::Xlsx;
    const QString suggested = QDir(folder).filePath(page->title() + QLatin1Char('.') + dialog.suffix());
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(page->title()), suggested,
                                                xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + dialog.suffix();
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    exportViewTo(path, options);
}

void MainWindow::exportViewTo(const QString &path, const TableExporter::Options &chosen)
{
    EntityPage *page = currentEntityPage();
    if (!page || m_exportJob->isRunning())
        return;
    // The page as it is now: later changes to its search or sort do not change the export.
    TableExporter::Options options = chosen;
    options.fields = page->visibleColumns();
    options.query = page->model()->query();
    m_exportView->setEnabled(false);
    m_exportJob->start(page->entity(), path, options);
}

bool MainWindow::confirmClose()
{
    for (EntityPage *p : std::as_const(m_pages)) {
        if (p->detail()->isModified()) {
            showPage(m_stack->indexOf(p));
            if (!p->detail()->confirmLeave())
                return false;
        }
    }
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_exportView && m_exportView->isEnabled()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_exportView->shortcut())
            return true; // left unaccepted, so the window's shortcut gets it
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    m_backups->closing();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), findChild<QSplitter *>(QStringLiteral("mainSplitter"))->saveState());
    settings.setValue(QStringLiteral("window/page"), m_stack->currentIndex());
    settings.setValue(QStringLiteral("window/quickEntry"), m_quickEntry->isChecked());
    for (EntityPage *p : std::as_const(m_pages))
        p->saveLayout();
    event->accept();
}

ManualViewer *MainWindow::openManual()
{
    if (!m_manual) {
        QStringList searched;
        const QString path = ManualViewer::locate(QCoreApplication::applicationDirPath(), &searched);
        if (path.isEmpty()) {
            PlainDialogs::warning(this, tr("User manual"),
                                  tr("The user manual was not found. HubDesk looked for it in:\n%1\n\nInstall HubDesk "
                                     "again, or read docs/manual.md in its sources.")
                                      .arg(QDir::toNativeSeparators(searched.join(QLatin1Char('\n')))));
            return nullptr;
        }
        // A window of its own that outlives nothing: it closes with the main window.
        m_manual = new ManualViewer(path, this);
        m_manual->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

} // namespace hubdesk
