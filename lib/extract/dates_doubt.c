/*
 * dates_doubt.c — a date the reader flagged, asked about in plain words.
 *
 * "Ms Wong will send the plan by Thursday 15 March." in 2026: 15 March is a
 * Sunday, so the ledger keeps 2026-03-15 with the flag "inconsistent", and
 * the summary asks: You wrote "Thursday 15 March"; 15 March 2026 is a
 * Sunday — which day did you mean? Invariant: nothing here is guessed. The
 * written words come from the quote (a weekday and the date words beside
 * it; a numeric d/m), the facts from the due day; when either cannot be
 * found simply, the question names the kind of doubt and quotes the
 * sentence instead.
 */
#define _GNU_SOURCE		/* strcasestr, memmem */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extract/dates_doubt.h"
#include "base/timeutil.h"

static const char *const wd_en[] = { "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday" };
static const char *const wd_zh[] = { "一", "二", "三", "四", "五", "六", "日" };
static const char *const mon_en[] = { "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October",
    "November", "December" };

/* a written span of the quote */
struct span {
	const char *p;
	size_t	 n;
};

static int
is_month_word(const char *w, size_t n)
{
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++)
		if (n <= strlen(mon_en[m]) && strncasecmp(w, mon_en[m], n) == 0)
			return 1;
	return 0;
}

/* "Thursday 15 March", "Thursday, the 15th of March": a weekday and the
 * date words after it; 0 when the weekday has none */
static int
written_en(const char *q, struct span *out)
{
	const char *best = NULL;
	size_t bestn = 0;

	for (int k = 0; k < 7; k++) {
		size_t n = strlen(wd_en[k]);
		for (const char *p = q; (p = strcasestr(p, wd_en[k])) != NULL;
		    p += n) {
			if ((p > q && isalpha((unsigned char)p[-1])) ||
			    isalpha((unsigned char)p[n]))
				continue;
			if (best == NULL || p < best) {
				best = p;
				bestn = n;
			}
			break;
		}
	}
	if (best == NULL)
		return 0;
	const char *end = best + bestn, *p = end;
	int date_words = 0;
	for (;;) {
		while (*p == ' ' || *p == ',')
			p++;
		const char *w = p;
		while (isalnum((unsigned char)*p))
			p++;
		size_t n = (size_t)(p - w);
		if (n == 0)
			break;
		size_t digits = 0;
		while (digits < n && isdigit((unsigned char)w[digits]))
			digits++;
		if ((digits == n && n <= 4) || (digits > 0 && digits <= 2 &&
		    n == digits + 2) || is_month_word(w, n)) {
			date_words += !(digits == n && n == 4);
			end = p;
		} else if (!((n == 2 && strncasecmp(w, "of", 2) == 0) ||
		    (n == 3 && strncasecmp(w, "the", 3) == 0)))
			break;
	}
	if (date_words == 0)
		return 0;
	out->p = best;
	out->n = (size_t)(end - best);
	return 1;
}

/* one of the Chinese date characters (UTF-8), or an ASCII one: its length */
static size_t
zh_date_char(const char *p)
{
	static const char *const chars[] = { "月", "日", "號", "号", "（", "）",
	    "年" };
	if (isdigit((unsigned char)*p) || *p == '(' || *p == ')' || *p == ' ')
		return 1;
	for (size_t k = 0; k < sizeof(chars) / sizeof(chars[0]); k++)
		if (strncmp(p, chars[k], strlen(chars[k])) == 0)
			return strlen(chars[k]);
	return 0;
}

/* 「星期四（3月15日）」, 「3月15日（星期四）」: the weekday and the date
 * characters on both sides; 0 without a 月 among them */
static int
written_zh(const char *q, struct span *out)
{
	static const char *const wdw[] = { "星期", "禮拜", "週", "周" };
	const char *at = NULL;
	size_t atn = 0;

	for (size_t k = 0; k < sizeof(wdw) / sizeof(wdw[0]); k++) {
		const char *p = strstr(q, wdw[k]);
		if (p && (at == NULL || p < at)) {
			at = p;
			atn = strlen(wdw[k]);
		}
	}
	if (at == NULL)
		return 0;
	const char *end = at + atn, *start = at;
	size_t n;
	/* the weekday's own character */
	int known = 0;
	for (int k = 0; k < 7; k++)
		if (strncmp(end, wd_zh[k], strlen(wd_zh[k])) == 0) {
			end += strlen(wd_zh[k]);
			known = 1;
			break;
		}
	if (!known)
		return 0;
	while ((n = zh_date_char(end)) > 0)
		end += n;
	for (;;) {		/* backwards: ASCII is one byte, the rest three */
		if (start > q && zh_date_char(start - 1) == 1)
			start--;
		else if (start - q >= 3 && zh_date_char(start - 3) == 3)
			start -= 3;
		else
			break;
	}
	while (*start == ' ' || *start == ')' || strncmp(start, "）", 3) == 0)
		start += *start == ' ' || *start == ')' ? 1 : 3;
	while (end > start && (end[-1] == ' ' || end[-1] == '('))
		end--;
	while (end - start >= 3 && strncmp(end - 3, "（", 3) == 0)
		end -= 3;
	/* a bracket opened and not closed (「3月15日（星期四」) is closed by
	 * the text; keep the span as written but only if it names a month */
	out->p = start;
	out->n = (size_t)(end - start);
	return memmem(start, out->n, "月", 3) != NULL;
}

/* the first numeric day/month ("31/2", "31.2", "2月31日"): its span and
 * values */
static int
written_dm(const char *q, struct span *out, int *d, int *m)
{
	for (const char *p = q; *p; p++) {
		if (!isdigit((unsigned char)*p) || (p > q &&
		    isdigit((unsigned char)p[-1])))
			continue;
		const char *s = p;
		int a = 0, b = 0, na = 0, nb = 0;
		while (isdigit((unsigned char)*s) && na < 3)
			a = a * 10 + (*s++ - '0'), na++;
		if (na > 2)
			continue;
		if (*s == '/' || *s == '.' || *s == '-') {
			const char *t = s + 1;
			while (isdigit((unsigned char)*t) && nb < 3)
				b = b * 10 + (*t++ - '0'), nb++;
			if (nb == 0 || nb > 2 || *t == '/' || isdigit((unsigned
			    char)*t))
				continue;
			*d = a;
			*m = b;
			out->p = p;
			out->n = (size_t)(t - p);
			return 1;
		}
		if (strncmp(s, "月", 3) == 0) {
			const char *t = s + 3;
			while (isdigit((unsigned char)*t) && nb < 3)
				b = b * 10 + (*t++ - '0'), nb++;
			if (nb == 0 || nb > 2)
				continue;
			if (strncmp(t, "日", 3) == 0 || strncmp(t, "號", 3) == 0)
				t += 3;
			*m = a;
			*d = b;
			out->p = p;
			out->n = (size_t)(t - p);
			return 1;
		}
	}
	return 0;
}

static void
day_words(const struct civil *c, int zh, int year, struct buf *out)
{
	if (zh && year)
		buf_printf(out, "%d年%d月%d日", c->y, c->m, c->d);
	else if (zh)
		buf_printf(out, "%d月%d日", c->m, c->d);
	else if (year)
		buf_printf(out, "%d %s %d", c->d, mon_en[c->m - 1], c->y);
	else
		buf_printf(out, "%d %s", c->d, mon_en[c->m - 1]);
}

/* "You wrote "X"; " / "您寫「X」；" / "The letter wrote X; " */
static void
opening(const struct span *w, int zh, enum doubt_voice voice, struct buf *out)
{
	if (zh)
		buf_printf(out, "您寫「%.*s」；", (int)w->n, w->p);
	else if (voice == DOUBT_TO_SCHOOL)
		buf_printf(out, "You wrote \"%.*s\"; ", (int)w->n, w->p);
	else
		buf_printf(out, "The letter wrote %.*s; ", (int)w->n, w->p);
}

static void
ask(int zh, int date, enum doubt_voice voice, struct buf *out)
{
	if (zh)
		buf_addstr(out, "——請問是哪一天？");
	else if (voice == DOUBT_TO_SCHOOL)
		buf_printf(out, " — which %s did you mean?", date ? "date" : "day");
	else
		buf_printf(out, ": which %s was meant?", date ? "date" : "day");
}

int
dates_doubt_question(const char *flag, const char *due, const char *quote,
    const char *lang, enum doubt_voice voice, struct buf *out)
{
	int zh = voice == DOUBT_TO_SCHOOL && lang && strcmp(lang, "zh") == 0;
	struct civil c;
	int have_due = due && civil_parse(due, &c) == 0;
	struct span w;
	const char *q = quote ? quote : "";

	if (flag == NULL)
		return -1;
	if (strcmp(flag, "inconsistent") == 0) {
		if (have_due && (zh ? written_zh(q, &w) : written_en(q, &w))) {
			int wd = days_weekday(civil_days(&c));
			opening(&w, zh, voice, out);
			day_words(&c, zh, 1, out);
			if (zh)
				buf_printf(out, "是星期%s", wd_zh[wd]);
			else
				buf_printf(out, " is a %s", wd_en[wd]);
		} else if (zh)
			buf_printf(out, "「%s」中的星期與日期不一致", q);
		else if (voice == DOUBT_TO_SCHOOL)
			buf_printf(out, "The date in \"%s\" is inconsistent (its "
			    "weekday and its date disagree)", q);
		else
			buf_addstr(out, "The date in the letter is inconsistent "
			    "(its weekday and its date disagree)");
		ask(zh, 0, voice, out);
		return 0;
	}
	if (strcmp(flag, "impossible") == 0) {
		int d = 0, m = 0;
		if (written_dm(q, &w, &d, &m) && m >= 1 && m <= 12 && d >= 1 &&
		    d > days_in_month(have_due ? c.y : 2000, m)) {
			struct civil x = { have_due ? c.y : 2000, m, d };
			opening(&w, zh, voice, out);
			day_words(&x, zh, 0, out);
			buf_addstr(out, zh ? "並不存在" : " does not exist");
		} else if (zh)
			buf_printf(out, "「%s」中的日期並不存在", q);
		else if (voice == DOUBT_TO_SCHOOL)
			buf_printf(out, "The date in \"%s\" does not exist", q);
		else
			buf_addstr(out, "The date in the letter does not exist");
		ask(zh, 1, voice, out);
		return 0;
	}
	if (strcmp(flag, "ambiguous") == 0) {
		struct civil alt = { have_due ? c.y : 0, have_due ? c.d : 0,
		    have_due ? c.m : 0 };
		if (have_due && c.d != c.m && civil_valid(alt.y, alt.m, alt.d)) {
			int d = 0, m = 0, wrote = written_dm(q, &w, &d, &m);
			if (wrote) {
				if (zh)
					buf_printf(out, "您寫「%.*s」——", (int)w.n, w.p);
				else if (voice == DOUBT_TO_SCHOOL)
					buf_printf(out, "You wrote \"%.*s\": ",
					    (int)w.n, w.p);
				else
					buf_printf(out, "The letter wrote %.*s: ",
					    (int)w.n, w.p);
			}
			if (zh) {
				buf_addstr(out, "請問是");
				day_words(&c, 1, 0, out);
				buf_addstr(out, "還是");
				day_words(&alt, 1, 0, out);
				buf_addstr(out, "？");
			} else {
				buf_addstr(out, voice == DOUBT_TO_SCHOOL ?
				    (wrote ? "do you mean " : "Do you mean ") : "was it ");
				day_words(&c, 0, 0, out);
				buf_addstr(out, " or ");
				day_words(&alt, 0, 0, out);
				buf_addstr(out, "?");
			}
			return 0;
		}
		if (zh)
			buf_printf(out, "「%s」中的日期可以有兩種讀法", q);
		else if (voice == DOUBT_TO_SCHOOL)
			buf_printf(out, "The date in \"%s\" can be read two ways", q);
		else
			buf_addstr(out, "The date in the letter can be read two "
			    "ways (day-first or month-first)");
		ask(zh, 1, voice, out);
		return 0;
	}
	return -1;
}
