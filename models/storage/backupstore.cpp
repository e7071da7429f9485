#include "backupstore.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace hubdesk {

const QString BackupStore::Open = QStringLiteral("open");
const QString BackupStore::Close = QStringLiteral("close");
const QString BackupStore::BeforeImport = QStringLiteral("before-import");
const QString BackupStore::AfterImport = QStringLiteral("after-import");
const QString BackupStore::BeforeMerge = QStringLiteral("before-merge");
const QString BackupStore::AfterMerge = QStringLiteral("after-merge");
const QString BackupStore::BeforeRestore = QStringLiteral("before-restore");

namespace {

const QString KeepKey = QStringLiteral("backup/keep");
// Milliseconds keep two backups of one second apart; no colons (Windows).
const QString TimeFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss.zzz'Z'");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

BackupStore::BackupStore(const QString &databasePath, const QString &folder)
    : m_base(baseName(databasePath))
    , m_folder(folder.isEmpty() ? defaultFolder(databasePath) : folder)
{
}

QString BackupStore::defaultFolder(const QString &databasePath)
{
    // Keyed by the file's whole path, so that two files of one name keep apart.
    const QFileInfo info(databasePath);
    QString key = info.canonicalFilePath();
    if (key.isEmpty())
        key = info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/")
        + info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString BackupStore::fileName(const QString &databasePath, const QDateTime &utc, const QString &reason)
{
    return QStringLiteral("%1_%2_%3.hubdesk").arg(baseName(databasePath), utc.toUTC().toString(TimeFormat), reason);
}

bool BackupStore::parseName(const QString &fileName, QString *base, QDateTime *takenAt, QString *reason)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*)_(\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.\\d{3}Z)_([a-z-]+)\\.hubdesk$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return false;
    QDateTime at = QDateTime::fromString(m.captured(2), TimeFormat);
    if (!at.isValid())
        return false;
    at.setTimeSpec(Qt::UTC);
    if (base)
        *base = m.captured(1);
    if (takenAt)
        *takenAt = at;
    if (reason)
        *reason = m.captured(3);
    return true;
}

QList<BackupStore::Entry> BackupStore::entries() const
{
    QList<Entry> list;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.hubdesk")}, QDir::Files);
    for (const QFileInfo &file : files) {
        Entry e;
        QString base;
        if (!parseName(file.fileName(), &base, &e.takenAt, &e.reason) || base != m_base)
            continue;
        e.path = file.absoluteFilePath();
        e.size = file.size();
        list.append(e);
    }
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return list;
}

bool BackupStore::isDue(const QDateTime &nowUtc) const
{
    const QList<Entry> list = entries();
    return list.isEmpty() || list.constFirst().takenAt.secsTo(nowUtc) > 24 * 60 * 60;
}

Error BackupStore::take(const Database &db, const QString &reason, int keep, QString *writtenPath,
                        const BackupWriter::Options &options, const QDateTime &nowUtc)
{
    if (!BackupWriter::makePrivateFolder(m_folder))
        return Error::make(Error::Code::Io, tr("The backup folder “%1” could not be made.").arg(QDir::toNativeSeparators(m_folder)));
    const QDateTime at = nowUtc.isValid() ? nowUtc.toUTC() : QDateTime::currentDateTimeUtc();
    const QString path = QDir(m_folder).filePath(fileName(db.path(), at, reason));
    BackupWriter::Options writing = options;
    writing.overwrite = false;
    if (Error e = BackupWriter::write(db, path, writing))
        return e;
    if (writtenPath)
        *writtenPath = path;
    // Only now, with the new copy written and checked, may old ones go.
    prune(keep, path);
    return {};
}

void BackupStore::prune(int keep, const QString &kept) const
{
    const QList<Entry> list = entries();
    int left = std::max(1, keep);
    for (const Entry &e : list) {
        if (e.path == kept || left > 0) {
            --left;
            continue;
        }
        QFile::remove(e.path);
    }
}

QString BackupStore::reasonText(const QString &reason)
{
    if (reason == Open)
        return tr("on opening");
    if (reason == Close)
        return tr("on closing");
    if (reason == BeforeImport)
        return tr("before an import");
    if (reason == AfterImport)
        return tr("after an import");
    if (reason == BeforeMerge)
        return tr("before merging");
    if (reason == AfterMerge)
        return tr("after merging");
    if (reason == BeforeRestore)
        return tr("before a restore");
    return reason;
}

int BackupStore::keepSetting()
{
    bool ok = false;
    const int keep = QSettings().value(KeepKey, DefaultKeep).toInt(&ok);
    return ok ? std::clamp(keep, 1, MaximumKeep) : DefaultKeep;
}

void BackupStore::setKeepSetting(int keep)
{
    QSettings().setValue(KeepKey, std::clamp(keep, 1, MaximumKeep));
}

} // namespace hubdesk
