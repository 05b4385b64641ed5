/*
 * commitments_shape.c — forms of a clause that commitments.c reads
 * besides "X will": a promise reported in the parent's letter ("you said
 * you would"), the present progressive as a future, an obligation with a
 * date ("I must send you ... by 13 March"); and the forms that look like
 * a promise and are none: another's future inside a belief ("I'm
 * confident Kit will settle"), a passive that only describes ("the
 * report will be written in English"), attendance at a meeting, a
 * list's head ("What I will do:", "Two things I will do."), a remit
 * described ("the panel's task is to"), the parent's words read back,
 * the letter's own order, a matter another decides; and "you'll have
 * it by Friday" (the writer delivers). And a heading that is the promise
 * itself, its items only details (heading_promise(): 學校將會在…為卓軒提
 * 供以下調適：, "I'll be assessing him on 14/4 and 16/4:").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"

/* In the parent's own letter, a promise reported in the past: "you said
 * you would ask", "Ms Lee told me she would send". "would" is a marker
 * there only after a verb of saying; elsewhere it is a wish or a
 * condition. The marker's place in ms/me, or 0. */
int
reported_promise(const struct letter *lt, const struct unit *u, size_t *ms,
    size_t *me)
{
	static const char *const said[] = { "said", "told", "promised",
	    "agreed", "confirmed", "mentioned", "assured", NULL };
	long w;

	/* "we were told the report would reach us by 6 March; it did
	 * not": a grievance recounted, its teller unnamed */
	static const char *const told_us[] = { "were told", "was told",
	    "were promised", "was promised", "were assured", "was assured",
	    NULL };

	if (!lt->by_parent || (w = find_in(u, "would", 0, u->len)) < 0 ||
	    !any_of(u, said, 0, (size_t)w) || any_of(u, told_us, 0,
	    (size_t)w))
		return 0;
	/* a day already gone: the promise's history, not one to keep */
	long today = civil_days(lt->ref);
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && (u->spans[k].past ||
		    civil_days(&u->spans[k].date) < today))
			return 0;
	ms[0] = (size_t)w;
	me[0] = (size_t)w + 5;
	return 1;
}

/*
 * The present progressive as a future, with a date: "Mrs Lo is putting
 * together a timetable for him this week", "we're starting the group on
 * Monday". A form of be, then a verb in -ing that is an act, not a
 * state ("is doing well", "is coping"), and a day to come. The clause
 * is then judged as any other: no actor ("Ken is attending ..."), no
 * commitment.
 */
int
progressive_future(struct letter *lt, const struct unit *u)
{
	static const char *const be[] = { " is ", " are ", " am ", "'m ",
	    "'re ", NULL };
	static const char *const states[] = { "doing", "feeling", "coping",
	    "getting", "having", "settling", "enjoying", "struggling",
	    "finding", "making", "showing", "looking", "being", "going",
	    "writing", "hoping", "wondering", "waiting",
	    /* the letter's own act, done as it is read: "I am forwarding
	     * Dr Siu's notes", "we are enclosing the form" */
	    "forwarding", "attaching", "enclosing", "copying", "replying",
	    "responding", "confirming", "sharing", NULL };
	int dated = 0;
	for (int k = 0; k < u->nspans; k++)
		dated |= u->spans[k].has_date && !u->spans[k].past &&
		    !u->spans[k].vague;
	if (!dated)
		return 0;
	for (int k = 0; be[k]; k++) {
		long i = find_in(u, be[k], 0, u->len);
		if (i < 0)
			continue;
		size_t v = (size_t)i + strlen(be[k]), e = v;
		while (e < u->len && isalpha((unsigned char)u->lc[e]))
			e++;
		if (e - v < 5 || strncmp(u->lc + e - 3, "ing", 3) != 0)
			continue;
		int state = 0;
		for (int s = 0; states[s] && !state; s++)
			state = strlen(states[s]) == e - v &&
			    strncmp(u->lc + v, states[s], e - v) == 0;
		if (state)
			continue;
		commitment_clause(lt, u, 0, u->len, (size_t)i + 1, v - 1, 1);
		return 1;
	}
	return 0;
}


/*
 * "I must send you a written summary by 13 March", "The school must give
 * you a copy by 20 March": an obligation the writer or the school owns,
 * with a day to come, is a commitment like "will" (SPEC.md: future or
 * obligation forms). Undated, "we must all work together" is a
 * sentiment. Not the parent's ("you must"), not words ("I must say"),
 * not an inference ("must have", "must be"); the clause then judges the
 * actor as any other ("Kit must hand in" has none that can act).
 */
int
obligation_dated(struct letter *lt, const struct unit *u)
{
	static const char *const words[] = { "say", "admit", "stress",
	    "emphasise", "emphasize", "point", "add", "mention", "confess",
	    "remind", "thank", "apologise", "apologize", "note", "warn",
	    "tell", "ask", "be", "have", "not", "also say", "express",
	    "reiterate", "repeat", "inform", "advise", NULL };
	long m = find_in(u, "must", 0, u->len);
	size_t v;

	if (m < 0 || span_count_in(u, (size_t)m, u->len) == 0)
		return 0;
	/* "you must", "must you": the parent's, or a question */
	if ((m >= 4 && strncmp(u->lc + m - 4, "you ", 4) == 0) ||
	    strncmp(u->lc + m, "must you", 8) == 0)
		return 0;
	v = (size_t)m + 4;
	while (v < u->len && u->lc[v] == ' ')
		v++;
	if (strncmp(u->lc + v, "also ", 5) == 0 || strncmp(u->lc + v,
	    "first ", 6) == 0)
		v += u->lc[v] == 'a' ? 5 : 6;
	for (int k = 0; words[k]; k++) {
		size_t n = strlen(words[k]);
		if (strncmp(u->lc + v, words[k], n) == 0 &&
		    !is_alnum_at(u, (long)(v + n)))
			return 0;
	}
	if (!isalpha((unsigned char)u->lc[v]))
		return 0;
	commitment_clause(lt, u, 0, u->len, (size_t)m, (size_t)m + 4, 1);
	return 1;
}

/*
 * 本處相信學校會妥善處理, 我相信佢好快會適應: a belief (相信, 深信) that
 * another will, undated. The writer's own future (我相信我哋會…) and a
 * dated one (相信陳老師會於五月前交報告) stay promises.
 */
static int
zh_belief_future(const struct unit *u, size_t a, size_t ms)
{
	static const char *const mine[] = { "我", "本人", "本校", "本處",
	    "本組", NULL };
	long best = -1;
	size_t e = 0;

	for (int k = 0; zh_believe[k]; k++) {
		long i = find_in(u, zh_believe[k], a, ms);
		if (i > best) {
			best = i;
			e = (size_t)i + strlen(zh_believe[k]);
		}
	}
	/* the subject: a few characters, no clause break */
	if (best < 0 || e >= ms || ms - e > 24 || has_checkable_date(u) ||
	    find_in(u, "，", e, ms) >= 0)
		return 0;
	for (int k = 0; mine[k]; k++)
		if (unit_starts(u, e, mine[k]))
			return 0;
	return 1;
}

/*
 * "I'm confident Kit will find his feet", "I expect Kit will catch up
 * within a term", "We're confident that Ben will adapt": a belief of the
 * writer about another's future. The future belongs to the one after
 * the belief; unless that is the school (I, we, a role, a titled name)
 * nobody is to do anything. 1 when the marker at ms is such a future.
 */
int
belief_future(const struct unit *u, size_t a, size_t ms)
{
	static const char *const beliefs[] = { "confident", "sure",
	    "certain", "optimistic", "hopeful", "positive", "expect",
	    "believe", "think", "hope", "trust", "feel", "know", "doubt",
	    /* "the Committee trusts that": the third person */
	    "believes", "thinks", "hopes", "trusts", "feels", "knows",
	    "expects", "doubts", NULL };
	long best = -1;
	size_t e = 0;
	int thing, wish = 0;

	if ((unsigned char)u->lc[ms] >= 0x80)
		return zh_belief_future(u, a, ms);
	for (int k = 0; beliefs[k]; k++)
		for (long i = find_in(u, beliefs[k], a, ms); i >= 0;
		    i = find_in(u, beliefs[k], (size_t)i + 1, ms))
			if (i > best) {
				best = i;
				e = (size_t)i + strlen(beliefs[k]);
				wish = strncmp(beliefs[k], "hope", 4) == 0 ||
				    strncmp(beliefs[k], "trust", 5) == 0;
			}
	if (best < 0)
		return 0;
	while (e < ms && u->lc[e] == ' ')
		e++;
	if (strncmp(u->lc + e, "that ", 5) == 0)
		e += 5;
	/* the subject: a few words, no clause break */
	if (e >= ms || ms - e > 30 || memchr(u->lc + e, ',', ms - e))
		return 0;
	/* a hope or a trust that someone will is nobody's promise, the
	 * school's own future included ("trusts that the school will
	 * continue to support him") */
	if (wish)
		return 1;
	char *who = actor_before(u, e, ms, &thing);
	/* "we are confident that the school will handle it well": the
	 * school believed in, not bound */
	int other = who == NULL || strcasecmp(who, "he") == 0 ||
	    strcasecmp(who, "she") == 0 || strcasecmp(who, "they") == 0 ||
	    strcasecmp(who, "the school") == 0;
	free(who);
	return other;
}

/*
 * You wrote that "his homework will be cut to two subjects": a future
 * inside quotation marks, quoting the parent, is her words read back,
 * not a promise made here. 1 when the marker at ms is so quoted.
 */
static int
quoted_from_you(const struct unit *u, size_t ms)
{
	long open = -1;
	int straight = 0;

	for (size_t i = 0; i < ms; i++) {
		if (u->lc[i] == '"' && (straight = !straight))
			open = (long)i;
		else if (strncmp(u->lc + i, "\xe2\x80\x9c", 3) == 0)
			open = (long)i;
		else if (strncmp(u->lc + i, "\xe2\x80\x9d", 3) == 0 &&
		    !straight)
			open = -1;
	}
	if (u->lc[open < 0 ? 0 : open] == '"' && !straight)
		open = -1;
	/* "you said that ...", "your point 2 says the school "agreed"" */
	return open > 0 && (find_in(u, "you", 0, (size_t)open) >= 0 ||
	    find_in(u, "your", 0, (size_t)open) >= 0);
}

/* 已要求, 已委託, 已指示: a delegation marker at ms; its length, or 0. */
static size_t
zh_delegation_at(const struct unit *u, size_t ms)
{
	static const char *const asked[] = { "已要求", "已經要求", "已請",
	    "已經請", "已委託", "已指示", "已叫", "已經叫", "已吩咐", "已委派",
	    "已指派", "已邀請", "已經邀請", "已囑咐", NULL };

	for (int k = 0; asked[k]; k++)
		if (strncmp(u->lc + ms, asked[k], strlen(asked[k])) == 0)
			return strlen(asked[k]);
	return 0;
}

/* 校長已要求兩位…交回文件: the one asked is the parent, a request. */
static int
zh_asks_parent(const struct unit *u, size_t ms)
{
	static const char *const parent[] = { "兩位", "閣下", "您", "你",
	    "家長", NULL };
	size_t n = zh_delegation_at(u, ms);

	for (int k = 0; n && parent[k]; k++)
		if (strncmp(u->lc + ms + n, parent[k], strlen(parent[k])) == 0)
			return 1;
	return 0;
}

/*
 * 本會已要求校長在本月二十五日前約見兩位, 本會已委託訓導主任於…完成調查:
 * a delegation whose asker names no one the rules know; the one asked
 * owns the task (SPEC.md: "a commitment of the person asked"). Their
 * name stands between the marker and 於/在/喺; NULL when none.
 */
char *
zh_delegate(const struct unit *u, size_t ms, size_t b)
{
	static const char *const prep[] = { "於", "在", "喺", NULL };
	size_t n = zh_delegation_at(u, ms), stop = b;
	int thing;

	if (n == 0)
		return NULL;
	for (int k = 0; prep[k]; k++) {
		long p = find_in(u, prep[k], ms + n, b);
		if (p >= 0 && (size_t)p < stop)
			stop = (size_t)p;
	}
	if (stop - (ms + n) > 30)
		return NULL;
	return actor_before(u, ms + n, stop, &thing);
}

/* After "let me" at lc[at], a verb of speaking or of setting out,
 * perhaps after an adverb ("let me first set out where things stand",
 * "let me briefly explain"): words, not a task. */
int
let_me_talk(const struct unit *u, size_t at)
{
	static const char *const adverb[] = { " first", " just", " briefly",
	    " quickly", " now", " also", " again", " simply", NULL };
	static const char *const speech[] = { " know", " explain", " say",
	    " assure", " reassure", " take", " thank", " apologi", " clarify",
	    " introduce", " add", " remind", " stress", " emphasi", " be ",
	    " set out", " set down", " outline", " summari", " recap",
	    " begin", " start by", " answer", " respond", " reply",
	    " turn to", " come to", " spell out", " put it", " repeat",
	    " acknowledge", " address", " explain", NULL };

	for (int k = 0; adverb[k]; k++)
		if (strncmp(u->lc + at, adverb[k], strlen(adverb[k])) == 0 &&
		    !is_alnum_at(u, (long)(at + strlen(adverb[k])))) {
			at += strlen(adverb[k]);
			break;
		}
	for (int k = 0; speech[k]; k++)
		if (strncmp(u->lc + at, speech[k], strlen(speech[k])) == 0)
			return 1;
	return 0;
}

/* "waiting for the Bureau to confirm how many EP days we will have",
 * "cannot say which group she will join": the future is inside a
 * question put to somebody (a wh-word and its noun before the subject,
 * after a verb of asking or knowing), nobody's promise. */
static int
wh_noun_question(const struct unit *u, size_t a, size_t ms)
{
	static const char *const wh[] = { "how many ", "how much ", "which ",
	    "how long ", "what kind of ", NULL };
	static const char *const ask[] = { "confirm", "tell", "say", "know",
	    "decide", "find out", "hear", "advise", "clarify", "ask",
	    "inform", "sure", "work out", "decided", "confirmed", "heard",
	    "told", "known", NULL };

	for (int k = 0; wh[k]; k++) {
		long i = find_in(u, wh[k], a, ms);
		if (i < 0 || !any_of(u, ask, a, (size_t)i))
			continue;
		/* the wh-phrase runs on to the subject: no break between */
		int words = 0, broken = 0;
		for (size_t j = (size_t)i; j < ms; j++) {
			if (u->lc[j] == ',' || u->lc[j] == ';' || u->lc[j] == ':')
				broken = 1;
			words += u->lc[j] == ' ';
		}
		if (!broken && words <= 8)
			return 1;
	}
	return 0;
}

/* "What I will do:", "What we'll do next": the head of a list or of a
 * pseudo-cleft with nothing after its verb; the promise is what
 * follows, not this line. */
static int
what_heading(const struct unit *u, size_t a, size_t ms)
{
	static const char *const head[] = { "what i ", "what we ",
	    "what the school ", "what i'", "what we'", NULL };
	static const char *const verbs[] = { "do", "do next", "do now",
	    "do instead", "do from here", "happen", "happen next", NULL };
	size_t e;
	int headed = 0;

	for (int k = 0; head[k] && !headed; k++)
		headed = strncmp(u->lc + a, head[k], strlen(head[k])) == 0;
	if (!headed)
		return 0;
	e = ms;
	while (e < u->len && u->lc[e] != ' ' && u->lc[e] != '\'')
		e++;			/* "will", "'ll" */
	while (e < u->len && (u->lc[e] == ' ' || u->lc[e] == '\''))
		e++;
	if (strncmp(u->lc + e, "ll ", 3) == 0)
		e += 3;
	for (int k = 0; verbs[k]; k++) {
		size_t n = strlen(verbs[k]);
		if (strncmp(u->lc + e, verbs[k], n) != 0)
			continue;
		size_t t = e + n;
		while (t < u->len && (u->lc[t] == ' ' || u->lc[t] == ':' ||
		    u->lc[t] == '.' || u->lc[t] == '-'))
			t++;
		if (t >= u->len)
			return 1;
	}
	return 0;
}

/* "medication is something the doctor will decide": the future sits in
 * a relative clause on the matter, whose deciding is another's (read
 * as remit by the deflections); no promise to the parent. */
static int
matter_decided(const struct unit *u, size_t a, size_t ms)
{
	static const char *const matter[] = { "something", "a matter",
	    "a decision", "a question", "one", NULL };
	static const char *const decide[] = { "will decide", "will determine",
	    "will judge", "will rule on", "will make that call", NULL };

	if (span_count_in(u, a, u->len) > 0)
		return 0;	/* "... will decide by 13 March" is a promise */
	for (int k = 0; decide[k]; k++)
		if (strncmp(u->lc + ms, decide[k], strlen(decide[k])) == 0) {
			size_t from = ms > a + 40 ? ms - 40 : a;
			return any_of(u, matter, from, ms);
		}
	return 0;
}

/*
 * "Your point 4 states that Chun-kit will be assessed", "you say the
 * school will pay": the parent's words reported, a verb of saying with
 * "you" or "your …" as its subject, the marker in the same clause. "As
 * you said, we will …" agrees, after a comma, and is a promise.
 */
int
reported_from_you(const struct unit *u, size_t a, size_t ms)
{
	static const char *const you[] = { "you", "your", NULL };
	static const char *const say[] = { "say", "says", "said", "state",
	    "states", "stated", "write", "writes", "wrote", "claim",
	    "claims", "claimed", "suggest", "suggests", "suggested",
	    "assert", "asserts", "asserted", "allege", "alleges", "alleged",
	    "record", "records", "recorded", NULL };

	for (int y = 0; you[y]; y++)
		for (long i = find_in(u, you[y], a, ms); i >= 0;
		    i = find_in(u, you[y], (size_t)i + 1, ms)) {
			long v = next_within(u, (size_t)i + strlen(you[y]),
			    say, 3);
			if (v < 0 || (size_t)v >= ms)
				continue;
			if (!memchr(u->lc + v, ',', ms - (size_t)v) &&
			    !memchr(u->lc + v, ';', ms - (size_t)v))
				return 1;
		}
	return 0;
}

/* "I'll take them in the order you asked them", "I will answer each
 * point below": the letter's own order, no act outside it */
static int
letter_layout(const struct unit *u, size_t me, size_t b)
{
	static const char *const what[] = { "them", "your questions",
	    "your points", "each point", "each question", "each of your",
	    "each in turn", "your concerns", "the points", "the questions",
	    "the issues you", NULL };
	static const char *const order[] = { "in the order", "in turn",
	    "one by one", "point by point", "below", "in order", NULL };

	/* "your numbered points", "each of the points you raised" */
	static const char *const yours[] = { "your", "the", NULL };
	static const char *const points[] = { "points", "questions",
	    "concerns", "issues", NULL };

	return (any_of(u, what, me, b) || word_then(u, yours, points, 2)) &&
	    any_of(u, order, me, b) && !has_checkable_date(u);
}

/* The rule that drops a marker at ms as none of the school's: another's
 * future in a belief, the parent's words quoted; NULL when it may be. */
const char *
future_not_ours(const struct unit *u, size_t a, size_t ms, size_t b)
{
	if (belief_future(u, a, ms))
		return "commitment.drop-belief";
	if (quoted_from_you(u, ms))
		return "commitment.drop-quoted";
	if ((unsigned char)u->lc[ms] < 0x80 && letter_layout(u, ms, b))
		return "commitment.drop-letter-layout";
	if (what_heading(u, a, ms))
		return "commitment.drop-heading";
	if (matter_decided(u, a, ms))
		return "commitment.drop-another-decides";
	if ((unsigned char)u->lc[ms] < 0x80 && wh_noun_question(u, a, ms))
		return "commitment.drop-indirect-question";
	if ((unsigned char)u->lc[ms] >= 0x80 && zh_asks_parent(u, ms))
		return "commitment.drop-request";
	return NULL;
}

/* Is the first of several markers another's future: a belief about it,
 * or a change that comes by itself ("Kit will settle, and I will ...")?
 * Then the promise is the next marker's. */
int
other_future(const struct unit *u, size_t ms, size_t me)
{
	if ((unsigned char)u->lc[ms] >= 0x80)
		return 0;
	return belief_future(u, 0, ms) || forecast_at(u, ms, me - ms);
}

/*
 * "The report will be written in English": a passive whose complement
 * is the language of a paper describes it; nobody is to do anything
 * ("Kit's homework will be cut to two subjects a night" is a change,
 * and stays). So does one of keeping or use: "your personal data will
 * be used for the purpose of handling your case only", "will be kept
 * confidential". Undated only: "will be sent in Chinese by 20 March" is
 * a promise.
 */
int
passive_describes(const struct unit *u, size_t a, size_t me, size_t b)
{
	static const char *const language[] = { "in english", "in chinese",
	    "in cantonese", "in putonghua", "in mandarin", "in both languages",
	    "in traditional chinese", "in simplified chinese", "in braille",
	    "in both english and chinese", "in both chinese and english",
	    "in english and chinese", "in chinese and english", NULL };
	static const char *const kept[] = { "be used for", "be used only",
	    "only be used", "be kept confidential", "be kept strictly",
	    "be kept on file", "be stored", "be retained",
	    "be treated in confidence", "be treated as confidential", NULL };

	return span_count_in(u, a, b) == 0 && (any_of(u, language, me, b) ||
	    next_within(u, me, kept, 0) >= 0);
}

/*
 * "Mr Yip will also attend", "Dr Cheng will join us if her schedule
 * allows": who will be at a meeting is part of the meeting, not a task
 * of its own. The marker's verb is one of coming along (attend, join
 * us, sit in, come along), with at most a meeting as its object, and
 * nothing after but a condition or a place. Undated only: "I will join
 * you on 5 March at 4 pm" keeps its date; "will attend to his reading"
 * and "will join the class for PE" are kept.
 */
int
attendance_only(const struct unit *u, size_t me, size_t b)
{
	static const char *const adv[] = { "also ", "then ", "probably ",
	    "hopefully ", "likely ", "kindly ", "both ", NULL };
	static const char *const come[] = { "be attending", "attend",
	    "be joining us", "be joining you", "join us", "join you",
	    "be sitting in", "sit in", "come along", "be present", "join",
	    NULL };
	/* what one attends: the meeting and its kin */
	static const char *const gathering[] = { "meeting", "review",
	    "conference", "call", "session", "discussion", "interview",
	    "case conference", NULL };
	static const char *const owners[] = { "the ", "this ", "that ",
	    "our ", "his ", "her ", "kit's ", NULL };
	static const char *const tails[] = { "if ", "unless ", "as well",
	    "too", "where ", "when ", "at ", "in person", "online",
	    "by video", "by zoom", "by phone", "by telephone", "remotely",
	    "via zoom", "via teams", "in my office", "in the ",
	    /* "will join us for the first twenty minutes" */
	    "for the first", "for the last", "for part", "for the start",
	    "for the beginning", "for the end", NULL };
	size_t i = me, n = 0;
	int verb = -1, object = 0;

	if (span_count_in(u, me, b) > 0)
		return 0;
	while (i < b && u->lc[i] == ' ')
		i++;
	for (int k = 0; adv[k]; k++)
		if (strncmp(u->lc + i, adv[k], strlen(adv[k])) == 0)
			i += strlen(adv[k]);
	for (int k = 0; come[k] && verb < 0; k++)
		if (strncmp(u->lc + i, come[k], (n = strlen(come[k]))) == 0 &&
		    !isalpha((unsigned char)u->lc[i + n]))
			verb = k;
	if (verb < 0)
		return 0;
	i += n;
	while (i < b && u->lc[i] == ' ')
		i++;
	/* an object, if any, is a meeting: "attend the review" */
	for (int k = 0; owners[k]; k++)
		if (strncmp(u->lc + i, owners[k], strlen(owners[k])) == 0) {
			long m = next_within(u, i, gathering, 3);
			if (m < 0)
				return 0;
			i = (size_t)m;
			object = 1;
			break;
		}
	/* "sit in on the review" is attendance, "sit in on two of his
	 * lessons" an observation */
	if (strncmp(u->lc + i, "on ", 3) == 0) {
		long m = next_within(u, i + 3, gathering, 4);
		if (m < 0)
			return 0;
		i = (size_t)m;
		object = 1;
	}
	/* bare "join" needs its meeting ("join the class" is a change),
	 * or nothing after it but how or whether she comes: "Ms Ip will
	 * join also", "will join by Zoom", "will join if she can" */
	static const char *const joins[] = { "also", "too", "as well", "if ",
	    "unless ", "by zoom", "by video", "by phone", "via zoom",
	    "via teams", "online", "remotely", "in person", NULL };
	int bare_join = strcmp(come[verb], "join") == 0 && !object;
	while (i < b && (u->lc[i] == ' ' || u->lc[i] == ','))
		i++;
	if (bare_join) {
		if (i >= b || u->lc[i] == '.' || u->lc[i] == '!')
			return 1;
		for (int k = 0; joins[k]; k++)
			if (unit_starts(u, i, joins[k]))
				return 1;
		return 0;
	}
	if (i >= b || u->lc[i] == '.' || u->lc[i] == '(' || u->lc[i] == ';')
		return 1;
	for (int k = 0; tails[k]; k++)
		if (strncmp(u->lc + i, tails[k], strlen(tails[k])) == 0)
			return 1;
	return 0;
}

/*
 * "You'll have it by 22/5", "you will receive the timetable from me by
 * Friday": the parent is the one who receives, the writer the one who
 * delivers, and the date makes it a promise. Dated only, not "you will
 * have to" (the parent's task), nor an occasion ("a chance to"). A
 * passive of telling ("you'll be contacted", "you will be informed")
 * is the school's step, dated or not.
 */
int
you_receive(const struct unit *u, size_t me, size_t b)
{
	/* "you'll be contacted about that": the school tells, the parent
	 * is told (dated or not); "you will be expected to" is no such */
	static const char *const told[] = { "be contacted", "be informed",
	    "be told", "be notified", "be called", "be phoned", "be emailed",
	    "be sent", "be given", "be offered", "be updated", "be advised",
	    "also be contacted", "also be informed", "also be sent", NULL };
	static const char *const get[] = { "also have ", "have ",
	    "also receive ", "receive ", "get ", "also get ", NULL };
	static const char *const you_will[] = { "you will", "you'll",
	    "you should", "you shall", NULL };
	static const char *const calendar[] = { "holiday", "holidays",
	    "term", "break", "exams", "half-term", NULL };
	/* "you will have a chance to meet her": an occasion, not a thing */
	static const char *const occasion[] = { "a chance", "the chance",
	    "an opportunity", "the opportunity", "time ", "the time",
	    "a say", "a choice", "the choice", "a break", "a holiday", NULL };
	size_t i = me;

	while (i < b && u->lc[i] == ' ')
		i++;
	for (int k = 0; told[k]; k++)
		if (strncmp(u->lc + i, told[k], strlen(told[k])) == 0 &&
		    !isalpha((unsigned char)u->lc[i + strlen(told[k])]))
			return 1;
	for (int k = 0; get[k]; k++) {
		size_t n = strlen(get[k]);
		if (strncmp(u->lc + i, get[k], n) != 0)
			continue;
		/* "you'll get it by Friday", but not "you asked whether
		 * Ryan will get": "get" only with "you" as the subject */
		if (strstr(get[k], "get") && !ends_at(u, me, you_will))
			continue;
		if (strncmp(u->lc + i + n, "to ", 3) == 0)
			return 0;
		for (int o = 0; occasion[o]; o++)
			if (strncmp(u->lc + i + n, occasion[o],
			    strlen(occasion[o])) == 0)
				return 0;
		/* "before the Easter holiday": dated by the school's
		 * calendar (not "in due course") */
		return span_count_in(u, i + n, b) > 0 ||
		    (has_vague_period(u, i + n, b) &&
		    any_of(u, calendar, i + n, b));
	}
	return 0;
}

/* "The panel's task is to", "my role is to": the noun before "is to"
 * names a remit, not a plan. */
int
remit_is_to(const struct unit *u, size_t i)
{
	static const char *const remit[] = { "task ", "role ", "purpose ",
	    "job ", "function ", "remit ", "aim ", "duty ", NULL };
	for (int k = 0; remit[k]; k++) {
		size_t n = strlen(remit[k]);
		if (i >= n && strncmp(u->lc + i - n, remit[k], n) == 0)
			return 1;
	}
	return 0;
}

/* "I will definitely do." / "we will do:": the marker's verb is a bare
 * "do" that ends the clause (an adverb at most between). */
int
bare_do_after(const struct unit *u, size_t e)
{
	while (e < u->len && u->lc[e] == ' ')
		e++;
	size_t w = e;
	while (w < u->len && isalpha((unsigned char)u->lc[w]))
		w++;
	if (w - e > 2 && strncmp(u->lc + w - 2, "ly", 2) == 0) {
		e = w;
		while (e < u->len && u->lc[e] == ' ')
			e++;
	}
	return strncmp(u->lc + e, "do", 2) == 0 && (e + 2 == u->len ||
	    u->lc[e + 2] == '.' || u->lc[e + 2] == ':');
}

/* "Miss Wong has already agreed to the time", "agreed to your
 * suggestion": "agree to" a proposal named by its noun is consent to
 * it, not a deed promised ("agreed to send" and "agreed to a trial of
 * extra time" are read on). */
int
consent_to_proposal(const struct unit *u, size_t e)
{
	static const char *const dets[] = { " the ", " this ", " that ",
	    " your ", " our ", " these ", " those ", " a ", " an ", NULL };
	static const char *const proposals[] = { "time", "times", "date",
	    "dates", "slot", "proposal", "suggestion", "suggestions",
	    "request", "plan", "arrangement", "arrangements", "idea",
	    "change", "changes", "schedule", "new time", "new date", NULL };

	for (int k = 0; dets[k]; k++) {
		size_t n = strlen(dets[k]);
		if (!unit_starts(u, e, dets[k]))
			continue;
		size_t w = e + n;
		for (int p = 0; proposals[p]; p++) {
			size_t m = strlen(proposals[p]);
			if (unit_starts(u, w, proposals[p]) &&
			    !is_alnum_at(u, (long)(w + m)))
				return 1;
		}
	}
	return 0;
}
