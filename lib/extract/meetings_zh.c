/*
 * meetings_zh.c — Chinese shapes meetings.c asks about.
 *
 * zh_meeting_as_record(): 會議 that only names where a document comes
 * from (整理今日會議的摘要, 會議紀錄, 面談內容) fixes no meeting: every
 * meeting noun of the sentence is followed, after at most 的/嘅, by a
 * noun of a record.
 * zh_meet_at(): Cantonese fixes a meeting with a bare 見 after its place
 * (禮拜六朝早十一點喺學校見): 喺…見 ending a clause; and a verb of
 * talking with the parent as its object (同你傾, 與您商討, 同你哋開會)
 * or an appointment made with her (約咗你, 約了您): zh_with_you(); or
 * the writer waiting for her at a place (喺治療室等你): zh_wait_at().
 * zh_talk_done(): 今日同你傾完 — a talk of today already held.
 * zh_date_names_event(): 整理今日會議紀錄 — a date right before a meeting
 * noun (after at most 的/嘅) is the meeting's day, not the promise's due;
 * 於3月5日會議前 still is, by its 前, and so is 喺下星期嘅會議 (討論), a
 * promise kept at the meeting.
 * zh_before_meeting(): 會面前, 會議之前 with no date of their own are the
 * day of the letter's meeting (a deadline word gives the day itself).
 */
#include <string.h>

#include "extract/extract_int.h"

static const char *const record_nouns[] = { "紀錄", "記錄", "摘要",
	"內容", "重點", "結論", "決議", "議決", "撮要", "報告", "文件",
	"筆記", "notes", "minutes", NULL };

/* Is the meeting noun at lc[i, e) a record's modifier? */
static int
names_a_record(const struct unit *u, size_t e)
{
	static const char *const of[] = { "的", "嘅", "之", NULL };

	while (e < u->len && u->lc[e] == ' ')
		e++;
	for (int k = 0; of[k]; k++)
		if (strncmp(u->lc + e, of[k], strlen(of[k])) == 0) {
			e += strlen(of[k]);
			break;
		}
	for (int k = 0; record_nouns[k]; k++)
		if (strncmp(u->lc + e, record_nouns[k], strlen(record_nouns[k])) == 0)
			return 1;
	return 0;
}

/* The bounds of the clause around lc[pos] by full-width commas only (a
 * 、 or ； does not end one here): where it begins, just after the last
 * "，" before pos, and where it ends, at the next "，" from pos or the
 * sentence's end. */
static size_t
comma_clause_start(const struct unit *u, size_t pos)
{
	size_t from = 0;

	for (long c = find_in(u, "，", 0, pos); c >= 0;
	    c = find_in(u, "，", (size_t)c + 1, pos))
		from = (size_t)c + 3;
	return from;
}

static size_t
comma_clause_end(const struct unit *u, size_t pos)
{
	long c = find_in(u, "，", pos, u->len);

	return c < 0 ? u->len : (size_t)c;
}

int
zh_meeting_as_record(const struct unit *u)
{
	int seen = 0;

	for (int k = 0; meeting_nouns[k]; k++) {
		if ((unsigned char)meeting_nouns[k][0] < 0x80)
			continue;
		long i = find_in(u, meeting_nouns[k], 0, u->len);
		while (i >= 0) {
			if (!names_a_record(u, (size_t)i + strlen(meeting_nouns[k])))
				return 0;
			seen = 1;
			i = find_in(u, meeting_nouns[k], (size_t)i + 1, u->len);
		}
	}
	return seen;
}

/*
 * 同你傾, 與您面談, 和家長商討, 約咗你: the parent is who the talk is
 * with. "With" and the addressee, at most two characters (吓, 一下, 再),
 * then a verb of talking; 你嘅/你個仔 is the parent's child, not her.
 */
int
zh_with_you(const struct unit *u)
{
	static const char *const with[] = { "同", "與", "和", "跟", "約咗",
	    "約了", "約", NULL };
	/* " 閣下": the space of respect (挪抬) before the honorific */
	static const char *const you[] = { "你哋", "你們", "您", "你", "閣下",
	    " 閣下", "台端", " 台端", "家長", "兩位", NULL };
	static const char *const talk[] = { "傾", "開會", "面談", "會面", "見面",
	    "商討", "討論", "談", "見", "會談", "商量", "講解", "解釋", NULL };
	static const char *const whose[] = { "嘅", "的", "個", "之", "對",
	    NULL };
	static const char *const convene[] = { "開", "召開", NULL };

	for (int w = 0; with[w]; w++)
		for (long i = find_in(u, with[w], 0, u->len); i >= 0;
		    i = find_in(u, with[w], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(with[w]);
			for (int y = 0; you[y]; y++) {
				size_t n = strlen(you[y]);
				if (strncmp(u->lc + e, you[y], n) != 0)
					continue;
				/* 約你 is the appointment itself */
				if (strncmp(with[w], "約", 3) == 0)
					return 1;
				if (any_of(u, whose, e + n, e + n + 3))
					break;
				/* up to two words between: 與家長進行電話會談 */
				if (any_of(u, talk, e + n, e + n + 6 + 6 + 6))
					return 1;
				/* 同你開個短會, 與您召開一個會議: 開, a
				 * measure and an adjective, then 會 */
				if (any_of(u, convene, e + n, e + n + 6) &&
				    find_in(u, "會", e + n + 3, e + n + 18) >= 0)
					return 1;
				break;
			}
		}
	return 0;
}

/*
 * 喺治療室等你, 在會客室恭候閣下: the writer waits for the parent at a
 * place. The waiting ends its clause (我哋會等你嘅回覆 waits for a reply,
 * 等你覆 for an answer), and 喺/在 opens the place before it.
 */
static int
zh_wait_at(const struct unit *u)
{
	static const char *const wait[] = { "等你", "等您", "等候你", "等候您",
	    "恭候", NULL };
	static const char *const who[] = { "哋", "們", "閣下", "家長", "兩位",
	    "大駕", NULL };
	static const char *const ends[] = { "，", "。", "！", "!", ",", ".",
	    "啦", "喇", "吖", " ", NULL };
	static const char *const at[] = { "喺", "在", NULL };

	for (int w = 0; wait[w]; w++)
		for (long i = find_in(u, wait[w], 0, u->len); i >= 0;
		    i = find_in(u, wait[w], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(wait[w]);
			for (int k = 0; who[k]; k++)
				if (strncmp(u->lc + e, who[k], strlen(who[k])) == 0) {
					e += strlen(who[k]);
					break;
				}
			if (e < u->len && !any_of(u, ends, e, e + 3))
				continue;
			if (any_of(u, at, (size_t)i > 30 ? (size_t)i - 30 : 0,
			    (size_t)i))
				return 1;
		}
	return 0;
}

/*
 * 今日同你傾完, 今天與你傾談過後, 今朝同你見完面: a talk whose verb is
 * followed by its completion (完, 過, 咗, 了) is one already held; the
 * caller asks only of a talk dated today, which may still be ahead.
 */
int
zh_talk_done(const struct unit *u)
{
	static const char *const talk[] = { "傾", "談", "見", "開會", "會面",
	    "通電話", "講", NULL };
	static const char *const done[] = { "完", "過", "咗", "了", NULL };
	/* 傾談過後, 傾電話完, 見面完: the rest of the verb first */
	static const char *const rest[] = { "談", "面", "電話", "吓", "下",
	    NULL };

	for (int t = 0; talk[t]; t++)
		for (long i = find_in(u, talk[t], 0, u->len); i >= 0;
		    i = find_in(u, talk[t], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(talk[t]);
			for (int r = 0; rest[r]; r++)
				if (strncmp(u->lc + e, rest[r], strlen(rest[r])) == 0) {
					e += strlen(rest[r]);
					break;
				}
			if (any_of(u, done, e, e + 3))
				return 1;
		}
	return 0;
}

/* Coming to the school (到校, 到學校, 上嚟學校, 蒞臨本校): 來 before 校
 * only as a verb of coming, never 未來/將來/原來. */
static const char *const come_to_school[] = { "到校", "到學校", "到本校",
    "返學校", "返嚟學校", "上嚟學校", "上來學校", "嚟學校", "來校",
    "回校", "蒞臨", NULL };

/*
 * 到校面談, 上嚟學校傾下, 到學校同輔導老師傾下: the parent comes to the
 * school to talk, a visit that is a meeting. A verb of talking follows
 * the coming within eight characters (a person with 同/與 between);
 * 到校為小明進行評估 is the child's session, with no talk in it.
 */
static int
zh_visit_talk(const struct unit *u)
{
	static const char *const talk[] = { "面談", "傾", "商討", "見面",
	    "會面", "討論", "傾談", "談談", NULL };
	static const char *const not_one[] = { "未來", "將來", "原來",
	    "回校後", NULL };

	if (!any_of(u, come_to_school, 0, u->len))
		return 0;
	for (int c = 0; come_to_school[c]; c++)
		for (long i = find_in(u, come_to_school[c], 0, u->len); i >= 0;
		    i = find_in(u, come_to_school[c], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(come_to_school[c]);
			if ((i >= 3 && any_of(u, not_one, (size_t)i - 3, e + 3)))
				continue;
			if (any_of(u, talk, e, e + 24))
				return 1;
		}
	return 0;
}

/*
 * 請於三月二十三日下午四時正到校出席會議, 歡迎您於3月14日上午10時到校
 * 與社工面談, 請家長於三月十日到校出席支援小組會議, 本組已安排麥先生及
 * 麥太於4月23日下午3時45分到活動室觀課: the parent asked, welcomed
 * (請, 歡迎, 誠邀) or arranged for to come, attend or watch a lesson,
 * in the asking's clause, is
 * her meeting, not a request to answer (meeting_proposed) nor another's
 * sitting (meeting_not_ours): so long as nothing is to be sent back,
 * no choice (或) is offered and no condition (如有需要) set.
 */
static int
come_after(const struct unit *u, const char *const *ask)
{
	static const char *const come[] = { "出席", "到校", "到學校",
	    "蒞臨", "上嚟學校", "嚟學校", "來校", "返學校", "觀課", NULL };
	static const char *const answer[] = { "回覆", "回條", "交回", "填妥",
	    "告知", "通知", "選擇", "確認", "或", "如有", "如需", "如欲",
	    "如果", "若", "是否", "可否", "能否", "方便", "得唔得", "致電",
	    "聯絡", "預約", "申請", "聘請", NULL };

	if (!any_of(u, come, 0, u->len) || any_of(u, answer, 0, u->len))
		return 0;
	for (int a = 0; ask[a]; a++)
		for (long i = find_in(u, ask[a], 0, u->len); i >= 0;
		    i = find_in(u, ask[a], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(ask[a]);
			size_t to = comma_clause_end(u, e);
			/* within the asking's clause: a day, an hour and a
			 * room may stand between (…於4月23日（星期四）下午3時
			 * 45分到活動室觀課) */
			if (any_of(u, come, e, to < e + 96 ? to : e + 96))
				return 1;
		}
	return 0;
}

int
zh_come_at_date(const struct unit *u)
{
	static const char *const ask[] = { "請", "歡迎", "誠邀", "邀請",
	    "麻煩", "已安排", "已經安排", NULL };

	return come_after(u, ask);
}

/* 本組已安排麥先生及麥太於4月23日下午3時45分到活動室觀課: the family's
 * own visit, arranged by the school at its hour, is a meeting (an event
 * all parents are welcome to is not: 歡迎出席). */
int
zh_visit_arranged(const struct unit *u)
{
	static const char *const arranged[] = { "已安排", "已經安排",
	    "安排咗", NULL };

	return unit_has_clock(u) && come_after(u, arranged);
}

/*
 * 校務委員會將於本月二十日舉行會議, 學生支援小組將於3月12日開會: a
 * body's own sitting, which the parent does not attend unless she is
 * in it (同家長開會) or asked to it (parent_invited).
 */
static int
zh_body_sits(const struct unit *u)
{
	static const char *const body[] = { "委員會", "小組", "校董會",
	    "支援組", "專責組", "團隊", "教師會", NULL };
	static const char *const sit[] = { "舉行會議", "召開會議", "開會",
	    "舉行檢討會", "召開", NULL };

	return any_of(u, body, 0, u->len) && any_of(u, sit, 0, u->len) &&
	    !zh_with_you(u) && !any_of(u, parent_invited, 0, u->len) &&
	    !zh_come_at_date(u);
}

/*
 * 如果你想早啲見面，我禮拜二或者禮拜三放學後都得閒，話我知就得: the
 * writer's free days offered for the parent to pick from (話我知, 揀個
 * 時間), in Cantonese what meeting_proposed is in 書面語.
 */
static int
zh_slot_offered(const struct unit *u)
{
	static const char *const offer[] = { "話我知", "話俾我知",
	    "話畀我知", "揀個時間", "揀一個時間", "揀個時段", "邊個時間",
	    "邊日", "如果你想", "如果您想", "如你想", "如您想", "都得閒",
	    "都有空", NULL };

	return any_of(u, offer, 0, u->len);
}

/*
 * 社工會由三月十五日起，每星期與子軒單獨傾談一次: talks every week are
 * the child's sessions (a commitment), unless the parent is in them.
 */
static int
zh_recurring_session(const struct unit *u)
{
	static const char *const every[] = { "每星期", "每週", "每周",
	    "逢星期", "逢禮拜", "每個禮拜", "每個星期", "每兩星期",
	    "每兩個星期", "每月", "每日", "每天", NULL };

	return any_of(u, every, 0, u->len) && !zh_with_you(u) &&
	    !any_of(u, parent_invited, 0, u->len) && !zh_come_at_date(u);
}

/* Chinese shapes of a sentence that names a meeting without fixing
 * the parent's: a record, a body's sitting, slots offered, sessions. */
/* 我聽日會分別同兩位同學傾返, 親自與相關同學面談: a talk with pupils
 * (同/與/和/跟 the pupils, then a verb of talking), the child's side
 * of the matter, not a meeting the parent takes part in. */
static int
zh_talk_with_pupils(const struct unit *u)
{
	static const char *const pupils[] = { "同學", "學生", "小朋友", NULL };
	static const char *const with[] = { "同", "與", "和", "跟", NULL };
	static const char *const talk[] = { "傾", "談", "見", NULL };

	for (int k = 0; pupils[k]; k++)
		for (long i = find_in(u, pupils[k], 0, u->len); i >= 0;
		    i = find_in(u, pupils[k], (size_t)i + 1, u->len)) {
			size_t from = i >= 18 ? (size_t)i - 18 : 0;
			size_t e = (size_t)i + strlen(pupils[k]);
			if (any_of(u, with, from, (size_t)i) &&
			    any_of(u, talk, e, e + 12 < u->len ? e + 12 :
			    u->len) && !any_of(u, the_parent, from, e))
				return 1;
		}
	return 0;
}

int
zh_not_a_meeting(const struct unit *u)
{
	return zh_meeting_as_record(u) || zh_body_sits(u) ||
	    zh_slot_offered(u) || zh_recurring_session(u) ||
	    zh_talk_with_pupils(u);
}

/*
 * 個別學習計劃檢討，已訂於十二月十六日…舉行, 年度檢討定於三月二十日舉行:
 * a review named as a noun (not 會檢討, 將檢討) and held (舉行) on a
 * day set for it — the parent's review meeting, as "IEP review" is.
 */
/*
 * 檢討日子暫訂為三月二十日, 下次檢討會暫定為…, 覆檢日期定咗喺…: the
 * review's day itself set (not its result's: 檢討結果暫訂於…公佈), so
 * only a word of day or sitting may stand between noun and setting.
 */
static int
review_day_set(const struct unit *u, size_t e)
{
	static const char *const of[] = { "嘅", "的", NULL };
	static const char *const day[] = { "日子", "日期", "時間", "會議",
	    "會", NULL };
	static const char *const set[] = { "暫訂為", "暫定為", "訂為", "定為",
	    "暫訂於", "暫定於", "暫定", "暫訂", "暫時定咗喺", "定咗喺",
	    "暫時定咗", "定咗", NULL };
	const char *const *const steps[] = { of, day, NULL };

	for (int s = 0; steps[s]; s++)
		for (int k = 0; steps[s][k]; k++)
			if (strncmp(u->lc + e, steps[s][k],
			    strlen(steps[s][k])) == 0) {
				e += strlen(steps[s][k]);
				break;
			}
	for (int k = 0; set[k]; k++)
		if (strncmp(u->lc + e, set[k], strlen(set[k])) == 0)
			return 1;
	return 0;
}

static int
zh_review_held(const struct unit *u)
{
	static const char *const verb_before[] = { "會", "將", "再", "要",
	    "並", "須", "需", "去", "嚟", "來", NULL };
	static const char *const set[] = { "訂於", "定於", "安排於", "將於",
	    "安排在", "訂在", "定在", NULL };
	static const char *const review[] = { "檢討", "覆檢", NULL };

	for (int r = 0; review[r]; r++)
		for (long i = find_in(u, review[r], 0, u->len); i >= 0;
		    i = find_in(u, review[r], (size_t)i + 1, u->len)) {
			if (i >= 3 && any_of(u, verb_before, (size_t)i - 3,
			    (size_t)i))
				continue;
			size_t e = (size_t)i + 6;
			if (review_day_set(u, e))
				return 1;
			long s = -1;
			for (int k = 0; set[k] && s < 0; k++)
				s = find_in(u, set[k], e, e + 15);
			if (s >= 0 && find_in(u, "舉行", (size_t)s,
			    (size_t)s + 90) >= 0)
				return 1;
		}
	return 0;
}

/*
 * 我哋兩點半見, 下午四點我們見: 見 ending its clause right after a clock
 * time (and 我哋 at most) fixes the meeting as 喺…見 does; 到時見 is
 * "then", not a time.
 */
static int
time_before_see(const struct unit *u, size_t i)
{
	static const char *const we[] = { "我哋", "我們", "我地", NULL };
	static const char *const clock[] = { "點半", "點鐘", "點正", "時正",
	    "時半", "點", "時", NULL };
	static const char *const not_clock[] = { "到時", "屆時", "同時",
	    "有時", "當時", "暫時", "隨時", "平時", "及時", NULL };

	for (int k = 0; we[k]; k++)
		if (i >= 6 && strncmp(u->lc + i - 6, we[k], 6) == 0) {
			i -= 6;
			break;
		}
	for (int k = 0; clock[k]; k++) {
		size_t n = strlen(clock[k]);
		if (i < n || strncmp(u->lc + i - n, clock[k], n) != 0)
			continue;
		return i < 6 || !any_of(u, not_clock, i - 6, i);
	}
	return 0;
}

/*
 * 麻煩你嚟OT室一轉, 請您到輔導室一趟, 唔該你嚟治療室搵我: the parent
 * asked to come round to a room, in the asking's clause; the caller
 * wants a date. Nothing to hand in (交回 is an errand, not a visit).
 */
static int
zh_come_round(const struct unit *u)
{
	static const char *const ask[] = { "麻煩", "唔該", "請", NULL };
	static const char *const come[] = { "嚟", "來", "到", NULL };
	static const char *const round[] = { "一轉", "一趟", "搵我", "找我",
	    NULL };

	static const char *const errand[] = { "交回", "遞交", "繳交", "領取",
	    "取回", "攞返", "攞", NULL };

	if (!any_of(u, round, 0, u->len))
		return 0;
	for (int a = 0; ask[a]; a++)
		for (long i = find_in(u, ask[a], 0, u->len); i >= 0;
		    i = find_in(u, ask[a], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(ask[a]);
			size_t to = comma_clause_end(u, e);
			if (to > e + 45)
				to = e + 45;
			if (any_of(u, come, e, e + 15) &&
			    any_of(u, round, e, to) &&
			    !any_of(u, errand, e, to))
				return 1;
		}
	return 0;
}

/* 朝早10點喺學校圖書館傾吓: a talk at a place and a clock time, as 喺…見
 * is a meeting (the time is the caller's to find: a clock time must be
 * in the sentence). */
static int
talk_at_place(const struct unit *u)
{
	static const char *const talk[] = { "傾吓", "傾下", "傾傾", "談談",
	    NULL };
	int timed = 0;

	for (int k = 0; k < u->nspans && !timed; k++)
		timed = u->spans[k].hour >= 0;
	for (int k = 0; timed && talk[k]; k++)
		for (long i = find_in(u, talk[k], 0, u->len); i >= 0;
		    i = find_in(u, talk[k], (size_t)i + 1, u->len)) {
			size_t from = (size_t)i > 30 ? (size_t)i - 30 : 0;
			if (find_in(u, "喺", from, (size_t)i) >= 0 ||
			    find_in(u, "在", from, (size_t)i) >= 0)
				return 1;
		}
	return 0;
}

int
zh_meet_at(const struct unit *u)
{
	static const char *const ends[] = { "，", "。", "！", "!", ",", ".",
	    "啦", "喇", "囉", "吖", " ", NULL };
	long i = find_in(u, "見", 0, u->len);

	/* 見 that ends a word of seeing or opinion (意見, 看見) */
	static const char *const words[] = { "意", "看", "睇", "聽", "可", "所",
	    "預", "常", "偏", "成", "罕", "遇", "發", "少", NULL };

	for (; i >= 0; i = find_in(u, "見", (size_t)i + 1, u->len)) {
		size_t e = (size_t)i + 3;
		int word = 0;
		for (int k = 0; words[k] && i >= 3; k++)
			word |= strncmp(u->lc + i - 3, words[k], 3) == 0;
		if (word)
			continue;
		int at_end = e >= u->len;
		for (int k = 0; ends[k] && !at_end; k++)
			at_end = strncmp(u->lc + e, ends[k], strlen(ends[k])) == 0;
		/* 喺/在 (at) opens the place within a few characters */
		size_t from = (size_t)i > 24 ? (size_t)i - 24 : 0;
		long at = find_in(u, "喺", from, (size_t)i);
		if (at < 0)
			at = find_in(u, "在", from, (size_t)i);
		if (at_end && (at >= 0 || time_before_see(u, (size_t)i)))
			return 1;
	}
	if (talk_at_place(u))
		return 1;
	/* 我們亦約定於9月25日…再開會: a sitting agreed between them */
	static const char *const agreed[] = { "約定", "相約", NULL };
	static const char *const sit[] = { "開會", "見面", "面談", "會面",
	    NULL };
	return zh_with_you(u) || zh_wait_at(u) || zh_visit_talk(u) ||
	    zh_review_held(u) || zh_come_round(u) ||
	    near_after(u, agreed, sit, 90);
}

/*
 * 星期四六點半左右我打畀你: Cantonese needs no 會 for the future when
 * the writer (我, 本人, at most 再/就 after) calls at a clock time.
 */
static int
i_call_at_time(const struct unit *u, size_t i)
{
	static const char *const adv[] = { "再", "就", "先", NULL };
	static const char *const me[] = { "本人", "我", NULL };

	if (!unit_has_clock(u))
		return 0;
	for (int k = 0; adv[k]; k++)
		if (i >= 3 && strncmp(u->lc + i - 3, adv[k], 3) == 0) {
			i -= 3;
			break;
		}
	for (int k = 0; me[k]; k++) {
		size_t n = strlen(me[k]);
		if (i >= n && strncmp(u->lc + i - n, me[k], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * 本人會在四月七日下午四時半來電, 社工將於下星期一來電: 來電 (a call
 * to the reader, or 致電俾你, 打畀您) after the writer's 會/將, or a day
 * set for it (本人謹訂於5月5日下午5時正致電閣下), in the same clause;
 * 歡迎來電,
 * 請於…前來電 and 你會來電 ask the parent to call.
 */
static int
call_after_will(const struct unit *u, const char *verb)
{
	static const char *const asks[] = { "請", "歡迎", "可", "如", "你",
	    "您", "閣下", "家長", NULL };

	for (long i = find_in(u, verb, 0, u->len); i >= 0;
	    i = find_in(u, verb, (size_t)i + 1, u->len)) {
		size_t from = comma_clause_start(u, (size_t)i);
		long w = find_in(u, "會", from, (size_t)i);
		if (w < 0)
			w = find_in(u, "將", from, (size_t)i);
		if (w < 0)
			w = find_in(u, "訂於", from, (size_t)i);
		if (w < 0)
			w = find_in(u, "定於", from, (size_t)i);
		if (w < 0 && i_call_at_time(u, (size_t)i))
			w = i;
		if (w >= 0 && !any_of(u, asks, from, (size_t)i))
			return 1;
	}
	return 0;
}

/*
 * 我哋星期四四點打個電話傾下, 聽日兩點我同你通個電話: a call with a
 * measure word (打個電話, 通個電話, 傾個電話, 打通電話) or one arranged
 * (約個電話) whose subject is
 * the writer with the parent (我哋, 我們, 我同你) or the writer alone,
 * at a clock time: Cantonese fixes the call with no 會. The clause
 * asks nothing of the parent (請, 如果, 可唔可以).
 */
static int
we_call_at_time(const struct unit *u)
{
	static const char *const call[] = { "打個電話", "通個電話",
	    "傾個電話", "打通電話", "約個電話", "約電話", NULL };
	static const char *const we[] = { "我哋", "我們", "我地", "我同你",
	    "我同您", "我與您", "我與你", "本人", "我", NULL };
	static const char *const asks[] = { "請", "如果", "如", "可唔可以",
	    "可否", "可以", "歡迎", "想", NULL };

	if (!unit_has_clock(u))
		return 0;
	for (int v = 0; call[v]; v++)
		for (long i = find_in(u, call[v], 0, u->len); i >= 0;
		    i = find_in(u, call[v], (size_t)i + 1, u->len)) {
			size_t from = comma_clause_start(u, (size_t)i);
			if (any_of(u, we, from, (size_t)i) &&
			    !any_of(u, asks, from, (size_t)i))
				return 1;
		}
	return 0;
}

int
zh_call_coming(const struct unit *u)
{
	/* 致電俾你, 打畀您: a call given (俾/畀/給) to the reader, or
	 * made to find her (致電搵你) */
	static const char *const call[] = { "來電", "致電俾", "致電畀",
	    "致電給", "打畀", "打電話畀", "打電話給", "打個電話俾",
	    "打個電話畀", "打個電話給", "致電搵", "打電話搵", "打嚟搵",
	    /* 打去你手提, 打去您屋企: to the parent's phone */
	    "打去你", "打去您", "打去閣下",
	    /* 致電閣下 (the formal "you", often after a full-width space),
	     * 致電您 */
	    "致電閣下", "致電　閣下", "致電 閣下", "致電您", "致電你", NULL };

	if (we_call_at_time(u))
		return 1;
	if (!any_of(u, call, 0, u->len))
		return 0;
	for (int v = 0; call[v]; v++)
		if (call_after_will(u, call[v]))
			return 1;
	return 0;
}

int
zh_before_meeting(const struct unit *u, size_t a, size_t b)
{
	static const char *const before[] = { "前", "之前", NULL };

	for (int k = 0; meeting_nouns[k]; k++) {
		if ((unsigned char)meeting_nouns[k][0] < 0x80)
			continue;
		long i = find_in(u, meeting_nouns[k], a, b);
		for (; i >= 0; i = find_in(u, meeting_nouns[k], (size_t)i + 1, b)) {
			size_t e = (size_t)i + strlen(meeting_nouns[k]);
			for (int w = 0; before[w]; w++)
				if (strncmp(u->lc + e, before[w],
				    strlen(before[w])) == 0)
					return 1;
		}
	}
	return 0;
}

/*
 * 待下星期一見完醫生後，班主任會於5月13日致電您: a date inside a clause
 * of waiting (待/等…後，) is the condition's, not the meeting's, when a
 * later clause of the sentence goes on.
 */
int
zh_condition_date(const struct unit *u, const struct date_span *sp)
{
	static const char *const wait[] = { "待", "等到", "等", NULL };
	static const char *const after[] = { "後，", "之後，", "以後，", NULL };
	if (sp->start >= u->end - u->start)
		return 0;
	size_t a = lc_at(u, sp->start);
	long c = find_in(u, "，", a, u->len);
	if (c < 0)
		return 0;
	size_t from = comma_clause_start(u, a);
	int waits = 0;
	for (int k = 0; wait[k] && !waits; k++)
		waits = strncmp(u->lc + from, wait[k], strlen(wait[k])) == 0;
	return waits && any_of(u, after, a, (size_t)c + 3);
}

int
zh_date_names_event(const struct unit *u, size_t a, size_t e)
{
	static const char *const of[] = { "的", "嘅", NULL };
	static const char *const at[] = { "喺", "在", "於", NULL };

	/* 喺下個禮拜嘅會議再討論: the action happens at that meeting, so
	 * its day is the due */
	if (ends_at(u, a, at))
		return 0;

	while (e < u->len && u->lc[e] == ' ')
		e++;
	for (int k = 0; of[k]; k++)
		if (strncmp(u->lc + e, of[k], strlen(of[k])) == 0)
			e += strlen(of[k]);
	for (int k = 0; meeting_nouns[k]; k++) {
		size_t n = strlen(meeting_nouns[k]);
		if ((unsigned char)meeting_nouns[k][0] < 0x80 ||
		    strncmp(u->lc + e, meeting_nouns[k], n) != 0)
			continue;
		return strncmp(u->lc + e + n, "前", 3) != 0 &&
		    strncmp(u->lc + e + n, "之前", 6) != 0;
	}
	return 0;
}

/*
 * 我已經幫你book咗10月3號上午11點, 已為您預約了3月5日下午三時, 我幫你哋
 * 揀咗3月28號上晝10:30 (a slot picked for the family): a slot
 * the writer booked for the parent is her appointment (the date and its
 * time are the caller's to find). 幫你安排咗 is left out: what is
 * arranged for the family is as often a service as a meeting.
 */
int
zh_booked_for_you(const struct unit *u)
{
	static const char *const for_you[] = { "幫你", "幫您", "為您", "為你",
	    "替你", "替您", "同你", "與您", NULL };
	static const char *const booked[] = { "book咗", "book了", "booked",
	    "預約咗", "預約了", "約咗", "約了", "訂咗", "訂了", "預留咗",
	    "預留了", "揀咗", "揀了", "選了", "選定了", "編配了", NULL };

	for (int k = 0; for_you[k]; k++)
		for (long i = find_in(u, for_you[k], 0, u->len); i >= 0;
		    i = find_in(u, for_you[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(for_you[k]);
			if (any_of(u, booked, e, e + 3 + 9))
				return 1;
		}
	return 0;
}

/*
 * 是次面談將由郭老師及何老師一同出席, 本處學校發展主任亦會列席: who will
 * sit in a meeting is part of the meeting, no task of its own (as
 * attendance_only() reads "Mr Yip will also attend"). The marker's
 * clause, read from me, ends on a verb of attending, undated.
 */
int
zh_attendance_only(const struct unit *u, size_t me, size_t b)
{
	static const char *const attend[] = { "出席", "列席", "出席會議",
	    "列席會議", "出席面談", "一同出席", NULL };
	size_t e = b;

	if (span_count_in(u, me, b) > 0)
		return 0;
	/* the clause's own end: before a full stop or a comma */
	for (size_t i = me; i + 3 <= b; i++)
		if (memcmp(u->lc + i, "，", 3) == 0 ||
		    memcmp(u->lc + i, "。", 3) == 0) {
			e = i;
			break;
		}
	while (e > me && (u->lc[e - 1] == ' ' || u->lc[e - 1] == '.'))
		e--;
	return ends_at(u, e, attend) > 0;
}
