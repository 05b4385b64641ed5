/*
 * moved.c — a date given up: "the meeting originally planned for 13 May
 * has been moved", 原定於5月13日舉行的會議，現改於5月20日. The first date
 * is where the meeting no longer is; the letter's meeting, and any due
 * counted from it ("three days before the meeting"), take the new one.
 */
#include <string.h>

#include "extract/extract_int.h"

#define MOVED_LOOKBACK 40	/* bytes before the date: a few words */

static const char *const was_at[] = { "originally", "original",
	"previously", "was scheduled for", "was planned for", "was set for",
	"was due to take place on", "had been scheduled for", "instead of",
	"原定", "原訂", "原本定", "本來定", "原先定", NULL };

int
date_superseded(const struct unit *u, const struct date_span *sp)
{
	size_t a = lc_at(u, sp->start);
	size_t from = a > MOVED_LOOKBACK ? a - MOVED_LOOKBACK : 0;

	/* a comma or a full stop between the word and the date ends it */
	for (size_t i = a; i > from; i--)
		if (u->lc[i - 1] == ',' || u->lc[i - 1] == '.' ||
		    (i >= 3 && strncmp(u->lc + i - 3, "，", 3) == 0)) {
			from = i;
			break;
		}
	return any_of(u, was_at, from, a);
}
