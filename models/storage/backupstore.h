#pragma once

#include "backupwriter.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hubdesk {

class Database;

// The automatic backups of one database file: checked copies in a folder of their own,
// named with the UTC time and the reason, of which the newest N are kept.
//
// The folder is in the user's application data (…/HubDesk/backups/<name>-<hash of the
// file's path>), not beside the file: it is private to the user (0700) and always
// writable, while the file's folder may be shared with colleagues or synced to a cloud,
// where more copies of personal data must not appear. The settings show the folder, so
// that it can be copied to another disk.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::BackupStore)

public:
    static constexpr int DefaultKeep = 10;
    static constexpr int MaximumKeep = 1000;

    // Why a backup was taken: part of its file name, so stable words.
    static const QString Open;          // the file was opened and its last backup is over a day old
    static const QString Close;         // closed after changes
    static const QString BeforeImport;  // around a large import
    static const QString AfterImport;
    static const QString BeforeMerge;   // around merging duplicates
    static const QString AfterMerge;
    static const QString BeforeRestore; // the file's content before a restore replaced it

    struct Entry
    {
        QString path;
        QDateTime takenAt; // UTC, from the name
        QString reason;
        qint64 size = 0;
    };

    // The backups of \a databasePath in \a folder (default: defaultFolder()).
    explicit BackupStore(const QString &databasePath, const QString &folder = QString());

    static QString defaultFolder(const QString &databasePath);
    QString folder() const { return m_folder; }
    // The backups there, newest first (only files named as this store names them).
    QList<Entry> entries() const;
    // True when there is no backup yet, or the newest is more than a day older than \a nowUtc.
    bool isDue(const QDateTime &nowUtc) const;
    // Writes a backup of \a db for \a reason at \a nowUtc (default: now), checks it, and
    // only then removes the oldest beyond \a keep. On failure nothing is removed.
    Error take(const Database &db, const QString &reason, int keep, QString *writtenPath = nullptr,
               const BackupWriter::Options &options = {}, const QDateTime &nowUtc = QDateTime());
    // The file name a backup of \a databasePath gets: "<name>_<UTC time>_<reason>.hubdesk".
    static QString fileName(const QString &databasePath, const QDateTime &utc, const QString &reason);
    // Reads a name that fileName() made; false for any other name.
    static bool parseName(const QString &fileName, QString *base, QDateTime *takenAt, QString *reason);
    // The reason in words, for lists.
    static QString reasonText(const QString &reason);

    // How many automatic backups to keep (a setting of this computer).
    static int keepSetting();
    static void setKeepSetting(int keep);

private:
    void prune(int keep, const QString &kept) const;

    QString m_base;
    QString m_folder;
};

} // namespace hubdesk
