#include "lockholder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <limits>

#ifdef Q_OS_LINUX
#include <pwd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace hubdesk {

namespace {

// In WAL mode SQLite's write lock is byte 120 of the -shm file (the first of the
// eight lock bytes after the two copies of the wal-index header and the checkpoint info).
constexpr qint64 walWriteLockByte = 120;

} // namespace

qint64 LockHolder::writerOf(const QString &databasePath)
{
#ifdef Q_OS_LINUX
    if (databasePath.isEmpty())
        return 0;
    struct stat st;
    const QByteArray shm = QFile::encodeName(databasePath + QStringLiteral("-shm"));
    if (::stat(shm.constData(), &st) != 0)
        return 0;
    // /proc/locks lines: "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 120 120"
    // (device as hex major:minor, inode in decimal; the range's end may be EOF).
    const QByteArray device = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':'
                              + QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':'
                              + QByteArray::number(qulonglong(st.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> w = line.simplified().split(' ');
        // "->" marks a waiter; skip those, and keep to held write locks.
        if (w.size() < 8 || w.at(1) == "->" || w.at(3) != "WRITE" || w.at(5) != device)
            continue;
        const qint64 from = w.at(6).toLongLong();
        const qint64 to = w.at(7) == "EOF" ? std::numeric_limits<qint64>::max() : w.at(7).toLongLong();
        const qint64 pid = w.at(4).toLongLong();
        if (from <= walWriteLockByte && walWriteLockByte <= to && pid != qint64(::getpid()))
            return pid;
    }
#else
    Q_UNUSED(databasePath);
#endif
    return 0;
}

QString LockHolder::describe(const QString &databasePath)
{
    const qint64 pid = writerOf(databasePath);
    if (pid <= 0)
        return {};
#ifdef Q_OS_LINUX
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    QString program = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
    if (program.isEmpty())
        program = QCoreApplication::translate("Storage", "another program");
    struct stat st;
    QString user;
    if (::stat(QFile::encodeName(QStringLiteral("/proc/%1").arg(pid)).constData(), &st) == 0) {
        if (const passwd *pw = ::getpwuid(st.st_uid))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user.isEmpty() ? QCoreApplication::translate("Storage", "%1 (process %2)").arg(program).arg(pid)
                          : QCoreApplication::translate("Storage", "%1 (process %2, user %3)").arg(program).arg(pid).arg(user);
#else
    return {};
#endif
}

} // namespace hubdesk
