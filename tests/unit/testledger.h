/*
 * testledger.h — for the unit tests that open a ledger: one number from
 * one query, asserted to have run; and a family (a config and an open
 * ledger in a fresh folder) set up and taken down in one call each. Kept
 * apart from testutil.h, which tests that do not touch the ledger include
 * too.
 */
#ifndef PTRAIL_TESTLEDGER_H
#define PTRAIL_TESTLEDGER_H

#include "testutil.h"

#include "base/config.h"
#include "base/timeutil.h"
#include "ledger/ingest.h"
#include "ledger/ledger.h"

static inline int64_t
ledger_count(struct ledger *l, const char *sql)
{
	int64_t n = -1;
	assert_int_equal(ledger_query_int(l, &n, sql, (char *)NULL), 0);
	return n;
}

/* A config and a ledger; test_family_close() frees all of it. */
struct test_family {
	char		*dir, *db, *conf;
	struct config	 cfg;
	struct ledger	*l;
};

/* conf_text written 0600 as dir/c.conf and loaded, dir/l.db opened
 * read-write, the zone Asia/Hong_Kong. */
static inline void
test_family_open(struct test_family *f, const char *conf_text)
{
	struct buf err = BUF_INIT;

	memset(f, 0, sizeof(*f));
	tz_set("Asia/Hong_Kong");
	f->dir = test_tmpdir();
	if (asprintf(&f->db, "%s/l.db", f->dir) < 0)
		abort();
	f->conf = test_write_file(f->dir, "c.conf", conf_text, 0600);
	if (config_load(f->conf, &f->cfg, &err) == -1 ||
	    ledger_open(f->db, LEDGER_RW, &f->l, &err) == -1)
		fail_msg("test family: %s", buf_str(&err));
	buf_free(&err);
}

static inline void
test_family_close(struct test_family *f)
{
	ledger_close(f->l);
	config_free(&f->cfg);
	unlink(f->db);
	free(f->db);
	free(f->conf);
	free(f->dir);
	memset(f, 0, sizeof(*f));
}

/* raw stored as INBOX's uid (UIDVALIDITY 1) at now, asserted to have
 * been stored; the message's row id. */
static inline int64_t
test_family_ingest(struct test_family *f, const char *raw, uint32_t uid,
    time_t now)
{
	struct ingest_result res;
	struct buf err = BUF_INIT;

	assert_int_equal(ingest_message(f->l, &f->cfg, "INBOX", 1, uid, raw,
	    strlen(raw), now, &res, &err), 0);
	buf_free(&err);
	return res.id;
}

/*
 * One family all the tests of a file share, through cmocka's group
 * fixtures: the file's setup returns test_family_setup(state, CONF), its
 * teardown is test_family_teardown, and every test finds the family in
 * *state.
 */
static inline int
test_family_setup(void **state, const char *conf_text)
{
	struct test_family *f = calloc(1, sizeof(*f));

	if (f == NULL)
		abort();
	test_family_open(f, conf_text);
	*state = f;
	return 0;
}

static inline int
test_family_teardown(void **state)
{
	test_family_close(*state);
	free(*state);
	return 0;
}

#endif
