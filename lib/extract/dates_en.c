/*
 * dates_en.c — the English rules for dates and weekdays, and en_piece(),
 * which asks every English rule (here, dates_en_rel.c, dates_en_time.c)
 * for the piece at a token. Each rule reads one form, named for it:
 *
 *   dates     r_iso 2015-03-03, r_numeric 31/10/74 (day first),
 *             r_spaced 31 10 1974, r_d_mon_y 31-Oct-74,
 *             r_day_month the 3rd of March [2015], r_month_day March 3rd,
 *             r_month_alone (early) September, r_day_only the 20th,
 *             r_nth_wday first Tuesday of October, r_nth_day last day of
 *             October, r_day_of_rel 20 of next month, r_week_of w/c 9 March
 *   weekdays  r_wday [next|last|this] Friday [after next|of next week]
 *   (dates_en_rel.c: today, offsets, periods, vague; dates_en_time.c:
 *   clock times, parts of the day, zones)
 *
 * en_piece() keeps the longest reading any rule gives at a token.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

int
en_misc(const struct dscan *sc, int k, int w)
{
	return tk_is(sc, k, L_MISC, w);
}

/* "twice a week from 9 March", "three times a week starting Monday":
 * the "a" at token k counts how often, not how long. */
int
en_per_unit(const struct dscan *sc, int k)
{
	return (en_eq(sc, k, "a") || en_eq(sc, k, "per")) &&
	    (en_eq(sc, k - 1, "once") || en_eq(sc, k - 1, "twice") ||
	    en_eq(sc, k - 1, "thrice") || en_eq(sc, k - 1, "times"));
}

/* Token k's text equals w (lower case ASCII). */
int
en_eq(const struct dscan *sc, int k, const char *w)
{
	if (k < 0 || k >= sc->ntok || sc->tok[k].kind != T_WORD)
		return 0;
	size_t n = sc->tok[k].end - sc->tok[k].start;
	const char *s = sc->s + sc->tok[k].start;
	/* asked of most words of a letter: the first letter decides most */
	if (n > 0 && tolower((unsigned char)s[0]) != tolower((unsigned char)w[0]))
		return 0;
	return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

/* "Mar.", "Thu.": an abbreviation's dot belongs to it; a full name's
 * ("26 May.") ends the sentence. A month's dot before its day ("Dec.
 * 25") too; a weekday's before a number is a sentence's end. */
static int
abbrev_dot(const struct dscan *sc, int k)
{
	size_t n = sc->tok[k].end - sc->tok[k].start;
	int month = tk_cls(sc, k, L_MONTH);
	int full = (month && n == 4 && (sc->tok[k].val == 6 ||
	    sc->tok[k].val == 7)) || en_eq(sc, k, "may");
	if (n <= 5 && !full && tk_punct(sc, k + 1, '.') && tk_glued(sc, k + 1) &&
	    (!tk_num(sc, k + 2) || (month && sc->tok[k + 2].ndig <= 2 &&
	    sc->tok[k + 2].sp)))
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

int
en_plural(const struct dscan *sc, int k)
{
	size_t n = sc->tok[k].end - sc->tok[k].start;
	return n >= 7 && (sc->s[sc->tok[k].end - 1] | 0x20) == 's';
}

int
en_wday(const struct dscan *sc, int k, int *wd)
{
	if (!tk_cls(sc, k, L_WDAY) || en_plural(sc, k))
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
	    en_misc(sc, k, W_OCLOCK) || (en_misc(sc, k, W_H) && tk_glued(sc, k)) ||
	    tk_cls(sc, k, L_UNIT) || ((en_misc(sc, k, W_P) ||
	    en_misc(sc, k, W_A)) && tk_glued(sc, k));
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
	int the = en_misc(sc, j, W_THE) ? j + 1 : j;
	if (en_misc(sc, the, W_NEXT) || en_misc(sc, the, W_FOLLOWING) ||
	    en_misc(sc, the, W_COMING))
		shift = 1, the++;
	else if (en_misc(sc, the, W_LAST) || en_misc(sc, the, W_PREVIOUS))
		shift = -1, the++;
	else if (en_misc(sc, the, W_THIS) || en_misc(sc, the, W_CURRENT))
		the++;
	else if (the == j)
		return 0;	/* "month" alone */
	if (!tk_is(sc, the, L_UNIT, U_MONTH) || en_plural(sc, the))
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
		/* 4/15: month first, the only reading; the letter writes
		 * dates US-style, so its 3/4 is a question. Without a year
		 * it may be a score (10/20): not read, and the span it is
		 * in ("4/25 at 4pm") with it. */
		*sc->us_order = 1;
		if (!y) {
			p->kind = P_DATE;
			p->flags |= DATE_F_UNREAD;
			return e;
		}
		d_set_date(sc, p, y, a, b);
		return e;
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
	if (en_misc(sc, j, W_THE))
		j++;
	if (!(e = day_num(sc, j, &d, &ord)) || (j > k && !ord))
		return 0;
	if (sc->tok[j].kind == T_WORD && !ord)
		return 0;
	if (en_misc(sc, e, W_OF))
		e++;
	if (!(e = month_tok(sc, e, &m)))
		return 0;
	e = opt_year(sc, e, &y);
	d_set_date(sc, p, y, m, d);
	return e;
}

/* 13-15 July, from the 13th to the 15th of July, between 13 and 15
 * July: the range's start */
static int
r_day_range(const struct dscan *sc, int k, struct piece *p)
{
	int a, b, oa, ob, m, y, e, j = en_misc(sc, k, W_THE) ? k + 1 : k;
	if (!(e = day_num(sc, j, &a, &oa)) || (j > k && !oa))
		return 0;
	if (tk_punct(sc, e, '-') || en_misc(sc, e, W_TO) ||
	    en_misc(sc, e, W_UNTIL) || (en_misc(sc, e, W_AND) &&
	    en_eq(sc, k - 1, "between")))
		e++;
	else
		return 0;
	if (en_misc(sc, e, W_THE))
		e++;
	if (!(e = day_num(sc, e, &b, &ob)) || b <= a)
		return 0;
	if (en_misc(sc, e, W_OF))
		e++;
	if (!(e = month_tok(sc, e, &m)))
		return 0;
	e = opt_year(sc, e, &y);
	d_set_date(sc, p, y, m, a);
	return e;
}

/* the ides of March: the 15th of March, May, July and October, the
 * 13th of the others */
static int
r_ides(const struct dscan *sc, int k, struct piece *p)
{
	int j = en_misc(sc, k, W_THE) ? k + 1 : k, m, y, e;
	if (!en_misc(sc, j, W_IDES) || !en_misc(sc, j + 1, W_OF) ||
	    !(e = month_tok(sc, j + 2, &m)))
		return 0;
	e = opt_year(sc, e, &y);
	d_set_date(sc, p, y, m, m == 3 || m == 5 || m == 7 || m == 10 ? 15 : 13);
	return e;
}

/* March 3rd [, 2015], March the third, Feb13 */
static int
r_month_day(const struct dscan *sc, int k, struct piece *p)
{
	int d, m, y, ord, e;
	if (!(e = month_tok(sc, k, &m)))
		return 0;
	if (en_misc(sc, e, W_THE))
		e++;
	int f = day_num(sc, e, &d, &ord);
	if (!f)
		return 0;
	/* "March 2015" is a month: a 4-digit number is no day */
	f = opt_year(sc, f, &y);
	d_set_date(sc, p, y, m, d);
	return f;
}

/* "Ms Tam's November therapy goals", "the September intake": a month
 * between a possessive or determiner and a noun names which one, no
 * day. */
static int
month_names_a_thing(const struct dscan *sc, int k, int e)
{
	static const char *const dets[] = { "the", "her", "his", "their",
	    "our", "your", "its", "my", NULL };
	int det = k >= 2 && en_eq(sc, k - 1, "s") && tk_punct(sc, k - 2, '\'');
	for (int w = 0; !det && dets[w]; w++)
		det = en_eq(sc, k - 1, dets[w]);
	return det && e < sc->ntok && sc->tok[e].kind == T_WORD &&
	    islower((unsigned char)sc->s[sc->tok[e].start]) &&
	    !en_misc(sc, e, W_OF);
}

/* A month with no day: its last day, "early/late September" too;
 * "mid-September" is the 15th, as 月中 is. */
static int
r_month_alone(const struct dscan *sc, int k, struct piece *p)
{
	int m, y, j = k, e, day = 0;
	if (en_misc(sc, j, W_EARLY) || en_misc(sc, j, W_LATE) ||
	    en_misc(sc, j, W_MID)) {
		day = en_misc(sc, j, W_MID) ? 15 : 0;
		j++;
		if (tk_punct(sc, j, '-'))
			j++;
	}
	if (!(e = month_tok(sc, j, &m)))
		return 0;
	if (j == k && (m == 5 || islower((unsigned char)sc->s[sc->tok[j].start]))) {
		/* a lone "May", or a month in lower case ("the band will
		 * march"), needs a preposition before it */
		static const char *const preps[] = { "in", "of", "end", "by",
		    "until", "before", "from", "during", "since", "till", NULL };
		int ok = 0;
		for (int w = 0; preps[w]; w++)
			ok |= en_eq(sc, k - 1, preps[w]);
		if (!ok)
			return 0;
	}
	if (j == k && month_names_a_thing(sc, k, e))
		return 0;
	e = opt_year(sc, e, &y);
	/* "the same test as last October": the one before this month,
	 * a past no promise can be due in */
	int last = j == k && k > 0 && en_misc(sc, k - 1, W_LAST);
	if (y == 0 && last) {
		y = m < sc->ref->m ? sc->ref->y : sc->ref->y - 1;
	} else if (y == 0) {
		y = sc->ref->y;
		if (m - sc->ref->m < -3)
			y++;	/* written in December, "by January" is ahead */
	}
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = day ? civil_to_days(y, m, day) : d_month_last(y, m);
	p->period = 1;
	p->month_only = 1;
	p->past = last;
	return e;
}

/* the 20th, the twentieth: the next such day on or after D (a word
 * only at the phrase's end or before its time: "the second meeting"
 * is not a day) */
static int
r_day_only(const struct dscan *sc, int k, struct piece *p)
{
	int j = en_misc(sc, k, W_THE) ? k + 1 : k, d, e;
	if (j > k && (e = en_ordinal(sc, j, &d)) && sc->tok[j].kind == T_WORD &&
	    (e >= sc->ntok || tk_punct(sc, e, '.') || tk_punct(sc, e, ',') ||
	    en_misc(sc, e, W_AT) || tk_punct(sc, e, '@'))) {
		j = e - 1;
	} else if (j >= sc->ntok || sc->tok[j].kind != T_NUM ||
	    !sc->tok[j].ord) {
		return 0;
	} else {
		d = sc->tok[j].val;
	}
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
	int j = en_misc(sc, k, W_THE) ? k + 1 : k, nth, wd, e, y, m, past;
	long day;
	if ((e = en_ordinal(sc, j, &nth))) {
		if (nth < 1 || nth > 5)
			return 0;
	} else if (en_misc(sc, j, W_LAST)) {
		nth = -1;
		e = j + 1;
	} else {
		return 0;
	}
	if (!(e = en_wday(sc, e, &wd)) || !(en_misc(sc, e, W_OF) ||
	    en_misc(sc, e, W_IN)))
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
	int j = en_misc(sc, k, W_THE) ? k + 1 : k, nth, e, y, m, past;
	if ((e = en_ordinal(sc, j, &nth)))
		;
	else if (en_misc(sc, j, W_LAST))
		nth = -1, e = j + 1;
	else
		return 0;
	if (!tk_is(sc, e, L_UNIT, U_DAY) || !(en_misc(sc, e + 1, W_OF) ||
	    en_misc(sc, e + 1, W_IN)))
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
	int j = en_misc(sc, k, W_THE) ? k + 1 : k, d, ord, e, y, m, past;
	if (!(e = day_num(sc, j, &d, &ord)) || (j > k && !ord) ||
	    !en_misc(sc, e, W_OF) || tk_cls(sc, e + 1, L_MONTH))
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

/* w/c 9 March, w/b 15/3, week commencing / of 13 April: that week's
 * Sunday;
 * w/e 27/3, week ending 27 March: the date itself */
static int
r_week_of(const struct dscan *sc, int k, struct piece *p)
{
	int j = 0, ending = 0, e;
	struct piece d;
	if (en_eq(sc, k, "w") && tk_punct(sc, k + 1, '/') &&
	    (en_eq(sc, k + 2, "c") || en_eq(sc, k + 2, "b") ||
	    en_eq(sc, k + 2, "e"))) {
		ending = en_eq(sc, k + 2, "e");
		j = k + 3;
	} else if (tk_is(sc, k, L_UNIT, U_WEEK) && !en_per_unit(sc, k - 1)) {
		if (en_misc(sc, k + 1, W_COMMENCING) ||
		    en_misc(sc, k + 1, W_BEGINNING) || en_misc(sc, k + 1, W_OF) ||
		    en_misc(sc, k + 1, W_STARTING))
			j = k + 2;
		else if (en_misc(sc, k + 1, W_ENDING))
			j = k + 2, ending = 1;
	} else if (en_misc(sc, k, W_THE) && tk_is(sc, k + 1, L_UNIT, U_WEEK) &&
	    en_misc(sc, k + 2, W_OF)) {
		j = k + 3;
	}
	if (!j || !(e = any_date(sc, j, &d)) || (d.flags & DATE_F_IMPOSSIBLE))
		return 0;
	long day = d.year_given ? d.day : d_place_year(sc, d.m, d.d, -1);
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = ending ? day : d_monday(day) + 6;
	return e;
}

/* "the Saturday social group", "his Tuesday sessions", "a Saturday
 * slot": after "the", "a" or a possessive, a weekday before a plain
 * word names a kind of thing,
 * not a day ("the Saturday after next", "the Friday morning" are read
 * by their own words; "the Monday you suggested" is a day). */
static int
wday_names_a_kind(const struct dscan *sc, int k, int e)
{
	static const char *const det[] = { "his", "her", "our", "their",
	    "its", "your", "my", "a", "an", NULL };
	static const char *const not_noun[] = { "you", "we", "i", "he", "she",
	    "they", "that", "which", "when", "where", "is", "was", "will",
	    "works", "suits", "would", "if", "as", "then", NULL };
	/* "for Saturday activities", "Thursday sessions run …": with no
	 * determiner, a plural noun of a programme after the weekday, and
	 * no preposition of a day before it ("on Thursday lessons end
	 * early" is a day) */
	static const char *const kinds[] = { "activities", "sessions",
	    "classes", "lessons", "clubs", "groups", "programmes",
	    "programs", "trips", "outings", NULL };
	static const char *const on[] = { "on", "by", "from", "until",
	    "till", "before", "after", "next", "this", "last", NULL };
	int d = en_misc(sc, k - 1, W_THE);

	for (int i = 0; det[i] && !d; i++)
		d = en_eq(sc, k - 1, det[i]);
	if (!d && e < sc->ntok) {
		int prep = 0;
		for (int i = 0; on[i] && !prep; i++)
			prep = en_eq(sc, k - 1, on[i]);
		for (int i = 0; kinds[i] && !prep; i++)
			if (en_eq(sc, e, kinds[i]))
				return 1;
	}
	if (!d || e >= sc->ntok || sc->tok[e].kind != T_WORD ||
	    sc->tok[e].cls != L_NONE || !sc->tok[e].sp)
		return 0;
	for (int i = 0; not_noun[i]; i++)
		if (en_eq(sc, e, not_noun[i]))
			return 0;
	return 1;
}

/* [next|last|this] Friday [after next | week | (of) next week] */
static int
r_wday(const struct dscan *sc, int k, struct piece *p)
{
	int j = k, mode = WM_PLAIN, wd, e;

	if (en_misc(sc, j, W_THE) && (en_misc(sc, j + 1, W_COMING) ||
	    en_misc(sc, j + 1, W_FOLLOWING)))
		j++;
	if (en_misc(sc, j, W_FOLLOWING)) {
		j++;		/* the following Monday: the first after D */
	} else if (en_misc(sc, j, W_NEXT)) {
		if (tk_is(sc, j + 1, L_MISC, W_WEEK_POSS))
			mode = WM_NEXT_WEEK, j++;
		else
			mode = WM_NEXT;
		j++;
	} else if (en_misc(sc, j, W_LAST) || en_misc(sc, j, W_PAST) ||
	    en_misc(sc, j, W_PREVIOUS)) {
		mode = tk_is(sc, j + 1, L_MISC, W_WEEK_POSS) ? (j++, WM_LAST_WEEK) :
		    WM_LAST;
		j++;
	} else if (en_misc(sc, j, W_THIS) || en_misc(sc, j, W_COMING)) {
		if (tk_is(sc, j + 1, L_MISC, W_WEEK_POSS))
			mode = WM_THIS_WEEK, j++;
		j++;
	}
	if (!(e = en_wday(sc, j, &wd)))
		return 0;
	if (j == k && wday_names_a_kind(sc, k, e))
		return 0;
	if (mode == WM_PLAIN || mode == WM_NEXT) {
		int f = en_misc(sc, e, W_OF) || en_misc(sc, e, W_FROM) ? e + 1 : e;
		if (en_misc(sc, e, W_AFTER) && en_misc(sc, e + 1, W_NEXT) &&
		    mode == WM_PLAIN) {
			mode = WM_AFTER_NEXT;
			e += 2;
		} else if (tk_is(sc, f, L_UNIT, U_WEEK) && f == e &&
		    mode == WM_PLAIN && !tk_cls(sc, f + 1, L_WDAY) &&
		    sc->s[sc->tok[f].end - 1] == 'k') {
			mode = WM_AFTER_NEXT;	/* Friday week */
			e = f + 1;
		} else if ((en_misc(sc, f, W_NEXT) || en_misc(sc, f, W_THIS) ||
		    en_misc(sc, f, W_LAST)) && tk_is(sc, f + 1, L_UNIT, U_WEEK) &&
		    !en_plural(sc, f + 1)) {
			if (mode == WM_NEXT && !en_misc(sc, f, W_NEXT))
				return 0;
			mode = en_misc(sc, f, W_NEXT) ? WM_NEXT_WEEK :
			    en_misc(sc, f, W_THIS) ? WM_THIS_WEEK : WM_LAST_WEEK;
			e = f + 2;
		}
	}
	p->kind = P_WDAY;
	p->wd = wd;
	p->wmode = mode;
	p->past = mode == WM_LAST || mode == WM_LAST_WEEK;
	return e;
}

/* ---- the longest reading ---------------------------------------------- */

typedef int (*rule_fn)(const struct dscan *, int, struct piece *);

static const rule_fn rules[] = {
	r_iso, r_numeric, r_spaced, r_d_mon_y, r_day_month, r_day_range,
	r_month_day,
	r_month_alone, r_day_only, r_nth_wday, r_nth_day, r_day_of_rel,
	r_week_of, r_relday, r_offset, r_period, r_wday, r_time, r_pod, r_tz,
	r_vague,
};

/* The small words a rule can start with (a rule that starts with
 * another one adds it here). */
static const unsigned char misc_starts[W_MAX] = {
	[W_THE] = 1, [W_LAST] = 1, [W_EARLY] = 1, [W_LATE] = 1, [W_MID] = 1,
	[W_W] = 1, [W_TODAY] = 1, [W_TONIGHT] = 1, [W_TOMORROW] = 1,
	[W_YESTERDAY] = 1, [W_THIS] = 1, [W_WITH] = 1, [W_IN] = 1,
	[W_WITHIN] = 1, [W_OVER] = 1, [W_A] = 1, [W_AN] = 1, [W_EOD] = 1,
	[W_COB] = 1, [W_END] = 1, [W_CLOSE] = 1, [W_LATER] = 1, [W_NEXT] = 1,
	[W_FOLLOWING] = 1, [W_PAST] = 1, [W_PREVIOUS] = 1, [W_COMING] = 1,
	[W_NOON] = 1, [W_MIDDAY] = 1, [W_MIDNIGHT] = 1, [W_QUARTER] = 1,
	[W_HALF] = 1, [W_AS] = 1, [W_NEARER] = 1, [W_SOON] = 1,
	[W_SHORTLY] = 1, [W_ASAP] = 1, [W_AT] = 1, [W_EOM] = 1, [W_IDES] = 1,
};

int
en_piece(const struct dscan *sc, int k, struct piece *p)
{
	const struct dtok *t = &sc->tok[k];
	int best = 0;
	struct piece q;

	if (t->kind == T_WORD && t->cls == L_HOL)
		return r_holiday(sc, k, p);
	/* most words of a letter start nothing: turned away before twenty
	 * rules try them */
	if (t->kind == T_PUNCT || t->kind == T_OTHER || (t->kind == T_WORD &&
	    (t->cls == L_NONE || t->cls == L_AMPM || (t->cls == L_MISC &&
	    !misc_starts[t->val]))))
		return 0;
	for (size_t r = 0; r < sizeof(rules) / sizeof(rules[0]); r++) {
		piece_init(&q);
		int e = rules[r](sc, k, &q);
		if (e > best) {
			best = e;
			*p = q;
		}
	}
	/* rare forms, asked only after the word they start with: last
	 * Christmas, mid-autumn festival; the ides of March */
	if (t->kind == T_WORD && t->cls == L_MISC) {
		rule_fn rare = t->val == W_LAST || t->val == W_THIS ||
		    t->val == W_MID ? r_holiday : t->val == W_THE ||
		    t->val == W_IDES ? r_ides : NULL;
		int e;
		piece_init(&q);
		if (rare && (e = rare(sc, k, &q)) > best) {
			best = e;
			*p = q;
		}
	}
	return best;
}
