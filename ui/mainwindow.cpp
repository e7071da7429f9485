#include "mainwindow.h"

#include "../models/storage/database.h"
#include "../models/tablemodels/entitytablemodel.h"
#include "entitypage.h"
#include "recentfiles.h"
#include "trashpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace hubdesk {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("%1 — HubDesk").arg(QFileInfo(m_db->path()).fileName()));
    setAttribute(Qt::WA_DeleteOnClose);

    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setMaximumWidth(240);
    m_stack = new QStackedWidget(this);

    const QList<EntityType> pages = {EntityType::Organisation, EntityType::Person,  EntityType::Startup,
                                     EntityType::Session,      EntityType::Event,   EntityType::Voucher,
                                     EntityType::Interaction,  EntityType::Outcome, EntityType::ReportingPeriod};
    for (EntityType type : pages) {
        auto *page = new EntityPage(*m_db, type, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_nav->addItem(page->title());
        connect(page, &EntityPage::countsChanged, this, &MainWindow::updateStatus);
    }
    m_trash = new TrashPage(*m_db, m_stack);
    m_stack->addWidget(m_trash);
    m_nav->addItem(tr("Trash"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    buildMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    m_nav->setCurrentRow(qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), pageCount() - 1));
}

MainWindow::~MainWindow() = default;

int MainWindow::pageCount() const
{
    return m_stack->count();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
    if (m_stack->currentWidget() == m_trash)
        m_trash->reload();
    updateStatus();
}

QString MainWindow::pageTitle(int index) const
{
    const QListWidgetItem *item = m_nav->item(index);
    return item ? item->text() : QString();
}

EntityPage *MainWindow::entityPage(EntityType type) const
{
    for (EntityPage *p : m_pages) {
        if (p->entity() == type)
            return p;
    }
    return nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New database…"));
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newDb, &QAction::triggered, this, &MainWindow::newRequested);
    QAction *open = file->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openRequested);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<EntityPage *>(m_stack->currentWidget()))
            page->focusSearch();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *go = view->addAction(m_nav->item(i)->text());
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        for (EntityPage *p : m_pages)
            p->reload();
        m_trash->reload();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About HubDesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About HubDesk"),
                           tr("<h3>HubDesk %1</h3><p>A desktop CRM for innovation clusters that run "
                              "startup-support hubs.</p><p>Built with Qt %2 and SQLite.</p>")
                               .arg(QStringLiteral(HUBDESK_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openFileRequested(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::updateStatus()
{
    QString file = QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        file += tr(" — read-only: %1").arg(m_db->readOnlyReason());
    m_fileLabel->setText(file);
    const QLocale locale;
    if (auto *page = qobject_cast<EntityPage *>(m_stack->currentWidget())) {
        const EntityTableModel *model = page->model();
        m_countLabel->setText(tr("%1 of %2 shown")
                                  .arg(locale.toString(model->shownCount()), locale.toString(model->totalCount())));
    } else {
        m_countLabel->setText(tr("%n item(s) in the trash", nullptr, m_trash->itemCount()));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_stack->currentIndex());
    event->accept();
}

} // namespace hubdesk
