#pragma once

#include "repository.h"

namespace hubdesk {

// Dated outcomes of startups (contracts, investment, pilots …) that the reports count.
class OutcomeRepository : public Repository
{
public:
    explicit OutcomeRepository(Database &db)
        : Repository(db, EntityType::Outcome)
    {
    }
};

} // namespace hubdesk
