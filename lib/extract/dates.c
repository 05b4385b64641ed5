/*
 * dates.c — date and time expressions in English and Traditional Chinese,
 * resolved against the reference day D (the letter's Date header).
 *
 * The rules are ../shared/corpus/SPEC.md "Relative dates", exactly:
 *   - numeric dates are day first (14/4 is 14 April); a date without a year
 *     is the occurrence nearest to D (with a weekday: the nearest one whose
 *     weekday agrees);
 *   - "Friday" / "this Friday" / 星期五 is the first Friday strictly after D;
 *     "next Friday" / 下星期五 the Friday of the week after D's week
 *     (weeks run Monday to Sunday);
 *   - a period ends on its last day;
 *   - a period only the school calendar knows ("end of term") and an
 *     unbounded word ("soon") are vague: no date;
 *   - deadline words (by, before, 或之前, 前) mark the deadline; start
 *     words (from, starting, 開始) the start.
 *
 * This file is the middle of the reader: it walks the tokens
 * (dates_token.c), asks the rules of each language (dates_en.c,
 * dates_zh.c) for pieces, joins pieces that only connectors separate into
 * one span, and resolves the span as a whole: weekday against date
 * (the date stands; a disagreement is flagged), a clock time against the
 * part of the day and its zone. Then the words around the span: deadline,
 * start, range. A span with a piece it cannot join is cut there; a span a
 * modifier the grammar does not read governs ("every Monday", "the second
 * closest Monday") is dropped.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/dates.h"
#include "extract/dates_int.h"
#include "extract/fold.h"

/* ---- one span from pieces --------------------------------------------- */

struct frame {
	struct piece	 date, wday, time, pod, tz;
	int		 has_date, has_wday, has_time, has_pod, has_tz, eod;
	struct piece	 only;	/* P_VAGUE / P_REL: alone in its span */
	int		 has_only;
};

/* One match: where it ends, and what it means. */
struct hit {
	size_t	 end;
	int	 kind;		/* K_* */
	long	 day;
	int	 hour, minute;
	int	 vague, past, period;
	int	 rel_days, rel_fallback;
	int	 flags, wd_written;
	int	 plain_wday;	/* a weekday alone, "Friday": the tense of
				   its sentence may put it in the past */
};

enum { K_NONE, K_DATE, K_TIME, K_VAGUE, K_REL };

static int
merge(struct frame *f, const struct piece *p)
{
	if (f->has_only)
		return 0;
	switch (p->kind) {
	case P_VAGUE:
	case P_REL:
		if (f->has_date || f->has_wday || f->has_time || f->has_pod ||
		    f->eod)
			return 0;
		f->only = *p;
		f->has_only = 1;
		return 1;
	case P_DATE:
		if (f->has_date)
			return 0;
		f->date = *p;
		f->has_date = 1;
		if (p->pod && !f->has_pod) {
			f->pod = *p;
			f->has_pod = 1;
		}
		return 1;
	case P_WDAY:
		if (f->has_wday)
			return 0;
		f->wday = *p;
		f->has_wday = 1;
		return 1;
	case P_TIME:
		if (f->has_time || (f->has_date && f->date.hour >= 0))
			return 0;
		f->time = *p;
		f->has_time = 1;
		return 1;
	case P_POD:
		if (f->has_pod)
			return 0;
		f->pod = *p;
		f->has_pod = 1;
		return 1;
	case P_TZ:
		if (f->has_tz || !f->has_time)
			return 0;
		f->tz = *p;
		f->has_tz = 1;
		return 1;
	case P_EOD:
		if (f->eod)
			return 0;
		f->eod = 1;
		return 1;
	}
	return 0;
}

/* A clock time on a 12-hour face, read with the part of the day; with
 * neither am/pm nor a part of the day, school hours: 1-6 is afternoon. */
static int
clock_hour(const struct piece *t, int pod)
{
	int h = t->hour;
	if (t->h24)
		return h;
	if (pod == POD_AFTERNOON || pod == POD_EVENING || pod == POD_NIGHT)
		return h < 12 ? h + 12 : h;
	if (pod == POD_MORNING)
		return h == 12 ? 0 : h;
	return h >= 1 && h <= 6 ? h + 12 : h;
}

static int
resolve(const struct dscan *sc, const struct frame *f, struct hit *h)
{
	long day = 0;
	int has_day = 0;

	h->hour = h->minute = -1;
	h->wd_written = -1;
	if (f->has_only) {
		const struct piece *p = &f->only;
		if (p->kind == P_VAGUE) {
			h->kind = K_VAGUE;
			h->vague = 1;
			return 1;
		}
		h->kind = K_REL;
		h->rel_days = p->rel_days;
		h->rel_fallback = p->rel_fallback;
		h->day = p->day;
		return 1;
	}
	if (f->has_date) {
		const struct piece *p = &f->date;
		if (p->flags & DATE_F_UNREAD)
			return 0;
		h->flags |= p->flags;
		if (p->flags & DATE_F_IMPOSSIBLE) {
			h->kind = K_DATE;	/* flagged, no day */
			return 1;
		}
		day = p->day;
		if (!p->year_given && p->m)
			day = d_place_year(sc, p->m, p->d, f->has_wday &&
			    f->wday.wmode == WM_PLAIN ? f->wday.wd : -1);
		has_day = 1;
		h->past = p->past;
		h->period = p->period;
		if (f->has_wday && days_weekday(day) != f->wday.wd) {
			h->flags |= DATE_F_INCONSISTENT;
			h->wd_written = f->wday.wd;
		}
	} else if (f->has_wday) {
		day = d_weekday_day(sc, &f->wday);
		has_day = 1;
		h->plain_wday = f->wday.wmode == WM_PLAIN;
		h->past = f->wday.past || day < sc->dref;
	} else if (f->eod) {
		day = sc->dref;
		has_day = 1;
	}
	if (f->has_time && f->time.day) {
		/* "today in one hour": the time fixes its own day */
		if (has_day && day != f->time.day)
			return 0;
		day = f->time.day;
		has_day = 1;
	}
	if (f->has_time || (f->has_date && f->date.hour >= 0)) {
		const struct piece *t = f->has_time ? &f->time : &f->date;
		int hour = clock_hour(t, f->has_pod ? f->pod.pod : 0);
		int minute = t->minute < 0 ? 0 : t->minute;
		if (f->has_date && f->date.coarse)
			return 0;	/* "in 3 years at 7": no day */
		if (hour < 0 || hour > 24 || minute > 59)
			return 0;
		if (hour == 24) {
			hour = 0;	/* midnight: the end of the day named */
			if (has_day)
				day++;
		}
		if (f->has_tz) {
			if (sc->ref_offset == NO_OFFSET)
				return 0;
			int m = hour * 60 + minute - f->tz.tz + sc->ref_offset;
			long shift = 0;
			while (m < 0) {
				m += 1440;
				shift--;
			}
			while (m >= 1440) {
				m -= 1440;
				shift++;
			}
			hour = m / 60;
			minute = m % 60;
			if (has_day)
				day += shift;
		}
		h->hour = hour;
		h->minute = minute;
		if (!has_day) {
			h->kind = K_TIME;
			h->day = 0;
			return 1;
		}
	}
	if (!has_day)
		return 0;
	h->kind = K_DATE;
	h->day = day;
	return 1;
}

/* Tokens that join two pieces of one expression. */
static int
connector(const struct dscan *sc, int k, int *depth)
{
	if (tk_punct(sc, k, ',') || tk_punct(sc, k, '@'))
		return 1;
	if (tk_punct(sc, k, '(')) {
		(*depth)++;
		return 1;
	}
	if (tk_punct(sc, k, ')') && *depth > 0) {
		(*depth)--;
		return 1;
	}
	return tk_is(sc, k, L_MISC, W_AT) || tk_is(sc, k, L_MISC, W_ON);
}

static int
piece_at(const struct dscan *sc, int k, struct piece *p)
{
	int e;
	if (k >= sc->ntok)
		return 0;
	piece_init(p);
	if (sc->tok[k].kind == T_CJK || (k + 1 < sc->ntok &&
	    sc->tok[k + 1].kind == T_CJK && !sc->tok[k + 1].sp)) {
		if ((e = zh_piece(sc, k, p)))
			return e;
		piece_init(p);
	}
	if (sc->tok[k].kind == T_CJK)
		return 0;
	return en_piece(sc, k, p);
}

/* Modifiers that change what a span means in ways it does not read. */
static int
poisoned_by(const struct dscan *sc, int k)
{
	if (k < 0)
		return 0;
	const struct dtok *t = &sc->tok[k];
	if (t->kind == T_NUM && t->ord)
		return 1;
	/* "the first week of", "the beginning of": a part of what follows */
	if (k > 0 && (tk_is(sc, k, L_MISC, W_OF) || tk_is(sc, k, L_MISC, W_IN))) {
		const struct dtok *b = &sc->tok[k - 1];
		if (b->kind == T_WORD && (b->cls == L_UNIT || b->cls == L_ORDW ||
		    tk_is(sc, k - 1, L_MISC, W_BEGINNING) ||
		    tk_is(sc, k - 1, L_MISC, W_MID)))
			return 1;
		if (b->kind == T_WORD && b->cls == L_NONE) {
			static const char *const part[] = { "start", "middle",
			    "half", "weekend", "quarter", NULL };
			size_t n = b->end - b->start;
			for (int w = 0; part[w]; w++)
				if (strlen(part[w]) == n && strncasecmp(sc->s +
				    b->start, part[w], n) == 0)
					return 1;
		}
	}
	if (t->kind == T_WORD && (t->cls == L_ORDW || (t->cls == L_MISC &&
	    (t->val == W_EVERY || t->val == W_EACH || t->val == W_CLOSEST ||
	    t->val == W_NEAREST || t->val == W_OTHER ||
	    t->val == W_ALTERNATE))))
		return 1;
	/* 每, 逢, 每個: every */
	if ((tk_cjk(sc, k, "個") || tk_cjk(sc, k, "个")) && k > 0)
		k--;
	return tk_cjk(sc, k, "每") || tk_cjk(sc, k, "逢");
}

/* "from", "starting", "commencing": the word that opens a series' start */
static int
starts_series(const struct dscan *sc, int t)
{
	return tk_is(sc, t, L_MISC, W_FROM) || tk_is(sc, t, L_MISC,
	    W_STARTING) || tk_is(sc, t, L_MISC, W_COMMENCING);
}

/*
 * The span starting at token k: *endtok the token after it (k when
 * none). 1 with the hit, 0 when there is none or it does not resolve,
 * -1 when a modifier it does not read drops it.
 */
static int
span_at(const struct dscan *sc, int k, int *endtok, struct hit *h)
{
	struct frame f;
	struct piece p;
	int j = k, depth = 0, npieces = 0;

	memset(&f, 0, sizeof(f));
	memset(h, 0, sizeof(*h));
	*endtok = k;
	for (;;) {
		int c = j, d = depth, e;
		if (npieces > 0)
			while (c < sc->ntok && connector(sc, c, &d))
				c++;
		if (!(e = piece_at(sc, c, &p)) || !merge(&f, &p))
			break;
		npieces++;
		j = e;
		depth = d;
	}
	if (npieces == 0)
		return 0;
	if (depth > 0 && tk_punct(sc, j, ')'))
		j++;
	*endtok = j;
	if (poisoned_by(sc, k - 1)) {
		/* "every Monday from next week": the series is dropped,
		 * its start is read again from its "from" */
		for (int t = k + 1; t < j; t++)
			if (starts_series(sc, t)) {
				*endtok = t;
				break;
			}
		return -1;
	}
	/* "March after next", "Friday before last": not read */
	if ((tk_is(sc, j, L_MISC, W_AFTER) && tk_is(sc, j + 1, L_MISC, W_NEXT)) ||
	    (tk_is(sc, j, L_MISC, W_BEFORE) && tk_is(sc, j + 1, L_MISC, W_LAST)))
		return -1;
	/* "the ides of March": a month governed by a word not read */
	if (f.has_date && f.date.month_only && tk_is(sc, k - 1, L_MISC, W_OF) &&
	    k >= 2 && sc->tok[k - 2].kind == T_WORD &&
	    sc->tok[k - 2].cls == L_NONE)
		return -1;
	if (!resolve(sc, &f, h))
		return 0;
	h->end = sc->tok[j - 1].end;
	return 1;
}

/* ---- the scanner --------------------------------------------------------- */

static void
resolve_relative(struct date_span *spans, int n)
{
	for (int k = 0; k < n; k++) {
		if (!spans[k].rel_pending)
			continue;
		/* the event: the nearest dated span in the same text; a
		 * start (由3月9日起，默書前一天) dates no event */
		int best = -1;
		for (int j = 0; j < n; j++)
			if (j != k && spans[j].has_date && !spans[j].rel_pending &&
			    !spans[j].start_word &&
			    (best < 0 || abs(j - k) < abs(best - k)))
				best = j;
		if (best < 0) {
			if (spans[k].rel_fallback) {
				spans[k].has_date = 1;
				spans[k].rel_pending = 0;
				spans[k].period = 1;
			}
			continue;
		}
		long day = civil_days(&spans[best].date) + spans[k].rel_days;
		days_to_civil(day, &spans[k].date);
		spans[k].has_date = 1;
		spans[k].rel_pending = 0;
		/* the event's own date is not the deadline: this is */
		spans[k].deadline = 1;
	}
}

const char *
dates_flag_name(int flags)
{
	if (flags & DATE_F_INCONSISTENT)
		return "inconsistent";
	if (flags & DATE_F_IMPOSSIBLE)
		return "impossible";
	if (flags & DATE_F_AMBIGUOUS)
		return "ambiguous";
	return NULL;
}

int
dates_find_ref(const char *text, size_t len, const struct dates_ref *ref,
    struct date_span *spans, int max)
{
	struct folded fo;
	struct dscan sc;
	struct hit h;
	int n = 0, prev_time = 0, prev_date = 0, us_order = 0;
	int prev_dropped = -10;
	size_t prev_end = 0;

	fold_width(text, len, &fo);
	memset(&sc, 0, sizeof(sc));
	sc.s = fo.text;
	sc.len = fo.len;
	sc.ref = &ref->day;
	sc.dref = civil_days(&ref->day);
	sc.wref = days_weekday(sc.dref);
	sc.ref_minute = ref->minute;
	sc.ref_offset = ref->offset == DATES_NO_OFFSET ? NO_OFFSET : ref->offset;
	sc.us_order = &us_order;
	sc.closed = ref->closed;
	sc.closed_arg = ref->closed_arg;
	dtok_scan(&sc);

	for (int k = 0; k < sc.ntok && n < max;) {
		int e;
		size_t i = sc.tok[k].start;
		int r = span_at(&sc, k, &e, &h);
		if (r <= 0) {
			/* a dropped span takes the next one with it when
			 * only a word lies between ("closest Mon to Oct 5") */
			if (r < 0)
				prev_dropped = e;
			k = e > k ? e : k + 1;
			continue;
		}
		/* ... but not the start of a series: "every Monday from
		 * 26 April" starts on 26 April, "every mon from next week"
		 * (whose span holds its "from") next week */
		if (k - prev_dropped <= 1 && !((k - prev_dropped == 1 &&
		    starts_series(&sc, prev_dropped)) ||
		    (k == prev_dropped && starts_series(&sc, k)))) {
			k = e;
			continue;
		}
		struct date_span *sp = &spans[n++];
		memset(sp, 0, sizeof(*sp));
		sp->start = fo.map[i];
		sp->end = fo.map[h.end];
		sp->hour = h.hour;
		sp->minute = h.minute;
		sp->vague = h.vague;
		sp->past = h.past;
		sp->is_time = h.kind == K_TIME;
		sp->flags = h.flags;
		sp->wd_written = h.wd_written;
		if (h.kind == K_DATE && !(h.flags & DATE_F_IMPOSSIBLE)) {
			sp->has_date = 1;
			days_to_civil(h.day, &sp->date);
		} else if (h.kind == K_REL) {
			sp->rel_days = h.rel_days;
			sp->rel_pending = 1;
			if (h.rel_fallback) {
				sp->rel_fallback = 1;
				days_to_civil(h.day, &sp->date);
			}
		}
		/* "we met on Monday": the Monday before D */
		if (h.plain_wday && sp->has_date && dctx_past_before(&sc, i)) {
			days_to_civil(h.day - 7, &sp->date);
			sp->past = 1;
		}
		/* "since January", 自一月以來: begun already, the last one */
		if (sp->has_date && !sp->past && dctx_since(&sc, i, h.end)) {
			if (h.plain_wday)
				days_to_civil(h.day - 7, &sp->date);
			else if (h.day > sc.dref)
				sp->date.y--;
			sp->past = 1;
		}
		sp->period = h.period;
		sp->deadline = dctx_deadline_before(&sc, i);
		size_t after = dctx_deadline_after(&sc, h.end);
		if (after) {
			sp->deadline = 1;
			sp->end = fo.map[after];
			h.end = after;
			while (e < sc.ntok && sc.tok[e].start < after)
				e++;
		}
		sp->start_word = dctx_start_before(&sc, i) ||
		    (h.kind != K_TIME && dctx_start_after(&sc, h.end));
		sp->is_range_end = i - prev_end < 12 && (h.kind == K_TIME ||
		    h.kind == K_DATE) && dctx_range_end(&sc, i, prev_time ?
		    RANGE_AFTER_TIME : prev_date ? RANGE_AFTER_DATE : 0);
		/* "9:30 - 11:00 on Thursday": the day is the range's */
		if (sp->is_range_end && sp->has_date && n >= 2 &&
		    spans[n - 2].is_time) {
			struct date_span *prev = &spans[n - 2];
			prev->has_date = 1;
			prev->is_time = 0;
			prev->date = sp->date;
			prev->deadline |= sp->deadline;
		}
		/* a clock time soon after a date belongs to it */
		if (h.kind == K_TIME && n >= 2 && !sp->is_range_end) {
			struct date_span *prev = &spans[n - 2];
			if (prev->has_date && prev->hour < 0 &&
			    i - prev_end < 24) {
				prev->hour = h.hour;
				prev->minute = h.minute;
			}
		}
		prev_time = h.kind == K_TIME || h.hour >= 0;
		prev_date = h.kind == K_DATE && !prev_time && !sp->period;
		prev_end = h.end;
		k = e;
	}
	for (int k = 0; k < n; k++) {
		if ((spans[k].flags & DATE_F_TWO_WAY) && us_order)
			spans[k].flags |= DATE_F_AMBIGUOUS;
		spans[k].flags &= ~DATE_F_TWO_WAY;
	}
	resolve_relative(spans, n);
	free(sc.tok);
	folded_free(&fo);
	return n;
}

int
dates_find(const char *text, size_t len, const struct civil *ref,
    struct date_span *spans, int max)
{
	struct dates_ref r;
	r.day = *ref;
	r.minute = -1;
	r.offset = DATES_NO_OFFSET;
	r.closed = NULL;
	r.closed_arg = NULL;
	return dates_find_ref(text, len, &r, spans, max);
}

/*
 * SPEC.md: a date after a deadline word wins; otherwise the latest date.
 * A named date ("on Thu 5/3") is preferred to a period that only frames
 * the sentence ("a reading list for next month").
 */
int
dates_pick(const struct date_span *spans, int n, char time_out[6])
{
	int best = -1, best_period = -1, deadline_best = -1;
	long best_day = 0, period_day = 0;

	for (int k = 0; k < n; k++) {
		const struct date_span *sp = &spans[k];
		if (!sp->has_date || sp->past || sp->is_range_end)
			continue;
		long day = civil_days(&sp->date);
		if (sp->deadline && deadline_best < 0)
			deadline_best = k;
		if (sp->period) {
			if (best_period < 0 || day > period_day) {
				best_period = k;
				period_day = day;
			}
		} else if (best < 0 || day > best_day) {
			best = k;
			best_day = day;
		}
	}
	if (deadline_best >= 0)
		best = deadline_best;
	else if (best < 0)
		best = best_period;
	time_out[0] = '\0';
	if (best < 0)
		return -1;
	int hour = spans[best].hour, minute = spans[best].minute;
	if (hour < 0) {
		/* the sentence's clock time, if it has exactly one start */
		for (int k = 0; k < n; k++)
			if (spans[k].is_time && !spans[k].is_range_end) {
				hour = spans[k].hour;
				minute = spans[k].minute;
				break;
			}
	}
	if (hour >= 0)
		snprintf(time_out, 6, "%02u:%02u", (unsigned)hour % 24u,
		    (unsigned)minute % 60u);
	return best;
}

int
dates_value(struct date_span *spans, int n, const struct dates_ref *ref,
    char time_out[6])
{
	int k = dates_pick(spans, n, time_out);
	if (k >= 0)
		return k;
	for (k = 0; k < n; k++)
		if (spans[k].has_date && !spans[k].is_range_end) {
			if (spans[k].hour >= 0)
				snprintf(time_out, 6, "%02u:%02u",
				    (unsigned)spans[k].hour % 24u,
				    (unsigned)spans[k].minute % 60u);
			return k;
		}
	for (k = 0; k < n; k++)
		if (spans[k].is_time && !spans[k].is_range_end) {
			/* the next such time: an hour before D's is tomorrow */
			long day = civil_days(&ref->day);
			if (ref->minute >= 0 && spans[k].hour < ref->minute / 60)
				day++;
			days_to_civil(day, &spans[k].date);
			snprintf(time_out, 6, "%02u:%02u",
			    (unsigned)spans[k].hour % 24u,
			    (unsigned)spans[k].minute % 60u);
			return k;
		}
	return -1;
}
