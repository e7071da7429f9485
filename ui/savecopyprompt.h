#pragma once

#include <QCoreApplication>

class QWidget;

namespace hubdesk {

class Database;

// Asks where to save a copy of the open database and saves it (DatabaseCopy): the way
// out when the open file can no longer be written (deleted or moved while open).
class SaveCopyPrompt
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::SaveCopyPrompt)
public:
    // True when a copy was saved; says where, or why not, in a message box.
    static bool run(QWidget *parent, const Database &db);
    // The warning shown when the file is gone, with a button to save a copy.
    static void warnFileGone(QWidget *parent, const Database &db, const QString &message);
};

} // namespace hubdesk
