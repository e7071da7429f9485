#include "importbackups.h"

#include "../storage/backupstore.h"
#include "../storage/database.h"
#include "tablesource.h"

namespace hubdesk {

bool ImportBackups::isLarge(TableSource &source)
{
    // The header row and LargeRows data rows.
    SourceRow row;
    qint64 rows = 0;
    while (rows <= LargeRows && source.next(&row))
        ++rows;
    return rows > LargeRows;
}

void ImportBackups::backUp(Database &db, const QString &reason)
{
    QString path;
    if (Error e = BackupStore(db.path()).take(db, reason, BackupStore::keepSetting(), &path))
        m_failures.append(e);
    else
        m_written.append(path);
}

ImportResult ImportBackups::run(Database &db, bool large, bool dryRun, const std::function<ImportResult()> &import)
{
    const bool backUps = large && !dryRun && !db.isInMemory();
    if (backUps)
        backUp(db, BackupStore::BeforeImport);
    const ImportResult result = import();
    if (backUps && !result.error && !result.cancelled && (result.created > 0 || result.merged > 0))
        backUp(db, BackupStore::AfterImport);
    return result;
}

} // namespace hubdesk
