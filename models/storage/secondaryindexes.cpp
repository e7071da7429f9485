#include "secondaryindexes.h"

#include "sql.h"

#include <QCoreApplication>
#include <QSqlQuery>


namespace hubdesk {

SecondaryIndexes::SecondaryIndexes(const QSqlDatabase &db)
    : m_db(db)
{
}

// A pause is ended by resume() or undone by the rollback of its transaction.
SecondaryIndexes::~SecondaryIndexes() = default;

Error SecondaryIndexes::suspend()
{
    if (!Sql::inTransaction(m_db))
        return Error::make(Error::Code::Internal,
                           QCoreApplication::translate("Storage", "Indexes can be paused only inside a write transaction."));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Error e = Sql::prepare(q, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                                 "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name")))
        return e;
    if (Error e = Sql::exec(q))
        return e;
    while (q.next())
        m_indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &index : std::as_const(m_indexes)) {
        if (Error e = Sql::run(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(index.first)))
            return e;
    }
    m_suspended = true;
    return {};
}

Error SecondaryIndexes::resume()
{
    if (!m_suspended)
        return {};
    for (const auto &index : std::as_const(m_indexes)) {
        if (Error e = Sql::run(m_db, index.second))
            return e;
    }
    m_indexes.clear();
    m_suspended = false;
    return {};
}

} // namespace hubdesk
