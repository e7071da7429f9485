#pragma once

#include "error.h"

#include <QDate>
#include <QList>
#include <QVariantList>

namespace hubdesk {

class Database;

// The key figures of the programme for a range of dates.
struct KeyFigures
{
    qint64 startupsActive = 0;
    qint64 startupsNew = 0;
    qint64 startupsSupported = 0;
    qint64 sessionsHeld = 0;
    qint64 sessionMinutes = 0;
    qint64 sessionsPlanned = 0;
    qint64 sessionsCancelled = 0;
    qint64 expertsEngaged = 0;
    qint64 events = 0;
    qint64 participations = 0;
    qint64 participatingOrganisations = 0;
    qint64 investorMeetingEvents = 0;
    qint64 matchmakingEvents = 0;
    qint64 investorMeetingSessions = 0;
    qint64 matchmakingSessions = 0;
    qint64 contracts = 0;
    qint64 contractCents = 0;
    qint64 investments = 0;
    qint64 investmentCents = 0;
    qint64 pilots = 0;
    qint64 procurements = 0;
    qint64 marketEntries = 0;
    qint64 awards = 0;
    qint64 vouchersGranted = 0;
    qint64 vouchersGrantedCents = 0;
    qint64 vouchersPaid = 0;
    qint64 vouchersPaidCents = 0;
    qint64 vouchersRejected = 0;
    qint64 vouchersCancelled = 0;
    qint64 committedAtEndCents = 0;
    qint64 budgetCents = 0;
    qint64 capCents = 0;
    qint64 stakeholdersEngaged = 0;
    qint64 foundersFemale = 0;
    qint64 foundersTotal = 0;
    qint64 startupsWithFemaleFounder = 0;
    qint64 countries = 0;
};

// Every figure the reports and the dashboard show, computed in SQL for a range of
// dates (inclusive), as defined in docs/reports.md. Rows are plain values (keys, not
// labels; cents; ISO dates as QDate) for the builders to present.
class ProgrammeFigures
{
public:
    ProgrammeFigures(Database &db, const QDate &from, const QDate &to);

    KeyFigures keyFigures(Error *error = nullptr) const;
    // service key, held sessions, minutes
    QList<QVariantList> sessionsByService(Error *error = nullptr) const;
    // kind key, engaged organisations
    QList<QVariantList> stakeholdersByKind(Error *error = nullptr) const;
    // country code, active startups, engaged stakeholders
    QList<QVariantList> byCountry(Error *error = nullptr) const;
    // cohort, active startups, held sessions, minutes
    QList<QVariantList> byCohort(Error *error = nullptr) const;
    // one row: female, male and other founders of the active startups
    QList<QVariantList> foundersByGender(Error *error = nullptr) const;
    // startup, cohort, stage at start, TRL at start, stage at end, TRL at end
    QList<QVariantList> startupProgress(Error *error = nullptr) const;
    // date, startup, type key, title, counterpart, amount cents (or null)
    QList<QVariantList> outcomes(Error *error = nullptr) const;
    // date, event, type key, participations, distinct organisations
    QList<QVariantList> events(Error *error = nullptr) const;
    // role key, participations
    QList<QVariantList> participantsByRole(Error *error = nullptr) const;
    // status key (at the end), vouchers, requested cents, approved cents, paid cents
    QList<QVariantList> vouchersByStatusAtEnd(Error *error = nullptr) const;
    // startup id, startup, cohort, stage key (current) — the active startups
    QList<QVariantList> activeStartups(Error *error = nullptr) const;
    // outcome month (yyyy-MM), contracts, investments, other outcomes (for a chart)
    QList<QVariantList> outcomesByMonth(Error *error = nullptr) const;
    // stage key, active startups at the end (their latest stage on or before the end)
    QList<QVariantList> stagesAtEnd(Error *error = nullptr) const;

    // Financial support to third parties: number, recipient, country, company id, purpose,
    // destination, approved cents, approved on, paid cents, paid on, status at end, startup id.
    QList<QVariantList> voucherRecipients(Error *error = nullptr) const;
    // startup id, money held at the end (cents)
    QList<QVariantList> committedPerStartupAtEnd(Error *error = nullptr) const;

    // Expert timesheet: expert id, expert, month (yyyy-MM), startup, sessions, minutes, hour rate cents.
    QList<QVariantList> timesheet(qint64 expertId = 0, Error *error = nullptr) const;

    // Startup profile parts (for one startup), within the range unless said otherwise.
    QList<QVariantList> progressHistory(qint64 startupId, Error *error = nullptr) const; // date, stage, trl, note (up to the end)
    QList<QVariantList> sessionsOf(qint64 startupId, Error *error = nullptr) const; // date, expert, service, minutes, status
    QList<QVariantList> outcomesOf(qint64 startupId, Error *error = nullptr) const; // date, type, title, counterpart, cents
    QList<QVariantList> vouchersOf(qint64 startupId, Error *error = nullptr) const; // number, purpose, status at end, requested, approved, paid
    QList<QVariantList> eventsOf(qint64 startupId, Error *error = nullptr) const; // date, event, type, role, outcome

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

private:
    // Runs \a sql with :from and :to bound to the range (and :id when given).
    QList<QVariantList> rows(const QString &sql, Error *error, qint64 id = 0) const;
    qint64 number(const QString &sql, Error *error, qint64 id = 0) const;

    Database &m_db;
    QDate m_from;
    QDate m_to;
    QString m_fromText;
    QString m_toText;
};

} // namespace hubdesk
