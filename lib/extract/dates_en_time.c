/*
 * dates_en_time.c — English clock times, parts of the day, zones:
 *
 *   r_time  3pm, 3 p.m., 3:15p, 15:30, 15h30, 15h, 07:00 PM, at 1030,
 *           150ish, at 7, @ 10, at 3 15, 9 tomorrow, noon, midnight,
 *           (a) quarter past 3, half past 4, half three, N minutes
 *           past/to H, 15 minutes from 1pm, ten thirty am, 4-5pm
 *   r_pod   (in the) morning/afternoon/evening/night
 *   r_tz    GMT, UTC, BST, CET, HKT ...
 *
 * A time read on a 12-hour face without am/pm stays h24 = 0 and the
 * resolver (dates.c) reads it with the span's part of the day, or as
 * school hours.
 */
#include <string.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

/* ---- clock times -------------------------------------------------------- */

/* am / pm / a.m. / a m / 3:15p: *pm out. */
static int
ampm(const struct dscan *sc, int k, int *pm)
{
	if (tk_cls(sc, k, L_AMPM)) {
		*pm = sc->tok[k].val;
		return k + 1;
	}
	if ((en_misc(sc, k, W_A) || en_misc(sc, k, W_P)) &&
	    en_misc(sc, k + 1, W_M) && !tk_cls(sc, k + 2, L_NONE)) {
		*pm = en_misc(sc, k, W_P);
		return k + 2;
	}
	if ((en_misc(sc, k, W_A) || en_misc(sc, k, W_P)) && tk_glued(sc, k)) {
		*pm = en_misc(sc, k, W_P);
		return k + 1;
	}
	return 0;
}

static int
set_clock(struct piece *p, int h, int m, int pm, int h24, int e)
{
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return 0;
		h = h % 12 + (pm ? 12 : 0);
		h24 = 1;
	}
	if (h < 0 || h > 24 || m < 0 || m > 59)
		return 0;
	p->kind = P_TIME;
	p->hour = h;
	p->minute = m;
	p->h24 = h24;
	return e;
}

/* A day right after a bare hour makes it a time: "9 tomorrow", "8 this
 * evening". */
static int
day_word(const struct dscan *sc, int k)
{
	return en_misc(sc, k, W_TOMORROW) || en_misc(sc, k, W_TODAY) ||
	    en_misc(sc, k, W_TONIGHT) || (en_misc(sc, k, W_THIS) &&
	    tk_cls(sc, k + 1, L_POD));
}

static int
after_at(const struct dscan *sc, int k)
{
	return en_misc(sc, k - 1, W_AT) || tk_punct(sc, k - 1, '@') ||
	    en_misc(sc, k - 1, W_AROUND) || en_misc(sc, k - 1, W_ABOUT) ||
	    en_misc(sc, k - 1, W_APPROX);
}

/* An hour, for "quarter past H" and "N minutes to H": 3, 3pm, 15h, three. */
static int
hour_at(const struct dscan *sc, int k, int *h, int *pm, int *h24)
{
	int e;
	*pm = -1;
	*h24 = 0;
	if (tk_num(sc, k) && sc->tok[k].ndig <= 2)
		*h = sc->tok[k].val;
	else if (tk_cls(sc, k, L_NUMW) && sc->tok[k].val >= 1 &&
	    sc->tok[k].val <= 12)
		*h = sc->tok[k].val;
	else if (en_misc(sc, k, W_NOON) || en_misc(sc, k, W_MIDDAY)) {
		*h = 12;
		*h24 = 1;
		return k + 1;
	} else
		return 0;
	e = k + 1;
	if (en_misc(sc, e, W_H) && tk_glued(sc, e)) {
		*h24 = 1;
		return e + 1;
	}
	int f = ampm(sc, e, pm);
	if (f)
		return f;
	return en_misc(sc, e, W_OCLOCK) ? e + 1 : e;
}

int
r_time(const struct dscan *sc, int k, struct piece *p)
{
	int h, m = 0, pm = -1, e, f, n, h24;

	if (en_misc(sc, k, W_NOON) || en_misc(sc, k, W_MIDDAY))
		return set_clock(p, 12, 0, -1, 1, k + 1);
	if (en_eq(sc, k, "mid") && tk_is(sc, k + 1, L_UNIT, U_DAY))
		return set_clock(p, 12, 0, -1, 1, k + 2);
	if (en_misc(sc, k, W_THE) && (en_misc(sc, k + 1, W_MIDDAY) ||
	    en_misc(sc, k + 1, W_NOON)))
		return set_clock(p, 12, 0, -1, 1, k + 2);
	if (en_misc(sc, k, W_MIDNIGHT))
		return set_clock(p, 24, 0, -1, 1, k + 1);	/* the day's end */
	/* quarter past 3, half past 4, N (minutes) past|to H, half three */
	{
		int j = en_misc(sc, k, W_A) ? k + 1 : k, mins = -1;
		if (en_misc(sc, j, W_QUARTER))
			mins = 15, e = j + 1;
		else if (en_misc(sc, j, W_HALF) && j == k)
			mins = 30, e = j + 1;
		else if (j == k && (e = en_count(sc, j, &n)) && n >= 1 && n < 60 &&
		    !tk_punct(sc, e, ':'))
			mins = n;
		if (mins >= 0) {
			if (tk_is(sc, e, L_UNIT, U_MINUTE))
				e++;
			int dir = en_misc(sc, e, W_PAST) || en_misc(sc, e, W_AFTER) ?
			    1 : en_misc(sc, e, W_TO) || en_misc(sc, e, W_BEFORE) ?
			    -1 : (en_misc(sc, e, W_FROM) && mins != 30) ? 2 : 0;
			if (dir == 0 && mins == 30 && en_misc(sc, k, W_HALF) &&
			    (f = hour_at(sc, e, &h, &pm, &h24)) && h <= 12 &&
			    (f >= sc->ntok || sc->tok[f].kind == T_PUNCT ||
			    tk_cls(sc, f, L_MISC)))
				return set_clock(p, h, 30, pm, h24, f);
			if (dir && (f = hour_at(sc, e + 1, &h, &pm, &h24))) {
				/* "15 minutes from 1pm": only from a clock */
				if (dir == 2 && pm < 0 && !h24)
					return 0;
				if (dir < 0) {
					if (--h < 0)
						h = 23;
					mins = 60 - mins;
				}
				if (pm >= 0 && h == 0)
					h = 12;
				return set_clock(p, h, mins, pm, h24, f);
			}
		}
	}
	/* word times: ten thirty am, nine fifty nine a m, four o'clock */
	if (tk_cls(sc, k, L_NUMW) && (h = sc->tok[k].val) >= 1 && h <= 12) {
		e = k + 1;
		if ((f = en_count(sc, e, &n)) && tk_cls(sc, e, L_NUMW) &&
		    n >= 10 && n <= 59) {
			m = n;
			e = f;
		}
		if ((f = ampm(sc, e, &pm)))
			return set_clock(p, h, m, pm, 0, f);
		if (en_misc(sc, e, W_OCLOCK))
			return (f = ampm(sc, e + 1, &pm)) ?
			    set_clock(p, h, m, pm, 0, f) :
			    set_clock(p, h, m, -1, 0, e + 1);
		if ((after_at(sc, k) && e > k + 1) || day_word(sc, e))
			return set_clock(p, h, m, -1, 0, e);
		return 0;
	}
	if (!tk_num(sc, k) || (k > 0 && !sc->tok[k].sp &&
	    (sc->tok[k - 1].kind == T_NUM || tk_punct(sc, k - 1, ':') ||
	    tk_punct(sc, k - 1, '.') || tk_punct(sc, k - 1, '/'))))
		return 0;
	h = sc->tok[k].val;
	int nd = sc->tok[k].ndig;
	e = k + 1;
	/* 15:30, 3:30pm, 4.15 pm, 07:00 */
	if (nd <= 2 && (tk_punct(sc, e, ':') || tk_punct(sc, e, '.')) &&
	    tk_glued(sc, e) && tk_num(sc, e + 1) && tk_glued(sc, e + 1) &&
	    sc->tok[e + 1].ndig == 2) {
		int dot = tk_punct(sc, e, '.');
		m = sc->tok[e + 1].val;
		e += 2;
		if (tk_punct(sc, e, ':') && tk_num(sc, e + 1) && tk_glued(sc, e))
			e += 2;		/* seconds */
		if ((f = ampm(sc, e, &pm)))
			return set_clock(p, h, m, pm, 0, f);
		if (dot && !tk_cls(sc, e, L_UNIT) && !after_at(sc, k))
			return 0;	/* 4.15 alone is a number */
		if (tk_cls(sc, e, L_UNIT) && sc->tok[e].val == U_HOUR)
			e++;
		return set_clock(p, h, m, -1, h >= 13 || h == 0 ||
		    (nd == 2 && h < 10), e);
	}
	/* 15h30, 15h, 8h00 */
	if (nd <= 2 && en_misc(sc, e, W_H) && tk_glued(sc, e)) {
		if (tk_num(sc, e + 1) && tk_glued(sc, e + 1) &&
		    sc->tok[e + 1].ndig == 2)
			return set_clock(p, h, sc->tok[e + 1].val, -1, 1, e + 2);
		return set_clock(p, h, 0, -1, 1, e + 1);
	}
	/* 3pm, 3 p.m., 330 p.m., 150ish, at 1030 */
	if ((f = ampm(sc, e, &pm))) {
		if (nd >= 3)
			return set_clock(p, h / 100, h % 100, pm, 0, f);
		return set_clock(p, h, 0, pm, 0, f);
	}
	if (nd >= 3 && nd <= 4 && (en_misc(sc, e, W_ISH) || after_at(sc, k)))
		return set_clock(p, h / 100, h % 100, -1, nd == 4 && h >= 1300,
		    en_misc(sc, e, W_ISH) ? e + 1 : e);
	if (nd > 2)
		return 0;
	if (en_misc(sc, e, W_OCLOCK))
		return (f = ampm(sc, e + 1, &pm)) ? set_clock(p, h, 0, pm, 0, f) :
		    set_clock(p, h, 0, -1, 0, e + 1);
	if (en_misc(sc, e, W_ISH))
		return set_clock(p, h, 0, -1, 0, e + 1);
	/* at 7, @ 10, at 3 15; 9 tomorrow */
	if (after_at(sc, k)) {
		if (tk_cls(sc, e, L_MONTH) || tk_cls(sc, e, L_UNIT) ||
		    tk_punct(sc, e, '/') || tk_punct(sc, e, '-') ||
		    (tk_punct(sc, e, '.') && tk_num(sc, e + 1)))
			return 0;
		if (tk_num(sc, e) && sc->tok[e].ndig == 2 && sc->tok[e].sp &&
		    !tk_num(sc, e + 1))
			return set_clock(p, h, sc->tok[e].val, -1, 0, e + 1);
		return set_clock(p, h, 0, -1, h >= 13 || h == 0, e);
	}
	if (h >= 1 && h <= 12 && day_word(sc, e))
		return set_clock(p, h, 0, -1, 0, e);
	/* 4-5pm: the start takes the end's am/pm */
	if (h >= 1 && h <= 12 && tk_punct(sc, e, '-') && tk_num(sc, e + 1) &&
	    sc->tok[e + 1].ndig <= 2 && (f = ampm(sc, e + 2, &pm))) {
		int h2 = sc->tok[e + 1].val;
		if (h2 < 1 || h2 > 12)
			return 0;
		if (h > h2 && h != 12)
			pm = !pm;
		return set_clock(p, h, 0, pm, 0, f);
	}
	return 0;
}

int
r_pod(const struct dscan *sc, int k, struct piece *p)
{
	int j = k;
	if (en_misc(sc, j, W_IN) && en_misc(sc, j + 1, W_THE))
		j += 2;
	if (!tk_cls(sc, j, L_POD))
		return 0;
	p->kind = P_POD;
	p->pod = sc->tok[j].val;
	return j + 1;
}

int
r_tz(const struct dscan *sc, int k, struct piece *p)
{
	if (!tk_cls(sc, k, L_TZ))
		return 0;
	p->kind = P_TZ;
	p->tz = sc->tok[k].val;
	return k + 1;
}
