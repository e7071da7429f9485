#pragma once

#include <QDate>
#include <QString>

namespace hubdesk {

// What a report is asked for: which report, for which dates, and for whom.
struct ReportRequest
{
    enum class Kind { Periodic, Fstp, Profile, Timesheet };
    Kind kind = Kind::Periodic;
    QString rangeName; // the reporting period's name, or empty for a range of dates
    QDate from;
    QDate to;
    qint64 startupId = 0; // Profile: one startup (0: every startup active in the range)
    qint64 expertId = 0;  // Timesheet: one expert (0: all)

    static QString keyOf(Kind kind);          // "periodic", "fstp", "profile", "timesheet"
    static bool kindOf(const QString &key, Kind *kind);
    static QString titleOf(Kind kind);        // translated
    // "P1 (2025): 1 Jan 2025 – 31 Dec 2025" or "1 Jan 2025 – 30 Jun 2025" in the user's locale.
    QString rangeText() const;
};

} // namespace hubdesk
