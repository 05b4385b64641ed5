/*
 * signoff.c — who wrote the letter: the parent, or not known.
 *
 * ptraild knows a parent's letter by its address (config: parent =). A
 * letter read without a config (`ptrail extract FILE.eml`, a summary
 * forwarded from another account) is known by how it is signed: its
 * last lines name the writer as the child's parent ("Kitty Lau (Ho
 * Long's mum, 3B)", "Parent of Ethan, 4C", 陳大文家長, 浩朗媽媽). In such a
 * letter "you will send the report" records the school's promise.
 *
 * Or by how it opens: the summary parents are told to send ("Following
 * our meeting on 7 February, I understood that: ...").
 *
 * Or by its envelope: a family writes from a personal mailbox (gmail,
 * yahoo, netvigator) to a school's or an office's own domain; a school
 * writes from its domain. Both ends must say so.
 *
 * Only short lines count, and not a greeting ("Dear Ho Long's mum"),
 * nor a reply slip's field (家長簽署, 家長姓名) or a body (家長教師會).
 */
#define _GNU_SOURCE		/* memmem */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"

#define SIGNOFF_LINES	6	/* the last non-empty lines read */
#define SIGNOFF_LINE_MAX 80	/* bytes: a sign-off, not a sentence */
#define SUMMARY_OPENING	800	/* bytes: the letter's first lines */

/* the writer named as the child's parent */
static const char *const parent[] = { "'s mum", "'s mom", "'s dad",
	"'s mother", "'s father", "'s parents", "’s mum", "’s mom", "’s dad",
	"’s mother", "’s father", "’s parents", "parent of ", "mother of ",
	"father of ", "家長", "媽媽", "爸爸", "媽咪", "爹哋", "爹地", NULL };
/* a field or a body, not a signature */
static const char *const not_signed[] = { "dear", "簽", "姓名",
	"回條", "教師會", "致", "各位", "：", ":", "親愛", NULL };

static int
has_han(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)p[i] >= 0xE4 && (unsigned char)p[i] <= 0xE9)
			return 1;
	return 0;
}

/* Does [p, p + n) contain a word of list, case folded? */
static int
has_any(const char *p, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++) {
		size_t w = strlen(list[k]);
		int c = tolower((unsigned char)list[k][0]);

		/* the first byte refuses nearly every place */
		for (size_t i = 0; i + w <= n; i++)
			if (tolower((unsigned char)p[i]) == c &&
			    strncasecmp(p + i, list[k], w) == 0)
				return 1;
	}
	return 0;
}

static int
line_signed_by_parent(const char *p, size_t n)
{
	if (n > SIGNOFF_LINE_MAX)
		return 0;
	/* every word of the parent holds an apostrophe, "of" or a Han
	 * character: most lines ("Best regards,", a name) hold none */
	if (memchr(p, '\'', n) == NULL && memmem(p, n, "’", 3) == NULL &&
	    memmem(p, n, "of ", 3) == NULL && !has_han(p, n))
		return 0;
	/* a sentence ("約咗你同陳媽媽喺教員室傾。") is not a signature */
	if (n >= 3 && (memcmp(p + n - 3, "。", 3) == 0 ||
	    memcmp(p + n - 3, "？", 3) == 0 || memcmp(p + n - 3, "！", 3) == 0))
		return 0;
	return !has_any(p, n, not_signed) && has_any(p, n, parent);
}

/* The advocates' summary, opened in the parent's words: "Following our
 * meeting on 7 February, I understood that: ..." — a school confirms or
 * corrects a summary; it does not write one so. */
static int
opens_as_summary(const char *text, size_t len)
{
	static const char *const opener[] = { "i understood that",
	    "i understood the following", "my understanding is that",
	    "my understanding of what we agreed", "我的理解是", "我理解到",
	    NULL };
	size_t n = len < SUMMARY_OPENING ? len : SUMMARY_OPENING;

	/* each opener holds one of these, as written */
	if (memmem(text, n, "nderst", 6) == NULL &&
	    memmem(text, n, "理解", 6) == NULL)
		return 0;
	return has_any(text, n, opener);
}

static int
signed_by_parent(const char *text, size_t len)
{
	size_t end = len;
	int seen = 0;

	while (end > 0 && seen < SIGNOFF_LINES) {
		size_t s = end;
		while (s > 0 && text[s - 1] != '\n')
			s--;
		size_t a = s, b = end;
		while (a < b && (text[a] == ' ' || text[a] == '\t' ||
		    text[a] == '\r'))
			a++;
		while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' ||
		    text[b - 1] == '\r'))
			b--;
		if (b > a) {
			if (line_signed_by_parent(text + a, b - a))
				return 1;
			seen++;
		}
		end = s > 0 ? s - 1 : 0;
	}
	return 0;
}

/*
 * In the parent's own letter, a sentence in her own voice ("I am still
 * waiting for the report", "Whether I do so depends on your reply", "I
 * was disappointed that an IEP could not be discussed") or one that
 * retells what was said ("Mrs Chow said it would be reviewed", "we were
 * told that an IEP was not needed", 何老師表示…) is no deflection: a
 * deflection is the school's own words. What she records as agreed
 * ("I understood that Mr Ho will look into ...") is read elsewhere.
 */
int
parents_voice(const struct unit *u)
{
	static const char *const me[] = { "i", "we", "i'm", "i've", "we're",
	    "we've", "i'd", "we'd", "我", "我哋", "我們", "本人", NULL };
	static const char *const retold[] = { "said", "explained", "told",
	    "stated", "informed", "mentioned", "replied", "wrote", "表示",
	    "話過", "講過", "曾說", "說過", "回覆說", NULL };
	static const char *const recorded[] = { "understood", "agreed",
	    "confirmed", "我理解", "我明白", NULL };
	size_t head = u->len < 45 ? u->len : 45;
	long i = -1;

	for (int k = 0; me[k]; k++) {
		long at = find_in(u, me[k], 0, head);
		if (at >= 0 && (i < 0 || at < i))
			i = at;
	}
	if (i >= 0 && !any_of(u, recorded, (size_t)i, head))
		return 1;
	return any_of(u, retold, 0, u->len);
}

/* Is addr (lower case, "a@x") at a mail service anyone can sign up to? */
static int
personal_mailbox(const char *addr)
{
	static const char *const services[] = { "gmail.com",
	    "googlemail.com", "yahoo.com", "yahoo.com.hk", "ymail.com",
	    "hotmail.com", "hotmail.com.hk", "outlook.com", "live.com",
	    "msn.com", "icloud.com", "me.com", "mac.com", "aol.com",
	    "protonmail.com", "proton.me", "netvigator.com", "163.com",
	    "qq.com", "126.com", "hkbn.net", "i-cable.com", NULL };
	const char *at = addr ? strrchr(addr, '@') : NULL;

	if (at == NULL)
		return 0;
	for (int k = 0; services[k]; k++)
		if (strcasecmp(at + 1, services[k]) == 0)
			return 1;
	return 0;
}

/* From a personal mailbox to an address that is none: the family
 * writing to the school (to is "a@x, b@y"; its first address counts). */
int
sent_from_home(const char *from_addr, const char *to)
{
	char first[256];
	size_t n;

	if (!personal_mailbox(from_addr) || to == NULL)
		return 0;
	n = strcspn(to, ", ");
	if (n == 0 || n >= sizeof(first))
		return 0;
	memcpy(first, to, n);
	first[n] = '\0';
	return strchr(first, '@') != NULL && !personal_mailbox(first);
}

int
letter_by_parent(const char *text, size_t len)
{
	return signed_by_parent(text, len) || opens_as_summary(text, len);
}
