/*
 * meetings.c — a sentence that fixes a meeting, case conference, review
 * or call the parent takes part in, with its date (and start time). A
 * meeting is not also a commitment.
 *
 * Rules:
 *   meeting.noun-date  a meeting noun (meeting, case conference, 面談)
 *                      with a named date that is no deadline
 *   meeting.call-date  a call form ("call you", "a quick call", 致電您)
 *                      with such a date: a call fixed for a day is a
 *                      meeting; a call promised by a deadline is a
 *                      commitment
 *   meeting.meet-date  the writer's verb of meeting ("let's meet again
 *                      on", "we would like to meet on", "sit down
 *                      with you on") followed by its day
 * None reads a sentence of the other classes (lexicon.c): a meeting
 * held or referred to ("it was good to see you at", "today's meeting"),
 * a proposal waiting for the parent's answer, an event for all
 * parents, a staff meeting the parent does not attend (unless the
 * sentence invites the parent to it).
 * A date before the letter's own day is a meeting already held; the
 * letter's own day beside a later one ("as discussed this afternoon,
 * let's meet on Monday") is when it was arranged.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "extract/extract_int.h"

/* The lc offset after the word at i and the spaces after it. */
static size_t
next_word(const struct unit *u, size_t i)
{
	while (i < u->len && u->lc[i] != ' ')
		i++;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	return i;
}

static int
word_at(const struct unit *u, size_t i, const char *w)
{
	size_t n = strlen(w);
	return strncmp(u->lc + i, w, n) == 0 && !is_alnum_at(u, (long)(i + n));
}

/*
 * The writer's verb of meeting, then its day: "let's meet again on
 * Tuesday", "we would like to meet both of you on 25 March", "sit down
 * together on". The subject is the writer (I, we, let's) or the
 * object the parent ("the SEN team would like to meet you on"), so "Ms
 * Ho will meet Ken on Monday" (a session with the child) and "the
 * panel will meet on Friday" (a staff meeting) are not read.
 */
static int
parent_or_again(const struct unit *u, size_t e)
{
	static const char *const obj[] = { "again", "with you", "to you",
	    "with both of you", "to both of you", "with u", NULL };
	return next_within(u, e, obj, 0) >= 0;
}

/* "We will go over Ethan's progress together", "I will go through the
 * new plan with you in person": a talk through something with the
 * parent (the caller wants its day). */
static int
talk_through(const struct unit *u)
{
	static const char *const verbs[] = { "go over", "go through",
	    "talk through", "walk you through", "look over", "run through",
	    NULL };
	static const char *const with[] = { "with you", "together",
	    "with both of you", NULL };
	static const char *const with_you[] = { "with you",
	    "with both of you", NULL };

	if (!word_then(u, verbs, with, 5))
		return 0;
	/* "Kelvin and I will go through it together": the writer and
	 * someone not the parent */
	long i = find_in(u, "and i", 0, u->len);
	if (i >= 0 && find_in(u, "you and i", 0, u->len) < 0 &&
	    !word_then(u, verbs, with_you, 5))
		return 0;
	return 1;
}

static int
meet_verb(const struct unit *u)
{
	static const char *const verbs[] = { "meet", "sit down", "catch up",
	    "get together", "reconvene", "regroup", "touch base", "speak",
	    "talk", "chat", NULL };
	const int talk_from = 7;		/* "speak" on */
	/* words between the verb and its when: "meet you both in my
	 * office on", "meet after school on" */
	static const char *const skip[] = { "again", "up", "with", "you",
	    "both", "of", "together", "in", "person", "briefly", "me", "us",
	    "my", "our", "office", "the", "after", "school", "room",
	    "library", "hall", NULL };
	static const char *const when[] = { "on", "at", "this", "next",
	    "monday", "tuesday", "wednesday", "thursday", "friday", NULL };
	static const char *const writer[] = { "let's", "let us", "we", "i",
	    "i'd", "we'd", "i'm", "we're", NULL };
	static const char *const lets[] = { "let's", "let us", NULL };
	for (int v = 0; verbs[v]; v++)
		for (long i = find_in(u, verbs[v], 0, u->len); i >= 0;
		    i = find_in(u, verbs[v], (size_t)i + 1, u->len)) {
			int ours = any_of(u, writer, clause_start(u, (size_t)i),
			    (size_t)i);
			size_t w = next_word(u, (size_t)i + strlen(verbs[v]) - 1);
			for (int n = 0; n < 6; n++) {
				int skipped = 0;
				for (int k = 0; skip[k] && !skipped; k++)
					if (word_at(u, w, skip[k])) {
						/* "meet you", "meet both of
						 * you": the parent */
						ours |= word_at(u, w, "you") ||
						    word_at(u, w, "both");
						w = next_word(u, w);
						skipped = 1;
					}
				if (!skipped)
					break;
			}
			/* "talk on SEN support": a talk verb is a meeting
			 * only with the parent or again ("speak again"), or
			 * proposed as "let's" (the writer with the reader) */
			if (!ours || (v >= talk_from && !parent_or_again(u,
			    (size_t)i + strlen(verbs[v])) &&
			    !any_of(u, lets, clause_start(u, (size_t)i),
			    (size_t)i)))
				continue;
			for (int k = 0; when[k]; k++)
				if (word_at(u, w, when[k]) ||
				    isdigit((unsigned char)u->lc[w]))
					return 1;
		}
	return 0;
}

/* "It was lovely to see you at ...", "thank you again for ...": a
 * pleasantry in the past tense, or thanks, looks back at a meeting
 * held. */
static int
held_pleasantry(const struct unit *u)
{
	static const char *const adj[] = { "good", "lovely", "great", "nice",
	    "helpful", "a pleasure", "wonderful", "useful", "so good",
	    "really good", "very helpful", NULL };
	/* "Thank you again for your time at Friday's conference" */
	static const char *const thanks[] = { "thank you", "thanks",
	    "grateful", NULL };
	static const char *const for_[] = { "for", NULL };

	if (word_then(u, thanks, for_, 2))
		return 1;
	for (long i = find_in(u, "was", 0, u->len); i >= 0;
	    i = find_in(u, "was", (size_t)i + 1, u->len)) {
		size_t w = next_word(u, (size_t)i);
		for (int k = 0; adj[k]; k++)
			if (word_at(u, w, adj[k]))
				return 1;
	}
	return 0;
}

/* "review of Kit's plan", "review of his IEP": after "of" at lc[i], a
 * possessive (a word ending in 's, or his/her/your/their), the child's
 * own review; "a review of all placements" is the panel's. */
static int
of_the_child(const struct unit *u, size_t i)
{
	static const char *const whose[] = { "his", "her", "your", "their",
	    NULL };
	size_t e;

	while (i < u->len && u->lc[i] == ' ')
		i++;
	for (int k = 0; whose[k]; k++)
		if (word_at(u, i, whose[k]))
			return 1;
	for (e = i; e < u->len && u->lc[e] != ' ' && u->lc[e] != ','; e++)
		;
	return e >= i + 3 && u->lc[e - 2] == '\'' && u->lc[e - 1] == 's';
}

/* A review the parent attends, named as a noun by the word before it
 * ("our next review", "the annual review"), not "will review". */
int
review_noun(const struct unit *u)
{
	static const char *const before[] = { "next", "annual", "follow-up",
	    "termly", "progress", "first", "second", "final", "mid-year",
	    "half-termly", "our", "your",
	    /* "our parent review, where we go over ..., is booked for" */
	    "parent", NULL };
	/* 下次review, 年度review: Cantonese writes the English noun
	 * straight after its Chinese modifier */
	static const char *const zh_before[] = { "下次", "下一次", "下個",
	    "年度", "中期", "期中", "首次", NULL };
	for (long i = find_in(u, "review", 0, u->len); i > 0;
	    i = find_in(u, "review", (size_t)i + 1, u->len)) {
		for (int k = 0; zh_before[k]; k++) {
			size_t n = strlen(zh_before[k]);
			if ((size_t)i >= n && strncmp(u->lc + i - n,
			    zh_before[k], n) == 0)
				return 1;
		}
		size_t s = (size_t)i - 1;
		while (s > 0 && u->lc[s - 1] != ' ')
			s--;
		for (int k = 0; before[k]; k++)
			if (word_at(u, s, before[k]) &&
			    (strncmp(u->lc + i + 6, " of", 3) != 0 ||
			    of_the_child(u, (size_t)i + 9)))
				return 1;
	}
	return 0;
}

/* A talk the writer has put in the diary: "we have pencilled in a
 * follow-up discussion for", "I've booked a chat with you on". The
 * talk nouns are meetings only after a verb of booking. */
/* "we have booked Tuesday 12 May, 3:45 pm", "my secretary has reserved
 * Monday 7 December at 11:00": the day itself booked, a perfect of
 * booking whose object is the weekday, at an hour. */
static int
booked_day(const struct unit *u)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", NULL };
	static const char *const booked[] = { "have booked", "'ve booked",
	    "has booked", "have reserved", "'ve reserved", "has reserved",
	    "have set aside", "'ve set aside", "has set aside",
	    "have blocked out", "'ve blocked out", "has blocked out", NULL };

	/* a slot, with its hour: a day set aside for a session has none */
	return unit_has_clock(u) && word_then(u, booked, days, 0);
}

static int
booked_talk(const struct unit *u)
{
	static const char *const book[] = { "pencilled in", "penciled in",
	    "booked", "booked in", "scheduled", "set up", "arranged",
	    "put in", "blocked out", "reserved", "lined up", NULL };
	static const char *const talk[] = { "discussion", "chat",
	    "conversation", "catch-up", "talk with you", "sit-down",
	    "debrief", "review", "call", NULL };
	/* the passive: "the review has been provisionally set for" */
	static const char *const booked_for[] = { "pencilled in",
	    "penciled in", "booked", "booked in", "scheduled", "set for",
	    "fixed for",
	    "provisionally set", "arranged", NULL };
	static const char *const of[] = { "review of", NULL };

	/* a room booked for the writer and the parent: "I have booked
	 * the SEN room for the two of us", "reserved the library for us
	 * both" */
	static const char *const us_two[] = { "for the two of us",
	    "for us both", "for both of us", "for you and me", "for you and i",
	    "for the pair of us", "for us to meet", "for us to talk",
	    "for our meeting", "for our chat", "for our talk", "for us on",
	    "for us at", NULL };

	/* "a review of all placements": the panel's, not a talk */
	if (any_of(u, of, 0, u->len))
		return 0;
	static const char *const neg[] = { "not", "haven't", "hasn't",
	    "couldn't", "wasn't", NULL };
	/* "I've put us down for Thursday at 3:45": the two of us booked */
	static const char *const us_booked[] = { "put us down for",
	    "put you down for", "pencilled us in for", "penciled us in for",
	    "pencilled you in for", NULL };
	/* "we have arranged for both of you to observe the session on 23
	 * April at 3:45 pm": the parents' own visit, at its hour */
	static const char *const you_come[] = { "arranged for you",
	    "arranged for both of you", "arranged for you both",
	    "arranged for you and", NULL };
	return any_of(u, us_booked, 0, u->len) || booked_day(u) ||
	    (unit_has_clock(u) && any_of(u, you_come, 0, u->len)) ||
	    word_then(u, book, talk, 4) || word_then(u, talk, booked_for, 5) ||
	    (word_then(u, book, us_two, 5) && !word_then(u, neg, book, 1));
}

/* The parent asked to join the writer: "we'd love you to join Ms Tang
 * and me on", "please join us on". A question or an offer is read
 * out by the checks every meeting passes. */
static int
join_invited(const struct unit *u)
{
	static const char *const join[] = { "you to join", "please join",
	    "please do join", NULL };
	return any_of(u, join, 0, u->len);
}

/* The child's case taken to a staff meeting: "going through Ken's case
 * at the SST meeting", "raise his needs at the SSG meeting". Its object
 * is the child's file, and the parent is not with it. */
static int
case_at_meeting(const struct unit *u)
{
	static const char *const file[] = { "case", "needs", "progress",
	    "file", "situation", NULL };
	static const char *const at[] = { "at the", "at our", "at their",
	    NULL };
	static const char *const mtg[] = { "meeting", NULL };
	static const char *const with_you[] = { "with you", "with both of you",
	    NULL };

	if (any_of(u, with_you, 0, u->len) || any_of(u, parent_invited, 0,
	    u->len))
		return 0;
	for (int k = 0; file[k]; k++)
		for (long i = find_in(u, file[k], 0, u->len); i >= 0;
		    i = find_in(u, file[k], (size_t)i + 1, u->len)) {
			long a = next_within(u, (size_t)i + strlen(file[k]),
			    at, 0);
			if (a >= 0 && next_within(u, (size_t)a, mtg, 2) >= 0)
				return 1;
		}
	return 0;
}

/*
 * "Ms Yuen will observe Ryan on 12 March and will bring her notes to
 * the meeting": the meeting is an occasion already known, something is
 * brought to it, and the sentence's date is the other act's. Only when
 * no date follows the meeting noun ("I'll bring the report to the
 * meeting on Friday at 4" dates the meeting).
 */
static int
brought_to_meeting(const struct unit *u)
{
	static const char *const bring[] = { "bring", "take", "share",
	    "present", "table", "feed back", NULL };
	static const char *const to_it[] = { "to the meeting",
	    "to that meeting", "at the meeting", "at that meeting",
	    "to the review", "at the review", NULL };

	for (int k = 0; to_it[k]; k++)
		for (long i = find_in(u, to_it[k], 0, u->len); i >= 0;
		    i = find_in(u, to_it[k], (size_t)i + 1, u->len)) {
			size_t from = (size_t)i > 60 ? (size_t)i - 60 : 0;
			if (!any_of(u, bring, from, (size_t)i))
				continue;
			int dated_after = 0;
			for (int s = 0; s < u->nspans && !dated_after; s++)
				dated_after = lc_at(u, u->spans[s].start) >
				    (size_t)i;
			if (!dated_after)
				return 1;
		}
	return 0;
}

/* The meeting is referred back to: "following our phone call on
 * Friday", "further to the meeting on Monday" (a preposition of
 * sequel before it: the weekday is the last one, not the next). */
static int
looks_back(const struct unit *u)
{
	static const char *const since[] = { "following", "further to",
	    "as discussed in", "as discussed at", "as discussed during",
	    "as agreed in", "as agreed at", "as agreed during",
	    "as promised in", NULL };
	static const char *const talk[] = { "call", "meeting", "conversation",
	    "chat", "conference", "discussion", "talk", "review", NULL };
	static const char *const on[] = { "on", "last", "yesterday", NULL };

	for (int k = 0; since[k]; k++)
		for (long i = find_in(u, since[k], 0, u->len); i >= 0;
		    i = find_in(u, since[k], (size_t)i + 1, u->len)) {
			long e = next_within(u, (size_t)i + strlen(since[k]),
			    talk, 3);
			/* its own day follows: "our call on Friday" */
			if (e >= 0 && next_within(u, (size_t)e, on, 0) >= 0)
				return 1;
		}
	return 0;
}

/* A call form that is no call to come: "as discussed on the phone, I
 * will send ..." names the call the promise was made in. A call form
 * not so preceded ("... I will call you on Monday") still counts. */
static int
fresh_call(const struct unit *u)
{
	static const char *const as_said[] = { "as discussed", "as agreed",
	    "as mentioned", "as promised", "as we discussed", "as we agreed",
	    "as i mentioned", "as i said", NULL };

	for (int k = 0; call_forms[k]; k++)
		for (long i = find_in(u, call_forms[k], 0, u->len); i >= 0;
		    i = find_in(u, call_forms[k], (size_t)i + 1, u->len)) {
			int said = 0;
			/* "a call-and-response song" */
			if (u->lc[(size_t)i + strlen(call_forms[k])] == '-')
				continue;
			for (int a = 0; as_said[a] && !said; a++) {
				size_t n = strlen(as_said[a]) + 1;
				said = (size_t)i >= n && strncmp(u->lc +
				    (size_t)i - n, as_said[a], n - 1) == 0;
			}
			if (!said)
				return 1;
		}
	return 0;
}

/*
 * A call named as a noun with words before it: "a brief call", "our
 * ten-minute call", "the follow-up call". An article or "our"/"my",
 * then at most two words of size or kind (short, phone, a hyphened
 * "five-minute"), then "call" as a whole word: "the nurse will call"
 * and "a chance to call" are verbs, "call-and-response" no call.
 */
static int
call_noun(const struct unit *u)
{
	static const char *const det[] = { "a", "an", "our", "my", "the",
	    NULL };
	static const char *const kind[] = { "short", "brief", "quick",
	    "phone", "telephone", "video", "zoom", "teams", "final", "first",
	    "second", "next", "proper", "further", "planned", "scheduled",
	    "progress", "review", "five", "ten", "fifteen", "twenty", "thirty",
	    "little", NULL };

	for (long i = find_in(u, "call", 0, u->len); i > 0;
	    i = find_in(u, "call", (size_t)i + 1, u->len)) {
		size_t e = (size_t)i + 4;
		if (u->lc[i - 1] != ' ' || (e < u->len &&
		    (isalnum((unsigned char)u->lc[e]) || u->lc[e] == '-')))
			continue;
		size_t w = (size_t)i - 1;	/* the space before a word */
		for (int n = 0; n < 3 && w > 0; n++) {
			size_t s = w;
			while (s > 0 && u->lc[s - 1] != ' ')
				s--;
			int is = 0;
			for (int k = 0; det[k] && !is; k++)
				is = w - s == strlen(det[k]) &&
				    strncmp(u->lc + s, det[k], w - s) == 0;
			if (is)
				return 1;
			for (int k = 0; kind[k] && !is; k++)
				is = w - s == strlen(kind[k]) &&
				    strncmp(u->lc + s, kind[k], w - s) == 0;
			if (!is && memchr(u->lc + s, '-', w - s) == NULL)
				break;
			if (s == 0)
				break;
			w = s - 1;
		}
	}
	return 0;
}

/* Where a trailing "when" or "about" clause begins ("my call on
 * Thursday, when I will tell you the outcome of our internal review"):
 * what the meeting is for, not whose it is. */
static size_t
before_when(const struct unit *u)
{
	/* "she'll ring you on Tuesday about the team meeting": what
	 * the call is about, not whose it is */
	static const char *const topic[] = { ", when", " about the ",
	    " about your ", " about his ", " about her ", NULL };
	size_t end = u->len;
	for (int k = 0; topic[k]; k++) {
		long i = find_in(u, topic[k], 0, u->len);
		if (i > 0 && (size_t)i < end)
			end = (size_t)i;
	}
	return end;
}

/* Somebody else sitting in on a meeting ("Mr Yuen will sit in on the
 * SST meeting", 以觀察員身份列席) is that person's commitment, unless
 * the parent is said to be there too ("I'll sit in on the meeting on
 * the 29th, so see you then"). */
static int
sits_in(const struct unit *u)
{
	static const char *const sit_in[] = { "sit in on", "sit in at",
	    "sitting in on", "as an observer", "列席", "觀察員", NULL };
	static const char *const with_you[] = { "see you", "with you",
	    "meet you", "see u", "見你", "見您", "同你", "與您", "與你",
	    NULL };

	/* 本人會於…與閣下會面，屆時…亦會列席: the parent is met */
	return any_of(u, sit_in, 0, u->len) && !any_of(u, with_you, 0,
	    u->len) && !zh_with_you(u);
}

/* Not the parent's meeting: a body's own sitting ("the SEN committee
 * will look again when it sits on 2 June", "once the panel meets on"),
 * or the child's appointment at an outside service ("the CAS
 * appointment", "his eye clinic appointment"). */
static int
not_parents_sitting(const struct unit *u)
{
	static const char *const body[] = { "committee", "panel", "board",
	    "governors", "department", "council", "team", NULL };
	static const char *const sits[] = { "it sits", "it meets",
	    "it convenes", "they sit", "they meet", "they convene",
	    "sits on", "meets on", "convenes on", "next sits", "next meets",
	    "will sit on", "will meet on", "will convene on", NULL };
	static const char *const service[] = { "cas", "clinic", "hospital",
	    "medical", "doctor's", "dental", "dentist", "eye", "hearing",
	    "paediatric", "pediatric", "psychiatric", "vaccination",
	    "assessment", "therapy", "audiology", "x-ray", "doctor",
	    "paediatrician", "pediatrician", "psychiatrist", "gp",
	    "optometrist", "audiologist", NULL };
	static const char *const appt[] = { "appointment", NULL };
	/* "his appointment at the Child Assessment Centre" */
	static const char *const appt_at[] = { "appointment at",
	    "appointment with", "appointments at", "appointment in", NULL };
	size_t to = before_when(u);
	return (any_of(u, body, 0, to) && any_of(u, sits, 0, to) &&
	    !any_of(u, parent_invited, 0, u->len)) ||
	    word_then(u, service, appt, 1) ||
	    word_then(u, appt_at, service, 3) || sits_in(u);
}

/* "I'll be meeting Chloe every Tuesday": "meeting" as the writer's verb
 * with the child, not the parent, for its object is a session, not a
 * meeting. Only when no other meeting noun is in the sentence. */
static int
meeting_the_child(const struct unit *u)
{
	static const char *const be[] = { "be meeting", "i'm meeting",
	    "we're meeting", "am meeting", "are meeting", "be seeing",
	    "i'm seeing", "we're seeing", "am seeing", "are seeing", NULL };
	static const char *const obj[] = { "you", "with you", "both", "u",
	    "your", NULL };
	for (int k = 0; be[k]; k++) {
		long i = find_in(u, be[k], 0, u->len);
		if (i >= 0 && next_within(u, (size_t)i + strlen(be[k]), obj,
		    0) < 0)
			return 1;
	}
	return 0;
}

/*
 * The parent asked to call in at a fixed time: "please pop in to see me
 * at 3.30 on Friday", "do drop by the office", "you could come in for
 * a chat". The visit verb's subject is the parent: "you", a "please" or
 * "do" before it, or nothing (it opens the sentence); "Kit popped in"
 * and "the SENCO will drop in to his lesson" are not.
 */
static int
parent_visits(const struct unit *u)
{
	static const char *const visit[] = { "pop in", "pop into", "pop by",
	    "pop over", "drop in", "drop by", "drop into", "come in",
	    "come and see me", "come to see me", "call in", "call by", NULL };
	static const char *const subj[] = { "you", "please", "do", NULL };

	for (int k = 0; visit[k]; k++)
		for (long i = find_in(u, visit[k], 0, u->len); i >= 0;
		    i = find_in(u, visit[k], (size_t)i + 1, u->len)) {
			if (i == 0)
				return 1;
			long w = (long)i - 1;
			while (w > 0 && u->lc[w - 1] != ' ')
				w--;
			if (next_within(u, (size_t)w, subj, 0) == i - 1)
				return 1;
		}
	return 0;
}

/*
 * "If you'd like to talk it over, I have booked the meeting room for
 * Thursday at 4": the writer has already booked the place (a perfect
 * of booking), so the "if you would like" is politeness, not a slot
 * waiting for an answer. A request for one ("let me know", "could
 * we", "I could") still waits.
 */
/* "I'll call you tmr 16:00-17:00, if not convenient pls whatsapp me": a
 * way out offered for a slot already set, not a slot proposed. */
static const char *const unless_unsuited[] = { "if not convenient",
	"if it's not convenient", "if it is not convenient",
	"if this is not convenient", "if that's not convenient",
	"if that is not convenient", "if the time is not convenient",
	"if this time is not convenient", "if it doesn't suit",
	"if that doesn't suit", "if this doesn't suit", "if you can't make it",
	"if you cannot make it", "如不方便", "如時間不便", "如未能出席",
	"如果唔方便", "如唔方便", "唔得閒嘅話", NULL };

static int
already_booked(const struct unit *u)
{
	static const char *const done[] = { "have booked", "'ve booked",
	    "have reserved", "'ve reserved", "have set aside",
	    "'ve set aside", "have put us down", "'ve put us down",
	    "has booked", "has reserved",
	    /* 我已經同麥太約好5月5號…: the day agreed with the parent */
	    "約好", "約咗", "已約", "已經約", NULL };
	static const char *const still_asks[] = { "let me know", "could we",
	    "would you", "are you available", "which time", "i could",
	    "we could", "suggest", "please call", "please contact",
	    "please ring", "whether that", "whether this", "if that suits",
	    "if it suits", "if convenient", "if that works", "tell me",
	    "if needed", "if necessary", "得唔得", "可唔可以", "方唔方便",
	    "話我知", "覆我", NULL };

	/* "I would suggest we go through it together: I've reserved
	 * Monday at 4:15": what comes before a colon leads in to the
	 * booking and asks nothing of it */
	for (int k = 0; done[k]; k++) {
		long i = find_in(u, done[k], 0, u->len);
		if (i < 0)
			continue;
		size_t from = (size_t)i;
		while (from > 0 && u->lc[from - 1] != ':')
			from--;
		return !any_of(u, still_asks, from, u->len);
	}
	return 0;
}

/* "See you on the 22nd.", "Look forward to seeing you on Friday": a
 * closing that points back to a meeting already found on that day, or
 * on that weekday when only a weekday is written (the meeting on Friday
 * 13th; "Friday" alone reads as the first one to come). */
static int
same_meeting_again(const struct letter *lt, const struct unit *u,
    const struct date_span *sp)
{
	static const char *const see[] = { "see you", "seeing you", "see u",
	    "見你", "見您", "見面", NULL };
	static const char *const wday[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday", "星期", "禮拜", "週",
	    NULL };
	char day[11];
	int only_weekday = 0;

	if (!any_of(u, see, 0, u->len))
		return 0;
	/* lc offsets of the span: a weekday named, no digit */
	size_t a = lc_at(u, sp->start), b = lc_at(u, sp->end);
	if (any_of(u, wday, a, b)) {
		only_weekday = 1;
		for (size_t i = a; i < b && only_weekday; i++)
			only_weekday = !isdigit((unsigned char)u->lc[i]);
	}
	civil_format(&sp->date, day);
	long at = civil_days(&sp->date);
	for (size_t k = 0; k < lt->ex->nmeetings; k++) {
		struct civil m;
		if (strcmp(lt->ex->meetings[k].date, day) == 0)
			return 1;
		if (!only_weekday || civil_parse(lt->ex->meetings[k].date,
		    &m) != 0)
			continue;
		long md = civil_days(&m);
		if (md > at && (md - at) % 7 == 0)
			return 1;
	}
	return 0;
}

int
meeting_sentence(struct letter *lt, const struct unit *u)
{
	const char *rule;
	int k, pick = -1;
	char tm[6] = "";
	size_t purpose = call_then_purpose(lt, u);

	if (purpose)
		rule = "meeting.call-date";
	else if (fresh_meeting_noun(u) ||
	    (any_of(u, meeting_nouns_with_you, 0, u->len) &&
	    any_of(u, the_parent, 0, u->len)) || review_noun(u) ||
	    zh_meet_at(u) || zh_booked_for_you(u) || booked_talk(u) ||
	    zh_visit_arranged(u) || family_comes(lt, u) ||
	    parent_visits(u) || held_by_pronoun(lt, u))
		rule = "meeting.noun-date";
	else if (fixed_slot(lt, u))
		rule = "meeting.slot-date";
	else if ((any_of(u, call_forms, 0, u->len) && fresh_call(u)) ||
	    zh_call_coming(u) || call_noun(u) || call_to_parent(lt, u))
		rule = "meeting.call-date";
	else if (meet_verb(u) || join_invited(u) || talk_through(u))
		rule = "meeting.meet-date";
	else
		return 0;
	if (any_of(u, meeting_held, 0, u->len) || held_pleasantry(u) ||
	    (any_of(u, meeting_proposed, 0, purpose ? purpose : u->len) &&
	    !zh_come_at_date(u) &&
	    !already_booked(u) && !any_of(u, unless_unsuited, 0, u->len) &&
	    !family_comes(lt, u)) ||
	    ((any_of(u, meeting_not_ours, 0, before_when(u)) ||
	    others_meeting(u)) &&
	    !any_of(u, parent_invited, 0, u->len) && !zh_come_at_date(u)) ||
	    is_question(u) || ends_with_colon(u) || zh_not_a_meeting(u) ||
	    looks_back(u) || not_parents_sitting(u) ||
	    (meeting_the_child(u) && !parent_meets_school(lt, u)) ||
	    any_of(u, diary_full, 0, u->len) || case_at_meeting(u) ||
	    brought_to_meeting(u) || noun_in_question(u) ||
	    meeting_as_time(u))
		return 0;
	/* the meeting's own date: named, not a deadline, not past */
	long today = civil_days(lt->ref);
	int held = 0;
	for (k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		if (sp->has_date && !sp->deadline && !sp->past &&
		    !sp->period && !sp->is_range_end && !sp->rel_pending &&
		    !zh_condition_date(u, sp)) {
			/* a day held, or one the meeting moved from */
			if (civil_days(&sp->date) < today || date_superseded(u, sp)) {
				held = 1;
				continue;
			}
			/* "Friday I'm at training, so I'll call you on
			 * Monday at 3:45": a day with its hour is the one
			 * fixed, beside a day without */
			if (pick >= 0 && civil_days(&u->spans[pick].date) >
			    today && (u->spans[pick].hour >= 0 || sp->hour < 0))
				continue;
			pick = k;
		}
	}
	/* 覆診前一天致電你: a call on a day counted from an event dated
	 * elsewhere (a meeting noun so counted, 面談前三天, is a due) */
	struct date_span counted;
	if (pick < 0 && !held && strcmp(rule, "meeting.call-date") == 0)
		for (k = 0; k < u->nspans && pick < 0; k++)
			if (event_counted_day(lt, u, &u->spans[k],
			    &counted.date)) {
				counted.hour = u->spans[k].hour;
				counted.minute = u->spans[k].minute;
				pick = k;
			}
	if (pick < 0)
		return 0;
	const struct date_span *sp = u->spans[pick].rel_pending ? &counted :
	    &u->spans[pick];
	/* 今日同你傾完: a talk of today, already held */
	if (civil_days(&sp->date) == today &&
	    zh_talk_done(u))
		return 0;
	/* "I'll call you before Friday", "is going to phone you within
	 * two weeks of starting on 2 March": a call promised by a deadline */
	if (strcmp(rule, "meeting.call-date") == 0) {
		for (k = 0; k < u->nspans; k++)
			if (u->spans[k].deadline && !u->spans[k].rel_pending)
				return 0;
		for (k = 0; k < u->nspans; k++)
			if (unit_starts(u, span_lc(u, &u->spans[k]), "within "))
				return 0;
	}
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
	if (!same_meeting_again(lt, u, sp))
		add_meeting(lt, quote_of(u, 0, u->len), &sp->date, tm, rule);
	return 1;
}
