/*
 * test_dates.c — every form SPEC.md's "Relative dates" lists, in English
 * and Chinese, against references on different weekdays, across month and
 * year ends; and the things that are not dates.
 */
#include "testutil.h"

#include "extract/dates.h"

struct row {
	const char *text;
	const char *ref;	/* YYYY-MM-DD, day D */
	const char *date;	/* the pick, or NULL */
	const char *time;	/* or NULL */
};

static const struct row rows[] = {
	/* named dates, day first */
	{ "by 20 March", "2026-03-02", "2026-03-20", NULL },
	{ "by March 20th", "2026-03-02", "2026-03-20", NULL },
	{ "on 4th May", "2026-03-02", "2026-05-04", NULL },
	{ "scheduled for 14/4", "2026-03-02", "2026-04-14", NULL },
	{ "on Thu 5/3", "2026-03-02", "2026-03-05", NULL },
	{ "by 30/1/2026", "2026-01-10", "2026-01-30", NULL },
	{ "on 20.05.2026", "2026-05-01", "2026-05-20", NULL },
	{ "on 2026-03-20", "2026-03-01", "2026-03-20", NULL },
	{ "於2026年4月15日", "2026-04-01", "2026-04-15", NULL },
	{ "4月15日前", "2026-04-01", "2026-04-15", NULL },
	{ "３月２０日或之前", "2026-03-02", "2026-03-20", NULL },
	{ "五月廿二號", "2026-05-01", "2026-05-22", NULL },
	{ "四月八日", "2026-04-01", "2026-04-08", NULL },
	/* a date without a year: nearest to D */
	{ "by 8 January", "2025-12-15", "2026-01-08", NULL },
	{ "on 20 December", "2026-01-05", "2025-12-20", NULL },
	/* weekdays: strictly after D; next = the week after D's */
	{ "by Friday", "2026-03-02", "2026-03-06", NULL },
	{ "this Friday", "2026-03-06", "2026-03-13", NULL },
	{ "next Friday", "2026-03-02", "2026-03-13", NULL },
	{ "next Monday", "2026-03-21", "2026-03-23", NULL },
	{ "Friday next week", "2026-03-02", "2026-03-13", NULL },
	{ "星期五", "2026-03-02", "2026-03-06", NULL },
	{ "下星期三", "2026-03-02", "2026-03-11", NULL },
	{ "下個禮拜五", "2026-03-02", "2026-03-13", NULL },
	{ "今個禮拜五", "2026-03-02", "2026-03-06", NULL },
	{ "本週五（10月16日）或之前", "2026-10-12", "2026-10-16", NULL },
	{ "Friday 13 March", "2026-03-02", "2026-03-13", NULL },
	/* relative days */
	{ "today", "2026-03-02", "2026-03-02", NULL },
	{ "with immediate effect", "2026-04-30", "2026-04-30", NULL },
	{ "tomorrow", "2026-02-28", "2026-03-01", NULL },
	{ "聽日", "2026-12-31", "2027-01-01", NULL },
	{ "the day after tomorrow", "2026-03-02", "2026-03-04", NULL },
	{ "後天", "2026-03-02", "2026-03-04", NULL },
	/* periods end on their last day */
	{ "this week", "2026-03-04", "2026-03-08", NULL },
	{ "by the end of next week", "2026-03-04", "2026-03-15", NULL },
	{ "下星期", "2026-03-04", "2026-03-15", NULL },
	{ "by the end of this month", "2026-02-10", "2026-02-28", NULL },
	{ "月底前", "2028-02-10", "2028-02-29", NULL },
	{ "next month", "2026-12-10", "2027-01-31", NULL },
	{ "in September", "2026-03-02", "2026-09-30", NULL },
	{ "by the end of January", "2025-12-15", "2026-01-31", NULL },
	{ "3月底前", "2026-03-02", "2026-03-31", NULL },
	{ "within 10 days", "2026-03-02", "2026-03-12", NULL },
	{ "within two weeks", "2026-03-02", "2026-03-16", NULL },
	{ "in a fortnight", "2026-03-02", "2026-03-16", NULL },
	{ "兩星期內", "2026-03-02", "2026-03-16", NULL },
	{ "within a month", "2026-01-31", "2026-02-28", NULL },
	{ "within 10 school days", "2026-03-06", "2026-03-20", NULL },
	{ "5個工作天內", "2026-03-06", "2026-03-13", NULL },
	{ "w/c 9 March", "2026-03-02", "2026-03-15", NULL },
	{ "the week of 13 April", "2026-03-02", "2026-04-19", NULL },
	{ "w/e 27/3", "2026-03-02", "2026-03-27", NULL },
	{ "by the 20th", "2026-03-22", "2026-04-20", NULL },
	{ "three days before the meeting on 20 March", "2026-03-02", "2026-03-17", NULL },
	{ "within three weeks after the second session (5 May)", "2026-04-01",
	  "2026-05-26", NULL },
	/* deadline words and several dates */
	{ "the record for 24 February by Wednesday", "2026-03-02", "2026-03-04", NULL },
	{ "by 8 April, not 31 March, because it moved to 23 March", "2026-03-02",
	  "2026-04-08", NULL },
	{ "over two sessions, on 28 April and 5 May", "2026-04-01", "2026-05-05", NULL },
	{ "from 4 May", "2026-04-30", "2026-05-04", NULL },
	/* times */
	{ "on 18 March at 3:30pm", "2026-03-02", "2026-03-18", "15:30" },
	{ "on 2 June at 5:00 pm", "2026-03-02", "2026-06-02", "17:00" },
	{ "on 4 June at 10 am", "2026-03-02", "2026-06-04", "10:00" },
	{ "Friday at 4.15 pm", "2026-03-02", "2026-03-06", "16:15" },
	{ "16 March from 3:45 p.m. to 4:45 p.m.", "2026-03-02", "2026-03-16", "15:45" },
	{ "20 March 10:00-11:30", "2026-03-02", "2026-03-20", "10:00" },
	{ "20 March at noon", "2026-03-02", "2026-03-20", "12:00" },
	{ "3月25日下午4時", "2026-03-02", "2026-03-25", "16:00" },
	{ "3月25日下午3時45分", "2026-03-02", "2026-03-25", "15:45" },
	{ "3月25日上午10時30分", "2026-03-02", "2026-03-25", "10:30" },
	{ "3月25日下午四點半", "2026-03-02", "2026-03-25", "16:30" },
	{ "COB Thursday", "2026-03-02", "2026-03-05", NULL },
	/* vague and not dates */
	{ "by the end of term", "2026-03-02", NULL, NULL },
	{ "before the Easter holiday", "2026-03-02", NULL, NULL },
	{ "as soon as possible", "2026-03-02", NULL, NULL },
	{ "盡快", "2026-03-02", NULL, NULL },
	{ "學期完結前", "2026-03-02", NULL, NULL },
	{ "Tel: 2345 6789", "2026-03-02", NULL, NULL },
	{ "Room 3/F, P.4 class", "2026-03-02", NULL, NULL },
	{ "scored 33/50", "2026-03-02", NULL, NULL },
	{ "we met last Thursday", "2026-03-02", NULL, NULL },
	{ "you may call", "2026-03-02", NULL, NULL },
	{ "", "2026-03-02", NULL, NULL },
};

static void
test_table(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
		struct date_span spans[DATE_SPAN_MAX];
		struct civil ref;
		char tm[6], got[11] = "";
		assert_int_equal(civil_parse(rows[k].ref, &ref), 0);
		int n = dates_find(rows[k].text, strlen(rows[k].text), &ref, spans,
		    DATE_SPAN_MAX);
		int pick = dates_pick(spans, n, tm);
		if (pick >= 0)
			civil_format(&spans[pick].date, got);
		if ((rows[k].date == NULL) != (pick < 0) ||
		    (rows[k].date && strcmp(rows[k].date, got) != 0))
			fail_msg("\"%s\" (D=%s): got %s, want %s", rows[k].text,
			    rows[k].ref, pick >= 0 ? got : "null",
			    rows[k].date ? rows[k].date : "null");
		if (rows[k].time && strcmp(rows[k].time, tm) != 0)
			fail_msg("\"%s\": time %s, want %s", rows[k].text, tm,
			    rows[k].time);
	}
}

static void
test_spans_map_to_original_bytes(void **state)
{
	const char *text = "請於３月２０日前交回";
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref = { 2026, 3, 2 };
	(void)state;
	int n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
	assert_int_equal(n, 1);
	assert_true(spans[0].deadline);
	/* the span quotes the full-width original, 前 included */
	assert_int_equal(strncmp(text + spans[0].start, "３月２０日前",
	    spans[0].end - spans[0].start), 0);
}

static void
test_many_spans_bounded(void **state)
{
	char text[4096] = "";
	struct date_span spans[4];
	struct civil ref = { 2026, 3, 2 };
	(void)state;
	for (int k = 0; k < 100; k++)
		strcat(text, "1/3 ");
	assert_int_equal(dates_find(text, strlen(text), &ref, spans, 4), 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_spans_map_to_original_bytes),
		cmocka_unit_test(test_many_spans_bounded),
	};
	return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
