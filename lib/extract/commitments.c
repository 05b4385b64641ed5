/*
 * commitments.c — who will do what, by when: a future or obligation form
 * whose subject can act, its due from dates_pick(); tables of actions;
 * one promise over two sentences.
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

static int
passive_after(const struct unit *u, size_t after, int *stative)
{
	size_t i = after;
	*stative = 0;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	/* "will also be", "will then be" */
	static const char *const adv[] = { "also ", "then ", "now ", "soon ",
	    "only ", "still ", NULL };
	for (int a = 0; adv[a]; a++)
		if (strncmp(u->lc + i, adv[a], strlen(adv[a])) == 0)
			i += strlen(adv[a]);
	if (strncmp(u->lc + i, "be ", 3) != 0)
		return 0;
	i += 3;
	if (strncmp(u->lc + i, "in touch", 8) == 0)
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
	    !strncmp(u->lc + i, "set", 3) || !strncmp(u->lc + i, "met", 3))) ||
	    (j - i == 6 && (!strncmp(u->lc + i, "taught", 6) ||
	    !strncmp(u->lc + i, "bought", 6) || !strncmp(u->lc + i, "caught", 6))) ||
	    (j - i == 7 && !strncmp(u->lc + i, "brought", 7))))
		return 1;
	*stative = 1;
	return 0;
}

/* A marker at lc position: its end, or 0 when it is not a future form. */
static size_t
marker_at(const struct unit *u, size_t i, int *zh)
{
	unsigned char c = (unsigned char)u->lc[i];

	*zh = 0;
	/* quick refusal: no marker starts with this byte */
	if (c < 0x80 && !strchr("w'siaephugl", (char)c))
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
		/* "has asked me to say": a message passed on, not a task */
		if (strstr(en_markers[m], "asked") && (strncmp(u->lc + i + n,
		    " me ", 4) == 0 || strncmp(u->lc + i + n, " us ", 4) == 0 ||
		    strncmp(u->lc + i + n, " you ", 5) == 0))
			continue;
		/* "let me know", "let me explain": words, not a task */
		if (strcmp(en_markers[m], "let me") == 0) {
			static const char *const speech[] = { " know", " explain",
			    " say", " assure", " reassure", " take", " thank",
			    " apologi", " clarify", " introduce", " add",
			    " remind", " stress", " emphasi", " be ", NULL };
			int talk = 0;
			for (int k = 0; speech[k]; k++)
				if (strncmp(u->lc + i + n, speech[k],
				    strlen(speech[k])) == 0)
					talk = 1;
			if (talk)
				continue;
		}
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
			    "茶", "聚", "約", "晚", "研討", "分享", "簡介", "工作",
			    "檢討", "個案", NULL };
			int noun = 0;
			for (int a = 0; after[a]; a++)
				if (strncmp(u->lc + i + n, after[a],
				    strlen(after[a])) == 0)
					noun = 1;
			for (int b = 0; before[b]; b++) {
				size_t bl = strlen(before[b]);
				if (i >= bl && strncmp(u->lc + i - bl, before[b],
				    bl) == 0)
					noun = 1;
			}
			if (noun)
				continue;
		}
		if (strcmp(zh_markers[m], "將") == 0 && (strncmp(u->lc + i + n,
		    "軍", 3) == 0))
			continue;
		*zh = 1;
		return i + n;
	}
	return 0;
}


/* The lc offset where the unit's text offset off (relative to u->start)
 * falls. */
static size_t
lc_at(const struct unit *u, size_t off)
{
	size_t i = 0;
	while (i < u->len && u->map[i] - u->start < off)
		i++;
	return i;
}

/* The day of an event the letter dates somewhere: a sentence holding the
 * event's words and a date that is no deadline. 0 when none. */
static long
event_day(const struct letter *lt, const char *words)
{
	if (find_word_class(words, meeting_nouns) && lt->meeting_day)
		return lt->meeting_day;
	for (size_t k = 0; k < lt->nunits; k++) {
		const struct unit *o = &lt->units[k];
		if (find_in(o, words, 0, o->len) < 0)
			continue;
		for (int s = 0; s < o->nspans; s++)
			if (o->spans[s].has_date && !o->spans[s].deadline &&
			    !o->spans[s].period && !o->spans[s].past)
				return civil_to_days(o->spans[s].date.y,
				    o->spans[s].date.m, o->spans[s].date.d);
	}
	return 0;
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
	    "its ", "their ", "your ", "my ", NULL };
	size_t e = lc_at(u, sp->end), w, s = lc_at(u, sp->start);
	int linked = sp->rel_pending;

	while (e < u->len && u->lc[e] == ' ')
		e++;
	for (int k = 0; links[k]; k++)
		if (strncmp(u->lc + e, links[k], strlen(links[k])) == 0) {
			e += strlen(links[k]);
			linked = 1;
		}
	if (linked && e < u->len && isalpha((unsigned char)u->lc[e])) {
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
	 * before it), back to 於/在 or a punctuation mark */
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
		if (c < 0 || !sp->period)
			return 0;
		s = (size_t)c;
	}
	size_t b = s, a = s;
	while (a >= 3 && b - a < 12 && (unsigned char)u->lc[a - 3] >= 0xE4 &&
	    (unsigned char)u->lc[a - 3] <= 0xE9 &&
	    strncmp(u->lc + a - 3, "於", 3) != 0 &&
	    strncmp(u->lc + a - 3, "在", 3) != 0)
		a -= 3;
	if (a == b || b - a >= size)
		return 0;
	memcpy(words, u->lc + a, b - a);
	words[b - a] = '\0';
	return 1;
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
	long from = 0, today = civil_to_days(lt->ref->y, lt->ref->m, lt->ref->d);

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
	/* an event that is an action still to come ("of receiving it":
	 * a participle with its object) has no day */
	const char *sp1 = strchr(words, ' ');
	if (!(sp1 && sp1 - words > 3 && strncmp(sp1 - 3, "ing", 3) == 0))
		from = event_day(lt, words);
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
	days_to_civil(from + (civil_to_days(sp->date.y, sp->date.m,
	    sp->date.d) - today), &sp->date);
}

/*
 * "I'll send you the link the day before", "Before then I'll pull
 * together samples", 面談前一天: a clause with no date of its own that
 * points at the letter's meeting. Its due is the meeting's day, moved
 * by the day the words name.
 */
static int
meeting_anaphor(const struct letter *lt, const struct unit *u, size_t a,
    size_t b, char due[11])
{
	static const struct { const char *w; int days; } refs[] = {
		{ "the day before", -1 }, { "the day after", 1 },
		{ "before then", 0 }, { "by then", 0 }, { "前一天", -1 },
		{ "前一日", -1 }, { "到時", 0 },
	};
	struct civil d;

	if (lt->meeting_day == 0)
		return 0;
	for (size_t k = 0; k < sizeof(refs) / sizeof(refs[0]); k++)
		if (find_in(u, refs[k].w, a, b) >= 0) {
			days_to_civil(lt->meeting_day + refs[k].days, &d);
			civil_format(&d, due);
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
	for (int k = 0; k < n; k++)
		span_from_event(lt, u, &sub[k]);
	pick = dates_pick(sub, n, tm);
	if (pick < 0)
		return meeting_anaphor(lt, u, a, b, due);
	civil_format(&sub[pick].date, due);
	return 1;
}

int
has_vague_period(const struct unit *u, size_t a, size_t b)
{
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].vague && u->spans[k].start >= oa &&
		    u->spans[k].start < ob)
			return 1;
	return 0;
}


/* ---- commitments -------------------------------------------------------- */

/* Future markers in the unit, in order (lc offsets of starts and ends). */
static int
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

/* Judge one clause [a, b) whose marker is at [ms, me). */
static void
commitment_clause(struct letter *lt, const struct unit *u, size_t a, size_t b,
    size_t ms, size_t me, int whole)
{
	char due[11], tm[6];
	int is_thing = 0, stative = 0, passive;
	size_t from = clause_start(u, ms);
	char *actor;

	if (from < a)
		from = a;
	/* negations: "we will not be able to" is no promise */
	if (any_of(u, en_negations, a, b) || find_in(u, "不會", a, b) >= 0 ||
	    find_in(u, "未能", a, b) >= 0)
		return;
	passive = passive_after(u, me, &stative);
	if (stative && !passive)
		return;
	if (strncmp(u->lc + ms, "let me", 6) == 0)
		actor = xstrdup("I");	/* "let me check and revert" */
	else
		actor = actor_before(u, from, ms, &is_thing);
	if (actor == NULL && !is_thing && ms > 0) {
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
	/* Chinese drops a subject the sentence or letter gave already:
	 * 並會適時通知您, 稍後會另行通知 (at most an adverb before 會/將) */
	int zero_subject = 0;
	if (actor == NULL && (unsigned char)u->lc[ms] >= 0x80 && ms - from <= 6 &&
	    (ms == from || (unsigned char)u->lc[from] >= 0xE4)) {
		zero_subject = 1;
		is_thing = 0;
	}
	/* "you will receive": the parent is not the school's owner */
	if (actor && (strcmp(actor, "you") == 0 || strcmp(actor, "You") == 0 ||
	    strcmp(actor, "您") == 0 || strcmp(actor, "你") == 0)) {
		free(actor);
		return;
	}
	if (actor == NULL && !passive && !zero_subject) {
		/* "It will help", "The report will be in Chinese": nobody
		 * is to do anything — unless the marker itself names an
		 * obligation of the school ("is scheduled for") */
		if (strncmp(u->lc + ms, "is scheduled", 12) != 0 &&
		    strncmp(u->lc + ms, "are scheduled", 13) != 0 &&
		    strncmp(u->lc + ms, "將", 3) != 0 &&
		    strncmp(u->lc + ms, "預計", 6) != 0)
			return;
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
		}
	}
	due_in(lt, u, whole ? 0 : a, whole ? u->len : b, due, tm);
	if (has_vague_period(u, a, b) && due[0] == '\0')
		due[0] = '\0';
	/* 已安排/已指示 (has arranged, has instructed) is a delegation only
	 * with a date; without one it reports what was done */
	if (due[0] == '\0' && (strncmp(u->lc + ms, "已安排", 9) == 0 ||
	    strncmp(u->lc + ms, "已指示", 9) == 0)) {
		free(actor);
		return;
	}
	char *quote = quote_of(u, a, b);
	char *action = quote_of(u, me, b);
	int vague = actor == NULL || due[0] == '\0';
	int uncheck = vague && any_of(u, uncheckable, me, b);
	const char *rule;
	if (uncheck)
		add_deflection(lt, xstrdup(quote), actor ? "no-date" : "no-owner",
		    actor ? "deflection.uncheckable-no-date" :
		    "deflection.uncheckable-no-owner");
	if (actor)
		rule = due[0] ? "commitment.future-agent-date" :
		    "commitment.future-agent-vague";
	else if (passive)
		rule = due[0] ? "commitment.passive-date" :
		    "commitment.passive-vague";
	else if (zero_subject)
		rule = due[0] ? "commitment.zh-zero-subject-date" :
		    "commitment.zh-zero-subject-vague";
	else
		rule = due[0] ? "commitment.scheduled-date" :
		    "commitment.scheduled-vague";
	add_commitment(lt, quote, actor, action, due, tm, rule);
}

/* Where to cut between two promises: the last ", and"/" and "/"，"
 * between the end of the first marker and the start of the second. */
static size_t
split_point(const struct unit *u, size_t lo, size_t hi)
{
	static const char *const cuts[] = { ", and ", " and ", "，", "; ",
	    ", ", NULL };
	for (int c = 0; cuts[c]; c++) {
		size_t n = strlen(cuts[c]), best = 0;
		for (size_t i = lo; i + n <= hi; i++)
			if (memcmp(u->lc + i, cuts[c], n) == 0)
				best = i;
		if (best)
			return best;
	}
	return 0;
}

static int
span_count_in(const struct unit *u, size_t a, size_t b)
{
	size_t oa = u->map[a] - u->start;
	size_t ob = (b < u->len ? u->map[b] : u->end) - u->start;
	int n = 0;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].past &&
		    (!u->spans[k].period || u->spans[k].deadline) &&
		    u->spans[k].start >= oa && u->spans[k].start < ob)
			n++;
	return n;
}

/* Where a label ("Person in charge:", 負責人：) ends in the unit, or 0;
 * *at takes where it starts. */
static size_t
label_end(const struct unit *u, const char *const *labels, size_t from,
    size_t *at)
{
	for (int k = 0; labels[k]; k++) {
		long i = find_in(u, labels[k], from, u->len);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(labels[k]);
		while (e < u->len && u->lc[e] == ' ')
			e++;
		if (e < u->len && u->lc[e] == ':')
			e++;
		else if (strncmp(u->lc + e, "：", 3) == 0)
			e += 3;
		else
			continue;
		while (e < u->len && u->lc[e] == ' ')
			e++;
		*at = (size_t)i;
		return e;
	}
	return 0;
}

/*
 * An action item written as labelled lines (the plain-text rendering of
 * an action table): "Submit the application / Person in charge: Ms
 * Leung / Deadline: 2/6". The action is the text before the labels, the
 * actor the person label's value, the due the item's date.
 */
static int
labelled_item(struct letter *lt, const struct unit *u)
{
	static const char *const person[] = { "person in charge",
	    "person responsible", "responsible person", "responsible",
	    "owner", "in charge", "負責人", "負責老師", "跟進人", NULL };
	static const char *const when[] = { "deadline", "target date",
	    "due date", "by when", "due", "限期", "完成日期", "日期", NULL };
	size_t p_at = 0, w_at = 0, p_end, w_end;
	char due[11], tm[6];

	if ((p_end = label_end(u, person, 0, &p_at)) == 0 || p_at == 0)
		return 0;
	w_end = label_end(u, when, 0, &w_at);
	size_t a_end = p_at, r_end = u->len;
	if (w_end && w_at < a_end)
		a_end = w_at;
	if (w_end && w_at > p_at)
		r_end = w_at;
	while (a_end > 0 && (u->lc[a_end - 1] == ' ' || u->lc[a_end - 1] == ','))
		a_end--;
	while (r_end > p_end && (u->lc[r_end - 1] == ' ' ||
	    u->lc[r_end - 1] == ',' || u->lc[r_end - 1] == ';'))
		r_end--;
	if (a_end == 0 || r_end <= p_end)
		return 0;
	due_in(lt, u, 0, u->len, due, tm);
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, p_end, r_end),
	    quote_of(u, 0, a_end), due, tm, "commitment.labelled-item");
	return 1;
}

void
commitment_sentence(struct letter *lt, const struct unit *u)
{
	size_t ms[MAX_CLAUSES], me[MAX_CLAUSES];
	int n;

	if (is_request_to_parent(u) || is_question(u) || ends_with_colon(u))
		return;
	if (labelled_item(lt, u))
		return;
	n = find_markers(u, ms, me, MAX_CLAUSES);
	if (n == 0)
		return;
	/* two dated promises in one sentence: one item per clause */
	if (n >= 2) {
		size_t cut = split_point(u, me[0], ms[1]);
		if (cut && span_count_in(u, 0, cut) > 0 &&
		    span_count_in(u, cut, u->len) > 0) {
			size_t second = cut;
			while (second < u->len && (u->lc[second] == ',' ||
			    u->lc[second] == ' '))
				second++;
			if (strncmp(u->lc + second, "and ", 4) == 0)
				second += 4;
			if (strncmp(u->lc + second, "，", 3) == 0)
				second += 3;
			commitment_clause(lt, u, 0, cut, ms[0], me[0], 0);
			commitment_clause(lt, u, second, u->len, ms[1], me[1], 0);
			return;
		}
	}
	commitment_clause(lt, u, 0, u->len, ms[0], me[0], 1);
}

/* ---- tables: action | person in charge | deadline ------------------------ */

int
table_header(struct letter *lt, const struct unit *u)
{
	static const char *const heads[] = { "person in charge", "deadline",
	    "responsible", "by when", "owner", "負責", "限期", "完成日期",
	    "跟進人", NULL };
	if (!u->is_row || !any_of(u, heads, 0, u->len))
		return 0;
	/* which cell names the person */
	int col = 0;
	lt->person_col = 1;
	for (size_t i = 0; i < u->len; i++) {
		if (u->lc[i] == '|')
			col++;
		if (strncmp(u->lc + i, "person", 6) == 0 ||
		    strncmp(u->lc + i, "responsible", 11) == 0 ||
		    strncmp(u->lc + i, "owner", 5) == 0 ||
		    strncmp(u->lc + i, "負責", 6) == 0 ||
		    strncmp(u->lc + i, "跟進人", 9) == 0) {
			lt->person_col = col;
			break;
		}
	}
	lt->table_cols = 1;
	return 1;
}

void
table_row(struct letter *lt, const struct unit *u)
{
	size_t cell_a[8], cell_b[8];
	int ncells = 0;
	size_t a = 0;
	char due[11], tm[6];

	for (size_t i = 0; i <= u->len && ncells < 8; i++) {
		if (i == u->len || u->lc[i] == '|') {
			size_t b = i;
			while (b > a && u->lc[b - 1] == ' ')
				b--;
			cell_a[ncells] = a;
			cell_b[ncells++] = b;
			a = i + 1;
			while (a < u->len && u->lc[a] == ' ')
				a++;
		}
	}
	if (ncells < 2)
		return;
	char *actor = NULL;
	if (lt->person_col < ncells && cell_b[lt->person_col] >
	    cell_a[lt->person_col])
		actor = quote_of(u, cell_a[lt->person_col], cell_b[lt->person_col]);
	due_in(lt, u, 0, u->len, due, tm);
	add_commitment(lt, quote_of(u, 0, u->len), actor,
	    quote_of(u, cell_a[0], cell_b[0]), due, tm, "commitment.table-row");
}

/* ---- one promise over two sentences --------------------------------------- */

static int
is_deflection_quote(const struct extraction *ex, const char *quote)
{
	for (size_t k = 0; k < ex->ndeflections; k++)
		if (strcmp(ex->deflections[k].quote, quote) == 0)
			return 1;
	return 0;
}

/* Does b refer to the same person as a: a pronoun, or a shared name? */

void
merge_continued(struct letter *lt, const struct sentence_list *sl)
{
	struct extraction *ex = lt->ex;
	size_t w = 0;

	for (size_t k = 0; k < ex->ncommitments; k++) {
		struct ex_commitment *c = &ex->commitments[k];
		if (k + 1 < ex->ncommitments && c->due[0] == '\0' &&
		    !is_deflection_quote(ex, c->quote)) {
			struct ex_commitment *next = &ex->commitments[k + 1];
			int s0 = lt->c_sent[k], s1 = lt->c_sent[k + 1];
			if (s1 == s0 + 1 && sl->v[s0].para == sl->v[s1].para &&
			    next->due[0] && same_actor(c->actor, next->actor)) {
				free(c->quote);
				free(c->actor);
				free(c->action);
				continue;
			}
		}
		lt->c_sent[w] = lt->c_sent[k];
		ex->commitments[w++] = *c;
	}
	ex->ncommitments = w;
}

