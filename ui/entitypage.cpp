#include "entitypage.h"

#include "../models/domain/entityinfo.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hubdesk {

EntityPage::EntityPage(Database &db, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
{
    const EntityInfo &info = Entities::info(type);
    m_model = new EntityTableModel(db, type, this);

    m_heading = new QLabel(info.pluralLabel(), this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search %1…").arg(info.pluralLabel().toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(info.pluralLabel()));

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    // Lists of dated records start with the newest; the others alphabetically.
    const Field *first = info.field(m_model->columns().value(0));
    const bool dated = first && first->type == FieldType::Date;
    m_view->horizontalHeader()->setSortIndicator(0, dated ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(info.pluralLabel());
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, c == 0 ? 260 : 140);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);

    // Typing restarts a short timer, so a fast typist is not slowed by a query per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_model, &EntityTableModel::countsChanged, this, &EntityPage::countsChanged);
}

QString EntityPage::title() const
{
    return Entities::info(m_type).pluralLabel();
}

void EntityPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntityPage::reload()
{
    m_model->refresh();
}

} // namespace hubdesk
