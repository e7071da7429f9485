#pragma once

#include "../models/domain/entitytype.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;

namespace hubdesk {

class Database;
class EntityPage;
class TrashPage;

// The main window: a list of pages on the left (one per kind of record), the
// page on the right, the open file and "N of M shown" in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    int pageCount() const;
    void showPage(int index);
    EntityPage *entityPage(EntityType type) const;
    // The title of page \a index as the navigation shows it.
    QString pageTitle(int index) const;

signals:
    void openRequested();
    void openFileRequested(const QString &path);
    void newRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateStatus();
    void updateRecentMenu();

    std::unique_ptr<Database> m_db;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<EntityPage *> m_pages;
    TrashPage *m_trash = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace hubdesk
