-- HubDesk schema, version 2: a search index for the records people look for.
--
-- search_text holds the record's text-like fields (and, for a startup, its organisation's
-- name) folded for case and accents, followed by the Latin spelling of its Cyrillic and
-- Greek words. It is computed by the program (SearchText), which SQL cannot do: this script
-- only adds the columns, the indexes and their triggers; the program's step of this
-- migration fills search_text for existing rows and rebuilds the indexes.
--
-- Each <table>_fts is an external-content FTS5 table (it stores no copy of the text) with
-- the trigram tokenizer, so any part of a word of three or more characters is found.
-- Its 'hashsize' (the pending changes FTS5 keeps in memory before writing a segment) is
-- 16 MB instead of 1 MB: only a large transaction ever fills it, and there fewer, larger
-- segments mean less merging (a rebuild of a million interactions: 37 s -> 26 s).
-- The triggers keep it in step with search_text; SearchIndex::suspend() drops them for a
-- bulk load and resume() puts them back (from their text below) and rebuilds once; it
-- finds them by their names, <table>_search_insert, _search_delete and _search_update.
-- Trash and restore do not change search_text: trashed rows stay in the index and the
-- lists filter them out; purging deletes the row and the delete trigger its entry.

ALTER TABLE organisations ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE organisations_fts USING fts5(search_text, content='organisations', content_rowid='id', tokenize='trigram');
INSERT INTO organisations_fts (organisations_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER organisations_search_insert AFTER INSERT ON organisations
BEGIN
    INSERT INTO organisations_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER organisations_search_delete AFTER DELETE ON organisations
BEGIN
    INSERT INTO organisations_fts (organisations_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER organisations_search_update AFTER UPDATE OF search_text ON organisations
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO organisations_fts (organisations_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO organisations_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE people ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE people_fts USING fts5(search_text, content='people', content_rowid='id', tokenize='trigram');
INSERT INTO people_fts (people_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER people_search_insert AFTER INSERT ON people
BEGIN
    INSERT INTO people_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER people_search_delete AFTER DELETE ON people
BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER people_search_update AFTER UPDATE OF search_text ON people
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO people_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE startups ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE startups_fts USING fts5(search_text, content='startups', content_rowid='id', tokenize='trigram');
INSERT INTO startups_fts (startups_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER startups_search_insert AFTER INSERT ON startups
BEGIN
    INSERT INTO startups_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER startups_search_delete AFTER DELETE ON startups
BEGIN
    INSERT INTO startups_fts (startups_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER startups_search_update AFTER UPDATE OF search_text ON startups
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO startups_fts (startups_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO startups_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE outcomes ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE outcomes_fts USING fts5(search_text, content='outcomes', content_rowid='id', tokenize='trigram');
INSERT INTO outcomes_fts (outcomes_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER outcomes_search_insert AFTER INSERT ON outcomes
BEGIN
    INSERT INTO outcomes_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER outcomes_search_delete AFTER DELETE ON outcomes
BEGIN
    INSERT INTO outcomes_fts (outcomes_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER outcomes_search_update AFTER UPDATE OF search_text ON outcomes
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO outcomes_fts (outcomes_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO outcomes_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE mentoring_sessions ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE mentoring_sessions_fts USING fts5(search_text, content='mentoring_sessions', content_rowid='id', tokenize='trigram');
INSERT INTO mentoring_sessions_fts (mentoring_sessions_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER mentoring_sessions_search_insert AFTER INSERT ON mentoring_sessions
BEGIN
    INSERT INTO mentoring_sessions_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER mentoring_sessions_search_delete AFTER DELETE ON mentoring_sessions
BEGIN
    INSERT INTO mentoring_sessions_fts (mentoring_sessions_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER mentoring_sessions_search_update AFTER UPDATE OF search_text ON mentoring_sessions
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO mentoring_sessions_fts (mentoring_sessions_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO mentoring_sessions_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE events ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events', content_rowid='id', tokenize='trigram');
INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER events_search_insert AFTER INSERT ON events
BEGIN
    INSERT INTO events_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events
BEGIN
    INSERT INTO events_fts (events_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER events_search_update AFTER UPDATE OF search_text ON events
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO events_fts (events_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO events_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE vouchers ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE vouchers_fts USING fts5(search_text, content='vouchers', content_rowid='id', tokenize='trigram');
INSERT INTO vouchers_fts (vouchers_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER vouchers_search_insert AFTER INSERT ON vouchers
BEGIN
    INSERT INTO vouchers_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER vouchers_search_delete AFTER DELETE ON vouchers
BEGIN
    INSERT INTO vouchers_fts (vouchers_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER vouchers_search_update AFTER UPDATE OF search_text ON vouchers
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO vouchers_fts (vouchers_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO vouchers_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE interactions ADD COLUMN search_text TEXT;
CREATE VIRTUAL TABLE interactions_fts USING fts5(search_text, content='interactions', content_rowid='id', tokenize='trigram');
INSERT INTO interactions_fts (interactions_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER interactions_search_insert AFTER INSERT ON interactions
BEGIN
    INSERT INTO interactions_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER interactions_search_delete AFTER DELETE ON interactions
BEGIN
    INSERT INTO interactions_fts (interactions_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER interactions_search_update AFTER UPDATE OF search_text ON interactions
WHEN OLD.search_text IS NOT NEW.search_text
BEGIN
    INSERT INTO interactions_fts (interactions_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO interactions_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
