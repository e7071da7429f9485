#pragma once

#include "repository.h"

namespace hubdesk {

// People: contacts at organisations and the expert/mentor database.
class PersonRepository : public Repository
{
public:
    explicit PersonRepository(Database &db);

protected:
    // A person who delivered sessions stays marked as an expert.
    Problems contextProblems(const Record &record) const override;
};

} // namespace hubdesk
