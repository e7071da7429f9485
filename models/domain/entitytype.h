#pragma once

namespace hubdesk {

// Every kind of record HubDesk keeps. The order is the dependency order: a kind
// refers only to kinds listed before it (so imports and merges can follow it).
enum class EntityType {
    Organisation,
    Person,
    Startup,
    StartupProgress,
    Outcome,
    Session,
    Event,
    Participation,
    Voucher,
    VoucherStatusChange,
    Interaction,
    Attachment,
    ReportingPeriod,
    Consent,
};

} // namespace hubdesk
