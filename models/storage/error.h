#pragma once

#include "../domain/problem.h"

#include <QString>

namespace hubdesk {

// Why a storage operation did not happen. The message is for the user: it says
// what went wrong and, where it can, what to do about it.
struct Error
{
    enum class Code {
        None,
        Validation, // the record breaks domain rules (see problems)
        NotFound,   // no such record (or it is in the trash)
        Conflict,   // the record was changed by someone else since it was read
        Refused,    // a rule of the workflow, the cap or the budget, or of the trash refused it
        Constraint, // the database refused it (a constraint or a reference)
        Busy,       // the file stayed locked by another program
        ReadOnly,   // the database is open read-only
        Io,         // the disk or the file failed (full, removed, unreadable)
        Format,     // a file to import is not what it claims to be, or is broken inside
        Internal,   // a bug: a statement that should not fail did
    };

    Code code = Code::None;
    QString message;
    Problems problems;

    explicit operator bool() const { return code != Code::None; }
    static Error none() { return {}; }
    static Error make(Code code, const QString &message) { return Error{code, message, {}}; }
    static Error validation(const Problems &problems);
};

} // namespace hubdesk
