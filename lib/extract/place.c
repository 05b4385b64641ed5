/*
 * place.c — where a meeting is held, when its letter names a room: the
 * feed's LOCATION and `ptrail show`'s "where".
 *
 * A place is read from the meeting's sentence or, failing that, the next
 * one ("The review is on 20 May. It will be held in Room 204."), in three
 * shapes:
 *   a label   "Venue: …", "Location: …", 地點：…, 場地：… (to the end of
 *             the clause)
 *   EN "in"/"at" + up to four words ending in a place noun: "in Room 204",
 *             "in the SEN room", "at the school hall", "at the main office"
 *   ZH 於/喺/在 + up to eight characters ending in a place noun:
 *             於本校會議室, 喺學校禮堂, 在輔導室
 * A place noun is what makes it a place: "in the meantime", "in March",
 * "at 4pm" name none, and a word like "on", "with" or a digit in Chinese
 * ends the search, so "at 4pm in Room 204" gives "Room 204" and
 * 於5月20日在本校會議室 gives 本校會議室, not the date.
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

#define PLACE_MAX	80	/* bytes: a place is a name, not a paragraph */
#define EN_WORDS	4	/* words before the noun, "the" not counted */
#define ZH_BYTES	24	/* eight CJK characters */

static const char *const labels[] = { "venue:", "location:", "place:",
    "地點：", "地點:", "場地：", "場地:", "地址：", NULL };

static const char *const en_nouns[] = { "room", "rm", "hall", "office",
    "library", "classroom", "centre", "center", "gym", "gymnasium", "lab",
    "laboratory", "auditorium", "chapel", "studio", "canteen", "block",
    "wing", "suite", NULL };

/* words that end a place phrase: it is a time, a person or another clause */
static const char *const en_stops[] = { "on", "at", "in", "with", "by",
    "for", "to", "from", "and", "or", "of", "before", "after", "during",
    "when", "if", "so", "as", "is", "are", "will", NULL };

static const char *const zh_preps[] = { "於", "喺", "在", NULL };

static const char *const zh_nouns[] = { "會議室", "輔導室", "禮堂", "課室",
    "教室", "校務處", "圖書館", "活動室", "會客室", "辦公室", "室", "中心",
    "会议室", "礼堂", NULL };

static const char *const zh_ends[] = { "，", "。", "；", "、", "：", "（",
    "(", ",", ";", NULL };

static int
is_word_byte(char c)
{
	return isalnum((unsigned char)c) || c == '-' || c == '\'' || c == '/';
}

static int
in_list(const char *w, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, w, n) == 0)
			return 1;
	return 0;
}

/* Whether s starts with one of list's strings. */
static int
starts_any(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strncmp(s, *list, strlen(*list)) == 0)
			return 1;
	return 0;
}

/* "204", "3a", "b": a room's number or letter after its noun */
static int
is_room_id(const char *w, size_t n)
{
	int digit = 0;
	if (n == 0 || n > 5)
		return 0;
	for (size_t k = 0; k < n; k++)
		digit |= isdigit((unsigned char)w[k]) != 0;
	/* "Hall B", but not "in the hall a week later" */
	return digit || (n == 1 && isalpha((unsigned char)w[0]) &&
	    w[0] != 'a' && w[0] != 'i');
}

/* The place after "venue:" at lc offset a, to the end of its clause. */
static char *
after_label(const struct unit *u, size_t a)
{
	size_t b = a;
	while (b < u->len && u->lc[b] == ' ')
		a = ++b;
	while (b < u->len && b - a < PLACE_MAX && u->lc[b] != ';' &&
	    u->lc[b] != ',' && !(u->lc[b] == '.' && (b + 1 == u->len ||
	    u->lc[b + 1] == ' ')) && !starts_any(u->lc + b, zh_ends))
		b++;
	while (b > a && (u->lc[b - 1] == ' ' || u->lc[b - 1] == '.'))
		b--;
	return b > a ? quote_of(u, a, b) : NULL;
}

static char *
labelled(const struct unit *u)
{
	for (const char *const *l = labels; *l; l++) {
		long i = find_in(u, *l, 0, u->len);
		if (i >= 0)
			return after_label(u, (size_t)i + strlen(*l));
	}
	return NULL;
}

/* After "in"/"at" at lc offset i: the words up to a place noun (and the
 * room's number after it), without a leading "the". */
static char *
en_phrase(const struct unit *u, size_t i)
{
	size_t p = i + 3, a, b = 0;
	int words = 0;

	if (p > u->len || u->lc[p - 1] != ' ')
		return NULL;
	a = p;
	while (p < u->len && words <= EN_WORDS) {
		size_t w = p;
		while (p < u->len && is_word_byte(u->lc[p]))
			p++;
		size_t n = p - w;
		if (n == 0)
			break;
		if (b) {
			if (is_room_id(u->lc + w, n))
				b = p;
			break;
		}
		if (in_list(u->lc + w, n, en_stops))
			break;
		if (words == 0 && (in_list(u->lc + w, n, (const char *const[])
		    { "the", "our", "your", NULL })))
			a = p + 1;
		else if (in_list(u->lc + w, n, en_nouns))
			b = p;
		else
			words++;
		if (p >= u->len || u->lc[p] != ' ')
			break;
		p++;
	}
	return b > a ? quote_of(u, a, b) : NULL;
}

static char *
en_place(const struct unit *u)
{
	static const char *const preps[] = { "in", "at", NULL };
	for (const char *const *pr = preps; *pr; pr++) {
		size_t from = 0;
		long i;
		while ((i = find_in(u, *pr, from, u->len)) >= 0) {
			char *s = en_phrase(u, (size_t)i);
			if (s)
				return s;
			from = (size_t)i + 1;
		}
	}
	return NULL;
}

/* After 於/喺/在 ending at lc offset a: up to ZH_BYTES to a place noun,
 * stopping at punctuation, a digit or another of them. */
static char *
zh_phrase(const struct unit *u, size_t a)
{
	size_t end = a + ZH_BYTES < u->len ? a + ZH_BYTES : u->len;
	size_t b = 0;

	for (size_t p = a; p < end && !b; ) {
		unsigned char c = (unsigned char)u->lc[p];
		if (c < 0x80 && (isdigit(c) || isspace(c) || ispunct(c)))
			break;
		if (starts_any(u->lc + p, zh_ends) || starts_any(u->lc + p, zh_preps))
			break;
		for (const char *const *n = zh_nouns; *n; n++)
			if (strncmp(u->lc + p, *n, strlen(*n)) == 0 &&
			    p + strlen(*n) > b)
				b = p + strlen(*n);
		p++;
		while (p < end && ((unsigned char)u->lc[p] & 0xC0) == 0x80)
			p++;
	}
	return b > a ? quote_of(u, a, b) : NULL;
}

static char *
zh_place(const struct unit *u)
{
	for (const char *const *pr = zh_preps; *pr; pr++) {
		size_t from = 0;
		long i;
		while ((i = find_in(u, *pr, from, u->len)) >= 0) {
			char *s = zh_phrase(u, (size_t)i + strlen(*pr));
			if (s)
				return s;
			from = (size_t)i + 1;
		}
	}
	return NULL;
}

static char *
place_in(const struct unit *u)
{
	char *s;
	if ((s = labelled(u)) == NULL && (s = en_place(u)) == NULL)
		s = zh_place(u);
	return s;
}

/* Whether u names a day: then it is about another event, and its place
 * is not this meeting's. */
static int
has_day(const struct unit *u)
{
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date)
			return 1;
	return 0;
}

/* The sentence after u, when it goes on with u's sitting: a sentence of
 * the letter, not a table row, naming no day of its own ("Room 204, by
 * the hall.", "The secretary has already booked it."). NULL if none. */
const struct unit *
sentence_after(const struct letter *lt, const struct unit *u)
{
	if (lt->units == NULL || u < lt->units ||
	    u + 1 >= lt->units + lt->nunits || u[1].is_row || has_day(u + 1))
		return NULL;
	return u + 1;
}

char *
meeting_place(const struct letter *lt, const struct unit *u)
{
	char *s = place_in(u);
	const struct unit *next;

	if (s == NULL && (next = sentence_after(lt, u)) != NULL)
		s = place_in(next);
	return s;
}
