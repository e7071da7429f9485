#pragma once

#include "../domain/entitytype.h"
#include "error.h"

#include <QStringList>

namespace hubdesk {

class Database;

// The values in use for a field (cohorts, hubs, staff names, tags …), for filter
// lists and completion: what the user typed before is offered again.
class ValueLists
{
public:
    // Distinct non-empty values of \a fieldKey among live records, sorted; at most \a limit.
    static QStringList distinct(const Database &db, EntityType type, const QString &fieldKey, int limit = 500,
                                Error *error = nullptr);
};

} // namespace hubdesk
