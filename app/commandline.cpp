#include "commandline.h"

#include "backupcommand.h"
#include "commandsupport.h"
#include "exportcommand.h"
#include "personexportcommand.h"
#include "importcommand.h"

#include "../models/demo/demodata.h"
#include "../models/reports/csvreportwriter.h"
#include "../models/reports/pdfreportwriter.h"
#include "../models/reports/reportbuilder.h"
#include "../models/reports/xlsxreportwriter.h"
#include "../models/storage/repository.h"
#include "../models/storage/repositories.h"
#include "../models/storage/database.h"
#include "../models/storage/databasecheck.h"
#include "../models/storage/migrations.h"
#include "../ui/launcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <sqlite3.h>

namespace hubdesk {

namespace {

using CommandSupport::err;
using CommandSupport::out;
using CommandSupport::parse;
using CommandSupport::usageError;
using CommandSupport::UsageError;

const QStringList commands = {QStringLiteral("demo"), QStringLiteral("check"), QStringLiteral("report"),
                              QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("person-export"),
                              QStringLiteral("backup"), QStringLiteral("restore")};

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Writes a new HubDesk database with realistic sample data: stakeholders of every kind from Bulgaria "
           "(in Cyrillic and Latin script), Greece, Belgium and Norway, experts, three cohorts of startups, "
           "sessions, outcomes, events, travel vouchers in every status, interactions and two reporting periods."));
    parser.addPositionalArgument(QStringLiteral("demo"), QCoreApplication::translate("CommandLine", "The command."), QStringLiteral("demo"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "The database file to create; it must not exist."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("CommandLine", "About N interactions (default %1); stakeholders scale with it (N/10, at least "
                                     "300). 1000000 gives about 100,000 stakeholders.")
                                      .arg(DemoData::DefaultInteractions),
                                  QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "Seed of the random choices (default 2026)."),
                                  QStringLiteral("S"));
    parser.addOption(size);
    parser.addOption(seed);
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("demo"), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("CommandLine", "give exactly one FILE to create"), QStringLiteral("demo"));
    DemoData::Options options;
    if (parser.isSet(size)) {
        bool ok = false;
        options.interactions = parser.value(size).toLongLong(&ok);
        if (!ok || options.interactions < 1 || options.interactions > 20000000)
            return usageError(QCoreApplication::translate("CommandLine", "--size must be a whole number from 1 to 20000000, not “%1”").arg(parser.value(size)),
                              QStringLiteral("demo"));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usageError(QCoreApplication::translate("CommandLine", "--seed must be a whole number, not “%1”").arg(parser.value(seed)), QStringLiteral("demo"));
    }
    const QString path = positional.at(1);
    QElapsedTimer timer;
    timer.start();
    OpenError openError;
    auto db = Database::create(path, &openError);
    if (!db) {
        err() << "hubdesk demo: " << openError.message << '\n';
        return 1;
    }
    QMap<QString, qint64> counts;
    const Error e = DemoData::generate(*db, options, &counts);
    if (e) {
        db.reset();
        QFile::remove(path);
        err() << "hubdesk demo: " << e.message << '\n';
        return 1;
    }
    db.reset(); // closes the file: the WAL is checkpointed into it
    const QLocale c = QLocale::c();
    out() << QCoreApplication::translate("CommandLine", "Wrote %1 in %2 s:").arg(QDir::toNativeSeparators(path), c.toString(timer.elapsed() / 1000.0, 'f', 1))
          << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out() << QStringLiteral("  %1 %2").arg(it.key(), -24).arg(it.value(), 9) << '\n';
    return 0;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Checks a HubDesk database without writing to it: prints its schema version, the rows of each table and "
           "the result of SQLite's integrity and reference checks.\n\nExit codes: 0 sound, 1 damaged, "
           "2 not a HubDesk database (or one of a newer version), 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("check"), QCoreApplication::translate("CommandLine", "The command."), QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "The database file to check."));
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("check"), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("CommandLine", "give exactly one FILE to check"), QStringLiteral("check"));
    const QString path = positional.at(1);
    const DatabaseCheck result = DatabaseCheck::run(path);
    QTextStream &stream = result.verdict == DatabaseCheck::Verdict::Sound ? out() : err();
    stream << result.toText(path) << '\n';
    stream.flush();
    return static_cast<int>(result.verdict);
}


// A date of the command line: YYYY-MM-DD only, so that 03/04/2025 is never read the wrong way.
bool parseDate(const QString &text, QDate *date)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return false;
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

// Checks that a record the report is asked for exists and is not in the trash.
bool exists(Database &db, EntityType type, qint64 id)
{
    Record record;
    return !Repositories::create(db, type)->get(id, &record);
}

int runReport(const QStringList &arguments)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Computes a report for a reporting period or a range of dates and writes it as a PDF, an XLSX annex "
        "and/or CSV files (one per table). The database is only read.\n\n"
        "Reports: periodic (periodic progress report), fstp (financial support to third parties: the "
        "vouchers), profile (one page per startup), timesheet (expert hours per month and startup).\n\n"
        "Exit codes: 0 written, 1 the database could not be read or a file not written, 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("CommandLine", "The command."),
                                 QStringLiteral("report"));
    parser.addPositionalArgument(QStringLiteral("REPORT"),
                                 QCoreApplication::translate("CommandLine", "periodic, fstp, profile or timesheet."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The HubDesk database to read."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          QCoreApplication::translate("CommandLine", "The reporting period, by its name."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QCoreApplication::translate("CommandLine", "The first day of the range (with --to)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QCoreApplication::translate("CommandLine", "The last day of the range, included."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption startupOption(QStringLiteral("startup"),
                                           QCoreApplication::translate("CommandLine", "profile: only this startup (its id); "
                                                                                     "otherwise every startup active in the range."),
                                           QStringLiteral("ID"));
    const QCommandLineOption expertOption(QStringLiteral("expert"),
                                          QCoreApplication::translate("CommandLine", "timesheet: only this expert (the person's id)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QCoreApplication::translate("CommandLine", "Write the report as an A4 PDF."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption xlsxOption(QStringLiteral("xlsx"),
                                        QCoreApplication::translate("CommandLine", "Write its tables as an XLSX workbook."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QCoreApplication::translate("CommandLine", "Write one CSV file per table into this existing folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             QCoreApplication::translate("CommandLine", "CSV: comma (default), semicolon or tab."),
                                             QStringLiteral("D"));
    const QCommandLineOption noBomOption(QStringLiteral("no-bom"),
                                         QCoreApplication::translate("CommandLine", "CSV: no UTF-8 byte order mark (Excel needs it to read UTF-8)."));
    for (const QCommandLineOption &o : {dbOption, periodOption, fromOption, toOption, startupOption, expertOption, pdfOption,
                                        xlsxOption, csvOption, delimiterOption, noBomOption})
        parser.addOption(o);
    int code = 0;
    if (!parse(parser, arguments, command, &code))
        return code;
    const auto usage = [&](const QString &message) { return usageError(message, command); };

    const QStringList positional = parser.positionalArguments();
    ReportRequest request;
    if (positional.size() != 2 || !ReportRequest::kindOf(positional.at(1), &request.kind))
        return usage(QCoreApplication::translate("CommandLine", "name one report: periodic, fstp, profile or timesheet"));
    if (!parser.isSet(dbOption))
        return usage(QCoreApplication::translate("CommandLine", "--db FILE is required"));
    const bool period = parser.isSet(periodOption);
    const bool range = parser.isSet(fromOption) || parser.isSet(toOption);
    if (period == range)
        return usage(QCoreApplication::translate("CommandLine", "give either --period NAME or --from and --to"));
    if (range) {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption))
            return usage(QCoreApplication::translate("CommandLine", "--from and --to go together"));
        if (!parseDate(parser.value(fromOption), &request.from))
            return usage(QCoreApplication::translate("CommandLine", "--from must be a date as YYYY-MM-DD, not “%1”").arg(parser.value(fromOption)));
        if (!parseDate(parser.value(toOption), &request.to))
            return usage(QCoreApplication::translate("CommandLine", "--to must be a date as YYYY-MM-DD, not “%1”").arg(parser.value(toOption)));
        if (request.to < request.from)
            return usage(QCoreApplication::translate("CommandLine", "--to (%1) is before --from (%2)")
                             .arg(parser.value(toOption), parser.value(fromOption)));
    }
    const auto idOf = [&](const QCommandLineOption &option, ReportRequest::Kind only, qint64 *id) -> QString {
        if (!parser.isSet(option))
            return {};
        const QString name = option.names().constFirst();
        if (request.kind != only)
            return QCoreApplication::translate("CommandLine", "--%1 belongs to the %2 report only").arg(name, ReportRequest::keyOf(only));
        bool ok = false;
        *id = parser.value(option).toLongLong(&ok);
        if (!ok || *id < 1)
            return QCoreApplication::translate("CommandLine", "--%1 must be a record id (a whole number from 1), not “%2”")
                .arg(name, parser.value(option));
        return {};
    };
    for (const QString &problem : {idOf(startupOption, ReportRequest::Kind::Profile, &request.startupId),
                                   idOf(expertOption, ReportRequest::Kind::Timesheet, &request.expertId)}) {
        if (!problem.isEmpty())
            return usage(problem);
    }
    if (!parser.isSet(pdfOption) && !parser.isSet(xlsxOption) && !parser.isSet(csvOption))
        return usage(QCoreApplication::translate("CommandLine", "say what to write: --pdf FILE, --xlsx FILE and/or --csv DIR"));
    CsvReportWriter::Options csvOptions;
    csvOptions.bom = !parser.isSet(noBomOption);
    if (parser.isSet(delimiterOption) && !CommandSupport::delimiterOf(parser.value(delimiterOption), &csvOptions.delimiter))
        return usage(QCoreApplication::translate("CommandLine", "--delimiter must be comma, semicolon or tab, not “%1”")
                         .arg(parser.value(delimiterOption)));
    if (parser.isSet(csvOption) && !QFileInfo(parser.value(csvOption)).isDir())
        return usage(QCoreApplication::translate("CommandLine", "--csv needs an existing folder; “%1” is not one")
                         .arg(QDir::toNativeSeparators(parser.value(csvOption))));

    const QString prefix = QStringLiteral("hubdesk report: ");
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    OpenError openError;
    auto db = Database::open(parser.value(dbOption), options, &openError);
    if (!db) {
        err() << prefix << openError.message << '\n';
        return 1;
    }
    if (period) {
        if (Error e = ReportBuilder::requestForPeriod(*db, parser.value(periodOption), &request))
            return usage(e.message);
    }
    if (request.startupId > 0 && !exists(*db, EntityType::Startup, request.startupId))
        return usage(QCoreApplication::translate("CommandLine", "there is no startup with id %1").arg(request.startupId));
    if (request.expertId > 0 && !exists(*db, EntityType::Person, request.expertId))
        return usage(QCoreApplication::translate("CommandLine", "there is no person with id %1").arg(request.expertId));

    const QLocale c = QLocale::c();
    const auto seconds = [&](const QElapsedTimer &t) { return c.toString(t.nsecsElapsed() / 1e9, 'f', 2); };
    QElapsedTimer timer;
    timer.start();
    Error e;
    const ReportDocument doc = ReportBuilder::build(*db, request, &e);
    if (e) {
        err() << prefix << e.message << '\n';
        return 1;
    }
    out() << QCoreApplication::translate("CommandLine", "%1, %2: figures in %3 s").arg(doc.title, request.rangeText(), seconds(timer)) << '\n';
    out().flush();

    const auto written = [&](const QString &what, const QElapsedTimer &t) {
        out() << QCoreApplication::translate("CommandLine", "  wrote %1 in %2 s").arg(what, seconds(t)) << '\n';
        out().flush();
    };
    if (parser.isSet(pdfOption)) {
        timer.restart();
        if (Error w = PdfReportWriter::write(doc, parser.value(pdfOption))) {
            err() << prefix << w.message << '\n';
            return 1;
        }
        written(QDir::toNativeSeparators(parser.value(pdfOption)), timer);
    }
    if (parser.isSet(xlsxOption)) {
        timer.restart();
        if (Error w = XlsxReportWriter::write(doc, parser.value(xlsxOption))) {
            err() << prefix << w.message << '\n';
            return 1;
        }
        written(QDir::toNativeSeparators(parser.value(xlsxOption)), timer);
    }
    if (parser.isSet(csvOption)) {
        timer.restart();
        QStringList files;
        if (Error w = CsvReportWriter::writeTables(doc, parser.value(csvOption), csvOptions, &files)) {
            err() << prefix << w.message << '\n';
            return 1;
        }
        written(QCoreApplication::translate("CommandLine", "%1 CSV files into %2")
                    .arg(files.size())
                    .arg(QDir::toNativeSeparators(parser.value(csvOption))),
                timer);
    }
    return 0;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (commands.contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
        return true;
    // A bare lower-case word that is not a file ("hubdesk export") is a command this
    // version does not know: say so on the terminal rather than open a window.
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    return word.match(first).hasMatch() && !QFileInfo::exists(first);
}

QString CommandLine::usage()
{
    return QCoreApplication::translate("CommandLine", "Usage: hubdesk [FILE]\n"
              "       hubdesk COMMAND [options]\n"
              "\n"
              "HubDesk is a desktop CRM for innovation clusters that run startup-support hubs.\n"
              "\n"
              "Without a command it opens the window on FILE: a HubDesk database (*.hubdesk).\n"
              "Without FILE it opens the database used last, else the one in your user data folder\n"
              "(%1), offering to create it with sample data or empty.\n"
              "\n"
              "Commands (they need no display; \"hubdesk COMMAND --help\" tells more):\n"
              "  demo FILE [--size N]   write a new database with realistic sample data\n"
              "  check FILE             check a database without changing it (exit 0 sound,\n"
              "                         1 damaged, 2 not a HubDesk database or a newer one)\n"
              "  report REPORT --db FILE (--period NAME | --from DATE --to DATE)\n"
              "         [--startup ID] [--expert ID] [--pdf FILE] [--xlsx FILE] [--csv DIR]\n"
              "                         write the periodic, fstp, profile or timesheet report\n"
              "  import organisations|people|startups|sessions|participants --db FILE INPUT\n"
              "         [--mapping FILE] [--dry-run] [--rejects FILE]\n"
              "                         import a CSV or XLSX file as one batch (--list, --revert)\n"
              "  export WHAT --db FILE (--csv FILE | --xlsx FILE)\n"
              "         [--search TEXT] [--sort FIELD[:desc]] [--columns a,b,c] [--trash]\n"
              "                         write a table, or a list as a page shows it, in the\n"
              "                         form import reads back\n"
              "  person-export ID --db FILE (--pdf FILE | --json FILE) [--with-files]\n"
              "                         everything held about one person (GDPR)\n"
              "  backup FILE DEST [--overwrite]\n"
              "                         write a checked copy of FILE (also while it is open)\n"
              "                         to the file or folder DEST\n"
              "  restore BACKUP FILE    replace FILE's content with BACKUP's, after checking it\n"
              "                         and backing FILE up first\n"
              "\n"
              "Options:\n"
              "  -h, --help             show this help\n"
              "  -v, --version          show the version of HubDesk, its database format, Qt and SQLite\n"
              "  --screenshots DIR FILE save a picture of every page of the window on FILE into DIR\n"
              "                         (for the documentation; works with QT_QPA_PLATFORM=offscreen)\n")
        .arg(QDir::toNativeSeparators(Launcher::defaultPath()));
}

int CommandLine::run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    out().flush();
    err().flush();
    return code;
}

int CommandLine::dispatch(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QStringLiteral("hubdesk %1 (database version %2; Qt %3; SQLite %4)")
                     .arg(QStringLiteral(HUBDESK_VERSION))
                     .arg(Migrations::latest())
                     .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()))
              << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out() << usage();
        return 0;
    }
    if (first == QLatin1String("demo"))
        return runDemo(arguments);
    if (first == QLatin1String("check"))
        return runCheck(arguments);
    if (first == QLatin1String("report"))
        return runReport(arguments);
    if (first == QLatin1String("import"))
        return ImportCommand::run(arguments);
    if (first == QLatin1String("export"))
        return ExportCommand::run(arguments);
    if (first == QLatin1String("person-export"))
        return PersonExportCommand::run(arguments);
    if (first == QLatin1String("backup"))
        return BackupCommand::runBackup(arguments);
    if (first == QLatin1String("restore"))
        return BackupCommand::runRestore(arguments);
    err() << QCoreApplication::translate("CommandLine", "hubdesk: unknown command “%1”").arg(first) << '\n' << usage();
    return UsageError;
}

} // namespace hubdesk
