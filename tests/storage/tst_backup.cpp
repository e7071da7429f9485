// Backups and restores on real files: a backup is the committed state even while another
// connection writes, a failed one leaves nothing behind and prunes nothing, the rolling
// store keeps the newest N, a restore is checked first and all-or-nothing, and every file
// is readable by its owner only.
#include "storage/backuprestore.h"
#include "storage/backupstore.h"
#include "storage/backupsummary.h"
#include "storage/backupwriter.h"
#include "storage/changewatch.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace hubdesk;

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void backup_whileAnotherConnectionHoldsAWriteTransaction_isTheCommittedState();
    void backup_whileWritesGoOn_isTheStateWhenItStarted();
    void backup_refusesAnExistingFileAFolderAndItsOwnSource();
    void backup_overwrite_replacesTheFile();
    void backup_cancelled_leavesNothing();
    void backup_diskFailure_namesTheFileAndLeavesNothing();
    void backup_destinationAppearingMeanwhile_isNotReplaced();
    void store_keepsExactlyTheNewestN();
    void store_failedBackup_prunesNothingAndLeavesNoPartialFile();
    void store_isDue_whenTheLastIsOlderThanADay();
    void store_ignoresFilesItDidNotName();
    void changeWatch_seesChangesOfAnyConnection();
    void summary_countsLiveRecordsOfEachKind();
    void restore_backsUpTheCurrentFirst_thenEqualsTheBackup();
    void restore_isSeenByAConnectionThatWasOpen();
    void restore_refusesABadBackup_leavesTheFileByteIdentical_data();
    void restore_refusesABadBackup_leavesTheFileByteIdentical();
    void restore_olderBackup_isUpgradedOnTheWay();
    void restore_intoANewFile_makesIt();
    void restore_intoADamagedFile_isRefusedAndSaysWhatToDo();
    void permissions_ownerOnly_evenWithAPermissiveUmask();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A database file with \a n stakeholders (and one person).
    std::unique_ptr<Database> sample(const QString &name, int n);
    static void addOrganisations(Database &db, int n, const QString &prefix);
    static qint64 count(const QString &file, const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackup::addOrganisations(Database &db, int n, const QString &prefix)
{
    auto repo = Repositories::create(db, EntityType::Organisation);
    // One transaction (unless the caller holds one): thousands of commits would be slow.
    const bool own = !Sql::inTransaction(db.connection());
    if (own)
        QVERIFY(!Sql::run(db.connection(), QStringLiteral("BEGIN IMMEDIATE")));
    for (int i = 0; i < n; ++i) {
        Record r = test::organisation(QStringLiteral("%1 %2").arg(prefix).arg(i));
        const Error e = repo->create(r);
        QVERIFY2(!e, qPrintable(e.message));
    }
    if (own)
        QVERIFY(!Sql::run(db.connection(), QStringLiteral("COMMIT")));
}

std::unique_ptr<Database> TestBackup::sample(const QString &name, int n)
{
    auto db = test::fileDatabase(path(name));
    addOrganisations(*db, n, QStringLiteral("Firm"));
    Record p = test::person(QStringLiteral("Ana"), QStringLiteral("Petrova"));
    const Error e = Repositories::create(*db, EntityType::Person)->create(p);
    if (e)
        qFatal("%s", qPrintable(e.message));
    Sql::run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db;
}

qint64 TestBackup::count(const QString &file, const QString &table)
{
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    OpenError error;
    const auto db = Database::open(file, options, &error);
    if (!db)
        return -1;
    return Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)).toLongLong();
}

void TestBackup::backup_whileAnotherConnectionHoldsAWriteTransaction_isTheCommittedState()
{
    auto db = sample(QStringLiteral("live.hubdesk"), 30);
    OpenError openError;
    auto writer = db->openAnotherConnection(&openError);
    QVERIFY(writer);
    QVERIFY(!Sql::run(writer->connection(), QStringLiteral("BEGIN IMMEDIATE")));
    addOrganisations(*writer, 5, QStringLiteral("Uncommitted"));

    auto reader = Database::openReader(db->path(), &openError);
    QVERIFY(reader);
    const QString copy = path(QStringLiteral("copy.hubdesk"));
    const Error e = BackupWriter::write(*reader, copy);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(!Sql::run(writer->connection(), QStringLiteral("COMMIT")));

    QCOMPARE(count(copy, QStringLiteral("organisations")), 30);
    QCOMPARE(count(copy, QStringLiteral("people")), 1);
    QCOMPARE(count(db->path(), QStringLiteral("organisations")), 35);
    // What `hubdesk check` says of it.
    const DatabaseCheck check = DatabaseCheck::run(copy);
    QVERIFY2(check.verdict == DatabaseCheck::Verdict::Sound, qPrintable(check.toText(copy)));
    QCOMPARE(check.schemaVersion, Migrations::latest());
    // A closed file: no -wal or -shm beside it, even after the check opened it.
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-shm")));
}

void TestBackup::backup_whileWritesGoOn_isTheStateWhenItStarted()
{
    auto db = sample(QStringLiteral("busy.hubdesk"), 2000); // several steps of the copy
    OpenError openError;
    auto reader = Database::openReader(db->path(), &openError);
    QVERIFY(reader);
    int committedMeanwhile = 0;
    BackupWriter::Options options;
    options.pagesPerStep = 8;
    options.progress = [&](int) {
        // Another connection commits between the copy's steps.
        addOrganisations(*db, 3, QStringLiteral("Meanwhile %1").arg(committedMeanwhile));
        committedMeanwhile += 3;
        return true;
    };
    const QString copy = path(QStringLiteral("copy.hubdesk"));
    const Error e = BackupWriter::write(*reader, copy, options);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(committedMeanwhile >= 6);
    QCOMPARE(count(copy, QStringLiteral("organisations")), 2000);
    QCOMPARE(count(db->path(), QStringLiteral("organisations")), 2000 + committedMeanwhile);
    QCOMPARE(DatabaseCheck::run(copy).verdict, DatabaseCheck::Verdict::Sound);
}

void TestBackup::backup_refusesAnExistingFileAFolderAndItsOwnSource()
{
    auto db = sample(QStringLiteral("a.hubdesk"), 3);
    const QString existing = path(QStringLiteral("existing.hubdesk"));
    test::writeBytes(existing, "keep me");
    Error e = BackupWriter::write(*db, existing);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("existing.hubdesk")), qPrintable(e.message));
    QCOMPARE(test::readBytes(existing), QByteArray("keep me"));

    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.hubdesk")));
    e = BackupWriter::write(*db, path(QStringLiteral("folder.hubdesk")));
    QVERIFY(e);
    QVERIFY2(e.message.contains(QStringLiteral("folder")), qPrintable(e.message));

    BackupWriter::Options overwrite;
    overwrite.overwrite = true;
    e = BackupWriter::write(*db, db->path(), overwrite);
    QCOMPARE(e.code, Error::Code::Refused);

    e = BackupWriter::write(*db, path(QStringLiteral("missing/b.hubdesk")));
    QVERIFY(e);
    QVERIFY2(e.message.contains(QStringLiteral("does not exist")), qPrintable(e.message));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial")), QStringList());
}

void TestBackup::backup_overwrite_replacesTheFile()
{
    auto db = sample(QStringLiteral("a.hubdesk"), 4);
    const QString existing = path(QStringLiteral("existing.hubdesk"));
    test::writeBytes(existing, "old");
    BackupWriter::Options options;
    options.overwrite = true;
    const Error e = BackupWriter::write(*db, existing, options);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(count(existing, QStringLiteral("organisations")), 4);
}

void TestBackup::backup_cancelled_leavesNothing()
{
    auto db = sample(QStringLiteral("a.hubdesk"), 2000);
    BackupWriter::Options options;
    options.progress = [](int percent) { return percent < 10; };
    const QString copy = path(QStringLiteral("copy.hubdesk"));
    const Error e = BackupWriter::write(*db, copy, options);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(!QFileInfo::exists(copy));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("copy")), QStringList());
}

void TestBackup::backup_diskFailure_namesTheFileAndLeavesNothing()
{
#ifdef Q_OS_UNIX
    // A file size limit makes the disk refuse the copy's writes half-way (as a full disk does;
    // root ignores read-only modes, so this is the failure a test can make everywhere).
    auto db = sample(QStringLiteral("a.hubdesk"), 3000);
    QVERIFY(QFileInfo(db->path()).size() > 1024 * 1024);
    const QString copy = path(QStringLiteral("copy.hubdesk"));
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit small = old;
    small.rlim_cur = 512 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Error e = BackupWriter::write(*db, copy);
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(e);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(copy)), qPrintable(e.message));
    QVERIFY(!QFileInfo::exists(copy));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("copy")), QStringList());
#else
    QSKIP("file size limits are POSIX");
#endif
}

void TestBackup::backup_destinationAppearingMeanwhile_isNotReplaced()
{
    auto db = sample(QStringLiteral("a.hubdesk"), 10);
    const QString copy = path(QStringLiteral("copy.hubdesk"));
    BackupWriter::Options options;
    options.progress = [&](int percent) {
        if (percent == 100 && !QFileInfo::exists(copy))
            test::writeBytes(copy, "someone else's");
        return true;
    };
    const Error e = BackupWriter::write(*db, copy, options);
    QVERIFY(e);
    QCOMPARE(test::readBytes(copy), QByteArray("someone else's"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial")), QStringList());
}

void TestBackup::store_keepsExactlyTheNewestN()
{
    auto db = sample(QStringLiteral("rolling.hubdesk"), 2);
    const QString folder = path(QStringLiteral("backups"));
    BackupStore store(db->path(), folder);
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 13; ++i) {
        QString written;
        const Error e = store.take(*db, BackupStore::Open, 10, &written, {}, start.addSecs(3600 * i));
        QVERIFY2(!e, qPrintable(e.message));
        QVERIFY(QFileInfo::exists(written));
    }
    const QList<BackupStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 10);
    QCOMPARE(entries.constFirst().takenAt, start.addSecs(3600 * 12));
    QCOMPARE(entries.constLast().takenAt, start.addSecs(3600 * 3));
    QCOMPARE(entries.constFirst().reason, BackupStore::Open);
    // Fewer kept from now on: the oldest go at the next backup.
    QVERIFY(!store.take(*db, BackupStore::Close, 3, nullptr, {}, start.addSecs(3600 * 13)));
    QCOMPARE(store.entries().size(), 3);
    QCOMPARE(store.entries().constFirst().reason, BackupStore::Close);
}

void TestBackup::store_failedBackup_prunesNothingAndLeavesNoPartialFile()
{
    auto db = sample(QStringLiteral("rolling.hubdesk"), 2);
    const QString folder = path(QStringLiteral("backups"));
    BackupStore store(db->path(), folder);
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!store.take(*db, BackupStore::Open, 3, nullptr, {}, start.addSecs(60 * i)));
    const QList<BackupStore::Entry> before = store.entries();
    QCOMPARE(before.size(), 3);
    // The next backup's name is taken by a folder: the backup fails.
    const QDateTime next = start.addSecs(3600);
    QVERIFY(QDir(folder).mkdir(BackupStore::fileName(db->path(), next, BackupStore::Close)));
    const Error e = store.take(*db, BackupStore::Close, 3, nullptr, {}, next);
    QVERIFY(e);
    QCOMPARE(store.entries().size(), 3);
    for (const BackupStore::Entry &entry : before)
        QVERIFY(QFileInfo::exists(entry.path));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial")), QStringList());

#ifdef Q_OS_UNIX
    // A failure half-way through the copy (the disk refuses): nothing pruned, nothing left.
    {
        auto big = sample(QStringLiteral("big.hubdesk"), 3000);
        BackupStore bigStore(big->path(), folder);
        QVERIFY(!bigStore.take(*big, BackupStore::Open, 1, nullptr, {}, start));
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 512 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Error failed = bigStore.take(*big, BackupStore::Close, 1, nullptr, {}, next);
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(failed);
        QCOMPARE(bigStore.entries().size(), 1);
        QCOMPARE(bigStore.entries().constFirst().takenAt, start);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial")), QStringList());
    }
#endif
}

void TestBackup::store_isDue_whenTheLastIsOlderThanADay()
{
    auto db = sample(QStringLiteral("due.hubdesk"), 1);
    BackupStore store(db->path(), path(QStringLiteral("backups")));
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(store.isDue(at)); // none yet
    QVERIFY(!store.take(*db, BackupStore::Open, 10, nullptr, {}, at));
    QVERIFY(!store.isDue(at.addSecs(60)));
    QVERIFY(!store.isDue(at.addSecs(24 * 3600)));
    QVERIFY(store.isDue(at.addSecs(24 * 3600 + 1)));
}

void TestBackup::store_ignoresFilesItDidNotName()
{
    auto db = sample(QStringLiteral("mine.hubdesk"), 1);
    const QString folder = path(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const QString stranger = QDir(folder).filePath(QStringLiteral("notes.hubdesk"));
    const QString other = QDir(folder).filePath(QStringLiteral("other_2026-01-01T000000.000Z_open.hubdesk"));
    test::writeBytes(stranger, "x");
    test::writeBytes(other, "y");
    BackupStore store(db->path(), folder);
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(!store.take(*db, BackupStore::Open, 1, nullptr, {}, at));
    QVERIFY(!store.take(*db, BackupStore::Open, 1, nullptr, {}, at.addSecs(1)));
    QCOMPARE(store.entries().size(), 1);
    QVERIFY(QFileInfo::exists(stranger));
    QVERIFY(QFileInfo::exists(other));
}

void TestBackup::changeWatch_seesChangesOfAnyConnection()
{
    auto db = sample(QStringLiteral("watched.hubdesk"), 1);
    ChangeWatch watch(db->path());
    QVERIFY(!watch.isChanged());
    // Reading is no change.
    QCOMPARE(count(db->path(), QStringLiteral("organisations")), 1);
    QVERIFY(!watch.isChanged());
    addOrganisations(*db, 1, QStringLiteral("Later"));
    QVERIFY(watch.isChanged());

    ChangeWatch second(db->path());
    QVERIFY(!second.isChanged());
    second.markChanged();
    QVERIFY(second.isChanged());
}

void TestBackup::summary_countsLiveRecordsOfEachKind()
{
    auto db = sample(QStringLiteral("counted.hubdesk"), 7);
    test::addStartup(*db, QStringLiteral("Rocket Ltd"));
    // One in the trash is not counted.
    const QVariant id = Sql::scalar(db->connection(), QStringLiteral("SELECT min(id) FROM organisations"));
    QVERIFY(!Repositories::create(*db, EntityType::Organisation)->trash(id.toLongLong()));
    const BackupSummary live = BackupSummary::ofDatabase(*db);
    QCOMPARE(live.count(EntityType::Organisation), 7); // 7 + the startup's − 1 in the trash
    QCOMPARE(live.count(EntityType::Person), 1);
    QCOMPARE(live.count(EntityType::Startup), 1);
    QCOMPARE(live.count(EntityType::Session), 0);
    QCOMPARE(live.counts.size(), BackupSummary::kinds().size());

    const QString copy = path(QStringLiteral("copy.hubdesk"));
    QVERIFY(!BackupWriter::write(*db, copy));
    const BackupSummary file = BackupSummary::ofFile(copy);
    QVERIFY2(file.isUsable(), qPrintable(file.problem));
    QCOMPARE(file.counts, live.counts);
    QCOMPARE(file.schemaVersion, Migrations::latest());
}

void TestBackup::restore_backsUpTheCurrentFirst_thenEqualsTheBackup()
{
    const QString target = path(QStringLiteral("target.hubdesk"));
    QString backup = path(QStringLiteral("backup.hubdesk"));
    {
        auto db = sample(QStringLiteral("target.hubdesk"), 12);
        QVERIFY(!BackupWriter::write(*db, backup));
        addOrganisations(*db, 8, QStringLiteral("After the backup"));
    }
    QCOMPARE(count(target, QStringLiteral("organisations")), 20);
    const BackupRestore::Outcome outcome = BackupRestore::restore(backup, target, 10);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    QCOMPARE(count(target, QStringLiteral("organisations")), 12);
    QCOMPARE(outcome.restored.count(EntityType::Organisation), 12);
    // The content before is in the file's automatic backups, whole.
    QVERIFY(QFileInfo::exists(outcome.savedCurrent));
    QVERIFY(outcome.savedCurrent.startsWith(BackupStore::defaultFolder(target)));
    QCOMPARE(count(outcome.savedCurrent, QStringLiteral("organisations")), 20);
    QCOMPARE(BackupStore(target).entries().constFirst().reason, BackupStore::BeforeRestore);
    QCOMPARE(DatabaseCheck::run(target).verdict, DatabaseCheck::Verdict::Sound);
    // The restored file is in WAL mode again and opens for writing.
    OpenError error;
    auto reopened = Database::open(target, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(Sql::scalar(reopened->connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestBackup::restore_isSeenByAConnectionThatWasOpen()
{
    auto db = sample(QStringLiteral("open.hubdesk"), 5);
    const QString backup = path(QStringLiteral("backup.hubdesk"));
    QVERIFY(!BackupWriter::write(*db, backup));
    addOrganisations(*db, 5, QStringLiteral("Later"));
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 10);
    const BackupRestore::Outcome outcome = BackupRestore::restore(backup, db->path(), 10);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    // The window's connection, open all along, reads the restored content.
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 5);
    addOrganisations(*db, 1, QStringLiteral("Writable after"));
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 6);
}

void TestBackup::restore_refusesABadBackup_leavesTheFileByteIdentical_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("text file");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
    QTest::newRow("another application") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer HubDesk");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("itself") << QStringLiteral("itself") << QStringLiteral("from itself");
}

void TestBackup::restore_refusesABadBackup_leavesTheFileByteIdentical()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString target = path(QStringLiteral("target.hubdesk"));
    QString backup = path(QStringLiteral("bad.hubdesk"));
    {
        auto db = sample(QStringLiteral("target.hubdesk"), 500);
        QVERIFY(!BackupWriter::write(*db, backup));
    }
    const auto setPragma = [&](const char *sql) {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(backup).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    };
    if (kind == QLatin1String("text")) {
        test::writeBytes(backup, "name,city\nAlpha,Sofia\n");
    } else if (kind == QLatin1String("damaged")) {
        QByteArray bytes = test::readBytes(backup);
        const int pageSize = 4096;
        for (int i = 3 * pageSize; i < bytes.size(); i += pageSize)
            bytes.replace(i, 64, QByteArray(64, '\xA5'));
        test::writeBytes(backup, bytes);
    } else if (kind == QLatin1String("foreign")) {
        setPragma("PRAGMA application_id = 305419896");
    } else if (kind == QLatin1String("newer")) {
        setPragma("PRAGMA user_version = 999");
    } else if (kind == QLatin1String("missing")) {
        backup = path(QStringLiteral("nowhere.hubdesk"));
    } else if (kind == QLatin1String("itself")) {
        backup = target;
    }
    const QByteArray before = test::readBytes(target);
    const bool hadWal = QFileInfo::exists(target + QStringLiteral("-wal"));
    const BackupRestore::Outcome outcome = BackupRestore::restore(backup, target, 10);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error.message.contains(reason), qPrintable(outcome.error.message));
    QVERIFY(outcome.savedCurrent.isEmpty());
    QCOMPARE(test::readBytes(target), before);
    QCOMPARE(QFileInfo::exists(target + QStringLiteral("-wal")), hadWal);
    QCOMPARE(count(target, QStringLiteral("organisations")), 500);
}

void TestBackup::restore_olderBackup_isUpgradedOnTheWay()
{
    const QString old = path(QStringLiteral("old.hubdesk"));
    {
        OpenError error;
        auto db = Database::createAtVersion(old, 5, &error);
        QVERIFY2(db, qPrintable(error.message));
    }
    auto target = sample(QStringLiteral("target.hubdesk"), 3);
    const QString targetPath = target->path();
    target.reset();
    const QByteArray oldBytes = test::readBytes(old);
    const BackupRestore::Outcome outcome = BackupRestore::restore(old, targetPath, 10);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    QCOMPARE(outcome.restored.schemaVersion, 5);
    OpenError error;
    auto restored = Database::open(targetPath, &error);
    QVERIFY2(restored, qPrintable(error.message));
    QCOMPARE(restored->schemaVersion(), Migrations::latest());
    QCOMPARE(Sql::scalar(restored->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 0);
    QCOMPARE(test::readBytes(old), oldBytes); // the backup itself is never changed
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial")), QStringList());
}

void TestBackup::restore_intoANewFile_makesIt()
{
    const QString backup = path(QStringLiteral("backup.hubdesk"));
    {
        auto db = sample(QStringLiteral("source.hubdesk"), 9);
        QVERIFY(!BackupWriter::write(*db, backup));
    }
    const QString made = path(QStringLiteral("made.hubdesk"));
    const BackupRestore::Outcome outcome = BackupRestore::restore(backup, made, 10);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    QVERIFY(outcome.savedCurrent.isEmpty());
    QCOMPARE(count(made, QStringLiteral("organisations")), 9);
}

void TestBackup::restore_intoADamagedFile_isRefusedAndSaysWhatToDo()
{
    const QString backup = path(QStringLiteral("backup.hubdesk"));
    const QString target = path(QStringLiteral("damaged.hubdesk"));
    {
        auto db = sample(QStringLiteral("damaged.hubdesk"), 500);
        QVERIFY(!BackupWriter::write(*db, backup));
    }
    QByteArray bytes = test::readBytes(target);
    for (int i = 3 * 4096; i < bytes.size(); i += 4096)
        bytes.replace(i, 64, QByteArray(64, '\xA5'));
    test::writeBytes(target, bytes);
    const BackupRestore::Outcome outcome = BackupRestore::restore(backup, target, 10);
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error.message.contains(QStringLiteral("move it aside")), qPrintable(outcome.error.message));
    QCOMPARE(test::readBytes(target), bytes);
    // Moved aside, the name is made again from the backup.
    QVERIFY(QFile::rename(target, path(QStringLiteral("damaged-aside.hubdesk"))));
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QVERIFY(!BackupRestore::restore(backup, target, 10).error);
    QCOMPARE(count(target, QStringLiteral("organisations")), 500);
}

void TestBackup::permissions_ownerOnly_evenWithAPermissiveUmask()
{
#ifdef Q_OS_UNIX
    const mode_t oldMask = umask(0);
    const auto mode = [](const QString &file) {
        struct stat st{};
        if (::stat(QFile::encodeName(file).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 0777);
    };
    {
        auto db = sample(QStringLiteral("private.hubdesk"), 3);
        QCOMPARE(mode(db->path()), 0600);
        QVERIFY(QFileInfo::exists(db->path() + QStringLiteral("-wal")));
        QCOMPARE(mode(db->path() + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(db->path() + QStringLiteral("-shm")), 0600);

        int partialMode = -1;
        BackupWriter::Options options;
        options.progress = [&](int) {
            const QStringList partial = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".partial"));
            if (partial.size() == 1)
                partialMode = mode(m_dir->filePath(partial.constFirst()));
            return true;
        };
        const QString copy = path(QStringLiteral("copy.hubdesk"));
        QVERIFY(!BackupWriter::write(*db, copy, options));
        QCOMPARE(partialMode, 0600);
        QCOMPARE(mode(copy), 0600);

        BackupStore store(db->path(), path(QStringLiteral("store/of/backups")));
        QString written;
        QVERIFY(!store.take(*db, BackupStore::Open, 10, &written));
        QCOMPARE(mode(written), 0600);
        QCOMPARE(mode(store.folder()), 0700);

        const QString made = path(QStringLiteral("restored.hubdesk"));
        QVERIFY(!BackupRestore::restore(copy, made, 10).error);
        QCOMPARE(mode(made), 0600);
    }
    umask(022);
    {
        auto db = sample(QStringLiteral("private022.hubdesk"), 1);
        QCOMPARE(mode(db->path()), 0600);
        QCOMPARE(mode(db->path() + QStringLiteral("-wal")), 0600);
    }
    umask(oldMask);
#else
    QSKIP("POSIX permissions only");
#endif
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
