/*
 * deflections_zh.c — the Chinese forms of the deflection classes of
 * deflections.c, read when none of the mixed classes named the sentence.
 * 書面語 and 粵語 say the same classes with other shapes: a limit word
 * after its noun (人手真係好緊), a queue (排期要到九月), "only then" (…完先
 * 可以), a negated need with an adverb inside (唔使太擔心), a decision put
 * with a body outside the school (係教育局嘅事, 須由…決定), a matter handed
 * on (已轉介予…跟進), a verb of consideration still under way (審批之中).
 * Rules (named as in deflections.c, so one class has one name):
 *   deflection.waiting, deflection.wait-and-see, deflection.capacity,
 *   deflection.queue, deflection.conditional (要睇…有冇), deflection.remit
 *   (係醫生嘅決定, 唔可以干預), deflection.passive-consideration (also
 *   暫未有定案), deflection.other, deflection.reassurance (明白閣下…)
 */
#include <string.h>

#include "extract/extract_int.h"

/* Is there a zh future marker and a date that could be checked? Then
 * "再觀察" is part of a plan, not the plan. */
static int
zh_dated_promise(const struct unit *u)
{
	int dated = 0;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].vague &&
		    !u->spans[k].past)
			dated = 1;
	return dated && any_of(u, zh_markers, 0, u->len);
}

/* A word of list a, then within `gap` bytes a word of list b. */
int
near_after(const struct unit *u, const char *const *a, const char *const *b,
    size_t gap)
{
	for (int k = 0; a[k]; k++) {
		long i = find_in(u, a[k], 0, u->len);
		while (i >= 0) {
			size_t from = (size_t)i + strlen(a[k]);
			size_t to = from + gap;
			for (int j = 0; b[j]; j++)
				if (find_in(u, b[j], from, to + strlen(b[j])) >= 0)
					return 1;
			i = find_in(u, a[k], (size_t)i + 1, u->len);
		}
	}
	return 0;
}

/* Somebody else decides: "作主", a body outside the school with its
 * business (係教育局嘅事), or a decision put away from us (須由…決定,
 * 唔係我哋可以決定). */
static int
zh_remit(const struct unit *u)
{
	if (any_of(u, zh_remit_frames, 0, u->len) ||
	    near_after(u, zh_copula, zh_their_call, 12) ||
	    near_after(u, zh_cannot, zh_meddle, 3))
		return 1;
	if (!zh_dated_promise(u) && near_after(u, zh_outside_bodies,
	    zh_decide_words, 3))
		return 1;
	return near_after(u, zh_remit_openers, zh_decide_words, 24);
}

/* A matter handed on (轉介予…跟進), or a verb of consideration still
 * under way (處理中, 審批之中, 正在研究), with no date to check. */
static int
zh_under_way(const struct unit *u)
{
	static const char *const ongoing[] = { "中", "之中", "當中", NULL };
	static const char *const now[] = { "正在", "仍在", "現正", NULL };

	/* a date beside a promise of the school makes a plan; a date
	 * alone may be the letter answered (就閣下六月十日的來函) */
	if (zh_dated_promise(u))
		return 0;
	if (near_after(u, zh_handover, zh_handled, 30))
		return 1;
	for (int k = 0; zh_handled[k]; k++) {
		long i = find_in(u, zh_handled[k], 0, u->len);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(zh_handled[k]);
		for (int o = 0; ongoing[o]; o++)
			if (strncmp(u->lc + e, ongoing[o], strlen(ongoing[o])) == 0)
				return 1;
		for (int o = 0; now[o]; o++) {
			size_t n = strlen(now[o]);
			if ((size_t)i >= n && strncmp(u->lc + i - n, now[o], n) == 0)
				return 1;
		}
	}
	return 0;
}

const char *
zh_deflection_kind(const struct unit *u, const char **rule)
{
	if (any_of(u, zh_waiting_frames, 0, u->len)) {
		*rule = "deflection.waiting";
		return "waiting";
	}
	if (!zh_dated_promise(u) && any_of(u, zh_wait_and_see, 0, u->len)) {
		*rule = "deflection.wait-and-see";
		return "waiting";
	}
	if ((any_of(u, capacity_nouns, 0, u->len) &&
	    any_of(u, zh_limit_words, 0, u->len)) ||
	    (any_of(u, zh_capacity_nouns, 0, u->len) &&
	    (any_of(u, zh_limit_words, 0, u->len) ||
	    any_of(u, limit_words, 0, u->len)))) {
		*rule = "deflection.capacity";
		return "budget";
	}
	/* "we will review her place on the waiting list in July" is a
	 * dated plan that names a queue, not a queue given as the answer */
	if (!zh_dated_promise(u) && any_of(u, zh_queue_frames, 0, u->len)) {
		*rule = "deflection.queue";
		return "budget";
	}
	if (near_after(u, zh_depend, zh_whether, 24)) {
		*rule = "deflection.conditional";
		return "budget";
	}
	if (zh_remit(u)) {
		*rule = "deflection.remit";
		return "legal-position";
	}
	if (zh_under_way(u) || (!zh_dated_promise(u) &&
	    near_after(u, zh_not_yet, zh_outcome, 6))) {
		*rule = "deflection.passive-consideration";
		return "no-owner";
	}
	if (any_of(u, zh_refusal, 0, u->len)) {
		*rule = "deflection.other";
		return "other";
	}
	if (any_of(u, zh_reassurance, 0, u->len) ||
	    near_after(u, zh_no_need, zh_worry, 6) ||
	    near_after(u, zh_understand, zh_addressee, 6)) {
		*rule = "deflection.reassurance";
		return "reassurance";
	}
	return NULL;
}
