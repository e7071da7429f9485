#include "recordmerger.h"

#include "../domain/entityinfo.h"
#include "../domain/uuid.h"
#include "auditlog.h"
#include "database.h"
#include "recordcodec.h"
#include "repositories.h"
#include "repository.h"
#include "sql.h"
#include "trash.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hubdesk {

namespace {

bool blank(const QVariant &v)
{
    return v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())
        || (v.typeId() == QMetaType::QStringList && v.toStringList().isEmpty());
}

QList<qint64> idsWhere(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Error *error)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    *error = Sql::prepare(q, sql);
    if (!*error) {
        for (const QVariant &b : binds)
            q.addBindValue(b);
        *error = Sql::exec(q);
    }
    while (!*error && q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(QLatin1Char(','));
}

} // namespace

QVariantHash RecordMerger::proposal(const Record &keep, const Record &drop)
{
    QVariantHash values;
    for (const Field &f : keep.info().fields) {
        if (f.managed)
            continue;
        const QVariant k = keep.value(f.key);
        const QVariant d = drop.value(f.key);
        if (f.isSet()) {
            QStringList joined = k.toStringList();
            for (const QString &item : d.toStringList()) {
                if (!joined.contains(item))
                    joined.append(item);
            }
            joined.sort();
            values.insert(f.key, joined);
        } else {
            values.insert(f.key, blank(k) ? d : k);
        }
    }
    return values;
}

Error RecordMerger::merge(Database &db, EntityType type, qint64 keepId, qint64 dropId, const QVariantHash &values,
                          QString *mergeId)
{
    if (Error e = db.writeRefusal())
        return e;
    const EntityInfo &info = Entities::info(type);
    if (keepId == dropId)
        return Error::make(Error::Code::Refused, tr("A record cannot be merged with itself."));
    const QSqlDatabase c = db.connection();
    WriteTransaction tx(c);
    if (Error e = tx.begin())
        return e;
    if (type == EntityType::Person) {
        // An erased record stays only for the reports: merging would move its sessions and
        // vouchers to someone else, or mix their data into the pseudonym.
        for (qint64 id : {keepId, dropId}) {
            if (!Sql::scalar(c, QStringLiteral("SELECT erased_at FROM people WHERE id = ?"), {id}).isNull())
                return Error::make(Error::Code::Refused,
                                   tr("“%1” was erased: it is kept only so that the reports stay the same, and cannot be merged.")
                                       .arg(Sql::scalar(c, QStringLiteral("SELECT full_name FROM people WHERE id = ?"), {id}).toString()));
        }
    }
    auto repo = Repositories::create(db, type);
    Record keep, drop;
    if (Error e = repo->get(keepId, &keep))
        return e;
    if (Error e = repo->get(dropId, &drop))
        return e;
    const QJsonObject before = RecordCodec::toJson(keep);

    // Point everything that referred to the dropped record at the kept one, remembering
    // which rows moved. Rows in the trash move too, so that a restore finds the kept one.
    QJsonObject relinked;
    for (const auto &ref : Entities::referencesTo(type)) {
        const EntityInfo &child = Entities::info(ref.first);
        Error e;
        const QList<qint64> ids = idsWhere(c, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(child.table, ref.second.key),
                                           {dropId}, &e);
        if (e)
            return e;
        if (ids.isEmpty())
            continue;
        e = Sql::run(c, QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1, updated_at = ? WHERE id IN (%3)")
                            .arg(child.table, ref.second.key, idList(ids)),
                     {keepId, Timestamp::now()});
        if (e) {
            if (e.code == Error::Code::Constraint)
                return Error::make(Error::Code::Refused,
                                   tr("Both records have %1 that cannot be joined (%2): a stakeholder can be one startup "
                                      "only, and take part in an event in a role once. Merge or remove those first.")
                                       .arg(child.pluralLabel().toLower(), ref.second.translatedLabel()));
            return e;
        }
        QJsonObject fields = relinked.value(child.table).toObject();
        QJsonArray list;
        for (qint64 id : ids)
            list.append(id);
        fields.insert(ref.second.key, list);
        relinked.insert(child.table, fields);
    }
    Error e;
    const QList<qint64> attachments = idsWhere(
        c, QStringLiteral("SELECT id FROM attachments WHERE owner_entity = ? AND owner_id = ?"), {info.key, dropId}, &e);
    if (e)
        return e;
    if (!attachments.isEmpty()) {
        e = Sql::run(c, QStringLiteral("UPDATE attachments SET owner_id = ?, version = version + 1, updated_at = ? WHERE id IN (%1)")
                            .arg(idList(attachments)),
                     {keepId, Timestamp::now()});
        if (e)
            return e;
        QJsonArray list;
        for (qint64 id : attachments)
            list.append(id);
        relinked.insert(QStringLiteral("attachments"), QJsonObject{{QStringLiteral("owner_id"), list}});
    }

    // The kept record's new values (a versioned update with its audit line).
    Record merged = keep;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (info.field(it.key()))
            merged.setValue(it.key(), it.value());
    }
    if (Error u = repo->update(merged))
        return u;
    QString trashBatch;
    if (Error t = Trash::moveToTrash(db, type, dropId, &trashBatch))
        return t;
    Record after;
    if (Error g = repo->get(keepId, &after))
        return g;

    const QString id = Uuid::create();
    e = Sql::run(c, QStringLiteral("INSERT INTO merges (merge, entity, kept_id, dropped_id, trash_batch, kept_before, kept_version, "
                                   "relinked, merged_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, info.key, keepId, dropId, trashBatch, QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                  after.version, QString::fromUtf8(QJsonDocument(relinked).toJson(QJsonDocument::Compact)), Timestamp::now(),
                  db.actor()});
    if (!e) {
        QJsonObject changes;
        changes.insert(QStringLiteral("kept"), keepId);
        changes.insert(QStringLiteral("merged"), dropId);
        changes.insert(QStringLiteral("merged_uuid"), drop.uuid);
        changes.insert(QStringLiteral("relinked"), relinked);
        e = AuditLog::write(db, QStringLiteral("merge"), info.key, keepId, keep.uuid, changes, id);
    }
    if (!e)
        e = tx.commit();
    if (!e && mergeId)
        *mergeId = id;
    return e;
}

Error RecordMerger::undo(Database &db, const QString &mergeId)
{
    if (Error e = db.writeRefusal())
        return e;
    const QSqlDatabase c = db.connection();
    WriteTransaction tx(c);
    if (Error e = tx.begin())
        return e;
    QSqlQuery q(c);
    Error e = Sql::prepare(q, QStringLiteral("SELECT entity, kept_id, dropped_id, trash_batch, kept_before, kept_version, relinked, "
                                             "undone_at FROM merges WHERE merge = ?"));
    if (!e) {
        q.addBindValue(mergeId);
        e = Sql::exec(q);
    }
    if (e)
        return e;
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("There is no merge “%1”.").arg(mergeId));
    bool ok = false;
    const EntityType type = Entities::fromKey(q.value(0).toString(), &ok);
    const qint64 keptId = q.value(1).toLongLong();
    const qint64 droppedId = q.value(2).toLongLong();
    const QString trashBatch = q.value(3).toString();
    const QJsonObject before = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    const qint64 keptVersion = q.value(5).toLongLong();
    const QJsonObject relinked = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    if (!q.value(7).isNull())
        return Error::make(Error::Code::Refused, tr("This merge was undone already."));
    q.finish();
    if (!ok)
        return Error::make(Error::Code::Internal, tr("The merge names an unknown kind of record."));
    const EntityInfo &info = Entities::info(type);
    auto repo = Repositories::create(db, type);
    Record kept;
    if (Error g = repo->get(keptId, &kept))
        return g;
    if (kept.version != keptVersion)
        return Error::make(Error::Code::Refused,
                           tr("%1 was changed after the merge; undoing it would lose those changes.").arg(kept.text(QStringLiteral("name")).isEmpty()
                                                                                                            ? info.singularLabel()
                                                                                                            : kept.text(QStringLiteral("name"))));
    if (Error r = Trash::restore(db, trashBatch))
        return r;
    for (auto t = relinked.constBegin(); t != relinked.constEnd(); ++t) {
        const QJsonObject fields = t.value().toObject();
        for (auto f = fields.constBegin(); f != fields.constEnd(); ++f) {
            QList<qint64> ids;
            for (const QJsonValue &v : f.value().toArray())
                ids.append(v.toInteger());
            // Table and column names come from the entity descriptions when the merge was
            // made; checked again here before they go into SQL.
            bool known = t.key() == QLatin1String("attachments") && f.key() == QLatin1String("owner_id");
            for (const auto &ref : Entities::referencesTo(type))
                known = known || (Entities::info(ref.first).table == t.key() && ref.second.key == f.key());
            if (!known)
                return Error::make(Error::Code::Internal, tr("The merge names an unknown table “%1”.").arg(t.key()));
            e = Sql::run(c, QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1, updated_at = ? WHERE %2 = ? AND id IN (%3)")
                                .arg(t.key(), f.key(), idList(ids)),
                         {droppedId, Timestamp::now(), keptId});
            if (e)
                return e;
        }
    }
    Record restored = kept;
    RecordCodec::fromJson(before, &restored);
    if (Error u = repo->update(restored))
        return u;
    e = Sql::run(c, QStringLiteral("UPDATE merges SET undone_at = ? WHERE merge = ?"), {Timestamp::now(), mergeId});
    if (!e)
        e = AuditLog::write(db, QStringLiteral("unmerge"), info.key, keptId, kept.uuid,
                            QJsonObject{{QStringLiteral("restored"), droppedId}}, mergeId);
    if (!e)
        e = tx.commit();
    return e;
}

} // namespace hubdesk
