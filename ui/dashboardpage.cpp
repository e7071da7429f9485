#include "dashboardpage.h"

#include "../models/domain/enums.h"
#include "../models/domain/money.h"
#include "../models/storage/database.h"
#include "../models/storage/repositories.h"
#include "../models/storage/settingsrepository.h"
#include "workerpool.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hubdesk {

namespace {

QString hours(qint64 minutes)
{
    return QLocale().toString(double(minutes) / 60.0, 'f', 1);
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + QStringLiteral(" %")
                     : QStringLiteral("—");
}

// Charts follow the palette, so that a dark desktop theme gets a dark chart.
QChart::ChartTheme themeFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

} // namespace

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *heading = new QLabel(tr("Dashboard"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Reporting period of the dashboard"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_status);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);

    auto *content = new QWidget(this);
    m_tiles = new QGridLayout;
    m_charts = new QGridLayout;
    // Charts side by side share the width; the services chart, whose long names would
    // crush a neighbour to a sliver, has a row of its own.
    m_charts->setColumnStretch(0, 1);
    m_charts->setColumnStretch(1, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_tiles);
    contentLayout->addLayout(m_charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Figures and charts"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    fillPeriods();
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    // The figures read much of a large file: when the window opens on another page they
    // wait until this page is first shown, or 3 s, so that the first page paints first.
    QTimer::singleShot(3000, this, [this] {
        if (!m_refreshedOnce)
            refresh();
    });
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshedOnce)
        refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::fillPeriods()
{
    const QSignalBlocker block(m_period);
    m_period->clear();
    auto repo = Repositories::create(m_db, EntityType::ReportingPeriod);
    ListQuery q;
    q.sortKey = QStringLiteral("starts_on");
    q.limit = 500;
    const RowSet rows = repo->list(q);
    const QDate today = QDate::currentDate();
    int current = -1;
    for (int r = 0; r < rows.rows.size(); ++r) {
        const QDate from = QDate::fromString(rows.value(r, QStringLiteral("starts_on")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(rows.value(r, QStringLiteral("ends_on")).toString(), Qt::ISODate);
        m_period->addItem(rows.value(r, QStringLiteral("name")).toString(), QVariantList{from, to});
        if (from <= today && today <= to)
            current = r;
    }
    // Without periods (or none around today): this calendar year.
    const QDate yearStart(today.year(), 1, 1);
    m_period->addItem(tr("This year (%1)").arg(today.year()), QVariantList{yearStart, QDate(today.year(), 12, 31)});
    m_period->setCurrentIndex(current >= 0 ? current : (rows.rows.isEmpty() ? 0 : int(rows.rows.size()) - 1));
}

DashboardPage::Figures DashboardPage::compute(Database &db, const QDate &from, const QDate &to)
{
    Figures result;
    Error e;
    const ProgrammeFigures figures(db, from, to);
    result.key = figures.keyFigures(&e);
    result.services = figures.sessionsByService(&e);
    result.stages = figures.stagesAtEnd(&e);
    result.outcomes = figures.outcomesByMonth(&e);
    result.error = e.message;
    return result;
}

void DashboardPage::refresh()
{
    const QVariantList range = m_period->currentData().toList();
    if (range.size() != 2)
        return;
    if (m_loading) {
        m_again = true; // one more round once this one is back
        return;
    }
    m_from = range.at(0).toDate();
    m_to = range.at(1).toDate();
    m_loading = true;
    m_refreshedOnce = true;
    m_status->setText(tr("Reading the figures…"));
    if (m_db.isInMemory()) {
        show(compute(m_db, m_from, m_to));
        return;
    }
    auto *watcher = new QFutureWatcher<Figures>(this);
    connect(watcher, &QFutureWatcher<Figures>::finished, this, [this, watcher] {
        watcher->deleteLater();
        show(watcher->result());
    });
    const QDate from = m_from;
    const QDate to = m_to;
    const QString path = m_db.path();
    // A connection of its own, opened and closed in the worker thread.
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [path, from, to]() {
        OpenError error;
        auto db = Database::openReader(path, &error);
        if (!db) {
            Figures failed;
            failed.error = error.message;
            return failed;
        }
        return compute(*db, from, to);
    }));
}

void DashboardPage::addTile(int index, const QString &caption, const QString &value, const QString &detail)
{
    auto *tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setAccessibleName(caption);
    tile->setAccessibleDescription(value + QLatin1Char(' ') + detail);
    auto *number = new QLabel(value, tile);
    number->setTextFormat(Qt::PlainText);
    QFont f = number->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    number->setFont(f);
    auto *text = new QLabel(caption, tile);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *more = new QLabel(detail, tile);
    more->setTextFormat(Qt::PlainText);
    more->setWordWrap(true);
    more->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(tile);
    layout->addWidget(number);
    layout->addWidget(text);
    layout->addWidget(more);
    m_tiles->addWidget(tile, index / 4, index % 4);
    m_tileWidgets.append(tile);
}

QStringList DashboardPage::tileTexts() const
{
    QStringList lines;
    for (const QWidget *w : m_tileWidgets)
        lines.append(w->accessibleName() + QStringLiteral(": ") + w->accessibleDescription());
    return lines;
}

void DashboardPage::show(const Figures &figures)
{
    m_loading = false;
    qDeleteAll(m_tileWidgets);
    m_tileWidgets.clear();
    qDeleteAll(m_chartWidgets);
    m_chartWidgets.clear();
    if (!figures.error.isEmpty()) {
        m_status->setText(figures.error);
        emit refreshed();
        return;
    }
    const QLocale locale;
    const QString currency = SettingsRepository(m_db).currency();
    const KeyFigures &k = figures.key;
    m_status->setText(tr("%1 – %2").arg(locale.toString(m_from, QLocale::ShortFormat), locale.toString(m_to, QLocale::ShortFormat)));
    addTile(0, tr("Startups active"), locale.toString(k.startupsActive), tr("%1 new, %2 supported").arg(k.startupsNew).arg(k.startupsSupported));
    addTile(1, tr("Mentoring sessions held"), locale.toString(k.sessionsHeld), tr("%1 hours, %2 experts").arg(hours(k.sessionMinutes)).arg(k.expertsEngaged));
    addTile(2, tr("Events"), locale.toString(k.events), tr("%1 participations").arg(k.participations));
    addTile(3, tr("Stakeholders engaged"), locale.toString(k.stakeholdersEngaged), tr("interactions or events in the period"));
    addTile(4, tr("Client contracts signed"), locale.toString(k.contracts), Money::format(k.contractCents, currency, locale));
    addTile(5, tr("Investment raised"), locale.toString(k.investments), Money::format(k.investmentCents, currency, locale));
    addTile(6, tr("Travel vouchers granted"), locale.toString(k.vouchersGranted),
            tr("%1; %2 paid").arg(Money::format(k.vouchersGrantedCents, currency, locale),
                                  Money::format(k.vouchersPaidCents, currency, locale)));
    addTile(7, tr("Female founders"), percent(k.foundersFemale, k.foundersTotal),
            tr("of %1 founders of active startups").arg(k.foundersTotal));

    const QChart::ChartTheme theme = themeFor(palette());
    auto addChart = [this, theme](QChart *chart, int row, int column, int columnSpan = 1) {
        chart->setTheme(theme);
        // A legend where colours mean something: several series, a pie, or stacked bar sets.
        const auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        chart->legend()->setVisible(chart->series().size() > 1 || qobject_cast<QPieSeries *>(chart->series().value(0))
                                    || (bars && bars->count() > 1));
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        view->setMinimumWidth(320);
        view->setAccessibleName(chart->title());
        m_charts->addWidget(view, row, column, 1, columnSpan);
        m_chartWidgets.append(view);
    };

    // Sessions by service (hours), as horizontal bars: the service names are long.
    auto *services = new QHorizontalBarSeries;
    auto *serviceHours = new QBarSet(tr("Hours"));
    QStringList serviceNames;
    // Horizontal bars are drawn bottom up: the list is reversed so that it reads top down.
    for (auto it = figures.services.crbegin(); it != figures.services.crend(); ++it) {
        serviceNames.append(Enums::label(EnumType::SessionService, it->at(0).toString()));
        *serviceHours << double(it->at(2).toLongLong()) / 60.0;
    }
    services->append(serviceHours);
    auto *serviceChart = new QChart;
    serviceChart->setTitle(tr("Hours of mentoring held, by service"));
    serviceChart->addSeries(services);
    auto *serviceAxis = new QBarCategoryAxis;
    serviceAxis->append(serviceNames);
    serviceChart->addAxis(serviceAxis, Qt::AlignLeft);
    services->attachAxis(serviceAxis);
    auto *hoursAxis = new QValueAxis;
    hoursAxis->setLabelFormat(QStringLiteral("%.0f"));
    serviceChart->addAxis(hoursAxis, Qt::AlignBottom);
    services->attachAxis(hoursAxis);
    hoursAxis->applyNiceNumbers();
    addChart(serviceChart, 0, 0, 2);
    // One bar per service with its name beside it: tall enough that no name is dropped.
    m_chartWidgets.last()->setMinimumHeight(qMax(280, 80 + 26 * int(serviceNames.size())));

    // Stages as horizontal bars too: their names are too long to stand under a column.
    auto *stages = new QHorizontalBarSeries;
    auto *stageCount = new QBarSet(tr("Startups"));
    QStringList stageNames;
    for (auto it = figures.stages.crbegin(); it != figures.stages.crend(); ++it) {
        stageNames.append(Enums::label(EnumType::StartupStage, it->at(0).toString()));
        *stageCount << it->at(1).toDouble();
    }
    stages->append(stageCount);
    auto *stageChart = new QChart;
    stageChart->setTitle(tr("Active startups by stage at the end of the period"));
    stageChart->addSeries(stages);
    auto *stageAxis = new QBarCategoryAxis;
    stageAxis->append(stageNames);
    stageChart->addAxis(stageAxis, Qt::AlignLeft);
    stages->attachAxis(stageAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    stageChart->addAxis(countAxis, Qt::AlignBottom);
    stages->attachAxis(countAxis);
    countAxis->applyNiceNumbers();
    addChart(stageChart, 1, 0);

    // Qt Charts lays out titles and labels as HTML; the currency is text from the settings.
    const auto chartText = [](const QString &text) { return text.toHtmlEscaped(); };
    auto *budget = new QPieSeries;
    const double held = double(k.committedAtEndCents) / 100.0;
    const double left = double(qMax<qint64>(0, k.budgetCents - k.committedAtEndCents)) / 100.0;
    budget->append(chartText(tr("Held by vouchers: %1").arg(Money::format(k.committedAtEndCents, currency, locale))), held);
    budget->append(chartText(tr("Remaining: %1").arg(Money::format(qMax<qint64>(0, k.budgetCents - k.committedAtEndCents), currency, locale))), left);
    auto *budgetChart = new QChart;
    budgetChart->setTitle(k.budgetCents > 0 ? chartText(tr("Voucher budget of %1").arg(Money::format(k.budgetCents, currency, locale)))
                                            : tr("No voucher budget is set (Settings)"));
    budgetChart->addSeries(budget);
    addChart(budgetChart, 1, 1);

    auto *outcomes = new QStackedBarSeries;
    auto *contracts = new QBarSet(tr("Contracts"));
    auto *investments = new QBarSet(tr("Investments"));
    auto *others = new QBarSet(tr("Other outcomes"));
    QStringList months;
    for (const QVariantList &r : figures.outcomes) {
        months.append(locale.toString(QDate::fromString(r.at(0).toString() + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yy")));
        *contracts << r.at(1).toDouble();
        *investments << r.at(2).toDouble();
        *others << r.at(3).toDouble();
    }
    outcomes->append({contracts, investments, others});
    auto *outcomeChart = new QChart;
    outcomeChart->setTitle(tr("Outcomes by month"));
    outcomeChart->addSeries(outcomes);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    outcomeChart->addAxis(monthAxis, Qt::AlignBottom);
    outcomes->attachAxis(monthAxis);
    auto *outcomeAxis = new QValueAxis;
    outcomeAxis->setLabelFormat(QStringLiteral("%.0f"));
    outcomeChart->addAxis(outcomeAxis, Qt::AlignLeft);
    outcomes->attachAxis(outcomeAxis);
    outcomeAxis->applyNiceNumbers();
    addChart(outcomeChart, 2, 0, 2);

    emit refreshed();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace hubdesk
