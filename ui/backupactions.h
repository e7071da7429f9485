#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace hubdesk {

class ChangeWatch;
class Database;
class RestoreDialog;

// The backups of the window's file: File → Back up now… and Restore from backup…, and
// the automatic ones — on opening when the last is over a day old, around merges, after
// a large import, on closing after changes. They run on a worker thread with a connection
// of their own, so a large file does not stop the window; the status bar says what is
// happening, and a failed backup is shown in a message, never silently.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(Database &db, QWidget *window);
    ~BackupActions() override;

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }

    // The automatic backup on opening, when the last is older than a day (after the
    // file's check has passed, so that a damaged file is not copied over good backups).
    void startOpenBackup(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // An automatic backup beside the window (queued behind one that runs).
    void start(const QString &reason);
    // An automatic backup that must be taken before something goes on (before merging):
    // runs on the worker while a progress dialog waits for it. False when it failed.
    bool backUpAndWait(const QString &reason);
    // On closing: when the file changed since it was opened, backs it up and waits.
    void closing();
    bool isRunning() const;
    // Waits (with the events going on) until no automatic backup runs; for tests and closing.
    void waitUntilIdle();

    // File → Back up now… after the file dialog: a checked copy at \a path.
    bool backUpTo(const QString &path);
    // File → Restore from backup…: the dialog (modeless, so that a test can drive it).
    RestoreDialog *openRestoreDialog();
    // The restore itself, after the preview: the current content is backed up first.
    bool restoreFrom(const QString &backupPath);
    // Backups that the import wizard took (or failed to take), to report them.
    void reportImportBackups(const QStringList &written, const QStringList &failures);

    // The last failure shown (for tests), and how many.
    QString lastFailure() const { return m_lastFailure; }

signals:
    void statusMessage(const QString &message);
    // The file's content was replaced by a backup: everything shown must be read again.
    void restored();
    // An automatic backup finished: its file, or the failure.
    void automaticBackupFinished(const QString &path, const QString &failure);

private:
    void backUpNow();
    void runNext();
    void showFailure(const QString &title, const QString &message);
    // Runs \a work on a worker behind a modal progress dialog; returns its [path, failure].
    // \a checksCopy: at 100% the copy is being checked (a backup), so the label says so.
    QStringList runAside(const QString &label, const std::function<QStringList(const std::function<void(int)> &)> &work,
                         bool checksCopy = true);

    Database &m_db;
    QWidget *m_window;
    QAction *m_backUpNow = nullptr;
    QAction *m_restore = nullptr;
    std::unique_ptr<ChangeWatch> m_changes;
    QStringList m_queue;
    bool m_running = false;
    QString m_lastFailure;
    QPointer<RestoreDialog> m_dialog;
};

} // namespace hubdesk
