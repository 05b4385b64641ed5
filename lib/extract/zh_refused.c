/*
 * zh_refused.c — when a Chinese marker that commitments.c found is no
 * promise after all: zh_marker_refused() reads the characters around it.
 * 已請 that is no delegation (已請假, 已請您…); 會 as a noun's end (信義會
 * 小學, 宣道會善慶小學), in a question (會唔會, 幾時會) or at a meeting
 * (會上的決定); 將 as 把 (想將, 議決將…轉介, 現將); 負責 describing a remit;
 * an agreement denied (冇答應過, 從未承諾); a first thought (初步打算);
 * the parent's own words in 「…」 (你寫咗「學校會…」); 叫咗我 (asked me).
 */
#include <string.h>

#include "extract/extract_int.h"

/* Does 會 at i end a church's or society's name (宣道會, 聖公會, 浸信會,
 * 循道衛理聯合教會, 信義會)? */
static int
church_before(const struct unit *u, size_t i)
{
	static const char *const names[] = { "宣道", "聖公", "浸信", "信義",
	    "教", "循道", "中華基督教", "崇真", "路德", NULL };

	for (int k = 0; names[k]; k++) {
		size_t n = strlen(names[k]);
		if (i >= n && strncmp(u->lc + i - n, names[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Is the marker at i inside 「…」 quoting the parent (你寫咗「學校會…」,
 * 您提及「…」)? The words are hers, recorded, not a promise made now. */
static int
quoting_parent(const struct unit *u, size_t i)
{
	static const char *const you_said[] = { "你寫", "您寫", "你話", "您話",
	    "你提", "您提", "你講", "閣下提", "閣下指", "你表示", "您表示",
	    NULL };
	size_t from = i > 60 ? i - 60 : 0;
	long open = -1;

	for (long k = find_in(u, "「", from, i); k >= 0;
	    k = find_in(u, "「", (size_t)k + 3, i))
		open = k;
	if (open < 0 || find_in(u, "」", (size_t)open, i) >= 0)
		return 0;
	return any_of(u, you_said, (size_t)open > 30 ? (size_t)open - 30 : 0,
	    (size_t)open);
}

int
zh_marker_refused(const struct unit *u, size_t i, const char *marker)
{
	if (quoting_parent(u, i))
		return 1;
	/* 佢叫咗我唔好擔心: somebody asked the writer or the parent,
	 * no delegation */
	if (strcmp(marker, "叫咗") == 0) {
		static const char *const to_us[] = { "我", "你", "您", NULL };
		for (int k = 0; to_us[k]; k++)
			if (unit_starts(u, i + strlen(marker), to_us[k]))
				return 1;
	}
	static const char *const not_asked[] = { "假", "您", "你", "閣下",
	    "家長", "教", "示", "求", NULL };
	/* 想將…寫低, 請將…交回: after a verb of wanting or asking, 將 is
	 * the preposition 把, not the future; so after 已經, 曾經 (done) */
	static const char *const wanting[] = { "想", "要", "可", "能", "請",
	    "須", "需", "先", "就", "再", "已", "經", NULL };
	static const char *const decided[] = { "議決", "決定", "同意", "建議",
	    "批准", "決議", NULL };

	/* 信義會小學, 宣道會幼稚園: 會 ends a church's or society's name
	 * before its school */
	static const char *const schools[] = { "小學", "中學", "學校",
	    "幼稚園", "幼兒園", "書院", "學院", NULL };

	/* 當日負責小息當值的兩位老師: "the ones in charge of", with no
	 * person before it in its clause and closed by 的/嘅 before its
	 * noun, is a relative clause, not a promise (陳老師負責跟進子軒的
	 * 功課 is one) */
	/* 會上的決定: "at the meeting", a noun (also after 將: 將會上) */
	static const char *const at_meeting[] = { "上的", "上嘅", "上所",
	    "上決定", "上議決", "上討論", NULL };
	/* 在會上, 喺會上, 於會上: a place, whatever follows */
	static const char *const at[] = { "在", "喺", "於", NULL };
	size_t m_end = i + strlen(marker);
	if (m_end >= 3 && strncmp(u->lc + m_end - 3, "會", 3) == 0) {
		for (int k = 0; at_meeting[k]; k++)
			if (unit_starts(u, m_end, at_meeting[k]))
				return 1;
		if (unit_starts(u, m_end, "上") && m_end >= 6 &&
		    ends_at(u, m_end - 3, at))
			return 1;
	}
	/* 現將會上的決定整理如下: 現將 is 現在把 (現將於 stays) */
	if (strncmp(marker, "將", 3) == 0 && i >= 3 &&
	    strncmp(u->lc + i - 3, "現", 3) == 0 &&
	    !unit_starts(u, i + 3, "於") && !unit_starts(u, i + 3, "在"))
		return 1;
	if (strcmp(marker, "負責") == 0) {
		/* 校董會只負責覆核: a body's remit described, no task */
		if (i >= 3 && (strncmp(u->lc + i - 3, "只", 3) == 0 ||
		    strncmp(u->lc + i - 3, "僅", 3) == 0))
			return 1;
		long c = find_in(u, "，", i, u->len);
		size_t to = c < 0 ? u->len : (size_t)c;
		size_t from = clause_start(u, i);
		to = to < i + 6 + 30 ? to : i + 6 + 30;
		return !any_of(u, roles_zh, from, i) &&
		    (find_in(u, "的", i, to) >= 0 || find_in(u, "嘅", i, to) >= 0);
	}
	if (strcmp(marker, "會") == 0) {
		for (int k = 0; schools[k]; k++)
			if (unit_starts(u, i + 3, schools[k]))
				return 1;
		/* 宣道會善慶小學, 聖公會聖彼得小學: a church's 會 with the
		 * school's own name after it (會親自去幼稚園 is a verb) */
		for (int k = 0; church_before(u, i) && schools[k]; k++)
			for (size_t g = 6; g <= 3 + 9; g += 3)
				if (unit_starts(u, i + g, schools[k]))
					return 1;
		/* 佢幾時會嚟, 何時會批出: a wh-question, nobody's promise */
		static const char *const wh[] = { "幾時", "何時", "幾點",
		    "點解", NULL };
		for (int k = 0; wh[k]; k++)
			if (i >= 6 && strncmp(u->lc + i - 6, wh[k], 6) == 0)
				return 1;
		/* 會唔會, 會不會: a yes-or-no question, both halves */
		if (unit_starts(u, i + 3, "唔會") || unit_starts(u, i + 3, "不會"))
			return 1;
		if (i >= 6 && (strncmp(u->lc + i - 6, "會唔", 6) == 0 ||
		    strncmp(u->lc + i - 6, "會不", 6) == 0))
			return 1;
		return 0;
	}
	if (strcmp(marker, "將") == 0) {
		/* 我將頭先嘅對話貼喺下面: a time gone after 將 makes it 把 */
		static const char *const gone[] = { "頭先", "剛才", "早前",
		    "之前", "上次", "琴日", "昨天", "尋日",
		    /* 將其字體圈出, 將該報告寄出: a pronoun or a
		     * demonstrative after 將 is its object */
		    "其", "該", "此", "這", "佢", NULL };
		for (int k = 0; gone[k]; k++)
			if (unit_starts(u, i + 3, gone[k]))
				return 1;
		for (int k = 0; wanting[k]; k++)
			if (i >= 3 && strncmp(u->lc + i - 3, wanting[k], 3) == 0)
				return 1;
		/* 議決將卓希轉介, 同意將功課減半: after a verb of deciding, 將
		 * is 把 (議決將於…舉行 stays a future) */
		for (int k = 0; decided[k]; k++)
			if (i >= 6 && strncmp(u->lc + i - 6, decided[k], 6) == 0 &&
			    !unit_starts(u, i + 3, "於") &&
			    !unit_starts(u, i + 3, "在") &&
			    !unit_starts(u, i + 3, "會"))
				return 1;
		return 0;
	}
	/* 冇答應過, 從未承諾: an agreement denied */
	if (strcmp(marker, "答應") == 0 || strcmp(marker, "承諾") == 0 ||
	    strcmp(marker, "應承") == 0) {
		static const char *const never[] = { "冇", "沒有", "未", "並未",
		    "從未", "不曾", "未曾", "無", NULL };
		for (int k = 0; never[k]; k++) {
			size_t n = strlen(never[k]);
			if (i >= n && strncmp(u->lc + i - n, never[k], n) == 0)
				return 1;
		}
		/* 學校早前以書面承諾的安排, 你答應過嘅: the promise as a
		 * thing already made, named by the noun after 的 */
		static const char *const made[] = { "的", "嘅", "之", "過",
		    NULL };
		for (int k = 0; made[k]; k++)
			if (unit_starts(u, i + strlen(marker), made[k]))
				return 1;
	}
	/* 已同意有關安排, 已同意您的建議: consent to what was put, not a
	 * deed (蕭博士已同意撰寫一封信件 is one) */
	if (strstr(marker, "同意")) {
		static const char *const put[] = { "有關", "此", "該", "上述",
		    "你的", "您的", "你嘅", "閣下", "安排", "建議", "要求",
		    "時間", "日期", "方案", "做法", "。", "，", NULL };
		for (int k = 0; put[k]; k++)
			if (unit_starts(u, i + strlen(marker), put[k]))
				return 1;
	}
	/* 初步打算: a first thought, not yet a plan anyone holds to */
	if (strcmp(marker, "打算") == 0 && i >= 6 &&
	    strncmp(u->lc + i - 6, "初步", 6) == 0)
		return 1;
	/* 已請假, 已請您…: no delegation (also 已經請, 已叫, 已吩咐) */
	if (strncmp(marker, "已", 3) != 0 || strcmp(marker, "已安排") == 0 ||
	    strcmp(marker, "已指示") == 0)
		return 0;
	size_t e = i + strlen(marker);
	if (unit_starts(u, e, "咗") || unit_starts(u, e, "了"))
		e += 3;		/* 已經請咗假 */
	if (find_in(u, "假", e, e + 6) >= 0)
		return 1;	/* 病假, 事假: leave of some kind */
	/* 已請教 (consulted) is no delegation; 已請教育心理學家 is */
	for (int k = 0; not_asked[k]; k++)
		if (unit_starts(u, e, not_asked[k]) &&
		    !(strcmp(not_asked[k], "教") == 0 && unit_starts(u, e + 3, "育")))
			return 1;
	return 0;
}
