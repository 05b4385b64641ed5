/*
 * test_compose.c — confirmation summaries (compose.h): to the letter's
 * sender, in the letter's language, naming people not pronouns; the SENCO
 * in Cc on the school's own staff's letters only — never on an outside
 * provider's (an EP service's confidential assessment), nor on her own;
 * each deflection gets the answer of its kind (issue 20), in English and
 * Chinese, not "who and by which date" for all; a date the letter wrote
 * two ways (its weekday and its date disagree) is kept with its flag and
 * asked about, in the letter's language, never confirmed as read (issue 16).
 */
#include "testledger.h"

#include "act/compose.h"
#include "base/config.h"
#include "ledger/ingest.h"
#include "ledger/outbox.h"
#include "base/timeutil.h"

static struct test_family *fam;	/* the group's (testledger.h) */

static int
setup(void **state)
{
	int rc = test_family_setup(state, "[account]\naddress = P <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\nsenco = Ms Wong <wong@s.edu.hk>\n"
	    "ep = Dr Ho <ho@ep-service.example>\n");

	fam = *state;
	return rc;
}

static int64_t
letter(const char *from, const char *msgid, const char *body)
{
	struct ingest_result res;
	struct buf err = BUF_INIT;
	char *raw;
	static uint32_t uid;
	if (asprintf(&raw, "From: %s\r\nTo: P <p@f.example>\r\nSubject: Tom\r\n"
	    "Date: Mon, 2 Mar 2026 09:00:00 +0800\r\nMessage-ID: <%s>\r\n"
	    "Content-Type: text/plain; charset=utf-8\r\n\r\n%s", from, msgid,
	    body) < 0)
		abort();
	assert_int_equal(ingest_message(fam->l, &fam->cfg, "INBOX", 1, ++uid, raw,
	    strlen(raw), 1772500000, &res, &err), 0);
	free(raw);
	buf_free(&err);
	assert_true(res.commitments + res.deflections > 0);
	return res.id;
}

static void
summary(int64_t msg, struct outbox_row *r)
{
	int64_t id = 0;
	assert_int_equal(compose_confirmation(fam->l, &fam->cfg, msg, 1772510000,
	    &id), 0);
	assert_int_equal(outbox_get(fam->l, id, r), 0);
}

static void
test_cc_and_language(void **state)
{
	struct outbox_row r;
	(void)state;

	/* the class teacher (staff): to her, the SENCO copied */
	summary(letter("Miss Lam <lam@s.edu.hk>", "a@s.edu.hk", "Dear Mrs Chan,"
	    "\r\n\r\nI will send you the reading log by 13 March 2026.\r\n\r\n"
	    "Miss Lam\r\n"), &r);
	assert_string_equal(r.to_addrs, "lam@s.edu.hk");
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");
	/* the person, not "I" */
	assert_non_null(strstr(r.body, "- Miss Lam — \"I will send you"));
	outbox_row_free(&r);

	/* the SENCO herself: no copy to herself */
	summary(letter("Ms Wong <wong@s.edu.hk>", "b@s.edu.hk", "Dear Mrs Chan,"
	    "\r\n\r\nI will arrange a case conference by 20 March 2026.\r\n"), &r);
	assert_null(r.cc_addrs);
	outbox_row_free(&r);

	/* an outside EP service's letter: never copied to the school */
	summary(letter("Dr Ho <ho@ep-service.example>", "c@ep-service.example",
	    "Dear Mrs Chan,\r\n\r\nI will send you my assessment report by 27 "
	    "March 2026. This letter is confidential.\r\n"), &r);
	assert_string_equal(r.to_addrs, "ho@ep-service.example");
	assert_null(r.cc_addrs);
	outbox_row_free(&r);

	/* a Chinese letter: a Chinese summary */
	summary(letter("=?UTF-8?B?6Zmz6ICB5bir?= <chan@s.edu.hk>", "d@s.edu.hk",
	    "陳太您好：\r\n\r\n本人會於2026年3月13日前把默書調適安排交給您。\r\n\r\n"
	    "陳老師\r\n"), &r);
	assert_string_equal(r.lang, "zh");
	assert_non_null(strstr(r.body, "感謝您於2026年3月2日"));
	assert_non_null(strstr(r.body, "- 陳老師 — 「本人會於"));
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");
	outbox_row_free(&r);
	/* once per letter */
	int64_t id = 0;
	assert_int_equal(compose_confirmation(fam->l, &fam->cfg, 1, 1772520000,
	    &id), 1);
}

static void
test_deflection_answers(void **state)
{
	struct outbox_row r;
	(void)state;

	summary(letter("Ms Wong <wong@s.edu.hk>", "e@s.edu.hk", "Dear Mrs Chan,"
	    "\r\n\r\nTom is making good progress and we are monitoring the "
	    "situation.\r\nWe are waiting for the EP before we can decide on "
	    "extra time.\r\nThe budget for extra tutoring is fully allocated "
	    "this year.\r\nIEPs aren't required for students at his level.\r\n"
	    "\r\nMs Wong\r\n"), &r);
	/* each deflection its own answer (advice.h), none "who and when" */
	assert_non_null(strstr(r.body, "progress data since"));
	assert_non_null(strstr(r.body, "priority in the next visit cycle"));
	assert_non_null(strstr(r.body, "Learning Support Grant"));
	assert_non_null(strstr(r.body, "Code of Practice on Education"));
	assert_null(strstr(r.body, "who will do it"));
	outbox_row_free(&r);

	summary(letter("=?UTF-8?B?6Zmz6ICB5bir?= <chan@s.edu.hk>", "f@s.edu.hk",
	    "陳太您好：\r\n\r\n我們仍在等教育心理學家的報告，才可決定考試調適。\r\n"
	    "今年的經費已全部用完。\r\n\r\n陳老師\r\n"), &r);
	assert_non_null(strstr(r.body, "下一輪到校服務中優先"));
	assert_non_null(strstr(r.body, "學習支援津貼"));
	assert_null(strstr(r.body, "請告訴我由哪一位負責，以及會在哪一天或之前完成"));
	outbox_row_free(&r);
}

static void
test_date_flag_asked(void **state)
{
	struct outbox_row r;
	int64_t msg;
	(void)state;

	/* 15 March 2026 is a Sunday: the ledger keeps the doubt */
	msg = letter("Ms Wong <wong@s.edu.hk>", "g@s.edu.hk", "Dear Mrs Chan,"
	    "\r\n\r\nMs Wong will send the plan by Thursday 15 March.\r\n"
	    "\r\nMs Wong\r\n");
	assert_int_equal(ledger_count(fam->l, "SELECT count(*) FROM commitments "
	    "WHERE due = '2026-03-15' AND date_flag = 'inconsistent'"), 1);
	/* the event says so too: the chain proves what was read */
	assert_int_equal(ledger_count(fam->l, "SELECT count(*) FROM events WHERE "
	    "kind = 'commitment.add' AND json_extract(detail, '$.date_flag') "
	    "= 'inconsistent'"), 1);
	summary(msg, &r);
	assert_non_null(strstr(r.body, "You wrote \"Thursday 15 March\"; 15 "
	    "March 2026 is a Sunday — which day did you mean?"));
	/* asked, not confirmed as a date */
	assert_null(strstr(r.body, "by Sun 15 Mar"));
	outbox_row_free(&r);

	/* a Chinese letter: asked in Chinese */
	summary(letter("=?UTF-8?B?6Zmz6ICB5bir?= <chan@s.edu.hk>", "h@s.edu.hk",
	    "陳太您好：\r\n\r\n本人會於星期四（3月15日）前把學習計劃交給您。\r\n"
	    "\r\n陳老師\r\n"), &r);
	assert_string_equal(r.lang, "zh");
	assert_non_null(strstr(r.body, "您寫「星期四（3月15日）」；2026年3月15日"
	    "是星期日——請問是哪一天？"));
	assert_null(strstr(r.body, "2026年3月15日（星期日）或之前"));
	outbox_row_free(&r);

	/* a day the month does not have: that question, not "who and when" */
	summary(letter("Ms Wong <wong@s.edu.hk>", "i@s.edu.hk", "Dear Mrs Chan,"
	    "\r\n\r\nMs Wong will send the plan by 31/2.\r\n\r\nMs Wong\r\n"),
	    &r);
	assert_non_null(strstr(r.body, "You wrote \"31/2\"; 31 February does "
	    "not exist — which date did you mean?"));
	assert_null(strstr(r.body, "who will do it"));
	outbox_row_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cc_and_language),
		cmocka_unit_test(test_deflection_answers),
		cmocka_unit_test(test_date_flag_asked),
	};
	return cmocka_run_group_tests_name("compose", tests, setup,
	    test_family_teardown);
}
