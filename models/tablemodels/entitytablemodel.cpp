#include "entitytablemodel.h"

#include "../domain/countries.h"
#include "../domain/money.h"
#include "../domain/plaintext.h"
#include "../storage/database.h"
#include "../storage/repositories.h"
#include "../storage/settingsrepository.h"
#include "rowloader.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLocale>
#include <QThread>
#include <QTimer>

#include <limits>

namespace hubdesk {

EntityTableModel::EntityTableModel(Database &db, EntityType type, QObject *parent, Loading loading)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_type(type)
    , m_repository(Repositories::create(db, type))
{
    m_listColumns = m_repository->listColumns();
    m_columns = defaultColumns(type);
    m_currency = SettingsRepository(db).currency(); // one row of a small table
    if (!db.isInMemory() && loading == Loading::WhenActivated) {
        m_waiting = true;
        return;
    }
    if (!db.isInMemory() && loading == Loading::Background)
        startLoader();
    startGeneration(Change::Query);
}

void EntityTableModel::activate()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    startLoader();
    startGeneration(Change::Query);
}

EntityTableModel::~EntityTableModel()
{
    if (m_loader) {
        // A statement still running is interrupted; the loader then closes its connection
        // in its own thread (it is deleted when the thread finishes).
        m_loader->cancelBefore(std::numeric_limits<quint64>::max());
        m_thread->quit();
        m_thread->wait();
        m_loader = nullptr;
    }
}

void EntityTableModel::startLoader()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("rows:") + Entities::info(m_type).key);
    m_loader = new RowLoader(m_db, m_type);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &RowLoader::counted, this, &EntityTableModel::onCounted);
    connect(m_loader, &RowLoader::totalCounted, this, &EntityTableModel::onTotalCounted);
    connect(m_loader, &RowLoader::fetched, this, &EntityTableModel::onFetched);
    m_thread->start();
    // The connection is opened in the loader's thread: a connection belongs to the thread that opened it.
    QMetaObject::invokeMethod(m_loader, &RowLoader::open, Qt::QueuedConnection);
}

QStringList EntityTableModel::defaultColumns(EntityType type)
{
    auto list = [](const char *keys) { return QString::fromLatin1(keys).split(QLatin1Char(' ')); };
    switch (type) {
    case EntityType::Organisation:
        return list("name kind country city engagement email phone company_id");
    case EntityType::Person:
        return list("label organisation_id job_title email phone country is_expert");
    case EntityType::Startup:
        return list("label cohort hub status stage trl challenge joined_on");
    case EntityType::StartupProgress:
        return list("startup_id recorded_on stage trl note");
    case EntityType::Outcome:
        return list("achieved_on startup_id type title counterpart amount_cents");
    case EntityType::Session:
        return list("session_date startup_id expert_id service duration_minutes format status");
    case EntityType::Event:
        return list("starts_on name type city country ends_on");
    case EntityType::Participation:
        return list("event_id organisation_id person_id role outcome");
    case EntityType::Voucher:
        return list("number startup_id purpose status requested_cents approved_cents paid_cents requested_on");
    case EntityType::VoucherStatusChange:
        return list("voucher_id changed_on from_status to_status amount_cents actor");
    case EntityType::Interaction:
        return list("occurred_on organisation_id person_id type subject staff");
    case EntityType::Attachment:
        return list("file_name owner_entity mime_type size_bytes description");
    case EntityType::ReportingPeriod:
        return list("name starts_on ends_on notes");
    case EntityType::Consent:
        return list("person_id purpose given_on method withdrawn_on");
    }
    return {QStringLiteral("label")};
}

void EntityTableModel::setColumns(const QStringList &keys)
{
    beginResetModel();
    m_columns.clear();
    for (const QString &k : keys) {
        if (m_listColumns.contains(k))
            m_columns.append(k);
    }
    endResetModel();
}

void EntityTableModel::setSearch(const QString &text)
{
    if (m_query.search == text)
        return;
    m_query.search = text;
    startGeneration(Change::Query);
}

void EntityTableModel::setFilters(const QList<Filter> &filters)
{
    m_query.filters = filters;
    startGeneration(Change::Query);
}

void EntityTableModel::setInTrash(bool inTrash)
{
    m_query.inTrash = inTrash;
    m_totalKnown = false;
    startGeneration(Change::Query);
}

void EntityTableModel::refresh()
{
    m_totalKnown = false;
    startGeneration(Change::Data);
}

namespace {
bool isFiltered(const ListQuery &query)
{
    return !query.search.trimmed().isEmpty() || !query.filters.isEmpty();
}
} // namespace

void EntityTableModel::startGeneration(Change change)
{
    if (m_waiting)
        return; // activate() reads with whatever the query is by then
    ++m_generation;
    m_firstPageOnly = false;
    m_failureReported = false;
    m_wanted.clear();
    m_inFlight.clear();
    if (m_totalPending) {
        m_totalPending = false; // dropped by the loader: asked for again when nothing else is
        m_totalWanted = true;
    }
    if (!m_loader) {
        loadNow();
        return;
    }
    m_loader->cancelBefore(m_generation);
    if (change == Change::Order && !m_countPending && !m_resetPending) {
        // The same rows in another order: their count holds, so only pages are read (on a
        // big table a count can take as long as a page). The row count does not change.
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        endResetModel();
        want(0, true);
        sendRequests();
        finishIfIdle();
        return;
    }
    m_resetPending = m_resetPending || change != Change::Data;
    m_countPending = true;
    m_wasLoading = true;
    // A new query reads its first page before it counts: the page is shown as soon as it
    // is there (with "counting…"), and the count, which must see every match (hundreds of
    // milliseconds for a common word in a million rows), adds the rows after it.
    if (m_resetPending) {
        want(0, true);
        sendRequests();
    }
    const quint64 generation = m_generation;
    const ListQuery query = m_query;
    RowLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, query] { loader->count(generation, query); }, Qt::QueuedConnection);
    sendRequests();
}

// The synchronous way (an in-memory database): count and reset at once.
void EntityTableModel::loadNow()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    Error e;
    m_shown = m_repository->count(m_query, &e);
    ListQuery all;
    all.inTrash = m_query.inTrash;
    if (!e)
        m_total = isFiltered(m_query) ? m_repository->count(all, &e) : m_shown;
    if (e) {
        m_shown = 0;
        m_total = 0;
    }
    m_resetPending = false;
    endResetModel();
    if (e)
        emit failed(e.message);
    emit countsChanged(m_shown, m_total);
}

void EntityTableModel::onCounted(quint64 generation, qint64 rows, const QString &error)
{
    if (generation != m_generation)
        return; // a newer refresh, search or sort is on its way
    m_countPending = false;
    m_firstPageOnly = false;
    if (!error.isEmpty()) {
        // Nothing rather than rows that may be wrong; the next refresh, search or sort starts afresh.
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_shown = 0;
        m_total = 0;
        m_totalKnown = false;
        m_resetPending = false;
        endResetModel();
        reportFailure(error);
        emit countsChanged(m_shown, m_total);
        finishIfIdle();
        return;
    }
    if (!isFiltered(m_query)) {
        m_total = rows;
        m_totalKnown = true;
        m_totalWanted = false;
    }
    if (m_resetPending) {
        // Other rows altogether: the selection and the cached pages do not apply to them.
        beginResetModel();
        dropOtherGenerations();
        m_shown = rows;
        m_resetPending = false;
        endResetModel();
    } else {
        // The same query on changed data: rows come or go at the end, so that the selection
        // and the scroll position stay where they were, and the rows shown are read again.
        const int before = rowCount();
        const int after = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
        if (after > before) {
            beginInsertRows(QModelIndex(), before, after - 1);
            m_shown = rows;
            endInsertRows();
        } else if (after < before) {
            beginRemoveRows(QModelIndex(), after, before - 1);
            m_shown = rows;
            endRemoveRows();
        } else {
            m_shown = rows;
        }
        // Views then ask for the rows they show, and those pages are read again.
        int first = std::numeric_limits<int>::max();
        int last = -1;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it->generation != m_generation) {
                first = qMin(first, it.key() * PageSize);
                last = qMax(last, it.key() * PageSize + PageSize - 1);
            }
        }
        last = qMin(last, rowCount() - 1);
        if (first <= last && columnCount() > 0)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    emit countsChanged(m_shown, m_total);
    sendRequests();
    finishIfIdle();
}

void EntityTableModel::onTotalCounted(quint64 generation, qint64 rows, const QString &error)
{
    if (generation != m_generation)
        return;
    m_totalPending = false;
    if (error.isEmpty()) {
        m_total = rows;
        m_totalKnown = true;
        m_totalWanted = false;
        emit countsChanged(m_shown, m_total);
    } else {
        reportFailure(error);
    }
    sendRequests();
    finishIfIdle();
}

void EntityTableModel::onFetched(quint64 generation, int page, const QList<QVariantList> &rows,
                                 const QString &error)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(page);
    Page p;
    p.generation = generation;
    p.failed = !error.isEmpty();
    p.rows = rows;
    storePage(page, p);
    if (m_resetPending && m_countPending && page == 0 && !p.failed)
        showFirstPage(int(rows.size()));
    const int first = page * PageSize;
    const int last = qMin(first + PageSize, rowCount()) - 1;
    if (!m_resetPending && first <= last && columnCount() > 0) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit pageLoaded(first, last);
    }
    if (p.failed)
        reportFailure(error);
    sendRequests();
    finishIfIdle();
}

void EntityTableModel::showFirstPage(int rows)
{
    // The rows of another query go; this one's first page stands for the list until the
    // count arrives, which then adds the rest at the end (see onCounted()).
    beginResetModel();
    dropOtherGenerations();
    m_shown = rows;
    m_resetPending = false;
    m_firstPageOnly = true;
    endResetModel();
}

void EntityTableModel::dropOtherGenerations()
{
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it->generation != m_generation) {
            m_recent.removeOne(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
}

void EntityTableModel::storePage(int page, const Page &rows) const
{
    if (!m_pages.contains(page) && m_pages.size() >= CachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_pages.insert(page, rows);
    m_recent.removeOne(page);
    m_recent.append(page);
}

bool EntityTableModel::isCurrent(int page) const
{
    const auto it = m_pages.constFind(page);
    return it != m_pages.cend() && it->generation == m_generation;
}

void EntityTableModel::want(int page, bool urgent) const
{
    if (!m_loader || page < 0 || (!m_resetPending && qint64(page) * PageSize >= m_shown))
        return;
    if (isCurrent(page) || m_inFlight.contains(page))
        return;
    const qsizetype at = m_wanted.indexOf(page);
    if (at == 0 || (at > 0 && !urgent))
        return;
    if (at > 0)
        m_wanted.removeAt(at);
    if (urgent)
        m_wanted.prepend(page);
    else
        m_wanted.append(page);
    while (m_wanted.size() > WantedPages)
        m_wanted.removeLast();
}

void EntityTableModel::sendRequests() const
{
    if (!m_loader)
        return;
    while (m_inFlight.size() < PagesInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeFirst();
        if (isCurrent(page) || m_inFlight.contains(page))
            continue;
        m_inFlight.insert(page);
        m_wasLoading = true;
        ListQuery query = m_query;
        query.offset = qint64(page) * PageSize;
        query.limit = PageSize;
        // Counted for this query: a page past the middle is read from the end (OFFSET
        // walks every row before the page).
        if (!m_resetPending && !m_countPending)
            query.rowsInList = m_shown;
        const quint64 generation = m_generation;
        RowLoader *loader = m_loader;
        QMetaObject::invokeMethod(
            m_loader, [loader, generation, page, query] { loader->fetch(generation, page, query); },
            Qt::QueuedConnection);
    }
    // The "of M" comes last: counting a whole table must not keep rows waiting. Without a
    // search or filter it is the count of the rows shown, which comes anyway.
    if (m_totalWanted && !m_totalKnown && !m_totalPending && !m_countPending && m_inFlight.isEmpty()
        && m_wanted.isEmpty()) {
        m_totalWanted = false;
        if (!isFiltered(m_query))
            return;
        m_totalPending = true;
        m_wasLoading = true;
        const quint64 generation = m_generation;
        const bool inTrash = m_query.inTrash;
        RowLoader *loader = m_loader;
        QMetaObject::invokeMethod(
            m_loader, [loader, generation, inTrash] { loader->countTotal(generation, inTrash); },
            Qt::QueuedConnection);
    }
}

qint64 EntityTableModel::totalCount() const
{
    // Counted when first asked for (a list inside a form never shows it), then kept until
    // the data or the trash view changes; countsChanged() tells when it arrives. It is
    // asked for from the event loop, after the views asked for the rows they show
    // (totalCount() is mostly called from countsChanged(), before the view painted).
    if (m_loader && !m_totalKnown && !m_totalPending && !m_totalWanted) {
        m_totalWanted = true;
        QTimer::singleShot(0, this, &EntityTableModel::sendLater);
    }
    return m_total;
}

void EntityTableModel::sendLater()
{
    sendRequests();
    finishIfIdle();
}

void EntityTableModel::reportFailure(const QString &message)
{
    if (m_failureReported)
        return;
    m_failureReported = true;
    emit failed(message);
}

void EntityTableModel::finishIfIdle()
{
    if (m_wasLoading && !isLoading()) {
        m_wasLoading = false;
        emit loadingFinished();
    }
}

bool EntityTableModel::isLoading() const
{
    return m_loader
        && (m_countPending || m_totalPending || (m_totalWanted && !m_totalKnown) || !m_inFlight.isEmpty()
            || !m_wanted.isEmpty());
}

bool EntityTableModel::waitForIdle(int timeoutMs)
{
    activate();
    // Again after each loadingFinished(): whoever handles it (a view) may ask for more.
    const QDeadlineTimer deadline(timeoutMs);
    while (isLoading() && !deadline.hasExpired()) {
        QEventLoop loop;
        connect(this, &EntityTableModel::loadingFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !isLoading();
}

const QVariantList *EntityTableModel::rowAt(int row, bool *loading) const
{
    if (loading)
        *loading = false;
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (!m_loader && it == m_pages.cend()) {
        ListQuery q = m_query;
        q.offset = qint64(page) * PageSize;
        q.limit = PageSize;
        Error e;
        Page p;
        p.rows = m_repository->list(q, &e).rows;
        p.failed = bool(e);
        p.generation = m_generation;
        storePage(page, p);
        it = m_pages.constFind(page);
    } else if (it != m_pages.cend() && m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    if (m_loader && !m_resetPending) {
        // The page itself first (missing, or read before the last refresh), then its
        // neighbours, so that scrolling finds them there.
        want(page, true);
        want(page + 1, false);
        want(page - 1, false);
        sendRequests();
    }
    if (it == m_pages.cend()) {
        if (loading)
            *loading = true;
        return nullptr;
    }
    const int offset = row % PageSize;
    return !it->failed && offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

int EntityTableModel::viewColumn(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return -1;
    const QString &key = m_columns.at(column);
    const Field *f = Entities::info(m_type).field(key);
    if (f && f->type == FieldType::Reference)
        return int(m_listColumns.indexOf(key + QStringLiteral("_label")));
    return int(m_listColumns.indexOf(key));
}

qint64 EntityTableModel::idAt(int row) const
{
    const QVariantList *r = rowAt(row);
    return r ? r->at(0).toLongLong() : 0;
}

int EntityTableModel::rowOfId(qint64 id) const
{
    // A page read before the last refresh may still have it at its old row: it is
    // the answer only when no page read since has it.
    int stale = -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            const int row = it.key() * PageSize + i;
            if (row >= rowCount() || it->rows.at(i).at(0).toLongLong() != id)
                continue;
            if (it->generation == m_generation)
                return row;
            if (stale < 0)
                stale = row;
        }
    }
    return stale;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_shown, std::numeric_limits<int>::max()));
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString EntityTableModel::displayText(const Field &field, const QVariant &stored, const QString &currency)
{
    if (stored.isNull())
        return {};
    const QLocale locale;
    switch (field.type) {
    case FieldType::Enum:
        return Enums::label(field.enumType, stored.toString());
    case FieldType::Date:
        return locale.toString(QDate::fromString(stored.toString(), Qt::ISODate), QLocale::ShortFormat);
    case FieldType::Money:
        return Money::format(stored.toLongLong(), currency, locale);
    case FieldType::Bool:
        return stored.toLongLong() ? tr("Yes") : QString();
    case FieldType::Minutes: {
        const qint64 m = stored.toLongLong();
        if (m < 60)
            return tr("%1 min").arg(m);
        return m % 60 ? tr("%1 h %2 min").arg(m / 60).arg(m % 60) : tr("%1 h").arg(m / 60);
    }
    case FieldType::Integer:
        return locale.toString(stored.toLongLong());
    case FieldType::LongText: {
        QString text = stored.toString();
        const qsizetype nl = text.indexOf(QLatin1Char('\n'));
        if (nl >= 0)
            text = text.left(nl) + QStringLiteral(" …");
        return PlainText::elide(text, 200);
    }
    default: {
        return PlainText::elide(stored.toString(), 500);
    }
    }
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    bool loading = false;
    const QVariantList *row = rowAt(index.row(), &loading);
    const int c = viewColumn(index.column());
    const QString &key = m_columns.at(index.column());
    if (role == IdRole)
        return row ? row->at(0) : QVariant();
    if (role == KeyRole)
        return key;
    if (!row) {
        if (loading && role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        return {};
    }
    const QVariant stored = c >= 0 ? row->at(c) : QVariant();
    const Field *field = Entities::info(m_type).field(key);
    switch (role) {
    case Qt::DisplayRole:
        if (!field)
            return stored.toString();
        if (field->type == FieldType::Reference)
            return stored.toString();
        return displayText(*field, stored, m_currency);
    case RawRole:
    case Qt::EditRole:
        return field && field->type == FieldType::Reference ? row->at(int(m_listColumns.indexOf(key))) : stored;
    case Qt::ToolTipRole:
        if (field && field->type == FieldType::Country)
            return PlainText::toolTip(Countries::name(stored.toString()));
        if (field && (field->type == FieldType::LongText || field->type == FieldType::Text) && stored.toString().size() > 60)
            return PlainText::toolTip(PlainText::elide(stored.toString(), 2000)); // never read as HTML
        return {};
    case Qt::TextAlignmentRole:
        if (field && (field->type == FieldType::Money || field->type == FieldType::Integer || field->type == FieldType::Minutes))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &key = m_columns.at(section);
    if (key == QLatin1String("label"))
        return m_type == EntityType::Startup ? tr("Startup") : tr("Name");
    const Field *f = Entities::info(m_type).field(key);
    return f ? f->translatedLabel() : key;
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_query.sortKey = m_columns.at(column);
    m_query.descending = order == Qt::DescendingOrder;
    startGeneration(Change::Order);
}

} // namespace hubdesk

namespace hubdesk {

qint64 EntityTableModel::locate(qint64 id) const
{
    const int loaded = rowOfId(id);
    if (loaded >= 0)
        return loaded;
    Error e;
    const qint64 row = m_repository->positionOf(m_query, id, &e);
    return e ? -1 : row;
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_db.isReadOnly() || m_query.inTrash)
        return f;
    const Field *field = Entities::info(m_type).field(m_columns.value(index.column()));
    if (!field || field->managed)
        return f;
    switch (field->type) {
    case FieldType::Enum:
    case FieldType::Date:
    case FieldType::Money:
    case FieldType::Minutes:
    case FieldType::Integer:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString key = m_columns.at(index.column());
    const QVariantList *row = rowAt(index.row());
    if (!row)
        return false;
    Record before;
    if (Error e = m_repository->get(row->at(0).toLongLong(), &before)) {
        emit editRefused(e.message);
        return false;
    }
    // The row shows what was read with it; a newer stored version means someone else saved.
    const int shownVersion = row->at(m_listColumns.indexOf(QStringLiteral("version"))).toInt();
    if (before.version != shownVersion) {
        emit editRefused(tr("This record was changed by someone else since the list was read; it is shown again now. "
                       "Nothing was overwritten."));
        refresh();
        return false;
    }
    Record after = before;
    if (isBlank(value))
        after.clear(key);
    else
        after.setValue(key, value); // text that is no amount is refused by the rules, with their message
    if (Error e = m_repository->update(after)) {
        emit editRefused(e.code == Error::Code::Validation ? describe(e.problems) : e.message);
        return false;
    }
    emit recordEdited(before, after);
    refresh();
    return true;
}

} // namespace hubdesk
