#include "repositories.h"

#include "attachmentrepository.h"
#include "consentrepository.h"
#include "eventrepository.h"
#include "interactionrepository.h"
#include "organisationrepository.h"
#include "outcomerepository.h"
#include "participationrepository.h"
#include "personrepository.h"
#include "reportingperiodrepository.h"
#include "sessionrepository.h"
#include "startupprogressrepository.h"
#include "startuprepository.h"
#include "voucherrepository.h"

namespace hubdesk {

std::unique_ptr<Repository> Repositories::create(Database &db, EntityType type)
{
    switch (type) {
    case EntityType::Organisation:
        return std::make_unique<OrganisationRepository>(db);
    case EntityType::Person:
        return std::make_unique<PersonRepository>(db);
    case EntityType::Startup:
        return std::make_unique<StartupRepository>(db);
    case EntityType::StartupProgress:
        return std::make_unique<StartupProgressRepository>(db);
    case EntityType::Outcome:
        return std::make_unique<OutcomeRepository>(db);
    case EntityType::Session:
        return std::make_unique<SessionRepository>(db);
    case EntityType::Event:
        return std::make_unique<EventRepository>(db);
    case EntityType::Participation:
        return std::make_unique<ParticipationRepository>(db);
    case EntityType::Voucher:
        return std::make_unique<VoucherRepository>(db);
    case EntityType::VoucherStatusChange:
        return std::make_unique<Repository>(db, type); // written by the voucher workflow only
    case EntityType::Interaction:
        return std::make_unique<InteractionRepository>(db);
    case EntityType::Attachment:
        return std::make_unique<AttachmentRepository>(db);
    case EntityType::ReportingPeriod:
        return std::make_unique<ReportingPeriodRepository>(db);
    case EntityType::Consent:
        return std::make_unique<ConsentRepository>(db);
    }
    return std::make_unique<Repository>(db, type);
}

} // namespace hubdesk
