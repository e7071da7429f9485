#include "sqlscript.h"

#include <sqlite3.h>

namespace hubdesk {

namespace {

// A chunk of only comments and blank lines is "complete" to SQLite but runs nothing.
bool hasStatement(const QString &chunk)
{
    for (const QString &line : chunk.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1String("--")))
            return true;
    }
    return false;
}

// The comment lines before a statement belong to the script, not to the statement
// (and would otherwise start every error message about it).
QString withoutLeadingComments(const QString &chunk)
{
    QStringList lines = chunk.trimmed().split(QLatin1Char('\n'));
    while (!lines.isEmpty() && (lines.first().trimmed().isEmpty() || lines.first().trimmed().startsWith(QLatin1String("--"))))
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QStringList SqlScript::statements(const QString &script)
{
    QStringList result;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        current += line;
        current += QLatin1Char('\n');
        if (sqlite3_complete(current.toUtf8().constData())) {
            if (hasStatement(current))
                result.append(withoutLeadingComments(current));
            current.clear();
        }
    }
    if (hasStatement(current))
        result.append(withoutLeadingComments(current)); // incomplete: running it lets SQLite report the error
    return result;
}

} // namespace hubdesk
