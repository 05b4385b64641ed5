-- ledger.sql — the ptrail ledger, schema version 1.
--
-- One SQLite file, WAL mode, one writer (ptraild) and any number of readers.
-- Times are UTC seconds since the epoch (INTEGER). Calendar days a person
-- reads (due days, meeting days) are 'YYYY-MM-DD' in the family's zone.
-- Later versions live in schemas/NNN-*.sql and are applied in order;
-- PRAGMA user_version is the version the file is at.

-- Every message ptrail kept: the raw bytes are the evidence, never changed.
CREATE TABLE messages (
	id		INTEGER PRIMARY KEY,
	message_id	TEXT,			-- <...> as in the header, may be NULL
	sha256		TEXT NOT NULL,		-- of raw
	folder		TEXT,
	uid		INTEGER,
	direction	TEXT NOT NULL DEFAULT 'in' CHECK (direction IN ('in','out')),
	is_school	INTEGER NOT NULL DEFAULT 1,
	date		INTEGER,		-- Date: header, UTC
	from_name	TEXT,
	from_addr	TEXT,
	to_addrs	TEXT,
	cc_addrs	TEXT,
	subject		TEXT,
	in_reply_to	TEXT,
	refs		TEXT,			-- References:, space separated
	thread_id	INTEGER REFERENCES messages(id),	-- first message of the thread
	lang		TEXT,			-- 'en' | 'zh'
	body		TEXT,			-- decoded text, quotes cut
	raw		BLOB NOT NULL,
	size		INTEGER NOT NULL,
	stored_at	INTEGER NOT NULL,
	UNIQUE (message_id, sha256)
);
CREATE INDEX messages_msgid ON messages(message_id);
CREATE INDEX messages_thread ON messages(thread_id);

CREATE TABLE meetings (
	id		INTEGER PRIMARY KEY,
	message_id	INTEGER REFERENCES messages(id),	-- NULL: added by hand
	thread_id	INTEGER REFERENCES messages(id),
	quote		TEXT NOT NULL,
	date		TEXT NOT NULL,		-- YYYY-MM-DD
	time		TEXT,			-- HH:MM or NULL
	with_whom	TEXT,
	note		TEXT,
	state		TEXT NOT NULL DEFAULT 'scheduled'
			CHECK (state IN ('scheduled','held','cancelled')),
	sequence	INTEGER NOT NULL DEFAULT 0,
	created_at	INTEGER NOT NULL,
	updated_at	INTEGER NOT NULL
);

CREATE TABLE commitments (
	id		INTEGER PRIMARY KEY,
	message_id	INTEGER REFERENCES messages(id),	-- the letter, or NULL
	meeting_id	INTEGER REFERENCES meetings(id),	-- heard at a meeting
	thread_id	INTEGER REFERENCES messages(id),
	source		TEXT NOT NULL DEFAULT 'letter'
			CHECK (source IN ('letter','manual','meeting')),
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
	updated_at	INTEGER NOT NULL
);
CREATE INDEX commitments_state ON commitments(state, due);

CREATE TABLE deflections (
	id		INTEGER PRIMARY KEY,
	message_id	INTEGER REFERENCES messages(id),
	quote		TEXT NOT NULL,
	kind		TEXT NOT NULL,
	created_at	INTEGER NOT NULL
);

-- Mail ptrail writes: draft -> approved -> sending -> sent | failed | cancelled.
CREATE TABLE outbox (
	id		INTEGER PRIMARY KEY,
	kind		TEXT NOT NULL CHECK (kind IN
			('confirmation','reminder','escalation','notice')),
	state		TEXT NOT NULL DEFAULT 'draft' CHECK (state IN
			('draft','approved','sending','sent','retrying','failed','cancelled')),
	msgid		TEXT NOT NULL UNIQUE,	-- our Message-ID, fixed at creation
	thread_id	INTEGER REFERENCES messages(id),
	message_id	INTEGER REFERENCES messages(id),	-- the letter it answers
	commitment_id	INTEGER REFERENCES commitments(id),
	to_addrs	TEXT NOT NULL,
	cc_addrs	TEXT,
	subject		TEXT NOT NULL,
	body		TEXT NOT NULL,
	lang		TEXT NOT NULL DEFAULT 'en',
	in_reply_to	TEXT,
	refs		TEXT,
	token		TEXT,			-- APPROVE token, 128 bits hex
	attempts	INTEGER NOT NULL DEFAULT 0,
	next_try_at	INTEGER,
	last_error	TEXT,
	not_before	INTEGER,		-- working hours: do not send earlier
	created_at	INTEGER NOT NULL,
	updated_at	INTEGER NOT NULL,
	sent_at		INTEGER
);
CREATE INDEX outbox_state ON outbox(state);

-- One row per step of the ladder per commitment: a step never repeats.
CREATE TABLE escalations (
	id		INTEGER PRIMARY KEY,
	commitment_id	INTEGER NOT NULL REFERENCES commitments(id),
	step		INTEGER NOT NULL,	-- 0 reminder, 1 principal, 2 IMC, 3 REO
	outbox_id	INTEGER REFERENCES outbox(id),
	due_at		INTEGER NOT NULL,	-- when the step falls due
	created_at	INTEGER NOT NULL,
	UNIQUE (commitment_id, step)
);

CREATE TABLE sync_state (
	folder		TEXT PRIMARY KEY,
	uidvalidity	INTEGER,
	last_uid	INTEGER NOT NULL DEFAULT 0,
	last_sync	INTEGER,
	messages	INTEGER NOT NULL DEFAULT 0,
	last_error	TEXT
);

CREATE TABLE contacts (
	role		TEXT PRIMARY KEY,
	name		TEXT,
	address		TEXT
);

-- Append-only log of everything ptrail saw and did. Each row's hash is
-- SHA-256 over its own fields and the previous row's hash (see ledger.c,
-- event_hash()), so an edit anywhere breaks the chain from there on.
CREATE TABLE events (
	id		INTEGER PRIMARY KEY,
	at		INTEGER NOT NULL,
	kind		TEXT NOT NULL,		-- 'commitment.add', 'message.store', ...
	subject		TEXT,			-- 'commitment:12'
	detail		TEXT,			-- JSON
	prev_hash	TEXT NOT NULL,
	hash		TEXT NOT NULL
);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
