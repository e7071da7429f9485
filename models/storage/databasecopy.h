#pragma once

#include "error.h"

#include <QCoreApplication>

namespace hubdesk {

class Database;

// Saves a whole, consistent copy of an open database to another file, for when the
// open file can no longer be written (deleted or moved while open, a failing disk).
// The copy is made under a temporary name beside the target and renamed into place,
// so a failed copy leaves nothing half-written there (BackupWriter does the copying).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::DatabaseCopy)
public:
    static Error save(const Database &db, const QString &target);
};

} // namespace hubdesk
