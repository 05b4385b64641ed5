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
 *   deflection.hedge          a promise with its own way out ("where
 *                             possible", "may be able to")
 *   deflection.deferral       "we can discuss this", "could look at it":
 *                             a modal of consideration, undated
 *   deflection.limit-*        a limit word by its role (deflections_limit.c:
 *                             quantity, means, capacity, remit, a window
 *                             closed, a matter still with another)
 * The first rule that reads a sentence names it. Words of waiting or
 * of inability that only set the scene for an answer (a cause told, the
 * wait while a dated promise is kept) are read in deflections_setting.c.
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* Does the unit hold a date that could be checked? */
int
has_checkable_date(const struct unit *u)
{
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].vague &&
		    !u->spans[k].past)
			return 1;
	return 0;
}

/* Beside a dated promise, "and see how it goes" is no plan of waiting.
 * A "will" under "whether" is the question left open, no promise:
 * "settled only after the tests in late August, so I can't tell you
 * yet whether Kit will be in it". */
static int
dated_promise(const struct unit *u)
{
	if (!has_checkable_date(u) || !any_of(u, en_markers, 0, u->len))
		return 0;
	if (find_in(u, "whether", 0, u->len) < 0)
		return 1;
	for (int k = 0; en_markers[k]; k++)
		for (long i = find_in(u, en_markers[k], 0, u->len); i >= 0;
		    i = find_in(u, en_markers[k], (size_t)i + 1, u->len))
			if (find_in(u, "whether", (size_t)i > 40 ?
			    (size_t)i - 40 : 0, (size_t)i) < 0)
				return 1;
	return 0;
}

/* "with you", "to me", "on to us" after a participle: it reached the
 * reader or the writer, and is no longer anybody's to consider. */
static int
delivered_to_us(const struct unit *u, size_t e)
{
	static const char *const to[] = { "to", "with", "on to", NULL };
	static const char *const us[] = { "you", "me", "us", NULL };
	long t = next_within(u, e, to, 0);
	return next_within(u, e, us, 0) >= 0 ||
	    (t >= 0 && next_within(u, (size_t)t, us, 0) >= 0);
}

/*
 * A form of "be" ("is", "are", "be", "been", "being"), then at most two
 * adverbs ("currently", "duly", "now"), then a participle of
 * consideration: the action is somebody's thinking, and nobody is named
 * to finish it by a date. "was"/"were" report the past and are not read.
 */
/* "absences are recorded as sick leave": a class given, not a thought;
 * "asked whether lessons can be recorded": the passive is the question;
 * "nothing is passed on": no act at all. */
static int
classed_or_asked(const struct unit *u, size_t i, size_t n)
{
	static const char *const manner[] = { " as appropriate",
	    " as needed", " as necessary", " as required", " as soon",
	    " as quickly", " as far", " as part", " as a matter", NULL };
	static const char *const modal_be[] = { "can be ", "could be ",
	    "will be ", "would be ", "should be ", "might be ", NULL };
	int as = unit_starts(u, i + n, " as ");
	for (int k = 0; as && manner[k]; k++)
		as = !unit_starts(u, i + n, manner[k]);
	int asked = find_in(u, "whether", 0, i) >= 0;
	for (int k = 0; asked && modal_be[k]; k++)
		if (i >= strlen(modal_be[k]) && strncmp(u->lc + i -
		    strlen(modal_be[k]), modal_be[k], strlen(modal_be[k])) == 0)
			return 1;
	return as || find_in(u, "nothing", i > 16 ? i - 16 : 0, i) >= 0;
}

static int
passive_consideration(const struct unit *u)
{
	static const char *const be[] = { "is", "are", "be", "been", "being",
	    "'s", NULL };
	/* "will set up an alert so that any change is flagged": the
	 * passive is the purpose of an act, not the answer */
	static const char *const purpose[] = { "so that", "in order that",
	    NULL };
	for (int p = 0; consideration_participles[p]; p++) {
		long i = find_in(u, consideration_participles[p], 0, u->len);
		if (i > 0 && any_of(u, purpose, 0, (size_t)i))
			continue;
		/* "the observation notes will be shared with you": a paper
		 * handed to the parent is a thing she will hold, not
		 * somebody's thinking */
		if (i > 0 && any_of(u, paper_nouns, 0, (size_t)i) &&
		    delivered_to_us(u, (size_t)i +
		    strlen(consideration_participles[p])))
			continue;
		while (i > 0) {
			long j = i - 1;
			if (classed_or_asked(u, (size_t)i,
			    strlen(consideration_participles[p]))) {
				i = find_in(u, consideration_participles[p],
				    (size_t)i + 1, u->len);
				continue;
			}
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
				/* "has been shared with you", "passed to
				 * me": delivered to the reader or writer
				 * ("will be communicated to you" is not yet) */
				int given = delivered_to_us(u, (size_t)i +
				    strlen(consideration_participles[p]));
				int bw = -1;
				for (int b = 0; be[b]; b++)
					if (strlen(be[b]) == n &&
					    memcmp(u->lc + s, be[b], n) == 0)
						bw = b;
				if (bw >= 0 && given && strcmp(be[bw], "be") != 0)
					break;
				if (bw >= 0)
					return strcmp(be[bw], "being") == 0 ||
					    find_in(u, "by", (size_t)i, u->len) < 0;
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
			/* "Bright Steps Child Development Centre": a
			 * capital past the sentence's start is a name */
			int named = i > 0 && isupper((unsigned char)
			    u->orig[u->map[i]]);
			if (!named && any_of(u, child_nouns, from, to))
				return 1;
			i = find_in(u, praise_words[p], (size_t)i + 1, u->len);
		}
	}
	return 0;
}

/*
 * Where a phrase of list begins within the max words after lc[pos]:
 * the end of that phrase, or -1. The forms below are a word, then
 * within a few words another: "give it a couple of weeks", "see how
 * he gets on", "cannot take on", "the waiting list ... is very long".
 */
long
next_within(const struct unit *u, size_t pos, const char *const *list,
    int max)
{
	size_t w = pos;
	for (int n = 0; n <= max && w < u->len; n++) {
		while (w < u->len && u->lc[w] == ' ')
			w++;
		for (int k = 0; list[k]; k++) {
			size_t len = strlen(list[k]);
			if (strncmp(u->lc + w, list[k], len) == 0 &&
			    !is_alnum_at(u, (long)(w + len)))
				return (long)(w + len);
		}
		while (w < u->len && u->lc[w] != ' ')
			w++;
	}
	return -1;
}

/* A word of firsts, then within max words a word of thens. */
int
word_then(const struct unit *u, const char *const *firsts,
    const char *const *thens, int max)
{
	/* the second class is the rarer: refused by its byte pairs, the
	 * first is never searched */
	if (!any_of(u, thens, 0, u->len))
		return 0;
	for (int k = 0; firsts[k]; k++)
		for (long i = find_in(u, firsts[k], 0, u->len); i >= 0;
		    i = find_in(u, firsts[k], (size_t)i + 1, u->len))
			if (next_within(u, (size_t)i + strlen(firsts[k]), thens,
			    max) >= 0)
				return 1;
	return 0;
}

/* Time itself is the plan, said with a verb: "give it a couple of
 * weeks", "see how he gets on". ("give him more time" is an
 * arrangement for the child, not a wait: no span word.) */
static int
wait_and_see_form(const struct unit *u)
{
	static const char *const give[] = { "give", "giving", NULL };
	static const char *const span[] = { "few weeks", "couple of weeks",
	    "few days", "couple of days", "few months", "a while", "until",
	    "the rest of", NULL };
	static const char *const see[] = { "see how", NULL };
	static const char *const progress[] = { "goes", "go", "gets on",
	    "get on", "settles", "settle", "responds", "respond", "copes",
	    "cope", "manages", "progresses", "does", "gets along", "develop",
	    "develops", "pans out", "pan out", "unfold", "unfolds", NULL };
	return word_then(u, give, span, 6) || (word_then(u, see, progress, 3) &&
	    !seen_on_visit(u));
}

/* "I'll drop in on his PE lesson after Easter to see how he copes": the
 * seeing is a visit's purpose, not a wait. */
int
seen_on_visit(const struct unit *u)
{
	static const char *const visit[] = { "drop in", "drop into", "pop in",
	    "pop into", "sit in", "visit", "call in", "look in", "come in",
	    "come into", NULL };
	static const char *const see[] = { "to see how", NULL };

	return word_then(u, visit, see, 14);
}

/* Is the word at lc[i] a past participle ("seen", "submitted")? */
static int
participle_at(const struct unit *u, size_t i)
{
	static const char *const irregular[] = { "seen", "heard", "done",
	    "met", "got", "sent", "spoken", "made", "given", "read", NULL };
	size_t e = i;
	while (e < u->len && isalpha((unsigned char)u->lc[e]))
		e++;
	if (e - i >= 4 && (strncmp(u->lc + e - 2, "ed", 2) == 0))
		return 1;
	for (int k = 0; irregular[k]; k++)
		if (e - i == strlen(irregular[k]) &&
		    strncmp(u->lc + i, irregular[k], e - i) == 0)
			return 1;
	return 0;
}

/* A rule of eligibility with its threshold: "a reassessment is offered
 * once the previous report is over three years old", "pupils qualify
 * for a reader once they have a diagnosis". An offer with a bare when
 * ("a reader is given when he sits a test") is an arrangement. */
static int
eligible_once(const struct unit *u)
{
	static const char *const offered[] = { "is offered", "are offered",
	    "is arranged", "are arranged", "is provided", "are provided",
	    "is given", "are given", "is available", "are available",
	    "is considered", "are considered", NULL };
	static const char *const qualify[] = { "qualify for", "qualifies for",
	    "is eligible", "are eligible", "become eligible",
	    "becomes eligible", NULL };
	static const char *const when[] = { "once", "when", "after", "if",
	    NULL };
	static const char *const over[] = { "over", "more than", "at least",
	    "older than", "longer than", "years old", "a full", NULL };

	if (word_then(u, qualify, when, 4))
		return 1;
	return word_then(u, offered, when, 2) && any_of(u, over, 0, u->len);
}

/*
 * Somebody else must act first, said without "wait": "can only go
 * ahead once ...", "until the therapist has seen him", "once we have
 * heard back". A perfect after until/once names an act still to come
 * from somebody who is not the parent ("once you have read it" asks
 * the parent, and is no deflection); "once we have it" holds no
 * participle, and "once it has been finalised" waits on the school's
 * own work, not on somebody else.
 */
static int
condition_form(const struct unit *u)
{
	static const char *const only[] = { "only", NULL };
	static const char *const when[] = { "once", "if", "when", "after",
	    NULL };
	static const char *const till[] = { "until", "once", NULL };
	static const char *const perfect[] = { "has", "have", NULL };
	static const char *const parent[] = { "you", "your", NULL };

	if (word_then(u, only, when, 3) || eligible_once(u))
		return 1;
	for (int k = 0; till[k]; k++)
		for (long i = find_in(u, till[k], 0, u->len); i >= 0;
		    i = find_in(u, till[k], (size_t)i + 1, u->len)) {
			size_t from = (size_t)i + strlen(till[k]);
			long p = next_within(u, from, perfect, 4);
			if (p < 0 || next_within(u, from, parent, 1) >= 0)
				continue;
			while ((size_t)p < u->len && u->lc[p] == ' ')
				p++;
			if (participle_at(u, (size_t)p))
				return 1;
		}
	return 0;
}

/* A noun of the list whose predicate is a limit: "her diary is full",
 * "the waiting list for sessions is very long" (not "full of ideas"). */
static int
noun_limited(const struct unit *u, const char *const *nouns)
{
	static const char *const be[] = { "is", "are", "remains", "remain",
	    "have been", "has been", "have all", "has all", NULL };
	    /* "the places have all gone", "have been taken" */
	if (!any_of(u, limit_predicates, 0, u->len))
		return 0;
	for (int k = 0; nouns[k]; k++)
		for (long i = find_in(u, nouns[k], 0, u->len); i >= 0;
		    i = find_in(u, nouns[k], (size_t)i + 1, u->len)) {
			long b = next_within(u, (size_t)i + strlen(nouns[k]),
			    be, 4);
			long l = b < 0 ? -1 : next_within(u, (size_t)b,
			    limit_predicates, 2);
			if (l >= 0 && strncmp(u->lc + l, " of", 3) != 0 &&
			    strncmp(u->lc + l, " to ", 4) != 0)
				return 1;
		}
	return 0;
}

/* Capacity nouns, and nouns that name a capacity only with a limit
 * for predicate ("the group is full"; "a list of books" is none). */
static int
noun_is_limited(const struct unit *u)
{
	static const char *const as_subject[] = { "list", "group", "groups",
	    "sessions", "service", "hours", "slot", "time", "staff", "team",
	    "assistants", "tas", "therapist", "therapists", "teachers",
	    "colleagues", "counsellor", "psychologist", "ep", NULL };
	return noun_limited(u, capacity_nouns) || noun_limited(u, as_subject);
}

/* The school's rules say so: "follows the EDB's guidelines", "in line
 * with our policy" (a position, not an answer). */
static int
rule_position(const struct unit *u)
{
	static const char *const follow[] = { "follow", "follows",
	    "followed", "in line with", "in accordance with", "according to",
	    "comply with", "complies with", "complied with",
	    "complying with", "compliant with", "adhere to", "adheres to",
	    "adhered to", NULL };
	static const char *const rules[] = { "guidelines", "guideline",
	    "policy", "procedures", "procedure", "regulations", "rules",
	    "guidance", "guide", "code of practice", "obligations",
	    "statutory duties", NULL };
	/* "did not follow its own procedures" is a finding against it */
	static const char *const failed[] = { "not follow", "n't follow",
	    "failed to follow", "not in line with", "not in accordance with",
	    "not comply", "n't comply", "failed to comply", NULL };
	return word_then(u, follow, rules, 4) && !has_checkable_date(u) &&
	    !any_of(u, failed, 0, u->len);
}

/* "cannot take on new cases", "can't offer": the school says it
 * cannot provide (not "you cannot bring phones"); "not something the
 * grant can cover", "not something we would consider". */
static int
cannot_provide(const struct unit *u)
{
	static const char *const not_sth[] = { "not something", NULL };
	static const char *const modal[] = { "can", "could", "would",
	    "will", "is able", "are able", "offer", "provide", "fund",
	    "arrange", "normally", "usually", "currently", "routinely",
	    "generally", NULL };
	if (word_then(u, not_sth, modal, 4))
		return 1;
	static const char *const cannot[] = { "cannot", "can't", "can not",
	    "could not", "couldn't", NULL };
	static const char *const provide[] = { "offer", "provide", "take on",
	    "accommodate", "fund", "accept", "allocate", "extend", "increase",
	    "arrange", "give", "support", "be changed", "be altered",
	    "be arranged", "be provided", "be offered", "be accommodated",
	    "be granted", "be funded", "be extended", "be guaranteed",
	    "make an exception", "make exceptions", NULL };
	return word_then(u, cannot, provide, 2);
}

/* Comfort with no action: "we take his happiness very seriously",
 * "we always look after our pupils" (a habit, promised to nobody),
 * "she is coping very well", "it all seems fine" (a state with no
 * data). */
static int
comfort_form(const struct unit *u)
{
	static const char *const doing[] = { "coping", "doing", "getting on",
	    "managing", "settling", "seems", "seem", "settled in", "settled",
	    "adjusting", "adapting", "appears", NULL };
	static const char *const well[] = { "well", "fine", "happy",
	    "settled", "okay", "nicely", "content", "comfortable", "calm",
	    NULL };
	if (word_then(u, doing, well, 2) && !has_checkable_date(u) &&
	    !any_of(u, en_markers, 0, u->len))
		return 1;
	static const char *const take[] = { "take", "takes", "taking", NULL };
	static const char *const serious[] = { "seriously", NULL };
	static const char *const we[] = { "we", "we're", "we are", "our staff",
	    "the school", "our teachers", "the team", "our team", NULL };
	static const char *const always[] = { "always", NULL };

	static const char *const many[] = { "all", "every", "many", "most",
	    "lots of", "a lot of", "plenty of", NULL };
	static const char *const children[] = { "children", "child", "kids",
	    "pupils", "students", NULL };
	static const char *const go_through[] = { "find", "finds",
	    "go through", "goes through", "experience", "experiences",
	    "struggle", "struggles", "take time", "takes time", "need time",
	    "needs time", "have ups", "has ups", "reverse", "mix up",
	    "muddle", "confuse", NULL };
	static const char *const child_is_always[] = { "is always",
	    "are always", NULL };
	static const char *const cheerful[] = { "smiling", "happy",
	    "cheerful", "polite", "helpful", "kind", NULL };

	if (word_then(u, take, serious, 8))
		return 1;
	/* "all children find the start of P1 hard" (not "all pupils must
	 * bring"), "he is always smiling": what every child goes through,
	 * or a child's good mood */
	if (((word_then(u, many, children, 1) &&
	    word_then(u, children, go_through, 3)) ||
	    word_then(u, child_is_always, cheerful, 0)) &&
	    !has_checkable_date(u) && !any_of(u, en_markers, 0, u->len))
		return 1;
	return word_then(u, we, always, 1) && !has_checkable_date(u) &&
	    !any_of(u, en_markers, 0, u->len);
}

static int
both(const struct unit *u, const char *const *a, const char *const *b)
{
	return any_of(u, a, 0, u->len) && any_of(u, b, 0, u->len);
}

/* 喺resource room考，人少啲佢會冇咁緊張: "resource" names a room or a
 * teacher, and no other capacity noun is in the sentence. */
static int
resource_place(const struct unit *u)
{
	static const char *const place[] = { "resource room",
	    "resource centre", "resource center", "resource teacher",
	    "resource class", NULL };

	if (!any_of(u, place, 0, u->len))
		return 0;
	for (int k = 0; capacity_nouns[k]; k++)
		if (strcmp(capacity_nouns[k], "resource") != 0 &&
		    find_in(u, capacity_nouns[k], 0, u->len) >= 0)
			return 0;
	return 1;
}

/* A promise with its own way out. ("if possible" is not read: it asks
 * the parent as often as it hedges.) */
static const char *const hedges[] = { "where possible", "as far as possible",
	"when possible", "resources permitting", "time permitting",
	"when resources allow", "if resources allow", "may be able to",
	"might be able to", "hope to be able", "hoping to be able",
	"try our best", "try my best", "endeavour", "endeavor",
	"do what we can", "do what i can", "where we can", "where i can",
	"wherever possible", "wherever we can", "if at all possible",
	/* a promise only to try: "we'll try to find him a slot", 會盡量 */
	"will try to", "'ll try to", "will try and", "'ll try and",
	"shall try to", "will also try to", "'ll also try to", "會盡量",
	"將盡量", "會盡可能", "將盡可能", NULL };

/* "We can discuss this", "we could look at it": the school may think
 * about it some day, and says so without a date. */
static int
deferral(const struct unit *u)
{
	/* the school's modal, not "you can review the plan online" */
	static const char *const modal[] = { "we can", "we could", "i can",
	    "i could", "school can", "school could", "team can", "team could",
	    "we may", "we might", "i may", "i might", NULL };
	static const char *const thinking[] = { "discuss", "talk about",
	    "look at", "look into", "consider", "review", "revisit",
	    "explore", "think about", "reconsider", "reassess", "re-assess",
	    "re-evaluate", "return to", "come back to", "look again", NULL };
	static const char *const like_to[] = { "like to", NULL };
	static const char *const again[] = { "revisit", "reconsider",
	    "reassess", "re-assess", "come back to", "return to",
	    "look again", NULL };
	return (word_then(u, modal, thinking, 1) ||
	    word_then(u, like_to, again, 1)) && !has_checkable_date(u);
}

/* A matter whose state is somebody's thinking: "under review". */
static const char *const under_review[] = { "under review",
	"under consideration", "under discussion", "being processed",
	"being examined", "being studied", "for consideration",
	"for their consideration", "for his consideration",
	"for her consideration", "for further consideration", NULL };

/* "We are looking into it", "the team is reviewing the request": the
 * school thinking, in the present, with no date for an answer. */
static int
active_consideration(const struct unit *u)
{
	static const char *const be[] = { "we are", "we're", "i am", "i'm",
	    "is", "are", "currently", NULL };
	static const char *const thinking[] = { "looking into", "looking at",
	    "considering", "reviewing", "discussing", "exploring",
	    "investigating", "following up", "following this up", NULL };
	return word_then(u, be, thinking, 1) && !has_checkable_date(u) &&
	    !any_of(u, en_markers, 0, u->len);
}

/* "I appreciate that the teachers are stretched": the writer grants
 * somebody else's limit (a parent's letter) and opposes nothing to it;
 * "I appreciate this is hard, but we cannot" still refuses. */
static int
concession(const struct unit *u)
{
	static const char *const grant[] = { "i appreciate", "i realise",
	    "i realize", "i recognise", "i recognize", "i fully appreciate",
	    "i do appreciate", NULL };
	static const char *const but[] = { "but", "however", "unfortunately",
	    "regrettably", "sadly", NULL };
	for (int k = 0; grant[k]; k++)
		if (strncmp(u->lc, grant[k], strlen(grant[k])) == 0)
			return !any_of(u, but, 0, u->len);
	return 0;
}

/* Does the unit hold a Latin letter? The English forms below read
 * nothing in a sentence all in Chinese, and are not asked. */
static int
has_latin(const struct unit *u)
{
	for (size_t i = 0; i < u->len; i++)
		if ((unsigned char)u->lc[i] >= 'a' &&
		    (unsigned char)u->lc[i] <= 'z')
			return 1;
	return 0;
}


/* "Ms Chan, Senior School Development Officer, is the officer in
 * charge", 負責人員為陳穎琳女士: the matter passed on has a named owner,
 * so its consideration is somebody's work, not nobody's. */
int
names_its_owner(const struct unit *u)
{
	static const char *const in_charge[] = { "officer in charge",
	    "is in charge", "case officer", "負責人員為", "負責人為",
	    "負責同事為", NULL };

	return any_of(u, in_charge, 0, u->len);
}

const char *
deflection_kind(const struct unit *u, const char **rule)
{
	const char *kind = NULL;
	int en = has_latin(u);

	if (en && concession(u))
		return NULL;
	if ((any_of(u, waiting_frames, 0, u->len) && !own_step_first(u) &&
	    !account_of_events(u) && !wait_as_backdrop(u) &&
	    !waiting_as_deed(u)) ||
	    (en && !dated_promise(u) &&
	    (condition_form(u) || third_party_condition(u) ||
	    place_may_free(u)))) {
		*rule = "deflection.waiting";
		kind = "waiting";
	} else if (!dated_promise(u) &&
	    (any_of(u, wait_and_see_frames, 0, u->len) ||
	    (en && (wait_and_see_form(u) || wait_more(u))))) {
		*rule = "deflection.wait-and-see";
		kind = "waiting";
	} else if ((both(u, capacity_nouns, limit_words) &&
	    !zh_limit_denied(u) && !resource_place(u)) ||
	    any_of(u, strained_words, 0, u->len) || (en &&
	    (noun_is_limited(u) || scarcity_form(u)))) {
		*rule = "deflection.capacity";
		kind = "budget";
	} else if (any_of(u, budget_frames, 0, u->len)) {
		*rule = "deflection.budget";
		kind = "budget";
	} else if (any_of(u, condition_frames, 0, u->len)) {
		*rule = "deflection.conditional";
		kind = "budget";
	} else if ((any_of(u, inability_frames, 0, u->len) &&
	    !zh_cause_clause(u) && !parents_inability(u) &&
	    !account_of_events(u) && !remedied_miss(u)) ||
	    (en && (cannot_provide(u) || refusal_more(u)))) {
		*rule = "deflection.inability";
		kind = "other";
	} else if (any_of(u, remit_frames, 0, u->len) || (en && remit_form(u))) {
		*rule = "deflection.remit";
		kind = "legal-position";
	} else if (any_of(u, legal_frames, 0, u->len) || (en &&
	    (rule_position(u) || fixed_in_advance(u)))) {
		*rule = "deflection.legal-position";
		kind = "legal-position";
	} else if (!has_checkable_date(u) && !names_its_owner(u) &&
	    (zh_consideration(u) ||
	    any_of(u, under_review, 0, u->len) || (en &&
	    (passive_consideration(u) || active_consideration(u) ||
	    considered_by_us(u) || still_undecided(u))))) {
		*rule = "deflection.passive-consideration";
		kind = "no-owner";
	} else if ((any_of(u, reassurance_frames, 0, u->len) &&
	    !zh_thanks_for_concern(u)) ||
	    praise_of_child(u) || (en && (comfort_form(u) || comfort_more(u)))) {
		*rule = "deflection.reassurance";
		kind = "reassurance";
	} else if (any_of(u, refusal_frames, 0, u->len)) {
		*rule = "deflection.other";
		kind = "other";
	} else if (any_of(u, hedges, 0, u->len)) {
		*rule = "deflection.hedge";
		kind = "other";
	} else if (en && deferral(u)) {
		*rule = "deflection.deferral";
		kind = "other";
	} else if (en) {
		kind = limit_kind(u, rule);
		if (kind == NULL)
			kind = roles_kind(u, rule);
		if (kind == NULL)
			kind = more_kind(u, rule);
	}
	if (kind == NULL)
		kind = zh_deflection_kind(u, rule);
	if (kind == NULL)
		kind = terms_kind(u, rule);
	return kind ? kind : staff_kind(u, rule);
}

/*
 * A verb nobody can check done in lc [a, b): the uncheckable[] list, or
 * "a follow-up" as a deed of its own ("we'll do a follow-up") — not
 * "follow-up" naming the next of a checkable thing ("a follow-up
 * observation in the first term", "book a follow-up appointment").
 */
int
uncheckable_in(const struct unit *u, size_t a, size_t b)
{
	static const char *const follow[] = { "follow-up", "follow-ups",
	    NULL };
	static const char *const things[] = { "observation", "observations",
	    "appointment", "appointments", "assessment", "assessments",
	    "meeting", "meetings", "session", "sessions", "visit", "visits",
	    "call", "calls", "report", "letter", "email", "test", "tests",
	    "consultation", "screening", "review", "check", "checks",
	    "lesson", "lessons", "class", "classes", NULL };

	if (any_of(u, uncheckable, a, b))
		return 1;
	for (int k = 0; follow[k]; k++)
		for (long i = find_in(u, follow[k], a, b); i >= 0;
		    i = find_in(u, follow[k], (size_t)i + 1, b))
			if (next_within(u, (size_t)i + strlen(follow[k]),
			    things, 0) < 0)
				return 1;
	return 0;
}
