-- 007-place-and-connections.sql — schema version 7 (issue 18).
--
-- meetings.location: where a meeting is held, in the letter's own words
-- ("Room 204", "the SEN room", 本校會議室), read from the meeting's
-- sentence or the next, or given with `ptrail meeting add --where`. It
-- becomes the feed's LOCATION. NULL: no place named (and every row from
-- before step 7).
ALTER TABLE meetings ADD COLUMN location TEXT;

-- connections: the last time ptraild could not speak to the IMAP or SMTP
-- server, in words ("nothing listens on localhost:1 (connection
-- refused)"), and the last time it could, for `ptrail status`. Apart from
-- sync_state so that a refused connection does not hide a folder's own
-- last error (a server that hung up mid-fetch).
CREATE TABLE connections (
	service		TEXT PRIMARY KEY CHECK (service IN ('imap', 'smtp')),
	last_error	TEXT,
	last_error_at	INTEGER,
	last_ok_at	INTEGER
);
