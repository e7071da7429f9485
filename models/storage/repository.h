#pragma once

#include "../domain/record.h"
#include "error.h"
#include "listquery.h"

class QSqlQuery;

namespace hubdesk {

class Database;

// Create, read, versioned update, trash and paged lists for one entity, driven by
// its EntityInfo. Entities with more behaviour derive from it (startups, vouchers …).
// Every write is one transaction (nested ones become savepoints) with its audit line.
class Repository
{
public:
    Repository(Database &db, EntityType type);
    virtual ~Repository() = default;
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    const EntityInfo &info() const { return m_info; }
    Database &database() const { return m_db; }

    // Stores a new record: fills in id, uuid (unless given), timestamps and version 1.
    virtual Error create(Record &record);
    // Reads a live record (or one in the trash when \a includeTrashed).
    Error get(qint64 id, Record *out, bool includeTrashed = false) const;
    Error getByUuid(const QString &uuid, Record *out, bool includeTrashed = false) const;
    // Stores changes to a record read earlier. Refused with Error::Code::Conflict when
    // the stored version is no longer record.version (someone else saved in between).
    virtual Error update(Record &record);
    // Moves a record and what cannot stand without it to the trash (see Trash).
    Error trash(qint64 id, QString *batch = nullptr);

    // All problems of a record: the domain rules and the rules that need the database.
    Problems validate(const Record &record) const;

    RowSet list(const ListQuery &query, Error *error = nullptr) const;
    qint64 count(const ListQuery &query, Error *error = nullptr) const;
    // The row record \a id has in the list \a query asks for (0 first), or -1 when it is
    // not in that list. Counts through the sort order's index, so a jump stays fast.
    qint64 positionOf(const ListQuery &query, qint64 id, Error *error = nullptr) const;

    // The columns a list returns, in order.
    QStringList listColumns() const;

    // Every record \a query lists (its offset and limit aside) in its order, as one
    // forward-only statement selecting \a expressions from the list view (named t): for
    // exports, which read a list of any length once. One statement reads one snapshot of
    // the file, so records saved by others meanwhile neither appear twice nor go missing,
    // as they could between pages. \a expressions are made from entity descriptions only.
    Error selectAll(const ListQuery &query, const QStringList &expressions, QSqlQuery *statement) const;

protected:
    // Rules that need the database (references exist and are live, …).
    virtual Problems contextProblems(const Record &record) const;
    // Refuses changes that a plain update must not make (workflow fields, …).
    virtual Error checkUpdate(const Record &before, const Record &after) const;
    // Hooks inside the write transaction, after the row is written.
    virtual Error afterCreate(Record &record);
    virtual Error afterUpdate(const Record &before, Record &after);

    // The raw writes, for derived repositories that run their own transaction.
    Error insertRow(Record &record);
    Error updateRow(const Record &before, Record &after);
    Error readRecord(const QString &where, const QVariant &key, Record *out, bool includeTrashed) const;

    Database &m_db;
    const EntityInfo &m_info;

public:
    // How many rows of a list the first page of a search looks at one by one first (see
    // list()): the statement reads them as "(SELECT … FROM <table> t WHERE … LIMIT 5000) t".
    static constexpr int FirstRowsSearched = 5000;

private:
    Error writeSets(const Record &record, bool replace);
    Error loadSets(Record &record) const;
    QString whereClause(const ListQuery &query, QVariantList *binds, Error *error) const;
    // Set: the ids of all matches from the search indexes (for counts and pages anywhere).
    // PerRow: a test of one row, for the first rows of a list read in order.
    enum class SearchForm { Set, PerRow };
    // The condition one folded search word puts on a list of an entity with a search index.
    QString searchCondition(const QString &word, QVariantList *binds, SearchForm form = SearchForm::Set) const;
    // Runs a SELECT of list columns and appends its rows to \a result (none on an error).
    Error readRows(const QString &sql, const QVariantList &binds, RowSet *result) const;
    QString columnFor(const QString &key, Error *error) const;
    QString orderClause(const ListQuery &query, Error *error) const;
    bool onBaseTable(const ListQuery &query, const QString &order) const;
};

} // namespace hubdesk
