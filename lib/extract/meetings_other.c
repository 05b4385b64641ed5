/*
 * meetings_other.c — meetings named that are not the parent's next one:
 *
 * date_superseded()    a date given up: "the meeting originally planned
 *                      for 13 May has been moved", 原定於5月13日舉行的會
 *                      議，現改於5月20日. The letter's meeting, and any due
 *                      counted from it ("three days before the meeting"),
 *                      take the new date.
 * fresh_meeting_noun() a meeting noun not inside the promise's source
 *                      ("as agreed at our meeting in March, ...").
 * others_meeting()     a body's own meeting ("at its regular meeting").
 * held_by_pronoun()    a meeting named the sentence before ("It will now
 *                      take place on 20 May").
 * call_then_purpose() a call fixed to arrange a meeting ("Mr Kwok will
 *                      call me on Monday to arrange a meeting"): the call
 *                      is the meeting, its purpose no proposal.
 * noun_in_question()   a meeting noun only inside "whether ..." ("I will
 *                      ask on Monday whether his appointment can be
 *                      brought forward") fixes nothing.
 * meeting_as_time()   the meeting only dates an opening clause ("Before
 *                      meeting you, I will observe him on Tuesday"): the
 *                      day is the deed's.
 * call_to_parent(), parent_meets_school(), family_comes()
 *                      the parent's own letter: "you will call me on
 *                      16 March at 1pm", "we are meeting on 22 April",
 *                      本人及內子仍會…於4月23日下午到校觀課.
 * fixed_slot()         a day, an hour and a room fixed, in this sentence
 *                      or the next ("the secretary has already booked
 *                      it"), or a day and hour in the writer's diary.
 */
#include <string.h>

#include "extract/extract_int.h"

#define MOVED_LOOKBACK 40	/* bytes before the date: a few words */

static const char *const was_at[] = { "originally", "original",
	"previously", "was scheduled for", "was planned for", "was set for",
	"was due to take place on", "had been scheduled for", "instead of",
	"原定", "原訂", "原本定", "本來定", "原先定", NULL };

/* The new date, after the old one in the same clause: 原定3月3日的會議改
 *於3月10日舉行, "moved from 3 March to 10 March". */
static const char *const moved_to[] = { "改於", "改為", "改至", "改到",
	"改期至", "改期到", "移至", "順延至", "押後至", "延至", "提前至",
	"moved to", "changed to", "rescheduled to", "postponed to",
	"brought forward to", "put back to", NULL };

/* 依原定安排於4月23日, "as originally planned, on 23 April": the
 * original plan kept. */
static const char *const as_planned[] = { "依原定", "按原定", "照原定",
	"依照原定", "按照原定", "as originally planned", "as originally agreed",
	NULL };

/* The first date kept: only the hour or the room moves. */
static const char *const date_stands[] = { "日期不變", "日期維持不變",
	"日期維持", "日子不變", "如期舉行", "照常舉行", "date is unchanged",
	"date remains", "date stays", "date is the same", "still goes ahead",
	"will go ahead as planned", "goes ahead as planned", NULL };

int
date_superseded(const struct unit *u, const struct date_span *sp)
{
	size_t a = lc_at(u, sp->start), c = clause_start(u, a);
	size_t from = a > MOVED_LOOKBACK ? a - MOVED_LOOKBACK : 0;

	/* only within the date's own clause, and not where the letter
	 * says the date stands: 原定3月3日的會議日期不變，但時間改為… */
	if (c > from)
		from = c;
	return any_of(u, was_at, from, a) && !any_of(u, moved_to, from, a) &&
	    !any_of(u, as_planned, from, a) &&
	    !any_of(u, date_stands, a, u->len);
}

/* "The IMC will consider your case at its regular meeting on 28 May":
 * a body's own meeting (its, their + at most two words), not one the
 * parent sits in. */
int
others_meeting(const struct unit *u)
{
	static const char *const whose[] = { "its", "their", NULL };
	static const char *const meeting[] = { "meeting", "meetings", NULL };

	return word_then(u, whose, meeting, 2);
}

/* A meeting noun that names a meeting to come, not the one a promise
 * came from: "as agreed at our meeting in March, I'll be assessing him
 * on 14/4" fixes no meeting ("at our last review meeting" neither). */
int
fresh_meeting_noun(const struct unit *u)
{
	static const char *const source[] = { "agreed at our",
	    "discussed at our", "agreed at the", "discussed at the",
	    "agreed in our", "discussed in our", "at our last",
	    "at our recent", "at our previous", "at our earlier", NULL };

	/* asked of every sentence: the pooled lists answer most */
	if (!any_of(u, meeting_nouns, 0, u->len))
		return 0;
	if (!any_of(u, source, 0, u->len))
		return 1;
	for (int k = 0; meeting_nouns[k]; k++)
		for (long i = find_in(u, meeting_nouns[k], 0, u->len); i >= 0;
		    i = find_in(u, meeting_nouns[k], (size_t)i + 1, u->len)) {
			size_t from = i > 24 ? (size_t)i - 24 : 0;
			if (!any_of(u, source, from, (size_t)i))
				return 1;
		}
	return 0;
}

/* "The review originally planned for 13 May has been moved. It will now
 * take place on 20 May at 4:30 p.m.": the meeting named in the sentence
 * before, held by its pronoun. */
int
held_by_pronoun(const struct letter *lt, const struct unit *u)
{
	static const char *const it[] = { "it will now", "it will", "it'll",
	    "this will now", NULL };
	static const char *const held[] = { "take place", "be held", NULL };
	long k = lt->cur_sent - 1;

	if (k < 0 || !word_then(u, it, held, 2))
		return 0;
	return any_of(&lt->units[k], meeting_nouns, 0, lt->units[k].len) ||
	    review_noun(&lt->units[k]);
}

size_t
call_then_purpose(const struct letter *lt, const struct unit *u)
{
	static const char *const purpose[] = { " to arrange", " to set up",
	    " to book", " to schedule", " to fix", " to find a time",
	    " to agree a", NULL };
	static const char *const call_me[] = { "call me", "phone me",
	    "ring me", NULL };
	size_t cut = u->len;

	for (int k = 0; purpose[k]; k++) {
		long i = find_in(u, purpose[k], 0, cut);
		if (i >= 0)
			cut = (size_t)i;
	}
	if (cut == u->len || spans_in(u, 0, cut, NULL) == 0)
		return 0;
	if (any_of(u, call_forms, 0, cut) ||
	    (lt->by_parent && any_of(u, call_me, 0, cut)))
		return cut;
	return 0;
}

int
noun_in_question(const struct unit *u)
{
	long w = find_in(u, " whether ", 0, u->len);
	return w >= 0 && !any_of(u, meeting_nouns, 0, (size_t)w) &&
	    any_of(u, meeting_nouns, (size_t)w, u->len);
}

int
meeting_as_time(const struct unit *u)
{
	static const char *const lead[] = { "before ", "after ", "ahead of ",
	    "prior to ", "following ", "在", "於", NULL };
	long c = first_comma(u, 0);
	int opens = 0;

	if (c < 0 || spans_in(u, 0, (size_t)c, NULL) > 0)
		return 0;
	for (int k = 0; lead[k] && !opens; k++)
		opens = unit_starts(u, 0, lead[k]) && (k < 5 ||
		    find_in(u, "前", 0, (size_t)c) >= 0 ||
		    find_in(u, "後", 0, (size_t)c) >= 0);
	return opens && any_of(u, meeting_nouns, 0, (size_t)c) &&
	    !any_of(u, meeting_nouns, (size_t)c, u->len);
}

/* In the parent's own letter the call comes to her ("you will call me
 * on Monday 16 March at 1pm"), and "we are meeting on Wednesday 22
 * April" is her meeting with the school, not staff meeting the child. */
int
call_to_parent(const struct letter *lt, const struct unit *u)
{
	static const char *const call_me[] = { "call me", "phone me",
	    "ring me", "致電給我", "打電話俾我", "打俾我", NULL };

	/* either way round, a call between the two of them */
	static const char *const you_call_me[] = { "you will call me",
	    "you'll call me", "you will phone me", "you'll phone me",
	    "you will ring me", "you'll ring me", NULL };

	return (lt->by_parent && any_of(u, call_me, 0, u->len)) ||
	    any_of(u, you_call_me, 0, u->len);
}

int
parent_meets_school(const struct letter *lt, const struct unit *u)
{
	static const char *const we[] = { "we are meeting", "we're meeting",
	    NULL };

	return lt->by_parent && any_of(u, we, 0, u->len);
}

/* In the family's own letter, 本人及內子仍會依原定安排於4月23日下午到校
 * 觀課: the family coming to the school on a day is her meeting there. */
int
family_comes(const struct letter *lt, const struct unit *u)
{
	static const char *const we[] = { "本人", "我哋", "我們", "我同",
	    "我和", "內子", "外子", NULL };
	static const char *const will[] = { "會", "將", NULL };
	static const char *const come[] = { "到校", "回校", "來校", "嚟學校",
	    "返學校", "觀課", "出席", NULL };

	if (!lt->by_parent)
		return 0;
	for (int k = 0; we[k]; k++) {
		long i = find_in(u, we[k], 0, u->len);
		if (i < 0)
			continue;
		size_t at = (size_t)i + strlen(we[k]);
		size_t to = at + 30 < u->len ? at + 30 : u->len;
		long comma = find_in(u, "，", at, u->len);
		if (!any_of(u, will, at, to))
			continue;
		return any_of(u, come, at, comma < 0 ? u->len : (size_t)comma);
	}
	return 0;
}

/*
 * "We have fixed it: Tuesday 21 April, 3:45 p.m., in the SEN room", "the
 * date is now fixed: Thursday 10 December at 3:45 pm, Room 105", "I've
 * set aside 30 minutes on Tuesday at 4:45 pm in the Careers Room": a verb
 * of fixing, a day with its hour, and a room. The noun of the meeting
 * may stand in the parent's quoted point above; the three together fix
 * a sitting. The fixing may come in the next sentence, when that one
 * names no day of its own ("new plan: fri 27/3, 3:50pm, small conf
 * room. the secretary has already booked it"). A day and hour put in
 * the writer's diary, or accepted, need no room: "Noted, 25/3 at 3:45pm
 * is in my diary", "Wed 11th at 4:15 is fine with us".
 */
int
fixed_slot(const struct letter *lt, const struct unit *u)
{
	static const char *const fixed[] = { "fixed", "confirmed", "booked",
	    "reserved", "set aside", "arranged", "set for", "scheduled",
	    NULL };
	static const char *const place[] = { "room", "office", "hall",
	    "library", "staffroom", "staff room", NULL };
	static const char *const in_diary[] = { "in my diary",
	    "in the diary", "in our diary", "in my calendar",
	    "in the calendar", "pencilled in", "penciled in", NULL };
	static const char *const accepted[] = { "is fine", "is good",
	    "is perfect", "suits us", "suits me", "works for us",
	    "works for me", "is ok", "is okay", "works well", NULL };
	int day = 0;

	for (int k = 0; k < u->nspans && !day; k++)
		day = u->spans[k].has_date && !u->spans[k].past;
	if (!day || !unit_has_clock(u))
		return 0;
	if (any_of(u, in_diary, 0, u->len))
		return 1;
	/* "Wed 11th at 4:15 is fine with us": a slot offered, accepted
	 * ("if 4:15 suits you" still asks) */
	long ok = -1;
	for (int k = 0; accepted[k] && ok < 0; k++)
		ok = find_in(u, accepted[k], 0, u->len);
	if (ok >= 0 && find_in(u, "if ", 0, (size_t)ok) < 0)
		return 1;
	if (!any_of(u, place, 0, u->len))
		return 0;
	if (any_of(u, fixed, 0, u->len))
		return 1;
	const struct unit *next = sentence_after(lt, u);
	return next != NULL && any_of(next, fixed, 0, next->len);
}
