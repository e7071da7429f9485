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
    // An erased person's record stays for the reports and cannot be edited.
    Error checkUpdate(const Record &before, const Record &after) const override;
};

} // namespace hubdesk
