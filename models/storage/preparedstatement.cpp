#include "preparedstatement.h"

#include "sql.h"

#include <QSqlError>

#include <sqlite3.h>

namespace hubdesk {

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement);
}

Error PreparedStatement::failure(int code) const
{
    // Through the same translation as every other statement, so a refused row reads the same.
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return Sql::fromSqlError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(extended)), m_db);
}

Error PreparedStatement::prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (!db)
        return Error::make(Error::Code::Internal, QStringLiteral("no SQLite connection to prepare “%1” on").arg(sql));
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return failure(rc);
    }
    return {};
}

void PreparedStatement::bind(int position, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        break;
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, position, qint64(value.toULongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull()) { // as Qt's driver does: a null array is NULL
            sqlite3_bind_null(m_statement, position);
            break;
        }
        sqlite3_bind_blob64(m_statement, position, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QString text = value.toString();
        if (text.isNull()) { // a null QString is NULL, an empty one is ''
            sqlite3_bind_null(m_statement, position);
            break;
        }
        sqlite3_bind_text16(m_statement, position, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        break;
    }
    }
}

Error PreparedStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    Error e;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        e = failure(rc);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return e;
}

qint64 PreparedStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace hubdesk
