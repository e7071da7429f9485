#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hubdesk {

// One condition of a list: every condition is turned into SQL with bound values.
struct Filter
{
    enum class Op {
        Equals,  // column = value (a null value: column IS NULL)
        In,      // column IN (values)
        Range,   // from <= column <= to; either end may be null
        Has,     // a set field (EnumSet/TagList) contains value
    };
    QString key; // a field key, or a column of the list view
    Op op = Op::Equals;
    QVariant value; // Equals, Has; Range: from
    QVariant to;    // Range: to
    QVariantList values; // In

    static Filter equals(const QString &key, const QVariant &value) { return {key, Op::Equals, value, {}, {}}; }
    static Filter in(const QString &key, const QVariantList &values) { return {key, Op::In, {}, {}, values}; }
    static Filter range(const QString &key, const QVariant &from, const QVariant &to)
    {
        return {key, Op::Range, from, to, {}};
    }
    static Filter has(const QString &key, const QVariant &value) { return {key, Op::Has, value, {}, {}}; }
};

// What a page of a list asks for. Sorting, filtering and paging are all done in SQL.
struct ListQuery
{
    QString search;          // words that must all appear in the record's searchable text
    QList<Filter> filters;   // all must hold
    QString sortKey;         // a field key or list-view column; empty: the entity's default
    bool descending = false;
    qint64 offset = 0;
    int limit = 200;
    bool inTrash = false; // list records in the trash instead of live ones
    // The rows of the list, when the caller has counted them (else -1). A page past the
    // middle is then read in the opposite order from the end: OFFSET steps over every row
    // before the page, so the last page of a million rows took 60–110 ms, now about 1 ms.
    qint64 rowsInList = -1;
};

// A page of rows. Columns are list-view columns: "id", "uuid", "version",
// "updated_at", "label", every row-stored field key and "<reference>_label".
struct RowSet
{
    QStringList columns;
    QList<QVariantList> rows;

    int column(const QString &name) const { return int(columns.indexOf(name)); }
    QVariant value(int row, const QString &name) const
    {
        const int c = column(name);
        return c < 0 ? QVariant() : rows.at(row).at(c);
    }
};

} // namespace hubdesk
