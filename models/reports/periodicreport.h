#pragma once

#include "../storage/error.h"
#include "reportdocument.h"
#include "reportrequest.h"

#include <QCoreApplication>

namespace hubdesk {

class Database;

// The periodic progress report of the grant: key figures, breakdowns, startup progress, outcomes, events and vouchers.
class PeriodicReport
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::PeriodicReport)

public:
    static Error fill(Database &db, const ReportRequest &request, ReportDocument *doc);
};

} // namespace hubdesk
