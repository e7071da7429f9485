#include "reportrequest.h"

#include "reportformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace hubdesk {

QString ReportRequest::keyOf(Kind kind)
{
    switch (kind) {
    case Kind::Periodic:
        return QStringLiteral("periodic");
    case Kind::Fstp:
        return QStringLiteral("fstp");
    case Kind::Profile:
        return QStringLiteral("profile");
    case Kind::Timesheet:
        return QStringLiteral("timesheet");
    }
    return {};
}

bool ReportRequest::kindOf(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::Periodic, Kind::Fstp, Kind::Profile, Kind::Timesheet}) {
        if (keyOf(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ReportRequest::titleOf(Kind kind)
{
    switch (kind) {
    case Kind::Periodic:
        return QCoreApplication::translate("Reports", "Periodic progress report");
    case Kind::Fstp:
        return QCoreApplication::translate("Reports", "Financial support to third parties (travel vouchers)");
    case Kind::Profile:
        return QCoreApplication::translate("Reports", "Startup profile");
    case Kind::Timesheet:
        return QCoreApplication::translate("Reports", "Expert timesheet");
    }
    return {};
}

QString ReportRequest::rangeText() const
{
    const QLocale locale;
    const QString format = ReportFormat::longDateFormat(locale);
    const QString dates = QCoreApplication::translate("Reports", "%1 – %2")
                              .arg(locale.toString(from, format), locale.toString(to, format));
    return rangeName.isEmpty() ? dates : QCoreApplication::translate("Reports", "%1: %2").arg(rangeName, dates);
}

} // namespace hubdesk
