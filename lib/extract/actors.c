/*
 * actors.c — who is to act: the title and name, role or pronoun written
 * before a future marker, within its clause; and whether two actors are
 * the same person ("Miss Chiu" … "She").
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "base/xmalloc.h"

/* Where the clause holding position pos begins (lc offset): just after
 * the nearest clause break before it. */
size_t
clause_start(const struct unit *u, size_t pos)
{
	static const char *const cuts[] = { ", ", "; ", " and ", " but ",
	    " so ", " that ", " which ", " because ", " as ", " if ", " when ",
	    " then ", "，", "；", "、", ": ", NULL };
	for (size_t i = pos; i-- > 0; ) {
		char c = u->lc[i];
		if (c != ',' && c != ';' && c != ' ' && c != ':' &&
		    (unsigned char)c != 0xEF && (unsigned char)c != 0xE3)
			continue;
		for (int k = 0; cuts[k]; k++) {
			size_t n = strlen(cuts[k]);
			if (i + n <= pos && memcmp(u->lc + i, cuts[k], n) == 0)
				return i + n;
		}
	}
	return 0;
}

/* The actor written before a marker at lc[pos]: a title and name, a role,
 * a pronoun. Returns a copy of the original words, or NULL. */
char *
actor_before(const struct unit *u, size_t from, size_t pos, int *is_thing)
{
	long best = -1;
	size_t best_end = 0;

	*is_thing = 0;
	/* a title and a capitalised name: Ms Wong, Dr Ho, Miss Lam Ka Yan */
	for (int t = 0; person_titles[t]; t++) {
		long i = find_in(u, person_titles[t], from, pos);
		while (i >= 0) {
			size_t e = (size_t)i + strlen(person_titles[t]);
			if (e < pos && u->lc[e] == '.')
				e++;
			size_t j = e;
			while (j < pos && u->lc[j] == ' ' && j + 1 < pos &&
			    isupper((unsigned char)u->orig[u->map[j + 1]])) {
				j++;
				while (j < pos && isalpha((unsigned char)u->lc[j]))
					j++;
			}
			if (j > e + 1 && i > best) {
				best = i;
				best_end = j;
			}
			i = find_in(u, person_titles[t], (size_t)i + 1, pos);
		}
	}
	/* a pronoun or role closer to the marker wins */
	for (int p = 0; pronouns_en[p]; p++) {
		long i = find_in(u, pronouns_en[p], from, pos);
		while (i >= 0) {
			if (i > best) {
				best = i;
				best_end = (size_t)i + strlen(pronouns_en[p]);
			}
			i = find_in(u, pronouns_en[p], (size_t)i + 1, pos);
		}
	}
	for (int r = 0; roles_en[r]; r++) {
		long i = find_in(u, roles_en[r], from, pos);
		if (i >= 0 && (i > best || (size_t)i + strlen(roles_en[r]) > best_end)) {
			/* take "the"/"our" before the role too */
			long s = i;
			if (s >= 4 && strncmp(u->lc + s - 4, "the ", 4) == 0)
				s -= 4;
			else if (s >= 4 && strncmp(u->lc + s - 4, "our ", 4) == 0)
				s -= 4;
			if (i >= best) {
				best = s;
				best_end = (size_t)i + strlen(roles_en[r]);
			}
		}
	}
	for (int r = 0; roles_zh[r]; r++) {
		long i = find_in(u, roles_zh[r], from, pos);
		if (i >= 0 && (long)(i + strlen(roles_zh[r])) > (long)best_end) {
			/* a name before 老師/主任/姑娘: take up to 3 characters */
			long s = i;
			int k = 0;
			while (s >= 3 && k < 3 && (unsigned char)u->lc[s - 3] >= 0xE3 &&
			    strncmp(u->lc + s - 3, "，", 3) != 0 &&
			    strncmp(u->lc + s - 3, "由", 3) != 0 &&
			    strncmp(u->lc + s - 3, "的", 3) != 0 &&
			    (r >= 7 && r <= 13)) {
				s -= 3;
				k++;
			}
			best = s;
			best_end = (size_t)i + strlen(roles_zh[r]);
		}
	}
	if (best < 0) {
		/* something that cannot act: "it", "this", "the report" */
		*is_thing = pos > from;
		return NULL;
	}
	if (best_end > pos)
		best_end = pos;
	while (best_end > (size_t)best && u->lc[best_end - 1] == ' ')
		best_end--;
	return quote_of(u, (size_t)best, best_end);
}


int
same_actor(const char *a, const char *b)
{
	static const char *const pron[] = { "she", "he", "they", "it", "She",
	    "He", "They", "It", "佢", "她", "他", NULL };
	char wa[64], wb[64];
	const char *p, *q;
	int la, lb;

	if (a == NULL || b == NULL)
		return 0;
	for (int k = 0; pron[k]; k++)
		if (strcmp(b, pron[k]) == 0)
			return 1;
	for (p = a; *p; p += la) {
		while (*p == ' ' || *p == ',')
			p++;
		la = (int)strcspn(p, " ,");
		if (la < 2 || la >= 64)
			continue;
		snprintf(wa, sizeof(wa), "%.*s", la, p);
		if (!strcasecmp(wa, "the") || !strcasecmp(wa, "our") ||
		    !strcasecmp(wa, "ms") || !strcasecmp(wa, "mr") ||
		    !strcasecmp(wa, "miss") || !strcasecmp(wa, "mrs") ||
		    !strcasecmp(wa, "dr") || !strcasecmp(wa, "school-based"))
			continue;
		for (q = b; *q; q += lb) {
			while (*q == ' ' || *q == ',')
				q++;
			lb = (int)strcspn(q, " ,");
			if (lb <= 0)
				break;
			snprintf(wb, sizeof(wb), "%.*s", lb < 63 ? lb : 63, q);
			if (strcasecmp(wa, wb) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * SPEC.md: "Miss Chiu will prepare a profile ... She'll finish it within
 * the next 10 school days" is one item, keyed where the date is. An
 * undated promise followed, in the next sentence of the same paragraph,
 * by a dated one of the same person is dropped in its favour.
 */
