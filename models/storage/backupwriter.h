#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct sqlite3;

namespace hubdesk {

class Database;

// Writes a consistent copy of an open database to a file with SQLite's online backup
// API. The copy goes to a temporary file beside the destination, is opened and checked
// (quick_check, application id, version), synced to disk and only then renamed into
// place, so the destination is either the whole checked copy or untouched; readable by
// its owner only where the platform allows.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::BackupWriter)

public:
    struct Options
    {
        bool overwrite = false; // replace an existing destination file (never a folder)
        // Called now and then with 0–100; returning false cancels (nothing is left behind).
        std::function<bool(int)> progress;
        // Pages copied a step (between steps progress is called). The source's read
        // snapshot is held across steps, so the size changes nothing but the progress.
        int pagesPerStep = 1024;
    };

    // Copies \a source as it is committed when the copy starts: writes by other
    // connections meanwhile are not in it and do not restart it. \a source must not be
    // inside a transaction of its own.
    static Error write(const Database &source, const QString &destination, const Options &options);
    static Error write(const Database &source, const QString &destination)
    {
        return write(source, destination, Options());
    }

    // Makes \a path readable and writable by its owner only (0600); a no-op where the
    // platform has no such permissions. False when it could not be changed.
    static bool restrictToOwner(const QString &path);
    // Creates \a path (and its parents) as folders only their owner can open (0700).
    static bool makePrivateFolder(const QString &path);
    // The problem of a finished copy at \a path (opened read-only: quick_check, HubDesk's
    // application id, a version this HubDesk knows), or an empty string when it is sound.
    static QString verify(const QString &path);
    // What SQLite's result \a code means for a file being written, in words for the user;
    // with the connection's \a handle, the system's reason when it is known.
    static QString describe(int code, const QString &detail, sqlite3 *handle = nullptr);
};

} // namespace hubdesk
