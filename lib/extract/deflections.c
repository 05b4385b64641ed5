/*
 * deflections.c — sentences that avoid committing (SPEC.md "deflection").
 *
 * Each rule is a named class of form, not a list of sentences:
 *   deflection.waiting        a third party or an event must come first
 *                             ("waiting for", "pending", 有待, 要等…先)
 *   deflection.wait-and-see   time is the plan ("give it a few more
 *                             weeks", "premature", 再作決定)
 *   deflection.capacity       a capacity noun beside a limit word
 *                             ("manpower is tight", 時數有限)
 *   deflection.budget         money named as the reason ("no budget")
 *   deflection.conditional    the answer hangs on something else
 *                             ("depends on", 視乎)
 *   deflection.inability      the school says it cannot ("unable to",
 *                             "not something we can", 未能)
 *   deflection.remit          somebody else decides ("a matter for the
 *                             EDB", "falls outside", 唔係我哋可以話事)
 *   deflection.legal-position a rule says no ("not required")
 *   deflection.passive-consideration  an agentless, undated passive of a
 *                             verb of consideration ("is being reviewed",
 *                             "has been escalated", 研究中)
 *   deflection.reassurance    comfort with no action ("rest assured",
 *                             重視, "usually sort themselves out")
 *   deflection.other          a refusal in other words ("hands are tied")
 * The first rule that reads a sentence names it.
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* Does the unit hold a date that could be checked? */
static int
has_checkable_date(const struct unit *u)
{
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].vague &&
		    !u->spans[k].past)
			return 1;
	return 0;
}

/* Beside a dated promise, "and see how it goes" is no plan of waiting. */
static int
dated_promise(const struct unit *u)
{
	return has_checkable_date(u) && any_of(u, en_markers, 0, u->len);
}

/*
 * A form of "be" ("is", "are", "be", "been", "being"), then at most two
 * adverbs ("currently", "duly", "now"), then a participle of
 * consideration: the action is somebody's thinking, and nobody is named
 * to finish it by a date. "was"/"were" report the past and are not read.
 */
static int
passive_consideration(const struct unit *u)
{
	static const char *const be[] = { "is", "are", "be", "been", "being",
	    "'s", NULL };
	for (int p = 0; consideration_participles[p]; p++) {
		long i = find_in(u, consideration_participles[p], 0, u->len);
		while (i > 0) {
			long j = i - 1;
			for (int w = 0; w < 3 && j > 0; w++) {
				long e = j, s;
				while (e > 0 && u->lc[e] == ' ')
					e--;
				s = e;
				while (s > 0 && (isalpha((unsigned char)u->lc[s - 1]) ||
				    u->lc[s - 1] == '\''))
					s--;
				size_t n = (size_t)(e - s + 1);
				/* "being reviewed" is under way whoever does
				 * it; "handled by the HKEAA" names who acts */
				for (int b = 0; be[b]; b++)
					if (strlen(be[b]) == n &&
					    memcmp(u->lc + s, be[b], n) == 0)
						return strcmp(be[b], "being") == 0 ||
						    find_in(u, "by", (size_t)i,
						    u->len) < 0;
				/* an adverb may stand between */
				if (!(n > 2 && memcmp(u->lc + e - 1, "ly", 2) == 0) &&
				    !(n == 3 && memcmp(u->lc + s, "now", 3) == 0) &&
				    !(n == 4 && memcmp(u->lc + s, "also", 4) == 0))
					break;
				j = s - 1;
			}
			i = find_in(u, consideration_participles[p], (size_t)i + 1,
			    u->len);
		}
	}
	return 0;
}

/* A Chinese verb of consideration in progress (研究中, 處理中), or a
 * matter handed on to be handled (已轉交…處理). */
static int
zh_consideration(const struct unit *u)
{
	long t = find_in(u, "轉交", 0, u->len);
	if (t >= 0 && (find_in(u, "處理", (size_t)t, u->len) >= 0 ||
	    find_in(u, "跟進", (size_t)t, u->len) >= 0))
		return 1;
	for (int k = 0; zh_consideration_verbs[k]; k++) {
		long i = find_in(u, zh_consideration_verbs[k], 0, u->len);
		if (i >= 0 && strncmp(u->lc + i + strlen(zh_consideration_verbs[k]),
		    "中", 3) == 0)
			return 1;
	}
	return 0;
}

/* A praise word, then within two words a noun for the child: "is a
 * lovely girl", "very good boy in class". */
static int
praise_of_child(const struct unit *u)
{
	for (int p = 0; praise_words[p]; p++) {
		long i = find_in(u, praise_words[p], 0, u->len);
		while (i >= 0) {
			size_t from = (size_t)i + strlen(praise_words[p]);
			size_t to = from;
			for (int w = 0; w < 2 && to < u->len; w++) {
				to++;
				while (to < u->len && u->lc[to] != ' ')
					to++;
			}
			if ((unsigned char)praise_words[p][0] >= 0x80)
				to = from + 9 < u->len ? from + 9 : u->len;
			if (any_of(u, child_nouns, from, to))
				return 1;
			i = find_in(u, praise_words[p], (size_t)i + 1, u->len);
		}
	}
	return 0;
}

static int
both(const struct unit *u, const char *const *a, const char *const *b)
{
	return any_of(u, a, 0, u->len) && any_of(u, b, 0, u->len);
}

const char *
deflection_kind(const struct unit *u, const char **rule)
{
	const char *kind = NULL;

	if (any_of(u, waiting_frames, 0, u->len)) {
		*rule = "deflection.waiting";
		kind = "waiting";
	} else if (!dated_promise(u) &&
	    any_of(u, wait_and_see_frames, 0, u->len)) {
		*rule = "deflection.wait-and-see";
		kind = "waiting";
	} else if (both(u, capacity_nouns, limit_words)) {
		*rule = "deflection.capacity";
		kind = "budget";
	} else if (any_of(u, budget_frames, 0, u->len)) {
		*rule = "deflection.budget";
		kind = "budget";
	} else if (any_of(u, condition_frames, 0, u->len)) {
		*rule = "deflection.conditional";
		kind = "budget";
	} else if (any_of(u, inability_frames, 0, u->len)) {
		*rule = "deflection.inability";
		kind = "other";
	} else if (any_of(u, remit_frames, 0, u->len)) {
		*rule = "deflection.remit";
		kind = "legal-position";
	} else if (any_of(u, legal_frames, 0, u->len)) {
		*rule = "deflection.legal-position";
		kind = "legal-position";
	} else if (!has_checkable_date(u) && (passive_consideration(u) ||
	    zh_consideration(u))) {
		*rule = "deflection.passive-consideration";
		kind = "no-owner";
	} else if (any_of(u, reassurance_frames, 0, u->len) ||
	    praise_of_child(u)) {
		*rule = "deflection.reassurance";
		kind = "reassurance";
	} else if (any_of(u, refusal_frames, 0, u->len)) {
		*rule = "deflection.other";
		kind = "other";
	}
	return kind ? kind : zh_deflection_kind(u, rule);
}
