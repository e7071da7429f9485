#include "searchindex.h"

#include "../domain/searchtext.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace hubdesk {

namespace {

// Text a record is known by but does not hold itself. A startup has no name of its own:
// its label is its organisation's name, so that name is part of the startup's search text
// (and is written again when the organisation is renamed).
struct Borrowed
{
    EntityType borrower;
    const char *reference; // a Reference field of the borrower
    const char *column;    // the column of the referred record that is borrowed
};
const Borrowed borrowedText[] = {
    {EntityType::Startup, "organisation_id", "name"},
};

const EntityInfo &lenderOf(const Borrowed &b)
{
    const Field *f = Entities::info(b.borrower).field(QLatin1String(b.reference));
    Q_ASSERT(f && f->type == FieldType::Reference);
    return Entities::info(f->reference);
}

const QStringList triggerSuffixes = {QStringLiteral("_search_insert"), QStringLiteral("_search_delete"),
                                     QStringLiteral("_search_update")};

using Texts = QList<QPair<qint64, QString>>;

// search_text of stored rows, from the same values in the same order as SearchText::of()
// for the record (sets are joined in their primary-key order, which is sorted, as in a Record).
Error storedTexts(const QSqlDatabase &db, const EntityInfo &info, const QString &where, const QVariantList &binds,
                  int limit, Texts *out)
{
    QStringList exprs = {QStringLiteral("t.id")};
    for (const Field &f : info.fields) {
        if (!SearchText::includes(f))
            continue;
        if (f.isSet())
            exprs.append(QStringLiteral("(SELECT group_concat(j.%1, ' ') FROM %2 j WHERE j.%3 = t.id)")
                             .arg(f.valueColumn, f.joinTable, f.ownerColumn));
        else
            exprs.append(QStringLiteral("t.") + f.key);
    }
    for (const Borrowed &b : borrowedText) {
        if (b.borrower == info.type)
            exprs.append(QStringLiteral("(SELECT x.%1 FROM %2 x WHERE x.id = t.%3)")
                             .arg(QLatin1String(b.column), lenderOf(b).table, QLatin1String(b.reference)));
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY t.id")
                      .arg(exprs.join(QLatin1String(", ")), info.table, where);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Error e = Sql::prepare(q, sql))
        return e;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (Error e = Sql::exec(q))
        return e;
    while (q.next()) {
        QStringList values;
        for (int i = 1; i < exprs.size(); ++i) {
            const QString value = q.value(i).toString();
            if (!value.isEmpty())
                values.append(value);
        }
        out->append({q.value(0).toLongLong(), SearchText::compose(values)});
    }
    q.finish();
    return {};
}

// Writes \a texts; with \a changedOnly, rows whose text is the same are left alone
// (no write, no trigger).
Error writeTexts(const QSqlDatabase &db, const EntityInfo &info, const Texts &texts, bool changedOnly = false)
{
    if (texts.isEmpty())
        return {};
    QSqlQuery q(db);
    if (Error e = Sql::prepare(q, changedOnly ? QStringLiteral("UPDATE %1 SET search_text = ? WHERE id = ? AND search_text IS NOT ?").arg(info.table)
                                              : QStringLiteral("UPDATE %1 SET search_text = ? WHERE id = ?").arg(info.table)))
        return e;
    for (const auto &t : texts) {
        q.addBindValue(t.second);
        q.addBindValue(t.first);
        if (changedOnly)
            q.addBindValue(t.second);
        if (Error e = Sql::exec(q))
            return e;
    }
    return {};
}

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &db)
    : m_db(db)
{
}

SearchIndex::~SearchIndex()
{
    // Nothing to undo here: the transaction that suspend() ran in must roll back.
    if (m_suspended)
        qWarning("SearchIndex: suspended and never resumed; the transaction must not commit");
}

QString SearchIndex::ftsTable(const EntityInfo &info)
{
    return info.table + QStringLiteral("_fts");
}

Error SearchIndex::suspend()
{
    if (m_suspended)
        return {};
    if (!Sql::inTransaction(m_db))
        return Error::make(Error::Code::Internal,
                           QCoreApplication::translate("Storage", "The search index can only be paused inside a transaction."));
    QList<QPair<QString, QString>> triggers;
    QList<EntityType> paused;
    for (EntityType type : Entities::all()) {
        if (!SearchText::isIndexed(type))
            continue;
        const EntityInfo &info = Entities::info(type);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Error e = Sql::prepare(q, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                                     "AND tbl_name = ? AND name IN (?, ?, ?) ORDER BY name")))
            return e;
        q.addBindValue(info.table);
        for (const QString &suffix : triggerSuffixes)
            q.addBindValue(info.table + suffix);
        if (Error e = Sql::exec(q))
            return e;
        while (q.next())
            triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        paused.append(type);
    }
    for (const auto &trigger : triggers) {
        // The name comes from sqlite_schema and is one of the names built above.
        if (Error e = Sql::run(m_db, QStringLiteral("DROP TRIGGER %1").arg(trigger.first)))
            return e;
    }
    m_triggers = triggers;
    m_paused = paused;
    m_suspended = true;
    return {};
}

Error SearchIndex::resume()
{
    if (!m_suspended)
        return {};
    for (const auto &trigger : std::as_const(m_triggers)) {
        if (Error e = Sql::run(m_db, trigger.second))
            return e;
    }
    for (EntityType type : std::as_const(m_paused)) {
        if (Error e = rebuild(m_db, type))
            return e;
    }
    m_triggers.clear();
    m_paused.clear();
    m_suspended = false;
    return {};
}

Error SearchIndex::rebuild(const QSqlDatabase &db, EntityType type)
{
    const QString fts = ftsTable(Entities::info(type));
    return Sql::run(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(fts));
}

Error SearchIndex::textOf(const QSqlDatabase &db, const Record &record, QString *out)
{
    QStringList borrowed;
    for (const Borrowed &b : borrowedText) {
        const QString reference = QLatin1String(b.reference);
        if (b.borrower != record.entity() || !record.has(reference))
            continue;
        Error e;
        const QVariant value = Sql::scalar(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                                   .arg(QLatin1String(b.column), lenderOf(b).table),
                                           {record.integer(reference)}, &e);
        if (e)
            return e;
        if (!value.isNull())
            borrowed.append(value.toString());
    }
    *out = SearchText::of(record, borrowed);
    return {};
}

Error SearchIndex::refreshBorrowers(const QSqlDatabase &db, const Record &before, const Record &after)
{
    for (const Borrowed &b : borrowedText) {
        const QString column = QLatin1String(b.column);
        if (lenderOf(b).type != after.entity() || before.text(column) == after.text(column))
            continue;
        // The records that refer to one record (a startup per organisation): few, read at once.
        const EntityInfo &borrower = Entities::info(b.borrower);
        Texts texts;
        if (Error e = storedTexts(db, borrower, QStringLiteral("t.%1 = ?").arg(QLatin1String(b.reference)),
                                  {after.id}, 0, &texts))
            return e;
        if (Error e = writeTexts(db, borrower, texts))
            return e;
    }
    return {};
}

namespace {

// Computes search_text for every stored row of every indexed entity, in pages by id so
// that a big file is never held in memory, and writes it (\a changedOnly: only where
// it differs).
Error writeAllTexts(const QSqlDatabase &db, bool changedOnly)
{
    for (EntityType type : Entities::all()) {
        if (!SearchText::isIndexed(type))
            continue;
        const EntityInfo &info = Entities::info(type);
        qint64 last = 0;
        for (;;) {
            Texts texts;
            if (Error e = storedTexts(db, info, QStringLiteral("t.id > ?"), {last}, 1000, &texts))
                return e;
            if (texts.isEmpty())
                break;
            if (Error e = writeTexts(db, info, texts, changedOnly))
                return e;
            last = texts.constLast().first;
        }
    }
    return {};
}

} // namespace

Error SearchIndex::fill(const QSqlDatabase &db)
{
    SearchIndex index(db);
    if (Error e = index.suspend())
        return e;
    if (Error e = writeAllTexts(db, false))
        return e;
    return index.resume();
}

Error SearchIndex::refresh(const QSqlDatabase &db)
{
    return writeAllTexts(db, true);
}

} // namespace hubdesk
