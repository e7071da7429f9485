#include "recordlabels.h"

#include "../domain/entityinfo.h"
#include "database.h"
#include "sql.h"

#include <QSqlQuery>

namespace hubdesk {

QString RecordLabels::of(const Database &db, EntityType type, qint64 id, Error *error)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT label FROM %1 WHERE id = ?").arg(Entities::info(type).listView),
                       {id}, error)
        .toString();
}

QList<qint64> RecordLabels::named(const Database &db, EntityType type, const QString &text, int limit, Error *error)
{
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL AND label = ? COLLATE NOCASE")
                      .arg(Entities::info(type).listView);
    QVariantList binds{text};
    if (type == EntityType::Person) {
        sql += QStringLiteral(" OR (deleted_at IS NULL AND email = ? COLLATE NOCASE)");
        binds.append(text);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QList<qint64> ids;
    Error e = Sql::prepare(q, sql + QStringLiteral(" LIMIT %1").arg(limit));
    if (!e) {
        for (const QVariant &b : binds)
            q.addBindValue(b);
        e = Sql::exec(q);
    }
    while (!e && q.next())
        ids.append(q.value(0).toLongLong());
    if (error)
        *error = e;
    return ids;
}

} // namespace hubdesk
