#pragma once

#include "../domain/entitytype.h"
#include "error.h"

#include <QDateTime>
#include <QList>

namespace hubdesk {

class Database;

// One delete the user made, as the Trash page lists it.
struct TrashItem
{
    QString batch;
    EntityType entity = EntityType::Organisation;
    qint64 recordId = 0;
    QString label;
    int itemCount = 0; // the record plus what went with it
    QDateTime deletedAt;
    QString deletedBy;
};

// The trash. Deleting moves a record to the trash together with the records that
// cannot stand without it (the ON DELETE CASCADE references: a startup's sessions,
// an event's participations …), all marked with one batch id, so that Restore
// brings back exactly what went. A record that others must keep pointing at (an
// expert with sessions, a startup with travel vouchers: ON DELETE RESTRICT) is not
// deleted; the message says what holds it. Purge removes a batch for good.
class Trash
{
public:
    static Error moveToTrash(Database &db, EntityType type, qint64 id, QString *batch = nullptr);
    static Error restore(Database &db, const QString &batch);
    static Error purge(Database &db, const QString &batch);
    static QList<TrashItem> items(const Database &db, Error *error = nullptr);
};

} // namespace hubdesk
