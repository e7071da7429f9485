#pragma once

#include "repository.h"

#include <QByteArray>

namespace hubdesk {

// Files (receipts, contracts, pitch decks) attached to any record. The bytes live
// in the database, so the one file holds everything; identical files are stored once.
class AttachmentRepository : public Repository
{
public:
    explicit AttachmentRepository(Database &db);

    static constexpr qint64 MaximumBytes = 100 * 1024 * 1024;

    Error add(EntityType ownerType, qint64 ownerId, const QString &fileName, const QByteArray &data,
              const QString &mimeType, const QString &description, Record *out);
    QByteArray content(qint64 attachmentId, Error *error = nullptr) const;
};

} // namespace hubdesk
