/*
 * clauses.c — which clause of a sentence a promise is read from, and
 * which of its futures count:
 *
 *   gone_day_only()  the clause names only a day before the letter's
 *                    (a promise recounted)
 *   past_reason()    futures in an opening clause of reason ("As the
 *                    hall will be used …, the group will meet …") are
 *                    dropped from the markers found
 *   split_point()    where to cut between two promises
 *   after_cut()      where the second clause starts after the cut
 *   coordinate_start() where the clause joined by ", and", ", so" or "; "
 *                    that holds the marker starts: its promise is dated
 *                    by that clause first (due.c)
 */
#include <string.h>

#include "extract/extract_int.h"

/* Does lc [a, b) name a day before the letter's and no day to come? */
int
gone_day_only(const struct letter *lt, const struct unit *u, size_t a,
    size_t b)
{
	long today = civil_days(lt->ref);
	int gone = 0;

	for (int k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		size_t at = lc_at(u, sp->start);
		if (at < a || at >= b || !sp->has_date || sp->vague ||
		    sp->period)
			continue;
		if (civil_days(&sp->date) >= today)
			return 0;
		gone = 1;
	}
	return gone;
}

/*
 * "As the school hall will be used as a test venue in March, the group
 * will meet upstairs", 由於禮堂將用作試場，…: a future in an opening
 * clause of reason is why, not what is promised. Drops the markers
 * before the clause's comma; returns how many are left.
 */
int
past_reason(const struct unit *u, size_t *ms, size_t *me, int n)
{
	static const char *const reason[] = { "as ", "since ", "because ",
	    "given that ", "由於", "因為", "鑑於", NULL };
	static const char *const not_reason[] = { "as soon as", "as long as",
	    "as well as", "as and when", NULL };
	long comma = first_comma(u, 0);
	size_t end = 0;

	for (int k = 0; not_reason[k]; k++)
		if (unit_starts(u, 0, not_reason[k]))
			return n;
	for (int k = 0; reason[k] && comma >= 0 && !end; k++)
		if (unit_starts(u, 0, reason[k]))
			end = (size_t)comma;
	int kept = 0;
	for (int k = 0; k < n; k++)
		if (!end || ms[k] > end) {
			ms[kept] = ms[k];
			me[kept] = me[k];
			kept++;
		}
	return kept;
}

/* The start of the second clause after a cut: past ", and ", "，". */
size_t
after_cut(const struct unit *u, size_t cut)
{
	size_t second = cut;

	while (second < u->len && (u->lc[second] == ',' ||
	    u->lc[second] == ' ' || u->lc[second] == '.'))
		second++;
	if (strncmp(u->lc + second, "and ", 4) == 0)
		second += 4;
	if (strncmp(u->lc + second, "，", 3) == 0)
		second += 3;
	return second;
}

/* Where to cut between two promises: the last ", and"/" and "/"，"
 * (or a full stop) between the end of the first marker and the start of
 * the second. */
size_t
split_point(const struct unit *u, size_t lo, size_t hi)
{
	static const char *const cuts[] = { ", and ", " and ", "，", "; ",
	    ", ",
	    /* "I'll bring the cards on Tue. will send u the list tmr": a
	     * full stop the splitter kept (no capital after it) */
	    ". ", NULL };
	for (int c = 0; cuts[c]; c++) {
		size_t n = strlen(cuts[c]), best = 0;
		for (size_t i = lo; i + n <= hi; i++)
			if (memcmp(u->lc + i, cuts[c], n) == 0)
				best = i;
		if (best)
			return best;
	}
	return 0;
}

/* "His sessions continue from 24 February, and I will re-assess him in
 * April": where the last clause joined by ", and", ", so" or "; " before
 * the marker starts, or a. The promise is dated by its own clause first. */
size_t
coordinate_start(const struct unit *u, size_t a, size_t ms)
{
	static const char *const joins[] = { ", and ", ", so ", "; ", NULL };
	size_t best = a;
	for (int k = 0; joins[k]; k++) {
		long i = -1, at = (long)a;
		while ((at = find_in(u, joins[k], (size_t)at, ms)) >= 0) {
			i = at;
			at++;
		}
		if (i >= 0 && (size_t)i + strlen(joins[k]) > best)
			best = (size_t)i + strlen(joins[k]);
	}
	return best;
}
