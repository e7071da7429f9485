#include "startupprofilereport.h"

#include "../domain/countries.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../storage/programmefigures.h"
#include "../storage/startuprepository.h"
#include "../storage/repositories.h"

#include <QLocale>

namespace hubdesk {

namespace {

QString label(EnumType type, const QVariant &key)
{
    return key.isNull() || key.toString().isEmpty() ? QStringLiteral("—") : Enums::label(type, key.toString());
}

QVariant date(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(QDate::fromString(v.toString(), Qt::ISODate));
}

// The non-empty parts, joined with a comma: "Bulgaria, Gabrovo", or "Gabrovo" alone.
QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(QStringLiteral(", "));
}

} // namespace

Error StartupProfileReport::fill(Database &db, const ReportRequest &request, ReportDocument *doc)
{
    using T = ReportColumn::Type;
    const ProgrammeFigures figures(db, request.from, request.to);
    Error e;
    QList<qint64> ids;
    if (request.startupId > 0) {
        ids.append(request.startupId);
    } else {
        for (const QVariantList &r : figures.activeStartups(&e))
            ids.append(r.at(0).toLongLong());
    }
    if (e)
        return e;
    StartupRepository startups(db);
    auto organisations = Repositories::create(db, EntityType::Organisation);
    const QLocale locale;
    const auto orDash = [](const QString &s) { return s.trimmed().isEmpty() ? QStringLiteral("—") : s; };
    int n = 0;
    for (qint64 id : ids) {
        Record s, o;
        if (Error g = startups.get(id, &s))
            return g;
        if (Error g = organisations->get(s.integer(QStringLiteral("organisation_id")), &o, true))
            return g;
        const QString suffix = ids.size() > 1 ? QStringLiteral("_%1").arg(++n) : QString();
        if (!doc->blocks.isEmpty())
            doc->blocks.append(ReportBlock::pageBreak());
        doc->blocks.append(ReportBlock::heading(o.text(QStringLiteral("name"))));
        if (!s.text(QStringLiteral("pitch")).isEmpty())
            doc->blocks.append(ReportBlock::paragraph(s.text(QStringLiteral("pitch"))));
        const QString country = o.text(QStringLiteral("country"));
        doc->blocks.append(ReportBlock::pairs({
            {tr("Legal name"), orDash(o.text(QStringLiteral("legal_name")))},
            {tr("Country, city"), orDash(joined({country.isEmpty() ? QString() : Countries::name(country),
                                                 o.text(QStringLiteral("city"))}))},
            {tr("Company ID"), orDash(o.text(QStringLiteral("company_id")))},
            {tr("Website"), orDash(o.text(QStringLiteral("website")))},
            {tr("Cohort, hub"), orDash(joined({s.text(QStringLiteral("cohort")), s.text(QStringLiteral("hub"))}))},
            {tr("Status"), label(EnumType::StartupStatus, s.value(QStringLiteral("status")))},
            {tr("Stage, TRL"), QStringLiteral("%1, %2").arg(label(EnumType::StartupStage, s.value(QStringLiteral("stage"))),
                                                             s.has(QStringLiteral("trl")) ? s.text(QStringLiteral("trl")) : QStringLiteral("—"))},
            {tr("Media challenge"), label(EnumType::MediaChallenge, s.value(QStringLiteral("challenge")))},
            {tr("Technologies"), orDash(s.list(QStringLiteral("technologies")).join(QLatin1String(", ")))},
            {tr("Team, founders"), tr("%1 people; founders: %2 female, %3 male, %4 other")
                                       .arg(s.integer(QStringLiteral("team_size")))
                                       .arg(s.integer(QStringLiteral("founders_female")))
                                       .arg(s.integer(QStringLiteral("founders_male")))
                                       .arg(s.integer(QStringLiteral("founders_other")))},
            {tr("Joined, left"), QStringLiteral("%1 – %2").arg(orDash(locale.toString(s.date(QStringLiteral("joined_on")), QLocale::ShortFormat)),
                                                               orDash(locale.toString(s.date(QStringLiteral("left_on")), QLocale::ShortFormat)))},
        }));

        ReportTable history;
        history.key = QStringLiteral("stage_history") + suffix;
        history.title = tr("Stage history");
        history.columns = {{tr("Date"), T::Date}, {tr("Stage"), T::Text}, {tr("TRL"), T::Integer}, {tr("Note"), T::Text}};
        for (const QVariantList &r : figures.progressHistory(id, &e))
            history.rows.append({date(r.at(0)), label(EnumType::StartupStage, r.at(1)), r.at(2), r.at(3)});

        ReportTable sessions;
        sessions.key = QStringLiteral("sessions") + suffix;
        sessions.title = tr("Mentoring sessions in the period");
        sessions.columns = {{tr("Date"), T::Date}, {tr("Expert"), T::Text}, {tr("Service"), T::Text}, {tr("Hours"), T::Hours},
                            {tr("Status"), T::Text}};
        qint64 heldMinutes = 0;
        for (const QVariantList &r : figures.sessionsOf(id, &e)) {
            sessions.rows.append({date(r.at(0)), r.at(1), label(EnumType::SessionService, r.at(2)), double(r.at(3).toLongLong()) / 60.0,
                                  label(EnumType::SessionStatus, r.at(4))});
            if (r.at(4).toString() == QLatin1String("held"))
                heldMinutes += r.at(3).toLongLong();
        }
        sessions.totals = {tr("Held"), QVariant(), QVariant(), double(heldMinutes) / 60.0, QVariant()};

        ReportTable outcomes;
        outcomes.key = QStringLiteral("outcomes") + suffix;
        outcomes.title = tr("Outcomes in the period");
        outcomes.columns = {{tr("Date"), T::Date}, {tr("Type"), T::Text}, {tr("Title"), T::Text}, {tr("Counterpart"), T::Text},
                            {tr("Value"), T::Money}};
        for (const QVariantList &r : figures.outcomesOf(id, &e))
            outcomes.rows.append({date(r.at(0)), label(EnumType::OutcomeType, r.at(1)), r.at(2), r.at(3), r.at(4)});

        ReportTable vouchers;
        vouchers.key = QStringLiteral("vouchers") + suffix;
        vouchers.title = tr("Travel vouchers (status at the end of the period)");
        vouchers.columns = {{tr("Voucher"), T::Text}, {tr("Purpose"), T::Text}, {tr("Status"), T::Text}, {tr("Requested"), T::Money},
                            {tr("Approved"), T::Money}, {tr("Paid"), T::Money}};
        for (const QVariantList &r : figures.vouchersOf(id, &e))
            vouchers.rows.append({r.at(0), r.at(1), label(EnumType::VoucherStatus, r.at(2)), r.at(3), r.at(4), r.at(5)});

        ReportTable events;
        events.key = QStringLiteral("events") + suffix;
        events.title = tr("Events in the period");
        events.columns = {{tr("Date"), T::Date}, {tr("Event"), T::Text}, {tr("Type"), T::Text}, {tr("Role"), T::Text},
                          {tr("Outcome"), T::Text}};
        for (const QVariantList &r : figures.eventsOf(id, &e))
            events.rows.append({date(r.at(0)), r.at(1), label(EnumType::EventType, r.at(2)), label(EnumType::ParticipationRole, r.at(3)),
                                r.at(4)});
        if (e)
            return e;
        for (const ReportTable &t : {history, sessions, outcomes, vouchers, events}) {
            if (!t.rows.isEmpty())
                doc->blocks.append(ReportBlock::of(t));
        }
    }
    if (ids.isEmpty())
        doc->blocks.append(ReportBlock::paragraph(tr("No startup was in the programme in this period.")));
    return {};
}

} // namespace hubdesk
