#pragma once

#include "../domain/record.h"
#include "../storage/error.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace hubdesk {

class Database;

// Finds the record a new one duplicates, by the keys MatchKeys makes: for a
// stakeholder its company id, e-mail, website domain and normalised name (so
// "”Дисиб” ООД" finds "DISIB Ltd"); for a person the e-mail and the name. Holds the
// keys of the live records in memory (a few MB for 100,000 stakeholders) and learns
// the records an import creates, so that a file repeating a company finds its own
// earlier row too.
// A pair of live records that look like one: for the "Find duplicates" tool.
struct DuplicatePair
{
    qint64 first = 0; // the older record
    qint64 second = 0;
    QString why;
    double score = 1; // 1 for a shared key, the names' similarity otherwise
    QString firstLabel, secondLabel; // the two records' names as lists show them
};

class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::DuplicateFinder)

public:
    // Whether duplicates of \a type are looked for (stakeholders and people).
    static bool supports(EntityType type);

    DuplicateFinder(Database &db, EntityType type);
    Error load();

    // The match keys of a record (empty where it has no such value).
    struct Keys
    {
        QString companyId, email, domain, name;
    };
    Keys keysOf(const Record &record) const;

    // The id of the record \a record duplicates, or 0; \a why says by which key
    // ("the same company ID 175074752").
    qint64 find(const Record &record, QString *why) const;
    // The same for keys made once with keysOf(): an import looks a row up and then
    // remembers it, and making the keys was a tenth of its time.
    qint64 find(const Keys &keys, QString *why) const;
    // Remembers a record written since load().
    void add(const Record &record);
    void add(const Keys &keys, qint64 id) { index(keys, id); }

    // The live record (other than \a record itself) that \a record most likely
    // duplicates, or 0: what a form warns about when a new record is saved. Looks only
    // at the records that share a key or begin with the same letters (indexed), so it
    // is quick on any size; a name written in the other script is left to pairs().
    static qint64 likely(Database &db, const Record &record, QString *why, Error *error = nullptr);

    // Every pair of live records that share a key, then pairs whose names are near
    // (MatchKeys::similarity at least its threshold, compared within groups of names
    // that begin alike), strongest first; at most \a limit. Reads the whole table: on a
    // large one it takes seconds, so a window calls it beside itself. \a progress is
    // called now and then with how far it is (0–1000); returning false stops the
    // search, which then returns nothing.
    using Progress = std::function<bool(int permille)>;
    static QList<DuplicatePair> pairs(Database &db, EntityType type, int limit, Error *error,
                                      const Progress &progress = {});

private:
    void index(const Keys &keys, qint64 id);
    // \a visit returns false to stop.
    Error forEachLive(const std::function<bool(const Record &)> &visit) const;

    Database &m_db;
    EntityType m_type;
    QHash<QString, qint64> m_byCompanyId;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byDomain;
    QHash<QString, qint64> m_byName;
    // What says two records are not the same one however alike their names: a
    // stakeholder's company ID, a person's e-mail (only records that have one).
    QHash<qint64, QString> m_identityOf;
};

} // namespace hubdesk
