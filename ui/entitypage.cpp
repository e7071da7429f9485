#include "entitypage.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/plaintext.h"
#include "../models/storage/database.h"
#include "../models/storage/recordlabels.h"
#include "../models/storage/trash.h"
#include "../models/tablemodels/entitytablemodel.h"
#include "detailpane.h"
#include "fielddelegate.h"
#include "filterbar.h"
#include "recordform.h"
#include "recordcommands.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hubdesk {

EntityPage::EntityPage(Database &db, EntityType type, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
    , m_undo(undo)
{
    const EntityInfo &info = Entities::info(type);
    // Read when first shown: a window opens with one page showing and ten waiting.
    m_model = new EntityTableModel(db, type, this, EntityTableModel::Loading::WhenActivated);

    m_heading = new QLabel(info.pluralLabel(), this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search %1 (names, e-mails, cities, notes; Latin or Cyrillic)…")
                                     .arg(info.pluralLabel().toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(info.pluralLabel()));
    m_search->setAccessibleDescription(tr("Shows the records whose names, e-mails, cities or notes contain what is typed "
                                          "(Ctrl+F comes here)"));
    m_filters = new FilterBar(db, type, this);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    // Lists of dated records start with the newest; the others alphabetically.
    const Field *first = info.field(m_model->columns().value(0));
    const bool dated = first && first->type == FieldType::Date;
    m_view->horizontalHeader()->setSortIndicator(0, dated ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Statuses, dates and amounts can be changed in the list itself: F2, or a click on a
    // selected cell (a double-click opens the record's form).
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setItemDelegate(new FieldDelegate(type, m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(info.pluralLabel());
    m_view->setAccessibleDescription(tr("Enter edits the current record in the form beside the list, F2 the current "
                                        "cell, Delete moves the record to the trash"));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, c == 0 ? 240 : 130);

    m_detail = new DetailPane(db, type, undo, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_search);
    if (!m_filters->isEmpty())
        leftLayout->addWidget(m_filters);
    else
        m_filters->hide();
    leftLayout->addWidget(m_view, 1);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Typing restarts a short timer: a fast typist is not slowed by a query per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_filters, &FilterBar::changed, this, [this] { m_model->setFilters(m_filters->filters()); });
    connect(m_model, &EntityTableModel::countsChanged, this, &EntityPage::countsChanged);
    connect(m_model, &EntityTableModel::failed, this, &EntityPage::statusMessage);
    connect(m_model, &EntityTableModel::recordEdited, this, [this](const Record &before, const Record &after) {
        m_undo->push(new UpdateRecordCommand(m_db, before, after, DetailPane::labelOf(after)));
        m_detail->reload();
        emit dataChanged();
    });
    connect(m_model, &EntityTableModel::editRefused, this, [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, tr("Not saved"), message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    // Rows arrive after a reset (new search, sort) or page by page from the loader thread.
    auto selectPending = [this] {
        scrollToPending();
        if (m_pendingSelection > 0)
            selectId(m_pendingSelection);
    };
    // After the view has laid out the new rows (a scroll to a row the view does not know
    // yet falls short).
    connect(m_model, &EntityTableModel::countsChanged, this, selectPending, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, selectPending, Qt::QueuedConnection);
    connect(m_model, &EntityTableModel::pageLoaded, this, selectPending);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EntityPage::onCurrentChanged);
    connect(m_view, &QTableView::activated, this, [this] { m_detail->form()->focusFirstField(); });
    connect(m_detail, &DetailPane::openRequested, this, &EntityPage::openRequested);
    connect(m_detail, &DetailPane::statusMessage, this, &EntityPage::statusMessage);
    connect(m_detail, &DetailPane::saved, this, [this](qint64 id) {
        m_pendingSelection = id;
        reload();
        m_filters->refreshValues();
        emit dataChanged();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        // Columns can be hidden and shown again; the choice is remembered.
        QMenu menu(this);
        QHeaderView *header = m_view->horizontalHeader();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != 0);
            connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void EntityPage::showEvent(QShowEvent *event)
{
    m_model->activate();
    QWidget::showEvent(event);
}

QString EntityPage::title() const
{
    return Entities::info(m_type).pluralLabel();
}

QStringList EntityPage::visibleColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QStringList keys = m_model->columns();
    QStringList shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < keys.size() && !header->isSectionHidden(logical))
            shown.append(keys.at(logical));
    }
    return shown;
}

QString EntityPage::settingsKey(const QString &what) const
{
    return QStringLiteral("pages/%1/%2").arg(Entities::info(m_type).key, what);
}

void EntityPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("header")), m_view->horizontalHeader()->saveState());
    settings.setValue(settingsKey(QStringLiteral("splitter")), m_splitter->saveState());
}

void EntityPage::restoreLayout()
{
    QSettings settings;
    const QByteArray header = settings.value(settingsKey(QStringLiteral("header"))).toByteArray();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        // The restored sort indicator is applied to the model (sorting in SQL).
        m_model->sort(m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    }
    const QByteArray splitter = settings.value(settingsKey(QStringLiteral("splitter"))).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void EntityPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntityPage::reload()
{
    m_model->activate();
    const QModelIndex current = m_view->currentIndex();
    if (m_pendingSelection == 0 && current.isValid())
        m_pendingSelection = m_model->idAt(current.row());
    m_model->refresh();
    m_detail->reload();
}

void EntityPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_pendingSelection = 0;
    m_reverting = true;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    m_reverting = false;
}

void EntityPage::onCurrentChanged()
{
    if (m_reverting)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id <= 0 || id == m_detail->recordId())
        return;
    if (!m_detail->showRecord(id)) {
        // The user stays on unsaved changes: put the selection back on that record.
        QTimer::singleShot(0, this, [this] { selectId(m_detail->recordId()); });
    }
}

void EntityPage::showRecord(qint64 id)
{
    m_model->activate();
    if (!m_detail->showRecord(id))
        return;
    qint64 row = m_model->locate(id);
    if (row < 0 && (!m_search->text().isEmpty() || !m_model->query().filters.isEmpty())) {
        // The search or a filter hides it: show everything so that it can be selected.
        const QSignalBlocker block(m_search);
        m_search->clear();
        m_filters->clear();
        m_model->setSearch(QString());
        row = m_model->locate(id);
    }
    m_pendingSelection = id;
    m_pendingRow = row;
    scrollToPending();
    selectId(id);
}

void EntityPage::scrollToPending()
{
    // The row may lie beyond the rows counted so far (a new count is on its way).
    if (m_pendingRow < 0 || m_pendingRow >= m_model->rowCount())
        return;
    // The rows may have come just now: lay them out first (a scroll computed before the
    // view's delayed layout falls short), and ask for the row's page whatever the view
    // paints (its arrival selects the record).
    m_view->doItemsLayout();
    m_model->idAt(int(m_pendingRow));
    m_view->scrollTo(m_model->index(int(m_pendingRow), 0), QAbstractItemView::PositionAtCenter);
    m_pendingRow = -1;
}

void EntityPage::newRecord()
{
    if (m_db.isReadOnly())
        return;
    if (m_detail->startNew()) {
        m_view->clearSelection();
        m_detail->form()->focusFirstField();
    }
}

bool EntityPage::save()
{
    return m_detail->save();
}

void EntityPage::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : m_detail->recordId();
    if (id <= 0 || m_db.isReadOnly())
        return;
    // The record's name (an event's title, an interaction's subject), not whatever the
    // list's first column shows (often a date).
    QString label = RecordLabels::of(m_db, m_type, id);
    if (label.isEmpty())
        label = m_model->data(m_model->index(current.row(), 0)).toString();
    QString batch;
    if (Error e = Trash::moveToTrash(m_db, m_type, id, &batch)) {
        QMessageBox box(QMessageBox::Warning, tr("Not deleted"), e.message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    m_undo->push(new TrashRecordCommand(m_db, m_type, id, batch, label));
    emit statusMessage(tr("“%1” moved to the trash. Undo with Ctrl+Z, or restore it from the Trash.").arg(PlainText::isolated(label)));
    m_detail->startNew();
    m_model->refresh();
    emit dataChanged();
}

} // namespace hubdesk
