// The window's figures on a database file, measured in the real main window (offscreen
// platform): its largest list (interactions) jumped to the middle and to the end, sorted
// by date and by subject, searched one key at a time, and the peak memory after the list
// was scrolled from top to bottom. Also the periodic report over all dates: its figures
// and its PDF.
//
//   hubdesk_windowbench window FILE [--runs N]
//   hubdesk_windowbench report FILE [--runs N]
//
// Each figure is printed as one JSON object per line: {"figure": "...", "ms": [...]}
// (or "mb" for memory), for bench/run.py; every value is one run.
#include "../models/reports/pdfreportwriter.h"
#include "../models/reports/reportbuilder.h"
#include "../models/reports/reportrequest.h"
#include "../models/storage/database.h"
#include "../models/storage/sql.h"
#include "../models/tablemodels/entitytablemodel.h"
#include "../ui/backupactions.h"
#include "../ui/entitypage.h"
#include "../ui/launcher.h"
#include "../ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace hubdesk;

namespace {

void print(const QString &figure, const QString &unit, const QList<double> &values, const QString &note = QString())
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    QJsonObject o{{QStringLiteral("figure"), figure}, {unit, array}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "hubdesk_windowbench: " << message << '\n';
    std::exit(1);
}

// Runs the event loop until \a done holds; the time it took in ms.
double waitFor(const std::function<bool()> &done, const QString &what, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    // A tick, so that a condition that turns true without an event is seen too.
    QTimer tick;
    tick.start(2);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            fail(QStringLiteral("gave up waiting for %1 after %2 ms").arg(what).arg(timeoutMs));
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return timer.nsecsElapsed() / 1e6;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// True when every row the view shows has arrived (none shows "Loading…"), and the rows
// are counted unless \a uncounted.
bool visibleRowsLoaded(QTableView *view, EntityTableModel *model, bool uncounted = false)
{
    if (model->isCounting() && !uncounted)
        return false;
    const int rows = model->rowCount();
    if (rows == 0)
        return true;
    int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rows - 1;
    for (int r = first; r <= last; ++r) {
        if (model->idAt(r) <= 0)
            return false;
    }
    return true;
}

// Scrolls so that \a row is the top row and waits for the rows shown.
double jumpTo(QTableView *view, EntityTableModel *model, int row)
{
    QElapsedTimer timer;
    timer.start();
    view->verticalScrollBar()->setValue(row);
    waitFor([&] { return visibleRowsLoaded(view, model); }, QStringLiteral("row %1").arg(row));
    return timer.nsecsElapsed() / 1e6;
}

int columnOf(EntityPage *page, const QString &key)
{
    const int c = int(page->model()->columns().indexOf(key));
    if (c < 0)
        fail(QStringLiteral("the list has no column %1").arg(key));
    return c;
}

int windowFigures(const QString &path, int runs)
{
    Launcher launcher;
    if (!launcher.openPath(path))
        fail(QStringLiteral("could not open %1").arg(path));
    MainWindow *window = launcher.window();
    window->resize(1280, 800);
    window->showPage(window->pageIndex(EntityType::Interaction));
    EntityPage *page = window->currentEntityPage();
    QTableView *view = page->view();
    EntityTableModel *model = page->model();
    // The integrity check runs beside the window after opening; measure after it, so that
    // it does not take a core from the figures.
    waitFor([&] { return !window->database().isWriteHeld() && visibleRowsLoaded(view, model) && model->rowCount() > 0; },
            QStringLiteral("the first page and the file's check"));
    // The day's automatic backup follows the check (once a day per file: the first run on a
    // file waits for it here).
    window->backups()->waitUntilIdle();
    view->sortByColumn(columnOf(page, QStringLiteral("occurred_on")), Qt::AscendingOrder);
    waitFor([&] { return visibleRowsLoaded(view, model); }, QStringLiteral("the list by date"));
    const int rows = model->rowCount();
    const int pageRows = EntityTableModel::PageSize;
    const QString note = QStringLiteral("%1 interactions, sorted by date").arg(rows);

    // A different spot each run, pages apart, so that no run finds its rows in the cache.
    QList<double> middle, end;
    for (int i = 0; i < runs; ++i) {
        middle.append(jumpTo(view, model, rows / 2 + (i - runs / 2) * 7 * pageRows));
        jumpTo(view, model, 0);
        end.append(jumpTo(view, model, rows - 1 - i * 7 * pageRows));
        jumpTo(view, model, 0);
    }
    print(QStringLiteral("scroll_middle"), QStringLiteral("ms"), middle, note);
    print(QStringLiteral("scroll_end"), QStringLiteral("ms"), end, note);

    // Top to bottom in 200 steps, as a dragged scroll bar; then the peak memory.
    QList<double> steps;
    const int max = view->verticalScrollBar()->maximum();
    for (int s = 0; s <= 200; ++s)
        steps.append(jumpTo(view, model, int(qint64(max) * s / 200)));
    print(QStringLiteral("scroll_sweep_step"), QStringLiteral("ms"), steps, note);
    print(QStringLiteral("peak_rss"), QStringLiteral("mb"), {peakRssMb()}, QStringLiteral("after the sweep"));
    jumpTo(view, model, 0);

    // Sorting: a click on a column's header, to the first page shown.
    for (const QString &key : {QStringLiteral("occurred_on"), QStringLiteral("subject"), QStringLiteral("organisation_id")}) {
        QList<double> ms;
        const int column = columnOf(page, key);
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            view->sortByColumn(column, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            waitFor([&] { return visibleRowsLoaded(view, model); }, QStringLiteral("sorted by %1").arg(key));
            ms.append(timer.nsecsElapsed() / 1e6);
        }
        print(QStringLiteral("sort_") + key, QStringLiteral("ms"), ms, note);
    }
    view->sortByColumn(columnOf(page, QStringLiteral("occurred_on")), Qt::AscendingOrder);
    waitFor([&] { return visibleRowsLoaded(view, model); }, QStringLiteral("the list by date"));

    // Search: a query typed one key at a time; each key from setSearch() (what the search
    // field's 120 ms typing pause ends in) to the first page of results shown by the model
    // (the model is reset to it), and on to the count of all matches.
    const QStringList queries = {QStringLiteral("sofia "), QStringLiteral("mentor"), QStringLiteral("иннова"),
                                 QStringLiteral("qzxwvy")};
    QList<double> keys, counted;
    QList<double> perLength[6];
    bool reset = false;
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&reset] { reset = true; });
    for (int i = 0; i < runs; ++i) {
        for (const QString &query : queries) {
            for (int n = 1; n <= query.size(); ++n) {
                QElapsedTimer timer;
                timer.start();
                reset = false;
                model->setSearch(query.left(n));
                waitFor([&] { return reset && visibleRowsLoaded(view, model, true); },
                        QStringLiteral("search “%1”").arg(query.left(n)));
                const double ms = timer.nsecsElapsed() / 1e6;
                keys.append(ms);
                perLength[n - 1].append(ms);
                waitFor([&] { return visibleRowsLoaded(view, model); }, QStringLiteral("the count of “%1”").arg(query.left(n)));
                counted.append(timer.nsecsElapsed() / 1e6);
            }
            model->setSearch(QString());
            waitFor([&] { return visibleRowsLoaded(view, model); }, QStringLiteral("search cleared"));
        }
    }
    print(QStringLiteral("search_key"), QStringLiteral("ms"), keys,
          QStringLiteral("queries: ") + queries.join(QLatin1String(" | ")));
    print(QStringLiteral("search_counted"), QStringLiteral("ms"), counted, QStringLiteral("to the count of all matches"));
    for (int n = 0; n < 6; ++n)
        print(QStringLiteral("search_key_%1").arg(n + 1), QStringLiteral("ms"), perLength[n]);
    window->close();
    return 0;
}

int reportFigures(const QString &path, int runs)
{
    Database::Options options;
    options.readOnly = true;
    options.check = Database::Check::None;
    OpenError openError;
    auto db = Database::open(path, options, &openError);
    if (!db)
        fail(openError.message);
    Error e;
    // All the dates there are: the report over the whole file.
    const QString first = Sql::scalar(db->connection(),
                                      QStringLiteral("SELECT min(d) FROM (SELECT min(occurred_on) AS d FROM interactions "
                                                     "UNION ALL SELECT min(session_date) FROM mentoring_sessions)"),
                                      {}, &e)
                              .toString();
    const QString last = e ? QString()
                           : Sql::scalar(db->connection(),
                                         QStringLiteral("SELECT max(d) FROM (SELECT max(occurred_on) AS d FROM interactions "
                                                        "UNION ALL SELECT max(session_date) FROM mentoring_sessions)"),
                                         {}, &e)
                                 .toString();
    if (e)
        fail(e.message);
    ReportRequest request;
    request.kind = ReportRequest::Kind::Periodic;
    request.from = QDate::fromString(first, Qt::ISODate);
    request.to = QDate::fromString(last, Qt::ISODate);
    const QString note = QStringLiteral("periodic report %1 to %2").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    QTemporaryDir dir;
    QList<double> figures, pdf;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ReportDocument doc = ReportBuilder::build(*db, request, &e);
        figures.append(timer.nsecsElapsed() / 1e6);
        if (e)
            fail(e.message);
        timer.restart();
        if (Error w = PdfReportWriter::write(doc, dir.filePath(QStringLiteral("report.pdf"))))
            fail(w.message);
        pdf.append(timer.nsecsElapsed() / 1e6);
    }
    print(QStringLiteral("report_figures"), QStringLiteral("ms"), figures, note);
    print(QStringLiteral("report_pdf"), QStringLiteral("ms"), pdf, note);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Settings and automatic backups of the benchmark stay out of the user's (bench/run.py
    // also points the data and settings folders beside its datasets).
    QCoreApplication::setOrganizationName(QStringLiteral("HubDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("hubdesk-bench"));
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.at(1) != QLatin1String("window") && args.at(1) != QLatin1String("report")))
        fail(QStringLiteral("usage: hubdesk_windowbench window|report FILE [--runs N]"));
    int runs = 5;
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    if (r > 0 && r + 1 < args.size())
        runs = qMax(1, args.at(r + 1).toInt());
    return args.at(1) == QLatin1String("window") ? windowFigures(args.at(2), runs) : reportFigures(args.at(2), runs);
}
