#pragma once

#include "repository.h"

namespace hubdesk {

// Events (pitching, investor and matchmaking meetings, trainings, conferences).
class EventRepository : public Repository
{
public:
    explicit EventRepository(Database &db)
        : Repository(db, EntityType::Event)
    {
    }
};

} // namespace hubdesk
