/*
 * dates.h — date and time expressions in English and Traditional Chinese
 * (with Cantonese forms), resolved against a reference day D.
 *
 * The rules are ../shared/corpus/SPEC.md "Relative dates", exactly: day-first
 * numeric dates, "Friday" is the first Friday strictly after D, "next
 * Friday" the Friday of the following week, periods end on their last day,
 * school-calendar periods are vague, deadline words (by, before, 或之前, 前)
 * mark the deadline. Text is UTF-8 as written; full-width digits and letters
 * (３月２０日) are read as ASCII through extract/fold.h.
 *
 * How it reads (dates_int.h has the map): the text becomes typed tokens,
 * rules per language turn runs of tokens into pieces (a date, a weekday,
 * a clock time, a part of the day, a zone), and pieces joined only by
 * connectors ("at", "on", a comma, brackets) make one span, resolved as a
 * whole. A span is read whole or not at all: a piece that contradicts
 * another ends the span, a modifier the grammar does not know ("every",
 * "closest", a stray ordinal) drops it.
 *
 * Ownership: spans live in a caller-provided array; nothing is allocated
 * that outlives a call.
 */
#ifndef PTRAIL_DATES_H
#define PTRAIL_DATES_H

#include <stddef.h>

#include "base/timeutil.h"

#define DATE_SPAN_MAX 32

struct date_span {
	size_t	 start, end;	/* byte offsets into the text */
	struct civil date;	/* valid when has_date */
	int	 has_date;
	int	 hour, minute;	/* -1 when no clock time */
	int	 deadline;	/* follows a deadline word (by, before, 前...) */
	int	 start_word;	/* follows from / starting / 開始 */
	int	 vague;		/* a period only the school calendar defines,
				   or soon / ASAP: no date */
	int	 is_range_end;	/* second half of a range: not the start */
	int	 past;		/* "last Thursday", "yesterday": not a due */
	int	 is_time;	/* a clock time alone, no date */
	int	 rel_days;	/* "3 days before/after" an event: the offset,
				   resolved against the sentence's other date */
	int	 rel_pending;
	int	 rel_fallback;	/* unresolved: date holds D + offset */
	int	 period;	/* a period's last day (next month, within 2
				   weeks), less specific than a named date */
	int	 flags;		/* DATE_F_*: a question for the parent */
	int	 wd_written;	/* the weekday as written (0 = Monday), or -1 */
};

/* Flags a span can carry: the date stands, but the parent is asked. */
#define DATE_F_INCONSISTENT	1	/* weekday and date disagree */
#define DATE_F_AMBIGUOUS	2	/* 3/4 in a letter that also writes
					   month-first dates (4/15) */
#define DATE_F_IMPOSSIBLE	4	/* 31/2: no such day; has_date is 0 */

/* "inconsistent", "ambiguous", "impossible" or NULL (first flag set). */
const char *dates_flag_name(int flags);

/* The reference: day D, and when known the minute of the day and the
 * zone offset the text was written in ("in two hours", "8:00 GMT"), and
 * which weekdays the school is closed on ("within 10 working days"). */
struct dates_ref {
	struct civil day;
	int	 minute;	/* 0..1439, or -1 unknown */
	int	 offset;	/* minutes east of UTC, or DATES_NO_OFFSET */
	/* Is the day (days since 1970-01-01) not a school day? NULL:
	 * Saturday and Sunday only, as SPEC.md has the extractor count
	 * (act/holidays.h's holiday_or_weekend() fits, with its config). */
	int	(*closed)(const void *arg, long day);
	const void *closed_arg;
};
#define DATES_NO_OFFSET	(-100000)

int	dates_find_ref(const char *text, size_t len, const struct dates_ref *ref,
	    struct date_span *spans, int max);

/* Every expression in text[0..len), in order; returns how many (<= max). */
int	dates_find(const char *text, size_t len, const struct civil *ref,
	    struct date_span *spans, int max);

/*
 * The span SPEC.md makes the deadline of one sentence: a dated span after
 * a deadline word wins, else the latest date. -1 when none has a date.
 * *time_out (HH:MM, or "" when none; 6 bytes) takes the clock time that
 * goes with it (the time in the same sentence when the chosen span has none).
 */
int	dates_pick(const struct date_span *spans, int n, char time_out[6]);

/*
 * The one value a short phrase names (`ptrail dates --jsonl`): the pick,
 * else a past date ("last Sunday"), else a clock time alone, which is the
 * next such time: on D, or the day after when its hour is before the
 * reference time's (its date is written into spans[k].date). -1 when none.
 */
int	dates_value(struct date_span *spans, int n, const struct dates_ref *ref,
	    char time_out[6]);

#endif
