/*
 * dates_en.c — the English rules: tokens -> one piece (a date, a weekday,
 * a clock time, a part of the day, a zone, a vague period, an offset from
 * an event). Each rule reads one form, named for it:
 *
 *   dates     r_iso 2015-03-03, r_numeric 31/10/74 (day first),
 *             r_spaced 31 10 1974, r_d_mon_y 31-Oct-74,
 *             r_day_month the 3rd of March [2015], r_month_day March 3rd,
 *             r_month_alone (early) September, r_day_only the 20th,
 *             r_nth_wday first Tuesday of October, r_nth_day last day of
 *             October, r_day_of_rel 20 of next month, r_week_of w/c 9 March
 *   relative  r_relday today/tomorrow/the day before yesterday,
 *             r_offset in 3 days / 3 weeks ago / 2 Sundays from now,
 *             r_period this week / end of next month / EOD
 *   weekdays  r_wday [next|last|this] Friday [after next|of next week]
 *   times     r_time 3pm, 15:30, 15h30, at 1030, noon, quarter past 3,
 *             20 minutes to 2pm, nine fifty nine a m, 4-5pm;
 *             r_pod (in the) afternoon; r_tz GMT
 *   vague     r_vague end of term, as soon as possible
 *
 * en_piece() keeps the longest reading any rule gives at a token.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

static int
is_misc(const struct dscan *sc, int k, int w)
{
	return tk_is(sc, k, L_MISC, w);
}

/* Token k's text equals w (lower case ASCII). */
static int
tok_eq(const struct dscan *sc, int k, const char *w)
{
	if (k < 0 || k >= sc->ntok || sc->tok[k].kind != T_WORD)
		return 0;
	size_t n = sc->tok[k].end - sc->tok[k].start;
	return strlen(w) == n && strncasecmp(sc->s + sc->tok[k].start, w, n) == 0;
}

/* "Mar.", "Thu.": an abbreviation's dot belongs to it; a full name's
 * ("26 May.") ends the sentence. */
static int
abbrev_dot(const struct dscan *sc, int k)
{
	size_t n = sc->tok[k].end - sc->tok[k].start;
	int full = (tk_cls(sc, k, L_MONTH) && n == 4 && (sc->tok[k].val == 6 ||
	    sc->tok[k].val == 7)) || tok_eq(sc, k, "may");
	if (n <= 5 && !full && tk_punct(sc, k + 1, '.') && tk_glued(sc, k + 1) &&
	    !tk_num(sc, k + 2))
		return k + 2;
	return k + 1;
}

/* "May" is a month only capitalised, or right after a day number. */
static int
month_tok(const struct dscan *sc, int k, int *m)
{
	if (!tk_cls(sc, k, L_MONTH))
		return 0;
	*m = sc->tok[k].val;
	if (*m == 5 && sc->s[sc->tok[k].start] == 'm' && !(k > 0 &&
	    sc->tok[k - 1].kind == T_NUM))
		return 0;
	return abbrev_dot(sc, k);
}

static int
plural_wday(const struct dscan *sc, int k)
{
	size_t n = sc->tok[k].end - sc->tok[k].start;
	return n >= 7 && (sc->s[sc->tok[k].end - 1] | 0x20) == 's';
}

static int
wday_tok(const struct dscan *sc, int k, int *wd)
{
	if (!tk_cls(sc, k, L_WDAY) || plural_wday(sc, k))
		return 0;
	*wd = sc->tok[k].val;
	return abbrev_dot(sc, k);
}

/* The token after a number that makes it a clock time, not a day. */
static int
timeish_after(const struct dscan *sc, int k)
{
	return tk_punct(sc, k, ':') || (tk_punct(sc, k, '.') &&
	    tk_num(sc, k + 1)) || tk_cls(sc, k, L_AMPM) ||
	    is_misc(sc, k, W_OCLOCK) || (is_misc(sc, k, W_H) && tk_glued(sc, k)) ||
	    tk_cls(sc, k, L_UNIT) || ((is_misc(sc, k, W_P) ||
	    is_misc(sc, k, W_A)) && tk_glued(sc, k));
}

/* An optional year after a day and month: ", 2015", " 2015", " 15" (at
 * the end of the phrase). */
static int
opt_year(const struct dscan *sc, int j, int *y)
{
	int k = tk_punct(sc, j, ',') ? j + 1 : j;
	*y = 0;
	if (!tk_num(sc, k) || timeish_after(sc, k + 1))
		return j;
	if (sc->tok[k].ndig == 4 && sc->tok[k].val >= 1900 &&
	    sc->tok[k].val <= 2100) {
		*y = sc->tok[k].val;
		return k + 1;
	}
	if (sc->tok[k].ndig == 2 && (k + 1 >= sc->ntok ||
	    (sc->tok[k + 1].kind == T_PUNCT && sc->tok[k + 1].val != '/' &&
	    sc->tok[k + 1].val != '-'))) {
		*y = d_full_year(sc, sc->tok[k].val, 2);
		return k + 1;
	}
	return j;
}

/* A month the span names: "October [2015]", "this month", "the month",
 * "next month", "the current month", "last month". */
static int
month_ref(const struct dscan *sc, int j, int *y, int *m, int *past)
{
	int e, yy, mm, shift = 0;
	*past = 0;
	if ((e = month_tok(sc, j, &mm))) {
		e = opt_year(sc, e, &yy);
		if (yy == 0) {
			yy = sc->ref->y;
			if (mm - sc->ref->m < -3)
				yy++;
		}
		*y = yy;
		*m = mm;
		return e;
	}
	int the = is_misc(sc, j, W_THE) ? j + 1 : j;
	if (is_misc(sc, the, W_NEXT) || is_misc(sc, the, W_FOLLOWING) ||
	    is_misc(sc, the, W_COMING))
		shift = 1, the++;
	else if (is_misc(sc, the, W_LAST) || is_misc(sc, the, W_PREVIOUS))
		shift = -1, the++;
	else if (is_misc(sc, the, W_THIS) || is_misc(sc, the, W_CURRENT))
		the++;
	else if (the == j)
		return 0;	/* "month" alone */
	if (!tk_is(sc, the, L_UNIT, U_MONTH) || plural_wday(sc, the))
		return 0;
	int mi = sc->ref->y * 12 + sc->ref->m - 1 + shift;
	*y = mi / 12;
	*m = mi % 12 + 1;
	*past = shift < 0;
	return the + 1;
}

/* ---- dates ---------------------------------------------------------------- */

static int
r_iso(const struct dscan *sc, int k, struct piece *p)
{
	if (!tk_num(sc, k) || sc->tok[k].ndig != 4)
		return 0;
	char sep = tk_punct(sc, k + 1, '-') ? '-' : tk_punct(sc, k + 1, '/') ?
	    '/' : 0;
	if (!sep || !tk_glued(sc, k + 1) || !tk_num(sc, k + 2) ||
	    !tk_punct(sc, k + 3, sep) || !tk_num(sc, k + 4) ||
	    !tk_glued(sc, k + 2) || !tk_glued(sc, k + 3) || !tk_glued(sc, k + 4))
		return 0;
	d_set_date(sc, p, sc->tok[k].val, sc->tok[k + 2].val, sc->tok[k + 4].val);
	return k + 5;
}

/* 20/3, 20/3/2026, 20.03.2026, 20-3-2026: day first */
static int
r_numeric(const struct dscan *sc, int k, struct piece *p)
{
	int y = 0, e;
	if (!tk_num(sc, k) || sc->tok[k].ndig > 2 || (k > 0 &&
	    !sc->tok[k].sp && (sc->tok[k - 1].kind == T_NUM ||
	    tk_punct(sc, k - 1, '/') || tk_punct(sc, k - 1, '.'))))
		return 0;
	if (!tk_glued(sc, k + 1) || sc->tok[k + 1].kind != T_PUNCT)
		return 0;
	char sep = (char)sc->tok[k + 1].val;
	if ((sep != '/' && sep != '.' && sep != '-') || !tk_num(sc, k + 2) ||
	    !tk_glued(sc, k + 2) || sc->tok[k + 2].ndig > 2)
		return 0;
	int a = sc->tok[k].val, b = sc->tok[k + 2].val;
	e = k + 3;
	if (tk_punct(sc, e, sep) && tk_glued(sc, e) && tk_num(sc, e + 1) &&
	    tk_glued(sc, e + 1)) {
		int nd = sc->tok[e + 1].ndig;
		if (nd != 2 && nd != 4)
			return 0;
		y = d_full_year(sc, sc->tok[e + 1].val, nd);
		e += 2;
	} else if (sep != '/') {
		return 0;	/* 4.15 or 3-5 without a year: not a date */
	}
	/* 1/2/3/4 or 3/5 followed by more: a list, a score */
	if (e < sc->ntok && !sc->tok[e].sp && (sc->tok[e].kind == T_NUM ||
	    tk_punct(sc, e, '/') || (tk_punct(sc, e, sep) && tk_num(sc, e + 1))))
		return 0;
	if (a >= 1 && a <= 12 && b > 12 && b <= 31) {
		*sc->us_order = 1;	/* 4/15: month first, written elsewhere */
		return 0;
	}
	if (a < 1 || a > 31 || b < 1 || b > 12)
		return 0;
	if (!d_set_date(sc, p, y, b, a))
		return e;
	if (a <= 12 && a != b)
		p->flags |= DATE_F_TWO_WAY;
	return e;
}

/* 31 10 1974 */
static int
r_spaced(const struct dscan *sc, int k, struct piece *p)
{
	if (!tk_num(sc, k) || !tk_num(sc, k + 1) || !tk_num(sc, k + 2) ||
	    sc->tok[k].ndig > 2 || sc->tok[k + 1].ndig > 2 ||
	    sc->tok[k + 2].ndig != 4 || !sc->tok[k + 1].sp || !sc->tok[k + 2].sp)
		return 0;
	int d = sc->tok[k].val, m = sc->tok[k + 1].val, y = sc->tok[k + 2].val;
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 ||
	    tk_num(sc, k + 3))
		return 0;
	d_set_date(sc, p, y, m, d);
	return k + 3;
}

/* 31/Oct/1974, 31-Oct-74 */
static int
r_d_mon_y(const struct dscan *sc, int k, struct piece *p)
{
	int m, e, y = 0;
	if (!tk_num(sc, k) || sc->tok[k].ndig > 2 || !tk_glued(sc, k + 1) ||
	    !(tk_punct(sc, k + 1, '/') || tk_punct(sc, k + 1, '-')))
		return 0;
	char sep = (char)sc->tok[k + 1].val;
	if (!tk_glued(sc, k + 2) || !(e = month_tok(sc, k + 2, &m)))
		return 0;
	if (tk_punct(sc, e, sep) && tk_num(sc, e + 1) && tk_glued(sc, e + 1)) {
		int nd = sc->tok[e + 1].ndig;
		if (nd != 2 && nd != 4)
			return 0;
		y = d_full_year(sc, sc->tok[e + 1].val, nd);
		e += 2;
	}
	d_set_date(sc, p, y, m, sc->tok[k].val);
	return e;
}

/* A day of the month: 3rd, third, 3 (not a clock time). */
static int
day_num(const struct dscan *sc, int k, int *d, int *ordinal)
{
	int e;
	*ordinal = 0;
	if ((e = en_ordinal(sc, k, d))) {
		*ordinal = 1;
		return *d >= 1 && *d <= 31 ? e : 0;
	}
	if (tk_num(sc, k) && sc->tok[k].ndig <= 2 && !timeish_after(sc, k + 1) &&
	    sc->tok[k].val >= 1 && sc->tok[k].val <= 31) {
		*d = sc->tok[k].val;
		return k + 1;
	}
	return 0;
}

/* [the] 3rd [of] March [2015] */
static int
r_day_month(const struct dscan *sc, int k, struct piece *p)
{
	int d, m, y, ord, e, j = k;
	if (is_misc(sc, j, W_THE))
		j++;
	if (!(e = day_num(sc, j, &d, &ord)) || (j > k && !ord))
		return 0;
	if (sc->tok[j].kind == T_WORD && !ord)
		return 0;
	if (is_misc(sc, e, W_OF))
		e++;
	if (!(e = month_tok(sc, e, &m)))
		return 0;
	e = opt_year(sc, e, &y);
	d_set_date(sc, p, y, m, d);
	return e;
}

/* March 3rd [, 2015], March the third, Feb13 */
static int
r_month_day(const struct dscan *sc, int k, struct piece *p)
{
	int d, m, y, ord, e;
	if (!(e = month_tok(sc, k, &m)))
		return 0;
	if (is_misc(sc, e, W_THE))
		e++;
	int f = day_num(sc, e, &d, &ord);
	if (!f)
		return 0;
	/* "March 2015" is a month: a 4-digit number is no day */
	f = opt_year(sc, f, &y);
	d_set_date(sc, p, y, m, d);
	return f;
}

/* A month with no day: its last day; "early/mid/late September" too. */
static int
r_month_alone(const struct dscan *sc, int k, struct piece *p)
{
	int m, y, j = k, e;
	if (is_misc(sc, j, W_EARLY) || is_misc(sc, j, W_LATE) ||
	    is_misc(sc, j, W_MID)) {
		j++;
		if (tk_punct(sc, j, '-'))
			j++;
	}
	if (!(e = month_tok(sc, j, &m)))
		return 0;
	if (m == 5 && j == k) {
		/* a lone "May" needs a preposition before it */
		static const char *const preps[] = { "in", "of", "end", "by",
		    "until", "before", "from", "during", NULL };
		int ok = 0;
		for (int w = 0; preps[w]; w++)
			ok |= tok_eq(sc, k - 1, preps[w]);
		if (!ok)
			return 0;
	}
	e = opt_year(sc, e, &y);
	if (y == 0) {
		y = sc->ref->y;
		if (m - sc->ref->m < -3)
			y++;	/* written in December, "by January" is ahead */
	}
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = d_month_last(y, m);
	p->period = 1;
	return e;
}

/* the 20th: the next such day on or after D */
static int
r_day_only(const struct dscan *sc, int k, struct piece *p)
{
	int j = is_misc(sc, k, W_THE) ? k + 1 : k, d;
	if (j >= sc->ntok || sc->tok[j].kind != T_NUM || !sc->tok[j].ord)
		return 0;
	d = sc->tok[j].val;
	if (d < 1 || d > 31)
		return 0;
	int y = sc->ref->y, m = sc->ref->m;
	if (d < sc->ref->d && ++m > 12) {
		m = 1;
		y++;
	}
	for (int tries = 0; tries < 3 && !civil_valid(y, m, d); tries++)
		if (++m > 12) {
			m = 1;
			y++;
		}
	d_set_date(sc, p, y, m, d);
	return j + 1;
}

/* [the] first|last Tuesday of|in October [2014] | this month */
static int
r_nth_wday(const struct dscan *sc, int k, struct piece *p)
{
	int j = is_misc(sc, k, W_THE) ? k + 1 : k, nth, wd, e, y, m, past;
	long day;
	if ((e = en_ordinal(sc, j, &nth))) {
		if (nth < 1 || nth > 5)
			return 0;
	} else if (is_misc(sc, j, W_LAST)) {
		nth = -1;
		e = j + 1;
	} else {
		return 0;
	}
	if (!(e = wday_tok(sc, e, &wd)) || !(is_misc(sc, e, W_OF) ||
	    is_misc(sc, e, W_IN)))
		return 0;
	if (!(e = month_ref(sc, e + 1, &y, &m, &past)))
		return 0;
	if (d_nth_weekday(y, m, wd, nth, &day) == -1)
		return 0;
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = day;
	p->past = day < sc->dref;
	return e;
}

/* third day of October, last day in October 2015 */
static int
r_nth_day(const struct dscan *sc, int k, struct piece *p)
{
	int j = is_misc(sc, k, W_THE) ? k + 1 : k, nth, e, y, m, past;
	if ((e = en_ordinal(sc, j, &nth)))
		;
	else if (is_misc(sc, j, W_LAST))
		nth = -1, e = j + 1;
	else
		return 0;
	if (!tk_is(sc, e, L_UNIT, U_DAY) || !(is_misc(sc, e + 1, W_OF) ||
	    is_misc(sc, e + 1, W_IN)))
		return 0;
	if (!(e = month_ref(sc, e + 2, &y, &m, &past)))
		return 0;
	if (nth < 0)
		nth = days_in_month(y, m);
	if (!d_set_date(sc, p, y, m, nth))
		return e;
	p->past = p->day < sc->dref;
	return e;
}

/* 20 of next month, the 20th of the current month */
static int
r_day_of_rel(const struct dscan *sc, int k, struct piece *p)
{
	int j = is_misc(sc, k, W_THE) ? k + 1 : k, d, ord, e, y, m, past;
	if (!(e = day_num(sc, j, &d, &ord)) || (j > k && !ord) ||
	    !is_misc(sc, e, W_OF) || tk_cls(sc, e + 1, L_MONTH))
		return 0;
	if (!(e = month_ref(sc, e + 1, &y, &m, &past)))
		return 0;
	if (d_set_date(sc, p, y, m, d))
		p->past = p->day < sc->dref;
	return e;
}

/* the date a rule reads at k, for the week rules */
static int
any_date(const struct dscan *sc, int k, struct piece *p)
{
	int e;
	piece_init(p);
	if ((e = r_iso(sc, k, p)) || (e = r_numeric(sc, k, p)) ||
	    (e = r_day_month(sc, k, p)) || (e = r_month_day(sc, k, p)))
		return e;
	return 0;
}

static long
placed(const struct dscan *sc, const struct piece *p)
{
	struct piece q = *p;
	if (q.year_given)
		return q.day;
	/* nearest year, as the span would place it */
	long best = 0, bd = -1;
	for (int y = sc->ref->y - 1; y <= sc->ref->y + 1; y++)
		if (civil_valid(y, q.m, q.d)) {
			long day = civil_to_days(y, q.m, q.d);
			long dist = day > sc->dref ? day - sc->dref : sc->dref - day;
			if (bd < 0 || dist < bd)
				bd = dist, best = day;
		}
	return best;
}

/* w/c 9 March, week commencing / of 13 April: that week's Sunday;
 * w/e 27/3, week ending 27 March: the date itself */
static int
r_week_of(const struct dscan *sc, int k, struct piece *p)
{
	int j = 0, ending = 0, e;
	struct piece d;
	if (tok_eq(sc, k, "w") && tk_punct(sc, k + 1, '/') &&
	    (tok_eq(sc, k + 2, "c") || tok_eq(sc, k + 2, "e"))) {
		ending = tok_eq(sc, k + 2, "e");
		j = k + 3;
	} else if (tk_is(sc, k, L_UNIT, U_WEEK)) {
		if (is_misc(sc, k + 1, W_COMMENCING) ||
		    is_misc(sc, k + 1, W_BEGINNING) || is_misc(sc, k + 1, W_OF) ||
		    is_misc(sc, k + 1, W_STARTING))
			j = k + 2;
		else if (is_misc(sc, k + 1, W_ENDING))
			j = k + 2, ending = 1;
	} else if (is_misc(sc, k, W_THE) && tk_is(sc, k + 1, L_UNIT, U_WEEK) &&
	    is_misc(sc, k + 2, W_OF)) {
		j = k + 3;
	}
	if (!j || !(e = any_date(sc, j, &d)) || (d.flags & DATE_F_IMPOSSIBLE))
		return 0;
	long day = placed(sc, &d);
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = ending ? day : d_monday(day) + 6;
	return e;
}

/* ---- relative days, offsets, periods ------------------------------------ */

static int
set_day(struct piece *p, long day, int e)
{
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = day;
	return e;
}

static int
r_relday(const struct dscan *sc, int k, struct piece *p)
{
	int j = is_misc(sc, k, W_THE) ? k + 1 : k;
	if (is_misc(sc, k, W_TODAY))
		return set_day(p, sc->dref, k + 1);
	if (is_misc(sc, k, W_TONIGHT)) {
		p->pod = POD_NIGHT;
		return set_day(p, sc->dref, k + 1);
	}
	if (is_misc(sc, k, W_TOMORROW))
		return set_day(p, sc->dref + 1, k + 1);
	if (is_misc(sc, k, W_YESTERDAY)) {
		p->past = 1;
		return set_day(p, sc->dref - 1, k + 1);
	}
	if (tk_is(sc, j, L_UNIT, U_DAY) && !plural_wday(sc, j)) {
		if (is_misc(sc, j + 1, W_AFTER) && is_misc(sc, j + 2, W_TOMORROW))
			return set_day(p, sc->dref + 2, j + 3);
		if (is_misc(sc, j + 1, W_BEFORE) &&
		    is_misc(sc, j + 2, W_YESTERDAY)) {
			p->past = 1;
			return set_day(p, sc->dref - 2, j + 3);
		}
	}
	/* this morning / afternoon / evening: D, with its part of the day */
	if (is_misc(sc, k, W_THIS) && tk_cls(sc, k + 1, L_POD)) {
		p->pod = sc->tok[k + 1].val;
		return set_day(p, sc->dref, k + 2);
	}
	if (tok_eq(sc, k, "with") && tok_eq(sc, k + 1, "immediate") &&
	    tok_eq(sc, k + 2, "effect"))
		return set_day(p, sc->dref, k + 3);
	return 0;
}

/* A unit after a count: days, school days, weeks' (time), a fortnight. */
static int
unit_at(const struct dscan *sc, int j, int *unit, int *school)
{
	*school = 0;
	if (tk_punct(sc, j, '-'))
		j++;
	if (is_misc(sc, j, W_SCHOOL) || is_misc(sc, j, W_WORKING) ||
	    is_misc(sc, j, W_BUSINESS) || is_misc(sc, j, W_WORK)) {
		*school = 1;
		j++;
	}
	if (tk_cls(sc, j, L_UNIT)) {
		*unit = sc->tok[j].val;
		if (*school && *unit != U_DAY)
			return 0;
		return j + 1;
	}
	if (is_misc(sc, j, W_WEEK_POSS) || is_misc(sc, j, W_DAYS_POSS)) {
		*unit = is_misc(sc, j, W_WEEK_POSS) ? U_WEEK : U_DAY;
		return is_misc(sc, j + 1, W_TIME) ? j + 2 : j + 1;
	}
	return 0;
}

/* D moved by n units; 0 and *coarse for months/years; -1 for clock
 * units when the time of day is not known. */
static int
shift(const struct dscan *sc, int n, int unit, int school, struct piece *p)
{
	long day = sc->dref;
	switch (unit) {
	case U_MINUTE:
	case U_HOUR: {
		if (sc->ref_minute < 0)
			return -1;
		long m = sc->ref_minute + (long)n * (unit == U_HOUR ? 60 : 1);
		long dd = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);
		m -= dd * 1440;
		p->kind = P_TIME;
		p->day = sc->dref + dd;
		p->hour = (int)(m / 60);
		p->minute = (int)(m % 60);
		p->h24 = 1;
		return 0;
	}
	case U_DAY:
		day = school ? (n >= 0 ? d_school_days(day, n) : day + n) :
		    day + n;
		break;
	case U_WEEK:
		day += 7L * n;
		break;
	case U_FORTNIGHT:
		day += 14L * n;
		break;
	case U_MONTH:
		day = d_add_months(day, n);
		p->coarse = 1;
		break;
	case U_YEAR:
		day = d_add_months(day, 12 * n);
		p->coarse = 1;
		break;
	}
	set_day(p, day, 0);
	return 0;
}

static int
r_offset(const struct dscan *sc, int k, struct piece *p)
{
	int n, e, unit, school, wd, within = 0;

	/* in / within / over [the next] N units [time] */
	if (is_misc(sc, k, W_IN) || (within = is_misc(sc, k, W_WITHIN)) ||
	    (within = is_misc(sc, k, W_OVER))) {
		int j = k + 1;
		if (is_misc(sc, j, W_THE))
			j++;
		if (is_misc(sc, j, W_NEXT))
			j++;
		if (tk_is(sc, j, L_UNIT, U_FORTNIGHT)) {
			n = 1;
			e = j;
		} else if (!(e = en_count(sc, j, &n))) {
			return 0;
		}
		if (n <= 0 || n >= 400 || !(e = unit_at(sc, e, &unit, &school)))
			return 0;
		if (shift(sc, n, unit, school, p) < 0)
			return 0;
		/* "within three weeks after the second session (5 May)":
		 * counted from that event */
		if (within && !school && (unit == U_DAY || unit == U_WEEK) &&
		    (is_misc(sc, e, W_AFTER) || is_misc(sc, e, W_OF))) {
			p->kind = P_REL;
			p->rel_days = n * (unit == U_WEEK ? 7 : 1);
			p->rel_fallback = 1;
			return e;
		}
		if (p->kind == P_DATE)
			p->period = 1;
		return e;
	}
	/* N units ago / hence / from now / later; N units before/after */
	if (tk_is(sc, k, L_UNIT, U_FORTNIGHT)) {
		n = 1;
		e = k;
	} else if (!(e = en_count(sc, k, &n)) || n <= 0 || n >= 400) {
		return 0;
	}
	int f = e;
	if (wday_tok(sc, f, &wd) || (tk_cls(sc, f, L_WDAY) &&
	    plural_wday(sc, f))) {
		/* 2 Sundays from now */
		wd = sc->tok[f].val;
		if (is_misc(sc, f + 1, W_FROM) && (is_misc(sc, f + 2, W_NOW) ||
		    is_misc(sc, f + 2, W_TODAY))) {
			p->kind = P_WDAY;
			p->wd = wd;
			p->wmode = WM_NTH_FROM_NOW;
			p->wn = n;
			return f + 3;
		}
		return 0;
	}
	if (!(f = unit_at(sc, f, &unit, &school)))
		return 0;
	int sign = 0, end = 0;
	if (is_misc(sc, f, W_AGO))
		sign = -1, end = f + 1;
	else if (is_misc(sc, f, W_HENCE) || is_misc(sc, f, W_LATER))
		sign = 1, end = f + 1;
	else if (is_misc(sc, f, W_FROM) && (is_misc(sc, f + 1, W_NOW) ||
	    is_misc(sc, f + 1, W_TODAY)))
		sign = 1, end = f + 2;
	if (sign) {
		if (shift(sc, sign * n, unit, school, p) < 0)
			return 0;
		p->past = sign < 0;
		return end;
	}
	if ((unit == U_DAY || unit == U_WEEK) && !school &&
	    (is_misc(sc, f, W_BEFORE) || is_misc(sc, f, W_PRIOR) ||
	    is_misc(sc, f, W_AFTER))) {
		p->kind = P_REL;
		p->rel_days = n * (unit == U_WEEK ? 7 : 1) *
		    (is_misc(sc, f, W_AFTER) ? 1 : -1);
		return f + 1;
	}
	return 0;
}

static int
r_period(const struct dscan *sc, int k, struct piece *p)
{
	int j = k, end_of = 0, e;
	long mon = d_monday(sc->dref);

	if (is_misc(sc, j, W_EOD) || is_misc(sc, j, W_COB)) {
		p->kind = P_EOD;
		return j + 1;
	}
	if ((is_misc(sc, j, W_END) && tk_is(sc, j + 1, L_MISC, W_OF) &&
	    tk_is(sc, j + 2, L_UNIT, U_DAY)) || (is_misc(sc, j, W_CLOSE) &&
	    is_misc(sc, j + 1, W_OF) && is_misc(sc, j + 2, W_BUSINESS))) {
		p->kind = P_EOD;
		return j + 3;
	}
	if (is_misc(sc, j, W_THE) && is_misc(sc, j + 1, W_END))
		j++;
	if (is_misc(sc, j, W_END) && is_misc(sc, j + 1, W_OF)) {
		end_of = 1;
		j += 2;
	} else if (is_misc(sc, j, W_EARLY) || is_misc(sc, j, W_LATER) ||
	    is_misc(sc, j, W_LATE) || is_misc(sc, j, W_MID)) {
		j++;
	}
	int the = is_misc(sc, j, W_THE) && end_of ? j + 1 : j;
	int nx = is_misc(sc, the, W_NEXT), th = is_misc(sc, the, W_THIS),
	    la = is_misc(sc, the, W_LAST);
	if (!nx && !th && !la)
		return 0;
	e = the + 2;
	if (tk_is(sc, the + 1, L_UNIT, U_WEEK) && !plural_wday(sc, the + 1)) {
		if (la) {
			p->past = 1;
			return set_day(p, mon - 1, e);
		}
		set_day(p, mon + 6 + (nx ? 7 : 0), e);
		p->period = 1;
		return e;
	}
	if (tk_is(sc, the + 1, L_UNIT, U_MONTH) && !plural_wday(sc, the + 1)) {
		int mi = sc->ref->y * 12 + sc->ref->m - 1 + (nx ? 1 : la ? -1 : 0);
		set_day(p, d_month_last(mi / 12, mi % 12 + 1), e);
		p->past = la;
		p->period = 1;
		return e;
	}
	/* next term / semester / (school) year: the school calendar's */
	if (nx && (tok_eq(sc, the + 1, "term") || tok_eq(sc, the + 1, "semester") ||
	    tk_is(sc, the + 1, L_UNIT, U_YEAR))) {
		p->kind = P_VAGUE;
		return e;
	}
	if (nx && is_misc(sc, the + 1, W_SCHOOL) && tk_is(sc, the + 2,
	    L_UNIT, U_YEAR)) {
		p->kind = P_VAGUE;
		return e + 1;
	}
	return 0;
}

/* [next|last|this] Friday [after next | week | (of) next week] */
static int
r_wday(const struct dscan *sc, int k, struct piece *p)
{
	int j = k, mode = WM_PLAIN, wd, e;

	if (is_misc(sc, j, W_THE) && (is_misc(sc, j + 1, W_COMING) ||
	    is_misc(sc, j + 1, W_FOLLOWING)))
		j++;
	if (is_misc(sc, j, W_NEXT) || is_misc(sc, j, W_FOLLOWING)) {
		if (tk_is(sc, j + 1, L_MISC, W_WEEK_POSS))
			mode = WM_NEXT_WEEK, j++;
		else
			mode = WM_NEXT;
		j++;
	} else if (is_misc(sc, j, W_LAST) || is_misc(sc, j, W_PAST) ||
	    is_misc(sc, j, W_PREVIOUS)) {
		mode = tk_is(sc, j + 1, L_MISC, W_WEEK_POSS) ? (j++, WM_LAST_WEEK) :
		    WM_LAST;
		j++;
	} else if (is_misc(sc, j, W_THIS) || is_misc(sc, j, W_COMING)) {
		if (tk_is(sc, j + 1, L_MISC, W_WEEK_POSS))
			mode = WM_THIS_WEEK, j++;
		j++;
	}
	if (!(e = wday_tok(sc, j, &wd)))
		return 0;
	if (mode == WM_PLAIN || mode == WM_NEXT) {
		int f = is_misc(sc, e, W_OF) || is_misc(sc, e, W_FROM) ? e + 1 : e;
		if (is_misc(sc, e, W_AFTER) && is_misc(sc, e + 1, W_NEXT) &&
		    mode == WM_PLAIN) {
			mode = WM_AFTER_NEXT;
			e += 2;
		} else if (tk_is(sc, f, L_UNIT, U_WEEK) && f == e &&
		    mode == WM_PLAIN && !tk_cls(sc, f + 1, L_WDAY) &&
		    sc->s[sc->tok[f].end - 1] == 'k') {
			mode = WM_AFTER_NEXT;	/* Friday week */
			e = f + 1;
		} else if ((is_misc(sc, f, W_NEXT) || is_misc(sc, f, W_THIS) ||
		    is_misc(sc, f, W_LAST)) && tk_is(sc, f + 1, L_UNIT, U_WEEK) &&
		    !plural_wday(sc, f + 1)) {
			if (mode == WM_NEXT && !is_misc(sc, f, W_NEXT))
				return 0;
			mode = is_misc(sc, f, W_NEXT) ? WM_NEXT_WEEK :
			    is_misc(sc, f, W_THIS) ? WM_THIS_WEEK : WM_LAST_WEEK;
			e = f + 2;
		}
	}
	p->kind = P_WDAY;
	p->wd = wd;
	p->wmode = mode;
	p->past = mode == WM_LAST || mode == WM_LAST_WEEK;
	return e;
}

/* ---- clock times -------------------------------------------------------- */

/* am / pm / a.m. / a m / 3:15p: *pm out. */
static int
ampm(const struct dscan *sc, int k, int *pm)
{
	if (tk_cls(sc, k, L_AMPM)) {
		*pm = sc->tok[k].val;
		return k + 1;
	}
	if ((is_misc(sc, k, W_A) || is_misc(sc, k, W_P)) &&
	    is_misc(sc, k + 1, W_M) && !tk_cls(sc, k + 2, L_NONE)) {
		*pm = is_misc(sc, k, W_P);
		return k + 2;
	}
	if ((is_misc(sc, k, W_A) || is_misc(sc, k, W_P)) && tk_glued(sc, k)) {
		*pm = is_misc(sc, k, W_P);
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

static int
after_at(const struct dscan *sc, int k)
{
	return is_misc(sc, k - 1, W_AT) || tk_punct(sc, k - 1, '@') ||
	    is_misc(sc, k - 1, W_AROUND) || is_misc(sc, k - 1, W_ABOUT) ||
	    is_misc(sc, k - 1, W_APPROX);
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
	else if (is_misc(sc, k, W_NOON) || is_misc(sc, k, W_MIDDAY)) {
		*h = 12;
		*h24 = 1;
		return k + 1;
	} else
		return 0;
	e = k + 1;
	if (is_misc(sc, e, W_H) && tk_glued(sc, e)) {
		*h24 = 1;
		return e + 1;
	}
	int f = ampm(sc, e, pm);
	if (f)
		return f;
	return is_misc(sc, e, W_OCLOCK) ? e + 1 : e;
}

static int
r_time(const struct dscan *sc, int k, struct piece *p)
{
	int h, m = 0, pm = -1, e, f, n, h24;

	if (is_misc(sc, k, W_NOON) || is_misc(sc, k, W_MIDDAY))
		return set_clock(p, 12, 0, -1, 1, k + 1);
	if (tok_eq(sc, k, "mid") && tk_is(sc, k + 1, L_UNIT, U_DAY))
		return set_clock(p, 12, 0, -1, 1, k + 2);
	if (is_misc(sc, k, W_THE) && (is_misc(sc, k + 1, W_MIDDAY) ||
	    is_misc(sc, k + 1, W_NOON)))
		return set_clock(p, 12, 0, -1, 1, k + 2);
	if (is_misc(sc, k, W_MIDNIGHT))
		return set_clock(p, 0, 0, -1, 1, k + 1);
	/* quarter past 3, half past 4, N (minutes) past|to H, half three */
	{
		int j = is_misc(sc, k, W_A) ? k + 1 : k, mins = -1;
		if (is_misc(sc, j, W_QUARTER))
			mins = 15, e = j + 1;
		else if (is_misc(sc, j, W_HALF) && j == k)
			mins = 30, e = j + 1;
		else if (j == k && (e = en_count(sc, j, &n)) && n >= 1 && n < 60 &&
		    !tk_punct(sc, e, ':'))
			mins = n;
		if (mins >= 0) {
			if (tk_is(sc, e, L_UNIT, U_MINUTE))
				e++;
			int dir = is_misc(sc, e, W_PAST) || is_misc(sc, e, W_AFTER) ?
			    1 : is_misc(sc, e, W_TO) || is_misc(sc, e, W_BEFORE) ?
			    -1 : (is_misc(sc, e, W_FROM) && mins != 30) ? 2 : 0;
			if (dir == 0 && mins == 30 && is_misc(sc, k, W_HALF) &&
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
		if (is_misc(sc, e, W_OCLOCK))
			return set_clock(p, h, m, -1, 0, e + 1);
		if (after_at(sc, k) && e > k + 1)
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
		if (dot && !tk_cls(sc, e, L_UNIT))
			return 0;	/* 4.15 alone is a number */
		if (tk_cls(sc, e, L_UNIT) && sc->tok[e].val == U_HOUR)
			e++;
		return set_clock(p, h, m, -1, h >= 13 || h == 0 ||
		    (nd == 2 && h < 10), e);
	}
	/* 15h30, 15h, 8h00 */
	if (nd <= 2 && is_misc(sc, e, W_H) && tk_glued(sc, e)) {
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
	if (nd >= 3 && nd <= 4 && (is_misc(sc, e, W_ISH) || after_at(sc, k)))
		return set_clock(p, h / 100, h % 100, -1, nd == 4 && h >= 1300,
		    is_misc(sc, e, W_ISH) ? e + 1 : e);
	if (nd > 2)
		return 0;
	if (is_misc(sc, e, W_OCLOCK))
		return set_clock(p, h, 0, -1, 0, e + 1);
	if (is_misc(sc, e, W_ISH))
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
	if (h >= 1 && h <= 12 && (is_misc(sc, e, W_TOMORROW) ||
	    is_misc(sc, e, W_TODAY) || is_misc(sc, e, W_TONIGHT)))
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

static int
r_pod(const struct dscan *sc, int k, struct piece *p)
{
	int j = k;
	if (is_misc(sc, j, W_IN) && is_misc(sc, j + 1, W_THE))
		j += 2;
	if (!tk_cls(sc, j, L_POD))
		return 0;
	p->kind = P_POD;
	p->pod = sc->tok[j].val;
	return j + 1;
}

static int
r_tz(const struct dscan *sc, int k, struct piece *p)
{
	if (!tk_cls(sc, k, L_TZ))
		return 0;
	p->kind = P_TZ;
	p->tz = sc->tok[k].val;
	return k + 1;
}

/* ---- vague ---------------------------------------------------------------- */

/* Periods the school calendar defines, and unbounded words. */
static int
r_vague(const struct dscan *sc, int k, struct piece *p)
{
	static const char *const phrases[][6] = {
		{ "end", "of", "term" }, { "end", "of", "the", "term" },
		{ "end", "of", "this", "term" },
		{ "end", "of", "the", "school", "year" },
		{ "end", "of", "the", "semester" },
		{ "end", "of", "the", "academic", "year" },
		{ "second", "term" }, { "first", "term" }, { "next", "term" },
		{ "the", "easter", "holiday" }, { "the", "easter", "holidays" },
		{ "the", "christmas", "holiday" },
		{ "the", "christmas", "holidays" },
		{ "the", "summer", "holiday" }, { "the", "summer", "holidays" },
		{ "the", "exams" }, { "the", "examination" },
		{ "the", "uniform", "test" },
		{ "next", "sst", "meeting" }, { "next", "meeting" },
		{ "as", "soon", "as", "possible" }, { "as", "soon", "as" },
		{ "in", "due", "course" }, { "nearer", "the", "time" },
		{ "soon" }, { "shortly" }, { "asap" },
		{ "later", "on" }, { "at", "a", "later", "date" },
		{ "in", "the", "coming", "weeks" },
		{ "in", "the", "near", "future" },
	};
	for (size_t n = 0; n < sizeof(phrases) / sizeof(phrases[0]); n++) {
		int w = 0;
		while (w < 6 && phrases[n][w] && tok_eq(sc, k + w, phrases[n][w]))
			w++;
		if (w == 6 || phrases[n][w] == NULL) {
			p->kind = P_VAGUE;
			return k + w;
		}
	}
	return 0;
}

/* ---- the longest reading ---------------------------------------------- */

typedef int (*rule_fn)(const struct dscan *, int, struct piece *);

static const rule_fn rules[] = {
	r_iso, r_numeric, r_spaced, r_d_mon_y, r_day_month, r_month_day,
	r_month_alone, r_day_only, r_nth_wday, r_nth_day, r_day_of_rel,
	r_week_of, r_relday, r_offset, r_period, r_wday, r_time, r_pod, r_tz,
	r_vague,
};

int
en_piece(const struct dscan *sc, int k, struct piece *p)
{
	const struct dtok *t = &sc->tok[k];
	int best = 0;
	struct piece q;

	/* a word inside a word ("P4", "3F") starts nothing */
	if (t->kind == T_PUNCT || t->kind == T_OTHER)
		return 0;
	if (t->kind == T_WORD && t->cls == L_NONE && !tok_eq(sc, k, "w") &&
	    !tok_eq(sc, k, "with") && !tok_eq(sc, k, "as") &&
	    !tok_eq(sc, k, "soon") && !tok_eq(sc, k, "shortly") &&
	    !tok_eq(sc, k, "asap") && !tok_eq(sc, k, "nearer"))
		return 0;
	for (size_t r = 0; r < sizeof(rules) / sizeof(rules[0]); r++) {
		piece_init(&q);
		int e = rules[r](sc, k, &q);
		if (e > best) {
			best = e;
			*p = q;
		}
	}
	return best;
}
