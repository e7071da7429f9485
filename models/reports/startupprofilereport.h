#pragma once

#include "../storage/error.h"
#include "reportdocument.h"
#include "reportrequest.h"

#include <QCoreApplication>

namespace hubdesk {

class Database;

// One section per startup, on its own page: its data and its story (stage history, sessions, outcomes, vouchers, events).
class StartupProfileReport
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::StartupProfileReport)

public:
    static Error fill(Database &db, const ReportRequest &request, ReportDocument *doc);
};

} // namespace hubdesk
