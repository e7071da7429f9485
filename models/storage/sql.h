#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

class QSqlError;
class QSqlDriver;
struct sqlite3;

namespace hubdesk {

// Small helpers around QSqlQuery that turn every failure into an Error with a
// message for the user. All SQL of HubDesk runs through the storage layer.
class Sql
{
public:
    // Prepares \a sql on \a q; on failure an Internal error naming the statement.
    static Error prepare(QSqlQuery &q, const QString &sql);
    // Executes a prepared query with its bound values.
    static Error exec(QSqlQuery &q);
    // Prepares, binds \a values by position and executes one statement.
    static Error run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or a null QVariant (and *error set when it failed).
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
                           Error *error = nullptr);
    // An Error for a failed statement, with SQLite's result code mapped to what it means for the user.
    // With the connection's \a handle, the message names the file and says why a write failed
    // (disk full, file size limit, disk error) and who holds a lock.
    static Error fromSqlError(const QSqlError &error, sqlite3 *handle = nullptr);
    // The SQLite connection of a Qt driver, or null.
    static sqlite3 *handleOf(const QSqlDriver *driver);
    // Why the last read or write of \a handle's files failed, from the system's error number:
    // "the disk is full", "the file size limit was reached" …; empty when not known.
    static QString systemReason(sqlite3 *handle);
    // SQLite's (extended) result code of a failed statement, or 0.
    static int resultCode(const QSqlError &error);
    // Whether a transaction is open on the connection (BEGIN without COMMIT yet).
    static bool inTransaction(const QSqlDatabase &db);
};

// UTC timestamps as stored: ISO 8601 with milliseconds and a Z, e.g. 2026-11-25T14:52:28.123Z.
class Timestamp
{
public:
    static QString now();
    static QString toText(const QDateTime &utc);
    static QDateTime fromText(const QString &text);
};

} // namespace hubdesk
