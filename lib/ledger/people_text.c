/*
 * people_text.c — names read out of a letter's words: the role a phrase
 * names ("the SENCO", 班主任), the last name before a pronoun, the person
 * a delegation asks ("I have asked Ms Wong to"), and the name under a
 * letter's closing. people.c turns what these find into ledger rows.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "ledger/people.h"
#include "ledger/people_int.h"

/* The role a phrase names ("the SENCO", "班主任"), or -1. */
int
phrase_role(const char *s)
{
	static const struct { const char *w; enum role r; } map[] = {
		{ "senco", ROLE_SENCO }, { "統籌主任", ROLE_SENCO },
		{ "特殊教育需要統籌", ROLE_SENCO },
		{ "class teacher", ROLE_CLASS_TEACHER },
		{ "form teacher", ROLE_CLASS_TEACHER },
		{ "班主任", ROLE_CLASS_TEACHER },
		{ "principal", ROLE_PRINCIPAL }, { "headteacher", ROLE_PRINCIPAL },
		{ "校長", ROLE_PRINCIPAL },
		{ "educational psychologist", ROLE_EP },
		{ "教育心理學家", ROLE_EP },
	};
	char *low = lower_dup(s);
	int r = -1;

	for (size_t k = 0; k < sizeof(map) / sizeof(map[0]) && r < 0; k++)
		if (strstr(low, map[k].w))
			r = (int)map[k].r;
	/* "the EP", "our EP", "EP" as a word */
	if (r < 0) {
		const char *p = low;
		while ((p = strstr(p, "ep")) != NULL) {
			int before = p == low || !isalpha((unsigned char)p[-1]);
			int after = !isalpha((unsigned char)p[2]);
			if (before && after) {
				r = ROLE_EP;
				break;
			}
			p += 2;
		}
	}
	free(low);
	/* "the principal" said of a name ("Mr Lee, the principal") is the
	 * name's: only a phrase with no name in it names a role */
	return r;
}

/* Collapse whitespace runs into one space (caller frees). */
char *
squeeze(const char *s)
{
	struct buf b = BUF_INIT;
	int sp = 0;
	buf_addstr(&b, "");
	for (; s && *s; s++) {
		if (isspace((unsigned char)*s)) {
			sp = b.len > 0;
			continue;
		}
		if (sp)
			buf_addch(&b, ' ');
		sp = 0;
		buf_addch(&b, *s);
	}
	return buf_detach(&b);
}

/* A name at p: "Ms Wong Mei Ling", "Dr Ho", "陳老師". Its length, or 0. */
size_t
name_at(const char *p, const char *start)
{
	/* most characters start no name: only a capital or a CJK one can */
	if (!isupper((unsigned char)*p) && ((unsigned char)*p < 0xE0 ||
	    (unsigned char)*p >= 0xF0))
		return 0;
	for (int k = 0; people_en_titles[k] && isupper((unsigned char)*p); k++) {
		size_t tl = strlen(people_en_titles[k]);
		if (strncasecmp(p, people_en_titles[k], tl) != 0 || !isupper((unsigned char)*p))
			continue;
		if (p > start && isalpha((unsigned char)p[-1]))
			continue;
		const char *q = p + tl;
		if (*q == '.')
			q++;
		if (*q != ' ' || !isupper((unsigned char)q[1]))
			continue;
		q++;
		const char *end = q;
		while (isupper((unsigned char)*q)) {
			while (isalpha((unsigned char)*q) || *q == '-')
				q++;
			end = q;
			if (*q == ' ' && isupper((unsigned char)q[1]))
				q++;
			else
				break;
		}
		return (size_t)(end - p);
	}
	/* Chinese: one CJK character (the surname), then a title */
	if ((unsigned char)*p >= 0xE0 && (unsigned char)*p < 0xF0 && p[1] && p[2])
		for (int k = 0; people_zh_titles[k]; k++)
			if (strncmp(p + 3, people_zh_titles[k], strlen(people_zh_titles[k])) == 0 &&
			    strncmp(p, "校", 3) != 0 && strncmp(p, "的", 3) != 0)
				return 3 + strlen(people_zh_titles[k]);
	return 0;
}

/* The last name in text[0, limit), or NULL (caller frees). */
char *
last_name_before(const char *text, size_t limit)
{
	const char *best = NULL;
	size_t bestlen = 0;

	for (size_t i = 0; i < limit; ) {
		size_t n = name_at(text + i, text);
		if (n > 0 && i + n <= limit) {
			best = text + i;
			bestlen = n;
			i += n;
		} else {
			i++;
		}
	}
	return best ? xstrndup(best, bestlen) : NULL;
}

/* "I have asked Ms Wong to", "我已請陳老師": the person asked, or NULL. */
char *
delegate(const char *quote)
{
	static const char *const verbs[] = { "asked ", "ask ", "requested ",
	    "已請", "請了", "已邀請", "已安排", NULL };
	for (int k = 0; verbs[k]; k++) {
		const char *p = strstr(quote, verbs[k]);
		size_t n;
		if (p == NULL)
			continue;
		p += strlen(verbs[k]);
		if ((n = name_at(p, quote)) > 0)
			return xstrndup(p, n);
	}
	return NULL;
}

char *
people_signature_name(const char *body)
{
	static const char *const closes[] = { "regards", "yours", "sincerely",
	    "best wishes", "thanks", "thank you", "謝謝", "祝好", "此致", "順祝",
	    NULL };
	const char *p = body, *line, *found = NULL;

	if (body == NULL)
		return NULL;
	for (line = p; *line; ) {
		const char *e = strchr(line, '\n');
		size_t n = e ? (size_t)(e - line) : strlen(line);
		char *low = xstrndup(line, n);
		for (char *q = low; *q; q++)
			*q = (char)tolower((unsigned char)*q);
		for (int k = 0; closes[k]; k++)
			if (strstr(low, closes[k]) && n < 40)
				found = e ? e + 1 : NULL;
		free(low);
		if (e == NULL)
			break;
		line = e + 1;
	}
	if (found == NULL)
		return NULL;
	while (*found == '\n' || *found == ' ' || *found == '\r')
		found++;
	const char *e = strchr(found, '\n');
	size_t n = e ? (size_t)(e - found) : strlen(found);
	while (n > 0 && (found[n - 1] == '\r' || found[n - 1] == ' '))
		n--;
	if (n == 0 || n > 60)
		return NULL;
	return xstrndup(found, n);
}

