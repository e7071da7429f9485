-- HubDesk schema, version 4: import batches.
--
-- Every import is one batch that can be reverted in one step. The rows an import
-- creates are written in one write transaction, so their ids are one unbroken run
-- (first_id … last_id) and their created_at lies between started_at and finished_at;
-- both together single them out even after later deletes let SQLite reuse an id.
INSERT INTO enum_audit_action (key, position) VALUES ('import', 9), ('import_revert', 10);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    source TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
    rows_created INTEGER NOT NULL CHECK (rows_created >= 0),
    rows_rejected INTEGER NOT NULL CHECK (rows_rejected >= 0),
    first_id INTEGER,
    last_id INTEGER,
    reverted_at TEXT,
    reverted_by TEXT,
    CHECK ((rows_created = 0) = (first_id IS NULL))
) STRICT;
CREATE INDEX import_batches_started ON import_batches (started_at);
