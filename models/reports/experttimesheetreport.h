#pragma once

#include "../storage/error.h"
#include "reportdocument.h"
#include "reportrequest.h"

#include <QCoreApplication>

namespace hubdesk {

class Database;

// Hours of held sessions per expert, month and startup, with the expert's hour rate, for paying them.
class ExpertTimesheetReport
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::ExpertTimesheetReport)

public:
    static Error fill(Database &db, const ReportRequest &request, ReportDocument *doc);
};

} // namespace hubdesk
