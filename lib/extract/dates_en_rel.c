/*
 * dates_en_rel.c — English rules for days counted from D:
 *
 *   r_relday  today, tonight, tomorrow, yesterday, the day after tomorrow,
 *             this morning, with immediate effect
 *   r_offset  in/within N days|school days|weeks' time|months, a fortnight
 *             hence, N weeks ago, 3 years from today, 2 Sundays from now,
 *             in 2 hours (with the reference time), N days before/after
 *             an event (resolved against the sentence's other date),
 *             a week from tomorrow / Friday / 5 March, a week on Friday,
 *             a week today (or, when X names no single day, no answer)
 *   r_period  this/next/last week|month, (the) end of next month, the
 *             week after next, the end of the month, EOD,
 *             COB, next term (vague)
 *   r_vague   periods only the school calendar dates, unbounded words
 */
#include <string.h>
#include <strings.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

/* ---- relative days, offsets, periods ------------------------------------ */

static int
set_day(struct piece *p, long day, int e)
{
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = day;
	return e;
}

int
r_relday(const struct dscan *sc, int k, struct piece *p)
{
	int j = en_misc(sc, k, W_THE) ? k + 1 : k;
	if (en_misc(sc, k, W_TODAY))
		return set_day(p, sc->dref, k + 1);
	if (en_misc(sc, k, W_TONIGHT)) {
		p->pod = POD_NIGHT;
		return set_day(p, sc->dref, k + 1);
	}
	if (en_misc(sc, k, W_TOMORROW))
		return set_day(p, sc->dref + 1, k + 1);
	if (en_misc(sc, k, W_YESTERDAY)) {
		p->past = 1;
		return set_day(p, sc->dref - 1, k + 1);
	}
	if (tk_is(sc, j, L_UNIT, U_DAY) && !en_plural(sc, j)) {
		if (en_misc(sc, j + 1, W_AFTER) && en_misc(sc, j + 2, W_TOMORROW))
			return set_day(p, sc->dref + 2, j + 3);
		if (en_misc(sc, j + 1, W_BEFORE) &&
		    en_misc(sc, j + 2, W_YESTERDAY)) {
			p->past = 1;
			return set_day(p, sc->dref - 2, j + 3);
		}
	}
	/* this morning / afternoon / evening: D, with its part of the day */
	if (en_misc(sc, k, W_THIS) && tk_cls(sc, k + 1, L_POD)) {
		p->pod = sc->tok[k + 1].val;
		return set_day(p, sc->dref, k + 2);
	}
	if (en_eq(sc, k, "with") && en_eq(sc, k + 1, "immediate") &&
	    en_eq(sc, k + 2, "effect"))
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
	if (en_misc(sc, j, W_SCHOOL) || en_misc(sc, j, W_WORKING) ||
	    en_misc(sc, j, W_BUSINESS) || en_misc(sc, j, W_WORK)) {
		*school = 1;
		j++;
	}
	if (en_misc(sc, j, W_H) && tk_glued(sc, j)) {
		*unit = U_HOUR;		/* in 1h */
		return *school ? 0 : j + 1;
	}
	if (tk_cls(sc, j, L_UNIT)) {
		*unit = sc->tok[j].val;
		if (*school && *unit != U_DAY)
			return 0;
		return j + 1;
	}
	if (en_misc(sc, j, W_WEEK_POSS) || en_misc(sc, j, W_DAYS_POSS)) {
		*unit = en_misc(sc, j, W_WEEK_POSS) ? U_WEEK : U_DAY;
		return en_misc(sc, j + 1, W_TIME) ? j + 2 : j + 1;
	}
	return 0;
}

/* D moved by n units; 0 and *coarse for months/years; -1 for clock
 * units when the time of day is not known. */
static int
shift_from(const struct dscan *sc, long day, int n, int unit, int school,
    struct piece *p)
{
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
		day = school ? (n >= 0 ? d_school_days(sc, day, n) : day + n) :
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
shift(const struct dscan *sc, int n, int unit, int school, struct piece *p)
{
	return shift_from(sc, sc->dref, n, unit, school, p);
}

/*
 * The day "N units from X" / "N units on X" counts from: tomorrow, a
 * weekday, a date (the token after X in *e). 0 with *e set when X is a
 * piece that names no single day ("a week from 3pm"): the span is then
 * read whole or not at all. -1 when nothing after "from" reads.
 */
static int
from_base(const struct dscan *sc, int k, long *base, int *e, int *flags)
{
	struct piece q;
	piece_init(&q);
	if (!(*e = en_piece(sc, k, &q)))
		return -1;
	if (q.kind == P_WDAY) {
		*base = d_weekday_day(sc, &q);
		return 1;
	}
	/* 12/3 read both ways is day first, flagged once the letter's
	 * order is known */
	if (q.kind != P_DATE || q.coarse || q.month_only || q.period ||
	    q.past || q.hour >= 0 || q.pod || (q.flags & ~DATE_F_TWO_WAY))
		return 0;
	*flags |= q.flags;
	*base = q.year_given || !q.m ? q.day : d_place_year(sc, q.m, q.d, -1);
	return 1;
}

/* "starting on", "joining on": a word in -ing, then "on", at k. */
static int
deed_on(const struct dscan *sc, int k)
{
	if (k + 2 >= sc->ntok || sc->tok[k].kind != T_WORD ||
	    sc->tok[k].end - sc->tok[k].start < 5 ||
	    strncasecmp(sc->s + sc->tok[k].end - 3, "ing", 3) != 0)
		return 0;
	return en_misc(sc, k + 1, W_ON);
}

/* Hours in part: half an hour, 2.5 hours, an hour and a half: *mins
 * out, the token after, or 0. */
static int
part_hours(const struct dscan *sc, int j, int *mins)
{
	int e, n;
	if (en_misc(sc, j, W_HALF) && (en_misc(sc, j + 1, W_AN) ||
	    en_misc(sc, j + 1, W_A)) && tk_is(sc, j + 2, L_UNIT, U_HOUR)) {
		*mins = 30;
		return j + 3;
	}
	if (tk_num(sc, j) && tk_punct(sc, j + 1, '.') && tk_glued(sc, j + 1) &&
	    tk_num(sc, j + 2) && tk_glued(sc, j + 2) && sc->tok[j + 2].ndig == 1 &&
	    tk_is(sc, j + 3, L_UNIT, U_HOUR) && sc->tok[j].val < 100) {
		*mins = sc->tok[j].val * 60 + sc->tok[j + 2].val * 6;
		return j + 4;
	}
	if ((e = en_count(sc, j, &n)) && n < 100 &&
	    tk_is(sc, e, L_UNIT, U_HOUR) && en_misc(sc, e + 1, W_AND) &&
	    en_misc(sc, e + 2, W_A) && en_misc(sc, e + 3, W_HALF)) {
		*mins = n * 60 + 30;
		return e + 4;
	}
	return 0;
}

int
r_offset(const struct dscan *sc, int k, struct piece *p)
{
	int n, e, unit, school, wd, within = 0;

	/* in / within / over [the next] N units [time] */
	if (en_misc(sc, k, W_IN) || (within = en_misc(sc, k, W_WITHIN)) ||
	    (within = en_misc(sc, k, W_OVER))) {
		int j = k + 1;
		if (en_misc(sc, j, W_THE))
			j++;
		if (en_misc(sc, j, W_NEXT))
			j++;
		if (tk_is(sc, j, L_UNIT, U_FORTNIGHT)) {
			n = 1;
			e = j;
		} else if ((e = part_hours(sc, j, &n))) {
			return shift(sc, n, U_MINUTE, 0, p) < 0 ? 0 : e;
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
		    en_misc(sc, e, W_OF)) {
			/* "within 3 days of 20 February": from that date;
			 * "within two weeks of starting on 2 March": from
			 * the day of the deed */
			long base;
			int end, r = from_base(sc, e + 1, &base, &end, &p->flags);
			if (r < 0 && deed_on(sc, e + 1))
				r = from_base(sc, e + 3, &base, &end, &p->flags);
			if (r > 0) {
				shift_from(sc, base, n, unit, school, p);
				p->period = 1;
				return end;
			}
			if (r == 0) {
				p->kind = P_DATE;
				p->flags |= DATE_F_UNREAD;
				return end;
			}
		}
		if (within && !school && (unit == U_DAY || unit == U_WEEK) &&
		    (en_misc(sc, e, W_AFTER) || en_misc(sc, e, W_OF))) {
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
	} else if (!(e = en_count(sc, k, &n)) || n <= 0 || n >= 400 ||
	    en_per_unit(sc, k)) {
		return 0;
	}
	int f = e;
	if (en_wday(sc, f, &wd) || (tk_cls(sc, f, L_WDAY) &&
	    en_plural(sc, f))) {
		/* 2 Sundays from now */
		wd = sc->tok[f].val;
		if (en_misc(sc, f + 1, W_FROM) && (en_misc(sc, f + 2, W_NOW) ||
		    en_misc(sc, f + 2, W_TODAY))) {
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
	if (en_misc(sc, f, W_AGO))
		sign = -1, end = f + 1;
	else if (en_misc(sc, f, W_HENCE) || en_misc(sc, f, W_LATER))
		sign = 1, end = f + 1;
	else if (en_misc(sc, f, W_FROM) && (en_misc(sc, f + 1, W_NOW) ||
	    en_misc(sc, f + 1, W_TODAY)))
		sign = 1, end = f + 2;
	if (sign) {
		if (shift(sc, sign * n, unit, school, p) < 0)
			return 0;
		p->past = sign < 0;
		return end;
	}
	/* a week today, two weeks tomorrow: that day, weeks on */
	if ((unit == U_WEEK || unit == U_FORTNIGHT) && !school &&
	    (en_misc(sc, f, W_TODAY) || en_misc(sc, f, W_TOMORROW))) {
		long base = sc->dref + (en_misc(sc, f, W_TOMORROW) ? 1 : 0);
		shift_from(sc, base, n, unit, school, p);
		return f + 1;
	}
	/* a week from tomorrow, two weeks from Friday, 10 days from 5 March,
	 * a week on Friday: counted from that day, or not read at all */
	if ((en_misc(sc, f, W_FROM) || (en_misc(sc, f, W_ON) &&
	    (unit == U_WEEK || unit == U_FORTNIGHT))) && unit != U_HOUR &&
	    unit != U_MINUTE) {
		long base;
		int r = from_base(sc, f + 1, &base, &end, &p->flags);
		if (r < 0)
			return 0;
		if (r == 0) {
			p->kind = P_DATE;
			p->flags |= DATE_F_UNREAD;
			return end;
		}
		shift_from(sc, base, n, unit, school, p);
		return end;
	}
	if ((unit == U_DAY || unit == U_WEEK) && !school &&
	    (en_misc(sc, f, W_BEFORE) || en_misc(sc, f, W_PRIOR) ||
	    (en_misc(sc, f, W_AHEAD) && en_misc(sc, f + 1, W_OF)) ||
	    en_misc(sc, f, W_AFTER))) {
		p->kind = P_REL;
		p->rel_days = n * (unit == U_WEEK ? 7 : 1) *
		    (en_misc(sc, f, W_AFTER) ? 1 : -1);
		return f + 1;
	}
	return 0;
}

/* "next week's meeting", "this week's session": the week, read as its
 * period; "next week's Friday" is a weekday's (r_wday), not this. */
static int
week_poss_noun(const struct dscan *sc, int k)
{
	return tk_is(sc, k, L_MISC, W_WEEK_POSS) &&
	    sc->s[sc->tok[k].end - 1] == 's' && !tk_cls(sc, k + 1, L_WDAY);
}

int
r_period(const struct dscan *sc, int k, struct piece *p)
{
	int j = k, end_of = 0, e;
	long mon = d_monday(sc->dref);

	if (en_misc(sc, j, W_EOD) || en_misc(sc, j, W_COB)) {
		p->kind = P_EOD;
		return j + 1;
	}
	if ((en_misc(sc, j, W_END) && tk_is(sc, j + 1, L_MISC, W_OF) &&
	    tk_is(sc, j + 2, L_UNIT, U_DAY)) || (en_misc(sc, j, W_CLOSE) &&
	    en_misc(sc, j + 1, W_OF) && en_misc(sc, j + 2, W_BUSINESS))) {
		p->kind = P_EOD;
		return j + 3;
	}
	/* EOM: this month's last day */
	if (en_misc(sc, j, W_EOM)) {
		set_day(p, d_month_last(sc->ref->y, sc->ref->m), j + 1);
		p->period = 1;
		return j + 1;
	}
	if (en_misc(sc, j, W_THE) && en_misc(sc, j + 1, W_END))
		j++;
	if (en_misc(sc, j, W_END) && en_misc(sc, j + 1, W_OF)) {
		end_of = 1;
		j += 2;
	} else if (en_misc(sc, j, W_EARLY) || en_misc(sc, j, W_LATER) ||
	    en_misc(sc, j, W_LATE) || en_misc(sc, j, W_MID)) {
		j++;
	}
	/* (the end of) the week after next: the period after next week */
	{
		int w = en_misc(sc, j, W_THE) ? j + 1 : j;
		if (tk_is(sc, w, L_UNIT, U_WEEK) && !en_plural(sc, w) &&
		    en_misc(sc, w + 1, W_AFTER) && en_misc(sc, w + 2, W_NEXT)) {
			/* "the week after next Friday": which week? not read */
			if (tk_cls(sc, w + 3, L_WDAY) || tk_num(sc, w + 3) ||
			    tk_cls(sc, w + 3, L_MONTH)) {
				p->kind = P_DATE;
				p->flags |= DATE_F_UNREAD;
				return w + 3;
			}
			set_day(p, mon + 20, w + 3);
			p->period = 1;
			return w + 3;
		}
	}
	/* (the) end of (the) month / week / day: this one's last day, as
	 * "by the end of this month" (SPEC.md) */
	if (end_of) {
		int u = en_misc(sc, j, W_THE) ? j + 1 : j;
		if (tk_cls(sc, u, L_UNIT) && !en_plural(sc, u) &&
		    !en_misc(sc, u + 1, W_OF) && !en_misc(sc, u + 1, W_AFTER) &&
		    !en_misc(sc, u + 1, W_BEFORE)) {
			switch (sc->tok[u].val) {
			case U_MONTH:
				set_day(p, d_month_last(sc->ref->y, sc->ref->m),
				    u + 1);
				p->period = 1;
				return u + 1;
			case U_WEEK:
				set_day(p, mon + 6, u + 1);
				p->period = 1;
				return u + 1;
			case U_DAY:
				p->kind = P_EOD;
				return u + 1;
			}
		}
	}
	int the = en_misc(sc, j, W_THE) && end_of ? j + 1 : j;
	int nx = en_misc(sc, the, W_NEXT), th = en_misc(sc, the, W_THIS),
	    la = en_misc(sc, the, W_LAST);
	if (!nx && !th && !la)
		return 0;
	e = the + 2;
	if (en_misc(sc, e, W_OF) || en_misc(sc, e, W_IN))
		return 0;	/* "the last week of September" */
	if ((tk_is(sc, the + 1, L_UNIT, U_WEEK) && !en_plural(sc, the + 1)) ||
	    week_poss_noun(sc, the + 1)) {
		if (la) {
			p->past = 1;
			return set_day(p, mon - 1, e);
		}
		set_day(p, mon + 6 + (nx ? 7 : 0), e);
		p->period = 1;
		return e;
	}
	if (tk_is(sc, the + 1, L_UNIT, U_MONTH) && !en_plural(sc, the + 1)) {
		int mi = sc->ref->y * 12 + sc->ref->m - 1 + (nx ? 1 : la ? -1 : 0);
		set_day(p, d_month_last(mi / 12, mi % 12 + 1), e);
		p->past = la;
		p->period = 1;
		return e;
	}
	/* next term / semester / (school) year: the school calendar's */
	if (nx && (en_eq(sc, the + 1, "term") || en_eq(sc, the + 1, "semester") ||
	    tk_is(sc, the + 1, L_UNIT, U_YEAR))) {
		p->kind = P_VAGUE;
		return e;
	}
	if (nx && en_misc(sc, the + 1, W_SCHOOL) && tk_is(sc, the + 2,
	    L_UNIT, U_YEAR)) {
		p->kind = P_VAGUE;
		return e + 1;
	}
	return 0;
}

/* ---- vague ---------------------------------------------------------------- */

/* Periods the school calendar defines, and unbounded words. */
int
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
	/* "the October holiday", "the February break": a holiday the
	 * school calendar dates, named by its month */
	if (en_misc(sc, k, W_THE) && tk_cls(sc, k + 1, L_MONTH) &&
	    (en_eq(sc, k + 2, "holiday") || en_eq(sc, k + 2, "holidays") ||
	    en_eq(sc, k + 2, "break"))) {
		p->kind = P_VAGUE;
		return k + 3;
	}
	for (size_t n = 0; n < sizeof(phrases) / sizeof(phrases[0]); n++) {
		int w = 0;
		while (w < 6 && phrases[n][w] && en_eq(sc, k + w, phrases[n][w]))
			w++;
		if (w == 6 || phrases[n][w] == NULL) {
			p->kind = P_VAGUE;
			return k + w;
		}
	}
	return 0;
}
