-- 010-commitments-checks.sql — schema version 10 (issue 13): the same
-- commitments, their CHECKs written as OR, not IN.
--
-- SQLite 3.40 evaluates "x IN ('a', 'b', ...)" in a CHECK by building a
-- temporary b-tree of the list, anew on every INSERT: for commitments'
-- two lists that was about 48,000 instructions of a row's 105,000, and a
-- first sync writes thousands of rows. "x = 'a' OR x = 'b'" means the
-- same (NULL passes either way; the column's affinity applies alike) and
-- costs a few comparisons. As in step 6 the table is rebuilt (create,
-- copy, drop, rename, indexes again) with the same ids; the events table
-- is not touched and the chain stays as it was.
CREATE TABLE commitments_v9 (
	id		INTEGER PRIMARY KEY,
	message_id	INTEGER REFERENCES messages(id),	-- the letter, or NULL
	meeting_id	INTEGER REFERENCES meetings(id),	-- heard at a meeting
	thread_id	INTEGER REFERENCES messages(id),
	source		TEXT NOT NULL DEFAULT 'letter'
			CHECK (source = 'letter' OR source = 'manual' OR
			source = 'meeting' OR source = 'parent-summary'),
	actor		TEXT,
	action		TEXT,
	quote		TEXT NOT NULL,
	due		TEXT,			-- YYYY-MM-DD or NULL
	due_time	TEXT,			-- HH:MM or NULL
	vague		INTEGER NOT NULL DEFAULT 0,
	state		TEXT NOT NULL DEFAULT 'open'
			CHECK (state = 'open' OR state = 'confirmed' OR
			state = 'done' OR state = 'disputed' OR
			state = 'withdrawn'),
	note		TEXT,
	answered_at	INTEGER,		-- school wrote in the thread after it
	sequence	INTEGER NOT NULL DEFAULT 0,	-- bumps on every change (ICS)
	created_at	INTEGER NOT NULL,
	updated_at	INTEGER NOT NULL,
	person_id	INTEGER REFERENCES people(id),
	answered_by	INTEGER REFERENCES messages(id),
	chase		INTEGER NOT NULL DEFAULT 0,
	date_flag	TEXT
);
INSERT INTO commitments_v9 (id, message_id, meeting_id, thread_id, source,
	actor, action, quote, due, due_time, vague, state, note, answered_at,
	sequence, created_at, updated_at, person_id, answered_by, chase,
	date_flag)
SELECT id, message_id, meeting_id, thread_id, source, actor, action, quote,
	due, due_time, vague, state, note, answered_at, sequence, created_at,
	updated_at, person_id, answered_by, chase, date_flag FROM commitments;
DROP TABLE commitments;
ALTER TABLE commitments_v9 RENAME TO commitments;
CREATE INDEX commitments_state ON commitments(state, due);
CREATE INDEX commitments_thread ON commitments(thread_id);
CREATE INDEX commitments_message ON commitments(message_id);
