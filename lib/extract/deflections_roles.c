/*
 * deflections_roles.c — deflection by grammatical role (issue 17, round
 * 5): a head of a small closed class, and the role it needs filled
 * next to it. Read last, on a sentence no other form took:
 *
 *   head                               role filled            kind
 *   a use-up participle ("fully        a noun of funds or     budget
 *     earmarked", "all taken up")      places
 *   a negated extent verb ("doesn't    a noun of funds        budget
 *     stretch to", "does not cover")
 *   "funded to", "commissioned to"     a negation before it   budget
 *   "cannot", "is unable to"           a provider as subject  other
 *   a negated permission modal         a rule noun before it  legal-position
 *     ("may not", "not permitted to")
 *   "a matter between you and"         (the head says it)     legal-position
 *   a verb of watching + "how"         a verb of progress     waiting
 *   "hard to say", "too early to tell" a time clause after    waiting
 *   "revisit", "come back to"          a far time frame       waiting
 *   "is not until"                     a noun of a visit or   waiting
 *                                      an opening before it
 *   "satisfied that", "confident that" "already doing", ...   reassurance
 *
 * None is read in a dated promise. The child's own progress told to a
 * parent who wrote in (child_doing_well) is extract.c's to ask, since
 * only the letter knows it is a reply.
 */
#include <string.h>

#include "extract/extract_int.h"

/* Money and places: what is used up or does not reach. */
static const char *const funds[] = { "grant", "grants", "fund", "funds",
	"funding", "budget", "budgets", "allowance", "subsidy", "allocation",
	"money", "resources", "scheme", "insurance", "places", "place",
	"slots", "slot", "seats", "spaces", "vacancies", "quota", "hours",
	"sessions", "subvention", "subsidies", NULL };

static int
use_up(const struct unit *u)
{
	static const char *const wholly[] = { "fully", "all", "already",
	    "completely", "entirely", "all been", "already been",
	    "fully been", NULL };
	static const char *const used[] = { "earmarked", "allocated",
	    "committed", "taken up", "booked", "booked up", "spoken for",
	    "used up", "spent", "filled", "subscribed", "oversubscribed",
	    "exhausted", "gone", "assigned", "used", NULL };
	/* used up with any auxiliary: "has been used up", "have run out" */
	static const char *const gone[] = { "used up", "run out", "ran out",
	    "run dry", "exhausted", "depleted", NULL };
	static const char *const aux[] = { "has been", "have been", "is",
	    "are", "has", "have", NULL };
	return (word_then(u, wholly, used, 1) || word_then(u, aux, gone, 0)) &&
	    any_of(u, funds, 0, u->len);
}

static int
does_not_reach(const struct unit *u)
{
	static const char *const neg[] = { "doesn't", "does not", "won't",
	    "will not", "can't", "cannot", "wouldn't", "would not", "don't",
	    "do not", NULL };
	static const char *const reach[] = { "stretch to", "extend to",
	    "run to", "cover", "reach to", "go as far as", "stretch as far",
	    "extend as far", NULL };
	/* "is not something our grant stretches to": the fund the subject
	 * of the relative clause */
	static const char *const not_a[] = { "not something",
	    "isn't something", "not a cost", "not an item", "not a service",
	    "not an expense", NULL };
	static const char *const reach_s[] = { "stretches to", "stretch to",
	    "extends to", "extend to", "covers", "cover", "runs to", NULL };
	if (word_then(u, neg, reach, 0) && any_of(u, funds, 0, u->len))
		return 1;
	for (int k = 0; not_a[k]; k++) {
		long i = find_in(u, not_a[k], 0, u->len);
		if (i < 0)
			continue;
		size_t a = (size_t)i + strlen(not_a[k]);
		long f = next_within(u, a, funds, 2);
		if (f >= 0 && next_within(u, (size_t)f, reach_s, 2) >= 0)
			return 1;
	}
	return 0;
}

/* Money, not places: the nouns a budget is named by. */
static const char *const money[] = { "grant", "grants", "fund", "funds",
	"funding", "budget", "budgets", "allowance", "subsidy", "subsidies",
	"subvention", "allocation", "resources", NULL };

/* "is beyond what our grant can pay for", "outside what the budget
 * will cover": the cost past the fund's reach. */
static int
beyond_funds(const struct unit *u)
{
	static const char *const beyond[] = { "beyond what", "outside what",
	    "more than what", "more than", NULL };
	static const char *const pays[] = { "can pay for", "can cover",
	    "can fund", "can stretch to", "can afford", "will cover",
	    "will pay for", "will fund", "covers", "pays for", "allows for",
	    "can support", "is able to cover", NULL };
	for (int k = 0; beyond[k]; k++)
		for (long i = find_in(u, beyond[k], 0, u->len); i >= 0;
		    i = find_in(u, beyond[k], (size_t)i + 1, u->len)) {
			long f = next_within(u, (size_t)i + strlen(beyond[k]),
			    money, 4);
			if (f >= 0 && next_within(u, (size_t)f, pays, 1) >= 0)
				return 1;
		}
	return 0;
}

/* "the group was cut when our grant was reduced", "since the funding
 * was withdrawn", "budget cuts": the money made less. */
static int
funds_cut(const struct unit *u)
{
	static const char *const made_less[] = { "was reduced", "were reduced",
	    "has been reduced", "have been reduced", "was cut", "were cut",
	    "has been cut", "have been cut", "was withdrawn", "has been withdrawn",
	    "was halved", "has been halved", "was frozen", "has been frozen",
	    "was slashed", "has been slashed", "ran out", "has run out",
	    "cuts", "cut", "reductions", "reduction", "shrank", "has shrunk",
	    NULL };
	return word_then(u, money, made_less, 1);
}

/* "not among the services our team is funded to deliver" */
static int
not_funded_to(const struct unit *u)
{
	static const char *const funded[] = { "funded to", "commissioned to",
	    "resourced to", "contracted to", "staffed to", NULL };
	static const char *const neg[] = { "not", "isn't", "aren't",
	    "doesn't", "don't", "never", "outside", "beyond", NULL };
	for (int k = 0; funded[k]; k++) {
		long i = find_in(u, funded[k], 0, u->len);
		if (i > 0 && any_of(u, neg, 0, (size_t)i))
			return 1;
	}
	return 0;
}

/* "the operator cannot refit one this term": a provider, not the
 * school and not the child, cannot. */
static int
provider_cannot(const struct unit *u)
{
	static const char *const provider[] = { "operator", "operators",
	    "company", "provider", "providers", "contractor", "supplier",
	    "vendor", "manufacturer", "agency", "hospital", "clinic",
	    "bus company", "service", "centre", "center", NULL };
	static const char *const cannot[] = { "cannot", "can't", "can not",
	    "is unable to", "are unable to", "won't be able to",
	    "will not be able to", "is not able to", "are not able to",
	    "isn't able to", "aren't able to", NULL };
	static const char *const iffy[] = { "if", "unless", "in case", "when",
	    NULL };
	if (any_of(u, iffy, 0, u->len))
		return 0;
	return word_then(u, provider, cannot, 0);
}

/* "Under our policy, shadow teachers may not accompany pupils": a
 * negated permission, after the rule that withholds it. */
static int
rule_forbids(const struct unit *u)
{
	static const char *const rule[] = { "policy", "policies", "rule",
	    "rules", "regulation", "regulations", "guidelines", "ordinance",
	    "code of", "by-laws", NULL };
	static const char *const not_may[] = { "may not", "must not",
	    "are not permitted", "is not permitted", "are not allowed",
	    "is not allowed", "aren't allowed", "isn't allowed",
	    "are not to", "is not to", NULL };
	static const char *const soft[] = { "be able", "need", "suit",
	    "apply", "always", "be suitable", "be right", "be the", NULL };
	if (!any_of(u, rule, 0, u->len))
		return 0;
	for (int k = 0; not_may[k]; k++)
		for (long i = find_in(u, not_may[k], 0, u->len); i >= 0;
		    i = find_in(u, not_may[k], (size_t)i + 1, u->len))
			if (any_of(u, rule, 0, (size_t)i) &&
			    next_within(u, (size_t)i + strlen(not_may[k]), soft,
			    0) < 0)
				return 1;
	return 0;
}

/* "is a matter between you and the doctor" */
static int
between_you(const struct unit *u)
{
	static const char *const matter[] = { "matter", "question",
	    "decision", "conversation", "something", "issue", "one", NULL };
	static const char *const between[] = { "between you and",
	    "between yourselves and", "between the family and",
	    "between your family and", NULL };
	return word_then(u, matter, between, 1);
}

/* "watch how the first month goes", "keep watching how she copes" */
static int
watch_how(const struct unit *u)
{
	static const char *const watch[] = { "watch how", "watching how",
	    "observe how", "observing how", "monitor how", "monitoring how",
	    "see how", "seeing how", "an eye on how", "follow how",
	    "track how", "tracking how", NULL };
	static const char *const goes[] = { "goes", "go", "copes", "cope",
	    "gets on", "get on", "settles", "settle", "manages", "manage",
	    "responds", "respond", "progresses", "does", "develops",
	    "adjusts", "adapts", "works out", "turns out", "pans out",
	    "gets along", "handles", "takes to", NULL };
	return word_then(u, watch, goes, 6);
}

/* "is hard to say until we see his results", "too early to tell
 * whether it helps" */
static int
too_soon_to_say(const struct unit *u)
{
	static const char *const hard[] = { "hard to", "difficult to",
	    "too early to", "too soon to", "impossible to", "premature to",
	    "early days to", NULL };
	static const char *const say[] = { "say", "tell", "judge", "know",
	    "predict", "be sure", NULL };
	static const char *const until[] = { "until", "till", "before",
	    "yet", "at this stage", "at this point", "for now", "whether",
	    "if", NULL };
	for (int k = 0; hard[k]; k++)
		for (long i = find_in(u, hard[k], 0, u->len); i >= 0;
		    i = find_in(u, hard[k], (size_t)i + 1, u->len)) {
			long e = next_within(u, (size_t)i + strlen(hard[k]), say,
			    0);
			if (e >= 0 && next_within(u, (size_t)e, until, 6) >= 0)
				return 1;
		}
	return 0;
}

/* "something to revisit further down the road" */
static int
revisit_later(const struct unit *u)
{
	static const char *const revisit[] = { "revisit", "revisited",
	    "come back to", "return to", "reconsider", "reconsidered",
	    "look at again", "looked at again", "pick up again",
	    "picked up again", "re-examine", "re-examined", NULL };
	static const char *const later[] = { "down the road", "down the line",
	    "later on", "at a later stage", "at a later date", "in due course",
	    "in the future", "further on", "another time", "some point",
	    "a later point", NULL };
	return word_then(u, revisit, later, 6);
}

/* "Mr Wan's next visit to us is not until after the exams" */
static int
not_until(const struct unit *u)
{
	static const char *const visit[] = { "visit", "session", "opening",
	    "intake", "round", "panel", "assessment", "slot", "place",
	    "vacancy", "availability", "review", NULL };
	static const char *const until[] = { "is not until", "isn't until",
	    "won't be until", "will not be until", "not due until",
	    "are not until", "aren't until", NULL };
	return word_then(u, visit, until, 3);
}

/* "We are satisfied that the support provided to him has been
 * appropriate", "which we believe meets his needs": the writer's side
 * holds that what is given is enough. */
static int
adequate_held(const struct unit *u)
{
	static const char *const holds[] = { "satisfied that", "satisfied the",
	    "confident that", "content that", "we believe", "i believe",
	    "the school believes", "we consider", "the school considers",
	    "we are satisfied", "i am satisfied", NULL };
	static const char *const enough[] = { "appropriate", "adequate",
	    "sufficient", "suitable", "proportionate", "meets his needs",
	    "meets her needs", "meet his needs", "meet her needs",
	    "met his needs", "met her needs", "meets their needs",
	    "right for him", "right for her", NULL };
	return word_then(u, holds, enough, 12);
}

/* "the Committee trusts that the school will continue to support him":
 * a hope that the present goes on, with nothing new to check */
static int
trusts_it_continues(const struct unit *u)
{
	static const char *const trusts[] = { "trusts that", "trust that",
	    "hopes that", "hope that", NULL };
	static const char *const goes_on[] = { "will continue", "continue to",
	    "will carry on", "will keep", NULL };
	return word_then(u, trusts, goes_on, 5);
}

/* "I am satisfied that his teachers are already doing all they can" */
static int
satisfied_that(const struct unit *u)
{
	static const char *const satisfied[] = { "satisfied that",
	    "confident that", "content that", "reassured that",
	    "comfortable that", NULL };
	static const char *const doing[] = { "already doing", "doing all",
	    "doing everything", "doing what", "already receiving",
	    "already getting", "doing their best", "doing all they can",
	    NULL };
	return word_then(u, satisfied, doing, 6) || adequate_held(u);
}



/* "the HKEAA's call rather than ours", "sit with the operator and not
 * with the school": whose it is, set against the school's */
static int
owner_contrast(const struct unit *u)
{
	static const char *const not_ours[] = { "rather than ours",
	    "rather than us", "rather than with us", "rather than the school",
	    "rather than with the school", "not with the school",
	    "not by the school", "not with us", "not ours", NULL };
	static const char *const owner[] = { "'s call", "'s decision",
	    "'s remit", "'s responsibility", "sits with", "sit with",
	    "rests with", "lies with", "by the", "a matter for", NULL };
	return any_of(u, not_ours, 0, u->len) && any_of(u, owner, 0, u->len);
}

/* "many boys become far more organised in the course of S2": most
 * children, in time, grow out of it */
static int
many_outgrow(const struct unit *u)
{
	static const char *const many[] = { "many", "most", "lots of",
	    "plenty of", "a lot of", NULL };
	static const char *const children[] = { "children", "boys", "girls",
	    "pupils", "students", "kids", "learners", NULL };
	static const char *const grow[] = { "become", "grow out", "outgrow",
	    "catch up", "settle", "settle down", "settle in", "mature",
	    "find their feet", "get better", "calm down", "adjust", "adapt",
	    "cope", "thrive", NULL };
	/* "children with a similar profile", "pupils like Max": the class
	 * narrowed before its verb */
	static const char *const like[] = { "with", "like", "of", NULL };
	for (int k = 0; many[k]; k++)
		for (long i = find_in(u, many[k], 0, u->len); i >= 0;
		    i = find_in(u, many[k], (size_t)i + 1, u->len)) {
			long c = next_within(u, (size_t)i + strlen(many[k]),
			    children, 1);
			if (c < 0)
				continue;
			int gap = next_within(u, (size_t)c, like, 0) >= 0 ? 5 : 1;
			if (next_within(u, (size_t)c, grow, gap) >= 0)
				return 1;
		}
	return 0;
}

/* "Under the Code of Aid, a worker is deployed to a class rather than
 * assigned to one child": a rule, then one way rather than another */
static int
rule_rather(const struct unit *u)
{
	static const char *const rule[] = { "policy", "rules", "regulation",
	    "guidelines", "code of", "ordinance", NULL };
	long r = find_in(u, "rather than", 0, u->len);
	return r > 0 && any_of(u, rule, 0, (size_t)r);
}

/* "let the new visual schedule run until the summer", "let the plan
 * bed in": a thing already begun, left to work */
static int
let_run(const struct unit *u)
{
	static const char *const let[] = { "let the", "let his", "let her",
	    "let this", "let their", "let it", NULL };
	static const char *const run_[] = { "run until", "run its course",
	    "run their course", "run for", "bed in", "bed down", "settle in",
	    "take effect", "play out", "embed", NULL };
	return word_then(u, let, run_, 4);
}

/* "her teachers are really pleased with how she has settled": the
 * staff's pleasure in the child (a pronoun), not in an event */
static int
pleased_with_child(const struct unit *u)
{
	static const char *const pleased[] = { "pleased with how",
	    "happy with how", "delighted with how", "pleased with the way",
	    "happy with the way", "delighted with the way", NULL };
	static const char *const child[] = { "she", "he", NULL };
	/* "pleased with her attitude": a quality of the child's */
	static const char *const pleased_w[] = { "pleased with his",
	    "pleased with her", "happy with his", "happy with her",
	    "delighted with his", "delighted with her", "impressed with his",
	    "impressed with her", "impressed by his", "impressed by her",
	    /* "her teachers speak very highly of her attitude" */
	    "highly of his", "highly of her", NULL };
	static const char *const quality[] = { "attitude", "effort",
	    "efforts", "progress", "behaviour", "behavior", "manners",
	    "focus", "participation", "concentration", "improvement",
	    "confidence", "work", "reading", "writing", NULL };
	return (word_then(u, pleased, child, 1) ||
	    word_then(u, pleased_w, quality, 1)) &&
	    find_in(u, "not ", 0, u->len) < 0;
}

/* "I'm afraid the fee can't be split", "I'm sorry, but the centre
 * isn't able to": regret, then a thing (not the writer) cannot */
static int
sorry_cannot(const struct unit *u)
{
	static const char *const sorry[] = { "i'm afraid", "i am afraid",
	    "i'm sorry, but", "i am sorry, but", "i'm sorry but",
	    "unfortunately", "regrettably", "sadly", NULL };
	static const char *const cannot[] = { "can't be", "cannot be",
	    "can not be", "isn't able to", "is not able to", "aren't able to",
	    "are not able to", "won't be possible", "will not be possible",
	    "isn't possible", "is not possible", NULL };
	if (!any_of(u, sorry, 0, u->len))
		return 0;
	for (int k = 0; cannot[k]; k++) {
		long i = find_in(u, cannot[k], 0, u->len);
		/* "I can't be there", "we cannot be sure": the writer */
		if (i > 0 && !(i >= 2 && strncmp(u->lc + i - 2, "i ", 2) == 0 &&
		    (i == 2 || u->lc[i - 3] == ' ')) && !(i >= 3 &&
		    strncmp(u->lc + i - 3, "we ", 3) == 0))
			return 1;
	}
	return 0;
}

/* "a move into the other group can't happen this year" */
static int
move_cannot(const struct unit *u)
{
	static const char *const move[] = { "move", "switch", "transfer",
	    "swap", "change", NULL };
	static const char *const cannot[] = { "can't happen", "cannot happen",
	    "isn't possible", "is not possible", "won't be possible",
	    "will not be possible", NULL };
	return word_then(u, move, cannot, 5);
}

const char *
roles_kind(const struct unit *u, const char **rule)
{
	if (has_checkable_date(u) && any_of(u, en_markers, 0, u->len))
		return NULL;
	if (use_up(u) || does_not_reach(u) || not_funded_to(u) ||
	    beyond_funds(u) || funds_cut(u)) {
		*rule = "deflection.role-budget";
		return "budget";
	}
	if (provider_cannot(u) || sorry_cannot(u) || move_cannot(u)) {
		*rule = "deflection.role-provider";
		return "other";
	}
	if (rule_forbids(u) || between_you(u) || owner_contrast(u) ||
	    rule_rather(u)) {
		*rule = "deflection.role-remit";
		return "legal-position";
	}
	/* "is not until 9 May" names the date it puts off to */
	if (not_until(u) || (!has_checkable_date(u) && ((watch_how(u) && !seen_on_visit(u)) ||
	    too_soon_to_say(u) || revisit_later(u) || let_run(u)))) {
		*rule = "deflection.role-wait";
		return "waiting";
	}
	if (!has_checkable_date(u) && (((satisfied_that(u) || many_outgrow(u) ||
	    pleased_with_child(u)) &&
	    !any_of(u, en_markers, 0, u->len)) || trusts_it_continues(u))) {
		*rule = "deflection.role-reassurance";
		return "reassurance";
	}
	return NULL;
}

/* "a good deal more settled than he was in September", "much calmer
 * than last term", "far more confident since the spring": a degree, a
 * comparative of ease, then the past it is measured on — progress
 * offered without a figure ("taller than he was" is no ease; "more
 * settled in September than now" has no degree); like the rest of
 * child_doing_well(), comfort only in a reply. */
static int
better_than_before(const struct unit *u)
{
	static const char *const degree[] = { "much", "far", "a lot",
	    "a good deal", "a great deal", "noticeably", "considerably",
	    "so much", "very much", "markedly", "visibly", NULL };
	static const char *const eased[] = { "more settled", "more confident",
	    "more focused", "more relaxed", "more at ease", "more independent",
	    "more engaged", "more comfortable", "more cheerful",
	    "more positive", "more sociable", "more attentive",
	    "more organised", "more mature", "more motivated", "more secure",
	    "more content", "more outgoing", "calmer", "happier", "steadier",
	    "better", "brighter", "keener", "livelier", NULL };
	static const char *const since[] = { "than", "since", "now than",
	    NULL };

	for (int k = 0; degree[k]; k++)
		for (long i = find_in(u, degree[k], 0, u->len); i >= 0;
		    i = find_in(u, degree[k], (size_t)i + 1, u->len)) {
			long e = next_within(u, (size_t)i + strlen(degree[k]),
			    eased, 0);
			if (e >= 0 && !negated_at(u, i) &&
			    next_within(u, (size_t)e, since, 1) >= 0)
				return 1;
		}
	return 0;
}

/*
 * The child is doing well, told to a parent who wrote in: "he is
 * settling in far better", "she has a solid circle of friends", "his
 * errors sit comfortably within what I hear in P1". Only with no
 * promise in the sentence and no date (the caller knows the letter is
 * a reply and that no commitment came of the sentence).
 */
int
child_doing_well(const struct unit *u)
{
	static const char *const doing[] = { "is settling", "has settled",
	    "is coping", "is getting on", "is doing", "is managing",
	    "is progressing", "is fitting in", "is adjusting", "has adjusted",
	    "is adapting", "has adapted", "is making", "has made",
	    "is coming on", NULL };
	static const char *const well[] = { "well", "better", "nicely",
	    "fine", "beautifully", "happily", "very well", "good progress",
	    "steady progress", "real progress", "great progress", NULL };
	static const char *const has[] = { "has", "have", "has got", NULL };
	static const char *const friends[] = { "circle of friends",
	    "group of friends", "friendship group", "close friends",
	    "good friends", "friends in", "plenty of friends", NULL };
	static const char *const within[] = { "within", "well within",
	    "comfortably within", NULL };
	static const char *const usual[] = { "normal range", "the range",
	    "typical", "expected", "what i hear", "what i see", "what we see",
	    "what we hear", "for his age", "for her age", "usual", NULL };

	if (any_of(u, en_markers, 0, u->len))
		return 0;
	/* "than he was in September": the date is the past compared */
	if (better_than_before(u))
		return 1;
	if (has_checkable_date(u))
		return 0;
	return word_then(u, doing, well, 3) || word_then(u, has, friends, 4) ||
	    word_then(u, within, usual, 4);
}
