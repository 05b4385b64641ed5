/*
 * test_brief.c — the meeting brief on a real ledger with a fixed clock:
 * a letter fixing an IEP review meeting, with promises (one kept late,
 * one vague) and deflections. The brief holds exactly what the ledger
 * holds (commitments per person with the letter's date, the overdue one,
 * the unanswered deflections with their answers, the draft-IEP request),
 * in English and Chinese, as text and JSON; it is mailed three working
 * days before the meeting (Easter holidays skipped), once; a school reply
 * in the thread answers the deflections; a drafted IEP that arrived needs
 * no request; a meeting summary asks for the next meeting when none is
 * recorded; a meeting read from a letter is summarised once marked held.
 */
#include "testledger.h"

#include <json-c/json.h>

#include "act/advice.h"
#include "act/brief.h"
#include "act/compose.h"
#include "act/schedule.h"
#include "base/config.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "ledger/ingest.h"
#include "ledger/items.h"
#include "ledger/ledger.h"
#include "ledger/outbox.h"

static struct test_family *fam;	/* the group's (testledger.h) */

static time_t
at(const char *iso)
{
	time_t t;
	assert_int_equal(iso8601_parse(iso, &t, NULL), 0);
	return t;
}

static const char letter[] =
	"From: Ms Wong Mei Ling <wongml@harbourside.edu.hk>\r\n"
	"To: Carmen Chan <parent@family.example>\r\n"
	"Subject: Ethan - support\r\n"
	"Date: Mon, 2 Mar 2026 10:15:00 +0800\r\n"
	"Message-ID: <brief-0001@harbourside.edu.hk>\r\n"
	"Content-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
	"Dear Mrs Chan,\r\n\r\n"
	"Ethan receives Tier 3 support this year.\r\n\r\n"
	"As for the teaching assistant in class, we do not have the budget "
	"for this at the moment.\r\n"
	"As for the extra time in tests, we are waiting for the EP's report "
	"before we can decide anything.\r\n"
	"We will follow up.\r\n"
	"Miss Lam will send you the reading log by Friday 6 March.\r\n"
	"We would like to invite you to an IEP review meeting on Thursday 9 "
	"April 2026 at 4:00 pm in the SENCO room.\r\n\r\n"
	"Best regards,\r\nWong Mei Ling (Ms)\r\nSENCO\r\n";

static int
setup(void **state)
{
	test_family_setup(state, "[account]\naddress = Carmen Chan "
	    "<parent@family.example>\n[school]\ndomains = harbourside.edu.hk\n"
	    "senco = Ms Wong Mei Ling <wongml@harbourside.edu.hk>\n[child]\n"
	    "name = Ethan\n[send]\ntemplates = /nonexistent\n");
	fam = *state;
	test_family_ingest(fam, letter, 1, at("2026-03-02T20:00:00+08:00"));
	return 0;
}

static json_object *
get(json_object *o, const char *k)
{
	json_object *v = NULL;
	assert_true(json_object_object_get_ex(o, k, &v));
	return v;
}

static const char *
str(json_object *o, const char *k)
{
	return json_object_get_string(get(o, k));
}

static void
test_due_day_skips_holidays(void **state)
{
	char d[11];
	(void)state;
	/* Thu 9 Apr 2026: Wed 8, then Tue 7 and Mon 6 (Easter), the
	 * weekend and Fri 3 (Good Friday) are skipped: Thu 2, Wed 1 */
	assert_int_equal(brief_due_day(&fam->cfg, "2026-04-09", d), 0);
	assert_string_equal(d, "2026-04-01");
	/* Wed 25 Mar 2026: Tue 24, Mon 23, Fri 20 */
	assert_int_equal(brief_due_day(&fam->cfg, "2026-03-25", d), 0);
	assert_string_equal(d, "2026-03-20");
	assert_int_equal(brief_due_day(&fam->cfg, "not a day", d), -1);
}

static void
test_brief_holds_the_ledger(void **state)
{
	json_object *b, *m, *support, *v, *d;
	struct advice_ctx ctx;
	int lam = 0, wong = 0;
	(void)state;

	assert_int_equal(brief_build(fam->l, &fam->cfg, 0,
	    at("2026-04-01T10:00:00+08:00"),
	    "en", &b), 0);
	m = get(b, "meeting");
	assert_string_equal(str(m, "date"), "2026-04-09");
	assert_string_equal(str(m, "time"), "16:00");
	assert_string_equal(str(m, "with"), "Ms Wong Mei Ling");
	assert_true(json_object_get_boolean(get(m, "iep_or_sst")));
	assert_string_equal(str(get(m, "letter"), "date"), "2026-03-02");
	assert_non_null(strstr(str(m, "as_written"), "in the SENCO room"));

	/* per person */
	support = get(b, "support");
	for (size_t k = 0; k < json_object_array_length(support); k++) {
		json_object *g = json_object_array_get_idx(support, k);
		json_object *cs = get(g, "commitments");
		json_object *c = json_object_array_get_idx(cs, 0);
		assert_int_equal(json_object_array_length(cs), 1);
		assert_string_equal(str(c, "letter_date"), "2026-03-02");
		if (strcmp(str(g, "person"), "Miss Lam") == 0) {
			lam++;
			assert_true(json_object_get_boolean(get(c, "overdue")));
			assert_string_equal(str(c, "due"), "2026-03-06");
		} else if (strncmp(str(g, "person"), "Ms Wong Mei Ling", 16) == 0) {
			wong++;	/* "We": ingest names the letter's sender */
			assert_non_null(strstr(str(c, "actor"), "We"));
			assert_true(json_object_get_boolean(get(c, "vague")));
		}
	}
	assert_int_equal(json_object_array_length(support), 2);
	assert_int_equal(lam + wong, 2);
	v = get(b, "overdue");
	assert_int_equal(json_object_array_length(v), 1);
	assert_string_equal(str(json_object_array_get_idx(v, 0), "person"),
	    "Miss Lam");

	/* every deflection of the letter, each with its own answer */
	v = get(b, "deflections");
	/* budget, waiting: "We will follow up." is listed as the vague promise */
	assert_int_equal(json_object_array_length(v), 2);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM deflections"), 3);
	for (size_t k = 0; k < json_object_array_length(v); k++) {
		json_object *x = json_object_array_get_idx(v, k);
		char *want;
		advice_ctx_load(fam->l, &fam->cfg, str(x, "quote"), &ctx);
		want = advice_answer(&fam->cfg, str(x, "kind"), "en", &ctx);
		assert_string_equal(str(x, "answer"), want);
		assert_string_equal(str(x, "letter_date"), "2026-03-02");
		free(want);
		advice_ctx_free(&ctx);
		if (strcmp(str(x, "kind"), "budget") == 0)
			assert_non_null(strstr(str(x, "answer"),
			    "Learning Support Grant for students at Tier 3"));
	}

	/* no draft IEP has come: a letter to the SENCO, not yet drafted */
	d = get(b, "draft_iep");
	assert_true(json_object_get_boolean(get(d, "needed")));
	assert_null(get(d, "outbox_id"));
	assert_string_equal(str(d, "to"), "wongml@harbourside.edu.hk");
	/* by the working day before the meeting */
	assert_non_null(strstr(str(d, "body"), "by Wed 8 Apr 2026?"));
	assert_non_null(strstr(str(d, "body"), "Dear Ms Wong Mei Ling,"));

	v = get(b, "outcomes");
	assert_non_null(strstr(json_object_get_string(json_object_array_get_idx(v,
	    0)), "From Miss Lam, a new date for"));
	assert_int_equal(json_object_array_length(get(b, "leave_with")), 3);
	json_object_put(b);

	/* a meeting that does not exist; none after the last one */
	assert_int_equal(brief_build(fam->l, &fam->cfg, 99,
	    at("2026-04-01T10:00:00+08:00"),
	    "en", &b), 1);
	assert_int_equal(brief_build(fam->l, &fam->cfg, 0,
	    at("2026-04-10T10:00:00+08:00"),
	    "en", &b), 1);
}

static void
test_brief_text(void **state)
{
	json_object *b;
	struct buf t = BUF_INIT;
	(void)state;

	assert_int_equal(brief_build(fam->l, &fam->cfg, 1,
	    at("2026-04-01T10:00:00+08:00"),
	    "en", &b), 0);
	brief_text(b, &t);
	json_object_put(b);
	assert_non_null(strstr(buf_str(&t), "Brief for the meeting on Thu 9 Apr "
	    "2026 at 16:00\nWith: Ms Wong Mei Ling\n"));
	assert_non_null(strstr(buf_str(&t), "  Miss Lam\n    #2 send you the "
	    "reading log by Friday 6 March. — Fri 6 Mar 2026 — OVERDUE\n"
	    "       (letter of Mon 2 Mar 2026)\n"));
	assert_non_null(strstr(buf_str(&t), "\nOverdue\n  #2 Miss Lam: "));
	assert_non_null(strstr(buf_str(&t), "(no budget):\n    \"As for the "
	    "teaching assistant in class, we do not have the budget for this at "
	    "the moment.\"\n    Ask: I appreciate"));
	assert_non_null(strstr(buf_str(&t), "ptraild drafts this letter for "
	    "your approval"));
	assert_non_null(strstr(buf_str(&t), "Leave with three things\n  1. A "
	    "clear next step"));
	buf_reset(&t);

	assert_int_equal(brief_build(fam->l, &fam->cfg, 1,
	    at("2026-04-01T10:00:00+08:00"),
	    "zh", &b), 0);
	brief_text(b, &t);
	json_object_put(b);
	assert_non_null(strstr(buf_str(&t), "會面準備：2026年4月9日（星期四） 16:00"));
	assert_non_null(strstr(buf_str(&t), "已過期"));
	assert_non_null(strstr(buf_str(&t), "學習支援津貼"));
	assert_non_null(strstr(buf_str(&t), "離開時要帶走三樣東西"));
	assert_null(strstr(buf_str(&t), "Learning Support Grant"));
	buf_free(&t);
}

/* ptraild's SIGTERM, already seen */
static int
stop_now(void *arg)
{
	(void)arg;
	return 1;
}

static void
test_mailed_three_working_days_before(void **state)
{
	struct cancel stop = { stop_now, NULL };
	const char *briefs = "SELECT count(*) FROM outbox WHERE kind = 'notice' "
	    "AND to_addrs = 'parent@family.example' AND subject = 'ptrail: your "
	    "brief for the meeting on Thu 9 Apr 2026 (meeting 1)'";
	const char *requests = "SELECT count(*) FROM outbox WHERE kind = "
	    "'reminder' AND state = 'draft' AND to_addrs = "
	    "'wongml@harbourside.edu.hk' AND subject = 'The draft IEP before our "
	    "meeting on Thu 9 Apr 2026'";
	struct outbox_row r;
	int64_t id = 0, req = 0;
	(void)state;

	/* four working days before (Tue 31 Mar): nothing yet */
	assert_int_equal(brief_due(fam->l, &fam->cfg,
	    at("2026-03-31T18:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l, briefs), 0);
	/* asked to stop before it: no brief, no request; the next run */
	assert_int_equal(brief_due(fam->l, &fam->cfg,
	    at("2026-04-01T07:00:00+08:00"),
	    &stop), 0);
	assert_int_equal(ledger_count(fam->l, briefs), 0);
	assert_int_equal(ledger_count(fam->l, requests), 0);
	/* Wed 1 Apr: one brief, one request waiting for approval */
	assert_int_equal(brief_due(fam->l, &fam->cfg,
	    at("2026-04-01T07:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(ledger_count(fam->l, briefs), 1);
	assert_int_equal(ledger_count(fam->l, requests), 1);
	/* the request waits for a school morning, in the letter's thread */
	ledger_query_int(fam->l, &req,
	    "SELECT id FROM outbox WHERE kind = 'reminder'",
	    (char *)NULL);
	assert_int_equal(outbox_get(fam->l, req, &r), 0);
	assert_int_equal(r.not_before, at("2026-04-01T09:00:00+08:00"));
	assert_string_equal(r.in_reply_to, "<brief-0001@harbourside.edu.hk>");
	outbox_row_free(&r);
	/* the brief names the request's outbox row */
	ledger_query_int(fam->l, &id,
	    "SELECT id FROM outbox WHERE kind = 'notice'",
	    (char *)NULL);
	assert_int_equal(outbox_get(fam->l, id, &r), 0);
	assert_string_equal(r.state, "approved");
	char *want = xasprintf("(outbox %lld) and waits for your approval",
	    (long long)req);
	assert_non_null(strstr(r.body, want));
	assert_non_null(strstr(r.body, "#2 send you the reading log"));
	free(want);
	outbox_row_free(&r);
	/* once */
	assert_int_equal(brief_due(fam->l, &fam->cfg,
	    at("2026-04-02T10:00:00+08:00"),
	    NULL), 0);
	schedule_run(fam->l, &fam->cfg, at("2026-04-02T11:00:00+08:00"),
	    NULL);
	assert_int_equal(ledger_count(fam->l, briefs), 1);
	assert_int_equal(ledger_count(fam->l, requests), 1);
	/* the day of the meeting has passed: none */
	assert_int_equal(brief_due(fam->l, &fam->cfg,
	    at("2026-04-10T10:00:00+08:00"),
	    NULL), 0);

	/* kept: no longer overdue, still on record as done */
	json_object *b;
	struct buf err = BUF_INIT;
	assert_int_equal(commitment_set_state(fam->l, 2, "done", NULL,
	    at("2026-03-10T10:00:00+08:00"), &err), 0);
	assert_int_equal(brief_build(fam->l, &fam->cfg, 1,
	    at("2026-04-01T10:00:00+08:00"),
	    "en", &b), 0);
	assert_int_equal(json_object_array_length(get(b, "overdue")), 0);
	assert_int_equal(json_object_array_length(get(b, "support")), 2);
	json_object_put(b);
	buf_free(&err);

}

static const char reply[] =
	"From: Ms Wong Mei Ling <wongml@harbourside.edu.hk>\r\n"
	"To: Carmen Chan <parent@family.example>\r\n"
	"Subject: Re: Ethan - support\r\n"
	"Date: Tue, 10 Mar 2026 10:15:00 +0800\r\n"
	"Message-ID: <brief-0002@harbourside.edu.hk>\r\n"
	"In-Reply-To: <brief-0001@harbourside.edu.hk>\r\n"
	"References: <brief-0001@harbourside.edu.hk>\r\n"
	"Content-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
	"Dear Mrs Chan,\r\n\r\nPlease find the draft IEP attached.\r\n\r\n"
	"Best regards,\r\nWong Mei Ling (Ms)\r\n";

static void
test_reply_answers_and_draft_arrived(void **state)
{
	json_object *b, *d;
	(void)state;

	test_family_ingest(fam, reply, 2, at("2026-03-10T20:00:00+08:00"));
	assert_int_equal(brief_build(fam->l, &fam->cfg, 1,
	    at("2026-04-01T10:00:00+08:00"),
	    "en", &b), 0);
	/* the school wrote again in the thread: no deflection is waiting */
	assert_int_equal(json_object_array_length(get(b, "deflections")), 0);
	/* ... but a reply answers only the promises it is about (items.h):
	 * the draft IEP is not Miss Lam's reading log, which stays open */
	json_object *g = json_object_array_get_idx(get(b, "support"), 0);
	assert_null(str(json_object_array_get_idx(get(g, "commitments"), 0),
	    "answered_on"));
	d = get(b, "draft_iep");
	assert_true(json_object_get_boolean(get(d, "received")));
	assert_false(json_object_get_boolean(get(d, "needed")));
	json_object_put(b);
}

static void
test_summary_asks_for_next_meeting(void **state)
{
	struct meeting m;
	struct commitment c;
	struct buf q = BUF_INIT;
	const char *asked = "SELECT count(*) FROM outbox WHERE kind = "
	    "'confirmation' AND subject = 'Following our meeting on Thu 9 Apr "
	    "2026' AND body LIKE '%We did not fix the date of our next meeting%'";
	(void)state;

	/* the meeting took place; the parent records it and one promise */
	memset(&m, 0, sizeof(m));
	m.date = (char *)"2026-04-09";
	m.with_whom = (char *)"Ms Wong, Miss Lam";
	m.quote = m.with_whom;
	assert_int_equal(meeting_add(fam->l, &m,
	    at("2026-04-09T18:00:00+08:00")), 0);
	memset(&c, 0, sizeof(c));
	c.meeting_id = m.id;
	c.source = (char *)"meeting";
	c.actor = (char *)"Miss Lam";
	c.action = c.quote = (char *)"a reading pen from 20 April";
	c.due = (char *)"2026-04-20";
	assert_int_equal(commitment_add(fam->l, &c,
	    at("2026-04-09T18:00:00+08:00")), 0);
	assert_int_equal(compose_meetings(fam->l, &fam->cfg,
	    at("2026-04-09T19:00:00+08:00"),
	    14, NULL), 1);
	assert_int_equal(ledger_count(fam->l, asked), 1);
	/* recorded on its day: a summary, never a brief */
	assert_int_equal(brief_due(fam->l, &fam->cfg,
	    at("2026-04-09T19:00:00+08:00"),
	    NULL), 0);

	/* with a later meeting on record, no question */
	brief_next_meeting_ask(fam->l, m.id, "en", &q);
	assert_non_null(strstr(buf_str(&q), "next meeting"));
	buf_reset(&q);
	memset(&m, 0, sizeof(m));
	m.date = (char *)"2026-06-04";
	m.quote = m.with_whom = (char *)"Ms Wong";
	assert_int_equal(meeting_add(fam->l, &m,
	    at("2026-04-09T18:00:00+08:00")), 0);
	brief_next_meeting_ask(fam->l, m.id - 1, "en", &q);
	assert_int_equal(q.len, 0);
	brief_next_meeting_ask(fam->l, m.id, "zh", &q);
	assert_non_null(strstr(buf_str(&q), "下一次會面的日期"));
	buf_free(&q);
}

static void
test_digest_after_meeting(void **state)
{
	struct buf d = BUF_INIT, err = BUF_INIT;
	int64_t s = 0;
	char *want;
	(void)state;

	/* the day of the meeting: not yet */
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-04-09T21:00:00+08:00"),
	    "en", &d), 0);
	/* the day after: its summary is drafted, not sent */
	ledger_query_int(fam->l, &s, "SELECT id FROM outbox WHERE subject = "
	    "'Following our meeting on Thu 9 Apr 2026'", (char *)NULL);
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-04-10T08:00:00+08:00"),
	    "en", &d), 1);
	want = xasprintf("- The meeting on Thu 9 Apr 2026 (Ms Wong, Miss Lam) "
	    "has no summary sent yet. It is drafted (outbox %lld): ptrail "
	    "approve %lld\n", (long long)s, (long long)s);
	assert_string_equal(buf_str(&d), want);
	free(want);
	buf_reset(&d);
	/* sent: nothing to remind */
	assert_int_equal(outbox_set_state(fam->l, s, "approved", NULL, 0,
	    at("2026-04-10T08:00:00+08:00"), &err), 0);
	assert_int_equal(outbox_set_state(fam->l, s, "sending", NULL, 0,
	    at("2026-04-10T08:00:00+08:00"), &err), 0);
	assert_int_equal(outbox_set_state(fam->l, s, "sent", NULL, 0,
	    at("2026-04-10T08:00:00+08:00"), &err), 0);
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-04-10T09:00:00+08:00"),
	    "en", &d), 0);
	assert_int_equal(d.len, 0);
	/* a meeting recorded with nothing promised: how to record it */
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-06-05T08:00:00+08:00"),
	    "zh", &d), 1);
	assert_non_null(strstr(buf_str(&d), "2026年6月4日（星期四）的會面（Ms Wong）"
	    "：仍未寄出會面摘要。用 ptrail add --meeting 3 記錄"));
	/* a week later: no longer */
	buf_reset(&d);
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-06-12T08:00:00+08:00"),
	    "en", &d), 0);
	buf_free(&d);
	buf_free(&err);
}

static void
test_which_meetings_want_the_draft(void **state)
{
	static const struct { const char *words; int iep; } v[] = {
		{ "A meeting about the classtest results on 2 July.", 0 },
		{ "The SST meeting will be on 2 July.", 1 },
		{ "學生支援小組會議將於7月2日舉行。", 1 },
		{ "家長面談將於7月2日舉行。", 0 },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++) {
		struct meeting m;
		json_object *b, *d;
		memset(&m, 0, sizeof(m));
		m.date = (char *)"2026-07-02";
		m.quote = (char *)v[k].words;
		assert_int_equal(meeting_add(fam->l, &m,
		    at("2026-06-20T10:00:00+08:00")), 0);
		assert_int_equal(brief_build(fam->l, &fam->cfg, m.id,
		    at("2026-06-25T10:00:00+08:00"), "en", &b), 0);
		d = get(b, "draft_iep");
		assert_int_equal(json_object_get_boolean(get(d, "iep_or_sst")),
		    v[k].iep);
		assert_int_equal(json_object_object_get_ex(d, "body", NULL),
		    v[k].iep);
		json_object_put(b);
	}
}

static void
test_letter_meeting_held(void **state)
{
	struct meeting m;
	struct commitment c;
	struct buf d = BUF_INIT, err = BUF_INIT;
	int64_t msg = 0;
	const char *drafted = "SELECT count(*) FROM outbox WHERE kind = "
	    "'confirmation' AND subject = 'Following our meeting on Mon 14 Sep "
	    "2026' AND body LIKE '%Mr Chan — a weekly check-in — by Mon 21 Sep "
	    "2026%We did not fix the date of our next meeting%'";
	(void)state;

	/* a meeting a letter fixed (the letter of setup stands in) */
	assert_int_equal(ledger_query_int(fam->l, &msg, "SELECT min(id) FROM "
	    "messages", (char *)NULL), 0);
	memset(&m, 0, sizeof(m));
	m.message_id = msg;
	m.date = (char *)"2026-09-14";
	m.quote = (char *)"We would like to meet you on 14 September.";
	assert_int_equal(meeting_add(fam->l, &m,
	    at("2026-09-01T10:00:00+08:00")), 0);
	memset(&c, 0, sizeof(c));
	c.meeting_id = m.id;
	c.source = (char *)"meeting";
	c.actor = (char *)"Mr Chan";
	c.action = c.quote = (char *)"a weekly check-in";
	c.due = (char *)"2026-09-21";
	assert_int_equal(commitment_add(fam->l, &c,
	    at("2026-09-14T18:00:00+08:00")), 0);
	/* not marked held: the letter's meeting gets no summary, and the
	 * digest says how to mark it */
	assert_int_equal(compose_meetings(fam->l, &fam->cfg,
	    at("2026-09-14T19:00:00+08:00"),
	    7, NULL), 0);
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-09-15T08:00:00+08:00"),
	    "en", &d), 1);
	assert_non_null(strstr(buf_str(&d), "Mark it held with ptrail meeting "
	    "held"));
	buf_reset(&d);
	/* held: the summary, asking for the next meeting; held only once */
	assert_int_equal(meeting_set_held(fam->l, m.id,
	    at("2026-09-14T19:00:00+08:00"),
	    &err), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE "
	    "kind = 'meeting.held'"), 1);
	assert_int_equal(meeting_set_held(fam->l, m.id,
	    at("2026-09-14T19:00:00+08:00"),
	    &err), -1);
	assert_non_null(strstr(buf_str(&err), "not a scheduled meeting"));
	assert_int_equal(compose_meetings(fam->l, &fam->cfg,
	    at("2026-09-14T19:00:00+08:00"),
	    7, NULL), 1);
	assert_int_equal(ledger_count(fam->l, drafted), 1);
	assert_int_equal(brief_after_meetings(fam->l,
	    at("2026-09-15T08:00:00+08:00"),
	    "en", &d), 1);
	assert_non_null(strstr(buf_str(&d), "It is drafted (outbox"));
	buf_free(&d);
	buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_due_day_skips_holidays),
		cmocka_unit_test(test_brief_holds_the_ledger),
		cmocka_unit_test(test_brief_text),
		cmocka_unit_test(test_mailed_three_working_days_before),
		cmocka_unit_test(test_reply_answers_and_draft_arrived),
		cmocka_unit_test(test_summary_asks_for_next_meeting),
		cmocka_unit_test(test_digest_after_meeting),
		cmocka_unit_test(test_which_meetings_want_the_draft),
		cmocka_unit_test(test_letter_meeting_held),
	};
	return cmocka_run_group_tests_name("brief", tests, setup,
	    test_family_teardown);
}
