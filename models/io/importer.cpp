#include "importer.h"

#include "../domain/entityinfo.h"
#include "../domain/rules.h"
#include "../domain/uuid.h"
#include "../reports/csvreportwriter.h"
#include "../storage/auditlog.h"
#include "../storage/bulkimportsession.h"
#include "../storage/bulkwriter.h"
#include "../storage/database.h"
#include "../storage/importbatches.h"
#include "../storage/recordcodec.h"
#include "../storage/recordlabels.h"
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
    // Whom it duplicates: a record already there, or an earlier row of the same file
    // (whose record number a dry run makes up and throws away).
    const QString whom = earlierRow
        ? QCoreApplication::translate("Import", "%1 (row %2 of this file)").arg(existingLabel, QString::number(earlierRowNumber))
        : QCoreApplication::translate("Import", "%1 (record %2)").arg(existingLabel, QString::number(existing));
    if (action == DuplicateChoice::Create)
        return QCoreApplication::translate("Import", "Row %1: created although it looks like %2, by %3").arg(QString::number(row), whom, why);
    if (action == DuplicateChoice::Skip)
        return QCoreApplication::translate("Import", "Row %1: skipped: it is %2, by %3").arg(QString::number(row), whom, why);
    if (filled.isEmpty())
        return QCoreApplication::translate("Import", "Row %1: nothing new for %2, found by %3").arg(QString::number(row), whom, why);
    return QCoreApplication::translate("Import", "Row %1: merged into %2, found by %3: %4")
        .arg(QString::number(row), whom, why, filled.join(QStringLiteral(", ")));
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

Error Importer::mergeInto(qint64 id, const Record &row, QStringList *filled, QList<ImportUpdate> *updates)
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
    return RecordLabels::of(m_db, m_mapping.target, id);
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
    Error e;
    const QList<qint64> ids = RecordLabels::named(m_db, field.reference, text, 2, &e);
    QVariant result;
    if (e) {
        *problem = e.message;
    } else if (ids.size() == 1) {
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

    // A read-only file, or one deleted or moved while open, takes nothing (a dry run writes nothing).
    if (!options.dryRun) {
        if (Error e = m_db.writeRefusal()) {
            result.error = e;
            return result;
        }
    }

    ReportTable rejects;
    rejects.key = QStringLiteral("rejected");
    int widest = 0;

    BulkImportSession session(m_db, m_mapping.target);
    const QString started = Timestamp::now();
    const QString batch = Uuid::create();
    WriteTransaction transaction(m_db.connection());
    Error begun = transaction.begin();
    if (!begun)
        begun = session.begin();
    if (begun) {
        result.error = begun;
        return result;
    }
    const qint64 before = session.lastIdBefore();
    BulkWriter writer(m_db, m_mapping.target);
    QList<ImportUpdate> updates;
    m_mergedAt.clear();
    m_rowOfNew.clear();
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
        DuplicateFinder::Keys keys;
        bool duplicateCreated = false;
        if (ok && finder) {
            QString why;
            keys = finder->keysOf(record);
            qint64 existing = finder->find(keys, &why);
            if (existing) {
                // A duplicate row is checked like any other, so that the check lists its
                // problems whatever is chosen for it (skipped, it was never checked, and
                // choosing "create" then refused it unexplained).
                Record checked = record;
                RecordCodec::normalise(checked);
                for (const Problem &p : Rules::validate(checked)) {
                    rowProblems.append({row.number, whereIs(p.field), p.message});
                    ok = false;
                }
                if (!ok)
                    existing = 0;
            }
            if (existing) {
                const DuplicateChoice choice = options.duplicateChoice(row.number);
                const bool listed = result.duplicateRows.size() < options.problemLimit;
                const auto list = [&](DuplicateChoice action, const QStringList &filled) {
                    result.duplicateRows.append({row.number, existing, existingLabel(existing), why, action, filled,
                                                 incomingLabel(record), existing > before, m_rowOfNew.value(existing)});
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
            if (finder) {
                finder->add(keys, record.id);
                m_rowOfNew.insert(record.id, row.number);
            }
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
        const qint64 created = result.validRows - result.merged;
        qint64 last = 0;
        Error e = session.finish(created, &last);
        if (!e) {
            ImportBatchRecord kept;
            kept.batch = batch;
            kept.entity = m_mapping.target;
            kept.source = options.sourceName;
            kept.startedAt = started;
            kept.rowsRead = result.rowsRead;
            kept.created = created;
            kept.rejected = result.rejected;
            kept.merged = result.merged;
            kept.firstId = before + 1;
            kept.lastId = last;
            kept.updates = updates;
            e = ImportBatches::record(m_db, kept);
        }
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
    return ImportBatches::list(db, error);
}

Error Importer::revert(Database &db, const QString &batch, bool force)
{
    return ImportBatches::revert(db, batch, force);
}

} // namespace hubdesk
