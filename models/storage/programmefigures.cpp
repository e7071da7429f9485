#include "programmefigures.h"

#include "database.h"
#include "settingsrepository.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hubdesk {

namespace {

// The pieces every figure is made of (docs/reports.md says what each means).
const QString Active = QStringLiteral(
    "s.deleted_at IS NULL AND s.joined_on IS NOT NULL AND s.joined_on <= :to AND (s.left_on IS NULL OR s.left_on >= :from)");
const QString Held = QStringLiteral("m.deleted_at IS NULL AND m.status = 'held' AND m.session_date BETWEEN :from AND :to");

QString stageOn(const QString &date, const QString &column)
{
    return QStringLiteral("(SELECT p.%2 FROM startup_progress p WHERE p.startup_id = s.id AND p.deleted_at IS NULL "
                          "AND p.recorded_on <= %1 ORDER BY p.recorded_on DESC, p.id DESC LIMIT 1)")
        .arg(date, column);
}

// A voucher's status after its last step on or before the end, and the amounts of its
// approval and payment steps by then.
const QString StatusAtEnd = QStringLiteral(
    "(SELECT h.to_status FROM voucher_status_history h WHERE h.voucher_id = v.id AND h.deleted_at IS NULL "
    "AND h.changed_on <= :to ORDER BY h.changed_on DESC, h.id DESC LIMIT 1)");

QString stepAmount(const QString &status)
{
    return QStringLiteral("(SELECT h.amount_cents FROM voucher_status_history h WHERE h.voucher_id = v.id "
                          "AND h.deleted_at IS NULL AND h.to_status = '%1' AND h.changed_on <= :to "
                          "ORDER BY h.changed_on DESC, h.id DESC LIMIT 1)")
        .arg(status);
}

QString stepDate(const QString &status)
{
    return QStringLiteral("(SELECT h.changed_on FROM voucher_status_history h WHERE h.voucher_id = v.id "
                          "AND h.deleted_at IS NULL AND h.to_status = '%1' AND h.changed_on <= :to "
                          "ORDER BY h.changed_on DESC, h.id DESC LIMIT 1)")
        .arg(status);
}

// What a voucher holds against the cap and the budget at the end of the range.
QString committedAtEnd()
{
    return QStringLiteral("CASE %1 WHEN 'approved' THEN %2 WHEN 'claimed' THEN %2 WHEN 'paid' THEN %3 ELSE 0 END")
        .arg(StatusAtEnd, stepAmount(QStringLiteral("approved")), stepAmount(QStringLiteral("paid")));
}

const QString Engaged = QStringLiteral(
    "o.deleted_at IS NULL AND (EXISTS (SELECT 1 FROM interactions i WHERE i.organisation_id = o.id "
    "AND i.deleted_at IS NULL AND i.occurred_on BETWEEN :from AND :to) "
    "OR EXISTS (SELECT 1 FROM participations pa JOIN events e ON e.id = pa.event_id WHERE pa.organisation_id = o.id "
    "AND pa.deleted_at IS NULL AND e.deleted_at IS NULL AND e.starts_on BETWEEN :from AND :to))");

const QString PersonName = QStringLiteral("trim(coalesce(%1.first_name, '') || ' ' || coalesce(%1.last_name, ''))");

} // namespace

ProgrammeFigures::ProgrammeFigures(Database &db, const QDate &from, const QDate &to)
    : m_db(db)
    , m_from(from)
    , m_to(to)
    , m_fromText(from.toString(Qt::ISODate))
    , m_toText(to.toString(Qt::ISODate))
{
}

QList<QVariantList> ProgrammeFigures::rows(const QString &sql, Error *error, qint64 id) const
{
    QList<QVariantList> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, sql);
    if (!e) {
        if (sql.contains(QLatin1String(":from")))
            q.bindValue(QStringLiteral(":from"), m_fromText);
        if (sql.contains(QLatin1String(":to")))
            q.bindValue(QStringLiteral(":to"), m_toText);
        if (sql.contains(QLatin1String(":id")))
            q.bindValue(QStringLiteral(":id"), id);
        e = Sql::exec(q);
    }
    while (!e && q.next()) {
        QVariantList row;
        const int n = q.record().count();
        for (int i = 0; i < n; ++i)
            row.append(q.isNull(i) ? QVariant() : q.value(i)); // a missing value is simply null, whatever the column

        result.append(row);
    }
    if (!e && q.lastError().isValid())
        e = Sql::fromSqlError(q.lastError());
    q.finish();
    if (error && e)
        *error = e;
    return e ? QList<QVariantList>() : result;
}

qint64 ProgrammeFigures::number(const QString &sql, Error *error, qint64 id) const
{
    const QList<QVariantList> r = rows(sql, error, id);
    return r.isEmpty() || r.first().isEmpty() ? 0 : r.first().first().toLongLong();
}

KeyFigures ProgrammeFigures::keyFigures(Error *error) const
{
    KeyFigures k;
    Error e;
    auto n = [this, &e](const QString &sql) { return e ? 0 : number(sql, &e); };
    k.startupsActive = n(QStringLiteral("SELECT count(*) FROM startups s WHERE ") + Active);
    k.startupsNew = n(QStringLiteral("SELECT count(*) FROM startups s WHERE s.deleted_at IS NULL AND s.joined_on BETWEEN :from AND :to"));
    k.startupsSupported = n(QStringLiteral("SELECT count(DISTINCT m.startup_id) FROM mentoring_sessions m WHERE ") + Held);
    k.sessionsHeld = n(QStringLiteral("SELECT count(*) FROM mentoring_sessions m WHERE ") + Held);
    k.sessionMinutes = n(QStringLiteral("SELECT coalesce(sum(m.duration_minutes), 0) FROM mentoring_sessions m WHERE ") + Held);
    k.sessionsPlanned = n(QStringLiteral("SELECT count(*) FROM mentoring_sessions m WHERE m.deleted_at IS NULL AND "
                                         "m.status = 'planned' AND m.session_date BETWEEN :from AND :to"));
    k.sessionsCancelled = n(QStringLiteral("SELECT count(*) FROM mentoring_sessions m WHERE m.deleted_at IS NULL AND "
                                           "m.status = 'cancelled' AND m.session_date BETWEEN :from AND :to"));
    k.expertsEngaged = n(QStringLiteral("SELECT count(DISTINCT m.expert_id) FROM mentoring_sessions m WHERE ") + Held);
    k.investorMeetingSessions = n(QStringLiteral("SELECT count(*) FROM mentoring_sessions m WHERE m.service = 'investor_meeting' AND ") + Held);
    k.matchmakingSessions = n(QStringLiteral("SELECT count(*) FROM mentoring_sessions m WHERE m.service = 'matchmaking' AND ") + Held);
    const QString eventsInRange = QStringLiteral("e.deleted_at IS NULL AND e.starts_on BETWEEN :from AND :to");
    k.events = n(QStringLiteral("SELECT count(*) FROM events e WHERE ") + eventsInRange);
    k.investorMeetingEvents = n(QStringLiteral("SELECT count(*) FROM events e WHERE e.type = 'investor_meeting' AND ") + eventsInRange);
    k.matchmakingEvents = n(QStringLiteral("SELECT count(*) FROM events e WHERE e.type = 'matchmaking' AND ") + eventsInRange);
    k.participations = n(QStringLiteral("SELECT count(*) FROM participations pa JOIN events e ON e.id = pa.event_id "
                                        "WHERE pa.deleted_at IS NULL AND ") + eventsInRange);
    k.participatingOrganisations = n(QStringLiteral("SELECT count(DISTINCT pa.organisation_id) FROM participations pa JOIN events e "
                                                    "ON e.id = pa.event_id WHERE pa.deleted_at IS NULL AND ") + eventsInRange);
    const QString outcomesInRange = QStringLiteral("FROM outcomes x WHERE x.deleted_at IS NULL AND x.achieved_on BETWEEN :from AND :to AND x.type = ");
    k.contracts = n(QStringLiteral("SELECT count(*) ") + outcomesInRange + QStringLiteral("'contract'"));
    k.contractCents = n(QStringLiteral("SELECT coalesce(sum(x.amount_cents), 0) ") + outcomesInRange + QStringLiteral("'contract'"));
    k.investments = n(QStringLiteral("SELECT count(*) ") + outcomesInRange + QStringLiteral("'investment'"));
    k.investmentCents = n(QStringLiteral("SELECT coalesce(sum(x.amount_cents), 0) ") + outcomesInRange + QStringLiteral("'investment'"));
    k.pilots = n(QStringLiteral("SELECT count(*) ") + outcomesInRange + QStringLiteral("'pilot'"));
    k.procurements = n(QStringLiteral("SELECT count(*) ") + outcomesInRange + QStringLiteral("'procurement'"));
    k.marketEntries = n(QStringLiteral("SELECT count(*) ") + outcomesInRange + QStringLiteral("'market_entry'"));
    k.awards = n(QStringLiteral("SELECT count(*) ") + outcomesInRange + QStringLiteral("'award'"));
    const QString steps = QStringLiteral("FROM voucher_status_history h JOIN vouchers v ON v.id = h.voucher_id WHERE h.deleted_at IS NULL "
                                         "AND v.deleted_at IS NULL AND h.changed_on BETWEEN :from AND :to AND h.to_status = ");
    k.vouchersGranted = n(QStringLiteral("SELECT count(*) ") + steps + QStringLiteral("'approved'"));
    k.vouchersGrantedCents = n(QStringLiteral("SELECT coalesce(sum(h.amount_cents), 0) ") + steps + QStringLiteral("'approved'"));
    k.vouchersPaid = n(QStringLiteral("SELECT count(*) ") + steps + QStringLiteral("'paid'"));
    k.vouchersPaidCents = n(QStringLiteral("SELECT coalesce(sum(h.amount_cents), 0) ") + steps + QStringLiteral("'paid'"));
    k.vouchersRejected = n(QStringLiteral("SELECT count(*) ") + steps + QStringLiteral("'rejected'"));
    k.vouchersCancelled = n(QStringLiteral("SELECT count(*) ") + steps + QStringLiteral("'cancelled'"));
    k.committedAtEndCents = n(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM vouchers v WHERE v.deleted_at IS NULL").arg(committedAtEnd()));
    k.stakeholdersEngaged = n(QStringLiteral("SELECT count(*) FROM organisations o WHERE ") + Engaged);
    k.foundersFemale = n(QStringLiteral("SELECT coalesce(sum(s.founders_female), 0) FROM startups s WHERE ") + Active);
    k.foundersTotal = n(QStringLiteral("SELECT coalesce(sum(coalesce(s.founders_female, 0) + coalesce(s.founders_male, 0) + "
                                       "coalesce(s.founders_other, 0)), 0) FROM startups s WHERE ") + Active);
    k.startupsWithFemaleFounder = n(QStringLiteral("SELECT count(*) FROM startups s WHERE s.founders_female > 0 AND ") + Active);
    k.countries = n(QStringLiteral("SELECT count(DISTINCT o.country) FROM startups s JOIN organisations o ON o.id = s.organisation_id "
                                   "WHERE ") + Active);
    if (!e) {
        SettingsRepository settings(m_db);
        k.budgetCents = settings.voucherBudgetCents();
        k.capCents = settings.voucherCapCents();
    }
    if (error)
        *error = e;
    return k;
}

QList<QVariantList> ProgrammeFigures::sessionsByService(Error *error) const
{
    return rows(QStringLiteral("SELECT m.service, count(*), sum(m.duration_minutes) FROM mentoring_sessions m "
                               "LEFT JOIN enum_session_service k ON k.key = m.service WHERE %1 "
                               "GROUP BY m.service ORDER BY k.position").arg(Held),
                error);
}

QList<QVariantList> ProgrammeFigures::stakeholdersByKind(Error *error) const
{
    return rows(QStringLiteral("SELECT o.kind, count(*) FROM organisations o JOIN enum_organisation_kind k ON k.key = o.kind "
                               "WHERE %1 GROUP BY o.kind ORDER BY k.position").arg(Engaged),
                error);
}

QList<QVariantList> ProgrammeFigures::byCountry(Error *error) const
{
    return rows(QStringLiteral(
                    "SELECT country, sum(startups), sum(stakeholders) FROM ("
                    " SELECT o.country AS country, 1 AS startups, 0 AS stakeholders FROM startups s "
                    " JOIN organisations o ON o.id = s.organisation_id WHERE %1"
                    " UNION ALL SELECT o.country, 0, 1 FROM organisations o WHERE %2) "
                    "GROUP BY country ORDER BY sum(startups) DESC, sum(stakeholders) DESC, country")
                    .arg(Active, Engaged),
                error);
}

QList<QVariantList> ProgrammeFigures::byCohort(Error *error) const
{
    // One pass over the active startups and one over the held sessions, summed per cohort
    // (cohorts of active startups only). Two correlated sub-queries per cohort joined every
    // held session to its startup again for each cohort: 3.2 s at 100,000 sessions.
    return rows(QStringLiteral("SELECT c, sum(active), sum(held), sum(minutes) FROM ("
                               "SELECT coalesce(s.cohort, '') AS c, 1 AS active, 0 AS held, 0 AS minutes FROM startups s WHERE %1 "
                               "UNION ALL SELECT coalesce(s.cohort, ''), 0, 1, coalesce(m.duration_minutes, 0) "
                               "FROM mentoring_sessions m JOIN startups s ON s.id = m.startup_id WHERE %2) "
                               "GROUP BY c HAVING sum(active) > 0 ORDER BY c")
                    .arg(Active, Held),
                error);
}

QList<QVariantList> ProgrammeFigures::foundersByGender(Error *error) const
{
    return rows(QStringLiteral("SELECT coalesce(sum(s.founders_female), 0), coalesce(sum(s.founders_male), 0), "
                               "coalesce(sum(s.founders_other), 0) FROM startups s WHERE ") + Active,
                error);
}

QList<QVariantList> ProgrammeFigures::startupProgress(Error *error) const
{
    return rows(QStringLiteral("SELECT o.name, s.cohort, %1, %2, %3, %4 FROM startups s JOIN organisations o ON o.id = s.organisation_id "
                               "WHERE %5 ORDER BY o.sort_name, s.id")
                    .arg(stageOn(QStringLiteral(":from"), QStringLiteral("stage")), stageOn(QStringLiteral(":from"), QStringLiteral("trl")),
                         stageOn(QStringLiteral(":to"), QStringLiteral("stage")), stageOn(QStringLiteral(":to"), QStringLiteral("trl")),
                         Active),
                error);
}

QList<QVariantList> ProgrammeFigures::stagesAtEnd(Error *error) const
{
    return rows(QStringLiteral("SELECT stage, count(*) FROM (SELECT %1 AS stage FROM startups s WHERE %2) st "
                               "JOIN enum_startup_stage k ON k.key = st.stage GROUP BY stage ORDER BY k.position")
                    .arg(stageOn(QStringLiteral(":to"), QStringLiteral("stage")), Active),
                error);
}

QList<QVariantList> ProgrammeFigures::activeStartups(Error *error) const
{
    return rows(QStringLiteral("SELECT s.id, o.name, s.cohort, s.stage FROM startups s JOIN organisations o ON o.id = s.organisation_id "
                               "WHERE %1 ORDER BY o.sort_name, s.id").arg(Active),
                error);
}

QList<QVariantList> ProgrammeFigures::outcomes(Error *error) const
{
    return rows(QStringLiteral("SELECT x.achieved_on, so.name, x.type, x.title, coalesce(co.name, x.counterpart), x.amount_cents "
                               "FROM outcomes x JOIN startups s ON s.id = x.startup_id JOIN organisations so ON so.id = s.organisation_id "
                               "LEFT JOIN organisations co ON co.id = x.counterpart_id "
                               "WHERE x.deleted_at IS NULL AND x.achieved_on BETWEEN :from AND :to ORDER BY x.achieved_on, x.id"),
                error);
}

QList<QVariantList> ProgrammeFigures::outcomesByMonth(Error *error) const
{
    return rows(QStringLiteral("SELECT substr(x.achieved_on, 1, 7), sum(x.type = 'contract'), sum(x.type = 'investment'), "
                               "sum(x.type NOT IN ('contract', 'investment')) FROM outcomes x "
                               "WHERE x.deleted_at IS NULL AND x.achieved_on BETWEEN :from AND :to GROUP BY 1 ORDER BY 1"),
                error);
}

QList<QVariantList> ProgrammeFigures::events(Error *error) const
{
    return rows(QStringLiteral("SELECT e.starts_on, e.name, e.type, "
                               "(SELECT count(*) FROM participations pa WHERE pa.event_id = e.id AND pa.deleted_at IS NULL), "
                               "(SELECT count(DISTINCT pa.organisation_id) FROM participations pa WHERE pa.event_id = e.id "
                               " AND pa.deleted_at IS NULL) "
                               "FROM events e WHERE e.deleted_at IS NULL AND e.starts_on BETWEEN :from AND :to ORDER BY e.starts_on, e.id"),
                error);
}

QList<QVariantList> ProgrammeFigures::participantsByRole(Error *error) const
{
    return rows(QStringLiteral("SELECT pa.role, count(*) FROM participations pa JOIN events e ON e.id = pa.event_id "
                               "JOIN enum_participation_role k ON k.key = pa.role WHERE pa.deleted_at IS NULL AND e.deleted_at IS NULL "
                               "AND e.starts_on BETWEEN :from AND :to GROUP BY pa.role ORDER BY k.position"),
                error);
}

QList<QVariantList> ProgrammeFigures::vouchersByStatusAtEnd(Error *error) const
{
    return rows(QStringLiteral("SELECT status, count(*), sum(requested), sum(coalesce(approved, 0)), sum(coalesce(paid, 0)) FROM ("
                               " SELECT %1 AS status, v.requested_cents AS requested, %2 AS approved, %3 AS paid "
                               " FROM vouchers v WHERE v.deleted_at IS NULL) x "
                               "JOIN enum_voucher_status k ON k.key = x.status GROUP BY status ORDER BY k.position")
                    .arg(StatusAtEnd, stepAmount(QStringLiteral("approved")), stepAmount(QStringLiteral("paid"))),
                error);
}

QList<QVariantList> ProgrammeFigures::voucherRecipients(Error *error) const
{
    return rows(QStringLiteral("SELECT v.number, coalesce(nullif(trim(o.legal_name), ''), o.name), o.country, o.company_id, v.purpose, "
                               "trim(coalesce(v.destination_city, '') || ' ' || coalesce(v.destination_country, '')), "
                               "%1, %2, %3, %4, %5, s.id FROM vouchers v JOIN startups s ON s.id = v.startup_id "
                               "JOIN organisations o ON o.id = s.organisation_id WHERE v.deleted_at IS NULL AND EXISTS ("
                               " SELECT 1 FROM voucher_status_history h WHERE h.voucher_id = v.id AND h.deleted_at IS NULL "
                               " AND h.to_status IN ('approved', 'paid') AND h.changed_on BETWEEN :from AND :to) "
                               "ORDER BY o.sort_name, s.id, v.number")
                    .arg(stepAmount(QStringLiteral("approved")), stepDate(QStringLiteral("approved")), stepAmount(QStringLiteral("paid")),
                         stepDate(QStringLiteral("paid")), StatusAtEnd),
                error);
}

QList<QVariantList> ProgrammeFigures::committedPerStartupAtEnd(Error *error) const
{
    return rows(QStringLiteral("SELECT v.startup_id, sum(%1) FROM vouchers v WHERE v.deleted_at IS NULL GROUP BY v.startup_id")
                    .arg(committedAtEnd()),
                error);
}

QList<QVariantList> ProgrammeFigures::timesheet(qint64 expertId, Error *error) const
{
    return rows(QStringLiteral("SELECT m.expert_id, %1, substr(m.session_date, 1, 7), so.name, count(*), sum(m.duration_minutes), "
                               "e.hour_rate_cents FROM mentoring_sessions m JOIN people e ON e.id = m.expert_id "
                               "JOIN startups s ON s.id = m.startup_id JOIN organisations so ON so.id = s.organisation_id "
                               "WHERE %2 AND (:id = 0 OR m.expert_id = :id) "
                               "GROUP BY m.expert_id, 3, m.startup_id ORDER BY e.sort_name, m.expert_id, 3, so.sort_name")
                    .arg(PersonName.arg(QStringLiteral("e")), Held),
                error, expertId);
}

QList<QVariantList> ProgrammeFigures::progressHistory(qint64 startupId, Error *error) const
{
    return rows(QStringLiteral("SELECT p.recorded_on, p.stage, p.trl, p.note FROM startup_progress p WHERE p.startup_id = :id "
                               "AND p.deleted_at IS NULL AND p.recorded_on <= :to ORDER BY p.recorded_on, p.id"),
                error, startupId);
}

QList<QVariantList> ProgrammeFigures::sessionsOf(qint64 startupId, Error *error) const
{
    return rows(QStringLiteral("SELECT m.session_date, %1, m.service, m.duration_minutes, m.status FROM mentoring_sessions m "
                               "JOIN people e ON e.id = m.expert_id WHERE m.startup_id = :id AND m.deleted_at IS NULL "
                               "AND m.status <> 'cancelled' AND m.session_date BETWEEN :from AND :to ORDER BY m.session_date, m.id")
                    .arg(PersonName.arg(QStringLiteral("e"))),
                error, startupId);
}

QList<QVariantList> ProgrammeFigures::outcomesOf(qint64 startupId, Error *error) const
{
    return rows(QStringLiteral("SELECT x.achieved_on, x.type, x.title, coalesce(co.name, x.counterpart), x.amount_cents FROM outcomes x "
                               "LEFT JOIN organisations co ON co.id = x.counterpart_id WHERE x.startup_id = :id AND x.deleted_at IS NULL "
                               "AND x.achieved_on BETWEEN :from AND :to ORDER BY x.achieved_on, x.id"),
                error, startupId);
}

QList<QVariantList> ProgrammeFigures::vouchersOf(qint64 startupId, Error *error) const
{
    return rows(QStringLiteral("SELECT v.number, v.purpose, %1, v.requested_cents, %2, %3 FROM vouchers v WHERE v.startup_id = :id "
                               "AND v.deleted_at IS NULL AND v.requested_on <= :to ORDER BY v.requested_on, v.number")
                    .arg(StatusAtEnd, stepAmount(QStringLiteral("approved")), stepAmount(QStringLiteral("paid"))),
                error, startupId);
}

QList<QVariantList> ProgrammeFigures::eventsOf(qint64 startupId, Error *error) const
{
    return rows(QStringLiteral("SELECT e.starts_on, e.name, e.type, pa.role, pa.outcome FROM participations pa "
                               "JOIN events e ON e.id = pa.event_id JOIN startups s ON s.organisation_id = pa.organisation_id "
                               "WHERE s.id = :id AND pa.deleted_at IS NULL AND e.deleted_at IS NULL "
                               "AND e.starts_on BETWEEN :from AND :to ORDER BY e.starts_on, e.id"),
                error, startupId);
}

} // namespace hubdesk
