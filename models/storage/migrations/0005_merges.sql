-- HubDesk schema, version 5: merges of duplicate records.
--
-- A merge keeps one record, fills it with the values chosen from both, points every
-- record that referred to the other one at it, and moves the other one to the trash.
-- This row remembers enough to undo all of that: the kept record's values before,
-- the version the merge left it at (an undo after later edits is refused), the trash
-- batch of the other record, and which rows of which tables were pointed elsewhere.
INSERT INTO enum_audit_action (key, position) VALUES ('merge', 11), ('unmerge', 12);

CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    merge TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    kept_id INTEGER NOT NULL,
    dropped_id INTEGER NOT NULL,
    trash_batch TEXT NOT NULL,
    kept_before TEXT NOT NULL CHECK (json_valid(kept_before)),
    kept_version INTEGER NOT NULL,
    relinked TEXT NOT NULL CHECK (json_valid(relinked)),
    merged_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    undone_at TEXT
) STRICT;
