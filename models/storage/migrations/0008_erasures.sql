-- HubDesk schema, version 8: erasing a person (GDPR), and how long personal data is kept.
--
-- Erasing a person anonymises their personal fields everywhere, the audit log included,
-- while every record that reports count stays (see PersonErasure). The audit log stays
-- append-only for everything else. The one change it accepts is the anonymisation of an
-- entry's changes, and only while an erasure is being applied:
--
-- * erasures: one row per erasure: who erased which record (its id and uuid, never its
--   name) and when, and the pseudonym the record got. It is written with finished_at NULL
--   at the start of the erasure's transaction and finished in the same transaction; a
--   finished erasure can never be reopened, changed or deleted.
-- * erasure_audit_entries: the audit lines that erasure anonymises, listed before they
--   are touched. An audit line can be updated only while it is listed for an open
--   erasure, and then only its changes, keeping the same fields (keys), so that who did
--   what to which record and when is never rewritten. Deleting a line stays refused.
--
-- These are guards against a mistake in the program, not against someone with the file
-- and the sqlite3 shell, who can drop triggers.
INSERT INTO enum_audit_action (key, position) VALUES ('erase', 13);

-- Years without activity after which a person is listed for a retention review.
INSERT INTO settings (key, value, updated_at) VALUES ('retention_years', '3', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE erasures (
    id INTEGER PRIMARY KEY,
    erasure TEXT NOT NULL UNIQUE CHECK (length(erasure) = 36),
    entity TEXT NOT NULL CHECK (entity = 'person'),
    record_id INTEGER NOT NULL,
    record_uuid TEXT NOT NULL,
    pseudonym TEXT NOT NULL CHECK (length(trim(pseudonym)) > 0),
    erased_at TEXT NOT NULL,
    erased_by TEXT NOT NULL,
    audit_entries INTEGER NOT NULL DEFAULT 0 CHECK (audit_entries >= 0),
    finished_at TEXT
) STRICT;
CREATE INDEX erasures_record ON erasures (entity, record_id);
-- At most one erasure is open at a time (the one of the transaction writing).
CREATE UNIQUE INDEX erasures_one_open ON erasures ((finished_at IS NULL)) WHERE finished_at IS NULL;

CREATE TABLE erasure_audit_entries (
    erasure_id INTEGER NOT NULL REFERENCES erasures(id),
    audit_id INTEGER NOT NULL REFERENCES audit_log(id),
    PRIMARY KEY (erasure_id, audit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX erasure_audit_entries_audit ON erasure_audit_entries (audit_id);

CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASURE_RECORD: the record of an erasure cannot be changed or deleted');
END;
-- An open erasure may be finished (and its count of audit lines set); nothing else changes.
CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
WHEN OLD.finished_at IS NOT NULL OR NEW.finished_at IS NULL
     OR NEW.id IS NOT OLD.id OR NEW.erasure IS NOT OLD.erasure OR NEW.entity IS NOT OLD.entity
     OR NEW.record_id IS NOT OLD.record_id OR NEW.record_uuid IS NOT OLD.record_uuid
     OR NEW.pseudonym IS NOT OLD.pseudonym OR NEW.erased_at IS NOT OLD.erased_at OR NEW.erased_by IS NOT OLD.erased_by
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASURE_RECORD: the record of an erasure cannot be changed or deleted');
END;
CREATE TRIGGER erasure_audit_entries_open BEFORE INSERT ON erasure_audit_entries
WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE id = NEW.erasure_id AND finished_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASURE_RECORD: audit lines can be listed only for an erasure being applied');
END;
CREATE TRIGGER erasure_audit_entries_no_update BEFORE UPDATE ON erasure_audit_entries
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASURE_RECORD: the record of an erasure cannot be changed or deleted');
END;
CREATE TRIGGER erasure_audit_entries_no_delete BEFORE DELETE ON erasure_audit_entries
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASURE_RECORD: the record of an erasure cannot be changed or deleted');
END;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM erasure_audit_entries x JOIN erasures e ON e.id = x.erasure_id
                 WHERE x.audit_id = OLD.id AND e.finished_at IS NULL)
     OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.action IS NOT OLD.action
     OR NEW.entity IS NOT OLD.entity OR NEW.record_id IS NOT OLD.record_id OR NEW.record_uuid IS NOT OLD.record_uuid
     OR NEW.batch IS NOT OLD.batch
     OR (SELECT group_concat(key, ',') FROM (SELECT key FROM json_each(OLD.changes) ORDER BY key))
        IS NOT (SELECT group_concat(key, ',') FROM (SELECT key FROM json_each(NEW.changes) ORDER BY key))
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- A person is marked erased only by an erasure being applied, and once erased, their
-- personal fields cannot be filled in again (the record stays for the reports).
CREATE TRIGGER people_erase_guard BEFORE UPDATE OF erased_at ON people
WHEN NEW.erased_at IS NOT OLD.erased_at
     AND (OLD.erased_at IS NOT NULL
          OR NOT EXISTS (SELECT 1 FROM erasures WHERE entity = 'person' AND record_id = OLD.id AND finished_at IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASED: this person was erased; their personal data cannot be entered again');
END;
CREATE TRIGGER people_erased_stay_erased
BEFORE UPDATE OF first_name, last_name, job_title, email, phone, mobile, city, country, linkedin, availability, bio, notes,
                 organisation_id ON people
WHEN OLD.erased_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ERASED: this person was erased; their personal data cannot be entered again');
END;
