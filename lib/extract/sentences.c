/*
 * sentences.c — cut a letter into sentences, list items and table rows.
 *
 * First into blocks: a blank line, a bullet or numbered item, or a table
 * row (a line holding " | ", or the full-width ｜ that Chinese tables
 * use with or without spaces) starts a new block; other lines are the
 * wrapped continuation of the one before. Then each block into sentences
 * at . ! ? followed by space and a capital, digit or CJK character (not
 * after Mr. Dr. e.g. and the like, not inside 4.15 or P.4), and always at
 * 。！？；.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/sentences.h"
#include "base/xmalloc.h"

static void
push(struct sentence_list *l, size_t start, size_t end, int is_row,
    int is_item, int heading, int para, const char *text)
{
	/* trim white space (and no-break spaces) at both ends */
	while (start < end && (isspace((unsigned char)text[start]) ||
	    ((unsigned char)text[start] == 0xC2 &&
	    (unsigned char)text[start + 1] == 0xA0)))
		start += (unsigned char)text[start] == 0xC2 ? 2 : 1;
	while (end > start && isspace((unsigned char)text[end - 1]))
		end--;
	if (end <= start)
		return;
	if (l->n >= SENTENCES_MAX) {
		l->truncated = 1;
		return;
	}
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->v[l->n].is_row = is_row;
	l->v[l->n].is_item = is_item;
	l->v[l->n].heading = heading;
	l->v[l->n].para = para;
	l->n++;
}

/* Chinese item numbers at s[i]: 1、 12、 （一） （3） ① — their length to
 * i, or 0. Without them a list whose items end without 。 was read as
 * one sentence. */
static size_t
zh_bullet_len(const char *s, size_t len, size_t i)
{
	size_t k = i;
	while (k < len && k - i < 2 && isdigit((unsigned char)s[k]))
		k++;
	if (k > i && len - k >= 3 && memcmp(s + k, "\xE3\x80\x81", 3) == 0)
		return k + 3;					/* 1、 */
	/* ①..⑳: U+2460..U+2473 */
	if (len - i >= 4 && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x91 && (unsigned char)s[i + 2] >= 0xA0 &&
	    (unsigned char)s[i + 2] <= 0xB3)
		return i + 3;
	/* （ then one or two digits or CJK numerals, then ） */
	if (len - i < 9 || memcmp(s + i, "\xEF\xBC\x88", 3) != 0)
		return 0;
	static const char *const numerals[] = { "一", "二", "三", "四", "五",
	    "六", "七", "八", "九", "十", NULL };
	k = i + 3;
	for (int n = 0; n < 2 && k < len; n++) {
		size_t step = isdigit((unsigned char)s[k]) ? 1 : 0;
		for (int d = 0; numerals[d] && !step; d++)
			if (len - k >= 3 && memcmp(s + k, numerals[d], 3) == 0)
				step = 3;
		k += step;
	}
	if (k > i + 3 && k - i <= 9 && len - k >= 3 &&
	    memcmp(s + k, "\xEF\xBC\x89", 3) == 0)
		return k + 3;
	return 0;
}

/* A chat export's stamp, "[12/6/2026, 15:04] Ms Lau: ": each line is
 * a message of its own, its stamp and sender no part of the sentence.
 * The length to skip at s[i], or 0. */
static size_t
chat_stamp_len(const char *s, size_t len, size_t i)
{
	size_t k = i + 1, digits = 0;

	if (i >= len || s[i] != '[')
		return 0;
	for (; k < len && k - i < 32 && s[k] != ']'; k++) {
		if (isdigit((unsigned char)s[k]))
			digits++;
		else if (!strchr("/:,.- apmAPM", s[k]))
			return 0;
	}
	if (k >= len || s[k] != ']' || digits < 4)
		return 0;
	k++;
	while (k < len && s[k] == ' ')
		k++;
	/* the sender: a short name closed by ": " */
	for (size_t n = k; n < len && n - k < 40; n++) {
		if (s[n] == ':' && n + 1 < len && s[n + 1] == ' ')
			return n + 2;
		if (s[n] == '.' || s[n] == '?' || s[n] == '!')
			break;
	}
	return k;
}

/* Length of a bullet or item number at the start of a line, or 0. */
static size_t
bullet_len(const char *s, size_t len)
{
	size_t i = 0, chat;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if ((chat = chat_stamp_len(s, len, i)) != 0)
		return chat;
	if (i < len && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
	    i + 1 < len && s[i + 1] == ' ')
		return i + 2;
	if (len - i >= 4 && (memcmp(s + i, "\xE2\x80\xA2", 3) == 0 ||	/* • */
	    memcmp(s + i, "\xE2\x97\x8F", 3) == 0 ||			/* ● */
	    memcmp(s + i, "\xE2\x96\xAA", 3) == 0))			/* ▪ */
		return i + 3;
	/* 1. 1) (1) a) (a) i) 一、 */
	size_t j = i;
	if (j < len && s[j] == '(')
		j++;
	size_t k = j;
	while (k < len && k - j < 3 && (isdigit((unsigned char)s[k]) ||
	    (k == j && islower((unsigned char)s[k]))))
		k++;
	if (k > j && k < len && (s[k] == '.' || s[k] == ')') && k + 1 < len &&
	    s[k + 1] == ' ' && !(s[k] == '.' && k + 2 < len &&
	    isdigit((unsigned char)s[k + 2])))
		return k + 2;
	if (len - i >= 6 && memcmp(s + i + 3, "\xE3\x80\x81", 3) == 0)	/* 一、 */
		return i + 6;
	return zh_bullet_len(s, len, i);
}

/* 1 for a table row drawn with bars; 2 for a line whose columns are
 * aligned by runs of spaces (three or more, a tab, two ideographic
 * spaces) at least twice, a row if a table's header is above it
 * (extract.c decides); 0 for prose. */
static int
is_row(const char *s, size_t len)
{
	int gaps = 0;
	size_t i = 0;

	for (i = 0; i + 2 < len; i++)
		if ((s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ') ||
		    memcmp(s + i, "\xEF\xBD\x9C", 3) == 0)	/* ｜ */
			return 1;
	i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t' || (i + 2 < len &&
	    memcmp(s + i, "\xE3\x80\x80", 3) == 0)))
		i += s[i] == ' ' || s[i] == '\t' ? 1 : 3;	/* indentation */
	while (i < len) {
		size_t sp = 0, ideo = 0;
		int tab = 0;
		while (i < len && (s[i] == ' ' || s[i] == '\t' ||
		    (i + 2 < len && memcmp(s + i, "\xE3\x80\x80", 3) == 0))) {
			if (s[i] == ' ')
				sp++;
			else if (s[i] == '\t')
				tab = 1;
			else {
				ideo++;
				i += 2;
			}
			i++;
		}
		if (i < len && (sp >= 3 || tab || ideo >= 2))
			gaps++;
		while (i < len && s[i] != ' ' && s[i] != '\t' &&
		    !(i + 2 < len && memcmp(s + i, "\xE3\x80\x80", 3) == 0))
			i++;
	}
	return gaps >= 2 ? 2 : 0;
}

static int
abbreviation_before(const char *text, size_t start, size_t dot)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "st",
	    "no", "e.g", "i.e", "etc", "vs", "approx", "prof", "mdm", "p",
	    "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	    "sep", "sept", "oct", "nov", "dec", "tel", "ext", "ref", "s",
	    "rm", "fig", NULL };
	size_t k = dot;
	while (k > start && (isalpha((unsigned char)text[k - 1]) ||
	    text[k - 1] == '.'))
		k--;
	size_t n = dot - k;
	if (n == 0)
		return 0;
	for (int a = 0; abbr[a]; a++)
		if (strlen(abbr[a]) == n && strncasecmp(text + k, abbr[a], n) == 0)
			return 1;
	/* a single capital: an initial ("C. Wong") */
	return n == 1 && isupper((unsigned char)text[k]);
}

/* Does a sentence start at p? A capital, digit, quote, bracket or CJK. */
static int
starts_sentence(const unsigned char *p)
{
	return isupper(*p) || isdigit(*p) || *p == '"' || *p == '(' ||
	    *p == '\'' || *p >= 0xE2;
}

/* "ok will do. this week's one i'll give him tmr": a writer who starts
 * her sentences in lower case (on a phone) starts the next one so too.
 * Both the sentence at s and the word at j begin with a small letter. */
static int
lower_case_writer(const char *text, size_t s, size_t j)
{
	return islower((unsigned char)text[s]) &&
	    islower((unsigned char)text[j]);
}

/* Does a full-width ） follow i before end? */
static int
closes_after(const char *text, size_t i, size_t end)
{
	for (; i + 2 < end; i++)
		if ((unsigned char)text[i] == 0xEF &&
		    (unsigned char)text[i + 1] == 0xBC &&
		    (unsigned char)text[i + 2] == 0x89)
			return 1;
	return 0;
}

static void
split_block(const char *text, size_t start, size_t end, int is_item,
    int heading, int para, struct sentence_list *out)
{
	size_t s = start, i = start;
	int depth = 0;	/* inside full-width brackets （…） */

	while (i < end && !out->truncated) {
		unsigned char c = (unsigned char)text[i];
		if (c == 0xEF && i + 2 < end && (unsigned char)text[i + 1] == 0xBC)
			depth += (unsigned char)text[i + 2] == 0x88 ? 1 :
			    (unsigned char)text[i + 2] == 0x89 && depth > 0 ? -1 : 0;
		/* Chinese full stops always end a sentence */
		if (c == 0xE3 && i + 2 < end && (unsigned char)text[i + 1] == 0x80 &&
		    (unsigned char)text[i + 2] == 0x82) {		/* 。 */
			push(out, s, i + 3, 0, is_item, heading, para, text);
			s = i += 3;
			is_item = 0;
			continue;
		}
		/* a ； inside （負責：何老師；限期：5月7日） joins fields of
		 * one row, when the bracket closes on the line */
		if (c == 0xEF && i + 2 < end && (unsigned char)text[i + 1] == 0xBC &&
		    (unsigned char)text[i + 2] == 0x9B && depth > 0 &&
		    closes_after(text, i, end)) {
			i += 3;
			continue;
		}
		if (c == 0xEF && i + 2 < end && (unsigned char)text[i + 1] == 0xBC &&
		    ((unsigned char)text[i + 2] == 0x81 ||	/* ！ */
		    (unsigned char)text[i + 2] == 0x9F ||	/* ？ */
		    (unsigned char)text[i + 2] == 0x9B)) {	/* ； */
			push(out, s, i + 3, 0, is_item, heading, para, text);
			s = i += 3;
			is_item = 0;
			continue;
		}
		if ((c == '.' || c == '!' || c == '?') && i + 1 < end &&
		    isspace((unsigned char)text[i + 1])) {
			size_t j = i + 1;
			while (j < end && isspace((unsigned char)text[j]))
				j++;
			if (j < end && (starts_sentence((const unsigned char *)
			    text + j) || lower_case_writer(text, s, j)) &&
			    !(c == '.' && abbreviation_before(text, s, i))) {
				push(out, s, i + 1, 0, is_item, heading, para, text);
				s = i = j;
				is_item = 0;
				continue;
			}
		}
		i++;
	}
	push(out, s, end, 0, is_item, heading, para, text);
}

static int
ends_with_colon(const char *text, size_t start, size_t end)
{
	while (end > start && isspace((unsigned char)text[end - 1]))
		end--;
	if (end > start && text[end - 1] == ':')
		return 1;
	return end >= start + 3 && memcmp(text + end - 3, "\xEF\xBC\x9A", 3) == 0;
}

/* A divider line: three or more of - = _ * ~ ─ ═ and spaces only. */
static int
is_divider(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '-' || c == '=' || c == '_' || c == '*' || c == '~')
			n++;
		else if (c == 0xE2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x94 &&
		    (unsigned char)s[i + 2] == 0x80) {		/* ─ */
			n++;
			i += 2;
		} else if (c == 0xE2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x95 &&
		    (unsigned char)s[i + 2] == 0x90) {		/* ═ */
			n++;
			i += 2;
		} else if (!isspace(c))
			return 0;
	}
	return n >= 3;
}

/*
 * After a divider at text[i] (the line's start past it), the fenced
 * block up to the next divider or the text's end: when it speaks as a
 * disclaimer ("intended only for the addressee", "if you have received
 * this in error", 只供收件人) it carries nothing, and its end (past the
 * closing divider) is returned; else i.
 */
static size_t
skip_fenced_disclaimer(const char *text, size_t len, size_t i)
{
	static const char *const words[] = { "intended only", "intended solely",
	    "intended for the", "addressee", "received this", "in error",
	    "privileged", "收件人", "免責", "保密聲明", "機密資料", NULL };
	size_t e = i, close = len;
	int said = 0, first = 1, seen = 0;

	while (e < len) {
		const char *nl = memchr(text + e, '\n', len - e);
		size_t eol = nl ? (size_t)(nl - text) : len;
		if (is_divider(text + e, eol - e)) {
			close = nl ? eol + 1 : len;
			break;
		}
		/* the notice opens the fence: a bilingual letter's second
		 * half, signed off with one, is no disclaimer */
		int blank_line = 1;
		for (size_t j = e; j < eol; j++)
			blank_line &= isspace((unsigned char)text[j]) != 0;
		if (blank_line && seen)
			first = 0;
		seen |= !blank_line;
		for (int k = 0; words[k] && !said && first; k++) {
			size_t n = strlen(words[k]);
			for (size_t j = e; j + n <= eol && !said; j++)
				said = strncasecmp(text + j, words[k], n) == 0;
		}
		e = nl ? eol + 1 : len;
	}
	if (e >= len)
		close = len;
	return said ? close : i;
}

void
sentences_split(const char *text, size_t len, struct sentence_list *out)
{
	size_t i = 0, block = 0;
	int in_block = 0, block_item = 0, para = 0, heading = -1;
	int list_heading = -1;

	memset(out, 0, sizeof(*out));
	while (i <= len) {
		const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
		size_t eol = nl ? (size_t)(nl - text) : len;
		size_t ll = eol - i;
		size_t k = 0;
		int blank = 1;

		for (k = 0; k < ll; k++)
			if (!isspace((unsigned char)text[i + k]))
				blank = 0;
		/* a divider line is no part of a sentence: it ends the block
		 * like a blank line, and a disclaimer it fences is skipped */
		size_t fence_end = 0;
		if (!blank && is_divider(text + i, ll)) {
			blank = 1;
			if (nl != NULL) {
				fence_end = skip_fenced_disclaimer(text, len,
				    eol + 1);
				if (fence_end == eol + 1)
					fence_end = 0;
			}
		}
		size_t bl = blank ? 0 : bullet_len(text + i, ll);
		int row = blank ? 0 : is_row(text + i, ll);

		if (in_block && (blank || bl || row)) {
			size_t before = out->n;
			split_block(text, block, i, block_item,
			    block_item ? list_heading : -1, para, out);
			/* a block ending with ':' heads the items after it */
			if (!block_item && out->n > before &&
			    ends_with_colon(text, block, i))
				heading = (int)out->n - 1;
			in_block = 0;
		}
		if (blank) {
			para++;
		} else if (row) {
			push(out, i, eol, row, 0, heading, para, text);
		} else if (!in_block) {
			in_block = 1;
			block = bl ? i + bl : i;
			block_item = bl != 0;
			if (block_item)
				list_heading = heading;
			else
				heading = -1;	/* prose again: the list is over */
		}
		if (nl == NULL || out->truncated)
			break;
		if (fence_end >= len)
			break;
		i = fence_end ? fence_end : eol + 1;
	}
	if (in_block && !out->truncated)
		split_block(text, block, len, block_item,
		    block_item ? list_heading : -1, para, out);
}

void
sentence_list_free(struct sentence_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}
