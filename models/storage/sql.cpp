#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

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

} // namespace

Error Sql::prepare(QSqlQuery &q, const QString &sql)
{
    if (q.prepare(sql))
        return {};
    Error e = fromSqlError(q.lastError());
    if (e.code == Error::Code::Constraint)
        e.code = Error::Code::Internal;
    return e;
}

Error Sql::exec(QSqlQuery &q)
{
    if (q.exec())
        return {};
    return fromSqlError(q.lastError());
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

Error Sql::fromSqlError(const QSqlError &error)
{
    const int code = resultCode(error);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::make(Error::Code::Busy,
                           QCoreApplication::translate("Storage", "The database file is busy: another program is writing to it. "
                              "HubDesk waited and gave up; please try again. (%1)")
                               .arg(detail));
    case 8: // SQLITE_READONLY
        return Error::make(Error::Code::ReadOnly, QCoreApplication::translate("Storage", "The database is read-only: nothing can be saved. (%1)").arg(detail));
    case 13: // SQLITE_FULL
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "The disk is full: the change was not saved, and the file is as it was before. (%1)")
                               .arg(detail));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "The database file could not be written or read (disk error, or the file was moved "
                              "or deleted): the change was not saved. (%1)")
                               .arg(detail));
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
