#include "commandline.h"

#include "../models/demo/demodata.h"
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

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QStringList commands = {QStringLiteral("demo"), QStringLiteral("check")};

// 64: wrong usage (as sysexits' EX_USAGE); separate from check's 0/1/2.
constexpr int UsageError = 64;

int usageError(const QString &message, const QString &command)
{
    err() << "hubdesk " << command << ": " << message << '\n'
          << QCoreApplication::translate("CommandLine", "Run “hubdesk %1 --help” for how to use it.").arg(command) << '\n';
    err().flush();
    return UsageError;
}

// Parses the arguments of one command; exits early for --help or bad options.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = usageError(parser.errorText(), command);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

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
    err() << QCoreApplication::translate("CommandLine", "hubdesk: unknown command “%1”").arg(first) << '\n' << usage();
    return UsageError;
}

} // namespace hubdesk
