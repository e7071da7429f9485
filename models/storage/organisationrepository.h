#pragma once

#include "repository.h"

namespace hubdesk {

// Stakeholders (organisations of every kind). Duplicates are looked for by the import and clean-up tools.
class OrganisationRepository : public Repository
{
public:
    explicit OrganisationRepository(Database &db)
        : Repository(db, EntityType::Organisation)
    {
    }
};

} // namespace hubdesk
