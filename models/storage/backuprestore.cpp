#include "backuprestore.h"

#include "backupstore.h"
#include "backupwriter.h"
#include "database.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

namespace hubdesk {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A backup of an older version, upgraded in a temporary copy (the backup itself is never
// changed), so that the restore stays one transaction and the file ends at this version.
Error upgradedCopy(const QString &backupPath, const QString &folder, QString *copy)
{
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    options.check = Database::Check::None;
    OpenError openError;
    auto backup = Database::open(backupPath, options, &openError);
    if (!backup)
        return Error::make(Error::Code::Io, openError.message);
    *copy = QDir(folder).filePath(QStringLiteral(".hubdesk-restore.%1.partial").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    if (Error e = BackupWriter::write(*backup, *copy))
        return e;
    backup.reset();
    Database::Options upgrade;
    upgrade.check = Database::Check::None;
    auto upgraded = Database::open(*copy, upgrade, &openError);
    if (!upgraded)
        return Error::make(Error::Code::Io, openError.message);
    return {};
}

} // namespace

BackupRestore::Outcome BackupRestore::restore(const QString &backupPath, const QString &targetPath, int keep,
                                              const std::function<void(int)> &progress)
{
    Outcome outcome;
    const auto refuse = [&](Error::Code code, const QString &message) {
        outcome.error = Error::make(code, message);
        return outcome;
    };
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(targetPath).absoluteFilePath())
        return refuse(Error::Code::Refused, tr("A file cannot be restored from itself (“%1”).").arg(shown(targetPath)));
    outcome.restored = BackupSummary::ofFile(backupPath);
    if (!outcome.restored.isUsable())
        return refuse(Error::Code::Refused, tr("“%1” cannot be restored: %2").arg(shown(backupPath), outcome.restored.problem));
    const bool older = outcome.restored.schemaVersion < Migrations::latest();

    if (!QFileInfo::exists(targetPath)) {
        // Nothing to keep: a new file, written and checked like any backup.
        Database::Options options;
        options.readOnly = true;
        options.allowOlder = true;
        options.check = Database::Check::None;
        OpenError openError;
        auto backup = Database::open(backupPath, options, &openError);
        if (!backup)
            return refuse(Error::Code::Io, openError.message);
        BackupWriter::Options writing;
        if (progress)
            writing.progress = [&progress](int p) { progress(p); return true; };
        if (Error e = BackupWriter::write(*backup, targetPath, writing))
            return refuse(e.code, e.message);
        backup.reset();
        if (older) {
            Database::Options upgrade;
            upgrade.check = Database::Check::None;
            if (!Database::open(targetPath, upgrade, &openError))
                return refuse(Error::Code::Io, openError.message);
        }
        return outcome;
    }

    Database::Options options;
    options.check = Database::Check::None;
    OpenError openError;
    auto target = Database::open(targetPath, options, &openError);
    if (!target)
        return refuse(Error::Code::Io, tr("“%1” cannot be restored into: %2 Move it aside and restore into its name: the backup "
                                          "then makes a new file.")
                                           .arg(shown(targetPath), openError.message));
    if (target->isReadOnly())
        return refuse(Error::Code::ReadOnly, tr("“%1” cannot be restored into: %2.").arg(shown(targetPath), target->readOnlyReason()));

    // The content now, first: a restore that was a mistake can itself be undone.
    if (Error e = BackupStore(targetPath).take(*target, BackupStore::BeforeRestore, keep, &outcome.savedCurrent))
        return refuse(e.code, tr("The restore did not start, because the current content of “%1” could not be backed up first. %2 "
                                 "If the file is damaged, move it aside and restore into its name: the backup then makes a new file.")
                                  .arg(shown(targetPath), e.message));

    QString source = backupPath;
    QString upgraded;
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            if (!path.isEmpty())
                removeWithCompanions(path);
        }
    } cleanup;
    if (older) {
        Error e = upgradedCopy(backupPath, QFileInfo(targetPath).absolutePath(), &upgraded);
        cleanup.path = upgraded;
        if (e)
            return refuse(e.code, tr("“%1” could not be brought to this version of HubDesk: %2").arg(shown(backupPath), e.message));
        source = upgraded;
    }

    sqlite3 *src = nullptr;
    struct Closer
    {
        sqlite3 *&db;
        ~Closer() { sqlite3_close_v2(db); }
    } closer{src};
    const auto failed = [&](int code, const QString &detail) {
        return refuse(Error::Code::Io, tr("The restore of “%1” failed: %2. The file was left as it was.")
                                           .arg(shown(targetPath), BackupWriter::describe(code, detail)));
    };
    int rc = sqlite3_open_v2(source.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return failed(rc, QString::fromUtf8(sqlite3_errmsg(src)));
    sqlite3 *dst = target->handle();
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)
        return failed(sqlite3_extended_errcode(dst), QString::fromUtf8(sqlite3_errmsg(dst)));
    // The target stays locked for writing from the first step to the last, which commits
    // the whole content at once; a failure on the way rolls all of it back.
    int busyTries = 0;
    do {
        rc = sqlite3_backup_step(backup, 4096);
        // Locked by another writer beyond the busy timeout: a few more tries, then the error.
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busyTries < 5) {
            QThread::msleep(50);
            continue;
        }
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && total > 0)
            progress(int(qint64(total - sqlite3_backup_remaining(backup)) * 100 / total));
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyTries < 5));
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failed(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    target.reset();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        if (QFileInfo::exists(targetPath + QLatin1String(suffix)))
            BackupWriter::restrictToOwner(targetPath + QLatin1String(suffix));
    }
    return outcome;
}

} // namespace hubdesk
