/*
 * dates.c — date and time expressions in English and Traditional Chinese,
 * resolved against the reference day D (the letter's Date header).
 *
 * The rules are ../shared/corpus/SPEC.md "Relative dates", exactly:
 *   - numeric dates are day first (14/4 is 14 April); a date without a year
 *     is the occurrence nearest to D;
 *   - "Friday" / "this Friday" / 星期五 is the first Friday strictly after D;
 *     "next Friday" / 下星期五 the Friday of the week after D's week
 *     (weeks run Monday to Sunday);
 *   - a period ends on its last day ("this week" -> Sunday, "in
 *     September" -> 30 September, "within two weeks" -> D + 14);
 *   - a period only the school calendar knows ("end of term") and an
 *     unbounded word ("soon") are vague: no date;
 *   - deadline words (by, before, no later than, 或之前, 前) mark the
 *     deadline; start words (from, starting, 開始) the start.
 *
 * The scanner works on a folded copy (extract/fold.h: full-width digits
 * read as ASCII) and maps every span back to the original bytes. It
 * allocates nothing but that copy and dispatches on the first byte at each
 * position, so a letter costs a few microseconds.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/dates.h"
#include "extract/fold.h"

struct scan {
	const char	*s;		/* folded text */
	size_t		 len;
	const struct civil *ref;
	long		 dref;		/* D as a day number */
	int		 wref;		/* D's weekday, 0 = Monday */
};

/* One match: where it ends, and what it means. */
struct hit {
	size_t	 end;
	int	 kind;
	long	 day;		/* day number, when has_date */
	int	 has_date;
	int	 hour, minute;
	int	 vague;
	int	 past;
	int	 rel_days;	/* for K_REL */
	int	 period;
	int	 rel_fallback;	/* K_REL with a fallback day in 'day' */
};

enum { K_NONE, K_DATE, K_TIME, K_VAGUE, K_REL };

static const char *const month_names[12][3] = {
	{ "january", "jan", NULL }, { "february", "feb", NULL },
	{ "march", "mar", NULL }, { "april", "apr", NULL },
	{ "may", NULL, NULL }, { "june", "jun", NULL },
	{ "july", "jul", NULL }, { "august", "aug", NULL },
	{ "september", "sept", "sep" }, { "october", "oct", NULL },
	{ "november", "nov", NULL }, { "december", "dec", NULL },
};

static const char *const weekday_names[7][4] = {
	{ "monday", "mon", NULL, NULL }, { "tuesday", "tues", "tue", NULL },
	{ "wednesday", "wed", NULL, NULL }, { "thursday", "thurs", "thur", "thu" },
	{ "friday", "fri", NULL, NULL }, { "saturday", "sat", NULL, NULL },
	{ "sunday", "sun", NULL, NULL },
};

static const char *const number_words[] = { "zero", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty" };

/* ---- small readers over the folded text ------------------------------ */

static int
is_word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Case-insensitive word at i; returns its end or 0. The word must not
 * continue with a letter or digit. */
static size_t
word_at(const struct scan *sc, size_t i, const char *w)
{
	size_t n;

	/* the first byte refuses most places: equal in any case, equal
	 * with the 0x20 bit set */
	if (i >= sc->len || (sc->s[i] | 0x20) != (w[0] | 0x20))
		return 0;
	n = strlen(w);
	if (i + n > sc->len || strncasecmp(sc->s + i, w, n) != 0)
		return 0;
	if (i + n < sc->len && is_word_char(sc->s[i + n]))
		return 0;
	return i + n;
}

/* Literal bytes (UTF-8 Chinese or punctuation) at i; returns end or 0. */
static size_t
lit_at(const struct scan *sc, size_t i, const char *w)
{
	size_t n;

	if (i >= sc->len || sc->s[i] != w[0])
		return 0;
	n = strlen(w);
	if (i + n > sc->len || memcmp(sc->s + i, w, n) != 0)
		return 0;
	return i + n;
}

static size_t
skip_spaces(const struct scan *sc, size_t i)
{
	while (i < sc->len) {
		unsigned char c = (unsigned char)sc->s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			i++;
		else if (c == 0xC2 && i + 1 < sc->len &&
		    (unsigned char)sc->s[i + 1] == 0xA0)
			i += 2;		/* no-break space */
		else
			break;
	}
	return i;
}

/* A run of 1..maxd digits at i; returns end or 0. */
static size_t
digits_at(const struct scan *sc, size_t i, int maxd, int *val)
{
	size_t j = i;
	int v = 0;
	while (j < sc->len && isdigit((unsigned char)sc->s[j]) &&
	    (int)(j - i) < maxd) {
		v = v * 10 + (sc->s[j] - '0');
		j++;
	}
	if (j == i || (j < sc->len && isdigit((unsigned char)sc->s[j])))
		return 0;
	*val = v;
	return j;
}

static size_t
ordinal_suffix(const struct scan *sc, size_t i)
{
	static const char *const suf[] = { "st", "nd", "rd", "th" };
	for (int k = 0; k < 4; k++) {
		size_t e = word_at(sc, i, suf[k]);
		if (e)
			return e;
	}
	return i;
}

static size_t
month_at(const struct scan *sc, size_t i, int *month)
{
	for (int m = 0; m < 12; m++)
		for (int k = 0; k < 3 && month_names[m][k]; k++) {
			size_t e = word_at(sc, i, month_names[m][k]);
			if (e) {
				/* "Mar." abbreviation dot */
				if (e < sc->len && sc->s[e] == '.' && k > 0)
					e++;
				/* "may" is also a verb: only a month next
				 * to a number, checked by the callers */
				*month = m + 1;
				return e;
			}
		}
	return 0;
}

static size_t
weekday_at(const struct scan *sc, size_t i, int *wd)
{
	for (int d = 0; d < 7; d++)
		for (int k = 0; k < 4 && weekday_names[d][k]; k++) {
			size_t e = word_at(sc, i, weekday_names[d][k]);
			if (e) {
				if (e < sc->len && sc->s[e] == '.' && k > 0)
					e++;
				*wd = d;
				return e;
			}
		}
	return 0;
}

/* A count: digits, or a number word, or "a"/"an". */
static size_t
count_at(const struct scan *sc, size_t i, int *n)
{
	size_t e;
	if ((e = digits_at(sc, i, 3, n)))
		return e;
	for (int k = 1; k <= 20; k++)
		if ((e = word_at(sc, i, number_words[k]))) {
			*n = k;
			return e;
		}
	if ((e = word_at(sc, i, "a")) || (e = word_at(sc, i, "an"))) {
		*n = 1;
		return e;
	}
	if ((e = word_at(sc, i, "couple"))) {
		size_t f = skip_spaces(sc, e);
		size_t g = word_at(sc, f, "of");
		*n = 2;
		return g ? g : e;
	}
	return 0;
}

/* ---- date arithmetic -------------------------------------------------- */

static long
monday_of(long day)
{
	return day - days_weekday(day);
}

static long
last_day_of_month(int y, int m)
{
	return civil_to_days(y, m, days_in_month(y, m));
}

/* The occurrence of d/m nearest to D (SPEC: "A date without a year"). */
static int
nearest_year(const struct scan *sc, int m, int d, long *out)
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
	if (bestdist < 0)
		return -1;
	*out = best;
	return 0;
}

static int
full_year(int y)
{
	return y < 100 ? 2000 + y : y;
}

static int
make_date(const struct scan *sc, int y, int m, int d, long *out)
{
	if (y == 0)
		return nearest_year(sc, m, d, out);
	y = full_year(y);
	if (!civil_valid(y, m, d))
		return -1;
	*out = civil_to_days(y, m, d);
	return 0;
}

/* A month with no day: its last day, in the year nearest to D. */
static long
month_end(const struct scan *sc, int m, int y)
{
	if (y)
		return last_day_of_month(full_year(y), m);
	int diff = m - sc->ref->m;
	int year = sc->ref->y;
	/* a month named as a deadline is nearly always ahead: written in
	 * December, "by the end of January" is next year's */
	if (diff < -3)
		year++;
	return last_day_of_month(year, m);
}

/* "Friday", "this Friday": strictly after D, within 7 days. */
static long
weekday_after(const struct scan *sc, int wd)
{
	int delta = (wd - sc->wref + 7) % 7;
	return sc->dref + (delta ? delta : 7);
}

/* "next Friday": that weekday of the week after D's. */
static long
weekday_next_week(const struct scan *sc, int wd)
{
	return monday_of(sc->dref) + 7 + wd;
}

static long
add_school_days(long day, int n)
{
	while (n > 0) {
		day++;
		if (days_weekday(day) < 5)
			n--;
	}
	return day;
}

static long
add_months_same_day(const struct scan *sc, int n)
{
	int y = sc->ref->y, m = sc->ref->m + n;
	while (m > 12) {
		m -= 12;
		y++;
	}
	int d = sc->ref->d;
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	return civil_to_days(y, m, d);
}

static size_t zh_weekday_char(const struct scan *sc, size_t i, int *wd);
static size_t any_lit(const struct scan *sc, size_t i, const char *const *list);
static size_t skip_bracketed_weekday(const struct scan *sc, size_t i);

/* ---- English ------------------------------------------------------------ */

static int set_period(struct hit *h, size_t end, long day);

static int
set_date(struct hit *h, size_t end, long day)
{
	h->end = end;
	h->kind = K_DATE;
	h->day = day;
	h->has_date = 1;
	return 1;
}

/* An optional year after a day and month: ", 2026", " 2026". */
static size_t
opt_year(const struct scan *sc, size_t i, int *y)
{
	size_t j = i;
	if (j < sc->len && sc->s[j] == ',')
		j++;
	j = skip_spaces(sc, j);
	size_t e = digits_at(sc, j, 4, y);
	if (e && e - j == 4 && *y >= 1990 && *y <= 2100)
		return e;
	*y = 0;
	return i;
}

/* 2026-03-20 */
static int
match_iso(const struct scan *sc, size_t i, struct hit *h)
{
	int y, m, d;
	size_t e = digits_at(sc, i, 4, &y);
	if (!e || e - i != 4 || e >= sc->len || sc->s[e] != '-')
		return 0;
	size_t f = digits_at(sc, e + 1, 2, &m);
	if (!f || f >= sc->len || sc->s[f] != '-')
		return 0;
	size_t g = digits_at(sc, f + 1, 2, &d);
	long day;
	if (!g || make_date(sc, y, m, d, &day) == -1)
		return 0;
	return set_date(h, g, day);
}

/* 20/3, 20/3/2026, 20.03.2026, 20-3-2026 (day first) */
static int
match_numeric(const struct scan *sc, size_t i, struct hit *h)
{
	int d, m, y = 0;
	size_t e = digits_at(sc, i, 2, &d);
	long day;

	if (!e || e + 1 >= sc->len)
		return 0;
	char sep = sc->s[e];
	if (sep != '/' && sep != '.' && sep != '-')
		return 0;
	size_t f = digits_at(sc, e + 1, 2, &m);
	if (!f)
		return 0;
	if (f + 1 < sc->len && sc->s[f] == sep &&
	    isdigit((unsigned char)sc->s[f + 1])) {
		size_t g = digits_at(sc, f + 1, 4, &y);
		if (!g || (g - f - 1 != 2 && g - f - 1 != 4))
			return 0;
		f = g;
	} else if (sep != '/') {
		return 0;	/* 4.15 or 3-5 without a year: not a date */
	}
	/* 1/2/3/4 or 3/5 followed by more digits: a list, a score */
	if (f < sc->len && (sc->s[f] == '/' || isdigit((unsigned char)sc->s[f])))
		return 0;
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	if (make_date(sc, y, m, d, &day) == -1)
		return 0;
	return set_date(h, f, day);
}

/* 20 March, 20th March 2026, 20th of March */
static int
match_day_month(const struct scan *sc, size_t i, struct hit *h)
{
	int d, m, y;
	size_t e = digits_at(sc, i, 2, &d);
	long day;

	if (!e || d < 1 || d > 31)
		return 0;
	e = ordinal_suffix(sc, e);
	size_t f = skip_spaces(sc, e);
	size_t of = word_at(sc, f, "of");
	if (of)
		f = skip_spaces(sc, of);
	size_t g = month_at(sc, f, &m);
	if (!g || f == e)
		return 0;
	g = opt_year(sc, g, &y);
	if (make_date(sc, y, m, d, &day) == -1)
		return 0;
	return set_date(h, g, day);
}

/* March 20th, March 20, 2026; a month alone ("in September") */
static int
match_month_first(const struct scan *sc, size_t i, struct hit *h)
{
	int m, d, y;
	size_t e = month_at(sc, i, &m);
	long day;

	if (!e)
		return 0;
	size_t f = skip_spaces(sc, e);
	size_t g = f > e ? digits_at(sc, f, 2, &d) : 0;
	if (g && d >= 1 && d <= 31 &&
	    !(g < sc->len && (sc->s[g] == ':' || sc->s[g] == '.')) &&
	    !word_at(sc, skip_spaces(sc, g), "am") &&
	    !word_at(sc, skip_spaces(sc, g), "pm")) {
		g = ordinal_suffix(sc, g);
		g = opt_year(sc, g, &y);
		if (make_date(sc, y, m, d, &day) == 0)
			return set_date(h, g, day);
	}
	/* a month alone; "may" alone is the verb */
	if (m == 5 && strncasecmp(sc->s + i, "May", 3) != 0)
		return 0;
	if (m == 5 && i > 0) {
		/* "We May ..." at a sentence start is still ambiguous:
		 * require a preposition before a lone "May" */
		size_t k = i;
		while (k > 0 && sc->s[k - 1] == ' ')
			k--;
		static const char *const preps[] = { "in", "of", "end", "by",
		    "until", "before", "early", "late", "mid", "from" };
		int ok = 0;
		for (size_t p = 0; p < sizeof(preps) / sizeof(preps[0]); p++) {
			size_t n = strlen(preps[p]);
			if (k >= n && strncasecmp(sc->s + k - n, preps[p], n) == 0 &&
			    (k == n || !is_word_char(sc->s[k - n - 1])))
				ok = 1;
		}
		if (!ok)
			return 0;
	}
	e = opt_year(sc, e, &y);
	return set_period(h, e, month_end(sc, m, y));
}

/* the 20th (a day of the month with no month) */
static int
match_day_only(const struct scan *sc, size_t i, struct hit *h)
{
	int d;
	size_t e = digits_at(sc, i, 2, &d);
	if (!e || d < 1 || d > 31)
		return 0;
	size_t f = ordinal_suffix(sc, e);
	if (f == e)
		return 0;
	/* next such day on or after D */
	int y = sc->ref->y, m = sc->ref->m;
	if (d < sc->ref->d) {
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	for (int tries = 0; tries < 3 && !civil_valid(y, m, d); tries++)
		if (++m > 12) {
			m = 1;
			y++;
		}
	if (!civil_valid(y, m, d))
		return 0;
	return set_date(h, f, civil_to_days(y, m, d));
}

/* A date that may follow a weekday: "Friday 13 March", "Thu 5/3",
 * "Friday 20th". The date wins. */
static int
match_any_date(const struct scan *sc, size_t i, struct hit *h)
{
	return match_iso(sc, i, h) || match_numeric(sc, i, h) ||
	    match_day_month(sc, i, h) || match_day_only(sc, i, h) ||
	    match_month_first(sc, i, h);
}

static int
match_weekday(const struct scan *sc, size_t i, struct hit *h)
{
	int wd, next = 0, past = 0;
	size_t e, j = i, w;

	if ((e = word_at(sc, j, "next"))) {
		next = 1;
		j = skip_spaces(sc, e);
	} else if ((e = word_at(sc, j, "this")) || (e = word_at(sc, j, "coming"))) {
		j = skip_spaces(sc, e);
	} else if ((e = word_at(sc, j, "last")) || (e = word_at(sc, j, "past"))) {
		past = 1;
		j = skip_spaces(sc, e);
	} else if ((e = word_at(sc, j, "the")) && (e = word_at(sc, skip_spaces(sc,
	    e), "coming"))) {
		j = skip_spaces(sc, e);
	}
	if (!(w = weekday_at(sc, j, &wd)))
		return 0;
	/* "Friday, 13 March", "Thu 5/3", "Friday (20 March)" */
	size_t k = w;
	if (k < sc->len && sc->s[k] == ',')
		k++;
	k = skip_spaces(sc, k);
	if (k < sc->len && sc->s[k] == '(')
		k = skip_spaces(sc, k + 1);
	struct hit dh;
	memset(&dh, 0, sizeof(dh));
	if (k > w && k < sc->len && isdigit((unsigned char)sc->s[k]) &&
	    match_any_date(sc, k, &dh)) {
		size_t end = dh.end;
		if (end < sc->len && sc->s[end] == ')')
			end++;
		set_date(h, end, dh.day);
		h->past = past;
		return 1;
	}
	/* "Friday next week", "Monday afternoon next week" */
	size_t nw = skip_spaces(sc, w);
	size_t e2 = word_at(sc, nw, "next");
	if (e2 && (e = word_at(sc, skip_spaces(sc, e2), "week"))) {
		next = 1;
		w = e;
	} else if ((e2 = word_at(sc, nw, "this")) &&
	    (e = word_at(sc, skip_spaces(sc, e2), "week"))) {
		w = e;
	}
	if (past) {
		set_date(h, w, monday_of(sc->dref) - 7 + wd);
		h->past = 1;
		return 1;
	}
	return set_date(h, w, next ? weekday_next_week(sc, wd) :
	    weekday_after(sc, wd));
}

/* today, tomorrow, this week, next month, in N days, within N weeks ... */
static int
match_relative_en(const struct scan *sc, size_t i, struct hit *h)
{
	size_t e, f;
	int n;

	if ((e = word_at(sc, i, "today")) || (e = word_at(sc, i, "tonight")))
		return set_date(h, e, sc->dref);
	if ((e = word_at(sc, i, "this"))) {
		f = skip_spaces(sc, e);
		size_t g;
		if ((g = word_at(sc, f, "afternoon")) || (g = word_at(sc, f,
		    "morning")) || (g = word_at(sc, f, "evening")))
			return set_date(h, g, sc->dref);
		if ((g = word_at(sc, f, "week")))
			return set_period(h, g, monday_of(sc->dref) + 6);
		if ((g = word_at(sc, f, "month")))
			return set_period(h, g, last_day_of_month(sc->ref->y,
			    sc->ref->m));
	}
	if ((e = word_at(sc, i, "with")) &&
	    (f = word_at(sc, skip_spaces(sc, e), "immediate")) &&
	    (f = word_at(sc, skip_spaces(sc, f), "effect")))
		return set_date(h, f, sc->dref);
	if ((e = word_at(sc, i, "tomorrow")) || (e = word_at(sc, i, "tmr")) ||
	    (e = word_at(sc, i, "tmrw")))
		return set_date(h, e, sc->dref + 1);
	if ((e = word_at(sc, i, "yesterday"))) {
		set_date(h, e, sc->dref - 1);
		h->past = 1;
		return 1;
	}
	if ((e = word_at(sc, i, "the")) &&
	    (f = word_at(sc, skip_spaces(sc, e), "day")) &&
	    (f = word_at(sc, skip_spaces(sc, f), "after")) &&
	    (f = word_at(sc, skip_spaces(sc, f), "tomorrow")))
		return set_date(h, f, sc->dref + 2);
	/* early/later/during next week, next week, next month */
	{
		size_t j = i;
		if ((e = word_at(sc, j, "early")) || (e = word_at(sc, j, "later")) ||
		    (e = word_at(sc, j, "late")) || (e = word_at(sc, j, "mid")))
			j = skip_spaces(sc, e);
		if ((e = word_at(sc, j, "next")) || (e = word_at(sc, j, "this"))) {
			int is_next = sc->s[j] == 'n' || sc->s[j] == 'N';
			f = skip_spaces(sc, e);
			size_t g;
			if ((g = word_at(sc, f, "week")))
				return set_period(h, g, monday_of(sc->dref) + 6 +
				    (is_next ? 7 : 0));
			if ((g = word_at(sc, f, "month"))) {
				int y = sc->ref->y, m = sc->ref->m + is_next;
				if (m > 12) {
					m = 1;
					y++;
				}
				return set_period(h, g, last_day_of_month(y, m));
			}
			if (is_next && ((g = word_at(sc, f, "term")) ||
			    (g = word_at(sc, f, "semester")) ||
			    (g = word_at(sc, f, "year")))) {
				h->end = g;
				h->kind = K_VAGUE;
				h->vague = 1;
				return 1;
			}
			if (is_next && (g = word_at(sc, f, "school")) &&
			    (g = word_at(sc, skip_spaces(sc, g), "year"))) {
				h->end = g;
				h->kind = K_VAGUE;
				h->vague = 1;
				return 1;
			}
		}
		if (j != i && (e = word_at(sc, j, "in")) == 0) {
			/* "early March" */
			int m;
			if ((f = month_at(sc, j, &m)) && f > j)
				return set_period(h, f, month_end(sc, m, 0));
		}
	}
	/* "last week" */
	if ((e = word_at(sc, i, "last")) && (f = word_at(sc, skip_spaces(sc, e),
	    "week"))) {
		set_date(h, f, monday_of(sc->dref) - 1);
		h->past = 1;
		return 1;
	}
	/* in / within N days|weeks|months|school days; in a fortnight */
	if ((e = word_at(sc, i, "in")) || (e = word_at(sc, i, "within")) ||
	    (e = word_at(sc, i, "over"))) {
		f = skip_spaces(sc, e);
		size_t g;
		if ((g = word_at(sc, f, "the")))
			f = skip_spaces(sc, g);
		if ((g = word_at(sc, f, "next")))
			f = skip_spaces(sc, g);
		if ((g = word_at(sc, f, "a")) && (g = word_at(sc, skip_spaces(sc,
		    g), "fortnight")))
			return set_date(h, g, sc->dref + 14);
		if ((g = word_at(sc, f, "fortnight")))
			return set_date(h, g, sc->dref + 14);
		if ((g = count_at(sc, f, &n)) && n > 0 && n < 400) {
			size_t u = skip_spaces(sc, g);
			size_t v;
			if (u < sc->len && sc->s[u] == '-')
				u++;
			int school = 0;
			if ((v = word_at(sc, u, "school")) || (v = word_at(sc, u,
			    "working")) || (v = word_at(sc, u, "business")) ||
			    (v = word_at(sc, u, "work"))) {
				school = 1;
				u = skip_spaces(sc, v);
			}
			int per_day = 0;
			long day = 0;
			if ((v = word_at(sc, u, "days")) || (v = word_at(sc, u, "day"))) {
				per_day = 1;
				day = school ? add_school_days(sc->dref, n) :
				    sc->dref + n;
			} else if (!school && ((v = word_at(sc, u, "weeks")) ||
			    (v = word_at(sc, u, "week")))) {
				per_day = 7;
				day = sc->dref + 7L * n;
			} else if (!school && ((v = word_at(sc, u, "months")) ||
			    (v = word_at(sc, u, "month")))) {
				day = add_months_same_day(sc, n);
			}
			if (v && day) {
				/* "within three weeks after the second session
				 * (5 May)": counted from that event */
				size_t a = skip_spaces(sc, v);
				if (per_day && !school && ((a = word_at(sc, a,
				    "after")) || (a = word_at(sc, skip_spaces(sc,
				    v), "of")))) {
					h->end = v;
					h->kind = K_REL;
					h->rel_days = n * per_day;
					h->rel_fallback = 1;
					h->day = day;
					return 1;
				}
				return set_period(h, v, day);
			}
		}
	}
	/* N days before/after (an event the sentence dates) */
	if ((e = count_at(sc, i, &n)) && n > 0 && n < 100) {
		f = skip_spaces(sc, e);
		size_t g, k;
		int mult = 0;
		if ((g = word_at(sc, f, "days")) || (g = word_at(sc, f, "day")))
			mult = 1;
		else if ((g = word_at(sc, f, "weeks")) || (g = word_at(sc, f, "week")))
			mult = 7;
		if (mult) {
			k = skip_spaces(sc, g);
			size_t b;
			if ((b = word_at(sc, k, "before")) || (b = word_at(sc, k,
			    "prior"))) {
				h->end = b;
				h->kind = K_REL;
				h->rel_days = -n * mult;
				return 1;
			}
			if ((b = word_at(sc, k, "after"))) {
				h->end = b;
				h->kind = K_REL;
				h->rel_days = n * mult;
				return 1;
			}
			if ((b = word_at(sc, k, "ago"))) {
				set_date(h, b, sc->dref - (long)n * mult);
				h->past = 1;
				return 1;
			}
		}
	}
	/* w/c 9 March, week commencing, the week of 13 April: that Sunday */
	{
		size_t j = 0;
		if ((e = lit_at(sc, i, "w/c")) || (e = lit_at(sc, i, "W/C")))
			j = skip_spaces(sc, e);
		else if ((e = word_at(sc, i, "week")) &&
		    ((f = word_at(sc, skip_spaces(sc, e), "commencing")) ||
		    (f = word_at(sc, skip_spaces(sc, e), "beginning")) ||
		    (f = word_at(sc, skip_spaces(sc, e), "of")) ||
		    (f = word_at(sc, skip_spaces(sc, e), "starting"))))
			j = skip_spaces(sc, f);
		if (j) {
			struct hit dh;
			memset(&dh, 0, sizeof(dh));
			if (match_any_date(sc, j, &dh) && dh.has_date)
				return set_date(h, dh.end, monday_of(dh.day) + 6);
		}
		/* w/e 27/3, week ending 27 March: the date itself */
		j = 0;
		if ((e = lit_at(sc, i, "w/e")) || (e = lit_at(sc, i, "W/E")))
			j = skip_spaces(sc, e);
		else if ((e = word_at(sc, i, "week")) &&
		    (f = word_at(sc, skip_spaces(sc, e), "ending")))
			j = skip_spaces(sc, f);
		if (j) {
			struct hit dh;
			memset(&dh, 0, sizeof(dh));
			if (match_any_date(sc, j, &dh) && dh.has_date)
				return set_date(h, dh.end, dh.day);
		}
	}
	return 0;
}

static int
set_period(struct hit *h, size_t end, long day)
{
	set_date(h, end, day);
	h->period = 1;
	return 1;
}

static int
set_vague(struct hit *h, size_t end)
{
	h->end = end;
	h->kind = K_VAGUE;
	h->vague = 1;
	return 1;
}

/* Periods the school calendar defines, and unbounded words. */
static int
match_vague_en(const struct scan *sc, size_t i, struct hit *h)
{
	static const char *const phrases[][5] = {
		{ "end", "of", "term", NULL }, { "end", "of", "the", "term", NULL },
		{ "end", "of", "this", "term", NULL },
		{ "end", "of", "the", "school", "year" },
		{ "end", "of", "the", "semester", NULL },
		{ "end", "of", "the", "academic", "year" },
		{ "second", "term", NULL }, { "first", "term", NULL },
		{ "next", "term", NULL },
		{ "the", "easter", "holiday", NULL }, { "the", "easter", "holidays", NULL },
		{ "the", "christmas", "holiday", NULL },
		{ "the", "christmas", "holidays", NULL },
		{ "the", "summer", "holiday", NULL }, { "the", "summer", "holidays", NULL },
		{ "the", "exams", NULL }, { "the", "examination", NULL },
		{ "the", "uniform", "test", NULL },
		{ "next", "sst", "meeting", NULL }, { "next", "meeting", NULL },
		{ "as", "soon", "as", "possible", NULL },
		{ "as", "soon", "as", NULL },
		{ "in", "due", "course", NULL }, { "nearer", "the", "time", NULL },
		{ "soon", NULL }, { "shortly", NULL }, { "asap", NULL },
		{ "later", "on", NULL }, { "at", "a", "later", "date", NULL },
		{ "in", "the", "coming", "weeks", NULL },
		{ "in", "the", "near", "future", NULL },
	};
	for (size_t p = 0; p < sizeof(phrases) / sizeof(phrases[0]); p++) {
		size_t j = i, e = 0;
		int k;
		for (k = 0; k < 5 && phrases[p][k]; k++) {
			if (k > 0)
				j = skip_spaces(sc, j);
			if (!(e = word_at(sc, j, phrases[p][k])))
				break;
			j = e;
		}
		if (k == 5 || phrases[p][k] == NULL)
			return set_vague(h, j);
	}
	/* in S2, in P.5: a class level, a school year */
	return 0;
}

/* 3:30pm, 3:30 p.m., 4.15 pm, 15:30, 4 pm, 10 am, noon */
static size_t
ampm_at(const struct scan *sc, size_t i, int *pm)
{
	size_t j = skip_spaces(sc, i), e;
	if ((e = word_at(sc, j, "am")) || (e = lit_at(sc, j, "a.m.")) ||
	    (e = word_at(sc, j, "a.m"))) {
		*pm = 0;
		return e;
	}
	if ((e = word_at(sc, j, "pm")) || (e = lit_at(sc, j, "p.m.")) ||
	    (e = word_at(sc, j, "p.m"))) {
		*pm = 1;
		return e;
	}
	return 0;
}

static int
set_time(struct hit *h, size_t end, int hour, int minute)
{
	if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
		return 0;
	h->end = end;
	h->kind = K_TIME;
	h->hour = hour;
	h->minute = minute;
	return 1;
}

static int
match_time_en(const struct scan *sc, size_t i, struct hit *h)
{
	int hr, mi = 0, pm = -1;
	size_t e, f, g;

	if ((e = word_at(sc, i, "noon")) || (e = word_at(sc, i, "midday")))
		return set_time(h, e, 12, 0);
	if (!(e = digits_at(sc, i, 2, &hr)))
		return 0;
	if (e + 1 < sc->len && (sc->s[e] == ':' || sc->s[e] == '.') &&
	    (f = digits_at(sc, e + 1, 2, &mi)) && f - e - 1 == 2) {
		g = ampm_at(sc, f, &pm);
		if (sc->s[e] == '.' && !g)
			return 0;	/* 4.15 alone is a number */
		if (g)
			f = g;
		else if ((g = word_at(sc, skip_spaces(sc, f), "hrs")) ||
		    (g = word_at(sc, skip_spaces(sc, f), "hours")))
			f = g;
	} else if ((g = ampm_at(sc, e, &pm))) {
		f = g;
	} else if ((g = word_at(sc, skip_spaces(sc, e), "o'clock"))) {
		f = g;
		pm = hr < 8 ? 1 : -1;
	} else {
		return 0;
	}
	if (pm == 1 && hr < 12)
		hr += 12;
	else if (pm == 0 && hr == 12)
		hr = 0;
	else if (pm == -1 && hr >= 1 && hr < 7)
		hr += 12;	/* "at 3:30": school hours are afternoons */
	return set_time(h, f, hr, mi);
}

/* ---- Chinese ------------------------------------------------------------ */

/* A Chinese numeral or ASCII digits: 十三, 廿二, 二十, 兩, 3. */
static size_t
zh_number_at(const struct scan *sc, size_t i, int *val)
{
	static const char *const digit[] = { "〇", "一", "二", "三", "四",
	    "五", "六", "七", "八", "九" };
	size_t e;
	int v = 0, any = 0, cur = -1;

	if ((e = digits_at(sc, i, 4, val)))
		return e;
	if ((e = lit_at(sc, i, "兩"))) {
		*val = 2;
		return e;
	}
	e = i;
	for (;;) {
		size_t f = 0;
		int d = -1;
		for (int k = 0; k < 10; k++)
			if ((f = lit_at(sc, e, digit[k]))) {
				d = k;
				break;
			}
		if (d < 0 && (f = lit_at(sc, e, "零")))
			d = 0;
		if (d >= 0) {
			cur = d;
			e = f;
			any = 1;
			continue;
		}
		if ((f = lit_at(sc, e, "十"))) {
			v += (cur > 0 ? cur : 1) * 10;
			cur = -1;
			e = f;
			any = 1;
			continue;
		}
		if ((f = lit_at(sc, e, "廿"))) {
			v += 20;
			cur = -1;
			e = f;
			any = 1;
			continue;
		}
		if ((f = lit_at(sc, e, "卅"))) {
			v += 30;
			cur = -1;
			e = f;
			any = 1;
			continue;
		}
		break;
	}
	if (!any)
		return 0;
	if (cur > 0)
		v += cur;
	*val = v;
	return e;
}

static size_t
zh_weekday_char(const struct scan *sc, size_t i, int *wd)
{
	static const char *const names[] = { "一", "二", "三", "四", "五", "六",
	    "日", "天" };
	for (int k = 0; k < 8; k++) {
		size_t e = lit_at(sc, i, names[k]);
		if (e) {
			*wd = k < 6 ? k : 6;
			return e;
		}
	}
	return 0;
}

static size_t
any_lit(const struct scan *sc, size_t i, const char *const *list)
{
	for (; *list; list++) {
		size_t e = lit_at(sc, i, *list);
		if (e)
			return e;
	}
	return 0;
}

/* 2026年3月20日, 3月20日, 五月廿二號, 3月底 */
static int
match_zh_date(const struct scan *sc, size_t i, struct hit *h)
{
	static const char *const day_mark[] = { "日", "號", "号", NULL };
	int y = 0, m, d;
	size_t e = zh_number_at(sc, i, &y), f;
	long day;

	if (e && (f = lit_at(sc, e, "年")) && y >= 1990 && y <= 2100) {
		e = zh_number_at(sc, f, &m);
	} else {
		y = 0;
		e = zh_number_at(sc, i, &m);
	}
	if (!e || !(f = lit_at(sc, e, "月")) || m < 1 || m > 12)
		return 0;
	size_t g = zh_number_at(sc, f, &d);
	size_t k;
	if (g && (k = any_lit(sc, g, day_mark))) {
		if (make_date(sc, y, m, d, &day) == -1)
			return 0;
		return set_date(h, skip_bracketed_weekday(sc, k), day);
	}
	/* 3月底, 3月 alone: the month's last day */
	if ((k = lit_at(sc, f, "底")) || (k = lit_at(sc, f, "尾")))
		return set_period(h, k, month_end(sc, m, y));
	if (!g)
		return set_period(h, f, month_end(sc, m, y));
	return 0;
}

/* 3月20日（星期五）, 20 March (Friday): the weekday only repeats it */
static size_t
skip_bracketed_weekday(const struct scan *sc, size_t i)
{
	static const char *const open[] = { "（", "(", " (", NULL };
	static const char *const wk[] = { "星期", "週", "周", "禮拜", NULL };
	size_t e, f, c;
	int wd;

	if (!(e = any_lit(sc, i, open)))
		return i;
	if ((f = any_lit(sc, e, wk)) && (f = zh_weekday_char(sc, f, &wd)))
		;
	else if (!(f = weekday_at(sc, e, &wd)))
		return i;
	if ((c = lit_at(sc, f, "）")) || (c = lit_at(sc, f, ")")))
		return c;
	return i;
}

static int
match_zh_weekday(const struct scan *sc, size_t i, struct hit *h)
{
	static const char *const this_w[] = { "本星期", "本週", "本周",
	    "今個星期", "今個禮拜", "今個礼拜", "這個星期", "這星期", "今星期",
	    "這週", "本禮拜", NULL };
	static const char *const next_w[] = { "下星期", "下週", "下周",
	    "下個星期", "下個禮拜", "下個礼拜", "下一個星期", "下禮拜", "下礼拜",
	    "下一週", NULL };
	static const char *const last_w[] = { "上星期", "上週", "上周",
	    "上個星期", "上個禮拜", "上禮拜", NULL };
	static const char *const plain_w[] = { "星期", "週", "周", "禮拜",
	    "礼拜", "禮拜", NULL };
	size_t e, f;
	int wd, next = 0, past = 0;

	if ((e = any_lit(sc, i, next_w)))
		next = 1;
	else if ((e = any_lit(sc, i, last_w)))
		past = 1;
	else if (!(e = any_lit(sc, i, this_w)))
		e = any_lit(sc, i, plain_w);
	if (!e)
		return 0;
	if ((f = zh_weekday_char(sc, e, &wd))) {
		/* 本週五（10月16日）: the date in brackets wins */
		size_t k = f;
		if ((k = lit_at(sc, f, "（")) || (k = lit_at(sc, f, "(")) ||
		    (k = f)) {
			struct hit dh;
			memset(&dh, 0, sizeof(dh));
			if (k > f && (match_zh_date(sc, k, &dh) ||
			    match_numeric(sc, k, &dh)) && dh.has_date) {
				size_t end = dh.end;
				size_t c;
				if ((c = lit_at(sc, end, "）")) || (c = lit_at(sc,
				    end, ")")))
					end = c;
				return set_date(h, end, dh.day);
			}
		}
		if (past) {
			set_date(h, f, monday_of(sc->dref) - 7 + wd);
			h->past = 1;
			return 1;
		}
		return set_date(h, f, next ? weekday_next_week(sc, wd) :
		    weekday_after(sc, wd));
	}
	/* 下星期, 本星期內: a week with no day */
	if (next)
		return set_period(h, e, monday_of(sc->dref) + 13);
	if (past)
		return 0;
	if (any_lit(sc, i, this_w))
		return set_period(h, e, monday_of(sc->dref) + 6);
	return 0;
}

static int
match_zh_relative(const struct scan *sc, size_t i, struct hit *h)
{
	static const char *const today[] = { "今天", "今日", "即日", NULL };
	static const char *const tomorrow[] = { "明天", "明日", "聽日", "听日", NULL };
	static const char *const after_tomorrow[] = { "後天", "后天", "後日", NULL };
	static const char *const this_month[] = { "本月底", "本月內", "本月内",
	    "今個月內", "今個月底", "這個月內", "月底", "本月", NULL };
	static const char *const next_month[] = { "下個月底", "下個月內",
	    "下月底", "下個月", "下月", NULL };
	static const char *const vague[] = { "盡快", "尽快", "稍後", "稍后",
	    "學期完結", "學期末", "學期結束", "下學期", "下學年", "新學年",
	    "考試後", "考試之後", "短期內", "日後", "適當時候", NULL };
	size_t e, f;
	int n;

	if ((e = any_lit(sc, i, after_tomorrow)))
		return set_date(h, e, sc->dref + 2);
	if ((e = any_lit(sc, i, today)))
		return set_date(h, e, sc->dref);
	if ((e = any_lit(sc, i, tomorrow)))
		return set_date(h, e, sc->dref + 1);
	if ((e = lit_at(sc, i, "昨天")) || (e = lit_at(sc, i, "昨日")) ||
	    (e = lit_at(sc, i, "琴日"))) {
		set_date(h, e, sc->dref - 1);
		h->past = 1;
		return 1;
	}
	if ((e = any_lit(sc, i, next_month))) {
		int y = sc->ref->y, m = sc->ref->m + 1;
		if (m > 12) {
			m = 1;
			y++;
		}
		return set_period(h, e, last_day_of_month(y, m));
	}
	if ((e = any_lit(sc, i, this_month)))
		return set_period(h, e, last_day_of_month(sc->ref->y, sc->ref->m));
	if ((e = any_lit(sc, i, vague)))
		return set_vague(h, e);
	/* N天內, N日內, N星期內, N個工作天內, 一個月內 */
	if ((e = zh_number_at(sc, i, &n)) && n > 0 && n < 400) {
		static const char *const days[] = { "天內", "天内", "日內",
		    "日内", "天之內", "日之內", NULL };
		static const char *const weeks[] = { "星期內", "個星期內", "週內",
		    "周內", "個禮拜內", "星期内", NULL };
		static const char *const months[] = { "個月內", "個月内", "月內", NULL };
		static const char *const school[] = { "個工作天內", "個工作日內",
		    "個上課天內", "個上課日內", "個工作天内", "個工作日内", NULL };
		if ((f = any_lit(sc, e, school)))
			return set_period(h, f, add_school_days(sc->dref, n));
		if ((f = any_lit(sc, e, days)))
			return set_period(h, f, sc->dref + n);
		if ((f = any_lit(sc, e, weeks)))
			return set_period(h, f, sc->dref + 7L * n);
		if ((f = any_lit(sc, e, months)))
			return set_period(h, f, add_months_same_day(sc, n));
	}
	/* 面談前三天, 會議後兩天: N days before/after the event named
	 * just before; the event's date is elsewhere in the sentence */
	{
		int before = 0;
		if ((e = lit_at(sc, i, "前")))
			before = 1;
		else if (!(e = lit_at(sc, i, "後")) && !(e = lit_at(sc, i, "后")))
			e = 0;
		if (e && (f = zh_number_at(sc, e, &n)) && n > 0 && n < 60) {
			size_t g;
			int mult = 0;
			if ((g = lit_at(sc, f, "天")) || (g = lit_at(sc, f, "日")))
				mult = 1;
			else if ((g = lit_at(sc, f, "星期")) || (g = lit_at(sc, f,
			    "個星期")) || (g = lit_at(sc, f, "週")))
				mult = 7;
			if (mult) {
				h->end = g;
				h->kind = K_REL;
				h->rel_days = (before ? -n : n) * mult;
				return 1;
			}
		}
	}
	return 0;
}

/* 下午4時, 下午3時45分, 上午10時30分, 下午四點半, 下午4:30 */
static int
match_zh_time(const struct scan *sc, size_t i, struct hit *h)
{
	static const char *const pm_words[] = { "下午", "晚上", "傍晚", "黃昏", NULL };
	static const char *const am_words[] = { "上午", "早上", "朝早", "早晨", NULL };
	static const char *const noon_words[] = { "中午", "正午", NULL };
	int pm = -1, hr, mi = 0;
	size_t e = i, f, g;

	if ((f = any_lit(sc, e, pm_words))) {
		pm = 1;
		e = f;
	} else if ((f = any_lit(sc, e, am_words))) {
		pm = 0;
		e = f;
	} else if ((f = any_lit(sc, e, noon_words))) {
		pm = 2;
		e = f;
	}
	if (!(f = zh_number_at(sc, e, &hr)))
		return 0;
	if ((g = lit_at(sc, f, "時")) || (g = lit_at(sc, f, "时")) ||
	    (g = lit_at(sc, f, "點")) || (g = lit_at(sc, f, "点"))) {
		size_t k;
		if ((k = lit_at(sc, g, "正")))
			g = k;
		else if ((k = lit_at(sc, g, "半")))
			mi = 30, g = k;
		else if ((k = zh_number_at(sc, g, &mi)) && (lit_at(sc, k, "分") ||
		    pm >= 0))
			g = lit_at(sc, k, "分") ? lit_at(sc, k, "分") : k;
		else
			mi = 0;
	} else if (pm >= 0 && f < sc->len && sc->s[f] == ':' &&
	    (g = digits_at(sc, f + 1, 2, &mi))) {
		/* 下午4:30 */
	} else {
		return 0;
	}
	if (pm == 1 && hr < 12)
		hr += 12;
	else if (pm == 2 && hr < 6)
		hr += 12;
	else if (pm == -1 && hr >= 1 && hr < 7)
		hr += 12;
	return set_time(h, g, hr, mi);
}

/* ---- context around a span --------------------------------------------- */

/* Does a deadline word end right before i (ignoring spaces)? */
static int
deadline_before(const struct scan *sc, size_t i)
{
	static const char *const words[] = { "by", "before", "no later than",
	    "not later than", "on or before", "due", "deadline", "until",
	    "till", "by the end of", "before the end of", "by end of",
	    "the end of", "end of", "due on", "due by", "latest by", "於",
	    "在", NULL };
	size_t k = i;
	while (k > 0 && (sc->s[k - 1] == ' ' || sc->s[k - 1] == '\n'))
		k--;
	/* skip "the" / "this" / "on" between the word and the date */
	for (int hop = 0; hop < 2; hop++) {
		static const char *const fill[] = { "the", "on", "this", "next",
		    "coming", NULL };
		int moved = 0;
		for (int f = 0; fill[f]; f++) {
			size_t n = strlen(fill[f]);
			if (k >= n && strncasecmp(sc->s + k - n, fill[f], n) == 0 &&
			    (k == n || !is_word_char(sc->s[k - n - 1]))) {
				k -= n;
				while (k > 0 && sc->s[k - 1] == ' ')
					k--;
				moved = 1;
				break;
			}
		}
		if (!moved)
			break;
	}
	for (int w = 0; words[w]; w++) {
		size_t n = strlen(words[w]);
		if (k >= n && strncasecmp(sc->s + k - n, words[w], n) == 0 &&
		    (k == n || (unsigned char)words[w][0] >= 0x80 ||
		    !is_word_char(sc->s[k - n - 1]))) {
			/* 於 and 在 only count when 前 follows the date: the
			 * caller checks deadline_after for those */
			if ((unsigned char)words[w][0] >= 0x80)
				return 0;
			return 1;
		}
	}
	return 0;
}

static size_t
deadline_after(const struct scan *sc, size_t end)
{
	static const char *const words[] = { "或之前", "或以前", "之前", "以前",
	    "前", "為限", "截止", NULL };
	size_t e, k = end;
	/* 3月20日（星期五）前: skip a bracketed weekday */
	if ((e = lit_at(sc, k, "（")) || (e = lit_at(sc, k, "("))) {
		size_t c = e;
		while (c < sc->len && c < e + 24 && !lit_at(sc, c, "）") &&
		    sc->s[c] != ')')
			c++;
		if (c < sc->len && (e = lit_at(sc, c, "）")))
			k = e;
		else if (c < sc->len && sc->s[c] == ')')
			k = c + 1;
	}
	if ((e = any_lit(sc, k, words)))
		return e;
	/* "COB Thursday" / "Friday at the latest" */
	size_t j = skip_spaces(sc, end);
	if ((e = word_at(sc, j, "at")) && (e = word_at(sc, skip_spaces(sc, e),
	    "the")) && (e = word_at(sc, skip_spaces(sc, e), "latest")))
		return e;
	return 0;
}

static int
start_before(const struct scan *sc, size_t i)
{
	static const char *const words[] = { "from", "starting", "starting on",
	    "starting from", "beginning", "commencing", "effective", "由", "從",
	    "自", NULL };
	size_t k = i;
	while (k > 0 && sc->s[k - 1] == ' ')
		k--;
	for (int w = 0; words[w]; w++) {
		size_t n = strlen(words[w]);
		if (k >= n && strncasecmp(sc->s + k - n, words[w], n) == 0 &&
		    (k == n || (unsigned char)words[w][0] >= 0x80 ||
		    !is_word_char(sc->s[k - n - 1])))
			return 1;
	}
	return 0;
}

static int
range_end_before(const struct scan *sc, size_t i, int prev_was_time)
{
	size_t k = i;
	if (!prev_was_time)
		return 0;
	while (k > 0 && sc->s[k - 1] == ' ')
		k--;
	if (k > 0 && (sc->s[k - 1] == '-' || sc->s[k - 1] == '~'))
		return 1;
	if (k >= 3 && strncmp(sc->s + k - 3, "–", 3) == 0)
		return 1;
	if (k >= 3 && (strncmp(sc->s + k - 3, "至", 3) == 0 ||
	    strncmp(sc->s + k - 3, "到", 3) == 0))
		return 1;
	if (k >= 2 && strncasecmp(sc->s + k - 2, "to", 2) == 0 &&
	    (k == 2 || !is_word_char(sc->s[k - 3])))
		return 1;
	if (k >= 3 && strncasecmp(sc->s + k - 3, "and", 3) == 0 &&
	    (k == 3 || !is_word_char(sc->s[k - 4])))
		return 1;
	if (k >= 5 && strncasecmp(sc->s + k - 5, "until", 5) == 0)
		return 1;
	return 0;
}

/* ---- the scanner ---------------------------------------------------------- */

/* Every word an English expression can start with, sorted: a word not in
 * this list starts nothing, and most words of a letter are not. */
static const char *const trigger_words[] = {
	"a", "an", "apr", "april", "as", "asap", "at", "aug", "august",
	"coming", "couple", "dec", "december", "early", "eight", "eighteen",
	"eleven", "end", "feb", "february", "fifteen", "first", "five",
	"fortnight", "four", "fourteen", "fri", "friday", "in", "jan",
	"january", "jul", "july", "jun", "june", "last", "late", "later",
	"mar", "march", "may", "mid", "midday", "mon", "monday", "nearer",
	"next", "nine", "nineteen", "noon", "nov", "november", "oct",
	"october", "one", "over", "past", "sat", "saturday", "second", "sep",
	"sept", "september", "seven", "seventeen", "shortly", "six",
	"sixteen", "soon", "sun", "sunday", "ten", "the", "thirteen", "this",
	"three", "thu", "thur", "thurs", "thursday", "tmr", "tmrw", "today",
	"tomorrow", "tonight", "tue", "tues", "tuesday", "twelve", "twenty",
	"two", "w", "wed", "wednesday", "week", "with", "within", "yesterday",
};

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int
is_trigger_word(const struct scan *sc, size_t i)
{
	char w[16];
	size_t n = 0;

	while (i + n < sc->len && isalpha((unsigned char)sc->s[i + n])) {
		if (n == sizeof(w) - 1)
			return 0;
		w[n] = (char)tolower((unsigned char)sc->s[i + n]);
		n++;
	}
	w[n] = '\0';
	return bsearch(w, trigger_words, sizeof(trigger_words) /
	    sizeof(trigger_words[0]), sizeof(trigger_words[0]), cmp_word) != NULL;
}

static int
match_at(const struct scan *sc, size_t i, struct hit *h)
{
	unsigned char c = (unsigned char)sc->s[i];

	memset(h, 0, sizeof(*h));
	h->hour = h->minute = -1;
	if (c >= 0x80)
		return match_zh_date(sc, i, h) || match_zh_weekday(sc, i, h) ||
		    match_zh_time(sc, i, h) || match_zh_relative(sc, i, h);
	if (i > 0 && is_word_char(sc->s[i - 1]))
		return 0;
	if (isdigit(c)) {
		if (match_iso(sc, i, h) || match_numeric(sc, i, h) ||
		    match_day_month(sc, i, h) || match_time_en(sc, i, h) ||
		    match_day_only(sc, i, h) || match_relative_en(sc, i, h))
			return 1;
		/* Chinese dates written with ASCII digits: 3月20日 */
		return match_zh_date(sc, i, h) || match_zh_time(sc, i, h) ||
		    match_zh_relative(sc, i, h);
	}
	if (isalpha(c) && is_trigger_word(sc, i))
		return match_weekday(sc, i, h) || match_relative_en(sc, i, h) ||
		    match_month_first(sc, i, h) || match_vague_en(sc, i, h) ||
		    match_time_en(sc, i, h);
	return 0;
}

static size_t
utf8_next(const struct scan *sc, size_t i)
{
	i++;
	while (i < sc->len && ((unsigned char)sc->s[i] & 0xC0) == 0x80)
		i++;
	return i;
}

static void
resolve_relative(struct date_span *spans, int n)
{
	for (int k = 0; k < n; k++) {
		if (!spans[k].rel_pending)
			continue;
		/* the event: the nearest dated span in the same text */
		int best = -1;
		for (int j = 0; j < n; j++)
			if (j != k && spans[j].has_date && !spans[j].rel_pending &&
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
		long day = civil_to_days(spans[best].date.y, spans[best].date.m,
		    spans[best].date.d) + spans[k].rel_days;
		days_to_civil(day, &spans[k].date);
		spans[k].has_date = 1;
		spans[k].rel_pending = 0;
		/* the event's own date is not the deadline: this is */
		spans[k].deadline = 1;
	}
}

int
dates_find(const char *text, size_t len, const struct civil *ref,
    struct date_span *spans, int max)
{
	struct folded fo;
	struct scan sc;
	struct hit h;
	size_t i = 0;
	int n = 0, prev_time = 0;
	size_t prev_end = 0;

	fold_width(text, len, &fo);
	sc.s = fo.text;
	sc.len = fo.len;
	sc.ref = ref;
	sc.dref = civil_to_days(ref->y, ref->m, ref->d);
	sc.wref = days_weekday(sc.dref);

	while (i < sc.len && n < max) {
		if (!match_at(&sc, i, &h) || h.end <= i) {
			i = utf8_next(&sc, i);
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
		if (h.kind == K_DATE) {
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
		sp->period = h.period;
		sp->deadline = deadline_before(&sc, i);
		size_t after = deadline_after(&sc, h.end);
		if (after) {
			sp->deadline = 1;
			sp->end = fo.map[after];
			h.end = after;
		}
		sp->start_word = start_before(&sc, i);
		sp->is_range_end = range_end_before(&sc, i, prev_time &&
		    i - prev_end < 12) && (h.kind == K_TIME || h.kind == K_DATE);
		/* a clock time right after a date belongs to it */
		if (h.kind == K_TIME && n >= 2 && !sp->is_range_end) {
			struct date_span *prev = &spans[n - 2];
			if (prev->has_date && prev->hour < 0 &&
			    i - prev_end < 24) {
				prev->hour = h.hour;
				prev->minute = h.minute;
			}
		}
		prev_time = h.kind == K_TIME;
		prev_end = h.end;
		i = h.end;
	}
	resolve_relative(spans, n);
	folded_free(&fo);
	return n;
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
		long day = civil_to_days(sp->date.y, sp->date.m, sp->date.d);
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
