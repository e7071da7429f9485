#pragma once

#include "../storage/listquery.h"
#include "../storage/repository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace hubdesk {

class Database;

// The rows of one entity for a table view. It never reads a table whole: rows are
// fetched a page at a time from the repository (LIMIT/OFFSET in SQL) into a small
// cache, and sorting, search and filters are all done in SQL. Values are shown the
// way the user reads them (translated enumerations, local dates, money with currency).
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the record id (qint64)
        RawRole,                   // the stored value of the cell
        KeyRole,                   // the column's field key
    };
    static constexpr int PageSize = 100;
    static constexpr int CachedPages = 40;

    EntityTableModel(Database &db, EntityType type, QObject *parent = nullptr);
    ~EntityTableModel() override;

    EntityType entity() const { return m_type; }
    // The columns shown, as field keys (or "label"); sets are not shown in tables.
    static QStringList defaultColumns(EntityType type);
    void setColumns(const QStringList &keys);
    QStringList columns() const { return m_columns; }

    void setSearch(const QString &text);
    void setFilters(const QList<Filter> &filters);
    void setInTrash(bool inTrash);
    ListQuery query() const { return m_query; }

    qint64 shownCount() const { return m_shown; }
    qint64 totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    // The row of a record among the rows fetched so far, or -1.
    int rowOfId(qint64 id) const;
    // Counts again and drops the cached rows (after a change to the data).
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The text a cell shows for a stored value of \a field.
    static QString displayText(const Field &field, const QVariant &stored, const QString &currency);

signals:
    void countsChanged(qint64 shown, qint64 total);
    void failed(const QString &message);

private:
    const QVariantList *rowAt(int row) const;
    int viewColumn(int column) const;

    Database &m_db;
    EntityType m_type;
    std::unique_ptr<Repository> m_repository;
    QStringList m_columns;
    QStringList m_listColumns; // what the repository returns
    ListQuery m_query;
    qint64 m_shown = 0;
    qint64 m_total = 0;
    QString m_currency;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recent last
};

} // namespace hubdesk
