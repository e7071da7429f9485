#include "personerasure.h"

#include "../domain/entityinfo.h"
#include "../domain/searchtext.h"
#include "../domain/uuid.h"
#include "auditlog.h"
#include "database.h"
#include "persondata.h"
#include "repositories.h"
#include "repository.h"
#include "rowinserter.h"
#include "searchindex.h"
#include "sql.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace hubdesk {

namespace {

// The person's fields that say who they are. The expert flag and roles and the rates
// stay: sessions need an expert, and the timesheet pays by the hour rate.
const QStringList PersonalFields = {
    QStringLiteral("first_name"), QStringLiteral("last_name"),    QStringLiteral("job_title"),
    QStringLiteral("email"),      QStringLiteral("phone"),        QStringLiteral("mobile"),
    QStringLiteral("city"),       QStringLiteral("country"),      QStringLiteral("linkedin"),
    QStringLiteral("availability"), QStringLiteral("bio"),        QStringLiteral("notes"),
    QStringLiteral("organisation_id"), QStringLiteral("expertise"), QStringLiteral("languages"),
    QStringLiteral("full_name"),  QStringLiteral("label")};

// Whole words only ("Ann" not inside "Annual"), in any case.
QString scrub(QString text, const QStringList &needles, const QString &pseudonym)
{
    for (const QString &n : needles) {
        if (!text.contains(n, Qt::CaseInsensitive))
            continue;
        const QRegularExpression word(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(n) + QStringLiteral("(?!\\w)"),
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        text.replace(word, pseudonym);
    }
    return text;
}

QJsonValue scrubJson(const QJsonValue &value, const QStringList &needles, const QString &pseudonym)
{
    if (value.isString())
        return scrub(value.toString(), needles, pseudonym);
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            a[i] = scrubJson(a.at(i), needles, pseudonym);
        return a;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = scrubJson(it.value(), needles, pseudonym);
        return o;
    }
    return value;
}

// {"field": [old, new]}: every value of the named fields that is not empty becomes the marker.
void markChanges(QJsonObject *changes, const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!changes->contains(f))
            continue;
        const QJsonValue v = changes->value(f);
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                if (!a.at(i).isNull())
                    a[i] = PersonErasure::erasedMarker();
            }
            changes->insert(f, a);
        } else if (!v.isNull()) {
            changes->insert(f, PersonErasure::erasedMarker());
        }
    }
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(QLatin1Char(','));
}

// One person record erased inside the caller's transaction.
class Eraser
{
public:
    Eraser(Database &db, ErasureResult *result)
        : m_db(db)
        , m_c(db.connection())
        , m_result(result)
    {
    }

    // \a needles: what names the person anywhere (full name, e-mail, phones); \a linkedNeedles
    // adds the first and last name alone, for the records about the person.
    Error run(qint64 id, const QStringList &needles, const QStringList &linkedNeedles);
    QSet<QString> changedIndexes;

private:
    Error openErasure(const Record &person);
    Error findLinked(qint64 id);
    Error scrubRecords(const QStringList &needles, const QStringList &linkedNeedles);
    Error anonymiseAuditLog(qint64 id, const QStringList &needles, const QStringList &linkedNeedles,
                            const QList<qint64> &attachments, const QList<qint64> &consents);
    Error anonymiseBookkeeping(qint64 id, const QStringList &needles);
    Error anonymisePerson(Record person);
    QList<qint64> ids(const QString &sql, const QVariantList &binds, Error *e) const;

    Database &m_db;
    QSqlDatabase m_c;
    ErasureResult *m_result;
    qint64 m_erasureId = 0;
    QString m_erasure;
    QString m_pseudonym;
    QString m_now;
    QSet<QString> m_linked; // "entity#id" of the records that refer to the person
};

QList<qint64> Eraser::ids(const QString &sql, const QVariantList &binds, Error *e) const
{
    QList<qint64> list;
    QSqlQuery q(m_c);
    q.setForwardOnly(true);
    *e = Sql::prepare(q, sql);
    if (!*e) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        *e = Sql::exec(q);
    }
    while (!*e && q.next())
        list.append(q.value(0).toLongLong());
    return list;
}

Error Eraser::openErasure(const Record &person)
{
    m_erasure = Uuid::create();
    // The random end of the uuid: the start of a v7 uuid is a clock, alike for erasures made close together.
    m_pseudonym = PersonErasure::tr("Erased person %1").arg(m_erasure.right(8));
    m_now = Timestamp::now();
    if (Error e = Sql::run(m_c,
                           QStringLiteral("INSERT INTO erasures (erasure, entity, record_id, record_uuid, pseudonym, erased_at, "
                                          "erased_by) VALUES (?, 'person', ?, ?, ?, ?, ?)"),
                           {m_erasure, person.id, person.uuid, m_pseudonym, m_now, m_db.actor()}))
        return e;
    m_erasureId = Sql::scalar(m_c, QStringLiteral("SELECT id FROM erasures WHERE erasure = ?"), {m_erasure}).toLongLong();
    return {};
}

Error Eraser::findLinked(qint64 id)
{
    m_linked.clear();
    for (const PersonReference &r : PersonData::references()) {
        for (EntityType t : Entities::all()) {
            if (Entities::info(t).table != r.table)
                continue;
            Error e;
            for (qint64 row : ids(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(r.table, r.column), {id}, &e))
                m_linked.insert(Entities::info(t).key + QLatin1Char('#') + QString::number(row));
            if (e)
                return e;
        }
    }
    return {};
}

Error Eraser::run(qint64 id, const QStringList &needles, const QStringList &linkedNeedles)
{
    auto people = Repositories::create(m_db, EntityType::Person);
    Record person;
    if (Error e = people->get(id, &person, true))
        return e;
    if (Error e = openErasure(person))
        return e;
    Error e;
    const QList<qint64> consents = ids(QStringLiteral("SELECT id FROM consents WHERE person_id = ?"), {id}, &e);
    const QList<qint64> attachments =
        e ? QList<qint64>()
          : ids(QStringLiteral("SELECT id FROM attachments WHERE (owner_entity = 'person' AND owner_id = ?) OR "
                               "(owner_entity = 'consent' AND owner_id IN (SELECT id FROM consents WHERE person_id = ?))"),
                {id, id}, &e);
    if (e || (e = findLinked(id)))
        return e;
    // The audit log first: it finds lines by the values about to be anonymised.
    if ((e = anonymiseAuditLog(id, needles, linkedNeedles, attachments, consents)))
        return e;
    if ((e = scrubRecords(needles, linkedNeedles)))
        return e;
    for (const PersonReference &r : PersonData::references()) {
        if (r.eraseRows && (e = Sql::run(m_c, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(r.table, r.column), {id})))
            return e;
    }
    if ((e = anonymiseBookkeeping(id, needles)))
        return e;
    if (!attachments.isEmpty()) {
        // Their files go with them (attachments_purge_blob), unless another record uses the same file.
        if ((e = Sql::run(m_c, QStringLiteral("DELETE FROM attachments WHERE id IN (%1)").arg(idList(attachments)))))
            return e;
        m_result->attachmentsRemoved += int(attachments.size());
    }
    if ((e = Sql::run(m_c, QStringLiteral("UPDATE consents SET notes = NULL, version = version + 1, updated_at = ? "
                                          "WHERE person_id = ? AND notes IS NOT NULL"),
                      {m_now, id})))
        return e;
    if ((e = anonymisePerson(person)))
        return e;
    const int lines = Sql::scalar(m_c, QStringLiteral("SELECT count(*) FROM erasure_audit_entries WHERE erasure_id = ?"),
                                  {m_erasureId}, &e)
                          .toInt();
    if (e)
        return e;
    m_result->auditLines += lines;
    if ((e = Sql::run(m_c, QStringLiteral("UPDATE erasures SET finished_at = ?, audit_entries = ? WHERE id = ?"),
                      {Timestamp::now(), lines, m_erasureId})))
        return e;
    // The line that says it happened: who erased which record and when, nothing personal.
    QJsonObject changes;
    changes.insert(QStringLiteral("erasure"), m_erasure);
    changes.insert(QStringLiteral("audit_lines"), lines);
    m_result->records += 1;
    if (m_result->erasure.isEmpty()) {
        m_result->erasure = m_erasure;
        m_result->pseudonym = m_pseudonym;
    }
    return AuditLog::write(m_db, QStringLiteral("erase"), QStringLiteral("person"), id, person.uuid, changes, m_erasure);
}

Error Eraser::anonymiseAuditLog(qint64 id, const QStringList &needles, const QStringList &linkedNeedles,
                                const QList<qint64> &attachments, const QList<qint64> &consents)
{
    Error e;
    const QList<qint64> lines = PersonData::auditLines(m_db, {id}, needles, &e);
    if (e)
        return e;
    QSqlQuery read(m_c);
    read.setForwardOnly(true);
    if ((e = Sql::prepare(read, QStringLiteral("SELECT entity, record_id, changes FROM audit_log WHERE id = ?"))))
        return e;
    for (qint64 line : lines) {
        read.bindValue(0, line);
        if ((e = Sql::exec(read)))
            return e;
        if (!read.next())
            continue;
        const QString entity = read.value(0).toString();
        const qint64 record = read.value(1).toLongLong();
        const QString before = read.value(2).toString();
        read.finish();
        if (before.isEmpty())
            continue;
        QJsonObject changes = QJsonDocument::fromJson(before.toUtf8()).object();
        const bool linked = (entity == QLatin1String("person") && record == id)
            || (entity == QLatin1String("attachment") && attachments.contains(record))
            || m_linked.contains(entity + QLatin1Char('#') + QString::number(record));
        if (entity == QLatin1String("person") && record == id)
            markChanges(&changes, PersonalFields);
        else if (entity == QLatin1String("consent") && consents.contains(record))
            markChanges(&changes, {QStringLiteral("notes")});
        else if (entity == QLatin1String("attachment") && attachments.contains(record))
            markChanges(&changes, {QStringLiteral("file_name"), QStringLiteral("description"), QStringLiteral("sha256")});
        changes = scrubJson(changes, linked ? linkedNeedles : needles, m_pseudonym).toObject();
        const QString after = toText(changes);
        if (after == toText(QJsonDocument::fromJson(before.toUtf8()).object()))
            continue;
        // Listed first: the audit log accepts a change only of a line an open erasure lists.
        if ((e = Sql::run(m_c, QStringLiteral("INSERT INTO erasure_audit_entries (erasure_id, audit_id) VALUES (?, ?)"),
                          {m_erasureId, line})))
            return e;
        if ((e = Sql::run(m_c, QStringLiteral("UPDATE audit_log SET changes = ? WHERE id = ?"), {after, line})))
            return e;
    }
    return {};
}

Error Eraser::scrubRecords(const QStringList &needles, const QStringList &linkedNeedles)
{
    // Every record whose text names the person (a stakeholder's notes with their e-mail), and
    // the records about the person, where the first or last name alone is theirs too.
    for (EntityType type : Entities::all()) {
        if (type == EntityType::Person)
            continue;
        const EntityInfo &info = Entities::info(type);
        QList<Field> texts;
        QStringList any;
        QVariantList binds;
        for (const Field &f : info.fields) {
            if (f.type != FieldType::Text && f.type != FieldType::LongText && f.type != FieldType::Email
                && f.type != FieldType::Url && f.type != FieldType::Phone)
                continue;
            texts.append(f);
            for (const QString &n : needles) {
                any.append(f.key + QStringLiteral(" LIKE ? ESCAPE '\\'"));
                QString pattern = n;
                pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
                pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
                pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
                binds.append(QLatin1Char('%') + pattern + QLatin1Char('%'));
            }
        }
        if (texts.isEmpty())
            continue;
        Error e;
        QList<qint64> rows = any.isEmpty() ? QList<qint64>()
                                           : ids(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(info.table, any.join(QLatin1String(" OR "))),
                                                 binds, &e);
        if (e)
            return e;
        const QString prefix = info.key + QLatin1Char('#');
        for (const QString &k : std::as_const(m_linked)) {
            if (k.startsWith(prefix) && !rows.contains(k.mid(prefix.size()).toLongLong()))
                rows.append(k.mid(prefix.size()).toLongLong());
        }
        auto repo = Repositories::create(m_db, type);
        for (qint64 row : std::as_const(rows)) {
            Record record;
            if ((e = repo->get(row, &record, true)))
                return e;
            const QStringList &words = m_linked.contains(prefix + QString::number(row)) ? linkedNeedles : needles;
            QStringList sets;
            QVariantList values;
            for (const Field &f : std::as_const(texts)) {
                const QString before = record.text(f.key);
                const QString after = scrub(before, words, m_pseudonym);
                if (after == before)
                    continue;
                // An address or number that named the person is no address once anonymised.
                const bool contact = f.type == FieldType::Email || f.type == FieldType::Url || f.type == FieldType::Phone;
                record.setValue(f.key, contact ? QVariant() : QVariant(after));
                sets.append(f.key + QStringLiteral(" = ?"));
                values.append(contact ? QVariant() : QVariant(after));
            }
            if (sets.isEmpty())
                continue;
            if (RowInserter::storesSearchText(type)) {
                QString text;
                if ((e = SearchIndex::textOf(m_c, record, &text)))
                    return e;
                sets.append(QStringLiteral("search_text = ?"));
                values.append(text);
                changedIndexes.insert(SearchIndex::ftsTable(info));
            }
            if (RowInserter::storesSortName(type)) {
                sets.append(QStringLiteral("sort_name = ?"));
                values.append(RowInserter::sortNameOf(record));
            }
            values << m_now << row;
            if ((e = Sql::run(m_c, QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = ? WHERE id = ?")
                                       .arg(info.table, sets.join(QLatin1String(", "))),
                              values)))
                return e;
            ++m_result->rowsChanged;
        }
    }
    return {};
}

Error Eraser::anonymiseBookkeeping(qint64 id, const QStringList &needles)
{
    // The trash: the person's own entry gets the pseudonym, others (a participation
    // labelled with the person's name) lose the name.
    if (Error e = Sql::run(m_c, QStringLiteral("UPDATE trash SET label = ? WHERE entity = 'person' AND record_id = ?"),
                           {m_pseudonym, id}))
        return e;
    {
        QSqlQuery q(m_c);
        q.setForwardOnly(true);
        if (Error e = Sql::prepare(q, QStringLiteral("SELECT id, label FROM trash")))
            return e;
        if (Error e = Sql::exec(q))
            return e;
        QList<QPair<qint64, QString>> changed;
        while (q.next()) {
            const QString label = q.value(1).toString();
            const QString after = scrub(label, needles, m_pseudonym);
            if (after != label)
                changed.append({q.value(0).toLongLong(), after});
        }
        for (const auto &c : changed) {
            if (Error e = Sql::run(m_c, QStringLiteral("UPDATE trash SET label = ? WHERE id = ?"), {c.second, c.first}))
                return e;
        }
    }
    // What a merge or an import kept of the person's values, to put them back on undo.
    // (An undo is refused anyway: the erasure changed the record's version.)
    const QList<QPair<QString, QString>> kept = {
        {QStringLiteral("merges"), QStringLiteral("SELECT id, kept_before FROM merges WHERE entity = 'person' AND kept_id = ?")},
        {QStringLiteral("import_updates"),
         QStringLiteral("SELECT id, before FROM import_updates WHERE record_id = ? AND batch IN "
                        "(SELECT batch FROM import_batches WHERE entity = 'person')")}};
    for (const auto &k : kept) {
        QSqlQuery q(m_c);
        q.setForwardOnly(true);
        if (Error e = Sql::prepare(q, k.second))
            return e;
        q.addBindValue(id);
        if (Error e = Sql::exec(q))
            return e;
        QList<QPair<qint64, QString>> changed;
        while (q.next()) {
            QJsonObject values = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            for (const QString &f : PersonalFields) {
                if (values.contains(f))
                    values.insert(f, QJsonValue());
            }
            if (values.contains(QStringLiteral("last_name")))
                values.insert(QStringLiteral("last_name"), m_pseudonym);
            changed.append({q.value(0).toLongLong(), toText(scrubJson(values, needles, m_pseudonym).toObject())});
        }
        const QString column = k.first == QLatin1String("merges") ? QStringLiteral("kept_before") : QStringLiteral("before");
        for (const auto &c : changed) {
            if (Error e = Sql::run(m_c, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(k.first, column),
                                   {c.second, c.first}))
                return e;
        }
    }
    return {};
}

Error Eraser::anonymisePerson(Record person)
{
    for (const QString &f : PersonalFields)
        person.clear(f);
    person.setValue(QStringLiteral("last_name"), m_pseudonym);
    QString searchText;
    if (Error e = SearchIndex::textOf(m_c, person, &searchText))
        return e;
    changedIndexes.insert(SearchIndex::ftsTable(Entities::info(EntityType::Person)));
    return Sql::run(m_c,
                    QStringLiteral("UPDATE people SET first_name = NULL, last_name = ?, job_title = NULL, email = NULL, "
                                   "phone = NULL, mobile = NULL, city = NULL, country = NULL, linkedin = NULL, "
                                   "availability = NULL, bio = NULL, notes = NULL, organisation_id = NULL, erased_at = ?, "
                                   "sort_name = ?, search_text = ?, version = version + 1, updated_at = ? WHERE id = ?"),
                    {m_pseudonym, m_now, RowInserter::sortNameOf(person), searchText, m_now, person.id});
}

} // namespace

QString PersonErasure::erasedMarker()
{
    // Data, not a message: the same in every language, so that it reads the same in any export.
    return QStringLiteral("[erased]");
}

QDateTime PersonErasure::erasedAt(const Database &db, qint64 personId, Error *error)
{
    const QString at = Sql::scalar(db.connection(), QStringLiteral("SELECT erased_at FROM people WHERE id = ?"), {personId}, error).toString();
    return at.isEmpty() ? QDateTime() : Timestamp::fromText(at);
}

Error PersonErasure::erase(Database &db, qint64 personId, int version, ErasureResult *result)
{
    if (Error e = db.writeRefusal())
        return e;
    const QSqlDatabase c = db.connection();
    const bool outermost = !Sql::inTransaction(c);
    // Freed pages (the old values, the index entries) are overwritten with zeros, not
    // left in the file for a tool to read back.
    const QString secureDelete = Sql::scalar(c, QStringLiteral("PRAGMA secure_delete")).toString();
    Sql::run(c, QStringLiteral("PRAGMA secure_delete = ON"));
    ErasureResult done;
    Error e;
    {
        WriteTransaction tx(c);
        e = tx.begin();
        QSqlQuery q(c);
        q.setForwardOnly(true);
        if (!e)
            e = Sql::prepare(q, QStringLiteral("SELECT full_name, version, erased_at FROM people WHERE id = ?"));
        if (!e) {
            q.addBindValue(personId);
            e = Sql::exec(q);
        }
        if (!e && !q.next())
            e = Error::make(Error::Code::NotFound, tr("The person #%1 does not exist (it may have been removed for good).").arg(personId));
        if (!e && !q.value(2).isNull()) {
            const QDateTime at = Timestamp::fromText(q.value(2).toString());
            e = Error::make(Error::Code::Refused, tr("“%1” was erased already, on %2.")
                                                      .arg(q.value(0).toString(),
                                                           QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
        }
        if (!e && q.value(1).toInt() != version)
            e = Error::make(Error::Code::Conflict, tr("“%1” was changed by someone else (version %2 is stored, you saw version %3). "
                                                      "Nothing was erased: look at the record again first.")
                                                       .arg(q.value(0).toString())
                                                       .arg(q.value(1).toInt())
                                                       .arg(version));
        q.finish();
        const QList<qint64> records = e ? QList<qint64>() : PersonData::recordIds(db, personId, &e);
        // The person's texts are gathered from every merged record before any is anonymised.
        const QStringList needles = e ? QStringList() : PersonData::identifyingTexts(db, personId, &e);
        QStringList linkedNeedles = needles;
        if (!e) {
            QSqlQuery names(c);
            names.setForwardOnly(true);
            e = Sql::prepare(names, QStringLiteral("SELECT first_name, last_name FROM people WHERE erased_at IS NULL AND id = ?"));
            for (qint64 id : records) {
                if (e)
                    break;
                names.bindValue(0, id);
                e = Sql::exec(names);
                while (!e && names.next()) {
                    for (int i = 0; i < 2; ++i) {
                        const QString n = names.value(i).toString().trimmed();
                        if (n.size() >= 3 && !linkedNeedles.contains(n, Qt::CaseInsensitive))
                            linkedNeedles.append(n);
                    }
                }
            }
            std::sort(linkedNeedles.begin(), linkedNeedles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        }
        Eraser eraser(db, &done);
        for (qint64 id : records) {
            if (e)
                break;
            if (PersonErasure::erasedAt(db, id, &e).isValid())
                continue; // a merged record erased before
            if (!e)
                e = eraser.run(id, needles, linkedNeedles);
        }
        // FTS5 keeps a deleted entry in older segments until they are merged: merge the
        // indexes that changed, so that the old text is gone from the index, not only hidden.
        for (const QString &fts : std::as_const(eraser.changedIndexes)) {
            if (!e)
                e = Sql::run(c, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(fts));
        }
        if (!e)
            e = tx.commit();
        if (e)
            tx.rollback();
    }
    if (!e && outermost && !db.isInMemory())
        Sql::run(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // best effort: readers may hold the WAL
    const int was = secureDelete.toInt(); // 0 off, 1 on, 2 fast ("2" would read as on)
    Sql::run(c, QStringLiteral("PRAGMA secure_delete = %1").arg(was == 2 ? QStringLiteral("FAST") : QString::number(was)));
    if (!e && result)
        *result = done;
    return e;
}

} // namespace hubdesk
