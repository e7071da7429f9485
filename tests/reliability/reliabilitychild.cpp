// reliabilitychild: the program the crash harness and the fault tests start and
// kill. It is linked to hubdesk_core, so it writes exactly as HubDesk does.
//
//   reliabilitychild edits FILE SEED   random creates/updates/trash/restore/merge of
//                                      stakeholders, each its own transaction; prints
//                                      "DO seq op ids" before and "ACK seq id:version:deleted:name …"
//                                      after each commit, for the harness to check after a kill
//   reliabilitychild hold FILE MS      takes the write lock, prints HOLDING, keeps it MS
//                                      milliseconds, commits and prints RELEASED
//   reliabilitychild probe FILE        opens FILE and tries one write; prints what happened
//                                      (for the permission tests, run as another user)

#include "domain/record.h"
#include "storage/database.h"
#include "storage/recordmerger.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "storage/trash.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace hubdesk;

namespace {

// One line on stdout, written through at once: the harness reads it after a SIGKILL.
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

struct Stakeholder
{
    qint64 id = 0;
    bool deleted = false;
};

QList<Stakeholder> stakeholders(const Database &db)
{
    QList<Stakeholder> all;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM organisations ORDER BY id"));
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toBool()});
    return all;
}

// The state of records as stored, in the form the harness compares: id:version:deleted:name.
QString stateOf(Repository &repo, const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids) {
        Record r;
        if (repo.get(id, &r, true)) {
            parts.append(QStringLiteral("%1:gone").arg(id));
            continue;
        }
        parts.append(QStringLiteral("%1:%2:%3:%4")
                         .arg(id)
                         .arg(r.version)
                         .arg(r.deletedAt.isValid() ? 1 : 0)
                         .arg(r.text(QStringLiteral("name"))));
    }
    return parts.join(QLatin1Char(' '));
}

Record newStakeholder(quint64 seq)
{
    Record r(EntityType::Organisation);
    r.setValue(QStringLiteral("name"), QStringLiteral("Edit%1").arg(seq));
    r.setValue(QStringLiteral("kind"), QStringLiteral("corporation"));
    r.setValue(QStringLiteral("engagement"), QStringLiteral("contacted"));
    r.setValue(QStringLiteral("country"), QStringLiteral("BG"));
    return r;
}

int edits(const QString &path, quint32 seed)
{
    OpenError openError;
    auto db = Database::open(path, &openError);
    if (!db) {
        say(QStringLiteral("FAIL open: %1").arg(openError.message));
        return 1;
    }
    auto repo = Repositories::create(*db, EntityType::Organisation);
    QRandomGenerator random(seed);
    say(QStringLiteral("READY"));
    for (quint64 seq = 1;; ++seq) {
        const QList<Stakeholder> all = stakeholders(*db);
        QList<qint64> live, trashed;
        for (const Stakeholder &s : all)
            (s.deleted ? trashed : live).append(s.id);
        // Keep the file small: create while few are live, otherwise mostly change.
        int op = int(random.bounded(100));
        if (live.size() < 20)
            op = 0;
        QList<qint64> ids;
        Error e;
        if (op < 25) {
            say(QStringLiteral("DO %1 create new").arg(seq));
            Record r = newStakeholder(seq);
            e = repo->create(r);
            ids = {r.id};
        } else if (op < 70) {
            const qint64 id = live.at(int(random.bounded(int(live.size()))));
            ids = {id};
            say(QStringLiteral("DO %1 update %2").arg(seq).arg(id));
            Record r;
            e = repo->get(id, &r);
            if (!e) {
                r.setValue(QStringLiteral("name"), QStringLiteral("Edit%1-%2").arg(seq).arg(id));
                e = repo->update(r);
            }
        } else if (op < 82 && live.size() > 25) {
            const qint64 id = live.at(int(random.bounded(int(live.size()))));
            ids = {id};
            say(QStringLiteral("DO %1 trash %2").arg(seq).arg(id));
            e = Trash::moveToTrash(*db, EntityType::Organisation, id);
        } else if (op < 92) {
            Error listError;
            const QList<TrashItem> items = Trash::items(*db, &listError);
            if (items.isEmpty())
                continue;
            const TrashItem item = items.at(int(random.bounded(int(items.size()))));
            ids = {item.recordId};
            say(QStringLiteral("DO %1 restore %2").arg(seq).arg(item.recordId));
            e = Trash::restore(*db, item.batch);
        } else {
            const qint64 keep = live.at(int(random.bounded(int(live.size()))));
            const qint64 drop = live.at(int(random.bounded(int(live.size()))));
            if (keep == drop)
                continue;
            ids = {keep, drop};
            say(QStringLiteral("DO %1 merge %2 %3").arg(seq).arg(keep).arg(drop));
            Record a, b;
            e = repo->get(keep, &a);
            if (!e)
                e = repo->get(drop, &b);
            if (!e)
                e = RecordMerger::merge(*db, EntityType::Organisation, keep, drop, RecordMerger::proposal(a, b));
        }
        if (e) {
            // Refused (a rule) or a conflict: nothing was written; the harness checks that too.
            say(QStringLiteral("NAK %1 %2 %3").arg(seq).arg(int(e.code)).arg(QString(e.message).replace(QLatin1Char('\n'), QLatin1Char(' '))));
            if (e.code == Error::Code::Io || e.code == Error::Code::Internal || e.code == Error::Code::Busy)
                return 2;
            continue;
        }
        say(QStringLiteral("ACK %1 %2").arg(seq).arg(stateOf(*repo, ids)));
    }
}

int hold(const QString &path, int ms)
{
    OpenError openError;
    auto db = Database::open(path, &openError);
    if (!db) {
        say(QStringLiteral("FAIL open: %1").arg(openError.message));
        return 1;
    }
    WriteTransaction tx(db->connection());
    if (Error e = tx.begin()) {
        say(QStringLiteral("FAIL begin: %1").arg(e.message));
        return 1;
    }
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r = newStakeholder(0);
    r.setValue(QStringLiteral("name"), QStringLiteral("Held"));
    if (Error e = repo->create(r)) {
        say(QStringLiteral("FAIL write: %1").arg(e.message));
        return 1;
    }
    say(QStringLiteral("HOLDING"));
    QThread::msleep(static_cast<unsigned long>(ms));
    if (Error e = tx.commit()) {
        say(QStringLiteral("FAIL commit: %1").arg(e.message));
        return 1;
    }
    say(QStringLiteral("RELEASED"));
    return 0;
}

int probe(const QString &path)
{
    OpenError openError;
    auto db = Database::open(path, &openError);
    if (!db) {
        say(QStringLiteral("REFUSED %1").arg(openError.message));
        return 0;
    }
    say(QStringLiteral("OPEN readonly=%1 reason=%2").arg(db->isReadOnly() ? 1 : 0).arg(db->readOnlyReason()));
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Error countError;
    say(QStringLiteral("COUNT %1").arg(repo->count({}, &countError)));
    if (countError)
        say(QStringLiteral("READFAIL %1").arg(countError.message));
    Record r = newStakeholder(0);
    const Error e = repo->create(r);
    say(e ? QStringLiteral("WRITE refused %1 %2").arg(int(e.code)).arg(e.message) : QStringLiteral("WRITE saved"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("edits") && args.size() == 4)
        return edits(args.at(2), args.at(3).toUInt());
    if (mode == QLatin1String("hold") && args.size() == 4)
        return hold(args.at(2), args.at(3).toInt());
    if (mode == QLatin1String("probe") && args.size() == 3)
        return probe(args.at(2));
    std::fprintf(stderr, "usage: reliabilitychild edits FILE SEED | hold FILE MS | probe FILE\n");
    return 64;
}
