#include "relatedlist.h"

#include "../models/domain/entityinfo.h"
#include "../models/storage/sessionrepository.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubdesk {

namespace {

// Which record a row leads to: a participation leads to the event, or (seen from
// the event) to the organisation or person; other rows lead to themselves.
QPair<EntityType, QString> linkOf(const Relation &relation)
{
    if (relation.child == EntityType::Participation) {
        if (relation.childKey == QLatin1String("event_id"))
            return {EntityType::Organisation, QStringLiteral("organisation_id")};
        return {EntityType::Event, QStringLiteral("event_id")};
    }
    return {relation.child, QString()};
}

} // namespace

RelatedList::RelatedList(Database &db, const Relation &relation, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_relation(relation)
{
    // A related list is small and indexed by its link: read at once, no loader thread.
    m_model = new EntityTableModel(db, relation.child, this, EntityTableModel::Loading::OnCallerThread);
    QStringList columns = EntityTableModel::defaultColumns(relation.child);
    columns.removeAll(relation.childKey); // the parent itself need not be repeated
    m_model->setColumns(columns);
    m_model->setFilters({Filter::in(relation.childKey, {})}); // nothing until a parent is shown
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->setAccessibleName(relation.translatedTitle());
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    if (relation.extra == Relation::Extra::AddParticipants) {
        m_add = new QPushButton(tr("Add participants…"), this);
        bottom->addWidget(m_add);
        connect(m_add, &QPushButton::clicked, this, [this] { emit addParticipantsRequested(m_parentId); });
    }
    if (relation.extra == Relation::Extra::Consents) {
        m_add = new QPushButton(tr("Add consent…"), this);
        m_withdraw = new QPushButton(tr("Withdraw today"), this);
        m_withdraw->setToolTip(tr("Record that the person withdrew the selected consent today"));
        m_withdraw->setEnabled(false);
        bottom->addWidget(m_withdraw);
        bottom->addWidget(m_add);
        connect(m_add, &QPushButton::clicked, this, [this] { emit addConsentRequested(m_parentId); });
        connect(m_withdraw, &QPushButton::clicked, this, [this] {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid())
                emit withdrawConsentRequested(m_model->idAt(current.row()));
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            const int column = int(m_model->columns().indexOf(QStringLiteral("withdrawn_on")));
            const bool withdrawn = current.isValid() && column >= 0
                && !m_model->data(m_model->index(current.row(), column), EntityTableModel::RawRole).toString().isEmpty();
            m_withdraw->setEnabled(current.isValid() && !withdrawn);
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    connect(m_view, &QTableView::activated, this, &RelatedList::follow);
    connect(m_model, &EntityTableModel::countsChanged, this, &RelatedList::updateSummary);
}

void RelatedList::setParentValue(qint64 parentRecordId, const QVariant &value)
{
    m_parentId = parentRecordId;
    m_value = value;
    // No parent (a new record): an empty set, which SQL answers without reading anything.
    if (value.isNull() || value.toLongLong() <= 0)
        m_model->setFilters({Filter::in(m_relation.childKey, {})});
    else
        m_model->setFilters({Filter::equals(m_relation.childKey, value)});
    if (m_add)
        m_add->setEnabled(parentRecordId > 0);
    updateSummary();
}

void RelatedList::refresh()
{
    setParentValue(m_parentId, m_value);
    m_model->refresh();
    if (m_withdraw)
        m_withdraw->setEnabled(false);
}

int RelatedList::rowCount() const
{
    return m_model->rowCount();
}

void RelatedList::updateSummary()
{
    const QLocale locale;
    QString text = tr("%n record(s)", nullptr, int(m_model->shownCount()));
    if (m_relation.extra == Relation::Extra::Hours && m_value.toLongLong() > 0) {
        const qint64 minutes = SessionRepository(m_db).heldMinutes(m_relation.childKey, m_value.toLongLong());
        text += tr(" · %1 hours held").arg(locale.toString(double(minutes) / 60.0, 'f', 1));
    }
    m_summary->setText(text);
}

void RelatedList::follow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto link = linkOf(m_relation);
    const qint64 rowId = m_model->idAt(index.row());
    if (link.second.isEmpty()) {
        if (m_relation.child != EntityType::StartupProgress && m_relation.child != EntityType::VoucherStatusChange)
            emit openRequested(link.first, rowId);
        return;
    }
    // Follow the participation to what it links: read the raw id of that column.
    const int column = int(m_model->columns().indexOf(link.second));
    qint64 target = column >= 0 ? m_model->data(m_model->index(index.row(), column), EntityTableModel::RawRole).toLongLong() : 0;
    EntityType type = link.first;
    if (target <= 0 && link.first == EntityType::Organisation) {
        const int personColumn = int(m_model->columns().indexOf(QStringLiteral("person_id")));
        target = personColumn >= 0
            ? m_model->data(m_model->index(index.row(), personColumn), EntityTableModel::RawRole).toLongLong()
            : 0;
        type = EntityType::Person;
    }
    if (target > 0)
        emit openRequested(type, target);
}

} // namespace hubdesk
