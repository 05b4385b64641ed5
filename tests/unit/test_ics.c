/*
 * test_ics.c — the feed read back by libical's own parser: one VEVENT per
 * dated commitment, meeting and ladder step; timed events carry the plain
 * TZID; UIDs are stable across renders; a change moves SEQUENCE.
 */
#include "testledger.h"

#include <libical/ical.h>

#include "base/config.h"
#include "act/ics.h"
#include "ledger/items.h"
#include "ledger/ledger.h"
#include "base/timeutil.h"

/* ics_render() into a buffer, through a memory stream. */
static int
render(struct ledger *l, const struct config *cfg, time_t now, struct buf *out)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	int rc;

	assert_non_null(fp);
	rc = ics_render(l, cfg, now, fp);
	fclose(fp);
	buf_add(out, text, len);
	free(text);
	return rc;
}

static int
count_events(const char *text, int *timed, char uids[][64], int max)
{
	icalcomponent *cal = icalparser_parse_string(text);
	int n = 0;
	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	*timed = 0;
	for (icalcomponent *ev = icalcomponent_get_first_component(cal,
	    ICAL_VEVENT_COMPONENT); ev; ev = icalcomponent_get_next_component(cal,
	    ICAL_VEVENT_COMPONENT)) {
		icalproperty *p = icalcomponent_get_first_property(ev,
		    ICAL_DTSTART_PROPERTY);
		icalparameter *tz = icalproperty_get_first_parameter(p,
		    ICAL_TZID_PARAMETER);
		if (tz) {
			assert_string_equal(icalparameter_get_tzid(tz), "Asia/Hong_Kong");
			(*timed)++;
		}
		if (n < max)
			snprintf(uids[n], 64, "%s", icalcomponent_get_uid(ev));
		n++;
	}
	icalcomponent *tzc = icalcomponent_get_first_component(cal,
	    ICAL_VTIMEZONE_COMPONENT);
	assert_non_null(tzc);
	icalcomponent_free(cal);
	return n;
}

static void
test_feed_roundtrip(void **state)
{
	struct test_family fam;
	struct ledger *l;
	struct buf err = BUF_INIT, a = BUF_INIT, b = BUF_INIT;
	struct commitment c;
	struct meeting m;
	char ua[8][64], ub[8][64];
	int timed;
	time_t now = 1774000000;

	(void)state;
	test_family_open(&fam, "[account]\naddress = p@f.example\n"
	    "[school]\ndomains = s.edu.hk\n");
	l = fam.l;
#define cfg (fam.cfg)
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Ms Wong";
	c.action = (char *)"arrange a case conference";
	c.quote = (char *)"I will arrange a case conference by 20 March.";
	c.due = (char *)"2026-03-20";
	assert_int_equal(commitment_add(l, &c, now), 0);
	c.due = NULL;	/* no date: not in the calendar */
	c.quote = (char *)"We will follow up.";
	assert_int_equal(commitment_add(l, &c, now), 0);
	memset(&m, 0, sizeof(m));
	m.quote = (char *)"The IEP meeting is on 25 March at 4 pm.";
	m.date = (char *)"2026-03-25";
	m.time = (char *)"16:00";
	assert_int_equal(meeting_add(l, &m, now), 0);

	assert_int_equal(render(l, &cfg, now, &a), 0);
	assert_null(strstr(buf_str(&a), "freeassociation"));
	assert_non_null(strstr(buf_str(&a), "REFRESH-INTERVAL;VALUE=DURATION:PT1H"));
	assert_int_equal(count_events(buf_str(&a), &timed, ua, 8), 2);
	assert_int_equal(timed, 1);
	assert_int_equal(commitment_set_state(l, 1, "done", NULL, now + 60, &err), 0);
	assert_int_equal(render(l, &cfg, now + 60, &b), 0);
	assert_int_equal(count_events(buf_str(&b), &timed, ub, 8), 2);
	assert_string_equal(ua[0], ub[0]);
	assert_string_equal(ua[1], ub[1]);
	assert_null(strstr(buf_str(&a), "SEQUENCE:1\r\n"));
	assert_non_null(strstr(buf_str(&b), "SEQUENCE:1"));
#undef cfg

	test_family_close(&fam);
	buf_free(&a);
	buf_free(&b);
	buf_free(&err);
}

/* One family with a promise, for the feed tests. */
static void
family_with_promise(struct test_family *f, time_t now)
{
	struct commitment c;

	test_family_open(f, "[account]\naddress = p@f.example\n"
	    "[school]\ndomains = s.edu.hk\n");
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Ms Wong";
	c.action = (char *)"share the IEP draft";
	c.quote = (char *)"I will share the IEP draft by 20 March.";
	c.due = (char *)"2026-03-20";
	c.source = (char *)"manual";
	assert_int_equal(commitment_add(f->l, &c, now), 0);
}

/* The property text of the first VEVENT whose UID starts with prefix. */
static char *
event_prop(const char *ics, const char *uid_prefix, icalproperty_kind kind)
{
	icalcomponent *cal = icalparser_parse_string(ics);
	char *r = NULL;

	assert_non_null(cal);
	for (icalcomponent *ev = icalcomponent_get_first_component(cal,
	    ICAL_VEVENT_COMPONENT); ev && !r; ev = icalcomponent_get_next_component(cal,
	    ICAL_VEVENT_COMPONENT)) {
		if (strncmp(icalcomponent_get_uid(ev), uid_prefix,
		    strlen(uid_prefix)) != 0)
			continue;
		icalproperty *p = icalcomponent_get_first_property(ev, kind);
		r = strdup(p ? icalproperty_get_value_as_string(p) : "(none)");
	}
	icalcomponent_free(cal);
	assert_non_null(r);
	return r;
}

/* Issue 18, the feed: UIDs unique across families, a done promise is not
 * "CONFIRMED ... — due", the IEP hint only on IEP meetings, one meeting
 * read twice in a thread is one event. */
static void
test_feed_says_what_stands(void **state)
{
	struct test_family chan, lee;
	struct ledger *a, *b;
	struct buf err = BUF_INIT, fa = BUF_INIT, fb = BUF_INIT;
	struct meeting m;
	char ua[8][64], ub[8][64], *p;
	int timed;
	time_t now = 1774000000;

	(void)state;
	family_with_promise(&chan, now);
	family_with_promise(&lee, now + 1);
	a = chan.l;
	b = lee.l;
#define cfg (chan.cfg)
	assert_int_equal(render(a, &cfg, now, &fa), 0);
	assert_int_equal(render(b, &cfg, now, &fb), 0);
	assert_int_equal(count_events(buf_str(&fa), &timed, ua, 8), 1);
	assert_int_equal(count_events(buf_str(&fb), &timed, ub, 8), 1);
	assert_string_not_equal(ua[0], ub[0]);
	assert_non_null(strstr(ua[0], "commitment-1@"));
	assert_non_null(strstr(ua[0], ".ptrail"));
	p = event_prop(buf_str(&fa), "commitment-1@", ICAL_SUMMARY_PROPERTY);
	assert_string_equal(p, "Ms Wong: share the IEP draft — due");
	free(p);

	assert_int_equal(commitment_set_state(a, 1, "done", NULL, now + 60,
	    &err), 0);
	buf_reset(&fa);
	assert_int_equal(render(a, &cfg, now + 60, &fa), 0);
	p = event_prop(buf_str(&fa), "commitment-1@", ICAL_SUMMARY_PROPERTY);
	assert_string_equal(p, "Ms Wong: share the IEP draft — done");
	free(p);
	p = event_prop(buf_str(&fa), "commitment-1@", ICAL_STATUS_PROPERTY);
	assert_string_equal(p, "(none)");
	free(p);
	/* the UID is the ledger's, stable across renders */
	assert_int_equal(count_events(buf_str(&fa), &timed, ub, 8), 1);
	assert_string_equal(ua[0], ub[0]);

	/* a class meeting: no IEP hint; an IEP meeting read in a letter and
	 * again in the reply, same thread and day: one event, the hint */
	assert_int_equal(sqlite3_exec(ledger_db(a), "INSERT INTO messages (id, "
	    "sha256, raw, size, stored_at, subject) VALUES (1, 'x', 'x', 1, 0, "
	    "'IEP review'), (2, 'y', 'y', 1, 0, 'Re: IEP review')", NULL, NULL,
	    NULL), SQLITE_OK);
	memset(&m, 0, sizeof(m));
	m.quote = (char *)"Parents' evening is on 24 March.";
	m.date = (char *)"2026-03-24";
	assert_int_equal(meeting_add(a, &m, now), 0);
	m.quote = (char *)"The IEP meeting is on 25 March.";
	m.date = (char *)"2026-03-25";
	m.message_id = m.thread_id = 1;
	assert_int_equal(meeting_add(a, &m, now), 0);
	m.quote = (char *)"See you on 25 March at 4 pm.";
	m.time = (char *)"16:00";
	m.message_id = 2;
	assert_int_equal(meeting_add(a, &m, now), 0);
	buf_reset(&fa);
	assert_int_equal(render(a, &cfg, now + 60, &fa), 0);
	assert_int_equal(count_events(buf_str(&fa), &timed, ua, 8), 3);
	assert_int_equal(timed, 1);	/* the reply gave the time */
	p = event_prop(buf_str(&fa), "meeting-1@", ICAL_SUMMARY_PROPERTY);
	assert_string_equal(p, "Meeting");
	free(p);
	p = event_prop(buf_str(&fa), "meeting-2@", ICAL_SUMMARY_PROPERTY);
	assert_string_equal(p, "IEP meeting (ask for the draft IEP 3 days ahead)");
	free(p);

#undef cfg
	test_family_close(&chan);
	test_family_close(&lee);
	buf_free(&fa);
	buf_free(&fb);
	buf_free(&err);
}

/* The feed's bytes, against tests/unit/feed.golden.ics: a promise with
 * and without a name, answered, done and with a time; a meeting with and
 * without a letter, an IEP one, a cancelled one. Written by the code
 * before ics.c's event builders became one (PTRAIL_WRITE_GOLDEN=1 writes
 * it again): a refactoring must not change a byte. */
static void
test_feed_bytes(void **state)
{
	struct test_family fam;
	struct buf feed = BUF_INIT, want = BUF_INIT;
	const char *top = getenv("PTRAIL_TOP");
	char *path;
	time_t now = 1774000000;

	(void)state;
	test_family_open(&fam, "[account]\naddress = p@f.example\n"
	    "[school]\ndomains = s.edu.hk\n");
	assert_int_equal(sqlite3_exec(ledger_db(fam.l),
	    "INSERT INTO messages (id, sha256, raw, size, stored_at, date, "
	    "subject, from_name) VALUES (1, 'x', 'x', 1, 0, 1773900000, "
	    "'IEP review', 'Ms Wong');"
	    "INSERT INTO people (id, name, address, created_at) VALUES "
	    "(1, 'Ms Wong', 'wong@s.edu.hk', 0);"
	    "INSERT INTO commitments (message_id, thread_id, source, actor, "
	    "person_id, action, quote, due, due_time, state, answered_at, "
	    "sequence, created_at, updated_at) VALUES "
	    "(1, 1, 'letter', 'I', 1, 'send the IEP', 'I will send the IEP "
	    "by 20 March.', '2026-03-20', NULL, 'open', NULL, 0, 0, 1773900000),"
	    "(1, 1, 'letter', 'We', NULL, NULL, 'We will call you by 23 "
	    "March at 10am.', '2026-03-23', '10:00', 'confirmed', 1773950000, "
	    "2, 0, 1773950000),"
	    "(NULL, NULL, 'manual', 'Mr Yip', NULL, 'mark the test', 'Mr Yip "
	    "will mark the test.', '2026-03-24', NULL, 'done', NULL, 1, 0, "
	    "1773960000);"
	    "INSERT INTO meetings (message_id, thread_id, quote, date, time, "
	    "with_whom, state, sequence, created_at, updated_at) VALUES "
	    "(1, 1, 'The IEP meeting is on 25 March at 4 pm.', '2026-03-25', "
	    "'16:00', NULL, 'scheduled', 0, 0, 1773900000),"
	    "(NULL, NULL, 'Parents'' evening on 26 March.', '2026-03-26', NULL, "
	    "'Mr Yip', 'cancelled', 1, 0, 1773970000);",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(render(fam.l, &fam.cfg, now, &feed), 0);
	if (asprintf(&path, "%s/tests/unit/feed.golden.ics", top ? top : ".") < 0)
		abort();
	if (getenv("PTRAIL_WRITE_GOLDEN")) {
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fwrite(feed.s, 1, feed.len, f);
		fclose(f);
	}
	FILE *f = fopen(path, "r");
	char chunk[4096];
	size_t n;
	assert_non_null(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&want, chunk, n);
	fclose(f);
	if (strcmp(buf_str(&feed), buf_str(&want)) != 0)
		fail_msg("the feed differs from %s:\n%s", path, buf_str(&feed));
	test_family_close(&fam);
	buf_free(&feed);
	buf_free(&want);
	free(path);
}

/* A feed of more events than one chunk, rendered by two threads: every
 * event once, in the ledger's order, each with its own row's words. */
static void
test_feed_many_in_order(void **state)
{
	struct test_family fam;
	struct buf feed = BUF_INIT;
	icalcomponent *cal;
	int n = 0;

	(void)state;
	test_family_open(&fam, "[account]\naddress = p@f.example\n"
	    "[school]\ndomains = s.edu.hk\n");
	assert_int_equal(sqlite3_exec(ledger_db(fam.l),
	    "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k "
	    "WHERE i < 700) INSERT INTO commitments (source, actor, action, "
	    "quote, due, state, sequence, created_at, updated_at) SELECT "
	    "'manual', 'Ms Wong', 'send note ' || i, 'I will send note ' || i "
	    "|| '.', '2026-03-20', 'open', 0, 0, 1773900000 FROM k",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(render(fam.l, &fam.cfg, 1774000000, &feed), 0);
	cal = icalparser_parse_string(buf_str(&feed));
	assert_non_null(cal);
	for (icalcomponent *ev = icalcomponent_get_first_component(cal,
	    ICAL_VEVENT_COMPONENT); ev; ev = icalcomponent_get_next_component(cal,
	    ICAL_VEVENT_COMPONENT)) {
		char uid[32], summary[64];
		n++;
		snprintf(uid, sizeof(uid), "commitment-%d@", n);
		snprintf(summary, sizeof(summary), "Ms Wong: send note %d — due",
		    n);
		assert_int_equal(strncmp(icalcomponent_get_uid(ev), uid,
		    strlen(uid)), 0);
		assert_string_equal(icalcomponent_get_summary(ev), summary);
	}
	assert_int_equal(n, 700);
	icalcomponent_free(cal);
	test_family_close(&fam);
	buf_free(&feed);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feed_roundtrip),
		cmocka_unit_test(test_feed_says_what_stands),
		cmocka_unit_test(test_feed_bytes),
		cmocka_unit_test(test_feed_many_in_order),
	};
	return cmocka_run_group_tests_name("ics", tests, NULL, NULL);
}
