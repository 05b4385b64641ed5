/*
 * test_ledger.c — the ledger: creation with safe modes, migration from every
 * older schema version, refusal of newer ones, a reader while the writer
 * writes, nested transactions, and tamper detection in the events chain.
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
		cmocka_unit_test(test_newer_refused),
		cmocka_unit_test(test_foreign_sqlite_refused),
		cmocka_unit_test(test_reader_while_writer_writes),
		cmocka_unit_test(test_nested_rollback),
		cmocka_unit_test(test_chain_detects_tampering),
		cmocka_unit_test(test_state_machine),
	};
	return cmocka_run_group_tests_name("ledger", tests, NULL, NULL);
}
