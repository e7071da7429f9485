#pragma once

#include "repository.h"

#include <memory>

namespace hubdesk {

// The repository of each entity, for code that works on any entity (lists, trash, imports).
class Repositories
{
public:
    static std::unique_ptr<Repository> create(Database &db, EntityType type);
};

} // namespace hubdesk
