#pragma once

#include "repository.h"

namespace hubdesk {

// Mentoring sessions: a startup, an expert, a date, a duration and a service.
class SessionRepository : public Repository
{
public:
    explicit SessionRepository(Database &db);

    // Minutes of held sessions whose \a key (startup_id or expert_id) is \a id.
    qint64 heldMinutes(const QString &key, qint64 id, Error *error = nullptr) const;

protected:
    // The expert of a session must be in the expert database.
    Problems contextProblems(const Record &record) const override;
};

} // namespace hubdesk
