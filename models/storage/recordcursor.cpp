#include "recordcursor.h"

#include "../domain/entityinfo.h"
#include "database.h"
#include "recordcodec.h"
#include "sql.h"

namespace hubdesk {

namespace {
// Set values are joined with a character no tag or key holds, and split again.
const QChar setSeparator(0x1F);
} // namespace

RecordCursor::RecordCursor(Database &db, EntityType type)
    : m_db(db)
    , m_type(type)
    , m_query(db.connection())
{
}

Error RecordCursor::start()
{
    const EntityInfo &info = Entities::info(m_type);
    QStringList select{QStringLiteral("t.id")};
    for (const Field &f : info.fields) {
        if (f.isStoredInRow()) {
            select.append(QStringLiteral("t.%1").arg(f.key));
            m_columns.append(f);
            if (f.type == FieldType::Reference) {
                select.append(QStringLiteral("(SELECT label FROM %1 WHERE id = t.%2)")
                                  .arg(Entities::info(f.reference).listView, f.key));
                m_columns.append(f); // the label, right after the id
            }
        } else {
            select.append(QStringLiteral("(SELECT group_concat(%1, char(31)) FROM %2 WHERE %3 = t.id)")
                              .arg(f.valueColumn, f.joinTable, f.ownerColumn));
            m_columns.append(f);
        }
    }
    m_count = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(info.table),
                          {}, &m_error)
                  .toLongLong();
    if (m_error)
        return m_error;
    m_query.setForwardOnly(true);
    m_error = Sql::prepare(m_query, QStringLiteral("SELECT %1 FROM %2 t WHERE t.deleted_at IS NULL ORDER BY t.id")
                                        .arg(select.join(QStringLiteral(", ")), info.table));
    if (!m_error)
        m_error = Sql::exec(m_query);
    return m_error;
}

bool RecordCursor::next(Record *record, QHash<QString, QString> *referenceLabels)
{
    if (m_error || !m_query.next())
        return false;
    *record = Record(m_type);
    referenceLabels->clear();
    record->id = m_query.value(0).toLongLong();
    int column = 1;
    for (int i = 0; i < m_columns.size(); ++i, ++column) {
        const Field &f = m_columns.at(i);
        const QVariant v = m_query.value(column);
        if (f.isSet()) {
            QStringList items = v.toString().split(setSeparator, Qt::SkipEmptyParts);
            items.sort();
            record->setValue(f.key, items);
        } else if (f.type == FieldType::Reference && i > 0 && m_columns.at(i - 1).key == f.key) {
            if (!v.isNull())
                referenceLabels->insert(f.key, v.toString());
        } else {
            record->setValue(f.key, RecordCodec::fromSql(f, v));
        }
    }
    return true;
}

} // namespace hubdesk
