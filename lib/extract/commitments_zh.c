/*
 * commitments_zh.c — shapes of a Chinese commitment that commitments.c
 * asks about (SPEC.md "commitment"):
 *   zh_dated_intent()    我下星期五前回覆你, worksheet我禮拜五前send畀你:
 *                        a first person and a deadline, no 會
 *   zh_adverb_span()     並會…, 稍後會…: only adverbs before 會, so the
 *                        subject was dropped (not 天氣會轉涼)
 *   zh_soft_future()     有結果會再通知閣下: a 會/將 with no subject at
 *                        all whose action is telling the parent; a vague
 *                        commitment of the writer (and, having no date, a
 *                        deflection); and 此事會再作考慮, a matter that
 *                        "will be considered": an agentless passive of a
 *                        verb of handling (no owner, a deflection); and
 *                        斜板會盡快借予家朗, a thing given with the giver
 *                        unsaid (vague, no owner)
 *   zh_stative_future()  學校將於…停課: a future of the school's state
 *   zh_reported_promise() 你話會…, 您表示會…: a promise the addressee made,
 *                        recorded by the writer; "you" is its owner
 *   zh_soft_tell()       rule commitment.zh-soft-tell: 遲啲再話你知,
 *                        結果稍後再通知 — a soft time and a telling verb,
 *                        no future marker; vague, and a deflection; and
 *                        我遲啲再send畀你 — "I" just before a soft time:
 *                        vague, a deflection only if the verb is telling
 *   zh_comfort_only()    你放心，我哋會好好照顧佢: an undated promise inside
 *                        a reassurance is the reassurance
 *   zh_start_dated()     由下個禮拜一開始，默書會減少一半: an arrangement
 *                        with a start date needs no agent
 *   zh_dated_split()     我聽日會同李Sir傾，後日放學前覆你: one 會, two
 *                        clauses each with its own date; zh_follow_clause()
 *                        keeps the second (commitment.zh-second-clause)
 *   zh_negated()         不會…, 未能…, and a marker negated just before
 *                        it (本校無從預計, 本人無法作出承諾): no promise
 *   zh_list_action()     rule commitment.zh-list-action: a list item
 *                        "陳主任：於3月27日或之前提交申請", "我：下星期二之前
 *                        整理好紀錄" — the person, a colon, a dated action,
 *                        no future verb (the list under 跟進事項 / 行動);
 *                        or "考試調適：由吳老師提交申請，限期為…", 由 and
 *                        the person opening the item's clause
 */

#include <string.h>

#include "base/xmalloc.h"
#include "extract/extract_int.h"

/* Is lc [from, to) adverbs only (並, 稍後, 屆時亦)? Then the 會 after it
 * has dropped its subject; a noun there (天氣會轉涼) is the subject. */
int
zh_adverb_span(const struct unit *u, size_t from, size_t to)
{
	while (from < to) {
		size_t n = 0;
		for (int k = 0; zh_adverbs[k] && n == 0; k++)
			if (unit_starts(u, from, zh_adverbs[k]) &&
			    from + strlen(zh_adverbs[k]) <= to)
				n = strlen(zh_adverbs[k]);
		if (n == 0)
			return 0;
		from += n;
	}
	return 1;
}

/* 喺兩個星期內, 於三月二十日前, 於下星期五: a time phrase at lc[g]
 * (喺/於/在, then a date, or within 12 characters 內 or 前); where it
 * ends, or g when there is none. */
static size_t
past_time_phrase(const struct unit *u, size_t g, size_t b)
{
	static const char *const at[] = { "喺", "於", "在", NULL };
	static const char *const till[] = { "之內", "以內", "內", "之前",
	    "前", NULL };
	int opens = 0;

	for (int k = 0; at[k] && !opens; k++)
		opens = unit_starts(u, g, at[k]);
	if (!opens)
		return g;
	/* 於下星期五, 喺3月20日: a dated span right after the word */
	for (int k = 0; k < u->nspans; k++)
		if (lc_at(u, u->spans[k].start) == g + 3) {
			size_t e = lc_at(u, u->spans[k].end);
			for (int t = 0; till[t]; t++)
				if (unit_starts(u, e, till[t]))
					return e + strlen(till[t]);
			return e;
		}
	size_t lim = g + 36 < b ? g + 36 : b;
	for (size_t j = g + 3; j < lim; j++)
		for (int t = 0; till[t]; t++)
			if (unit_starts(u, j, till[t]))
				return j + strlen(till[t]);
	return g;
}

int
zh_soft_future(const struct unit *u, size_t ms, size_t me, size_t b)
{
	static const char *const again[] = { "再作", "再行", "另行", "另作",
	    "再", "作出", "作", NULL };

	/* 斜板會盡快借予家朗: a thing lent or sent to the child, the
	 * giver unsaid (at most "soon" or a time phrase before the verb) */
	static const char *const soon[] = { "盡快", "盡早", "稍後", "即將",
	    NULL };
	static const char *const give[] = { "借予", "借給", "借俾", "借畀",
	    "交予", "交給", "交俾", "交畀", "寄給", "寄予", "寄俾", "寄畀",
	    "寄交", "寄回", "發送給",
	    "發給", "派發給", "送交", "送到", "提供給",
	    /* 報告會於下星期五派發: a paper sent out, the sender unsaid */
	    "發出", "派發", "寄出", "發放", "上載", "送出", NULL };

	if ((unsigned char)u->lc[ms] < 0x80)
		return 0;
	if (any_of(u, zh_tell, me, b))
		return 1;
	size_t g = me;
	for (int k = 0; soon[k]; k++)
		if (unit_starts(u, g, soon[k])) {
			g += strlen(soon[k]);
			break;
		}
	/* 會連同成績表於7月派發: what goes with it, then the time */
	if (unit_starts(u, g, "連同")) {
		long t = find_in(u, "於", g, g + 36);
		if (t < 0)
			t = find_in(u, "一併", g, g + 36);
		if (t >= 0)
			g = (size_t)t;
	}
	g = past_time_phrase(u, g, b);
	if (unit_starts(u, g, "一併"))
		g += strlen("一併");
	if (unit_starts(u, g, "另行"))	/* 稍後會另行發出 */
		g += strlen("另行");
	for (int k = 0; give[k]; k++)
		if (unit_starts(u, g, give[k]))
			return 1;
	/* 會再作考慮, 會詳細研究, 會作適當跟進: the verb right after 會,
	 * with at most "again" (or the light verb 作) and a manner adverb
	 * before it */
	if (g > me)
		me = g;		/* 會於下星期五前處理: past the time phrase */
	for (int k = 0; again[k]; k++)
		if (unit_starts(u, me, again[k])) {
			me += strlen(again[k]);
			break;
		}
	for (int k = 0; zh_manner[k]; k++)
		if (unit_starts(u, me, zh_manner[k])) {
			me += strlen(zh_manner[k]);
			break;
		}
	for (int k = 0; zh_handled[k]; k++)
		if (unit_starts(u, me, zh_handled[k]))
			return 1;
	return 0;
}

int
zh_stative_future(const struct unit *u, size_t me, size_t b)
{
	static const char *const stops[] = { "，", "。", "；", "、", NULL };

	/* an event held (考試將於…舉行), not the child's session; 會議舉行前
	 * names a time, not the verb */
	static const char *const when[] = { "前", "後", "之", "時", "期間",
	    NULL };
	for (int k = 0; zh_held[k]; k++) {
		long i = find_in(u, zh_held[k], me, b);
		if (i >= 0 && !any_of(u, when, (size_t)i + 6, (size_t)i + 12) &&
		    !any_of(u, zh_sessions, 0, u->len))
			return 1;
	}

	/* 考試將於四月二十四日開始: the calendar's event begins or ends,
	 * the clause's last word (not 開始為子軒提供…, not his session) */
	static const char *const begins[] = { "開始", "結束", "開課", NULL };
	static const char *const calendar[] = { "考試", "測驗", "學期", "學年",
	    "假期", "試期", "比賽", "開學", NULL };
	for (int k = 0; begins[k]; k++) {
		long i = find_in(u, begins[k], me, b);
		if (i < 0 || !any_of(u, calendar, 0, me) ||
		    any_of(u, zh_sessions, 0, u->len))
			continue;
		size_t e = (size_t)i + strlen(begins[k]);
		for (int s = 0; stops[s]; s++)
			if (e >= b || unit_starts(u, e, stops[s]))
				return 1;
	}

	/* 我會安排佢坐喺旁邊休息: the rest is the child's, arranged by
	 * the one who promises */
	static const char *const arrange[] = { "安排", "讓", "幫佢", "帶佢",
	    "俾佢", "畀佢", NULL };
	for (int k = 0; zh_statives[k]; k++) {
		long i = find_in(u, zh_statives[k], me, b);
		if (i < 0 || any_of(u, arrange, me, (size_t)i))
			continue;
		/* what follows is at most a length (一天, 一星期): the state
		 * is the whole of what the clause says */
		size_t e = (size_t)i + strlen(zh_statives[k]), j = e;
		while (j < b && j - e <= 9) {
			int stop = 0;
			for (int s = 0; stops[s]; s++)
				stop |= unit_starts(u, j, stops[s]);
			if (stop)
				break;
			j++;
		}
		if (j - e <= 9)
			return 1;
	}
	return 0;
}

int
zh_reported_promise(const struct unit *u, size_t from, size_t ms)
{
	static const char *const you[] = { "你", "您", "閣下", NULL };

	for (int y = 0; you[y]; y++) {
		long i = find_in(u, you[y], from, ms);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(you[y]);
		/* 你話, 你上次話, 您曾表示: a verb of saying within two
		 * characters of "you", before the marker */
		for (int r = 0; zh_reported[r]; r++) {
			/* the marker may be the verb itself (你答應咗會) */
			size_t n = strlen(zh_reported[r]), to = e + 6 + n;
			if (find_in(u, zh_reported[r], e, to < ms + n ? to :
			    ms + n) >= 0)
				return 1;
		}
	}
	return 0;
}

/* Where the label of "陳主任：…" ends (just after the colon), or 0 when
 * the unit does not open with a person and a colon. */
static size_t
person_label(const struct unit *u)
{
	size_t c;
	long zc = find_in(u, "：", 0, 40);
	long ac = find_in(u, ":", 0, 40);

	if (zc < 0 && ac < 0)
		return 0;
	c = (size_t)(zc < 0 || (ac >= 0 && ac < zc) ? ac : zc);
	if (c == 0)
		return 0;
	int person = 0;
	for (int k = 0; roles_zh[k] && !person; k++) {
		size_t n = strlen(roles_zh[k]);
		person = c >= n && strncmp(u->lc + c - n, roles_zh[k], n) == 0;
	}
	for (int k = 0; zh_persons[k] && !person; k++) {
		size_t n = strlen(zh_persons[k]);
		person = c >= n && strncmp(u->lc + c - n, zh_persons[k], n) == 0;
	}
	/* 蘇sir, 何miss: a name and the English word HK pupils use */
	person |= (c >= 3 && strncmp(u->lc + c - 3, "sir", 3) == 0) ||
	    (c >= 4 && strncmp(u->lc + c - 4, "miss", 4) == 0);
	if (!person)
		return 0;
	size_t e = c + (u->lc[c] == ':' ? 1 : 3);
	while (e < u->len && u->lc[e] == ' ')
		e++;
	return e;
}

/*
 * "考試調適：由吳老師向考試組提交申請，限期為三月二十四日": a list item
 * whose clause opens with 由 and a person (由吳老師, 由本組), then the
 * action, and a date. The person is the owner; no future verb is
 * needed in a list of follow-up points.
 */
static int
zh_by_whom_item(struct letter *lt, const struct unit *u)
{
	char due[11], tm[6];

	for (long i = find_in(u, "由", 0, u->len); i >= 0;
	    i = find_in(u, "由", (size_t)i + 1, u->len)) {
		/* 由 opens the item or a clause (not 理由, 自由) */
		if (i > 0 && !(i >= 3 && (strncmp(u->lc + i - 3, "：", 3) == 0 ||
		    strncmp(u->lc + i - 3, "，", 3) == 0)) && u->lc[i - 1] != ':' &&
		    u->lc[i - 1] != ' ')
			continue;
		size_t a = (size_t)i + 3, who = 0;
		for (int k = 0; roles_zh[k] && !who; k++) {
			long r = find_in(u, roles_zh[k], a, a + 12 +
			    strlen(roles_zh[k]));
			if (r >= 0)
				who = (size_t)r + strlen(roles_zh[k]);
		}
		/* 由您簽署: a request to the parent */
		if (unit_starts(u, a, "你") || unit_starts(u, a, "您"))
			continue;
		if (who == 0 || find_in(u, "已", a, u->len) >= 0 ||
		    find_in(u, "了", a, u->len) >= 0 ||
		    !due_in(lt, u, 0, u->len, due, tm))
			continue;
		add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, a, who),
		    quote_of(u, who, u->len), due, tm,
		    "commitment.zh-list-action");
		return 1;
	}
	return 0;
}

/*
 * "為俊熙申請加時（負責：何老師；限期：5月7日）": an action row whose owner
 * is a field of its own (負責, 負責人) and whose date is another (限期,
 * 由…起, 即日起, …前). The owner runs from the colon to the next
 * separator; the action is what comes before the field.
 */
int
zh_owner_field(struct letter *lt, const struct unit *u)
{
	static const char *const field[] = { "負責人：", "負責人:", "負責：",
	    "負責:", NULL };
	static const char *const seps[] = { "；", "，", "）", "、", "。", ";",
	    ",", ")", " ", "｜", "|", NULL };
	char due[11], tm[6];

	for (int f = 0; field[f]; f++) {
		long i = find_in(u, field[f], 0, u->len);
		if (i <= 0)
			continue;
		/* a row of a list or table, or a field in brackets after
		 * its action */
		if (!u->is_item && !u->is_row &&
		    !(i >= 3 && strncmp(u->lc + i - 3, "（", 3) == 0))
			return 0;
		size_t o = (size_t)i + strlen(field[f]), oe = o;
		while (oe < u->len && oe - o <= 30) {
			int stop = 0;
			for (int k = 0; seps[k] && !stop; k++)
				stop = unit_starts(u, oe, seps[k]);
			if (stop)
				break;
			oe++;
		}
		/* a row already done, or with no date, promises nothing */
		if (oe == o || oe - o > 30 || find_in(u, "已", 0, u->len) >= 0 ||
		    find_in(u, "了", 0, u->len) >= 0 ||
		    find_in(u, "咗", 0, u->len) >= 0 ||
		    !due_in(lt, u, 0, u->len, due, tm))
			return 0;
		size_t a = (size_t)i;
		while (a > 0 && u->lc[a - 1] == ' ')
			a--;
		if (a >= 3 && (strncmp(u->lc + a - 3, "（", 3) == 0 ||
		    strncmp(u->lc + a - 3, "—", 3) == 0 ||
		    strncmp(u->lc + a - 3, "｜", 3) == 0))
			a -= 3;
		while (a > 0 && (u->lc[a - 1] == ' ' || u->lc[a - 1] == '(' ||
		    u->lc[a - 1] == '|'))
			a--;
		if (a == 0)
			return 0;
		add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, o, oe),
		    quote_of(u, 0, a), due, tm, "commitment.zh-owner-field");
		return 1;
	}
	return 0;
}

/*
 * 會盡快與學校聯絡, 會同社工聯繫: being in touch with somebody is the
 * whole act (the verb ends the clause); 聯絡外間機構，為…申請 names
 * what the contact is for, and 與你聯絡 is zh_tell's.
 */
static int
zh_contact_only(const struct unit *u, size_t me, size_t b)
{
	static const char *const contact[] = { "聯絡", "聯繫", "接觸",
	    "溝通", NULL };
	static const char *const with[] = { "與", "同", "跟", "和", NULL };
	static const char *const stop[] = { "。", "，", "；", "！", NULL };

	for (int k = 0; contact[k]; k++) {
		long i = find_in(u, contact[k], me, b);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(contact[k]);
		int ends = e >= b;
		for (int s = 0; stop[s] && !ends; s++)
			ends = e + 3 <= u->len && strncmp(u->lc + e, stop[s], 3) == 0;
		if (ends && any_of(u, with, me, (size_t)i))
			return 1;
	}
	return 0;
}

/* 會與班主任了解…, 會同社工了解下: "will check with" someone — the
 * asking is the whole action (not 約佢傾偈，了解…, a meeting first). */
static int
zh_check_with(const struct unit *u, size_t me, size_t b)
{
	static const char *const with[] = { "與", "同", "向", "跟", NULL };
	size_t to = me + 24 < b ? me + 24 : b;

	if (!any_of(u, with, me, me + 3 < u->len ? me + 3 : u->len))
		return 0;
	long i = find_in(u, "了解", me, to);
	return i > 0 && find_in(u, "，", me, (size_t)i) < 0;
}

/*
 * 學校將在下學期重新檢視: the verb after the marker is one of handling
 * (檢視, 研究, 跟進), so an undated promise is nothing to check. The
 * verb comes within a time phrase and an adverb of the marker; 覆檢後
 * (after the re-check) names an event, not the act promised.
 */
int
zh_handling_verb(const struct unit *u, size_t me, size_t b)
{
	static const char *const event[] = { "後", "前", "之", "時", "的",
	    "嘅", "期間", "結果", "報告", NULL };
	size_t to = me + 30 < b ? me + 30 : b;

	if (me >= u->len || (unsigned char)u->lc[me] < 0x80)
		return 0;
	if (zh_contact_only(u, me, b) || zh_look_how(u, me, b) ||
	    zh_check_with(u, me, b))
		return 1;
	for (int k = 0; zh_handled[k]; k++) {
		size_t n = strlen(zh_handled[k]);
		long i = find_in(u, zh_handled[k], me, to + n);
		if (i >= 0 && !any_of(u, event, (size_t)i + n, (size_t)i + n + 6))
			return 1;
	}
	return 0;
}

/*
 * 本組於3月20日或之前提交申請, 陳老師喺禮拜五前覆你, 馮老師由下星期一
 * 開始每日…: a role of the school (not the parent, not a pupil) opens
 * the sentence, at most a name before it, and 於/喺/由 follows; the
 * deadline (or, after 由, the start) carries the future.
 * The role's length from *at, or 0.
 */
size_t
zh_role_subject(const struct unit *u, size_t *at)
{
	static const char *const prep[] = { "於", "喺", "在", "由", NULL };
	static const char *const not_school[] = { "您", "你", "佢", "她", "他",
	    "我", NULL };
	static const char *const must[] = { "必須", "須", "需要", "需",
	    NULL };
	static const char *const asker[] = { "閣下", "您", "你", "家長",
	    "要求", "請", "盼", "希望", "期望", NULL };

	/* cheap refusals first: most sentences are English or lack 於 */
	if (u->len == 0 || (unsigned char)u->lc[0] < 0x80 ||
	    !any_of(u, prep, 0, u->len < 40 ? u->len : 40))
		return 0;
	/* the role opens the sentence or its second clause (按教育局規定，
	 * 本校須於…) */
	long c = find_in(u, "，", 0, 40);
	size_t w = c < 0 ? 0 : (size_t)c + 3;
	for (int k = 0; roles_zh[k]; k++) {
		int skip = 0;
		for (int j = 0; not_school[j] && !skip; j++)
			skip = strcmp(roles_zh[k], not_school[j]) == 0;
		long i = skip ? -1 : find_in(u, roles_zh[k], 0, 12 +
		    strlen(roles_zh[k]));
		if (i < 0 && !skip && c >= 0)
			i = find_in(u, roles_zh[k], w, w + 12 + strlen(roles_zh[k]));
		/* 閣下要求校長在…: the role is the one asked, by the parent */
		if (i < 0 || any_of(u, asker, 0, (size_t)i))
			continue;
		size_t e = (size_t)i + strlen(roles_zh[k]), v = e;
		size_t s = (size_t)i >= w && c >= 0 ? w : 0;
		/* 學校須於, 本校必須於: the school's obligation */
		for (int o = 0; must[o]; o++)
			if (unit_starts(u, e, must[o])) {
				v += strlen(must[o]);
				break;
			}
		for (int p = 0; prep[p]; p++)
			if (unit_starts(u, v, prep[p])) {
				*at = s;
				return e - s;
			}
	}
	return 0;
}

/* 今個星期內, 三日內: a period the writer acts within, in the text
 * right after the span (the span itself ends before 內). */
int
zh_within(const struct unit *u, const struct date_span *sp)
{
	const char *t = u->orig + u->start + sp->end;
	size_t left = u->end - u->start - sp->end;

	if (sp->end > u->end - u->start)
		return 0;
	return (left >= 3 && strncmp(t, "內", 3) == 0) ||
	    (left >= 6 && strncmp(t, "之內", 6) == 0) ||
	    (sp->end >= 3 && strncmp(t - 3, "內", 3) == 0);
}

int
zh_list_action(struct letter *lt, const struct unit *u)
{
	char due[11], tm[6];
	size_t e;

	if (!u->is_item)
		return 0;
	if ((e = person_label(u)) == 0 || e >= u->len)
		return zh_by_whom_item(lt, u);
	/* the item's own date makes it a task; the rest must be no reply
	 * already given (已, 了) */
	if (find_in(u, "已", e, u->len) >= 0 || find_in(u, "了", e, u->len) >= 0 ||
	    !due_in(lt, u, e, u->len, due, tm))
		return 0;
	size_t a = e;
	while (a > 0 && (u->lc[a - 1] == ' ' || u->lc[a - 1] == ':'))
		a--;
	if (a >= 3 && strncmp(u->lc + a - 3, "：", 3) == 0)
		a -= 3;
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, 0, a),
	    quote_of(u, e, u->len), due, tm, "commitment.zh-list-action");
	return 1;
}

int
zh_soft_tell(struct letter *lt, const struct unit *u)
{
	static const char *const first[] = { "我哋", "我們", "本人", "本組",
	    "我", NULL };

	size_t who = 0, wn = 0;
	/* 我遲啲再send畀你: Cantonese drops 會 after "I … later" */
	for (int k = 0; zh_soft_time[k] && wn == 0; k++) {
		long i = find_in(u, zh_soft_time[k], 0, u->len);
		for (int f = 0; i > 0 && first[f] && wn == 0; f++) {
			size_t n = strlen(first[f]);
			if ((size_t)i >= n && strncmp(u->lc + i - n, first[f], n) == 0) {
				who = (size_t)i - n;
				wn = n;
			}
		}
	}
	int tell = near_after(u, zh_soft_time, zh_tell, 12);
	if (!tell && wn == 0)
		return 0;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].vague)
			return 0;	/* a date: zh_dated_intent's */
	char *actor = wn ? quote_of(u, who, who + wn) : NULL;
	for (int k = 0; first[k] && !actor; k++)
		if (unit_starts(u, 0, first[k]))
			actor = quote_of(u, 0, strlen(first[k]));
	char *quote = quote_of(u, 0, u->len);
	/* telling the parent later is nothing she could check */
	if (tell || uncheckable_in(u, 0, u->len))
		add_deflection(lt, quote_of(u, 0, u->len), actor ? "no-date" :
		    "no-owner", actor ? "deflection.uncheckable-no-date" :
		    "deflection.uncheckable-no-owner");
	add_commitment(lt, quote, actor, quote_of(u, 0, u->len), "", "",
	    "commitment.zh-soft-tell");
	return 1;
}

/* 會盡力, 會盡晒力。: the verb of trying is the whole of the act (the
 * clause ends on it) */
int
zh_effort_only(const struct unit *u, size_t me, size_t b)
{
	static const char *const effort[] = { "盡力", "盡晒力", "盡量",
	    "竭力", "全力以赴", "盡最大努力", "盡最大的努力", NULL };
	static const char *const stops[] = { "，", "。", "；", "！", "、",
	    NULL };

	for (int k = 0; effort[k]; k++) {
		if (!unit_starts(u, me, effort[k]))
			continue;
		size_t e = me + strlen(effort[k]);
		if (e >= b)
			return 1;
		for (int s = 0; stops[s]; s++)
			if (unit_starts(u, e, stops[s]))
				return 1;
	}
	return 0;
}

int
zh_comfort_only(const struct unit *u)
{
	return any_of(u, zh_comfort, 0, u->len) ||
	    near_after(u, zh_no_need, zh_worry, 6);
}

static int
start_span(const struct unit *u, const struct date_span *sp)
{
	(void)u;
	return sp->start_word && sp->has_date && !sp->past;
}

int
zh_start_dated(const struct unit *u, size_t a, size_t b)
{
	return spans_in(u, a, b, start_span) > 0;
}

/* A day to come, named exactly: it could be a due. */
static int
exact_span(const struct unit *u, const struct date_span *sp)
{
	(void)u;
	return sp->has_date && !sp->past && !sp->vague;
}

/* Does lc [a, b) hold a date that could be a due? */
int
dated_in(const struct unit *u, size_t a, size_t b)
{
	return spans_in(u, a, b, exact_span) > 0;
}

size_t
zh_dated_split(const struct unit *u, size_t ms, size_t me)
{
	if ((unsigned char)u->lc[ms] < 0x80 || !dated_in(u, 0, me + 1))
		return 0;
	int depth = 0;
	for (size_t i = me; i + 3 <= u->len; i++) {
		if (unit_starts(u, i, "（") || u->lc[i] == '(')
			depth++;
		if (unit_starts(u, i, "）") || u->lc[i] == ')')
			depth--;
		/* a ， inside brackets belongs to a date: 聽日（16/10，禮拜五） */
		if (depth > 0 || !unit_starts(u, i, "，"))
			continue;
		if (dated_in(u, 0, i) && dated_in(u, i, u->len))
			return i;
	}
	return 0;
}

void
zh_follow_clause(struct letter *lt, const struct unit *u, size_t a,
    size_t b, const char *actor)
{
	static const char *const other[] = { "你", "您", "閣下", "請", NULL };
	char due[11], tm[6];

	/* 你後日再覆我: the second clause's own subject is the parent */
	for (int k = 0; other[k]; k++)
		if (unit_starts(u, a, other[k]))
			return;
	if (!due_in(lt, u, a, b, due, tm))
		return;
	add_commitment(lt, quote_of(u, a, b), actor ? xstrdup(actor) : NULL,
	    quote_of(u, a, b), due, tm, "commitment.zh-second-clause");
}

/* Does the clause before the comma at lc[at - 3] end on a person: a
 * role and at most a short name (助教Kitty姐姐，導師阿Ken，)? Not what
 * somebody said (陳老師話，) nor a thing of somebody's (佢嘅功課，). */
static int
zh_apposed_actor(const struct unit *u, size_t at)
{
	static const char *const not_name[] = { "話", "說", "講", "表示",
	    "指", "嘅", "的", "之", NULL };
	long best = -1;

	if (at < 3 || strncmp(u->lc + at - 3, "，", 3) != 0)
		return 0;
	at -= 3;
	for (int r = 0; roles_zh[r]; r++)
		for (long i = find_in(u, roles_zh[r], 0, at); i >= 0;
		    i = find_in(u, roles_zh[r], (size_t)i + 1, at))
			if ((long)(i + strlen(roles_zh[r])) > best)
				best = i + (long)strlen(roles_zh[r]);
	return best >= 0 && at - (size_t)best <= 15 &&
	    !any_of(u, not_name, (size_t)best, at);
}

/* 導師阿Ken，禮拜二會幫佢改: is lc [from, to) a date and adverbs only?
 * Then the clause has no subject of its own, and the one before the
 * comma (in apposition) is its actor. */
int
zh_date_clause(const struct unit *u, size_t from, size_t to)
{
	size_t from0 = from;
	int dated = 0;

	if (from >= to || (unsigned char)u->lc[from] < 0x80)
		return 0;
	while (from < to) {
		size_t o = u->map[from] - u->start, n = 0;
		for (int k = 0; k < u->nspans && n == 0; k++)
			if (u->spans[k].has_date && o >= u->spans[k].start &&
			    o < u->spans[k].end) {
				n = 1;
				dated = 1;
			}
		for (int k = 0; zh_adverbs[k] && n == 0; k++)
			if (unit_starts(u, from, zh_adverbs[k]))
				n = strlen(zh_adverbs[k]);
		if (n == 0)
			return 0;
		from += n;
	}
	return dated && zh_apposed_actor(u, from0);
}

int
zh_negated(const struct unit *u, size_t a, size_t b, size_t ms)
{
	/* a modal of inability, then at most one two-character verb
	 * (作出, 給予) before the marker */
	static const char *const neg[] = { "無法", "無從", "不能", "唔能夠",
	    "冇辦法", "冇法", "難以", NULL };

	/* …未能出席，惟他會於6月12日或之前提交: a failure told in a clause
	 * before the promise's own is the reason for it, not its negation */
	size_t own = clause_start(u, ms);
	if (own < a)
		own = a;
	if (find_in(u, "不會", own, b) >= 0 || find_in(u, "未能", own, b) >= 0)
		return 1;
	/* 本隊將不能再為卓謙提供治療: the inability right after 將 */
	for (int k = 0; neg[k]; k++)
		if (unit_starts(u, ms + 3, neg[k]))
			return 1;
	for (int k = 0; neg[k]; k++) {
		size_t n = strlen(neg[k]), from = ms >= a + n + 6 ? ms - n - 6 : a;
		if (find_in(u, neg[k], from, ms) >= 0)
			return 1;
	}
	return 0;
}

/*
 * 我下星期五前回覆你: Chinese, Cantonese above all, says a dated intention
 * without 會 when the date carries the future. A clause that opens with
 * a first person (after an English topic at most) and holds a deadline
 * (前, 之前, 或之前), with nothing done already (已, 了), is a commitment
 * of the writer.
 */
void
zh_dated_intent(struct letter *lt, const struct unit *u)
{
	static const char *const first[] = { "我哋", "我們", "本人", "我",
	    NULL };
	char due[11], tm[6];
	size_t at = 0, n = 0;

	/* the first person opens the sentence or a clause after ，, at
	 * most after an English topic ("worksheet我禮拜五前send畀你") */
	for (size_t c = 0; c < u->len && n == 0; ) {
		size_t t = c;
		while (t < u->len && (unsigned char)u->lc[t] < 0x80 &&
		    u->lc[t] != ',')
			t++;
		for (int k = 0; first[k] && n == 0; k++)
			if (strncmp(u->lc + t, first[k], strlen(first[k])) == 0) {
				at = t;
				n = strlen(first[k]);
			}
		long next = find_in(u, "，", c, u->len);
		if (n || next < 0)
			break;
		c = (size_t)next + 3;
	}
	if (n == 0)
		n = zh_role_subject(u, &at);	/* 本組於…或之前提交 */
	/* 學校須於十個工作天內作出解釋, in the family's letter: a demand */
	if (n && lt->by_parent && (unit_starts(u, at + n, "須") ||
	    unit_starts(u, at + n, "必須") || unit_starts(u, at + n, "需")))
		return;
	if (n == 0 || find_in(u, "已", at, u->len) >= 0 ||
	    find_in(u, "了", at, u->len) >= 0)
		return;
	/* 馮老師由下星期一開始，每日…: a role's work from a start date */
	int from = unit_starts(u, at + n, "由");
	int deadline = 0;
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date && !u->spans[k].past &&
		    (u->spans[k].deadline || zh_within(u, &u->spans[k]) ||
		    (from && u->spans[k].start_word)))
			deadline = 1;
	if (!deadline || !due_in(lt, u, at, u->len, due, tm))
		return;
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, at, at + n),
	    quote_of(u, at + n, u->len), due, tm, "commitment.zh-dated-intent");
}
