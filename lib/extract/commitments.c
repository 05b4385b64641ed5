/*
 * commitments.c — who will do what, by when (SPEC.md "commitment").
 *
 * A clause with a future or obligation marker (lexicon.c: will, 'll,
 * going to, agreed to, have asked, let me, 會, 將, 已安排…) is read for
 * its structure: the actor before the marker (actors.c), negation, a
 * stative or passive complement, and its due (due.c). The rule that
 * keeps it names what it found:
 *   commitment.future-agent-date / -vague   an actor that can act
 *   commitment.passive-date / -vague        "will be sent": no owner
 *   commitment.scheduled-date / -vague      "is scheduled for", 將, 預計
 *   commitment.zh-zero-subject-date / -vague  並會通知您: subject dropped
 *   commitment.en-zero-subject-date / -vague  "Sheets: will email them
 *                                           tonight": the writer, dropped
 *   commitment.labelled-item                "Person in charge: … Deadline:"
 *   commitment.action-item                  "Mr Ho: 11/3: move his desk"
 *                                           (action_items.c)
 *   commitment.minutes-item                 "SENCO to apply by 30 June"
 *                                           (action_items.c)
 *   commitment.table-row                    action | person | deadline
 * Dropped: requests to the parent, questions, negations, statives ("will
 * be closed"), attendance ("Mr Yip will also attend"), "you will" (the
 * parent; "you'll have it by 20/3" is the writer's), things that cannot
 * act ("it will help"), a dateless 已安排 (a report of what was
 * done), the parent's words read back ("your point 4 states that he
 * will be assessed": drop-reported), the letter's own order ("I'll take
 * them in turn": drop-letter-layout), a hope ("trusts that the school
 * will continue": drop-belief), a habit (我哋一般…先會開: drop-habitual),
 * effort alone (我哋一定會盡力: drop-reassurance), and a promise whose
 * clause names only a day already gone (drop-day-gone: one recounted).
 * A future in an opening clause of reason ("As the hall will be used
 * …,") is no marker (clauses.c). An undated item whose action opens on
 * a verb nobody can check ("Look into … | TBC") is also a deflection (deflection.item-uncheckable). A sentence
 * with two dated promises gives two items; an undated promise followed
 * by the same person's dated one is one item (merge_continued(), actors.c).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "base/xmalloc.h"
#include "extract/sentences.h"

static char *role_agent(const struct unit *u, size_t from, size_t b);

static int
passive_after(const struct unit *u, size_t after, int *stative)
{
	size_t i = after;
	*stative = 0;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	/* "will also be", "will then be", "will continue to be given" */
	static const char *const adv[] = { "also ", "then ", "now ", "soon ",
	    "only ", "still ", "continue to ", NULL };
	for (int a = 0; adv[a]; a++)
		if (strncmp(u->lc + i, adv[a], strlen(adv[a])) == 0)
			i += strlen(adv[a]);
	if (strncmp(u->lc + i, "be ", 3) != 0)
		return 0;
	i += 3;
	if (strncmp(u->lc + i, "in touch", 8) == 0 ||
	    strncmp(u->lc + i, "in contact", 10) == 0)
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
	/* "will be trialling", "will be putting together": a future
	 * progressive, the subject acts */
	if (j - i >= 5 && strncmp(u->lc + j - 3, "ing", 3) == 0)
		return 0;
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
	    !strncmp(u->lc + i, "cut", 3) ||
	    !strncmp(u->lc + i, "set", 3) || !strncmp(u->lc + i, "met", 3))) ||
	    (j - i == 6 && (!strncmp(u->lc + i, "taught", 6) ||
	    !strncmp(u->lc + i, "bought", 6) || !strncmp(u->lc + i, "caught", 6))) ||
	    (j - i == 7 && !strncmp(u->lc + i, "brought", 7))))
		return 1;
	*stative = 1;
	return 0;
}

/*
 * "Mr Chan will be at the side entrance from 7:40 am", "I will be your
 * single point of contact": being somewhere at an hour, or taking a
 * role towards the family, is a duty, not a state.
 */
static int
duty_after_be(const struct unit *u, size_t me)
{
	static const char *const at[] = { "be at ", "be in the ",
	    "be on duty", "be stationed", "be there", "be available", NULL };
	static const char *const role[] = { "be your single point",
	    "be your point of contact", "be your main contact",
	    "be your contact", "be your first point", "be your key worker",
	    "be your case worker", "be the contact person",
	    "be your link", NULL };
	size_t i = me;

	while (i < u->len && u->lc[i] == ' ')
		i++;
	for (int k = 0; role[k]; k++)
		if (unit_starts(u, i, role[k]))
			return 1;
	for (int k = 0; at[k]; k++)
		if (unit_starts(u, i, at[k]))
			return unit_has_clock(u);
	return 0;
}

/* A marker at lc position: its end, or 0 when it is not a future form. */
/* "you should receive / get / have it": the parent told what reaches
 * her; "you should send" or "the school should" is advice, no promise. */
static int
should_receive(const struct unit *u, size_t i, size_t e)
{
	static const char *const you[] = { "you ", NULL };
	static const char *const get[] = { " receive ", " get ", " have ",
	    " also receive ", " also get ", " hear from ", NULL };

	if (!ends_at(u, i, you))
		return 0;
	for (int k = 0; get[k]; k++)
		if (unit_starts(u, e, get[k]))
			return 1;
	return 0;
}

/* "has asked Ms Tsang to": the one asked, then "to" and a verb, within
 * a few words of the marker's end e. */
static int
asked_to(const struct unit *u, size_t e)
{
	static const char *const to[] = { "to", NULL };
	long t = next_within(u, e, to, 10);

	return t >= 0 && (size_t)t + 1 < u->len && u->lc[t] == ' ' &&
	    isalpha((unsigned char)u->lc[t + 1]);
}

static size_t
marker_at(const struct unit *u, size_t i, int *zh)
{
	unsigned char c = (unsigned char)u->lc[i];

	*zh = 0;
	/* quick refusal: no marker starts with this byte, or an English
	 * one would start inside a word (only "'ll" may: "we'll"). Asked
	 * at every byte of every sentence, so no strchr() call. */
	if (c < 0x80 && (c != 'w' && c != '\'' && c != 's' && c != 'i' &&
	    c != 'a' && c != 'e' && c != 'p' && c != 'h' && c != 'u' &&
	    c != 'g' && c != 'l' && c != 'o' && c != 'v'))
		return 0;
	if (c < 0x80 && c != '\'' && is_alnum_at(u, (long)i - 1))
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
		/* "the actions we agreed to:": a marker ending in "to"
		 * needs a verb after it */
		if (n > 3 && strcmp(en_markers[m] + n - 3, " to") == 0 &&
		    !(u->lc[i + n] == ' ' && isalpha((unsigned char)u->lc[i + n + 1])))
			continue;
		/* "has asked me to say": a message passed on, not a task;
		 * "has asked to see it": a request, not a delegation */
		if (strstr(en_markers[m], "asked") && (strncmp(u->lc + i + n,
		    " me ", 4) == 0 || strncmp(u->lc + i + n, " us ", 4) == 0 ||
		    strncmp(u->lc + i + n, " you ", 5) == 0 ||
		    strncmp(u->lc + i + n, " to ", 4) == 0))
			continue;
		/* "we have asked the school for information": a question
		 * put, not a task handed on ("asked Ms Lo to call") */
		if ((strstr(en_markers[m], "asked") ||
		    strstr(en_markers[m], "instructed") ||
		    strstr(en_markers[m], "directed")) &&
		    strcmp(en_markers[m] + n - 3, " to") != 0 &&
		    !asked_to(u, i + n))
			continue;
		/* "would need to agree to a visit": a condition, not an
		 * agreement made */
		if (strncmp(en_markers[m], "agree to", 8) == 0 && i >= 3 &&
		    (strncmp(u->lc + i - 3, "to ", 3) == 0 || (i >= 6 &&
		    strncmp(u->lc + i - 6, "would ", 6) == 0)))
			continue;
		/* "has agreed to the time": consent, not a deed */
		if (strncmp(en_markers[m], "agree", 5) == 0 &&
		    consent_to_proposal(u, i + n))
			continue;
		/* "let me know", "let me explain": words, not a task */
		if (strcmp(en_markers[m], "let me") == 0 &&
		    let_me_talk(u, i + n))
			continue;
		/* "the panel's task is to decide": a remit described */
		if ((strcmp(en_markers[m], "is to") == 0 ||
		    strcmp(en_markers[m], "are to") == 0) && remit_is_to(u, i))
			continue;
		/* "should" only as the writer's delivery: "you should
		 * receive it by Friday" (you_receive() reads the rest) */
		if (strcmp(en_markers[m], "should") == 0 &&
		    !should_receive(u, i, i + n))
			continue;
		/* "Two things I will definitely do.": a lead-in to a list */
		if (bare_do_after(u, i + n))
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
			    "茶", "聚", "約", "晚", "研討", "分享", "簡介", "工作", "董",
			    "檢討", "個案", "例", "週", "周", "本", NULL };
			int noun = 0;
			for (int a = 0; after[a]; a++)
				if (strncmp(u->lc + i + n, after[a],
				    strlen(after[a])) == 0)
					noun = 1;
			/* 會考慮 is "will consider", not the 會考 exam; after a
			 * time (今晚會, 我放學會, 下學年會) 會 is "will", not a
			 * 晚會, 學會 or 年會 */
			static const char *const time_before[] = { "今晚",
			    "聽晚", "明晚", "放學", "返學", "上學", "學年", "今年",
			    "明年", "本年", "每年", "去年", "下年", NULL };
			int verb = unit_starts(u, i + n, "考慮") ||
			    ends_at(u, i, time_before);
			for (int b = 0; before[b]; b++) {
				size_t bl = strlen(before[b]);
				if (i >= bl && strncmp(u->lc + i - bl, before[b],
				    bl) == 0)
					noun = 1;
			}
			if (noun && !verb)
				continue;
		}
		if (strcmp(zh_markers[m], "將") == 0 && (strncmp(u->lc + i + n,
		    "軍", 3) == 0))
			continue;
		if (zh_marker_refused(u, i, zh_markers[m]))
			continue;
		*zh = 1;
		return i + n;
	}
	return 0;
}


/* ---- commitments -------------------------------------------------------- */

/* Future markers in the unit, in order (lc offsets of starts and ends). */
int
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

/* Verbs that ask for an answer, or doubt one, and the words that open
 * the answer asked for. */
static const char *const wh_words[] = { "when ", "whether ", "if ",
	"what ", "how ", NULL };
static const char *const ask_verbs[] = { "confirm", "tell", "let me know",
	"let us know", "advise", "inform", "clarify", "ask", "wonder",
	"explain", "asked", "asks", "asking", "wondered", "wondering",
	/* doubt asks too: "some parents worry about what will be sent" */
	"worry", "worried", "worries", "unsure", "not sure", "don't know",
	"do not know", NULL };

/* Does the clause at lc[from] open with when/whether/if after a verb
 * that asks for an answer (confirm, tell, let me know, advise)? */
static int
indirect_question(const struct unit *u, size_t from)
{
	size_t w = from;

	while (w > 0 && u->lc[w - 1] == ' ')
		w--;
	for (int k = 0; wh_words[k]; k++) {
		size_t n = strlen(wh_words[k]) - 1;
		if (w >= n && strncmp(u->lc + w - n, wh_words[k], n) == 0 &&
		    (w == n || !isalpha((unsigned char)u->lc[w - n - 1])))
			return any_of(u, ask_verbs, 0, w - n);
		if (strncmp(u->lc + from, wh_words[k], n + 1) == 0)
			return any_of(u, ask_verbs, 0, from);
	}
	return 0;
}

/* "… and tell me what the school will do if the EDB says no", "You
 * asked whether she will keep having therapy": an asking verb, then
 * within a few words its wh-word, inside the marker's own clause. */
static int
asked_within(const struct unit *u, size_t from, size_t ms)
{
	for (int k = 0; wh_words[k]; k++)
		for (long i = find_in(u, wh_words[k], from, ms); i >= 0;
		    i = find_in(u, wh_words[k], (size_t)i + 1, ms))
			if (any_of(u, ask_verbs, (size_t)i > from + 24 ?
			    (size_t)i - 24 : from, (size_t)i))
				return 1;
	return 0;
}

/* "she'll need", "he will enjoy", "they'll benefit": a verb of state
 * after the marker, nothing anyone is to do ("we will need to apply"
 * is an obligation, and stays). */
static int
state_verb_after(const struct unit *u, size_t me)
{
	static const char *const states[] = { "need", "want", "like", "love",
	    "enjoy", "feel", "prefer", "benefit", "struggle", "find it",
	    /* "I'll assume these notes are accurate" */
	    "assume", "take it that", "take that as",
	    "notice", "remember", "know more", "have more information",
	    /* a condition, not a deed: "any change will depend on" */
	    "depend on", "depend upon", "hinge on", "rest on",
	    /* "we will have to wait until": a wait, not a deed */
	    "have to wait",
	    /* absence befalls a person: "he will miss that day's session"
	     * (a verb with its object: "Miss Tong" is a name) */
	    "miss that", "miss the", "miss his", "miss her", "miss a",
	    "miss some", "miss school", "miss lessons", "miss class",
	    "be absent", "be away", "be off",
	    /* a forecast of the child's: "don't worry, he'll get there" */
	    "get there",
	    /* a tier or a list the child stays on: "Kelvin will stay at
	     * Tier 2" (staying with him at lunch is a deed) */
	    "stay at tier", "remain at tier", "stay on tier", "remain on tier",
	    "stay in tier", "remain in tier", "stay on the", "remain on the",
	    /* an event, nobody's deed: "not something that will keep
	     * happening", "it will happen again" */
	    "keep happening", "happen", "recur", "occur",
	    /* a choice accepted: "unless u shout we'll go with that" */
	    "go with that", "go with it", "go with this", "go with those",
	    "stick with that", "stick with it", "stick with this",
	    NULL };
	size_t i = me;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	for (int k = 0; states[k]; k++) {
		size_t n = strlen(states[k]);
		if (strncmp(u->lc + i, states[k], n) == 0 &&
		    !is_alnum_at(u, (long)(i + n)) &&
		    strncmp(u->lc + i + n, " to ", 4) != 0)
			return 1;
	}
	return 0;
}

/* 現在他會自己拿著書包行入學校, 而家佢會主動講: "now" before a third
 * person's 會 tells what the child does these days, not what anybody
 * will do (現在我會… stays a promise). */
static int
zh_now_does(const struct unit *u, size_t from, size_t ms)
{
	static const char *const now[] = { "現在", "而家", "依家", "現時",
	    NULL };
	static const char *const third[] = { "他", "佢", "她", NULL };

	for (int k = 0; now[k]; k++) {
		long i = find_in(u, now[k], from, ms);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(now[k]);
		for (int t = 0; third[t]; t++)
			if (unit_starts(u, e, third[t]))
				return 1;
	}
	return 0;
}

/* Judge one clause [a, b) whose marker is at [ms, me). */
void
commitment_clause(struct letter *lt, const struct unit *u, size_t a, size_t b,
    size_t ms, size_t me, int whole)
{
	char due[11], tm[6];
	int is_thing = 0, stative = 0, passive, en_zero = 0;
	size_t from = clause_start(u, ms);
	char *actor;

	if (from < a)
		from = a;
	/* negations: "we will not be able to" is no promise */
	if (any_of(u, en_negations, a, b) || zh_negated(u, a, b, ms)) {
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-negation");
		return;
	}
	/* 小組或會邀請閣下, 可能會: a 會 that only may be ("may invite") */
	if (zh_hedged(u, a, ms)) {
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-hedge");
		return;
	}
	/* "I'm confident Kit will find his feet": Kit's future, not ours */
	const char *theirs = future_not_ours(u, a, ms, b);
	if (theirs) {
		add_dropped(lt, quote_of(u, a, b), theirs);
		return;
	}
	/* "your point 4 states that he will be assessed": the parent's
	 * words reported back (in her own summary, "you said you would"
	 * is the school's promise she records) */
	if (!lt->by_parent && (unsigned char)u->lc[ms] < 0x80 &&
	    reported_from_you(u, a, ms)) {
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-reported");
		return;
	}
	/* 我哋一般係Tier 3嘅同學先會開: a habit of the school, said of
	 * every pupil, undated, is its practice, not a promise */
	if ((unsigned char)u->lc[ms] >= 0x80 && !has_checkable_date(u) &&
	    (any_of(u, zh_habitual, from, ms) || zh_now_does(u, from, ms))) {
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-habitual");
		return;
	}
	/* "could the school confirm when these will be provided": the
	 * future sits in an indirect question the writer asks */
	if (indirect_question(u, from) || asked_within(u, from, ms)) {
		add_dropped(lt, quote_of(u, a, b),
		    "commitment.drop-indirect-question");
		return;
	}
	/* "someone will get back to you": done, by nobody named */
	passive = passive_after(u, me, &stative) ||
	    paper_delivered(u, from, ms, me) || someone_acts(u, from, ms);
	int service = service_scheduled(u, a, b, from, ms, me);
	if (service || (stative && duty_after_be(u, me)))
		stative = 0;
	/* "she will settle with time": a forecast, nobody's task */
	if ((stative && !passive) || state_verb_after(u, me) ||
	    (passive && passive_describes(u, a, me, b)) ||
	    ((unsigned char)u->lc[ms] < 0x80 && attendance_only(u, me, b)) ||
	    ((unsigned char)u->lc[ms] >= 0x80 &&
	    zh_attendance_only(u, me, b)) ||
	    ((unsigned char)u->lc[ms] < 0x80 && forecast_at(u, ms, me - ms)) ||
	    ((unsigned char)u->lc[ms] >= 0x80 && zh_stative_future(u, me, b))) {
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-stative");
		return;
	}
	if (strncmp(u->lc + ms, "let me", 6) == 0)
		actor = xstrdup("I");	/* "let me check and revert" */
	else
		actor = actor_before(u, from, ms, &is_thing);
	if (actor == NULL)
		actor = en_implied_actor(u, a, from, ms, &is_thing, &en_zero);
	if (actor == NULL && ms > 0 &&
	    (!is_thing || zh_date_clause(u, from, ms))) {
		/* "... and will share": the subject is the sentence's */
		actor = actor_before(u, 0, ms, &is_thing);
	}
	/* "our SENCO, Ms Tam, who will contact you": the relative pronoun
	 * stands for the person before it */
	if (actor == NULL && from >= 2 && ms >= from + 4 &&
	    (strncmp(u->lc + from, "who ", 4) == 0 ||
	    strncmp(u->lc + from, "who'll", 6) == 0)) {
		actor = actor_before(u, 0, from, &is_thing);
		is_thing = 0;
	}
	/* 本會已委託訓導主任於…: the one asked */
	if (actor == NULL && (actor = zh_delegate(u, ms, b)) != NULL)
		is_thing = 0;
	/* Chinese drops a subject the sentence or letter gave already:
	 * 並會適時通知您, 稍後會另行通知 (at most an adverb before 會/將) */
	int zero_subject = 0;
	if (actor == NULL && (unsigned char)u->lc[ms] >= 0x80 && ms - from <= 6 &&
	    (ms == from || zh_adverb_span(u, from, ms))) {
		zero_subject = 1;
		is_thing = 0;
	}
	/* "you will send": the parent is not the school's owner (but
	 * "you'll have it by Friday" is the writer's delivery); in the
	 * parent's own letter "you will send" is the addressee's, and
	 * 你話會… records a promise "you" made */
	if (actor && !lt->by_parent && (strcmp(actor, "you") == 0 ||
	    strcmp(actor, "You") == 0 || strcmp(actor, "您") == 0 ||
	    strcmp(actor, "你") == 0) && !zh_reported_promise(u, from, ms)) {
		free(actor);
		/* "you'll have it by Friday": the writer delivers */
		if (you_receive(u, me, b)) {
			/* "you'll be contacted": nobody named */
			actor = passive ? NULL : xstrdup("I");
		} else {
			add_dropped(lt, quote_of(u, a, b),
			    "commitment.drop-parent-you");
			return;
		}
	}
	/* 有結果會再通知閣下: no subject at all, the writer's telling */
	int soft = actor == NULL && !passive && !zero_subject &&
	    zh_soft_future(u, ms, me, b);
	if (soft)
		is_thing = 0;
	if (actor == NULL && !passive && !zero_subject && !service && !soft) {
		/* "It will help", "The report will be in Chinese": nobody
		 * is to do anything — unless the marker itself names an
		 * obligation of the school ("is scheduled for") */
		if (strncmp(u->lc + ms, "is scheduled", 12) != 0 &&
		    strncmp(u->lc + ms, "are scheduled", 13) != 0 &&
		    strncmp(u->lc + ms, "將", 3) != 0 &&
		    strncmp(u->lc + ms, "預計", 6) != 0 &&
		    !((unsigned char)u->lc[ms] >= 0x80 &&
		    zh_start_dated(u, a, b))) {
			add_dropped(lt, quote_of(u, a, b),
			    "commitment.drop-no-agent");
			return;
		}
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
			if (actor == NULL)
				actor = role_agent(u, (size_t)by + 3, b);
		}
	}
	clause_due(lt, u, whole ? 0 : a, whole ? u->len : b, from, ms, me,
	    due, tm);
	if (has_vague_period(u, a, b) && due[0] == '\0')
		due[0] = '\0';
	/* "根據3月16日的信件，何姑娘將於4月16日加開一節", written on 23
	 * April: a promise whose clause names only a day gone is one
	 * recounted ("Following our call on 20 February, Ms Ho will send"
	 * names its source in a clause of its own) */
	if (due[0] == '\0' && gone_day_only(lt, u, from, b)) {
		free(actor);
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-day-gone");
		return;
	}
	/* 已安排 (has arranged) is a promise only with a date; without one
	 * it reports what was done. 已請/已指示 (has asked, has instructed)
	 * is a delegation either way, vague when undated (SPEC.md) */
	if (due[0] == '\0' && strncmp(u->lc + ms, "已安排", 9) == 0) {
		free(actor);
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-past-report");
		return;
	}
	/* 你放心，我哋會好好照顧佢: comfort, not a task; 我哋一定會盡力: effort
	 * with nothing named to do. Watching is a task, if a vague one
	 * (請家長放心，當值老師會特別留意卓謙的情況, 我哋會一直關注). */
	if (due[0] == '\0' && (unsigned char)u->lc[ms] >= 0x80 &&
	    ((zh_comfort_only(u) && !uncheckable_in(u, me, b) &&
	    find_in(u, "關注", me, b) < 0) ||
	    zh_effort_only(u, me, b))) {
		free(actor);
		add_dropped(lt, quote_of(u, a, b), "commitment.drop-reassurance");
		return;
	}
	char *quote = quote_of(u, a, b);
	char *action = quote_of(u, me > a ? me : a, b);
	int vague = actor == NULL || due[0] == '\0';
	/* "will be reviewed by the panel", undated: the agent's thinking */
	int uncheck = vague && (uncheckable_in(u, me, b) || (actor &&
	    passive && due[0] == '\0' &&
	    any_of(u, consideration_participles, me, b)) ||
	    any_of(u, zh_tell, me, b) || zh_handling_verb(u, me, b) ||
	    en_passing_on(u, me, b));
	const char *rule;
	if (uncheck)
		add_deflection(lt, xstrdup(quote), actor ? "no-date" : "no-owner",
		    actor ? "deflection.uncheckable-no-date" :
		    "deflection.uncheckable-no-owner");
	if (en_zero)
		rule = due[0] ? "commitment.en-zero-subject-date" :
		    "commitment.en-zero-subject-vague";
	else if (actor)
		rule = due[0] ? "commitment.future-agent-date" :
		    "commitment.future-agent-vague";
	else if (passive)
		rule = due[0] ? "commitment.passive-date" :
		    "commitment.passive-vague";
	else if (zero_subject)
		rule = due[0] ? "commitment.zh-zero-subject-date" :
		    "commitment.zh-zero-subject-vague";
	else if (soft)
		rule = due[0] ? "commitment.zh-soft-future-date" :
		    "commitment.zh-soft-future-vague";
	else
		rule = due[0] ? "commitment.scheduled-date" :
		    "commitment.scheduled-vague";
	add_commitment(lt, quote, actor, action, due, tm, rule);
}

/* "by the Examination Committee", "by our SEN Co-ordinator": a role
 * word within a few words of "by", the words between it and "by" its
 * name (no comma, no second clause); the agent is the whole phrase. */
static char *
role_agent(const struct unit *u, size_t from, size_t b)
{
	size_t lim = from + 40 < b ? from + 40 : b;

	for (size_t i = from; i < lim; i++) {
		if (u->lc[i] == ',' || u->lc[i] == ';' ||
		    (unsigned char)u->lc[i] >= 0x80)
			return NULL;
		if (i > from && u->lc[i - 1] != ' ')
			continue;
		for (int r = 0; roles_en[r]; r++) {
			size_t n = strlen(roles_en[r]);
			if (i + n <= lim && strncmp(u->lc + i, roles_en[r], n) == 0 &&
			    !is_alnum_at(u, (long)(i + n)) && strcmp(roles_en[r],
			    "school") != 0)
				return quote_of(u, from, i + n);
		}
	}
	return NULL;
}

/*
 * A sentence whose first future gave no promise: the clause after the
 * cut, when it has a subject of its own (a person or a body named
 * before its marker), is read alone.
 */
static void
second_subject(struct letter *lt, const struct unit *u, const size_t *ms,
    const size_t *me)
{
	size_t cut = split_point(u, me[0], ms[1]);
	int thing = 0;

	if (!cut || (unsigned char)u->lc[ms[1]] >= 0x80)
		return;
	size_t second = after_cut(u, cut);
	if (second >= ms[1])
		return;
	char *who = actor_before(u, second, ms[1], &thing);
	int own = who != NULL && !thing;
	free(who);
	if (own)
		commitment_clause(lt, u, second, u->len, ms[1], me[1], 0);
}

/*
 * One marker, two dated infinitives: "I have asked Mr Tang to trial a
 * reading pen from 20 April and to report back to me by 8 May". Each
 * action has its own date, so each is a commitment of its own (SPEC.md
 * "One sentence, two commitments"), keyed on its own clause.
 */
static int
two_infinitives(struct letter *lt, const struct unit *u, size_t ms, size_t me)
{
	long cut = find_in(u, "and to", me, u->len);
	if (cut < 0 || span_count_in(u, 0, (size_t)cut) == 0 ||
	    span_count_in(u, (size_t)cut, u->len) == 0)
		return 0;
	size_t end = (size_t)cut;
	while (end > me && (u->lc[end - 1] == ' ' || u->lc[end - 1] == ','))
		end--;
	commitment_clause(lt, u, 0, end, ms, me, 0);
	commitment_clause(lt, u, (size_t)cut + 4, u->len, ms, me, 0);
	return 1;
}

void
commitment_sentence(struct letter *lt, const struct unit *u)
{
	size_t ms[MAX_CLAUSES], me[MAX_CLAUSES];
	int n;

	if (ends_with_colon(u) && !heading_promise(lt, u))
		return;
	if (is_request_to_parent(u) || is_question(u)) {
		if (find_markers(u, ms, me, MAX_CLAUSES) > 0)
			add_dropped(lt, quote_of(u, 0, u->len), is_question(u) ?
			    "commitment.drop-question" : "commitment.drop-request");
		return;
	}
	if (zh_owner_field(lt, u) || labelled_item(lt, u) ||
	    action_item(lt, u))
		return;
	n = find_markers(u, ms, me, MAX_CLAUSES);
	n = past_reason(u, ms, me, n);
	if (n == 0)
		n = reported_promise(lt, u, ms, me);
	/* "I'm confident Kit will settle, and I will send": the promise is
	 * the second future */
	while (n >= 2 && (other_future(u, ms[0], me[0]) ||
	    state_verb_after(u, me[0]))) {
		memmove(ms, ms + 1, (size_t)(n - 1) * sizeof(ms[0]));
		memmove(me, me + 1, (size_t)(n - 1) * sizeof(me[0]));
		n--;
	}
	if (n == 0) {
		if (!minutes_item(lt, u) && !heading_item(lt, u) &&
		    !progressive_future(lt, u) && !obligation_dated(lt, u) &&
		    !zh_list_action(lt, u) && !zh_soft_tell(lt, u))
			zh_dated_intent(lt, u);
		return;
	}
	/* two dated promises in one sentence: one item per clause */
	if (n >= 2) {
		size_t cut = split_point(u, me[0], ms[1]);
		/* "will contact the school this week, and she will write
		 * within 10 working days": a period dates its clause too */
		if (cut && (span_count_in(u, 0, cut) > 0 ||
		    period_in(u, 0, cut)) &&
		    (span_count_in(u, cut, u->len) > 0 ||
		    day_after_dated(lt, u, cut, u->len) ||
		    zh_vague_own_clause(u, cut, ms[1]))) {
			size_t second = after_cut(u, cut);
			commitment_clause(lt, u, 0, cut, ms[0], me[0], 0);
			commitment_clause(lt, u, second, u->len, ms[1], me[1], 0);
			return;
		}
	}
	if (n == 1 && (two_infinitives(lt, u, ms[0], me[0]) ||
	    two_dated_actions(lt, u, ms[0], me[0], commitment_clause)))
		return;
	/* 我聽日會同李Sir傾，後日放學前覆你: one 會, two dated clauses */
	size_t zcut = n == 1 ? zh_dated_split(u, ms[0], me[0]) : 0;
	if (zcut) {
		size_t before = lt->ex->ncommitments;
		commitment_clause(lt, u, 0, zcut, ms[0], me[0], 0);
		if (lt->ex->ncommitments > before)
			zh_follow_clause(lt, u, zcut + 3, u->len,
			    lt->ex->commitments[before].actor);
		return;
	}
	size_t before = lt->ex->ncommitments;
	commitment_clause(lt, u, 0, u->len, ms[0], me[0], 1);
	/* "Ho will move to Tier 3, and the school will draw up an IEP":
	 * the first future is nobody's task; the second has its owner */
	if (n == 2 && lt->ex->ncommitments == before)
		second_subject(lt, u, ms, me);
}
