#pragma once

#include "../domain/record.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantHash>

namespace hubdesk {

class Database;

// Merges two records that are the same stakeholder or person: the kept record takes
// the values chosen field by field, every record that referred to the other one
// (people, sessions, participations, interactions, vouchers' startups, attachments …)
// is pointed at the kept one, and the other one goes to the trash. All in one
// transaction, in the audit log, and undone whole by undo().
class RecordMerger
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::RecordMerger)

public:
    // \a values: field key → the value the kept record gets (fields not named keep theirs).
    static Error merge(Database &db, EntityType type, qint64 keepId, qint64 dropId, const QVariantHash &values,
                       QString *mergeId = nullptr);
    // The values a merge proposes: the kept record's, with its empty fields filled from
    // the other one, and sets (tags, roles) joined.
    static QVariantHash proposal(const Record &keep, const Record &drop);
    // Takes a merge back: the other record out of the trash, its references back to it,
    // the kept record's values as they were. Refused when the kept record or a moved
    // reference was changed since.
    static Error undo(Database &db, const QString &mergeId);
};

} // namespace hubdesk
