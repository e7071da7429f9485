#include "entitytablemodel.h"

#include "../domain/countries.h"
#include "../domain/money.h"
#include "../storage/repositories.h"
#include "../storage/settingsrepository.h"

#include <QLocale>

namespace hubdesk {

EntityTableModel::EntityTableModel(Database &db, EntityType type, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_type(type)
    , m_repository(Repositories::create(db, type))
{
    m_listColumns = m_repository->listColumns();
    m_columns = defaultColumns(type);
    m_currency = SettingsRepository(db).currency();
    refresh();
}

EntityTableModel::~EntityTableModel() = default;

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
    refresh();
}

void EntityTableModel::setFilters(const QList<Filter> &filters)
{
    m_query.filters = filters;
    refresh();
}

void EntityTableModel::setInTrash(bool inTrash)
{
    m_query.inTrash = inTrash;
    refresh();
}

void EntityTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    Error e;
    m_shown = m_repository->count(m_query, &e);
    ListQuery all;
    all.inTrash = m_query.inTrash;
    if (!e)
        m_total = (m_query.search.isEmpty() && m_query.filters.isEmpty()) ? m_shown : m_repository->count(all, &e);
    if (e) {
        m_shown = 0;
        m_total = 0;
    }
    endResetModel();
    if (e)
        emit failed(e.message);
    emit countsChanged(m_shown, m_total);
}

const QVariantList *EntityTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_shown)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        ListQuery q = m_query;
        q.offset = qint64(page) * PageSize;
        q.limit = PageSize;
        Error e;
        const RowSet rows = m_repository->list(q, &e);
        if (e)
            return nullptr;
        if (m_pages.size() >= CachedPages) {
            m_pages.remove(m_recent.takeFirst());
        }
        it = m_pages.insert(page, rows.rows);
        m_recent.append(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
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
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).at(0).toLongLong() == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
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
        return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
    }
    default: {
        const QString text = stored.toString();
        return text.size() > 500 ? text.left(500) + QStringLiteral("…") : text;
    }
    }
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariantList *row = rowAt(index.row());
    const int c = viewColumn(index.column());
    const QString &key = m_columns.at(index.column());
    if (role == IdRole)
        return row ? row->at(0) : QVariant();
    if (role == KeyRole)
        return key;
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == 0)
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
            return Countries::name(stored.toString());
        if (field && (field->type == FieldType::LongText || field->type == FieldType::Text) && stored.toString().size() > 60)
            return stored.toString().left(2000);
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
    refresh();
}

} // namespace hubdesk
