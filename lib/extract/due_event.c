/*
 * due_event.c — the day of an event a relation counts from, where the
 * letter dates the event in an earlier sentence: "on the morning of the
 * meeting", "five days before the first paper", "a week after the second
 * of those sessions". The event is a noun of a small class; its day is a
 * date of the nearest preceding sentence naming the noun (or a noun of
 * its kind: a paper is dated by the exams), the ordinal picking among
 * that sentence's dates. A sentence after the promise, or a day gone by
 * (the meeting already held), dates nothing.
 */
#define _GNU_SOURCE		/* memmem */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* Event nouns, each with the nouns that date it, singular. */
static const char *const kin_meeting[] = { "meeting", "review", "conference",
    "call", NULL };
static const char *const kin_paper[] = { "paper", "exam", "examination",
    "test", NULL };
/* "I'll see Leo on Tues 15th and Tues 22nd": sessions dated by the verb */
static const char *const kin_session[] = { "session", "see", "seeing",
    NULL };
static const char *const kin_visit[] = { "visit", NULL };
static const char *const kin_observation[] = { "observation", "observe",
    NULL };
static const char *const kin_assessment[] = { "assessment", "assess",
    NULL };
static const char *const kin_appointment[] = { "appointment", NULL };
/* "the first lesson": dated by the course's start ("will work with him
 * on Tuesdays from 20 July", "classes begin on 3 March") */
static const char *const kin_lesson[] = { "lesson", "class", "session",
    "course", "programme", "tutoring", "teach", "work with", "start",
    "begin", NULL };

static const struct { const char *noun; const char *const *kin; } events[] = {
	{ "meeting", kin_meeting }, { "review", kin_meeting },
	{ "conference", kin_meeting }, { "call", kin_meeting },
	{ "paper", kin_paper }, { "exam", kin_paper },
	{ "examination", kin_paper }, { "test", kin_paper },
	{ "session", kin_session }, { "visit", kin_visit },
	{ "observation", kin_observation },
	{ "assessment", kin_assessment },
	{ "appointment", kin_appointment },
	{ "lesson", kin_lesson },
};

static const struct { const char *w; int nth; } ordinals[] = {
	{ "first ", 1 }, { "second ", 2 }, { "third ", 3 }, { "fourth ", 4 },
	{ "last ", -1 }, { "final ", -1 },
};

/* Skip one of list's words at lc[*i]. */
static int
skip_one(const struct unit *u, size_t *i, const char *const *list)
{
	for (; *list; list++) {
		size_t n = strlen(*list);
		if (*i + n <= u->len && strncmp(u->lc + *i, *list, n) == 0) {
			*i += n;
			return 1;
		}
	}
	return 0;
}

/* The nth (-1: last) future, non-deadline date of unit o, or 0. */
static long
nth_date(const struct unit *o, int nth, long today)
{
	long day = 0;
	int seen = 0;

	for (int s = 0; s < o->nspans; s++) {
		const struct date_span *sp = &o->spans[s];
		if (!sp->has_date || sp->deadline || sp->period || sp->past)
			continue;
		long d = civil_days(&sp->date);
		if (d < today)
			return 0;	/* a sentence looking back */
		day = d;
		if (++seen == nth)
			return day;
	}
	return nth < 0 ? day : (nth <= 1 && seen ? day : 0);
}

/* Does unit o name one of kin as a word, plural too ("sessions")? */
static int
names_kin(const struct unit *o, const char *const *kin)
{
	for (; *kin; kin++) {
		size_t n = strlen(*kin);
		const char *p = o->lc, *end = o->lc + o->len;
		while ((p = memmem(p, (size_t)(end - p), *kin, n)) != NULL) {
			const char *q = p + n;
			if (q < end && *q == 's')
				q++;
			if ((p == o->lc || !isalpha((unsigned char)p[-1])) &&
			    (q == end || !isalpha((unsigned char)*q)))
				return 1;
			p++;
		}
	}
	return 0;
}

/* The day of the nearest sentence before u that names the kin and
 * dates it, or 0. */
static long
preceding_day(const struct letter *lt, const struct unit *u,
    const char *const *kin, int nth)
{
	long today = civil_days(lt->ref);
	if (u < lt->units || u >= lt->units + lt->nunits)
		return 0;
	for (const struct unit *o = u; o-- > lt->units; ) {
		if (!names_kin(o, kin))
			continue;
		long day = nth_date(o, nth, today);
		if (day)
			return day;
	}
	return 0;
}

/*
 * The day of the event named at lc[i] ("the meeting", "the first paper",
 * "the second of those sessions", "her last observation"), dated by an
 * earlier sentence; 0 when the words name no event of the class or no
 * earlier sentence dates it.
 */
long
preceding_event_day(const struct letter *lt, const struct unit *u, size_t i)
{
	static const char *const links[] = { "of ", "after ", "following ",
	    "before ", "prior to ", NULL };
	static const char *const dets[] = { "the ", "her ", "his ", "our ",
	    "your ", "my ", "their ", "that ", "this ", NULL };
	static const char *const ofs[] = { "of those ", "of these ",
	    "of the ", "of her ", "of his ", "of our ", NULL };
	int nth = 1, ord = 0;

	while (i < u->len && u->lc[i] == ' ')
		i++;
	skip_one(u, &i, links);
	if (!skip_one(u, &i, dets))
		return 0;
	for (size_t k = 0; k < sizeof(ordinals) / sizeof(ordinals[0]); k++)
		if (strncmp(u->lc + i, ordinals[k].w, strlen(ordinals[k].w)) == 0) {
			i += strlen(ordinals[k].w);
			nth = ordinals[k].nth;
			ord = 1;
			break;
		}
	if (ord)
		skip_one(u, &i, ofs);
	/* one modifier at most: "the feedback session", "the first paper" */
	for (int w = 0; w < 2; w++) {
		size_t e = i;
		while (e < u->len && isalpha((unsigned char)u->lc[e]))
			e++;
		size_t n = e - i;
		if (n > 1 && u->lc[e - 1] == 's')
			n--;
		for (size_t k = 0; k < sizeof(events) / sizeof(events[0]); k++)
			if (strlen(events[k].noun) == n &&
			    strncmp(u->lc + i, events[k].noun, n) == 0)
				return preceding_day(lt, u, events[k].kin, nth);
		if (e >= u->len || u->lc[e] != ' ')
			return 0;
		i = e + 1;
	}
	return 0;
}

/* Do the words end with a Chinese event noun (評估, 評估之)? */
int
zh_event_noun(const char *words)
{
	size_t w = strlen(words);

	if (w >= 3 && strcmp(words + w - 3, "之") == 0)
		w -= 3;
	for (int k = 0; zh_events[k]; k++) {
		size_t n = strlen(zh_events[k]);
		if (w >= n && strncmp(words + w - n, zh_events[k], n) == 0)
			return 1;
	}
	return 0;
}

/* The words an earlier sentence dates a Chinese event by: 觀課 (a lesson
 * observed) by 觀察 as well (葉先生將於1月28日到校，觀察卓謙上課), a
 * visit by 到校; NULL for an event dated by its own noun alone. */
static const char *const *
zh_kin(const char *event)
{
	static const char *const observe[] = { "觀課", "觀察", NULL };
	static const char *const visit[] = { "訪校", "探訪", "到校", NULL };
	static const struct { const char *ev; const char *const *kin; } t[] = {
		{ "觀課", observe }, { "觀察", observe },
		{ "訪校", visit }, { "探訪", visit },
	};

	for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++)
		if (strcmp(event, t[k].ev) == 0)
			return t[k].kin;
	return NULL;
}

/* 觀察後兩星期內, 會議前三日: the Chinese event the words end with, dated
 * by an earlier sentence; 0 when none. */
long
preceding_zh_event_day(const struct letter *lt, const struct unit *u,
    const char *words)
{
	size_t w = strlen(words);

	/* 評估之後: the event before 之 */
	if (w >= 3 && strcmp(words + w - 3, "之") == 0)
		w -= 3;
	/* 考試開始前三天: the event is the exam, dated where it starts */
	if (w >= 6 && (strncmp(words + w - 6, "開始", 6) == 0 ||
	    strncmp(words + w - 6, "舉行", 6) == 0))
		w -= 6;

	for (int k = 0; zh_events[k]; k++) {
		size_t n = strlen(zh_events[k]);
		if (w >= n && strncmp(words + w - n, zh_events[k], n) == 0) {
			const char *const own[] = { zh_events[k], NULL };
			const char *const *kin = zh_kin(zh_events[k]);
			return preceding_day(lt, u, kin ? kin : own, 1);
		}
	}
	return 0;
}

/*
 * 本次會議後一星期內, 是次會議後, 會後十天內: "this meeting" in minutes
 * (or the bare meeting, when no meeting is to come) is the one the
 * letter reports, held already, so its day is a past date
 * of the nearest earlier sentence naming a meeting (出席…二月二十七日的
 * 檢討會議), not the letter's next meeting. 0 when none is so dated.
 */
long
this_meeting_day(const struct letter *lt, const struct unit *u,
    const char *words)
{
	static const char *const this[] = { "本次", "是次", "今次", "這次",
	    "此次", NULL };
	long today = civil_days(lt->ref);
	/* 會後, or 會議後 in a letter fixing no meeting to come */
	int named = strcmp(words, "會") == 0 || (!lt->meeting_day &&
	    find_word_class(words, meeting_nouns) &&
	    strlen(words) <= 6);

	for (int k = 0; this[k] && !named; k++)
		named = strncmp(words, this[k], strlen(this[k])) == 0 &&
		    find_word_class(words, meeting_nouns);
	if (!named || u < lt->units || u >= lt->units + lt->nunits)
		return 0;
	for (const struct unit *o = u; o-- > lt->units; ) {
		if (!any_of(o, meeting_nouns, 0, o->len))
			continue;
		for (int s = 0; s < o->nspans; s++) {
			const struct date_span *sp = &o->spans[s];
			if (!sp->has_date || sp->deadline || sp->period)
				continue;
			long d = civil_days(&sp->date);
			if (d < today)
				return d;
		}
	}
	return 0;
}

/* "the following Tuesday", "the next Friday": the weekday (0 = Monday)
 * and the phrase's end, or -1. */
static int
following_weekday(const struct unit *u, size_t a, size_t b, long *at,
    size_t *end)
{
	static const char *const lead[] = { "the following ", "the next ",
	    NULL };
	static const char *const wd[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday", NULL };
	for (int k = 0; lead[k]; k++) {
		long i = find_in(u, lead[k], a, b);
		if (i < 0)
			continue;
		size_t w0 = (size_t)i + strlen(lead[k]);
		for (int d = 0; wd[d]; d++) {
			size_t n = strlen(wd[d]);
			if (w0 + n <= u->len &&
			    strncmp(u->lc + w0, wd[d], n) == 0 &&
			    (w0 + n == u->len || !isalpha((unsigned char)
			    u->lc[w0 + n]))) {
				*at = i;
				*end = w0 + n;
				return d;
			}
		}
	}
	return -1;
}

/*
 * "The panel meets on 10 March, and I'll pass the outcome on to you the
 * following day": a day counted from the event the sentence dates before
 * it. The due is that date's next day ("the following Tuesday": the
 * first Tuesday after it); 0 when the words are not there, no date comes
 * before them, or a date follows them ("the next day, 11 March"; "the
 * day after the review" is dated by its event, due.c).
 */
long
day_after_dated(const struct letter *lt, const struct unit *u, size_t a,
    size_t b)
{
	static const char *const next[] = { "the following day",
	    "the next day", "the day after", "the following morning",
	    "the next morning", NULL };
	long today = civil_days(lt->ref);
	long i = -1, day = 0;
	size_t wend = 0;
	int wd = following_weekday(u, a, b, &i, &wend);

	for (int k = 0; next[k] && i < 0; k++) {
		i = find_in(u, next[k], a, b);
		size_t e = i < 0 ? 0 : (size_t)i + strlen(next[k]);
		if (i >= 0 && e + 1 < u->len && u->lc[e] == ' ' &&
		    isalpha((unsigned char)u->lc[e + 1]) &&
		    strncmp(u->lc + e + 1, "to ", 3) != 0)
			i = -1;
	}
	if (i < 0)
		return 0;
	/* the date may sit in the clause before ("the committee meets on
	 * 22 September, and I'll write the following day") */
	size_t at = u->map[i] - u->start;
	size_t wday_end = wd < 0 ? at : u->map[wend] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;
	for (int k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		long d = sp->has_date ? civil_days(&sp->date) : 0;
		if (sp->start >= at && sp->start < wday_end)
			continue;	/* the weekday itself */
		if (sp->start >= at && sp->start < ob && (sp->has_date ||
		    sp->is_time))
			return 0;
		if (sp->start < at && d >= today && !sp->period &&
		    !sp->vague && !sp->past)
			day = d;
	}
	if (!day)
		return 0;
	if (wd < 0)
		return day + 1;
	return day + 1 + (wd - days_weekday(day + 1) + 7) % 7;
}
