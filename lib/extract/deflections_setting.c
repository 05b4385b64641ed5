/*
 * deflections_setting.c — deflection words that set the scene for an
 * answer instead of being it. Each is asked by deflection_kind() before
 * it names a waiting or an inability:
 *
 *   zh_cause_clause()    因未能…而: a "could not" told as a cause
 *   parents_inability()  "if you are unable to attend, we will …"
 *   remedied_miss()      a one-off miss, then a dated remedy
 *   account_of_events()  經了解…: the writer's account of what happened
 *   own_step_first()     我睇完先覆你: the writer's own step, then a reply
 *   wait_as_backdrop()   "while we wait …, Ms Lee will … on 3 March"
 *   waiting_as_deed()    the child's or family's waiting: a skill, a
 *                        routine, a wait that lasted (等候約四十分鐘)
 *   zh_wait_lasted()     要等大概五分鐘先再收到聲: minutes waited
 */
#include <string.h>

#include "extract/extract_int.h"

/* 因未能完成默書而情緒激動: 因…而 makes the "could not" a cause told of
 * what happened, not the school's answer. */
int
zh_cause_clause(const struct unit *u)
{
	static const char *const because[] = { "因未能", "因無法", "因為未能",
	    "因為無法", "由於未能", "由於無法", NULL };
	static const char *const so[] = { "而", NULL };
	return near_after(u, because, so, 36);
}

/* "If you are unable to attend, we will arrange another time", 如未能
 * 出席，本組會另行安排時間: the "cannot" is the parent's, set as a
 * condition; the school answers it. */
int
parents_inability(const struct unit *u)
{
	static const char *const if_not[] = { "如未能", "若未能", "如果未能",
	    "如無法", "若無法", "如果無法", "如不能", "if you are unable",
	    "if you're unable", "if you cannot", "if you can't",
	    "if you are not able", "if unable", NULL };

	return any_of(u, if_not, 0, u->len);
}

/*
 * "Mr Yip is unable to attend, but he will send his comments by 12 June",
 * …因電郵系統問題未能寄出，本人已要求劉姑娘於明天重新發送: a one-off
 * miss (being there, a paper sent) told as the reason for a dated remedy
 * in a later clause. The remedy is the answer; a service refused ("we
 * are unable to offer weekly sessions") is not such a miss.
 */
int
remedied_miss(const struct unit *u)
{
	static const char *const cannot[] = { "未能", "無法", "不能",
	    "unable to", "not able to", "could not be", "couldn't be",
	    "cannot", "can't", NULL };
	static const char *const miss[] = { "出席", "列席", "寄出", "發出",
	    "送出", "attend", "be there", "make it", "join us", "be present",
	    "sent", "delivered", NULL };
	static const char *const cut[] = { "，", ", ", "; ", NULL };

	for (int k = 0; cannot[k]; k++) {
		long i = find_in(u, cannot[k], 0, u->len);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(cannot[k]);
		if (!any_of(u, miss, e, e + 7 < u->len ? e + 7 : u->len))
			continue;
		for (int c = 0; cut[c]; c++) {
			long at = find_in(u, cut[c], e, u->len);
			if (at >= 0 && (any_of(u, zh_markers, (size_t)at, u->len) ||
			    any_of(u, en_markers, (size_t)at, u->len)) &&
			    dated_in(u, (size_t)at, u->len))
				return 1;
		}
	}
	return 0;
}

/* "經初步了解，當日補課因…而取消，以致…", "Having looked into it, the
 * session was cancelled because ...": the writer's account of what
 * happened, opened as the result of an inquiry: its waits and failures
 * are history, not the answer (that staff "followed the guidelines" is
 * still a position). */
int
account_of_events(const struct unit *u)
{
	static const char *const found[] = { "經了解", "經初步了解", "經調查",
	    "經查", "經初步調查", "having looked into", "on investigation",
	    "upon investigation", "having investigated", NULL };

	for (int k = 0; found[k]; k++)
		if (unit_starts(u, 0, found[k]))
			return 1;
	return 0;
}

/* 我睇完先覆你: the writer's own step, then the reply — a sequence of
 * the writer's acts, nobody else's to wait on (…報告出完先可以 waits). */
int
own_step_first(const struct unit *u)
{
	static const char *const self[] = { "我", "本人", "我哋", "我們",
	    NULL };
	long i = find_in(u, "完先", 0, u->len);

	return i >= 0 && any_of(u, self, (size_t)i > 12 ? (size_t)i - 12 : 0,
	    (size_t)i);
}

/*
 * "While we wait for the report, Ms Lee will start …", 在等候期間，劉姑娘
 * 會於2月6日或之前…: the wait is the setting of a dated promise, not its
 * condition. True when every waiting word stands in an opening clause
 * that ends at the first comma, and the sentence promises by a date.
 */
int
wait_as_backdrop(const struct unit *u)
{
	static const char *const during[] = { "期間", "的時候", "嘅時候",
	    NULL };
	static const char *const meantime = "in the meantime, ";
	size_t from = unit_starts(u, 0, meantime) ? strlen(meantime) : 0;
	long c = first_comma(u, from);

	if (c < 0 || any_of(u, waiting_frames, (size_t)c, u->len) ||
	    !has_checkable_date(u))
		return 0;
	if (any_of(u, zh_markers, (size_t)c, u->len) &&
	    any_of(u, during, 0, (size_t)c))
		return 1;
	return unit_starts(u, from, "while ") &&
	    any_of(u, en_markers, (size_t)c, u->len);
}

/* 等候約四十分鐘: a wait that lasted, told of an event. */
static int
wait_lasted(const struct unit *u, size_t e)
{
	static const char *const lasted[] = { "約", "大約", "大概", "了",
	    "咗", "近", "足足", NULL };
	static const char *const units[] = { "分鐘", "小時", "個鐘",
	    NULL };

	return any_of(u, lasted, e, e + 9 < u->len ? e + 9 : u->len) &&
	    any_of(u, units, e, e + 24 < u->len ? e + 24 : u->len);
}

/* Is the waiting word at lc [i, e) the child's or a family's deed: a
 * skill ("learning to wait for his turn", 能輪候及等待), a routine
 * taught ("she knows to wait for Miss Wong"), a wait that lasted
 * (等候約四十分鐘), or the time of one (排隊等候時)? */
static int
wait_is_deed(const struct unit *u, size_t i, size_t e)
{
	static const char *const skill[] = { "knows to ", "know to ",
	    "learn to ", "learning to ", "learns to ", "able to ",
	    "taught to ", "how to ", "practise ", "practising ",
	    "practice ", "學習", "學會", "懂得", "識得", "輪候及",
	    "輪候和", NULL };
	static const char *const turn[] = { " his turn", " her turn",
	    " their turn", " your turn", NULL };
	size_t from = i >= 12 ? i - 12 : 0;

	/* 能等待, not 可能要等 */
	int able = i >= 3 && strncmp(u->lc + i - 3, "能", 3) == 0 &&
	    !(i >= 6 && strncmp(u->lc + i - 6, "可", 3) == 0);

	/* 排隊等候時: the time when, not a wait on anybody */
	static const char *const when[] = { "時", "的時候", "嘅時候", "嗰陣",
	    NULL };
	for (int k = 0; when[k]; k++)
		if (unit_starts(u, e, when[k]))
			return 1;
	if (able || any_of(u, skill, from, i) || any_of(u, turn, e, e + 12 <
	    u->len ? e + 12 : u->len))
		return 1;
	return wait_lasted(u, e);
}

/* Every waiting word a deed, or one wait that lasted: the sentence
 * tells what happened ("…等候約四十分鐘，其祖母則在校門外等候"). */
int
waiting_as_deed(const struct unit *u)
{
	int seen = 0, other = 0;

	for (int k = 0; waiting_frames[k]; k++) {
		size_t n = strlen(waiting_frames[k]);
		for (long i = find_in(u, waiting_frames[k], 0, u->len); i >= 0;
		    i = find_in(u, waiting_frames[k], (size_t)i + 1, u->len)) {
			if (wait_lasted(u, (size_t)i + n))
				return 1;
			if (wait_is_deed(u, (size_t)i, (size_t)i + n))
				seen = 1;
			else
				other = 1;
		}
	}
	return seen && !other;
}

/* 要等大概五分鐘先再收到聲: a Chinese wait (等, 等候, 等待) that lasted
 * minutes or hours, told of what happened. */
int
zh_wait_lasted(const struct unit *u)
{
	for (long i = find_in(u, "等", 0, u->len); i >= 0;
	    i = find_in(u, "等", (size_t)i + 1, u->len))
		if (wait_lasted(u, (size_t)i + 3))
			return 1;
	return 0;
}
