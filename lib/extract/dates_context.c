/*
 * dates_context.c — the words around a span that say what it is for:
 * a deadline word before it (by, before, no later than, the end of) or
 * after it (或之前, 前, 為限, "at the latest"), a start word (from,
 * starting, 由, 從), and the second half of a range (to, until, -, 至).
 * They read the folded text by bytes, both languages alike.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extract/dates_int.h"

static int
is_word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static size_t
lit_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	if (i + n > len || memcmp(s + i, w, n) != 0)
		return 0;
	return i + n;
}

/* Does a deadline word end right before i (ignoring spaces)? */
int
dctx_deadline_before(const struct dscan *sc, size_t i)
{
	static const char *const words[] = { "by", "before", "no later than",
	    "not later than", "on or before", "due", "deadline", "until",
	    "till", "by the end of", "before the end of", "by end of",
	    "the end of", "end of", "due on", "due by", "latest by", NULL };
	static const char *const fill[] = { "the", "on", "this", "next",
	    "coming", NULL };
	size_t k = i;
	while (k > 0 && (sc->s[k - 1] == ' ' || sc->s[k - 1] == '\n'))
		k--;
	/* skip "the" / "this" / "on" between the word and the date */
	for (int hop = 0; hop < 2; hop++) {
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
		    (k == n || !is_word_char(sc->s[k - n - 1])))
			return 1;
	}
	return 0;
}

size_t
dctx_deadline_after(const struct dscan *sc, size_t end)
{
	static const char *const words[] = { "或之前", "或以前", "之前", "以前",
	    "前", "為限", "截止", NULL };
	size_t e, k = end;
	/* 3月20日（星期五）前: skip a bracketed weekday */
	if ((e = lit_at(sc->s, sc->len, k, "（")) ||
	    (e = lit_at(sc->s, sc->len, k, "("))) {
		size_t c = e;
		while (c < sc->len && c < e + 24 &&
		    !lit_at(sc->s, sc->len, c, "）") && sc->s[c] != ')')
			c++;
		if (c < sc->len && (e = lit_at(sc->s, sc->len, c, "）")))
			k = e;
		else if (c < sc->len && sc->s[c] == ')')
			k = c + 1;
	}
	for (int w = 0; words[w]; w++)
		if ((e = lit_at(sc->s, sc->len, k, words[w])))
			return e;
	/* "Friday at the latest" */
	size_t j = end;
	while (j < sc->len && sc->s[j] == ' ')
		j++;
	if (j + 14 <= sc->len && strncasecmp(sc->s + j, "at the latest", 13) == 0 &&
	    !is_word_char(sc->s[j + 13]))
		return j + 13;
	return 0;
}

int
dctx_start_before(const struct dscan *sc, size_t i)
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

/* 3月9日起: a start written after its date (開始 is not one: 朝早十點
 * 開始 is when an event begins). */
int
dctx_start_after(const struct dscan *sc, size_t e)
{
	static const char *const words[] = { "起", NULL };
	for (int w = 0; words[w]; w++)
		if (e + strlen(words[w]) <= sc->len &&
		    memcmp(sc->s + e, words[w], strlen(words[w])) == 0)
			return 1;
	return 0;
}

/* "since January", 自一月以來, 三月至今: a time counted from then up to
 * now, already begun (the span is [i, e)). */
int
dctx_since(const struct dscan *sc, size_t i, size_t e)
{
	static const char *const after[] = { "以來", "以嚟", "至今", NULL };
	size_t k = i;

	for (int w = 0; after[w]; w++)
		if (e + strlen(after[w]) <= sc->len &&
		    memcmp(sc->s + e, after[w], strlen(after[w])) == 0)
			return 1;
	while (k > 0 && sc->s[k - 1] == ' ')
		k--;
	return k >= 5 && strncasecmp(sc->s + k - 5, "since", 5) == 0 &&
	    (k == 5 || !is_word_char(sc->s[k - 6]));
}

/* The words of the clause before byte i (back to punctuation, at most
 * six), lower-cased into w[][16]; returns how many, nearest first. */
static int
words_before(const struct dscan *sc, size_t i, char w[6][16])
{
	int n = 0;
	size_t k = i;
	while (n < 6) {
		while (k > 0 && sc->s[k - 1] == ' ')
			k--;
		size_t e = k;
		while (k > 0 && isalpha((unsigned char)sc->s[k - 1]))
			k--;
		if (k == e || e - k >= 16)
			break;
		for (size_t c = k; c < e; c++)
			w[n][c - k] = (char)tolower((unsigned char)sc->s[c]);
		w[n][e - k] = '\0';
		n++;
	}
	return n;
}

/* A verb in the past tense. Regular ones only where they are verbs of
 * meeting and telling ("the revised IEP on Tuesday", "the girls involved
 * on Monday" are adjectives); the irregular past is a verb. */
static int
past_verb(const char *w)
{
	static const char *const past[] = { "met", "held", "spoke", "spoken",
	    "discussed", "attended", "visited", "happened", "phoned", "called",
	    "emailed", "observed", "occurred", "mentioned", "agreed", "told",
	    "took", "came", "went", "was", "were", "said", "wrote", "asked",
	    "sent", "saw", "rang", "explained", "talked", "chatted", "had",
	    "forgot", "forgotten", "lost", "brought", "gave", "got", "began",
	    "did", "heard", "fell", "broke", "ran", NULL };

	for (int p = 0; past[p]; p++)
		if (strcmp(w, past[p]) == 0)
			return 1;
	return 0;
}

int
dctx_past_before(const struct dscan *sc, size_t i)
{
	/* a modal, "be" or a contraction ("we're", "I'll") before the
	 * verb: its participle, not a past tense */
	static const char *const future[] = { "will", "shall", "be", "to",
	    "would", "can", "could", "may", "might", "is", "are", "re", "ll",
	    "ve", "d", NULL };
	char w[6][16];
	int n = words_before(sc, i, w), verb = -1;

	if (n < 2 || strcmp(w[0], "on") != 0)
		return 0;
	for (int k = 1; k < n && verb < 0; k++)
		if (past_verb(w[k]))
			verb = k;
	if (verb < 0 || verb > 2)
		return 0;
	for (int k = 1; k < n; k++)
		for (int p = 0; future[p]; p++)
			if (strcmp(w[k], future[p]) == 0)
				return 0;
	return 1;
}

/* The second half of "4-5pm", "10:00–11:30", "下午4時至5時". */
int
dctx_range_end(const struct dscan *sc, size_t i, int prev)
{
	/* "and" joins two times of one range ("between 10:30 and 11:30"),
	 * but two dates are two dates ("on 28 April and 5 May") */
	static const char *const words[] = { "and", "to", "until", "till",
	    "至", "到", "-", "~", "–", NULL };
	size_t k = i;
	if (!prev)
		return 0;
	while (k > 0 && sc->s[k - 1] == ' ')
		k--;
	for (int w = prev == RANGE_AFTER_DATE; words[w]; w++) {
		size_t n = strlen(words[w]);
		if (k >= n && strncasecmp(sc->s + k - n, words[w], n) == 0 &&
		    (k == n || (unsigned char)words[w][0] >= 0x80 ||
		    !isalpha((unsigned char)words[w][0]) ||
		    !is_word_char(sc->s[k - n - 1])))
			return 1;
	}
	return 0;
}
