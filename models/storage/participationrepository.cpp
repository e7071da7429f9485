#include "participationrepository.h"

#include "database.h"
#include "sql.h"
#include "writetransaction.h"

#include <QCoreApplication>

namespace hubdesk {

ParticipationRepository::ParticipationRepository(Database &db)
    : Repository(db, EntityType::Participation)
{
}

qint64 ParticipationRepository::existing(const Record &record) const
{
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT id FROM participations WHERE event_id = ? AND coalesce(organisation_id, 0) = ? "
                                      "AND coalesce(person_id, 0) = ? AND role = ? AND deleted_at IS NULL AND id <> ?"),
                       {record.integer(QStringLiteral("event_id")), record.integer(QStringLiteral("organisation_id")),
                        record.integer(QStringLiteral("person_id")), record.text(QStringLiteral("role")), record.id})
        .toLongLong();
}

Problems ParticipationRepository::contextProblems(const Record &record) const
{
    Problems problems = Repository::contextProblems(record);
    if (problems.isEmpty() && existing(record) > 0)
        problems.append({EntityType::Participation, QStringLiteral("role"),
                         QCoreApplication::translate("Participations", "already registered for this event in this role")});
    return problems;
}

Error ParticipationRepository::addMany(qint64 eventId, const QList<Participant> &participants, const QString &role,
                                       int *added, int *skipped)
{
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    int a = 0;
    int s = 0;
    for (const Participant &p : participants) {
        Record r(EntityType::Participation);
        r.setValue(QStringLiteral("event_id"), eventId);
        if (p.organisationId > 0)
            r.setValue(QStringLiteral("organisation_id"), p.organisationId);
        if (p.personId > 0)
            r.setValue(QStringLiteral("person_id"), p.personId);
        r.setValue(QStringLiteral("role"), role);
        if (existing(r) > 0) {
            ++s;
            continue;
        }
        if (Error e = create(r))
            return e;
        ++a;
    }
    if (Error e = tx.commit())
        return e;
    if (added)
        *added = a;
    if (skipped)
        *skipped = s;
    return {};
}

} // namespace hubdesk
