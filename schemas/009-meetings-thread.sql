-- 009-meetings-thread.sql — schema version 9 (issue 13): an index, no
-- change of data (the events chain is untouched).
--
-- The feed shows a meeting read twice in one thread, on one day, once
-- (lib/act/ics.c): for every meeting it looks for an earlier one of the
-- same thread and day, and for the time one of them gave. Without an
-- index each look is a scan of the table, and the feed grew with the
-- square of the meetings: 840 meetings cost 260M instructions of SQLite
-- on every render, after every round that stored a letter.
CREATE INDEX meetings_thread ON meetings(thread_id, date);
