/*
 * due.c — the due of a commitment: the deadline dates_pick() chooses
 * among the clause's date spans, with what only the whole letter knows:
 * a period or an offset counted from an event the letter dates elsewhere
 * ("within a week of the meeting", "two days before the review",
 * 覆檢後兩星期內; vague when the letter does not date the event), and a
 * clause that points at the letter's meeting ("the day before", "before
 * then").
 */
#define _GNU_SOURCE		/* strcasestr */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "extract/extract_int.h"

/* The first day a sentence holding the words gives (no deadline, no
 * period, not past), or 0. */
static long
dated_with(const struct letter *lt, const char *words)
{
	for (size_t k = 0; k < lt->nunits; k++) {
		const struct unit *o = &lt->units[k];
		if (find_in(o, words, 0, o->len) < 0)
			continue;
		for (int s = 0; s < o->nspans; s++)
			if (o->spans[s].has_date && !o->spans[s].deadline &&
			    !o->spans[s].period && !o->spans[s].past)
				return civil_days(&o->spans[s].date);
	}
	return 0;
}

/* The day of the letter's meeting the words name ("the review": the
 * meeting whose sentence says review, not a call fixed before it), or
 * the letter's first meeting. */
static long
meeting_named(const struct letter *lt, const char *words)
{
	const char *head = strrchr(words, ' ');
	head = head ? head + 1 : words;
	for (size_t k = 0; k < lt->ex->nmeetings; k++) {
		const struct ex_meeting *m = &lt->ex->meetings[k];
		struct civil d;
		if (strcasestr(m->quote, head) == NULL ||
		    civil_parse(m->date, &d) != 0)
			continue;
		return civil_days(&d);
	}
	return lt->meeting_day;
}

/*
 * "within a week of the visit", "ahead of my visit", "before our next
 * session": the letter dates the event by its verb, not its noun ("I
 * shall observe Mei on Friday 21 May", "I will see Joshua again on
 * Tuesday 18 May"). The noun's last word picks the verbs; a noun in
 * -ing or -ment is also dated by its stem ("the screening": "screen").
 */
static long
dated_by_verb(const struct letter *lt, const char *words)
{
	static const char *const visit[] = { "visit ", "visiting ",
	    "observe ", "observing ", "come in", "come to ", "coming in",
	    "coming to ", NULL };
	static const char *const observe[] = { "observe ", "observing ",
	    NULL };
	static const char *const assess[] = { "assess ", "assessing ",
	    NULL };
	static const char *const see[] = { "see ", "seeing ",
	    "work with ", "working with ", NULL };
	static const struct { const char *noun; const char *const *verbs; }
	    by_noun[] = { { "visit", visit }, { "observation", observe },
		{ "assessment", assess }, { "session", see } };
	const char *head = strrchr(words, ' ');
	head = head ? head + 1 : words;
	size_t hl = strlen(head);
	if (hl > 1 && head[hl - 1] == 's')
		hl--;
	for (size_t n = 0; n < sizeof(by_noun) / sizeof(by_noun[0]); n++) {
		if (strlen(by_noun[n].noun) != hl ||
		    strncmp(head, by_noun[n].noun, hl) != 0)
			continue;
		for (int v = 0; by_noun[n].verbs[v]; v++) {
			long day = dated_with(lt, by_noun[n].verbs[v]);
			if (day)
				return day;
		}
	}
	/* a noun made from its verb: "the screening" is dated by "will
	 * screen Kai-lok on 27/11", "the reassessment" by "reassess" */
	static const char *const suffixes[] = { "ing", "ment", NULL };
	for (int k = 0; suffixes[k]; k++) {
		size_t sl = strlen(suffixes[k]);
		char verb[40];
		if (hl < sl + 4 || hl - sl + 2 > sizeof(verb) ||
		    strncmp(head + hl - sl, suffixes[k], sl) != 0)
			continue;
		snprintf(verb, sizeof(verb), "%.*s ", (int)(hl - sl), head);
		long day = dated_with(lt, verb);
		if (day)
			return day;
	}
	return 0;
}

/* The day of an event the letter dates somewhere: a sentence holding the
 * event's words and a date that is no deadline. "the first session" is
 * also the first day of a sentence on the sessions ("I will start her
 * sessions on Tuesday the 16th"); "the second session" is not read so.
 * 0 when none. */
static long
event_day(const struct letter *lt, const char *words)
{
	/* "within two weeks of the call": the call the letter fixes, not
	 * the one "thank you for your call on Tuesday" looks back on */
	static const char *const meeting_words[] = { "call", "review",
	    "conference", "consultation", "appointment", NULL };
	/* "two days before we meet": the meeting named by its verb */
	static const char *const we_meet[] = { "we meet", "we next", "we see",
	    "we speak", "we talk", "i see you", "i meet", NULL };
	for (int k = 0; we_meet[k] && lt->meeting_day; k++)
		if (strncmp(words, we_meet[k], strlen(we_meet[k])) == 0)
			return lt->meeting_day;
	if ((find_word_class(words, meeting_nouns) ||
	    find_word_class(words, meeting_words)) && lt->meeting_day)
		return meeting_named(lt, words);
	long day = dated_with(lt, words);
	if (day == 0)
		day = dated_by_verb(lt, words);
	if (day == 0 && strncmp(words, "first ", 6) == 0 &&
	    strlen(words) < 60) {
		char plural[64];
		snprintf(plural, sizeof(plural), "%ss", words + 6);
		day = dated_with(lt, words + 6);
		if (day == 0)
			day = dated_with(lt, plural);
	}
	return day;
}

/*
 * The words naming the event a span counts from, lower case, into
 * words[64]: after the span in English ("two days before the review",
 * "within a week of the meeting"), before it in Chinese (面談前三天,
 * 覆檢後兩星期內). 0 when the span counts from no event.
 */
static int
event_words(const struct unit *u, const struct date_span *sp, char *words,
    size_t size)
{
	static const char *const links[] = { "of ", "after ", "following ",
	    NULL };
	static const char *const dets[] = { "the ", "her ", "his ", "our ",
	    "its ", "their ", "your ", "my ", "that ", "this ", NULL };
	size_t e = lc_at(u, sp->end), w, s = lc_at(u, sp->start);
	int linked = sp->rel_pending;

	/* "two days prior to the review" */
	if (linked && e >= 5 && strncmp(u->lc + e - 5, "prior", 5) == 0 &&
	    strncmp(u->lc + e, " to ", 4) == 0)
		e += 3;
	while (e < u->len && u->lc[e] == ' ')
		e++;
	for (int k = 0; links[k]; k++)
		if (strncmp(u->lc + e, links[k], strlen(links[k])) == 0) {
			e += strlen(links[k]);
			linked = 1;
		}
	/* (an English event after an English span only: 前三日send俾你
	 * names its event before the span) */
	if (linked && e < u->len && isalpha((unsigned char)u->lc[e]) &&
	    (unsigned char)u->lc[s] < 0x80) {
		for (int k = 0; dets[k]; k++)
			if (strncmp(u->lc + e, dets[k], strlen(dets[k])) == 0)
				e += strlen(dets[k]);
		/* up to two words, to the first punctuation */
		w = e;
		for (int n = 0; n < 2 && w < u->len; n++) {
			while (w < u->len && (isalnum((unsigned char)u->lc[w]) ||
			    u->lc[w] == '-' || u->lc[w] == '\''))
				w++;
			if (n == 0 && w + 1 < u->len && u->lc[w] == ' ' &&
			    isalpha((unsigned char)u->lc[w + 1]))
				w++;
			else
				break;
		}
		while (w > e && (u->lc[w - 1] == ' ' || u->lc[w - 1] == '\''))
			w--;
		if (w == e || w - e >= size)
			return 0;
		/* "a fortnight from today": the letter's own day after all */
		if (!strncmp(u->lc + e, "today", 5) || !strncmp(u->lc + e, "now", 3))
			return 0;
		memcpy(words, u->lc + e, w - e);
		words[w - e] = '\0';
		return 1;
	}
	/* Chinese: the event stands before 後/前 (in the span or just
	 * before it), back to 於/在/喺 or a punctuation mark */
	if (s >= 3 && (strncmp(u->lc + s - 3, "後", 3) == 0 ||
	    strncmp(u->lc + s - 3, "前", 3) == 0))
		s -= 3;
	else if ((strncmp(u->lc + s, "後", 3) == 0 ||
	    strncmp(u->lc + s, "前", 3) == 0) && sp->rel_pending)
		;
	else {
		/* 每期小組完結後，導師會於一個月內…: the sentence opens
		 * with the event the period counts from */
		long c = find_in(u, "後，", 0, s);
		/* only a span counted from it (一個月內), not a month
		 * of the calendar (評估完成後，報告將於三月底前發出) */
		if (c < 0 || !sp->period ||
		    find_in(u, "內", s, lc_at(u, sp->end) + 3) < 0)
			return 0;
		s = (size_t)c;
	}
	size_t b = s, a = s;
	/* 喺meeting前三日: Cantonese names the event in English */
	while (a >= 1 && b - a < 12 && isalpha((unsigned char)u->lc[a - 1]))
		a--;
	if (a == b)
		while (a >= 3 && b - a < 12 &&
		    (unsigned char)u->lc[a - 3] >= 0xE4 &&
		    (unsigned char)u->lc[a - 3] <= 0xE9 &&
		    strncmp(u->lc + a - 3, "於", 3) != 0 &&
		    strncmp(u->lc + a - 3, "在", 3) != 0 &&
		    strncmp(u->lc + a - 3, "喺", 3) != 0)
			a -= 3;
	if (a == b || b - a >= size)
		return 0;
	memcpy(words, u->lc + a, b - a);
	words[b - a] = '\0';
	return 1;
}

/* Do the words open with an ordinal other than "first"? */
static int
is_ordinal(const char *words)
{
	static const char *const ords[] = { "second ", "third ", "fourth ",
	    "last ", "final ", NULL };
	for (int k = 0; ords[k]; k++)
		if (strncmp(words, ords[k], strlen(ords[k])) == 0)
			return 1;
	return 0;
}

/* "on the morning of the meeting", "the evening of the call": the day
 * of an event an earlier sentence dates, or 0. */
static long
part_of_event_day(const struct letter *lt, const struct unit *u, size_t a,
    size_t b)
{
	static const char *const parts[] = { "the morning of ",
	    "the afternoon of ", "the evening of ", "the day of ", NULL };
	for (int k = 0; parts[k]; k++) {
		long i = find_in(u, parts[k], a, b);
		if (i >= 0)
			return preceding_event_day(lt, u, (size_t)i +
			    strlen(parts[k]));
	}
	return 0;
}

/* Does the span's event name the letter itself: "within 30 days of
 * this acknowledgement", "of receipt of this letter", 本函發出後? */
static int
names_this_letter(const struct unit *u, const struct date_span *sp)
{
	static const char *const links[] = { "of receipt of this ",
	    "of the date of this ", "from the date of this ", "of this ",
	    "from this ", "after this ", "following this ", NULL };
	static const char *const self[] = { "letter", "email", "e-mail",
	    "acknowledgement", "acknowledgment", "notice", "reply",
	    "message", "notification", NULL };
	static const char *const zh_self[] = { "本函", "本信", "此函", "此信",
	    "本通知", NULL };
	size_t e = lc_at(u, sp->end), s0 = lc_at(u, sp->start);

	/* 本函發出後十個工作天內: the letter before the span */
	for (int k = 0; zh_self[k]; k++) {
		long i = find_in(u, zh_self[k], s0 > 24 ? s0 - 24 : 0, s0);
		if (i >= 0)
			return 1;
	}
	while (e < u->len && u->lc[e] == ' ')
		e++;
	for (int k = 0; links[k]; k++) {
		size_t n = strlen(links[k]);
		if (strncmp(u->lc + e, links[k], n) != 0)
			continue;
		for (int j = 0; self[j]; j++)
			if (strncmp(u->lc + e + n, self[j], strlen(self[j])) == 0)
				return 1;
		return 0;
	}
	return 0;
}

/*
 * "within a week of the meeting", "within 6-8 weeks after the second
 * session", "two days before the review", 覆檢後兩星期內: a span counted
 * from an event, not from the letter's day. With the event dated
 * elsewhere in the letter (a meeting: the letter's first meeting) the
 * due is the event's day plus the span; otherwise (an event still to
 * come: "of receiving the report") the commitment is kept, vague, with
 * no due.
 */
static void
span_from_event(const struct letter *lt, const struct unit *u,
    struct date_span *sp)
{
	char words[64];
	long from = 0, today = civil_days(lt->ref);

	if (!(sp->period && sp->has_date) && !sp->rel_pending)
		return;
	if (!event_words(u, sp, words, sizeof(words))) {
		if (sp->rel_pending && lt->meeting_day) {
			/* "three days before" with no words: the meeting */
			days_to_civil(lt->meeting_day + sp->rel_days, &sp->date);
			sp->has_date = sp->deadline = 1;
			sp->rel_pending = 0;
		}
		return;
	}
	/* 由3月9日起，默書前一天…: after a start date the event recurs,
	 * so the day before each is no due; the start is */
	for (int k = 0; k < u->nspans && sp->rel_pending; k++)
		if (u->spans[k].start_word && u->spans[k].has_date &&
		    !u->spans[k].past) {
			sp->rel_pending = 0;
			return;
		}
	/* an event that is an action still to come ("of receiving it":
	 * a participle with its object) has no day */
	const char *sp1 = strchr(words, ' ');
	/* "within 30 days of this acknowledgement", 本函發出後十個工作天內:
	 * the letter's own day */
	if (names_this_letter(u, sp))
		from = today;
	/* "the second of those sessions", "the last observation": the
	 * ordinal picks among the dates of the sentence naming them */
	else if (is_ordinal(words))
		from = preceding_event_day(lt, u, lc_at(u, sp->end));
	/* 觀察後兩星期內: the observation an earlier sentence dates, never
	 * one a later sentence fixes */
	/* (a meeting: the letter's meeting, wherever it is dated) */
	int zh = (unsigned char)words[0] >= 0x80 &&
	    !(lt->meeting_day && find_word_class(words, meeting_nouns));
	if (from == 0 && (unsigned char)words[0] >= 0x80)
		from = this_meeting_day(lt, u, words);
	if (zh && from == 0)
		from = preceding_zh_event_day(lt, u, words);
	if (from == 0 && !(zh && zh_event_noun(words)) && !(sp1 &&
	    sp1 - words > 3 &&
	    strncmp(sp1 - 3, "ing", 3) == 0))
		from = event_day(lt, words);
	if (from == 0 && !zh)
		from = preceding_event_day(lt, u, lc_at(u, sp->end));
	if (from == 0) {
		sp->has_date = 0;
		sp->vague = 1;
		sp->rel_pending = 0;
		return;
	}
	if (sp->rel_pending) {
		days_to_civil(from + sp->rel_days, &sp->date);
		sp->has_date = sp->deadline = 1;
		sp->rel_pending = 0;
		return;
	}
	days_to_civil(from + (civil_days(&sp->date) - today), &sp->date);
}

/*
 * 覆診前一天, 評估後一日, "the day before the review": a span counted
 * from an event the letter dates elsewhere, resolved for meetings.c
 * (which runs before due_in()): the day into *d, or 0 when the span
 * counts from no named, dated event.
 */
int
event_counted_day(const struct letter *lt, const struct unit *u,
    const struct date_span *sp, struct civil *d)
{
	struct date_span t = *sp;
	char words[64];

	if (!sp->rel_pending || !event_words(u, &t, words, sizeof(words)))
		return 0;
	span_from_event(lt, u, &t);
	if (!t.has_date || t.rel_pending)
		return 0;
	*d = t.date;
	return 1;
}

/* The day of the event named by the words at lc[i] ("the briefing",
 * "her assessment"), or 0. */
static long
named_event_day(const struct letter *lt, const struct unit *u, size_t i,
    size_t b)
{
	static const char *const dets[] = { "the ", "her ", "his ", "our ",
	    "your ", "their ", NULL };
	char words[32];
	size_t e;

	while (i < b && u->lc[i] == ' ')
		i++;
	for (int k = 0; dets[k]; k++)
		if (strncmp(u->lc + i, dets[k], strlen(dets[k])) == 0) {
			i += strlen(dets[k]);
			break;
		}
	for (e = i; e < b && isalpha((unsigned char)u->lc[e]); e++)
		;
	if (e == i || e - i >= sizeof(words))
		return 0;
	memcpy(words, u->lc + i, e - i);
	words[e - i] = '\0';
	return event_day(lt, words);
}

/* Is the n bytes at s one word of list? */
static int
is_word_of(const char *s, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && strncmp(s, *list, n) == 0)
			return 1;
	return 0;
}

/*
 * "Before the first session I'll ring his teacher", "ahead of my visit",
 * "prior to the review", "in time for our next meeting": a deadline word
 * before an event the letter dates elsewhere. The due is the event's
 * day (SPEC: "before 10 April" is 10 April); 0 when the words name no
 * event of the class or the letter does not date it.
 */
static long
before_event(const struct letter *lt, const struct unit *u, size_t a,
    size_t b)
{
	static const char *const before[] = { "before ", "ahead of ",
	    "prior to ", "in time for ", NULL };
	static const char *const dets[] = { "the ", "my ", "our ", "your ",
	    "her ", "his ", "their ", "that ", "this ", NULL };
	static const char *const events[] = { "meeting", "review",
	    "session", "visit", "observation", "assessment", "conference",
	    "appointment", "consultation", "interview", "call", NULL };
	char words[40];

	/* 覆診前, 評估之前: an event noun of the class, then 前 */
	for (int k = 0; zh_events[k]; k++)
		for (long i = find_in(u, zh_events[k], a, b); i >= 0;
		    i = find_in(u, zh_events[k], (size_t)i + 1, b)) {
			size_t e = (size_t)i + strlen(zh_events[k]);
			if (strncmp(u->lc + e, "前", 3) != 0 &&
			    strncmp(u->lc + e, "之前", 6) != 0)
				continue;
			long day = event_day(lt, zh_events[k]);
			if (day >= civil_days(lt->ref))
				return day;
		}
	for (int k = 0; before[k]; k++) {
		long i = find_in(u, before[k], a, b);
		if (i < 0)
			continue;
		size_t p = (size_t)i + strlen(before[k]), d, e;
		for (d = 0; dets[d]; d++)
			if (strncmp(u->lc + p, dets[d], strlen(dets[d])) == 0)
				break;
		if (dets[d] == NULL)
			continue;
		p += strlen(dets[d]);
		if (strncmp(u->lc + p, "next ", 5) == 0)
			p += 5;
		/* one or two words, the event last: "the review", "the
		 * feedback session", "the first session" */
		for (e = p; e < b && isalpha((unsigned char)u->lc[e]); e++)
			;
		if (!is_word_of(u->lc + p, e - p, events)) {
			size_t f = e + 1;
			while (f < b && isalpha((unsigned char)u->lc[f]))
				f++;
			if (e >= b || u->lc[e] != ' ' ||
			    !is_word_of(u->lc + e + 1, f - e - 1, events))
				continue;
			e = f;
		}
		if (e == p || e - p >= sizeof(words))
			continue;
		memcpy(words, u->lc + p, e - p);
		words[e - p] = '\0';
		long day = event_day(lt, words);
		/* "the day before the call": the eve of the event */
		static const char *const eve[] = { "the day ", "a day ",
		    "the evening ", "the night ", NULL };
		for (int v = 0; eve[v] && day; v++) {
			size_t n = strlen(eve[v]);
			if ((size_t)i >= n && (size_t)i - n >= a &&
			    strncmp(u->lc + i - n, eve[v], n) == 0) {
				day--;
				break;
			}
		}
		if (day >= civil_days(lt->ref))
			return day;
	}
	return 0;
}

/* due = the day (days since the epoch) as YYYY-MM-DD; 1, to be returned
 * by the readers below that found it. */
static int
due_of_day(long day, char due[11])
{
	struct civil d;

	days_to_civil(day, &d);
	civil_format(&d, due);
	return 1;
}

/* The day of the last dated span that ends before lc[at] (not past, not
 * a deadline or a period: a day something happens), or 0. */
static long
day_named_before(const struct unit *u, size_t at)
{
	long day = 0;

	for (int k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		if (!sp->has_date || sp->past || sp->vague || sp->deadline ||
		    sp->period || sp->rel_pending || lc_at(u, sp->end) > at)
			continue;
		day = civil_days(&sp->date);
	}
	return day;
}

/*
 * "I'll send you the link the day before", "Before then I'll pull
 * together samples", "I'll bring his books to that meeting", 面談前一天:
 * a clause with no date of its own that points at the letter's meeting.
 * Its due is the meeting's day, moved by the day the words name.
 */
static int
meeting_anaphor(const struct letter *lt, const struct unit *u, size_t a,
    size_t b, char due[11])
{
	/* back: "then", 到時 point at a time already named (not "the day
	 * before", which counts from an event) */
	static const struct { const char *w; int days, back; } refs[] = {
		{ "the day before", -1, 0 }, { "the day after", 1, 0 },
		{ "before then", 0, 1 }, { "by then", 0, 1 },
		{ "前一天", -1, 0 }, { "前一日", -1, 0 }, { "到時", 0, 1 },
		{ "to that meeting", 0, 0 }, { "at that meeting", 0, 0 },
		{ "to the meeting", 0, 0 }, { "for the meeting", 0, 0 },
		{ "for that meeting", 0, 0 },
	};

	if (lt->meeting_day && zh_before_meeting(u, a, b))
		return due_of_day(lt->meeting_day, due);
	long ev = before_event(lt, u, a, b);
	if (ev)
		return due_of_day(ev, due);
	for (size_t k = 0; k < sizeof(refs) / sizeof(refs[0]); k++) {
		long i = find_in(u, refs[k].w, a, b);
		if (i < 0)
			continue;
		/* "可以喺5月15號重做，到時我會陪住佢": "then" is the day the
		 * sentence named before it, before any meeting of the
		 * letter's */
		long day = refs[k].back ? day_named_before(u, (size_t)i) : 0;
		if (day)
			return due_of_day(day, due);
		/* "the day before the briefing": the event named, where
		 * the letter dates it; else the letter's meeting */
		day = named_event_day(lt, u, (size_t)i +
		    strlen(refs[k].w), b);
		if (day == 0)
			day = lt->meeting_day;
		if (day == 0)
			return 0;
		return due_of_day(day + refs[k].days, due);
	}
	return 0;
}

/* Is the span a date the writer gives as the reckoning of another: after
 * 即 or "i.e."/"that is" (at most a "by" or 於 between)? */
static int
restated(const struct unit *u, const struct date_span *sp)
{
	static const char *const ie[] = { "即", "即於", "即是", "i.e.",
	    "i.e. by", "ie", "that is,", "that is, by", "that is", NULL };
	size_t s0 = lc_at(u, sp->start);

	while (s0 > 0 && u->lc[s0 - 1] == ' ')
		s0--;
	for (int k = 0; ie[k]; k++) {
		size_t n = strlen(ie[k]);
		if (s0 >= n && strncmp(u->lc + s0 - n, ie[k], n) == 0 &&
		    (s0 == n || (unsigned char)ie[k][0] >= 0x80 ||
		    !isalpha((unsigned char)u->lc[s0 - n - 1])))
			return 1;
	}
	return 0;
}

int
due_in(const struct letter *lt, const struct unit *u, size_t a, size_t b,
    char due[11], char tm[6])
{
	struct date_span sub[DATE_SPAN_MAX];
	int n = 0, pick;
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;

	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].start >= oa && u->spans[k].start < ob)
			sub[n++] = u->spans[k];
	due[0] = tm[0] = '\0';
	long today = civil_days(lt->ref);
	for (int k = 0; k < n; k++) {
		span_from_event(lt, u, &sub[k]);
		/* "following our call on 5 March, Ms Ho will ...": a day
		 * before the letter's own is where the promise came from,
		 * never its due */
		if (sub[k].has_date && civil_days(&sub[k].date) < today)
			sub[k].has_date = 0;
		/* 整理今日會議紀錄: the meeting's day, not the due */
		if (sub[k].has_date && zh_date_names_event(u,
		    lc_at(u, sub[k].start), lc_at(u, sub[k].end)))
			sub[k].has_date = 0;
	}
	/* 於6月8日至12日期間進行評估: work over a range of days is due at
	 * its end (SPEC.md: the latest date), unless its start is one
	 * (由6月8日至12日, "from 8 June") */
	for (int k = 1; k < n; k++)
		if (sub[k].is_range_end && sub[k].has_date &&
		    sub[k - 1].has_date && !sub[k - 1].is_time &&
		    !sub[k - 1].start_word)
			sub[k].is_range_end = 0;
	/* "within two weeks of the last session (i.e. by 7 September)",
	 * 兩星期內（即9月7日或之前）: the writer's own reckoning wins */
	for (int k = 0; k < n; k++)
		if (sub[k].has_date && !sub[k].past && restated(u, &sub[k])) {
			civil_format(&sub[k].date, due);
			return 1;
		}
	/* "meets on 10 March, and I'll write the following day" */
	long after = day_after_dated(lt, u, a, b);
	if (after)
		return due_of_day(after, due);
	pick = dates_pick(sub, n, tm);
	if (pick < 0) {
		long part = part_of_event_day(lt, u, a, b);
		if (part)
			return due_of_day(part, due);
		return meeting_anaphor(lt, u, a, b, due);
	}
	civil_format(&sub[pick].date, due);
	return 1;
}

static int
vague_span(const struct unit *u, const struct date_span *sp)
{
	(void)u;
	return sp->vague;
}

int
has_vague_period(const struct unit *u, size_t a, size_t b)
{
	return spans_in(u, a, b, vague_span) > 0;
}

static int
dated_span(const struct unit *u, const struct date_span *sp)
{
	(void)u;
	return sp->has_date && !sp->past;
}

/*
 * The due of a promise whose marker is at [ms, me), in the clause [a, b)
 * whose own part starts at from. In Chinese the marker's own clause is
 * asked first: 學校下月有小組，我會在兩星期內寄給您 is due in two weeks,
 * not next month (in English "From 31 May, Mr Ko will ..." dates the
 * promise itself). "look into whether he can join on Tuesdays": a date
 * inside the question is the question's, not the promise's.
 */
void
clause_due(const struct letter *lt, const struct unit *u, size_t a,
    size_t b, size_t from, size_t ms, size_t me, char due[11], char tm[6])
{
	int zh = (unsigned char)u->lc[ms] >= 0x80;
	long wh = zh ? -1 : find_in(u, " whether ", me, b);

	if (wh >= 0) {
		/* the question runs to its comma or its "and": "check
		 * whether X can be used, and let you know by 1 February" */
		long c = find_in(u, ",", (size_t)wh, b);
		long n = find_in(u, " and ", (size_t)wh, b);
		size_t qe = c >= 0 && (n < 0 || c < n) ? (size_t)c :
		    n >= 0 ? (size_t)n : b;
		if (!due_in(lt, u, a, (size_t)wh, due, tm) && qe < b)
			due_in(lt, u, qe, b, due, tm);
		return;
	}
	/* "The review is likely to be in late October, and you will
	 * confirm the date once the timetable is out": the other clause's
	 * day is not this promise's, unless this one points back to it
	 * ("..., and I will bring it to that meeting") */
	static const char *const back[] = { "that meeting", "that day",
	    "then", "that point", "that time", "the same day", NULL };
	if (!zh && (from = coordinate_start(u, a, ms)) > a &&
	    !any_of(u, back, from, b)) {
		if (spans_in(u, from, b, dated_span) == 0) {
			due_in(lt, u, from, b, due, tm);
			return;
		}
		if (due_in(lt, u, from, b, due, tm))
			return;
	}
	if (!zh || from <= a || !due_in(lt, u, from, b, due, tm))
		due_in(lt, u, a, b, due, tm);
}

/* "within 3 school days", "in two weeks", 五個工作天內: a period that
 * ends a span of time from now is a due as much as "by Friday" is
 * ("during next week" and "from Monday" are not). */
static int
span_is_within(const struct unit *u, const struct date_span *sp)
{
	size_t i = span_lc(u, sp);

	return strncmp(u->lc + i, "within ", 7) == 0 ||
	    strncmp(u->lc + i, "in ", 3) == 0;
}

/* A date to come that can be a due: a day, a deadline, or a span that
 * ends from now ("within two weeks"), not a period to work in. */
static int
due_span(const struct unit *u, const struct date_span *sp)
{
	return sp->has_date && !sp->past && (!sp->period || sp->deadline ||
	    span_is_within(u, sp) || zh_within(u, sp));
}

int
span_count_in(const struct unit *u, size_t a, size_t b)
{
	return spans_in(u, a, b, due_span);
}

/* A period to come (this week, next month) starting in lc [a, b), when
 * the clause is done in it ("a reading list for next month" only names
 * what the list is for; "writing it up over the next fortnight" is the
 * work's span, its deadline elsewhere). */
static int
period_done_in(const struct unit *u, const struct date_span *sp)
{
	static const char *const of[] = { "for ", "of ", "over ", "during ",
	    "throughout ", "over the ", "during the ", "throughout the ",
	    NULL };

	if (!sp->has_date || sp->past || !sp->period)
		return 0;
	size_t i = span_lc(u, sp);
	for (int w = 0; of[w]; w++)	/* the span may hold its "over" */
		if (unit_starts(u, i, of[w]))
			return 0;
	return !ends_at(u, i, of);
}

int
period_in(const struct unit *u, size_t a, size_t b)
{
	return spans_in(u, a, b, period_done_in) > 0;
}
