#pragma once

#include "../domain/entitytype.h"
#include "error.h"

#include <QList>
#include <QString>

namespace hubdesk {

class Database;

// Records by the name lists show for them (the label of the entity's list view).
class RecordLabels
{
public:
    // The label of a record, in the trash or not; empty when there is no such record.
    static QString of(const Database &db, EntityType type, qint64 id, Error *error = nullptr);
    // The live records of \a type whose label is \a text, ignoring case (for people, also
    // whose e-mail is); at most \a limit of them, in no set order.
    static QList<qint64> named(const Database &db, EntityType type, const QString &text, int limit, Error *error = nullptr);
};

} // namespace hubdesk
