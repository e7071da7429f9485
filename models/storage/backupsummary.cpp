#include "backupsummary.h"

#include "../domain/entityinfo.h"
#include "backupstore.h"
#include "database.h"
#include "sql.h"

#include <QFileInfo>

namespace hubdesk {

namespace {

void fillCounts(const Database &db, BackupSummary *summary)
{
    summary->schemaVersion = db.schemaVersion();
    for (EntityType type : BackupSummary::kinds()) {
        // The table name comes from the entity description, never from input.
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(Entities::info(type).table);
        Error e;
        const QVariant n = Sql::scalar(db.connection(), sql, {}, &e);
        summary->counts.append({type, e ? -1 : n.toLongLong()});
    }
}

} // namespace

qint64 BackupSummary::count(EntityType type) const
{
    for (const auto &c : counts) {
        if (c.first == type)
            return c.second;
    }
    return -1;
}

QList<EntityType> BackupSummary::kinds()
{
    return {EntityType::Organisation, EntityType::Person, EntityType::Startup, EntityType::Session,
            EntityType::Event, EntityType::Voucher, EntityType::Interaction};
}

BackupSummary BackupSummary::ofFile(const QString &path)
{
    BackupSummary summary;
    summary.path = path;
    const QFileInfo info(path);
    summary.size = info.size();
    // A backup of the store is dated by its name (the time the copy was taken);
    // any other file by its last change.
    if (!BackupStore::parseName(info.fileName(), nullptr, &summary.takenAt, nullptr))
        summary.takenAt = info.lastModified().toUTC();
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    options.check = Database::Check::Quick;
    OpenError error;
    const auto db = Database::open(path, options, &error);
    if (!db) {
        summary.problem = error.message;
        return summary;
    }
    fillCounts(*db, &summary);
    return summary;
}

BackupSummary BackupSummary::ofDatabase(const Database &db)
{
    BackupSummary summary;
    summary.path = db.path();
    summary.size = db.isInMemory() ? 0 : QFileInfo(db.path()).size();
    summary.takenAt = QDateTime::currentDateTimeUtc();
    fillCounts(db, &summary);
    return summary;
}

} // namespace hubdesk
