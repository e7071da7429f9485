#include "reportbuilder.h"

#include "../domain/rules.h"
#include "../storage/database.h"
#include "../storage/reportingperiodrepository.h"
#include "../storage/settingsrepository.h"
#include "experttimesheetreport.h"
#include "fstpreport.h"
#include "periodicreport.h"
#include "reportformat.h"
#include "startupprofilereport.h"

#include <QCoreApplication>
#include <QLocale>

namespace hubdesk {

Error ReportBuilder::requestForPeriod(Database &db, const QString &periodName, ReportRequest *request)
{
    ReportingPeriodRepository periods(db);
    Record period;
    if (periods.byName(periodName, &period))
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Reports", "There is no reporting period named “%1”.").arg(periodName));
    request->rangeName = period.text(QStringLiteral("name"));
    request->from = period.date(QStringLiteral("starts_on"));
    request->to = period.date(QStringLiteral("ends_on"));
    return {};
}

ReportDocument ReportBuilder::build(Database &db, const ReportRequest &request, Error *error)
{
    ReportDocument doc;
    Error e;
    if (!request.from.isValid() || !request.to.isValid())
        e = Error::make(Error::Code::Validation, QCoreApplication::translate("Reports", "A report needs a start and an end date."));
    else if (request.to < request.from)
        e = Error::make(Error::Code::Validation,
                        QCoreApplication::translate("Reports", "The end date (%1) is before the start date (%2).")
                            .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate)));
    else if (!Rules::checkDate(request.from).isEmpty() || !Rules::checkDate(request.to).isEmpty())
        e = Error::make(Error::Code::Validation, QCoreApplication::translate("Reports", "The dates must be between %1 and %2.")
                                                     .arg(Rules::earliestDate().year())
                                                     .arg(Rules::latestDate().year()));
    if (!e) {
        const SettingsRepository settings(db);
        doc.key = ReportRequest::keyOf(request.kind);
        doc.title = ReportRequest::titleOf(request.kind);
        doc.subtitle = request.rangeText();
        doc.currency = settings.currency();
        doc.generatedAt = QDateTime::currentDateTimeUtc();
        const auto orDash = [](const QString &s) { return s.trimmed().isEmpty() ? QStringLiteral("—") : s; };
        doc.header = {
            {QCoreApplication::translate("Reports", "Programme"), orDash(settings.programmeName())},
            {QCoreApplication::translate("Reports", "Grant agreement"), orDash(settings.grantAgreement())},
            {QCoreApplication::translate("Reports", "Hub"), orDash(settings.hubName())},
            {QCoreApplication::translate("Reports", "Period"), request.rangeText()},
            {QCoreApplication::translate("Reports", "Generated"),
             ReportFormat(doc.currency).dateTime(doc.generatedAt)},
        };
        switch (request.kind) {
        case ReportRequest::Kind::Periodic:
            e = PeriodicReport::fill(db, request, &doc);
            break;
        case ReportRequest::Kind::Fstp:
            e = FstpReport::fill(db, request, &doc);
            break;
        case ReportRequest::Kind::Profile:
            e = StartupProfileReport::fill(db, request, &doc);
            break;
        case ReportRequest::Kind::Timesheet:
            e = ExpertTimesheetReport::fill(db, request, &doc);
            break;
        }
    }
    if (error)
        *error = e;
    return e ? ReportDocument() : doc;
}

} // namespace hubdesk
