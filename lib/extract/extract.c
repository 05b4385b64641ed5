/*
 * extract.c — from a letter's text to the items a careful parent writes
 * down: commitments, deflections and meetings (../shared/corpus/SPEC.md).
 *
 * One sentence (or list item, or table row) at a time:
 *   1. a meeting: a meeting word (meeting, case conference, call you,
 *      面談, 會議, 通電話) with a named date that is not a deadline, not in
 *      the past, not a proposal waiting for the parent's answer and not an
 *      internal staff meeting. A meeting is not also a commitment.
 *   2. a commitment: a future or obligation form (will, 'll, shall, is
 *      going to, agreed to, is scheduled for, have asked X to, 會, 將,
 *      預計, 負責) whose subject can act (a person, a role, I/we/我們), or
 *      a passive with a concrete action ("will be sent"), which has no
 *      owner. Its due is the deadline dates_pick() chooses. Requests to
 *      the parent, questions, negations and stative futures ("will be
 *      closed") are not commitments. A sentence that promises two dated
 *      actions is split at the clause between them.
 *   3. a deflection: a vague commitment whose action nobody could check
 *      (follow up, look into, let you know), or a phrase family that
 *      carries the meaning (waiting for, no budget, rest assured, not
 *      required in Hong Kong).
 * Newsletters (List-Unsubscribe, Precedence: bulk) carry nothing.
 *
 * Matching runs on a lower-cased, space-collapsed copy of each sentence
 * with an offset map back to the original, so quotes stay verbatim.
 */
#include <ctype.h>
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/sentences.h"
#include "mail/mime.h"
#include "base/xmalloc.h"

#define MAX_CLAUSES 4
#define BIGRAM_WORDS 8		/* 512 bits of byte pairs per unit */

/* A sentence prepared for matching. */
struct unit {
	const char	*orig;		/* the letter's text */
	size_t		 start, end;	/* the unit within it */
	char		*lc;		/* lower case, spaces collapsed */
	size_t		 len;
	size_t		*map;		/* lc offset -> orig offset */
	struct date_span spans[DATE_SPAN_MAX];
	int		 nspans;
	int		 is_row;
	uint64_t	 pairs[BIGRAM_WORDS];	/* byte pairs in lc, hashed */
};

struct letter {
	const struct civil *ref;
	struct extraction *ex;
	long		 meeting_day;	/* first meeting's day, for "3 days
					   before the meeting"; 0: none */
	int		 table_cols;	/* a header row was seen */
	int		 cur_sent;	/* the sentence being judged */
	const struct unit *cur_unit;	/* and its text and spans */
	int		*c_sent;	/* per commitment: its sentence */
	int		 person_col;
	size_t		 cap_c, cap_d, cap_m;
};

/* ---- the matching copy ------------------------------------------------- */

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

static void
pairs_fill(struct unit *u)
{
	memset(u->pairs, 0, sizeof(u->pairs));
	for (size_t i = 0; i + 1 < u->len; i++) {
		unsigned bit = pair_bit((unsigned char)u->lc[i],
		    (unsigned char)u->lc[i + 1]);
		u->pairs[bit / 64] |= (uint64_t)1 << (bit % 64);
	}
}

static int
may_contain(const struct unit *u, const char *phrase, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned bit = pair_bit((unsigned char)phrase[i],
		    (unsigned char)phrase[i + 1]);
		if (!(u->pairs[bit / 64] & (uint64_t)1 << (bit % 64)))
			return 0;
	}
	return 1;
}

static void
unit_init(struct unit *u, const char *text, size_t start, size_t end,
    const struct civil *ref)
{
	size_t o = 0;
	int space = 0;

	memset(u, 0, sizeof(*u));
	u->orig = text;
	u->start = start;
	u->end = end;
	u->lc = xmalloc(end - start + 1);
	u->map = xreallocarray(NULL, end - start + 1, sizeof(size_t));
	for (size_t i = start; i < end; ) {
		const unsigned char *p = (const unsigned char *)text + i;
		int ws = isspace(*p) || (p[0] == 0xC2 && i + 1 < end && p[1] == 0xA0) ||
		    (p[0] == 0xE3 && i + 2 < end && p[1] == 0x80 && p[2] == 0x80);
		size_t step = ws && *p >= 0x80 ? (p[0] == 0xC2 ? 2 : 3) : 1;
		if (ws) {
			space = 1;
			i += step;
			continue;
		}
		if (space && o > 0) {
			u->lc[o] = ' ';
			u->map[o++] = i;
		}
		space = 0;
		if (p[0] == 0xE2 && i + 2 < end && p[1] == 0x80 &&
		    (p[2] == 0x98 || p[2] == 0x99)) {	/* ‘ ’ */
			u->lc[o] = '\'';
			u->map[o++] = i;
			i += 3;
			continue;
		}
		u->lc[o] = (char)tolower(*p);
		u->map[o++] = i;
		i++;
	}
	u->lc[o] = '\0';
	u->map[o] = end;
	u->len = o;
	pairs_fill(u);
	u->nspans = dates_find(text + start, end - start, ref, u->spans,
	    DATE_SPAN_MAX);
}

static void
unit_free(struct unit *u)
{
	free(u->lc);
	free(u->map);
}

static int
is_alnum_at(const struct unit *u, long i)
{
	return i >= 0 && (size_t)i < u->len &&
	    (isalnum((unsigned char)u->lc[i]) || u->lc[i] == '_');
}

/* Position of phrase in u->lc within [from, to), or -1. ASCII phrases
 * must stand as words; others (Chinese) match anywhere. */
static long
find_in(const struct unit *u, const char *phrase, size_t from, size_t to)
{
	size_t n = strlen(phrase);
	int ascii = (unsigned char)phrase[0] < 0x80;
	const char *p = u->lc + from;

	if (to > u->len)
		to = u->len;
	if (!may_contain(u, phrase, n))
		return -1;
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

static int
any_of(const struct unit *u, const char *const *list, size_t from, size_t to)
{
	for (; *list; list++)
		if (find_in(u, *list, from, to) >= 0)
			return 1;
	return 0;
}

/* The original text of lc range [a, b), white space collapsed. */
static char *
quote_of(const struct unit *u, size_t a, size_t b)
{
	struct buf out = BUF_INIT;
	size_t oa = u->map[a], ob = b < u->len ? u->map[b] : u->end;
	int space = 0;

	/* keep the end of a multi-byte character whole */
	if (b < u->len)
		while (ob > oa && ((unsigned char)u->orig[ob] & 0xC0) == 0x80)
			ob++;
	for (size_t i = oa; i < ob; i++) {
		unsigned char c = (unsigned char)u->orig[i];
		if (isspace(c)) {
			space = 1;
			continue;
		}
		if (space && out.len)
			buf_addch(&out, ' ');
		space = 0;
		buf_addch(&out, (char)c);
	}
	while (out.len && (out.s[out.len - 1] == ' '))
		out.s[--out.len] = '\0';
	return buf_detach(&out);
}

/* ---- word lists ----------------------------------------------------------- */

static const char *const en_markers[] = { "will", "'ll", "shall",
	"is going to", "are going to", "am going to", "aim to", "aims to",
	"agreed to", "agree to", "agrees to", "expect to", "expects to",
	"is scheduled", "are scheduled", "has been scheduled",
	"have been scheduled", "plan to", "plans to", "is planning to",
	"are planning to", "intend to", "intends to", "undertake to",
	"have asked", "has asked", "i've asked", "is to", "are to",
	"has been asked to", "have been asked to", "is responsible for",
	"will be responsible", NULL };

static const char *const zh_markers[] = { "將會", "將於", "將", "會",
	"預計", "負責", "承諾", "答應", "打算", NULL };

static const char *const en_negations[] = { "will not", "won't", "shall not",
	"will no longer", "cannot", "can't", "not be able", "will never", NULL };

static const char *const person_titles[] = { "mr", "mrs", "ms", "miss", "dr",
	"mdm", "madam", "prof", "sir", NULL };

static const char *const roles_en[] = { "senco", "sen coordinator",
	"sen co-ordinator", "ep", "educational psychologist", "psychologist",
	"class teacher", "form teacher", "teacher", "teachers", "social worker",
	"therapist", "speech therapist", "principal", "vice-principal",
	"vice principal", "deputy", "coordinator", "co-ordinator", "school",
	"team", "committee", "office", "panel", "department", "counsellor",
	"nurse", "technician", "sst", "staff", "colleague", "colleagues",
	"assistant", "tutor", "librarian", "head", "chairperson", "supervisor",
	"slp", "ot", "occupational therapist", "specialist", "officer",
	"panel head", "teaching assistant", NULL };

static const char *const pronouns_en[] = { "i", "we", "she", "he", "they",
	"you", NULL };

static const char *const roles_zh[] = { "我們", "我哋", "我", "本人", "本組",
	"本校", "學校", "校方", "老師", "主任", "姑娘", "先生", "小姐", "太太",
	"校長", "社工", "治療師", "心理學家", "統籌", "學生支援組", "支援組",
	"同事", "您", "你", "佢", "她", "他", NULL };

static const char *const uncheckable[] = { "follow up", "follow-up",
	"look into", "looking into", "consider", "discuss", "review",
	"raise it with", "raise this with", "raise the matter", "keep an eye on",
	"get back to you", "contact you about", "be in touch", "get in touch",
	"let you know", "deal with", "dealt with", "monitor", "see what we can do",
	"explore", "think about", "look at", "talk to", "speak to",
	"keep you posted", "keep you updated", "keep you informed", "跟進",
	"研究", "考慮", "商討", "討論", "再通知", "通知您", "通知你", "聯絡您",
	"聯絡你", "留意", "處理", NULL };

/* Futures that describe a state, not an action anyone takes. */
static const char *const stative_after_be[] = { "closed", "open",
	"on", "at", "a", "an", "the", "available", "able", "happy", "glad",
	"pleased", "fine", "ok", "okay", "helpful", "useful", "busy",
	"away", "absent", "late", "difficult", "possible", "necessary",
	"good", "great", "better", "ready", "there", "here", "back", "fun",
	"important", "beneficial", "enough", "more", "less", "very", "too",
	"interesting", "different", "similar", "same", "no", "any", "some",
	"his", "her", "their", "your", "our", "my", "its", "held", NULL };

/* ---- actors ----------------------------------------------------------- */

/* Where the clause holding position pos begins (lc offset): just after
 * the nearest clause break before it. */
static size_t
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
static char *
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

/* ---- small judgements --------------------------------------------------- */

static int
is_request_to_parent(const struct unit *u)
{
	static const char *const starts[] = { "please", "kindly", "could you",
	    "would you", "can you", "may i ask", "we would appreciate",
	    "do let", "feel free", "請", "煩請", "敬請", "懇請", "如", NULL };
	for (int k = 0; starts[k]; k++)
		if (strncmp(u->lc, starts[k], strlen(starts[k])) == 0)
			return 1;
	return 0;
}

/* "The following actions will be taken:" heads a list; it is not an item */
static int
ends_with_colon(const struct unit *u)
{
	return u->len > 0 && (u->lc[u->len - 1] == ':' ||
	    (u->len >= 3 && strcmp(u->lc + u->len - 3, "：") == 0));
}

static int
is_question(const struct unit *u)
{
	return u->len > 0 && (u->lc[u->len - 1] == '?' ||
	    (u->len >= 3 && strcmp(u->lc + u->len - 3, "？") == 0));
}

/* "will be sent", "will be given": a passive with a concrete action. */
static int
passive_after(const struct unit *u, size_t after, int *stative)
{
	size_t i = after;
	*stative = 0;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	/* "will also be", "will then be" */
	static const char *const adv[] = { "also ", "then ", "now ", "soon ",
	    "only ", "still ", NULL };
	for (int a = 0; adv[a]; a++)
		if (strncmp(u->lc + i, adv[a], strlen(adv[a])) == 0)
			i += strlen(adv[a]);
	if (strncmp(u->lc + i, "be ", 3) != 0)
		return 0;
	i += 3;
	if (strncmp(u->lc + i, "in touch", 8) == 0)
		return 1;	/* "will be in touch": an (uncheckable) action */
	if (strncmp(u->lc + i, "in ", 3) == 0 || strncmp(u->lc + i, "on ", 3) == 0 ||
	    strncmp(u->lc + i, "at ", 3) == 0) {
		*stative = 1;
		return 0;
	}
	for (int s = 0; stative_after_be[s]; s++) {
		size_t n = strlen(stative_after_be[s]);
		if (strncmp(u->lc + i, stative_after_be[s], n) == 0 &&
		    !isalpha((unsigned char)u->lc[i + n])) {
			*stative = 1;
			return 0;
		}
	}
	size_t j = i;
	while (j < u->len && isalpha((unsigned char)u->lc[j]))
		j++;
	if (j - i >= 3 && ((u->lc[j - 1] == 'd' && u->lc[j - 2] == 'e') ||
	    (u->lc[j - 1] == 'n' && (u->lc[j - 2] == 'e' || u->lc[j - 2] == 'w')) ||
	    (j - i == 4 && (!strncmp(u->lc + i, "sent", 4) ||
	    !strncmp(u->lc + i, "made", 4) || !strncmp(u->lc + i, "done", 4) ||
	    !strncmp(u->lc + i, "kept", 4) || !strncmp(u->lc + i, "told", 4) ||
	    !strncmp(u->lc + i, "paid", 4) || !strncmp(u->lc + i, "read", 4) ||
	    !strncmp(u->lc + i, "lent", 4) || !strncmp(u->lc + i, "left", 4))) ||
	    (j - i == 5 && (!strncmp(u->lc + i, "dealt", 5) ||
	    !strncmp(u->lc + i, "built", 5) || !strncmp(u->lc + i, "spent", 5))) ||
	    (j - i == 3 && (!strncmp(u->lc + i, "put", 3) ||
	    !strncmp(u->lc + i, "set", 3) || !strncmp(u->lc + i, "met", 3))) ||
	    (j - i == 6 && (!strncmp(u->lc + i, "taught", 6) ||
	    !strncmp(u->lc + i, "bought", 6) || !strncmp(u->lc + i, "caught", 6))) ||
	    (j - i == 7 && !strncmp(u->lc + i, "brought", 7))))
		return 1;
	*stative = 1;
	return 0;
}

/* A marker at lc position: its end, or 0 when it is not a future form. */
static size_t
marker_at(const struct unit *u, size_t i, int *zh)
{
	unsigned char c = (unsigned char)u->lc[i];

	*zh = 0;
	/* quick refusal: no marker starts with this byte */
	if (c < 0x80 && !strchr("w'siaephu", (char)c))
		return 0;
	if (c >= 0x80 && c != 0xE5 && c != 0xE6 && c != 0xE8 && c != 0xE9 &&
	    c != 0xE7)
		return 0;
	for (int m = 0; c < 0x80 && en_markers[m]; m++) {
		size_t n;
		if (en_markers[m][0] != (char)c)
			continue;
		n = strlen(en_markers[m]);
		if (strncmp(u->lc + i, en_markers[m], n) != 0)
			continue;
		if (en_markers[m][0] != '\'' && is_alnum_at(u, (long)i - 1))
			continue;
		if (is_alnum_at(u, (long)(i + n)))
			continue;
		/* "has asked me to say": a message passed on, not a task */
		if (strstr(en_markers[m], "asked") && (strncmp(u->lc + i + n,
		    " me ", 4) == 0 || strncmp(u->lc + i + n, " us ", 4) == 0 ||
		    strncmp(u->lc + i + n, " you ", 5) == 0))
			continue;
		return i + n;
	}
	for (int m = 0; c >= 0x80 && zh_markers[m]; m++) {
		size_t n;
		if (zh_markers[m][0] != (char)c)
			continue;
		n = strlen(zh_markers[m]);
		if (strncmp(u->lc + i, zh_markers[m], n) != 0)
			continue;
		if (strcmp(zh_markers[m], "會") == 0) {
			/* 會 as a noun: 會議 會面 委員會 家長會 機會 */
			static const char *const after[] = { "議", "面", "談", "考",
			    "員", "長", "計", "所", "堂", "晤", "見", NULL };
			static const char *const before[] = { "委員", "家長", "機",
			    "社", "學", "開", "協", "校務", "大", "不", "教", "年",
			    "茶", "聚", "約", "晚", "研討", "分享", "簡介", "工作",
			    "檢討", "個案", NULL };
			int noun = 0;
			for (int a = 0; after[a]; a++)
				if (strncmp(u->lc + i + n, after[a],
				    strlen(after[a])) == 0)
					noun = 1;
			for (int b = 0; before[b]; b++) {
				size_t bl = strlen(before[b]);
				if (i >= bl && strncmp(u->lc + i - bl, before[b],
				    bl) == 0)
					noun = 1;
			}
			if (noun)
				continue;
		}
		if (strcmp(zh_markers[m], "將") == 0 && (strncmp(u->lc + i + n,
		    "軍", 3) == 0))
			continue;
		*zh = 1;
		return i + n;
	}
	return 0;
}

/* ---- the letter's items ------------------------------------------------------- */

/* A date of the sentence the parent should be asked about, or NULL. */
static const char *
unit_flag(const struct unit *u)
{
	for (int k = 0; u && k < u->nspans; k++)
		if (dates_flag_name(u->spans[k].flags))
			return dates_flag_name(u->spans[k].flags);
	return NULL;
}

static void
add_commitment(struct letter *lt, char *quote, char *actor, char *action,
    const char *due, const char *due_time)
{
	struct extraction *ex = lt->ex;
	if (ex->ncommitments == lt->cap_c) {
		lt->cap_c = lt->cap_c ? lt->cap_c * 2 : 8;
		ex->commitments = xreallocarray(ex->commitments, lt->cap_c,
		    sizeof(*ex->commitments));
		lt->c_sent = xreallocarray(lt->c_sent, lt->cap_c, sizeof(int));
	}
	lt->c_sent[ex->ncommitments] = lt->cur_sent;
	struct ex_commitment *c = &ex->commitments[ex->ncommitments++];
	memset(c, 0, sizeof(*c));
	c->quote = quote;
	c->actor = actor;
	c->action = action;
	snprintf(c->due, sizeof(c->due), "%s", due ? due : "");
	snprintf(c->due_time, sizeof(c->due_time), "%s", due_time ? due_time : "");
	c->vague = actor == NULL || c->due[0] == '\0';
	c->date_flag = unit_flag(lt->cur_unit);
}

static void
add_deflection(struct letter *lt, char *quote, const char *kind)
{
	struct extraction *ex = lt->ex;
	for (size_t k = 0; k < ex->ndeflections; k++)
		if (strcmp(ex->deflections[k].quote, quote) == 0) {
			free(quote);
			return;
		}
	if (ex->ndeflections == lt->cap_d) {
		lt->cap_d = lt->cap_d ? lt->cap_d * 2 : 8;
		ex->deflections = xreallocarray(ex->deflections, lt->cap_d,
		    sizeof(*ex->deflections));
	}
	ex->deflections[ex->ndeflections].quote = quote;
	ex->deflections[ex->ndeflections++].kind = kind;
}

static void
add_meeting(struct letter *lt, char *quote, const struct civil *d,
    const char *time)
{
	struct extraction *ex = lt->ex;
	if (ex->nmeetings == lt->cap_m) {
		lt->cap_m = lt->cap_m ? lt->cap_m * 2 : 4;
		ex->meetings = xreallocarray(ex->meetings, lt->cap_m,
		    sizeof(*ex->meetings));
	}
	struct ex_meeting *m = &ex->meetings[ex->nmeetings++];
	m->quote = quote;
	civil_format(d, m->date);
	snprintf(m->time, sizeof(m->time), "%s", time ? time : "");
	m->date_flag = unit_flag(lt->cur_unit);
	if (lt->meeting_day == 0)
		lt->meeting_day = civil_to_days(d->y, d->m, d->d);
}

/* The deadline of lc range [a, b) of the unit, as "YYYY-MM-DD" ("" none). */
static int
due_in(const struct letter *lt, const struct unit *u, size_t a, size_t b,
    char due[11], char tm[6])
{
	struct date_span sub[DATE_SPAN_MAX];
	int n = 0, pick;
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;

	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].start >= oa && u->spans[k].start < ob)
			sub[n++] = u->spans[k];
	due[0] = tm[0] = '\0';
	/* "three days before the meeting": the meeting of this letter */
	for (int k = 0; k < n; k++)
		if (sub[k].rel_pending && lt->meeting_day) {
			days_to_civil(lt->meeting_day + sub[k].rel_days,
			    &sub[k].date);
			sub[k].has_date = 1;
			sub[k].deadline = 1;
		}
	pick = dates_pick(sub, n, tm);
	if (pick < 0)
		return 0;
	civil_format(&sub[pick].date, due);
	return 1;
}

static int
has_vague_period(const struct unit *u, size_t a, size_t b)
{
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].vague && u->spans[k].start >= oa &&
		    u->spans[k].start < ob)
			return 1;
	return 0;
}

static const char *
deflection_kind(const struct unit *u)
{
	static const char *const waiting[] = { "waiting for", "waiting to hear",
	    "waiting until", "wait for", "waiting on", "await", "awaiting",
	    "pending", "until we receive", "until we hear", "once we receive",
	    "等待", "等候", "有待", "仍在等", NULL };
	static const char *const budget[] = { "budget", "funding", "funds",
	    "fully allocated", "quota", "resources are limited",
	    "limited resources", "lack of resources", "afford", "manpower",
	    "staffing", "經費", "資源有限", "預算", "名額", "人手不足",
	    "資源不足", NULL };
	static const char *const legal[] = { "not required", "aren't required",
	    "isn't required", "not obliged", "not obligated", "no obligation",
	    "not compulsory", "not mandatory", "not entitled", "not a legal",
	    "not legally", "policy does not allow", "policy doesn't allow",
	    "only drawn up for", "is only for", "are only for", "only provided for",
	    "並非法定", "沒有責任", "並無責任", "不是必須", "非強制",
	    "政策不容許", "只適用於", NULL };
	static const char *const reassure[] = { "doing everything we can",
	    "everything we can", "everything possible", "do our best",
	    "doing our best", "as best they can", "as best we can",
	    "don't worry", "do not worry", "no need to worry",
	    "nothing to worry", "rest assured", "in good hands",
	    "takes every concern", "take every concern", "take your concerns seriously",
	    "takes your concerns seriously", "doing fine", "is doing well",
	    "making good progress", "monitoring the situation",
	    "at their own pace", "at his own pace", "at her own pace",
	    "experienced in", "well supported", "settling in well",
	    "請放心", "不用擔心", "唔使擔心", "無需擔心", "十分重視", "盡力", NULL };
	static const char *const other[] = { "hands are tied", "delayed because",
	    "don't think", "do not think", "not necessary", "unnecessary",
	    "beyond our control", "not in a position", "not possible at",
	    "out of our hands", "not our responsibility", "不需要", NULL };

	if (any_of(u, waiting, 0, u->len))
		return "waiting";
	if (any_of(u, budget, 0, u->len))
		return "budget";
	if (any_of(u, legal, 0, u->len))
		return "legal-position";
	if (any_of(u, reassure, 0, u->len))
		return "reassurance";
	if (any_of(u, other, 0, u->len))
		return "other";
	return NULL;
}

/* ---- meetings ----------------------------------------------------------- */

static int
meeting_sentence(struct letter *lt, const struct unit *u)
{
	static const char *const words[] = { "meeting", "case conference",
	    "conference", "review with", "iep review", "review meeting",
	    "call you", "phone you", "ring you", "give you a call",
	    "video call", "zoom", "meet you", "meet with you", "meet again",
	    "see you", "seeing you", "appointment", "會議", "面談", "會面",
	    "見面", "通電話", "傾談", "檢討會", "家長會", NULL };
	static const char *const not_meeting[] = { "internal", "staff meeting",
	    "committee meeting", "was held", "we met", "had a meeting",
	    "at yesterday", "thank you for", "thanks for", "last week",
	    "could we", "would you", "are you available", "let me know if",
	    "would it be possible", "suggest", "talk for parents", "workshop",
	    "seminar", "parents' evening", "講座", "工作坊", "is there a time",
	    "which time", "please call", "please contact", "please ring",
	    "請致電", "請於", "請聯絡", "arrange a", "arrange an", "to arrange",
	    "set up a", "schedule a", "organise a", "organize a", "book a",
	    "安排一次", "安排", "if needed", "if necessary", "following our",
	    "after our", "at our", "since our", "會議上", "會上", "內部",
	    "小組會議", "多謝", "謝謝", "感謝", "抽空", NULL };
	int k, pick = -1;
	char tm[6] = "";

	if (!any_of(u, words, 0, u->len) || any_of(u, not_meeting, 0, u->len) ||
	    is_question(u) || ends_with_colon(u))
		return 0;
	/* the meeting's own date: named, not a deadline, not past */
	for (k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		if (sp->has_date && !sp->deadline && !sp->past &&
		    !sp->period && !sp->is_range_end && !sp->rel_pending) {
			pick = k;
			break;
		}
	}
	if (pick < 0)
		return 0;
	const struct date_span *sp = &u->spans[pick];
	if (sp->hour >= 0)
		snprintf(tm, sizeof(tm), "%02u:%02u", (unsigned)sp->hour % 24u,
		    (unsigned)sp->minute % 60u);
	else
		for (k = 0; k < u->nspans; k++)
			if (u->spans[k].is_time && !u->spans[k].is_range_end) {
				snprintf(tm, sizeof(tm), "%02u:%02u",
				    (unsigned)u->spans[k].hour % 24u,
				    (unsigned)u->spans[k].minute % 60u);
				break;
			}
	add_meeting(lt, quote_of(u, 0, u->len), &sp->date, tm);
	return 1;
}

/* ---- commitments -------------------------------------------------------- */

/* Future markers in the unit, in order (lc offsets of starts and ends). */
static int
find_markers(const struct unit *u, size_t *starts, size_t *ends, int max)
{
	int n = 0, zh;
	for (size_t i = 0; i < u->len && n < max; i++) {
		size_t e = marker_at(u, i, &zh);
		if (e) {
			starts[n] = i;
			ends[n++] = e;
			i = e - 1;
		}
	}
	return n;
}

/* Judge one clause [a, b) whose marker is at [ms, me). */
static void
commitment_clause(struct letter *lt, const struct unit *u, size_t a, size_t b,
    size_t ms, size_t me, int whole)
{
	char due[11], tm[6];
	int is_thing = 0, stative = 0, passive;
	size_t from = clause_start(u, ms);
	char *actor;

	if (from < a)
		from = a;
	/* negations: "we will not be able to" is no promise */
	if (any_of(u, en_negations, a, b) || find_in(u, "不會", a, b) >= 0 ||
	    find_in(u, "未能", a, b) >= 0)
		return;
	passive = passive_after(u, me, &stative);
	if (stative && !passive)
		return;
	actor = actor_before(u, from, ms, &is_thing);
	if (actor == NULL && !is_thing && ms > 0) {
		/* "... and will share": the subject is the sentence's */
		actor = actor_before(u, 0, ms, &is_thing);
	}
	/* "you will receive": the parent is not the school's owner */
	if (actor && (strcmp(actor, "you") == 0 || strcmp(actor, "You") == 0 ||
	    strcmp(actor, "您") == 0 || strcmp(actor, "你") == 0)) {
		free(actor);
		return;
	}
	if (actor == NULL && !passive) {
		/* "It will help", "The report will be in Chinese": nobody
		 * is to do anything — unless the marker itself names an
		 * obligation of the school ("is scheduled for") */
		if (strncmp(u->lc + ms, "is scheduled", 12) != 0 &&
		    strncmp(u->lc + ms, "are scheduled", 13) != 0 &&
		    strncmp(u->lc + ms, "將", 3) != 0 &&
		    strncmp(u->lc + ms, "預計", 6) != 0)
			return;
	}
	/* passive with an agent: "completed by the Vice-Principal" */
	if (actor == NULL && passive) {
		long by = find_in(u, "by", me, b);
		if (by >= 0) {
			int thing2;
			char *agent = actor_before(u, (size_t)by + 3,
			    (size_t)by + 3 + 40 < b ? (size_t)by + 3 + 40 : b, &thing2);
			if (agent && strchr(agent, ' ') != NULL)
				actor = agent;
			else
				free(agent);
		}
	}
	due_in(lt, u, whole ? 0 : a, whole ? u->len : b, due, tm);
	if (has_vague_period(u, a, b) && due[0] == '\0')
		due[0] = '\0';
	char *quote = quote_of(u, a, b);
	char *action = quote_of(u, me, b);
	int vague = actor == NULL || due[0] == '\0';
	int uncheck = vague && any_of(u, uncheckable, me, b);
	if (uncheck)
		add_deflection(lt, xstrdup(quote), actor ? "no-date" : "no-owner");
	add_commitment(lt, quote, actor, action, due, tm);
}

/* Where to cut between two promises: the last ", and"/" and "/"，"
 * between the end of the first marker and the start of the second. */
static size_t
split_point(const struct unit *u, size_t lo, size_t hi)
{
	static const char *const cuts[] = { ", and ", " and ", "，", "; ",
	    ", ", NULL };
	for (int c = 0; cuts[c]; c++) {
		size_t n = strlen(cuts[c]), best = 0;
		for (size_t i = lo; i + n <= hi; i++)
			if (memcmp(u->lc + i, cuts[c], n) == 0)
				best = i;
		if (best)
			return best;
	}
	return 0;
}

static int
span_count_in(const struct unit *u, size_t a, size_t b)
{
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;
	int n = 0;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].past &&
		    (!u->spans[k].period || u->spans[k].deadline) &&
		    u->spans[k].start >= oa && u->spans[k].start < ob)
			n++;
	return n;
}

static void
commitment_sentence(struct letter *lt, const struct unit *u)
{
	size_t ms[MAX_CLAUSES], me[MAX_CLAUSES];
	int n;

	if (is_request_to_parent(u) || is_question(u) || ends_with_colon(u))
		return;
	n = find_markers(u, ms, me, MAX_CLAUSES);
	if (n == 0)
		return;
	/* two dated promises in one sentence: one item per clause */
	if (n >= 2) {
		size_t cut = split_point(u, me[0], ms[1]);
		if (cut && span_count_in(u, 0, cut) > 0 &&
		    span_count_in(u, cut, u->len) > 0) {
			size_t second = cut;
			while (second < u->len && (u->lc[second] == ',' ||
			    u->lc[second] == ' '))
				second++;
			if (strncmp(u->lc + second, "and ", 4) == 0)
				second += 4;
			if (strncmp(u->lc + second, "，", 3) == 0)
				second += 3;
			commitment_clause(lt, u, 0, cut, ms[0], me[0], 0);
			commitment_clause(lt, u, second, u->len, ms[1], me[1], 0);
			return;
		}
	}
	commitment_clause(lt, u, 0, u->len, ms[0], me[0], 1);
}

/* ---- tables: action | person in charge | deadline ------------------------ */

static int
table_header(struct letter *lt, const struct unit *u)
{
	static const char *const heads[] = { "person in charge", "deadline",
	    "responsible", "by when", "owner", "負責", "限期", "完成日期",
	    "跟進人", NULL };
	if (!u->is_row || !any_of(u, heads, 0, u->len))
		return 0;
	/* which cell names the person */
	int col = 0;
	lt->person_col = 1;
	for (size_t i = 0; i < u->len; i++) {
		if (u->lc[i] == '|')
			col++;
		if (strncmp(u->lc + i, "person", 6) == 0 ||
		    strncmp(u->lc + i, "responsible", 11) == 0 ||
		    strncmp(u->lc + i, "owner", 5) == 0 ||
		    strncmp(u->lc + i, "負責", 6) == 0 ||
		    strncmp(u->lc + i, "跟進人", 9) == 0) {
			lt->person_col = col;
			break;
		}
	}
	lt->table_cols = 1;
	return 1;
}

static void
table_row(struct letter *lt, const struct unit *u)
{
	size_t cell_a[8], cell_b[8];
	int ncells = 0;
	size_t a = 0;
	char due[11], tm[6];

	for (size_t i = 0; i <= u->len && ncells < 8; i++) {
		if (i == u->len || u->lc[i] == '|') {
			size_t b = i;
			while (b > a && u->lc[b - 1] == ' ')
				b--;
			cell_a[ncells] = a;
			cell_b[ncells++] = b;
			a = i + 1;
			while (a < u->len && u->lc[a] == ' ')
				a++;
		}
	}
	if (ncells < 2)
		return;
	char *actor = NULL;
	if (lt->person_col < ncells && cell_b[lt->person_col] >
	    cell_a[lt->person_col])
		actor = quote_of(u, cell_a[lt->person_col], cell_b[lt->person_col]);
	due_in(lt, u, 0, u->len, due, tm);
	add_commitment(lt, quote_of(u, 0, u->len), actor,
	    quote_of(u, cell_a[0], cell_b[0]), due, tm);
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

/* Does b refer to the same person as a: a pronoun, or a shared name? */
static int
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
static void
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
			if (s1 == s0 + 1 && sl->v[s0].para == sl->v[s1].para &&
			    next->due[0] && same_actor(c->actor, next->actor)) {
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

/* ---- the letter ------------------------------------------------------------ */

/* Newsletters and shop receipts carry nothing, whatever they promise. */
static int
looks_like_marketing(const char *text)
{
	if (strstr(text, "unsubscribe") || strstr(text, "Unsubscribe") ||
	    strstr(text, "取消訂閱"))
		return 1;
	return (strstr(text, "Order number") || strstr(text, "Order #") ||
	    strstr(text, "order number") || strstr(text, "訂單編號")) &&
	    (strstr(text, "Total") || strstr(text, "Refund") ||
	    strstr(text, "總額") || strstr(text, "Subtotal"));
}

int
extract_text(const char *text, size_t len, const struct civil *ref,
    struct extraction *out)
{
	struct sentence_list sl;
	struct letter lt;
	struct unit *units;

	memset(&lt, 0, sizeof(lt));
	lt.ref = ref;
	lt.ex = out;
	if (looks_like_marketing(text))
		return 0;
	sentences_split(text, len, &sl);
	units = xcalloc(sl.n ? sl.n : 1, sizeof(*units));
	for (size_t k = 0; k < sl.n; k++) {
		unit_init(&units[k], text, sl.v[k].start, sl.v[k].end, ref);
		units[k].is_row = sl.v[k].is_row;
	}
	/* meetings first: "three days before the meeting" needs their day */
	int *is_meeting = xcalloc(sl.n ? sl.n : 1, sizeof(int));
	for (size_t k = 0; k < sl.n; k++)
		if (!units[k].is_row)
			is_meeting[k] = meeting_sentence(&lt, &units[k]);
	for (size_t k = 0; k < sl.n; k++) {
		struct unit *u = &units[k];
		size_t before = out->ncommitments;
		lt.cur_sent = (int)k;
		lt.cur_unit = u;
		if (u->is_row) {
			if (table_header(&lt, u))
				continue;
			if (lt.table_cols) {
				table_row(&lt, u);
				continue;
			}
		}
		if (is_meeting[k])
			continue;
		commitment_sentence(&lt, u);
		/* a list item with no date of its own takes its heading's */
		if (out->ncommitments > before && sl.v[k].heading >= 0) {
			struct ex_commitment *c = &out->commitments[before];
			char due[11], tm[6];
			if (c->due[0] == '\0' && due_in(&lt,
			    &units[sl.v[k].heading], 0,
			    units[sl.v[k].heading].len, due, tm)) {
				memcpy(c->due, due, sizeof(c->due));
				c->vague = c->actor == NULL;
			}
		}
		if (!is_request_to_parent(u)) {
			const char *kind = deflection_kind(u);
			if (kind)
				add_deflection(&lt, quote_of(u, 0, u->len), kind);
		}
	}
	merge_continued(&lt, &sl);
	for (size_t k = 0; k < sl.n; k++)
		unit_free(&units[k]);
	free(units);
	free(lt.c_sent);
	free(is_meeting);
	sentence_list_free(&sl);
	return 0;
}

int
extract_message(const char *raw, size_t len, time_t now,
    struct extraction *out, struct buf *err)
{
	struct mime_message m;
	struct civil ref;

	memset(out, 0, sizeof(*out));
	if (mime_parse(raw, len, &m, err) == -1)
		return -1;
	out->message_id = m.message_id ? xstrdup(m.message_id) : NULL;
	if (m.has_date)
		days_to_civil((long)((m.date + (time_t)m.date_offset * 60) /
		    86400), &ref);
	else
		local_civil(now, &ref);
	if (!m.is_bulk)
		extract_text(m.text, strlen(m.text), &ref, out);
	mime_message_free(&m);
	return 0;
}

void
extraction_free(struct extraction *ex)
{
	for (size_t k = 0; k < ex->ncommitments; k++) {
		free(ex->commitments[k].quote);
		free(ex->commitments[k].actor);
		free(ex->commitments[k].action);
	}
	for (size_t k = 0; k < ex->ndeflections; k++)
		free(ex->deflections[k].quote);
	for (size_t k = 0; k < ex->nmeetings; k++)
		free(ex->meetings[k].quote);
	free(ex->commitments);
	free(ex->deflections);
	free(ex->meetings);
	free(ex->message_id);
	memset(ex, 0, sizeof(*ex));
}

static json_object *
str_or_null(const char *s)
{
	return s && *s ? json_object_new_string(s) : NULL;
}

void
extraction_to_json(const struct extraction *ex, struct buf *out)
{
	json_object *root = json_object_new_object();
	json_object *cs = json_object_new_array();
	json_object *ds = json_object_new_array();
	json_object *ms = json_object_new_array();

	json_object_object_add(root, "message_id", str_or_null(ex->message_id));
	for (size_t k = 0; k < ex->ncommitments; k++) {
		const struct ex_commitment *c = &ex->commitments[k];
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote", json_object_new_string(c->quote));
		json_object_object_add(o, "actor", str_or_null(c->actor));
		json_object_object_add(o, "action", str_or_null(c->action));
		json_object_object_add(o, "due", str_or_null(c->due));
		json_object_object_add(o, "due_time", str_or_null(c->due_time));
		json_object_object_add(o, "vague", json_object_new_boolean(c->vague));
		if (c->date_flag)
			json_object_object_add(o, "date_flag",
			    json_object_new_string(c->date_flag));
		json_object_array_add(cs, o);
	}
	for (size_t k = 0; k < ex->ndeflections; k++) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote",
		    json_object_new_string(ex->deflections[k].quote));
		json_object_object_add(o, "kind",
		    json_object_new_string(ex->deflections[k].kind));
		json_object_array_add(ds, o);
	}
	for (size_t k = 0; k < ex->nmeetings; k++) {
		const struct ex_meeting *m = &ex->meetings[k];
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote", json_object_new_string(m->quote));
		json_object_object_add(o, "date", json_object_new_string(m->date));
		json_object_object_add(o, "time", str_or_null(m->time));
		if (m->date_flag)
			json_object_object_add(o, "date_flag",
			    json_object_new_string(m->date_flag));
		json_object_array_add(ms, o);
	}
	json_object_object_add(root, "commitments", cs);
	json_object_object_add(root, "deflections", ds);
	json_object_object_add(root, "meetings", ms);
	buf_addstr(out, json_object_to_json_string_ext(root,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(root);
}
