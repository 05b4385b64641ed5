/*
 * test_schedule.c — the ladder on a real ledger with a fixed clock, fed
 * by real letters through ingest:
 * - one reminder per addressee and step, To the promiser ("She" is Miss
 *   Lam, named before), the SENCO in Cc, in the thread's language;
 * - nothing above a step is drafted while it waits for approval; the next
 *   step comes N school days after it was *sent*; a cancelled step stops
 *   the ladder until `escalate`;
 * - every sentence about a sending matches a `sent` outbox row, in
 *   English and in Chinese, at every step;
 * - a step whose addressee the config lacks is not drafted;
 * - answered is per promise: a reply about one of three answers one,
 *   "Noted, thanks" none, a reply about all three all;
 * - one digest a day, To the parent, with each draft's token and To/Cc;
 *   the day after a meeting with no summary sent, the digest says so;
 *   old promises listed with `ptrail chase ID`, not chased until asked;
 * - asked to stop (ptraild's SIGTERM), the ladder stops between two
 *   letters, drafts no digest, and the next run drafts the rest once.
 */
#include "testledger.h"

#include "act/holidays.h"
#include "act/schedule.h"
#include "base/config.h"
#include "base/timeutil.h"
#include "ledger/ingest.h"
#include "ledger/items.h"
#include "ledger/ledger.h"
#include "ledger/outbox.h"

static struct test_family *fam;	/* this test's (testledger.h) */

static time_t
at(const char *iso)
{
	time_t t;
	assert_int_equal(iso8601_parse(iso, &t, NULL), 0);
	return t;
}

static const char conf[] = "[account]\naddress = P <p@f.example>\n"
    "[school]\ndomains = s.edu.hk\nsenco = Ms Wong <wong@s.edu.hk>\n"
    "principal = Mr Lee <lee@s.edu.hk>\nclass_teacher = Miss Lam "
    "<lam@s.edu.hk>\nimc = Dr Chair <imc@s.edu.hk>\n[child]\nname = Tom\n";

/* Each test its own family: test_family_teardown() takes it down. */
static int
setup(void **state)
{
	int rc = test_family_setup(state, conf);

	fam = *state;
	return rc;
}

static const char letter_en[] =
    "From: Ms Wong <wong@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Support for Tom\r\nDate: Mon, 2 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <w1@s.edu.hk>\r\n\r\nDear Mrs Chan,\r\n\r\n"
    "I will arrange a case conference with you by 6 March 2026. Miss Lam "
    "will start a daily reading log for Tom by 6 March 2026. She will send "
    "you the first week's log by 13 March 2026.\r\n\r\nBest regards,\r\n"
    "Ms Wong\r\n";

static const char letter_zh[] =
    "From: =?UTF-8?B?6Zmz6ICB5bir?= <chan@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: =?UTF-8?B?6Zax6K6A6KiI5YqD?=\r\n"
    "Date: Mon, 2 Mar 2026 09:00:00 +0800\r\nMessage-ID: <c1@s.edu.hk>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n陳太您好：\r\n\r\n"
    "本人會於2026年3月6日前把閱讀紀錄交給您。\r\n\r\n陳老師\r\n";

static void
send_row(int64_t id, time_t t)
{
	struct buf err = BUF_INIT;
	assert_int_equal(outbox_set_state(fam->l, id, "approved", NULL, 0, t,
	    &err), 0);
	assert_int_equal(outbox_set_state(fam->l, id, "sending", NULL, 0, t,
	    &err), 0);
	assert_int_equal(outbox_set_state(fam->l, id, "sent", NULL, 0, t, &err),
	    0);
	buf_free(&err);
}

static int64_t
row_to(const char *kind, const char *to)
{
	int64_t id = 0;
	if (ledger_query_int(fam->l, &id,
	    "SELECT max(id) FROM outbox WHERE kind = ? "
	    "AND to_addrs = ?", kind, to, (char *)NULL) == -1)
		return 0;
	return id;
}

/* A sent row of this kind ('confirmation', or a ladder step 0-2) whose
 * local sending day, written as the letter writes it, is 'day'. */
static int
sent_on(const char *what, int step, const char *day, int zh)
{
	sqlite3_stmt *st;
	int found = 0;
	const char *sql = step < 0 ? "SELECT sent_at FROM outbox WHERE state = "
	    "'sent' AND kind = 'confirmation'" : "SELECT o.sent_at FROM outbox o "
	    "JOIN escalations e ON e.outbox_id = o.id WHERE o.state = 'sent' AND "
	    "e.step = ?";
	(void)what;
	assert_int_equal(sqlite3_prepare_v2(ledger_db(fam->l), sql, -1, &st,
	    NULL),
	    SQLITE_OK);
	if (step >= 0)
		sqlite3_bind_int(st, 1, step);
	while (sqlite3_step(st) == SQLITE_ROW && !found) {
		struct civil c;
		char s[64];
		local_civil((time_t)sqlite3_column_int64(st, 0), &c);
		if (zh) {
			static const char *const wd[] = { "一", "二", "三", "四",
			    "五", "六", "日" };
			snprintf(s, sizeof(s), "%d年%d月%d日（星期%s）", c.y, c.m,
			    c.d, wd[days_weekday(civil_to_days(c.y, c.m, c.d))]);
		} else {
			civil_human(&c, s);
		}
		found = strcmp(s, day) == 0;
	}
	sqlite3_finalize(st);
	return found;
}

/* Every sentence of every letter that claims a sending matches a sent
 * row; returns how many claims were checked. */
static int
check_claims(void)
{
	static const struct { const char *pre, *post; int step, zh; } forms[] = {
		{ "I wrote to confirm it on ", ".", -1, 0 },
		{ "I sent a reminder on ", ".", 0, 0 },
		{ "I wrote to the principal on ", ".", 1, 0 },
		{ "I wrote to the IMC on ", ".", 2, 0 },
		{ "我已於", "去信確認。", -1, 1 },
		{ "我已於", "發出提示。", 0, 1 },
		{ "我已於", "致函校長。", 1, 1 },
		{ "我已於", "致函法團校董會。", 2, 1 },
	};
	struct outbox_row *v;
	size_t n;
	int claims = 0;

	assert_int_equal(outbox_list(fam->l, NULL, &v, &n), 0);
	for (size_t k = 0; k < n; k++)
		for (size_t f = 0; f < sizeof(forms) / sizeof(forms[0]); f++) {
			const char *p = v[k].body;
			while ((p = strstr(p, forms[f].pre)) != NULL) {
				const char *d = p + strlen(forms[f].pre);
				const char *e = strstr(d, forms[f].post);
				char day[64];
				p = d;
				if (e == NULL || e - d >= 40 || memchr(d, '\n',
				    (size_t)(e - d)))
					continue;
				/* the zh forms share a prefix: the end says which */
				if (forms[f].zh && strncmp(e, forms[f].post,
				    strlen(forms[f].post)) != 0)
					continue;
				snprintf(day, sizeof(day), "%.*s", (int)(e - d), d);
				if (!sent_on(forms[f].pre, forms[f].step, day,
				    forms[f].zh))
					fail_msg("outbox %lld claims \"%s%s%s\" with no "
					    "such sent row", (long long)v[k].id,
					    forms[f].pre, day, forms[f].post);
				claims++;
			}
		}
	outbox_list_free(v, n);
	return claims;
}

static void
test_ladder_climbs_on_sent(void **state)
{
	struct outbox_row r;
	struct buf err = BUF_INIT;
	int64_t conf_id, lam, wong, principal;
	(void)state;

	test_family_ingest(fam, letter_en, 1, at("2026-03-02T10:00:00+08:00"));
	/* "She" is Miss Lam, named before her; "I" is Ms Wong */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments c "
	    "JOIN people p ON p.id = c.person_id WHERE p.address = "
	    "'lam@s.edu.hk'"), 2);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments c "
	    "JOIN people p ON p.id = c.person_id WHERE p.address = "
	    "'wong@s.edu.hk' AND c.actor = 'I'"), 1);
	/* the confirmation went on Tue 3 Mar */
	{
		struct outbox_row c;
		memset(&c, 0, sizeof(c));
		c.kind = strdup("confirmation");
		c.to_addrs = strdup("wong@s.edu.hk");
		c.subject = strdup("Re: Support for Tom");
		c.body = strdup("(summary)");
		c.message_id = 1;
		assert_int_equal(outbox_create(fam->l, &fam->cfg, &c,
		    at("2026-03-02T20:00:00+08:00")), 0);
		conf_id = c.id;
		outbox_row_free(&c);
	}
	send_row(conf_id, at("2026-03-03T09:30:00+08:00"));

	/* due day itself: nothing; Saturday: two reminders, one each */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-06T18:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:00:00+08:00"),
	    NULL), 2);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'reminder'"), 2);
	lam = row_to("reminder", "lam@s.edu.hk");
	wong = row_to("reminder", "wong@s.edu.hk");
	assert_true(lam > 0 && wong > 0);
	assert_int_equal(outbox_get(fam->l, lam, &r), 0);
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");	/* staff: SENCO */
	assert_string_equal(r.state, "draft");
	assert_int_equal(r.not_before, at("2026-03-09T09:00:00+08:00"));
	/* not "your letter": Ms Wong wrote it, Miss Lam is named in it */
	assert_non_null(strstr(r.body, "The letter of Mon 2 Mar 2026 from Ms Wong"));
	assert_non_null(strstr(r.body, "I wrote to confirm it on Tue 3 Mar 2026."));
	assert_null(strstr(r.body, "reminder on"));
	outbox_row_free(&r);
	assert_int_equal(outbox_get(fam->l, wong, &r), 0);
	assert_null(r.cc_addrs);			/* she is the SENCO */
	assert_non_null(strstr(r.body, "In your letter of Mon 2 Mar 2026"));
	outbox_row_free(&r);

	/* the second promise of Miss Lam falls due: it joins her draft */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-14T10:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'reminder'"), 2);
	assert_int_equal(outbox_get(fam->l, lam, &r), 0);
	assert_non_null(strstr(r.body, "first week's log"));
	assert_non_null(strstr(r.body, "daily reading log"));
	outbox_row_free(&r);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE kind = "
	    "'outbox.join'"), 1);

	/* weeks pass, nothing approved: nothing climbs */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-04-20T10:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'escalation'"), 0);

	/* Miss Lam's reminder is sent on Tue 21 Apr, Ms Wong's cancelled */
	send_row(lam, at("2026-04-21T09:00:00+08:00"));
	assert_int_equal(outbox_set_state(fam->l, wong, "cancelled", NULL, 0,
	    at("2026-04-21T09:00:00+08:00"), &err), 0);
	/* five school days after the sending: Tue 28 Apr */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-04-27T10:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-04-28T10:00:00+08:00"),
	    NULL), 2);
	principal = row_to("escalation", "lee@s.edu.hk");
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'escalation'"), 1);			/* one letter, two promises */
	assert_int_equal(outbox_get(fam->l, principal, &r), 0);
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");
	assert_non_null(strstr(r.body, "I sent a reminder on Tue 21 Apr 2026."));
	assert_non_null(strstr(r.body, "I wrote to confirm it on Tue 3 Mar 2026."));
	outbox_row_free(&r);
	/* the cancelled step stopped Ms Wong's promise; escalate redrafts it */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations e JOIN "
	    "commitments c ON c.id = e.commitment_id WHERE c.actor = 'I'"), 1);
	assert_int_equal(schedule_escalate(fam->l, &fam->cfg, 1,
	    at("2026-04-28T11:00:00+08:00"),
	    &err), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'reminder' AND state = 'draft' AND to_addrs = 'wong@s.edu.hk'"), 1);
	/* and refuses to go further while that draft waits */
	buf_reset(&err);
	assert_int_equal(schedule_escalate(fam->l, &fam->cfg, 1,
	    at("2026-04-28T11:00:00+08:00"),
	    &err), -1);
	assert_non_null(strstr(buf_str(&err), "waits"));

	/* the principal's letter sent: the IMC's, then the EDB notice */
	send_row(principal, at("2026-04-29T09:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-05-07T10:00:00+08:00"),
	    NULL), 2);
	int64_t imc = row_to("escalation", "imc@s.edu.hk");
	assert_true(imc > 0);
	send_row(imc, at("2026-05-08T09:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-05-18T10:00:00+08:00"),
	    NULL), 2);
	assert_int_equal(outbox_get(fam->l, row_to("notice", "p@f.example"),
	    &r), 0);
	outbox_row_free(&r);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE subject "
	    "LIKE '%EDB step%'"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox o WHERE "
	    "o.subject LIKE '%EDB step%' AND o.body LIKE '%I wrote to the IMC on "
	    "Fri 8 May 2026.%' AND o.body LIKE '%I wrote to the principal on Wed "
	    "29 Apr 2026.%'"), 1);
	/* no step drafted before the one below it was sent */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations e WHERE "
	    "e.step > 0 AND NOT EXISTS (SELECT 1 FROM escalations b JOIN outbox o "
	    "ON o.id = b.outbox_id WHERE b.commitment_id = e.commitment_id AND "
	    "b.step = e.step - 1 AND o.state = 'sent' AND o.sent_at <= "
	    "e.created_at)"), 0);
	assert_true(check_claims() >= 8);
	buf_free(&err);
}

static void
test_chinese_thread_and_missing_keys(void **state)
{
	struct outbox_row r;
	char *imc;
	(void)state;

	test_family_ingest(fam, letter_zh, 1, at("2026-03-02T10:00:00+08:00"));
	/* the parent cancelled the confirmation: no letter may claim it */
	{
		struct outbox_row c;
		struct buf err = BUF_INIT;
		memset(&c, 0, sizeof(c));
		c.kind = strdup("confirmation");
		c.to_addrs = strdup("chan@s.edu.hk");
		c.subject = strdup("Re: x");
		c.body = strdup("(summary)");
		c.message_id = 1;
		assert_int_equal(outbox_create(fam->l, &fam->cfg, &c,
		    at("2026-03-02T20:00:00+08:00")), 0);
		assert_int_equal(outbox_set_state(fam->l, c.id, "cancelled",
		    NULL, 0,
		    at("2026-03-03T20:00:00+08:00"), &err), 0);
		outbox_row_free(&c);
		buf_free(&err);
	}
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(outbox_get(fam->l, row_to("reminder", "chan@s.edu.hk"),
	    &r), 0);
	/* to the class teacher who wrote, in her language, her own letter */
	assert_string_equal(r.lang, "zh");
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");
	assert_non_null(strstr(r.body, "您於2026年3月2日（星期一）的來信"));
	assert_non_null(strstr(r.body, "本人會於2026年3月6日前把閱讀紀錄交給您。"));
	assert_null(strstr(r.body, "Dear"));
	send_row(r.id, at("2026-03-09T09:00:00+08:00"));
	outbox_row_free(&r);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-16T10:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(outbox_get(fam->l, row_to("escalation",
	    "lee@s.edu.hk"), &r), 0);
	assert_non_null(strstr(r.body, "我已於2026年3月9日（星期一）發出提示。"));
	send_row(r.id, at("2026-03-17T09:00:00+08:00"));
	outbox_row_free(&r);
	/* no IMC in the config: that letter is not drafted; the digest says
	 * which key to set */
	imc = fam->cfg.people[ROLE_IMC].addr;
	fam->cfg.people[ROLE_IMC].addr = NULL;
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-30T10:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations WHERE "
	    "step = 2"), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND body LIKE '%set imc = %'"), 1);
	fam->cfg.people[ROLE_IMC].addr = imc;
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-31T10:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(outbox_get(fam->l, row_to("escalation",
	    "imc@s.edu.hk"), &r), 0);
	assert_non_null(strstr(r.body, "我已於2026年3月17日（星期二）致函校長。"));
	outbox_row_free(&r);
	assert_true(check_claims() >= 3);
}

static const char reply_one[] =
    "From: Ms Wong <wong@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Re: Support for Tom\r\nDate: Thu, 5 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <w2@s.edu.hk>\r\nIn-Reply-To: <w1@s.edu.hk>\r\n\r\n"
    "Dear Mrs Chan,\r\n\r\nThe case conference is booked for 20 March at "
    "2 pm.\r\n\r\nMs Wong\r\n";
static const char reply_noted[] =
    "From: Ms Wong <wong@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Re: Support for Tom\r\nDate: Fri, 6 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <w3@s.edu.hk>\r\nIn-Reply-To: <w1@s.edu.hk>\r\n\r\n"
    "Noted, thanks.\r\n";
static const char reply_all[] =
    "From: Miss Lam <lam@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Re: Support for Tom\r\nDate: Mon, 16 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <w4@s.edu.hk>\r\nIn-Reply-To: <w1@s.edu.hk>\r\n\r\n"
    "Dear Mrs Chan,\r\n\r\nTom's daily reading log started on 6 March; "
    "attached is the first week's log.\r\n\r\nMiss Lam\r\n";

static void
test_answered_per_promise(void **state)
{
	(void)state;
	test_family_ingest(fam, letter_en, 1, at("2026-03-02T10:00:00+08:00"));
	/* about the case conference only: the other two stay open */
	test_family_ingest(fam, reply_one, 2, at("2026-03-05T10:00:00+08:00"));
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments WHERE "
	    "answered_at IS NOT NULL"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments WHERE "
	    "answered_by = 2 AND quote LIKE '%case conference%'"), 1);
	/* "Noted, thanks" answers nothing, and is recorded on the thread */
	test_family_ingest(fam, reply_noted, 3,
	    at("2026-03-06T10:00:00+08:00"));
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments WHERE "
	    "answered_at IS NOT NULL"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE kind = "
	    "'thread.reply' AND subject = 'message:3' AND detail LIKE "
	    "'%\"answered\":[]%'"), 1);
	/* so two are overdue on the 14th, and the ladder chases them */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-14T10:00:00+08:00"),
	    NULL), 2);
	/* Miss Lam writes about both of hers */
	test_family_ingest(fam, reply_all, 4, at("2026-03-16T10:00:00+08:00"));
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments WHERE "
	    "answered_at IS NOT NULL"), 3);
	/* the pure decision, both ways */
	assert_false(letter_answers("Thank you for your message. Noted.", 1,
	    "send you the first week's log", NULL, "Miss Lam"));
	assert_true(letter_answers("The log is attached.", 1,
	    "send you the first week's log", NULL, "Miss Lam"));
	assert_false(letter_answers("The log is attached.", 0,
	    "arrange a case conference with you", NULL, "Ms Wong"));
	/* a letter cut inside a character is read no further than its end
	 * (ASan watches the reads) */
	assert_false(letter_answers("\xe9\x96", 0, "\xe9\x96\xb1\xe8", NULL,
	    NULL));
}

static void
test_digest_once_a_day(void **state)
{
	struct outbox_row r;
	(void)state;
	/* an old letter (first seen on 30 Mar) and the live one */
	test_family_ingest(fam, letter_en, 1, at("2026-03-30T10:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-31T10:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations"), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice'"), 1);
	assert_int_equal(outbox_get(fam->l, 1, &r), 0);
	assert_string_equal(r.to_addrs, "p@f.example");
	assert_null(r.cc_addrs);
	assert_non_null(strstr(r.body, "ptrail chase 1"));
	outbox_row_free(&r);
	/* the same day again: no second digest */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-31T18:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice'"), 1);
	/* the parent chases one: its reminder, and the next day's digest
	 * shows it with its token and addresses */
	struct buf err = BUF_INIT;
	assert_int_equal(commitment_set_chase(fam->l, 2,
	    at("2026-04-01T08:00:00+08:00"),
	    &err), 0);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-04-01T09:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(outbox_get(fam->l, row_to("reminder", "lam@s.edu.hk"),
	    &r), 0);
	char *want = NULL;
	if (asprintf(&want, "APPROVE %s", r.token) < 0)
		abort();
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND body LIKE '%Cc: wong@s.edu.hk%'"), 1);
	int64_t id = 0;
	assert_int_equal(ledger_query_int(fam->l, &id,
	    "SELECT count(*) FROM outbox "
	    "WHERE kind = 'notice' AND instr(body, ?) > 0", want, (char *)NULL), 0);
	assert_int_equal(id, 1);
	free(want);
	outbox_row_free(&r);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND to_addrs <> 'p@f.example'"), 0);
	buf_free(&err);
}

static void
test_school_mornings(void **state)
{
	(void)state;
	/* Friday 20:00 -> Monday 09:00; Tuesday 10:30 stays; Sunday -> Monday */
	assert_int_equal(schedule_next_school_morning(&fam->cfg,
	    at("2026-03-20T20:00:00+08:00")), at("2026-03-23T09:00:00+08:00"));
	assert_int_equal(schedule_next_school_morning(&fam->cfg,
	    at("2026-03-24T10:30:00+08:00")), at("2026-03-24T10:30:00+08:00"));
	assert_int_equal(schedule_next_school_morning(&fam->cfg,
	    at("2026-03-22T07:00:00+08:00")), at("2026-03-23T09:00:00+08:00"));
	/* Thursday evening before Easter 2026: Good Friday, the day after,
	 * the weekend, the day after Ching Ming and after Easter Monday are
	 * no school days: Wednesday 8 April, 09:00 */
	assert_int_equal(schedule_next_school_morning(&fam->cfg,
	    at("2026-04-02T18:00:00+08:00")), at("2026-04-08T09:00:00+08:00"));
}

static void
test_holidays_file_read_once(void **state)
{
	char *file = test_write_file(fam->dir, "hol.txt", "# our closures\n"
	    "2028-01-03\n", 0600);
	struct civil c;
	(void)state;
	/* no file: 2027 is in the table, 2028 is not */
	assert_true(holidays_year_known(&fam->cfg, 2027));
	assert_false(holidays_year_known(&fam->cfg, 2028));
	fam->cfg.holidays_file = file;
	assert_true(holidays_year_known(&fam->cfg, 2028));
	assert_int_equal(civil_parse("2028-01-03", &c), 0);	/* a Monday */
	assert_true(holiday_or_weekend(&fam->cfg, civil_to_days(c.y, c.m,
	    c.d)));
	/* read once: gone from disk, still known */
	assert_int_equal(unlink(file), 0);
	assert_true(holiday_or_weekend(&fam->cfg, civil_to_days(c.y, c.m,
	    c.d) ));
	assert_false(holiday_or_weekend(&fam->cfg, civil_to_days(c.y, c.m,
	    c.d) + 1));
	fam->cfg.holidays_file = NULL;
	free(file);
}

static void
test_meetings_ahead_in_digest(void **state)
{
	struct meeting m;
	struct commitment c;
	(void)state;

	memset(&m, 0, sizeof(m));
	m.quote = (char *)"The IEP meeting will be on 25 March at 4 pm.";
	m.date = (char *)"2026-03-25";
	m.time = (char *)"16:00";
	assert_int_equal(meeting_add(fam->l, &m,
	    at("2026-03-01T10:00:00+08:00")), 0);
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Ms Wong";
	c.quote = (char *)"Ms Wong will send the draft IEP by 24 March.";
	c.due = (char *)"2026-03-24";
	assert_int_equal(commitment_add(fam->l, &c,
	    at("2026-03-01T10:00:00+08:00")), 0);
	/* before 07:00 no digest; at 10:00 one, with the meeting */
	const char *digests = "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND subject LIKE 'ptrail: digest%'";
	schedule_run(fam->l, &fam->cfg, at("2026-03-22T06:00:00+08:00"),
	    NULL);
	assert_int_equal(ledger_count(fam->l, digests), 0);
	schedule_run(fam->l, &fam->cfg, at("2026-03-22T10:00:00+08:00"),
	    NULL);	/* 3 days */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND body LIKE '%Meeting 1 on Wed 25 Mar 2026 at 16:00%draft "
	    "IEP%'"), 1);
	schedule_run(fam->l, &fam->cfg, at("2026-03-23T10:00:00+08:00"),
	    NULL);	/* due tomorrow */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND body LIKE '%Due tomorrow, Tue 24 Mar 2026%'"), 1);
	schedule_run(fam->l, &fam->cfg, at("2026-03-23T11:00:00+08:00"),
	    NULL);
	assert_int_equal(ledger_count(fam->l, digests), 2);
	/* and the brief three working days before (test_brief.c has more) */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind "
	    "= 'notice' AND subject LIKE '%brief for the meeting%'"), 1);
	/* notices to the parent need no approval */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind = 'notice' "
	    "AND state <> 'approved'"), 0);
}

static void
test_digest_after_meeting(void **state)
{
	struct meeting m;
	(void)state;

	/* a meeting the parent recorded, nothing else in the ledger */
	memset(&m, 0, sizeof(m));
	m.quote = m.with_whom = (char *)"Ms Wong";
	m.date = (char *)"2026-03-25";
	assert_int_equal(meeting_add(fam->l, &m,
	    at("2026-03-25T18:00:00+08:00")), 0);
	/* the day after, with no summary sent: a digest that says so */
	schedule_run(fam->l, &fam->cfg, at("2026-03-26T10:00:00+08:00"),
	    NULL);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'notice' AND subject LIKE 'ptrail: digest%' AND body LIKE "
	    "'%After a meeting:%The meeting on Wed 25 Mar 2026 (Ms Wong) has "
	    "no summary sent yet. Record what was agreed with ptrail add "
	    "--meeting 1%within 24 hours%'"), 1);
}


static const char letter_principal[] =
    "From: Mr Lee <lee@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Tom's seating\r\nDate: Mon, 2 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <l1@s.edu.hk>\r\n\r\nDear Mrs Chan,\r\n\r\n"
    "I will send you the new seating plan by 6 March 2026.\r\n\r\n"
    "Best regards,\r\nMr Lee\r\n";

/* A promise of the principal: the reminder goes to the principal, so the
 * "formal letter to the principal" is passed over (a row with no letter,
 * an event, a line in the digest) and the IMC is next; no letter claims
 * a letter to the principal that was never sent. */
static void
test_principal_promise_passes_over(void **state)
{
	struct outbox_row r;
	int64_t rem;
	(void)state;

	test_family_ingest(fam, letter_principal, 1,
	    at("2026-03-02T10:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:00:00+08:00"),
	    NULL), 1);
	rem = row_to("reminder", "lee@s.edu.hk");
	assert_true(rem > 0);
	send_row(rem, at("2026-03-10T09:00:00+08:00"));
	/* five school days after the sending; never the principal again */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-16T10:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-17T10:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'escalation' AND to_addrs = 'lee@s.edu.hk'"), 0);
	assert_int_equal(outbox_get(fam->l, row_to("escalation",
	    "imc@s.edu.hk"), &r),
	    0);
	assert_non_null(strstr(r.body, "I sent a reminder on Tue 10 Mar 2026."));
	assert_null(strstr(r.body, "I wrote to the principal"));
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");
	outbox_row_free(&r);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations WHERE "
	    "step = 1 AND outbox_id IS NULL"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE "
	    "kind = 'escalation.skip' AND detail LIKE '%\"step\":1%'"), 1);
	/* the day's digest says so, beside the IMC draft */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'notice' AND subject LIKE '%Tue 17 Mar%' AND body LIKE '%the "
	    "letter to the principal is passed over: it would go to Mr Lee again, who had the reminder "
	    "already%'"), 1);
	assert_true(check_claims() >= 1);
}

static const char letter_imc[] =
    "From: Dr Chair <imc@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Your complaint\r\nDate: Mon, 2 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <i1@s.edu.hk>\r\n\r\nDear Mrs Chan,\r\n\r\n"
    "I will reply to your complaint by 6 March 2026.\r\n\r\n"
    "Dr Chair\r\n";

/* A promise of the IMC's chair: reminder to the chair, the principal,
 * then the IMC letter would reach the chair again: passed over, and the
 * EDB notice to the parent is next. */
static void
test_imc_promise_passes_over(void **state)
{
	(void)state;
	test_family_ingest(fam, letter_imc, 1, at("2026-03-02T10:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:00:00+08:00"),
	    NULL), 1);
	send_row(row_to("reminder", "imc@s.edu.hk"), at("2026-03-10T09:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-17T10:00:00+08:00"),
	    NULL), 1);
	send_row(row_to("escalation", "lee@s.edu.hk"),
	    at("2026-03-18T09:00:00+08:00"));
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-04-30T10:00:00+08:00"),
	    NULL), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'escalation' AND to_addrs = 'imc@s.edu.hk'"), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "subject LIKE '%EDB step%' AND body NOT LIKE '%I wrote to the IMC%' "
	    "AND body LIKE '%I wrote to the principal on Wed 18 Mar 2026.%'"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations WHERE "
	    "step = 2 AND outbox_id IS NULL"), 1);
	assert_true(check_claims() >= 2);
}

static const char letter_doubt[] =
    "From: Ms Wong <wong@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Report\r\nDate: Mon, 2 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <d1@s.edu.hk>\r\n\r\nDear Mrs Chan,\r\n\r\n"
    "I will send you the speech therapy report by Thursday 15 March "
    "2026.\r\n\r\nMs Wong\r\n";

/* A due day in doubt is not chased on the guess: the digest asks once,
 * with `ptrail due`; once the parent settles the day, the chase starts. */
static void
test_doubtful_due_waits(void **state)
{
	struct buf err = BUF_INIT;
	int64_t id = 0;
	(void)state;

	test_family_ingest(fam, letter_doubt, 1,
	    at("2026-03-02T10:00:00+08:00"));
	assert_int_equal(ledger_query_int(fam->l, &id,
	    "SELECT id FROM commitments "
	    "WHERE date_flag IS NOT NULL", (char *)NULL), 0);
	assert_true(id > 0);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-20T10:00:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations"), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind "
	    "<> 'notice'"), 0);
	assert_int_equal(schedule_escalate(fam->l, &fam->cfg, id,
	    at("2026-03-20T11:00:00+08:00"), &err), -1);
	assert_non_null(strstr(buf_str(&err), "ptrail due"));
	/* listed once, with the question and the command */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE kind "
	    "= 'notice' AND body LIKE '%due day that is in doubt%ptrail due 1 "
	    "DATE%' AND body NOT LIKE '%Overdue and unanswered%' AND body NOT "
	    "LIKE '%ptrail due 1 DATE%ptrail due 1 DATE%'"), 1);
	/* settled: the chase starts from the day the parent gave */
	assert_int_equal(commitment_set_due(fam->l, id, "2026-03-12",
	    at("2026-03-20T12:00:00+08:00"), &err), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM commitments WHERE "
	    "date_flag IS NULL AND due = '2026-03-12'"), 1);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM events WHERE kind "
	    "= 'commitment.due'"), 1);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-21T10:00:00+08:00"),
	    NULL), 1);
	assert_true(row_to("reminder", "wong@s.edu.hk") > 0);
	buf_free(&err);
}

static const char letter_ho[] =
    "From: Mr Ho <ho@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: Speech therapy\r\nDate: Mon, 2 Mar 2026 11:00:00 +0800\r\n"
    "Message-ID: <h1@s.edu.hk>\r\n\r\nDear Mrs Chan,\r\n\r\n"
    "I will send you the speech therapy report by 5 March 2026.\r\n\r\n"
    "Best regards,\r\nMr Ho\r\n";

/* A stop that comes after 'after' questions, as SIGTERM mid-backlog. */
struct stop_after {
	int	after, asked;
};

static int
stop_after_asked(void *arg)
{
	struct stop_after *s = arg;
	return ++s->asked > s->after;
}

static void
test_stop_between_letters(void **state)
{
	struct stop_after sa = { 2, 0 };
	struct cancel stop = { stop_after_asked, &sa };
	(void)state;

	/* three addressees overdue on Saturday 7 Mar: Ms Wong, Miss Lam
	 * (the 13 March promise is not due yet), Mr Ho */
	test_family_ingest(fam, letter_en, 1, at("2026-03-02T10:00:00+08:00"));
	test_family_ingest(fam, letter_ho, 2, at("2026-03-02T11:00:00+08:00"));
	/* asked before each letter: two letters, then it stops, whole */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:00:00+08:00"),
	    &stop), 2);
	assert_true(sa.asked > sa.after);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'reminder'"), 2);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations"),
	    2);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox o WHERE "
	    "kind = 'reminder' AND NOT EXISTS (SELECT 1 FROM escalations e "
	    "WHERE e.outbox_id = o.id)"), 0);
	/* a digest of half a ladder would mislead: the next run writes it */
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'notice'"), 0);
	/* the next run drafts the third, and nothing twice */
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:05:00+08:00"),
	    NULL), 1);
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-07T10:10:00+08:00"),
	    NULL), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'reminder'"), 3);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(DISTINCT to_addrs) FROM "
	    "outbox WHERE kind = 'reminder'"), 3);
	assert_true(row_to("reminder", "wong@s.edu.hk") > 0);
	assert_true(row_to("reminder", "lam@s.edu.hk") > 0);
	assert_true(row_to("reminder", "ho@s.edu.hk") > 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM escalations"),
	    3);
	assert_int_equal(ledger_count(fam->l, "SELECT count(*) FROM (SELECT "
	    "commitment_id FROM escalations GROUP BY commitment_id, step "
	    "HAVING count(*) > 1)"), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'notice'"), 1);
	/* asked at once: nothing at all */
	sa.after = 0;
	sa.asked = 0;
	assert_int_equal(schedule_run(fam->l, &fam->cfg,
	    at("2026-03-08T10:00:00+08:00"),
	    &stop), 0);
	assert_int_equal(ledger_count(fam->l,
	    "SELECT count(*) FROM outbox WHERE "
	    "kind = 'notice'"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_ladder_climbs_on_sent, setup,
		    test_family_teardown),
		cmocka_unit_test_setup_teardown(test_chinese_thread_and_missing_keys,
		    setup, test_family_teardown),
		cmocka_unit_test_setup_teardown(test_answered_per_promise, setup,
		    test_family_teardown),
		cmocka_unit_test_setup_teardown(test_digest_once_a_day, setup,
		    test_family_teardown),
		cmocka_unit_test_setup_teardown(test_school_mornings, setup,
		    test_family_teardown),
		cmocka_unit_test_setup_teardown(test_meetings_ahead_in_digest,
		    setup, test_family_teardown),
		cmocka_unit_test_setup_teardown(test_holidays_file_read_once,
		    setup, test_family_teardown),
		cmocka_unit_test_setup_teardown(test_principal_promise_passes_over,
		    setup, test_family_teardown),
		cmocka_unit_test_setup_teardown(test_imc_promise_passes_over,
		    setup, test_family_teardown),
		cmocka_unit_test_setup_teardown(test_doubtful_due_waits, setup,
		    test_family_teardown),
		cmocka_unit_test_setup_teardown(test_digest_after_meeting,
		    setup, test_family_teardown),
		cmocka_unit_test_setup_teardown(test_stop_between_letters,
		    setup, test_family_teardown),
	};
	return cmocka_run_group_tests_name("schedule", tests, NULL, NULL);
}
