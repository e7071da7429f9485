// Times "Find duplicates" on a database file: DuplicateFinder::pairs() for stakeholders
// and for people, as the dialog's worker runs it (a read-only connection, up to 2,000
// pairs), how much of it is reading the records (the rest is comparing near names), and
// how soon a stop asked for halfway is obeyed.
// Usage: hubdesk_duplicatebench FILE [RUNS]     (prints medians and min–max in ms)
#include "io/duplicatefinder.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace hubdesk;

namespace {

QTextStream out(stdout);

void report(const QString &what, QList<double> ms, const QString &note)
{
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("%1 %2 ms  (%3–%4, %5 runs) %6\n")
               .arg(what, -40)
               .arg(ms.at(ms.size() / 2), 9, 'f', 1)
               .arg(ms.first(), 0, 'f', 1)
               .arg(ms.last(), 0, 'f', 1)
               .arg(ms.size())
               .arg(note);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: hubdesk_duplicatebench FILE [RUNS]\n";
        return 64;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    OpenError openError;
    auto db = Database::openReader(args.at(1), &openError);
    if (!db) {
        QTextStream(stderr) << openError.message << '\n';
        return 1;
    }
    for (EntityType type : {EntityType::Organisation, EntityType::Person}) {
        const QString table = Entities::info(type).table;
        const qint64 live =
            Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)).toLongLong();
        QList<double> ms;
        QList<double> readMs; // until the last report of the reading part (below 850 ‰)
        qsizetype found = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            Error e;
            double read = 0;
            found = DuplicateFinder::pairs(*db, type, 2000, &e, [&](int permille) {
                        if (permille < 850)
                            read = t.nsecsElapsed() / 1e6;
                        return true;
                    }).size();
            ms.append(t.nsecsElapsed() / 1e6);
            readMs.append(read);
            if (e) {
                QTextStream(stderr) << e.message << '\n';
                return 1;
            }
        }
        report(QStringLiteral("pairs of %1 (%2 live)").arg(table).arg(live), ms, QStringLiteral("%1 pairs").arg(found));
        report(QStringLiteral("  of which reading and shared keys"), readMs, QString());
        // A stop asked for at 40 %: how long until pairs() returns.
        QList<double> stopMs;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            QElapsedTimer sinceStop;
            Error e;
            DuplicateFinder::pairs(*db, type, 2000, &e, [&](int permille) {
                if (permille >= 400 && !sinceStop.isValid())
                    sinceStop.start();
                return !sinceStop.isValid();
            });
            stopMs.append(sinceStop.isValid() ? sinceStop.nsecsElapsed() / 1e6 : 0);
        }
        report(QStringLiteral("  stop obeyed after"), stopMs, QString());
    }
    return 0;
}
