#include "entityinfo.h"

#include <QCoreApplication>
#include <QHash>

namespace hubdesk {

namespace {

using F = Field;
using T = FieldType;

QList<EntityInfo> buildRegistry()
{
    QList<EntityInfo> r;

    EntityInfo org;
    org.type = EntityType::Organisation;
    org.key = QStringLiteral("organisation");
    org.table = QStringLiteral("organisations");
    org.singular = QT_TRANSLATE_NOOP("Entities", "Stakeholder");
    org.plural = QT_TRANSLATE_NOOP("Entities", "Stakeholders");
    org.defaultSort = QStringLiteral("name");
    org.labelFields = {QStringLiteral("name")};
    org.fields = {
        F::text("name", QT_TRANSLATE_NOOP("Fields", "Name")).mandatory(),
        F::text("legal_name", QT_TRANSLATE_NOOP("Fields", "Legal name")),
        F::enumeration("kind", EnumType::OrganisationKind, QT_TRANSLATE_NOOP("Fields", "Kind")).mandatory(),
        F::enumeration("engagement", EnumType::EngagementLevel, QT_TRANSLATE_NOOP("Fields", "Engagement"))
            .mandatory(),
        F::enumSet("roles", EnumType::EcosystemRole, QT_TRANSLATE_NOOP("Fields", "Ecosystem roles"),
                   "organisation_roles", "organisation_id", "role"),
        F::tagList("tags", QT_TRANSLATE_NOOP("Fields", "Sectors and tags"), "organisation_tags",
                   "organisation_id", "tag"),
        F::ofType(T::Country, "country", QT_TRANSLATE_NOOP("Fields", "Country")),
        F::text("city", QT_TRANSLATE_NOOP("Fields", "City")),
        F::text("address", QT_TRANSLATE_NOOP("Fields", "Address")),
        F::ofType(T::Url, "website", QT_TRANSLATE_NOOP("Fields", "Website")),
        F::ofType(T::Email, "email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        F::ofType(T::Phone, "phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        F::ofType(T::CompanyId, "company_id", QT_TRANSLATE_NOOP("Fields", "Company ID")),
        F::text("vat_number", QT_TRANSLATE_NOOP("Fields", "VAT number")),
        F::longText("description", QT_TRANSLATE_NOOP("Fields", "Description")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    r.append(org);

    EntityInfo person;
    person.type = EntityType::Person;
    person.key = QStringLiteral("person");
    person.table = QStringLiteral("people");
    person.singular = QT_TRANSLATE_NOOP("Entities", "Person");
    person.plural = QT_TRANSLATE_NOOP("Entities", "People and experts");
    person.defaultSort = QStringLiteral("label");
    person.labelFields = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    person.fields = {
        F::text("first_name", QT_TRANSLATE_NOOP("Fields", "First name")),
        F::text("last_name", QT_TRANSLATE_NOOP("Fields", "Last name")),
        F::ref("organisation_id", EntityType::Organisation, OnDelete::SetNull,
               QT_TRANSLATE_NOOP("Fields", "Organisation")),
        F::text("job_title", QT_TRANSLATE_NOOP("Fields", "Job title")),
        F::ofType(T::Email, "email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        F::ofType(T::Phone, "phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        F::ofType(T::Phone, "mobile", QT_TRANSLATE_NOOP("Fields", "Mobile")),
        F::text("city", QT_TRANSLATE_NOOP("Fields", "City")),
        F::ofType(T::Country, "country", QT_TRANSLATE_NOOP("Fields", "Country")),
        F::ofType(T::Url, "linkedin", QT_TRANSLATE_NOOP("Fields", "LinkedIn")),
        F::ofType(T::Bool, "is_expert", QT_TRANSLATE_NOOP("Fields", "Expert or mentor")),
        F::enumSet("expert_roles", EnumType::ExpertRole, QT_TRANSLATE_NOOP("Fields", "Expert roles"),
                   "person_expert_roles", "person_id", "role"),
        F::tagList("expertise", QT_TRANSLATE_NOOP("Fields", "Expertise areas"), "person_expertise",
                   "person_id", "area"),
        F::tagList("languages", QT_TRANSLATE_NOOP("Fields", "Languages"), "person_languages", "person_id", "language"),
        F::ofType(T::Money, "day_rate_cents", QT_TRANSLATE_NOOP("Fields", "Day rate")),
        F::ofType(T::Money, "hour_rate_cents", QT_TRANSLATE_NOOP("Fields", "Hour rate")),
        F::text("availability", QT_TRANSLATE_NOOP("Fields", "Availability")),
        F::longText("bio", QT_TRANSLATE_NOOP("Fields", "Biography")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    r.append(person);

    EntityInfo startup;
    startup.type = EntityType::Startup;
    startup.key = QStringLiteral("startup");
    startup.table = QStringLiteral("startups");
    startup.singular = QT_TRANSLATE_NOOP("Entities", "Startup");
    startup.plural = QT_TRANSLATE_NOOP("Entities", "Startups");
    startup.defaultSort = QStringLiteral("label");
    startup.labelFields = {QStringLiteral("organisation_id")};
    startup.fields = {
        F::ref("organisation_id", EntityType::Organisation, OnDelete::Cascade,
               QT_TRANSLATE_NOOP("Fields", "Organisation"))
            .mandatory(),
        F::text("cohort", QT_TRANSLATE_NOOP("Fields", "Call / cohort")),
        F::text("hub", QT_TRANSLATE_NOOP("Fields", "Hub")),
        F::enumeration("status", EnumType::StartupStatus, QT_TRANSLATE_NOOP("Fields", "Status")).mandatory(),
        F::enumeration("stage", EnumType::StartupStage, QT_TRANSLATE_NOOP("Fields", "Stage")).mandatory(),
        F::integer("trl", QT_TRANSLATE_NOOP("Fields", "TRL"), 1, 9),
        F::enumeration("challenge", EnumType::MediaChallenge, QT_TRANSLATE_NOOP("Fields", "Media challenge")),
        F::tagList("technologies", QT_TRANSLATE_NOOP("Fields", "Technologies"), "startup_technologies",
                   "startup_id", "technology"),
        F::integer("team_size", QT_TRANSLATE_NOOP("Fields", "Team size"), 0, 100000),
        F::integer("founders_female", QT_TRANSLATE_NOOP("Fields", "Female founders"), 0, 1000),
        F::integer("founders_male", QT_TRANSLATE_NOOP("Fields", "Male founders"), 0, 1000),
        F::integer("founders_other", QT_TRANSLATE_NOOP("Fields", "Other founders"), 0, 1000),
        F::ofType(T::Date, "applied_on", QT_TRANSLATE_NOOP("Fields", "Applied on")),
        F::ofType(T::Date, "joined_on", QT_TRANSLATE_NOOP("Fields", "Joined on")),
        F::ofType(T::Date, "left_on", QT_TRANSLATE_NOOP("Fields", "Left on")),
        F::text("pitch", QT_TRANSLATE_NOOP("Fields", "Pitch")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    startup.dateOrder = {{QStringLiteral("applied_on"), QStringLiteral("joined_on")},
                         {QStringLiteral("joined_on"), QStringLiteral("left_on")}};
    r.append(startup);

    EntityInfo progress;
    progress.type = EntityType::StartupProgress;
    progress.key = QStringLiteral("startup_progress");
    progress.table = QStringLiteral("startup_progress");
    progress.singular = QT_TRANSLATE_NOOP("Entities", "Progress entry");
    progress.plural = QT_TRANSLATE_NOOP("Entities", "Progress history");
    progress.defaultSort = QStringLiteral("recorded_on");
    progress.labelFields = {QStringLiteral("startup_id"), QStringLiteral("recorded_on")};
    progress.fields = {
        F::ref("startup_id", EntityType::Startup, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Startup"))
            .mandatory(),
        F::ofType(T::Date, "recorded_on", QT_TRANSLATE_NOOP("Fields", "Date")).mandatory(),
        F::enumeration("stage", EnumType::StartupStage, QT_TRANSLATE_NOOP("Fields", "Stage")).mandatory(),
        F::integer("trl", QT_TRANSLATE_NOOP("Fields", "TRL"), 1, 9),
        F::text("note", QT_TRANSLATE_NOOP("Fields", "Note")),
    };
    r.append(progress);

    EntityInfo outcome;
    outcome.type = EntityType::Outcome;
    outcome.key = QStringLiteral("outcome");
    outcome.table = QStringLiteral("outcomes");
    outcome.singular = QT_TRANSLATE_NOOP("Entities", "Outcome");
    outcome.plural = QT_TRANSLATE_NOOP("Entities", "Outcomes");
    outcome.defaultSort = QStringLiteral("achieved_on");
    outcome.labelFields = {QStringLiteral("title")};
    outcome.fields = {
        F::ref("startup_id", EntityType::Startup, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Startup"))
            .mandatory(),
        F::enumeration("type", EnumType::OutcomeType, QT_TRANSLATE_NOOP("Fields", "Type")).mandatory(),
        F::ofType(T::Date, "achieved_on", QT_TRANSLATE_NOOP("Fields", "Date")).mandatory(),
        F::text("title", QT_TRANSLATE_NOOP("Fields", "Title")).mandatory(),
        F::ref("counterpart_id", EntityType::Organisation, OnDelete::SetNull,
               QT_TRANSLATE_NOOP("Fields", "Counterpart organisation")),
        F::text("counterpart", QT_TRANSLATE_NOOP("Fields", "Counterpart")),
        F::ofType(T::Money, "amount_cents", QT_TRANSLATE_NOOP("Fields", "Value")),
        F::ofType(T::Country, "country", QT_TRANSLATE_NOOP("Fields", "Market country")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    r.append(outcome);

    EntityInfo session;
    session.type = EntityType::Session;
    session.key = QStringLiteral("session");
    session.table = QStringLiteral("mentoring_sessions");
    session.singular = QT_TRANSLATE_NOOP("Entities", "Mentoring session");
    session.plural = QT_TRANSLATE_NOOP("Entities", "Mentoring sessions");
    session.defaultSort = QStringLiteral("session_date");
    session.labelFields = {QStringLiteral("session_date"), QStringLiteral("startup_id")};
    session.fields = {
        F::ref("startup_id", EntityType::Startup, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Startup"))
            .mandatory(),
        F::ref("expert_id", EntityType::Person, OnDelete::Restrict, QT_TRANSLATE_NOOP("Fields", "Expert"))
            .mandatory(),
        F::ofType(T::Date, "session_date", QT_TRANSLATE_NOOP("Fields", "Date")).mandatory(),
        F::ofType(T::Minutes, "duration_minutes", QT_TRANSLATE_NOOP("Fields", "Duration")).mandatory(),
        F::enumeration("service", EnumType::SessionService, QT_TRANSLATE_NOOP("Fields", "Service")).mandatory(),
        F::enumeration("format", EnumType::SessionFormat, QT_TRANSLATE_NOOP("Fields", "Format")).mandatory(),
        F::enumeration("status", EnumType::SessionStatus, QT_TRANSLATE_NOOP("Fields", "Status")).mandatory(),
        F::longText("summary", QT_TRANSLATE_NOOP("Fields", "Summary")),
        F::longText("agreed_actions", QT_TRANSLATE_NOOP("Fields", "Agreed actions")),
        F::ofType(T::Date, "follow_up_on", QT_TRANSLATE_NOOP("Fields", "Follow-up date")),
    };
    session.fields[3].minimum = 1;
    session.fields[3].maximum = 24 * 60;
    session.dateOrder = {{QStringLiteral("session_date"), QStringLiteral("follow_up_on")}};
    r.append(session);

    EntityInfo event;
    event.type = EntityType::Event;
    event.key = QStringLiteral("event");
    event.table = QStringLiteral("events");
    event.singular = QT_TRANSLATE_NOOP("Entities", "Event");
    event.plural = QT_TRANSLATE_NOOP("Entities", "Events");
    event.defaultSort = QStringLiteral("starts_on");
    event.labelFields = {QStringLiteral("name")};
    event.fields = {
        F::text("name", QT_TRANSLATE_NOOP("Fields", "Name")).mandatory(),
        F::enumeration("type", EnumType::EventType, QT_TRANSLATE_NOOP("Fields", "Type")).mandatory(),
        F::ofType(T::Date, "starts_on", QT_TRANSLATE_NOOP("Fields", "Starts on")).mandatory(),
        F::ofType(T::Date, "ends_on", QT_TRANSLATE_NOOP("Fields", "Ends on")),
        F::text("city", QT_TRANSLATE_NOOP("Fields", "City")),
        F::ofType(T::Country, "country", QT_TRANSLATE_NOOP("Fields", "Country")),
        F::text("venue", QT_TRANSLATE_NOOP("Fields", "Venue")),
        F::ref("organiser_id", EntityType::Organisation, OnDelete::SetNull,
               QT_TRANSLATE_NOOP("Fields", "Organiser")),
        F::ofType(T::Bool, "online", QT_TRANSLATE_NOOP("Fields", "Online")),
        F::longText("description", QT_TRANSLATE_NOOP("Fields", "Description")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    event.dateOrder = {{QStringLiteral("starts_on"), QStringLiteral("ends_on")}};
    r.append(event);

    EntityInfo part;
    part.type = EntityType::Participation;
    part.key = QStringLiteral("participation");
    part.table = QStringLiteral("participations");
    part.singular = QT_TRANSLATE_NOOP("Entities", "Participation");
    part.plural = QT_TRANSLATE_NOOP("Entities", "Participations");
    part.defaultSort = QStringLiteral("label");
    part.labelFields = {QStringLiteral("person_id"), QStringLiteral("organisation_id")};
    part.fields = {
        F::ref("event_id", EntityType::Event, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Event")).mandatory(),
        F::ref("organisation_id", EntityType::Organisation, OnDelete::Cascade,
               QT_TRANSLATE_NOOP("Fields", "Organisation")),
        F::ref("person_id", EntityType::Person, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Person")),
        F::enumeration("role", EnumType::ParticipationRole, QT_TRANSLATE_NOOP("Fields", "Role")).mandatory(),
        F::text("outcome", QT_TRANSLATE_NOOP("Fields", "Outcome")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    r.append(part);

    EntityInfo voucher;
    voucher.type = EntityType::Voucher;
    voucher.key = QStringLiteral("voucher");
    voucher.table = QStringLiteral("vouchers");
    voucher.singular = QT_TRANSLATE_NOOP("Entities", "Travel voucher");
    voucher.plural = QT_TRANSLATE_NOOP("Entities", "Travel vouchers");
    voucher.defaultSort = QStringLiteral("number");
    voucher.labelFields = {QStringLiteral("number")};
    voucher.fields = {
        F::text("number", QT_TRANSLATE_NOOP("Fields", "Number")).mandatory(),
        F::ref("startup_id", EntityType::Startup, OnDelete::Restrict, QT_TRANSLATE_NOOP("Fields", "Startup"))
            .mandatory(),
        F::ref("traveller_id", EntityType::Person, OnDelete::Restrict, QT_TRANSLATE_NOOP("Fields", "Traveller")),
        F::ref("event_id", EntityType::Event, OnDelete::SetNull, QT_TRANSLATE_NOOP("Fields", "Event")),
        F::text("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose")).mandatory(),
        F::text("destination_city", QT_TRANSLATE_NOOP("Fields", "Destination city")),
        F::ofType(T::Country, "destination_country", QT_TRANSLATE_NOOP("Fields", "Destination country")),
        F::ofType(T::Date, "travel_from", QT_TRANSLATE_NOOP("Fields", "Travel from")),
        F::ofType(T::Date, "travel_to", QT_TRANSLATE_NOOP("Fields", "Travel to")),
        F::ofType(T::Date, "requested_on", QT_TRANSLATE_NOOP("Fields", "Requested on")).mandatory(),
        F::ofType(T::Money, "requested_cents", QT_TRANSLATE_NOOP("Fields", "Amount requested")).mandatory(),
        F::ofType(T::Money, "approved_cents", QT_TRANSLATE_NOOP("Fields", "Amount approved")).workflow(),
        F::ofType(T::Date, "approved_on", QT_TRANSLATE_NOOP("Fields", "Approved on")).workflow(),
        F::ofType(T::Money, "claimed_cents", QT_TRANSLATE_NOOP("Fields", "Amount claimed")).workflow(),
        F::ofType(T::Date, "claimed_on", QT_TRANSLATE_NOOP("Fields", "Claimed on")).workflow(),
        F::ofType(T::Money, "paid_cents", QT_TRANSLATE_NOOP("Fields", "Amount paid")).workflow(),
        F::ofType(T::Date, "paid_on", QT_TRANSLATE_NOOP("Fields", "Paid on")).workflow(),
        F::enumeration("status", EnumType::VoucherStatus, QT_TRANSLATE_NOOP("Fields", "Status"))
            .mandatory()
            .workflow(),
        F::ofType(T::Bool, "receipts_received", QT_TRANSLATE_NOOP("Fields", "Receipts received")),
        F::text("receipts_override", QT_TRANSLATE_NOOP("Fields", "Reason to claim without receipts")).workflow(),
        F::text("decision_reason", QT_TRANSLATE_NOOP("Fields", "Reason for rejection or cancellation"))
            .workflow(),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    voucher.dateOrder = {{QStringLiteral("travel_from"), QStringLiteral("travel_to")},
                         {QStringLiteral("requested_on"), QStringLiteral("approved_on")},
                         {QStringLiteral("approved_on"), QStringLiteral("claimed_on")},
                         {QStringLiteral("claimed_on"), QStringLiteral("paid_on")},
                         {QStringLiteral("approved_on"), QStringLiteral("paid_on")}};
    r.append(voucher);

    EntityInfo change;
    change.type = EntityType::VoucherStatusChange;
    change.key = QStringLiteral("voucher_status_change");
    change.table = QStringLiteral("voucher_status_history");
    change.singular = QT_TRANSLATE_NOOP("Entities", "Voucher status change");
    change.plural = QT_TRANSLATE_NOOP("Entities", "Voucher status history");
    change.defaultSort = QStringLiteral("changed_on");
    change.labelFields = {QStringLiteral("voucher_id"), QStringLiteral("to_status")};
    change.trashable = false;
    change.fields = {
        F::ref("voucher_id", EntityType::Voucher, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Voucher"))
            .mandatory(),
        F::enumeration("from_status", EnumType::VoucherStatus, QT_TRANSLATE_NOOP("Fields", "From status")),
        F::enumeration("to_status", EnumType::VoucherStatus, QT_TRANSLATE_NOOP("Fields", "To status")).mandatory(),
        F::ofType(T::Date, "changed_on", QT_TRANSLATE_NOOP("Fields", "Date")).mandatory(),
        F::ofType(T::Money, "amount_cents", QT_TRANSLATE_NOOP("Fields", "Amount")),
        F::text("reason", QT_TRANSLATE_NOOP("Fields", "Reason")),
        F::text("actor", QT_TRANSLATE_NOOP("Fields", "Changed by")),
    };
    r.append(change);

    EntityInfo interaction;
    interaction.type = EntityType::Interaction;
    interaction.key = QStringLiteral("interaction");
    interaction.table = QStringLiteral("interactions");
    interaction.singular = QT_TRANSLATE_NOOP("Entities", "Interaction");
    interaction.plural = QT_TRANSLATE_NOOP("Entities", "Interactions");
    interaction.defaultSort = QStringLiteral("occurred_on");
    interaction.labelFields = {QStringLiteral("subject"), QStringLiteral("type")};
    interaction.fields = {
        F::ref("organisation_id", EntityType::Organisation, OnDelete::Cascade,
               QT_TRANSLATE_NOOP("Fields", "Stakeholder"))
            .mandatory(),
        F::ref("person_id", EntityType::Person, OnDelete::SetNull, QT_TRANSLATE_NOOP("Fields", "Person")),
        F::enumeration("type", EnumType::InteractionType, QT_TRANSLATE_NOOP("Fields", "Type")).mandatory(),
        F::ofType(T::Date, "occurred_on", QT_TRANSLATE_NOOP("Fields", "Date")).mandatory(),
        F::text("subject", QT_TRANSLATE_NOOP("Fields", "Subject")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
        F::text("staff", QT_TRANSLATE_NOOP("Fields", "Staff member")),
    };
    r.append(interaction);

    EntityInfo attachment;
    attachment.type = EntityType::Attachment;
    attachment.key = QStringLiteral("attachment");
    attachment.table = QStringLiteral("attachments");
    attachment.singular = QT_TRANSLATE_NOOP("Entities", "Attachment");
    attachment.plural = QT_TRANSLATE_NOOP("Entities", "Attachments");
    attachment.defaultSort = QStringLiteral("file_name");
    attachment.labelFields = {QStringLiteral("file_name")};
    attachment.fields = {
        F::text("owner_entity", QT_TRANSLATE_NOOP("Fields", "Attached to (kind)")).mandatory(),
        F::integer("owner_id", QT_TRANSLATE_NOOP("Fields", "Attached to (record)"), 1, 0).mandatory(),
        F::text("file_name", QT_TRANSLATE_NOOP("Fields", "File name")).mandatory(),
        F::text("mime_type", QT_TRANSLATE_NOOP("Fields", "Type")),
        F::integer("size_bytes", QT_TRANSLATE_NOOP("Fields", "Size"), 0, 0),
        F::text("sha256", QT_TRANSLATE_NOOP("Fields", "SHA-256")),
        F::text("description", QT_TRANSLATE_NOOP("Fields", "Description")),
    };
    r.append(attachment);

    EntityInfo period;
    period.type = EntityType::ReportingPeriod;
    period.key = QStringLiteral("reporting_period");
    period.table = QStringLiteral("reporting_periods");
    period.singular = QT_TRANSLATE_NOOP("Entities", "Reporting period");
    period.plural = QT_TRANSLATE_NOOP("Entities", "Reporting periods");
    period.defaultSort = QStringLiteral("starts_on");
    period.labelFields = {QStringLiteral("name")};
    period.fields = {
        F::text("name", QT_TRANSLATE_NOOP("Fields", "Name")).mandatory(),
        F::ofType(T::Date, "starts_on", QT_TRANSLATE_NOOP("Fields", "Starts on")).mandatory(),
        F::ofType(T::Date, "ends_on", QT_TRANSLATE_NOOP("Fields", "Ends on")).mandatory(),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    period.dateOrder = {{QStringLiteral("starts_on"), QStringLiteral("ends_on")}};
    r.append(period);

    EntityInfo consent;
    consent.type = EntityType::Consent;
    consent.key = QStringLiteral("consent");
    consent.table = QStringLiteral("consents");
    consent.singular = QT_TRANSLATE_NOOP("Entities", "Consent");
    consent.plural = QT_TRANSLATE_NOOP("Entities", "Consents");
    consent.defaultSort = QStringLiteral("given_on");
    consent.labelFields = {QStringLiteral("purpose")};
    consent.fields = {
        F::ref("person_id", EntityType::Person, OnDelete::Cascade, QT_TRANSLATE_NOOP("Fields", "Person"))
            .mandatory(),
        F::text("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose")).mandatory(),
        F::ofType(T::Date, "given_on", QT_TRANSLATE_NOOP("Fields", "Given on")).mandatory(),
        F::text("method", QT_TRANSLATE_NOOP("Fields", "How it was given")).mandatory(),
        F::ofType(T::Date, "withdrawn_on", QT_TRANSLATE_NOOP("Fields", "Withdrawn on")),
        F::longText("notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    consent.dateOrder = {{QStringLiteral("given_on"), QStringLiteral("withdrawn_on")}};
    r.append(consent);

    for (EntityInfo &info : r)
        info.listView = info.table + QStringLiteral("_list");
    return r;
}

const QList<EntityInfo> &registry()
{
    static const QList<EntityInfo> entities = buildRegistry();
    return entities;
}

} // namespace

const Field *EntityInfo::field(const QString &fieldKey) const
{
    for (const Field &f : fields) {
        if (f.key == fieldKey)
            return &f;
    }
    return nullptr;
}

QString EntityInfo::singularLabel() const
{
    return QCoreApplication::translate("Entities", singular);
}

QString EntityInfo::pluralLabel() const
{
    return QCoreApplication::translate("Entities", plural);
}

const QList<EntityType> &Entities::all()
{
    static const QList<EntityType> types = [] {
        QList<EntityType> list;
        for (const EntityInfo &info : registry())
            list.append(info.type);
        return list;
    }();
    return types;
}

const EntityInfo &Entities::info(EntityType type)
{
    // The registry is built in EntityType order, so the enum value is the index.
    return registry().at(static_cast<int>(type));
}

EntityType Entities::fromKey(const QString &key, bool *ok)
{
    for (const EntityInfo &info : registry()) {
        if (info.key == key) {
            if (ok)
                *ok = true;
            return info.type;
        }
    }
    if (ok)
        *ok = false;
    return EntityType::Organisation;
}

QList<QPair<EntityType, Field>> Entities::referencesTo(EntityType type)
{
    QList<QPair<EntityType, Field>> result;
    for (const EntityInfo &info : registry()) {
        for (const Field &f : info.fields) {
            if (f.type == FieldType::Reference && f.reference == type)
                result.append({info.type, f});
        }
    }
    return result;
}

QVariantHash Entities::defaults(EntityType type)
{
    switch (type) {
    case EntityType::Organisation:
        return {{QStringLiteral("engagement"), QStringLiteral("mapped")}};
    case EntityType::Startup:
        return {{QStringLiteral("status"), QStringLiteral("applicant")}, {QStringLiteral("stage"), QStringLiteral("idea")}};
    case EntityType::Session:
        return {{QStringLiteral("status"), QStringLiteral("held")}, {QStringLiteral("format"), QStringLiteral("on_site")}};
    case EntityType::Voucher:
        return {{QStringLiteral("status"), QStringLiteral("requested")}};
    default:
        return {};
    }
}

} // namespace hubdesk
