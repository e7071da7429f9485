#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hubdesk {

class Database;

// What an erasure did, for the message after it.
struct ErasureResult
{
    QString erasure;   // the uuid of its row in erasures
    QString pseudonym; // the name the record has now
    int records = 0;   // people records erased: the person and those merged into it
    int rowsChanged = 0;       // records of other tables whose free text named the person
    int attachmentsRemoved = 0;
    int auditLines = 0;        // audit lines anonymised
};

// Erases a person (the right to erasure): their personal fields are anonymised in every
// table, the audit log included, and the records that reports count stay, so that every
// report figure is the same afterwards. In detail, for the person and every record merged
// into it:
// - the person's record keeps its id, uuid, expert flag and roles and its rates (the
//   timesheet pays by them); its name becomes a pseudonym, every other personal field is
//   emptied, expertise and languages go, and it is marked erased (it can no longer be edited);
// - consents keep what was agreed and when, without notes; the person's attachments and
//   those of its consents are removed with their files;
// - in the records that refer to the person (sessions, participations, interactions,
//   vouchers, consents) the person's name, e-mail and phone numbers are replaced by the
//   pseudonym wherever staff wrote them; dates, amounts, statuses and links stay;
// - the trash, merge and import bookkeeping and the audit log lose the same values
//   (schema 8 lets an erasure, and nothing else, rewrite an audit line's changes), and
//   the search index forgets them (the affected indexes are merged so that no deleted
//   entry stays behind, and SQLite overwrites freed pages meanwhile).
// All in one transaction: all or nothing. It cannot be undone, and an erased person is
// not put in the trash. One "erase" audit line says who erased which record and when,
// without any personal data.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::PersonErasure)

public:
    // The text that marks an anonymised value in the audit log and the bookkeeping.
    static QString erasedMarker();

    // Erases \a personId, which the caller read at \a version (refused with Conflict when
    // it changed since). Refused for a person that does not exist or was erased already;
    // a person in the trash can be erased (and stays in the trash).
    static Error erase(Database &db, qint64 personId, int version, ErasureResult *result = nullptr);

    // When \a personId was erased (UTC); invalid when it was not.
    static QDateTime erasedAt(const Database &db, qint64 personId, Error *error = nullptr);
};

} // namespace hubdesk
