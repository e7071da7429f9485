#include "enums.h"

#include <QCoreApplication>
#include <QTranslator>

namespace hubdesk {

namespace {

// A label with the disambiguation lupdate keeps apart (QT_TRANSLATE_NOOP3), where one
// English word needs two translations: a cancelled session and a cancelled voucher
// differ in gender in Bulgarian.
struct Label
{
    const char *source;
    const char *comment = nullptr;
};

struct Item
{
    const char *key;
    Label label;
};

struct Definition
{
    EnumType type;
    const char *table;
    const char *name;
    QList<Item> items;
};

// The order of items is the display order. Keys never change; new ones may be added
// together with a migration that inserts them into the look-up table.
const QList<Definition> &definitions()
{
    static const QList<Definition> defs = {
        {EnumType::OrganisationKind, "enum_organisation_kind", QT_TRANSLATE_NOOP("Enums", "organisation kind"),
         {{"corporation", QT_TRANSLATE_NOOP("Enums", "Corporation")},
          {"public_body", QT_TRANSLATE_NOOP("Enums", "Public organisation")},
          {"investor", QT_TRANSLATE_NOOP("Enums", "Investor / funding institution")},
          {"accelerator", QT_TRANSLATE_NOOP("Enums", "Accelerator / incubator")},
          {"startup", QT_TRANSLATE_NOOP("Enums", "Start-up / scale-up")},
          {"university", QT_TRANSLATE_NOOP("Enums", "University / R&D organisation")},
          {"media", QT_TRANSLATE_NOOP("Enums", "Media company")},
          {"press", QT_TRANSLATE_NOOP("Enums", "Press agency")},
          {"other", QT_TRANSLATE_NOOP("Enums", "Other")}}},
        {EnumType::EngagementLevel, "enum_engagement_level", QT_TRANSLATE_NOOP("Enums", "engagement level"),
         {{"mapped", QT_TRANSLATE_NOOP("Enums", "Mapped")},
          {"contacted", QT_TRANSLATE_NOOP("Enums", "Contacted")},
          {"engaged", QT_TRANSLATE_NOOP("Enums", "Engaged")},
          {"partner", QT_TRANSLATE_NOOP("Enums", "Partner")}}},
        {EnumType::EcosystemRole, "enum_ecosystem_role", QT_TRANSLATE_NOOP("Enums", "ecosystem role"),
         {{"education_research", QT_TRANSLATE_NOOP("Enums", "Education & research synergy")},
          {"public_support", QT_TRANSLATE_NOOP("Enums", "Public support")},
          {"financing", QT_TRANSLATE_NOOP("Enums", "Financing")},
          {"multinational", QT_TRANSLATE_NOOP("Enums", "Multinational presence")},
          {"mobility", QT_TRANSLATE_NOOP("Enums", "Mobility of people")},
          {"global_reach", QT_TRANSLATE_NOOP("Enums", "Global reach")}}},
        {EnumType::ExpertRole, "enum_expert_role", QT_TRANSLATE_NOOP("Enums", "expert role"),
         {{"mentor", QT_TRANSLATE_NOOP("Enums", "Mentor")},
          {"consultant", QT_TRANSLATE_NOOP("Enums", "Consultant")},
          {"trainer", QT_TRANSLATE_NOOP("Enums", "Trainer")},
          {"coach", QT_TRANSLATE_NOOP("Enums", "Coach")}}},
        {EnumType::StartupStatus, "enum_startup_status", QT_TRANSLATE_NOOP("Enums", "startup status"),
         {{"applicant", QT_TRANSLATE_NOOP("Enums", "Applicant")},
          {"selected", QT_TRANSLATE_NOOP("Enums", "Selected")},
          {"active", QT_TRANSLATE_NOOP("Enums", "Active")},
          {"alumni", QT_TRANSLATE_NOOP("Enums", "Alumni")},
          {"withdrawn", QT_TRANSLATE_NOOP("Enums", "Withdrawn")}}},
        {EnumType::StartupStage, "enum_startup_stage", QT_TRANSLATE_NOOP("Enums", "startup stage"),
         {{"idea", QT_TRANSLATE_NOOP("Enums", "Idea")},
          {"prototype", QT_TRANSLATE_NOOP("Enums", "Prototype")},
          {"mvp", QT_TRANSLATE_NOOP("Enums", "MVP")},
          {"first_clients", QT_TRANSLATE_NOOP("Enums", "First clients")},
          {"contracts", QT_TRANSLATE_NOOP("Enums", "Contracts signed")},
          {"investment", QT_TRANSLATE_NOOP("Enums", "Investment raised")},
          {"scaling", QT_TRANSLATE_NOOP("Enums", "Scaling")}}},
        {EnumType::MediaChallenge, "enum_media_challenge", QT_TRANSLATE_NOOP("Enums", "media challenge"),
         {{"misinformation", QT_TRANSLATE_NOOP("Enums", "Misinformation and fake news")},
          {"accessibility", QT_TRANSLATE_NOOP("Enums", "Accessibility and inclusion")},
          {"hmi", QT_TRANSLATE_NOOP("Enums", "Human-machine interaction")},
          {"data_protection", QT_TRANSLATE_NOOP("Enums", "Protection of personal data")},
          {"media40", QT_TRANSLATE_NOOP("Enums", "Data-driven media 4.0")},
          {"other", QT_TRANSLATE_NOOP("Enums", "Other")}}},
        {EnumType::OutcomeType, "enum_outcome_type", QT_TRANSLATE_NOOP("Enums", "outcome type"),
         {{"contract", QT_TRANSLATE_NOOP("Enums", "Client contract signed")},
          {"investment", QT_TRANSLATE_NOOP("Enums", "Investment raised")},
          {"pilot", QT_TRANSLATE_NOOP("Enums", "Pilot")},
          {"procurement", QT_TRANSLATE_NOOP("Enums", "Public procurement won")},
          {"market_entry", QT_TRANSLATE_NOOP("Enums", "New market entered")},
          {"award", QT_TRANSLATE_NOOP("Enums", "Award")}}},
        {EnumType::SessionService, "enum_session_service", QT_TRANSLATE_NOOP("Enums", "service"),
         {{"upscaling", QT_TRANSLATE_NOOP("Enums", "Coaching for upscaling")},
          {"soft_landing", QT_TRANSLATE_NOOP("Enums", "Soft-landing to new markets")},
          {"product_market_fit", QT_TRANSLATE_NOOP("Enums", "Product-market fit")},
          {"legal", QT_TRANSLATE_NOOP("Enums", "Legal")},
          {"pitching", QT_TRANSLATE_NOOP("Enums", "Pitching readiness")},
          {"fundraising", QT_TRANSLATE_NOOP("Enums", "Fundraising")},
          {"product_development", QT_TRANSLATE_NOOP("Enums", "Product development")},
          {"strategy", QT_TRANSLATE_NOOP("Enums", "Strategic management")},
          {"internationalisation", QT_TRANSLATE_NOOP("Enums", "Internationalisation")},
          {"ux_design", QT_TRANSLATE_NOOP("Enums", "UX and design")},
          {"matchmaking", QT_TRANSLATE_NOOP("Enums", "Matchmaking with media and creative corporations")},
          {"procurement", QT_TRANSLATE_NOOP("Enums", "Public-procurement support")},
          {"investor_meeting", QT_TRANSLATE_NOOP("Enums", "Investor meeting")}}},
        {EnumType::SessionFormat, "enum_session_format", QT_TRANSLATE_NOOP("Enums", "session format"),
         {{"on_site", QT_TRANSLATE_NOOP("Enums", "On site")}, {"online", QT_TRANSLATE_NOOP("Enums", "Online")}}},
        {EnumType::SessionStatus, "enum_session_status", QT_TRANSLATE_NOOP("Enums", "session status"),
         {{"planned", QT_TRANSLATE_NOOP("Enums", "Planned")},
          {"held", QT_TRANSLATE_NOOP("Enums", "Held")},
          {"cancelled", QT_TRANSLATE_NOOP("Enums", "Cancelled")}}},
        {EnumType::EventType, "enum_event_type", QT_TRANSLATE_NOOP("Enums", "event type"),
         {{"deeptech_on_stage", QT_TRANSLATE_NOOP("Enums", "Deeptech on stage")},
          {"investor_meeting", QT_TRANSLATE_NOOP("Enums", "Investor meeting")},
          {"matchmaking", QT_TRANSLATE_NOOP("Enums", "Matchmaking meeting")},
          {"training", QT_TRANSLATE_NOOP("Enums", "Training")},
          {"conference", QT_TRANSLATE_NOOP("Enums", "International conference")},
          {"networking", QT_TRANSLATE_NOOP("Enums", "Networking")}}},
        {EnumType::ParticipationRole, "enum_participation_role", QT_TRANSLATE_NOOP("Enums", "participation role"),
         {{"pitching", QT_TRANSLATE_NOOP("Enums", "Pitching startup")},
          {"investor", QT_TRANSLATE_NOOP("Enums", "Investor")},
          {"jury", QT_TRANSLATE_NOOP("Enums", "Jury")},
          {"speaker", QT_TRANSLATE_NOOP("Enums", "Speaker")},
          {"attendee", QT_TRANSLATE_NOOP("Enums", "Attendee")},
          {"ticket_winner", QT_TRANSLATE_NOOP("Enums", "Ticket winner")}}},
        {EnumType::VoucherStatus, "enum_voucher_status", QT_TRANSLATE_NOOP("Enums", "voucher status"),
         {{"requested", QT_TRANSLATE_NOOP("Enums", "Requested")},
          {"approved", QT_TRANSLATE_NOOP("Enums", "Approved")},
          {"claimed", QT_TRANSLATE_NOOP("Enums", "Claimed")},
          {"paid", QT_TRANSLATE_NOOP("Enums", "Paid")},
          {"rejected", QT_TRANSLATE_NOOP("Enums", "Rejected")},
          {"cancelled", QT_TRANSLATE_NOOP3("Enums", "Cancelled", "voucher status")}}},
        {EnumType::InteractionType, "enum_interaction_type", QT_TRANSLATE_NOOP("Enums", "interaction type"),
         {{"call", QT_TRANSLATE_NOOP("Enums", "Call")},
          {"email", QT_TRANSLATE_NOOP("Enums", "E-mail")},
          {"meeting", QT_TRANSLATE_NOOP("Enums", "Meeting")},
          {"note", QT_TRANSLATE_NOOP("Enums", "Note")}}},
    };
    return defs;
}

const Definition &definition(EnumType type)
{
    for (const Definition &d : definitions()) {
        if (d.type == type)
            return d;
    }
    Q_UNREACHABLE();
}

const Item *find(EnumType type, const QString &key)
{
    for (const Item &item : definition(type).items) {
        if (key == QLatin1String(item.key))
            return &item;
    }
    return nullptr;
}

} // namespace

QList<EnumType> Enums::all()
{
    QList<EnumType> result;
    for (const Definition &d : definitions())
        result.append(d.type);
    return result;
}

QStringList Enums::keys(EnumType type)
{
    QStringList result;
    for (const Item &item : definition(type).items)
        result.append(QString::fromLatin1(item.key));
    return result;
}

bool Enums::contains(EnumType type, const QString &key)
{
    return find(type, key) != nullptr;
}

QString Enums::label(EnumType type, const QString &key)
{
    const Item *item = find(type, key);
    return item ? QCoreApplication::translate("Enums", item->label.source, item->label.comment) : key;
}

QString Enums::label(EnumType type, const QString &key, const QTranslator &translator)
{
    const Item *item = find(type, key);
    return item ? translator.translate("Enums", item->label.source, item->label.comment) : QString();
}

QString Enums::englishLabel(EnumType type, const QString &key)
{
    const Item *item = find(type, key);
    return item ? QString::fromUtf8(item->label.source) : key;
}

QString Enums::lookupTable(EnumType type)
{
    return QString::fromLatin1(definition(type).table);
}

QString Enums::name(EnumType type)
{
    return QCoreApplication::translate("Enums", definition(type).name);
}

} // namespace hubdesk
