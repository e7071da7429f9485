#include "experttimesheetreport.h"

#include "../domain/money.h"
#include "../storage/programmefigures.h"

#include <QLocale>

namespace hubdesk {

Error ExpertTimesheetReport::fill(Database &db, const ReportRequest &request, ReportDocument *doc)
{
    using T = ReportColumn::Type;
    const ProgrammeFigures figures(db, request.from, request.to);
    Error e;
    const QList<QVariantList> rows = figures.timesheet(request.expertId, &e);
    if (e)
        return e;

    ReportTable detail;
    detail.key = QStringLiteral("timesheet");
    detail.title = tr("Hours per expert, month and startup");
    detail.columns = {{tr("Expert"), T::Text}, {tr("Month"), T::Text}, {tr("Startup"), T::Text}, {tr("Sessions"), T::Integer},
                      {tr("Hours"), T::Hours}};
    ReportTable totals;
    totals.key = QStringLiteral("experts");
    totals.title = tr("Totals per expert");
    totals.columns = {{tr("Expert"), T::Text}, {tr("Sessions"), T::Integer}, {tr("Hours"), T::Hours}, {tr("Hour rate"), T::Money},
                      {tr("Hours × rate"), T::Money}};
    qint64 expert = -1;
    QString name;
    qint64 sessions = 0, minutes = 0, rate = 0, allSessions = 0, allMinutes = 0, allAmount = 0;
    const auto close = [&] {
        if (expert < 0)
            return;
        // Cents × minutes / 60, rounded to the cent (half up), so the total is exact.
        const qint64 amount = (rate * minutes + 30) / 60;
        totals.rows.append({name, sessions, double(minutes) / 60.0, rate > 0 ? QVariant(rate) : QVariant(),
                            rate > 0 ? QVariant(amount) : QVariant()});
        allAmount += rate > 0 ? amount : 0;
    };
    for (const QVariantList &r : rows) {
        if (r.at(0).toLongLong() != expert) {
            close();
            expert = r.at(0).toLongLong();
            name = r.at(1).toString();
            rate = r.at(6).toLongLong();
            sessions = minutes = 0;
        }
        sessions += r.at(4).toLongLong();
        minutes += r.at(5).toLongLong();
        allSessions += r.at(4).toLongLong();
        allMinutes += r.at(5).toLongLong();
        const QDate month = QDate::fromString(r.at(2).toString() + QStringLiteral("-01"), Qt::ISODate);
        detail.rows.append({r.at(1), QLocale().toString(month, QStringLiteral("MMMM yyyy")), r.at(3), r.at(4),
                            double(r.at(5).toLongLong()) / 60.0});
    }
    close();
    detail.totals = {tr("Total"), QVariant(), QVariant(), allSessions, double(allMinutes) / 60.0};
    totals.totals = {tr("Total"), allSessions, double(allMinutes) / 60.0, QVariant(), allAmount};
    totals.note = tr("Held sessions only; planned and cancelled sessions are not paid. Rate: the hour rate recorded for the "
                     "expert today.");
    if (rows.isEmpty())
        doc->blocks.append(ReportBlock::paragraph(tr("No sessions were held in this period.")));
    doc->blocks.append(ReportBlock::of(totals));
    doc->blocks.append(ReportBlock::of(detail));
    return {};
}

} // namespace hubdesk
