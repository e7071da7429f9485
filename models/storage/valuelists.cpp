#include "valuelists.h"

#include "../domain/entityinfo.h"
#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hubdesk {

QStringList ValueLists::distinct(const Database &db, EntityType type, const QString &fieldKey, int limit, Error *error)
{
    const EntityInfo &info = Entities::info(type);
    const Field *field = info.field(fieldKey);
    QStringList values;
    Error e;
    if (!field || field->type == FieldType::Reference) {
        e = Error::make(Error::Code::Internal,
                        QCoreApplication::translate("Repository", "“%1” has no list of values.").arg(fieldKey));
    } else {
        // Column and table names come from the entity description only.
        const QString sql = field->isSet()
            ? QStringLiteral("SELECT DISTINCT j.%1 FROM %2 j JOIN %3 t ON t.id = j.%4 WHERE t.deleted_at IS NULL "
                             "ORDER BY j.%1 LIMIT ?")
                  .arg(field->valueColumn, field->joinTable, info.table, field->ownerColumn)
            : QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE deleted_at IS NULL AND %1 IS NOT NULL AND %1 <> '' "
                             "ORDER BY %1 LIMIT ?")
                  .arg(field->key, info.table);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        e = Sql::prepare(q, sql);
        if (!e) {
            q.addBindValue(limit);
            e = Sql::exec(q);
        }
        while (!e && q.next())
            values.append(q.value(0).toString());
    }
    if (error)
        *error = e;
    return values;
}

} // namespace hubdesk
