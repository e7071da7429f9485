#include "commandsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace hubdesk::CommandSupport {

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

int usageError(const QString &message, const QString &command)
{
    err() << "hubdesk " << command << ": " << message << '\n'
          << QCoreApplication::translate("CommandLine", "Run “hubdesk %1 --help” for how to use it.").arg(command) << '\n';
    err().flush();
    return UsageError;
}

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

bool delimiterOf(const QString &value, QChar *delimiter)
{
    const QString d = value.toLower();
    if (d == QLatin1String("comma") || d == QLatin1String(","))
        *delimiter = u',';
    else if (d == QLatin1String("semicolon") || d == QLatin1String(";"))
        *delimiter = u';';
    else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
        *delimiter = u'\t';
    else
        return false;
    return true;
}

} // namespace hubdesk::CommandSupport
