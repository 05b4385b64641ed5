/*
 * dates_day.c — the date reader's day arithmetic, over day numbers (days
 * since 1970-01-01): weeks run Monday to Sunday; a weekday is placed as
 * SPEC.md says ("Friday" strictly after D, "next Friday" in the week
 * after D's); a date with no year is the one nearest D; months add with
 * their last day as a ceiling; school days skip what the caller's
 * calendar closes.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

void
piece_init(struct piece *p)
{
	memset(p, 0, sizeof(*p));
	p->hour = p->minute = -1;
	p->wd = -1;
}

long
d_monday(long day)
{
	return day - days_weekday(day);
}

long
d_weekday_after(const struct dscan *sc, int wd)
{
	int delta = (wd - sc->wref + 7) % 7;
	return sc->dref + (delta ? delta : 7);
}

long
d_month_last(int y, int m)
{
	return civil_to_days(y, m, days_in_month(y, m));
}

long
d_add_months(long day, int n)
{
	struct civil c;
	days_to_civil(day, &c);
	int mm = c.y * 12 + (c.m - 1) + n;
	int y = mm / 12, m = mm % 12 + 1;
	int d = c.d > days_in_month(y, m) ? days_in_month(y, m) : c.d;
	return civil_to_days(y, m, d);
}

/* School days: Monday to Friday, and not a day the caller's calendar
 * closes (Hong Kong general holidays, from above: extract/ cannot see
 * act/holidays). */
long
d_school_days(const struct dscan *sc, long day, int n)
{
	while (n > 0) {
		day++;
		if (days_weekday(day) < 5 && !(sc->closed &&
		    sc->closed(sc->closed_arg, day)))
			n--;
	}
	return day;
}

/* Two-digit years: the century that puts it at most 20 years ahead of D. */
int
d_full_year(const struct dscan *sc, int y, int ndig)
{
	if (ndig > 2)
		return y;
	int base = sc->ref->y - sc->ref->y % 100;
	int full = base + y;
	if (full > sc->ref->y + 20)
		full -= 100;
	return full;
}

int
d_set_date(const struct dscan *sc, struct piece *p, int y, int m, int d)
{
	(void)sc;
	p->kind = P_DATE;
	if (m < 1 || m > 12 || d < 1 || d > 31) {
		p->flags |= DATE_F_IMPOSSIBLE;
		return 0;
	}
	if (y == 0) {
		/* placed once the span knows whether a weekday came with it;
		 * a day no year has (30 February) is impossible */
		if (d > days_in_month(2024, m)) {
			p->flags |= DATE_F_IMPOSSIBLE;
			return 0;
		}
		p->m = m;
		p->d = d;
		p->day = 0;
		return 1;
	}
	if (!civil_valid(y, m, d)) {
		p->flags |= DATE_F_IMPOSSIBLE;
		return 0;
	}
	p->year_given = 1;
	p->y = y;
	p->m = m;
	p->d = d;
	p->day = civil_to_days(y, m, d);
	return 1;
}

int
d_nth_weekday(int y, int m, int wd, int nth, long *out)
{
	if (nth < 0) {
		long last = d_month_last(y, m);
		*out = last - (days_weekday(last) - wd + 7) % 7;
		return 0;
	}
	long first = civil_to_days(y, m, 1);
	long day = first + (wd - days_weekday(first) + 7) % 7 + 7L * (nth - 1);
	struct civil c;
	days_to_civil(day, &c);
	if (c.m != m)
		return -1;
	*out = day;
	return 0;
}

/* The occurrence of m/d nearest to D. With a weekday wd >= 0 that the
 * nearest one lacks, while the nearest is past: the next one ahead
 * within a year, if it has that weekday ("Fri, Sep 20" written in
 * February is the coming September's). Else the nearest: the caller
 * flags the disagreement. */
long
d_place_year(const struct dscan *sc, int m, int d, int wd)
{
	long best = 0, bestdist = -1;
	for (int y = sc->ref->y - 1; y <= sc->ref->y + 1; y++) {
		if (!civil_valid(y, m, d))
			continue;
		long day = civil_to_days(y, m, d);
		long dist = labs(day - sc->dref);
		if (bestdist < 0 || dist < bestdist) {
			bestdist = dist;
			best = day;
		}
	}
	if (wd < 0 || bestdist < 0 || days_weekday(best) == wd ||
	    best >= sc->dref)
		return best;
	for (int y = sc->ref->y; y <= sc->ref->y + 1; y++) {
		if (!civil_valid(y, m, d))
			continue;
		long day = civil_to_days(y, m, d);
		if (day > sc->dref && day - sc->dref <= 366 &&
		    days_weekday(day) == wd)
			return day;
	}
	return best;
}

long
d_weekday_day(const struct dscan *sc, const struct piece *w)
{
	long mon = d_monday(sc->dref);
	long day;

	switch (w->wmode) {
	case WM_NEXT:
	case WM_NEXT_WEEK:
		return mon + 7 + w->wd;
	case WM_LAST:
		day = sc->dref - 1;
		while (days_weekday(day) != w->wd)
			day--;
		return day;
	case WM_THIS_WEEK:
		return mon + w->wd;
	case WM_THIS_WEEK_ZH:
		return w->wd == sc->wref ? sc->dref + 7 : mon + w->wd;
	case WM_LAST_WEEK:
		return mon - 7 + w->wd;
	case WM_WEEK_AFTER_NEXT:
		return mon + 14 + w->wd;
	case WM_AFTER_NEXT:
		return d_weekday_after(sc, w->wd) + 7;
	case WM_NTH_FROM_NOW:
		return d_weekday_after(sc, w->wd) + 7L * (w->wn - 1);
	default:
		return d_weekday_after(sc, w->wd);
	}
}
