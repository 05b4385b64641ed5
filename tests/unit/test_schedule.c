/*
 * test_schedule.c — the escalation ladder on a real ledger with a fixed
 * clock: due on a Friday with no reply -> a reminder drafted the next day,
 * to be sent on the next school morning; the principal's letter five days
 * later; restarts never repeat a step; an answer in the thread stops it.
 */
#include "testledger.h"

#include "base/config.h"
#include "ledger/items.h"
#include "ledger/ledger.h"
#include "ledger/outbox.h"
#include "act/schedule.h"
#include "base/timeutil.h"

static struct test_family fam;
#define cfg (fam.cfg)
#define l (fam.l)

static time_t
at(const char *iso)
{
	time_t t;
	assert_int_equal(iso8601_parse(iso, &t, NULL), 0);
	return t;
}

static int
setup(void **state)
{
	(void)state;
	test_family_open(&fam, "[account]\naddress = P <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\nsenco = Ms Wong <wong@s.edu.hk>\n"
	    "principal = Mr Lee <lee@s.edu.hk>\n[child]\nname = Ethan\n");
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	test_family_close(&fam);
	return 0;
}

static void
test_ladder(void **state)
{
	struct commitment c;
	struct outbox_row r;
	struct buf err = BUF_INIT;
	(void)state;

	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Miss Lam";
	c.action = (char *)"send the reading log";
	c.quote = (char *)"Miss Lam will send the reading log by Friday.";
	c.due = (char *)"2026-03-06";		/* a Friday */
	assert_int_equal(commitment_add(l, &c, at("2026-03-02T10:00:00+08:00")), 0);

	/* due day itself: nothing yet */
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-06T18:00:00+08:00")), 0);
	/* Saturday: the reminder is drafted, to go Monday 09:00 */
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-07T10:00:00+08:00")), 1);
	assert_int_equal(outbox_get(l, 1, &r), 0);
	assert_string_equal(r.kind, "reminder");
	assert_string_equal(r.state, "draft");		/* send = approve */
	assert_string_equal(r.to_addrs, "wong@s.edu.hk");
	assert_int_equal(r.not_before, at("2026-03-09T09:00:00+08:00"));
	assert_non_null(strstr(r.body, "Miss Lam will send the reading log"));
	outbox_row_free(&r);
	/* a restart the same day takes no step again */
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-07T11:00:00+08:00")), 0);
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-11T11:00:00+08:00")), 0);
	/* five days after the due day's morrow: the principal's letter */
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-12T08:00:00+08:00")), 1);
	/* (a notice about the reminder left as a draft came in between) */
	assert_int_equal(outbox_get(l, ledger_count(l, "SELECT id FROM outbox WHERE kind = "
	    "'escalation'"), &r), 0);
	assert_string_equal(r.kind, "escalation");
	assert_string_equal(r.to_addrs, "lee@s.edu.hk");
	assert_string_equal(r.cc_addrs, "wong@s.edu.hk");
	assert_non_null(strstr(r.body, "due Fri 6 Mar 2026"));
	outbox_row_free(&r);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM escalations"), 2);

	/* the school answers in the thread: the ladder stops */
	assert_int_equal(commitment_mark_answered(l, c.id,
	    at("2026-03-13T09:00:00+08:00"), at("2026-03-13T09:00:00+08:00")), 0);
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-30T10:00:00+08:00")), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM escalations"), 2);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM events WHERE kind = "
	    "'escalation.step'"), 2);

	/* found late: one rung at a time, each keeping its distance */
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Mr Chan";
	c.quote = (char *)"Mr Chan will call by 2 March.";
	c.due = (char *)"2026-03-02";
	assert_int_equal(commitment_add(l, &c, at("2026-03-01T10:00:00+08:00")), 0);
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-30T10:00:00+08:00")), 1);
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-30T10:30:00+08:00")), 0);
	assert_int_equal(schedule_run(l, &cfg, at("2026-04-04T10:30:00+08:00")), 1);
	/* an old letter found by a first sync: overdue, but not chased */
	struct commitment old;
	memset(&old, 0, sizeof(old));
	old.actor = (char *)"Mr Ho";
	old.quote = (char *)"Mr Ho will phone by 2 February.";
	old.due = (char *)"2026-02-02";
	assert_int_equal(commitment_add(l, &old, at("2026-03-30T09:00:00+08:00")), 0);
	assert_int_equal(schedule_run(l, &cfg, at("2026-03-30T10:45:00+08:00")), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM escalations WHERE "
	    "commitment_id = (SELECT max(id) FROM commitments)"), 0);
	/* withdrawn by the parent: no more */
	assert_int_equal(commitment_set_state(l, c.id, "withdrawn", NULL,
	    at("2026-04-05T10:00:00+08:00"), &err), 0);
	assert_int_equal(schedule_run(l, &cfg, at("2026-05-30T10:00:00+08:00")), 0);
	buf_free(&err);
}

static void
test_school_mornings(void **state)
{
	(void)state;
	/* Friday 20:00 -> Monday 09:00; Tuesday 10:30 stays; Sunday -> Monday */
	assert_int_equal(schedule_next_school_morning(&cfg,
	    at("2026-03-20T20:00:00+08:00")), at("2026-03-23T09:00:00+08:00"));
	assert_int_equal(schedule_next_school_morning(&cfg,
	    at("2026-03-24T10:30:00+08:00")), at("2026-03-24T10:30:00+08:00"));
	assert_int_equal(schedule_next_school_morning(&cfg,
	    at("2026-03-22T07:00:00+08:00")), at("2026-03-23T09:00:00+08:00"));
}

static void
test_holidays_and_parent_reminders(void **state)
{
	struct meeting m;
	struct commitment c;
	(void)state;
	/* Thursday evening before Easter 2026: Good Friday, the day after,
	 * the weekend, the day after Ching Ming and after Easter Monday are
	 * no school days: Wednesday 8 April, 09:00 */
	assert_int_equal(schedule_next_school_morning(&cfg,
	    at("2026-04-02T18:00:00+08:00")), at("2026-04-08T09:00:00+08:00"));

	memset(&m, 0, sizeof(m));
	m.quote = (char *)"The IEP meeting will be on 25 March at 4 pm.";
	m.date = (char *)"2026-03-25";
	m.time = (char *)"16:00";
	assert_int_equal(meeting_add(l, &m, at("2026-03-01T10:00:00+08:00")), 0);
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Ms Wong";
	c.quote = (char *)"Ms Wong will send the draft IEP by 24 March.";
	c.due = (char *)"2026-03-24";
	assert_int_equal(commitment_add(l, &c, at("2026-03-01T10:00:00+08:00")), 0);
	const char *mine = "SELECT count(*) FROM outbox WHERE kind = 'notice' AND "
	    "(subject LIKE '%brief for the meeting%' OR subject LIKE '%due tomorrow%')";
	/* the brief: three working days before (test_brief.c has more) */
	schedule_run(l, &cfg, at("2026-03-19T10:00:00+08:00"));	/* 4 days */
	assert_int_equal(ledger_count(l, mine), 0);
	schedule_run(l, &cfg, at("2026-03-20T10:00:00+08:00"));	/* 3 days */
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM outbox WHERE kind = 'notice' "
	    "AND subject LIKE '%brief for the meeting%'"), 1);
	schedule_run(l, &cfg, at("2026-03-23T10:00:00+08:00"));	/* due tomorrow */
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM outbox WHERE kind = 'notice' "
	    "AND subject LIKE '%due tomorrow%'"), 1);
	schedule_run(l, &cfg, at("2026-03-23T11:00:00+08:00"));	/* once each */
	assert_int_equal(ledger_count(l, mine), 2);
	/* a draft left 20 hours brought one notice, not one per run */
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM outbox WHERE subject = "
	    "'ptrail: draft 1 waits for your approval'"), 1);
	/* notices to the parent need no approval */
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM outbox WHERE kind = 'notice' "
	    "AND state <> 'approved'"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ladder),
		cmocka_unit_test(test_school_mornings),
		cmocka_unit_test(test_holidays_and_parent_reminders),
	};
	return cmocka_run_group_tests_name("schedule", tests, setup, teardown);
}
