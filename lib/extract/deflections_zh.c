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
 *   暫未有定案), deflection.inability (答應唔到, 決定唔到),
 *   deflection.other, deflection.reassurance (明白閣下…, 一向重視)
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

static int
starts_with_at(const struct unit *u, size_t at, const char *s)
{
	size_t n = strlen(s);
	return at + n <= u->len && strncmp(u->lc + at, s, n) == 0;
}

/* First place in lc [a, b) where a word of list starts, or -1. */
static long
first_of(const struct unit *u, const char *const *list, size_t a, size_t b)
{
	long best = -1;
	for (int k = 0; list[k]; k++) {
		long i = find_in(u, list[k], a, b);
		if (i >= 0 && (best < 0 || i < best))
			best = i;
	}
	return best;
}

/* A word of list a, then within `gap` bytes a word of list b. */
int
near_after(const struct unit *u, const char *const *a, const char *const *b,
    size_t gap)
{
	/* any_of() refuses most sentences by the lists' cached byte pairs */
	if (!any_of(u, a, 0, u->len) || !any_of(u, b, 0, u->len))
		return 0;
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

/* 非本校所能置喙, 並非我們所能左右, 非本校可決定: 非 before 所能, 可
 * or 能夠 (not 非常, 竭盡所能), then a verb of deciding or meddling. */
static int
zh_not_ours_to(const struct unit *u)
{
	static const char *const verbs[] = { "置喙", "決定", "左右", "干預",
	    "過問", "插手", "處理", "控制", "改變", "安排", "批准", NULL };
	static const char *const can[] = { "所能", "可以", "能夠", "可", NULL };

	for (int c = 0; can[c]; c++)
		for (long i = find_in(u, can[c], 0, u->len); i >= 0;
		    i = find_in(u, can[c], (size_t)i + 1, u->len)) {
			size_t from = (size_t)i > 15 ? (size_t)i - 15 : 0;
			size_t e = (size_t)i + strlen(can[c]);
			long n = find_in(u, "非", from, (size_t)i);
			if (n >= 0 && !starts_with_at(u, (size_t)n + 3, "常") &&
			    any_of(u, verbs, e, e + 6))
				return 1;
		}
	return 0;
}

/* 委員會決定，梓晴將獲延長…, 委員會已批准: the body's decision told,
 * or its grant — an answer, not a matter put elsewhere. */
static int
zh_decision_given(const struct unit *u)
{
	static const char *const told[] = { "決定，", "決定：", "決定:",
	    "已批准", "已決定", "決定將", "決定為", "批准了", NULL };

	return any_of(u, told, 0, u->len);
}

/* Somebody else decides: "作主", a body outside the school with its
 * business (係教育局嘅事), or a decision put away from us (須由…決定,
 * 唔係我哋可以決定). */
static int
zh_remit(const struct unit *u)
{
	if (any_of(u, zh_remit_frames, 0, u->len) ||
	    near_after(u, zh_copula, zh_their_call, 12) ||
	    near_after(u, zh_cannot, zh_meddle, 3) || zh_not_ours_to(u))
		return 1;
	/* 不在本組職權範圍: a power, or a scope that is the school's (not
	 * 不在本計劃範圍, an offer's terms) */
	if (!zh_dated_promise(u) && ((near_after(u, zh_outside_bodies,
	    zh_decide_words, 6) && !zh_decision_given(u)) ||
	    (near_after(u, zh_not_in, zh_scope, 24) &&
	    (any_of(u, zh_authority, 0, u->len) ||
	    near_after(u, zh_not_in, zh_staff, 12)))))
		return 1;
	return near_after(u, zh_remit_openers, zh_decide_words, 24);
}

/* 已轉交有關部門, 已將您的意見轉介相關同事: the handing on is done and
 * is the whole answer (not 轉交您, handed to the parent, nor 轉告我, a
 * message the writer got). */
static int
zh_handed_on(const struct unit *u)
{
	static const char *const to_you[] = { "您", "你", "閣下", "家長", "我",
	    "本人", NULL };

	for (long d = find_in(u, "已", 0, u->len); d >= 0;
	    d = find_in(u, "已", (size_t)d + 1, u->len))
		for (int k = 0; zh_handover[k]; k++) {
			long i = find_in(u, zh_handover[k], (size_t)d + 3,
			    (size_t)d + 3 + 21 + strlen(zh_handover[k]));
			if (i < 0)
				continue;
			size_t e = (size_t)i + strlen(zh_handover[k]);
			if (strncmp(u->lc + e, "給", 3) == 0 ||
			    strncmp(u->lc + e, "予", 3) == 0 ||
			    strncmp(u->lc + e, "俾", 3) == 0)
				e += 3;
			/* a matter raised is handed on, not a parcel */
			if (!any_of(u, to_you, e, e + 6) &&
			    any_of(u, zh_matters, 0, (size_t)i))
				return 1;
		}
	return 0;
}

/* A matter handed on (轉介予…跟進), or a verb of consideration still
 * under way (處理中, 審批之中, 正在研究, 現正積極研究), with no date to
 * check. */
static int
zh_under_way(const struct unit *u)
{
	static const char *const ongoing[] = { "中", "之中", "當中", NULL };
	/* 正 inside a word (真正, 改正) is no "now" */
	static const char *const not_now[] = { "真", "改", "修", "公", "反",
	    "糾", NULL };

	/* a date beside a promise of the school makes a plan; a date
	 * alone may be the letter answered (就閣下六月十日的來函) */
	if (zh_dated_promise(u))
		return 0;
	if (near_after(u, zh_handover, zh_handled, 30) || zh_handed_on(u))
		return 1;
	for (int k = 0; zh_handled[k]; k++) {
		long i = find_in(u, zh_handled[k], 0, u->len);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(zh_handled[k]);
		for (int o = 0; ongoing[o]; o++)
			if (strncmp(u->lc + e, ongoing[o], strlen(ongoing[o])) == 0)
				return 1;
		size_t b = (size_t)i - ends_at(u, (size_t)i, zh_manner);
		size_t n = ends_at(u, b, zh_now);
		/* 學生正積極研究: pupils at work in a lesson */
		if (n && !(n == 3 && ends_at(u, b - n, not_now)) &&
		    !any_of(u, zh_pupils, 0, b - n))
			return 1;
	}
	return 0;
}

/* "Only then": 才能 before its verb (學校才能申請); the noun (發揮他的
 * 才能, 音樂才能。) follows 的 or ends its clause. */
static int
zh_only_then(const struct unit *u)
{
	static const char *const no_verb[] = { "。", "，", "、", "；", "！",
	    "的", "嘅", "和", "及", NULL };

	for (long i = find_in(u, "才能", 0, u->len); i >= 0;
	    i = find_in(u, "才能", (size_t)i + 1, u->len)) {
		size_t e = (size_t)i + 6;
		if (e >= u->len || ends_at(u, (size_t)i, zh_talent_before) ||
		    any_of(u, no_verb, e, e + 3))
			continue;
		return 1;
	}
	return 0;
}

/* 十分關心, said by the staff or the school before it: where the degree
 * word of such a pair starts, or -1. */
static long
zh_staff_care(const struct unit *u)
{
	if (!near_after(u, zh_degree, zh_care, 0))
		return -1;
	for (int k = 0; zh_degree[k]; k++)
		for (long i = find_in(u, zh_degree[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_degree[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(zh_degree[k]);
			if (any_of(u, zh_care, e, e + 6) &&
			    any_of(u, zh_staff, 0, (size_t)i))
				return i;
		}
	return -1;
}

/* The school's habit of care or the child's good mood, with nothing
 * promised and nothing to check (一向重視, 佢喺學校好開心); a day named
 * (今日堂上表現唔錯, 尋日傾得好開心) makes it an account, not comfort.
 * The care is the staff's: 佢好留意老師 is the child's attention, 同學
 * 一向好支持 the pupils'. */
static int
zh_comfort_form(const struct unit *u)
{
	if (u->nspans > 0 || any_of(u, zh_markers, 0, u->len))
		return 0;
	return (near_after(u, zh_always, zh_care, 12) &&
	    !any_of(u, zh_pupils, 0, u->len)) || zh_staff_care(u) >= 0 ||
	    any_of(u, zh_child_fine, 0, u->len);
}

/* 學校控制唔到, 我哋改變不了, 校方無法左右: the school says it has no
 * power over the matter; the school or its staff come first (佢控制唔到
 * 情緒 is the child's). */
static int
zh_powerless(const struct unit *u)
{
	for (int k = 0; zh_power[k]; k++)
		for (long i = find_in(u, zh_power[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_power[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(zh_power[k]);
			if (!any_of(u, zh_staff, 0, (size_t)i))
				continue;
			if (any_of(u, zh_cannot_after, e, e + 6) ||
			    ends_at(u, (size_t)i, zh_power_not))
				return 1;
		}
	return 0;
}

/* Full up (滿晒, 排滿, 冇位), said where a service is named; 寫滿晒 is a
 * page filled. */
static int
zh_full_service(const struct unit *u)
{
	if (!any_of(u, zh_strained, 0, u->len) ||
	    !any_of(u, zh_services, 0, u->len))
		return 0;
	for (int k = 0; zh_strained[k]; k++) {
		long i = find_in(u, zh_strained[k], 0, u->len);
		if (i >= 0 && !ends_at(u, (size_t)i, zh_filled))
			return 1;
	}
	return 0;
}

/* 十分明白閣下的憂慮, 我哋好理解你: understanding said with a degree is
 * the comfort; a bare 明白你想… only opens the answer. */
static int
zh_deep_understanding(const struct unit *u)
{
	static const char *const deep[] = { "十分", "非常", "好", "很", "極之",
	    "相當", "完全", "深深", "深表", "絕對", NULL };

	if (!near_after(u, zh_understand, zh_addressee, 6))
		return 0;
	for (int k = 0; zh_understand[k]; k++)
		for (long i = find_in(u, zh_understand[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_understand[k], (size_t)i + 1, u->len))
			if (ends_at(u, (size_t)i, deep))
				return 1;
	return 0;
}

/* 要到小四才進行, 要等到六月先有結果: "not until" a later stage, then
 * "only then", all in one clause. */
static int
zh_not_until(const struct unit *u)
{
	for (int k = 0; zh_until[k]; k++)
		for (long i = find_in(u, zh_until[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_until[k], (size_t)i + 1, u->len)) {
			size_t a = (size_t)i + strlen(zh_until[k]);
			for (int s = 0; zh_later_stage[s]; s++) {
				long t = find_in(u, zh_later_stage[s], a, a + 18);
				if (t < 0)
					continue;
				size_t e = (size_t)t + strlen(zh_later_stage[s]);
				if (any_of(u, zh_only_then_words, e, e + 9))
					return 1;
			}
		}
	return 0;
}

/* 一對一加堂我哋真係負擔唔起: the school cannot pay; 如果你負擔唔起 is
 * the parent's purse, and the offer of help after it. */
static int
zh_cannot_afford(const struct unit *u)
{
	static const char *const parent[] = { "你", "您", "閣下", "家長", "如果",
	    "如", "若", NULL };

	for (int k = 0; zh_unaffordable[k]; k++) {
		long i = find_in(u, zh_unaffordable[k], 0, u->len);
		if (i >= 0)
			return !any_of(u, parent, 0, (size_t)i);
	}
	return 0;
}

/* 佢一定跟得上嘅, 他定必能夠追上: the child will surely cope, said with
 * no date and nothing to check (not 一定要跟上, a demand). */
static int
zh_sure_to_cope(const struct unit *u)
{
	if (u->nspans > 0 || !near_after(u, zh_certain, zh_cope, 9))
		return 0;
	for (int k = 0; zh_certain[k]; k++) {
		long i = find_in(u, zh_certain[k], 0, u->len);
		if (i >= 0 && find_in(u, "要", (size_t)i + 6, (size_t)i + 9) >= 0)
			return 0;
	}
	return 1;
}

/* 等佢考完統測先。, 待報告出咗先啦: wait for a stage, then the clause
 * ends on 先 (not 等我先同老師傾, where 先 leads a verb). */
static int
zh_wait_first(const struct unit *u)
{
	static const char *const ends[] = { "，", "。", "啦", "喇", "吧", "la",
	    NULL };

	for (int k = 0; zh_await[k]; k++)
		for (long i = find_in(u, zh_await[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_await[k], (size_t)i + 1, u->len)) {
			size_t a = (size_t)i + strlen(zh_await[k]);
			for (long f = find_in(u, "先", a + 3, a + 36); f >= 0;
			    f = find_in(u, "先", (size_t)f + 3, a + 36)) {
				size_t e = (size_t)f + 3;
				if (e >= u->len || any_of(u, ends, e, e + 3))
					return 1;
			}
		}
	return 0;
}

/* 睇吓佢適唔適應先算, 觀察他是否跟得上再作決定: watching whether
 * (A唔A, 是否) the child copes, then deciding. */
static int
zh_watch_whether(const struct unit *u)
{
	static const char *const whether[] = { "是否", "有冇", "有沒有",
	    "能否", "會唔會", "會不會", NULL };

	for (int k = 0; zh_watch[k]; k++)
		for (long i = find_in(u, zh_watch[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_watch[k], (size_t)i + 1, u->len)) {
			size_t a = (size_t)i + strlen(zh_watch[k]), w = 0;
			long f = first_of(u, whether, a, a + 24);
			if (f >= 0)
				w = (size_t)f + 6;
			for (size_t j = a; !w && j + 9 <= a + 24 && j + 9 <= u->len;
			    j++)	/* 適唔適, 去不去: X 唔/不 X */
				if ((starts_with_at(u, j + 3, "唔") ||
				    starts_with_at(u, j + 3, "不")) &&
				    (unsigned char)u->lc[j] >= 0xe0 &&
				    memcmp(u->lc + j, u->lc + j + 6, 3) == 0)
					w = j + 9;
			if (w && any_of(u, zh_then_decide, w, w + 30))
				return 1;
		}
	return 0;
}

/* 屬正常發展, 呢個年紀好正常: the child's way called normal (not
 * 不正常, 是否正常, 正常上課). */
static int
zh_normal(const struct unit *u)
{
	static const char *const normal[] = { "屬正常", "係正常", "好正常",
	    "十分正常", "很正常", "非常正常", "正常不過", "正常現象",
	    "正常發展", "正常嘅發展", "正常的發展", NULL };
	static const char *const not[] = { "不", "唔", "否", "非", NULL };

	for (int k = 0; normal[k]; k++) {
		long i = find_in(u, normal[k], 0, u->len);
		if (i >= 0 && !ends_at(u, (size_t)i, not))
			return 1;
	}
	return 0;
}

/*
 * 多謝閣下對本校的關注, 感謝家長的關心: thanks for the parent's concern
 * is a courtesy, not comfort, unless the sentence goes on to the
 * school's own care (多謝你嘅關注，我哋一直好重視); so is the parent's
 * concern named as what is answered (就閣下的關注, 為回應您的關注).
 */
int
zh_thanks_for_concern(const struct unit *u)
{
	static const char *const thanks[] = { "多謝", "感謝", "謝謝", NULL };
	static const char *const yours[] = { "閣下", "您", "你", "家長",
	    "台端", NULL };
	static const char *const concern[] = { "關注", "關心", NULL };
	static const char *const ours[] = { "放心", "擔心", "重視", "盡力",
	    "一直", "一向", NULL };

	static const char *const owned[] = { "您的關注", "你的關注",
	    "你嘅關注", "閣下的關注", "家長的關注", "您們的關注", "你哋嘅關注",
	    "閣下的關心", "您的關心", NULL };

	if (any_of(u, ours, 0, u->len))
		return 0;
	/* 為回應您的關注，…將於…: the parent's concern named as what is
	 * answered, the school's care nowhere */
	return (near_after(u, thanks, yours, 6) &&
	    near_after(u, yours, concern, 24)) || any_of(u, owned, 0, u->len);
}

/* 遲啲會好返, 慢慢就會好: the trouble passes by itself; not under a
 * condition (如果佢肯練習就會好返 is advice). */
static int
zh_passes_by_itself(const struct unit *u)
{
	static const char *const ifs[] = { "如果", "假如", "若", "只要", "如",
	    NULL };

	return any_of(u, zh_passes, 0, u->len) && !any_of(u, ifs, 0, u->len);
}

/* 遲啲再講, 稍後再傾: talk again at an unbounded later time, the talk
 * itself the whole answer. */
static int
zh_talk_later(const struct unit *u)
{
	static const char *const again[] = { "再講", "再傾", "再算", "再談",
	    "再說", "再商量", "再決定", "再作決定", NULL };

	return !zh_dated_promise(u) && near_after(u, zh_soft_time, again, 6);
}

/* Is lc[i] inside 「…」 or “…”, words the letter quotes? */
static int
zh_quoted_at(const struct unit *u, size_t i)
{
	static const char *const open[] = { "「", "“", "『", NULL };
	static const char *const close[] = { "」", "”", "』", NULL };

	for (int k = 0; open[k]; k++) {
		long o = -1;
		for (long j = find_in(u, open[k], 0, i); j >= 0;
		    j = find_in(u, open[k], (size_t)j + 1, i))
			o = j;
		if (o >= 0 && find_in(u, close[k], (size_t)o, i) < 0 &&
		    find_in(u, close[k], i, u->len) >= 0)
			return 1;
	}
	return 0;
}

/* Is a limit word of list denied (名額並非有限), asked (有冇資源) or
 * only quoted (你提到「資源有限」)? */
static int
limit_denied_in(const struct unit *u, const char *const *list)
{
	static const char *const denied[] = { "並非", "不是", "唔係", "並不",
	    "並無", "有", NULL };

	for (int k = 0; list[k]; k++) {
		if ((unsigned char)list[k][0] < 0x80)
			continue;
		long i = find_in(u, list[k], 0, u->len);
		if (i >= 0 && (ends_at(u, (size_t)i, denied) ||
		    zh_quoted_at(u, (size_t)i)))
			return 1;
	}
	return 0;
}

/* 名額並非有限, 人手並不緊張: the limit denied or quoted, not pleaded
 * (also asked by deflections.c of its capacity pair). */
int
zh_limit_denied(const struct unit *u)
{
	return limit_denied_in(u, zh_limit_words) ||
	    limit_denied_in(u, limit_words);
}

/* 問題唔算大, 情況並不嚴重: the matter played down. */
static int
zh_minor(const struct unit *u)
{
	static const char *const matter[] = { "問題", "情況", NULL };
	static const char *const small[] = { "唔算大", "不算大", "不大",
	    "唔大", "唔算嚴重", "不算嚴重", "並不嚴重", "唔嚴重", "不嚴重",
	    NULL };

	/* one adverb may stand between: 情況其實唔算嚴重 */
	static const char *const adv[] = { "其實", "根本", "真係", "實在",
	    "本身", "都", "並", "亦", NULL };

	for (int k = 0; matter[k]; k++)
		for (long i = find_in(u, matter[k], 0, u->len); i >= 0;
		    i = find_in(u, matter[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + 6;
			for (int a = 0; adv[a]; a++)
				if (starts_with_at(u, e, adv[a]) &&
				    !starts_with_at(u, e, "並不")) {
					e += strlen(adv[a]);
					break;
				}
			for (int s = 0; small[s]; s++)
				if (starts_with_at(u, e, small[s]) &&
				    !starts_with_at(u, e + strlen(small[s]),
				    "可能"))
					return 1;
		}
	return 0;
}

/* 大個啲自然會好返, 長大後自然會改善: the child will outgrow it, with
 * nothing done (大個啲會學識 is no matter mending). */
static int
zh_outgrow(const struct unit *u)
{
	static const char *const grow[] = { "大個啲", "大個咗", "大個",
	    "長大後", "長大", "大一點", "年紀大啲", "年紀漸長", "過多一兩年",
	    NULL };
	static const char *const mends[] = { "自然會好", "自然好返",
	    "就會好返", "會好返", "自然會改善", "自然改善", "自然會有改善",
	    "自然會冇事", "就冇事", "自然會消失", "自然會減少", NULL };
	return near_after(u, grow, mends, 12);
}

/* 清楚咗好多, 進步了不少: the child is better by much; 很多孩子在這個
 * 階段都會有類似情況: many children are the same. The caller asks only
 * of an undated sentence (今日進步咗好多 is an account). */
static int
zh_better_or_common(const struct unit *u)
{
	static const char *const better[] = { "清楚", "進步", "改善", "穩定",
	    "專心", "流利", "自信", "好", NULL };
	static const char *const much[] = { "咗好多", "了很多", "咗唔少",
	    "了不少", NULL };
	static const char *const many[] = { "很多", "好多", "不少", "許多",
	    "大部分", "大部份", "大半", "大多數", "多數", "一半以上", NULL };
	static const char *const kids[] = { "孩子", "小朋友", "學生", "細路",
	    "兒童", "同學", "細蚊仔", "男仔", "女仔", "學童", "幼兒", NULL };
	static const char *const same[] = { "類似", "同樣", "一樣", "咁", "噉",
	    "經歷", "這種情況", "呢種情況", NULL };
	/* 呢個年紀嘅細路大多數都係咁, 三年級的學生大多如此: the count
	 * after the children */
	static const char *const most_so[] = { "大多數都係", "大部分都係",
	    "多數都係", "大多如此", "大都如此", "普遍都有", "普遍都係",
	    "大多都有", "大多數都有", NULL };
	static const char *const not_[] = { "並非", "唔係", "不是", "未必",
	    NULL };
	static const char *const like[] = { "同班", "跟班", "和班", "與班",
	    "同其他", "跟其他", "和其他", "與其他", NULL };

	for (int k = 0; much[k]; k++)
		for (long i = find_in(u, much[k], 0, u->len); i >= 0;
		    i = find_in(u, much[k], (size_t)i + 1, u->len))
			if (ends_at(u, (size_t)i, better))
				return 1;
	if (near_after(u, kids, most_so, 6))
		return 1;
	/* 大半細蚊仔都係噉, 一半以上的學生都有類似情況 (not 並非大部分…) */
	for (int k = 0; many[k]; k++)
		for (long i = find_in(u, many[k], 0, u->len); i >= 0;
		    i = find_in(u, many[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(many[k]);
			size_t b = (size_t)i > 9 ? (size_t)i - 9 : 0;
			/* 佢同班上大半同學一樣: one child likened to them */
			if (ends_at(u, (size_t)i, not_) || any_of(u, like, b,
			    (size_t)i))
				continue;
			for (int j = 0; kids[j]; j++) {
				long c = find_in(u, kids[j], e, e + 6 +
				    strlen(kids[j]));
				if (c >= 0 && any_of(u, same, (size_t)c, (size_t)c +
				    36 + 12))
					return 1;
			}
		}
	return 0;
}

/* 老實講我真係做唔到, 本人實在無法做到: the writer, adverbs only, then
 * the inability (如果我做唔到 is a condition; 佢做唔到 the child's). */
static int
zh_writer_cannot(const struct unit *u)
{
	static const char *const self[] = { "本人", "我哋", "我們", "我",
	    "學校", "本校", "校方", NULL };
	static const char *const adv[] = { "真係", "真的", "實在", "確實",
	    "的確", "恐怕", "都", "亦", "也", NULL };
	static const char *const cannot[] = { "做唔到", "做不到", "無法做到",
	    "幫唔到", "辦不到", NULL };
	static const char *const ifs[] = { "如果", "假如", "若", "要是",
	    NULL };

	if (!any_of(u, cannot, 0, u->len) || any_of(u, ifs, 0, u->len))
		return 0;
	for (int k = 0; self[k]; k++)
		for (long i = find_in(u, self[k], 0, u->len); i >= 0;
		    i = find_in(u, self[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(self[k]);
			for (int a = 0; adv[a]; a++)
				if (starts_with_at(u, e, adv[a])) {
					e += strlen(adv[a]);
					a = -1;
				}
			for (int c = 0; cannot[c]; c++)
				if (starts_with_at(u, e, cannot[c]) &&
				    !starts_with_at(u, e + strlen(cannot[c]),
				    "嘅") && !starts_with_at(u,
				    e + strlen(cannot[c]), "的"))
					return 1;
		}
	return 0;
}

/* 老師們會多加關注佢的情緒, 學校十分關注: attention as the verb, the
 * staff's care with nothing to check (not the noun, 你嘅關注, "your
 * concerns", which a sentence passes on or answers). */
static int
zh_watch_over(const struct unit *u)
{
	static const char *const lead[] = { "會", "將", "一直", "時刻", "密切",
	    "多加", "十分", "非常", "好", "繼續", NULL };
	static const char *const possessive[] = { "的", "嘅", NULL };

	for (long i = find_in(u, "關注", 0, u->len); i >= 0;
	    i = find_in(u, "關注", (size_t)i + 1, u->len)) {
		size_t from = i >= 12 ? (size_t)i - 12 : 0;
		if (ends_at(u, (size_t)i, possessive))
			continue;
		if (any_of(u, lead, from, (size_t)i))
			return !has_checkable_date(u);
	}
	return 0;
}

/* 轉堂、實驗室或排隊等較少規範的時段: lining up named among the day's
 * moments (after 、, 或, 及, 和) is the child's, and its 等 is "etc.";
 * no queue for a service. */
static int
zh_lining_up(const struct unit *u)
{
	static const char *const listed[] = { "、", "或", "及", "和", "與",
	    NULL };

	for (long i = find_in(u, "排隊", 0, u->len); i >= 0;
	    i = find_in(u, "排隊", (size_t)i + 1, u->len))
		if (ends_at(u, (size_t)i, listed))
			return 1;
	return 0;
}

const char *
zh_deflection_kind(const struct unit *u, const char **rule)
{
	size_t i = 0;

	/* every class below is Chinese: an English sentence has none */
	while (i < u->len && (unsigned char)u->lc[i] < 0x80)
		i++;
	if (i == u->len)
		return NULL;
	if ((any_of(u, zh_waiting_frames, 0, u->len) || zh_only_then(u) ||
	    near_after(u, zh_unless, zh_otherwise, 45) ||
	    (!zh_dated_promise(u) && (near_after(u, zh_await, zh_then_again,
	    45) || (near_after(u, zh_watch, zh_how_goes, 36) &&
	    near_after(u, zh_how_goes, zh_then_decide, 12)) ||
	    zh_wait_first(u)))) && !zh_wait_lasted(u)) {
		*rule = "deflection.waiting";
		return "waiting";
	}
	if (!zh_dated_promise(u) && (any_of(u, zh_wait_and_see, 0, u->len) ||
	    near_after(u, zh_takes_time, zh_handled, 6) || zh_talk_later(u) ||
	    zh_watch_whether(u))) {
		*rule = "deflection.wait-and-see";
		return "waiting";
	}
	if (((any_of(u, capacity_nouns, 0, u->len) &&
	    any_of(u, zh_limit_words, 0, u->len)) ||
	    (any_of(u, zh_capacity_nouns, 0, u->len) &&
	    (any_of(u, zh_limit_words, 0, u->len) ||
	    any_of(u, limit_words, 0, u->len))) ||
	    zh_full_service(u) || zh_cannot_afford(u) || zh_one_for_many(u) ||
	    near_after(u, zh_load_nouns, zh_much, 15)) && !zh_limit_denied(u)) {
		*rule = "deflection.capacity";
		return "budget";
	}
	/* "we will review her place on the waiting list in July" is a
	 * dated plan that names a queue, not a queue given as the answer */
	if (!zh_dated_promise(u) && any_of(u, zh_queue_frames, 0, u->len) &&
	    !zh_lining_up(u)) {
		*rule = "deflection.queue";
		return "budget";
	}
	/* 我下個禮拜三會幫佢試用…，睇吓會唔會順啲: a dated trial, then a
	 * look at how it went, is no answer left hanging */
	if (!zh_dated_promise(u) && near_after(u, zh_depend, zh_whether, 24) &&
	    !zh_parent_looks(u)) {
		*rule = "deflection.conditional";
		return "budget";
	}
	if (zh_comment_declined(u)) {
		*rule = "deflection.zh-no-comment";
		return "other";
	}
	if (!zh_dated_promise(u) && zh_ask_first(u)) {
		*rule = "deflection.waiting";
		return "waiting";
	}
	if (zh_remit(u)) {
		*rule = "deflection.remit";
		return "legal-position";
	}
	if (zh_not_everyone(u)) {
		*rule = "deflection.eligibility";
		return "legal-position";
	}
	/* 有關安排並無違規: the school says no rule was broken, 處理大致符合
	 * 指引 that it kept them; 學校唔一定要做IEP: no rule asks for the
	 * plan */
	if (!zh_dated_promise(u) && (near_after(u, zh_no_breach, zh_breach,
	    3) || near_after(u, zh_comply, zh_rules, 15) ||
	    zh_no_rule_for_plan(u))) {
		*rule = "deflection.legal-position";
		return "legal-position";
	}
	if (!names_its_owner(u) && (zh_under_way(u) ||
	    (!zh_dated_promise(u) && near_after(u, zh_not_yet, zh_outcome,
	    6)))) {
		*rule = "deflection.passive-consideration";
		return "no-owner";
	}
	if (near_after(u, zh_school_acts, zh_cannot_after, 0) ||
	    zh_powerless(u) || zh_writer_cannot(u) ||
	    (!zh_dated_promise(u) && zh_no_provision(u))) {
		*rule = "deflection.inability";
		return "other";
	}
	if (any_of(u, zh_refusal, 0, u->len) ||
	    (!zh_dated_promise(u) && zh_not_until(u))) {
		*rule = "deflection.other";
		return "other";
	}
	if (any_of(u, zh_reassurance, 0, u->len) || zh_comfort_form(u) ||
	    zh_watch_over(u) ||
	    near_after(u, zh_no_need, zh_worry, 6) ||
	    (!zh_dated_promise(u) && (near_after(u, zh_believe, zh_soon, 9) ||
	    near_after(u, zh_believe, zh_done_well, 15))) ||
	    (u->nspans == 0 && zh_held_enough(u)) ||
	    zh_deep_understanding(u) || zh_sure_to_cope(u) || zh_minor(u) ||
	    (!zh_dated_promise(u) && zh_believed_future(u)) ||
	    (!zh_dated_promise(u) && zh_outgrow(u)) ||
	    (u->nspans == 0 && (zh_normal(u) || zh_passes_by_itself(u))) ||
	    (u->nspans == 0 && zh_better_or_common(u))) {
		*rule = "deflection.reassurance";
		return "reassurance";
	}
	return NULL;
}
