#include "importcommand.h"

#include "commandsupport.h"

#include "../models/io/csvreader.h"
#include "../models/io/importbackups.h"
#include "../models/io/importer.h"
#include "../models/io/importmapping.h"
#include "../models/io/valueparser.h"
#include "../models/io/vcardsource.h"
#include "../models/io/xlsxreader.h"
#include "../models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <memory>

namespace hubdesk::ImportCommand {

namespace {

using CommandSupport::err;
using CommandSupport::out;

constexpr int RowsRefused = 2;
constexpr int shownProblems = 20;

// The kinds of record a file can be imported into, by the word the command takes.
bool targetOf(const QString &word, EntityType *type)
{
    static const QList<QPair<QString, EntityType>> targets = {
        {QStringLiteral("organisations"), EntityType::Organisation}, {QStringLiteral("people"), EntityType::Person},
        {QStringLiteral("startups"), EntityType::Startup},           {QStringLiteral("sessions"), EntityType::Session},
        {QStringLiteral("participants"), EntityType::Participation},
    };
    for (const auto &t : targets) {
        if (t.first == word) {
            *type = t.second;
            return true;
        }
    }
    return false;
}

int listImports(Database &db)
{
    Error e;
    const QList<ImportBatch> batches = Importer::batches(db, &e);
    if (e) {
        err() << "hubdesk import: " << e.message << '\n';
        return 1;
    }
    if (batches.isEmpty())
        out() << QCoreApplication::translate("CommandLine", "No imports yet.") << '\n';
    for (const ImportBatch &b : batches) {
        out() << QStringLiteral("%1  %2  %3 %4: %5 created, %6 rejected%7")
                     .arg(b.batch, b.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.entity, b.source)
                     .arg(b.created)
                     .arg(b.rejected)
                     .arg(b.revertedAt.isValid() ? QCoreApplication::translate("CommandLine", " (taken back)") : QString())
              << '\n';
    }
    return 0;
}

} // namespace

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Imports a CSV or XLSX file into HubDesk as one batch, which can be taken back whole.\n\n"
        "Columns are matched to fields by their header (the field's name in English or in the window's "
        "language, or its key), or by a mapping saved as JSON. Every row is checked before anything is "
        "written: with rows that have problems, nothing is written and the first problems are printed "
        "with their row and column, unless --rejects names a file for the rejected rows (then the valid "
        "rows are imported).\n\n"
        "Exit codes: 0 imported (or a dry run without problems), 1 the file or the database failed, "
        "2 rows with problems and nothing written, 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("import"), QCoreApplication::translate("CommandLine", "The command."), QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("WHAT"), QCoreApplication::translate("CommandLine", "organisations, people, startups, sessions or participants."));
    parser.addPositionalArgument(QStringLiteral("INPUT"), QCoreApplication::translate("CommandLine", "The CSV, XLSX or (for people) vCard file."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The HubDesk database to import into."), QStringLiteral("FILE"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), QCoreApplication::translate("CommandLine", "A saved mapping of columns to fields (JSON)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), QCoreApplication::translate("CommandLine", "Check every row and write nothing."));
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"),
                                           QCoreApplication::translate("CommandLine", "Import the valid rows and write the others, with why, to this CSV file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), QCoreApplication::translate("CommandLine", "XLSX: the sheet to read (default: the first)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            QCoreApplication::translate("CommandLine", "CSV: utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 "
                                              "(default: detected)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             QCoreApplication::translate("CommandLine", "CSV: comma, semicolon or tab (default: detected)."), QStringLiteral("D"));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("duplicates"),
        QCoreApplication::translate("CommandLine", "skip (default): rows that duplicate a stakeholder or person already there, or an "
                                                   "earlier row, by company ID, e-mail, website or name, are left out and listed; "
                                                   "merge: the record already there gets the row's values for its empty fields; "
                                                   "create: imported anyway."),
        QStringLiteral("skip|merge|create"));
    const QCommandLineOption listOption(QStringLiteral("list"), QCoreApplication::translate("CommandLine", "List the imports made into the database."));
    const QCommandLineOption revertOption(QStringLiteral("revert"),
                                          QCoreApplication::translate("CommandLine", "Take back the import BATCH (as --list shows it)."), QStringLiteral("BATCH"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QCoreApplication::translate("CommandLine", "With --revert: also when records of the import were changed since."));
    for (const QCommandLineOption &o : {dbOption, mappingOption, dryRunOption, rejectsOption, sheetOption, encodingOption,
                                        delimiterOption, duplicatesOption, listOption, revertOption, forceOption})
        parser.addOption(o);
    int code = 0;
    if (!CommandSupport::parse(parser, arguments, command, &code))
        return code;
    const auto usage = [&](const QString &message) { return CommandSupport::usageError(message, command); };
    if (!parser.isSet(dbOption))
        return usage(QCoreApplication::translate("CommandLine", "--db FILE is required"));

    const bool maintenance = parser.isSet(listOption) || parser.isSet(revertOption);
    const QStringList positional = parser.positionalArguments();
    EntityType target = EntityType::Organisation;
    if (!maintenance) {
        if (positional.size() != 3 || !targetOf(positional.at(1), &target))
            return usage(QCoreApplication::translate("CommandLine", "give what to import (organisations, people, startups, sessions or participants) and one INPUT file"));
        if (!QFileInfo(positional.at(2)).isFile())
            return usage(QCoreApplication::translate("CommandLine", "“%1” is not a file").arg(QDir::toNativeSeparators(positional.at(2))));
    } else if (positional.size() != 1) {
        return usage(QCoreApplication::translate("CommandLine", "--list and --revert take no other arguments"));
    }
    CsvReader::Options csv;
    if (parser.isSet(encodingOption)) {
        const QString name = parser.value(encodingOption).toLower().remove(QLatin1Char('-'));
        const QList<QPair<QString, TextEncoding>> names = {{QStringLiteral("utf8"), TextEncoding::Utf8},
                                                           {QStringLiteral("utf16le"), TextEncoding::Utf16LE},
                                                           {QStringLiteral("utf16be"), TextEncoding::Utf16BE},
                                                           {QStringLiteral("windows1251"), TextEncoding::Windows1251},
                                                           {QStringLiteral("cp1251"), TextEncoding::Windows1251},
                                                           {QStringLiteral("windows1252"), TextEncoding::Windows1252},
                                                           {QStringLiteral("cp1252"), TextEncoding::Windows1252}};
        bool known = false;
        for (const auto &n : names) {
            if (n.first == name) {
                csv.encoding = n.second;
                known = true;
            }
        }
        if (!known)
            return usage(QCoreApplication::translate("CommandLine", "--encoding must be utf-8, utf-16le, utf-16be, windows-1251 or windows-1252, not “%1”")
                             .arg(parser.value(encodingOption)));
    }
    if (parser.isSet(delimiterOption) && !CommandSupport::delimiterOf(parser.value(delimiterOption), &csv.delimiter))
        return usage(QCoreApplication::translate("CommandLine", "--delimiter must be comma, semicolon or tab, not “%1”")
                         .arg(parser.value(delimiterOption)));

    OpenError openError;
    auto db = Database::open(parser.value(dbOption), &openError);
    if (!db) {
        err() << "hubdesk import: " << openError.message << '\n';
        return 1;
    }
    if (parser.isSet(listOption))
        return listImports(*db);
    if (parser.isSet(revertOption)) {
        if (Error e = Importer::revert(*db, parser.value(revertOption), parser.isSet(forceOption))) {
            err() << "hubdesk import: " << e.message << '\n';
            return e.code == Error::Code::NotFound ? CommandSupport::UsageError : 1;
        }
        out() << QCoreApplication::translate("CommandLine", "Import %1 taken back.").arg(parser.value(revertOption)) << '\n';
        return 0;
    }

    const QString input = positional.at(2);
    std::unique_ptr<TableSource> source;
    const QString suffix = QFileInfo(input).suffix().toLower();
    QStringList header;
    const bool vcard = suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
    if (vcard && target != EntityType::Person)
        return usage(QCoreApplication::translate("CommandLine", "a vCard file holds people: import it with “hubdesk import people”"));
    const auto open = [&]() -> std::unique_ptr<TableSource> {
        if (vcard)
            return std::make_unique<VCardSource>(input);
        if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls"))
            return std::make_unique<XlsxReader>(input, parser.value(sheetOption));
        return std::make_unique<CsvReader>(input, csv);
    };
    source = open();

    // The mapping: saved, or from the header row (read here, then the file is read again).
    ImportMapping mapping;
    if (parser.isSet(mappingOption)) {
        if (Error e = ImportMapping::load(parser.value(mappingOption), &mapping)) {
            err() << "hubdesk import: " << e.message << '\n';
            return CommandSupport::UsageError;
        }
        if (mapping.target != target)
            return usage(QCoreApplication::translate("CommandLine", "the mapping is for %1, not for %2")
                             .arg(Entities::info(mapping.target).pluralLabel().toLower(), positional.at(1)));
    }
    {
        std::unique_ptr<TableSource> peek = open();
        SourceRow first;
        if (!peek->next(&first)) {
            const Error e = peek->error();
            err() << "hubdesk import: "
                  << (e ? e.message : QCoreApplication::translate("CommandLine", "“%1” holds no rows.").arg(QDir::toNativeSeparators(input))) << '\n';
            return 1;
        }
        header = first.cells;
    }
    if (!parser.isSet(mappingOption))
        mapping = ImportMapping::automatic(target, header);
    const QStringList problems = mapping.problems(int(header.size()));
    if (!problems.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine", "hubdesk import: the columns of “%1” do not fill the fields:").arg(QDir::toNativeSeparators(input))
              << '\n';
        for (const QString &p : problems)
            err() << "  " << p << '\n';
        err() << QCoreApplication::translate("CommandLine", "Columns found: %1").arg(header.join(QStringLiteral(" | "))) << '\n';
        return RowsRefused;
    }

    ImportOptions options;
    options.dryRun = parser.isSet(dryRunOption);
    options.sourceName = QFileInfo(input).fileName();
    if (parser.isSet(rejectsOption)) {
        options.mode = ImportOptions::Mode::ValidRows;
        options.rejectsPath = parser.value(rejectsOption);
    }
    options.problemLimit = shownProblems;
    if (parser.isSet(duplicatesOption)) {
        const QString d = parser.value(duplicatesOption);
        if (d == QLatin1String("skip"))
            options.duplicates = ImportOptions::Duplicates::Skip;
        else if (d == QLatin1String("create"))
            options.duplicates = ImportOptions::Duplicates::Create;
        else if (d == QLatin1String("merge"))
            options.duplicates = ImportOptions::Duplicates::Merge;
        else
            return usage(QCoreApplication::translate("CommandLine", "--duplicates must be skip, merge or create, not “%1”").arg(d));
    }
    const ValueParser values;
    Importer importer(*db, mapping, values);
    QElapsedTimer timer;
    timer.start();
    // A large import is backed up before and after, into the file's automatic backups.
    ImportBackups backups;
    const bool large = !options.dryRun && ImportBackups::isLarge(*open());
    const ImportResult r = backups.run(*db, large, options.dryRun, [&] { return importer.run(*source, options); });
    for (const QString &path : backups.written())
        out() << QCoreApplication::translate("CommandLine", "Backed up to %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    for (const Error &e : backups.failures())
        err() << "hubdesk import: " << QCoreApplication::translate("CommandLine", "the automatic backup failed: %1").arg(e.message) << '\n';
    if (vcard) {
        // Cards the reader had to leave out, with their lines.
        for (const VCardProblem &p : static_cast<VCardSource *>(source.get())->problems())
            err() << "  " << QCoreApplication::translate("CommandLine", "Line %1: %2").arg(p.line).arg(p.message) << '\n';
    }
    const QString seconds = QLocale::c().toString(timer.nsecsElapsed() / 1e9, 'f', 2);
    if (r.error) {
        err() << "hubdesk import: " << r.error.message << '\n';
        return 1;
    }
    out() << QCoreApplication::translate("CommandLine", "%1: %2 rows read (%3 blank skipped), %4 valid, %5 duplicates skipped, "
                                                        "%6 merged, %7 with problems, in %8 s.")
                 .arg(options.sourceName)
                 .arg(r.rowsRead)
                 .arg(r.blankRows)
                 .arg(r.validRows)
                 .arg(r.duplicates)
                 .arg(r.merged)
                 .arg(r.rejected)
                 .arg(seconds)
          << '\n';
    for (const ImportDuplicate &d : r.duplicateRows)
        out() << "  " << d.toString() << '\n';
    if (r.duplicates > r.duplicateRows.size())
        out() << "  " << QCoreApplication::translate("CommandLine", "… and %1 more duplicates.").arg(r.duplicates - r.duplicateRows.size())
              << '\n';
    for (const ImportProblem &p : r.problems)
        (r.created > 0 ? out() : err()) << "  " << p.toString() << '\n';
    if (r.problemCount > r.problems.size())
        (r.created > 0 ? out() : err()) << "  " << QCoreApplication::translate("CommandLine", "… and %1 more problems.").arg(r.problemCount - r.problems.size()) << '\n';
    if (options.dryRun) {
        out() << QCoreApplication::translate("CommandLine", "Dry run: nothing was written.") << '\n';
        return r.rejected > 0 ? RowsRefused : 0;
    }
    if (r.created == 0 && r.merged == 0 && r.rejected > 0 && !options.rejectsPath.isEmpty()) {
        // The valid rows were asked for and none was new: not a failure, the rejects are written.
        out() << QCoreApplication::translate("CommandLine", "Nothing was imported: no valid row is new. The %1 rejected rows, with why, are in %2.")
                     .arg(r.rejected)
                     .arg(QDir::toNativeSeparators(options.rejectsPath))
              << '\n';
        return 0;
    }
    if (r.created == 0 && r.merged == 0) {
        err() << (r.rejected > 0 ? QCoreApplication::translate("CommandLine", "Nothing was imported: fix the rows above, or give --rejects FILE to import the valid rows.")
                                 : QCoreApplication::translate("CommandLine", "Nothing was imported: no row is new."))
              << '\n';
        return r.rejected > 0 ? RowsRefused : 0;
    }
    out() << QCoreApplication::translate("CommandLine", "%1 records created and %2 merged as import %3; take it back with: "
                                                        "hubdesk import --db FILE --revert %3")
                 .arg(r.created)
                 .arg(r.merged)
                 .arg(r.batch)
          << '\n';
    if (r.rejected > 0)
        out() << QCoreApplication::translate("CommandLine", "The %1 rejected rows, with why, are in %2.").arg(r.rejected).arg(QDir::toNativeSeparators(options.rejectsPath))
              << '\n';
    return 0;
}

} // namespace hubdesk::ImportCommand
