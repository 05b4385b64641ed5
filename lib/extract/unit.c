/*
 * unit.c — one sentence (or list item, or table row) prepared for the
 * rules: a lower-cased, space-collapsed copy with an offset map back to
 * the letter's text, so that every quote stays verbatim, its date spans,
 * and a bitmap of byte pairs that refuses most phrases without a scan.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "base/xmalloc.h"


/*
 * Each unit keeps a bit per hashed pair of adjacent bytes of lc. A phrase
 * with a pair whose bit is clear is not in the unit, and find_in() says so
 * without scanning: most of the ~90 deflection and ~30 negation phrases
 * are refused that way, for every sentence. A set bit proves nothing (two
 * pairs may share a bit): the scan decides.
 */
static unsigned
pair_bit(unsigned char a, unsigned char b)
{
	return ((unsigned)a * 31u + b) % (BIGRAM_WORDS * 64u);
}

/*
 * And a bit per hashed triple, in a set eight times as large: a sentence
 * of 100 bytes sets ~2% of it, where it sets ~15% of the pairs' set.
 * Multiplicative hashing: the top 12 bits.
 */
static unsigned
triple_bit(unsigned char a, unsigned char b, unsigned char c)
{
	uint32_t x = (uint32_t)a << 16 | (uint32_t)b << 8 | c;
	return (x * 2654435761u) >> (32 - 12);
}

static int
has_bit(const uint64_t *set, unsigned bit)
{
	return set[bit / 64] >> (bit % 64) & 1;
}

static void
set_bit(uint64_t *set, unsigned bit)
{
	set[bit / 64] |= (uint64_t)1 << (bit % 64);
}

/*
 * any_of() is asked about 10,000 phrases a letter, and all but 1% are not
 * in the sentence. Asking each phrase in turn, even one bit test each,
 * was a tenth of a letter's instructions. So the question is turned
 * round: every phrase of every list any_of() has seen is kept in one
 * pool, filed under one of its triples (its key), and unit_init() marks
 * in the unit's live[] set the phrases whose key is among the unit's
 * triples: ~100 look-ups a sentence. any_of() then reads only its list's
 * live phrases, a word of live[] or two.
 *
 * Lists are kept by address (any_of()'s lists are static arrays of
 * literals; find_in() is also given built strings, and keeps reading
 * them). Per thread: ptraild reads letters on its reader thread. A list
 * first seen after a unit was made is read phrase by phrase for that
 * unit. A refusal here is one the unit's sets prove (a triple or pair of
 * the phrase is not in lc); what passes is judged by find_in() as
 * before, so no answer changes. A list that does not fit is read the old
 * way, phrase by phrase with find_in().
 */
#define SIG_LISTS_LOG	9
#define SIG_LISTS	(1 << SIG_LISTS_LOG)	/* ~170 lists */
#define SIG_MAX		8		/* pair bits kept per phrase */
#define SIG_TRI		4		/* triple bits kept per phrase */
#define NO_KEY		0xFFFF		/* a phrase of under 3 bytes */

struct phrase_sig {
	uint16_t	 bit[SIG_MAX];
	uint16_t	 tri[SIG_TRI];
	uint8_t		 nbit, ntri;
};

struct list_sig {
	const char *const *key;
	const char	*head;		/* list[0] then: a list built on the
					   stack at a reused address differs */
	int		 first, n;	/* its phrases in the pool */
	int		 w0, w1;	/* the words of live[] they are in */
	uint64_t	 m0, m1;	/* and their bits in the first, last */
};

static __thread struct list_sig lists[SIG_LISTS];
static __thread struct phrase_sig pool[PHRASE_POOL];
static __thread uint16_t pool_key[PHRASE_POOL];
static __thread int pool_used;
/* the pool's phrases by key: 1 + index of the first and of the next,
 * 0 ends; and the phrases with no key, live in every unit */
static __thread uint16_t key_first[1 << 12];
static __thread uint16_t key_next[PHRASE_POOL];
static __thread uint64_t keyless[PHRASE_POOL / 64];

/* The key: the triple filed under the fewest phrases so far, so that no
 * common triple ("we ", "the") makes unit_init() walk a long chain. */
static uint16_t
key_of(const struct phrase_sig *s)
{
	uint16_t best = NO_KEY;
	int best_n = 0;

	for (int k = 0; k < s->ntri; k++) {
		int n = 0;
		for (int i = key_first[s->tri[k]]; i; i = key_next[i - 1])
			n++;
		if (best == NO_KEY || n < best_n) {
			best = s->tri[k];
			best_n = n;
		}
	}
	return best;
}

static void
sig_fill(int i, const char *phrase)
{
	const unsigned char *p = (const unsigned char *)phrase;
	struct phrase_sig *s = &pool[i];

	s->nbit = s->ntri = 0;
	for (size_t j = 0; p[j] && p[j + 1] && s->nbit < SIG_MAX; j++)
		s->bit[s->nbit++] = (uint16_t)pair_bit(p[j], p[j + 1]);
	for (size_t j = 0; p[j] && p[j + 1] && p[j + 2] && s->ntri < SIG_TRI;
	    j++)
		s->tri[s->ntri++] = (uint16_t)triple_bit(p[j], p[j + 1],
		    p[j + 2]);
	pool_key[i] = key_of(s);
	if (pool_key[i] == NO_KEY) {
		set_bit(keyless, (unsigned)i);
		return;
	}
	key_next[i] = key_first[pool_key[i]];
	key_first[pool_key[i]] = (uint16_t)(i + 1);
}

/* The list's place in lists[], or NULL when it is read the old way. */
static const struct list_sig *
sig_of(const char *const *list)
{
	/* Fibonacci hashing: the lists lie side by side in .rodata */
	size_t h = ((uintptr_t)list * 0x9E3779B97F4A7C15u) >>
	    (64 - SIG_LISTS_LOG);
	int n = 0;

	for (size_t k = 0; k < SIG_LISTS; k++, h = (h + 1) & (SIG_LISTS - 1)) {
		if (lists[h].key == list)
			return lists[h].n && lists[h].head == list[0] ?
			    &lists[h] : NULL;
		if (lists[h].key == NULL)
			break;
	}
	if (lists[h].key != NULL)
		return NULL;			/* no room for another list */
	while (list[n])
		n++;
	lists[h].key = list;
	lists[h].head = list[0];
	if (n == 0 || pool_used + n > PHRASE_POOL)
		return NULL;			/* n 0: read the old way */
	lists[h].first = pool_used;
	lists[h].n = n;
	lists[h].w0 = pool_used / 64;
	lists[h].w1 = (pool_used + n - 1) / 64;
	lists[h].m0 = ~(uint64_t)0 << (pool_used % 64);
	lists[h].m1 = ~(uint64_t)0 >> (63 - (pool_used + n - 1) % 64);
	for (int k = 0; k < n; k++)
		sig_fill(pool_used + k, list[k]);
	pool_used += n;
	return &lists[h];
}

/* The unit's sets: its pairs, its triples, and the live phrases (those
 * keyed by a triple of lc; a triple seen before adds none). */
static void
pairs_fill(struct unit *u)
{
	memset(u->pairs, 0, sizeof(u->pairs));
	memset(u->triples, 0, sizeof(u->triples));
	memcpy(u->live, keyless, sizeof(u->live));
	u->live_upto = pool_used;
	for (size_t i = 0; i + 1 < u->len; i++) {
		const unsigned char *c = (const unsigned char *)u->lc + i;
		set_bit(u->pairs, pair_bit(c[0], c[1]));
		if (i + 2 >= u->len)
			continue;
		unsigned t = triple_bit(c[0], c[1], c[2]);
		if (has_bit(u->triples, t))
			continue;
		set_bit(u->triples, t);
		for (int k = key_first[t]; k; k = key_next[k - 1])
			set_bit(u->live, (unsigned)k - 1);
	}
}

/* The phrase's length when every byte triple of it (a phrase of two
 * bytes: its pair) may be in the unit, else 0: one pass, no strlen()
 * first (most phrases stop at their first triple). */
static size_t
may_contain(const struct unit *u, const char *phrase)
{
	const unsigned char *p = (const unsigned char *)phrase;
	size_t i = 0;

	if (p[0] == '\0')
		return 0;
	if (p[1] == '\0')
		return 1;
	if (p[2] == '\0')
		return has_bit(u->pairs, pair_bit(p[0], p[1])) ? 2 : 0;
	for (; p[i + 2] != '\0'; i++)
		if (!has_bit(u->triples, triple_bit(p[i], p[i + 1], p[i + 2])))
			return 0;
	return i + 2;
}

/* isspace() and tolower() of the C locale (ptrail never calls
 * setlocale()), without a call into libc for each byte of a letter */
static int
c_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static unsigned char
c_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Is the white space at text[i, j) a gap between a table's columns:
 * three spaces or more, a tab, or two ideographic spaces, on one line? */
static int
column_gap(const char *text, size_t i, size_t j)
{
	size_t sp = 0, ideo = 0;
	int tab = 0;

	for (size_t k = i; k < j; k++) {
		if (text[k] == '\n' || text[k] == '\r')
			return 0;
		sp += text[k] == ' ';
		tab |= text[k] == '\t';
		ideo += (unsigned char)text[k] == 0xE3;
	}
	return sp >= 3 || tab || ideo >= 2;
}

static void unit_fill(struct unit *u, const char *text, size_t start,
    size_t end, const struct civil *ref, int columns);

void
unit_init(struct unit *u, const char *text, size_t start, size_t end,
    const struct civil *ref)
{
	unit_fill(u, text, start, end, ref, 0);
}

/* A row of a table aligned by spaces: its column gaps read as " | ",
 * as in a table drawn with bars (action_items.c reads the cells). */
void
unit_init_row(struct unit *u, const char *text, size_t start, size_t end,
    const struct civil *ref)
{
	unit_fill(u, text, start, end, ref, 1);
}

static void
unit_fill(struct unit *u, const char *text, size_t start, size_t end,
    const struct civil *ref, int columns)
{
	size_t o = 0, ws_from = 0;
	int space = 0;

	memset(u, 0, sizeof(*u));
	/* a sentence is read up to its cap, cut between characters */
	if (end - start > EXTRACT_MAX_SENTENCE) {
		end = start + EXTRACT_MAX_SENTENCE;
		while (end > start && ((unsigned char)text[end] & 0xC0) == 0x80)
			end--;
		u->cut = 1;
	}
	u->orig = text;
	u->start = start;
	u->end = end;
	size_t cap = columns ? 3 * (end - start) + 1 : end - start + 1;
	u->lc = xmalloc(cap);
	u->map = xreallocarray(NULL, cap, sizeof(*u->map));
	for (size_t i = start; i < end; ) {
		const unsigned char *p = (const unsigned char *)text + i;
		/* a NUL byte is read as a space: the text goes on after it */
		int ws = c_space(*p) || *p == '\0' || (p[0] == 0xC2 && i + 1 < end && p[1] == 0xA0) ||
		    (p[0] == 0xE3 && i + 2 < end && p[1] == 0x80 && p[2] == 0x80);
		size_t step = ws && *p >= 0x80 ? (p[0] == 0xC2 ? 2 : 3) : 1;
		if (ws) {
			if (!space)
				ws_from = i;
			space = 1;
			i += step;
			continue;
		}
		if (space && o > 0 && columns && column_gap(text, ws_from, i)) {
			u->lc[o] = ' ';
			u->map[o++] = (uint32_t)i;
			u->lc[o] = '|';
			u->map[o++] = (uint32_t)i;
			u->lc[o] = ' ';
			u->map[o++] = (uint32_t)i;
		} else if (space && o > 0) {
			u->lc[o] = ' ';
			u->map[o++] = (uint32_t)i;
		}
		space = 0;
		if (p[0] == 0xE2 && i + 2 < end && p[1] == 0x80 &&
		    (p[2] == 0x98 || p[2] == 0x99)) {	/* ‘ ’ */
			u->lc[o] = '\'';
			u->map[o++] = (uint32_t)i;
			i += 3;
			continue;
		}
		u->lc[o] = (char)c_lower(*p);
		u->map[o++] = (uint32_t)i;
		i++;
	}
	u->lc[o] = '\0';
	u->map[o] = (uint32_t)end;
	u->len = o;
	pairs_fill(u);
	u->nspans = dates_find(text + start, end - start, ref, u->spans,
	    DATE_SPAN_MAX);
}

void
unit_free(struct unit *u)
{
	free(u->lc);
	free(u->map);
}

int
is_alnum_at(const struct unit *u, long i)
{
	return i >= 0 && (size_t)i < u->len &&
	    (isalnum((unsigned char)u->lc[i]) || u->lc[i] == '_');
}

/* The scan of find_in(), apart: most calls are refused before it, and
 * so do not pay for the registers it saves. */
static long __attribute__((noinline))
find_scan(const struct unit *u, const char *phrase, size_t n, size_t from,
    size_t to)
{
	int ascii = (unsigned char)phrase[0] < 0x80;
	const char *p;

	while (from + n <= to && (p = strstr(u->lc + from, phrase)) != NULL) {
		long i = p - u->lc;
		if ((size_t)i + n > to)
			return -1;
		if (!ascii || ((!isalnum((unsigned char)phrase[0]) ||
		    !is_alnum_at(u, i - 1)) && (!isalnum((unsigned char)phrase[n - 1]) ||
		    !is_alnum_at(u, i + (long)n))))
			return i;
		from = (size_t)i + 1;
	}
	return -1;
}

/* The lc offset where the unit's text offset off (relative to u->start,
 * as a date span's start and end are) falls. */
size_t
lc_at(const struct unit *u, size_t off)
{
	size_t i = 0;
	while (i < u->len && u->map[i] - u->start < off)
		i++;
	return i;
}

/* The lc offset where date span sp's words begin (lc_at() may land on
 * the white space before them). */
size_t
span_lc(const struct unit *u, const struct date_span *sp)
{
	size_t i = lc_at(u, sp->start);

	while (i < u->len && u->lc[i] == ' ')
		i++;
	return i;
}

/* How many date spans start in lc [a, b) and pass ok (NULL: all of
 * them)? Every "is there a date in this clause" question asks this. */
int
spans_in(const struct unit *u, size_t a, size_t b, span_test ok)
{
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;
	int n = 0;

	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].start >= oa && u->spans[k].start < ob &&
		    (ok == NULL || ok(u, &u->spans[k])))
			n++;
	return n;
}

/* Does the unit name a clock time ("at 4:15", 下晝3點), with a day or
 * alone? */
int
unit_has_clock(const struct unit *u)
{
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].hour >= 0 || u->spans[k].is_time)
			return 1;
	return 0;
}

/* Does u->lc hold s at position at? */
int
unit_starts(const struct unit *u, size_t at, const char *s)
{
	size_t n = strlen(s);
	return at + n <= u->len && strncmp(u->lc + at, s, n) == 0;
}

/* Does a word of list end at lc[i] (i is where the next word starts)?
 * Its length, or 0. */
size_t
ends_at(const struct unit *u, size_t i, const char *const *list)
{
	for (int k = 0; list[k]; k++) {
		size_t n = strlen(list[k]);
		if (i >= n && strncmp(u->lc + i - n, list[k], n) == 0)
			return n;
	}
	return 0;
}

/* The first clause comma (", " or "，") at or after from, or -1. */
long
first_comma(const struct unit *u, size_t from)
{
	long en = find_in(u, ", ", from, u->len);
	long zh = find_in(u, "，", from, u->len);

	return en < 0 ? zh : zh < 0 || en < zh ? en : zh;
}

/* Position of phrase in u->lc within [from, to), or -1. ASCII phrases
 * must stand as words; others (Chinese) match anywhere. */
long
find_in(const struct unit *u, const char *phrase, size_t from, size_t to)
{
	size_t n = may_contain(u, phrase);

	if (n == 0)
		return -1;
	return find_scan(u, phrase, n, from, to > u->len ? u->len : to);
}

static int
sig_refused(const struct unit *u, const struct phrase_sig *s)
{
	for (int k = 0; k < s->ntri; k++)
		if (!has_bit(u->triples, s->tri[k]))
			return 1;
	for (int k = 0; k < s->nbit; k++)
		if (!has_bit(u->pairs, s->bit[k]))
			return 1;
	return 0;
}

/* Is phrase i of the pool (list[i - first]) in [from, to)? */
static int
pool_found(const struct unit *u, const char *const *list, int first, int i,
    size_t from, size_t to)
{
	return !sig_refused(u, &pool[i]) &&
	    find_in(u, list[i - first], from, to) >= 0;
}

/* The list's phrases that the unit's live[] set holds. */
static int
any_live(const struct unit *u, const char *const *list,
    const struct list_sig *l, size_t from, size_t to)
{
	for (int w = l->w0; w <= l->w1; w++) {
		uint64_t bits = u->live[w];
		if (w == l->w0)
			bits &= l->m0;
		if (w == l->w1)
			bits &= l->m1;
		for (; bits; bits &= bits - 1) {
			int i = w * 64 + __builtin_ctzll(bits);
			if (pool_found(u, list, l->first, i, from, to))
				return 1;
		}
	}
	return 0;
}

int
any_of(const struct unit *u, const char *const *list, size_t from, size_t to)
{
	const struct list_sig *l = sig_of(list);

	if (l != NULL && l->first + l->n <= u->live_upto)
		return any_live(u, list, l, from, to);
	if (l != NULL) {		/* seen after the unit was made */
		for (int i = l->first; i < l->first + l->n; i++)
			if (pool_found(u, list, l->first, i, from, to))
				return 1;
		return 0;
	}
	for (int k = 0; list[k]; k++)
		if (find_in(u, list[k], from, to) >= 0)
			return 1;
	return 0;
}

static int
blank_at(const char *s, size_t i)
{
	return isspace((unsigned char)s[i]) || s[i] == '\0';
}

/* The original text of lc range [a, b), white space collapsed. */
char *
quote_of(const struct unit *u, size_t a, size_t b)
{
	struct buf out = BUF_INIT;
	size_t oa = u->map[a], ob = b < u->len ? u->map[b] : u->end;
	int space = 0;

	/* keep the end of a multi-byte character whole */
	if (b < u->len)
		while (ob > oa && ((unsigned char)u->orig[ob] & 0xC0) == 0x80)
			ob++;
	/* a word at a time: a quote is made for every item, and a byte
	 * at a time was most of its cost */
	for (size_t i = oa, j; i < ob; i = j) {
		if (blank_at(u->orig, i)) {
			space = 1;
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < ob && !blank_at(u->orig, j); j++)
			;
		if (space && out.len)
			buf_addch(&out, ' ');
		space = 0;
		buf_add(&out, u->orig + i, j - i);
	}
	while (out.len && (out.s[out.len - 1] == ' '))
		out.s[--out.len] = '\0';
	return buf_detach(&out);
}



/* 如有查詢，請致電: after the condition, a request. 請 inside a word
 * (申請 apply, 邀請 invite, 聘請 hire) asks nothing: 如有需要，學校可
 * 考慮申請資源 is the school's own statement. */
static int
if_then_request(const struct unit *u)
{
	static const char *const words[] = { "申請", "邀請", "聘請", NULL };

	for (int k = 0; zh_if_requests[k]; k++)
		for (long i = find_in(u, zh_if_requests[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_if_requests[k], (size_t)i + 1, u->len))
			if (!ends_at(u, (size_t)i + strlen(zh_if_requests[k]),
			    words))
				return 1;
	return 0;
}

/* "If 27th May is not possible for you, please let Miss Tam know": a
 * condition, then after its comma a request. */
static int
en_if_then_request(const struct unit *u)
{
	static const char *const asks[] = { "please", "kindly", "do let",
	    "just let", "let me know", "let us know", "feel free", NULL };
	const char *comma;
	size_t i;

	if (!unit_starts(u, 0, "if ") ||
	    (comma = memchr(u->lc, ',', u->len)) == NULL)
		return 0;
	i = (size_t)(comma - u->lc) + 1;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	for (int k = 0; asks[k]; k++)
		if (unit_starts(u, i, asks[k]))
			return 1;
	return 0;
}

int
is_request_to_parent(const struct unit *u)
{
	static const char *const starts[] = { "please", "kindly", "could you",
	    "would you", "can you", "may i ask", "we would appreciate",
	    "do let", "feel free", "請", "煩請", "敬請", "懇請", "如", NULL };
	/* "please note", "kindly be informed", "please rest assured",
	 * "please do not worry", 請放心: the form of a request, the
	 * content of a statement */
	static const char *const informing[] = { "note", "be ", "rest ",
	    "understand", "do not worry", "don't worry", "don't be",
	    "do not be", "放心", "留意",
	    "注意", NULL };
	/* 逾期繳款者，…, 缺席者，…: a notice to a class of readers (those
	 * who pay late), its first clause short and ending in 者 */
	long who = find_in(u, "者，", 0, 36);
	if (en_if_then_request(u))
		return 1;
	if (who > 0 && (unsigned char)u->lc[0] >= 0x80 &&
	    find_in(u, "，", 0, (size_t)who) < 0)
		return 1;
	for (int k = 0; starts[k]; k++) {
		size_t n;
		if (u->lc[0] != starts[k][0])	/* most units: no strncmp() */
			continue;
		n = strlen(starts[k]);
		if (strncmp(u->lc, starts[k], n) != 0)
			continue;
		if (!strcmp(starts[k], "please") || !strcmp(starts[k], "kindly") ||
		    !strcmp(starts[k], "請") || !strcmp(starts[k], "敬請")) {
			static const char *const you[] = { "家長", "閣下",
			    "您", "你", NULL };
			size_t i = n;
			while (u->lc[i] == ' ')
				i++;
			/* 請家長放心: the addressee named before the verb */
			for (int y = 0; you[y] && u->lc[0] & 0x80; y++)
				if (strncmp(u->lc + i, you[y], strlen(you[y])) == 0) {
					i += strlen(you[y]);
					break;
				}
			for (int f = 0; informing[f]; f++)
				if (strncmp(u->lc + i, informing[f],
				    strlen(informing[f])) == 0)
					return 0;
		}
		/* 如有查詢，請致電: a condition opens the request; 如有進一步
		 * 消息，會再通知您 is the school's own (soft) promise */
		if (!strcmp(starts[k], "如"))
			return if_then_request(u);
		return 1;
	}
	return 0;
}

/* "The following actions will be taken:" heads a list; it is not an item */
int
ends_with_colon(const struct unit *u)
{
	return u->len > 0 && (u->lc[u->len - 1] == ':' ||
	    (u->len >= 3 && strcmp(u->lc + u->len - 3, "：") == 0));
}

int
is_question(const struct unit *u)
{
	return u->len > 0 && (u->lc[u->len - 1] == '?' ||
	    (u->len >= 3 && strcmp(u->lc + u->len - 3, "？") == 0));
}

/* "will be sent", "will be given": a passive with a concrete action. */

/* Is one of the NUL-terminated class's words in s (a word of s)? */
int
find_word_class(const char *s, const char *const *list)
{
	for (; *list; list++) {
		size_t n = strlen(*list);
		for (const char *p = strstr(s, *list); p; p = strstr(p + 1, *list))
			if ((p == s || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]))
				return 1;
	}
	return 0;
}
