#include "rowinserter.h"

#include "../domain/searchtext.h"
#include "../domain/textfold.h"
#include "../domain/uuid.h"
#include "database.h"
#include "recordcodec.h"
#include "searchindex.h"
#include "sql.h"

#include <QCoreApplication>

namespace hubdesk {

RowInserter::RowInserter(const Database &db, EntityType type)
    : m_db(db)
    , m_info(Entities::info(type))
{
    for (const Field &f : m_info.fields) {
        if (f.isSet())
            m_setFields.append(f);
        else
            m_rowFields.append(f);
    }
}

bool RowInserter::storesSortName(EntityType type)
{
    return type == EntityType::Organisation || type == EntityType::Person;
}

bool RowInserter::storesSearchText(EntityType type)
{
    return SearchText::isIndexed(type);
}

QString RowInserter::sortNameOf(const Record &record)
{
    QString key = record.entity() == EntityType::Person
        ? TextFold::fold(record.text(QStringLiteral("last_name")) + QLatin1Char(' ') + record.text(QStringLiteral("first_name")))
        : TextFold::fold(record.text(QStringLiteral("name")));
    // Quotation marks do not count in the order: ”Дигитални Медии” ЕООД sorts under Д.
    static const QString quotes = QStringLiteral("\"'`\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A");
    key.removeIf([](QChar c) { return quotes.contains(c); });
    return key.trimmed();
}

Error RowInserter::prepare()
{
    QStringList columns = {QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("version")};
    for (const Field &f : m_rowFields)
        columns.append(f.key);
    if (storesSortName(m_info.type))
        columns.append(QStringLiteral("sort_name"));
    if (storesSearchText(m_info.type))
        columns.append(QStringLiteral("search_text"));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    if (Error e = m_row.prepare(m_db.handle(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                   .arg(m_info.table, columns.join(QLatin1String(", ")),
                                                        marks.join(QLatin1String(", ")))))
        return e;
    for (const Field &f : m_setFields) {
        auto q = std::make_unique<PreparedStatement>();
        if (Error e = q->prepare(m_db.handle(), QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                                                    .arg(f.joinTable, f.ownerColumn, f.valueColumn)))
            return e;
        m_sets.push_back(std::move(q));
    }
    m_prepared = true;
    return {};
}

Error RowInserter::insert(Record &record)
{
    if (!m_prepared) {
        if (Error e = prepare())
            return e;
    }
    if (record.uuid.isEmpty())
        record.uuid = Uuid::create();
    else if (!Uuid::isValid(record.uuid))
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("Repository", "“%1” is not a valid record identity (UUID).")
                               .arg(record.uuid));
    QString searchText;
    if (storesSearchText(m_info.type)) {
        if (Error e = SearchIndex::textOf(m_db.connection(), record, &searchText))
            return e;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = Timestamp::toText(now);
    int column = 0;
    m_row.bind(++column, record.uuid);
    m_row.bind(++column, nowText);
    m_row.bind(++column, nowText);
    m_row.bind(++column, 1);
    for (const Field &f : m_rowFields)
        m_row.bind(++column, RecordCodec::toSql(f, record.value(f.key)));
    if (storesSortName(m_info.type))
        m_row.bind(++column, sortNameOf(record));
    if (storesSearchText(m_info.type))
        m_row.bind(++column, searchText);
    if (Error e = m_row.run())
        return e;
    record.id = m_row.lastInsertId();
    record.createdAt = now;
    record.updatedAt = now;
    record.version = 1;
    record.deletedAt = QDateTime();
    for (size_t i = 0; i < m_sets.size(); ++i) {
        PreparedStatement &q = *m_sets[i];
        for (const QString &item : record.list(m_setFields.at(int(i)).key)) {
            q.bind(1, record.id);
            q.bind(2, item);
            if (Error e = q.run())
                return e;
        }
    }
    return {};
}

} // namespace hubdesk
