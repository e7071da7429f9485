#pragma once

#include "repository.h"

namespace hubdesk {

// Calls, e-mails, meetings and notes with stakeholders.
class InteractionRepository : public Repository
{
public:
    explicit InteractionRepository(Database &db)
        : Repository(db, EntityType::Interaction)
    {
    }
};

} // namespace hubdesk
