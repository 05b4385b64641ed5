/*
 * split.c — one marker, two dated actions: "I will observe Leo on 18 May
 * and send you a summary within ten days after that", "I'll finish the
 * checklist by Friday and the report by the 29th", 本人會於十月二十五日
 * 到課室觀察，並在觀察後兩星期內把撮要交給閣下. Each action is a
 * commitment of its own, keyed on its own clause (SPEC.md "One sentence,
 * two commitments"); the second counts from the first when it says so
 * ("after that", 之後).
 *
 * Read by structure only: a coordination (", and", "then", ，並, ，再,
 * ，然後, ，之後) after the marker, each side with a date of its own, the
 * second side opening as an action of the same subject (a verb, or the
 * object of a verb left out), never as a date ("between Monday and
 * Friday"), a preposition ("on 3 May and on 10 May": one action, two
 * days), a subordinate clause or a new subject.
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

static const char *const en_cuts[] = { ", and then ", " and then ",
	", then ", ", and ", " and ", NULL };
/* 並/再/然後/之後 and their 粵語 kin, after ， */
static const char *const zh_cuts[] = { "，並", "，再", "，然後", "，之後",
	"，跟住", "，隨後", "，其後", "，及後", NULL };

/* What a second action never opens with: a preposition or a word of
 * time (one action, two days), a subordinator, a subject of its own. */
static const char *const en_not_action[] = { "before", "after", "on",
	"by", "from", "until", "till", "to", "at", "in", "within", "during",
	"between", "when", "if", "once", "as", "while", "unless", "so",
	"because", "which", "who", "that", "where", "every", "each", "i",
	"we", "you", "he", "she", "they", "it", "i'll", "we'll", "you'll",
	"he'll", "she'll", "they'll", "i'm", "we're", "you're", "his",
	"her", "their", "our", "my", "your", "not", "also", "next", "this",
	"last", "or", "nor", "later", "earlier", "again", NULL };

/* Does a span starting in lc [a, b) date a clause: a day to come, or an
 * offset still to be counted from an event? */
static int
own_span(const struct unit *u, const struct date_span *sp)
{
	(void)u;
	return (sp->has_date && !sp->past && !sp->vague) || sp->rel_pending;
}

static int
own_date(const struct unit *u, size_t a, size_t b)
{
	return spans_in(u, a, b, own_span) > 0;
}

/* Does a span start at lc[r] (the conjunct is a date: "Monday and
 * Friday")? */
static int
date_at(const struct unit *u, size_t r)
{
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].start == u->map[r] - u->start)
			return 1;
	return 0;
}

/* Finite verbs that make a noun phrase the subject of a clause. */
static const char *const finite_verbs[] = { " is ", " are ", " was ", " were ",
	" will ", " has ", " have ", " had ", " can ", " may ", " must ",
	" should ", " would ", " could ", "'s ", NULL };

/* Does the English conjunct at lc[r] open as a second action? */
static int
en_second_action(const struct unit *u, size_t r)
{
	size_t e = r;

	if (r >= u->len || !isalpha((unsigned char)u->lc[r]) || date_at(u, r))
		return 0;
	while (e < u->len && (isalpha((unsigned char)u->lc[e]) ||
	    u->lc[e] == '\''))
		e++;
	for (int k = 0; en_not_action[k]; k++)
		if (strlen(en_not_action[k]) == e - r &&
		    strncmp(u->lc + r, en_not_action[k], e - r) == 0)
			return 0;
	/* a gerund or a participle opens a phrase of the first action
	 * ("and making sure"), not a second one */
	if (e - r > 4 && strncmp(u->lc + e - 3, "ing", 3) == 0)
		return 0;
	/* "and the report by the 29th" is the object of a verb left out;
	 * "and the first session is on 10 February" a clause of its own */
	if ((e - r == 1 && u->lc[r] == 'a') || (e - r == 2 &&
	    strncmp(u->lc + r, "an", 2) == 0) || (e - r == 3 &&
	    strncmp(u->lc + r, "the", 3) == 0))
		return !any_of(u, finite_verbs, r, u->len);
	return 1;
}

/* Does the Chinese conjunct at lc[r] open as a second action: not the
 * parent's (你/您/閣下/請), not a date? */
static int
zh_second_action(const struct unit *u, size_t r)
{
	static const char *const other[] = { "你", "您", "閣下", "請",
	    "家長", NULL };
	for (int k = 0; other[k]; k++)
		if (strncmp(u->lc + r, other[k], strlen(other[k])) == 0)
			return 0;
	return r < u->len && !date_at(u, r);
}

/* The word before the first date of lc [a, b), past one preposition:
 * "lesson" in "in a Chinese lesson on Tuesday". Its length, or 0. */
static size_t
word_before_date(const struct unit *u, size_t a, size_t b, size_t *at)
{
	for (int k = 0; k < u->nspans; k++) {
		size_t i = span_lc(u, &u->spans[k]), e, n = 0;
		if (i < a || i >= b || !own_span(u, &u->spans[k]))
			continue;
		for (int w = 0; w < 2 && i > a; w++) {
			while (i > a && u->lc[i - 1] == ' ')
				i--;
			e = i;
			while (i > a && isalpha((unsigned char)u->lc[i - 1]))
				i--;
			n = e - i;
			if (w == 0 && !(n == 2 && (strncmp(u->lc + i, "on", 2) ==
			    0 || strncmp(u->lc + i, "by", 2) == 0 ||
			    strncmp(u->lc + i, "in", 2) == 0 ||
			    strncmp(u->lc + i, "at", 2) == 0)))
				break;
		}
		*at = i;
		return n;
	}
	return 0;
}

/* "observe him in a Chinese lesson on Tuesday and a PE lesson on
 * Thursday": the conjuncts end on one noun, so the second is the first
 * one's preposition object again, one action on two days (SPEC.md:
 * the latest date). "the checklist by Friday and the report by the
 * 29th" are two. */
static int
parallel_objects(const struct unit *u, size_t me, size_t i, size_t r)
{
	size_t p, q, n = word_before_date(u, me, i, &p);
	return n > 2 && word_before_date(u, r, u->len, &q) == n &&
	    strncmp(u->lc + p, u->lc + q, n) == 0;
}

/*
 * Where the first conjunct ends and the second starts, after the
 * marker's end me: the first cut with a date of its own on each side
 * and a second action after it. 0 when none.
 */
static size_t
find_cut(const struct unit *u, size_t ms, size_t me, size_t *second)
{
	int zh = (unsigned char)u->lc[ms] >= 0x80;
	const char *const *cuts = zh ? zh_cuts : en_cuts;

	/* every cut opens with ' ', ',' or the first byte of ， */
	for (size_t i = me; i < u->len; i++) {
		if (u->lc[i] != (zh ? '\xEF' : ' ') && u->lc[i] != ',')
			continue;
		for (int c = 0; cuts[c]; c++) {
			size_t n = strlen(cuts[c]);
			if (i + n > u->len || memcmp(u->lc + i, cuts[c], n) != 0)
				continue;
			/* ，並會 / ，再會: the connector keeps its marker */
			size_t r = i + (zh ? 3 : n);
			int ok = zh ? zh_second_action(u, r) :
			    en_second_action(u, r);
			if (ok && own_date(u, me, i) && own_date(u, r, u->len) &&
			    !parallel_objects(u, me, i, r)) {
				*second = r;
				return i;
			}
			break;
		}
	}
	return 0;
}

/* Is there an anaphor for the first action before lc[b] in [a, b):
 * "after that", "then", 之後, 做完後? */
static int
points_back(const struct unit *u, size_t a, size_t b)
{
	static const char *const back[] = { "after that", "after this",
	    "after it", "then", "afterwards", "之後", "後", "跟住", "然後",
	    NULL };
	return any_of(u, back, a, b);
}

/* The day of due "YYYY-MM-DD", or 0. */
static long
day_of(const char *due)
{
	struct civil d;
	if (due[0] == '\0' || civil_parse(due, &d) != 0)
		return 0;
	return civil_days(&d);
}

/*
 * The second action counts from the first ("做完之後會喺一個禮拜內",
 * "then within a week"): a period the dates read from the letter's day
 * that ends before the first action is counted from the first's day.
 */
static void
count_from_first(const struct letter *lt, const struct unit *u, size_t r,
    size_t first, size_t second)
{
	struct ex_commitment *a = &lt->ex->commitments[first];
	struct ex_commitment *b = &lt->ex->commitments[second];
	long da = day_of(a->due), db = day_of(b->due);
	long today = civil_days(lt->ref);
	struct civil d;

	if (da == 0 || db == 0 || db >= da || !points_back(u, r, u->len))
		return;
	days_to_civil(da + (db - today), &d);
	civil_format(&d, b->due);
}

int
two_dated_actions(struct letter *lt, const struct unit *u, size_t ms,
    size_t me, void (*clause)(struct letter *, const struct unit *,
    size_t, size_t, size_t, size_t, int))
{
	size_t second = 0, cut = find_cut(u, ms, me, &second);
	size_t before = lt->ex->ncommitments;

	if (cut == 0)
		return 0;
	clause(lt, u, 0, cut, ms, me, 0);
	size_t mid = lt->ex->ncommitments;
	if ((unsigned char)u->lc[ms] >= 0x80)
		zh_follow_clause(lt, u, second, u->len,
		    mid > before ? lt->ex->commitments[before].actor : NULL);
	else
		clause(lt, u, second, u->len, ms, me, 0);
	if (mid > before && lt->ex->ncommitments > mid)
		count_from_first(lt, u, cut, before, mid);
	return 1;
}

/*
 * 李姑娘將於3月20日前寫好報告，副本會稍後寄畀你: after a dated
 * promise and a ，, a clause with a subject of its own (not the
 * parent's, not left out) and its own 將/會 with an unbounded time
 * (稍後, 日後, 盡快, 短期內) is a second, vague promise.
 */
int
zh_vague_own_clause(const struct unit *u, size_t cut, size_t ms)
{
	static const char *const parent[] = { "你", "您", "閣下", "請",
	    "家長", NULL };
	size_t r = cut;

	if (strncmp(u->lc + r, "，", 3) != 0)
		return 0;
	r += 3;
	/* a subject: at least two characters before the marker */
	if (ms < r + 6 || any_of(u, parent, r, r + 6))
		return 0;
	return has_vague_period(u, r, u->len);
}
