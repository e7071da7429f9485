#pragma once

#include "error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace hubdesk {

// The ordered list of schema migrations. Each is an SQL script (a resource under
// :/migrations), optionally followed by a step in C++ for what SQL cannot do, that
// runs in one transaction and ends by setting user_version to its number; a new
// file gets all of them, an older one the ones it lacks.
class Migrations
{
public:
    struct Migration
    {
        int version;
        QString description;
        QString resource;
        // Runs after the script, in the same transaction; empty for most migrations. It sees
        // the schema as the script left it: later migrations have not run yet.
        std::function<Error(const QSqlDatabase &)> step;
        // The step writes nothing a reference could point at or from (search text only),
        // so the references are checked only where the script wrote.
        bool stepKeepsReferences = false;
    };

    static const QList<Migration> &all();
    static int latest();
    // Runs every migration above \a fromVersion up to \a toVersion (default: latest).
    // A failed migration rolls back and leaves the file at the last version that completed.
    static Error apply(const QSqlDatabase &db, int fromVersion, int toVersion = -1);
    // The same over a given list (tests give their own; resource may be a file path).
    static Error apply(const QSqlDatabase &db, const QList<Migration> &migrations, int fromVersion, int toVersion);
    static QString script(const Migration &migration);
};

} // namespace hubdesk
