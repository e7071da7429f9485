#include "backupwriter.h"

#include "sql.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX // or windows.h makes min and max macros, and std::max below fails to compile
#endif
#include <windows.h>
#endif

namespace hubdesk {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Removes a temporary copy and whatever SQLite made beside it, unless kept.
class TemporaryFile
{
public:
    explicit TemporaryFile(const QString &path)
        : m_path(path)
    {
    }
    ~TemporaryFile()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

// A raw connection of this function only: closed on every way out.
struct RawConnection
{
    sqlite3 *db = nullptr;
    ~RawConnection() { sqlite3_close_v2(db); }
};

// Flushes a file's (or on POSIX a folder's, for a rename) data to the disk.
bool syncToDisk(const QString &path, bool folder = false)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    if (folder)
        return true; // Windows has no sync of a folder; MOVEFILE_WRITE_THROUGH covers the rename
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return file.flush();
#endif
#endif
}

// Renames \a from to \a to, replacing \a to only when \a replace (atomically on POSIX,
// where a rename replaces; QFile::rename refuses an existing target).
bool renameInto(const QString &from, const QString &to, bool replace, QString *why)
{
    if (!replace) {
        QFile file(from);
        if (file.rename(to))
            return true;
        *why = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *why = QString::fromLocal8Bit(strerror(errno));
    return false;
#elif defined(Q_OS_WIN)
    const QString a = QDir::toNativeSeparators(from);
    const QString b = QDir::toNativeSeparators(to);
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(a.utf16()), reinterpret_cast<const wchar_t *>(b.utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *why = QStringLiteral("Windows error %1").arg(GetLastError());
    return false;
#else
    QFile::remove(to);
    QFile file(from);
    if (file.rename(to))
        return true;
    *why = file.errorString();
    return false;
#endif
}

} // namespace

QString BackupWriter::describe(int code, const QString &detail, sqlite3 *handle)
{
    // The system's own reason (file size limit, quota, disk full …) says more than the code.
    if (handle && (code & 0xff) != SQLITE_BUSY && (code & 0xff) != SQLITE_LOCKED) {
        const QString reason = Sql::systemReason(handle);
        if (!reason.isEmpty())
            return reason;
    }
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_IOERR:
        return tr("the disk reported an error (%1)").arg(detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return tr("it cannot be written (%1)").arg(detail);
    case SQLITE_CANTOPEN:
        return tr("it cannot be opened (%1)").arg(detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("it is locked by another program");
    case SQLITE_NOMEM:
        return tr("there is not enough memory");
    default:
        return detail;
    }
}

bool BackupWriter::restrictToOwner(const QString &path)
{
#ifdef Q_OS_UNIX
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    Q_UNUSED(path)
    return true; // Windows: the profile's folders are private by their access lists
#endif
}

bool BackupWriter::makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
#ifdef Q_OS_UNIX
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#else
    return true;
#endif
}

QString BackupWriter::verify(const QString &path)
{
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    options.check = Database::Check::Quick;
    OpenError error;
    const auto db = Database::open(path, options, &error);
    return db ? QString() : error.message;
}

Error BackupWriter::write(const Database &source, const QString &destination, const Options &options)
{
    const QFileInfo info(destination);
    const auto failed = [&](const QString &why) {
        return Error::make(Error::Code::Io,
                           tr("The backup to “%1” failed: %2. Nothing was written there.").arg(shown(destination), why));
    };
    sqlite3 *src = source.handle();
    if (!src)
        return Error::make(Error::Code::Internal, tr("The database to back up is not open."));
    if (destination.isEmpty())
        return Error::make(Error::Code::Io, tr("No file name was given for the backup."));
    if (info.isDir())
        return Error::make(Error::Code::Io, tr("“%1” is a folder; give the backup a file name.").arg(shown(destination)));
    if (info.exists() && !options.overwrite)
        return Error::make(Error::Code::Refused, tr("“%1” already exists; HubDesk does not overwrite it.").arg(shown(destination)));
    if (!source.isInMemory() && info.absoluteFilePath() == QFileInfo(source.path()).absoluteFilePath())
        return Error::make(Error::Code::Refused, tr("A backup cannot replace the database it is made of (“%1”).").arg(shown(destination)));
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return failed(tr("the folder “%1” does not exist").arg(shown(folder.path())));

    // The temporary copy beside the destination, so that the rename stays on one disk;
    // made owner-only before a single byte of personal data is in it.
    QString temp;
    {
        QFile file;
        for (int attempt = 0; attempt < 5; ++attempt) {
            temp = folder.filePath(QStringLiteral(".%1.%2.partial")
                                       .arg(info.fileName())
                                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
            file.setFileName(temp);
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                break;
            if (!QFileInfo::exists(temp))
                return failed(tr("the folder “%1” cannot be written (%2)").arg(shown(folder.path()), file.errorString()));
        }
        if (!file.isOpen())
            return failed(tr("no temporary file could be made in “%1”").arg(shown(folder.path())));
        file.close();
    }
    TemporaryFile cleanUp(temp);
    restrictToOwner(temp);

    RawConnection dst;
    // SQLite takes UTF-8 file names on every platform.
    int rc = sqlite3_open_v2(temp.toUtf8().constData(), &dst.db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK)
        return failed(describe(rc, QString::fromUtf8(sqlite3_errmsg(dst.db))));

    // One read snapshot of the source for the whole copy: commits by other connections
    // meanwhile neither enter the copy nor restart it (which steps without it would).
    const bool ownSnapshot = sqlite3_get_autocommit(src) != 0;
    if (ownSnapshot) {
        rc = sqlite3_exec(src, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            const QString why = describe(rc, QString::fromUtf8(sqlite3_errmsg(src)));
            sqlite3_exec(src, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error::make(Error::Code::Io, tr("“%1” could not be read for the backup: %2.").arg(shown(source.path()), why));
        }
    }
    const auto endSnapshot = [&] {
        if (ownSnapshot)
            sqlite3_exec(src, "COMMIT", nullptr, nullptr, nullptr);
    };

    sqlite3_backup *backup = sqlite3_backup_init(dst.db, "main", src, "main");
    if (!backup) {
        endSnapshot();
        return failed(describe(sqlite3_extended_errcode(dst.db), QString::fromUtf8(sqlite3_errmsg(dst.db))));
    }
    bool cancelled = false;
    int lastPercent = -1;
    int busyTries = 0;
    do {
        rc = sqlite3_backup_step(backup, std::max(1, options.pagesPerStep));
        // Locked by another writer beyond the busy timeout: a few more tries, then the error.
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busyTries < 5) {
            QThread::msleep(20);
            continue;
        }
        const int total = sqlite3_backup_pagecount(backup);
        const int percent = total > 0 ? int(qint64(total - sqlite3_backup_remaining(backup)) * 100 / total) : 100;
        if (options.progress && percent != lastPercent) {
            lastPercent = percent;
            if (!options.progress(percent)) {
                cancelled = true;
                break;
            }
        }
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyTries < 5));
    sqlite3_backup_finish(backup);
    endSnapshot();
    if (cancelled)
        return Error::make(Error::Code::Refused, tr("The backup to “%1” was cancelled; nothing was written there.").arg(shown(destination)));
    if (rc != SQLITE_DONE)
        return failed(describe(rc, QString::fromUtf8(sqlite3_errstr(rc)), dst.db));

    // The copy carries the source's WAL mark; a backup is a closed file, so it goes back
    // to a rollback journal: opening it later (even read-only) leaves no -wal or -shm.
    rc = sqlite3_exec(dst.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failed(describe(rc, QString::fromUtf8(sqlite3_errmsg(dst.db)), dst.db));
    rc = sqlite3_close(dst.db);
    dst.db = nullptr;
    if (rc != SQLITE_OK)
        return failed(describe(rc, QString::fromUtf8(sqlite3_errstr(rc))));

    // Opened again from the disk and checked before anything relies on it.
    const QString problem = verify(temp);
    if (!problem.isEmpty())
        return failed(tr("the copy did not pass its check: %1").arg(problem));
    if (!syncToDisk(temp))
        return failed(tr("it could not be saved to the disk"));
    restrictToOwner(temp);
    QString why;
    if (!renameInto(temp, destination, options.overwrite, &why))
        return failed(tr("it could not be given its name (%1)").arg(why));
    cleanUp.release();
    syncToDisk(folder.absolutePath(), true);
    return {};
}

} // namespace hubdesk
