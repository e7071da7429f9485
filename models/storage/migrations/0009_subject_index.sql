-- HubDesk schema, version 9: the interactions' subject, in order, for the list.
--
-- Interactions are the largest table (a million rows after years of a network of hubs).
-- Their list sorts by date through interactions_live_date; sorted by subject, the
-- interaction's name, it read and sorted every live row for each page (0.4 s at a million
-- rows). A partial index of live rows gives the first page at once and skips to a deep
-- page through index entries only, like the indexes of version 3.

CREATE INDEX interactions_live_subject ON interactions (subject) WHERE deleted_at IS NULL;
