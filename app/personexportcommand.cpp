#include "personexportcommand.h"

#include "commandsupport.h"

#include "../models/storage/database.h"
#include "../ui/persondataexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace hubdesk::PersonExportCommand {

int run(const QStringList &arguments)
{
    using namespace CommandSupport;
    const QString command = QStringLiteral("person-export");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Writes everything the database holds about one person (the record, consents, sessions, events, "
        "interactions, vouchers, attachments, trash, merge and import bookkeeping, and the audit log) as an "
        "A4 PDF to read or as JSON to hand over. The database is only read.\n\n"
        "Exit codes: 0 written, 1 the database, the person or the file failed, 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("person-export"), QCoreApplication::translate("CommandLine", "The command."),
                                 QStringLiteral("person-export"));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("CommandLine", "The person's record id."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The HubDesk database to read."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QCoreApplication::translate("CommandLine", "Write an A4 PDF."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("CommandLine", "Write JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption filesOption(QStringLiteral("with-files"),
                                         QCoreApplication::translate("CommandLine", "JSON: put the attached files in too (Base64)."));
    for (const QCommandLineOption &o : {dbOption, pdfOption, jsonOption, filesOption})
        parser.addOption(o);
    int code = 0;
    if (!parse(parser, arguments, command, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok || id < 1)
        return usageError(QCoreApplication::translate("CommandLine", "name one person by their record id (a whole number from 1)"), command);
    if (!parser.isSet(dbOption))
        return usageError(QCoreApplication::translate("CommandLine", "--db FILE is required"), command);
    if (parser.isSet(pdfOption) == parser.isSet(jsonOption))
        return usageError(QCoreApplication::translate("CommandLine", "give either --pdf FILE or --json FILE"), command);
    if (parser.isSet(filesOption) && !parser.isSet(jsonOption))
        return usageError(QCoreApplication::translate("CommandLine", "--with-files belongs to --json"), command);

    const QString prefix = QStringLiteral("hubdesk person-export: ");
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    OpenError openError;
    auto db = Database::open(parser.value(dbOption), options, &openError);
    if (!db) {
        err() << prefix << openError.message << '\n';
        return 1;
    }
    // A JSON path must end in .json for the writer to choose JSON.
    QString path = parser.isSet(jsonOption) ? parser.value(jsonOption) : parser.value(pdfOption);
    if (parser.isSet(jsonOption) && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return usageError(QCoreApplication::translate("CommandLine", "--json needs a file name ending in .json"), command);
    if (parser.isSet(pdfOption) && path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return usageError(QCoreApplication::translate("CommandLine", "--pdf needs a file name that does not end in .json"), command);
    if (const Error e = PersonDataExport::write(*db, id, path, parser.isSet(filesOption))) {
        err() << prefix << e.message << '\n';
        return 1;
    }
    out() << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << '\n';
    return 0;
}

} // namespace hubdesk::PersonExportCommand
