#pragma once

#include "../domain/entitytype.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace hubdesk {

class Database;

// A past import, as the list of imports to revert shows it.
struct ImportBatch
{
    QString batch;
    QString entity;
    QString source;
    QDateTime startedAt;
    QString actor;
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 rejected = 0;
    qint64 merged = 0; // records already there that got values from rows
    QDateTime revertedAt;
};

// A record an import merged a row into: its values before and its version after.
struct ImportUpdate
{
    qint64 id = 0;
    QJsonObject before;
    qint64 versionAfter = 0;
};

// What one import did, as it is kept to be taken back: the run of ids it created
// (consecutive, see BulkImportSession) and the records it merged rows into.
struct ImportBatchRecord
{
    QString batch;
    EntityType entity = EntityType::Organisation;
    QString source;
    QString startedAt;
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 rejected = 0;
    qint64 merged = 0;
    qint64 firstId = 0; // with lastId, only when created > 0
    qint64 lastId = 0;
    QList<ImportUpdate> updates;
};

// The imports kept in the file (import_batches, import_updates): written inside the
// import's transaction, listed, and taken back whole.
class ImportBatches
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::ImportBatches)

public:
    // Writes the batch's bookkeeping and its audit line; inside the caller's transaction.
    static Error record(Database &db, const ImportBatchRecord &batch);
    static QList<ImportBatch> list(Database &db, Error *error = nullptr);
    // Takes an import back in one transaction: deletes the records it created, exactly
    // those, and puts the records it merged rows into back as they were. Refused (and
    // nothing changed) when one of them was changed since (Error::Code::Conflict, so
    // that a caller can offer \a force) or is referred to by a record made later
    // (Refused, whatever \a force). Written to the audit log.
    static Error revert(Database &db, const QString &batch, bool force = false);
};

} // namespace hubdesk
