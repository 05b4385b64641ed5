/*
 * dates_int.h — the inside of the date reader, shared by its files:
 *
 *   dates_token.c    text -> typed tokens (numbers, words, CJK characters,
 *                    punctuation), the English lexicon, number readers
 *   dates_en.c       English rules: dates, weekdays; en_piece()
 *   dates_en_rel.c   English: today, offsets, periods, vague words
 *   dates_en_time.c  English: clock times, parts of the day, zones
 *   dates_zh.c       Chinese rules: tokens -> pieces
 *   dates.c          pieces -> one span (combination and resolution),
 *                    the scan, the pick
 *   dates_day.c      day arithmetic: weeks, weekdays, months, school days
 *   dates_holiday.c  named days: Christmas, Easter, 中秋 (a lunar table)
 *   dates_context.c  the words around a span: deadline, start, range
 *
 * A rule is a function `static int r_name(const struct dscan *, int k,
 * struct piece *)` that reads tokens from index k and returns the index
 * after what it read, or 0 when the form is not there (a match always
 * reads at least one token, so 0 never means "read nothing"). A rule only
 * fills its piece; combining pieces and resolving them to a day is the
 * caller's.
 *
 * Ownership: dscan's token array belongs to dates_find(); pieces are plain
 * values. Nothing here allocates except dtok_scan().
 */
#ifndef PTRAIL_DATES_INT_H
#define PTRAIL_DATES_INT_H

#include <stddef.h>

#include "base/timeutil.h"

/* ---- tokens ------------------------------------------------------------- */

enum { T_NUM = 1, T_WORD, T_CJK, T_PUNCT, T_OTHER };

/* Lexicon classes of a T_WORD. */
enum {
	L_NONE = 0,
	L_MONTH,	/* val 1..12 */
	L_WDAY,		/* val 0 = Monday .. 6 */
	L_NUMW,		/* number word, val 0..90 */
	L_ORDW,		/* ordinal word, val 1..31 */
	L_UNIT,		/* val U_* */
	L_POD,		/* part of day, val POD_* */
	L_AMPM,		/* val 0 am, 1 pm */
	L_TZ,		/* val: offset in minutes east of UTC */
	L_MISC,		/* val W_* */
	L_HOL,		/* the first word of a holiday's name */
};

enum { U_MINUTE = 1, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_YEAR };
enum { POD_MORNING = 1, POD_AFTERNOON, POD_EVENING, POD_NIGHT };

/* Words that are neither a month, a weekday nor a number. */
enum {
	W_A = 1, W_ABOUT, W_AFTER, W_AGO, W_AN, W_AND, W_APPROX, W_AROUND,
	W_AT, W_BEFORE, W_BEGINNING, W_BUSINESS, W_BY, W_CLOSE, W_CLOSEST,
	W_COB, W_COMING, W_COMMENCING, W_COUPLE, W_CURRENT, W_DAYS_POSS,
	W_EACH, W_EARLY, W_END, W_ENDING, W_EOD, W_EVERY, W_FOLLOWING, W_FOR,
	W_FROM, W_HALF, W_HENCE, W_IN, W_ISH, W_LAST, W_LATE, W_LATER,
	W_MID, W_MIDDAY, W_MIDNIGHT, W_NEAREST, W_NEXT, W_NOON, W_NOW, W_OCLOCK,
	W_OF, W_ON, W_OTHER, W_OVER, W_PAST, W_PREVIOUS, W_PRIOR, W_QUARTER,
	W_SCHOOL, W_STARTING, W_THE, W_THIS, W_TIME, W_TO, W_TODAY,
	W_TOMORROW, W_TONIGHT, W_UNTIL, W_WEEK_POSS, W_WITHIN, W_WORK,
	W_WORKING, W_YESTERDAY, W_DAY, W_WEEK, W_MONTH, W_H, W_P, W_M,
	W_ALTERNATE, W_AS, W_ASAP, W_NEARER, W_SHORTLY, W_SOON, W_W, W_WITH,
	W_EOM, W_OH, W_IDES, W_AHEAD, W_MAX
};

struct dtok {
	size_t	 start, end;	/* byte offsets into the folded text */
	int	 val;		/* number, lexicon value, code point, char */
	unsigned char kind;	/* T_* */
	unsigned char cls;	/* L_* for T_WORD */
	unsigned char ndig;	/* digits of a T_NUM */
	unsigned char ord;	/* T_NUM written 3rd, 21st */
	unsigned char sp;	/* white space before it */
};

struct dscan {
	const char	*s;		/* folded text */
	size_t		 len;
	const struct civil *ref;
	long		 dref;		/* D as a day number */
	int		 wref;		/* D's weekday, 0 = Monday */
	int		 ref_minute;	/* minute of the day at D, -1 unknown */
	int		 ref_offset;	/* minutes east of UTC, or NO_OFFSET */
	struct dtok	*tok;
	int		 ntok;
	int		*us_order;	/* set when a numeric date can only be
					   month first (4/15) */
	int		(*closed)(const void *, long);	/* or NULL */
	const void	*closed_arg;
};

/* Internal flags: a numeric date both ways valid (3/4); a piece that
 * looks like a date but is not read (4/25 with no year): its span is
 * dropped whole. */
#define DATE_F_TWO_WAY	0x100
#define DATE_F_UNREAD	0x200

#define NO_OFFSET	(-100000)

/* Tokens of sc->s into sc->tok (allocated; the caller frees sc->tok). */
void	dtok_scan(struct dscan *sc);

/* The lexicon is sorted, as its binary search needs (for the tests). */
int	dtok_lexicon_sorted(void);

/* Token k's class tests; false past the end. */
int	tk_num(const struct dscan *sc, int k);		/* T_NUM, not ordinal */
int	tk_is(const struct dscan *sc, int k, int cls, int val);
int	tk_cls(const struct dscan *sc, int k, int cls);
int	tk_punct(const struct dscan *sc, int k, char c);
int	tk_cjk(const struct dscan *sc, int k, const char *utf8);
/* k is glued to k - 1 (no white space between) */
int	tk_glued(const struct dscan *sc, int k);

/* A count: 3, three, twenty-three, a, an, a couple (of). *n out. */
int	en_count(const struct dscan *sc, int k, int *n);
/* An ordinal: 3rd, third, twenty-first. */
int	en_ordinal(const struct dscan *sc, int k, int *n);
/* A Chinese number: 三, 十五, 廿三, 兩, 二零一五 (digit by digit, as a
 * year), or ASCII digits. *ndig: digits when written digit by digit. */
int	zh_number(const struct dscan *sc, int k, int *n, int *ndig);

/* ---- pieces -------------------------------------------------------------- */

enum { P_DATE = 1, P_WDAY, P_TIME, P_POD, P_TZ, P_VAGUE, P_REL, P_EOD };

/* How a weekday reads. */
enum {
	WM_PLAIN = 0,		/* Friday, this Friday: strictly after D */
	WM_NEXT,		/* next Friday: the week after D's */
	WM_LAST,		/* last Friday: the latest before D */
	WM_THIS_WEEK,		/* Friday of this week */
	WM_THIS_WEEK_ZH,	/* 今個禮拜五: this week's; D itself -> +7 */
	WM_NEXT_WEEK,		/* Friday of next week, 下星期五 */
	WM_LAST_WEEK,		/* Sunday from last week, 上星期日 */
	WM_WEEK_AFTER_NEXT,	/* 下下星期五 */
	WM_AFTER_NEXT,		/* Friday after next, Friday week */
	WM_NTH_FROM_NOW,	/* 2 Sundays from now */
};

struct piece {
	int	 kind;		/* P_* */
	long	 day;		/* P_DATE, P_REL fallback; a P_TIME that
				   fixes its own day ("in 2 hours"), or 0 */
	int	 year_given;	/* P_DATE written with its year */
	int	 y, m, d;	/* P_DATE without a year: m/d to place */
	int	 period;	/* a period's last day */
	int	 past;
	int	 wd, wmode, wn;	/* P_WDAY */
	int	 hour, minute;	/* P_TIME; hour -1 none */
	int	 h24;		/* P_TIME written on a 24-hour clock or with
				   am/pm: no school-hours guess */
	int	 pod;		/* P_POD, or a P_DATE that names one */
	int	 tz;		/* P_TZ offset minutes */
	int	 rel_days, rel_fallback;	/* P_REL */
	int	 coarse;	/* offset in months/years: no day for a time */
	int	 month_only;	/* a month with no day ("in March") */
	int	 flags;		/* DATE_F_* */
};

void	piece_init(struct piece *p);

/* Day arithmetic shared by the rule files (dates_day.c). */
long	d_monday(long day);
long	d_weekday_after(const struct dscan *sc, int wd);
long	d_month_last(int y, int m);
long	d_add_months(long day, int n);
long	d_school_days(const struct dscan *sc, long day, int n);
int	d_full_year(const struct dscan *sc, int y, int ndig);
/* P_DATE for y/m/d (y 0: to be placed nearest D); 0 when impossible,
 * with DATE_F_IMPOSSIBLE in p->flags. */
int	d_set_date(const struct dscan *sc, struct piece *p, int y, int m, int d);
int	d_nth_weekday(int y, int m, int wd, int nth, long *out);
/* The year for m/d written without one: nearest D, or with a weekday wd
 * (>= 0) that the nearest lacks, the next one ahead that has it. */
long	d_place_year(const struct dscan *sc, int m, int d, int wd);
/* The day a weekday piece names, by its mode (WM_*). */
long	d_weekday_day(const struct dscan *sc, const struct piece *w);

/* English helpers (dates_en.c): token k is the small word w; its text
 * is w; a plural weekday ("Fridays"); a weekday (with an abbreviation's
 * dot): the token after, or 0. */
int	en_misc(const struct dscan *sc, int k, int w);
int	en_eq(const struct dscan *sc, int k, const char *w);
int	en_per_unit(const struct dscan *sc, int k);
int	en_plural(const struct dscan *sc, int k);
int	en_wday(const struct dscan *sc, int k, int *wd);

/* English rules outside dates_en.c: the token after the form, or 0. */
int	r_relday(const struct dscan *sc, int k, struct piece *p);
int	r_offset(const struct dscan *sc, int k, struct piece *p);
int	r_period(const struct dscan *sc, int k, struct piece *p);
int	r_vague(const struct dscan *sc, int k, struct piece *p);
int	r_time(const struct dscan *sc, int k, struct piece *p);
int	r_pod(const struct dscan *sc, int k, struct piece *p);
int	r_tz(const struct dscan *sc, int k, struct piece *p);
/* Christmas, Good Friday, Mid-Autumn Festival; 聖誕節, 中秋 (dates_holiday.c) */
int	r_holiday(const struct dscan *sc, int k, struct piece *p);
int	z_holiday(const struct dscan *sc, int k, struct piece *p);

/* The words around a span (dates_context.c), on the folded text: a
 * deadline word ends right before byte i; the end of one right after
 * byte end (or 0); a start word before i; a range word before i, when
 * the span before ends close to it (prev: RANGE_AFTER_*, or 0). */
int	dctx_deadline_before(const struct dscan *sc, size_t i);
size_t	dctx_deadline_after(const struct dscan *sc, size_t end);
int	dctx_start_before(const struct dscan *sc, size_t i);
int	dctx_start_after(const struct dscan *sc, size_t e);
int	dctx_since(const struct dscan *sc, size_t i, size_t e);
/* "met on", "was held on", "spoke on" right before byte i, with no
 * will/be/to in the clause before it: a past weekday. */
int	dctx_past_before(const struct dscan *sc, size_t i);
int	dctx_range_end(const struct dscan *sc, size_t i, int prev);
#define RANGE_AFTER_TIME	1	/* prev: the span before was a time */
#define RANGE_AFTER_DATE	2	/* ... a date alone */

/* Rules by language: one piece at token k. */
int	en_piece(const struct dscan *sc, int k, struct piece *p);
int	zh_piece(const struct dscan *sc, int k, struct piece *p);
/* Tokens k.. spell the CJK characters of utf8: the token after, or 0.
 * Asked of most tokens of a letter and refused at the first: that test
 * is inline here, and zh_lit_at() called only for a Chinese token. */
int	zh_lit_at(const struct dscan *sc, int k, const char *utf8);

static inline int
zh_lit(const struct dscan *sc, int k, const char *utf8)
{
	if (k >= sc->ntok || sc->tok[k].kind != T_CJK)
		return utf8[0] == '\0' ? k : 0;
	return zh_lit_at(sc, k, utf8);
}

#endif
