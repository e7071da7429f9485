#pragma once

#include "../domain/entitytype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace hubdesk {

class Database;

// What a database holds, for comparing a backup with the current file before a
// restore: its version, when it was taken, and the live records of each main kind.
struct BackupSummary
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::BackupSummary)

public:
    QString path;
    QString problem;    // why the file cannot be restored; empty when it can
    int schemaVersion = 0;
    QDateTime takenAt;  // UTC: from a backup's name, else the file's last change
    qint64 size = 0;
    QList<QPair<EntityType, qint64>> counts; // in the order of kinds()

    bool isUsable() const { return problem.isEmpty(); }
    qint64 count(EntityType type) const;

    // The kinds a preview counts: stakeholders, people, startups, sessions, events,
    // vouchers and interactions.
    static QList<EntityType> kinds();
    // Opens \a path read-only and checks it as a restore needs it (a whole HubDesk
    // database: integrity, application id, a version not newer than this HubDesk).
    static BackupSummary ofFile(const QString &path);
    // The counts of an open database.
    static BackupSummary ofDatabase(const Database &db);
};

} // namespace hubdesk
