// Faults on a real file: the disk full (a file size limit), I/O errors injected by a
// VFS shim, read-only files and folders, the file deleted or moved while open, and
// two programs writing at once. Each time: a clear message naming the file and what
// was not saved, nothing half-written (hubdesk check passes, counts unchanged), and
// the same connection writes again once the fault is gone.
#include "domain/record.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/valueparser.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/databasecopy.h"
#include "storage/lockholder.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace hubdesk;

namespace {

// ---- A VFS shim: the default unix VFS, with the Nth write or sync made to fail. ----

struct Injection
{
    int writesBeforeFailure = -1; // -1: never fail
    int syncsBeforeFailure = -1;
    int writeCode = SQLITE_IOERR_WRITE;
    int systemErrno = EIO; // what sqlite3_system_errno() reports after an injected failure
    int failures = 0;
    bool lastWasInjected = false;
};
Injection injection;
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs faultyVfs;
sqlite3_io_methods faultyMethods;

struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<FaultyFile *>(f)->real;
}

bool due(int *countdown)
{
    if (*countdown < 0)
        return false;
    if ((*countdown)-- > 0)
        return false;
    ++injection.failures;
    injection.lastWasInjected = true;
    return true;
}

int fClose(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int fRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return realOf(f)->pMethods->xRead(realOf(f), b, n, o);
}
int fWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (due(&injection.writesBeforeFailure))
        return injection.writeCode;
    injection.lastWasInjected = false;
    return realOf(f)->pMethods->xWrite(realOf(f), b, n, o);
}
int fTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int fSync(sqlite3_file *f, int flags)
{
    if (due(&injection.syncsBeforeFailure))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int fFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int fLock(sqlite3_file *f, int l)
{
    return realOf(f)->pMethods->xLock(realOf(f), l);
}
int fUnlock(sqlite3_file *f, int l)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), l);
}
int fCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int fFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int fSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int fDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int fShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, p);
}
int fShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void fShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int fShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int fFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return realOf(f)->pMethods->xFetch(realOf(f), o, n, p);
}
int fUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), o, p);
}

int vOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *ff = reinterpret_cast<FaultyFile *>(f);
    ff->real = reinterpret_cast<sqlite3_file *>(ff + 1);
    const int rc = realVfs->xOpen(realVfs, name, ff->real, flags, outFlags);
    f->pMethods = ff->real->pMethods ? &faultyMethods : nullptr;
    return rc;
}

int vGetLastError(sqlite3_vfs *, int n, char *text)
{
    if (injection.lastWasInjected)
        return injection.systemErrno;
    return realVfs->xGetLastError(realVfs, n, text);
}

// Makes the shim the default VFS, so every connection opened afterwards goes through it.
void installFaultyVfs()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    faultyVfs = *realVfs;
    faultyVfs.zName = "hubdesk-faulty";
    faultyVfs.szOsFile = int(sizeof(FaultyFile)) + realVfs->szOsFile;
    faultyVfs.xOpen = vOpen;
    faultyVfs.xGetLastError = vGetLastError;
    faultyVfs.pNext = nullptr;
    faultyMethods = sqlite3_io_methods{3,          fClose,       fRead,       fWrite,       fTruncate,
                                       fSync,      fFileSize,    fLock,       fUnlock,      fCheckReservedLock,
                                       fFileControl, fSectorSize, fDeviceCharacteristics, fShmMap, fShmLock,
                                       fShmBarrier, fShmUnmap,   fFetch,      fUnfetch};
    sqlite3_vfs_register(&faultyVfs, 1);
}

void disarm()
{
    injection.writesBeforeFailure = -1;
    injection.syncsBeforeFailure = -1;
    injection.lastWasInjected = false;
}

// ---- A file size limit, as `ulimit -f` sets it (SIGXFSZ ignored: writes fail with EFBIG). ----

class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limit = m_before;
        limit.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { lift(); }
    void lift()
    {
        if (m_set)
            setrlimit(RLIMIT_FSIZE, &m_before);
        m_set = false;
    }
    bool isSet() const { return m_set; }

private:
    rlimit m_before{};
    bool m_set = false;
};

class RowsSource : public TableSource
{
public:
    explicit RowsSource(int rows)
        : m_rows(rows)
    {
    }
    bool next(SourceRow *row) override
    {
        if (m_next > m_rows)
            return false;
        row->number = m_next + 1;
        row->cells = m_next == 0 ? QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country")}
                                 : QStringList{QStringLiteral("Imported %1").arg(m_next), QStringLiteral("corporation"),
                                               QStringLiteral("BG")};
        ++m_next;
        return true;
    }
    Error error() const override { return {}; }
    qint64 position() const override { return m_next; }
    qint64 size() const override { return m_rows + 1; }

private:
    int m_rows;
    int m_next = 0;
};

qint64 countOf(Database &db, const QString &table = QStringLiteral("organisations"))
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

QString storedName(const QString &path, qint64 id)
{
    OpenError error;
    auto other = Database::openReader(path, &error);
    if (!other)
        return QStringLiteral("cannot open: ") + error.message;
    return Sql::scalar(other->connection(), QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {id}).toString();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fileSizeLimit_duringImport_nothingImportedThenImports();
    void fileSizeLimit_duringEdit_notSavedThenSaves();
    void fileSizeLimit_duringCopy_leavesNoPartialCopy();
    void diskFull_duringEdit_saysTheDiskIsFull();
    void ioError_duringWrite_notSavedFileWhole_data();
    void ioError_duringWrite_notSavedFileWhole();
    void ioError_duringImport_nothingImported();
    void readOnlyFlag_opensAndRefusesWrites();
    void readOnlyFileOrFolder_forAnotherUser_data();
    void readOnlyFileOrFolder_forAnotherUser();
    void fileDeletedWhileOpen_writesRefused_copySavesEverything();
    void fileMovedOrReplacedWhileOpen_writesRefused_data();
    void fileMovedOrReplacedWhileOpen_writesRefused();
    void twoConnections_sameRecord_conflictNeverLostUpdate();
    void otherProgramHoldsWriteLock_writerWaits();
    void otherProgramHoldsWriteLockTooLong_namedInTheMessage();

private:
    // The file's database with \a organisations stakeholders; the WAL checkpointed and
    // emptied, so that a file size limit bites at the first page written.
    std::unique_ptr<Database> prepared(int organisations = 3);
    void expectWhole(qint64 organisations);
    QString child() const { return QStringLiteral(RELIABILITY_CHILD); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ValueParser m_parser;
};

void TestFaults::initTestCase()
{
    // As HubDesk's main() does: a file size limit then fails a write instead of killing.
    std::signal(SIGXFSZ, SIG_IGN);
    installFaultyVfs();
}

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("faults.hubdesk"));
    disarm();
}

void TestFaults::cleanup()
{
    disarm();
}

std::unique_ptr<Database> TestFaults::prepared(int organisations)
{
    auto db = test::fileDatabase(m_path);
    if (!db)
        return db;
    auto repo = Repositories::create(*db, EntityType::Organisation);
    for (int i = 1; i <= organisations; ++i) {
        Record r = test::organisation(QStringLiteral("Kept %1").arg(i));
        if (Error e = repo->create(r))
            qWarning("%s", qPrintable(e.message));
    }
    Sql::run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db;
}

// hubdesk check's verdict on the file, and the number of stakeholders a fresh connection sees.
void TestFaults::expectWhole(qint64 organisations)
{
    disarm();
    const DatabaseCheck check = DatabaseCheck::run(m_path);
    QVERIFY2(check.verdict == DatabaseCheck::Verdict::Sound, qPrintable(check.toText(m_path)));
    OpenError error;
    auto other = Database::openReader(m_path, &error);
    QVERIFY2(other, qPrintable(error.message));
    QCOMPARE(countOf(*other), organisations);
}

void TestFaults::fileSizeLimit_duringImport_nothingImportedThenImports()
{
    auto db = prepared();
    QVERIFY(db);
    ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation,
                                                     {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country")});
    Importer importer(*db, mapping, m_parser);
    ImportOptions options;
    options.sourceName = QStringLiteral("big.csv");
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isSet());
        RowsSource rows(3000);
        const ImportResult r = importer.run(rows, options);
        limit.lift();
        QCOMPARE(r.error.code, Error::Code::Io);
        QVERIFY2(r.error.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QLatin1String("file size limit")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QLatin1String("Nothing was saved")), qPrintable(r.error.message));
        QCOMPARE(r.created, 0);
    }
    QCOMPARE(countOf(*db), 3);
    QCOMPARE(countOf(*db, QStringLiteral("import_batches")), 0);
    expectWhole(3);
    // The same connection imports once there is room again.
    RowsSource again(3000);
    const ImportResult r = importer.run(again, options);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.created, 3000);
    expectWhole(3003);
}

void TestFaults::fileSizeLimit_duringEdit_notSavedThenSaves()
{
    auto db = prepared();
    QVERIFY(db);
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r;
    QVERIFY(!repo->get(1, &r));
    r.setValue(QStringLiteral("name"), QStringLiteral("Renamed"));
    {
        FileSizeLimit limit(4096);
        QVERIFY(limit.isSet());
        Record copy = r;
        const Error e = repo->update(copy);
        Record added = test::organisation(QStringLiteral("Added"));
        const Error e2 = repo->create(added);
        limit.lift();
        QCOMPARE(e.code, Error::Code::Io);
        QVERIFY2(e.message.contains(QLatin1String("file size limit")) && e.message.contains(QDir::toNativeSeparators(m_path)),
                 qPrintable(e.message));
        QCOMPARE(e2.code, Error::Code::Io);
        QCOMPARE(copy.version, r.version); // the record in hand still says what is stored
    }
    QCOMPARE(storedName(m_path, 1), QStringLiteral("Kept 1"));
    expectWhole(3);
    QVERIFY(!repo->update(r));
    QCOMPARE(storedName(m_path, 1), QStringLiteral("Renamed"));
}

void TestFaults::fileSizeLimit_duringCopy_leavesNoPartialCopy()
{
    auto db = prepared();
    QVERIFY(db);
    const QString copy = m_dir->filePath(QStringLiteral("copy.hubdesk"));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    {
        FileSizeLimit limit(64 * 1024);
        const Error e = DatabaseCopy::save(*db, copy);
        limit.lift();
        QCOMPARE(e.code, Error::Code::Io);
        QVERIFY2(e.message.contains(QDir::toNativeSeparators(copy)) && e.message.contains(QLatin1String("file size limit"))
                     && e.message.contains(QLatin1String("Nothing was written there")),
                 qPrintable(e.message));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);
    expectWhole(3);
    QVERIFY(!DatabaseCopy::save(*db, copy));
    OpenError error;
    auto opened = Database::open(copy, &error);
    QVERIFY2(opened, qPrintable(error.message));
    QCOMPARE(countOf(*opened), 3);
}

void TestFaults::diskFull_duringEdit_saysTheDiskIsFull()
{
    auto db = prepared();
    QVERIFY(db);
    auto repo = Repositories::create(*db, EntityType::Organisation);
    injection.writeCode = SQLITE_FULL;
    injection.systemErrno = ENOSPC;
    injection.writesBeforeFailure = 0;
    Record added = test::organisation(QStringLiteral("Added"));
    const Error e = repo->create(added);
    disarm();
    injection.writeCode = SQLITE_IOERR_WRITE;
    injection.systemErrno = EIO;
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QLatin1String("the disk is full")) && e.message.contains(QDir::toNativeSeparators(m_path))
                 && e.message.contains(QLatin1String("Nothing was saved")),
             qPrintable(e.message));
    QCOMPARE(added.id, 0);
    expectWhole(3);
    QVERIFY(!repo->create(added));
    expectWhole(4);
}

void TestFaults::ioError_duringWrite_notSavedFileWhole_data()
{
    QTest::addColumn<int>("writes");
    QTest::addColumn<int>("syncs");
    QTest::newRow("first write of the commit") << 0 << -1;
    QTest::newRow("second write of the commit") << 1 << -1;
    QTest::newRow("fourth write of the commit") << 3 << -1;
    QTest::newRow("the sync of the commit") << -1 << 0;
}

void TestFaults::ioError_duringWrite_notSavedFileWhole()
{
    QFETCH(int, writes);
    QFETCH(int, syncs);
    auto db = prepared();
    QVERIFY(db);
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r;
    QVERIFY(!repo->get(2, &r));
    r.setValue(QStringLiteral("name"), QStringLiteral("Renamed"));
    r.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
    injection.writesBeforeFailure = writes;
    injection.syncsBeforeFailure = syncs;
    Record attempt = r;
    const Error e = repo->update(attempt);
    const int failures = injection.failures;
    disarm();
    QVERIFY(failures > 0);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(m_path)) && e.message.contains(QLatin1String("could not be written"))
                 && e.message.contains(QLatin1String("Nothing was saved")),
             qPrintable(e.message));
    QCOMPARE(attempt.version, r.version);
    QCOMPARE(storedName(m_path, 2), QStringLiteral("Kept 2"));
    expectWhole(3);
    // Closed and opened again (the WAL read afresh), the edit is still not there.
    db.reset();
    OpenError error;
    db = Database::open(m_path, &error);
    QVERIFY2(db, qPrintable(error.message));
    repo = Repositories::create(*db, EntityType::Organisation);
    Record stored;
    QVERIFY(!repo->get(2, &stored));
    QCOMPARE(stored.text(QStringLiteral("name")), QStringLiteral("Kept 2"));
    QCOMPARE(stored.version, r.version);
    QVERIFY(!repo->update(r));
    QCOMPARE(storedName(m_path, 2), QStringLiteral("Renamed"));
}

void TestFaults::ioError_duringImport_nothingImported()
{
    auto db = prepared();
    QVERIFY(db);
    ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation,
                                                     {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country")});
    Importer importer(*db, mapping, m_parser);
    ImportOptions options;
    options.sourceName = QStringLiteral("big.csv");
    injection.writesBeforeFailure = 40;
    RowsSource rows(2000);
    const ImportResult r = importer.run(rows, options);
    disarm();
    QCOMPARE(r.error.code, Error::Code::Io);
    QVERIFY2(r.error.message.contains(QLatin1String("input/output error")), qPrintable(r.error.message));
    QCOMPARE(countOf(*db), 3);
    QCOMPARE(countOf(*db, QStringLiteral("import_batches")), 0);
    expectWhole(3);
    RowsSource again(2000);
    const ImportResult ok = importer.run(again, options);
    QVERIFY2(!ok.error, qPrintable(ok.error.message));
    expectWhole(2003);
}

void TestFaults::readOnlyFlag_opensAndRefusesWrites()
{
    prepared().reset();
    const QByteArray before = test::readBytes(m_path);
    Database::Options options;
    options.readOnly = true;
    OpenError error;
    auto db = Database::open(m_path, options, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(db->isReadOnly());
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(QStringLiteral("New"));
    const Error e = repo->create(r);
    QCOMPARE(e.code, Error::Code::ReadOnly);
    QVERIFY2(e.message.contains(QLatin1String("read-only")) && e.message.contains(QLatin1String("as asked")), qPrintable(e.message));
    ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation,
                                                     {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country")});
    RowsSource rows(10);
    const ImportResult imported = Importer(*db, mapping, m_parser).run(rows, {});
    QCOMPARE(imported.error.code, Error::Code::ReadOnly);
    QCOMPARE(countOf(*db), 3);
    db.reset();
    QCOMPARE(test::readBytes(m_path), before);
}

void TestFaults::readOnlyFileOrFolder_forAnotherUser_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("fileWritable");
    QTest::addColumn<bool>("hotWal");
    QTest::addColumn<QString>("reason");
    QTest::newRow("read-only file") << true << false << false << QStringLiteral("the file is read-only");
    QTest::newRow("read-only folder") << false << true << false << QStringLiteral("its folder is read-only");
    QTest::newRow("both") << false << false << false << QStringLiteral("the file is read-only");
    // Not closed properly: the last changes are in the -wal, which SQLite can only read
    // through a -shm it cannot create there. Refused, with the way out.
    QTest::newRow("read-only folder, not closed properly") << false << true << true << QString();
}

// Permission bits do not stop root, so as root the check runs in a child process that
// drops to the user nobody; as anyone else, in a child of the same user.
void TestFaults::readOnlyFileOrFolder_forAnotherUser()
{
    QFETCH(bool, folderWritable);
    QFETCH(bool, fileWritable);
    QFETCH(bool, hotWal);
    QFETCH(QString, reason);
    prepared().reset();
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));
    if (hotWal) {
        const QString kept = m_dir->filePath(QStringLiteral("kept-wal"));
        {
            OpenError openError;
            auto db = Database::open(m_path, &openError);
            QVERIFY(db);
            Record r = test::organisation(QStringLiteral("In the WAL"));
            QVERIFY(!Repositories::create(*db, EntityType::Organisation)->create(r));
            QVERIFY(QFile::copy(m_path + QStringLiteral("-wal"), kept));
        }
        QVERIFY(QFile::rename(kept, m_path + QStringLiteral("-wal")));
    }
    const QByteArray before = test::readBytes(m_path);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto folderBits = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const auto writable = isRoot() ? (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)
                                   : QFileDevice::Permissions(QFileDevice::WriteOwner);
    QVERIFY(QFile::setPermissions(m_path, readable | (fileWritable ? writable : QFileDevice::Permissions())));
    QVERIFY(QFile::setPermissions(m_dir->path(), readable | folderBits | (folderWritable ? writable : QFileDevice::Permissions())));
    if (isRoot() && !QFileInfo(child()).isExecutable())
        QSKIP("the child program cannot be run");

    QProcess p;
    if (isRoot()) {
        p.setChildProcessModifier([] {
            // nobody:nogroup; the child then sees the permission bits as anyone but root does.
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    p.start(child(), {QStringLiteral("probe"), m_path});
    QVERIFY(p.waitForFinished(60000));
    if (p.exitCode() == 99)
        QSKIP("could not become the user nobody");
    if (p.exitCode() == 127 || p.error() == QProcess::FailedToStart)
        QSKIP("the user nobody cannot run the child program (its folder is private)");
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Either opened read-only with the reason and every write refused with it, or refused
    // with a message that says why; never a write, never a change to the file.
    if (hotWal) {
        QVERIFY2(output.startsWith(QLatin1String("REFUSED")) && output.contains(QLatin1String("not closed properly"))
                     && output.contains(QLatin1String("folder is read-only")),
                 qPrintable(output));
        QCOMPARE(test::readBytes(m_path), before);
        return;
    }
    QVERIFY2(output.contains(QStringLiteral("OPEN readonly=1 reason=") + reason), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("COUNT 3")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("WRITE refused")) && output.contains(reason), qPrintable(output));
    QCOMPARE(test::readBytes(m_path), before);
}

void TestFaults::fileDeletedWhileOpen_writesRefused_copySavesEverything()
{
    auto db = prepared();
    QVERIFY(db);
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record saved = test::organisation(QStringLiteral("Saved before the delete"));
    QVERIFY(!repo->create(saved));
    QVERIFY(db->isFileStillThere());
    QVERIFY(QFile::remove(m_path)); // -wal and -shm stay, as after a delete in a file manager

    QVERIFY(!db->isFileStillThere());
    Record r = test::organisation(QStringLiteral("After the delete"));
    const Error e = repo->create(r);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(m_path)) && e.message.contains(QLatin1String("deleted, moved or replaced"))
                 && e.message.contains(QLatin1String("Save a copy")),
             qPrintable(e.message));
    Record changed = saved;
    changed.setValue(QStringLiteral("name"), QStringLiteral("Changed"));
    QCOMPARE(repo->update(changed).code, Error::Code::Io);
    ImportMapping mapping = ImportMapping::automatic(EntityType::Organisation,
                                                     {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country")});
    RowsSource rows(10);
    QCOMPARE(Importer(*db, mapping, m_parser).run(rows, {}).error.code, Error::Code::Io);
    // Reading still works, and a copy saves everything that was saved.
    QCOMPARE(countOf(*db), 4);
    const QString copy = m_dir->filePath(QStringLiteral("rescued.hubdesk"));
    const Error copied = DatabaseCopy::save(*db, copy);
    QVERIFY2(!copied, qPrintable(copied.message));
    db.reset();
    OpenError error;
    auto rescued = Database::open(copy, &error);
    QVERIFY2(rescued, qPrintable(error.message));
    QCOMPARE(countOf(*rescued), 4);
    QCOMPARE(Sql::scalar(rescued->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE name = ?"), {saved.text(QStringLiteral("name"))})
                 .toInt(),
             1);
    QVERIFY(rescued->isFileStillThere());
    Record more = test::organisation(QStringLiteral("Into the copy"));
    QVERIFY(!Repositories::create(*rescued, EntityType::Organisation)->create(more));
}

void TestFaults::fileMovedOrReplacedWhileOpen_writesRefused_data()
{
    QTest::addColumn<bool>("replaced");
    QTest::newRow("moved") << false;
    QTest::newRow("replaced by another file") << true;
}

void TestFaults::fileMovedOrReplacedWhileOpen_writesRefused()
{
    QFETCH(bool, replaced);
    auto db = prepared();
    QVERIFY(db);
    const QString moved = m_dir->filePath(QStringLiteral("moved.hubdesk"));
    QVERIFY(QFile::rename(m_path, moved));
    if (replaced)
        QVERIFY(QFile::copy(moved, m_path));
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(QStringLiteral("Lost?"));
    const Error e = repo->create(r);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QLatin1String("deleted, moved or replaced")), qPrintable(e.message));
    QCOMPARE(countOf(*db), 3);
}

void TestFaults::twoConnections_sameRecord_conflictNeverLostUpdate()
{
    prepared().reset();
    OpenError error;
    auto first = Database::open(m_path, &error);
    auto second = Database::open(m_path, &error);
    QVERIFY(first && second);
    auto a = Repositories::create(*first, EntityType::Organisation);
    auto b = Repositories::create(*second, EntityType::Organisation);
    Record inA, inB;
    QVERIFY(!a->get(1, &inA));
    QVERIFY(!b->get(1, &inB));
    inA.setValue(QStringLiteral("name"), QStringLiteral("From A"));
    inB.setValue(QStringLiteral("name"), QStringLiteral("From B"));
    QVERIFY(!a->update(inA));
    const Error e = b->update(inB);
    QCOMPARE(e.code, Error::Code::Conflict);
    QVERIFY2(e.message.contains(QLatin1String("changed by someone else")) && e.message.contains(QLatin1String("Nothing was overwritten")),
             qPrintable(e.message));
    QCOMPARE(storedName(m_path, 1), QStringLiteral("From A"));
    // Read again, B's change goes on top of A's.
    QVERIFY(!b->get(1, &inB));
    inB.setValue(QStringLiteral("city"), QStringLiteral("Plovdiv"));
    QVERIFY(!b->update(inB));
    Record last;
    QVERIFY(!a->get(1, &last));
    QCOMPARE(last.text(QStringLiteral("name")), QStringLiteral("From A"));
    QCOMPARE(last.text(QStringLiteral("city")), QStringLiteral("Plovdiv"));
}

void TestFaults::otherProgramHoldsWriteLock_writerWaits()
{
    auto db = prepared();
    QVERIFY(db);
    QProcess holder;
    holder.start(child(), {QStringLiteral("hold"), m_path, QStringLiteral("1000")});
    QVERIFY(holder.waitForStarted());
    QByteArray said;
    while (!said.contains("HOLDING") && holder.waitForReadyRead(30000))
        said += holder.readAllStandardOutput();
    QVERIFY2(said.contains("HOLDING"), said.constData());
    // The other program's transaction is open: this write waits for it (busy timeout)
    // instead of failing with "database is locked".
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(QStringLiteral("Waited"));
    const Error e = repo->create(r);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(holder.waitForFinished(30000));
    said += holder.readAllStandardOutput();
    QVERIFY2(said.contains("RELEASED"), said.constData());
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(countOf(*db), 5); // three, the other program's and this one
    expectWhole(5);
}

void TestFaults::otherProgramHoldsWriteLockTooLong_namedInTheMessage()
{
    prepared().reset();
    Database::Options options;
    options.busyTimeoutMs = 300;
    OpenError error;
    auto db = Database::open(m_path, options, &error);
    QVERIFY2(db, qPrintable(error.message));
    QProcess holder;
    holder.start(child(), {QStringLiteral("hold"), m_path, QStringLiteral("3000")});
    QVERIFY(holder.waitForStarted());
    QByteArray said;
    while (!said.contains("HOLDING") && holder.waitForReadyRead(30000))
        said += holder.readAllStandardOutput();
    QVERIFY2(said.contains("HOLDING"), said.constData());
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record r = test::organisation(QStringLiteral("Too long"));
    const Error e = repo->create(r);
    QCOMPARE(e.code, Error::Code::Busy);
    QVERIFY2(!e.message.contains(QLatin1String("database is locked")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(e.message));
#ifdef Q_OS_LINUX
    QVERIFY2(e.message.contains(QStringLiteral("process %1").arg(holder.processId())) && e.message.contains(QLatin1String("reliability")),
             qPrintable(e.message));
#endif
    QVERIFY(holder.waitForFinished(30000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(!repo->create(r));
    expectWhole(5);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
