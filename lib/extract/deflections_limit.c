/*
 * deflections_limit.c — deflection as a residue with structure (issue
 * 17, round 4). A sentence that is no promise, whose predicate is a
 * limit, over a noun of what a parent asks for or of who decides. The
 * rules are pairs of word classes by grammatical role, not sentences:
 *
 *   head (role)                     object            kind
 *   quantifier limit ("capped at",  a resource noun   budget
 *     "only has", "can only", "a    or a number
 *     large number of", "limited
 *     to")
 *   dependency ("falls to", "rests  an authority      legal-position
 *     with", "is set by", "is       noun
 *     sitting with")
 *   negated decision ("not a call", (none: the head   legal-position
 *     "not our decision")           says it)
 *   condition ("only on", "only     a document or     waiting
 *     with", "would have to go      a procedure noun
 *     through")
 *   calming ("wouldn't fret",       (none)            reassurance
 *     "is very common at", "usually
 *     eases", "being looked after")
 *   open-ended passive ("a fresh    a modal passive   no-owner
 *     look ... may be taken")       of a light verb
 *
 * Which side matched chooses the kind. No deflection is read in a
 * promise with a date, in a sentence about the past, or in thanks.
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* What a parent asks for: places, time, people, money. */
static const char *const resources[] = { "place", "places", "room",
	"space", "spaces", "slot", "slots", "seat", "seats", "session",
	"sessions", "staff", "therapist", "therapists", "budget", "fund",
	"funds", "funding", "resource", "resources", "time", "caseload",
	"cases", "referrals", "requests", "applications", "pupils",
	"students", "children", "learners", "members", "hours", "periods",
	"vacancies", "intake", "quota", "a few", "a small number",
	"a handful", "a limited number", "per", NULL };

/* Who decides: a body, a rank, a procedure's owner (the noun, within
 * a few words: "falls to each school's management"). */
static const char *const authorities[] = { "school", "school's", "panel",
	"committee", "board", "bureau", "department", "management",
	"principal", "headteacher", "authority", "government", "edb",
	"swd", "hkeaa", "centre", "hospital", "doctor", "clinic", "office",
	"senco", "psychologist", "head of", NULL };

/* What a grant waits on: a paper, a test, an approval. */
static const char *const documents[] = { "certificate", "certificates",
	"letter", "report", "note", "recommendation", "referral",
	"approval", "assessment", "diagnosis", "evidence", "proof",
	"application", "means test", "review", "request", "prescription",
	"written", "medical", "a doctor", "a doctor's", "the doctor's",
	NULL };

/* Another's consent as the condition: "only with her own signature on
 * the consent form", "only with the consent of the other parent" (the
 * parent's own, "only with your permission", is a request). */
static const char *const consents[] = { "signature", "signatures",
	"consent", "agreement", "permission", NULL };

/* Quantifier limits: the head takes a resource or a number. */
static const char *const quantity_limits[] = { "capped at", "capped to",
	"limited to", "restricted to", "a maximum of", "a cap of",
	"no more than", "not more than", "at most", "only has",
	"only have", "only takes", "only take", "only accepts",
	"only accept", "only admits", "only offers", "only runs",
	"only has room for", "only room for", "large number of",
	"high number of", "huge number of", "great number of",
	"heavy load of", "high volume of", "large volume of", "influx of",
	NULL };

/* "we can only keep to one session a week", "can only offer two
 * places": a modal of sole possibility, then an amount ("can only
 * forward applications" passes a matter on: a remit, read below). */
static const char *const can_only[] = { "can only", "could only",
	"are only able to", "is only able to", "am only able to", NULL };
static const char *const amounts[] = { "one", "two", "three", "a single",
	"twice", "a few", "a limited", NULL };

/* "not limited to students with a report": the limit denied. */
static const char *const not_limited[] = { "not limited to",
	"not restricted to", "isn't limited to", "aren't limited to",
	"not capped at", NULL };

/* Dependency heads: the head takes an authority. */
static const char *const dependencies[] = { "falls to", "fall to",
	"falls within", "rests with", "rest with", "lies with", "lie with",
	"is sitting with", "are sitting with", "is now with", "is with the",
	"it's with the", "is still with",
	"is set by", "are set by", "is fixed by", "are fixed by",
	"is determined by", "are determined by", "is decided by",
	"are decided by", "is allocated by", "are allocated by",
	"is governed by", "are governed by", "a matter for",
	"a decision for",
	/* "the outcome lies wholly in the Authority's hands" */
	"lies in", "lies wholly in", "lies entirely in", "rests in",
	"rests wholly in", "is in the hands of", "lies wholly with",
	"rests wholly with", "lies entirely with", "rests entirely with",
	NULL };

/* A decision noun negated: somebody else's to make. */
static const char *const not_ours[] = { "not a call", "not our call",
	"not a decision", "not our decision", "not a choice",
	"not our choice", "not a matter for", "not ours to",
	"not for us to", "not for me to", "not up to us", "not up to me",
	NULL };

/* "it's not really my call", "not strictly our decision": a negation,
 * at most one hedge word, then a decision the writer disowns. */
static const char *const negations[] = { "not", "isn't", "n't", NULL };
static const char *const mine_to_make[] = { "my call", "our call",
	"my decision", "our decision", "my choice", "our choice",
	"my place", "our place", "my department", "my remit", "our remit",
	/* "that one isn't really mine to decide" */
	"mine to", "ours to", NULL };
/* "scheduling is not handled by me": the writer named as the one who
 * does not do it */
static const char *const done_by[] = { "handled by", "dealt with by",
	"decided by", "arranged by", "managed by", "organised by",
	"organized by", "run by", NULL };
static const char *const me_us[] = { "me", "us", NULL };

static int
not_done_by_me(const struct unit *u)
{
	if (!any_of(u, done_by, 0, u->len))
		return 0;
	for (int k = 0; negations[k]; k++)
		for (long i = find_in(u, negations[k], 0, u->len); i >= 0;
		    i = find_in(u, negations[k], (size_t)i + 1, u->len)) {
			long v = next_within(u, (size_t)i + strlen(negations[k]),
			    done_by, 0);
			if (v >= 0 && next_within(u, (size_t)v, me_us, 0) >= 0)
				return 1;
		}
	return 0;
}

/* "refunds are handled by our head office": the matter is run by an
 * office above or beside the writer (not "handled by Ms Ho", a person
 * named as the one who acts) */
static const char *const run_by[] = { "handled by", "processed by",
	"dealt with by", "managed by", "administered by", NULL };
static const char *const offices[] = { "head office", "headquarters",
	"office", "department", "accounts", "finance", "admin",
	"administration", "central", NULL };

/* "the application window has closed", "the deadline has passed": the
 * procedure's own time is over (not "the window will close on 3 May",
 * a date to meet) */
static const char *const windows[] = { "window", "deadline",
	"closing date", "cut-off", "cutoff", "application period",
	"registration period", NULL };
static const char *const shut[] = { "has closed", "have closed",
	"has now closed", "has passed", "has now passed", "have passed",
	"is over", "has expired", "closed last", "passed last", NULL };

/* "the report is still with the EP": the matter sits with somebody
 * else, waiting. (A place "on the waiting list" is news as often as an
 * answer: what follows it decides, and it is not read here.) */
static const char *const still_with[] = { "still with", "still sitting with",
	"still waiting with", NULL };

/* Conditions: the head takes a document or a procedure. */
static const char *const conditions[] = { "only on", "only with",
	"only upon", "only against", "only after", "only if", "only once",
	"only when", "would have to pass through", "would have to go through",
	"would need to pass through", "would need to go through",
	"has to pass through", "have to pass through",
	"must pass through", "must go through", "subject to", "pending",
	"conditional on", "contingent on", NULL };

/* Calming: a worry told away, a symptom called common or passing, a
 * child called well cared for. */
static const char *const dont[] = { "wouldn't", "would not", "needn't",
	"need not", "don't", "do not", "shouldn't", "should not",
	"try not to", "no need to", "not to",
	/* "nothing to worry about", "I don't see anything to lose sleep
	 * over" */
	"nothing to", "nothing much to", "no reason to", "no cause to",
	"don't see anything to", "do not see anything to",
	"isn't anything to", "is not anything to", NULL };
static const char *const worry[] = { "worry", "fret", "be concerned",
	"be alarmed", "be anxious", "panic", "be upset", "lose sleep",
	"be troubled", "be worried", "stress", "overthink", NULL };
static const char *const is_[] = { "is", "are", "it's", "that's",
	"is very", "is quite", "is perfectly", "is entirely", "is fairly",
	"is really", "are very", "are quite", "are perfectly", NULL };
static const char *const usual[] = { "common", "normal", "typical",
	"usual", "natural", "expected", "age-appropriate", NULL };
static const char *const among[] = { "at", "for", "in", "among",
	"amongst", NULL };
static const char *const habitually[] = { "usually", "normally",
	"generally", "often", "typically", "tends to", "tend to", NULL };
static const char *const passes[] = { "eases", "ease", "settles",
	"settle", "passes", "pass", "fades", "fade", "improves", "improve",
	"resolves", "resolve", "goes away", "go away", "wears off",
	"wear off", "subsides", "subside", "calms", "disappears", NULL };
static const char *const cared[] = { "being looked after",
	"being cared for", "being well looked after", "being supported",
	"in safe hands", "in good hands", "well looked after", NULL };

/* An open-ended passive of a light verb: "a fresh look may be taken",
 * "a view could be formed" (no owner, no date, no outcome). */
static const char *const light_nouns[] = { "look", "view", "decision",
	"review", "consideration", "another look", NULL };
static const char *const may_be[] = { "may be taken", "might be taken",
	"could be taken", "may be given", "might be given",
	"may be formed", "might be formed", "could be formed",
	"may be made", "might be made", "may be had", "may be undertaken",
	"might be undertaken", NULL };

/* What fills up: a list, a diary, a part of the week ("my Saturday
 * mornings are fully booked", "our waiting list is closed"). */
static const char *const fills[] = { "list", "waiting list", "diary",
	"schedule", "calendar", "mornings", "afternoons", "evenings",
	"places", "spaces", "slots", "sessions", "caseload", "programme",
	"scheme", "class", "group", NULL };
static const char *const full_or_closed[] = { "is closed", "are closed",
	"is now closed", "are now closed", NULL };

/* A capacity said to be used up; "full of energy" is no limit. */
static int
capacity_full(const struct unit *u)
{
	static const char *const of[] = { "full of", NULL };
	if (any_of(u, of, 0, u->len))
		return 0;
	return word_then(u, fills, diary_full, 6) ||
	    word_then(u, resources, diary_full, 6) ||
	    word_then(u, fills, full_or_closed, 6);
}

/* No means of the writer's own: "our centre has no means of providing
 * it", "we have no power to". */
static const char *const no_means[] = { "no means of", "no means to",
	"no way of", "no facility to", "no facilities to", "no capacity to",
	"no power to", "no authority to", "no mandate to", NULL };
static const char *const has_[] = { "has", "have", "we've", "i've",
	"there is", "there's", NULL };

/* Another's to decide: "is for the EDB's Placement Section to decide";
 * a body that sets the rules: "the HKEAA sets the criteria". */
static const char *const is_for[] = { "is for", "are for", "be for",
	"is one for", NULL };
static const char *const to_decide[] = { "to decide", "to determine",
	"to judge", "to rule on", "to approve", NULL };
static const char *const sets_rules[] = { "sets the criteria",
	"set the criteria", "sets the rules", "set the rules",
	"sets the standards", "decides eligibility", "determines eligibility",
	"decides who", "determines who", NULL };

/* A child called among the best: "he's one of the happiest boys in the
 * class", "one of the most settled children". */
static int
one_of_the_best(const struct unit *u)
{
	static const char *const one_of[] = { "one of the", NULL };
	static const char *const kids[] = { "boys", "girls", "children",
	    "pupils", "students", "kids", "learners", "readers", NULL };
	if (!any_of(u, one_of, 0, u->len))
		return 0;
	for (long i = find_in(u, "one of the", 0, u->len); i >= 0;
	    i = find_in(u, "one of the", (size_t)i + 1, u->len)) {
		size_t w = (size_t)i + 10, e;
		while (w < u->len && u->lc[w] == ' ')
			w++;
		for (e = w; e < u->len && isalpha((unsigned char)u->lc[e]); e++)
			;
		int best = (e - w > 4 && strncmp(u->lc + e - 3, "est", 3) == 0) ||
		    (e - w == 4 && strncmp(u->lc + w, "most", 4) == 0);
		if (best && next_within(u, e, kids, 2) >= 0)
			return 1;
	}
	return 0;
}

/* Comment held back until another body is done: "I must hold back any
 * comment until their enquiry has run its course". */
static const char *const hold_back[] = { "hold back", "withhold",
	"reserve", "hold off", "hold off on", "refrain from", NULL };
static const char *const comment[] = { "comment", "comments",
	"any comment", "judgement", "judgment", "a view", "any view",
	"my view", "commenting", NULL };
static const char *const until[] = { "until", NULL };

/* Is the sentence a dated promise, about the past only, or thanks? */
static int
guarded(const struct unit *u)
{
	static const char *const past[] = { " was ", " were ", " had ",
	    "yesterday", " ago", "last week", "last month", NULL };
	if (has_checkable_date(u) && any_of(u, en_markers, 0, u->len))
		return 1;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].past)
			return 1;
	/* "every seat was filled" beside "is capped at": the limit is
	 * still said in the present */
	static const char *const now[] = { " is ", " are ", " has ", " have ",
	    " can", " cannot ", "'s ", NULL };
	return strncmp(u->lc, "thank", 5) == 0 || (any_of(u, past, 0, u->len)
	    && !any_of(u, now, 0, u->len));
}

/* Chinese children, for the two forms below. */
static const char *const zh_kids[] = { "學生", "同學", "小朋友", "兒童",
	"細路", "學童", "幼兒", "個案", "家庭", NULL };

/* 唔係個個有SEN嘅同學都會有, 並非所有學生都合資格, 只有經評估確認的學生
 * 先會有: not every pupil with a need is given it (not 唔係個個同學都交咗
 * 功課, no provision). */
int
zh_not_everyone(const struct unit *u)
{
	static const char *const not_all[] = { "唔係個個", "唔係每個",
	    "唔係所有", "並非每位", "並非每個", "並非所有", "不是所有",
	    "不是每個", "不是每位", "未必個個", NULL };
	static const char *const given[] = { "都會有", "都有", "都可以",
	    "都合資格", "都會獲", "都獲", "都有得", "都能", NULL };
	static const char *const only[] = { "只有", "只得", NULL };
	static const char *const then[] = { "先會有", "才會有", "先可以",
	    "才可以", "先有", "才有", "方可", "才能", "先會獲", "才會獲",
	    NULL };

	if (near_after(u, not_all, given, 48))
		return 1;
	return near_after(u, only, zh_kids, 30) && near_after(u, zh_kids,
	    then, 6);
}

/* 一個人跟緊成三十幾個學生, 輔導員一人要跟進逾五十名學生, 撥款要攤分畀
 * 成四十幾個學生: one person or supply over a count of tens (十, 百) of
 * children (not 佢一個人食晏, no count). */
int
zh_one_for_many(const struct unit *u)
{
	static const char *const one[] = { "一個人", "一人", "一位", "兼顧",
	    "攤分", "分攤", NULL };
	static const char *const tens[] = { "十", "百", NULL };

	for (int k = 0; one[k]; k++)
		for (long i = find_in(u, one[k], 0, u->len); i >= 0;
		    i = find_in(u, one[k], (size_t)i + 1, u->len)) {
			size_t a = (size_t)i + strlen(one[k]);
			for (int t = 0; tens[t]; t++) {
				long n = find_in(u, tens[t], a, a + 36);
				if (n >= 0 && any_of(u, zh_kids, (size_t)n,
				    (size_t)n + 24))
					return 1;
			}
		}
	return 0;
}

const char *
limit_kind(const struct unit *u, const char **rule)
{
	/* "still" holds it in the present, whatever past the sentence
	 * also tells ("as I explained last week, it is still with") */
	if (!has_checkable_date(u) && word_then(u, still_with, roles_en, 1)) {
		*rule = "deflection.limit-with-another";
		return "waiting";
	}
	if (guarded(u))
		return NULL;
	if ((word_then(u, quantity_limits, resources, 4) ||
	    word_then(u, can_only, amounts, 3)) &&
	    !any_of(u, not_limited, 0, u->len)) {
		*rule = "deflection.limit-quantity";
		return "budget";
	}
	if (word_then(u, has_, no_means, 1)) {
		*rule = "deflection.limit-means";
		return "budget";
	}
	if (word_then(u, hold_back, comment, 2) && any_of(u, until, 0,
	    u->len)) {
		*rule = "deflection.limit-held-comment";
		return "waiting";
	}
	if (capacity_full(u)) {
		*rule = "deflection.limit-capacity";
		return "budget";
	}
	if (word_then(u, is_for, to_decide, 6) ||
	    word_then(u, authorities, sets_rules, 1)) {
		*rule = "deflection.limit-remit";
		return "legal-position";
	}
	if (word_then(u, dependencies, authorities, 4) ||
	    any_of(u, not_ours, 0, u->len) ||
	    word_then(u, negations, mine_to_make, 1) ||
	    not_done_by_me(u) ||
	    word_then(u, run_by, offices, 3)) {
		*rule = "deflection.limit-remit";
		return "legal-position";
	}
	if (!has_checkable_date(u) && word_then(u, windows, shut, 3)) {
		*rule = "deflection.limit-window-closed";
		return "legal-position";
	}
	if (word_then(u, conditions, documents, 4) || (word_then(u,
	    conditions, consents, 4) && find_in(u, "your", 0, u->len) < 0 &&
	    !memchr(u->lc, '"', u->len) && find_in(u, "\u201c", 0,
	    u->len) < 0)) {
		*rule = "deflection.limit-condition";
		return "waiting";
	}
	if (!any_of(u, en_markers, 0, u->len) && (word_then(u, dont, worry, 1) ||
	    (word_then(u, is_, usual, 0) && word_then(u, usual, among, 0)) ||
	    word_then(u, habitually, passes, 1) || any_of(u, cared, 0, u->len) ||
	    one_of_the_best(u))) {
		*rule = "deflection.limit-calming";
		return "reassurance";
	}
	if (word_then(u, light_nouns, may_be, 6)) {
		*rule = "deflection.limit-open-passive";
		return "no-owner";
	}
	return NULL;
}
