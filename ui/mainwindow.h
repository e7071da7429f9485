#pragma once

#include "../models/domain/entitytype.h"
#include "../models/io/tableexporter.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QUndoStack;

namespace hubdesk {

class BackupActions;
class Database;
class DashboardPage;
class ReportsPage;
class RetentionDialog;
class EntityPage;
class ImportHistoryDialog;
class ImportWizard;
class ManualViewer;
class TableExportJob;
class TrashPage;

// The main window: the pages (one per kind of record, and the trash) listed on the
// left, the page on the right, the open file and "N of M shown" in the status bar;
// menus and a toolbar with the platform's standard shortcuts; one undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    int pageCount() const;
    void showPage(int index);
    int currentPage() const;
    QString pageTitle(int index) const;
    EntityPage *entityPage(EntityType type) const;
    EntityPage *currentEntityPage() const;
    // The page index of an entity's page, of any page (-1: not a page of the window).
    int pageIndex(EntityType type) const;
    int pageIndexOf(const QWidget *page) const;
    DashboardPage *dashboard() const { return m_dashboard; }
    ReportsPage *reports() const { return m_reports; }
    TrashPage *trashPage() const { return m_trash; }
    QUndoStack *undoStack() const { return m_undo; }
    // Opens a record in its page (following a link).
    void openRecord(EntityType type, qint64 id);
    void undo();
    void redo();
    // Asks about unsaved changes of every page; false: stay.
    bool confirmClose();
    // File → Import…: the import wizard for what the current page lists (modeless, so
    // that a test or the screenshots can drive it); the window reloads after an import.
    ImportWizard *openImportWizard();
    // File → Imports…: the past imports, to take one back (modeless, like the wizard, so
    // that a test can drive it); the window reloads after a take-back.
    ImportHistoryDialog *openImportHistory();
    // File → Export view…: the list of the current page as shown (search, filters, sort,
    // visible columns in their order) to CSV or XLSX — the options, then the file, then the
    // writing beside the window with a progress dialog that can cancel.
    void exportView();
    // The writing step alone, to \a path: for tests and for exportView().
    void exportViewTo(const QString &path, const TableExporter::Options &options);
    TableExportJob *exportJob() const { return m_exportJob; }
    // Edit → Retention review…: the people without activity for years (modeless).
    RetentionDialog *openRetentionReview();
    // File → Back up now…, Restore from backup… and the automatic backups of the file.
    BackupActions *backups() const { return m_backups; }
    // Help → User manual (F1): the installed HTML manual in its viewer; null, after a
    // message naming the places looked at, when it is not there.
    ManualViewer *openManual();

signals:
    void openRequested();
    void openFileRequested(const QString &path);
    void newRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void updateStatus();
    void updateRecentMenu();
    void reloadAll();
    // Something was saved, deleted, restored or undone: lists elsewhere and the dashboard follow.
    void dataChanged();
    void showMessage(const QString &message);
    // F6, Shift+F6: the page list, then the current page's records and open record.
    QList<QWidget *> panes() const;
    void focusPane(int step);

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<EntityPage *> m_pages;
    TrashPage *m_trash = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ReportsPage *m_reports = nullptr;
    bool m_dashboardStale = false;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_quickEntry = nullptr;
    QAction *m_import = nullptr;
    QAction *m_imports = nullptr;
    QAction *m_exportView = nullptr;
    TableExportJob *m_exportJob = nullptr;
    BackupActions *m_backups = nullptr;
    QPointer<ManualViewer> m_manual;
};

} // namespace hubdesk
