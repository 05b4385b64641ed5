/*
 * deflections_more.c — deflection forms of round 8 (issue 17), read on a
 * sentence no earlier form took. Each is a head of a small class and
 * the role it needs filled next to it:
 *
 *   head                                role filled             kind
 *   "not by" (individual) schools,     an outside body         legal-position
 *     "has to come from", a cleft
 *     "it is the X that decides",
 *     "is the X's decision"
 *   "only" + a verb of visiting         a frequency ("eight     budget
 *                                       times a year")
 *   "only one" / "just one"             a person or supply,     budget
 *                                       then "for the whole"
 *   "no free" / "no spare"              sessions, appointments  budget
 *   "demand"                            "exceeds", "outstrips"  budget
 *   "not unusual", "no different      a child or an age       reassurance
 *     from"
 *   "let's" / "let us"                  a verb of talking or    other
 *                                       returning, undated
 *   "hold back", "wait"                 "until" + who or when   waiting
 *   "give" + a person + "time to"       a verb of settling      waiting
 *
 * None is read in a dated promise, a question or about the past.
 */
#include <string.h>

#include "extract/extract_int.h"

/* Bodies outside the school that run what a parent asks for. */
static const char *const outside[] = { "edb", "education bureau", "bureau",
	"hkeaa", "hospital", "clinic", "government", "authority",
	"department", "company", "operator", "centre", "center", "board",
	"council", "district office", "ngo", "cac", "swd", "health service",
	"child assessment centre", NULL };

/* "set by the Bureau, not by individual schools", "would have to come
 * from the Bureau", "it is the clinic that sets the waiting times".
 * ("Exam arrangements are handled by the HKEAA" alone names who acts,
 * and is no deflection.) */
static int
outside_runs(const struct unit *u)
{
	static const char *const not_by[] = { "not by", "and not by",
	    "rather than by", NULL };
	static const char *const schools[] = { "schools", "individual schools",
	    "the school", "the schools", "us", "each school", NULL };
	static const char *const must[] = { "have to", "has to", "must",
	    "need to", "needs to", "would need to", NULL };
	static const char *const come_from[] = { "come from", "go through",
	    "be made by", "be decided by", "be approved by", NULL };
	static const char *const cleft[] = { "it is the", "it's the",
	    "it is really the", NULL };
	static const char *const that[] = { "that", "who", NULL };
	static const char *const decides[] = { "decides", "sets", "controls",
	    "determines", "allocates", "approves", "makes the decision",
	    "holds the", "runs", "manages", NULL };

	if (word_then(u, not_by, schools, 0))
		return 1;
	for (int k = 0; must[k]; k++)
		for (long i = find_in(u, must[k], 0, u->len); i >= 0;
		    i = find_in(u, must[k], (size_t)i + 1, u->len)) {
			long c = next_within(u, (size_t)i + strlen(must[k]),
			    come_from, 0);
			if (c >= 0 && (next_within(u, (size_t)c, outside, 2) >= 0 ||
			    next_within(u, (size_t)c, roles_en, 2) >= 0))
				return 1;
		}
	for (int k = 0; cleft[k]; k++)
		for (long i = find_in(u, cleft[k], 0, u->len); i >= 0;
		    i = find_in(u, cleft[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(cleft[k]);
			long b = next_within(u, e, outside, 1);
			if (b < 0)
				b = next_within(u, e, roles_en, 1);
			long w = b < 0 ? -1 : next_within(u, (size_t)b, that,
			    0);
			if (w >= 0 && next_within(u, (size_t)w, decides, 0) >= 0)
				return 1;
		}
	return 0;
}

/* A count of many at lc[pos] (within two words: "more than thirty",
 * "forty-one", "34"), then within two words pupils, classes or
 * schools: one supply stretched over them. Small counts ("two pupils")
 * are no strain. */
static int
many_pupils_at(const struct unit *u, size_t pos)
{
	static const char *const many[] = { "eleven", "twelve", "thirteen",
	    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
	    "seventy", "eighty", "ninety", "hundred", "hundreds", "dozens",
	    NULL };
	static const char *const pupils[] = { "pupils", "students",
	    "children", "kids", "families", "classes", "schools", "cases",
	    "learners", NULL };
	size_t w = pos;

	for (int n = 0; n < 3 && w < u->len; n++) {
		while (w < u->len && u->lc[w] == ' ')
			w++;
		size_t e = w;
		while (e < u->len && u->lc[e] != ' ')
			e++;
		int big = e - w >= 2 && u->lc[w] >= '1' && u->lc[w] <= '9' &&
		    u->lc[w + 1] >= '0' && u->lc[w + 1] <= '9';
		for (int k = 0; !big && many[k]; k++)
			big = strncmp(u->lc + w, many[k], strlen(many[k])) == 0;
		if (big)
			return next_within(u, e, pupils, 2) >= 0;
		w = e;
	}
	return 0;
}

/* "the grant is already stretched across forty-one pupils", "a lot for
 * one teacher across 34 students", "our one therapist covers sixty
 * pupils": one supply spread over many. */
static int
spread_over_many(const struct unit *u)
{
	static const char *const spread[] = { "across", "between", "among",
	    "amongst", "over", "covers", "cover", "looking after",
	    "looks after", "look after", "one teacher with", "one person with",
	    "one teacher for", NULL };

	for (int k = 0; spread[k]; k++)
		for (long i = find_in(u, spread[k], 0, u->len); i >= 0;
		    i = find_in(u, spread[k], (size_t)i + 1, u->len))
			if (!negated_at(u, i) && many_pupils_at(u,
			    (size_t)i + strlen(spread[k])))
				return 1;
	return 0;
}

/* A supply said to be small: "the EP only visits eight times a year",
 * "only one counsellor for the whole school", "no free sessions",
 * "demand far exceeds the places". */
static int
small_supply(const struct unit *u)
{
	static const char *const only[] = { "only", "just", NULL };
	static const char *const visits[] = { "visits", "visit", "comes",
	    "come", "is in school", "is here", "is with us", "attends",
	    "works here", "is available", "has", NULL };
	static const char *const often[] = { "times a year", "times a term",
	    "times per year", "times per term", "once a term", "twice a term",
	    "once a month", "twice a year", "once a year", "days a week",
	    "day a week", "days a month", "day a month", "mornings a week",
	    "morning a week", "afternoons a week", "afternoon a week",
	    "sessions a term", "hours a week", "hours per week", NULL };
	static const char *const one[] = { "only one", "only have one",
	    "only has one", "just one", "only a single", "only two",
	    "only have two", "one single", NULL };
	static const char *const for_all[] = { "for the whole",
	    "for all", "for over", "for more than", "for every", "across the",
	    "between all", "shared between", "shared across", NULL };
	static const char *const no_free[] = { "no free", "no spare",
	    "no available", "not enough", "too few", "aren't enough",
	    "isn't enough", "are not enough", "is not enough", NULL };
	static const char *const times[] = { "sessions", "appointments",
	    "hours", "periods", "time", "dates", NULL };
	static const char *const demand[] = { "demand", "requests",
	    "referrals", NULL };
	static const char *const exceeds[] = { "exceeds", "far exceeds",
	    "outstrips", "outweighs", "is greater than", "is far greater than",
	    "is higher than", NULL };

	if (word_then(u, only, visits, 1) && any_of(u, often, 0, u->len))
		return 1;
	if (word_then(u, one, roles_en, 2) && any_of(u, for_all, 0, u->len))
		return 1;
	return word_then(u, no_free, times, 1) ||
	    word_then(u, demand, exceeds, 6) || spread_over_many(u);
}

/* "is the examination board's decision", "is the Bureau's call": the
 * decision named as an outside body's or a role's. */
static int
owned_decision(const struct unit *u)
{
	static const char *const poss[] = { "'s decision", "'s call",
	    "'s choice", "'s decision to make", "s' decision", NULL };
	static const char *const is[] = { " is ", " are ", " remains ",
	    NULL };
	if (!any_of(u, poss, 0, u->len) || !any_of(u, is, 0, u->len))
		return 0;
	for (int k = 0; poss[k]; k++)
		for (long i = find_in(u, poss[k], 0, u->len); i > 0;
		    i = find_in(u, poss[k], (size_t)i + 1, u->len)) {
			/* "X is the Bureau's decision": the verb just before */
			if (!any_of(u, is, (size_t)i > 40 ? (size_t)i - 40 : 0,
			    (size_t)i))
				continue;
			size_t b = (size_t)i + (poss[k][0] == 's');
			const char *const *cls[] = { outside, roles_en };
			for (int c = 0; c < 2; c++)
				for (int w = 0; cls[c][w]; w++) {
					size_t n = strlen(cls[c][w]);
					if (b >= n + 1 && strncmp(u->lc + b - n,
					    cls[c][w], n) == 0 &&
					    u->lc[b - n - 1] == ' ')
						return 1;
				}
		}
	return 0;
}

/* A worry played down as usual in children: "it is not unusual for a
 * child to be quiet in the first term", "he is no different from most
 * boys his age" (not "not unusual for the hall to be closed"). */
static int
played_down(const struct unit *u)
{
	static const char *const usual[] = { "not unusual", "not uncommon",
	    "no different from", "no different to", "nothing unusual",
	    "entirely typical", "very typical", "quite typical", NULL };
	static const char *const kids[] = { "child", "children", "pupils",
	    "students", "boys", "girls", "kids", "his age", "her age",
	    "their age", "classmates", "peers", "he", "she", NULL };
	return any_of(u, usual, 0, u->len) && any_of(u, kids, 0, u->len);
}

/* "Let's touch base again after the summer", "let us talk again nearer
 * the time": a proposal to talk some day, undated. */
static int
lets_later(const struct unit *u)
{
	static const char *const lets[] = { "let's", "let us", NULL };
	static const char *const talk[] = { "talk again", "speak again",
	    "touch base", "pick this up", "pick it up", "revisit",
	    "come back to", "return to", "catch up again", "review",
	    "discuss", "look at", "look again", "reconvene", "chat again",
	    "see how", "keep talking", NULL };
	return word_then(u, lets, talk, 2);
}

/* "hold back until he settles", "wait until the end of the month",
 * "give him time to get used to the class". */
static int
wait_for_settling(const struct unit *u)
{
	static const char *const hold[] = { "hold back", "hold off", "wait",
	    "waiting", NULL };
	static const char *const until[] = { "until he", "until she",
	    "until they", "until things", "until it", "until the end",
	    "until we see", "until after", "till he", "till she", NULL };
	static const char *const give[] = { "give", "giving", "allow",
	    "allowing", NULL };
	static const char *const time_to[] = { "time to", "a chance to",
	    "the chance to", "space to", NULL };
	static const char *const settle[] = { "get used to", "settle",
	    "adjust", "adapt", "find his feet", "find her feet", "settle in",
	    "get to know", "bed in", NULL };
	long t;

	if (word_then(u, hold, until, 1))
		return 1;
	for (int k = 0; give[k]; k++)
		for (long i = find_in(u, give[k], 0, u->len); i >= 0;
		    i = find_in(u, give[k], (size_t)i + 1, u->len))
			if ((t = next_within(u, (size_t)i + strlen(give[k]),
			    time_to, 2)) >= 0 &&
			    next_within(u, (size_t)t, settle, 0) >= 0)
				return 1;
	return 0;
}

/* Is the sentence a dated promise, or about the past? */
static int
held(const struct unit *u)
{
	if (has_checkable_date(u) && any_of(u, en_markers, 0, u->len))
		return 1;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].past)
			return 1;
	return strncmp(u->lc, "thank", 5) == 0;
}

const char *
more_kind(const struct unit *u, const char **rule)
{
	if (held(u))
		return NULL;
	if ((outside_runs(u) || owned_decision(u)) &&
	    !any_of(u, en_markers, 0, u->len)) {
		*rule = "deflection.more-remit";
		return "legal-position";
	}
	if (small_supply(u)) {
		*rule = "deflection.more-capacity";
		return "budget";
	}
	if (played_down(u) && !any_of(u, en_markers, 0, u->len)) {
		*rule = "deflection.more-played-down";
		return "reassurance";
	}
	if (wait_for_settling(u)) {
		*rule = "deflection.more-wait";
		return "waiting";
	}
	if (!has_checkable_date(u) && lets_later(u)) {
		*rule = "deflection.more-later";
		return "other";
	}
	return NULL;
}
