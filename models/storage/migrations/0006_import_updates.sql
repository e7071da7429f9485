-- HubDesk schema, version 6: records an import merged a row into.
--
-- An import that merges a duplicate row into a record already there fills the
-- record's empty fields; this row keeps the record's values before and the version
-- the import left it at, so that taking the import back restores them exactly (and
-- refuses when the record was changed since).
CREATE TABLE import_updates (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL REFERENCES import_batches(batch),
    record_id INTEGER NOT NULL,
    before TEXT NOT NULL CHECK (json_valid(before)),
    version_after INTEGER NOT NULL
) STRICT;
CREATE INDEX import_updates_batch ON import_updates (batch);
ALTER TABLE import_batches ADD COLUMN rows_merged INTEGER NOT NULL DEFAULT 0;
