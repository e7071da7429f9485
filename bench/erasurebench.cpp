// Times the personal-data duties on a database file: the export's gathering of everything
// about a person (PersonData::collect), the erasure of that person (PersonErasure::erase,
// which scans every record's text for the person's name and merges the changed search
// indexes), and the retention list. Works on the busiest expert; ERASES THEM, so give it
// a copy. Usage: hubdesk_erasurebench FILE
#include "storage/database.h"
#include "storage/persondata.h"
#include "storage/personerasure.h"
#include "storage/retentionreview.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hubdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        out << "usage: hubdesk_erasurebench FILE (a copy: its busiest expert is erased)\n";
        return 64;
    }
    OpenError openError;
    auto db = Database::open(args.at(1), &openError);
    if (!db) {
        out << openError.message << '\n';
        return 1;
    }
    db->setActor(QStringLiteral("bench"));
    const qint64 expert = Sql::scalar(db->connection(), QStringLiteral("SELECT expert_id FROM mentoring_sessions GROUP BY expert_id "
                                                                       "ORDER BY count(*) DESC LIMIT 1"))
                              .toLongLong();
    const int version = Sql::scalar(db->connection(), QStringLiteral("SELECT version FROM people WHERE id = ?"), {expert}).toInt();
    const qint64 interactions = Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM interactions")).toLongLong();
    const qint64 audit = Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    out << QStringLiteral("%1 interactions, %2 audit lines; person #%3\n").arg(interactions).arg(audit).arg(expert);

    QElapsedTimer t;
    t.start();
    PersonDataSet data;
    if (Error e = PersonData::collect(*db, expert, false, &data)) {
        out << e.message << '\n';
        return 1;
    }
    int rows = 0;
    for (const PersonDataTable &table : data.tables)
        rows += int(table.rows.size());
    out << QStringLiteral("collect (export)   %1 ms, %2 rows\n").arg(t.elapsed()).arg(rows);

    t.restart();
    const QList<RetentionCandidate> candidates = RetentionReview::candidates(*db, 3, QDate::currentDate());
    out << QStringLiteral("retention list     %1 ms, %2 people\n").arg(t.elapsed()).arg(candidates.size());

    t.restart();
    ErasureResult result;
    if (Error e = PersonErasure::erase(*db, expert, version, &result)) {
        out << e.message << '\n';
        return 1;
    }
    out << QStringLiteral("erase              %1 ms, %2 records changed, %3 audit lines\n")
               .arg(t.elapsed())
               .arg(result.rowsChanged)
               .arg(result.auditLines);
    return 0;
}
