#include "sql.h"

#include "lockholder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <winerror.h>
#ifndef ERROR_DISK_QUOTA_EXCEEDED
#define ERROR_DISK_QUOTA_EXCEEDED 1295L // in the Windows SDK, missing from MinGW's winerror.h
#endif
#endif

namespace hubdesk {

namespace {

// Messages of the guard triggers (see 0001_initial.sql) start with a tag; the user
// sees a sentence in their language instead of the tag.
QString guardMessage(const QString &text)
{
    if (text.contains(QLatin1String("HUBDESK_VOUCHER_CAP")))
        return QCoreApplication::translate("Storage", "The vouchers of this startup would exceed the voucher cap per startup.");
    if (text.contains(QLatin1String("HUBDESK_VOUCHER_BUDGET")))
        return QCoreApplication::translate("Storage", "The vouchers would exceed the programme's voucher budget.");
    if (text.contains(QLatin1String("HUBDESK_VOUCHER_STEP")))
        return QCoreApplication::translate("Storage", "This change of voucher status is not allowed by the voucher workflow.");
    if (text.contains(QLatin1String("HUBDESK_ATTACHMENT_OWNER")))
        return QCoreApplication::translate("Storage", "The record this attachment belongs to does not exist.");
    if (text.contains(QLatin1String("HUBDESK_ERASED")))
        return QCoreApplication::translate("Storage", "This person was erased: their personal data cannot be entered again.");
    if (text.contains(QLatin1String("HUBDESK_ERASURE_RECORD")))
        return QCoreApplication::translate("Storage", "The record of an erasure cannot be changed or deleted.");
    if (text.contains(QLatin1String("append-only")))
        return QCoreApplication::translate("Storage", "The audit log cannot be changed or deleted.");
    return {};
}

// The database file of a connection, as the user would type it; empty when not known.
QString fileOf(sqlite3 *handle)
{
    const char *name = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return name && *name ? QDir::toNativeSeparators(QString::fromUtf8(name)) : QString();
}

// "“/path/file.hubdesk”", or "The database file" when the connection is not known.
QString named(sqlite3 *handle)
{
    const QString file = fileOf(handle);
    return file.isEmpty() ? QCoreApplication::translate("Storage", "The database file")
                          : QCoreApplication::translate("Storage", "“%1”").arg(file);
}

// On Windows SQLite's "system errno" is the GetLastError() code, not an errno value.
bool noRoomLeft(int systemErrno)
{
#ifdef Q_OS_WIN
    return systemErrno == ERROR_DISK_FULL || systemErrno == ERROR_HANDLE_DISK_FULL
           || systemErrno == ERROR_DISK_QUOTA_EXCEEDED || systemErrno == ERROR_FILE_TOO_LARGE;
#else
    return systemErrno == ENOSPC || systemErrno == EFBIG
#ifdef EDQUOT
           || systemErrno == EDQUOT
#endif
        ;
#endif
}

} // namespace

sqlite3 *Sql::handleOf(const QSqlDriver *driver)
{
    const QVariant v = driver ? driver->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

QString Sql::systemReason(sqlite3 *handle)
{
    const int e = handle ? sqlite3_system_errno(handle) : 0;
#ifdef Q_OS_WIN
    switch (e) {
    case 0:
        return {};
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return QCoreApplication::translate("Storage", "the disk is full");
    case ERROR_DISK_QUOTA_EXCEEDED:
        return QCoreApplication::translate("Storage", "the disk quota is used up");
    case ERROR_FILE_TOO_LARGE:
        return QCoreApplication::translate("Storage", "the file size limit was reached (the system lets no file grow larger)");
    case ERROR_WRITE_PROTECT:
        return QCoreApplication::translate("Storage", "the disk has become read-only");
    case ERROR_CRC:
    case ERROR_IO_DEVICE:
        return QCoreApplication::translate("Storage", "the disk reported an input/output error");
    default:
        return qt_error_string(e); // Windows' own text for the code
    }
#else
    switch (e) {
    case 0:
        return {};
    case ENOSPC:
        return QCoreApplication::translate("Storage", "the disk is full");
#ifdef EDQUOT
    case EDQUOT:
        return QCoreApplication::translate("Storage", "the disk quota is used up");
#endif
    case EFBIG:
        return QCoreApplication::translate("Storage", "the file size limit was reached (the system lets no file grow larger)");
    case EROFS:
        return QCoreApplication::translate("Storage", "the disk has become read-only");
    case EIO:
        return QCoreApplication::translate("Storage", "the disk reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(e));
    }
#endif
}

Error Sql::prepare(QSqlQuery &q, const QString &sql)
{
    if (q.prepare(sql))
        return {};
    Error e = fromSqlError(q.lastError(), handleOf(q.driver()));
    if (e.code == Error::Code::Constraint)
        e.code = Error::Code::Internal;
    return e;
}

Error Sql::exec(QSqlQuery &q)
{
    if (q.exec())
        return {};
    return fromSqlError(q.lastError(), handleOf(q.driver()));
}

Error Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (Error e = prepare(q, sql))
        return e;
    for (const QVariant &v : values)
        q.addBindValue(v);
    Error e = exec(q);
    q.finish();
    return e;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Error *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Error e = prepare(q, sql);
    if (!e) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        e = exec(q);
    }
    QVariant result;
    if (!e && q.next())
        result = q.value(0);
    q.finish();
    if (error)
        *error = e;
    return result;
}

int Sql::resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

Error Sql::fromSqlError(const QSqlError &error, sqlite3 *handle)
{
    const int code = resultCode(error);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int systemErrno = handle ? sqlite3_system_errno(handle) : 0;
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: { // SQLITE_LOCKED
        // Not SQLite's "database is locked": who holds the file, when the system can tell.
        QString holder = LockHolder::describe(fileOf(handle));
        if (holder.isEmpty())
            holder = QCoreApplication::translate("Storage", "another program (or another HubDesk window)");
        return Error::make(Error::Code::Busy,
                           QCoreApplication::translate("Storage", "%1 is busy: %2 has kept it locked for longer than HubDesk waits, so this "
                              "step was not done and nothing was changed. Try again when the other program is done.")
                               .arg(named(handle), holder));
    }
    case 8: // SQLITE_READONLY
        return Error::make(Error::Code::ReadOnly,
                           QCoreApplication::translate("Storage", "%1 cannot be written (it or its folder is read-only): nothing was saved. (%2)")
                               .arg(named(handle), detail));
    case 13: // SQLITE_FULL
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "%1 could not be written because %2. Nothing was saved by this step and "
                              "the file is as it was before. Make room and try again.")
                               .arg(named(handle), noRoomLeft(systemErrno) ? systemReason(handle)
                                                                           : QCoreApplication::translate("Storage", "the disk is full")));
    case 10: // SQLITE_IOERR
        if (noRoomLeft(systemErrno))
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("Storage", "%1 could not be written because %2. Nothing was saved by this step and "
                                  "the file is as it was before. Make room and try again.")
                                   .arg(named(handle), systemReason(handle)));
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "%1 could not be written or read: %2. Nothing was saved by this step; "
                              "what was saved before is kept. (%3)")
                               .arg(named(handle),
                                    systemErrno ? systemReason(handle) : QCoreApplication::translate("Storage", "a disk error"),
                                    detail));
    case 14: // SQLITE_CANTOPEN
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "%1 or a file SQLite keeps beside it (-wal, -shm) could not be opened "
                              "(it was moved or deleted, or its folder cannot be written): nothing was saved by this step. (%2)")
                               .arg(named(handle), detail));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::make(Error::Code::Io, QCoreApplication::translate("Storage", "The database file is damaged. (%1)").arg(detail));
    case 19: { // SQLITE_CONSTRAINT
        const QString guard = guardMessage(detail);
        if (!guard.isEmpty())
            return Error::make(Error::Code::Refused, guard);
        if (code == 787) // SQLITE_CONSTRAINT_FOREIGNKEY
            return Error::make(Error::Code::Constraint,
                               QCoreApplication::translate("Storage", "A linked record does not exist, or other records still depend on this one. (%1)")
                                   .arg(detail));
        if (code == 2067 || code == 1555) // UNIQUE, PRIMARYKEY
            return Error::make(Error::Code::Constraint, QCoreApplication::translate("Storage", "A record with this value already exists. (%1)").arg(detail));
        return Error::make(Error::Code::Constraint, QCoreApplication::translate("Storage", "The database refused the value. (%1)").arg(detail));
    }
    default:
        return Error::make(Error::Code::Internal, QCoreApplication::translate("Storage", "A database statement failed: %1").arg(detail));
    }
}

bool Sql::inTransaction(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.data());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

QString Timestamp::now()
{
    return toText(QDateTime::currentDateTimeUtc());
}

QString Timestamp::toText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Timestamp::fromText(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

} // namespace hubdesk
