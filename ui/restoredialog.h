#pragma once

#include "../models/storage/backupsummary.h"

#include <QDialog>
#include <QFutureWatcher>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace hubdesk {

class Database;

// File → Restore from backup…: the file's automatic backups (newest first) or another
// file, and a preview of the chosen one beside the current file — when it was taken, its
// version and the records of each kind — before anything is replaced. The backup is
// read and checked on a worker thread; Restore is offered only for a sound backup.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(Database &db, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Chooses a backup as the list or "Other file…" does; its preview follows.
    void selectBackup(const QString &path);
    QString selectedPath() const { return m_path; }
    bool isReading() const;
    const BackupSummary &preview() const { return m_preview; }
    const BackupSummary &current() const { return m_current; }
    QTreeWidget *backupList() const { return m_list; }
    QTableWidget *previewTable() const { return m_table; }
    QPushButton *restoreButton() const { return m_restoreButton; }
    QString problemText() const;

signals:
    // The user confirmed: restore from \a path (the dialog stays until it is done).
    void restoreRequested(const QString &path);
    void previewReady();

private:
    void chooseOtherFile();
    void showPreview();

    Database &m_db;
    QTreeWidget *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    QGroupBox *m_previewBox = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QString m_path;
    BackupSummary m_current;
    BackupSummary m_preview;
    QFutureWatcher<BackupSummary> m_reader;
};

} // namespace hubdesk
