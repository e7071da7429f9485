#pragma once

#include <QCoreApplication>

class QWidget;

namespace hubdesk {

// What the user is asked and told when an import is taken back — from the wizard's summary
// or from File → Imports… — so that both say the same and ask the same way: first whether
// to take it back (naming the file and what it deletes and restores), then, when records of
// it were changed since, whether to take it back anyway.
class ImportTakeBack
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::ImportTakeBack)

public:
    // The question before; true: take it back. The box is named "takeBackQuestion" for tests.
    static bool confirm(QWidget *parent, const QString &file, qint64 created, qint64 merged);
    // After a refusal for records changed since (Error::Code::Conflict, whose message is
    // \a reason): whether to take it back anyway. Named "takeBackAnyway".
    static bool confirmAnyway(QWidget *parent, const QString &file, const QString &reason);
    // What a take-back did, in a sentence.
    static QString doneText(qint64 created, qint64 merged);
};

} // namespace hubdesk
