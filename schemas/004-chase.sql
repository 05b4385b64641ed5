-- 004-chase.sql — schema version 4: the chase tells only the truth.
--
-- people: who the ledger knows. A commitment belongs to a person (the
-- sender for "I"/"we", the person named last for "she", the configured
-- SENCO for "the SENCO", the person asked in "I have asked Ms Wong to");
-- commitments.actor keeps the words as written. Two rows found to be one
-- person are merged (merged_into), never deleted.
CREATE TABLE people (
	id		INTEGER PRIMARY KEY,
	name		TEXT,
	address		TEXT,			-- lower case, or NULL
	role		TEXT,			-- the config's role, or NULL
	merged_into	INTEGER REFERENCES people(id),
	created_at	INTEGER NOT NULL
);
CREATE INDEX people_address ON people(address);

ALTER TABLE commitments ADD COLUMN person_id INTEGER REFERENCES people(id);
-- the letter that answered this one promise (NULL: the parent said so)
ALTER TABLE commitments ADD COLUMN answered_by INTEGER REFERENCES messages(id);
-- 1: the parent asked to chase a promise that was already past when first
-- seen (`ptrail chase ID`); such promises are otherwise only listed
ALTER TABLE commitments ADD COLUMN chase INTEGER NOT NULL DEFAULT 0;

-- escalations: one row per commitment and ladder letter. A letter covers
-- every commitment its addressee and step cover, so several rows share an
-- outbox row; a step cancelled by the parent may be drafted again by hand,
-- so (commitment, step) is no longer unique.
CREATE TABLE escalations_v4 (
	id		INTEGER PRIMARY KEY,
	commitment_id	INTEGER NOT NULL REFERENCES commitments(id),
	step		INTEGER NOT NULL,	-- 0 reminder, 1 principal, 2 IMC, 3 REO
	outbox_id	INTEGER REFERENCES outbox(id),
	due_at		INTEGER NOT NULL,
	created_at	INTEGER NOT NULL
);
INSERT INTO escalations_v4 SELECT id, commitment_id, step, outbox_id, due_at,
	created_at FROM escalations;
DROP TABLE escalations;
ALTER TABLE escalations_v4 RENAME TO escalations;
CREATE INDEX escalations_commitment ON escalations(commitment_id, step);
CREATE INDEX escalations_outbox ON escalations(outbox_id);
