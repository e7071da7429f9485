#include "importbatches.h"

#include "../domain/entityinfo.h"
#include "auditlog.h"
#include "database.h"
#include "recordcodec.h"
#include "repositories.h"
#include "repository.h"
#include "sql.h"
#include "writetransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hubdesk {

Error ImportBatches::record(Database &db, const ImportBatchRecord &b)
{
    const EntityInfo &info = Entities::info(b.entity);
    QJsonObject changes;
    changes.insert(QStringLiteral("rows"), b.created);
    changes.insert(QStringLiteral("merged"), b.merged);
    changes.insert(QStringLiteral("rejected"), b.rejected);
    changes.insert(QStringLiteral("source"), b.source);
    Error e = AuditLog::write(db, QStringLiteral("import"), info.key, 0, QString(), changes, b.batch);
    if (!e)
        e = Sql::run(db.connection(),
                     QStringLiteral("INSERT INTO import_batches (batch, entity, source, started_at, finished_at, actor, "
                                    "rows_read, rows_created, rows_rejected, first_id, last_id, rows_merged) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {b.batch, info.key, b.source.isEmpty() ? tr("(no file name)") : b.source, b.startedAt, Timestamp::now(),
                      db.actor(), b.rowsRead, b.created, b.rejected, b.created > 0 ? QVariant(b.firstId) : QVariant(),
                      b.created > 0 ? QVariant(b.lastId) : QVariant(), b.merged});
    for (qsizetype i = 0; !e && i < b.updates.size(); ++i)
        e = Sql::run(db.connection(),
                     QStringLiteral("INSERT INTO import_updates (batch, record_id, before, version_after) VALUES (?, ?, ?, ?)"),
                     {b.batch, b.updates.at(i).id,
                      QString::fromUtf8(QJsonDocument(b.updates.at(i).before).toJson(QJsonDocument::Compact)),
                      b.updates.at(i).versionAfter});
    return e;
}

QList<ImportBatch> ImportBatches::list(Database &db, Error *error)
{
    QList<ImportBatch> list;
    QSqlQuery q(db.connection());
    Error e = Sql::prepare(q, QStringLiteral("SELECT batch, entity, source, started_at, actor, rows_read, rows_created, "
                                             "rows_rejected, reverted_at, rows_merged FROM import_batches ORDER BY id DESC"));
    if (!e)
        e = Sql::exec(q);
    while (!e && q.next()) {
        ImportBatch b;
        b.batch = q.value(0).toString();
        b.entity = q.value(1).toString();
        b.source = q.value(2).toString();
        b.startedAt = Timestamp::fromText(q.value(3).toString());
        b.actor = q.value(4).toString();
        b.rowsRead = q.value(5).toLongLong();
        b.created = q.value(6).toLongLong();
        b.rejected = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            b.revertedAt = Timestamp::fromText(q.value(8).toString());
        b.merged = q.value(9).toLongLong();
        list.append(b);
    }
    if (error)
        *error = e;
    return list;
}

Error ImportBatches::revert(Database &db, const QString &batch, bool force)
{
    const QSqlDatabase c = db.connection();
    WriteTransaction transaction(c);
    if (Error e = transaction.begin())
        return e;
    QSqlQuery q(c);
    Error e = Sql::prepare(q, QStringLiteral("SELECT entity, started_at, finished_at, first_id, last_id, rows_created, "
                                             "reverted_at, source FROM import_batches WHERE batch = ?"));
    if (!e) {
        q.addBindValue(batch);
        e = Sql::exec(q);
    }
    if (e)
        return e;
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("There is no import “%1”.").arg(batch));
    bool ok = false;
    const EntityType type = Entities::fromKey(q.value(0).toString(), &ok);
    if (!ok)
        return Error::make(Error::Code::Internal, tr("The import “%1” names an unknown kind of record.").arg(batch));
    const QString startedAt = q.value(1).toString();
    const QString finishedAt = q.value(2).toString();
    const QVariant firstId = q.value(3);
    const QVariant lastId = q.value(4);
    const qint64 created = q.value(5).toLongLong();
    const QString source = q.value(7).toString();
    if (!q.value(6).isNull())
        return Error::make(Error::Code::Refused, tr("The import of “%1” was taken back already.").arg(source));
    q.finish();
    const EntityInfo &info = Entities::info(type);

    // Records the import merged rows into: each one goes back to its values before,
    // unless it was changed since (then the whole revert is refused, unless forced).
    auto repo = Repositories::create(db, type);
    QList<QPair<Record, QJsonObject>> restores;
    {
        QSqlQuery u(c);
        Error ue = Sql::prepare(u, QStringLiteral("SELECT record_id, before, version_after FROM import_updates WHERE batch = ? ORDER BY id"));
        if (!ue) {
            u.addBindValue(batch);
            ue = Sql::exec(u);
        }
        qint64 changedSince = 0;
        while (!ue && u.next()) {
            Record r;
            if (Error g = repo->get(u.value(0).toLongLong(), &r, true))
                return g;
            if (r.version != u.value(2).toLongLong())
                ++changedSince;
            restores.append({r, QJsonDocument::fromJson(u.value(1).toString().toUtf8()).object()});
        }
        if (ue)
            return ue;
        if (changedSince > 0 && !force)
            return Error::make(Error::Code::Conflict,
                               tr("%1 of the records this import added values to were changed since. Taking the import "
                                  "back would undo those changes too; confirm to take it back anyway.")
                                   .arg(changedSince));
    }

    // Exactly the rows the import made: its id run, created while it ran.
    const QString mine = QStringLiteral("id BETWEEN ? AND ? AND created_at BETWEEN ? AND ?");
    const QVariantList mineBinds{firstId, lastId, startedAt, finishedAt};
    if (created > 0) {
        // Changed since: edited and not in the trash (what is in the trash was let go).
        const qint64 changed = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND version > 1 AND deleted_at IS NULL").arg(info.table, mine),
                                           mineBinds, &e)
                                   .toLongLong();
        if (e)
            return e;
        if (changed > 0 && !force)
            return Error::make(Error::Code::Conflict,
                               tr("%1 of the records this import made were changed since. Taking the import back would "
                                  "delete those changes too; confirm to take it back anyway.")
                                   .arg(changed));
        // Records elsewhere that refer to them (a person made since, linked to an imported
        // stakeholder) would lose their link or block the delete: refused, with what.
        for (const auto &ref : Entities::referencesTo(type)) {
            const EntityInfo &other = Entities::info(ref.first);
            const qint64 referring =
                Sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN (SELECT id FROM %3 WHERE %4)")
                                   .arg(other.table, ref.second.key, info.table, mine),
                            mineBinds, &e)
                    .toLongLong();
            if (e)
                return e;
            if (referring > 0)
                return Error::make(Error::Code::Refused,
                                   tr("%1 %2 made or changed since refer to records of this import (%3). Link them "
                                      "elsewhere or move them to the trash first.")
                                       .arg(referring)
                                       .arg(other.pluralLabel().toLower(), ref.second.translatedLabel()));
        }
        e = Sql::run(c, QStringLiteral("DELETE FROM %1 WHERE %2").arg(info.table, mine), mineBinds);
        if (e)
            return e;
        // Deleted records that were in the trash leave their trash entry empty.
        e = Sql::run(c, QStringLiteral("DELETE FROM trash WHERE entity = ? AND record_id BETWEEN ? AND ? AND NOT EXISTS "
                                       "(SELECT 1 FROM %1 WHERE id = trash.record_id)")
                            .arg(info.table),
                     {info.key, firstId, lastId});
        if (e)
            return e;
    }
    for (auto &restore : restores) {
        Record r = restore.first;
        RecordCodec::fromJson(restore.second, &r);
        if (Error u = repo->update(r))
            return u;
    }
    e = Sql::run(c, QStringLiteral("UPDATE import_batches SET reverted_at = ?, reverted_by = ? WHERE batch = ?"),
                 {Timestamp::now(), db.actor(), batch});
    if (!e) {
        QJsonObject changes;
        changes.insert(QStringLiteral("rows"), created);
        changes.insert(QStringLiteral("source"), source);
        e = AuditLog::write(db, QStringLiteral("import_revert"), info.key, 0, QString(), changes, batch);
    }
    if (!e)
        e = transaction.commit();
    return e;
}

} // namespace hubdesk
