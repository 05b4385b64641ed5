/*
 * test_place.c — where a meeting is held (issue 18): the room a letter
 * names, in its sentence or the next, in English and Chinese; and the "in"
 * and "at" that name no place ("in the meantime", "in March", "at 4pm");
 * the place kept in the ledger and given as the feed's LOCATION.
 */
#include "testledger.h"

#include "act/ics.h"
#include "base/config.h"
#include "extract/extract.h"
#include "ledger/items.h"

static struct extraction ex;
static const struct civil D = { 2026, 3, 2 };	/* a Monday */

/* The place of the letter's one meeting, or NULL. */
static const char *
place_of(const char *text)
{
	extraction_free(&ex);
	assert_int_equal(extract_text(text, strlen(text), &D, &ex), 0);
	if (ex.nmeetings != 1)
		fail_msg("%zu meetings in \"%s\"", ex.nmeetings, text);
	return ex.meetings[0].location;
}

static void
assert_place(const char *text, const char *want)
{
	const char *got = place_of(text);
	if (got == NULL || strcmp(got, want) != 0)
		fail_msg("\"%s\": place %s%s%s, want \"%s\"", text,
		    got ? "\"" : "", got ? got : "none", got ? "\"" : "", want);
}

static void
assert_no_place(const char *text)
{
	const char *got = place_of(text);
	if (got)
		fail_msg("\"%s\": place \"%s\", want none", text, got);
}

static void
test_place_en(void **state)
{
	(void)state;
	assert_place("The IEP meeting will be held on 17 March at 4pm in "
	    "Room 204.\n", "Room 204");
	struct buf j = BUF_INIT;	/* what `ptrail extract --json` prints */
	extraction_to_json(&ex, &j);
	assert_non_null(strstr(buf_str(&j), "\"location\":\"Room 204\""));
	buf_free(&j);
	assert_place("We will hold the review meeting in the SEN room on "
	    "Tuesday 17 March.\n", "SEN room");
	assert_place("The case conference will be on 20 March at 10am at "
	    "the school hall.\n", "school hall");
	assert_place("A meeting with you is arranged for 18 March.\n"
	    "Venue: Learning Support Centre, 2/F\n", "Learning Support Centre");
	assert_place("The IEP meeting is on 19 March at 3:30pm.\n"
	    "Location: Rm 3A\n", "Rm 3A");
	/* the next sentence when the meeting's own names none */
	assert_place("The review meeting will take place on 17 March. It "
	    "will be in the main office.\n", "main office");
}

static void
test_no_place_en(void **state)
{
	(void)state;
	assert_no_place("The IEP meeting will be on 17 March at 4pm.\n");
	assert_no_place("The review meeting is on 17 March; in the meantime "
	    "Ken will keep his reading log.\n");
	assert_no_place("We would like to meet you at a meeting on 17 March "
	    "to plan the targets set in March.\n");
	assert_no_place("The IEP meeting will be on 17 March at 4pm. We look "
	    "forward to seeing you at school.\n");
	/* the next sentence's place is another event's when it has a day */
	assert_no_place("The IEP meeting will be on 17 March at 4pm. The "
	    "book fair is on 20 March in the school hall.\n");
	assert_place("The review meeting is in Hall B on 18 March.\n", "Hall B");
	assert_place("The review meeting is in the hall a week from now, on "
	    "18 March.\n", "hall");
}

static void
test_place_zh(void **state)
{
	(void)state;
	assert_place("個別學習計劃會議將於3月17日下午4時於本校會議室舉行。\n",
	    "本校會議室");
	assert_place("3月18日嘅面談會喺學校禮堂進行。\n", "學校禮堂");
	assert_place("我們會在3月19日與您面談，在輔導室進行。\n", "輔導室");
	assert_place("面談定於3月20日上午10時。\n地點：校務處二樓\n",
	    "校務處二樓");
	/* 於 before a date names no place */
	assert_no_place("個別學習計劃會議將於3月17日下午4時舉行。\n");
	assert_no_place("我們會在3月19日與您面談。在此期間請繼續觀察。\n");
}

/* The ledger keeps the place; the feed gives it as LOCATION, and no
 * LOCATION for a meeting with none. */
static void
test_place_in_ledger_and_feed(void **state)
{
	struct test_family fam;
	struct meeting m, got;
	char *text = NULL;
	size_t len = 0;
	time_t now = 1774000000;

	(void)state;
	test_family_open(&fam, "[account]\naddress = p@f.example\n"
	    "[school]\ndomains = s.edu.hk\n");
	memset(&m, 0, sizeof(m));
	m.quote = (char *)"The IEP meeting is on 25 March at 4 pm in Room 204.";
	m.date = (char *)"2026-03-25";
	m.time = (char *)"16:00";
	m.location = (char *)"Room 204";
	assert_int_equal(meeting_add(fam.l, &m, now), 0);
	assert_int_equal(meeting_get(fam.l, m.id, &got), 0);
	assert_string_equal(got.location, "Room 204");
	meeting_free(&got);
	FILE *fp = open_memstream(&text, &len);
	assert_non_null(fp);
	assert_int_equal(ics_render(fam.l, &fam.cfg, now, fp), 0);
	fclose(fp);
	assert_non_null(strstr(text, "LOCATION:Room 204\r\n"));
	free(text);

	m.location = NULL;
	m.date = (char *)"2026-03-26";
	m.thread_id = 0;
	assert_int_equal(meeting_add(fam.l, &m, now), 0);
	text = NULL;
	fp = open_memstream(&text, &len);
	assert_int_equal(ics_render(fam.l, &fam.cfg, now, fp), 0);
	fclose(fp);
	char *first = strstr(text, "LOCATION:");
	assert_non_null(first);
	assert_null(strstr(first + 1, "LOCATION:"));
	free(text);
	test_family_close(&fam);
}

static int
teardown(void **state)
{
	(void)state;
	extraction_free(&ex);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_place_en),
		cmocka_unit_test(test_no_place_en),
		cmocka_unit_test(test_place_zh),
		cmocka_unit_test(test_place_in_ledger_and_feed),
	};
	return cmocka_run_group_tests_name("place", tests, NULL, teardown);
}
