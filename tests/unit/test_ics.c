/*
 * test_ics.c — the feed read back by libical's own parser: one VEVENT per
 * dated commitment, meeting and ladder step; timed events carry the plain
 * TZID; UIDs are stable across renders; a change moves SEQUENCE.
 */
#include "testutil.h"

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
	char *dir = test_tmpdir(), *path, *conf;
	struct config cfg;
	struct ledger *l;
	struct buf err = BUF_INIT, a = BUF_INIT, b = BUF_INIT;
	struct commitment c;
	struct meeting m;
	char ua[8][64], ub[8][64];
	int timed;
	time_t now = 1774000000;

	(void)state;
	tz_set("Asia/Hong_Kong");
	if (asprintf(&path, "%s/l.db", dir) < 0)
		abort();
	conf = test_write_file(dir, "c.conf", "[account]\naddress = p@f.example\n"
	    "[school]\ndomains = s.edu.hk\n", 0600);
	assert_int_equal(config_load(conf, &cfg, &err), 0);
	assert_int_equal(ledger_open(path, LEDGER_RW, &l, &err), 0);
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

	ledger_close(l);
	config_free(&cfg);
	buf_free(&a);
	buf_free(&b);
	buf_free(&err);
	free(path);
	free(conf);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feed_roundtrip),
	};
	return cmocka_run_group_tests_name("ics", tests, NULL, NULL);
}
