/*
 * dates_en_time.c — English clock times, parts of the day, zones:
 *
 *   r_time  3pm, 3 p.m., 3:15p, 15:30, 15h30, 15h, 07:00 PM, at 1030,
 *           150ish, at 7, @ 10, at 3 15, 9 tomorrow, noon, midnight,
 *           (a) quarter past 3, half past 4, half three, N minutes
 *           past/to H, 15 minutes from 1pm, ten thirty am, 16.30, 12 noon;
 *           the start of 4-5pm, from 4 to 5pm, between 2 and 3pm,
 *           7:30 to 9pm (the end's am/pm), from 9 to 11 on Friday
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

/* A dotted number that is not a clock: money (HK$16.30, 16.30 dollars,
 * 16.30%) or a label's number (Room 16.30, section 16.30). */
static int
money_near(const struct dscan *sc, int k, int e)
{
	static const char *const label[] = { "room", "rm", "page", "p", "pp",
	    "section", "para", "paragraph", "clause", "item", "no", "ref",
	    "version", "v", "chapter", "rule", "grade", "score", NULL };
	for (int w = 0; label[w]; w++)
		if (en_eq(sc, k - 1, label[w]))
			return 1;
	if (k > 0 && (tk_punct(sc, k - 1, '$') || en_eq(sc, k - 1, "hk") ||
	    en_eq(sc, k - 1, "hkd") || en_eq(sc, k - 1, "usd") ||
	    sc->tok[k - 1].kind == T_OTHER))
		return 1;
	return tk_punct(sc, e, '%') || (e < sc->ntok && !sc->tok[e].sp &&
	    sc->tok[e].kind != T_PUNCT) || en_eq(sc, e, "dollars") ||
	    en_eq(sc, e, "hkd") || tk_cjk(sc, e, "元") || tk_cjk(sc, e, "蚊");
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

/* "in the evening" right after a bare hour: "9 in the evening". */
static int
pod_after(const struct dscan *sc, int k)
{
	return en_misc(sc, k, W_IN) && en_misc(sc, k + 1, W_THE) &&
	    tk_cls(sc, k + 2, L_POD);
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

/*
 * The end of a range after a 12-hour start hour h with no am/pm of its
 * own: "to 5pm", "- 5:30 pm", "until 12 noon", "and 3pm" (after
 * "between"). The end's am/pm applies to the start, which is the answer:
 * *h24 out, the start on a 24-hour clock (4 to 5pm: 16; 11 to 1pm: 11;
 * 9 to 12pm: 9). The token after the end, or 0. The start's piece ends
 * before "to": the end is a span of its own, the range's end.
 */
static int
range_tail(const struct dscan *sc, int k, int e, int h, int *h24)
{
	int j = e, pm = -1, f, h2;
	if (h < 1 || h > 12)
		return 0;
	if (en_misc(sc, j, W_TO) || en_misc(sc, j, W_UNTIL) ||
	    tk_punct(sc, j, '-') || tk_punct(sc, j, '~'))
		j++;
	else if (en_misc(sc, j, W_AND) && en_eq(sc, k - 1, "between"))
		j++;
	else if (en_eq(sc, j, "till") || en_eq(sc, j, "til") ||
	    en_eq(sc, j, "through"))
		j++;
	else
		return 0;
	if (!tk_num(sc, j) || sc->tok[j].ndig > 2)
		return 0;
	h2 = sc->tok[j].val;
	f = j + 1;
	if ((tk_punct(sc, f, ':') || tk_punct(sc, f, '.')) && tk_glued(sc, f) &&
	    tk_num(sc, f + 1) && tk_glued(sc, f + 1) &&
	    sc->tok[f + 1].ndig == 2 && sc->tok[f + 1].val <= 59)
		f += 2;
	if (h2 < 1 || h2 > 12)
		return 0;
	if (h2 == 12 && (en_misc(sc, f, W_NOON) || en_misc(sc, f, W_MIDDAY))) {
		pm = 1;
		f++;
	} else if ((j = ampm(sc, f, &pm))) {
		f = j;
	} else {
		/* "from 9 to 11 on Friday", "between 10 and 11 tomorrow":
		 * no am/pm at all; only after from/between and before a day,
		 * so "aged 3 to 5" stays a number */
		if (!en_misc(sc, k - 1, W_FROM) && !en_eq(sc, k - 1, "between"))
			return 0;
		if (!day_word(sc, f) && !tk_cls(sc, f, L_WDAY) &&
		    !(en_misc(sc, f, W_ON) && tk_cls(sc, f + 1, L_WDAY)) &&
		    !en_misc(sc, f, W_OCLOCK))
			return 0;
		*h24 = -1;	/* the start reads as any bare hour */
		return f;
	}
	int end = h2 % 12 + (pm ? 12 : 0);
	int start = h % 12 + (pm ? 12 : 0);
	if (start > end)
		start -= 12;
	if (start < 0)
		return 0;
	*h24 = start;
	return f;
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
		/* "4 to 5pm", "from ten to five pm": a range of hours, not
		 * minutes before the hour; digits need "minutes" for that */
		if (mins >= 0 && j == k && !tk_is(sc, e, L_UNIT, U_MINUTE) &&
		    en_misc(sc, e, W_TO) && (tk_num(sc, k) ||
		    en_misc(sc, k - 1, W_FROM) || en_eq(sc, k - 1, "between")))
			mins = -1;
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
	/* word times: ten thirty am, nine fifty nine a m, four o'clock,
	 * nine oh five */
	if (tk_cls(sc, k, L_NUMW) && (h = sc->tok[k].val) >= 1 && h <= 12) {
		e = k + 1;
		if ((f = en_count(sc, e, &n)) && tk_cls(sc, e, L_NUMW) &&
		    n >= 10 && n <= 59) {
			m = n;
			e = f;
		} else if ((en_misc(sc, e, W_OH) || tk_is(sc, e, L_NUMW, 0)) &&
		    tk_cls(sc, e + 1, L_NUMW) && sc->tok[e + 1].val >= 1 &&
		    sc->tok[e + 1].val <= 9) {
			m = sc->tok[e + 1].val;
			e += 2;
		} else if (en_misc(sc, e, W_OH)) {
			return 0;
		}
		if ((f = ampm(sc, e, &pm)))
			return set_clock(p, h, m, pm, 0, f);
		if (en_misc(sc, e, W_OCLOCK))
			return (f = ampm(sc, e + 1, &pm)) ?
			    set_clock(p, h, m, pm, 0, f) :
			    set_clock(p, h, m, -1, 0, e + 1);
		if ((after_at(sc, k) && e > k + 1) || day_word(sc, e) ||
		    pod_after(sc, e))
			return set_clock(p, h, m, -1, 0, e);
		/* "ten thirty" alone: a time; "ten thirty pupils" is not */
		if (e > k + 1 && (e >= sc->ntok || sc->tok[e].kind == T_PUNCT))
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
		/* 7:30 to 9pm: the range's start, with its end's pm */
		if (!(nd == 2 && h < 10) && range_tail(sc, k, e, h, &h24))
			return h24 < 0 ? set_clock(p, h, m, -1, 0, e) :
			    set_clock(p, h24, m, -1, 1, e);
		/* 4.15 alone is a number, 4.15 tomorrow a time; 16.30 a
		 * 24-hour time unless money */
		if (dot && !tk_cls(sc, e, L_UNIT) && !after_at(sc, k) &&
		    !day_word(sc, e) &&
		    !(nd == 2 && h >= 13 && h <= 23 && !money_near(sc, k, e)))
			return 0;
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
	/* 4-5pm, from 4 to 5pm, between 2 and 3pm: the start, with the
	 * end's am/pm */
	if (range_tail(sc, k, e, h, &h24))
		return h24 < 0 ? set_clock(p, h, 0, -1, 0, e) :
		    set_clock(p, h24, 0, -1, 1, e);
	/* 12 noon, 12 midnight */
	if (h == 12 && (en_misc(sc, e, W_NOON) || en_misc(sc, e, W_MIDDAY)))
		return set_clock(p, 12, 0, -1, 1, e + 1);
	if (h == 12 && en_misc(sc, e, W_MIDNIGHT))
		return set_clock(p, 24, 0, -1, 1, e + 1);
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
		/* "at 10 to 5": ten to five, or a range? not read */
		if (en_misc(sc, e, W_TO) && tk_num(sc, e + 1))
			return 0;
		if (tk_num(sc, e) && sc->tok[e].ndig == 2 && sc->tok[e].sp &&
		    !tk_num(sc, e + 1))
			return set_clock(p, h, sc->tok[e].val, -1, 0, e + 1);
		return set_clock(p, h, 0, -1, h >= 13 || h == 0, e);
	}
	if (h >= 1 && h <= 12 && (day_word(sc, e) || pod_after(sc, e)))
		return set_clock(p, h, 0, -1, 0, e);
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
