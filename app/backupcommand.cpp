#include "backupcommand.h"

#include "commandsupport.h"

#include "../models/domain/entityinfo.h"
#include "../models/storage/backuprestore.h"
#include "../models/storage/backupstore.h"
#include "../models/storage/backupwriter.h"
#include "../models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace hubdesk::BackupCommand {

namespace {

using CommandSupport::err;
using CommandSupport::out;

constexpr int NotHubDesk = 2;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString countsLine(const BackupSummary &summary)
{
    QStringList parts;
    const QLocale c = QLocale::c();
    for (const auto &count : summary.counts)
        parts.append(QStringLiteral("%1 %2").arg(c.toString(count.second), Entities::info(count.first).pluralLabel().toLower()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int runBackup(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Writes a consistent copy of a HubDesk database with SQLite's backup API, also while HubDesk has it open. "
        "The copy is written to a temporary file, checked (integrity, application id), synced and only then given "
        "its name, readable by its owner only.\n\n"
        "DEST is a file, or a folder: then the copy is named after FILE and the time (UTC).\n\n"
        "Exit codes: 0 written, 1 not written (the disk, the folder, DEST exists), 2 FILE is not a HubDesk "
        "database (or a newer or damaged one), 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("backup"), QCoreApplication::translate("CommandLine", "The command."), QStringLiteral("backup"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "The database to back up."));
    parser.addPositionalArgument(QStringLiteral("DEST"), QCoreApplication::translate("CommandLine", "The backup file to write, or a folder for it."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QCoreApplication::translate("CommandLine", "Replace DEST when it is an existing file."));
    parser.addOption(overwrite);
    int code = 0;
    if (!CommandSupport::parse(parser, arguments, command, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return CommandSupport::usageError(QCoreApplication::translate("CommandLine", "give the FILE to back up and the DEST to write"), command);
    const QString file = positional.at(1);
    QString dest = positional.at(2);
    if (!QFileInfo::exists(file))
        return CommandSupport::usageError(QCoreApplication::translate("CommandLine", "“%1” does not exist").arg(shown(file)), command);
    if (QFileInfo(dest).isDir())
        dest = QDir(dest).filePath(BackupStore::fileName(file, QDateTime::currentDateTimeUtc(), QStringLiteral("manual")));

    const QString prefix = QStringLiteral("hubdesk backup: ");
    Database::Options options;
    options.readOnly = true; // a backup writes nothing to FILE
    options.allowOlder = true;
    options.check = Database::Check::None; // the copy is checked instead
    OpenError openError;
    auto db = Database::open(file, options, &openError);
    if (!db) {
        err() << prefix << openError.message << '\n';
        return openError.kind == OpenError::Kind::Unreadable || openError.kind == OpenError::Kind::Busy ? 1 : NotHubDesk;
    }
    QElapsedTimer timer;
    timer.start();
    BackupWriter::Options writing;
    writing.overwrite = parser.isSet(overwrite);
    if (Error e = BackupWriter::write(*db, dest, writing)) {
        err() << prefix << e.message;
        if (e.code == Error::Code::Refused && QFileInfo(dest).isFile())
            err() << ' ' << QCoreApplication::translate("CommandLine", "Give --overwrite to replace it.");
        err() << '\n';
        return 1;
    }
    out() << QCoreApplication::translate("CommandLine", "Backed up %1 to %2 (%3 bytes) in %4 s.")
                 .arg(shown(file), shown(dest))
                 .arg(QFileInfo(dest).size())
                 .arg(QLocale::c().toString(timer.nsecsElapsed() / 1e9, 'f', 2))
          << '\n';
    return 0;
}

int runRestore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Replaces the content of a HubDesk database with a backup's. The backup is checked first (integrity, "
        "application id, not of a newer HubDesk); when FILE exists, its content is backed up first into its "
        "automatic backups (the command says where), then replaced in one transaction: on any failure FILE stays "
        "as it was. When FILE does not exist, it is made from the backup.\n\n"
        "Exit codes: 0 restored, 1 failed (FILE unchanged), 2 BACKUP is not a whole HubDesk database, 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("restore"), QCoreApplication::translate("CommandLine", "The command."), QStringLiteral("restore"));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QCoreApplication::translate("CommandLine", "The backup to restore."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "The database to restore into."));
    int code = 0;
    if (!CommandSupport::parse(parser, arguments, command, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return CommandSupport::usageError(QCoreApplication::translate("CommandLine", "give the BACKUP to restore and the FILE to restore into"), command);
    const QString backup = positional.at(1);
    const QString file = positional.at(2);
    if (!QFileInfo::exists(backup))
        return CommandSupport::usageError(QCoreApplication::translate("CommandLine", "“%1” does not exist").arg(shown(backup)), command);
    if (QFileInfo(file).isDir())
        return CommandSupport::usageError(QCoreApplication::translate("CommandLine", "“%1” is a folder; give the database file").arg(shown(file)), command);

    const QString prefix = QStringLiteral("hubdesk restore: ");
    QElapsedTimer timer;
    timer.start();
    const bool existed = QFileInfo::exists(file);
    const BackupRestore::Outcome outcome = BackupRestore::restore(backup, file, BackupStore::keepSetting());
    if (!outcome.savedCurrent.isEmpty())
        out() << QCoreApplication::translate("CommandLine", "The content of %1 before the restore is backed up in %2.")
                     .arg(shown(file), shown(outcome.savedCurrent))
              << '\n';
    if (outcome.error) {
        err() << prefix << outcome.error.message << '\n';
        return outcome.restored.isUsable() ? 1 : NotHubDesk;
    }
    out() << (existed ? QCoreApplication::translate("CommandLine", "Restored %1 from %2 in %3 s: %4.")
                      : QCoreApplication::translate("CommandLine", "Made %1 from %2 in %3 s: %4."))
                 .arg(shown(file), shown(backup), QLocale::c().toString(timer.nsecsElapsed() / 1e9, 'f', 2), countsLine(outcome.restored))
          << '\n';
    return 0;
}

} // namespace hubdesk::BackupCommand
