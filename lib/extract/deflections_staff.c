/*
 * deflections_staff.c — round 15: forms read when no class of
 * deflections.c named the sentence. Each is a class of form:
 *   deflection.short-staffed  a team short by a count of its people
 *                             ("two teachers down", 少咗兩位同事)
 *   deflection.queue          a wait of months for a place ("families
 *                             wait six to nine months")
 *   deflection.remit          a provider that does not do a thing for
 *                             schools; the writer's place not to step
 *                             in (唔方便插手, 不宜介入). A procedure that
 *                             names who handles a matter first (投訴須先
 *                             由校長處理) is no deflection (test_rules in
 *                             test_extract_zh10.c).
 *   deflection.passing-on     the writer must first run it past, or
 *                             clear it with, somebody senior
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* Is lc[i] the start of a count: a digit, or a small number word? */
static size_t
count_at(const struct unit *u, size_t i)
{
	static const char *const words[] = { "a ", "an ", "one ", "two ",
	    "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ",
	    "ten ", "eleven ", "twelve ", "fifteen ", "eighteen ", "twenty ",
	    "several ", "a few ", "a couple of ", NULL };

	if (i < u->len && isdigit((unsigned char)u->lc[i])) {
		size_t e = i;
		while (e < u->len && isdigit((unsigned char)u->lc[e]))
			e++;
		return e < u->len && u->lc[e] == ' ' ? e + 1 - i : 0;
	}
	for (int k = 0; words[k]; k++) {
		size_t n = strlen(words[k]);
		if (i + n <= u->len && strncmp(u->lc + i, words[k], n) == 0 &&
		    (i == 0 || !isalpha((unsigned char)u->lc[i - 1])))
			return n;
	}
	return 0;
}

static const char *const staff_nouns[] = { "members", "member",
    "teachers", "teacher", "staff", "people", "person", "colleagues",
    "colleague", "assistants", "assistant", "therapists", "therapist",
    "tas", "ta", "social workers", "social worker", "counsellors",
    "counsellor", "tutors", "tutor", "staff members", "members of staff",
    NULL };

/* The end of a staff noun at lc[w], or at the word after one word of
 * kind ("two teaching assistants"), or 0. */
static size_t
staff_noun_at(const struct unit *u, size_t w)
{
	for (int pass = 0; pass < 2; pass++) {
		for (int s = 0; staff_nouns[s]; s++) {
			size_t n = strlen(staff_nouns[s]);
			if (strncmp(u->lc + w, staff_nouns[s], n) == 0 &&
			    !is_alnum_at(u, (long)(w + n)))
				return w + n;
		}
		while (w < u->len && isalpha((unsigned char)u->lc[w]))
			w++;
		if (w >= u->len || u->lc[w] != ' ')
			return 0;
		w++;
	}
	return 0;
}

/* "the team is two members short", "we are a teacher down this term",
 * "the unit has two fewer therapists", "short of three staff": a count
 * of the school's people, then short, down or fewer. */
static int
short_staffed(const struct unit *u)
{
	static const char *const lack[] = { "short", "down", NULL };
	static const char *const after_bad[] = { " the", " a ", " to", " of",
	    " on", " in the", " with", NULL };
	static const char *const shortof[] = { "short of ", "fewer ", NULL };

	if (!any_of(u, staff_nouns, 0, u->len))
		return 0;
	for (size_t i = 0; i < u->len; i++) {
		if (i > 0 && u->lc[i - 1] != ' ')
			continue;	/* counts start words */
		size_t c = count_at(u, i), w = i + c, e;
		if (c == 0)
			continue;
		/* "two fewer teachers", "short of three staff" */
		int lead = 0;
		for (int k = 0; shortof[k]; k++)
			if (i >= strlen(shortof[k]) && strncmp(u->lc + i -
			    strlen(shortof[k]), shortof[k], strlen(shortof[k])) == 0)
				lead = 1;
		if (strncmp(u->lc + w, "fewer ", 6) == 0) {
			w += 6;
			lead = 1;
		}
		if ((e = staff_noun_at(u, w)) == 0)
			continue;
		if (lead)
			return 1;
		while (e < u->len && u->lc[e] == ' ')
			e++;
		for (int l = 0; lack[l]; l++) {
			size_t m = strlen(lack[l]);
			if (strncmp(u->lc + e, lack[l], m) != 0 ||
			    is_alnum_at(u, (long)(e + m)))
				continue;
			int bad = 0;
			for (int k = 0; after_bad[k]; k++)
				if (strncmp(u->lc + e + m, after_bad[k],
				    strlen(after_bad[k])) == 0)
					bad = 1;
			if (!bad)
				return 1;
		}
	}
	return 0;
}

/* 少咗兩位同事, 缺了一名老師, 人手少兩個: a count of the team's people
 * gone missing. */
static int
zh_short_staffed(const struct unit *u)
{
	static const char *const lack[] = { "少咗", "少了", "欠缺", "缺少",
	    "短缺", "缺咗", "缺了", "少", "缺", "欠", NULL };
	static const char *const num[] = { "一", "兩", "二", "三", "四", "五",
	    "幾", "1", "2", "3", "4", "5", NULL };
	static const char *const cls[] = { "位", "名", "個", "个", NULL };
	static const char *const staff[] = { "同事", "老師", "教師", "職員",
	    "社工", "助理", "治療師", "人手", "導師", "助教", "輔導員", NULL };

	if (!any_of(u, staff, 0, u->len) || !any_of(u, lack, 0, u->len))
		return 0;
	for (int k = 0; lack[k]; k++)
		for (long i = find_in(u, lack[k], 0, u->len); i >= 0;
		    i = find_in(u, lack[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(lack[k]);
			for (int n = 0; num[n]; n++) {
				size_t m = strlen(num[n]);
				if (strncmp(u->lc + e, num[n], m) != 0)
					continue;
				for (int c = 0; cls[c]; c++) {
					size_t f = e + m;
					if (strncmp(u->lc + f, cls[c],
					    strlen(cls[c])) != 0)
						continue;
					f += strlen(cls[c]);
					if (any_of(u, staff, f, f + 9))
						return 1;
				}
			}
		}
	return 0;
}

/* "families wait six to nine months", "are typically waiting 8 to 10
 * months for a slot": a wait counted in months or years. */
static int
months_wait(const struct unit *u)
{
	static const char *const wait[] = { "wait", "waiting", "waits", NULL };
	static const char *const span[] = { "months", "month", "years",
	    "year", NULL };

	if (!any_of(u, span, 0, u->len))
		return 0;
	for (int k = 0; wait[k]; k++)
		for (long i = find_in(u, wait[k], 0, u->len); i >= 0;
		    i = find_in(u, wait[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(wait[k]);
			if (is_alnum_at(u, (long)e) || (i > 0 &&
			    isalpha((unsigned char)u->lc[i - 1])))
				continue;
			size_t w = e;
			while (w < u->len && u->lc[w] == ' ')
				w++;
			/* at most one word of degree before the count */
			static const char *const about[] = { "about ",
			    "around ", "up to ", "over ", "roughly ",
			    "at least ", "more than ", "some ", NULL };
			for (int a = 0; about[a]; a++)
				if (strncmp(u->lc + w, about[a],
				    strlen(about[a])) == 0)
					w += strlen(about[a]);
			size_t c = count_at(u, w);
			if (c == 0)
				continue;
			if (next_within(u, w + c, span, 2) >= 0)
				return 1;
		}
	return 0;
}

/* "the centre does not issue reports for school use", "our clinic
 * doesn't write letters to schools": a provider's own line, drawn at
 * schools. */
static int
not_for_schools(const struct unit *u)
{
	static const char *const provider[] = { "centre", "center", "clinic",
	    "service", "practice", "hospital", "agency", "therapists",
	    "our team", "ngo", NULL };
	static const char *const neg[] = { "does not", "doesn't", "do not",
	    "don't", "will not", "won't", NULL };
	static const char *const school[] = { "for school use",
	    "for use in school", "for use at school", "for schools",
	    "to schools", "for third parties", "to third parties",
	    "for school purposes", "to a school", "for a school", NULL };

	if (!any_of(u, school, 0, u->len) || !word_then(u, provider, neg, 1))
		return 0;
	return 1;
}

/* "something I need to run past Ms Cheung first", "I'll have to clear
 * it with the Principal": the writer's step waits on somebody above. */
static int
run_past(const struct unit *u)
{
	static const char *const need[] = { "need to", "have to", "must",
	    "would need to", "will need to", "'ll need to", "'ll have to",
	    "will have to", "got to", NULL };
	static const char *const clear[] = { "run it past", "run this past",
	    "run that past", "run past", "clear it with", "clear this with",
	    "clear that with", "check it with", "check this with",
	    "get approval from", "get the go-ahead from",
	    "get sign-off from", "get agreement from", "run it by",
	    "run this by", "run by", "check with", "clear with", NULL };

	if (!any_of(u, clear, 0, u->len) || !word_then(u, need, clear, 1))
		return 0;
	for (int k = 0; clear[k]; k++) {
		long i = find_in(u, clear[k], 0, u->len);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(clear[k]);
		if (any_of(u, person_titles, e, e + 12) ||
		    any_of(u, roles_en, e, e + 30))
			return 1;
	}
	return 0;
}

/* 我哋唔方便插手, 本校不便介入: the writer's place, not to step in. */
static int
zh_not_to_step_in(const struct unit *u)
{
	static const char *const not[] = { "唔方便", "不便", "不方便",
	    "不宜", "唔適合", "不適合", NULL };
	static const char *const step[] = { "插手", "介入", "干預", "過問",
	    "干涉", NULL };

	return near_after(u, not, step, 9);
}

/* 睇吓點樣安排, 看看如何處理, 研究吓可唔可以: a look at how, the only
 * step promised; read in lc [me, b) after a future marker. */
int
zh_look_how(const struct unit *u, size_t me, size_t b)
{
	static const char *const look[] = { "睇吓", "睇下", "睇睇", "看看",
	    "看一看", "研究吓", "研究下", "諗吓", "諗下", "想想", NULL };
	static const char *const how[] = { "點樣", "點", "如何", "怎樣",
	    "怎麼", "可唔可以", "能否", "可否", "有冇", "有沒有", "係咪", NULL };

	for (int k = 0; look[k]; k++) {
		long i = find_in(u, look[k], me, b);
		if (i >= 0 && i - (long)me <= 12) {
			size_t e = (size_t)i + strlen(look[k]);
			for (int h = 0; how[h]; h++)
				if (strncmp(u->lc + e, how[h], strlen(how[h])) == 0)
					return 1;
		}
	}
	return 0;
}

const char *
staff_kind(const struct unit *u, const char **rule)
{
	if (short_staffed(u) || zh_short_staffed(u)) {
		*rule = "deflection.short-staffed";
		return "budget";
	}
	if (months_wait(u)) {
		*rule = "deflection.queue";
		return "budget";
	}
	if (not_for_schools(u) || zh_not_to_step_in(u)) {
		*rule = "deflection.remit";
		return "other";
	}
	if (run_past(u)) {
		*rule = "deflection.passing-on";
		return "other";
	}
	return NULL;
}
