#include "filterbar.h"

#include "../models/domain/countries.h"
#include "../models/domain/entityinfo.h"
#include "../models/storage/valuelists.h"
#include "datefield.h"
#include "lookupfield.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace hubdesk {

QStringList FilterBar::keysOf(EntityType type)
{
    auto list = [](const char *keys) { return QString::fromLatin1(keys).split(QLatin1Char(' ')); };
    switch (type) {
    case EntityType::Organisation:
        return list("kind country engagement roles");
    case EntityType::Person:
        return list("is_expert country expert_roles");
    case EntityType::Startup:
        return list("status stage cohort hub challenge");
    case EntityType::Session:
        return list("service status expert_id startup_id");
    case EntityType::Event:
        return list("type country");
    case EntityType::Voucher:
        return list("status startup_id");
    case EntityType::Interaction:
        return list("type organisation_id staff");
    case EntityType::Outcome:
        return list("type startup_id");
    default:
        return {};
    }
}

QString FilterBar::dateKeyOf(EntityType type)
{
    switch (type) {
    case EntityType::Session:
        return QStringLiteral("session_date");
    case EntityType::Event:
        return QStringLiteral("starts_on");
    case EntityType::Voucher:
        return QStringLiteral("requested_on");
    case EntityType::Interaction:
        return QStringLiteral("occurred_on");
    case EntityType::Outcome:
        return QStringLiteral("achieved_on");
    default:
        return {};
    }
}

FilterBar::FilterBar(Database &db, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
{
    const EntityInfo &info = Entities::info(type);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &key : keysOf(type)) {
        const Field *f = info.field(key);
        if (!f)
            continue;
        if (f->type == FieldType::Reference) {
            auto *lookup = new LookupField(db, f->reference, this);
            lookup->editor()->setPlaceholderText(f->translatedLabel());
            lookup->setAccessibleName(tr("Filter by %1").arg(f->translatedLabel()));
            lookup->editor()->setAccessibleName(lookup->accessibleName()); // it takes the focus
            lookup->setOpenButtonVisible(false);
            lookup->setMinimumWidth(lookup->fontMetrics().averageCharWidth() * 18);
            if (key == QLatin1String("expert_id"))
                lookup->setRestriction(QStringLiteral("is_expert"), true);
            layout->addWidget(lookup);
            m_lookups.append({key, lookup});
            connect(lookup, &LookupField::edited, this, [this, lookup] {
                // Only a chosen record or an empty field changes the list, not half a word.
                if (lookup->id() > 0 || lookup->editor()->text().isEmpty())
                    emit changed();
            });
            continue;
        }
        auto *combo = new QComboBox(this);
        combo->setAccessibleName(tr("Filter by %1").arg(f->translatedLabel()));
        combo->addItem(tr("%1: all").arg(f->translatedLabel()), QVariant());
        if (f->type == FieldType::Enum || f->type == FieldType::EnumSet) {
            for (const QString &k : Enums::keys(f->enumType))
                combo->addItem(Enums::label(f->enumType, k), k);
        } else if (f->type == FieldType::Bool) {
            combo->addItem(tr("%1: yes").arg(f->translatedLabel()), true);
            combo->addItem(tr("%1: no").arg(f->translatedLabel()), false);
        } else {
            // The values in use are read when the list is first opened: on a large table
            // DISTINCT reads every row, which the window must not wait for at start-up.
            combo->installEventFilter(this);
            combo->setProperty("fieldKey", key);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        layout->addWidget(combo);
        m_combos.append({key, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    }
    m_dateKey = dateKeyOf(type);
    if (!m_dateKey.isEmpty()) {
        m_from = new DateField(this);
        m_to = new DateField(this);
        m_from->setAccessibleName(tr("From date"));
        m_to->setAccessibleName(tr("To date"));
        m_from->editor()->setAccessibleName(m_from->accessibleName());
        m_to->editor()->setAccessibleName(m_to->accessibleName());
        layout->addWidget(new QLabel(tr("From"), this));
        layout->addWidget(m_from);
        layout->addWidget(new QLabel(tr("to"), this));
        layout->addWidget(m_to);
        connect(m_from, &DateField::edited, this, &FilterBar::changed);
        connect(m_to, &DateField::edited, this, &FilterBar::changed);
    }
    if (!isEmpty()) {
        auto *reset = new QToolButton(this);
        reset->setText(tr("Clear filters"));
        reset->setAccessibleName(tr("Clear filters"));
        layout->addWidget(reset);
        connect(reset, &QToolButton::clicked, this, &FilterBar::clear);
    }
    layout->addStretch(1);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    auto *combo = qobject_cast<QComboBox *>(watched);
    if (combo && !combo->property("filled").toBool()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress
            || event->type() == QEvent::FocusIn)) {
        fillValues(combo, combo->property("fieldKey").toString());
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::fillValues(QComboBox *combo, const QString &key)
{
    const QSignalBlocker block(combo);
    combo->setProperty("filled", true);
    const QVariant current = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(1);
    const Field *f = Entities::info(m_type).field(key);
    for (const QString &v : ValueLists::distinct(m_db, m_type, key, 300))
        combo->addItem(f && f->type == FieldType::Country ? QStringLiteral("%1 — %2").arg(v, Countries::name(v)) : v, v);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::refreshValues()
{
    const EntityInfo &info = Entities::info(m_type);
    for (const auto &c : std::as_const(m_combos)) {
        const Field *f = info.field(c.first);
        if (f && (f->type == FieldType::Text || f->type == FieldType::Country) && c.second->property("filled").toBool())
            fillValues(c.second, c.first);
    }
}

QList<Filter> FilterBar::filters() const
{
    QList<Filter> result;
    const EntityInfo &info = Entities::info(m_type);
    for (const auto &c : m_combos) {
        const QVariant v = c.second->currentData();
        if (!v.isValid())
            continue;
        const Field *f = info.field(c.first);
        result.append(f && f->type == FieldType::EnumSet ? Filter::has(c.first, v) : Filter::equals(c.first, v));
    }
    for (const auto &l : m_lookups) {
        if (l.second->id() > 0)
            result.append(Filter::equals(l.first, l.second->id()));
    }
    if (m_from && (m_from->date().isValid() || m_to->date().isValid()))
        result.append(Filter::range(m_dateKey, m_from->date().isValid() ? QVariant(m_from->date()) : QVariant(),
                                    m_to->date().isValid() ? QVariant(m_to->date()) : QVariant()));
    return result;
}

void FilterBar::clear()
{
    for (const auto &c : std::as_const(m_combos)) {
        const QSignalBlocker block(c.second);
        c.second->setCurrentIndex(0);
    }
    for (const auto &l : std::as_const(m_lookups))
        l.second->setId(0);
    if (m_from) {
        m_from->clear();
        m_to->clear();
    }
    emit changed();
}

} // namespace hubdesk
