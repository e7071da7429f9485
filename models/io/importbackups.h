#pragma once

#include "../storage/error.h"
#include "importer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace hubdesk {

class Database;
class TableSource;

// The automatic backups around a large import: one of the file as it was before the
// import and one after it, in the file's automatic backups (BackupStore). "Large" is
// LargeRows rows or more: below that the import's own take-back is enough, and two
// copies of a large database per small import would cost more than they protect.
// A backup that fails is reported (failures()), never silently, and does not stop the
// import: the import can still be taken back as one batch.
class ImportBackups
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::ImportBackups)

public:
    static constexpr qint64 LargeRows = 1000;

    // Whether \a source, read from its start, holds LargeRows rows or more (it reads no further).
    static bool isLarge(TableSource &source);

    // Runs \a import on \a db between the two backups (none for a dry run, none after an
    // import that wrote nothing).
    ImportResult run(Database &db, bool large, bool dryRun, const std::function<ImportResult()> &import);

    QStringList written() const { return m_written; }
    QList<Error> failures() const { return m_failures; }

private:
    void backUp(Database &db, const QString &reason);

    QStringList m_written;
    QList<Error> m_failures;
};

} // namespace hubdesk
