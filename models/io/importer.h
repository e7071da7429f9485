#pragma once

#include "../domain/record.h"
#include "../storage/error.h"
#include "../storage/importbatches.h"
#include "importmapping.h"
#include "tablesource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace hubdesk {

class Database;
class ValueParser;

// A problem of one row of an imported file: where (row, column) and what.
struct ImportProblem
{
    qint64 row = 0;
    QString column; // the column's header, or "column 3"; empty for the whole row
    QString message;
    QString toString() const;
};

// What becomes of a row that duplicates a record already there or an earlier row of the
// file: skipped, created anyway, or merged — the record already there gets the row's
// values for its empty fields (and the row's tags, roles …), which revert puts back.
enum class DuplicateChoice { Skip, Create, Merge };

// A row that duplicates a record already there or an earlier row: which row, whom it
// duplicates (kept apart so that a table can show them in columns), why, and what was
// done with it.
struct ImportDuplicate
{
    qint64 row = 0;
    qint64 existing = 0;    // the id of the record it duplicates
    QString existingLabel;  // its name as lists show it
    QString why;            // "company ID (175074752)", "name", "website (fresh.example)"
    // What was done: Merge with nothing filled brought nothing new (counted as skipped);
    // Create wrote it like any row (or rejected it, with its problems, like any row).
    DuplicateChoice action = DuplicateChoice::Skip;
    QStringList filled;     // merged: the fields it filled; in a dry run, the fields a merge would fill
    QString incomingLabel;  // the row's own name, as the record it makes would be listed
    bool earlierRow = false; // it repeats a row of this file: only Skip or Create apply
    qint64 earlierRowNumber = 0; // then: that row's number in the file
    QString toString() const;
};

struct ImportOptions
{
    // AllOrNothing: one bad row and nothing is written. ValidRows: the valid rows are
    // written and the others go to the rejects file (required in this mode).
    enum class Mode { AllOrNothing, ValidRows };
    Mode mode = Mode::AllOrNothing;
    // A row that duplicates a stakeholder or person already there, or an earlier row of
    // the file (DuplicateFinder): skipped (the default, so that importing a file again
    // adds nothing), created anyway, or merged into the record already there.
    // A row repeating an earlier row of the same file is skipped in every mode but Create.
    using Duplicates = DuplicateChoice;
    Duplicates duplicates = Duplicates::Skip;
    // The choice for single rows, by the row's number (SourceRow::number, as a dry run's
    // ImportDuplicate::row names it); the rows not named here get `duplicates`.
    QHash<qint64, DuplicateChoice> duplicateChoices;
    DuplicateChoice duplicateChoice(qint64 row) const { return duplicateChoices.value(row, duplicates); }
    bool dryRun = false;       // check every row, write nothing
    QString rejectsPath;       // CSV of the rejected rows with a "problem" column
    QString sourceName;        // the file's name, for the batch and the audit log
    int problemLimit = 1000;   // problems kept for showing (all are counted)
};

struct ImportResult
{
    qint64 rowsRead = 0;  // data rows (not the header)
    qint64 blankRows = 0; // rows without any value: skipped
    qint64 validRows = 0;
    qint64 created = 0;   // written (0 for a dry run or a refused all-or-nothing import)
    qint64 rejected = 0;  // rows with problems
    qint64 duplicates = 0; // rows skipped as duplicates
    qint64 merged = 0;     // duplicate rows merged into the record already there
    qint64 duplicatesCreated = 0; // duplicate rows written as new records (counted in created too)
    QList<ImportDuplicate> duplicateRows; // the first problemLimit of them: row, and whom it duplicates
    qint64 problemCount = 0;
    QList<ImportProblem> problems; // the first problemLimit of them
    QString batch;        // the batch to revert, when something was written
    bool cancelled = false;
    Error error;          // the file or the database failed (not a row's problem)
};

// Reads rows from a TableSource, turns them into records by an ImportMapping, checks
// each against the domain rules and writes the valid ones in one transaction as one
// batch, which revert() takes back whole. Runs on any thread, on the connection of
// the Database it is given.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::Importer)

public:
    Importer(Database &db, const ImportMapping &mapping, const ValueParser &parser);

    // The record a row gives, or false with its problems.
    bool toRecord(const SourceRow &row, Record *record, QList<ImportProblem> *problems);

    // \a progress is called now and then with the source's position and size; returning
    // false cancels the import, which then writes nothing.
    ImportResult run(TableSource &source, const ImportOptions &options,
                     const std::function<bool(qint64, qint64)> &progress = {});

    // Takes an import back: deletes the records it created, exactly those. Refused
    // (and nothing changed) when one of them was changed since (Error::Code::Conflict,
    // so that a caller can offer \a force, which then deletes them too) or is referred to
    // by a record made later (Refused, whatever \a force). Written to the audit log.
    static Error revert(Database &db, const QString &batch, bool force = false);
    static QList<ImportBatch> batches(Database &db, Error *error = nullptr);

private:
    QString columnName(int column) const;
    QString whereIs(const QString &field) const;
    QString existingLabel(qint64 id) const;
    // Fills the empty fields of record \a id from \a row; without \a updates it only says
    // which fields it would fill.
    Error mergeInto(qint64 id, const Record &row, QStringList *filled, QList<ImportUpdate> *updates);
    QVariant reference(const Field &field, const QString &text, QString *problem);

    Database &m_db;
    ImportMapping m_mapping;
    const ValueParser &m_parser;
    QStringList m_header;
    QHash<QString, QVariant> m_references; // "entity\ntext" → id, or a QString problem
    QHash<qint64, qsizetype> m_mergedAt;
    QHash<qint64, qint64> m_rowOfNew;      // a record this run created → the row of the file it came from   // a record merged into by this run → its entry in the updates
};

} // namespace hubdesk
