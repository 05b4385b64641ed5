/*
 * test_dates.c — every form SPEC.md's "Relative dates" lists, in English
 * and Chinese, against references on different weekdays, across month and
 * year ends; and the things that are not dates. Then the grammar's rules
 * one by one (phrasings of our own, not the public date corpus's), the
 * flags (inconsistent, impossible, ambiguous), the reference time and
 * zone, and the modifiers that drop a span; and each flag asked about in
 * plain words (dates_doubt.h), from the quote and the due day only.
 */
#include "testutil.h"

#include "extract/dates.h"
#include "extract/dates_int.h"
#include "extract/dates_doubt.h"
#include "act/holidays.h"

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
	const char *want = "３月２０日前";
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref = { 2026, 3, 2 };
	(void)state;
	int n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
	assert_int_equal(n, 1);
	assert_true(spans[0].deadline);
	/* the span quotes the full-width original, 前 included: its length
	 * too, so that a prefix of it does not pass */
	assert_int_equal(spans[0].end - spans[0].start, strlen(want));
	assert_memory_equal(text + spans[0].start, want, strlen(want));
}

/*
 * The grammar, rule by rule: what `ptrail dates --jsonl` answers for a
 * phrase (dates_value), with the reference Wednesday 4 March 2026 10:00
 * +08:00 unless a row says otherwise. NULL: no answer, which is right
 * when the phrase holds a piece the grammar does not read.
 */
struct vrow {
	const char *text;
	const char *date;	/* or NULL: no answer */
	const char *time;	/* or NULL: none */
	const char *ref;	/* or NULL: 2026-03-04 */
};

static const struct vrow vrows[] = {
	/* absolute dates: orders, separators, ordinals, years */
	{ "the second of April", "2026-04-02", NULL, NULL },
	{ "April the ninth, 2027", "2027-04-09", NULL, NULL },
	{ "9th Apr 27", "2027-04-09", NULL, NULL },
	{ "07/05/1999", "1999-05-07", NULL, NULL },
	{ "7.5.99", "1999-05-07", NULL, NULL },
	{ "12-Jun-2030", "2030-06-12", NULL, NULL },
	{ "2031/01/02", "2031-01-02", NULL, NULL },
	{ "twenty-first of June", "2026-06-21", NULL, NULL },
	{ "thirty first of december 1999", "1999-12-31", NULL, NULL },
	{ "5 11 2029", "2029-11-05", NULL, NULL },
	/* weekday with a date: the date stands */
	{ "Wednesday, 18 March", "2026-03-18", NULL, NULL },
	{ "Thu 19th", "2026-03-19", NULL, NULL },
	/* a weekday picks the year only when the nearest date is past */
	{ "Mon, Oct 5", "2026-10-05", NULL, NULL },
	{ "Tue, Jan 20", "2026-01-20", NULL, "2026-03-04" },
	/* a weekday or a day counted in a month */
	{ "the fourth Friday of May", "2026-05-22", NULL, NULL },
	{ "last Wednesday in April 2027", "2027-04-28", NULL, NULL },
	{ "second day of June", "2026-06-02", NULL, NULL },
	{ "last day of next month", "2026-04-30", NULL, NULL },
	{ "the 9th of next month", "2026-04-09", NULL, NULL },
	{ "15 of last month", "2026-02-15", NULL, NULL },
	/* weekdays */
	{ "Saturday after next", "2026-03-14", NULL, NULL },
	{ "Monday week", "2026-03-16", NULL, NULL },
	{ "thursday of last week", "2026-02-26", NULL, NULL },
	{ "next week's Tuesday", "2026-03-10", NULL, NULL },
	{ "last Thursday", "2026-02-26", NULL, NULL },
	{ "the coming Friday", "2026-03-06", NULL, NULL },
	/* a range of days gives its start */
	{ "from 16 to 18 June", "2026-06-16", NULL, NULL },
	{ "the 2nd to the 4th of September", "2026-09-02", NULL, NULL },
	{ "between 7 and 9 June", "2026-06-07", NULL, NULL },
	{ "on 7 and 9 June", "2026-06-09", NULL, NULL },
	/* a plain weekday in a past clause is the one before D */
	{ "we spoke on Tuesday", "2026-03-03", NULL, NULL },
	{ "the IEP meeting was held on Friday", "2026-02-27", NULL, NULL },
	{ "the IEP meeting will be held on Friday", "2026-03-06", NULL, NULL },
	/* counted from D */
	{ "in six days", "2026-03-10", NULL, NULL },
	{ "five weeks from today", "2026-04-08", NULL, NULL },
	{ "a fortnight ago", "2026-02-18", NULL, NULL },
	{ "4 Mondays from now", "2026-03-30", NULL, NULL },
	{ "in three weeks' time", "2026-03-25", NULL, NULL },
	/* school days skip weekends and Hong Kong holidays (Easter 2026) */
	{ "within 3 working days", "2026-04-09", NULL, "2026-04-01" },
	/* without the caller's calendar: weekdays (SPEC.md's extractor) */
	{ "within 3 working days", "2026-04-06", NULL, "no-calendar" },
	/* with the reference time */
	{ "in 3 hours", "2026-03-04", "13:00", NULL },
	{ "in 90 minutes", "2026-03-04", "11:30", NULL },
	{ "in 20 hours", "2026-03-05", "06:00", NULL },
	/* clock times */
	{ "quarter to 5", "2026-03-04", "16:45", NULL },
	{ "ten past nine pm", "2026-03-04", "21:10", NULL },
	/* a lone time before the reference hour is the next such time */
	{ "ten past nine am", "2026-03-05", "09:10", NULL },
	{ "at 11", "2026-03-04", "11:00", NULL },
	{ "7:45 p.m.", "2026-03-04", "19:45", NULL },
	{ "13h45", "2026-03-04", "13:45", NULL },
	{ "5 o'clock in the evening", "2026-03-04", "17:00", NULL },
	{ "half past eleven", "2026-03-04", "11:30", NULL },
	{ "seven fifteen pm", "2026-03-04", "19:15", NULL },
	{ "at 2am", "2026-03-05", "02:00", NULL },
	{ "noon tomorrow", "2026-03-05", "12:00", NULL },
	{ "Friday at 3 in the afternoon", "2026-03-06", "15:00", NULL },
	{ "2-3pm on Monday", "2026-03-09", "14:00", NULL },
	{ "11-1pm", "2026-03-04", "11:00", NULL },
	{ "10:00 - 10:45 on Friday 13 March", "2026-03-13", "10:00", NULL },
	{ "Friday 13 March - Monday 16 March", "2026-03-13", NULL, NULL },
	{ "at 11.45", "2026-03-04", "11:45", NULL },
	{ "midnight on Tuesday", "2026-03-11", "00:00", NULL },
	{ "the following Thursday", "2026-03-05", NULL, NULL },
	/* zones: into the reference's offset (+08:00) */
	{ "Friday 10:00 UTC", "2026-03-06", "18:00", NULL },
	{ "Monday 9pm BST", "2026-03-10", "04:00", NULL },
	/* Chinese */
	{ "二零三零年五月六號", "2030-05-06", NULL, NULL },
	{ "2027年3月廿一日", "2027-03-21", NULL, NULL },
	{ "四月卅號", "2026-04-30", NULL, NULL },
	{ "下個月十八號", "2026-04-18", NULL, NULL },
	{ "今個月尾", "2026-03-31", NULL, NULL },
	{ "六月中旬", "2026-06-20", NULL, NULL },
	{ "五月第二個禮拜六", "2026-05-09", NULL, NULL },
	{ "下個禮拜一", "2026-03-09", NULL, NULL },
	{ "上個禮拜五", "2026-02-27", NULL, NULL },
	{ "今個禮拜五", "2026-03-06", NULL, NULL },
	{ "今個禮拜一", "2026-03-02", NULL, NULL },
	{ "下下個星期二", "2026-03-17", NULL, NULL },
	{ "琴日", "2026-03-03", NULL, NULL },
	{ "大後日", "2026-03-07", NULL, NULL },
	{ "四日內", "2026-03-08", NULL, NULL },
	{ "三個禮拜後", "2026-03-25", NULL, NULL },
	{ "十個工作天內", "2026-03-18", NULL, NULL },
	{ "兩天前", "2026-03-02", NULL, NULL },
	{ "三個星期之前", "2026-02-11", NULL, NULL },
	{ "兩天以後", "2026-03-06", NULL, NULL },
	{ "夜晚十二點", "2026-03-05", "00:00", NULL },
	{ "請於8號前交回", "2026-03-08", NULL, NULL },
	{ "兩個鐘頭後", "2026-03-04", "12:00", NULL },
	{ "朝早九點半", "2026-03-05", "09:30", NULL },
	{ "今日朝早十點半", "2026-03-04", "10:30", NULL },
	{ "夜晚七點", "2026-03-04", "19:00", NULL },
	{ "十一點搭三", "2026-03-04", "11:15", NULL },
	{ "三點四個字", "2026-03-04", "15:20", NULL },
	{ "五點正", "2026-03-04", "17:00", NULL },
	{ "下午二時三刻", "2026-03-04", "14:45", NULL },
	{ "上午11時15分", "2026-03-04", "11:15", NULL },
	{ "兩點幾", "2026-03-04", "14:00", NULL },
	{ "下晝兩點", "2026-03-04", "14:00", NULL },
	{ "月尾前交", "2026-03-31", NULL, NULL },
	{ "聽日下午4點", "2026-03-05", "16:00", NULL },
	{ "3月10日（星期二）下午2時至3時", "2026-03-10", "14:00", NULL },
	/* not read: a piece the grammar does not know governs the span */
	{ "every Tuesday", NULL, NULL, NULL },
	{ "each Friday morning", NULL, NULL, NULL },
	{ "the third closest Friday to May 5", NULL, NULL, NULL },
	{ "on alternate Fridays", NULL, NULL, NULL },
	{ "on Fridays", NULL, NULL, NULL },
	{ "the first week of May", NULL, NULL, NULL },
	{ "the middle of March", NULL, NULL, NULL },
	{ "in 3 years at 9", NULL, NULL, NULL },
	{ "may I ask", NULL, NULL, NULL },
	{ "the pupils will march to the hall", NULL, NULL, NULL },
	{ "in march", "2026-03-31", NULL, NULL },
	{ "scored 10/20", NULL, NULL, NULL },
	{ "5/28 at 9:00am", NULL, NULL, NULL },
	{ "June after next", NULL, NULL, NULL },
	{ "the Kalends of June", NULL, NULL, NULL },
	{ "下個週末", NULL, NULL, NULL },
	{ "每個星期五", NULL, NULL, NULL },
	{ "逢星期二", NULL, NULL, NULL },
	{ "一日兩次", NULL, NULL, NULL },
	{ "Monday 9pm BST", NULL, NULL, "no-offset" },
	{ "in 3 hours", NULL, NULL, "no-time" },
	/* own phrasings against D = Tue 12 Feb 2013 (10:00): spans read
	 * whole or not at all; a time range gives its start */
	{ "a week from tomorrow", "2013-02-20", NULL, "2013-02-12" },
	{ "two weeks from Friday", "2013-03-01", NULL, "2013-02-12" },
	{ "3 days from tomorrow", "2013-02-16", NULL, "2013-02-12" },
	{ "from 4 to 5pm", "2013-02-12", "16:00", "2013-02-12" },
	{ "between 2 and 3pm on Friday", "2013-02-15", "14:00", "2013-02-12" },
	{ "16.30", "2013-02-12", "16:30", "2013-02-12" },
	{ "the week after next", "2013-03-03", NULL, "2013-02-12" },
	{ "before the end of the month", "2013-02-28", NULL, "2013-02-12" },
	{ "前晚", "2013-02-10", NULL, "2013-02-12" },
	{ "from 7:30 to 9pm", "2013-02-12", "19:30", "2013-02-12" },
	{ "from 10 to 11am on Monday", "2013-02-18", "10:00", "2013-02-12" },
	{ "between 11 and 1pm", "2013-02-12", "11:00", "2013-02-12" },
	{ "ten to five", "2013-02-12", "16:50", "2013-02-12" },
	{ "at 10 to 5", NULL, NULL, "2013-02-12" },
	{ "4 to 5pm", "2013-02-12", "16:00", "2013-02-12" },
	{ "please reply by Friday 15 March", "2013-03-15", NULL, "2013-02-12" },
	{ "no later than 5pm on 20/2", "2013-02-20", "17:00", "2013-02-12" },
	{ "within 7 days", "2013-02-19", NULL, "2013-02-12" },
	{ "within 14 working days", "2013-03-04", NULL, "2013-02-12" },
	{ "w/c 18/2", "2013-02-24", NULL, "2013-02-12" },
	{ "w/c 4/3", "2013-03-10", NULL, "2013-02-12" },
	{ "on or before 28 February", "2013-02-28", NULL, "2013-02-12" },
	{ "on or before 28/2/2013", "2013-02-28", NULL, "2013-02-12" },
	{ "by 22/2 (Fri)", "2013-02-22", NULL, "2013-02-12" },
	{ "Thursday 14th February at 3.30pm",
	    "2013-02-14", "15:30", "2013-02-12" },
	{ "Wed 20 Feb, 9:00-10:30am", "2013-02-20", "09:00", "2013-02-12" },
	{ "from 9am to 12 noon on Saturday",
	    "2013-02-16", "09:00", "2013-02-12" },
	{ "3:45 to 4:45pm", "2013-02-12", "15:45", "2013-02-12" },
	{ "the meeting is at 16.30 on 21/2",
	    "2013-02-21", "16:30", "2013-02-12" },
	{ "by noon tomorrow", "2013-02-13", "12:00", "2013-02-12" },
	{ "by end of day Friday", "2013-02-15", NULL, "2013-02-12" },
	{ "by the end of this week", "2013-02-17", NULL, "2013-02-12" },
	{ "the end of the week", "2013-02-17", NULL, "2013-02-12" },
	{ "by next Wednesday", "2013-02-20", NULL, "2013-02-12" },
	{ "by Wednesday next week", "2013-02-20", NULL, "2013-02-12" },
	{ "the day after tomorrow at 2", "2013-02-14", "14:00", "2013-02-12" },
	{ "in a fortnight", "2013-02-26", NULL, "2013-02-12" },
	{ "a fortnight from today", "2013-02-26", NULL, "2013-02-12" },
	{ "10 days from now", "2013-02-22", NULL, "2013-02-12" },
	{ "tomorrow morning at 8.15", "2013-02-13", "08:15", "2013-02-12" },
	{ "at half past 3 tomorrow", "2013-02-13", "15:30", "2013-02-12" },
	{ "this Friday 5-6pm", "2013-02-15", "17:00", "2013-02-12" },
	{ "下個禮拜三", "2013-02-20", NULL, "2013-02-12" },
	{ "下個禮拜三下晝三點", "2013-02-20", "15:00", "2013-02-12" },
	{ "2月20號之前", "2013-02-20", NULL, "2013-02-12" },
	{ "20號之前", "2013-02-20", NULL, "2013-02-12" },
	{ "下晝兩點半", "2013-02-12", "14:30", "2013-02-12" },
	{ "朝早九點", "2013-02-13", "09:00", "2013-02-12" },
	{ "聽朝十點", "2013-02-13", "10:00", "2013-02-12" },
	{ "星期五下晝四點三個字", "2013-02-15", "16:15", "2013-02-12" },
	{ "三點九個字", "2013-02-12", "15:45", "2013-02-12" },
	{ "2月22日（星期五）或之前", "2013-02-22", NULL, "2013-02-12" },
	{ "下星期一前", "2013-02-18", NULL, "2013-02-12" },
	{ "本月底前", "2013-02-28", NULL, "2013-02-12" },
	{ "月底之前", "2013-02-28", NULL, "2013-02-12" },
	{ "七日內", "2013-02-19", NULL, "2013-02-12" },
	{ "十四個工作天內", "2013-03-04", NULL, "2013-02-12" },
	{ "下下個禮拜五", "2013-03-01", NULL, "2013-02-12" },
	{ "後日下晝", "2013-02-14", NULL, "2013-02-12" },
	{ "今個禮拜五", "2013-02-15", NULL, "2013-02-12" },
	{ "下午三時至四時", "2013-02-12", "15:00", "2013-02-12" },
	{ "上午十時三十分", "2013-02-12", "10:30", "2013-02-12" },
	{ "二月二十八日前", "2013-02-28", NULL, "2013-02-12" },
	{ "三月一日（星期五）", "2013-03-01", NULL, "2013-02-12" },
	{ "下個月五號", "2013-03-05", NULL, "2013-02-12" },
	{ "大後日", "2013-02-15", NULL, "2013-02-12" },
	{ "前晚八點", "2013-02-10", "20:00", "2013-02-12" },
	{ "昨晚", "2013-02-11", NULL, "2013-02-12" },
	{ "HK$16.30", NULL, NULL, "2013-02-12" },
	{ "16.30-17.30", "2013-02-12", "16:30", "2013-02-12" },
	{ "within two weeks of the meeting", "2013-02-26", NULL, "2013-02-12" },
	{ "a week on Friday", "2013-02-22", NULL, "2013-02-12" },
	{ "two weeks from 5 March", "2013-03-19", NULL, "2013-02-12" },
	{ "by 4pm, Friday 22 February", "2013-02-22", "16:00", "2013-02-12" },
	{ "the evening before last", NULL, NULL, "2013-02-12" },
	{ "by close of business on 15/2", "2013-02-15", NULL, "2013-02-12" },
	{ "18.45", "2013-02-12", "18:45", "2013-02-12" },
	{ "at 9 tonight", "2013-02-12", "21:00", "2013-02-12" },
	{ "two weeks from receipt of this letter", NULL, NULL, "2013-02-12" },
	{ "a week from 3pm", NULL, NULL, "2013-02-12" },
	{ "5 working days from tomorrow", "2013-02-20", NULL, "2013-02-12" },
	{ "3 weeks from next Monday", "2013-03-11", NULL, "2013-02-12" },
	{ "10 days from 28/2", "2013-03-10", NULL, "2013-02-12" },
	{ "from 11 to 12 on Friday", "2013-02-15", "11:00", "2013-02-12" },
	{ "from 9 to 11 on Friday", "2013-02-15", "09:00", "2013-02-12" },
	{ "between 9.30 and 10.30am", "2013-02-13", "09:30", "2013-02-12" },
	{ "between 10 and 11 tomorrow", "2013-02-13", "10:00", "2013-02-12" },
	{ "from 2:30 until 4pm on Thursday",
	    "2013-02-14", "14:30", "2013-02-12" },
	{ "2 - 3pm", "2013-02-12", "14:00", "2013-02-12" },
	{ "2–3pm Friday", "2013-02-15", "14:00", "2013-02-12" },
	{ "at 7 to 8pm", "2013-02-12", "19:00", "2013-02-12" },
	{ "at 5 past 4", "2013-02-12", "16:05", "2013-02-12" },
	{ "the week after next Friday", NULL, NULL, "2013-02-12" },
	{ "end of the month after next", NULL, NULL, "2013-02-12" },
	{ "by the end of the month of March", NULL, NULL, "2013-02-12" },
	{ "by end of month", "2013-02-28", NULL, "2013-02-12" },
	{ "the end of next week", "2013-02-24", NULL, "2013-02-12" },
	{ "by 15 March at the latest", "2013-03-15", NULL, "2013-02-12" },
	{ "no later than Friday", "2013-02-15", NULL, "2013-02-12" },
	{ "within 10 school days of receiving this notice",
	    "2013-02-26", NULL, "2013-02-12" },
	{ "not later than 12 noon on 1 March",
	    "2013-03-01", "12:00", "2013-02-12" },
	{ "on Tue 19/2 at 4.30", "2013-02-19", "16:30", "2013-02-12" },
	{ "Mon 18/2 15:30-16:30", "2013-02-18", "15:30", "2013-02-12" },
	{ "by Friday 22/2/13", "2013-02-22", NULL, "2013-02-12" },
	{ "before Friday", "2013-02-15", NULL, "2013-02-12" },
	{ "on or before Monday 4 March", "2013-03-04", NULL, "2013-02-12" },
	{ "in 2 weeks' time", "2013-02-26", NULL, "2013-02-12" },
	{ "two weeks today", "2013-02-26", NULL, "2013-02-12" },
	{ "a week today", "2013-02-19", NULL, "2013-02-12" },
	{ "下星期三之前", "2013-02-20", NULL, "2013-02-12" },
	{ "下個禮拜五下晝三點至四點", "2013-02-22", "15:00", "2013-02-12" },
	{ "三月一號或之前", "2013-03-01", NULL, "2013-02-12" },
	{ "十五號前", "2013-02-15", NULL, "2013-02-12" },
	{ "朝早十點半", "2013-02-12", "10:30", "2013-02-12" },
	{ "夜晚七點", "2013-02-12", "19:00", "2013-02-12" },
	{ "下晝五點正", "2013-02-12", "17:00", "2013-02-12" },
	{ "聽日下晝", "2013-02-13", NULL, "2013-02-12" },
	{ "後日朝早九點", "2013-02-14", "09:00", "2013-02-12" },
	{ "下個月尾", "2013-03-31", NULL, "2013-02-12" },
	{ "兩個禮拜內", "2013-02-26", NULL, "2013-02-12" },
	{ "三日後", "2013-02-15", NULL, "2013-02-12" },
	{ "一個星期之後", "2013-02-19", NULL, "2013-02-12" },
	{ "上個禮拜三", "2013-02-06", NULL, "2013-02-12" },
	{ "下禮拜一至三", "2013-02-18", NULL, "2013-02-12" },
	{ "3月4日（一）下午2時30分", "2013-03-04", "14:30", "2013-02-12" },
	{ "14:00-15:00", "2013-02-12", "14:00", "2013-02-12" },
	{ "1400-1500", NULL, NULL, "2013-02-12" },
	{ "at 1400", "2013-02-12", "14:00", "2013-02-12" },
	{ "16.30.", "2013-02-12", "16:30", "2013-02-12" },
	{ "it costs 12.50", NULL, NULL, "2013-02-12" },
	{ "Room 16.30", NULL, NULL, "2013-02-12" },
	{ "price 13.20 dollars", NULL, NULL, "2013-02-12" },
	{ "by 17.00 on Friday", "2013-02-15", "17:00", "2013-02-12" },
	{ "by the end of the day on Friday", "2013-02-15", NULL, "2013-02-12" },
	{ "the Friday after next", "2013-02-22", NULL, "2013-02-12" },
	{ "a week from next Friday", "2013-03-01", NULL, "2013-02-12" },
	{ "two weeks before Friday 1 March", "2013-02-15", NULL, "2013-02-12" },
	{ "3 days before the meeting on 20/2",
	    "2013-02-17", NULL, "2013-02-12" },
	{ "within 3 days of 20 February", "2013-02-23", NULL, "2013-02-12" },
	{ "please return the slip by Mon (18/2)",
	    "2013-02-18", NULL, "2013-02-12" },
	{ "on Thursday, 21 February 2013 at 10:30 a.m.",
	    "2013-02-21", "10:30", "2013-02-12" },
	{ "at 2.30pm on Wednesday 20th", "2013-02-20", "14:30", "2013-02-12" },
	{ "Friday 15/2 or earlier", "2013-02-15", NULL, "2013-02-12" },
	{ "by 4.30 this afternoon", "2013-02-12", "16:30", "2013-02-12" },
	{ "this afternoon between 3 and 4", "2013-02-12", NULL, "2013-02-12" },
	{ "tomorrow from 9 to 10.30am", "2013-02-13", "09:00", "2013-02-12" },
	{ "from 2pm to 4pm on 19 Feb", "2013-02-19", "14:00", "2013-02-12" },
	{ "1:30-3:30pm on Monday", "2013-02-18", "13:30", "2013-02-12" },
	{ "between 1 and 2 o'clock on Friday",
	    "2013-02-15", "13:00", "2013-02-12" },
	{ "at 3 on Friday", "2013-02-15", "15:00", "2013-02-12" },
	{ "Friday at 9", "2013-02-15", "09:00", "2013-02-12" },
	{ "from 8 to 9 pm tomorrow", "2013-02-13", "20:00", "2013-02-12" },
	{ "no later than two weeks from today",
	    "2013-02-26", NULL, "2013-02-12" },
	{ "by midday on 1/3", "2013-03-01", "12:00", "2013-02-12" },
	{ "10am-12pm Sat 23 Feb", "2013-02-23", "10:00", "2013-02-12" },
	{ "first week of March", NULL, NULL, "2013-02-12" },
	{ "in the next 5 days", "2013-02-17", NULL, "2013-02-12" },
	{ "in five working days", "2013-02-19", NULL, "2013-02-12" },
	{ "until 28 Feb", "2013-02-28", NULL, "2013-02-12" },
	{ "up to and including 1 March", "2013-03-01", NULL, "2013-02-12" },
	{ "the following Monday", "2013-02-18", NULL, "2013-02-12" },
	{ "Monday next", "2013-02-18", NULL, "2013-02-12" },
	{ "Tuesday week", "2013-02-26", NULL, "2013-02-12" },
	{ "a fortnight on Monday", "2013-03-04", NULL, "2013-02-12" },
	{ "3 weeks from 15/3", "2013-04-05", NULL, "2013-02-12" },
	{ "下星期五下午二時至三時", "2013-02-22", "14:00", "2013-02-12" },
	{ "二月廿二日（五）下午三時半", "2013-02-22", "15:30", "2013-02-12" },
	{ "下個禮拜一下晝兩點三", "2013-02-18", "14:15", "2013-02-12" },
	{ "下星期三朝早十一點", "2013-02-20", "11:00", "2013-02-12" },
	{ "十點三個字", "2013-02-12", "10:15", "2013-02-12" },
	{ "四點半前", "2013-02-12", "16:30", "2013-02-12" },
	{ "兩點至三點", "2013-02-12", "14:00", "2013-02-12" },
	{ "三點到四點", "2013-02-12", "15:00", "2013-02-12" },
	{ "今個星期五之前", "2013-02-15", NULL, "2013-02-12" },
	{ "本星期內", "2013-02-17", NULL, "2013-02-12" },
	{ "下星期內", "2013-02-24", NULL, "2013-02-12" },
	{ "二月底前", "2013-02-28", NULL, "2013-02-12" },
	{ "兩日內", "2013-02-14", NULL, "2013-02-12" },
	{ "五個工作天內回覆", "2013-02-19", NULL, "2013-02-12" },
	{ "聽日之前", "2013-02-13", NULL, "2013-02-12" },
	{ "前晚七點", "2013-02-10", "19:00", "2013-02-12" },
	{ "大前晚", "2013-02-09", NULL, "2013-02-12" },
	{ "下下星期", "2013-03-03", NULL, "2013-02-12" },
	{ "下個星期五或之前", "2013-02-22", NULL, "2013-02-12" },
	{ "3月1日或以前", "2013-03-01", NULL, "2013-02-12" },
	{ "2013年3月1日前", "2013-03-01", NULL, "2013-02-12" },
	{ "下星期一（2月18日）", "2013-02-18", NULL, "2013-02-12" },
	{ "晏晝一點", "2013-02-12", "13:00", "2013-02-12" },
	{ "中午十二點", "2013-02-12", "12:00", "2013-02-12" },
	{ "夜晚八點半", "2013-02-12", "20:30", "2013-02-12" },
	{ "凌晨一點", "2013-02-13", "01:00", "2013-02-12" },
	{ "a week from the date of this letter", NULL, NULL, "2013-02-12" },
	{ "two weeks from the start of term", NULL, NULL, "2013-02-12" },
	{ "3 days from the 20th", "2013-02-23", NULL, "2013-02-12" },
	{ "children aged 3 to 5 will attend on Friday",
	    "2013-02-15", NULL, "2013-02-12" },
	{ "Years 4 to 6 on Friday", "2013-02-15", NULL, "2013-02-12" },
	{ "between 2 and 3 children on Friday",
	    "2013-02-15", NULL, "2013-02-12" },
	{ "from 4 to 6 on Friday", "2013-02-15", "16:00", "2013-02-12" },
	{ "from 1 to 3 March", "2013-03-01", NULL, "2013-02-12" },
	{ "from 10 to 12 March", "2013-03-10", NULL, "2013-02-12" },
	{ "between 5 and 10 March", "2013-03-05", NULL, "2013-02-12" },
	{ "please pay $16.30 by Friday", "2013-02-15", NULL, "2013-02-12" },
	{ "a week from Friday at 3pm", "2013-02-22", "15:00", "2013-02-12" },
	{ "within 7 days of 12/3", "2013-03-19", NULL, "2013-02-12" },
	{ "within 2 weeks of Monday", "2013-03-04", NULL, "2013-02-12" },
	{ "between 15 and 16 March", "2013-03-15", NULL, "2013-02-12" },
	{ "at 4 to 4.30pm", "2013-02-12", "16:00", "2013-02-12" },
	{ "16.30 tomorrow", "2013-02-13", "16:30", "2013-02-12" },
};

static int
closed(const void *arg, long day)
{
	return holiday_or_weekend(arg, day);
}

static void
test_grammar(void **state)
{
	static const struct config nocfg;
	int bad = 0;
	(void)state;
	for (size_t k = 0; k < sizeof(vrows) / sizeof(vrows[0]); k++) {
		const struct vrow *r = &vrows[k];
		struct date_span spans[DATE_SPAN_MAX];
		struct dates_ref ref = { { 2026, 3, 4 }, 600, 480, closed,
		    &nocfg };
		char tm[6] = "", got[11] = "";
		if (r->ref && strcmp(r->ref, "no-offset") == 0)
			ref.offset = DATES_NO_OFFSET;
		else if (r->ref && strcmp(r->ref, "no-time") == 0)
			ref.minute = -1;
		else if (r->ref && strcmp(r->ref, "no-calendar") == 0) {
			ref.closed = NULL;
			assert_int_equal(civil_parse("2026-04-01", &ref.day), 0);
		}
		else if (r->ref)
			assert_int_equal(civil_parse(r->ref, &ref.day), 0);
		int n = dates_find_ref(r->text, strlen(r->text), &ref, spans,
		    DATE_SPAN_MAX);
		int v = dates_value(spans, n, &ref, tm);
		if (v >= 0)
			civil_format(&spans[v].date, got);
		if ((r->date == NULL) != (v < 0) ||
		    (r->date && strcmp(r->date, got) != 0) ||
		    (v >= 0 && strcmp(r->time ? r->time : "", tm) != 0)) {
			print_error("\"%s\": got %s %s, want %s %s\n", r->text,
			    v >= 0 ? got : "null", *tm ? tm : "-",
			    r->date ? r->date : "null", r->time ? r->time : "-");
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static int
find_one(const char *text, const char *ref_day, struct date_span *sp)
{
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref;
	assert_int_equal(civil_parse(ref_day, &ref), 0);
	int n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
	for (int k = 0; k < n; k++)
		if (spans[k].has_date || spans[k].flags) {
			*sp = spans[k];
			return 1;
		}
	return 0;
}

/* A weekday that disagrees with its date: the date stands, flagged, and
 * the weekday as written is kept for the question to the parent. */
static void
test_flag_inconsistent(void **state)
{
	struct date_span sp;
	char ymd[11];
	(void)state;
	assert_true(find_one("by Friday 12 March", "2026-03-02", &sp));
	civil_format(&sp.date, ymd);
	assert_string_equal(ymd, "2026-03-12");
	assert_true(sp.flags & DATE_F_INCONSISTENT);
	assert_int_equal(sp.wd_written, 4);
	assert_string_equal(dates_flag_name(sp.flags), "inconsistent");
	assert_true(find_one("星期一（3月10日）", "2026-03-02", &sp));
	assert_true(sp.flags & DATE_F_INCONSISTENT);
	assert_int_equal(sp.wd_written, 0);
	/* agreeing: no flag */
	assert_true(find_one("by Thursday 12 March", "2026-03-02", &sp));
	assert_int_equal(sp.flags, 0);
	assert_int_equal(sp.wd_written, -1);
}

/* 30/2: no such day. Kept as a flagged span with no date, never moved. */
static void
test_flag_impossible(void **state)
{
	struct date_span sp;
	(void)state;
	assert_true(find_one("please reply by 30/2", "2026-02-02", &sp));
	assert_false(sp.has_date);
	assert_true(sp.flags & DATE_F_IMPOSSIBLE);
	assert_true(find_one("2月30日前", "2026-02-02", &sp));
	assert_false(sp.has_date);
	assert_true(sp.flags & DATE_F_IMPOSSIBLE);
}

/* 3/4 is day first, but a letter that also writes 4/15/2026 writes dates
 * month first: its 3/4 becomes a question. */
static void
test_flag_ambiguous(void **state)
{
	const char *us = "Please reply by 3/4. The visit on 4/15/2026 stands.";
	const char *hk = "Please reply by 3/4. The visit on 15/4/2026 stands.";
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref = { 2026, 3, 1 };
	(void)state;
	int n = dates_find(us, strlen(us), &ref, spans, DATE_SPAN_MAX);
	assert_int_equal(n, 2);
	assert_true(spans[0].flags & DATE_F_AMBIGUOUS);
	assert_int_equal(spans[0].date.m, 4);
	assert_int_equal(spans[0].date.d, 3);
	assert_int_equal(spans[1].date.m, 4);
	assert_int_equal(spans[1].date.d, 15);
	n = dates_find(hk, strlen(hk), &ref, spans, DATE_SPAN_MAX);
	assert_int_equal(n, 2);
	assert_int_equal(spans[0].flags, 0);
}

/* A word out of order in the lexicon is silently never found. */
static void
test_lexicon_sorted(void **state)
{
	(void)state;
	assert_true(dtok_lexicon_sorted());
}

/* extract.c's reading of a sentence: past dates are not dues, a lone
 * time is not a date, a range's end is not its start. */
static void
test_span_kinds(void **state)
{
	const char *text = "We met yesterday; the review is on Friday from "
	    "2:30 to 3:15pm.";
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref = { 2026, 3, 4 };
	char tm[6];
	(void)state;
	int n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
	assert_int_equal(n, 4);
	assert_true(spans[0].past);
	assert_int_equal(spans[0].date.d, 3);
	assert_true(spans[2].is_time);
	assert_false(spans[2].has_date);
	assert_true(spans[3].is_range_end);
	int pick = dates_pick(spans, n, tm);
	assert_int_equal(pick, 1);
	assert_int_equal(spans[1].date.d, 6);
	assert_string_equal(tm, "14:30");
}

static void
test_many_spans_bounded(void **state)
{
	char text[4096] = "";
	struct date_span spans[4];
	struct civil ref = { 2026, 3, 2 };
	(void)state;
	for (int k = 0; k < 100; k++)
		memcpy(text + 4 * k, "1/3 ", 5);
	assert_int_equal(dates_find(text, strlen(text), &ref, spans, 4), 4);
}

static void
doubt(const char *flag, const char *due, const char *quote, const char *lang,
    enum doubt_voice voice, const char *want)
{
	struct buf b = BUF_INIT;
	assert_int_equal(dates_doubt_question(flag, due, quote, lang, voice,
	    &b), 0);
	if (strcmp(buf_str(&b), want) != 0)
		fail_msg("%s %s \"%s\":\n got  %s\n want %s", flag, lang, quote,
		    buf_str(&b), want);
	buf_free(&b);
}

static void
test_doubt_questions(void **state)
{
	struct buf b = BUF_INIT;
	(void)state;
	doubt("inconsistent", "2026-03-15", "I will send it by Thursday, the "
	    "15th of March.", "en", DOUBT_TO_SCHOOL, "You wrote \"Thursday, the "
	    "15th of March\"; 15 March 2026 is a Sunday — which day did you "
	    "mean?");
	doubt("inconsistent", "2026-03-15", "本人會於3月15日（星期四）前交給您。",
	    "zh", DOUBT_TO_SCHOOL, "您寫「3月15日（星期四）」；2026年3月15日是"
	    "星期日——請問是哪一天？");
	/* nothing simple to quote: say what kind of doubt, invent nothing */
	doubt("inconsistent", "2026-03-15", "We will send it by then.", "en",
	    DOUBT_TO_SCHOOL, "The date in \"We will send it by then.\" is "
	    "inconsistent (its weekday and its date disagree) — which day did "
	    "you mean?");
	doubt("inconsistent", NULL, "by Thursday 15 March", "en",
	    DOUBT_TO_PARENT, "The date in the letter is inconsistent (its "
	    "weekday and its date disagree): which day was meant?");
	doubt("impossible", NULL, "Ms Wong will send the plan by 31/2.", "en",
	    DOUBT_TO_SCHOOL, "You wrote \"31/2\"; 31 February does not exist — "
	    "which date did you mean?");
	doubt("impossible", NULL, "陳老師會於2月30日前把計劃交給您。", "zh",
	    DOUBT_TO_SCHOOL, "您寫「2月30日」；2月30日並不存在——請問是哪一天？");
	/* 29/2 exists in some years: not claimed impossible without one */
	doubt("impossible", NULL, "by 29/2", "en", DOUBT_TO_SCHOOL,
	    "The date in \"by 29/2\" does not exist — which date did you mean?");
	doubt("ambiguous", "2026-04-03", "I will send it by 3/4.", "en",
	    DOUBT_TO_SCHOOL, "You wrote \"3/4\": do you mean 3 April or 4 "
	    "March?");
	doubt("ambiguous", "2026-04-03", "I will send it then.", "en",
	    DOUBT_TO_SCHOOL, "Do you mean 3 April or 4 March?");
	doubt("ambiguous", "2026-04-03", "我會於3/4前交給您。", "zh",
	    DOUBT_TO_SCHOOL, "您寫「3/4」——請問是4月3日還是3月4日？");
	doubt("ambiguous", "2026-04-03", "by 3/4", "en", DOUBT_TO_PARENT,
	    "The letter wrote 3/4: was it 3 April or 4 March?");
	/* no flag, or one this does not know: nothing said */
	assert_int_equal(dates_doubt_question(NULL, "2026-03-15", "x", "en",
	    DOUBT_TO_SCHOOL, &b), -1);
	assert_int_equal(dates_doubt_question("vague", "2026-03-15", "x", "en",
	    DOUBT_TO_SCHOOL, &b), -1);
	assert_int_equal(b.len, 0);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_spans_map_to_original_bytes),
		cmocka_unit_test(test_many_spans_bounded),
		cmocka_unit_test(test_grammar),
		cmocka_unit_test(test_flag_inconsistent),
		cmocka_unit_test(test_flag_impossible),
		cmocka_unit_test(test_flag_ambiguous),
		cmocka_unit_test(test_span_kinds),
		cmocka_unit_test(test_lexicon_sorted),
		cmocka_unit_test(test_doubt_questions),
	};
	return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
