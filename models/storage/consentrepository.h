#pragma once

#include "repository.h"

namespace hubdesk {

// Consent records of people: given when, how and for what; withdrawn when.
class ConsentRepository : public Repository
{
public:
    explicit ConsentRepository(Database &db)
        : Repository(db, EntityType::Consent)
    {
    }
};

} // namespace hubdesk
