#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace hubdesk {

class Database;
class Record;

// One line of the audit log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // insert, update, trash, restore, purge, transition, setting, bulk_insert
    QString entity; // entity key, or "setting"
    qint64 recordId = 0;
    QString recordUuid;
    QJsonObject changes; // {"field": [old, new]}
    QString batch;
};

// Writes and reads the audit log. Writes run inside the caller's transaction, so
// a change and its audit line are committed together or not at all.
class AuditLog
{
public:
    static Error write(const Database &db, const QString &action, const QString &entity, qint64 recordId,
                       const QString &recordUuid, const QJsonObject &changes, const QString &batch = QString());
    // {"field": [null, value]} for every non-empty field of a new record.
    static QJsonObject insertChanges(const Record &record);
    // {"field": [old, new]} for every field that differs.
    static QJsonObject diff(const Record &before, const Record &after);

    static QList<AuditEntry> forRecord(const Database &db, const QString &entity, qint64 recordId,
                                       Error *error = nullptr);
    static QList<AuditEntry> latest(const Database &db, int limit, Error *error = nullptr);
};

} // namespace hubdesk
