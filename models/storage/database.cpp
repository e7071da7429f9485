#include "database.h"

#include "migrations.h"
#include "sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QPair>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace hubdesk {

namespace {

OpenError fail(OpenError::Kind kind, const QString &message)
{
    return OpenError{kind, message};
}

void setError(OpenError *target, const OpenError &value)
{
    if (target)
        *target = value;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What a file that is not an SQLite database most likely is, from its first bytes.
QString guessContent(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return QCoreApplication::translate("Database", "a ZIP archive (for example an .xlsx or .docx file)");
    if (head.startsWith("%PDF"))
        return QCoreApplication::translate("Database", "a PDF document");
    if (head.startsWith("\x89PNG"))
        return QCoreApplication::translate("Database", "a PNG image");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QCoreApplication::translate("Database", "a JPEG image");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return QCoreApplication::translate("Database", "an old Microsoft Office file (.xls or .doc)");
    if (head.startsWith("SQLite format 3"))
        return QCoreApplication::translate("Database", "an SQLite file with a damaged header");
    bool text = !head.isEmpty();
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            text = false;
    }
    return text ? QCoreApplication::translate("Database", "a text file") : QCoreApplication::translate("Database", "a file of unknown kind");
}

int traceSlowStatement(unsigned, void *, void *statement, void *nanoseconds)
{
    static const qint64 limit = qint64(qEnvironmentVariableIntValue("HUBDESK_TRACE_SQL")) * 1000000;
    const qint64 ns = *static_cast<qint64 *>(nanoseconds);
    if (ns >= limit) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        qWarning("SQL %.1f ms: %s", double(ns) / 1e6, sql ? sql : "?");
        sqlite3_free(sql);
    }
    return 0;
}

// The device and inode of a file (0, 0 where the platform has none, or it is missing).
QPair<quint64, quint64> fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return {quint64(st.st_dev), quint64(st.st_ino)};
#else
    Q_UNUSED(path);
#endif
    return {0, 0};
}

bool isPowerOfTwo(int n)
{
    return n > 0 && (n & (n - 1)) == 0;
}

} // namespace

FileHeader FileHeader::read(const QString &path)
{
    FileHeader h;
    const QFileInfo info(path);
    h.exists = info.exists();
    if (!h.exists)
        return h;
    QFile f(path);
    h.readable = f.open(QIODevice::ReadOnly);
    if (!h.readable)
        return h;
    h.size = f.size();
    const QByteArray head = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    h.sqlite = head.size() == 100 && head.startsWith(magic);
    if (!h.sqlite) {
        h.describeContent = guessContent(head);
        return h;
    }
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const int rawPageSize = qFromBigEndian<quint16>(p + 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (!isPowerOfTwo(h.pageSize) || h.pageSize < 512) {
        h.pageSize = 0;
        h.sqlite = false;
        h.describeContent = guessContent(head);
        return h;
    }
    h.walMode = p[18] == 2 || p[19] == 2;
    const quint32 changeCounter = qFromBigEndian<quint32>(p + 24);
    h.pageCount = qFromBigEndian<quint32>(p + 28);
    h.pageCountValid = h.pageCount > 0 && changeCounter == qFromBigEndian<quint32>(p + 92);
    h.userVersion = qFromBigEndian<qint32>(p + 60);
    h.applicationId = qFromBigEndian<quint32>(p + 68);
    return h;
}

std::unique_ptr<Database> Database::connect(const QString &path, bool readOnly, int busyTimeoutMs,
                                            OpenError *error, bool immutable)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        setError(error, fail(OpenError::Kind::Unreadable,
                             QCoreApplication::translate("Database", "Qt's SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).")));
        return nullptr;
    }
    static QAtomicInteger<quint32> counter;
    std::unique_ptr<Database> d(new Database);
    d->m_connectionName = QStringLiteral("hubdesk-%1").arg(++counter);
    d->m_path = path;
    d->m_readOnly = readOnly;
    d->m_busyTimeoutMs = busyTimeoutMs;
    d->m_actor = defaultActor();
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
    d->m_immutable = immutable;
    d->m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable && readOnly) {
        d->m_db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                                + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    d->m_db.setConnectOptions(options);
    if (!d->m_db.open()) {
        setError(error, fail(OpenError::Kind::Unreadable,
                             QCoreApplication::translate("Database", "“%1” could not be opened: %2").arg(nativePath(path), d->m_db.lastError().text())));
        return nullptr;
    }
    // HubDesk calls SQLite itself on the connection Qt's driver opened (backups, prepared
    // statements), so the driver must use the SQLite HubDesk links. On Debian both are the
    // system library; the Qt installer's driver on Windows carries a copy of its own, which
    // must be rebuilt (docs/building-on-windows.md). A mismatch is refused, not risked.
    // (A query that fails here, on a damaged file say, is left to the checks that follow.)
    const QString driverSqlite = Sql::scalar(d->m_db, QStringLiteral("SELECT sqlite_source_id()")).toString();
    if (!driverSqlite.isEmpty() && driverSqlite != QLatin1String(sqlite3_sourceid())) {
        setError(error, fail(OpenError::Kind::Unreadable,
                             QCoreApplication::translate("Database", "Qt's SQLite driver uses another SQLite (%1) than HubDesk (%2): this "
                                "installation is broken. Reinstall HubDesk.")
                                 .arg(Sql::scalar(d->m_db, QStringLiteral("SELECT sqlite_version()")).toString(),
                                      QLatin1String(sqlite3_libversion()))));
        return nullptr;
    }
    if (!path.isEmpty()) {
        const auto identity = fileIdentity(path);
        d->m_fileDevice = identity.first;
        d->m_fileInode = identity.second;
    }
    // Per connection, never stored in the file: enforce references; and sync each
    // commit to disk (FULL): an edit that HubDesk says is saved survives a power cut.
    // The cost is ~0.2 ms per commit here (docs/architecture.md), nothing at typing speed.
    // HUBDESK_TRACE_SQL=N prints every statement that takes N ms or more (a tool for
    // finding slow queries; off unless set).
    static const int traceMs = qEnvironmentVariableIntValue("HUBDESK_TRACE_SQL");
    if (traceMs > 0 && d->handle())
        sqlite3_trace_v2(d->handle(), SQLITE_TRACE_PROFILE, &traceSlowStatement, nullptr);
    Sql::run(d->m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Sql::run(d->m_db, QStringLiteral("PRAGMA synchronous = FULL"));
    // Deleted or changed values are zeroed inside their pages when that costs no extra
    // writes, so that an erased person's old values do not linger in the file (an erasure
    // turns it fully on for its own transaction: freed pages are zeroed too).
    Sql::run(d->m_db, QStringLiteral("PRAGMA secure_delete = FAST"));
    return d;
}

std::unique_ptr<Database> Database::openReader(const QString &path, OpenError *error)
{
    Options options;
    options.readOnly = true;
    options.check = Check::None;
    options.allowOlder = true;
    return open(path, options, error);
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options, OpenError *error)
{
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (!info.exists()) {
        setError(error, fail(OpenError::Kind::NotFound, QCoreApplication::translate("Database", "“%1” does not exist.").arg(shown)));
        return nullptr;
    }
    if (!info.isFile()) {
        setError(error, fail(OpenError::Kind::NotAFile, QCoreApplication::translate("Database", "“%1” is a folder, not a database file.").arg(shown)));
        return nullptr;
    }
    const FileHeader header = FileHeader::read(path);
    if (!header.readable) {
        setError(error, fail(OpenError::Kind::Unreadable,
                             QCoreApplication::translate("Database", "“%1” cannot be read (no permission, or a disk error).").arg(shown)));
        return nullptr;
    }
    if (header.size == 0) {
        setError(error, fail(OpenError::Kind::Empty,
                             QCoreApplication::translate("Database", "“%1” is empty (0 bytes), so it is not a HubDesk database. It was left untouched.")
                                 .arg(shown)));
        return nullptr;
    }
    if (!header.sqlite) {
        setError(error, fail(OpenError::Kind::NotSqlite,
                             QCoreApplication::translate("Database", "“%1” is not a HubDesk database: it looks like %2. It was left untouched.")
                                 .arg(shown, header.describeContent)));
        return nullptr;
    }
    const bool hotWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const qint64 expected = qint64(header.pageCount) * header.pageSize;
    if (!hotWal && header.pageCountValid && header.size < expected) {
        setError(error, fail(OpenError::Kind::Truncated,
                             QCoreApplication::translate("Database", "“%1” is truncated: it has %2 bytes but its header says %3. "
                                "It was left untouched; restore it from a backup.")
                                 .arg(shown)
                                 .arg(header.size)
                                 .arg(expected)));
        return nullptr;
    }
    if (!hotWal && header.size % header.pageSize != 0) {
        setError(error, fail(OpenError::Kind::Truncated,
                             QCoreApplication::translate("Database", "“%1” is truncated: its %2 bytes are not a whole number of %3-byte pages. "
                                "It was left untouched; restore it from a backup.")
                                 .arg(shown)
                                 .arg(header.size)
                                 .arg(header.pageSize)));
        return nullptr;
    }
    if (header.applicationId != 0 && header.applicationId != ApplicationId) {
        setError(error, fail(OpenError::Kind::Foreign,
                             QCoreApplication::translate("Database", "“%1” is an SQLite database of another application (application id 0x%2), not a "
                                "HubDesk database. It was left untouched.")
                                 .arg(shown)
                                 .arg(header.applicationId, 8, 16, QLatin1Char('0'))));
        return nullptr;
    }

    // SQLite reads a WAL file through its -shm (and -wal) companions, which it must create
    // beside the file when they are missing. In a folder that cannot be written they cannot
    // be: a file that was closed properly (no -wal) is then read as immutable, read-only;
    // one that was not (its last changes only in the -wal) is refused with the reason.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool hasShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    bool immutable = false;
    if (header.walMode && !folderWritable && !hasShm) {
        if (hotWal) {
            setError(error, fail(OpenError::Kind::Unreadable,
                                 QCoreApplication::translate("Database", "“%1” cannot be opened: it was not closed properly, and its last changes "
                                    "(in “%2”) can only be read where HubDesk may create files, but its folder is read-only. "
                                    "Copy the file together with “%2” to a writable folder and open the copy.")
                                     .arg(shown, nativePath(path + QStringLiteral("-wal")))));
            return nullptr;
        }
        immutable = true;
    }

    // A read-only look first: nothing below can write to a file that is then refused.
    int userVersion = 0;
    {
        OpenError probeError;
        auto probe = connect(path, true, options.busyTimeoutMs, &probeError, immutable);
        if (!probe) {
            setError(error, probeError);
            return nullptr;
        }
        QSqlQuery q(probe->m_db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            const int code = Sql::resultCode(q.lastError()) & 0xff;
            const QString detail = q.lastError().databaseText();
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                setError(error, fail(OpenError::Kind::Busy,
                                     QCoreApplication::translate("Database", "“%1” is locked by another program. Try again when it is done.").arg(shown)));
            else if (code == SQLITE_CORRUPT)
                setError(error, fail(OpenError::Kind::Damaged,
                                     QCoreApplication::translate("Database", "“%1” is damaged (%2). It was left untouched; restore it from a backup.")
                                         .arg(shown, detail)));
            else
                setError(error, fail(OpenError::Kind::NotSqlite,
                                     QCoreApplication::translate("Database", "“%1” is not a HubDesk database (%2). It was left untouched.")
                                         .arg(shown, detail)));
            return nullptr;
        }
        const quint32 appId = static_cast<quint32>(q.value(0).toLongLong());
        q.finish();
        if (appId != ApplicationId) {
            setError(error, fail(OpenError::Kind::Foreign,
                                 QCoreApplication::translate("Database", "“%1” is an SQLite database, but not one made by HubDesk. It was left untouched.")
                                     .arg(shown)));
            return nullptr;
        }
        userVersion = probe->schemaVersion();
        if (userVersion > Migrations::latest()) {
            setError(error, fail(OpenError::Kind::Newer,
                                 QCoreApplication::translate("Database", "“%1” was saved by a newer HubDesk (database version %2; this HubDesk knows up "
                                    "to %3). Update HubDesk to open it. The file was left untouched.")
                                     .arg(shown)
                                     .arg(userVersion)
                                     .arg(Migrations::latest())));
            return nullptr;
        }
        if (options.check == Check::Quick) {
            const QStringList problems = probe->integrityProblems();
            if (!problems.isEmpty()) {
                setError(error, fail(OpenError::Kind::Damaged,
                                     QCoreApplication::translate("Database", "“%1” is damaged: the integrity check found %2. It was left untouched; "
                                        "restore it from a backup.")
                                         .arg(shown, problems.mid(0, 3).join(QLatin1String("; ")))));
                return nullptr;
            }
        }
    }

    QString reason;
    if (options.readOnly)
        reason = QCoreApplication::translate("Database", "opened read-only, as asked");
    else if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        reason = QCoreApplication::translate("Database", "the file is read-only");
    else if (!folderWritable)
        reason = QCoreApplication::translate("Database", "its folder is read-only");
    const bool readOnly = !reason.isEmpty();
    if (readOnly && userVersion < Migrations::latest() && !options.allowOlder) {
        setError(error, fail(OpenError::Kind::NeedsUpgrade,
                             QCoreApplication::translate("Database", "“%1” was made by an older HubDesk and must be upgraded to version %2, but %3. "
                                "Copy it to a writable place and open the copy.")
                                 .arg(shown)
                                 .arg(Migrations::latest())
                                 .arg(reason)));
        return nullptr;
    }

    auto db = connect(path, readOnly, options.busyTimeoutMs, error, immutable);
    if (!db)
        return nullptr;
    db->m_readOnlyReason = reason;
    if (!readOnly) {
        Sql::run(db->m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (userVersion < Migrations::latest()) {
            if (Error e = Migrations::apply(db->m_db, userVersion)) {
                setError(error, fail(OpenError::Kind::UpgradeFailed,
                                     QCoreApplication::translate("Database", "“%1” could not be upgraded to the current version: %2 "
                                        "The file stays as it was before the failed step.")
                                         .arg(shown, e.message)));
                return nullptr;
            }
        }
    }
    return db;
}

std::unique_ptr<Database> Database::createAtVersion(const QString &path, int version, OpenError *error)
{
    const QString shown = nativePath(path);
    if (!path.isEmpty()) {
        if (QFileInfo::exists(path)) {
            setError(error, fail(OpenError::Kind::CannotCreate,
                                 QCoreApplication::translate("Database", "“%1” already exists; HubDesk will not overwrite it.").arg(shown)));
            return nullptr;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        // Owner-only from the start, so that no other user can open it before the mode is set.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            setError(error, fail(OpenError::Kind::CannotCreate,
                                 QCoreApplication::translate("Database", "“%1” could not be created: %2").arg(shown, file.errorString())));
            return nullptr;
        }
        file.close();
        // Personal data: readable by the owner only (SQLite gives -wal and -shm the same mode).
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto cleanUp = [&path] {
        if (!path.isEmpty()) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            QFile::remove(path + QStringLiteral("-journal"));
        }
    };
    auto db = connect(path, false, DefaultBusyTimeoutMs, error);
    if (!db) {
        cleanUp();
        return nullptr;
    }
    // The application id goes into the header before anything else, in rollback-journal
    // mode, so that the file is recognisable as HubDesk's from its first byte on disk.
    Error e = Sql::run(db->m_db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)));
    if (!e && !path.isEmpty())
        e = Sql::run(db->m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!e)
        e = Migrations::apply(db->m_db, 0, version);
    if (!e && !path.isEmpty())
        e = Sql::run(db->m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (e) {
        db.reset();
        cleanUp();
        setError(error, fail(OpenError::Kind::CannotCreate,
                             QCoreApplication::translate("Database", "“%1” could not be created: %2").arg(path.isEmpty() ? QCoreApplication::translate("Database", "memory") : shown, e.message)));
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::create(const QString &path, OpenError *error)
{
    if (path.isEmpty()) {
        setError(error, fail(OpenError::Kind::CannotCreate, QCoreApplication::translate("Database", "No file name was given.")));
        return nullptr;
    }
    return createAtVersion(path, Migrations::latest(), error);
}

std::unique_ptr<Database> Database::createInMemory(OpenError *error)
{
    return createAtVersion(QString(), Migrations::latest(), error);
}

std::unique_ptr<Database> Database::openAnotherConnection(OpenError *error) const
{
    if (isInMemory()) {
        setError(error, fail(OpenError::Kind::NotFound, QCoreApplication::translate("Database", "An in-memory database has no second connection.")));
        return nullptr;
    }
    auto db = connect(m_path, m_readOnly, m_busyTimeoutMs, error, m_immutable);
    if (db) {
        db->m_readOnlyReason = m_readOnlyReason;
        db->m_actor = m_actor;
    }
    return db;
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::writeRefusal() const
{
    if (!m_writeHold.isEmpty())
        return Error::make(Error::Code::Refused, m_writeHold);
    if (!isFileStillThere())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Database", "“%1” was deleted, moved or replaced while HubDesk had it open. HubDesk no longer "
                              "saves changes to it, because they would be lost when it closes; nothing was changed. Save a copy of "
                              "the open database to keep everything in it, and open that copy.")
                               .arg(nativePath(m_path)));
    if (!m_readOnly)
        return {};
    return Error::make(Error::Code::ReadOnly,
                       QCoreApplication::translate("Database", "The database is open read-only (%1): nothing can be changed.")
                           .arg(m_readOnlyReason));
}

bool Database::isFileStillThere() const
{
    if (isInMemory())
        return true;
    if (m_fileInode == 0)
        return QFileInfo::exists(m_path);
    return fileIdentity(m_path) == qMakePair(m_fileDevice, m_fileInode);
}

int Database::schemaVersion() const
{
    return Sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

QString Database::defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

QStringList Database::integrityProblems(bool full) const
{
    QSqlQuery q(m_db);
    QStringList problems;
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check(20)") : QStringLiteral("PRAGMA quick_check(20)"))) {
        problems.append(q.lastError().databaseText());
        return problems;
    }
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    return problems;
}

} // namespace hubdesk
