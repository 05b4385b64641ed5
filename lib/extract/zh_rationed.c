/*
 * zh_rationed.c — three Chinese deflection forms the deflection chain
 * (deflection_kind()) has none of, asked by extract.c only when it
 * found nothing and the sentence made no promise.
 *
 *   deflection.zh-rationed  a supply already rationed for the period:
 *                           only (只, 淨係, 僅) a grant (批, 撥, 分配,
 *                           分到, 資助) of a count of sessions or places
 *                           (只批咗八節, 只獲批五節, 只批出十個名額):
 *                           budget
 *   deflection.zh-hinges    要睇 + an open question (幾多, 會唔會,
 *                           能否): the answer hangs on another's call
 *   deflection.zh-effort    the writer's effort given as the answer,
 *                           with a perfective (已經盡咗力, 盡晒全力,
 *                           能做嘅都做晒): reassurance; not a promise
 *                           to try (會盡力), nor the child's effort
 */
#include <string.h>

#include "extract/extract_int.h"

static const char *const zh_numerals[] = { "一", "二", "兩", "三", "四",
	"五", "六", "七", "八", "九", "十", "廿", NULL };

/* Does a count (digits or numerals) start at lc[i]? Its end, or 0. */
static size_t
count_at(const struct unit *u, size_t i)
{
	size_t e = i;

	for (;;) {
		if (e < u->len && u->lc[e] >= '0' && u->lc[e] <= '9') {
			e++;
			continue;
		}
		int step = 0;
		for (int k = 0; zh_numerals[k] && !step; k++)
			if (strncmp(u->lc + e, zh_numerals[k], 3) == 0)
				step = 3;
		if (!step)
			break;
		e += step;
	}
	return e > i ? e : 0;
}

static int
rationed(const struct unit *u)
{
	static const char *const only[] = { "只", "淨係", "僅", NULL };
	static const char *const grant[] = { "獲批", "批咗", "批了", "批出",
	    "批", "撥款資助", "撥咗", "撥出", "撥", "分配到", "分配咗",
	    "分配了", "分配", "獲分配", "分到", "分得", "資助", NULL };
	static const char *const unit_of[] = { "節", "堂", "次", "個名額",
	    "名額", "個學位", "學位", "小時", "個鐘", "個位", NULL };

	for (int o = 0; only[o]; o++)
		for (long i = find_in(u, only[o], 0, u->len); i >= 0;
		    i = find_in(u, only[o], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(only[o]);
			size_t g = 0;
			for (int k = 0; grant[k] && !g; k++)
				if (strncmp(u->lc + e, grant[k],
				    strlen(grant[k])) == 0)
					g = e + strlen(grant[k]);
			if (!g)
				continue;
			/* the count right after the grant, or after one
			 * more verb character (批出, 撥款) */
			size_t c = count_at(u, g);
			if (!c && g + 3 <= u->len)
				c = count_at(u, g + 3);
			if (c && any_of(u, unit_of, c, c + 9))
				return 1;
		}
	return 0;
}

static int
effort(const struct unit *u)
{
	/* 盡 + aspect + (全)力, and the done-all-we-can forms */
	static const char *const spent[] = { "盡咗力", "盡晒力", "盡哂力",
	    "盡曬力", "盡了力", "盡咗全力", "盡晒全力", "盡哂全力", "盡曬全力",
	    "盡了全力",
	    "能做嘅都", "能做的都", "可以做嘅都", "可以做的都", NULL };
	static const char *const done_all[] = { "做晒", "做哂", "做咗",
	    "做了", NULL };
	/* 已經 or an affirming adverb (真係, 確實) */
	static const char *const already[] = { "已經", "已", "都", "真係",
	    "真的", "確實", NULL };
	/* the writer's side: we, the school, a staff role, a team (…組) */
	static const char *const we[] = { "我哋", "我們", "我地", "我",
	    "學校", "本校", "校方", "老師", "主任", "社工", "組", "團隊",
	    NULL };

	for (int s = 0; spent[s]; s++)
		for (long i = find_in(u, spent[s], 0, u->len); i >= 0;
		    i = find_in(u, spent[s], (size_t)i + 1, u->len)) {
			size_t from = clause_start(u, (size_t)i);
			size_t e = (size_t)i + strlen(spent[s]);
			/* 能做嘅都(已經)做晒: the doing must follow */
			if (strncmp(spent[s] + strlen(spent[s]) - 3, "都",
			    3) == 0 && !any_of(u, done_all, e, e + 15))
				continue;
			if (s < 10 && !any_of(u, already, from, (size_t)i))
				continue;
			if (any_of(u, we, from, (size_t)i))
				return 1;
		}
	return 0;
}

/* 要睇教育局今年撥幾多錢落嚟, 要看校方能否安排: the answer hangs on
 * an open question another will settle (要睇 + a question word);
 * 佢要睇醫生 is no such */
static int
hinges_on(const struct unit *u)
{
	static const char *const see[] = { "要睇", "要看", "得睇", NULL };
	static const char *const open[] = { "幾多", "點樣", "點", "會唔會",
	    "會不會", "有冇", "有沒有", "幾時", "是否", "能否", "可唔可以",
	    "可否", "批唔批",
	    /* 要睇埋EP報告先決定: first the report, then the answer */
	    "先決定", "先知", "先定", "先可以決定",
	    /* 具體日期要睇人手: on what supply there is */
	    "人手", "資源", "名額", NULL };

	for (int k = 0; see[k]; k++)
		for (long i = find_in(u, see[k], 0, u->len); i >= 0;
		    i = find_in(u, see[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(see[k]);
			if (any_of(u, open, e, e + 30))
				return 1;
		}
	return 0;
}

const char *
zh_rationed_kind(const struct unit *u, const char **rule)
{
	/* Chinese only: the first non-ASCII byte decides */
	size_t i = 0;
	while (i < u->len && (unsigned char)u->lc[i] < 0x80)
		i++;
	if (i == u->len)
		return NULL;
	if (rationed(u)) {
		*rule = "deflection.zh-rationed";
		return "budget";
	}
	if (effort(u)) {
		*rule = "deflection.zh-effort";
		return "reassurance";
	}
	if (hinges_on(u)) {
		*rule = "deflection.zh-hinges";
		return "conditional";
	}
	return NULL;
}
