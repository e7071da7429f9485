// crashharness: kills HubDesk with SIGKILL at random moments while it writes, and
// checks after every kill that the file is whole and nothing acknowledged was lost.
//
// Two kinds of victim, taken in turn (--mode both) or alone:
//  - import: `hubdesk import organisations` of a generated CSV of --rows rows. After
//    the kill the import is there whole (N more stakeholders and one more import batch
//    that says N created and whose id range holds N records) or not at all; never part.
//  - edits: reliabilitychild edits, a stream of creates, updates, trash, restore and
//    merges, each its own transaction, acknowledged on stdout after its commit. After
//    the kill every acknowledged state is stored; only the record(s) of the one edit
//    in flight may be either before or after it.
// After every kill `hubdesk check FILE` must exit 0.
//
//   crashharness --hubdesk PATH --child PATH --kills N [--rows R] [--mode both|import|edits]
//                [--seed S] [--keep DIR] [--verbose]
// Exit 0 when every check passed, 1 at the first failure (the files are kept), 64 on usage.

#include "storage/database.h"
#include "storage/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace hubdesk;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct State
{
    int version = 0;
    bool deleted = false;
    QString name;
    bool operator==(const State &o) const { return version == o.version && deleted == o.deleted && name == o.name; }
};

struct Figures
{
    int importKills = 0, importAbsent = 0, importPresent = 0, importsCompleted = 0;
    int editKills = 0, editsAcknowledged = 0, inFlightStored = 0, inFlightAbsent = 0, refused = 0;
    qint64 importMs = 0, editMs = 0;
};

class Harness
{
public:
    QString hubdesk, child, dir;
    int rows = 20000;
    bool verbose = false;
    QRandomGenerator random;
    Figures figures;

    bool setUp();
    bool importRound(int round, bool *killed);
    bool editRound(int round);

private:
    QString templateFile() const { return dir + QStringLiteral("/template.hubdesk"); }
    QString csvFile() const { return dir + QStringLiteral("/organisations.csv"); }
    QString importFile() const { return dir + QStringLiteral("/import.hubdesk"); }
    QString editFile() const { return dir + QStringLiteral("/edits.hubdesk"); }
    bool fresh(const QString &file);
    bool check(const QString &file, const QString &when);
    bool fail(const QString &message);
    qint64 m_importMs = 0; // one whole import, measured once
};

bool Harness::fail(const QString &message)
{
    out() << "FAIL: " << message << "\nfiles kept in " << dir << Qt::endl;
    return false;
}

bool Harness::fresh(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    return QFile::copy(templateFile(), file);
}

bool Harness::check(const QString &file, const QString &when)
{
    QProcess p;
    p.start(hubdesk, {QStringLiteral("check"), file});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(QStringLiteral("hubdesk check failed %1 (exit %2):\n%3%4")
                        .arg(when)
                        .arg(p.exitCode())
                        .arg(QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())));
    return true;
}

bool Harness::setUp()
{
    {
        OpenError error;
        auto db = Database::create(templateFile(), &error);
        if (!db)
            return fail(error.message);
    }
    QFile csv(csvFile());
    if (!csv.open(QIODevice::WriteOnly))
        return fail(csv.errorString());
    QTextStream s(&csv);
    s << "name,kind,engagement,country,city,website\n";
    for (int i = 1; i <= rows; ++i)
        s << "Crash Test Company " << i << ",corporation,contacted,BG,Sofia,https://company" << i << ".example\n";
    s.flush();
    csv.close();
    if (!fresh(importFile()) || !fresh(editFile()))
        return fail(QStringLiteral("cannot copy the template in %1").arg(dir));

    // One whole import, to know how long one takes (kills land anywhere in it).
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(hubdesk, {QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), importFile(),
                      csvFile(), QStringLiteral("--duplicates"), QStringLiteral("create")});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return fail(QStringLiteral("the calibration import failed: %1%2")
                        .arg(QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())));
    m_importMs = t.elapsed();
    out() << "one whole import of " << rows << " rows: " << m_importMs << " ms" << Qt::endl;
    return fresh(importFile());
}

struct ImportState
{
    qint64 organisations = -1;
    qint64 batches = -1;
    qint64 lastCreated = 0, lastInRange = 0;
};

ImportState importState(const QString &file, QString *error)
{
    ImportState s;
    OpenError openError;
    auto db = Database::openReader(file, &openError);
    if (!db) {
        *error = openError.message;
        return s;
    }
    const QSqlDatabase c = db->connection();
    s.organisations = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM organisations")).toLongLong();
    s.batches = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM import_batches")).toLongLong();
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT rows_created, (SELECT count(*) FROM organisations o WHERE o.id BETWEEN b.first_id AND b.last_id) "
                          "FROM import_batches b ORDER BY id DESC LIMIT 1"));
    if (q.next()) {
        s.lastCreated = q.value(0).toLongLong();
        s.lastInRange = q.value(1).toLongLong();
    }
    return s;
}

bool Harness::importRound(int round, bool *killed)
{
    QString error;
    const ImportState before = importState(importFile(), &error);
    if (before.organisations < 0)
        return fail(error);
    // Anywhere from the program's start to a little after a whole import's time.
    const int delay = int(m_importMs * (0.02 + random.generateDouble() * 1.1));
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(hubdesk, {QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), importFile(),
                      csvFile(), QStringLiteral("--duplicates"), QStringLiteral("create")});
    if (!p.waitForStarted())
        return fail(QStringLiteral("hubdesk import did not start"));
    *killed = !p.waitForFinished(delay);
    if (*killed) {
        p.kill(); // SIGKILL
        p.waitForFinished();
        ++figures.importKills;
    } else {
        if (p.exitCode() != 0)
            return fail(QStringLiteral("hubdesk import failed on its own (exit %1): %2")
                            .arg(p.exitCode())
                            .arg(QString::fromUtf8(p.readAllStandardError())));
        ++figures.importsCompleted;
    }
    if (!check(importFile(), QStringLiteral("after import round %1").arg(round)))
        return false;
    const ImportState after = importState(importFile(), &error);
    if (after.organisations < 0)
        return fail(error);
    figures.importMs += t.elapsed();
    const bool absent = after.organisations == before.organisations && after.batches == before.batches;
    const bool present = after.organisations == before.organisations + rows && after.batches == before.batches + 1
                         && after.lastCreated == rows && after.lastInRange == rows;
    if (!absent && !present)
        return fail(QStringLiteral("import round %1 (%2 after %3 ms): %4 stakeholders and %5 batches before, %6 and %7 after "
                                   "(the last batch says %8 created, its id range holds %9): the import is neither whole nor absent")
                        .arg(round)
                        .arg(*killed ? QStringLiteral("killed") : QStringLiteral("completed"))
                        .arg(delay)
                        .arg(before.organisations)
                        .arg(before.batches)
                        .arg(after.organisations)
                        .arg(after.batches)
                        .arg(after.lastCreated)
                        .arg(after.lastInRange));
    if (*killed)
        ++(absent ? figures.importAbsent : figures.importPresent);
    if (!*killed && !present)
        return fail(QStringLiteral("import round %1 completed but its records are not there").arg(round));
    if (verbose)
        out() << "import " << round << ": " << (*killed ? "killed" : "completed") << " after " << delay << " ms, "
              << (present ? "whole" : "absent") << Qt::endl;
    // A file that took the import starts again empty, so it stays small.
    if (present && !fresh(importFile()))
        return fail(QStringLiteral("cannot copy the template"));
    return true;
}

QHash<qint64, State> storedStates(const QString &file, QString *error)
{
    QHash<qint64, State> states;
    OpenError openError;
    auto db = Database::openReader(file, &openError);
    if (!db) {
        *error = openError.message;
        return states;
    }
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id, version, deleted_at IS NOT NULL, name FROM organisations"));
    while (q.next())
        states.insert(q.value(0).toLongLong(), State{q.value(1).toInt(), q.value(2).toBool(), q.value(3).toString()});
    return states;
}

bool Harness::editRound(int round)
{
    QString error;
    QHash<qint64, State> model = storedStates(editFile(), &error);
    if (!error.isEmpty())
        return fail(error);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(child, {QStringLiteral("edits"), editFile(), QString::number(random.generate())});
    if (!p.waitForStarted())
        return fail(QStringLiteral("reliabilitychild did not start"));
    QByteArray pending;
    bool ready = false;
    while (!ready && p.waitForReadyRead(60000)) {
        pending += p.readAllStandardOutput();
        ready = pending.contains("READY\n");
    }
    if (!ready)
        return fail(QStringLiteral("reliabilitychild did not get ready: %1%2")
                        .arg(QString::fromUtf8(pending), QString::fromUtf8(p.readAllStandardError())));
    const int delay = int(random.bounded(400));
    if (p.waitForFinished(delay))
        return fail(QStringLiteral("reliabilitychild stopped on its own: %1%2")
                        .arg(QString::fromUtf8(pending + p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())));
    p.kill();
    p.waitForFinished();
    ++figures.editKills;
    pending += p.readAllStandardOutput();

    // What the child said: the state after each acknowledged edit, and the edit in flight.
    QString inFlightOp;
    QSet<qint64> inFlightIds;
    int acknowledged = 0;
    for (const QByteArray &raw : pending.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QStringList w = line.split(QLatin1Char(' '));
        if (w.value(0) == QLatin1String("DO")) {
            inFlightOp = w.value(2);
            inFlightIds.clear();
            for (int i = 3; i < w.size(); ++i)
                inFlightIds.insert(w.at(i).toLongLong());
        } else if (w.value(0) == QLatin1String("ACK")) {
            for (int i = 2; i < w.size(); ++i) {
                const QStringList f = w.at(i).split(QLatin1Char(':'));
                if (f.size() != 4)
                    return fail(QStringLiteral("a record was missing right after its edit: %1").arg(line));
                model.insert(f.at(0).toLongLong(), State{f.at(1).toInt(), f.at(2) == QLatin1String("1"), f.at(3)});
            }
            inFlightOp.clear();
            ++acknowledged;
        } else if (w.value(0) == QLatin1String("NAK")) {
            inFlightOp.clear();
            ++figures.refused;
        }
    }
    figures.editsAcknowledged += acknowledged;

    if (!check(editFile(), QStringLiteral("after edit round %1").arg(round)))
        return false;
    const QHash<qint64, State> stored = storedStates(editFile(), &error);
    if (!error.isEmpty())
        return fail(error);
    figures.editMs += t.elapsed();
    bool inFlightSeen = false;
    for (auto it = model.cbegin(); it != model.cend(); ++it) {
        const auto s = stored.constFind(it.key());
        const bool mayDiffer = !inFlightOp.isEmpty() && inFlightIds.contains(it.key());
        if (s == stored.cend())
            return fail(QStringLiteral("edit round %1: stakeholder %2 was acknowledged but is not stored").arg(round).arg(it.key()));
        if (*s == *it)
            continue;
        if (mayDiffer && s->version > it->version) {
            inFlightSeen = true;
            continue;
        }
        return fail(QStringLiteral("edit round %1: stakeholder %2 was acknowledged at version %3 (deleted %4, “%5”) but is stored at "
                                   "version %6 (deleted %7, “%8”); the edit in flight was “%9”")
                        .arg(round)
                        .arg(it.key())
                        .arg(it->version)
                        .arg(it->deleted)
                        .arg(it->name)
                        .arg(s->version)
                        .arg(s->deleted)
                        .arg(s->name)
                        .arg(inFlightOp));
    }
    int unknown = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        unknown += model.contains(it.key()) ? 0 : 1;
    if (unknown > (inFlightOp == QLatin1String("create") ? 1 : 0))
        return fail(QStringLiteral("edit round %1: %2 stored stakeholders were never acknowledged (in flight: “%3”)")
                        .arg(round)
                        .arg(unknown)
                        .arg(inFlightOp));
    inFlightSeen = inFlightSeen || unknown == 1;
    if (!inFlightOp.isEmpty())
        ++(inFlightSeen ? figures.inFlightStored : figures.inFlightAbsent);
    if (verbose)
        out() << "edits " << round << ": killed after " << delay << " ms, " << acknowledged << " acknowledged, in flight: "
              << (inFlightOp.isEmpty() ? QStringLiteral("nothing") : inFlightOp + (inFlightSeen ? QStringLiteral(" (stored)") : QStringLiteral(" (not stored)")))
              << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills HubDesk at random moments while it writes and checks the file after each kill."));
    parser.addHelpOption();
    const QCommandLineOption hubdeskOption(QStringLiteral("hubdesk"), QStringLiteral("The hubdesk program."), QStringLiteral("PATH"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("The reliabilitychild program."), QStringLiteral("PATH"));
    const QCommandLineOption killsOption(QStringLiteral("kills"), QStringLiteral("How many kills (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows of the imported CSV (default 20000)."), QStringLiteral("R"), QStringLiteral("20000"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("both, import or edits (default both)."), QStringLiteral("MODE"), QStringLiteral("both"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the random moments (default: random)."), QStringLiteral("S"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Work in this folder and keep it."), QStringLiteral("DIR"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("A line per kill."));
    parser.addOptions({hubdeskOption, childOption, killsOption, rowsOption, modeOption, seedOption, keepOption, verboseOption});
    parser.process(app);
    const QString mode = parser.value(modeOption);
    if (!parser.isSet(hubdeskOption) || !parser.isSet(childOption)
        || (mode != QLatin1String("both") && mode != QLatin1String("import") && mode != QLatin1String("edits"))) {
        std::fprintf(stderr, "crashharness: --hubdesk and --child are needed; --mode is both, import or edits\n");
        return 64;
    }

    Harness h;
    h.hubdesk = parser.value(hubdeskOption);
    h.child = parser.value(childOption);
    h.rows = parser.value(rowsOption).toInt();
    h.verbose = parser.isSet(verboseOption);
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt() : QRandomGenerator::global()->generate();
    h.random.seed(seed);
    std::unique_ptr<QTemporaryDir> temporary;
    if (parser.isSet(keepOption)) {
        h.dir = QDir(parser.value(keepOption)).absolutePath();
        QDir().mkpath(h.dir);
    } else {
        temporary = std::make_unique<QTemporaryDir>();
        h.dir = temporary->path();
    }
    const int kills = parser.value(killsOption).toInt();
    out() << "crashharness: " << kills << " kills, mode " << mode << ", " << h.rows << " rows, seed " << seed << Qt::endl;

    QElapsedTimer total;
    total.start();
    if (!h.setUp()) {
        if (temporary)
            temporary->setAutoRemove(false);
        return 1;
    }
    bool ok = true;
    for (int round = 1; ok && h.figures.importKills + h.figures.editKills < kills; ++round) {
        const bool doImport = mode == QLatin1String("import") || (mode == QLatin1String("both") && round % 2 == 1);
        if (doImport) {
            bool killed = false;
            ok = h.importRound(round, &killed);
        } else {
            ok = h.editRound(round);
        }
    }
    const Figures &f = h.figures;
    out() << "kills: " << f.importKills + f.editKills << " (import " << f.importKills << ": " << f.importAbsent << " absent, "
          << f.importPresent << " whole; edits " << f.editKills << ": " << f.editsAcknowledged << " edits acknowledged, all stored; "
          << "edit in flight stored " << f.inFlightStored << ", not stored " << f.inFlightAbsent << "; refused by rules " << f.refused
          << "); imports completed before the kill: " << f.importsCompleted << "; import rounds " << f.importMs / 1000.0
          << " s, edit rounds " << f.editMs / 1000.0 << " s, total " << total.elapsed() / 1000.0 << " s" << Qt::endl;
    out() << (ok ? "PASS: hubdesk check passed after every kill; no import was partly stored; no acknowledged edit was lost"
                 : "FAILED")
          << Qt::endl;
    if (!ok && temporary)
        temporary->setAutoRemove(false);
    return ok ? 0 : 1;
}
