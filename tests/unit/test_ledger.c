/*
 * test_ledger.c — the ledger: creation with safe modes, migration from every
 * older schema version, refusal of newer ones, a reader while the writer
 * writes, nested transactions (and parts folded into a whole), and tamper
 * detection in the events chain.
 */
#include "testledger.h"

#include <sys/stat.h>

#include "ledger/items.h"
#include "ledger/ledger.h"

static char *
ledger_file(const char *name)
{
	char *dir = test_tmpdir(), *p;
	if (asprintf(&p, "%s/sub/dir/%s", dir, name) < 0)
		abort();
	free(dir);
	return p;
}

static struct ledger *
open_rw(const char *path)
{
	struct ledger *l;
	struct buf err = BUF_INIT;
	if (ledger_open(path, LEDGER_RW, &l, &err) != 0)
		fail_msg("ledger_open %s: %s", path, buf_str(&err));
	buf_free(&err);
	return l;
}

static int64_t
add_commitment(struct ledger *l, const char *who, const char *due)
{
	struct commitment c;
	memset(&c, 0, sizeof(c));
	c.actor = (char *)who;
	c.action = (char *)"send the reading log";
	c.quote = (char *)"Miss Lam will send the reading log by Friday.";
	c.due = (char *)due;
	assert_int_equal(commitment_add(l, &c, 1774000000), 0);
	return c.id;
}

static void
test_create_modes(void **state)
{
	char *path = ledger_file("ledger.db");
	struct ledger *l;
	struct stat st;

	(void)state;
	l = open_rw(path);
	assert_int_equal(ledger_version(l), ledger_latest_version());
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	char *dir = strdup(path);
	*strrchr(dir, '/') = '\0';
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	ledger_close(l);
	free(dir);
	free(path);
}

/* Build a ledger at schema version v by hand, with a row in it. */
static void
make_old_ledger(const char *path, int v)
{
	sqlite3 *db;
	char pragma[64];
	char *dir = strdup(path);

	*strrchr(dir, '/') = '\0';
	char *cmd;
	if (asprintf(&cmd, "mkdir -p '%s'", dir) < 0 || system(cmd) != 0)
		abort();
	free(cmd);
	free(dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (int step = 1; step <= v; step++)
		assert_int_equal(sqlite3_exec(db, ledger_schema_sql(step), NULL,
		    NULL, NULL), SQLITE_OK);
	if (v >= 1)
		assert_int_equal(sqlite3_exec(db, "INSERT INTO commitments (quote, "
		    "actor, due, created_at, updated_at) VALUES ('kept across "
		    "upgrades', 'Ms Wong', '2026-03-20', 1, 1)", NULL, NULL, NULL),
		    SQLITE_OK);
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v);
	assert_int_equal(sqlite3_exec(db, pragma, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void
test_migrate_from_every_version(void **state)
{
	(void)state;
	for (int v = 0; v < ledger_latest_version(); v++) {
		char *path = ledger_file("old.db");
		struct ledger *l;

		make_old_ledger(path, v);
		l = open_rw(path);
		assert_int_equal(ledger_version(l), ledger_latest_version());
		if (v >= 1)
			assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments "
			    "WHERE quote = 'kept across upgrades'"), 1);
		/* the upgraded ledger takes new rows */
		add_commitment(l, "Miss Lam", "2026-03-27");
		ledger_close(l);
		free(path);
	}
}

/* Schema 4 -> 5 (a date's doubt kept: date_flag) on a ledger with a
 * chain: the chain stays intact, old rows have no flag, new rows keep one
 * and their event says so. The schema-4 ledger is a real one with the
 * step-5 columns taken away, so its events are what ptrail 4 wrote. */
static void
test_upgrade_4_to_5_date_flag(void **state)
{
	char *path = ledger_file("v4.db");
	struct ledger *l;
	struct commitment c;
	struct buf why = BUF_INIT;
	int64_t bad = 0, id;
	char head[65], head2[65];

	(void)state;
	l = open_rw(path);
	add_commitment(l, "Ms Wong", "2026-03-20");
	add_commitment(l, "Miss Lam", "2026-03-27");
	assert_int_equal(ledger_verify(l, &bad, head, &why), 0);
	assert_int_equal(sqlite3_exec(ledger_db(l), "ALTER TABLE commitments "
	    "DROP COLUMN date_flag; ALTER TABLE meetings DROP COLUMN date_flag; "
	    "ALTER TABLE meetings DROP COLUMN location; "	/* step 7's */
	    "DROP TABLE connections; "
	    "DROP INDEX messages_tier_named; "		/* step 8's */
	    "DROP INDEX meetings_thread; "	/* step 9's */
	    "PRAGMA user_version = 4", NULL, NULL, NULL), SQLITE_OK);
	ledger_close(l);

	l = open_rw(path);
	assert_int_equal(ledger_version(l), ledger_latest_version());
	assert_int_equal(ledger_verify(l, &bad, head2, &why), 0);
	assert_string_equal(head, head2);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments "
	    "WHERE date_flag IS NULL"), 2);
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Ms Wong";
	c.action = (char *)"send the plan";
	c.quote = (char *)"Ms Wong will send the plan by Thursday 15 March.";
	c.due = (char *)"2026-03-15";
	c.date_flag = (char *)"inconsistent";
	assert_int_equal(commitment_add(l, &c, 1774000000), 0);
	id = c.id;
	assert_int_equal(commitment_get(l, id, &c), 0);
	assert_string_equal(c.date_flag, "inconsistent");
	commitment_free(&c);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM events WHERE "
	    "json_extract(detail, '$.date_flag') = 'inconsistent'"), 1);
	assert_int_equal(ledger_verify(l, &bad, NULL, &why), 0);
	ledger_close(l);
	buf_free(&why);
	free(path);
}

/* Schema 5 -> 6 (source 'parent-summary': the commitments table rebuilt)
 * on a ledger with data: a school promise, one from the parent's own
 * letter as schema 5 kept it (source 'letter' and a note), an outbox row
 * and an escalation pointing at them, and the events chain. The schema-5
 * ledger is a real one with the step-6 table put back as it was. */
static void
test_upgrade_5_to_6_parent_summary(void **state)
{
	char *path = ledger_file("v5.db");
	struct ledger *l;
	struct buf why = BUF_INIT;
	int64_t bad = 0, a, b;
	char head[65], head2[65];
	sqlite3 *db;

	(void)state;
	l = open_rw(path);
	a = add_commitment(l, "Ms Wong", "2026-03-20");
	b = add_commitment(l, "Miss Lam", "2026-03-27");
	assert_int_equal(ledger_verify(l, &bad, head, &why), 0);
	ledger_close(l);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	/* schema 5's table: ledger.sql's, with 004's and 005's columns */
	assert_int_equal(sqlite3_exec(db,
	    "PRAGMA foreign_keys = OFF; BEGIN;"
	    "CREATE TABLE c5 AS SELECT * FROM commitments;"
	    "DROP TABLE commitments;", NULL, NULL, NULL), SQLITE_OK);
	char *v5 = strdup(ledger_schema_sql(1));
	char *t = strstr(v5, "CREATE TABLE commitments");
	*strstr(t, ");") = '\0';
	char *create;
	assert_true(asprintf(&create, "%s, person_id INTEGER REFERENCES "
	    "people(id), answered_by INTEGER REFERENCES messages(id), chase "
	    "INTEGER NOT NULL DEFAULT 0, date_flag TEXT);", t) > 0);
	assert_int_equal(sqlite3_exec(db, create, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	    "INSERT INTO commitments SELECT * FROM c5; DROP TABLE c5;"
	    "CREATE INDEX commitments_state ON commitments(state, due);"
	    "CREATE INDEX commitments_thread ON commitments(thread_id);"
	    "CREATE INDEX commitments_message ON commitments(message_id);"
	    "INSERT INTO messages (id, sha256, direction, is_school, raw, size, "
	    "stored_at) VALUES (40, 'x', 'out', 0, x'00', 1, 1);"
	    "UPDATE commitments SET message_id = 40, note = 'from the "
	    "parent''s own summary' WHERE actor = 'Miss Lam';"
	    "INSERT INTO outbox (id, kind, msgid, commitment_id, to_addrs, "
	    "subject, body, created_at, updated_at) VALUES (7, 'reminder', "
	    "'<r@x>', 1, 'a@b', 's', 'b', 1, 1);"
	    "INSERT INTO escalations (commitment_id, step, outbox_id, due_at, "
	    "created_at) VALUES (2, 0, 7, 1, 1);"
	    "ALTER TABLE meetings DROP COLUMN location; "	/* step 7's */
	    "DROP TABLE connections; "
	    "DROP INDEX messages_tier_named; "		/* step 8's */
	    "DROP INDEX meetings_thread; "	/* step 9's */
	    "PRAGMA user_version = 5; COMMIT;", NULL, NULL, NULL), SQLITE_OK);
	free(create);
	free(v5);
	sqlite3_close(db);

	l = open_rw(path);
	assert_int_equal(ledger_version(l), ledger_latest_version());
	/* the chain and the ids are what they were */
	assert_int_equal(ledger_verify(l, &bad, head2, &why), 0);
	assert_string_equal(head, head2);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments"), 2);
	assert_int_equal(ledger_count(l, "SELECT id FROM commitments WHERE "
	    "actor = 'Ms Wong' AND source = 'letter'"), a);
	assert_int_equal(ledger_count(l, "SELECT id FROM commitments WHERE "
	    "actor = 'Miss Lam' AND source = 'parent-summary' AND note IS "
	    "NULL AND message_id = 40"), b);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM outbox o JOIN "
	    "escalations e ON e.outbox_id = o.id JOIN commitments c ON c.id = "
	    "o.commitment_id"), 1);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM sqlite_master "
	    "WHERE tbl_name = 'commitments' AND type = 'index'"), 3);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM "
	    "pragma_foreign_key_check"), 0);
	assert_int_equal(ledger_count(l, "SELECT foreign_keys FROM "
	    "pragma_foreign_keys"), 1);
	/* the new source is taken; another is still refused */
	assert_int_equal(sqlite3_exec(ledger_db(l), "UPDATE commitments SET "
	    "source = 'parent-summary' WHERE id = 1", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(ledger_db(l), "UPDATE commitments "
	    "SET source = 'rumour' WHERE id = 1", NULL, NULL, NULL), SQLITE_OK);
	ledger_close(l);
	buf_free(&why);
	free(path);
}

static void
test_newer_refused(void **state)
{
	char *path = ledger_file("new.db");
	struct ledger *l;
	struct buf err = BUF_INIT;

	(void)state;
	make_old_ledger(path, ledger_latest_version());
	sqlite3 *db;
	char pragma[64];
	sqlite3_open(path, &db);
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
	    ledger_latest_version() + 1);
	sqlite3_exec(db, pragma, NULL, NULL, NULL);
	sqlite3_close(db);
	assert_int_equal(ledger_open(path, LEDGER_RW, &l, &err), -1);
	assert_non_null(strstr(buf_str(&err), "is newer than this ptrail"));
	assert_null(l);
	buf_free(&err);
	free(path);
}

static void
test_foreign_sqlite_refused(void **state)
{
	char *path = ledger_file("foreign.db");
	struct ledger *l;
	struct buf err = BUF_INIT;
	sqlite3 *db;

	(void)state;
	make_old_ledger(path, 0);
	sqlite3_open(path, &db);
	sqlite3_exec(db, "CREATE TABLE photos (x)", NULL, NULL, NULL);
	sqlite3_close(db);
	assert_int_equal(ledger_open(path, LEDGER_RW, &l, &err), -1);
	assert_non_null(strstr(buf_str(&err), "not a ptrail ledger"));
	buf_free(&err);
	/* and a file that is not SQLite at all */
	FILE *f = fopen(path, "w");
	fputs("this is a photo, not a database, padded to look like one....."
	    "................................................................",
	    f);
	fclose(f);
	assert_int_equal(ledger_open(path, LEDGER_RW, &l, &err), -1);
	assert_true(err.len > 0);
	buf_free(&err);
	free(path);
}

static void
test_reader_while_writer_writes(void **state)
{
	char *path = ledger_file("rw.db");
	struct ledger *w, *r;
	struct buf err = BUF_INIT;

	(void)state;
	w = open_rw(path);
	add_commitment(w, "Ms Wong", "2026-03-20");
	assert_int_equal(ledger_open(path, LEDGER_RO, &r, &err), 0);
	assert_int_equal(ledger_begin(w), 0);
	add_commitment(w, "Miss Lam", "2026-03-27");
	/* WAL: the reader is not blocked and sees the last committed state */
	assert_int_equal(ledger_count(r, "SELECT count(*) FROM commitments"), 1);
	assert_int_equal(ledger_commit(w), 0);
	assert_int_equal(ledger_count(r, "SELECT count(*) FROM commitments"), 2);
	/* a second writer waits for the busy timeout rather than failing
	 * at once; here the first has finished, so it goes straight in */
	struct ledger *w2 = open_rw(path);
	add_commitment(w2, "Dr Ho", "2026-04-14");
	assert_int_equal(ledger_count(r, "SELECT count(*) FROM commitments"), 3);
	ledger_close(w2);
	ledger_close(r);
	ledger_close(w);
	buf_free(&err);
	free(path);
}

static void
test_nested_rollback(void **state)
{
	char *path = ledger_file("nest.db");
	struct ledger *l;

	(void)state;
	l = open_rw(path);
	assert_int_equal(ledger_begin(l), 0);
	add_commitment(l, "outer", "2026-03-20");
	assert_int_equal(ledger_begin(l), 0);
	add_commitment(l, "inner", "2026-03-21");
	ledger_rollback(l);
	assert_int_equal(ledger_commit(l), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments WHERE "
	    "actor = 'outer'"), 1);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments WHERE "
	    "actor = 'inner'"), 0);
	/* the inner commitment's event went with it: the chain is intact */
	int64_t bad;
	struct buf why = BUF_INIT;
	assert_int_equal(ledger_verify(l, &bad, NULL, &why), 0);
	ledger_close(l);
	buf_free(&why);
	free(path);
}

/* ledger_begin_part() inside ledger_begin_whole(): no savepoint of its
 * own; its rollback dooms the whole, its commit leaves the whole to say.
 * Outside a whole it is a savepoint as ever. */
static void
test_whole_and_parts(void **state)
{
	char *path = ledger_file("whole.db");
	struct ledger *l;
	struct buf why = BUF_INIT;
	int64_t bad;

	(void)state;
	l = open_rw(path);
	assert_int_equal(ledger_begin(l), 0);		/* a sync's batch */
	/* a letter whose parts all land */
	assert_int_equal(ledger_begin_whole(l), 0);
	assert_int_equal(ledger_begin_part(l), 0);
	assert_int_equal(ledger_depth(l), 3);
	add_commitment(l, "kept", "2026-03-20");
	assert_int_equal(ledger_commit(l), 0);
	assert_int_equal(ledger_commit(l), 0);
	/* a letter with a part that fails: the caller rolls it back */
	assert_int_equal(ledger_begin_whole(l), 0);
	add_commitment(l, "undone with its letter", "2026-03-21");
	assert_int_equal(ledger_begin_part(l), 0);
	add_commitment(l, "failed part", "2026-03-22");
	ledger_rollback(l);
	ledger_rollback(l);
	/* a letter whose failed part is ignored: its commit refuses */
	assert_int_equal(ledger_begin_whole(l), 0);
	assert_int_equal(ledger_begin_part(l), 0);
	add_commitment(l, "ignored failure", "2026-03-23");
	ledger_rollback(l);
	assert_int_equal(ledger_commit(l), -1);
	assert_int_equal(ledger_depth(l), 1);
	/* a plain savepoint inside a whole is a real one */
	assert_int_equal(ledger_begin_whole(l), 0);
	add_commitment(l, "kept too", "2026-03-24");
	assert_int_equal(ledger_begin(l), 0);
	add_commitment(l, "refused alone", "2026-03-25");
	ledger_rollback(l);
	assert_int_equal(ledger_commit(l), 0);
	assert_int_equal(ledger_commit(l), 0);
	assert_int_equal(ledger_depth(l), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments"), 2);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments "
	    "WHERE actor IN ('kept', 'kept too')"), 2);
	/* outside a whole, a part is a savepoint */
	assert_int_equal(ledger_begin(l), 0);
	assert_int_equal(ledger_begin_part(l), 0);
	add_commitment(l, "part alone", "2026-03-26");
	ledger_rollback(l);
	assert_int_equal(ledger_commit(l), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM commitments"), 2);
	assert_int_equal(ledger_verify(l, &bad, NULL, &why), 0);
	ledger_close(l);
	buf_free(&why);
	free(path);
}

static void
test_chain_detects_tampering(void **state)
{
	char *path = ledger_file("chain.db");
	struct ledger *l;
	struct buf why = BUF_INIT, err = BUF_INIT;
	int64_t bad;
	char head[65], head2[65];

	(void)state;
	l = open_rw(path);
	int64_t id = add_commitment(l, "Ms Wong", "2026-03-20");
	add_commitment(l, "Miss Lam", "2026-03-27");
	assert_int_equal(commitment_set_state(l, id, "done", "seen it", 1774100000,
	    &err), 0);
	assert_int_equal(ledger_verify(l, &bad, head, &why), 0);
	assert_int_equal(strlen(head), 64);

	/* the triggers refuse edits through SQL */
	assert_int_not_equal(sqlite3_exec(ledger_db(l), "UPDATE events SET "
	    "detail = '{}' WHERE id = 2", NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(ledger_db(l), "DELETE FROM events "
	    "WHERE id = 2", NULL, NULL, NULL), SQLITE_OK);

	/* someone with sqlite3 drops them and edits row 2 */
	assert_int_equal(sqlite3_exec(ledger_db(l), "DROP TRIGGER "
	    "events_no_update; UPDATE events SET detail = replace(detail, "
	    "'Miss Lam', 'Mr Nobody') WHERE id = 2", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(ledger_verify(l, &bad, NULL, &why), 1);
	assert_int_equal(bad, 2);
	assert_non_null(strstr(buf_str(&why), "event 2"));
	buf_reset(&why);

	/* a fresh chain: deleting a middle row is found too */
	ledger_close(l);
	free(path);
	path = ledger_file("chain2.db");
	l = open_rw(path);
	add_commitment(l, "a", "2026-03-20");
	add_commitment(l, "b", "2026-03-20");
	add_commitment(l, "c", "2026-03-20");
	assert_int_equal(ledger_verify(l, &bad, head2, &why), 0);
	assert_string_not_equal(head, head2);
	assert_int_equal(sqlite3_exec(ledger_db(l), "DROP TRIGGER "
	    "events_no_delete; DELETE FROM events WHERE id = 2", NULL, NULL,
	    NULL), SQLITE_OK);
	assert_int_equal(ledger_verify(l, &bad, NULL, &why), 1);
	assert_int_equal(bad, 3);
	ledger_close(l);
	buf_free(&why);
	buf_free(&err);
	free(path);
}

static void
test_state_machine(void **state)
{
	char *path = ledger_file("sm.db");
	struct ledger *l;
	struct buf err = BUF_INIT;
	struct commitment c;

	(void)state;
	l = open_rw(path);
	int64_t id = add_commitment(l, "Ms Wong", "2026-03-20");
	assert_int_equal(commitment_set_state(l, id, "bogus", NULL, 2, &err), -1);
	assert_int_equal(commitment_set_state(l, id, "disputed", "not what was "
	    "said", 2, &err), 0);
	assert_int_equal(commitment_set_state(l, id, "done", NULL, 3, &err), 0);
	buf_reset(&err);
	assert_int_equal(commitment_set_state(l, id, "open", NULL, 4, &err), -1);
	assert_non_null(strstr(buf_str(&err), "is done; it cannot become open"));
	assert_int_equal(commitment_get(l, id, &c), 0);
	assert_string_equal(c.state, "done");
	assert_string_equal(c.note, "not what was said");
	assert_int_equal(c.sequence, 2);
	assert_false(commitment_is_overdue(&c, "2026-04-01"));
	commitment_free(&c);
	assert_int_equal(commitment_set_state(l, 999, "done", NULL, 4, &err), -1);

	int64_t id2 = add_commitment(l, "Miss Lam", "2026-03-20");
	assert_int_equal(commitment_get(l, id2, &c), 0);
	assert_false(commitment_is_overdue(&c, "2026-03-20"));
	assert_true(commitment_is_overdue(&c, "2026-03-21"));
	commitment_free(&c);
	assert_int_equal(commitment_mark_answered(l, id2, 5, 5), 0);
	assert_int_equal(commitment_get(l, id2, &c), 0);
	assert_false(commitment_is_overdue(&c, "2026-03-21"));
	commitment_free(&c);
	ledger_close(l);
	buf_free(&err);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_modes),
		cmocka_unit_test(test_migrate_from_every_version),
		cmocka_unit_test(test_upgrade_4_to_5_date_flag),
		cmocka_unit_test(test_upgrade_5_to_6_parent_summary),
		cmocka_unit_test(test_newer_refused),
		cmocka_unit_test(test_foreign_sqlite_refused),
		cmocka_unit_test(test_reader_while_writer_writes),
		cmocka_unit_test(test_nested_rollback),
		cmocka_unit_test(test_whole_and_parts),
		cmocka_unit_test(test_chain_detects_tampering),
		cmocka_unit_test(test_state_machine),
	};
	return cmocka_run_group_tests_name("ledger", tests, NULL, NULL);
}
