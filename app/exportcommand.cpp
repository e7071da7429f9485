#include "exportcommand.h"

#include "commandsupport.h"

#include "../models/domain/entityinfo.h"
#include "../models/io/tableexporter.h"
#include "../models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace hubdesk::ExportCommand {

namespace {

// The words the command takes for each kind of record, as the pages name them.
const QList<QPair<QString, EntityType>> &targets()
{
    static const QList<QPair<QString, EntityType>> list = {
        {QStringLiteral("organisations"), EntityType::Organisation},
        {QStringLiteral("people"), EntityType::Person},
        {QStringLiteral("startups"), EntityType::Startup},
        {QStringLiteral("sessions"), EntityType::Session},
        {QStringLiteral("events"), EntityType::Event},
        {QStringLiteral("participants"), EntityType::Participation},
        {QStringLiteral("vouchers"), EntityType::Voucher},
        {QStringLiteral("interactions"), EntityType::Interaction},
        {QStringLiteral("outcomes"), EntityType::Outcome},
        {QStringLiteral("periods"), EntityType::ReportingPeriod},
    };
    return list;
}

} // namespace

int run(const QStringList &arguments)
{
    using CommandSupport::err;
    using CommandSupport::out;
    const QString command = QStringLiteral("export");
    QStringList words;
    for (const auto &t : targets())
        words.append(t.first);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Writes every live record of one kind to a CSV or XLSX file that `hubdesk import` reads back without loss: "
        "a header of field names, enumerations as their names, dates as YYYY-MM-DD, amounts as 1234.50, several "
        "values joined by \"; \", links by the linked record's name. Text that a spreadsheet would run as a "
        "formula gets a leading apostrophe. --search, --sort, --trash and --columns write a list as a page of the "
        "window shows it; \"label\" stands for the fields a record's name is made of. The database is only "
        "read.\n\n"
        "Exit codes: 0 written, 1 the database or the file failed, 64 wrong usage."));
    parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("CommandLine", "The command."),
                                 QStringLiteral("export"));
    parser.addPositionalArgument(QStringLiteral("WHAT"), words.join(QStringLiteral(", ")));
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The HubDesk database."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QCoreApplication::translate("CommandLine", "Write a CSV file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption xlsxOption(QStringLiteral("xlsx"), QCoreApplication::translate("CommandLine", "Write an XLSX file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             QCoreApplication::translate("CommandLine", "CSV: comma (default), semicolon or tab."),
                                             QStringLiteral("D"));
    const QCommandLineOption noBomOption(QStringLiteral("no-bom"),
                                         QCoreApplication::translate("CommandLine", "CSV: no UTF-8 byte order mark."));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        QCoreApplication::translate("CommandLine", "Only the records with every word of TEXT, as a page's search finds them."),
        QStringLiteral("TEXT"));
    const QCommandLineOption sortOption(
        QStringLiteral("sort"),
        QCoreApplication::translate("CommandLine", "In the order of FIELD (a field name, or label); :desc for the reverse."),
        QStringLiteral("FIELD[:desc]"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        QCoreApplication::translate("CommandLine", "Only these fields, in this order (field names, or label)."),
        QStringLiteral("a,b,c"));
    const QCommandLineOption trashOption(QStringLiteral("trash"),
                                         QCoreApplication::translate("CommandLine", "The records in the trash instead of the live ones."));
    for (const QCommandLineOption &o : {dbOption, csvOption, xlsxOption, delimiterOption, noBomOption, searchOption,
                                        sortOption, columnsOption, trashOption})
        parser.addOption(o);
    int code = 0;
    if (!CommandSupport::parse(parser, arguments, command, &code))
        return code;
    const auto usage = [&](const QString &message) { return CommandSupport::usageError(message, command); };

    const QStringList positional = parser.positionalArguments();
    EntityType type = EntityType::Organisation;
    bool known = false;
    for (const auto &t : targets()) {
        if (positional.size() == 2 && t.first == positional.at(1)) {
            type = t.second;
            known = true;
        }
    }
    if (!known)
        return usage(QCoreApplication::translate("CommandLine", "name what to export: %1").arg(words.join(QStringLiteral(", "))));
    if (!parser.isSet(dbOption))
        return usage(QCoreApplication::translate("CommandLine", "--db FILE is required"));
    if (parser.isSet(csvOption) == parser.isSet(xlsxOption))
        return usage(QCoreApplication::translate("CommandLine", "give either --csv FILE or --xlsx FILE"));
    TableExporter::Options options;
    options.format = parser.isSet(xlsxOption) ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    options.bom = !parser.isSet(noBomOption);
    if (parser.isSet(delimiterOption) && !CommandSupport::delimiterOf(parser.value(delimiterOption), &options.delimiter))
        return usage(QCoreApplication::translate("CommandLine", "--delimiter must be comma, semicolon or tab, not “%1”")
                         .arg(parser.value(delimiterOption)));
    const QString path = parser.value(options.format == TableExporter::Format::Xlsx ? xlsxOption : csvOption);

    // The list as a page would have it; without these, every live record in id order.
    const EntityInfo &info = Entities::info(type);
    QStringList fieldNames;
    QStringList sortable; // several values of a tag or role field have no one order
    for (const Field &f : info.fields) {
        fieldNames.append(f.key);
        if (!f.isSet())
            sortable.append(f.key);
    }
    if (parser.isSet(columnsOption)) {
        QStringList columns;
        for (const QString &c : parser.value(columnsOption).split(QLatin1Char(','))) {
            if (!c.trimmed().isEmpty())
                columns.append(c.trimmed());
        }
        if (columns.isEmpty())
            return usage(QCoreApplication::translate("CommandLine", "--columns needs field names, such as %1")
                             .arg(fieldNames.mid(0, 3).join(QLatin1Char(','))));
        QStringList fields;
        if (Error e = TableExporter::fieldsOf(type, columns, &fields))
            return usage(QCoreApplication::translate("CommandLine", "--columns: %1 Fields: label, %2")
                             .arg(e.message, fieldNames.join(QStringLiteral(", "))));
        options.fields = columns;
    }
    if (parser.isSet(searchOption) || parser.isSet(sortOption) || parser.isSet(trashOption)) {
        ListQuery query;
        query.search = parser.value(searchOption);
        query.inTrash = parser.isSet(trashOption);
        if (parser.isSet(sortOption)) {
            QString key = parser.value(sortOption).trimmed();
            const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
            if (colon >= 0) {
                const QString direction = key.mid(colon + 1).trimmed().toLower();
                if (direction != QLatin1String("desc") && direction != QLatin1String("asc"))
                    return usage(QCoreApplication::translate("CommandLine", "--sort: “%1” is neither asc nor desc")
                                     .arg(key.mid(colon + 1)));
                query.descending = direction == QLatin1String("desc");
                key = key.left(colon).trimmed();
            }
            if (key != QLatin1String("label") && !sortable.contains(key))
                return usage(QCoreApplication::translate("CommandLine", "--sort: a %1 has no field “%2” to sort by. Fields: label, %3")
                                 .arg(info.singularLabel().toLower(), key, sortable.join(QStringLiteral(", "))));
            query.sortKey = key;
        }
        options.query = query;
    }

    Database::Options dbOptions;
    dbOptions.readOnly = true;
    dbOptions.allowOlder = true;
    OpenError openError;
    auto db = Database::open(parser.value(dbOption), dbOptions, &openError);
    if (!db) {
        err() << "hubdesk export: " << openError.message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    if (Error e = TableExporter::write(*db, type, path, options, &written)) {
        err() << "hubdesk export: " << e.message << '\n';
        return 1;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1 %2 to %3 in %4 s.")
                 .arg(written)
                 .arg(info.pluralLabel().toLower(), QDir::toNativeSeparators(path),
                      QLocale::c().toString(timer.nsecsElapsed() / 1e9, 'f', 2))
          << '\n';
    return 0;
}

} // namespace hubdesk::ExportCommand
