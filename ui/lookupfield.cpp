#include "lookupfield.h"

#include "../models/domain/entityinfo.h"
#include "../models/storage/repositories.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace hubdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int Suggestions = 15;
}

LookupField::LookupField(Database &db, EntityType target, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_target(target)
    , m_repository(Repositories::create(db, target))
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Type to find a %1…").arg(Entities::info(target).singularLabel().toLower()));
    m_edit->setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The list is already filtered by the search in SQL; the completer only shows it.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(m_completer);
    m_open = new QToolButton(this);
    m_open->setText(QStringLiteral("→"));
    m_open->setToolTip(tr("Open this %1").arg(Entities::info(target).singularLabel().toLower()));
    m_open->setAccessibleName(tr("Open the linked %1").arg(Entities::info(target).singularLabel().toLower()));
    m_open->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_open);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_id = 0;
        m_open->setEnabled(false);
        suggest(text);
        emit edited();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &LookupField::choose);
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (m_id > 0)
            emit openRequested(m_target, m_id);
    });
}

LookupField::~LookupField() = default;

void LookupField::setRestriction(const QString &key, const QVariant &value)
{
    m_restrictionKey = key;
    m_restrictionValue = value;
}

void LookupField::suggest(const QString &text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    ListQuery q;
    q.search = text;
    q.limit = Suggestions;
    q.sortKey = QStringLiteral("label");
    if (!m_restrictionKey.isEmpty())
        q.filters.append(Filter::equals(m_restrictionKey, m_restrictionValue));
    const RowSet rows = m_repository->list(q);
    const int label = rows.column(QStringLiteral("label"));
    for (int r = 0; r < rows.rows.size(); ++r) {
        auto *item = new QStandardItem(rows.rows.at(r).at(label).toString());
        item->setData(rows.rows.at(r).at(0), IdRole);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

void LookupField::choose(const QModelIndex &index)
{
    m_id = index.data(IdRole).toLongLong();
    m_label = index.data(Qt::DisplayRole).toString();
    m_edit->setText(m_label);
    m_open->setEnabled(m_id > 0);
    emit edited();
}

void LookupField::setId(qint64 id)
{
    m_id = id;
    m_label.clear();
    if (id > 0) {
        ListQuery q;
        q.filters = {Filter::equals(QStringLiteral("id"), id)};
        q.limit = 1;
        q.inTrash = false;
        RowSet rows = m_repository->list(q);
        if (rows.rows.isEmpty()) { // perhaps in the trash: still show whose it is
            q.inTrash = true;
            rows = m_repository->list(q);
            if (!rows.rows.isEmpty())
                m_label = tr("%1 (in the trash)").arg(rows.value(0, QStringLiteral("label")).toString());
        } else {
            m_label = rows.value(0, QStringLiteral("label")).toString();
        }
    }
    m_edit->setText(m_label);
    m_open->setEnabled(m_id > 0);
}

QString LookupField::pendingText() const
{
    const QString text = m_edit->text().trimmed();
    if (m_id > 0 || text.isEmpty())
        return {};
    return text;
}

void LookupField::setOpenButtonVisible(bool visible)
{
    m_open->setVisible(visible);
}

void LookupField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

} // namespace hubdesk
