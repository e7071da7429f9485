// libFuzzer target: opening a file as a HubDesk database. The input is a file's bytes
// (a real database, truncated, garbled, or anything else). What must hold:
//  - nothing crashes, leaks or hangs (the sanitizers and -timeout);
//  - a read-only open, `hubdesk check` (DatabaseCheck) and a refused open never change
//    a byte of the file: the checks run before anything is written (database.h);
//  - when a file opens, reading every entity's list, count, records and search works
//    or fails with an Error, never worse.

#include "fuzzsupport.h"

#include "domain/entityinfo.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/repositories.h"

#include <cstdio>

using namespace hubdesk;

namespace {

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void requireUnchanged(const QString &path, const QByteArray &original, const char *after)
{
    if (fuzz::readFile(path) != original) {
        fprintf(stderr, "fuzz_database: the file changed after %s\n", after);
        abort();
    }
}

void readThrough(Database &db)
{
    for (EntityType type : Entities::all()) {
        const std::unique_ptr<Repository> repository = Repositories::create(db, type);
        if (!repository)
            continue;
        Error error;
        ListQuery query;
        query.limit = 5;
        (void)repository->count(query, &error);
        const RowSet rows = repository->list(query, &error);
        const int idColumn = rows.column(QStringLiteral("id"));
        for (qsizetype i = 0; idColumn >= 0 && i < rows.rows.size(); ++i) {
            Record record;
            (void)repository->get(rows.rows.at(i).value(idColumn).toLongLong(), &record, true);
        }
        Record record;
        (void)repository->get(1, &record, true);
        query.search = QStringLiteral("a");
        (void)repository->list(query, &error);
        query.search.clear();
        query.inTrash = true;
        (void)repository->list(query, &error);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::scratchFolder() + QStringLiteral("/input.hubdesk");
    removeFiles(path);
    fuzz::writeFile(path, data, size);
    const QByteArray original = fuzz::readFile(path);

    (void)FileHeader::read(path);
    requireUnchanged(path, original, "FileHeader::read");

    {
        Database::Options options;
        options.readOnly = true;
        options.allowOlder = true;
        OpenError error;
        if (auto db = Database::open(path, options, &error))
            readThrough(*db);
    }
    requireUnchanged(path, original, "a read-only open");

    (void)DatabaseCheck::run(path);
    requireUnchanged(path, original, "DatabaseCheck::run");

    {
        OpenError error;
        auto db = Database::open(path, &error);
        if (db) {
            readThrough(*db);
        } else if (error.kind != OpenError::Kind::UpgradeFailed) {
            // A failed upgrade keeps the steps that completed (each is its own
            // transaction); every other refusal comes before any write.
            db.reset();
            requireUnchanged(path, original, "a refused open");
        }
    }
    removeFiles(path);
    return 0;
}
