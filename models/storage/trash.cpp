#include "trash.h"

#include "../domain/entityinfo.h"
#include "../domain/plaintext.h"
#include "../domain/uuid.h"
#include "../domain/voucherworkflow.h"
#include "auditlog.h"
#include "database.h"
#include "recordlabels.h"
#include "sql.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace hubdesk {

namespace {

struct Item
{
    EntityType type;
    qint64 id;
};

struct Blocker
{
    EntityType type;
    int count = 0;
    QString example;
};

QList<qint64> ids(const Database &db, const QString &sql, const QVariantList &binds, Error *error)
{
    QList<qint64> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    *error = Sql::prepare(q, sql);
    if (*error)
        return result;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    *error = Sql::exec(q);
    while (!*error && q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QString labelOf(const Database &db, EntityType type, qint64 id)
{
    return RecordLabels::of(db, type, id);
}

// The uuids of the records of one table that carry a batch, for the audit lines.
QList<QPair<qint64, QString>> batchMembers(const Database &db, const EntityInfo &info, const QString &batch,
                                           Error *error)
{
    QList<QPair<qint64, QString>> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    *error = Sql::prepare(q, QStringLiteral("SELECT id, uuid FROM %1 WHERE deleted_batch = ? ORDER BY id").arg(info.table));
    if (*error)
        return result;
    q.addBindValue(batch);
    *error = Sql::exec(q);
    while (!*error && q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString()});
    return result;
}

} // namespace

Error Trash::moveToTrash(Database &db, EntityType type, qint64 id, QString *batchOut)
{
    if (Error e = db.writeRefusal())
        return e;
    const EntityInfo &rootInfo = Entities::info(type);
    if (!rootInfo.trashable)
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Trash", "A %1 cannot be deleted on its own.").arg(rootInfo.singularLabel().toLower()));
    WriteTransaction tx(db.connection());
    if (Error e = tx.begin())
        return e;

    Error e;
    QSqlQuery root(db.connection());
    root.setForwardOnly(true);
    if ((e = Sql::prepare(root, QStringLiteral("SELECT label, deleted_at IS NOT NULL FROM %1 WHERE id = ?")
                                    .arg(rootInfo.listView))))
        return e;
    root.addBindValue(id);
    if ((e = Sql::exec(root)))
        return e;
    if (!root.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Trash", "The %1 #%2 does not exist.").arg(rootInfo.singularLabel().toLower()).arg(id));
    const QString rootLabel = root.value(0).toString();
    if (root.value(1).toBool())
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("Trash", "“%1” is already in the trash.").arg(PlainText::isolated(rootLabel)));
    root.finish();

    if (type == EntityType::Voucher) {
        const QString status = Sql::scalar(db.connection(), QStringLiteral("SELECT status FROM vouchers WHERE id = ?"), {id})
                                   .toString();
        if (VoucherWorkflow::isCommitted(status))
            return Error::make(Error::Code::Refused,
                               QCoreApplication::translate("Trash", "Voucher “%1” is %2: it must stay in the records for the grant report. "
                                  "Cancel or reject it instead of deleting it.")
                                   .arg(PlainText::isolated(rootLabel), Enums::label(EnumType::VoucherStatus, status).toLower()));
    }

    // Walk the records that depend on the root; collect what goes with it and what holds it.
    QList<Item> items = {{type, id}};
    QSet<QString> seen = {rootInfo.key + QString::number(id)};
    QList<Blocker> blockers;
    for (int i = 0; i < items.size(); ++i) {
        const Item current = items.at(i);
        for (const auto &ref : Entities::referencesTo(current.type)) {
            if (ref.second.onDelete == OnDelete::SetNull)
                continue;
            const EntityInfo &child = Entities::info(ref.first);
            const QList<qint64> children =
                ids(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted_at IS NULL").arg(child.table, ref.second.key),
                    {current.id}, &e);
            if (e)
                return e;
            if (children.isEmpty())
                continue;
            if (ref.second.onDelete == OnDelete::Restrict) {
                blockers.append({ref.first, int(children.size()), labelOf(db, ref.first, children.first())});
                continue;
            }
            for (qint64 childId : children) {
                if (!seen.contains(child.key + QString::number(childId))) {
                    seen.insert(child.key + QString::number(childId));
                    items.append({ref.first, childId});
                }
            }
        }
        const QList<qint64> attachments =
            ids(db, QStringLiteral("SELECT id FROM attachments WHERE owner_entity = ? AND owner_id = ? AND deleted_at IS NULL"),
                {Entities::info(current.type).key, current.id}, &e);
        if (e)
            return e;
        for (qint64 a : attachments)
            items.append({EntityType::Attachment, a});
    }
    if (!blockers.isEmpty()) {
        QStringList reasons;
        for (const Blocker &b : blockers)
            reasons.append(QCoreApplication::translate("Trash", "%1 %2 (for example “%3”)")
                               .arg(b.count)
                               .arg(b.count == 1 ? Entities::info(b.type).singularLabel().toLower()
                                                 : Entities::info(b.type).pluralLabel().toLower(),
                                    PlainText::isolated(b.example)));
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Trash", "“%1” cannot be deleted: %2 still refer to it and must stay for the reports.")
                               .arg(PlainText::isolated(rootLabel), reasons.join(QLatin1String(", "))));
    }

    const QString batch = Uuid::create();
    const QString now = Timestamp::now();
    for (const Item &item : items) {
        const EntityInfo &info = Entities::info(item.type);
        if ((e = Sql::run(db.connection(),
                          QStringLiteral("UPDATE %1 SET deleted_at = ?, deleted_batch = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ?")
                              .arg(info.table),
                          {now, batch, now, item.id})))
            return e;
        const QString uuid =
            Sql::scalar(db.connection(), QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(info.table), {item.id}).toString();
        if ((e = AuditLog::write(db, QStringLiteral("trash"), info.key, item.id, uuid, {}, batch)))
            return e;
    }
    if ((e = Sql::run(db.connection(),
                      QStringLiteral("INSERT INTO trash (batch, entity, record_id, record_uuid, label, item_count, "
                                     "deleted_at, deleted_by) VALUES (?, ?, ?, (SELECT uuid FROM %1 WHERE id = ?), ?, ?, ?, ?)")
                          .arg(rootInfo.table),
                      {batch, rootInfo.key, id, id, rootLabel, items.size(), now, db.actor()})))
        return e;
    if ((e = tx.commit()))
        return e;
    if (batchOut)
        *batchOut = batch;
    return {};
}

Error Trash::restore(Database &db, const QString &batch)
{
    if (Error e = db.writeRefusal())
        return e;
    WriteTransaction tx(db.connection());
    if (Error e = tx.begin())
        return e;
    Error e;
    const QString label = Sql::scalar(db.connection(), QStringLiteral("SELECT label FROM trash WHERE batch = ?"), {batch}, &e)
                              .toString();
    if (e)
        return e;
    if (label.isEmpty())
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("Trash", "This item is no longer in the trash."));

    // A record comes back only if what it belongs to is live (or comes back with it).
    for (EntityType type : Entities::all()) {
        const EntityInfo &info = Entities::info(type);
        for (const Field &f : info.fields) {
            if (f.type != FieldType::Reference || f.onDelete == OnDelete::SetNull)
                continue;
            const EntityInfo &parent = Entities::info(f.reference);
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if ((e = Sql::prepare(q, QStringLiteral("SELECT p.label FROM %1 c JOIN %2 p ON p.id = c.%3 "
                                                    "WHERE c.deleted_batch = ? AND p.deleted_at IS NOT NULL "
                                                    "AND p.deleted_batch IS NOT ? LIMIT 1")
                                         .arg(info.table, parent.listView, f.key))))
                return e;
            q.addBindValue(batch);
            q.addBindValue(batch);
            if ((e = Sql::exec(q)))
                return e;
            if (q.next())
                return Error::make(Error::Code::Refused,
                                   QCoreApplication::translate("Trash", "“%1” cannot be restored before “%2”, which it belongs to: restore that first.")
                                       .arg(PlainText::isolated(label), PlainText::isolated(q.value(0).toString())));
        }
    }

    const QString now = Timestamp::now();
    for (EntityType type : Entities::all()) {
        const EntityInfo &info = Entities::info(type);
        const auto members = batchMembers(db, info, batch, &e);
        if (e)
            return e;
        if (members.isEmpty())
            continue;
        if ((e = Sql::run(db.connection(),
                          QStringLiteral("UPDATE %1 SET deleted_at = NULL, deleted_batch = NULL, updated_at = ?, "
                                         "version = version + 1 WHERE deleted_batch = ?")
                              .arg(info.table),
                          {now, batch})))
            return e;
        for (const auto &m : members) {
            if ((e = AuditLog::write(db, QStringLiteral("restore"), info.key, m.first, m.second, {}, batch)))
                return e;
        }
    }
    if ((e = Sql::run(db.connection(), QStringLiteral("DELETE FROM trash WHERE batch = ?"), {batch})))
        return e;
    return tx.commit();
}

Error Trash::purge(Database &db, const QString &batch)
{
    if (Error e = db.writeRefusal())
        return e;
    WriteTransaction tx(db.connection());
    if (Error e = tx.begin())
        return e;
    Error e;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if ((e = Sql::prepare(q, QStringLiteral("SELECT entity, record_id, label FROM trash WHERE batch = ?"))))
        return e;
    q.addBindValue(batch);
    if ((e = Sql::exec(q)))
        return e;
    if (!q.next())
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("Trash", "This item is no longer in the trash."));
    bool ok = false;
    const EntityType type = Entities::fromKey(q.value(0).toString(), &ok);
    const qint64 id = q.value(1).toLongLong();
    const QString label = q.value(2).toString();
    q.finish();
    if (!ok)
        return Error::make(Error::Code::Internal, QCoreApplication::translate("Trash", "The trash names an unknown kind of record."));

    for (EntityType t : Entities::all()) {
        const EntityInfo &info = Entities::info(t);
        const auto members = batchMembers(db, info, batch, &e);
        if (e)
            return e;
        for (const auto &m : members) {
            if ((e = AuditLog::write(db, QStringLiteral("purge"), info.key, m.first, m.second, {}, batch)))
                return e;
        }
    }
    e = Sql::run(db.connection(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Entities::info(type).table), {id});
    if (e) {
        if (e.code == Error::Code::Constraint)
            return Error::make(Error::Code::Refused,
                               QCoreApplication::translate("Trash", "“%1” cannot be removed for good: other records (some perhaps in the trash) "
                                  "still refer to it.")
                                   .arg(PlainText::isolated(label)));
        return e;
    }
    if ((e = Sql::run(db.connection(), QStringLiteral("DELETE FROM trash WHERE batch = ?"), {batch})))
        return e;
    // Items of other batches that went with this one (their parent is gone now).
    for (const TrashItem &item : items(db, &e)) {
        const EntityInfo &info = Entities::info(item.entity);
        const QVariant exists =
            Sql::scalar(db.connection(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(info.table), {item.recordId});
        if (exists.isNull())
            Sql::run(db.connection(), QStringLiteral("DELETE FROM trash WHERE batch = ?"), {item.batch});
    }
    if (e)
        return e;
    return tx.commit();
}

QList<TrashItem> Trash::items(const Database &db, Error *error)
{
    QList<TrashItem> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, QStringLiteral("SELECT batch, entity, record_id, label, item_count, deleted_at, deleted_by "
                                             "FROM trash ORDER BY deleted_at DESC, id DESC"));
    if (!e)
        e = Sql::exec(q);
    while (!e && q.next()) {
        TrashItem item;
        item.batch = q.value(0).toString();
        bool ok = false;
        item.entity = Entities::fromKey(q.value(1).toString(), &ok);
        item.recordId = q.value(2).toLongLong();
        item.label = q.value(3).toString();
        item.itemCount = q.value(4).toInt();
        item.deletedAt = Timestamp::fromText(q.value(5).toString());
        item.deletedBy = q.value(6).toString();
        if (ok)
            result.append(item);
    }
    if (error)
        *error = e;
    return result;
}

} // namespace hubdesk
