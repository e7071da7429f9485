#include "relations.h"

#include <QCoreApplication>

namespace hubdesk {

QString Relation::translatedTitle() const
{
    return QCoreApplication::translate("Relations", title);
}

QList<Relation> Relation::of(EntityType parent)
{
    const QString id = QStringLiteral("id");
    switch (parent) {
    case EntityType::Organisation:
        return {{QT_TRANSLATE_NOOP("Relations", "People"), EntityType::Person, QStringLiteral("organisation_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Interactions"), EntityType::Interaction, QStringLiteral("organisation_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Events"), EntityType::Participation, QStringLiteral("organisation_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Programme"), EntityType::Startup, QStringLiteral("organisation_id"), id}};
    case EntityType::Person:
        return {{QT_TRANSLATE_NOOP("Relations", "Sessions as expert"), EntityType::Session, QStringLiteral("expert_id"), id,
                 Relation::Extra::Hours},
                {QT_TRANSLATE_NOOP("Relations", "Events"), EntityType::Participation, QStringLiteral("person_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Interactions"), EntityType::Interaction, QStringLiteral("person_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Consents"), EntityType::Consent, QStringLiteral("person_id"), id,
                 Relation::Extra::Consents},
                {QT_TRANSLATE_NOOP("Relations", "Travel vouchers"), EntityType::Voucher, QStringLiteral("traveller_id"), id}};
    case EntityType::Startup:
        return {{QT_TRANSLATE_NOOP("Relations", "People"), EntityType::Person, QStringLiteral("organisation_id"),
                 QStringLiteral("organisation_id")},
                {QT_TRANSLATE_NOOP("Relations", "Sessions"), EntityType::Session, QStringLiteral("startup_id"), id,
                 Relation::Extra::Hours},
                {QT_TRANSLATE_NOOP("Relations", "Outcomes"), EntityType::Outcome, QStringLiteral("startup_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Vouchers"), EntityType::Voucher, QStringLiteral("startup_id"), id},
                {QT_TRANSLATE_NOOP("Relations", "Events"), EntityType::Participation, QStringLiteral("organisation_id"),
                 QStringLiteral("organisation_id")},
                {QT_TRANSLATE_NOOP("Relations", "Progress"), EntityType::StartupProgress, QStringLiteral("startup_id"), id}};
    case EntityType::Event:
        return {{QT_TRANSLATE_NOOP("Relations", "Participants"), EntityType::Participation, QStringLiteral("event_id"), id,
                 Relation::Extra::AddParticipants},
                {QT_TRANSLATE_NOOP("Relations", "Travel vouchers"), EntityType::Voucher, QStringLiteral("event_id"), id}};
    case EntityType::Voucher:
        return {{QT_TRANSLATE_NOOP("Relations", "Status history"), EntityType::VoucherStatusChange,
                 QStringLiteral("voucher_id"), id}};
    default:
        return {};
    }
}

} // namespace hubdesk
