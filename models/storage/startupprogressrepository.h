#pragma once

#include "repository.h"

namespace hubdesk {

// The dated stage/TRL history of startups. Adding or correcting an entry keeps the
// startup's current stage equal to its latest entry.
class StartupProgressRepository : public Repository
{
public:
    explicit StartupProgressRepository(Database &db);

protected:
    Error afterCreate(Record &entry) override;
    Error afterUpdate(const Record &before, Record &after) override;
};

} // namespace hubdesk
