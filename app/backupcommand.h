#pragma once

#include <QStringList>

namespace hubdesk {

// `hubdesk backup FILE DEST` and `hubdesk restore BACKUP FILE`.
// backup: 0 written, 1 not written (disk, folder, DEST exists), 2 FILE is no HubDesk
// database it can copy, 64 usage. restore: 0 restored, 1 failed (FILE unchanged),
// 2 BACKUP is no whole HubDesk database (damaged, another program's, newer), 64 usage.
namespace BackupCommand {

int runBackup(const QStringList &arguments);
int runRestore(const QStringList &arguments);

} // namespace BackupCommand

} // namespace hubdesk
