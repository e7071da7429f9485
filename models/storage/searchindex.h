#pragma once

#include "../domain/record.h"
#include "error.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace hubdesk {

// The full-text search indexes: one external-content FTS5 table with the trigram tokenizer
// (<table>_fts) over the search_text column of each entity SearchText::isIndexed(), kept in
// step by triggers (migration 0002). This class computes what a record's search_text is,
// and lets a bulk load pause the triggers and rebuild each index once instead.
//
// Why pause: keeping a trigram index up to date row by row is the dominant cost of a large
// load (SQLITE.md: 29 s of 42.8 s for a million rows); a single 'rebuild' at the end does the
// same work in bulk. DDL is transactional in SQLite, so the pause lives and dies with the
// load's transaction: a rollback brings the triggers back, and nobody else ever sees a
// database without them.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Drops the triggers of every search index, remembering their definitions. Only inside
    // a write transaction (refused otherwise); resume() must follow before it commits.
    Error suspend();
    // Puts the triggers back and rebuilds every index that was paused.
    Error resume();
    bool isSuspended() const { return m_suspended; }

    // "<table>_fts"
    static QString ftsTable(const EntityInfo &info);
    // Rebuilds the index of one entity from its search_text column.
    static Error rebuild(const QSqlDatabase &db, EntityType type);

    // The search_text of a record about to be stored: its own text plus what it is known by
    // through another record (a startup by its organisation's name), read from \a db.
    static Error textOf(const QSqlDatabase &db, const Record &record, QString *out);
    // After \a after (an update of \a before) was written: refreshes the search_text of the
    // records that borrow text from it, when that text changed (the startup of a renamed
    // organisation).
    static Error refreshBorrowers(const QSqlDatabase &db, const Record &before, const Record &after);
    // Computes search_text for every stored row and rebuilds every index, with the triggers
    // paused: the program's part of migration 2 (SQL cannot fold or transliterate). It reads
    // the fields from EntityInfo, so a later migration that renames or drops a searchable
    // column must keep it working (tst_migrations upgrades files of every version).
    static Error fill(const QSqlDatabase &db);
    // Computes search_text again for every stored row and writes only the rows whose text
    // changed, through the triggers: for a change of SearchText's rules, where most rows
    // keep their text (a full rebuild of a million interactions took 100 s).
    static Error refresh(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    bool m_suspended = false;
    QList<QPair<QString, QString>> m_triggers; // name, CREATE TRIGGER statement
    QList<EntityType> m_paused;
};

} // namespace hubdesk
