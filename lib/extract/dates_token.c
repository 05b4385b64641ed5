/*
 * dates_token.c — the date reader's tokens: text -> numbers, words,
 * CJK characters and punctuation, each with its byte span and whether
 * white space came before it; the English lexicon (months, weekdays,
 * number and ordinal words, units, parts of the day, zones, the small
 * words rules read); and the number readers both languages share.
 *
 * Invariants: a token never straddles a UTF-8 sequence; digits glued to
 * letters split ("Feb13", "14april", "3:15p"), except an ordinal suffix,
 * which makes the number ordinal ("31st"); full-width punctuation reads
 * as its ASCII twin (（ is '(').
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract/dates_int.h"
#include "base/xmalloc.h"

struct lex {
	const char	*w;
	unsigned char	 cls;
	int		 val;
};

/* Sorted by word (strcmp): bsearch finds a word. */
static const struct lex lexicon[] = {
	{ "a", L_MISC, W_A }, { "about", L_MISC, W_ABOUT },
	{ "after", L_MISC, W_AFTER }, { "afternoon", L_POD, POD_AFTERNOON },
	{ "ago", L_MISC, W_AGO }, { "ahead", L_MISC, W_AHEAD }, { "alternate", L_MISC, W_ALTERNATE },
	{ "am", L_AMPM, 0 }, { "an", L_MISC, W_AN },
	{ "and", L_MISC, W_AND }, { "approximately", L_MISC, W_APPROX },
	{ "apr", L_MONTH, 4 }, { "april", L_MONTH, 4 },
	{ "around", L_MISC, W_AROUND }, { "as", L_MISC, W_AS },
	{ "asap", L_MISC, W_ASAP }, { "ash", L_HOL, 0 },
	{ "at", L_MISC, W_AT }, { "aug", L_MONTH, 8 },
	{ "august", L_MONTH, 8 }, { "before", L_MISC, W_BEFORE },
	{ "beginning", L_MISC, W_BEGINNING }, { "black", L_HOL, 0 },
	{ "boxing", L_HOL, 0 }, { "bst", L_TZ, 60 }, { "buddha", L_HOL, 0 },
	{ "business", L_MISC, W_BUSINESS }, { "by", L_MISC, W_BY },
	{ "cest", L_TZ, 120 }, { "cet", L_TZ, 60 }, { "chinese", L_HOL, 0 },
	{ "ching", L_HOL, 0 }, { "christmas", L_HOL, 0 },
	{ "chung", L_HOL, 0 }, { "close", L_MISC, W_CLOSE },
	{ "closest", L_MISC, W_CLOSEST }, { "cob", L_MISC, W_COB },
	{ "coming", L_MISC, W_COMING },
	{ "commencing", L_MISC, W_COMMENCING },
	{ "couple", L_MISC, W_COUPLE }, { "current", L_MISC, W_CURRENT },
	{ "day", L_UNIT, U_DAY }, { "day's", L_MISC, W_DAYS_POSS },
	{ "days", L_UNIT, U_DAY }, { "days'", L_MISC, W_DAYS_POSS },
	{ "dec", L_MONTH, 12 }, { "december", L_MONTH, 12 },
	{ "dragon", L_HOL, 0 }, { "each", L_MISC, W_EACH },
	{ "early", L_MISC, W_EARLY }, { "easter", L_HOL, 0 },
	{ "edt", L_TZ, -240 }, { "eight", L_NUMW, 8 },
	{ "eighteen", L_NUMW, 18 }, { "eighteenth", L_ORDW, 18 },
	{ "eighth", L_ORDW, 8 }, { "eleven", L_NUMW, 11 },
	{ "eleventh", L_ORDW, 11 }, { "end", L_MISC, W_END },
	{ "ending", L_MISC, W_ENDING }, { "eod", L_MISC, W_EOD },
	{ "eom", L_MISC, W_EOM }, { "est", L_TZ, -300 },
	{ "evening", L_POD, POD_EVENING }, { "every", L_MISC, W_EVERY },
	{ "father", L_HOL, 0 }, { "fathers", L_HOL, 0 },
	{ "feb", L_MONTH, 2 }, { "february", L_MONTH, 2 },
	{ "fifteen", L_NUMW, 15 }, { "fifteenth", L_ORDW, 15 },
	{ "fifth", L_ORDW, 5 }, { "fifty", L_NUMW, 50 },
	{ "first", L_ORDW, 1 }, { "five", L_NUMW, 5 },
	{ "following", L_MISC, W_FOLLOWING }, { "for", L_MISC, W_FOR },
	{ "fortnight", L_UNIT, U_FORTNIGHT },
	{ "fortnights", L_UNIT, U_FORTNIGHT }, { "forty", L_NUMW, 40 },
	{ "four", L_NUMW, 4 }, { "fourteen", L_NUMW, 14 },
	{ "fourteenth", L_ORDW, 14 }, { "fourth", L_ORDW, 4 },
	{ "fri", L_WDAY, 4 }, { "friday", L_WDAY, 4 },
	{ "fridays", L_WDAY, 4 }, { "from", L_MISC, W_FROM },
	{ "gmt", L_TZ, 0 }, { "good", L_HOL, 0 }, { "h", L_MISC, W_H },
	{ "half", L_MISC, W_HALF }, { "halloween", L_HOL, 0 },
	{ "hence", L_MISC, W_HENCE }, { "hkt", L_TZ, 480 },
	{ "holy", L_HOL, 0 }, { "hour", L_UNIT, U_HOUR },
	{ "hours", L_UNIT, U_HOUR }, { "hr", L_UNIT, U_HOUR },
	{ "hrs", L_UNIT, U_HOUR }, { "ides", L_MISC, W_IDES },
	{ "in", L_MISC, W_IN }, { "independence", L_HOL, 0 },
	{ "ish", L_MISC, W_ISH }, { "jan", L_MONTH, 1 },
	{ "january", L_MONTH, 1 }, { "jul", L_MONTH, 7 },
	{ "july", L_MONTH, 7 }, { "jun", L_MONTH, 6 },
	{ "june", L_MONTH, 6 }, { "labor", L_HOL, 0 },
	{ "labour", L_HOL, 0 }, { "last", L_MISC, W_LAST },
	{ "late", L_MISC, W_LATE }, { "later", L_MISC, W_LATER },
	{ "lunar", L_HOL, 0 }, { "m", L_MISC, W_M }, { "mar", L_MONTH, 3 },
	{ "march", L_MONTH, 3 }, { "martin", L_HOL, 0 },
	{ "maundy", L_HOL, 0 }, { "may", L_MONTH, 5 },
	{ "memorial", L_HOL, 0 }, { "mid", L_MISC, W_MID },
	{ "midday", L_MISC, W_MIDDAY }, { "midnight", L_MISC, W_MIDNIGHT },
	{ "min", L_UNIT, U_MINUTE }, { "mins", L_UNIT, U_MINUTE },
	{ "minute", L_UNIT, U_MINUTE }, { "minutes", L_UNIT, U_MINUTE },
	{ "mlk", L_HOL, 0 }, { "mon", L_WDAY, 0 }, { "monday", L_WDAY, 0 },
	{ "mondays", L_WDAY, 0 }, { "month", L_UNIT, U_MONTH },
	{ "months", L_UNIT, U_MONTH }, { "morning", L_POD, POD_MORNING },
	{ "mother", L_HOL, 0 }, { "mothers", L_HOL, 0 },
	{ "mth", L_UNIT, U_MONTH }, { "mths", L_UNIT, U_MONTH },
	{ "nearer", L_MISC, W_NEARER }, { "nearest", L_MISC, W_NEAREST },
	{ "new", L_HOL, 0 }, { "next", L_MISC, W_NEXT },
	{ "night", L_POD, POD_NIGHT }, { "nine", L_NUMW, 9 },
	{ "nineteen", L_NUMW, 19 }, { "nineteenth", L_ORDW, 19 },
	{ "ninth", L_ORDW, 9 }, { "noon", L_MISC, W_NOON },
	{ "nov", L_MONTH, 11 }, { "november", L_MONTH, 11 },
	{ "now", L_MISC, W_NOW }, { "o'clock", L_MISC, W_OCLOCK },
	{ "oclock", L_MISC, W_OCLOCK }, { "oct", L_MONTH, 10 },
	{ "october", L_MONTH, 10 }, { "of", L_MISC, W_OF },
	{ "oh", L_MISC, W_OH }, { "on", L_MISC, W_ON }, { "one", L_NUMW, 1 },
	{ "other", L_MISC, W_OTHER }, { "over", L_MISC, W_OVER },
	{ "p", L_MISC, W_P }, { "palm", L_HOL, 0 },
	{ "past", L_MISC, W_PAST }, { "pdt", L_TZ, -420 },
	{ "pm", L_AMPM, 1 }, { "previous", L_MISC, W_PREVIOUS },
	{ "prior", L_MISC, W_PRIOR }, { "pst", L_TZ, -480 },
	{ "quarter", L_MISC, W_QUARTER }, { "saint", L_HOL, 0 },
	{ "sat", L_WDAY, 5 }, { "saturday", L_WDAY, 5 },
	{ "saturdays", L_WDAY, 5 }, { "school", L_MISC, W_SCHOOL },
	{ "second", L_ORDW, 2 }, { "sep", L_MONTH, 9 },
	{ "sept", L_MONTH, 9 }, { "september", L_MONTH, 9 },
	{ "seven", L_NUMW, 7 }, { "seventeen", L_NUMW, 17 },
	{ "seventeenth", L_ORDW, 17 }, { "seventh", L_ORDW, 7 },
	{ "sgt", L_TZ, 480 }, { "shortly", L_MISC, W_SHORTLY },
	{ "six", L_NUMW, 6 }, { "sixteen", L_NUMW, 16 },
	{ "sixteenth", L_ORDW, 16 }, { "sixth", L_ORDW, 6 },
	{ "soon", L_MISC, W_SOON }, { "st", L_HOL, 0 },
	{ "starting", L_MISC, W_STARTING }, { "sun", L_WDAY, 6 },
	{ "sunday", L_WDAY, 6 }, { "sundays", L_WDAY, 6 },
	{ "ten", L_NUMW, 10 }, { "tenth", L_ORDW, 10 },
	{ "thanksgiving", L_HOL, 0 }, { "the", L_MISC, W_THE },
	{ "third", L_ORDW, 3 }, { "thirteen", L_NUMW, 13 },
	{ "thirteenth", L_ORDW, 13 }, { "thirtieth", L_ORDW, 30 },
	{ "thirty", L_NUMW, 30 }, { "this", L_MISC, W_THIS },
	{ "three", L_NUMW, 3 }, { "thu", L_WDAY, 3 }, { "thur", L_WDAY, 3 },
	{ "thurs", L_WDAY, 3 }, { "thursday", L_WDAY, 3 },
	{ "thursdays", L_WDAY, 3 }, { "time", L_MISC, W_TIME },
	{ "tmr", L_MISC, W_TOMORROW }, { "tmrw", L_MISC, W_TOMORROW },
	{ "to", L_MISC, W_TO }, { "today", L_MISC, W_TODAY },
	{ "todays", L_MISC, W_TODAY }, { "tommorow", L_MISC, W_TOMORROW },
	{ "tommorrow", L_MISC, W_TOMORROW },
	{ "tomorow", L_MISC, W_TOMORROW },
	{ "tomorrow", L_MISC, W_TOMORROW },
	{ "tomorrows", L_MISC, W_TOMORROW },
	{ "tonight", L_MISC, W_TONIGHT }, { "tue", L_WDAY, 1 },
	{ "tuen", L_HOL, 0 }, { "tues", L_WDAY, 1 },
	{ "tuesday", L_WDAY, 1 }, { "tuesdays", L_WDAY, 1 },
	{ "twelfth", L_ORDW, 12 }, { "twelve", L_NUMW, 12 },
	{ "twentieth", L_ORDW, 20 }, { "twenty", L_NUMW, 20 },
	{ "two", L_NUMW, 2 }, { "until", L_MISC, W_UNTIL },
	{ "utc", L_TZ, 0 }, { "valentine", L_HOL, 0 },
	{ "valentines", L_HOL, 0 }, { "w", L_MISC, W_W },
	{ "wed", L_WDAY, 2 }, { "wednesday", L_WDAY, 2 },
	{ "wednesdays", L_WDAY, 2 }, { "weds", L_WDAY, 2 },
	{ "week", L_UNIT, U_WEEK }, { "week's", L_MISC, W_WEEK_POSS },
	{ "weeks", L_UNIT, U_WEEK }, { "weeks'", L_MISC, W_WEEK_POSS },
	{ "with", L_MISC, W_WITH }, { "within", L_MISC, W_WITHIN },
	{ "wk", L_UNIT, U_WEEK }, { "wks", L_UNIT, U_WEEK },
	{ "work", L_MISC, W_WORK }, { "working", L_MISC, W_WORKING },
	{ "xmas", L_HOL, 0 }, { "year", L_UNIT, U_YEAR },
	{ "years", L_UNIT, U_YEAR }, { "yesterday", L_MISC, W_YESTERDAY },
	{ "yesterdays", L_MISC, W_YESTERDAY }, { "yr", L_UNIT, U_YEAR },
	{ "yrs", L_UNIT, U_YEAR }, { "zero", L_NUMW, 0 },
};

int
dtok_lexicon_sorted(void)
{
	for (size_t i = 1; i < sizeof(lexicon) / sizeof(lexicon[0]); i++)
		if (strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0)
			return 0;
	return 1;
}

static int
cmp_lex(const void *key, const void *elem)
{
	return strcmp(key, ((const struct lex *)elem)->w);
}

static void
lookup(struct dtok *t, const char *s)
{
	char w[24];
	size_t n = t->end - t->start;
	const struct lex *x;

	t->cls = L_NONE;
	if (n >= sizeof(w))
		return;
	for (size_t i = 0; i < n; i++)
		w[i] = (char)tolower((unsigned char)s[t->start + i]);
	w[n] = '\0';
	x = bsearch(w, lexicon, sizeof(lexicon) / sizeof(lexicon[0]),
	    sizeof(lexicon[0]), cmp_lex);
	if (x) {
		t->cls = x->cls;
		t->val = x->val;
	}
}

/* The code point of the UTF-8 sequence at i; *n its length. */
static int
utf8_cp(const char *s, size_t len, size_t i, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s + i;
	size_t left = len - i;

	if (p[0] < 0x80) {
		*n = 1;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0 && left >= 2) {
		*n = 2;
		return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if ((p[0] & 0xF0) == 0xE0 && left >= 3) {
		*n = 3;
		return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) |
		    (p[2] & 0x3F);
	}
	if ((p[0] & 0xF8) == 0xF0 && left >= 4) {
		*n = 4;
		return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
		    ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
	}
	*n = 1;
	return -1;
}

/* Full-width and typographic punctuation read as ASCII. */
static char
punct_twin(int cp)
{
	switch (cp) {
	case 0xFF08: return '(';
	case 0xFF09: return ')';
	case 0xFF0C: case 0x3001: return ',';
	case 0xFF1A: return ':';
	case 0xFF5E: case 0x301C: return '~';
	case 0x2013: case 0x2014: case 0x2212: return '-';
	case 0x3002: return '.';
	default: return 0;
	}
}

static int
is_cjk(int cp)
{
	return (cp >= 0x3400 && cp <= 0x9FFF) || cp == 0x3007 ||
	    (cp >= 0xF900 && cp <= 0xFAFF);
}

void
dtok_scan(struct dscan *sc)
{
	const char *s = sc->s;
	size_t i = 0, cap = 16, n;
	int sp = 1;

	sc->ntok = 0;
	sc->tok = xmalloc(cap * sizeof(*sc->tok));
	while (i < sc->len) {
		unsigned char c = (unsigned char)s[i];
		struct dtok t;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = 1;
			i++;
			continue;
		}
		memset(&t, 0, sizeof(t));
		t.start = i;
		t.sp = (unsigned char)sp;
		sp = 0;
		if (isdigit(c)) {
			size_t j = i;
			long v = 0;
			while (j < sc->len && isdigit((unsigned char)s[j])) {
				if (v < 100000000)
					v = v * 10 + (s[j] - '0');
				j++;
			}
			t.kind = T_NUM;
			t.val = (int)v;
			t.ndig = (unsigned char)(j - i > 9 ? 9 : j - i);
			/* 1st 2nd 3rd 4th: an ordinal, when nothing follows */
			if (j + 2 <= sc->len && (j + 2 == sc->len ||
			    !isalnum((unsigned char)s[j + 2]))) {
				char a = (char)tolower((unsigned char)s[j]);
				char b = (char)tolower((unsigned char)s[j + 1]);
				if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
				    (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
					t.ord = 1;
					j += 2;
				}
			}
			t.end = j;
		} else if (isalpha(c)) {
			size_t j = i;
			while (j < sc->len && isalpha((unsigned char)s[j]))
				j++;
			t.kind = T_WORD;
			t.end = j;
			/* o'clock, week's, weeks': one word when the lexicon
			 * knows it so; else "Wednesday's" is Wednesday */
			if (j < sc->len && s[j] == '\'') {
				size_t k = j + 1;
				while (k < sc->len && isalpha((unsigned char)s[k]))
					k++;
				t.end = k;
				lookup(&t, s);
				if (t.cls == L_NONE)
					t.end = j;
				j = t.end;
			}
			/* a.m. / p.m. */
			if (j - i == 1 && ((c | 0x20) == 'a' ||
			    (c | 0x20) == 'p')) {
				if (j + 1 < sc->len && s[j] == '.' &&
				    (s[j + 1] | 0x20) == 'm') {
					t.end = j + 2;
					if (t.end < sc->len && s[t.end] == '.')
						t.end++;
					t.cls = L_AMPM;
					t.val = (c | 0x20) == 'p';
				}
			}
			if (t.cls == L_NONE)
				lookup(&t, s);
		} else if (c == 0xC2 && i + 1 < sc->len &&
		    (unsigned char)s[i + 1] == 0xA0) {
			sp = 1;		/* no-break space */
			i += 2;
			continue;
		} else if (c < 0x80) {
			t.kind = T_PUNCT;
			t.val = c;
			t.end = i + 1;
		} else {
			int cp = utf8_cp(s, sc->len, i, &n);
			char tw = punct_twin(cp);
			t.end = i + n;
			if (tw) {
				t.kind = T_PUNCT;
				t.val = tw;
			} else if (is_cjk(cp)) {
				t.kind = T_CJK;
				t.val = cp;
			} else {
				t.kind = T_OTHER;
				t.val = cp;
			}
		}
		if (sc->ntok + 1 >= (int)cap) {
			cap *= 2;
			sc->tok = xreallocarray(sc->tok, cap, sizeof(*sc->tok));
		}
		sc->tok[sc->ntok++] = t;
		i = t.end;
	}
}

/* ---- token tests ----------------------------------------------------------- */

int
tk_num(const struct dscan *sc, int k)
{
	return k >= 0 && k < sc->ntok && sc->tok[k].kind == T_NUM &&
	    !sc->tok[k].ord;
}

int
tk_is(const struct dscan *sc, int k, int cls, int val)
{
	return k >= 0 && k < sc->ntok && sc->tok[k].kind == T_WORD &&
	    sc->tok[k].cls == cls && sc->tok[k].val == val;
}

int
tk_cls(const struct dscan *sc, int k, int cls)
{
	return k >= 0 && k < sc->ntok && sc->tok[k].kind == T_WORD &&
	    sc->tok[k].cls == cls;
}

int
tk_punct(const struct dscan *sc, int k, char c)
{
	return k >= 0 && k < sc->ntok && sc->tok[k].kind == T_PUNCT &&
	    sc->tok[k].val == c;
}

int
tk_cjk(const struct dscan *sc, int k, const char *utf8)
{
	size_t n;
	return k >= 0 && k < sc->ntok && sc->tok[k].kind == T_CJK &&
	    sc->tok[k].val == utf8_cp(utf8, 4, 0, &n);	/* valid, NUL-ended */
}

/*
 * The rules ask for literals at most tokens of a Chinese letter (nine
 * rules, dozens of words each), and nearly every ask fails at the first
 * token: so no strlen() of the literal first, and the token is looked at
 * before the literal is decoded. A literal is valid UTF-8 (source text)
 * and ends at its NUL, so a sequence is never read past its end.
 */
int
zh_lit_at(const struct dscan *sc, int k, const char *utf8)
{
	size_t i = 0, n;

	while (utf8[i] != '\0') {
		const unsigned char *p = (const unsigned char *)utf8 + i;
		int cp;
		if (k >= sc->ntok || sc->tok[k].kind != T_CJK)
			return 0;
		if ((p[0] & 0xF0) == 0xE0) {	/* every Han character */
			/* the lead byte holds the top four bits: it refuses
			 * most tokens before the rest is read */
			if ((sc->tok[k].val >> 12) != (p[0] & 0x0F))
				return 0;
			cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) |
			    (p[2] & 0x3F);
			n = 3;
		} else
			cp = utf8_cp(utf8, i + 4, i, &n);
		if (sc->tok[k].val != cp)
			return 0;
		i += n;
		k++;
	}
	return k;
}

int
tk_glued(const struct dscan *sc, int k)
{
	return k > 0 && k < sc->ntok && !sc->tok[k].sp;
}

/* ---- numbers ---------------------------------------------------------------- */

int
en_count(const struct dscan *sc, int k, int *n)
{
	if (tk_num(sc, k) && sc->tok[k].ndig <= 4) {
		*n = sc->tok[k].val;
		return k + 1;
	}
	if (tk_cls(sc, k, L_NUMW)) {
		int v = sc->tok[k].val, j = k + 1;
		/* twenty three, twenty-three */
		if (v >= 20 && v % 10 == 0) {
			int h = tk_punct(sc, j, '-') && tk_glued(sc, j) ? j + 1 : j;
			if (tk_cls(sc, h, L_NUMW) && sc->tok[h].val >= 1 &&
			    sc->tok[h].val <= 9) {
				*n = v + sc->tok[h].val;
				return h + 1;
			}
		}
		*n = v;
		return j;
	}
	if (tk_is(sc, k, L_MISC, W_A) || tk_is(sc, k, L_MISC, W_AN)) {
		if (tk_is(sc, k + 1, L_MISC, W_COUPLE)) {
			*n = 2;
			return tk_is(sc, k + 2, L_MISC, W_OF) ? k + 3 : k + 2;
		}
		*n = 1;
		return k + 1;
	}
	return 0;
}

int
en_ordinal(const struct dscan *sc, int k, int *n)
{
	if (k < sc->ntok && sc->tok[k].kind == T_NUM && sc->tok[k].ord) {
		*n = sc->tok[k].val;
		return k + 1;
	}
	if (tk_cls(sc, k, L_ORDW)) {
		*n = sc->tok[k].val;
		return k + 1;
	}
	/* twenty-first, thirty first */
	if (tk_cls(sc, k, L_NUMW) && (sc->tok[k].val == 20 ||
	    sc->tok[k].val == 30)) {
		int h = tk_punct(sc, k + 1, '-') ? k + 2 : k + 1;
		if (tk_cls(sc, h, L_ORDW) && sc->tok[h].val <= 9) {
			*n = sc->tok[k].val + sc->tok[h].val;
			return h + 1;
		}
	}
	return 0;
}

/* A Chinese digit's value, 10 for 十, -1 for anything else. */
static int
zh_digit(int cp)
{
	switch (cp) {
	case 0x96F6: case 0x3007: return 0;	/* 零 〇 */
	case 0x4E00: return 1;			/* 一 */
	case 0x4E8C: case 0x5169: case 0x4E24: return 2; /* 二 兩 两 */
	case 0x4E09: return 3;
	case 0x56DB: return 4;
	case 0x4E94: return 5;
	case 0x516D: return 6;
	case 0x4E03: return 7;
	case 0x516B: return 8;
	case 0x4E5D: return 9;
	case 0x5341: return 10;			/* 十 */
	case 0x5EFF: return 20;			/* 廿 */
	case 0x5345: return 30;			/* 卅 */
	default: return -1;
	}
}

int
zh_number(const struct dscan *sc, int k, int *n, int *ndig)
{
	int j = k, v = 0, digits = 0, tens = 0, unit = -1;

	*ndig = 0;
	if (tk_num(sc, k) && sc->tok[k].ndig <= 4) {
		*n = sc->tok[k].val;
		*ndig = sc->tok[k].ndig;
		return k + 1;
	}
	/* 二零一五: digit by digit (a year), only 0..9 */
	while (j < sc->ntok && sc->tok[j].kind == T_CJK) {
		int d = zh_digit(sc->tok[j].val);
		if (d < 0 || d > 9)
			break;
		v = v * 10 + d;
		digits++;
		j++;
	}
	if (digits >= 3 && j - k == digits) {
		*n = v;
		*ndig = digits;
		return j;
	}
	/* 十五, 二十, 二十五, 廿三, 三十一, 五 */
	j = k;
	v = 0;
	while (j < sc->ntok && sc->tok[j].kind == T_CJK) {
		int d = zh_digit(sc->tok[j].val);
		if (d < 0)
			break;
		if (d == 10) {
			if (tens)
				return 0;
			tens = 1;
			v = (unit < 0 ? 1 : unit) * 10;
			unit = -1;
		} else if (d >= 20) {
			if (tens || unit >= 0)
				break;
			tens = 1;
			v = d;
		} else {
			if (unit >= 0)
				break;
			unit = d;
			if (tens) {
				j++;
				v += d;
				unit = -1;
				break;
			}
		}
		j++;
	}
	if (j == k)
		return 0;
	if (unit >= 0)
		v += unit;
	*n = v;
	return j;
}
