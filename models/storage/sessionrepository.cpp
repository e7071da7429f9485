#include "sessionrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hubdesk {

SessionRepository::SessionRepository(Database &db)
    : Repository(db, EntityType::Session)
{
}

qint64 SessionRepository::heldMinutes(const QString &key, qint64 id, Error *error) const
{
    if (key != QLatin1String("startup_id") && key != QLatin1String("expert_id")) {
        if (error)
            *error = Error::make(Error::Code::Internal, QStringLiteral("heldMinutes: unknown key %1").arg(key));
        return 0;
    }
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT coalesce(sum(duration_minutes), 0) FROM mentoring_sessions "
                                      "WHERE %1 = ? AND status = 'held' AND deleted_at IS NULL")
                           .arg(key),
                       {id}, error)
        .toLongLong();
}

Problems SessionRepository::contextProblems(const Record &record) const
{
    Problems problems = Repository::contextProblems(record);
    if (!record.has(QStringLiteral("expert_id")))
        return problems;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT full_name, is_expert FROM people WHERE id = ?"));
    q.addBindValue(record.integer(QStringLiteral("expert_id")));
    if (q.exec() && q.next() && !q.value(1).toBool())
        problems.append({EntityType::Session, QStringLiteral("expert_id"),
                         QCoreApplication::translate("Sessions", "“%1” is not marked as an expert or mentor")
                             .arg(q.value(0).toString())});
    return problems;
}

} // namespace hubdesk
