/*
 * test_approve.c — approval by mail as a step of the round: "APPROVE",
 * "Approve" (a phone's capital) and "approve" all approve the draft with
 * that token; "disapprove" or a line from another address does not; the
 * event names the letter and records no error; a letter stored before the
 * process started (a crash before its pass) still approves; nothing is
 * approved twice.
 */
#include "testledger.h"

#include "base/config.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "ledger/approve.h"
#include "ledger/outbox.h"

static struct config cfg;
static struct ledger *l;

static int
setup(void **state)
{
	char *dir = test_tmpdir(), *path, *conf;
	struct buf err = BUF_INIT;
	(void)state;
	tz_set("Asia/Hong_Kong");
	if (asprintf(&path, "%s/ledger.db", dir) < 0)
		abort();
	conf = test_write_file(dir, "c.conf", "[account]\naddress = P <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\n", 0600);
	assert_int_equal(config_load(conf, &cfg, &err), 0);
	assert_int_equal(ledger_open(path, LEDGER_RW, &l, &err), 0);
	free(dir);
	free(path);
	free(conf);
	buf_free(&err);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	ledger_close(l);
	config_free(&cfg);
	return 0;
}

static void
test_next(void **state)
{
	const char *text = "Thanks. APPROVE AbC1\nApprove\tdef2\napprove   ghi3 "
	    "but I disapprove jkl4, approved mno5";
	size_t pos = 0;
	char token[41];
	(void)state;
	assert_int_equal(approve_next(text, &pos, token), 1);
	assert_string_equal(token, "abc1");
	assert_int_equal(approve_next(text, &pos, token), 1);
	assert_string_equal(token, "def2");
	assert_int_equal(approve_next(text, &pos, token), 1);
	assert_string_equal(token, "ghi3");
	assert_int_equal(approve_next(text, &pos, token), 0);
}

static int64_t
draft(const char *subject, char token[33])
{
	struct outbox_row r;
	int64_t id;
	memset(&r, 0, sizeof(r));
	r.kind = xstrdup("confirmation");
	r.to_addrs = xstrdup("wong@s.edu.hk");
	r.subject = xstrdup(subject);
	r.body = xstrdup("Dear Ms Wong,\n");
	assert_int_equal(outbox_create(l, &cfg, &r, 1000), 0);
	memcpy(token, r.token, 33);
	id = r.id;
	outbox_row_free(&r);
	return id;
}

static void
letter(const char *msgid, const char *dir, const char *from, const char *body)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(ledger_db(l), "INSERT INTO messages "
	    "(message_id, sha256, direction, is_school, from_addr, body, raw, "
	    "size, stored_at) VALUES (?, ?, ?, 0, ?, ?, x'00', 1, 1000)", -1, &st,
	    NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, msgid, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, msgid, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, dir, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, body, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

static const char *
state_of(int64_t id)
{
	static char s[16];
	struct outbox_row r;
	assert_int_equal(outbox_get(l, id, &r), 0);
	snprintf(s, sizeof(s), "%s", r.state);
	outbox_row_free(&r);
	return s;
}

static void
test_pass(void **state)
{
	struct approve_mark mark;
	char t1[33], t2[33], t3[33], t4[33], *body;
	int64_t a, b, c, d;
	(void)state;
	a = draft("one", t1);
	b = draft("two", t2);
	c = draft("three", t3);
	d = draft("four", t4);
	/* stored before this process started: a crash before its pass */
	body = xasprintf("Approve %s\n", t4);
	letter("<early@f.example>", "out", "p@f.example", body);
	free(body);
	approve_begin(l, &mark);
	body = xasprintf("Approve %s\nAPPROVE %s\n", t1, t2);
	letter("<phone@f.example>", "out", "p@f.example", body);
	free(body);
	body = xasprintf("APPROVE %s\n", t3);
	letter("<school@s.edu.hk>", "in", "wong@s.edu.hk", body);
	free(body);
	assert_int_equal(approve_by_mail(l, &cfg, 2000, &mark), 3);
	assert_string_equal(state_of(a), "approved");
	assert_string_equal(state_of(b), "approved");
	assert_string_equal(state_of(c), "draft");	/* not the parent */
	assert_string_equal(state_of(d), "approved");	/* the early letter */
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM events WHERE "
	    "kind = 'outbox.approved_by_mail' AND detail LIKE "
	    "'%<phone@f.example>%'"), 2);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM events WHERE "
	    "detail LIKE '%\"error\"%'"), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM outbox WHERE "
	    "last_error IS NOT NULL"), 0);
	/* the next pass: nothing new, nothing twice */
	assert_int_equal(approve_by_mail(l, &cfg, 3000, &mark), 0);
	body = xasprintf("approve %s\n", t1);
	letter("<again@f.example>", "out", "p@f.example", body);
	free(body);
	assert_int_equal(approve_by_mail(l, &cfg, 3000, &mark), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM events WHERE "
	    "kind = 'outbox.approved_by_mail'"), 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_next),
		cmocka_unit_test(test_pass),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
