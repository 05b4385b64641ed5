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
 * Ownership: spans live in a caller-provided array; nothing is allocated.
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
};

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

#endif
