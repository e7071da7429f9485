#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace hubdesk {

class Database;

// A column of another table that names a person (a foreign key to people(id)), and what
// erasing that person does to the rows it selects.
struct PersonReference
{
    QString table;
    QString column;
    QString listView;       // read through it for the labels of what the row refers to; empty: the table
    bool eraseRows = false; // rows deleted by an erasure (free-text sets of the person: expertise, languages)
};

// The rows of one table that are about a person, as read for an export.
struct PersonDataTable
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// Everything the database holds about one person.
struct PersonDataSet
{
    qint64 personId = 0;
    QString personUuid;
    QString label;
    QList<qint64> recordIds; // the person and the records merged into it
    QDateTime generatedAt;
    QString generatedBy;
    bool includesFiles = false;
    QList<PersonDataTable> tables;

    const PersonDataTable *table(const QString &name) const;
};

// Finds everything held about a person, in every table, the audit log included: the
// person's record (and those merged into it), the records that refer to it (each
// PersonReference), its attachments, the trash, merge, import and erasure bookkeeping,
// and every audit line of those records or naming the person. The duty to export and
// the duty to erase read the same lists, and tst_gdpr checks that every foreign key to
// people(id) and every table of the schema is in one of them.
class PersonData
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::PersonData)

public:
    // Every column of the schema that references people(id).
    static const QList<PersonReference> &references();
    // The tables found through the person's id without a foreign key (entity and record
    // columns, or JSON), which collect() reads too.
    static QStringList bookkeepingTables();
    // The tables that hold nothing about a person (organisations, startups, settings …).
    static QStringList tablesWithoutPersonData();

    // The person and the people records merged into it (kept in the trash by a merge).
    static QList<qint64> recordIds(const Database &db, qint64 personId, Error *error = nullptr);
    // The strings that identify the person in free text: full name, e-mail, phone numbers.
    static QStringList identifyingTexts(const Database &db, qint64 personId, Error *error = nullptr);
    // The ids of the audit lines about the person: those of the person's records, of the
    // records that refer to it, of lines that name its id in a reference field, and of
    // lines whose changes contain one of \a needles.
    static QList<qint64> auditLines(const Database &db, const QList<qint64> &personIds, const QStringList &needles,
                                    Error *error = nullptr);

    // Reads everything about \a personId (live, in the trash, or erased). \a withFiles adds
    // the bytes of the person's attachments.
    static Error collect(const Database &db, qint64 personId, bool withFiles, PersonDataSet *out);
};

} // namespace hubdesk
