#include "periodicreport.h"

#include "../domain/countries.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../storage/programmefigures.h"

#include <QLocale>

namespace hubdesk {

namespace {

using T = ReportColumn::Type;

QVariant hours(qint64 minutes)
{
    return double(minutes) / 60.0;
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

// A key-figures row: the columns that do not apply to it stay empty.
QVariantList figure(const QString &name, const QVariant &count, const QVariant &amount = QVariant(),
                    const QVariant &hoursValue = QVariant(), const QVariant &shareValue = QVariant())
{
    return {name, count, amount, hoursValue, shareValue};
}

QString label(EnumType type, const QVariant &key)
{
    return key.isNull() ? QStringLiteral("—") : Enums::label(type, key.toString());
}

} // namespace

Error PeriodicReport::fill(Database &db, const ReportRequest &request, ReportDocument *doc)
{
    const ProgrammeFigures figures(db, request.from, request.to);
    Error e;
    const KeyFigures k = figures.keyFigures(&e);
    if (e)
        return e;

    ReportTable key;
    key.key = QStringLiteral("key_figures");
    key.title = tr("Key figures");
    key.columns = {{tr("Figure"), T::Text}, {tr("Number"), T::Integer}, {tr("Amount"), T::Money},
                   {tr("Hours"), T::Hours}, {tr("Share"), T::Percent}};
    key.rows = {
        figure(tr("Startups active in the programme"), k.startupsActive),
        figure(tr("New startups (joined in the period)"), k.startupsNew),
        figure(tr("Startups supported (at least one session held)"), k.startupsSupported),
        figure(tr("Mentoring sessions held"), k.sessionsHeld, {}, hours(k.sessionMinutes)),
        figure(tr("Sessions planned, not held yet"), k.sessionsPlanned),
        figure(tr("Sessions cancelled"), k.sessionsCancelled),
        figure(tr("Experts engaged"), k.expertsEngaged),
        figure(tr("Events"), k.events),
        figure(tr("Participations in events"), k.participations),
        figure(tr("Organisations taking part in events"), k.participatingOrganisations),
        figure(tr("Investor meetings (events)"), k.investorMeetingEvents),
        figure(tr("Investor meetings (sessions held)"), k.investorMeetingSessions),
        figure(tr("Matchmaking meetings (events)"), k.matchmakingEvents),
        figure(tr("Matchmaking (sessions held)"), k.matchmakingSessions),
        figure(tr("Client contracts signed"), k.contracts, k.contractCents),
        figure(tr("Investment raised"), k.investments, k.investmentCents),
        figure(tr("Pilots"), k.pilots),
        figure(tr("Public procurement won"), k.procurements),
        figure(tr("New markets entered"), k.marketEntries),
        figure(tr("Awards"), k.awards),
        figure(tr("Travel vouchers granted"), k.vouchersGranted, k.vouchersGrantedCents),
        figure(tr("Travel vouchers paid"), k.vouchersPaid, k.vouchersPaidCents),
        figure(tr("Travel vouchers rejected"), k.vouchersRejected),
        figure(tr("Travel vouchers cancelled"), k.vouchersCancelled),
        figure(tr("Stakeholders engaged"), k.stakeholdersEngaged),
        figure(tr("Female founders among all founders"), k.foundersFemale, {}, {}, share(k.foundersFemale, k.foundersTotal)),
        figure(tr("Active startups with a female founder"), k.startupsWithFemaleFounder, {}, {},
               share(k.startupsWithFemaleFounder, k.startupsActive)),
        figure(tr("Countries of active startups"), k.countries),
    };
    key.note = tr("What each figure counts: docs/reports.md. Records in the trash do not count.");

    ReportTable services;
    services.key = QStringLiteral("sessions_by_service");
    services.title = tr("Mentoring sessions held, by service");
    services.columns = {{tr("Service"), T::Text}, {tr("Sessions"), T::Integer}, {tr("Hours"), T::Hours}};
    ReportChart serviceChart;
    serviceChart.key = QStringLiteral("hours_by_service");
    serviceChart.title = tr("Hours of mentoring held, by service");
    serviceChart.unit = tr("h");
    for (const QVariantList &r : figures.sessionsByService(&e)) {
        services.rows.append({label(EnumType::SessionService, r.at(0)), r.at(1), hours(r.at(2).toLongLong())});
        serviceChart.labels.append(label(EnumType::SessionService, r.at(0)));
        serviceChart.values.append(hours(r.at(2).toLongLong()).toDouble());
    }
    services.totals = {tr("Total"), k.sessionsHeld, hours(k.sessionMinutes)};

    ReportTable kinds;
    kinds.key = QStringLiteral("stakeholders_by_kind");
    kinds.title = tr("Stakeholders engaged, by kind");
    kinds.columns = {{tr("Kind"), T::Text}, {tr("Organisations"), T::Integer}};
    for (const QVariantList &r : figures.stakeholdersByKind(&e))
        kinds.rows.append({label(EnumType::OrganisationKind, r.at(0)), r.at(1)});
    kinds.totals = {tr("Total"), k.stakeholdersEngaged};
    kinds.note = tr("An organisation is engaged in the period when it has an interaction or takes part in an event in it.");

    ReportTable countries;
    countries.key = QStringLiteral("by_country");
    countries.title = tr("By country");
    countries.columns = {{tr("Country"), T::Text}, {tr("Active startups"), T::Integer}, {tr("Stakeholders engaged"), T::Integer}};
    for (const QVariantList &r : figures.byCountry(&e)) {
        const QString code = r.at(0).toString();
        countries.rows.append({code.isEmpty() ? tr("(none recorded)") : QStringLiteral("%1 — %2").arg(code, Countries::name(code)),
                               r.at(1), r.at(2)});
    }

    ReportTable cohorts;
    cohorts.key = QStringLiteral("by_cohort");
    cohorts.title = tr("By cohort");
    cohorts.columns = {{tr("Cohort"), T::Text}, {tr("Active startups"), T::Integer}, {tr("Sessions held"), T::Integer},
                       {tr("Hours"), T::Hours}};
    for (const QVariantList &r : figures.byCohort(&e))
        cohorts.rows.append({r.at(0).toString().isEmpty() ? tr("(no cohort)") : r.at(0), r.at(1), r.at(2), hours(r.at(3).toLongLong())});

    ReportTable gender;
    gender.key = QStringLiteral("founders_by_gender");
    gender.title = tr("Founders of the active startups, by gender");
    gender.columns = {{tr("Founders"), T::Text}, {tr("Number"), T::Integer}, {tr("Share"), T::Percent}};
    for (const QVariantList &r : figures.foundersByGender(&e)) {
        const qint64 female = r.value(0).toLongLong();
        const qint64 maleCount = r.value(1).toLongLong();
        const qint64 other = r.value(2).toLongLong();
        const qint64 all = female + maleCount + other;
        gender.rows = {{tr("Female"), female, share(female, all)},
                       {tr("Male"), maleCount, share(maleCount, all)},
                       {tr("Other or not said"), other, share(other, all)}};
        gender.totals = {tr("Total"), all, share(all, all)};
    }

    ReportTable progress;
    progress.key = QStringLiteral("startup_progress");
    progress.title = tr("Progress of the active startups");
    progress.columns = {{tr("Startup"), T::Text}, {tr("Cohort"), T::Text}, {tr("Stage at start"), T::Text},
                        {tr("TRL at start"), T::Integer}, {tr("Stage at end"), T::Text}, {tr("TRL at end"), T::Integer}};
    for (const QVariantList &r : figures.startupProgress(&e))
        progress.rows.append({r.at(0), r.at(1), label(EnumType::StartupStage, r.at(2)), r.at(3),
                              label(EnumType::StartupStage, r.at(4)), r.at(5)});
    progress.note = tr("The stage and TRL of each startup's latest progress entry on or before the first and the last "
                       "day of the period; “—”: none yet.");

    ReportChart stageChart;
    stageChart.key = QStringLiteral("startups_by_stage");
    stageChart.title = tr("Active startups by stage at the end of the period");
    for (const QVariantList &r : figures.stagesAtEnd(&e)) {
        stageChart.labels.append(label(EnumType::StartupStage, r.at(0)));
        stageChart.values.append(r.at(1).toDouble());
    }

    ReportTable outcomes;
    outcomes.key = QStringLiteral("outcomes");
    outcomes.title = tr("Outcomes");
    outcomes.columns = {{tr("Date"), T::Date}, {tr("Startup"), T::Text}, {tr("Type"), T::Text}, {tr("Title"), T::Text},
                        {tr("Counterpart"), T::Text}, {tr("Value"), T::Money}};
    qint64 outcomeCents = 0;
    for (const QVariantList &r : figures.outcomes(&e)) {
        outcomes.rows.append({QDate::fromString(r.at(0).toString(), Qt::ISODate), r.at(1), label(EnumType::OutcomeType, r.at(2)),
                              r.at(3), r.at(4), r.at(5)});
        outcomeCents += r.at(5).toLongLong();
    }
    outcomes.totals = {QVariant(), tr("Total"), QVariant(), QVariant(), QVariant(), outcomeCents};

    ReportTable events;
    events.key = QStringLiteral("events");
    events.title = tr("Events");
    events.columns = {{tr("Date"), T::Date}, {tr("Event"), T::Text}, {tr("Type"), T::Text}, {tr("Participations"), T::Integer},
                      {tr("Organisations"), T::Integer}};
    for (const QVariantList &r : figures.events(&e))
        events.rows.append({QDate::fromString(r.at(0).toString(), Qt::ISODate), r.at(1), label(EnumType::EventType, r.at(2)),
                            r.at(3), r.at(4)});
    events.totals = {QVariant(), tr("Total"), QVariant(), k.participations, QVariant()};

    ReportTable roles;
    roles.key = QStringLiteral("participants_by_role");
    roles.title = tr("Participants by role");
    roles.columns = {{tr("Role"), T::Text}, {tr("Participations"), T::Integer}};
    for (const QVariantList &r : figures.participantsByRole(&e))
        roles.rows.append({label(EnumType::ParticipationRole, r.at(0)), r.at(1)});
    roles.totals = {tr("Total"), k.participations};

    ReportTable vouchers;
    vouchers.key = QStringLiteral("vouchers_by_status");
    vouchers.title = tr("Travel vouchers by status at the end of the period");
    vouchers.columns = {{tr("Status"), T::Text}, {tr("Vouchers"), T::Integer}, {tr("Requested"), T::Money},
                        {tr("Approved"), T::Money}, {tr("Paid"), T::Money}};
    qint64 vCount = 0, vRequested = 0, vApproved = 0, vPaid = 0;
    for (const QVariantList &r : figures.vouchersByStatusAtEnd(&e)) {
        vouchers.rows.append({label(EnumType::VoucherStatus, r.at(0)), r.at(1), r.at(2), r.at(3), r.at(4)});
        vCount += r.at(1).toLongLong();
        vRequested += r.at(2).toLongLong();
        vApproved += r.at(3).toLongLong();
        vPaid += r.at(4).toLongLong();
    }
    vouchers.totals = {tr("Total"), vCount, vRequested, vApproved, vPaid};
    vouchers.note = tr("Approved and paid: the amounts of the approval and payment steps taken by the end of the period.");

    ReportChart budgetChart;
    budgetChart.key = QStringLiteral("voucher_budget");
    budgetChart.title = tr("Programme voucher budget at the end of the period");
    budgetChart.kind = ReportChart::Kind::Pie;
    budgetChart.unit = doc->currency;
    budgetChart.labels = {tr("Held by vouchers"), tr("Remaining")};
    budgetChart.values = {double(k.committedAtEndCents) / 100.0, double(qMax<qint64>(0, k.budgetCents - k.committedAtEndCents)) / 100.0};
    if (e)
        return e;

    const QLocale locale;
    doc->blocks = {
        ReportBlock::heading(tr("Key figures")),
        ReportBlock::of(key),
        ReportBlock::heading(tr("Mentoring and services")),
        ReportBlock::of(services),
        ReportBlock::of(serviceChart),
        ReportBlock::of(cohorts),
        ReportBlock::heading(tr("Startups")),
        ReportBlock::of(progress),
        ReportBlock::of(stageChart),
        ReportBlock::of(gender),
        ReportBlock::heading(tr("Ecosystem")),
        ReportBlock::of(kinds),
        ReportBlock::of(countries),
        ReportBlock::heading(tr("Outcomes")),
        ReportBlock::of(outcomes),
        ReportBlock::heading(tr("Events")),
        ReportBlock::of(events),
        ReportBlock::of(roles),
        ReportBlock::heading(tr("Travel vouchers")),
        ReportBlock::pairs({
            {tr("Programme voucher budget"), Money::format(k.budgetCents, doc->currency, locale)},
            {tr("Held by vouchers at the end of the period"), Money::format(k.committedAtEndCents, doc->currency, locale)},
            {tr("Remaining"), Money::format(k.budgetCents - k.committedAtEndCents, doc->currency, locale)},
            {tr("Cap per startup"), Money::format(k.capCents, doc->currency, locale)},
        }),
        ReportBlock::of(vouchers),
        ReportBlock::of(budgetChart),
    };
    return {};
}

} // namespace hubdesk
