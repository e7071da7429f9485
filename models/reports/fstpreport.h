#pragma once

#include "../storage/error.h"
#include "reportdocument.h"
#include "reportrequest.h"

#include <QCoreApplication>

namespace hubdesk {

class Database;

// Financial support to third parties: every travel voucher granted or paid in the range, per recipient against the cap and overall against the budget.
class FstpReport
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::FstpReport)

public:
    static Error fill(Database &db, const ReportRequest &request, ReportDocument *doc);
};

} // namespace hubdesk
