#pragma once

#include <QString>

namespace hubdesk {

// Who holds the write lock of a HubDesk database, for messages that name the other
// program instead of SQLite's "database is locked". Read from /proc/locks (Linux), so
// nothing is opened: opening and closing a file would drop this process's own POSIX
// locks on it, SQLite's included.
class LockHolder
{
public:
    // "hubdesk (process 1234, user maria)", or empty when the system cannot tell
    // (another platform, a network share, a holder in this very process).
    static QString describe(const QString &databasePath);
    // The process id holding the write lock of \a databasePath's -shm file, or 0.
    static qint64 writerOf(const QString &databasePath);
};

} // namespace hubdesk
