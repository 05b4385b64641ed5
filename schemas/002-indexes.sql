-- 002-indexes.sql — schema version 2: the look-ups ingest makes for every
-- message (is this SHA-256 known? which thread?) must not scan the table;
-- without these, a 10,000-letter first sync slowed quadratically.
CREATE INDEX messages_sha256 ON messages(sha256);
CREATE INDEX commitments_thread ON commitments(thread_id);
CREATE INDEX commitments_message ON commitments(message_id);
CREATE INDEX deflections_message ON deflections(message_id);
CREATE INDEX outbox_message ON outbox(message_id);
