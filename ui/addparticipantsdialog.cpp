#include "addparticipantsdialog.h"

#include "../models/domain/entityinfo.h"
#include "../models/storage/repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hubdesk {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int OrganisationRole = Qt::UserRole + 2;
constexpr int PersonRole = Qt::UserRole + 3;
}

AddParticipantsDialog::AddParticipantsDialog(Database &db, const QString &eventName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Add participants to “%1”").arg(eventName));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search stakeholders and people…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search stakeholders and people"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Stakeholders and people to add"));
    m_role = new QComboBox(this);
    for (const QString &key : Enums::keys(EnumType::ParticipationRole))
        m_role->addItem(Enums::label(EnumType::ParticipationRole, key), key);
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("attendee")));
    m_role->setAccessibleName(tr("Role"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 480);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString key = item->data(KeyRole).toString();
        if (item->checkState() == Qt::Checked)
            m_ticked.insert(key, {item->data(OrganisationRole).toLongLong(), item->data(PersonRole).toLongLong()});
        else
            m_ticked.remove(key);
    });
}

void AddParticipantsDialog::search(const QString &text)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (text.trimmed().isEmpty())
        return;
    ListQuery q;
    q.search = text;
    q.limit = 100;
    q.sortKey = QStringLiteral("label");
    for (EntityType type : {EntityType::Organisation, EntityType::Person}) {
        auto repo = Repositories::create(m_db, type);
        const RowSet rows = repo->list(q);
        for (int r = 0; r < rows.rows.size(); ++r) {
            const qint64 id = rows.rows.at(r).at(0).toLongLong();
            QString shown = rows.value(r, QStringLiteral("label")).toString();
            qint64 organisation = type == EntityType::Organisation ? id : 0;
            if (type == EntityType::Person) {
                // A person takes part for their organisation, when they have one.
                organisation = rows.value(r, QStringLiteral("organisation_id")).toLongLong();
                const QString org = rows.value(r, QStringLiteral("organisation_id_label")).toString();
                if (!org.isEmpty())
                    shown += QStringLiteral(" (%1)").arg(org);
            }
            const QString key = (type == EntityType::Organisation ? QStringLiteral("o%1") : QStringLiteral("p%1")).arg(id);
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(Entities::info(type).singularLabel(), shown), m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_ticked.contains(key) ? Qt::Checked : Qt::Unchecked);
            item->setData(KeyRole, key);
            item->setData(OrganisationRole, organisation);
            item->setData(PersonRole, type == EntityType::Person ? id : 0);
        }
    }
}

QList<ParticipationRepository::Participant> AddParticipantsDialog::chosen() const
{
    return m_ticked.values();
}

QString AddParticipantsDialog::role() const
{
    return m_role->currentData().toString();
}

} // namespace hubdesk
