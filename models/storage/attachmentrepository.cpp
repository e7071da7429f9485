#include "attachmentrepository.h"

#include "database.h"
#include "sql.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace hubdesk {

AttachmentRepository::AttachmentRepository(Database &db)
    : Repository(db, EntityType::Attachment)
{
}

Error AttachmentRepository::add(EntityType ownerType, qint64 ownerId, const QString &fileName, const QByteArray &data,
                                const QString &mimeType, const QString &description, Record *out)
{
    if (data.size() > MaximumBytes)
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("Attachments", "“%1” is %2 MB; attachments can be at most %3 MB.")
                               .arg(fileName)
                               .arg(data.size() / (1024 * 1024))
                               .arg(MaximumBytes / (1024 * 1024)));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    if (Error e = Sql::run(m_db.connection(),
                           QStringLiteral("INSERT INTO attachment_blobs (sha256, size_bytes, data) VALUES (?, ?, ?) "
                                          "ON CONFLICT (sha256) DO NOTHING"),
                           {sha, qint64(data.size()), data}))
        return e;
    Error e;
    const qint64 blobId =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM attachment_blobs WHERE sha256 = ?"), {sha}, &e)
            .toLongLong();
    if (e)
        return e;
    Record r(EntityType::Attachment);
    r.setValue(QStringLiteral("owner_entity"), Entities::info(ownerType).key);
    r.setValue(QStringLiteral("owner_id"), ownerId);
    r.setValue(QStringLiteral("file_name"), fileName);
    r.setValue(QStringLiteral("mime_type"), mimeType);
    r.setValue(QStringLiteral("size_bytes"), qint64(data.size()));
    r.setValue(QStringLiteral("sha256"), sha);
    r.setValue(QStringLiteral("description"), description);
    if ((e = create(r)))
        return e;
    if ((e = Sql::run(m_db.connection(), QStringLiteral("UPDATE attachments SET blob_id = ? WHERE id = ?"), {blobId, r.id})))
        return e;
    if ((e = tx.commit()))
        return e;
    if (out)
        *out = r;
    return {};
}

QByteArray AttachmentRepository::content(qint64 attachmentId, Error *error) const
{
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT b.data FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id "
                                      "WHERE a.id = ?"),
                       {attachmentId}, error)
        .toByteArray();
}

} // namespace hubdesk
