#pragma once

#include "error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hubdesk {

// The ordered list of schema migrations. Each is an SQL script (a resource under
// :/migrations) that runs in one transaction and ends by setting user_version to
// its number; a new file gets all of them, an older one the ones it lacks.
class Migrations
{
public:
    struct Migration
    {
        int version;
        QString description;
        QString resource;
    };

    static const QList<Migration> &all();
    static int latest();
    // Runs every migration above \a fromVersion up to \a toVersion (default: latest).
    // A failed migration rolls back and leaves the file at the last version that completed.
    static Error apply(const QSqlDatabase &db, int fromVersion, int toVersion = -1);
    static QString script(const Migration &migration);
};

} // namespace hubdesk
