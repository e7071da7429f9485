-- HubDesk schema, version 7: search text written again.
--
-- The Latin spelling kept for a Cyrillic word was made after folding, which turns й
-- into и: "Николай" was found by "nikolai" but not by "nikolay", its spelling in the
-- official transliteration. Search text now keeps both; the program step that follows
-- this script (SearchIndex::refresh) computes it again for every record and writes
-- the ones that changed, through the triggers. No table changes.
SELECT 1;
