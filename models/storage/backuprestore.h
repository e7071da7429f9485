#pragma once

#include "backupsummary.h"
#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hubdesk {

// Puts a backup's content into a database file. The backup is checked first (a whole
// HubDesk database: integrity, application id, a version this HubDesk knows); a file
// that exists is backed up into its automatic backups first; then its content is
// replaced in one transaction through SQLite's backup API, so that it is either the
// backup's content or unchanged, and programs that have it open see the new content.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::BackupRestore)

public:
    struct Outcome
    {
        Error error;           // Refused: the backup is no whole HubDesk database (nothing changed)
        QString savedCurrent;  // where the target's content before the restore was backed up
        BackupSummary restored; // what the backup holds
    };
    // Restores \a backupPath into \a targetPath (made when it does not exist), keeping
    // \a keep automatic backups of the target. \a progress gets 0–100.
    static Outcome restore(const QString &backupPath, const QString &targetPath, int keep,
                           const std::function<void(int)> &progress = {});
};

} // namespace hubdesk
