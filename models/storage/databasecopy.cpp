#include "databasecopy.h"

#include "backupwriter.h"

#include <QDir>
#include <QFileInfo>

namespace hubdesk {

Error DatabaseCopy::save(const Database &db, const QString &target)
{
    if (QFileInfo(target).isDir())
        return Error::make(Error::Code::Io, tr("“%1” is a folder; choose a file name for the copy.")
                                                .arg(QDir::toNativeSeparators(target)));
    // The backup writer copies through SQLite's own pages of the open connection, so it
    // also works when the file's name no longer leads to it; the file dialog has asked
    // before an existing file is replaced.
    BackupWriter::Options options;
    options.overwrite = true;
    return BackupWriter::write(db, target, options);
}

} // namespace hubdesk
