#pragma once

#include "../domain/record.h"
#include "error.h"
#include "preparedstatement.h"

#include <memory>
#include <vector>

namespace hubdesk {

class Database;

// Inserts records of one entity with statements prepared once and reused, so that
// a bulk load does not parse its SQL a million times (on SQLite's own handle:
// see PreparedStatement). It writes the row, its sets
// (join tables), the bookkeeping columns and the derived sort_name and search_text;
// checking and auditing are the caller's. Its statements are SQLite's own, so an
// inserter lives in a function's scope, never beyond the connection (see PreparedStatement).
class RowInserter
{
public:
    RowInserter(const Database &db, EntityType type);

    // Fills in id, uuid (unless given), timestamps and version 1, and inserts.
    Error insert(Record &record);

    // Organisations and people keep a folded copy of their name for sorting.
    static bool storesSortName(EntityType type);
    static QString sortNameOf(const Record &record);
    // The entities with a search index keep search_text (see SearchIndex).
    static bool storesSearchText(EntityType type);

private:
    Error prepare();

    const Database &m_db;
    const EntityInfo &m_info;
    QList<Field> m_rowFields;
    QList<Field> m_setFields;
    PreparedStatement m_row;
    std::vector<std::unique_ptr<PreparedStatement>> m_sets;
    bool m_prepared = false;
};

} // namespace hubdesk
