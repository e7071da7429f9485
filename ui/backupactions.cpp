#include "backupactions.h"

#include "../models/storage/backuprestore.h"
#include "../models/storage/backupstore.h"
#include "../models/storage/backupwriter.h"
#include "../models/storage/changewatch.h"
#include "../models/storage/database.h"
#include "restoredialog.h"
#include "workerpool.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace hubdesk {

namespace {

// [the backup's path, the failure]: one of them is empty.
QStringList backUpInto(const QString &databasePath, const QString &reason, int keep,
                       const std::function<void(int)> &progress)
{
    // A connection of this thread, read-only: a backup writes nothing to the file.
    OpenError error;
    const auto db = Database::openReader(databasePath, &error);
    if (!db)
        return {QString(), error.message};
    BackupWriter::Options options;
    options.progress = [&progress](int p) {
        progress(p);
        return true;
    };
    QString written;
    if (Error e = BackupStore(databasePath).take(*db, reason, keep, &written, options))
        return {QString(), e.message};
    return {written, QString()};
}

} // namespace

BackupActions::BackupActions(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{
    m_backUpNow = new QAction(tr("&Back up now…"), this);
    m_backUpNow->setToolTip(tr("Write a checked copy of this database to a file of your choice"));
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);
    m_restore = new QAction(tr("Restore from bac&kup…"), this);
    m_restore->setToolTip(tr("Replace the content of this database with a backup's, after a preview"));
    m_restore->setEnabled(!db.isReadOnly() && !db.isInMemory());
    m_backUpNow->setEnabled(!db.isInMemory());
    connect(m_restore, &QAction::triggered, this, &BackupActions::openRestoreDialog);
    if (!db.isInMemory() && !db.isReadOnly())
        m_changes = std::make_unique<ChangeWatch>(db.path());
}

BackupActions::~BackupActions() = default;

bool BackupActions::isRunning() const
{
    return m_running;
}

void BackupActions::waitUntilIdle()
{
    while (m_running || !m_queue.isEmpty()) {
        QEventLoop loop;
        connect(this, &BackupActions::automaticBackupFinished, &loop, &QEventLoop::quit);
        if (m_running || !m_queue.isEmpty())
            loop.exec();
    }
}

void BackupActions::startOpenBackup(const QDateTime &nowUtc)
{
    if (m_db.isInMemory() || m_db.isReadOnly())
        return;
    if (BackupStore(m_db.path()).isDue(nowUtc))
        start(BackupStore::Open);
}

void BackupActions::start(const QString &reason)
{
    if (m_db.isInMemory())
        return;
    m_queue.append(reason);
    if (!m_running)
        runNext();
}

void BackupActions::runNext()
{
    if (m_queue.isEmpty())
        return;
    const QString reason = m_queue.takeFirst();
    m_running = true;
    const QString path = m_db.path();
    const int keep = BackupStore::keepSetting();
    const QString what = BackupStore::reasonText(reason);
    emit statusMessage(tr("Backing up %1 (%2)…").arg(QFileInfo(path).fileName(), what));
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::progressValueChanged, this, [this, path, what](int percent) {
        // At 100% the copy is opened again and checked, which reads all of it.
        emit statusMessage(percent < 100 ? tr("Backing up %1 (%2): %3%").arg(QFileInfo(path).fileName(), what).arg(percent)
                                         : tr("Backing up %1 (%2): checking the copy…").arg(QFileInfo(path).fileName(), what));
    });
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, what] {
        watcher->deleteLater();
        const QStringList result = watcher->result();
        m_running = false;
        if (result.value(1).isEmpty())
            emit statusMessage(tr("Backed up (%1) to %2.").arg(what, QDir::toNativeSeparators(result.value(0))));
        else
            showFailure(tr("Automatic backup failed"), tr("The automatic backup (%1) failed. %2").arg(what, result.value(1)));
        emit automaticBackupFinished(result.value(0), result.value(1));
        runNext();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [path, reason, keep](QPromise<QStringList> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(backUpInto(path, reason, keep, [&promise](int p) { promise.setProgressValue(p); }));
    }));
}

QStringList BackupActions::runAside(const QString &label,
                                    const std::function<QStringList(const std::function<void(int)> &)> &work,
                                    bool checksCopy)
{
    QProgressDialog progress(label, QString(), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QFutureWatcher<QStringList> watcher;
    connect(&watcher, &QFutureWatcher<QStringList>::progressValueChanged, &progress, [&progress, label, checksCopy](int value) {
        progress.setValue(value);
        if (value >= 100 && checksCopy)
            progress.setLabelText(label + QLatin1Char('\n') + tr("Checking the copy…"));
    });
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QStringList>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [work](QPromise<QStringList> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(work([&promise](int p) { promise.setProgressValue(p); }));
    }));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

bool BackupActions::backUpAndWait(const QString &reason)
{
    if (m_db.isInMemory())
        return true;
    waitUntilIdle();
    const QString path = m_db.path();
    const int keep = BackupStore::keepSetting();
    const QString what = BackupStore::reasonText(reason);
    const QStringList result = runAside(tr("Backing up %1 (%2)…").arg(QDir::toNativeSeparators(path), what),
                                        [path, reason, keep](const std::function<void(int)> &progress) {
                                            return backUpInto(path, reason, keep, progress);
                                        });
    if (!result.value(1).isEmpty()) {
        showFailure(tr("Automatic backup failed"), tr("The automatic backup (%1) failed. %2").arg(what, result.value(1)));
        return false;
    }
    emit statusMessage(tr("Backed up (%1) to %2.").arg(what, QDir::toNativeSeparators(result.value(0))));
    return true;
}

void BackupActions::closing()
{
    waitUntilIdle();
    if (m_changes && m_changes->isChanged())
        backUpAndWait(BackupStore::Close);
}

void BackupActions::showFailure(const QString &title, const QString &message)
{
    m_lastFailure = message;
    emit statusMessage(QStringLiteral("⚠ ") + message);
    // Not modal: an automatic backup fails beside the work, which goes on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("backupFailure"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void BackupActions::backUpNow()
{
    QSettings settings;
    const QString folderKey = QStringLiteral("backup/folder");
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1 %2.hubdesk")
            .arg(QFileInfo(m_db.path()).completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"))));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Back up %1").arg(QFileInfo(m_db.path()).fileName()), suggested,
                                                tr("HubDesk databases (*.hubdesk)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hubdesk");
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    backUpTo(path);
}

bool BackupActions::backUpTo(const QString &path)
{
    const QString source = m_db.path();
    const QStringList result = runAside(tr("Backing up to %1…").arg(QDir::toNativeSeparators(path)),
                                        [source, path](const std::function<void(int)> &progress) -> QStringList {
                                            OpenError error;
                                            const auto db = Database::openReader(source, &error);
                                            if (!db)
                                                return {QString(), error.message};
                                            BackupWriter::Options options;
                                            // The file dialog asked before replacing a file.
                                            options.overwrite = true;
                                            options.progress = [&progress](int p) {
                                                progress(p);
                                                return true;
                                            };
                                            if (Error e = BackupWriter::write(*db, path, options))
                                                return {QString(), e.message};
                                            return {path, QString()};
                                        });
    if (!result.value(1).isEmpty()) {
        m_lastFailure = result.value(1);
        QMessageBox box(QMessageBox::Warning, tr("Backup failed"), result.value(1), QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("backupFailure"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    emit statusMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

RestoreDialog *BackupActions::openRestoreDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new RestoreDialog(m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RestoreDialog::restoreRequested, this, [this, dialog](const QString &path) {
        if (restoreFrom(path))
            dialog->accept();
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

bool BackupActions::restoreFrom(const QString &backupPath)
{
    waitUntilIdle();
    const QString target = m_db.path();
    const int keep = BackupStore::keepSetting();
    const QStringList result = runAside(tr("Restoring %1 from %2…\n(The current content is backed up first.)")
                                            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backupPath)),
                                        [backupPath, target, keep](const std::function<void(int)> &progress) -> QStringList {
                                            const BackupRestore::Outcome outcome = BackupRestore::restore(backupPath, target, keep, progress);
                                            return {outcome.savedCurrent, outcome.error.message};
                                        },
                                        false);
    if (!result.value(1).isEmpty()) {
        m_lastFailure = result.value(1);
        QMessageBox box(QMessageBox::Warning, tr("Restore failed"), result.value(1), QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("restoreFailure"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    if (m_changes)
        m_changes->markChanged();
    emit restored();
    emit statusMessage(tr("Restored from %1. The content before is kept in %2.")
                           .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(result.value(0))));
    return true;
}

void BackupActions::reportImportBackups(const QStringList &written, const QStringList &failures)
{
    for (const QString &failure : failures)
        showFailure(tr("Automatic backup failed"), tr("The automatic backup around the import failed. %1").arg(failure));
    if (failures.isEmpty() && !written.isEmpty())
        emit statusMessage(tr("Backed up before and after the import to %1.").arg(QDir::toNativeSeparators(QFileInfo(written.constLast()).absolutePath())));
}

} // namespace hubdesk
