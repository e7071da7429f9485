#include "auditlog.h"

#include "../domain/record.h"
#include "database.h"
#include "recordcodec.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hubdesk {

namespace {

QList<AuditEntry> readEntries(QSqlQuery &q)
{
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = Timestamp::fromText(q.value(1).toString());
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.recordId = q.value(5).toLongLong();
        e.recordUuid = q.value(6).toString();
        e.changes = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.batch = q.value(8).toString();
        result.append(e);
    }
    return result;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, at, actor, action, entity, record_id, record_uuid, changes, batch FROM audit_log ");

} // namespace

Error AuditLog::write(const Database &db, const QString &action, const QString &entity, qint64 recordId,
                      const QString &recordUuid, const QJsonObject &changes, const QString &batch)
{
    const QString json = changes.isEmpty() ? QString()
                                           : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    return Sql::run(db.connection(),
                    QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, record_id, record_uuid, changes, "
                                   "batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {Timestamp::now(), db.actor(), action, entity, recordId > 0 ? QVariant(recordId) : QVariant(),
                     recordUuid.isEmpty() ? QVariant() : QVariant(recordUuid), json.isEmpty() ? QVariant() : QVariant(json),
                     batch.isEmpty() ? QVariant() : QVariant(batch)});
}

QJsonObject AuditLog::insertChanges(const Record &record)
{
    QJsonObject changes;
    for (const Field &f : record.info().fields) {
        const QVariant v = record.value(f.key);
        if (isBlank(v))
            continue;
        changes.insert(f.key, QJsonArray{QJsonValue(), QJsonValue::fromVariant(RecordCodec::toAudit(f, v))});
    }
    return changes;
}

QJsonObject AuditLog::diff(const Record &before, const Record &after)
{
    QJsonObject changes;
    for (const Field &f : after.info().fields) {
        const QVariant a = before.value(f.key);
        const QVariant b = after.value(f.key);
        if (RecordCodec::same(f, a, b))
            continue;
        changes.insert(f.key, QJsonArray{QJsonValue::fromVariant(RecordCodec::toAudit(f, a)),
                                         QJsonValue::fromVariant(RecordCodec::toAudit(f, b))});
    }
    return changes;
}

QList<AuditEntry> AuditLog::forRecord(const Database &db, const QString &entity, qint64 recordId, Error *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, selectColumns + QStringLiteral("WHERE entity = ? AND record_id = ? ORDER BY id"));
    if (!e) {
        q.addBindValue(entity);
        q.addBindValue(recordId);
        e = Sql::exec(q);
    }
    if (error)
        *error = e;
    return e ? QList<AuditEntry>() : readEntries(q);
}

QList<AuditEntry> AuditLog::latest(const Database &db, int limit, Error *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, selectColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    if (!e) {
        q.addBindValue(limit);
        e = Sql::exec(q);
    }
    if (error)
        *error = e;
    return e ? QList<AuditEntry>() : readEntries(q);
}

} // namespace hubdesk
