#pragma once

#include <QString>
#include <QStringList>

namespace hubdesk {

// Splits an SQL script into complete statements. QSqlQuery runs one statement
// at a time, and a naive split on ';' breaks triggers; SQLite's own
// sqlite3_complete() knows where a statement really ends.
class SqlScript
{
public:
    static QStringList statements(const QString &script);
};

} // namespace hubdesk
