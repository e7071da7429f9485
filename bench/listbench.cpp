// Times the queries behind the lists on a database file: opening it, counting, the
// first, middle and last page, sorting, and a search typed one key at a time.
// Usage: hubdesk_listbench FILE [RUNS]     (prints medians and min–max in ms)
#include "storage/database.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace hubdesk;

namespace {

QTextStream out(stdout);

void report(const QString &what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    out << QStringLiteral("%1 %2 ms  (%3–%4, %5 runs)\n")
               .arg(what, -58)
               .arg(median, 9, 'f', 1)
               .arg(ms.first(), 0, 'f', 1)
               .arg(ms.last(), 0, 'f', 1)
               .arg(ms.size());
    out.flush();
}

QList<double> time(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: hubdesk_listbench FILE [RUNS]\n";
        return 64;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    OpenError error;
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(args.at(1), &error);
    if (!db) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    out << QStringLiteral("open with quick_check (and any migration): %1 ms\n").arg(openTimer.elapsed());
    report(QStringLiteral("open, no check"), time(runs, [&] {
               Database::Options o;
               o.check = Database::Check::None;
               Database::open(args.at(1), o, nullptr);
           }));

    for (EntityType type : {EntityType::Organisation, EntityType::Interaction}) {
        auto repo = Repositories::create(*db, type);
        const QString name = Entities::info(type).table;
        ListQuery q;
        q.limit = 100;
        if (type == EntityType::Interaction)
            q.descending = true;
        qint64 n = 0;
        report(name + QStringLiteral(": count"), time(runs, [&] { n = repo->count(q); }));
        report(name + QStringLiteral(": first page"), time(runs, [&] { repo->list(q); }));
        ListQuery middle = q;
        middle.offset = n / 2;
        report(name + QStringLiteral(": page in the middle"), time(runs, [&] { repo->list(middle); }));
        ListQuery last = q;
        last.offset = qMax<qint64>(0, n - 100);
        report(name + QStringLiteral(": last page"), time(runs, [&] { repo->list(last); }));
        for (const QString &key : {QStringLiteral("label"), type == EntityType::Interaction ? QStringLiteral("occurred_on")
                                                                                           : QStringLiteral("updated_at")}) {
            ListQuery sorted = q;
            sorted.sortKey = key;
            report(name + QStringLiteral(": sorted by %1, first page").arg(key), time(runs, [&] { repo->list(sorted); }));
        }
        const QString word = QStringLiteral("digita");
        for (int k = 1; k <= word.size(); ++k) {
            ListQuery s = q;
            s.search = word.left(k);
            report(name + QStringLiteral(": search \"%1\", count + first page").arg(s.search), time(runs, [&] {
                       repo->count(s);
                       repo->list(s);
                   }));
        }
    }
    return 0;
}
