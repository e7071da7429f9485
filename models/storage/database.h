#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace hubdesk {

// Why a file was not opened. The file is never changed when opening fails.
struct OpenError
{
    enum class Kind {
        None,
        NotFound,
        NotAFile,       // a folder or a device
        Unreadable,     // no permission, or an I/O error while reading
        Empty,          // 0 bytes
        NotSqlite,      // text, an image, a spreadsheet, a damaged header …
        Truncated,      // shorter than its own header says
        Foreign,        // an SQLite database of another application
        Newer,          // a HubDesk database of a newer schema version
        Damaged,        // fails PRAGMA quick_check
        Busy,           // locked by another program for longer than the busy timeout
        CannotCreate,   // a new file could not be made
        NeedsUpgrade,   // an older schema that cannot be upgraded because the file is read-only
        UpgradeFailed,  // a migration failed (the file stays at its last complete version)
    };
    Kind kind = Kind::None;
    QString message;
    explicit operator bool() const { return kind != Kind::None; }
};

// What the first 100 bytes of a file say, read without SQLite (which would
// accept a 0-byte file as an empty database and could write to it).
struct FileHeader
{
    bool exists = false;
    bool readable = false;
    qint64 size = 0;
    bool sqlite = false; // starts with "SQLite format 3\0"
    int pageSize = 0;
    quint32 pageCount = 0; // valid only when pageCountValid
    bool pageCountValid = false;
    qint32 userVersion = 0;
    quint32 applicationId = 0;
    bool walMode = false;
    QString describeContent; // for a file that is not SQLite: what it looks like ("a text file", …)

    static FileHeader read(const QString &path);
};

// An open HubDesk database: one connection with HubDesk's pragmas, checked and
// migrated. The only place where files are opened. A connection belongs to the
// thread that opened it; workers call openAnotherConnection() in their own thread.
class Database
{
public:
    // 0x48445350 is "HDSP": marks the file as HubDesk's in the SQLite header.
    static constexpr quint32 ApplicationId = 0x48445350u;
    static constexpr int DefaultBusyTimeoutMs = 10000;

    enum class Check { Quick, None };
    struct Options
    {
        bool readOnly = false;       // open read-only even when the file could be written
        Check check = Check::Quick;  // run PRAGMA quick_check before accepting the file
        int busyTimeoutMs = DefaultBusyTimeoutMs;
        bool allowOlder = false;     // read-only only: accept an older schema without upgrading it
    };

    static std::unique_ptr<Database> open(const QString &path, const Options &options, OpenError *error);
    static std::unique_ptr<Database> open(const QString &path, OpenError *error)
    {
        return open(path, Options(), error);
    }
    // A second connection to an open file for reading beside the window (a worker
    // thread's): read-only, without the quick check (the window's open ran it), and
    // accepting the schema the window accepted.
    static std::unique_ptr<Database> openReader(const QString &path, OpenError *error);
    // Makes a new database file with the whole schema; refuses a path that exists.
    // The file is readable by its owner only where the platform allows.
    static std::unique_ptr<Database> create(const QString &path, OpenError *error);
    // A private in-memory database with the whole schema (for tests and previews).
    static std::unique_ptr<Database> createInMemory(OpenError *error = nullptr);
    // A database at the schema of \a version (for migration tests): new file or memory.
    static std::unique_ptr<Database> createAtVersion(const QString &path, int version, OpenError *error);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Another connection to the same file, for the calling thread (no checks repeated).
    std::unique_ptr<Database> openAnotherConnection(OpenError *error) const;

    QSqlDatabase connection() const { return m_db; }
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    // Error::Code::ReadOnly with the reason when nothing may be written, else no error.
    Error writeRefusal() const;
    // Holds back every write while \a reason holds (the integrity check of a file opened
    // without waiting for it); writes are refused with the reason until cleared.
    void setWriteHold(const QString &reason) { m_writeHold = reason; }
    void clearWriteHold() { m_writeHold.clear(); }
    bool isWriteHeld() const { return !m_writeHold.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Whether the file at path() is still the file that was opened. Not so when it was
    // deleted, moved or replaced while open: writes would then go to a file that nobody
    // can open again (lost when HubDesk closes), so writeRefusal() refuses them.
    bool isFileStillThere() const;
    int schemaVersion() const;
    sqlite3 *handle() const;

    // Who changes are attributed to in the audit log.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // The staff name when given, else the user name of the operating system.
    static QString defaultActor();

    // PRAGMA quick_check (or integrity_check when \a full): "ok" or the problems found.
    QStringList integrityProblems(bool full = false) const;

private:
    Database() = default;
    // \a immutable: read-only with no -wal/-shm beside the file (a read-only folder, see open()).
    static std::unique_ptr<Database> connect(const QString &path, bool readOnly, int busyTimeoutMs,
                                             OpenError *error, bool immutable = false);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_immutable = false;
    QString m_readOnlyReason;
    QString m_writeHold;
    quint64 m_fileDevice = 0; // of the opened file, to notice it being deleted or replaced
    quint64 m_fileInode = 0;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    QString m_actor;
};

} // namespace hubdesk
