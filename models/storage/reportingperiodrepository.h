#pragma once

#include "repository.h"

namespace hubdesk {

// Named reporting periods (P1, P2 …) that every report can be run for.
class ReportingPeriodRepository : public Repository
{
public:
    explicit ReportingPeriodRepository(Database &db);
    Error byName(const QString &name, Record *out) const;

protected:
    Problems contextProblems(const Record &record) const override;
};

} // namespace hubdesk
