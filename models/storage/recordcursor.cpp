#include "recordcursor.h"

#include "../domain/entityinfo.h"
#include "database.h"
#include "recordcodec.h"
#include "repositories.h"
#include "repository.h"
#include "sql.h"

#include <QSqlError>

namespace hubdesk {

namespace {
// Set values are joined with a character no tag or key holds, and split again.
const QChar setSeparator(0x1F);

ListQuery everyLiveRecord()
{
    ListQuery query;
    query.sortKey = QStringLiteral("id");
    return query;
}
} // namespace

RecordCursor::RecordCursor(Database &db, EntityType type)
    : RecordCursor(db, type, everyLiveRecord())
{
}

RecordCursor::RecordCursor(Database &db, EntityType type, const ListQuery &query)
    : m_db(db)
    , m_type(type)
    , m_listQuery(query)
    , m_repository(Repositories::create(db, type))
    , m_query(db.connection())
{
}

RecordCursor::~RecordCursor() = default;

Error RecordCursor::start()
{
    // Over the list view: its "<reference>_label" columns are the labels a page shows.
    const EntityInfo &info = Entities::info(m_type);
    QStringList select{QStringLiteral("t.id")};
    for (const Field &f : info.fields) {
        if (f.isStoredInRow()) {
            select.append(QStringLiteral("t.") + f.key);
            m_columns.append(f);
            if (f.type == FieldType::Reference) {
                select.append(QStringLiteral("t.%1_label").arg(f.key));
                m_columns.append(f); // the label, right after the id
            }
        } else {
            select.append(QStringLiteral("(SELECT group_concat(%1, char(31)) FROM %2 WHERE %3 = t.id)")
                              .arg(f.valueColumn, f.joinTable, f.ownerColumn));
            m_columns.append(f);
        }
    }
    m_count = m_repository->count(m_listQuery, &m_error);
    if (m_error)
        return m_error;
    m_error = m_repository->selectAll(m_listQuery, select, &m_query);
    return m_error;
}

bool RecordCursor::next(Record *record, QHash<QString, QString> *referenceLabels)
{
    if (m_error)
        return false;
    if (!m_query.next()) {
        // A step that fails half-way (disk error, interrupted) ends the rows too: never a
        // silent half export.
        if (m_query.lastError().isValid())
            m_error = Sql::fromSqlError(m_query.lastError());
        return false;
    }
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
