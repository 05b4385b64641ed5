-- 007-meeting-location.sql — schema version 7: where a meeting is held.
--
-- The letter's own words for the place ("Room 204", "the SEN room",
-- 本校會議室), read from the meeting's sentence or the next, or given with
-- `ptrail meeting add --where`. It becomes the feed's LOCATION.
-- NULL: no place named (and every row from before step 7).
ALTER TABLE meetings ADD COLUMN location TEXT;
