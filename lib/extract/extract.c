/*
 * extract.c — from a letter's text to the items a careful parent writes
 * down: commitments, deflections and meetings (../shared/corpus/SPEC.md).
 *
 * One sentence (or list item, or table row) at a time, each decision a
 * named rule over the sentence's structure (actor, modality, action,
 * time, polarity, tense) and small word classes (lexicon.c):
 *   1. meetings.c: a meeting or a call with its own date, not held, not
 *      proposed, not a staff meeting. A meeting is not also a commitment.
 *   2. commitments.c (with actors.c, due.c): a future or obligation form
 *      whose subject can act, or a passive with a concrete action.
 *   3. deflections.c: a vague commitment whose action nobody could check,
 *      or a sentence of a deflecting class (waiting, capacity, remit,
 *      reassurance, passive consideration, ...).
 * Every item carries the name of its rule.
 * Newsletters (List-Unsubscribe, Precedence: bulk) carry nothing.
 *
 * Matching runs on a lower-cased, space-collapsed copy of each sentence
 * with an offset map back to the original, so quotes stay verbatim
 * (unit.c). One letter's work is bounded (extract.h, EXTRACT_MAX_*).
 */
#define _GNU_SOURCE		/* memmem */
#include <ctype.h>
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "extract/extract_int.h"
#include "extract/sentences.h"
#include "base/log.h"
#include "mail/mime.h"
#include "base/xmalloc.h"

/* ---- the letter's items ------------------------------------------------------- */

/* A date of the sentence the parent should be asked about, or NULL. */
static const char *
unit_flag(const struct unit *u)
{
	for (int k = 0; u && k < u->nspans; k++)
		if (dates_flag_name(u->spans[k].flags))
			return dates_flag_name(u->spans[k].flags);
	return NULL;
}

void
add_commitment(struct letter *lt, char *quote, char *actor, char *action,
    const char *due, const char *due_time, const char *rule)
{
	struct extraction *ex = lt->ex;
	if (ex->ncommitments >= EXTRACT_MAX_ITEMS) {
		ex->capped |= EX_CAPPED_ITEMS;
		free(quote);
		free(actor);
		free(action);
		return;
	}
	if (ex->ncommitments == lt->cap_c) {
		lt->cap_c = lt->cap_c ? lt->cap_c * 2 : 8;
		ex->commitments = xreallocarray(ex->commitments, lt->cap_c,
		    sizeof(*ex->commitments));
		lt->c_sent = xreallocarray(lt->c_sent, lt->cap_c, sizeof(int));
	}
	lt->c_sent[ex->ncommitments] = lt->cur_sent;
	struct ex_commitment *c = &ex->commitments[ex->ncommitments++];
	memset(c, 0, sizeof(*c));
	c->quote = quote;
	c->actor = actor;
	c->action = action;
	snprintf(c->due, sizeof(c->due), "%s", due ? due : "");
	snprintf(c->due_time, sizeof(c->due_time), "%s", due_time ? due_time : "");
	c->vague = actor == NULL || c->due[0] == '\0';
	c->rule = rule;
	c->date_flag = unit_flag(lt->cur_unit);
}

void
add_deflection(struct letter *lt, char *quote, const char *kind,
    const char *rule)
{
	struct extraction *ex = lt->ex;
	for (size_t k = 0; k < ex->ndeflections; k++)
		if (strcmp(ex->deflections[k].quote, quote) == 0) {
			free(quote);
			return;
		}
	if (ex->ndeflections >= EXTRACT_MAX_ITEMS) {
		ex->capped |= EX_CAPPED_ITEMS;
		free(quote);
		return;
	}
	if (ex->ndeflections == lt->cap_d) {
		lt->cap_d = lt->cap_d ? lt->cap_d * 2 : 8;
		ex->deflections = xreallocarray(ex->deflections, lt->cap_d,
		    sizeof(*ex->deflections));
	}
	ex->deflections[ex->ndeflections].quote = quote;
	ex->deflections[ex->ndeflections].rule = rule;
	ex->deflections[ex->ndeflections++].kind = kind;
}

void
add_meeting(struct letter *lt, char *quote, const struct civil *d,
    const char *time, const char *rule)
{
	struct extraction *ex = lt->ex;
	if (ex->nmeetings >= EXTRACT_MAX_ITEMS) {
		ex->capped |= EX_CAPPED_ITEMS;
		free(quote);
		return;
	}
	if (ex->nmeetings == lt->cap_m) {
		lt->cap_m = lt->cap_m ? lt->cap_m * 2 : 4;
		ex->meetings = xreallocarray(ex->meetings, lt->cap_m,
		    sizeof(*ex->meetings));
	}
	struct ex_meeting *m = &ex->meetings[ex->nmeetings++];
	m->quote = quote;
	civil_format(d, m->date);
	snprintf(m->time, sizeof(m->time), "%s", time ? time : "");
	m->rule = rule;
	m->date_flag = unit_flag(lt->cur_unit);
	m->location = meeting_place(lt, lt->cur_unit);
	m->sentence = lt->cur_sent;
	if (lt->meeting_day == 0)
		lt->meeting_day = civil_days(d);
}

/* ---- the letter ------------------------------------------------------------ */

_Static_assert(EXTRACT_MAX_SENTENCES == SENTENCES_MAX,
    "one cap on sentences, stated in extract.h");

void
add_dropped(struct letter *lt, char *quote, const char *rule)
{
	struct extraction *ex = lt->ex;
	if (ex->ndropped >= EXTRACT_MAX_ITEMS) {
		ex->capped |= EX_CAPPED_ITEMS;
		free(quote);
		return;
	}
	if (ex->ndropped == lt->cap_x) {
		lt->cap_x = lt->cap_x ? lt->cap_x * 2 : 8;
		ex->dropped = xreallocarray(ex->dropped, lt->cap_x,
		    sizeof(*ex->dropped));
	}
	ex->dropped[ex->ndropped].quote = quote;
	ex->dropped[ex->ndropped++].rule = rule;
}

static int
has(const char *text, size_t len, const char *s)
{
	return memmem(text, len, s, strlen(s)) != NULL;
}

/* Case-blind has() for an ASCII needle. */
static int
has_ci(const char *t, size_t n, const char *s)
{
	size_t k = strlen(s);

	/* the first letter is tested inline: a call per byte was 4% of
	 * all extraction */
	for (size_t i = 0; i + k <= n; i++)
		if ((t[i] | 0x20) == s[0] && strncasecmp(t + i, s, k) == 0)
			return 1;
	return 0;
}

/* A receipt by its fields, not its shop: the word, a sum of money and
 * how or how much was paid ("Amount paid: HK$850.00", 金額, 付款方式). */
static int
is_receipt(const char *t, size_t n)
{
	if (!has_ci(t, n, "receipt") && !has(t, n, "收據") &&
	    !has(t, n, "收條"))
		return 0;
	if (has(t, n, "金額"))	/* the field of the sum: enough */
		return 1;
	if (!has(t, n, "HK$") && !has(t, n, "HKD") && !has(t, n, "港幣") &&
	    !has_ci(t, n, "amount"))
		return 0;
	return has_ci(t, n, "paid") || has_ci(t, n, "payment") ||
	    has_ci(t, n, "total") || has(t, n, "付款") || has(t, n, "總額") ||
	    has(t, n, "繳費") || has(t, n, "合計");
}

/* Newsletters and shop receipts carry nothing, whatever they promise.
 * The whole text is read, past any NUL byte. */
static int
looks_like_marketing(const char *t, size_t n)
{
	if (has(t, n, "unsubscribe") || has(t, n, "Unsubscribe") ||
	    has(t, n, "取消訂閱") || zh_newsletter_title(t, n))
		return 1;
	if (is_receipt(t, n))
		return 1;
	return (has(t, n, "Order number") || has(t, n, "Order #") ||
	    has(t, n, "order number") || has(t, n, "訂單編號")) &&
	    (has(t, n, "Total") || has(t, n, "Refund") ||
	    has(t, n, "總額") || has(t, n, "Subtotal"));
}

/* Is the unit a greeting to every parent and to no family in
 * particular: "Dear Parents,", "Dear Parents/Guardians", 各位家長：?
 * The singular ("Dear Parent,") greets one family by a form letter; a
 * name after it ("Dear Parents of Lok Yiu") makes it one family's. */
static int
to_all_parents(const struct unit *u)
{
	static const char *const zh[] = { "各位家長", "致各位家長",
	    "親愛的家長們", "各位家長及監護人", NULL };
	const char *p = u->lc;
	size_t n = u->len;

	while (n > 0 && strchr(",:;!. ", p[n - 1]))
		n--;
	if (n >= 3 && (memcmp(p + n - 3, "\xEF\xBC\x9A", 3) == 0 ||	/* ： */
	    memcmp(p + n - 3, "\xEF\xBC\x8C", 3) == 0))		/* ， */
		n -= 3;
	for (int i = 0; zh[i]; i++)
		if (n == strlen(zh[i]) && memcmp(p, zh[i], n) == 0)
			return 1;
	size_t k = n >= 16 && memcmp(p, "dear all parents", 16) == 0 ? 16 :
	    n >= 12 && memcmp(p, "dear parents", 12) == 0 ? 12 : 0;
	if (k == 0 || n > 40)
		return 0;
	/* what may follow: "/guardians", " and guardians" */
	for (size_t i = k; i < n; i++)
		if (!isalpha((unsigned char)p[i]) && !strchr("/ &", p[i]))
			return 0;
	return !has(p, n, " of ");
}

/* Does the unit speak to the reader's family: "you", "your", 你, 您,
 * 閣下? Thanks ("Thank you for your support") are everyone's. */
static int
speaks_to_reader(const struct unit *u)
{
	/* 貴子弟, 令郎: the family's own child, not every pupil */
	static const char *const zh[] = { "你", "您", "閣下", "貴子弟", "令郎",
	    "令嫒", "令千金", NULL };
	const char *p = u->lc;

	if (strncmp(p, "thank", 5) == 0)
		return 0;
	for (int i = 0; zh[i]; i++)
		if (has(p, u->len, zh[i]))
			return 1;
	for (size_t i = 0; i + 3 <= u->len; i++)
		if (memcmp(p + i, "you", 3) == 0 && is_alnum_at(u, (long)i - 1)
		    == 0 && (!is_alnum_at(u, (long)i + 3) || p[i + 3] == 'r'))
			return 1;
	return 0;
}

/* A title over a letter: a short line with no sentence's end ("PTA
 * Newsletter - October 2027", "Notice to Parents"). */
static int
is_title(const struct unit *u)
{
	if (u->len == 0 || u->len > 60 || u->is_item || u->is_row)
		return 0;
	return !strchr(".?!:,", u->lc[u->len - 1]) &&
	    !has(u->lc, u->len, "\xE3\x80\x82");		/* 。 */
}

/* A heading naming a topic of the letter ("What we could not agree",
 * "Points still open"): a title over sentences, no deflection itself. */
static int
topic_heading(const struct unit *u)
{
	static const char *const heads[] = { "what ", "where ", "which ",
	    "things ", "points ", "areas ", "issues ", "matters ", "items ",
	    NULL };
	if (!is_title(u))
		return 0;
	for (int k = 0; heads[k]; k++)
		if (strncmp(u->lc, heads[k], strlen(heads[k])) == 0)
			return 1;
	return 0;
}

/* A line of a form to fill in: "本人 □ 將會 □ 未能 出席", "[ ] I will
 * attend [ ] I will not attend", or one choice a line ("□ 本人將出席家長日
 * 面談。"). Its choices are the parent's to tick, and it states nothing.
 * Two boxes, or one that opens the line. */
static int
is_form_choice(const struct unit *u)
{
	static const char *const boxes[] = { "□", "☐", "☑", "☒", "[ ]",
	    "[x]", NULL };
	size_t lead = 0;
	int n = 0;

	while (lead < u->len && u->lc[lead] == ' ')
		lead++;
	for (int k = 0; boxes[k]; k++)
		if (unit_starts(u, lead, boxes[k]))
			return 1;
	for (int k = 0; boxes[k]; k++)
		for (long i = find_in(u, boxes[k], 0, u->len); i >= 0 && n < 2;
		    i = find_in(u, boxes[k], (size_t)i + 1, u->len)) {
			/* "（請在適當方格內加上「X」）： [ ] (A) 將親身出席":
			 * a box after a colon opens the choices */
			size_t p = (size_t)i;
			while (p > 0 && u->lc[p - 1] == ' ')
				p--;
			if ((p >= 1 && (u->lc[p - 1] == ':' ||
			    u->lc[p - 1] == '_')) || (p >= 3 &&
			    strncmp(u->lc + p - 3, "：", 3) == 0))
				return 1;
			n++;
		}
	return n >= 2;
}

/* A circular: greeted to all parents and never speaking to one family.
 * What it says "will" happen is the school calendar, nobody's promise
 * to this family (SPEC: newsletters carry nothing). A title may stand
 * above the greeting. */
static int
is_circular(const struct unit *units, size_t n)
{
	if (n > 1 && is_title(&units[0]) && to_all_parents(&units[1])) {
		units++;
		n--;
	}
	if (n == 0)
		return 0;
	/* 敬啟者： … 此致 各位家長: a notice greets nobody by name and
	 * names all parents at its close */
	int notice = !to_all_parents(&units[0]);
	if (notice && strncmp(units[0].lc, "敬啟者", 9) != 0)
		return 0;
	for (size_t k = 1; k < n; k++) {
		if (speaks_to_reader(&units[k]))
			return 0;
		if (notice && (to_all_parents(&units[k]) ||
		    (strncmp(units[k].lc, "此致", 6) == 0 &&
		    (has(units[k].lc, units[k].len, "各位家長") ||
		    has(units[k].lc, units[k].len, "全體家長") ||
		    has(units[k].lc, units[k].len, "貴家長")))))
			notice = 0;
	}
	return !notice;
}

/* FNV-1a over a unit's matching copy: repeated sentences are read once. */
static uint64_t
unit_hash(const struct unit *u)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < u->len; i++) {
		h ^= (unsigned char)u->lc[i];
		h *= 1099511628211ull;
	}
	return h;
}

/*
 * Marks in dup[] every unit whose text an earlier unit already holds;
 * returns how many. An open-addressed table of unit indexes, twice the
 * number of units (at most EXTRACT_MAX_SENTENCES), so it stays small.
 */
static size_t
mark_repeats(const struct unit *units, size_t n, int *dup)
{
	size_t cap = 16, merged = 0;
	while (cap < 2 * n)
		cap *= 2;
	long *slot = xreallocarray(NULL, cap, sizeof(long));
	uint64_t *hv = xreallocarray(NULL, n ? n : 1, sizeof(uint64_t));
	for (size_t k = 0; k < cap; k++)
		slot[k] = -1;
	for (size_t k = 0; k < n; k++) {
		size_t i;
		hv[k] = unit_hash(&units[k]);
		for (i = hv[k] & (cap - 1); slot[i] >= 0; i = (i + 1) & (cap - 1)) {
			const struct unit *o = &units[slot[i]];
			if (hv[slot[i]] == hv[k] && o->len == units[k].len &&
			    memcmp(o->lc, units[k].lc, o->len) == 0)
				break;
		}
		if (slot[i] >= 0) {
			dup[k] = 1;
			merged++;
		} else
			slot[i] = (long)k;
	}
	free(slot);
	free(hv);
	return merged;
}

/* One line for a letter that made the extractor stop short. */
static void
log_capped(const struct extraction *ex, size_t nsent)
{
	if (!(ex->capped & (EX_CAPPED_SENTENCES | EX_CAPPED_LENGTH |
	    EX_CAPPED_ITEMS)))
		return;
	log_notice("extract: letter capped:%s%s%s read %zu sentences, "
	    "%zu repeats merged",
	    ex->capped & EX_CAPPED_SENTENCES ? " sentences after the first "
	    EXTRACT_STR(EXTRACT_MAX_SENTENCES) " not read;" : "",
	    ex->capped & EX_CAPPED_LENGTH ? " sentences cut at "
	    EXTRACT_STR(EXTRACT_MAX_SENTENCE) " bytes;" : "",
	    ex->capped & EX_CAPPED_ITEMS ? " items of one kind stopped at "
	    EXTRACT_STR(EXTRACT_MAX_ITEMS) ";" : "", nsent, ex->merged);
}

/*
 * Does the letter answer the parent: it thanks her for writing or
 * calling, or quotes her? Told to such a parent, the child's own
 * progress is comfort offered in place of what she asked for.
 */
static int
is_reply(const struct unit *units, size_t n)
{
	static const char *const reply[] = { "thank you for your",
	    "thanks for your", "thank you for calling",
	    "thank you for contacting", "thank you for writing",
	    "thank you for raising", "following our", "further to your",
	    "in reply to", "in response to your", "you asked", "your concern",
	    "your concerns", "your question", "your questions", NULL };
	static const char *const wrote[] = { "wrote:", NULL };
	for (size_t k = 0; k < n; k++)
		if ((k < 3 && any_of(&units[k], reply, 0, units[k].len)) ||
		    any_of(&units[k], wrote, 0, units[k].len))
			return 1;
	return 0;
}

/* In the parent's own letter, her own stance ("we understand the school
 * is short-staffed", "for the record, I still don't accept that he has
 * to wait", 我們明白學校人手緊張): her words about the school's reasons,
 * not the school avoiding a promise. */
static int
parents_stance(const struct unit *u)
{
	static const char *const stance[] = { "we understand", "i understand",
	    "we appreciate", "i appreciate", "we accept", "i accept",
	    "we don't accept", "i don't accept", "i still don't",
	    "we still don't", "for the record", "we realise", "i realise",
	    "we realize", "i realize", "我們明白", "我明白", "我們理解", "我理解",
	    "我哋明白", "我明白", "我們體諒", "我哋體諒", "本人明白", NULL };
	size_t n = u->len < 40 ? u->len : 40;

	return any_of(u, stance, 0, n);
}

/* Is the sentence's text Chinese (a CJK byte in its first words)? */
static int
cjk_text(const char *s)
{
	for (int i = 0; s[i] && i < 24; i++)
		if ((unsigned char)s[i] >= 0xE3)
			return 1;
	return 0;
}

/*
 * "At the meeting on 26 May we will consider whether ...", "I will bring
 * his record to the meeting on Wednesday": a meeting the letter fixes
 * elsewhere with its hour (in the same language), named again without
 * one in a sentence that promises a deed. The sentence is that deed, read
 * as a commitment; the meeting stays where its hour is.
 */
static void
deed_at_known_meeting(struct letter *lt, const struct unit *units,
    int *is_meeting)
{
	static const char *const will[] = { "will", "'ll", "會", "將", NULL };
	struct extraction *ex = lt->ex;
	size_t w = 0;

	for (size_t i = 0; i < ex->nmeetings; i++) {
		struct ex_meeting *m = &ex->meetings[i];
		const struct unit *u = &units[m->sentence];
		int known = 0;
		for (size_t j = 0; j < ex->nmeetings && !known; j++)
			known = j != i && ex->meetings[j].time[0] &&
			    strcmp(ex->meetings[j].date, m->date) == 0 &&
			    cjk_text(ex->meetings[j].quote) ==
			    cjk_text(m->quote);
		if (known && m->time[0] == '\0' && any_of(u, will, 0, u->len)) {
			is_meeting[m->sentence] = 0;
			free(m->quote);
			free(m->location);
			continue;
		}
		ex->meetings[w++] = *m;
	}
	ex->nmeetings = w;
}

static int
extract_run(const char *text, size_t len, const struct civil *ref,
    int by_parent, struct extraction *out)
{
	struct sentence_list sl;
	struct letter lt;
	struct unit *units;

	memset(&lt, 0, sizeof(lt));
	lt.ref = ref;
	lt.ex = out;
	lt.by_parent = by_parent;
	if (looks_like_marketing(text, len))
		return 0;
	sentences_split(text, len, &sl);
	if (sl.truncated)
		out->capped |= EX_CAPPED_SENTENCES;
	/* not zeroed here: unit_init() clears each unit (a unit is 3 KB of
	 * date spans; zeroing them twice was 2% of a letter) */
	units = xreallocarray(NULL, sl.n ? sl.n : 1, sizeof(*units));
	int in_table = 0;
	for (size_t k = 0; k < sl.n; k++) {
		if (sl.v[k].is_row == 2)
			unit_init_row(&units[k], text, sl.v[k].start,
			    sl.v[k].end, ref);
		else
			unit_init(&units[k], text, sl.v[k].start, sl.v[k].end,
			    ref);
		/* a line aligned in columns is a table row under a
		 * header that names an owner or a deadline, else prose */
		if (sl.v[k].is_row == 2)
			in_table = in_table || table_heads(&units[k]);
		else if (!sl.v[k].is_row)
			in_table = 0;
		units[k].is_row = sl.v[k].is_row == 2 ? in_table :
		    sl.v[k].is_row;
		units[k].is_item = sl.v[k].is_item;
		units[k].heading = sl.v[k].heading;
		if (units[k].cut)
			out->capped |= EX_CAPPED_LENGTH;
	}
	lt.units = units;
	lt.nunits = sl.n;
	size_t nall = sl.n;
	if (is_circular(units, sl.n))
		sl.n = 0;	/* nothing is read; all units are freed below */
	int replying = !by_parent && is_reply(units, sl.n);
	int *dup = xcalloc(sl.n ? sl.n : 1, sizeof(int));
	out->merged = mark_repeats(units, sl.n, dup);
	/* a reply slip's line is read as nothing, as a repeat is */
	for (size_t k = 0; k < sl.n; k++)
		if (!dup[k] && is_form_choice(&units[k]))
			dup[k] = 1;
	/* meetings first: "three days before the meeting" needs their day */
	int *is_meeting = xcalloc(sl.n ? sl.n : 1, sizeof(int));
	for (size_t k = 0; k < sl.n; k++)
		if (!units[k].is_row && !dup[k]) {
			lt.cur_sent = (int)k;
			lt.cur_unit = &units[k];
			is_meeting[k] = meeting_sentence(&lt, &units[k]);
		}
	deed_at_known_meeting(&lt, units, is_meeting);
	for (size_t k = 0; k < sl.n; k++) {
		struct unit *u = &units[k];
		size_t before = out->ncommitments;
		if (dup[k])
			continue;
		lt.cur_sent = (int)k;
		lt.cur_unit = &units[k];
		if (u->is_row) {
			if (table_header(&lt, u))
				continue;
			if (lt.table_cols) {
				table_row(&lt, u);
				continue;
			}
		}
		if (is_meeting[k])
			continue;
		commitment_sentence(&lt, u);
		/* a list item with no date of its own takes its heading's
		 * (not one with a soft time of its own: "in due course"),
		 * when that is a day to come: 今早開會討論後，現補充如下：
		 * dates the meeting, not the items */
		if (out->ncommitments > before && sl.v[k].heading >= 0 &&
		    !has_vague_period(u, 0, u->len)) {
			struct ex_commitment *c = &out->commitments[before];
			char due[11], tm[6];
			struct civil hd;
			if (c->due[0] == '\0' && due_in(&lt,
			    &units[sl.v[k].heading], 0,
			    units[sl.v[k].heading].len, due, tm) &&
			    civil_parse(due, &hd) == 0 &&
			    civil_days(&hd) > civil_days(lt.ref)) {
				memcpy(c->due, due, sizeof(c->due));
				c->vague = c->actor == NULL;
			}
		}
		if (!is_request_to_parent(u) && !is_question(u) &&
		    !topic_heading(u) && !(by_parent && (parents_stance(u) ||
		    parents_voice(u)))) {
			const char *rule = NULL;
			const char *kind = deflection_kind(u, &rule);
			if (kind == NULL && replying &&
			    out->ncommitments == before && child_doing_well(u)) {
				kind = "reassurance";
				rule = "deflection.child-doing-well";
			}
			if (kind == NULL && out->ncommitments == before)
				kind = zh_rationed_kind(u, &rule);
			if (kind)
				add_deflection(&lt, quote_of(u, 0, u->len), kind,
				    rule);
		}
	}
	merge_continued(&lt, &sl);
	for (size_t k = 0; k < nall; k++)
		unit_free(&units[k]);
	free(units);
	free(lt.c_sent);
	free(is_meeting);
	free(dup);
	log_capped(out, sl.n);
	sentence_list_free(&sl);
	return 0;
}

int
extract_text(const char *text, size_t len, const struct civil *ref,
    struct extraction *out)
{
	return extract_run(text, len, ref, 0, out);
}

int
extract_parent_text(const char *text, size_t len, const struct civil *ref,
    struct extraction *out)
{
	return extract_run(text, len, ref, 1, out);
}

int
extract_message(const char *raw, size_t len, time_t now,
    struct extraction *out, struct buf *err)
{
	struct mime_message m;
	struct civil ref;

	memset(out, 0, sizeof(*out));
	if (mime_parse(raw, len, &m, err) == -1)
		return -1;
	out->message_id = m.message_id ? xstrdup(m.message_id) : NULL;
	if (m.has_date)
		days_to_civil((long)((m.date + (time_t)m.date_offset * 60) /
		    86400), &ref);
	else
		local_civil(now, &ref);
	/* no config here to know the parent's address by: her sign-off,
	 * her summary's opening, or a personal mailbox writing to an
	 * institution's */
	if (!m.is_bulk)
		extract_run(m.text, strlen(m.text), &ref,
		    letter_by_parent(m.text, strlen(m.text)) ||
		    sent_from_home(m.from_addr, m.to), out);
	mime_message_free(&m);
	return 0;
}

void
extraction_free(struct extraction *ex)
{
	for (size_t k = 0; k < ex->ncommitments; k++) {
		free(ex->commitments[k].quote);
		free(ex->commitments[k].actor);
		free(ex->commitments[k].action);
	}
	for (size_t k = 0; k < ex->ndeflections; k++)
		free(ex->deflections[k].quote);
	for (size_t k = 0; k < ex->nmeetings; k++) {
		free(ex->meetings[k].quote);
		free(ex->meetings[k].location);
	}
	for (size_t k = 0; k < ex->ndropped; k++)
		free(ex->dropped[k].quote);
	free(ex->dropped);
	free(ex->commitments);
	free(ex->deflections);
	free(ex->meetings);
	free(ex->message_id);
	memset(ex, 0, sizeof(*ex));
}

static json_object *
str_or_null(const char *s)
{
	return s && *s ? json_object_new_string(s) : NULL;
}

void
extraction_to_json(const struct extraction *ex, struct buf *out)
{
	json_object *root = json_object_new_object();
	json_object *cs = json_object_new_array();
	json_object *ds = json_object_new_array();
	json_object *ms = json_object_new_array();

	json_object_object_add(root, "message_id", str_or_null(ex->message_id));
	for (size_t k = 0; k < ex->ncommitments; k++) {
		const struct ex_commitment *c = &ex->commitments[k];
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote", json_object_new_string(c->quote));
		json_object_object_add(o, "actor", str_or_null(c->actor));
		json_object_object_add(o, "action", str_or_null(c->action));
		json_object_object_add(o, "due", str_or_null(c->due));
		json_object_object_add(o, "due_time", str_or_null(c->due_time));
		json_object_object_add(o, "vague", json_object_new_boolean(c->vague));
		if (c->date_flag)
			json_object_object_add(o, "date_flag",
			    json_object_new_string(c->date_flag));
		json_object_object_add(o, "rule", str_or_null(c->rule));
		json_object_array_add(cs, o);
	}
	for (size_t k = 0; k < ex->ndeflections; k++) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote",
		    json_object_new_string(ex->deflections[k].quote));
		json_object_object_add(o, "kind",
		    json_object_new_string(ex->deflections[k].kind));
		json_object_object_add(o, "rule",
		    str_or_null(ex->deflections[k].rule));
		json_object_array_add(ds, o);
	}
	for (size_t k = 0; k < ex->nmeetings; k++) {
		const struct ex_meeting *m = &ex->meetings[k];
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote", json_object_new_string(m->quote));
		json_object_object_add(o, "date", json_object_new_string(m->date));
		json_object_object_add(o, "time", str_or_null(m->time));
		json_object_object_add(o, "location", str_or_null(m->location));
		if (m->date_flag)
			json_object_object_add(o, "date_flag",
			    json_object_new_string(m->date_flag));
		json_object_object_add(o, "rule", str_or_null(m->rule));
		json_object_array_add(ms, o);
	}
	json_object_object_add(root, "commitments", cs);
	json_object_object_add(root, "deflections", ds);
	json_object_object_add(root, "meetings", ms);
	json_object *xs = json_object_new_array();
	for (size_t k = 0; k < ex->ndropped; k++) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "quote",
		    json_object_new_string(ex->dropped[k].quote));
		json_object_object_add(o, "rule",
		    json_object_new_string(ex->dropped[k].rule));
		json_object_array_add(xs, o);
	}
	json_object_object_add(root, "dropped", xs);
	buf_addstr(out, json_object_to_json_string_ext(root,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(root);
}

