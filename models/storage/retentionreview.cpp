#include "retentionreview.h"

#include "database.h"
#include "sql.h"

#include <QSqlQuery>

namespace hubdesk {

namespace {

// Every dated activity of every person, one row each (see the class comment). Dates are
// ISO text, so max() and < compare them as dates.
const QString Activity = QStringLiteral(
    "WITH activity(person_id, on_date, kind) AS ("
    " SELECT id, substr(updated_at, 1, 10), 'record' FROM people"
    " UNION ALL SELECT expert_id, session_date, 'session' FROM mentoring_sessions WHERE deleted_at IS NULL"
    " UNION ALL SELECT pa.person_id, coalesce(ev.ends_on, ev.starts_on), 'event' FROM participations pa"
    "   JOIN events ev ON ev.id = pa.event_id WHERE pa.person_id IS NOT NULL AND pa.deleted_at IS NULL AND ev.deleted_at IS NULL"
    " UNION ALL SELECT person_id, occurred_on, 'interaction' FROM interactions WHERE person_id IS NOT NULL AND deleted_at IS NULL"
    " UNION ALL SELECT person_id, max(given_on, coalesce(withdrawn_on, ''), substr(updated_at, 1, 10)), 'consent' FROM consents"
    "   WHERE deleted_at IS NULL"
    " UNION ALL SELECT traveller_id, max(requested_on, coalesce(travel_to, ''), coalesce(paid_on, '')), 'voucher' FROM vouchers"
    "   WHERE traveller_id IS NOT NULL AND deleted_at IS NULL),"
    " latest AS (SELECT person_id, kind, max(on_date) AS last_on FROM activity GROUP BY person_id) ");

} // namespace

QList<RetentionCandidate> RetentionReview::candidates(const Database &db, int years, const QDate &today, Error *error)
{
    QList<RetentionCandidate> result;
    const QDate cutoff = today.addYears(-qMax(1, years));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(
        q, Activity + QStringLiteral("SELECT p.id, p.version, p.full_name, o.name, l.last_on, l.kind, "
                                     "(SELECT group_concat(purpose, ', ') FROM consents c WHERE c.person_id = p.id "
                                     "AND c.deleted_at IS NULL AND c.withdrawn_on IS NULL) "
                                     "FROM people p JOIN latest l ON l.person_id = p.id "
                                     "LEFT JOIN organisations o ON o.id = p.organisation_id "
                                     "WHERE p.deleted_at IS NULL AND p.erased_at IS NULL AND l.last_on < ? "
                                     "ORDER BY l.last_on, p.sort_name, p.id"));
    if (!e) {
        q.addBindValue(cutoff.toString(Qt::ISODate));
        e = Sql::exec(q);
    }
    while (!e && q.next()) {
        RetentionCandidate c;
        c.id = q.value(0).toLongLong();
        c.version = q.value(1).toInt();
        c.name = q.value(2).toString();
        c.organisation = q.value(3).toString();
        c.lastActivity = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.activity = q.value(5).toString();
        c.consents = q.value(6).toString();
        result.append(c);
    }
    if (error)
        *error = e;
    return result;
}

bool RetentionReview::lastActivity(const Database &db, qint64 personId, QDate *on, QString *what, Error *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, Activity + QStringLiteral("SELECT last_on, kind FROM latest WHERE person_id = ?"));
    if (!e) {
        q.addBindValue(personId);
        e = Sql::exec(q);
    }
    const bool found = !e && q.next();
    if (found) {
        *on = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        *what = q.value(1).toString();
    }
    if (error)
        *error = e;
    return found;
}

QString RetentionReview::activityLabel(const QString &key)
{
    if (key == QLatin1String("record"))
        return tr("record created or changed");
    if (key == QLatin1String("session"))
        return tr("mentoring session");
    if (key == QLatin1String("event"))
        return tr("event");
    if (key == QLatin1String("interaction"))
        return tr("interaction");
    if (key == QLatin1String("consent"))
        return tr("consent given or withdrawn");
    if (key == QLatin1String("voucher"))
        return tr("travel voucher");
    return key;
}

} // namespace hubdesk
