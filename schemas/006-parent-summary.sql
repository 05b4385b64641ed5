-- 006-parent-summary.sql — schema version 6: the parent's own summary is
-- a source.
--
-- A promise read from a letter the parent wrote to the school ("you
-- agreed that Ms Lee will send the plan by 20 March") is recorded with
-- source 'parent-summary', so that list, show, the JSON and the dossier
-- say where it came from. SQLite cannot change a CHECK constraint in
-- place: the table is rebuilt (create, copy, drop, rename, indexes again),
-- with the same ids, so outbox, escalations and the events that name a
-- commitment still name the same one. The events table is not touched:
-- the chain stays as it was. ledger.c turns foreign keys off for the
-- upgrade and checks them before it commits (SQLite's documented way).
CREATE TABLE commitments_v6 (
	id		INTEGER PRIMARY KEY,
	message_id	INTEGER REFERENCES messages(id),	-- the letter, or NULL
	meeting_id	INTEGER REFERENCES meetings(id),	-- heard at a meeting
	thread_id	INTEGER REFERENCES messages(id),
	source		TEXT NOT NULL DEFAULT 'letter'
			CHECK (source IN ('letter','manual','meeting',
			'parent-summary')),
	actor		TEXT,
	action		TEXT,
	quote		TEXT NOT NULL,
	due		TEXT,			-- YYYY-MM-DD or NULL
	due_time	TEXT,			-- HH:MM or NULL
	vague		INTEGER NOT NULL DEFAULT 0,
	state		TEXT NOT NULL DEFAULT 'open'
			CHECK (state IN ('open','confirmed','done','disputed','withdrawn')),
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
INSERT INTO commitments_v6 (id, message_id, meeting_id, thread_id, source,
	actor, action, quote, due, due_time, vague, state, note, answered_at,
	sequence, created_at, updated_at, person_id, answered_by, chase,
	date_flag)
SELECT id, message_id, meeting_id, thread_id, source, actor, action, quote,
	due, due_time, vague, state, note, answered_at, sequence, created_at,
	updated_at, person_id, answered_by, chase, date_flag FROM commitments;
DROP TABLE commitments;
ALTER TABLE commitments_v6 RENAME TO commitments;
CREATE INDEX commitments_state ON commitments(state, due);
CREATE INDEX commitments_thread ON commitments(thread_id);
CREATE INDEX commitments_message ON commitments(message_id);
-- Before this step a promise from the parent's own letter was a 'letter'
-- with this note (ingest.c wrote it): it says now what it always was.
UPDATE commitments SET source = 'parent-summary', note = NULL
	WHERE source = 'letter' AND note = 'from the parent''s own summary'
	AND message_id IN (SELECT id FROM messages WHERE direction = 'out');
