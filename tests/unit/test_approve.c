/*
 * test_approve.c — approval by mail as a step of the round: "APPROVE",
 * "Approve" (a phone's capital) and "approve" all approve the draft with
 * that token; "disapprove" or a line from another address does not; the
 * event names the letter and records no error; a letter stored before the
 * process started (a crash before its pass) still approves; nothing is
 * approved twice; a draft edited after its token was mailed is not
 * approved by that token (refused, and the log says why), but by the new
 * one the next digest shows.
 */
#include "testledger.h"

#include <fcntl.h>

#include "act/schedule.h"
#include "base/config.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "ledger/approve.h"
#include "ledger/outbox.h"

static struct test_family *fam;	/* the group's (testledger.h) */

static int
setup(void **state)
{
	int rc = test_family_setup(state, "[account]\naddress = P <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\n");

	fam = *state;
	return rc;
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
	assert_int_equal(outbox_create(fam->l, &fam->cfg, &r, 1000), 0);
	memcpy(token, r.token, 33);
	id = r.id;
	outbox_row_free(&r);
	return id;
}

static void
letter(const char *msgid, const char *dir, const char *from, const char *body)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(ledger_db(fam->l),
	    "INSERT INTO messages "
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
	assert_int_equal(outbox_get(fam->l, id, &r), 0);
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
	approve_begin(fam->l, &mark);
	body = xasprintf("Approve %s\nAPPROVE %s\n", t1, t2);
	letter("<phone@f.example>", "out", "p@f.example", body);
	free(body);
	body = xasprintf("APPROVE %s\n", t3);
	letter("<school@s.edu.hk>", "in", "wong@s.edu.hk", body);
	free(body);
	assert_int_equal(approve_by_mail(fam->l, &fam->cfg, 2000, &mark), 3);
	assert_string_equal(state_of(a), "approved");
	assert_string_equal(state_of(b), "approved");
	assert_string_equal(state_of(c), "draft");	/* not the parent */
	assert_string_equal(state_of(d), "approved");	/* the early letter */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE "
	    "kind = 'outbox.approved_by_mail' AND detail LIKE "
	    "'%<phone@f.example>%'"), 2);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE "
	    "detail LIKE '%\"error\"%'"), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "last_error IS NOT NULL"), 0);
	/* the next pass: nothing new, nothing twice */
	assert_int_equal(approve_by_mail(fam->l, &fam->cfg, 3000, &mark), 0);
	body = xasprintf("approve %s\n", t1);
	letter("<again@f.example>", "out", "p@f.example", body);
	free(body);
	assert_int_equal(approve_by_mail(fam->l, &fam->cfg, 3000, &mark), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE "
	    "kind = 'outbox.approved_by_mail'"), 3);
}

/* One pass with stderr (the log) caught in *log (caller frees). */
static int
pass_logged(struct approve_mark *mark, time_t now, char **log)
{
	char path[] = "/tmp/ptrail-approve-log-XXXXXX";
	int fd = mkstemp(path), saved = dup(2), n;
	FILE *f;
	size_t len = 0;

	assert_true(fd >= 0 && saved >= 0);
	fflush(stderr);
	dup2(fd, 2);
	n = approve_by_mail(fam->l, &fam->cfg, now, mark);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(fd);
	f = fopen(path, "r");
	assert_non_null(f);
	*log = NULL;
	assert_true(getdelim(log, &len, '\0', f) >= 0 || *log != NULL);
	fclose(f);
	unlink(path);
	return n;
}

static char *
digest_of_day(const char *day)
{
	sqlite3_stmt *st;
	char *body = NULL, *subject = xasprintf("ptrail: digest for %s", day);
	assert_int_equal(sqlite3_prepare_v2(ledger_db(fam->l),
	    "SELECT body FROM "
	    "outbox WHERE kind = 'notice' AND subject = ?", -1, &st, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(st, 1, subject, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		body = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	free(subject);
	assert_non_null(body);
	return body;
}

static void
test_edit_replaces_token(void **state)
{
	struct approve_mark mark;
	struct outbox_row r;
	struct buf err = BUF_INIT;
	char old[33], *body, *log, *d;
	/* Thu 1 Jan 1970 10:00 and Fri 2 Jan 10:00 in Hong Kong */
	time_t day1 = 7200, day2 = day1 + 86400;
	int64_t a;
	(void)state;
	a = draft("to be edited", old);
	assert_int_equal(schedule_digest(fam->l, &fam->cfg, day1), 1);
	d = digest_of_day("Thu 1 Jan 1970");
	assert_non_null(strstr(d, old));	/* the notice went out */
	free(d);
	approve_begin(fam->l, &mark);
	assert_int_equal(outbox_set_body(fam->l, a,
	    "Dear Ms Wong, thank you.\n",
	    day2, &err), 0);
	assert_int_equal(outbox_get(fam->l, a, &r), 0);
	assert_string_not_equal(r.token, old);
	/* the old token, mailed back after the edit: refused, and why */
	body = xasprintf("APPROVE %s\n", old);
	letter("<late@f.example>", "out", "p@f.example", body);
	free(body);
	assert_int_equal(pass_logged(&mark, day2 + 60, &log), 0);
	assert_string_equal(state_of(a), "draft");
	if (strstr(log, "was replaced when outbox") == NULL)
		fail_msg("the log does not say why: %s", log);
	free(log);
	/* the next digest has the new token, not the old */
	assert_int_equal(schedule_digest(fam->l, &fam->cfg, day2 + 120), 1);
	d = digest_of_day("Fri 2 Jan 1970");
	assert_non_null(strstr(d, r.token));
	assert_null(strstr(d, old));
	free(d);
	body = xasprintf("APPROVE %s\n", r.token);
	letter("<new@f.example>", "out", "p@f.example", body);
	free(body);
	assert_int_equal(approve_by_mail(fam->l, &fam->cfg, day2 + 180, &mark),
	    1);
	assert_string_equal(state_of(a), "approved");
	outbox_row_free(&r);
	buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_next),
		cmocka_unit_test(test_pass),
		cmocka_unit_test(test_edit_replaces_token),
	};
	return cmocka_run_group_tests(tests, setup, test_family_teardown);
}
