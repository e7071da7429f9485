#include "startupprogressrepository.h"

#include "startuprepository.h"

namespace hubdesk {

StartupProgressRepository::StartupProgressRepository(Database &db)
    : Repository(db, EntityType::StartupProgress)
{
}

Error StartupProgressRepository::afterCreate(Record &entry)
{
    return StartupRepository(m_db).syncCurrentStage(entry.integer(QStringLiteral("startup_id")));
}

Error StartupProgressRepository::afterUpdate(const Record &before, Record &after)
{
    StartupRepository startups(m_db);
    if (Error e = startups.syncCurrentStage(after.integer(QStringLiteral("startup_id"))))
        return e;
    if (before.integer(QStringLiteral("startup_id")) != after.integer(QStringLiteral("startup_id")))
        return startups.syncCurrentStage(before.integer(QStringLiteral("startup_id")));
    return {};
}

} // namespace hubdesk
