#pragma once

#include "../storage/listquery.h"
#include "../storage/repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

class QThread;

namespace hubdesk {

class Database;
class RowLoader;

// The rows of one entity for a table view. It never reads a table whole: rows are
// fetched a page at a time from the repository (LIMIT/OFFSET in SQL) into a small
// cache, and sorting, search and filters are all done in SQL. Values are shown the
// way the user reads them (translated enumerations, local dates, money with currency).
//
// On a database file the SQL runs in a RowLoader thread with its own connection, so
// the window never waits on it: a row whose page is not there yet shows "Loading…"
// and dataChanged() follows when it arrives. After a new search, filter or trash view
// the first page is read before the count: the model is reset to that page when it
// arrives (until then the rows before stay shown), and the count adds the rest at the
// end (isCounting() until then); after refresh() rows are added or removed at the end
// when the count arrives, so that the selection and the scroll position stay. A sort
// keeps the count and resets at once. An in-memory database has no second connection, so there
// everything is read at once on the caller's thread, as before.
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
    // Pages waiting to be asked for, the newest first: what a view shows and the pages
    // around it; older ones were scrolled past (they are asked for again if shown again).
    static constexpr int WantedPages = 6;
    // One page is asked for at a time, so that the loader always reads the page wanted
    // most urgently next: a deep page of a million rows can take seconds.
    static constexpr int PagesInFlight = 1;

    // Background: on a database file, SQL runs in a loader thread. OnCallerThread: always
    // at once on the caller's thread (small related lists, where a thread costs more than it saves).
    // WhenActivated: like Background, but nothing is read (and no thread started) until
    // activate() or waitForIdle(): a page of the window that is not shown yet, so that the
    // page shown is not slowed by ten others counting their rows on a two-core machine.
    enum class Loading { Background, OnCallerThread, WhenActivated };
    EntityTableModel(Database &db, EntityType type, QObject *parent = nullptr, Loading loading = Loading::Background);
    ~EntityTableModel() override;

    EntityType entity() const { return m_type; }
    // Starts reading a WhenActivated model (its search, filters and sort set until now
    // apply); nothing when it reads already.
    void activate();
    bool isActive() const { return !m_waiting; }
    // The columns shown, as field keys (or "label"); sets are not shown in tables.
    static QStringList defaultColumns(EntityType type);
    void setColumns(const QStringList &keys);
    QStringList columns() const { return m_columns; }

    void setSearch(const QString &text);
    void setFilters(const QList<Filter> &filters);
    void setInTrash(bool inTrash);
    ListQuery query() const { return m_query; }

    // The counts of the rows shown now (they change when a count arrives).
    qint64 shownCount() const { return m_shown; }
    // All rows, in the trash or out of it, without search and filters. On a file it is
    // counted when first asked for, so it may follow in a second countsChanged().
    qint64 totalCount() const;
    // The record id of a row, or 0 while its page is being loaded.
    qint64 idAt(int row) const;
    // The row of a record among the rows fetched so far, or -1.
    int rowOfId(qint64 id) const;
    // The row a record has in the current list (asked of the database at once, through
    // the sort order's index), or -1 when the search or filters leave it out.
    qint64 locate(qint64 id) const;
    // Counts again and reads the rows again (after a change to the data). The rows in
    // the cache stay shown until their new copy arrives.
    void refresh();

    // True while a count or a page is asked for and not back yet (never with an in-memory database).
    bool isLoading() const;
    // True while the rows are being counted: the row count and shownCount() are those of
    // the previous refresh, search, filter or sort (a view may say "counting…").
    bool isCounting() const { return m_countPending; }
    // True while the rows are a new query's first page alone, its count on the way.
    bool isFirstPageOnly() const { return m_firstPageOnly; }
    // For tests and the command line, never for a window: runs a local event loop until
    // nothing is loading or \a timeoutMs passed; true when nothing is loading.
    bool waitForIdle(int timeoutMs = 30000);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Cells of enumerations (not workflow ones), dates, amounts and numbers can be edited
    // in place; setData() saves through the repository with the version the row was read at.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The text a cell shows for a stored value of \a field.
    static QString displayText(const Field &field, const QVariant &stored, const QString &currency);

signals:
    void countsChanged(qint64 shown, qint64 total);
    // A count or a page could not be read (at most once per refresh, search, filter or sort).
    void failed(const QString &message);
    // The rows first..last arrived (dataChanged() has been emitted for them).
    void pageLoaded(int first, int last);
    // Nothing is being loaded any more.
    void loadingFinished();
    // A cell edited in place was saved: the record before and after (for undo).
    void recordEdited(const Record &before, const Record &after);
    // A cell edited in place was not saved, and why (a rule, a conflict, a busy file).
    void editRefused(const QString &message);

private:
    // A page of rows, and the generation (see m_generation) that read it.
    struct Page
    {
        QList<QVariantList> rows;
        quint64 generation = 0;
        bool failed = false;
    };

    // The row, or nullptr (then *loading says whether its page is on its way).
    const QVariantList *rowAt(int row, bool *loading = nullptr) const;
    int viewColumn(int column) const;
    // What a new generation changes: the data (refresh), the query (search, filters, trash
    // view) or only the order (sort).
    enum class Change { Data, Query, Order };
    // Starts a generation: answers to older ones are dropped, a statement of one is interrupted.
    void startGeneration(Change change);
    void loadNow();
    void startLoader();
    void onCounted(quint64 generation, qint64 rows, const QString &error);
    void onTotalCounted(quint64 generation, qint64 rows, const QString &error);
    void onFetched(quint64 generation, int page, const QList<QVariantList> &rows, const QString &error);
    void storePage(int page, const Page &rows) const;
    // A new query's first page arrived before its count: shows it alone until the count.
    void showFirstPage(int rows);
    // Drops the cached pages read for an older refresh, search, filter or sort.
    void dropOtherGenerations();
    bool isCurrent(int page) const;
    void want(int page, bool urgent) const;
    void sendRequests() const;
    void sendLater();
    void reportFailure(const QString &message);
    void finishIfIdle();

    Database &m_db;
    EntityType m_type;
    std::unique_ptr<Repository> m_repository;
    QStringList m_columns;
    QStringList m_listColumns; // what the repository returns
    ListQuery m_query;
    qint64 m_shown = 0;
    qint64 m_total = 0;
    QString m_currency;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent; // page numbers, most recent last

    // Null with an in-memory database: then all SQL runs here, at once.
    RowLoader *m_loader = nullptr;
    QThread *m_thread = nullptr;
    quint64 m_generation = 0; // one more for every refresh, search, filter, sort and trash view
    bool m_countPending = false;
    bool m_waiting = false; // WhenActivated and not activated yet: nothing is read
    bool m_firstPageOnly = false; // see isFirstPageOnly()
    bool m_resetPending = true;  // the query changed since the rows shown were counted
    bool m_totalKnown = false;   // m_total still holds for the data and the trash view
    mutable bool m_totalWanted = false; // totalCount() was asked for and is not known
    mutable bool m_totalPending = false;
    bool m_failureReported = false;
    mutable bool m_wasLoading = false;
    mutable QList<int> m_wanted;  // pages to ask for, most urgent first
    mutable QSet<int> m_inFlight; // pages asked for in this generation, not back yet
};

} // namespace hubdesk
