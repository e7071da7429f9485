#include "importer.h"

#include "../domain/entityinfo.h"
#include "../domain/rules.h"
#include "../domain/uuid.h"
#include "../reports/csvreportwriter.h"
#include "../storage/auditlog.h"
#include "../storage/bulkwriter.h"
#include "../storage/database.h"
#include "../storage/recordcodec.h"
#include "../storage/repositories.h"
#include "../storage/repository.h"
#include "../storage/searchindex.h"
#include "../domain/searchtext.h"
#include "../storage/sql.h"
#include "../storage/writetransaction.h"
#include "duplicatefinder.h"
#include "valueparser.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include <memory>

namespace hubdesk {

namespace {

// How often (in rows) the progress callback is asked whether to go on.
constexpr qint64 progressEvery = 2000;

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

// A row's name as a list would show the record it makes (only stakeholders and people
// are looked at for duplicates).
QString incomingLabel(const Record &r)
{
    if (r.entity() == EntityType::Person)
        return (r.text(QStringLiteral("first_name")) + QLatin1Char(' ') + r.text(QStringLiteral("last_name"))).trimmed();
    return r.text(QStringLiteral("name"));
}

} // namespace

QString ImportProblem::toString() const
{
    if (column.isEmpty())
        return QCoreApplication::translate("Import", "Row %1: %2").arg(row).arg(message);
    return QCoreApplication::translate("Import", "Row %1, %2: %3").arg(row).arg(column, message);
}

QString ImportDuplicate::toString() const
{
    if (action == DuplicateChoice::Create)
        return QCoreApplication::translate("Import", "Row %1: created although it looks like %2 (record %3), by %4")
            .arg(QString::number(row), existingLabel, QString::number(existing), why);
    if (action == DuplicateChoice::Skip)
        return QCoreApplication::translate("Import", "Row %1: skipped: it is %2 (record %3), by %4")
            .arg(QString::number(row), existingLabel, QString::number(existing), why);
    if (filled.isEmpty())
        return QCoreApplication::translate("Import", "Row %1: nothing new for %2 (record %3), found by %4")
            .arg(QString::number(row), existingLabel, QString::number(existing), why);
    return QCoreApplication::translate("Import", "Row %1: merged into %2 (record %3), found by %4: %5")
        .arg(QString::number(row), existingLabel, QString::number(existing), why, filled.join(QStringLiteral(", ")));
}

Importer::Importer(Database &db, const ImportMapping &mapping, const ValueParser &parser)
    : m_db(db)
    , m_mapping(mapping)
    , m_parser(parser)
{
}

QString Importer::columnName(int column) const
{
    const QString header = m_header.value(column).simplified();
    return header.isEmpty() ? tr("column %1").arg(column + 1) : tr("column %1 “%2”").arg(column + 1).arg(header);
}

Error Importer::mergeInto(qint64 id, const Record &row, QStringList *filled, QList<MergedRecord> *updates)
{
    auto repo = Repositories::create(m_db, m_mapping.target);
    Record existing;
    if (Error e = repo->get(id, &existing))
        return e;
    Record merged = existing;
    for (const Field &f : Entities::info(m_mapping.target).fields) {
        if (f.managed || !row.has(f.key))
            continue;
        const QVariant incoming = row.value(f.key);
        if (f.isSet()) {
            QStringList items = existing.value(f.key).toStringList();
            bool grew = false;
            for (const QString &item : incoming.toStringList()) {
                if (!items.contains(item)) {
                    items.append(item);
                    grew = true;
                }
            }
            if (grew) {
                items.sort();
                merged.setValue(f.key, items);
                filled->append(f.translatedLabel());
            }
        } else if (!existing.has(f.key)) {
            merged.setValue(f.key, incoming);
            filled->append(f.translatedLabel());
        }
    }
    if (filled->isEmpty() || !updates)
        return {};
    const QJsonObject before = RecordCodec::toJson(existing);
    if (Error e = repo->update(merged))
        return e;
    // Two rows merged into one record: revert must bring back its values from before the
    // first, so that entry stays and only learns the version the record has now.
    if (const auto at = m_mergedAt.constFind(id); at != m_mergedAt.cend()) {
        (*updates)[*at].versionAfter = merged.version;
        return {};
    }
    m_mergedAt.insert(id, updates->size());
    updates->append({id, before, merged.version});
    return {};
}

QString Importer::existingLabel(qint64 id) const
{
    // The row may duplicate one made earlier in this import: read inside the transaction.
    const EntityInfo &info = Entities::info(m_mapping.target);
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT label FROM %1 WHERE id = ?").arg(info.listView), {id})
        .toString();
}

QString Importer::whereIs(const QString &field) const
{
    // The column a field came from; else the field (a fixed value, a default) by name.
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        if (it.value() == field)
            return columnName(it.key());
    }
    if (field.isEmpty())
        return {};
    const Field *f = Entities::info(m_mapping.target).field(field);
    return f ? f->translatedLabel() : field;
}

QVariant Importer::reference(const Field &field, const QString &text, QString *problem)
{
    // A reference is written as the record's name (its label in lists); a person also
    // by e-mail. Looked up once per distinct text.
    const EntityInfo &target = Entities::info(field.reference);
    const QString cacheKey = target.key + QLatin1Char('\n') + text;
    const auto cached = m_references.constFind(cacheKey);
    if (cached != m_references.constEnd()) {
        if (cached->typeId() == QMetaType::QString)
            *problem = cached->toString();
        return cached->typeId() == QMetaType::QString ? QVariant() : *cached;
    }
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL AND label = ? COLLATE NOCASE").arg(target.listView);
    QVariantList binds{text};
    if (field.reference == EntityType::Person) {
        sql += QStringLiteral(" OR (deleted_at IS NULL AND email = ? COLLATE NOCASE)");
        binds.append(text);
    }
    QSqlQuery q(m_db.connection());
    QList<qint64> ids;
    if (!Sql::prepare(q, sql + QStringLiteral(" LIMIT 2"))) {
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!Sql::exec(q)) {
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
    }
    QVariant result;
    if (ids.size() == 1) {
        result = ids.first();
    } else {
        const QString name = target.singularLabel().toLower();
        *problem = ids.isEmpty() ? tr("there is no %1 named “%2”").arg(name, text)
                                 : tr("more than one %1 is named “%2”: make the names differ first").arg(name, text);
    }
    m_references.insert(cacheKey, result.isNull() ? QVariant(*problem) : result);
    return result;
}

bool Importer::toRecord(const SourceRow &row, Record *record, QList<ImportProblem> *problems)
{
    const EntityInfo &info = Entities::info(m_mapping.target);
    *record = Record(m_mapping.target);
    const QVariantHash defaults = Entities::defaults(m_mapping.target);
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        record->setValue(it.key(), it.value());
    bool ok = true;
    // \a column: the file's column, or -1 for a value given for every row; its name is
    // only made for a problem.
    const auto put = [&](const Field &f, const QString &text, int column) {
        QString problem;
        QVariant value = m_parser.parse(f, text, &problem);
        if (problem.isEmpty() && f.type == FieldType::Reference && !value.isNull())
            value = reference(f, value.toString(), &problem);
        if (!problem.isEmpty()) {
            problems->append({row.number, column < 0 ? tr("the value given for every row") : columnName(column), problem});
            ok = false;
            return;
        }
        if (!value.isNull())
            record->setValue(f.key, value);
    };
    for (auto it = m_mapping.fixed.cbegin(); it != m_mapping.fixed.cend(); ++it) {
        if (const Field *f = info.field(it.key()))
            put(*f, it.value(), -1);
    }
    QStringList unreadable; // fields whose cell could not be read
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const Field *f = info.field(it.value());
        const QString text = row.cells.value(it.key());
        // A cell left empty keeps the fixed value, if one was given.
        if (f && (!text.trimmed().isEmpty() || !m_mapping.fixed.contains(f->key))) {
            const qsizetype before = problems->size();
            put(*f, text, it.key());
            if (problems->size() > before)
                unreadable.append(f->key);
        }
    }
    if (!ok) {
        // The rules' word on the rest of the row too, so that one pass shows every problem.
        for (const Problem &p : Rules::validate(*record)) {
            if (!unreadable.contains(p.field))
                problems->append({row.number, whereIs(p.field), p.message});
        }
    }
    return ok;
}

ImportResult Importer::run(TableSource &source, const ImportOptions &options,
                           const std::function<bool(qint64, qint64)> &progress)
{
    ImportResult result;
    const EntityInfo &info = Entities::info(m_mapping.target);
    const auto keep = [&](const ImportProblem &p) {
        ++result.problemCount;
        if (result.problems.size() < options.problemLimit)
            result.problems.append(p);
    };
    if (options.mode == ImportOptions::Mode::ValidRows && options.rejectsPath.isEmpty() && !options.dryRun) {
        result.error = Error::make(Error::Code::Validation,
                                   tr("Importing only the valid rows needs a file for the rejected rows."));
        return result;
    }

    ReportTable rejects;
    rejects.key = QStringLiteral("rejected");
    int widest = 0;

    // Each row's statement opens a statement journal, and the search index (FTS5, kept by
    // triggers) writes at every statement boundary: in a temporary file that was two fifths
    // of an import's time (100,000 stakeholders: 11.9 s, in memory 7.2 s). A bigger page
    // cache keeps the transaction's pages from spilling. Both are given back after.
    const QSqlDatabase connection = m_db.connection();
    const QVariant cacheBefore = Sql::scalar(connection, QStringLiteral("PRAGMA cache_size"));
    const QVariant tempBefore = Sql::scalar(connection, QStringLiteral("PRAGMA temp_store"));
    Sql::run(connection, QStringLiteral("PRAGMA cache_size = -131072"));
    Sql::run(connection, QStringLiteral("PRAGMA temp_store = MEMORY"));
    struct Restore
    {
        const QSqlDatabase db;
        const QVariant cache;
        const QVariant temp;
        ~Restore()
        {
            Sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(cache.toLongLong()));
            Sql::run(db, QStringLiteral("PRAGMA temp_store = %1").arg(temp.toLongLong()));
        }
    } restore{connection, cacheBefore, tempBefore};

    const QString started = Timestamp::now();
    const QString batch = Uuid::create();
    WriteTransaction transaction(m_db.connection());
    if (Error e = transaction.begin()) {
        result.error = e;
        return result;
    }
    const qint64 before = Sql::scalar(m_db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(info.table)).toLongLong();

    // The search index is written once for all the new rows, not row by row: FTS5 writes
    // its pending terms at every statement's end, which was a third of an import's time.
    // The insert trigger is dropped inside the transaction (a rollback brings it back)
    // and put back, with the new rows indexed in one statement, before the commit.
    const QString ftsTrigger = info.table + QStringLiteral("_search_insert");
    QString ftsTriggerSql;
    if (SearchText::isIndexed(m_mapping.target)) {
        ftsTriggerSql = Sql::scalar(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                                    {ftsTrigger})
                            .toString();
        if (!ftsTriggerSql.isEmpty()) {
            if (Error e = Sql::run(connection, QStringLiteral("DROP TRIGGER %1").arg(ftsTrigger))) {
                result.error = e;
                return result;
            }
        }
    }
    BulkWriter writer(m_db, m_mapping.target);
    QList<MergedRecord> updates;
    m_mergedAt.clear();
    std::unique_ptr<DuplicateFinder> finder;
    const bool lookForDuplicates =
        options.duplicates != DuplicateChoice::Create
        || std::any_of(options.duplicateChoices.cbegin(), options.duplicateChoices.cend(),
                       [](DuplicateChoice c) { return c != DuplicateChoice::Create; });
    if (lookForDuplicates && DuplicateFinder::supports(m_mapping.target)) {
        finder = std::make_unique<DuplicateFinder>(m_db, m_mapping.target);
        if (Error e = finder->load()) {
            result.error = e;
            return result;
        }
    }

    SourceRow row;
    bool first = true;
    while (source.next(&row)) {
        if (first && m_mapping.hasHeader) {
            first = false;
            m_header = row.cells;
            widest = int(row.cells.size());
            continue;
        }
        first = false;
        if (isBlank(row.cells)) {
            ++result.blankRows;
            continue;
        }
        ++result.rowsRead;
        if (progress && result.rowsRead % progressEvery == 0 && !progress(source.position(), source.size())) {
            result.cancelled = true;
            break;
        }
        QList<ImportProblem> rowProblems;
        Record record;
        bool ok = toRecord(row, &record, &rowProblems);
        bool duplicateCreated = false;
        if (ok && finder) {
            QString why;
            if (const qint64 existing = finder->find(record, &why)) {
                const DuplicateChoice choice = options.duplicateChoice(row.number);
                const bool listed = result.duplicateRows.size() < options.problemLimit;
                const auto list = [&](DuplicateChoice action, const QStringList &filled) {
                    result.duplicateRows.append({row.number, existing, existingLabel(existing), why, action, filled,
                                                 incomingLabel(record), existing > before});
                };
                // A dry run says what a merge would fill, so that the choice can be made on it.
                const auto wouldFill = [&] {
                    QStringList filled;
                    if (options.dryRun && existing <= before)
                        mergeInto(existing, record, &filled, nullptr);
                    return filled;
                };
                // Merged only into records that were there before this import.
                if (choice == DuplicateChoice::Merge && existing <= before) {
                    QStringList filled;
                    Error e = mergeInto(existing, record, &filled, &updates);
                    if (e.code == Error::Code::Validation) {
                        for (const Problem &p : e.problems)
                            rowProblems.append({row.number, whereIs(p.field), p.message});
                        ok = false;
                    } else if (e) {
                        result.error = Error::make(e.code, tr("Row %1: %2").arg(row.number).arg(e.message));
                        break;
                    } else {
                        if (filled.isEmpty()) {
                            ++result.duplicates;
                        } else {
                            ++result.merged;
                            ++result.validRows;
                        }
                        if (listed)
                            list(DuplicateChoice::Merge, filled);
                        continue;
                    }
                } else if (choice == DuplicateChoice::Create) {
                    // Written below like any new row.
                    duplicateCreated = true;
                    if (listed)
                        list(DuplicateChoice::Create, wouldFill());
                } else {
                    ++result.duplicates;
                    if (listed)
                        list(DuplicateChoice::Skip, wouldFill());
                    continue;
                }
            }
        }
        if (ok) {
            // The domain rules, then the database's own checks.
            Error e = writer.add(record);
            if (e.code == Error::Code::Validation) {
                for (const Problem &p : e.problems)
                    rowProblems.append({row.number, whereIs(p.field), p.message});
                ok = false;
            } else if (e) {
                // The database refused a row the rules passed: stop, naming it, and
                // write nothing (a half-written record must not stay).
                result.error = Error::make(e.code, tr("Row %1: %2").arg(row.number).arg(e.message));
                break;
            }
        }
        if (ok) {
            ++result.validRows;
            if (duplicateCreated)
                ++result.duplicatesCreated;
            if (finder)
                finder->add(record);
            continue;
        }
        ++result.rejected;
        QStringList reasons;
        for (const ImportProblem &p : rowProblems) {
            keep(p);
            reasons.append(p.column.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.column, p.message));
        }
        if (!options.rejectsPath.isEmpty()) {
            QVariantList cells{row.number};
            for (const QString &c : row.cells)
                cells.append(c);
            cells.insert(1, reasons.join(QStringLiteral("; ")));
            rejects.rows.append(cells);
            widest = std::max(widest, int(row.cells.size()));
        }
    }
    if (!result.error && !result.cancelled && source.error())
        result.error = source.error();

    const bool refused = options.mode == ImportOptions::Mode::AllOrNothing && result.rejected > 0;
    if (result.error || result.cancelled || options.dryRun || refused || result.validRows == 0) {
        transaction.rollback();
    } else {
        const qint64 last = Sql::scalar(m_db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(info.table)).toLongLong();
        const qint64 created = result.validRows - result.merged;
        Error e;
        if (last - before != created)
            e = Error::make(Error::Code::Internal, tr("The new records did not get consecutive numbers; nothing was imported."));
        if (!e && !ftsTriggerSql.isEmpty()) {
            e = Sql::run(connection, QStringLiteral("INSERT INTO %1 (rowid, search_text) SELECT id, search_text FROM %2 WHERE id > ?")
                                         .arg(SearchIndex::ftsTable(info), info.table),
                         {before});
            if (!e)
                e = Sql::run(connection, ftsTriggerSql);
        }
        if (!e) {
            QJsonObject changes;
            changes.insert(QStringLiteral("rows"), created);
            changes.insert(QStringLiteral("merged"), result.merged);
            changes.insert(QStringLiteral("rejected"), result.rejected);
            changes.insert(QStringLiteral("source"), options.sourceName);
            e = AuditLog::write(m_db, QStringLiteral("import"), info.key, 0, QString(), changes, batch);
        }
        if (!e)
            e = Sql::run(m_db.connection(),
                         QStringLiteral("INSERT INTO import_batches (batch, entity, source, started_at, finished_at, actor, "
                                        "rows_read, rows_created, rows_rejected, first_id, last_id, rows_merged) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {batch, info.key, options.sourceName.isEmpty() ? tr("(no file name)") : options.sourceName, started, Timestamp::now(), m_db.actor(), result.rowsRead,
                          created, result.rejected, created > 0 ? QVariant(before + 1) : QVariant(),
                          created > 0 ? QVariant(last) : QVariant(), result.merged});
        for (qsizetype i = 0; !e && i < updates.size(); ++i)
            e = Sql::run(m_db.connection(),
                         QStringLiteral("INSERT INTO import_updates (batch, record_id, before, version_after) VALUES (?, ?, ?, ?)"),
                         {batch, updates.at(i).id,
                          QString::fromUtf8(QJsonDocument(updates.at(i).before).toJson(QJsonDocument::Compact)),
                          updates.at(i).versionAfter});
        if (!e)
            e = transaction.commit();
        if (e) {
            transaction.rollback();
            result.error = e;
        } else {
            result.created = created;
            result.batch = batch;
        }
    }

    // The rejected rows, as they were, with why: fixed in a spreadsheet, they import again.
    if (!options.rejectsPath.isEmpty() && !result.error && !result.cancelled && result.rejected > 0) {
        rejects.columns.append({tr("row"), ReportColumn::Type::Integer});
        rejects.columns.append({tr("problem"), ReportColumn::Type::Text});
        for (int c = 0; c < widest; ++c)
            rejects.columns.append({m_header.value(c, tr("column %1").arg(c + 1)), ReportColumn::Type::Text});
        QSaveFile file(options.rejectsPath);
        CsvReportWriter::Options csv;
        Error e;
        if (!file.open(QIODevice::WriteOnly))
            e = Error::make(Error::Code::Io, tr("The rejected rows cannot be written to “%1”: %2.")
                                                 .arg(QDir::toNativeSeparators(options.rejectsPath), file.errorString()));
        if (!e)
            e = CsvReportWriter::writeTable(rejects, &file, csv);
        if (!e && !file.commit())
            e = Error::make(Error::Code::Io, tr("The rejected rows cannot be written to “%1”: %2.")
                                                 .arg(QDir::toNativeSeparators(options.rejectsPath), file.errorString()));
        if (e)
            result.error = e;
    }
    return result;
}

QList<ImportBatch> Importer::batches(Database &db, Error *error)
{
    QList<ImportBatch> list;
    QSqlQuery q(db.connection());
    Error e = Sql::prepare(q, QStringLiteral("SELECT batch, entity, source, started_at, actor, rows_read, rows_created, "
                                             "rows_rejected, reverted_at FROM import_batches ORDER BY id DESC"));
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
        list.append(b);
    }
    if (error)
        *error = e;
    return list;
}

Error Importer::revert(Database &db, const QString &batch, bool force)
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
