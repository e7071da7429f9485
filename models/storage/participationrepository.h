#pragma once

#include "repository.h"

namespace hubdesk {

// Who took part in an event, and in which role.
class ParticipationRepository : public Repository
{
public:
    explicit ParticipationRepository(Database &db);

    struct Participant
    {
        qint64 organisationId = 0;
        qint64 personId = 0;
    };
    // Adds several participants to an event in one role, all or none; those already
    // registered in that role are skipped and counted in \a skipped.
    Error addMany(qint64 eventId, const QList<Participant> &participants, const QString &role, int *added = nullptr,
                  int *skipped = nullptr);

protected:
    Problems contextProblems(const Record &record) const override;

private:
    qint64 existing(const Record &record) const;
};

} // namespace hubdesk
