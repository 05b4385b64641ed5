/*
 * deflections_en.c — English forms of deflection read by structure, for
 * deflections.c: a word of one class, then within a few words a word of
 * another, with the words between or around it checked where a parent
 * or a date would change the reading. Each form names a class of
 * sentence, none names a sentence:
 *   scarcity_form        "no free slots", "not enough teachers", "the
 *                        wait is about six months"
 *   remit_form           "that decision belongs to the EDB", "is for the
 *                        panel to decide", "decided by the HKEAA", "only
 *                        the principal can approve", "up to the EP"
 *   comfort_more         "his needs matter to us", "no need to be
 *                        concerned", "treated with respect", "watching
 *                        her closely", "things will improve with time"
 *   wait_more            "wait a little longer", "for now we will
 *                        monitor", "let him settle", "see whether it
 *                        helps", "allow time for it to take effect"
 *   third_party_condition "if the panel agrees", "would need the EP's
 *                        sign-off", "once a place becomes available"
 *   refusal_more         "we can't run a separate class", "cannot be
 *                        arranged", "we do not provide"
 *   considered_by_us     "we have noted your request": the school's own
 *                        thinking, reported, with no outcome
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* Outside bodies: they, not the school, decide. */
static const char *const bodies[] = { "edb", "education bureau", "hkeaa",
	"examinations authority", "social welfare", "swd", "hospital",
	"hospital authority", "child assessment", "cac", "department of health",
	"government", "clinic", "paediatrician", "bureau", "authority",
	"district", "ngo", "board", "council", "centre", "center", NULL };

/* The previous word before lc[i]: its start, or -1. */
static long
word_before(const struct unit *u, size_t i, size_t *len)
{
	long e = (long)i - 1;
	while (e >= 0 && u->lc[e] == ' ')
		e--;
	long s = e;
	while (s > 0 && (isalpha((unsigned char)u->lc[s - 1]) ||
	    u->lc[s - 1] == '\''))
		s--;
	if (e < 0 || !isalpha((unsigned char)u->lc[e]))
		return -1;
	*len = (size_t)(e - s + 1);
	return s;
}

static int
word_is(const struct unit *u, long s, size_t n, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == n && memcmp(u->lc + s, list[k], n) == 0)
			return 1;
	return 0;
}

/* Scarcity said of a supply: "no free slots", "we lack the manpower",
 * "not enough teachers"; a queue measured in months. ("no room for
 * doubt" is no room in a group.) */
int
scarcity_form(const struct unit *u)
{
	static const char *const scarce[] = { "no", "no free", "no spare",
	    "no more", "not enough", "insufficient", "lack", "lack the",
	    "lacks", "lacks the", "short of", "shortage of", "too few",
	    "don't have the", "do not have the", "don't have enough",
	    "do not have enough", "haven't got the", "not have the", NULL };
	static const char *const supply[] = { "staff", "staffing",
	    "teachers", "teaching assistants", "assistants", "tas",
	    "therapists", "slots", "places", "spaces", "space", "openings",
	    "vacancies", "room", "capacity", "manpower", "resources",
	    "availability", "personnel", "specialists", "counsellors",
	    "sessions available", "hours available",
	    /* a therapy the school does not have: "no OT service" */
	    "ot service", "therapy service", "therapy services",
	    "counselling service", "speech service", NULL };
	static const char *const queue[] = { "waiting list", "waitlist",
	    "waiting time", "the wait", "waiting period", "queue",
	    "wait time", NULL };
	static const char *const spans[] = { "months", "weeks", "a year",
	    "years", "terms", NULL };

	int some = any_of(u, supply, 0, u->len);
	for (int k = 0; some && scarce[k]; k++)
		for (long i = find_in(u, scarce[k], 0, u->len); i >= 0;
		    i = find_in(u, scarce[k], (size_t)i + 1, u->len)) {
			long e = next_within(u, (size_t)i + strlen(scarce[k]),
			    supply, 2);
			/* "no room for doubt", "no space for": a figure */
			if (e >= 0 && !(strncmp(u->lc + e, " for", 4) == 0 &&
			    (strncmp(u->lc + e - 4, "room", 4) == 0 ||
			    strncmp(u->lc + e - 5, "space", 5) == 0)))
				return 1;
		}
	return word_then(u, queue, spans, 8);
}

/* Somebody else decides: a noun of decision and who holds it, "for X
 * to decide", a passive of deciding with an agent who is not the
 * school, "only the principal can approve", "up to the EP". */
int
remit_form(const struct unit *u)
{
	static const char *const decision[] = { "decision", "decisions",
	    "the choice", "the call", "that call", "final decision", NULL };
	static const char *const held_by[] = { "belongs to", "belong to",
	    "sits with", "sit with", "is for", "is one for", "is up to",
	    "are up to", "be up to", "is taken by", "are taken by",
	    "is made by", "are made by", "in the hands of", NULL };
	static const char *const is_for[] = { "is for", "are for",
	    "one for", "question for", "decision for", "matter for", NULL };
	static const char *const to_decide[] = { "to decide", "to determine",
	    "to judge", "to approve", "to rule on", "to make", "to settle",
	    "to sign off", "to weigh up", "to answer", "to advise on",
	    "to comment on", NULL };
	static const char *const beyond[] = { "outside what", "beyond what",
	    "outside of what", NULL };
	static const char *const can[] = { "can", "could", "is able",
	    "are able", "is allowed", "are allowed", "may", NULL };
	static const char *const decided_by[] = { "decided by",
	    "determined by", "controlled by", "governed by", "allocated by",
	    "dictated by", "set centrally by", NULL };
	static const char *const us[] = { "us", "me", "our", "you", "your",
	    "the school", "myself", "ourselves", NULL };
	static const char *const directed[] = { "directly", "directed to",
	    "be addressed to", "take this up with", "take it up with",
	    "take the matter up with", "best raised with", NULL };

	static const char *const sits_with[] = { "sits with", "sit with",
	    "rests with", "lies with", "is now with", "is with", "are with",
	    NULL };
	/* "rests with the SENCO" (not "the pencil case is with the
	 * class teacher"): a role decides */
	static const char *const rests_with[] = { "sits with", "rests with",
	    "lies with", "is sitting with", "up to", NULL };
	/* "the Examination Committee has to decide that" */
	static const char *const must_decide[] = { "has to decide",
	    "have to decide", "must decide", "needs to decide",
	    "will have to decide", NULL };
	static const char *const deciders[] = { "panel", "committee", "board",
	    "principal", "management", "authority", "governors", "edb",
	    "bureau", "hkeaa", "council", "head teacher", "headteacher",
	    "vice-principal", "supervisor", "sponsoring body", "manager",
	    NULL };
	static const char *const be_for[] = { "be for", "is for", "are for",
	    NULL };

	/* "it would not be appropriate for me to intervene": the step
	 * is somebody else's to take */
	static const char *const not_be[] = { "not be", "wouldn't be",
	    "isn't", "is not", "not", NULL };
	static const char *const fit_for[] = { "appropriate for me",
	    "appropriate for us", "appropriate for the school",
	    "right for me", "right for us", "proper for me", "proper for us",
	    "my place to", "our place to", NULL };

	/* "that isn't something the primary school controls": the
	 * matter lies outside the writer's side */
	static const char *const not_thing[] = { "isn't something",
	    "is not something", "not something", "aren't something",
	    NULL };
	static const char *const control[] = { "controls", "control",
	    "decides", "decide", "determines", "determine", "has a say",
	    "have a say", "can change", "can influence", "has any say",
	    "have any say", "oversees", "has power over", "can process",
	    "can offer", "can provide", "can arrange", "allows", "allow",
	    "runs", "organises", "organizes", "provides", "offers",
	    NULL };

	/* "internal notes are not released to parents": what the parent
	 * may see is ruled out by a practice, not by a person */
	static const char *const withheld[] = { "not released",
	    "not shared", "not disclosed", "not made available",
	    "not given out", "not passed on", NULL };
	static const char *const to_parents[] = { "to parents",
	    "with parents", "to families", "to the parent", NULL };

	if (has_checkable_date(u))
		return 0;
	static const char *const a_matter[] = { "is something",
	    "is a matter", "is a decision", NULL };
	static const char *const another_decides[] = { "will decide",
	    "decides", "will determine", "determines", NULL };

	if (word_then(u, withheld, to_parents, 2) ||
	    word_then(u, a_matter, another_decides, 4) ||
	    word_then(u, not_be, fit_for, 1) ||
	    word_then(u, not_thing, control, 4) ||
	    word_then(u, decision, held_by, 3) ||
	    word_then(u, is_for, to_decide, 4) || word_then(u, beyond, can, 3) ||
	    word_then(u, sits_with, deciders, 4) ||
	    word_then(u, rests_with, roles_en, 4) ||
	    word_then(u, rests_with, person_titles, 1) ||
	    word_then(u, roles_en, must_decide, 1))
		return 1;
	/* "it would be for the school to request them" */
	int be4 = any_of(u, be_for, 0, u->len);
	for (int k = 0; be4 && be_for[k]; k++)
		for (long i = find_in(u, be_for[k], 0, u->len); i >= 0;
		    i = find_in(u, be_for[k], (size_t)i + 1, u->len)) {
			long r = next_within(u, (size_t)i + strlen(be_for[k]),
			    roles_en, 2);
			if (r < 0)
				r = next_within(u, (size_t)i + strlen(be_for[k]),
				    bodies, 2);
			if (r >= 0 && strncmp(u->lc + r, " to ", 4) == 0)
				return 1;
		}
	for (int k = 0; decided_by[k]; k++) {
		long i = find_in(u, decided_by[k], 0, u->len);
		size_t e = i < 0 ? 0 : (size_t)i + strlen(decided_by[k]);
		/* "decided by us" is ours; "by our clinical supervisor"
		 * is a rank above the writer */
		if (i >= 0 && (next_within(u, e, us, 0) < 0 ||
		    next_within(u, e, deciders, 3) >= 0))
			return 1;
	}
	if (any_of(u, bodies, 0, u->len) && any_of(u, directed, 0, u->len) &&
	    any_of(u, the_parent, 0, u->len))
		return 1;
	return only_role_decides(u);
}

/* "Only the principal can approve", "it is up to the EP": a person or a
 * body named as the one who decides. */
int
only_role_decides(const struct unit *u)
{
	static const char *const only[] = { "only", NULL };
	static const char *const may[] = { "can", "may", "is able",
	    "has the authority", "is authorised", "is authorized",
	    "is in a position", "is qualified", NULL };
	static const char *const decide[] = { "approve", "decide", "authorise",
	    "authorize", "grant", "sign off", "agree", "allow", "permit",
	    "make that decision", "make the decision", "recommend",
	    "make that recommendation", "make a recommendation", NULL };
	static const char *const be[] = { "is", "are", "be", "it's",
	    "entirely", "ultimately", "really", NULL };
	static const char *const third[] = { "him", "her", "them", NULL };

	for (long i = any_of(u, decide, 0, u->len) ? find_in(u, "only", 0,
	    u->len) : -1; i >= 0; i = find_in(u, "only", (size_t)i + 1, u->len)) {
		long r = next_within(u, (size_t)i + 4, roles_en, 3);
		if (r < 0)
			r = next_within(u, (size_t)i + 4, bodies, 3);
		long m = r < 0 ? -1 : next_within(u, (size_t)r, may, 1);
		if (m >= 0 && next_within(u, (size_t)m, decide, 2) >= 0)
			return 1;
	}
	(void)only;
	for (long i = find_in(u, "up to", 0, u->len); i >= 0;
	    i = find_in(u, "up to", (size_t)i + 1, u->len)) {
		size_t n;
		long w = word_before(u, (size_t)i, &n);
		if (w < 0 || !word_is(u, w, n, be))
			continue;
		if (next_within(u, (size_t)i + 5, roles_en, 2) >= 0 ||
		    next_within(u, (size_t)i + 5, bodies, 2) >= 0)
			return 1;
		/* "it's entirely up to her who she sees first": a third
		 * person, never "up to you" (the parent's own choice) */
		if (next_within(u, (size_t)i + 5, third, 0) >= 0)
			return 1;
	}
	return 0;
}

/* Is the word before lc[i] one who acts for the school ("we", "I", "the
 * SENCO")? Then what follows is a promise, not a forecast. */
static int
school_subject_before(const struct unit *u, size_t i)
{
	static const char *const us[] = { "we", "i", "you", NULL };
	size_t n;
	long w = word_before(u, i, &n);
	if (w < 0)
		return 0;
	if (n > 3 && memcmp(u->lc + w + n - 3, "'ll", 3) == 0)
		n -= 3;
	return word_is(u, w, n, us) || word_is(u, w, n, roles_en);
}

/*
 * Things will get better by themselves: a future of an intransitive verb
 * of change whose subject is not the school ("she will settle", "things
 * should improve with time", "he'll soon find his feet"), with nothing
 * after it or a word of time or manner (an object makes it an act: "Ms
 * Ho will adjust the worksheets").
 */
static const char *const forecast_change[] = { "improve", "settle",
	"settle down", "settle in", "get better", "ease", "pass", "fade",
	"calm down", "grow in confidence", "grow out of it", "find his feet",
	"find her feet", "find their feet", "come right", "blossom",
	"catch up", "adjust", "adapt", "get used to it", "mature",
	"grow into it", NULL };
static const char *const forecast_will[] = { "will", "'ll", "should",
	"is sure to", "are sure to", "bound to", "is likely to", "tend to",
	"tends to", NULL };

/* Is the marker at lc[i], n bytes long, the start of such a forecast? */
int
forecast_at(const struct unit *u, size_t i, size_t n)
{
	static const char *const *const change = forecast_change;
	static const char *const after[] = { "with", "in", "over", "soon",
	    "naturally", "eventually", "gradually", "by", "on", "before",
	    "as", "once", "when", "quickly", "to", "and", "very", "again",
	    "further", "too", NULL };
	static const char *const adv[] = { "soon", "naturally", "gradually",
	    "eventually", "quickly", "all", "slowly", "surely", NULL };

	if (school_subject_before(u, u->lc[i] == '\'' ? i + n : i))
		return 0;
	long e = next_within(u, i + n, change, 0);
	if (e < 0) {
		long a = next_within(u, i + n, adv, 0);
		e = a < 0 ? -1 : next_within(u, (size_t)a, change, 0);
	}
	if (e < 0)
		return 0;
	size_t w = (size_t)e;
	while (w < u->len && u->lc[w] == ' ')
		w++;
	return w >= u->len || !isalpha((unsigned char)u->lc[w]) ||
	    next_within(u, (size_t)e, after, 0) >= 0;
}

/*
 * Things will get better by themselves: a future of an intransitive verb
 * of change whose subject is not the school ("she will settle", "things
 * should improve with time", "he'll soon find his feet"), with nothing
 * after it or a word of time or manner (an object makes it an act: "Ms
 * Ho will adjust the worksheets").
 */
int
change_forecast(const struct unit *u)
{
	if (!any_of(u, forecast_change, 0, u->len))
		return 0;
	for (int k = 0; forecast_will[k]; k++)
		for (long i = find_in(u, forecast_will[k], 0, u->len); i >= 0;
		    i = find_in(u, forecast_will[k], (size_t)i + 1, u->len))
			if (forecast_at(u, (size_t)i, strlen(forecast_will[k])))
				return 1;
	return 0;
}

/* Comfort with no action: "his needs matter to us", "no need to be
 * concerned", "treated with respect", "we are watching him closely",
 * "she will settle with time". */
int
comfort_more(const struct unit *u)
{
	static const char *const valued[] = { "important", "matters",
	    "matter", "means a lot", "mean a lot", "means a great deal",
	    "precious", "a priority", "valued", NULL };
	static const char *const to_us[] = { "to us", "to me", "to the school",
	    "to all of us", "to everyone here", "to our staff",
	    "to the whole team", "to the team", "to the whole school",
	    "to all our staff", "to everyone", NULL };
	static const char *const no_need[] = { "no need", "no cause",
	    "no reason", "nothing", "needn't", "need not", "don't", "do not",
	    "try not to", "shouldn't", "should not", "not", NULL };
	static const char *const worry[] = { "worry", "worried", "concerned",
	    "for concern", "alarmed", "anxious", "fret", "panic", NULL };
	static const char *const treated[] = { "treated", "treat", "treats",
	    NULL };
	static const char *const kindly[] = { "with care", "with respect",
	    "with dignity", "with kindness", "with sensitivity", "fairly",
	    "equally", NULL };
	static const char *const watch[] = { "monitor", "monitoring", "watch",
	    "watching", "observe", "observing", "keep an eye",
	    "keeping an eye", NULL };
	static const char *const closely[] = { "closely", "carefully",
	    NULL };

	/* beside a dated promise, "so his reading should improve" is its
	 * purpose, not comfort */
	if (word_then(u, valued, to_us, 3) || word_then(u, no_need, worry, 3) ||
	    word_then(u, treated, kindly, 2) || (change_forecast(u) &&
	    !(has_checkable_date(u) && any_of(u, en_markers, 0, u->len))))
		return 1;
	return word_then(u, watch, closely, 3) && !has_checkable_date(u) &&
	    !any_of(u, en_markers, 0, u->len);
}

/* Time is the plan, said otherwise: "wait a little longer", "for now we
 * will keep monitoring", "let him settle first", "see whether the chart
 * helps", "allow time for the strategies to take effect". */
int
wait_more(const struct unit *u)
{
	static const char *const wait[] = { "wait", "waiting", "hold on",
	    "hang on", NULL };
	static const char *const longer[] = { "longer", "a while", "a bit",
	    "a little", "another", "until after", "some time", "a few",
	    "a couple", "till after", NULL };
	static const char *const for_now[] = { "for now", "for the time being",
	    "for the moment", "at this stage", "at this point",
	    "for the present", NULL };
	static const char *const no_change[] = { "monitor", "monitoring",
	    "observe", "observing", "watch", "leave things", "leave it as",
	    "keep things", "as it is", "as they are", "no change",
	    "no changes", "not change", "not make any", "hold off", "wait",
	    "no further action", "stay as", "remain as", NULL };
	static const char *const let[] = { "let", "letting", "allow",
	    "allowing", NULL };
	/* "let's keep an open mind until then": no view taken yet */
	static const char *const keep[] = { "keep", "keeping", "keeps",
	    "remain", "stay", NULL };
	static const char *const open_mind[] = { "an open mind",
	    "open-minded", "open minded", NULL };
	static const char *const settle[] = { "settle", "settle in",
	    "settle down", "bed in", "adjust", "get used", NULL };
	static const char *const see[] = { "see whether", "see if",
	    "see what difference", "find out whether", "find out if", NULL };
	static const char *const helps[] = { "helps", "help", "works", "work",
	    "makes a difference", "make a difference", "improves", "improve",
	    "settles", "has any effect", "has an effect", "is effective",
	    "any difference", "a difference", "pays off", NULL };
	static const char *const allow[] = { "allow", "allowing", "give",
	    "giving", NULL };
	static const char *const time_for[] = { "time for", "time to", NULL };
	static const char *const to_work[] = { "take effect", "to work",
	    "to settle", "bed in", "embed", "to show", "have an effect",
	    "make a difference", "take hold", NULL };

	static const char *const give_it[] = { "give it", "give this",
	    "give things", "give the current", "give the new", "give these",
	    "giving it", "giving this", "giving things", NULL };
	static const char *const more_time[] = { "time", "more time",
	    "some time", "a chance", "longer", NULL };
	static const char *const give[] = { "give", "giving", NULL };
	static const char *const trial[] = { "a fair run", "a fair trial",
	    "a fair chance", "a fair go", "a proper trial", "a proper run",
	    "a proper go", "a proper chance", "a good run", "a decent run",
	    NULL };
	static const char *const person[] = { "him", "her", "them", "you",
	    "me", "us", NULL };
	for (long i = any_of(u, trial, 0, u->len) ? find_in(u, "give", 0,
	    u->len) : -1; i >= 0;
	    i = find_in(u, "give", (size_t)i + 1, u->len)) {
		long e = next_within(u, (size_t)i + 4, trial, 5);
		if (e >= 0 && !any_of(u, person, (size_t)i, (size_t)e))
			return 1;
	}
	(void)give;

	return word_then(u, wait, longer, 3) ||
	    word_then(u, give_it, more_time, 4) ||
	    (any_of(u, for_now, 0, u->len) && any_of(u, no_change, 0, u->len)) ||
	    word_then(u, let, settle, 3) || word_then(u, see, helps, 6) ||
	    (word_then(u, allow, time_for, 3) && any_of(u, to_work, 0, u->len)) ||
	    word_then(u, keep, open_mind, 0);
}

/* Somebody else must say yes first: "if the panel agrees", "would need
 * the EP's sign-off", "once a place becomes available". The parent's
 * own yes ("if you agree", "we need your consent") is a question to
 * her, not a deflection. */
int
third_party_condition(const struct unit *u)
{
	static const char *const cond[] = { "if", "provided", "providing",
	    "as long as", "so long as", "assuming", "on condition that",
	    NULL };
	static const char *const consent[] = { "agrees", "agree", "approves",
	    "approve", "allows", "permits", "confirms", "signs off",
	    "sign off", "recommends", "gives the go-ahead", "endorses",
	    "accepts", "grants", "funds", "sanctions", "is approved",
	    "are approved", NULL };
	static const char *const need[] = { "need", "needs", "require",
	    "requires", "required", "subject to", NULL };
	static const char *const approval[] = { "approval", "sign-off",
	    "sign off", "consent", "agreement", "permission", "go-ahead",
	    "endorsement", "authorisation", "authorization", "blessing",
	    "clearance", NULL };
	static const char *const when[] = { "once", "when", "until",
	    "as soon as", "till", NULL };
	static const char *const freed[] = { "becomes available",
	    "become available", "frees up", "free up", "opens up",
	    "becomes free", "is appointed", "has been appointed",
	    "is recruited", "has been recruited", "is filled",
	    "has been filled", "comes through", "come through", NULL };
	static const char *const people[] = { "you", "your", "we", "i", "he",
	    "she", "him", "her", NULL };
	const char *const *firsts[] = { cond, need, when };
	const char *const *thens[] = { consent, approval, freed };
	const int gap[] = { 5, 4, 5 };

	for (int f = 0; f < 3; f++) {
		if (!any_of(u, thens[f], 0, u->len))
			continue;
		for (int k = 0; firsts[f][k]; k++)
			for (long i = find_in(u, firsts[f][k], 0, u->len); i >= 0;
			    i = find_in(u, firsts[f][k], (size_t)i + 1, u->len)) {
				size_t from = (size_t)i + strlen(firsts[f][k]);
				long e = next_within(u, from, thens[f], gap[f]);
				if (e >= 0 && !any_of(u, people, from, (size_t)e))
					return 1;
			}
	}
	return 0;
}

/* The school says it will not provide: "we can't run a separate
 * class", "cannot be arranged", "we do not offer". Words that only
 * sound like a refusal ("we cannot thank you enough", "I can't wait")
 * and conditions ("if we cannot reach you") are not. */
int
refusal_more(const struct unit *u)
{
	static const char *const we_cannot[] = { "we cannot", "we can't",
	    "we can not", "we could not", "we couldn't", "school cannot",
	    "school can't", "i cannot", "i can't", "we won't be able",
	    "we will not be able", NULL };
	static const char *const not_really[] = { "thank", "stress",
	    "emphasise", "emphasize", "overstate", "wait", "tell you", "help but", "help feeling",
	    "say enough", "praise", "be more", "imagine", "express", "see",
	    "find", "reach", "contact", "get hold", "hear", "attend", "make it",
	    "be there", NULL };
	static const char *const iffy[] = { "if", "unless", "in case",
	    "when", NULL };
	static const char *const neg_be[] = { "cannot be", "can't be",
	    "can not be", "could not be", "couldn't be", "won't be",
	    "will not be", "wouldn't be", "would not be", NULL };
	static const char *const granted[] = { "arranged", "provided",
	    "offered", "accommodated", "granted", "approved", "funded",
	    "extended", "increased", "guaranteed", "allocated",
	    "made available", "spared", "released", "justified",
	    "sustained",
	    /* what privacy keeps back: "the names cannot be disclosed" */
	    "disclosed", "revealed", "divulged", NULL };
	static const char *const we[] = { "we", "school", "we simply",
	    "we currently", "we generally", "i", "i simply", "i generally",
	    NULL };
	static const char *const do_not[] = { "do not", "don't", "does not",
	    "doesn't", "no longer", NULL };
	static const char *const provide[] = { "offer", "provide", "fund",
	    "run", "employ", "arrange", "allocate", "cover", "pay for",
	    "offers", "provides", "funds", "runs", "employs", "arranges",
	    "covers", "pays for",
	    /* a practice the writer keeps out of: "I don't write letters
	     * recommending a school", "we do not issue reports" */
	    "write", "issue", "sign", "accept", "take on", NULL };

	/* a refusal as an obligation: "I'll have to say no to that"; or
	 * as the writer's preference: "I'd rather not add another sheet" */
	static const char *const must_refuse[] = { "have to say no",
	    "have to decline", "must decline", "have to refuse",
	    "have to turn down", "i'd rather not", "i would rather not",
	    "we'd rather not", "we would rather not", "i'd prefer not to",
	    "i would prefer not to", "we'd prefer not to",
	    "we would prefer not to", NULL };

	if (any_of(u, must_refuse, 0, u->len))
		return 1;
	int cannot = any_of(u, we_cannot, 0, u->len);
	for (int k = 0; cannot && we_cannot[k]; k++)
		for (long i = find_in(u, we_cannot[k], 0, u->len); i >= 0;
		    i = find_in(u, we_cannot[k], (size_t)i + 1, u->len)) {
			size_t from = (size_t)i + strlen(we_cannot[k]);
			size_t a = i > 12 ? (size_t)i - 12 : 0;
			if (next_within(u, from, not_really, 1) >= 0 ||
			    any_of(u, iffy, a, (size_t)i))
				continue;
			return 1;
		}
	if (word_then(u, neg_be, granted, 1))
		return 1;
	int refuse = any_of(u, do_not, 0, u->len) &&
	    any_of(u, provide, 0, u->len);
	for (int k = 0; refuse && we[k]; k++)
		for (long i = find_in(u, we[k], 0, u->len); i >= 0;
		    i = find_in(u, we[k], (size_t)i + 1, u->len)) {
			long n = next_within(u, (size_t)i + strlen(we[k]), do_not,
			    0);
			if (n >= 0 && next_within(u, (size_t)n, provide, 1) >= 0)
				return 1;
		}
	return 0;
}

/* "We have noted your request", "I've passed your concerns on": the
 * school's own thinking reported as done, with no outcome and no date. */
int
considered_by_us(const struct unit *u)
{
	static const char *const we_have[] = { "we have", "we've", "i have",
	    "i've", "we have also", "i have also", "have duly", NULL };
	static const char *const noted[] = { "noted", "logged", "recorded",
	    "passed", "forwarded", "escalated", "flagged", "raised", "relayed",
	    "taken note", "made a note", "fed back",
	    "taken on board", NULL };
	static const char *const outcome[] = { "agreed", "decided",
	    "approved", "confirmed", "arranged", "booked", NULL };
	/* "I have passed your notes on his needs to all his teachers":
	 * papers for use (or what they tell), given to those who use
	 * them, is done */
	static const char *const told[] = { "details", "information",
	    "advice", NULL };
	static const char *const users[] = { "teachers", "teacher", "staff",
	    "colleagues", "tutors", "assistants", NULL };
	return word_then(u, we_have, noted, 1) && !has_checkable_date(u) &&
	    !any_of(u, en_markers, 0, u->len) &&
	    !any_of(u, outcome, 0, u->len) &&
	    !((word_then(u, noted, paper_nouns, 2) ||
	    word_then(u, noted, told, 2)) && any_of(u, users, 0, u->len));
}

/* Nothing is settled yet, and nobody says when it will be: "the dates
 * are still being worked out", "is yet to be confirmed". */
int
still_undecided(const struct unit *u)
{
	static const char *const still[] = { "still being", "yet to be",
	    "still to be", "not yet been", "still not been", NULL };
	static const char *const settled[] = { "worked out", "decided",
	    "finalised", "finalized", "confirmed", "agreed", "arranged",
	    "fixed", "sorted out", "sorted", "determined", "allocated",
	    "scheduled", "approved", "set", "organised", "organized", NULL };
	/* "is being thrashed out with the panel": talks, no outcome */
	static const char *const being[] = { "is being", "are being",
	    "is still being", "are still being", NULL };
	static const char *const talked_out[] = { "thrashed out",
	    "hammered out", "ironed out", "worked out", "sorted out",
	    "talked through", NULL };
	/* "whether she sits ... is a question that is still open" */
	static const char *const open[] = { "still open", "remains open",
	    "remain open", "open question", "still undecided",
	    "remains undecided", NULL };
	static const char *const what[] = { "whether", "question", "issue",
	    "matter", NULL };
	/* "A decision on a full assessment will be made": a decision to
	 * come, by nobody named ("by the panel" names one) */
	static const char *const decision[] = { "decision", "decisions",
	    NULL };
	static const char *const made[] = { "will be made", "will be taken",
	    "will be reached", "will then be made", NULL };
	static const char *const by[] = { "by", NULL };
	return word_then(u, still, settled, 1) ||
	    word_then(u, being, talked_out, 0) ||
	    (any_of(u, open, 0, u->len) && any_of(u, what, 0, u->len)) ||
	    (word_then(u, decision, made, 6) && !word_then(u, made, by, 0));
}

/* A rule of the calendar: "how it is spent is fixed at the start of
 * each school year", "hours are allocated in advance". */
int
fixed_in_advance(const struct unit *u)
{
	static const char *const fixed[] = { "is fixed", "are fixed",
	    "is set", "are set", "is decided", "are decided", "is allocated",
	    "are allocated", "is agreed", "are agreed", "is budgeted",
	    "are budgeted", "is determined", "are determined", NULL };
	static const char *const when[] = { "at the start", "at the beginning",
	    "in advance", "centrally", "for the year", "for the whole year",
	    "for the school year", "each year", "every year", "annually",
	    NULL };
	return word_then(u, fixed, when, 2);
}

/* A place may come free: "a place in the group may open up if ...",
 * "a slot might become available". Somebody else's leaving comes
 * first. One that has come up is granted ("Good news: a place has come
 * up for Kit"), and is no wait. */
int
place_may_free(const struct unit *u)
{
	static const char *const place[] = { "place", "places", "slot",
	    "slots", "space", "spaces", "vacancy", "vacancies", "opening",
	    "spot", NULL };
	static const char *const frees[] = { "open up", "opens up",
	    "become available", "becomes available", "come up", "comes up",
	    "free up", "frees up", "become free", "becomes free", NULL };
	static const char *const freed[] = { "has come up", "have come up",
	    "has just come up", "has opened up", "have opened up",
	    "has become available", "have become available", "has freed up",
	    "has become free", "came up", "opened up", "became available",
	    "freed up", NULL };
	return word_then(u, place, frees, 6) && !word_then(u, place, freed, 6);
}

/* A matter carried to somebody, no deed of its own: "raise the sweater
 * question with the Vice-Principal", "bring his request up with the
 * panel", "pass the result on to you", "pass your comments along to
 * her", "raise the idea of a helper", "ask Miss Yim whether she can".
 * Like "let you know", nothing can be checked without a date.
 * Read in lc [me, b), the words after the marker. */
int
en_passing_on(const struct unit *u, size_t me, size_t b)
{
	static const char *const raise_to[] = { "with", "at the",
	    "the question of", "the idea of", "the matter of",
	    "the issue of", NULL };
	/* "ask Miss Yim whether she can add a line": a question carried */
	static const char *const ask_if[] = { "whether", "if", NULL };
	static const char *const bring_to[] = { "up with", "up at",
	    "to the attention", NULL };
	static const char *const pass_to[] = { "on to", "on", "back to you",
	    "along to", "along", NULL };
	static const char *const put_to[] = { "to the", NULL };
	/* "I'll pass on her contact details to the therapist": a way to
	 * reach someone handed over is a deed done, not a matter carried */
	static const char *const contact[] = { "contact", "details",
	    "number", "numbers", "email address", "address", NULL };
	static const struct { const char *verb; const char *const *to; }
	    carry[] = { { "raise", raise_to }, { "bring", bring_to },
	    { "pass", pass_to }, { "put", put_to }, { "ask", ask_if } };

	while (me < b && u->lc[me] == ' ')
		me++;
	for (size_t k = 0; k < sizeof(carry) / sizeof(carry[0]); k++) {
		size_t n = strlen(carry[k].verb);
		if (me + n > b || strncmp(u->lc + me, carry[k].verb, n) != 0 ||
		    is_alnum_at(u, (long)(me + n)))
			continue;
		/* "pass your question about the seating plan on to Ms Ho" */
		long e = next_within(u, me + n, carry[k].to, 8);
		if (e < 0 || (size_t)e > b)
			return 0;
		return !(carry[k].to == pass_to && any_of(u, contact, me + n,
		    u->len > (size_t)e + 40 ? (size_t)e + 40 : u->len));
	}
	return 0;
}
