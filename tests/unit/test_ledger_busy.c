/*
 * test_ledger_busy.c — a busy ledger waits, it never skips (issue 14
 * point 9). A second connection (the CLI) commits while the daemon's
 * drafting step is between its reads and its writes; every notice the
 * step owes is still written in that same run. Before the fix, the
 * notices were created while a SELECT on the same connection was still
 * stepping: the write transaction had to upgrade a stale read snapshot,
 * SQLite answered SQLITE_BUSY at once (no busy timeout can help), and
 * the notices waited for the next round.
 *
 * Also: the daemon's lock file (one daemon per ledger) and the integrity
 * check that tells a damaged file from an edited row.
 */
#include "testledger.h"


#include "base/config.h"
#include "ledger/outbox.h"
#include "act/schedule.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

static struct test_family *fam;	/* the group's (testledger.h) */
static struct ledger *cli;	/* a second connection, as the CLI's */
static int cli_writes;

static int
setup(void **state)
{
	struct buf err = BUF_INIT;

	test_family_setup(state, "[account]\naddress = P <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\nsenco = Ms Wong <wong@s.edu.hk>\n");
	fam = *state;
	assert_int_equal(ledger_open(fam->db, LEDGER_RW, &cli, &err), 0);
	buf_free(&err);
	return 0;
}

static int
teardown(void **state)
{
	ledger_close(cli);
	return test_family_teardown(state);
}

/* Each time the daemon's connection looks for an existing notice, the
 * CLI's connection commits an edit of its own. */
static int
cli_writes_meanwhile(unsigned type, void *ctx, void *p, void *x)
{
	const char *sql = sqlite3_sql(p);
	(void)type; (void)ctx; (void)x;
	if (sql && strstr(sql, "kind = 'notice' AND subject = ?")) {
		assert_true(ledger_event(cli, 1000, "test.cli_edit", NULL, NULL) > 0);
		cli_writes++;
	}
	return 0;
}

static void
test_notices_written_while_cli_writes(void **state)
{
	(void)state;
	for (int k = 0; k < 5; k++) {
		struct outbox_row r;
		memset(&r, 0, sizeof(r));
		r.kind = xstrdup("confirmation");
		r.to_addrs = xstrdup("wong@s.edu.hk");
		r.subject = xasprintf("Re: letter %d", k);
		r.body = xstrdup("Dear Ms Wong,\n");
		assert_int_equal(outbox_create(fam->l, &fam->cfg, &r, 1000), 0);
		outbox_row_free(&r);
	}
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "state = 'draft'"), 5);
	sqlite3_trace_v2(ledger_db(fam->l), SQLITE_TRACE_STMT,
	    cli_writes_meanwhile,
	    NULL);
	schedule_run(fam->l, &fam->cfg, 2000, NULL);
	sqlite3_trace_v2(ledger_db(fam->l), 0, NULL, NULL);
	assert_true(cli_writes >= 1);
	/* the day's digest, with all five, in this run: not skipped for the
	 * next round */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'notice' AND subject LIKE 'ptrail: digest for %' AND body "
	    "LIKE '%Draft 1 %Draft 2 %Draft 3 %Draft 4 %Draft 5 %'"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE "
	    "kind = 'test.cli_edit'"), cli_writes);
	assert_int_equal(ledger_depth(fam->l), 0);
}

/* One b-tree page broken (its cell count), the schema intact: the ledger
 * opens, and the check says damaged; a sound one says sound. */
static void
test_quick_check_tells_damage(void **state)
{
	struct buf why = BUF_INIT;
	struct ledger *m;
	int64_t root = 0, pagesize = 0;
	char *p;
	FILE *f;
	(void)state;
	if (asprintf(&p, "%s/damaged.db", fam->dir) < 0)
		abort();
	assert_int_equal(ledger_open(p, LEDGER_RW, &m, &why), 0);
	for (int k = 0; k < 300; k++)
		assert_true(ledger_event(m, 1000 + k, "test.fill", "x",
		    "{\"pad\":\"................................................\"}") > 0);
	assert_int_equal(ledger_quick_check(m, &why), 0);
	assert_int_equal(ledger_query_int(m, &root, "SELECT rootpage FROM "
	    "sqlite_master WHERE name = 'events'", (char *)NULL), 0);
	assert_int_equal(ledger_query_int(m, &pagesize, "PRAGMA page_size",
	    (char *)NULL), 0);
	ledger_close(m);	/* the last connection: checkpointed */
	assert_int_equal(ledger_check_file(p, &why), 0);
	f = fopen(p, "r+b");
	assert_non_null(f);
	fseek(f, (long)((root - 1) * pagesize + 3), SEEK_SET);
	fputc(0xff, f);
	fputc(0xff, f);
	fclose(f);
	assert_int_equal(ledger_open(p, LEDGER_RW, &m, &why), 0);
	buf_reset(&why);
	assert_int_equal(ledger_quick_check(m, &why), 1);
	assert_true(why.len > 0);
	ledger_close(m);
	buf_reset(&why);
	assert_int_equal(ledger_check_file(p, &why), 1);
	buf_free(&why);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_notices_written_while_cli_writes),
		cmocka_unit_test(test_quick_check_tells_damage),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
