#pragma once

#include "../storage/error.h"
#include "reportdocument.h"
#include "reportrequest.h"

namespace hubdesk {

class Database;

// Builds any report as a ReportDocument: checks the request, writes the common
// header (programme, grant agreement, hub, dates, generation time) and lets the
// report's own builder add its figures. Runs on any thread with its own connection.
class ReportBuilder
{
public:
    static ReportDocument build(Database &db, const ReportRequest &request, Error *error);
    // The request for a named reporting period (its dates filled in), or an error naming it.
    static Error requestForPeriod(Database &db, const QString &periodName, ReportRequest *request);
};

} // namespace hubdesk
