#include "persondata.h"

#include "../domain/entityinfo.h"
#include "database.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hubdesk {

namespace {

QString idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// "x IN (SELECT value FROM json_each(?))": a list of ids as one bound value.
const QString InIds = QStringLiteral(" IN (SELECT value FROM json_each(?))");

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The entity key of a table ("mentoring_sessions" → "session"); empty for join tables.
QString entityKeyOf(const QString &table)
{
    for (EntityType type : Entities::all()) {
        if (Entities::info(type).table == table)
            return Entities::info(type).key;
    }
    return {};
}

Error readTable(const Database &db, const QString &name, const QString &sql, const QVariantList &binds,
                PersonDataTable *out)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Error e = Sql::prepare(q, sql))
        return e;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (Error e = Sql::exec(q))
        return e;
    out->table = name;
    out->columns.clear();
    out->rows.clear();
    const QSqlRecord record = q.record();
    QList<int> kept;
    for (int i = 0; i < record.count(); ++i) {
        // Derived copies of the fields (folded for sorting and searching) say nothing new.
        const QString column = record.fieldName(i);
        if (column == QLatin1String("search_text") || column == QLatin1String("sort_name"))
            continue;
        kept.append(i);
        out->columns.append(column);
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(kept.size());
        for (int i : kept)
            row.append(q.value(i));
        out->rows.append(row);
    }
    return {};
}

QList<qint64> idsOf(const Database &db, const QString &sql, const QVariantList &binds, Error *error)
{
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    *error = Sql::prepare(q, sql);
    if (!*error) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        *error = Sql::exec(q);
    }
    while (!*error && q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

const PersonDataTable *PersonDataSet::table(const QString &name) const
{
    for (const PersonDataTable &t : tables) {
        if (t.table == name)
            return &t;
    }
    return nullptr;
}

const QList<PersonReference> &PersonData::references()
{
    // Erasing deletes the person's free-text sets; every other row stays for the reports,
    // with the person's name taken out of its text (PersonErasure).
    static const QList<PersonReference> list = {
        {QStringLiteral("person_expert_roles"), QStringLiteral("person_id"), {}, false},
        {QStringLiteral("person_expertise"), QStringLiteral("person_id"), {}, true},
        {QStringLiteral("person_languages"), QStringLiteral("person_id"), {}, true},
        {QStringLiteral("consents"), QStringLiteral("person_id"), QStringLiteral("consents_list"), false},
        {QStringLiteral("mentoring_sessions"), QStringLiteral("expert_id"), QStringLiteral("mentoring_sessions_list"), false},
        {QStringLiteral("participations"), QStringLiteral("person_id"), QStringLiteral("participations_list"), false},
        {QStringLiteral("interactions"), QStringLiteral("person_id"), QStringLiteral("interactions_list"), false},
        {QStringLiteral("vouchers"), QStringLiteral("traveller_id"), QStringLiteral("vouchers_list"), false},
    };
    return list;
}

QStringList PersonData::bookkeepingTables()
{
    return {QStringLiteral("people"),         QStringLiteral("attachments"),   QStringLiteral("trash"),
            QStringLiteral("merges"),         QStringLiteral("import_batches"), QStringLiteral("import_updates"),
            QStringLiteral("erasures"),       QStringLiteral("audit_log")};
}

QStringList PersonData::tablesWithoutPersonData()
{
    // attachment_blobs are read through attachments; erasure_audit_entries hold ids only.
    return {QStringLiteral("organisations"),       QStringLiteral("organisation_roles"),
            QStringLiteral("organisation_tags"),   QStringLiteral("startups"),
            QStringLiteral("startup_technologies"), QStringLiteral("startup_progress"),
            QStringLiteral("outcomes"),            QStringLiteral("events"),
            QStringLiteral("voucher_status_history"), QStringLiteral("voucher_transitions"),
            QStringLiteral("attachment_blobs"),    QStringLiteral("reporting_periods"),
            QStringLiteral("settings"),            QStringLiteral("erasure_audit_entries")};
}

QList<qint64> PersonData::recordIds(const Database &db, qint64 personId, Error *error)
{
    // A merge keeps the dropped record in the trash: it is the same person.
    QList<qint64> ids = {personId};
    Error e;
    for (int i = 0; i < ids.size() && !e; ++i) {
        const QList<qint64> merged =
            idsOf(db, QStringLiteral("SELECT dropped_id FROM merges WHERE entity = 'person' AND kept_id = ? AND undone_at IS NULL "
                                     "AND dropped_id IN (SELECT id FROM people) ORDER BY id"),
                  {ids.at(i)}, &e);
        for (qint64 id : merged) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    if (error)
        *error = e;
    return ids;
}

QStringList PersonData::identifyingTexts(const Database &db, qint64 personId, Error *error)
{
    QStringList texts;
    Error e;
    const QList<qint64> ids = recordIds(db, personId, &e);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!e)
        e = Sql::prepare(q, QStringLiteral("SELECT full_name, trim(coalesce(last_name, '') || ' ' || coalesce(first_name, '')), "
                                           "email, phone, mobile, linkedin FROM people WHERE erased_at IS NULL AND id")
                                + InIds);
    if (!e) {
        q.addBindValue(idArray(ids));
        e = Sql::exec(q);
    }
    while (!e && q.next()) {
        for (int i = 0; i < 6; ++i) {
            const QString t = q.value(i).toString().trimmed();
            // Shorter strings would match inside other words ("Li" in "Limited").
            if (t.size() >= 4 && !texts.contains(t, Qt::CaseInsensitive))
                texts.append(t);
        }
    }
    // The longest first, so that a replacement never leaves part of a longer one behind.
    std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (error)
        *error = e;
    return texts;
}

QList<qint64> PersonData::auditLines(const Database &db, const QList<qint64> &personIds, const QStringList &needles,
                                     Error *error)
{
    const QString ids = idArray(personIds);
    QStringList any = {QStringLiteral("(a.entity = 'person' AND a.record_id") + InIds + QLatin1Char(')')};
    QVariantList binds = {ids};
    QStringList referenceKeys;
    QStringList linkedEntities;
    for (const PersonReference &r : references()) {
        const QString key = entityKeyOf(r.table);
        if (key.isEmpty())
            continue;
        any.append(QStringLiteral("(a.entity = '%1' AND a.record_id IN (SELECT id FROM %2 WHERE %3%4))")
                       .arg(key, r.table, r.column, InIds));
        binds.append(ids);
        if (!referenceKeys.contains(r.column))
            referenceKeys.append(r.column);
        linkedEntities.append(QLatin1Char('\'') + key + QLatin1Char('\''));
    }
    any.append(QStringLiteral("(a.entity = 'attachment' AND a.record_id IN (SELECT id FROM attachments WHERE "
                              "(owner_entity = 'person' AND owner_id%1) OR (owner_entity = 'consent' AND owner_id IN "
                              "(SELECT id FROM consents WHERE person_id%1))))")
                   .arg(InIds));
    binds << ids << ids;
    // A line that once linked a record to the person (a session whose expert was changed since).
    QStringList keys;
    for (const QString &k : std::as_const(referenceKeys))
        keys.append(QLatin1Char('\'') + k + QLatin1Char('\''));
    any.append(QStringLiteral("(a.changes IS NOT NULL AND a.entity IN (%1) AND EXISTS (SELECT 1 FROM json_each(a.changes) j "
                              "WHERE j.key IN (%2) AND j.type = 'array' AND (json_extract(j.value, '$[0]')%3 "
                              "OR json_extract(j.value, '$[1]')%3)))")
                   .arg(linkedEntities.join(QLatin1String(", ")), keys.join(QLatin1String(", ")), InIds));
    binds << ids << ids;
    for (const QString &n : needles) {
        any.append(QStringLiteral("a.changes LIKE ? ESCAPE '\\'"));
        binds.append(likePattern(n));
    }
    Error e;
    const QList<qint64> result =
        idsOf(db, QStringLiteral("SELECT a.id FROM audit_log a WHERE ") + any.join(QLatin1String(" OR ")) + QStringLiteral(" ORDER BY a.id"),
              binds, &e);
    if (error)
        *error = e;
    return result;
}

Error PersonData::collect(const Database &db, qint64 personId, bool withFiles, PersonDataSet *out)
{
    PersonDataSet set;
    set.personId = personId;
    set.generatedAt = QDateTime::currentDateTimeUtc();
    set.generatedBy = db.actor();
    set.includesFiles = withFiles;
    QSqlQuery person(db.connection());
    person.setForwardOnly(true);
    if (Error e = Sql::prepare(person, QStringLiteral("SELECT uuid, full_name FROM people WHERE id = ?")))
        return e;
    person.addBindValue(personId);
    if (Error e = Sql::exec(person))
        return e;
    if (!person.next())
        return Error::make(Error::Code::NotFound, tr("The person #%1 does not exist.").arg(personId));
    set.personUuid = person.value(0).toString();
    set.label = person.value(1).toString();
    person.finish();

    Error e;
    set.recordIds = recordIds(db, personId, &e);
    if (e)
        return e;
    const QString ids = idArray(set.recordIds);
    auto add = [&](const QString &name, const QString &sql, const QVariantList &binds) {
        PersonDataTable t;
        if (!e)
            e = readTable(db, name, sql, binds, &t);
        if (!e)
            set.tables.append(t);
    };

    add(QStringLiteral("people"), QStringLiteral("SELECT * FROM people_list WHERE id") + InIds + QStringLiteral(" ORDER BY id"),
        {ids});
    for (const PersonReference &r : references()) {
        const QString source = r.listView.isEmpty() ? r.table : r.listView;
        const QString order = r.listView.isEmpty() ? QStringLiteral("1, 2") : QStringLiteral("id");
        add(r.table, QStringLiteral("SELECT * FROM %1 WHERE %2%3 ORDER BY %4").arg(source, r.column, InIds, order), {ids});
    }
    // Attachments of the person and of the records about it (metadata; the bytes if asked).
    QStringList owners = {QStringLiteral("(a.owner_entity = 'person' AND a.owner_id%1)").arg(InIds)};
    QVariantList ownerBinds = {ids};
    for (const PersonReference &r : references()) {
        const QString key = entityKeyOf(r.table);
        if (key.isEmpty())
            continue;
        owners.append(QStringLiteral("(a.owner_entity = '%1' AND a.owner_id IN (SELECT id FROM %2 WHERE %3%4))")
                          .arg(key, r.table, r.column, InIds));
        ownerBinds.append(ids);
    }
    add(QStringLiteral("attachments"),
        QStringLiteral("SELECT a.*%1 FROM attachments a LEFT JOIN attachment_blobs b ON b.id = a.blob_id WHERE %2 ORDER BY a.id")
            .arg(withFiles ? QStringLiteral(", b.data AS file_data") : QString(), owners.join(QLatin1String(" OR "))),
        ownerBinds);
    add(QStringLiteral("trash"), QStringLiteral("SELECT * FROM trash WHERE entity = 'person' AND record_id") + InIds
                                     + QStringLiteral(" ORDER BY id"),
        {ids});
    add(QStringLiteral("merges"),
        QStringLiteral("SELECT * FROM merges WHERE entity = 'person' AND (kept_id%1 OR dropped_id%1) ORDER BY id").arg(InIds),
        {ids, ids});
    add(QStringLiteral("import_batches"),
        QStringLiteral("SELECT * FROM import_batches b WHERE b.entity = 'person' AND (EXISTS (SELECT 1 FROM json_each(?) j "
                       "WHERE j.value BETWEEN b.first_id AND b.last_id) OR b.batch IN (SELECT batch FROM import_updates WHERE "
                       "record_id%1)) ORDER BY b.id")
            .arg(InIds),
        {ids, ids});
    add(QStringLiteral("import_updates"),
        QStringLiteral("SELECT * FROM import_updates WHERE record_id%1 AND batch IN (SELECT batch FROM import_batches WHERE "
                       "entity = 'person') ORDER BY id")
            .arg(InIds),
        {ids});
    add(QStringLiteral("erasures"), QStringLiteral("SELECT * FROM erasures WHERE entity = 'person' AND record_id") + InIds
                                        + QStringLiteral(" ORDER BY id"),
        {ids});
    if (e)
        return e;
    const QStringList needles = identifyingTexts(db, personId, &e);
    const QList<qint64> lines = e ? QList<qint64>() : auditLines(db, set.recordIds, needles, &e);
    add(QStringLiteral("audit_log"), QStringLiteral("SELECT * FROM audit_log WHERE id") + InIds + QStringLiteral(" ORDER BY id"),
        {idArray(lines)});
    if (e)
        return e;
    *out = set;
    return {};
}

} // namespace hubdesk
