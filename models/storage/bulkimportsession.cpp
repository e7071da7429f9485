#include "bulkimportsession.h"

#include "../domain/entityinfo.h"
#include "../domain/searchtext.h"
#include "database.h"
#include "searchindex.h"
#include "sql.h"

namespace hubdesk {

BulkImportSession::BulkImportSession(Database &db, EntityType type)
    : m_db(db)
    , m_type(type)
{
    const QSqlDatabase c = m_db.connection();
    m_cacheBefore = Sql::scalar(c, QStringLiteral("PRAGMA cache_size"));
    m_tempBefore = Sql::scalar(c, QStringLiteral("PRAGMA temp_store"));
    Sql::run(c, QStringLiteral("PRAGMA cache_size = -131072"));
    Sql::run(c, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkImportSession::~BulkImportSession()
{
    const QSqlDatabase c = m_db.connection();
    Sql::run(c, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheBefore.toLongLong()));
    Sql::run(c, QStringLiteral("PRAGMA temp_store = %1").arg(m_tempBefore.toLongLong()));
}

Error BulkImportSession::begin()
{
    const QSqlDatabase c = m_db.connection();
    const EntityInfo &info = Entities::info(m_type);
    Error e;
    m_before = Sql::scalar(c, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(info.table), {}, &e).toLongLong();
    if (e || !SearchText::isIndexed(m_type))
        return e;
    const QString trigger = info.table + QStringLiteral("_search_insert");
    m_triggerSql = Sql::scalar(c, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {trigger}, &e)
                       .toString();
    if (!e && !m_triggerSql.isEmpty())
        e = Sql::run(c, QStringLiteral("DROP TRIGGER %1").arg(trigger));
    return e;
}

Error BulkImportSession::finish(qint64 created, qint64 *lastId)
{
    const QSqlDatabase c = m_db.connection();
    const EntityInfo &info = Entities::info(m_type);
    Error e;
    const qint64 last = Sql::scalar(c, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(info.table), {}, &e).toLongLong();
    if (e)
        return e;
    if (last - m_before != created)
        return Error::make(Error::Code::Internal, tr("The new records did not get consecutive numbers; nothing was imported."));
    if (!m_triggerSql.isEmpty()) {
        e = Sql::run(c, QStringLiteral("INSERT INTO %1 (rowid, search_text) SELECT id, search_text FROM %2 WHERE id > ?")
                            .arg(SearchIndex::ftsTable(info), info.table),
                     {m_before});
        if (!e)
            e = Sql::run(c, m_triggerSql);
        if (!e)
            m_triggerSql.clear();
    }
    if (lastId)
        *lastId = last;
    return e;
}

} // namespace hubdesk
