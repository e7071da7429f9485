#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hubdesk {

// What `hubdesk check` reports about a file, found without writing to it.
struct DatabaseCheck
{
    enum class Verdict {
        Sound = 0,      // a HubDesk database that passes every check
        Damaged = 1,    // a HubDesk database that fails integrity or reference checks
        NotHubDesk = 2, // not a HubDesk database, or one of a newer version
    };
    Verdict verdict = Verdict::NotHubDesk;
    QString message;       // the reason when not sound
    int schemaVersion = 0; // of the file
    QList<QPair<QString, QPair<qint64, qint64>>> tables; // table → (live rows, rows in the trash; -1 when no trash)
    QStringList integrityProblems;
    QStringList referenceProblems;

    // Runs PRAGMA integrity_check and foreign_key_check on a read-only connection.
    static DatabaseCheck run(const QString &path);
    // The report as lines of text, as the command line prints it.
    QString toText(const QString &path) const;
};

} // namespace hubdesk
