#pragma once

#include "repository.h"

namespace hubdesk {

// Startups in the programme: the programme data of an organisation of kind start-up.
// Its stage and TRL are kept over time in startup_progress: a change of stage or TRL
// here adds a progress entry dated today, and the latest entry is the current stage.
class StartupRepository : public Repository
{
public:
    explicit StartupRepository(Database &db);

    // The startup record of an organisation, if it has one.
    Error forOrganisation(qint64 organisationId, Record *out) const;
    // Makes the startup's stage and TRL those of its latest progress entry.
    Error syncCurrentStage(qint64 startupId);

protected:
    Problems contextProblems(const Record &record) const override;
    Error afterCreate(Record &startup) override;
    Error afterUpdate(const Record &before, Record &after) override;

private:
    Error addProgress(const Record &startup, const QDate &on);
};

} // namespace hubdesk
