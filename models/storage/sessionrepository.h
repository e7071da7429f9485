#pragma once

#include "repository.h"

namespace hubdesk {

// Mentoring sessions: a startup, an expert, a date, a duration and a service.
class SessionRepository : public Repository
{
public:
    explicit SessionRepository(Database &db);

protected:
    // The expert of a session must be in the expert database.
    Problems contextProblems(const Record &record) const override;
};

} // namespace hubdesk
