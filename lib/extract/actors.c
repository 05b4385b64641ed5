/*
 * actors.c — who is to act: the title and name, role or pronoun written
 * before a future marker, within its clause; the subject an English
 * clause leaves out (an apposition's, a note's "I"); whether two
 * actors are the same person ("Miss Chiu" … "She"); and so the undated
 * promise that the next sentence dates is one item (merge_continued()).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
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
			if (i + n > pos || memcmp(u->lc + i, cuts[k], n) != 0)
				continue;
			/* "Mr So Ka Ho will": a capital makes it a name */
			if (c == ' ' && isalpha((unsigned char)u->lc[i + 1]) &&
			    isupper((unsigned char)u->orig[u->map[i + 1]]))
				continue;
			return i + n;
		}
	}
	return 0;
}

/* 你的要求, 佢嘅功課: a person's pronoun owning the noun after it is
 * not the one who acts (我們的社工 still names its role). */
static int
possessive_pronoun(const struct unit *u, size_t i, size_t n)
{
	static const char *const person[] = { "您", "你", "佢", "她", "他",
	    NULL };
	static const char *const of[] = { "的", "嘅", "之", NULL };
	int p = 0;

	for (int k = 0; person[k] && !p; k++)
		p = n == strlen(person[k]) && unit_starts(u, i, person[k]);
	if (!p)
		return 0;
	for (int k = 0; of[k]; k++)
		if (unit_starts(u, i + n, of[k]))
			return 1;
	return 0;
}

/* "ms fong will have them ready": a writer who types in lower case
 * writes the title so too, and the one word after it is the name
 * ("miss" is a verb as often). The name's end, or e when there is
 * none. */
static size_t
lower_case_name(const struct unit *u, size_t i, size_t e, size_t pos,
    const char *title)
{
	size_t j = e + 1;

	if (strcmp(title, "miss") == 0 ||
	    !islower((unsigned char)u->orig[u->map[i]]) ||
	    e >= pos || u->lc[e] != ' ')
		return e;
	while (j < pos && isalpha((unsigned char)u->lc[j]))
		j++;
	return j > e + 1 ? j : e;
}

/* Common Hong Kong surnames: 梁生 and 陳太 (Mr Leung, Mrs Chan) name a
 * person by the surname and 生/太 alone. 衛 is left out (衛生). */
static const char zh_surnames[] = "陳李張黃何林梁劉吳王鄭楊周胡郭馬羅"
	"曾謝蔡葉蘇許鄧馮潘盧袁朱冼麥余彭莫鍾譚區戴湯蕭程方傅關崔高溫杜"
	"姚翁顧孔石龐賴簡鄺甘文韋范施凌";

static int
is_surname(const char *c)
{
	for (size_t k = 0; k + 3 < sizeof(zh_surnames); k += 3)
		if (memcmp(zh_surnames + k, c, 3) == 0)
			return 1;
	return 0;
}

/* 梁生話會…, 陳太會…: a surname then 生 or 太, the closest actor when it
 * ends after the one found; not a word that goes on (地方生活, 不太多). */
static void
zh_surname_title(const struct unit *u, size_t from, size_t pos, long *best,
    size_t *best_end)
{
	static const char *const title[] = { "生", "太", NULL };
	static const char *const word_on[] = { "活", "效", "日", "病", "氣",
	    "字", "涯", "產", "命", "長", "存", "成", "態", "物", "理", "太",
	    "多", "少", "大", "小", "早", "遲", "晚", "好", "難", "快", "慢",
	    "過", "忙", "累", "久", "遠", "近", "易", "生", NULL };
	for (int t = 0; title[t]; t++)
		for (long i = find_in(u, title[t], from + 3, pos); i >= 0;
		    i = find_in(u, title[t], (size_t)i + 1, pos)) {
			size_t e = (size_t)i + 3;
			if (e <= *best_end || !is_surname(u->lc + i - 3))
				continue;
			int goes_on = 0;
			for (int w = 0; word_on[w] && !goes_on; w++)
				goes_on = unit_starts(u, e, word_on[w]);
			if (goes_on)
				continue;
			*best = i - 3;
			*best_end = e;
		}
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
			if (j == e)
				j = lower_case_name(u, (size_t)i, e, pos,
				    person_titles[t]);
			if (j > e + 1 && i > best) {
				best = i;
				best_end = j;
			} else if (j == e && i >= 3 && i - 3 > best &&
			    (size_t)i - 3 >= from &&
			    (unsigned char)u->lc[i - 3] >= 0xE3) {
				/* 陳Sir, 何Miss: the surname before the title */
				best = i - 3;
				best_end = e;
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
		while (i >= 0 && possessive_pronoun(u, (size_t)i,
		    strlen(roles_zh[r])))
			i = find_in(u, roles_zh[r], (size_t)i + 1, pos);
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
	zh_surname_title(u, from, pos, &best, &best_end);
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

/* Only auxiliaries and adverbs in lc range [from, to): "has", "also". */
static int
only_auxiliaries(const struct unit *u, size_t from, size_t to)
{
	static const char *const aux[] = { "has", "have", "had", "also",
	    "now", "already", "kindly", "since", NULL };
	size_t i = from;
	while (i < to) {
		while (i < to && u->lc[i] == ' ')
			i++;
		size_t e = i;
		while (e < to && u->lc[e] != ' ')
			e++;
		if (e == i)
			break;
		int ok = 0;
		for (int k = 0; aux[k] && !ok; k++)
			ok = strlen(aux[k]) == e - i &&
			    strncmp(u->lc + i, aux[k], e - i) == 0;
		if (!ok)
			return 0;
		i = e;
	}
	return from < to;
}

/* "yes will do every mon", "Sure, will send it tonight": a word of
 * assent before a bare "will" answers the parent; the subject left out
 * is still the writer's. Where the clause starts once the assent (at
 * most two words, its comma or "!") is set aside, or p. */
static size_t
after_assent(const struct unit *u, size_t a, size_t p)
{
	static const char *const assent[] = { "yes", "yep", "ok", "okay",
	    "sure", "noted", "of course", "certainly", "no problem", "fine",
	    "absolutely", "definitely", NULL };
	size_t q = p, n;

	while (q > a && (u->lc[q - 1] == ',' || u->lc[q - 1] == '!' ||
	    u->lc[q - 1] == ' '))
		q--;
	if ((n = ends_at(u, q, assent)) == 0 || q - n < a ||
	    (q - n > a && isalpha((unsigned char)u->lc[q - n - 1])))
		return p;
	q -= n;
	while (q > a && u->lc[q - 1] == ' ')
		q--;
	return q;
}

/*
 * The English subject the marker's clause leaves out. "I've asked Mr
 * Ip to" holds it in the marker. "Our social worker, Mr Ho, has agreed
 * to" puts it before an apposition, leaving the clause an auxiliary.
 * "Home practice sheets: will email them tonight", "- will send it
 * Friday" drop it, as notes do: the writer (*zero is set).
 */
char *
en_implied_actor(const struct unit *u, size_t a, size_t from, size_t ms,
    int *is_thing, int *zero)
{
	size_t p = ms;

	*zero = 0;
	if (strncmp(u->lc + ms, "i've", 4) == 0)
		return xstrdup("I");	/* "I've asked", "I've arranged for" */
	if (only_auxiliaries(u, from, ms)) {
		/* both names of "our EP, Dr Ho,": the next sentence may
		 * go on with either ("The EP visit is on 14/4") */
		size_t inner = from >= 2 ? clause_start(u, from - 2) : 0;
		char *name = actor_before(u, inner, from, is_thing);
		char *role = inner >= 2 ? actor_before(u, 0, inner, is_thing) :
		    NULL;
		*is_thing = 0;
		if (name && role) {
			struct buf both = BUF_INIT;
			buf_printf(&both, "%s, %s", role, name);
			free(name);
			free(role);
			return buf_detach(&both);
		}
		free(role);
		return name ? name : actor_before(u, 0, from, is_thing);
	}
	if ((unsigned char)u->lc[ms] >= 0x80 ||
	    (strncmp(u->lc + ms, "will", 4) && strncmp(u->lc + ms, "shall", 5)))
		return NULL;
	while (p > a && u->lc[p - 1] == ' ')
		p--;
	p = after_assent(u, a, p);
	if (p == a || u->lc[p - 1] == ':' || u->lc[p - 1] == '-' ||
	    (p >= a + 3 && strncmp(u->lc + p - 3, "–", 3) == 0)) {
		*zero = 1;
		*is_thing = 0;
		return xstrdup("I");
	}
	return NULL;
}

/*
 * "The final report will follow within two weeks", "practice sheets
 * will go home in his bag", "the report will be ready by Friday": a
 * paper sent to the parent, its sender unnamed, is the school's to
 * send (a passive of sending).
 */
int
paper_delivered(const struct unit *u, size_t from, size_t ms, size_t me)
{
	static const char *const arrive[] = { "follow", "reach you",
	    "go home", "come home", "come to you", "go out to you",
	    "arrive", "be on its way", "be on their way", NULL };
	/* "the report will be ready within two weeks": ready by a date
	 * is the school's to deliver; undated it is a forecast */
	static const char *const ready[] = { "be ready", "be available",
	    "be finished", "be completed", "be finalised", "be finalized",
	    NULL };
	if (!any_of(u, paper_nouns, from, ms))
		return 0;
	return next_within(u, me, arrive, 1) >= 0 ||
	    (next_within(u, me, ready, 0) >= 0 && has_checkable_date(u));
}

/* ---- one promise over two sentences --------------------------------------- */

static int
is_deflection_quote(const struct extraction *ex, const char *quote)
{
	for (size_t k = 0; k < ex->ndeflections; k++)
		if (strcmp(ex->deflections[k].quote, quote) == 0)
			return 1;
	return 0;
}

/* "I'll write up the report. You should receive it by Friday 8 May":
 * the same writer, and the dated sentence points back at the thing
 * ("it", "them") the undated one made. */
static int
same_thing_dated(const struct ex_commitment *c, const struct ex_commitment *next)
{
	static const char *const back[] = { " it ", " it.", " them ",
	    " them.", NULL };
	char act[256];

	if (c->actor == NULL || next->actor == NULL ||
	    strcasecmp(c->actor, next->actor) != 0 || next->action == NULL)
		return 0;
	/* the sentence is that one clause ("You should receive it"), not
	 * "I'm making her cards and will bring them in", whose "them" is
	 * its own */
	const char *at = strstr(next->quote, next->action);
	if (at == NULL || at - next->quote > 16)
		return 0;
	snprintf(act, sizeof(act), " %s ", next->action);
	for (int k = 0; back[k]; k++)
		if (strstr(act, back[k]) != NULL)
			return 1;
	return 0;
}

void
merge_continued(struct letter *lt, const struct sentence_list *sl)
{
	struct extraction *ex = lt->ex;
	size_t w = 0;

	for (size_t k = 0; k < ex->ncommitments; k++) {
		struct ex_commitment *c = &ex->commitments[k];
		if (k + 1 < ex->ncommitments && c->due[0] == '\0' &&
		    !is_deflection_quote(ex, c->quote)) {
			struct ex_commitment *next = &ex->commitments[k + 1];
			int s0 = lt->c_sent[k], s1 = lt->c_sent[k + 1];
			/* a list's items are one promise each */
			if (s1 == s0 + 1 && sl->v[s0].para == sl->v[s1].para &&
			    !sl->v[s0].is_item && next->due[0] &&
			    (same_actor(c->actor, next->actor) ||
			    same_thing_dated(c, next))) {
				free(c->quote);
				free(c->actor);
				free(c->action);
				continue;
			}
		}
		lt->c_sent[w] = lt->c_sent[k];
		ex->commitments[w++] = *c;
	}
	ex->ncommitments = w;
}
