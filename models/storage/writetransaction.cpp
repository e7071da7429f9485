#include "writetransaction.h"

#include "sql.h"

#include <QAtomicInteger>
#include <QSqlDriver>

#include <sqlite3.h>

namespace hubdesk {

namespace {

} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Error WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    if (Sql::inTransaction(m_db)) {
        static QAtomicInteger<quint32> counter;
        m_savepoint = QStringLiteral("hubdesk_sp%1").arg(++counter);
        if (Error e = Sql::run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint))
            return e;
    } else {
        m_savepoint.clear();
        if (Error e = Sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE")))
            return e;
    }
    m_active = true;
    return {};
}

Error WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    Error e = Sql::run(m_db, sql);
    if (e) {
        rollback(); // a failed COMMIT (disk full, I/O) leaves the transaction open
        return e;
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        Sql::run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        Sql::run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        Sql::run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
}

} // namespace hubdesk
