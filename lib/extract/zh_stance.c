/*
 * zh_stance.c — the school's stance in Chinese, read for
 * deflections_zh.c: what the school holds (所給的已經足夠, 已作出適切安
 * 排), what it will not say (唔方便評論), what no rule binds it to (唔一定
 * 要做IEP), whom it must ask first (要問吓主任先), and the parent asked
 * to look (你哋睇吓有冇遺漏), which is no condition of the school's,
 * what it will not provide (暫時不會為他安排, 並無…的安排), a belief that
 * the child will surely do well (相信…俊希定能逐步適應); and, for
 * commitments.c, a 會 that only may be (或會, 可能會).
 */
#include <string.h>

#include "extract/extract_int.h"

/* 你哋睇吓有冇遺漏, 請您睇下有冇問題: the parent is asked to look;
 * the condition is hers to check, no answer of the school's hangs on
 * it. */
int
zh_parent_looks(const struct unit *u)
{
	static const char *const you[] = { "你哋", "你們", "您", "你", "請",
	    "麻煩", NULL };
	static const char *const look[] = { "睇吓", "睇下", "看看", NULL };

	return near_after(u, you, look, 0);
}

/* 學校唔一定要做IEP, 不一定要訂立個別學習計劃: not bound to the plan */
static const char *const zh_not_bound[] = { "唔一定要", "不一定要",
	"未必要", "唔使一定", "不必一定", NULL };
static const char *const zh_plans[] = { "iep", "個別學習計劃", NULL };

/* 校方認為現行安排恰當, 本校認為現有溝通渠道已經足夠: the writer's side
 * holds that what is given is enough, and no step or date follows */
static const char *const zh_writer_holds[] = { "校方認為", "本校認為",
	"學校認為", "我們認為", "我哋認為", "我哋覺得", "我們相信",
	"本校相信", "校方相信", "我認為", "本人認為", NULL };
static const char *const zh_adequate[] = { "恰當", "足夠", "合適", "適切",
	"妥當", "充足", "適合佢", "適合他", "適合她", NULL };
/* 學校已按其需要作出適切安排: the school says it has already done what
 * fits, and names nothing */
static const char *const zh_school_has[] = { "學校已", "本校已", "校方已",
	"我們已", "我哋已", "學校一直", "本校一直", NULL };
static const char *const zh_fitting[] = { "適切安排", "恰當安排", "適當安排",
	"適切支援", "適切的安排", "適切的支援", "適當的支援", "適當支援", NULL };

/* 我哋真係唔方便評論, 並非本中心可以評論的範圍: comment declined */
static const char *const zh_not_free[] = { "唔方便", "不便", "未能", "無法",
	"唔可以", "並非", "不宜", "唔適合", NULL };
static const char *const zh_comment[] = { "評論", "置評", "發表意見",
	"作出評論", NULL };

/* 我要問吓英文科主任先: another must be asked first, the clause ends on 先 */
int
zh_ask_first(const struct unit *u)
{
	static const char *const ask[] = { "要問吓", "要問下", "要問過",
	    "要先問", "問咗", "要同", NULL };
	static const char *const first[] = { "先。", "先，", "先！", NULL };

	if (near_after(u, ask, first, 36))
		return 1;
	/* the unit ends on 先 */
	return u->len >= 3 && strcmp(u->lc + u->len - 3, "先") == 0 &&
	    any_of(u, ask, 0, u->len);
}

int
zh_no_rule_for_plan(const struct unit *u)
{
	return near_after(u, zh_not_bound, zh_plans, 30);
}

int
zh_held_enough(const struct unit *u)
{
	return near_after(u, zh_writer_holds, zh_adequate, 30) ||
	    near_after(u, zh_school_has, zh_fitting, 36);
}

int
zh_comment_declined(const struct unit *u)
{
	return near_after(u, zh_not_free, zh_comment, 30);
}

/* 或會, 可能會, 也許會: the marker at ms only may be. */
int
zh_hedged(const struct unit *u, size_t a, size_t ms)
{
	static const char *const may[] = { "或", "可能", "也許", "或者",
	    "有機會", "或許", NULL };

	if (ms >= u->len || (unsigned char)u->lc[ms] < 0x80)
		return 0;
	size_t n = ends_at(u, ms, may);
	return n && ms >= a + n;
}

/* 學校暫時不會為他安排心理評估, 並無為個別學生聘請專責助理的安排: the
 * school will not provide it, or has no arrangement for it (not 會唔會
 *安排, a question; not 不會影響, no provision). */
int
zh_no_provision(const struct unit *u)
{
	static const char *const wont[] = { "不會", "唔會", NULL };
	static const char *const provide[] = { "安排", "提供", "增設",
	    "開設", "批准", "聘請", "加開", NULL };
	static const char *const none[] = { "並無", "並沒有", "沒有", "冇",
	    NULL };
	static const char *const arrangement[] = { "的安排", "嘅安排",
	    "的計劃", "的政策", NULL };

	for (int k = 0; wont[k]; k++)
		for (long i = find_in(u, wont[k], 0, u->len); i >= 0;
		    i = find_in(u, wont[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(wont[k]);
			if (i >= 3 && (strncmp(u->lc + i - 3, "會", 3) == 0))
				continue;	/* 會不會, 會唔會 */
			if (any_of(u, provide, e, e + 15 < u->len ? e + 15 :
			    u->len))
				return 1;
		}
	for (int k = 0; none[k]; k++) {
		long i = find_in(u, none[k], 0, u->len);
		if (i < 0)
			continue;
		long c = find_in(u, "，", (size_t)i, u->len);
		size_t to = c < 0 ? u->len : (size_t)c;
		if (any_of(u, arrangement, (size_t)i, to))
			return 1;
	}
	return 0;
}

/* 相信在家校合作下，俊希定能逐步適應; 深信…來年定能有更大進步: a belief
 * that the child will surely do well, with nothing to check (決定能否 is
 * a decision, not a certainty). */
int
zh_believed_future(const struct unit *u)
{
	static const char *const sure[] = { "定能", "定必", "必定", "必能",
	    "一定可以", "一定能夠", NULL };
	static const char *const decide[] = { "決", "確", "規", "指", "約",
	    NULL };
	long b = -1;

	for (int k = 0; zh_believe[k] && b < 0; k++)
		b = find_in(u, zh_believe[k], 0, u->len);
	if (b < 0)
		return 0;
	for (int k = 0; sure[k]; k++)
		for (long i = find_in(u, sure[k], (size_t)b, (size_t)b + 90);
		    i >= 0; i = find_in(u, sure[k], (size_t)i + 1,
		    (size_t)b + 90))
			if (i < 3 || !ends_at(u, (size_t)i, decide))
				return 1;
	return 0;
}
