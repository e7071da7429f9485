-- HubDesk schema, version 3: indexes of live records for the lists.
--
-- A list asks for live rows (deleted_at IS NULL) in an order, a page at a time. With
-- an index that holds only live rows in that order, SQLite reads the page straight
-- from the index, and skipping to a deep page skips index entries only; with an
-- index of all rows it must look up every skipped row to see whether it is in the
-- trash (a million look-ups for the end of the interactions). The indexes used only
-- for sorting become partial; those that foreign keys need stay whole.

DROP INDEX organisations_sort_name;
CREATE INDEX organisations_live_name ON organisations (sort_name) WHERE deleted_at IS NULL;
DROP INDEX organisations_kind;
CREATE INDEX organisations_live_kind ON organisations (kind, sort_name) WHERE deleted_at IS NULL;
DROP INDEX organisations_country;
CREATE INDEX organisations_live_country ON organisations (country, sort_name) WHERE deleted_at IS NULL;
DROP INDEX organisations_engagement;
CREATE INDEX organisations_live_engagement ON organisations (engagement, sort_name) WHERE deleted_at IS NULL;

DROP INDEX people_sort_name;
CREATE INDEX people_live_name ON people (sort_name) WHERE deleted_at IS NULL;
DROP INDEX people_expert;
CREATE INDEX people_live_expert ON people (is_expert, sort_name) WHERE deleted_at IS NULL;

CREATE INDEX interactions_live_date ON interactions (occurred_on) WHERE deleted_at IS NULL;
CREATE INDEX interactions_live_type ON interactions (type, occurred_on) WHERE deleted_at IS NULL;
CREATE INDEX interactions_live_staff ON interactions (staff, occurred_on) WHERE deleted_at IS NULL;
CREATE INDEX mentoring_sessions_live_date ON mentoring_sessions (session_date) WHERE deleted_at IS NULL;
CREATE INDEX events_live_date ON events (starts_on) WHERE deleted_at IS NULL;
CREATE INDEX outcomes_live_date ON outcomes (achieved_on) WHERE deleted_at IS NULL;
CREATE INDEX vouchers_live_number ON vouchers (number) WHERE deleted_at IS NULL;

ANALYZE;
