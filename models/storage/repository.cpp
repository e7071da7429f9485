#include "repository.h"

#include "../domain/rules.h"
#include "../domain/searchtext.h"
#include "auditlog.h"
#include "database.h"
#include "recordcodec.h"
#include "rowinserter.h"
#include "searchindex.h"
#include "sql.h"
#include "trash.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hubdesk {

namespace {

const QStringList commonColumns = {QStringLiteral("id"),         QStringLiteral("uuid"),
                                   QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                   QStringLiteral("version"),    QStringLiteral("deleted_at")};

bool listHasSortName(EntityType type)
{
    return RowInserter::storesSortName(type) || type == EntityType::Startup;
}

// Escapes LIKE wildcards so that a search for "50%" finds "50%".
QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 query that matches each spelling literally, as a substring: every spelling is
// one FTS5 string (an embedded double quote is doubled), joined by OR, so that nothing a
// user types (OR, NEAR(, *, :, ^, quotes) is read as query syntax.
QString ftsQuery(const QStringList &spellings)
{
    QStringList strings;
    for (QString s : spellings)
        strings.append(QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
    return strings.join(QLatin1String(" OR "));
}

} // namespace

Repository::Repository(Database &db, EntityType type)
    : m_db(db)
    , m_info(Entities::info(type))
{
}

Problems Repository::validate(const Record &record) const
{
    Problems problems = Rules::validate(record);
    problems += contextProblems(record);
    return problems;
}

Problems Repository::contextProblems(const Record &record) const
{
    // Every reference must name a live record: a clearer message than the foreign key's.
    Problems problems;
    for (const Field &f : m_info.fields) {
        if (f.type != FieldType::Reference || !record.has(f.key))
            continue;
        const EntityInfo &target = Entities::info(f.reference);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL, label FROM %1 WHERE id = ?").arg(target.listView));
        q.addBindValue(record.integer(f.key));
        if (!q.exec())
            continue; // a failing look-up is reported by the write itself
        if (!q.next()) {
            problems.append({m_info.type, f.key,
                             QCoreApplication::translate("Repository", "the %1 #%2 does not exist").arg(target.singularLabel().toLower()).arg(record.integer(f.key))});
        } else if (q.value(0).toBool()) {
            problems.append({m_info.type, f.key,
                             QCoreApplication::translate("Repository", "“%1” is in the trash; restore it first").arg(q.value(1).toString())});
        }
    }
    return problems;
}

Error Repository::checkUpdate(const Record &, const Record &) const
{
    return {};
}

Error Repository::afterCreate(Record &)
{
    return {};
}

Error Repository::afterUpdate(const Record &, Record &)
{
    return {};
}

Error Repository::create(Record &record)
{
    if (Error e = m_db.writeRefusal())
        return e;
    RecordCodec::normalise(record);
    const Record original = record;
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    const Problems problems = validate(record);
    if (!problems.isEmpty())
        return Error::validation(problems);
    Error e = insertRow(record);
    if (!e)
        e = afterCreate(record);
    if (!e)
        e = AuditLog::write(m_db, QStringLiteral("insert"), m_info.key, record.id, record.uuid,
                            AuditLog::insertChanges(record));
    if (!e)
        e = tx.commit();
    if (e)
        record = original;
    return e;
}

Error Repository::insertRow(Record &record)
{
    RowInserter inserter(m_db, m_info.type);
    if (Error e = inserter.insert(record))
        return e;
    return {};
}

Error Repository::update(Record &record)
{
    if (Error e = m_db.writeRefusal())
        return e;
    if (record.id <= 0)
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("Repository", "This %1 has not been saved yet.").arg(m_info.singularLabel().toLower()));
    RecordCodec::normalise(record);
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    Record before;
    if (Error e = get(record.id, &before, true))
        return e;
    if (before.deletedAt.isValid())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Repository", "This %1 was moved to the trash; restore it before changing it.")
                               .arg(m_info.singularLabel().toLower()));
    if (before.version != record.version)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("Repository", "This %1 was changed by someone else (version %2 is stored, you edited version %3). "
                              "Nothing was overwritten.")
                               .arg(m_info.singularLabel().toLower())
                               .arg(before.version)
                               .arg(record.version));
    if (Error e = checkUpdate(before, record))
        return e;
    const QJsonObject changes = AuditLog::diff(before, record);
    if (changes.isEmpty())
        return tx.commit(); // nothing changed: no new version, no audit line
    const Problems problems = validate(record);
    if (!problems.isEmpty())
        return Error::validation(problems);
    Error e = updateRow(before, record);
    if (!e)
        e = afterUpdate(before, record);
    if (!e)
        e = AuditLog::write(m_db, QStringLiteral("update"), m_info.key, record.id, record.uuid, changes);
    if (!e)
        e = tx.commit();
    if (e) {
        record.version = before.version;
        record.updatedAt = before.updatedAt;
    }
    return e;
}

Error Repository::updateRow(const Record &before, Record &after)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList sets = {QStringLiteral("updated_at = ?"), QStringLiteral("version = version + 1")};
    QVariantList values = {Timestamp::toText(now)};
    for (const Field &f : RecordCodec::rowFields(m_info)) {
        sets.append(f.key + QStringLiteral(" = ?"));
        values.append(RecordCodec::toSql(f, after.value(f.key)));
    }
    if (RowInserter::storesSortName(m_info.type)) {
        sets.append(QStringLiteral("sort_name = ?"));
        values.append(RowInserter::sortNameOf(after));
    }
    if (RowInserter::storesSearchText(m_info.type)) {
        QString searchText;
        if (Error e = SearchIndex::textOf(m_db.connection(), after, &searchText))
            return e;
        sets.append(QStringLiteral("search_text = ?"));
        values.append(searchText);
    }
    values.append(after.id);
    values.append(before.version);
    QSqlQuery q(m_db.connection());
    if (Error e = Sql::prepare(q, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                                      .arg(m_info.table, sets.join(QLatin1String(", ")))))
        return e;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Error e = Sql::exec(q))
        return e;
    if (q.numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("Repository", "This %1 was changed by someone else while saving. Nothing was overwritten.")
                               .arg(m_info.singularLabel().toLower()));
    after.version = before.version + 1;
    after.updatedAt = now;
    after.createdAt = before.createdAt;
    after.uuid = before.uuid;
    if (Error e = writeSets(after, true))
        return e;
    // Records known by this one's text (the startup of a renamed organisation) follow it.
    return SearchIndex::refreshBorrowers(m_db.connection(), before, after);
}

Error Repository::writeSets(const Record &record, bool replace)
{
    for (const Field &f : m_info.fields) {
        if (!f.isSet())
            continue;
        if (replace) {
            if (Error e = Sql::run(m_db.connection(),
                                   QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(f.joinTable, f.ownerColumn),
                                   {record.id}))
                return e;
        }
        const QStringList items = record.list(f.key);
        if (items.isEmpty())
            continue;
        QSqlQuery q(m_db.connection());
        if (Error e = Sql::prepare(q, QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                                          .arg(f.joinTable, f.ownerColumn, f.valueColumn)))
            return e;
        for (const QString &item : items) {
            q.addBindValue(record.id);
            q.addBindValue(item);
            if (Error e = Sql::exec(q))
                return e;
        }
    }
    return {};
}

Error Repository::loadSets(Record &record) const
{
    for (const Field &f : m_info.fields) {
        if (!f.isSet())
            continue;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (Error e = Sql::prepare(q, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
                                          .arg(f.valueColumn, f.joinTable, f.ownerColumn)))
            return e;
        q.addBindValue(record.id);
        if (Error e = Sql::exec(q))
            return e;
        QStringList items;
        while (q.next())
            items.append(q.value(0).toString());
        items.sort(); // the same order as RecordCodec::normalise, whatever SQLite's collation
        record.setValue(f.key, items);
    }
    return {};
}

Error Repository::readRecord(const QString &where, const QVariant &key, Record *out, bool includeTrashed) const
{
    const QStringList rowColumns = RecordCodec::rowColumns(m_info);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Error e = Sql::prepare(q, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ?")
                                      .arg(commonColumns.join(QLatin1String(", ")),
                                           rowColumns.join(QLatin1String(", ")), m_info.table, where)))
        return e;
    q.addBindValue(key);
    if (Error e = Sql::exec(q))
        return e;
    if (!q.next() || (!includeTrashed && !q.value(5).isNull()))
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Repository", "The %1 %2 does not exist (it may have been deleted).")
                               .arg(m_info.singularLabel().toLower(), key.toString()));
    Record r(m_info.type);
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.createdAt = Timestamp::fromText(q.value(2).toString());
    r.updatedAt = Timestamp::fromText(q.value(3).toString());
    r.version = q.value(4).toInt();
    r.deletedAt = Timestamp::fromText(q.value(5).toString());
    const QList<Field> fields = RecordCodec::rowFields(m_info);
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant v = RecordCodec::fromSql(fields[i], q.value(commonColumns.size() + i));
        if (!v.isNull())
            r.setValue(fields[i].key, v);
    }
    q.finish();
    if (Error e = loadSets(r))
        return e;
    *out = r;
    return {};
}

Error Repository::get(qint64 id, Record *out, bool includeTrashed) const
{
    return readRecord(QStringLiteral("id"), id, out, includeTrashed);
}

Error Repository::getByUuid(const QString &uuid, Record *out, bool includeTrashed) const
{
    return readRecord(QStringLiteral("uuid"), uuid, out, includeTrashed);
}

Error Repository::trash(qint64 id, QString *batch)
{
    return Trash::moveToTrash(m_db, m_info.type, id, batch);
}

QStringList Repository::listColumns() const
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("version"),
                           QStringLiteral("updated_at"), QStringLiteral("deleted_at"), QStringLiteral("label")};
    for (const Field &f : m_info.fields) {
        if (!f.isStoredInRow())
            continue;
        columns.append(f.key);
        if (f.type == FieldType::Reference)
            columns.append(f.key + QStringLiteral("_label"));
    }
    return columns;
}

QString Repository::columnFor(const QString &key, Error *error) const
{
    if (key == QLatin1String("label") && listHasSortName(m_info.type))
        return QStringLiteral("t.sort_name");
    if (key == QLatin1String("name") && m_info.type == EntityType::Organisation)
        return QStringLiteral("t.sort_name");
    if (listColumns().contains(key) || key == QLatin1String("created_at"))
        return QStringLiteral("t.") + key;
    *error = Error::make(Error::Code::Internal, QCoreApplication::translate("Repository", "Unknown column “%1” for %2.").arg(key, m_info.table));
    return {};
}

QString Repository::whereClause(const ListQuery &query, QVariantList *binds, Error *error) const
{
    QStringList conditions;
    conditions.append(query.inTrash ? QStringLiteral("t.deleted_at IS NOT NULL") : QStringLiteral("t.deleted_at IS NULL"));
    for (const Filter &filter : query.filters) {
        const Field *field = m_info.field(filter.key);
        auto toSql = [field](const QVariant &v) { return field ? RecordCodec::toSql(*field, v) : v; };
        if (filter.op == Filter::Op::Has) {
            if (!field || !field->isSet()) {
                *error = Error::make(Error::Code::Internal, QCoreApplication::translate("Repository", "“%1” is not a list field.").arg(filter.key));
                return {};
            }
            conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM %1 j WHERE j.%2 = t.id AND j.%3 = ?)")
                                  .arg(field->joinTable, field->ownerColumn, field->valueColumn));
            binds->append(filter.value);
            continue;
        }
        const QString column = columnFor(filter.key, error);
        if (*error)
            return {};
        switch (filter.op) {
        case Filter::Op::Equals:
            if (isBlank(filter.value)) {
                conditions.append(column + QStringLiteral(" IS NULL"));
            } else {
                conditions.append(column + QStringLiteral(" = ?"));
                binds->append(toSql(filter.value));
            }
            break;
        case Filter::Op::In: {
            if (filter.values.isEmpty()) {
                conditions.append(QStringLiteral("0"));
                break;
            }
            QStringList marks;
            for (const QVariant &v : filter.values) {
                marks.append(QStringLiteral("?"));
                binds->append(toSql(v));
            }
            conditions.append(column + QStringLiteral(" IN (") + marks.join(QLatin1String(", ")) + QLatin1Char(')'));
            break;
        }
        case Filter::Op::Range:
            if (!isBlank(filter.value)) {
                conditions.append(column + QStringLiteral(" >= ?"));
                binds->append(toSql(filter.value));
            }
            if (!isBlank(filter.to)) {
                conditions.append(column + QStringLiteral(" <= ?"));
                binds->append(toSql(filter.to));
            }
            break;
        case Filter::Op::Has:
            break;
        }
    }
    if (SearchText::isIndexed(m_info.type)) {
        for (const QString &word : SearchText::queryWords(query.search))
            conditions.append(searchCondition(word, binds));
        return conditions.join(QLatin1String(" AND "));
    }
    // Entities without a search index (few rows, rarely searched) match words with LIKE.
    const QStringList words = query.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QStringList searchable = {QStringLiteral("t.label")};
        for (const Field &f : m_info.fields) {
            if (f.type == FieldType::Text || f.type == FieldType::LongText || f.type == FieldType::Email)
                searchable.append(QStringLiteral("t.") + f.key);
            if (f.type == FieldType::Reference)
                searchable.append(QStringLiteral("t.") + f.key + QStringLiteral("_label"));
        }
        for (const QString &word : words) {
            QStringList any;
            for (const QString &column : searchable) {
                any.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
                binds->append(likePattern(word));
            }
            conditions.append(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
        }
    }
    return conditions.join(QLatin1String(" AND "));
}

QString Repository::searchCondition(const QString &word, QVariantList *binds, SearchForm form) const
{
    // The references whose target has a search index: a record is also found by the text of
    // what it refers to (an interaction by its stakeholder's name, a session by its startup's).
    QList<Field> references;
    for (const Field &f : m_info.fields) {
        if (f.type == FieldType::Reference && SearchText::isIndexed(f.reference))
            references.append(f);
    }
    const QStringList spellings = SearchText::spellings(word);
    bool trigram = true;
    for (const QString &s : spellings)
        trigram = trigram && SearchText::characters(s) >= 3;
    const auto like = [&spellings, binds](const QString &column) {
        QStringList any;
        for (const QString &s : spellings) {
            any.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            binds->append(likePattern(s));
        }
        return any.join(QLatin1String(" OR "));
    };
    if (trigram && form == SearchForm::PerRow) {
        // Row by row: the record's own folded text holds the word (what its trigram index
        // finds), or what it refers to is among the few records whose index finds it.
        QStringList any = {like(QStringLiteral("t.search_text"))};
        const QString match = ftsQuery(spellings);
        for (const Field &f : references) {
            any.append(QStringLiteral("t.%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                           .arg(f.key, SearchIndex::ftsTable(Entities::info(f.reference))));
            binds->append(match);
        }
        return QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (trigram) {
        // One set of ids, from the record's own index and those of what it refers to, so that
        // SQLite looks rows up by id from the matches instead of scanning the list.
        const QString match = ftsQuery(spellings);
        const QString fts = SearchIndex::ftsTable(m_info);
        QStringList sources = {QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(fts)};
        binds->append(match);
        for (const Field &f : references) {
            sources.append(QStringLiteral("SELECT id FROM %1 WHERE %2 IN (SELECT rowid FROM %3 WHERE %3 MATCH ?)")
                               .arg(m_info.table, f.key, SearchIndex::ftsTable(Entities::info(f.reference))));
            binds->append(match);
        }
        return QStringLiteral("t.id IN (") + sources.join(QLatin1String(" UNION ")) + QLatin1Char(')');
    }
    // A trigram index cannot look up fewer than three characters: such a word is matched
    // with LIKE on the same folded text (a scan, which a word that short costs anyway).
    QStringList any = {like(QStringLiteral("t.search_text"))};
    for (const Field &f : references)
        any.append(QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE %3)")
                       .arg(f.key, Entities::info(f.reference).table, like(QStringLiteral("search_text"))));
    return QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QString Repository::orderClause(const ListQuery &query, Error *error) const
{
    const QString key = query.sortKey.isEmpty() ? m_info.defaultSort : query.sortKey;
    const Field *field = m_info.field(key);
    QString column;
    if (field && field->type == FieldType::Enum) {
        column = QStringLiteral("(SELECT position FROM %1 WHERE key = t.%2)").arg(Enums::lookupTable(field->enumType), field->key);
    } else if (field && field->type == FieldType::Reference) {
        column = QStringLiteral("t.") + key + QStringLiteral("_label");
    } else {
        column = columnFor(key, error);
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    return column + direction + QStringLiteral(", t.id") + direction;
}

bool Repository::onBaseTable(const ListQuery &query, const QString &order) const
{
    // The list view joins the labels of referenced records; at a million rows a count
    // or a deep page through those joins takes seconds. When neither the conditions
    // nor the order need a label, they run on the table itself (and its partial
    // indexes of live rows), and only the page's rows are read from the view.
    if (!query.search.trimmed().isEmpty() && !SearchText::isIndexed(m_info.type))
        return false;
    QSet<QString> base = {QStringLiteral("id"),         QStringLiteral("uuid"),       QStringLiteral("version"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
    for (const QString &c : RecordCodec::rowColumns(m_info))
        base.insert(c);
    if (RowInserter::storesSortName(m_info.type))
        base.insert(QStringLiteral("sort_name"));
    static const QRegularExpression column(QStringLiteral("\\bt\\.(\\w+)"));
    auto allBase = [&base](const QString &sql) {
        auto it = column.globalMatch(sql);
        while (it.hasNext()) {
            if (!base.contains(it.next().captured(1)))
                return false;
        }
        return true;
    };
    if (!allBase(order))
        return false;
    for (const Filter &f : query.filters) {
        Error ignored;
        if (f.op != Filter::Op::Has && !allBase(columnFor(f.key, &ignored)))
            return false;
    }
    return true;
}

qint64 Repository::positionOf(const ListQuery &query, qint64 id, Error *error) const
{
    Error e;
    QVariantList binds;
    const QString where = whereClause(query, &binds, &e);
    const QString order = e ? QString() : orderClause(query, &e);
    qint64 position = -1;
    if (!e) {
        // The sort expression is what orderClause puts before ", t.id".
        const QString x = order.left(order.lastIndexOf(QLatin1String(", t.id"))).remove(QLatin1String(" DESC"));
        const QString source = onBaseTable(query, order) ? m_info.table : m_info.listView;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        e = Sql::prepare(q, QStringLiteral("SELECT %1 FROM %2 t WHERE %3 AND t.id = ?").arg(x, source, where));
        if (!e) {
            for (const QVariant &v : binds)
                q.addBindValue(v);
            q.addBindValue(id);
            e = Sql::exec(q);
        }
        const bool found = !e && q.next();
        const QVariant value = found ? q.value(0) : QVariant();
        q.finish();
        if (found) {
            // The rows before it. SQLite puts NULLs first going up and last going down.
            QString before;
            QVariantList more = binds;
            if (value.isNull()) {
                before = query.descending ? QStringLiteral("(%1 IS NOT NULL OR t.id > ?)").arg(x)
                                          : QStringLiteral("(%1 IS NULL AND t.id < ?)").arg(x);
                more << id;
            } else {
                before = query.descending ? QStringLiteral("(%1 > ? OR (%1 = ? AND t.id > ?))").arg(x)
                                          : QStringLiteral("(%1 IS NULL OR %1 < ? OR (%1 = ? AND t.id < ?))").arg(x);
                more << value << value << id;
            }
            position = Sql::scalar(m_db.connection(),
                                   QStringLiteral("SELECT count(*) FROM %1 t WHERE %2 AND %3").arg(source, where, before),
                                   more, &e)
                           .toLongLong();
        }
    }
    if (error)
        *error = e;
    return e ? -1 : position;
}

RowSet Repository::list(const ListQuery &asked, Error *error) const
{
    Error e;
    RowSet result;
    result.columns = listColumns();
    // Past the middle of a counted list, the same rows are read in the opposite order from
    // the end and put back in order. The order is total (the sort key, then the id), and
    // SQLite puts NULLs first ascending and last descending, so the reverse order is exactly
    // the order reversed.
    ListQuery query = asked;
    const bool fromEnd = asked.rowsInList > 0 && asked.offset > asked.rowsInList / 2 && asked.offset < asked.rowsInList;
    if (fromEnd) {
        const qint64 end = std::min(asked.rowsInList, asked.offset + asked.limit);
        query.descending = !asked.descending;
        query.limit = int(end - asked.offset);
        query.offset = asked.rowsInList - end;
    }
    QVariantList binds;
    const QString where = whereClause(query, &binds, &e);
    const QString order = e ? QString() : orderClause(query, &e);
    QStringList selected;
    for (const QString &c : result.columns)
        selected.append(QStringLiteral("t.") + c);
    const bool onBase = !e && onBaseTable(query, order);
    bool done = false;
    if (onBase && query.offset == 0 && query.limit > 0 && SearchText::isIndexed(m_info.type)
        && !SearchText::queryWords(query.search).isEmpty()) {
        // The first page of a search, first from the first rows of the list alone: a common
        // word has its first page among them, and testing those rows one by one is cheap,
        // where the set of all matches below costs hundreds of milliseconds at a million rows
        // (an interaction is also found by its stakeholder's or person's name). Whole only
        // when it holds a page: the first matches among the first rows are the first
        // matches of the list.
        ListQuery plain = query;
        plain.search.clear();
        QVariantList probeBinds;
        const QString plainWhere = whereClause(plain, &probeBinds, &e);
        // In the order of the statement's placeholders: the plain conditions, the first rows,
        // the search words, the page.
        QVariantList wordBinds;
        QStringList words;
        for (const QString &word : SearchText::queryWords(query.search))
            words.append(searchCondition(word, &wordBinds, SearchForm::PerRow));
        probeBinds << FirstRowsSearched << wordBinds << query.limit;
        // The first rows carry only what the test and the order need (not their notes).
        QStringList carried = {QStringLiteral("t.id"), QStringLiteral("t.search_text")};
        static const QRegularExpression column(QStringLiteral("\\bt\\.(\\w+)"));
        for (const QString &sql : {order, words.join(QLatin1Char(' '))}) {
            auto it = column.globalMatch(sql);
            while (it.hasNext()) {
                const QString c = QStringLiteral("t.") + it.next().captured(1);
                if (!carried.contains(c))
                    carried.append(c);
            }
        }
        if (!e) {
            e = readRows(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id IN (SELECT t.id FROM (SELECT %3 FROM %4 t WHERE %5 "
                                        "ORDER BY %6 LIMIT ?) t WHERE %7 ORDER BY %6 LIMIT ?) ORDER BY %6")
                             .arg(selected.join(QLatin1String(", ")), m_info.listView, carried.join(QLatin1String(", ")),
                                  m_info.table, plainWhere, order, words.join(QLatin1String(" AND "))),
                         probeBinds, &result);
            done = !e && result.rows.size() == query.limit;
            if (!done)
                result.rows.clear();
        }
    }
    if (!e && !done) {
        const QString sql = onBase
            ? QStringLiteral("SELECT %1 FROM %2 t WHERE t.id IN (SELECT t.id FROM %3 t WHERE %4 ORDER BY %5 LIMIT ? OFFSET ?) "
                             "ORDER BY %5")
                  .arg(selected.join(QLatin1String(", ")), m_info.listView, m_info.table, where, order)
            : QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                  .arg(selected.join(QLatin1String(", ")), m_info.listView, where, order);
        binds << query.limit << query.offset;
        e = readRows(sql, binds, &result);
    }
    if (fromEnd)
        std::reverse(result.rows.begin(), result.rows.end());
    if (error)
        *error = e;
    return result;
}

Error Repository::readRows(const QString &sql, const QVariantList &binds, RowSet *result) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, sql);
    if (!e) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        e = Sql::exec(q);
    }
    const int n = int(result->columns.size());
    while (!e && q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row.append(q.value(i));
        result->rows.append(row);
    }
    // A step that fails half-way (interrupted, disk error) ends next(): never a silent half page.
    if (!e && q.lastError().isValid())
        e = Sql::fromSqlError(q.lastError());
    if (e)
        result->rows.clear();
    q.finish();
    return e;
}

Error Repository::selectAll(const ListQuery &query, const QStringList &expressions, QSqlQuery *statement) const
{
    // The same conditions and order as list(), so that an export has the rows a page shows
    // in the order it shows them. Without LIMIT there is nothing to gain from the base
    // table (see onBaseTable): the view's joins cost one look-up per row either way.
    Error e;
    QVariantList binds;
    const QString where = whereClause(query, &binds, &e);
    const QString order = e ? QString() : orderClause(query, &e);
    if (e)
        return e;
    statement->setForwardOnly(true);
    if (Error p = Sql::prepare(*statement, QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY %4")
                                               .arg(expressions.join(QLatin1String(", ")), m_info.listView, where, order)))
        return p;
    for (const QVariant &v : binds)
        statement->addBindValue(v);
    return Sql::exec(*statement);
}

qint64 Repository::count(const ListQuery &query, Error *error) const
{
    Error e;
    qint64 n = 0;
    if (query.filters.isEmpty() && query.search.trimmed().isEmpty()) {
        // All live rows: count(*) of the whole table reads its smallest index (30 ms for a
        // million interactions), the trash its partial index; "WHERE deleted_at IS NULL"
        // would read every row (300 ms). deleted_at and deleted_batch are set together.
        const QString inTrash = QStringLiteral("(SELECT count(*) FROM %1 WHERE deleted_batch IS NOT NULL)").arg(m_info.table);
        const QString sql = query.inTrash ? QStringLiteral("SELECT %1").arg(inTrash)
                                          : QStringLiteral("SELECT (SELECT count(*) FROM %1) - %2").arg(m_info.table, inTrash);
        n = Sql::scalar(m_db.connection(), sql, {}, &e).toLongLong();
    } else {
        QVariantList binds;
        const QString where = whereClause(query, &binds, &e);
        if (!e)
            n = Sql::scalar(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM %1 t WHERE %2")
                                .arg(onBaseTable(query, QString()) ? m_info.table : m_info.listView, where),
                            binds, &e)
                    .toLongLong();
    }
    if (error)
        *error = e;
    return n;
}

} // namespace hubdesk
