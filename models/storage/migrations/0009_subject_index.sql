-- HubDesk schema, version 9: indexes for a million interactions.
--
-- Interactions are the largest table (a million rows after years of a network of hubs).
-- Measured on `hubdesk demo --size 1000000` (bench/run.py):
--
-- * Sorted by subject, the interaction's name, the list read and sorted every live row
--   for each page (0.4 s). A partial index of live rows gives the first page at once and
--   skips to a deep page through index entries only, like the indexes of version 3.
-- * The report's "engaged stakeholders" asks, for each organisation, whether it has a
--   live interaction in the period; the index by organisation and date holds no
--   deleted_at, so every candidate interaction was read from the table (0.6–0.9 s for
--   each of three figures). Its partial twin of live rows answers from the index alone.
-- * The report's session figures read each session of the period from the table after
--   the date index (0.3 s each, a dozen of them). A partial index of live sessions that
--   holds every column they use answers them from the index alone.

CREATE INDEX interactions_live_subject ON interactions (subject) WHERE deleted_at IS NULL;
CREATE INDEX interactions_live_organisation ON interactions (organisation_id, occurred_on) WHERE deleted_at IS NULL;
CREATE INDEX mentoring_sessions_live_figures
    ON mentoring_sessions (session_date, status, service, duration_minutes, startup_id, expert_id) WHERE deleted_at IS NULL;
