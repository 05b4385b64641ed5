/*
 * lexicon_zh.c — Chinese word classes of 書面語 and 粵語 that the rules of
 * deflections_zh.c and commitments_zh.c read, beside the mixed classes of
 * lexicon.c. Each list is a class of form: a word joins when it stands
 * for the class in letters the corpus does not hold, never because one
 * letter used it.
 */
#include <stddef.h>
#include <string.h>

#include "extract/extract_int.h"

/* Capacity nouns of Chinese letters beside lexicon.c's: the days, the
 * lessons and the school places there are (到校的日數有限, 學額已滿). */
const char *const zh_capacity_nouns[] = { "日數", "天數", "堂數", "學額",
	"編制",
	"人力", "時間表", "檔期", "學位", "津貼", "款項", "餘額", "經費",
	"預算", "資助", NULL };

/* Limit words said of a capacity noun (人手, 名額, 資源…): "very tight",
 * "used up", "full", "none to spare". */
const char *const zh_limit_words[] = { "好緊", "很緊", "太緊", "緊絀",
	"未有資源", "沒有資源", "冇資源", "無資源", "缺乏資源", "欠缺資源",
	"緊拙", "用晒", "用完", "用盡", "滿咗", "已經滿", "額滿", "爆滿",
	"冇多餘", "沒有多餘", "無多餘", "不敷", "眾多", "冇額外", "沒有額外",
	"無額外", "未有額外", "並無額外", "排滿", "滿額", "不多", "冇位",
	"沒有足夠", "冇足夠", "無足夠", "全數用於", "全部用於", "全數撥",
	"全部撥作", "已用於", "分配完畢", "分配完", "分配晒", "派晒", "派完",
	"無餘額", "冇餘額", "沒有餘額", "並無餘額", "所餘無幾", "無剩", "冇剩",
	/* 今年未獲額外撥款, 暫時冇人手開班: none granted, none to spare */
	"未獲額外", "未獲撥款", "未獲資助", "冇人手", "沒有人手", "無人手",
	"人手不足", "缺人手", "並無相關編制", "沒有相關編制", "冇呢個編制",
	"並無編制", "沒有編制",
	"無名額", "冇名額", "沒有名額", NULL };

/* Strained on their own, with no noun of capacity: the diary is booked
 * through (排滿), no place is left (冇位, 沒有空位), all full (滿晒).
 * Said only where a service is named (zh_services): 停車場冇位 is none. */
const char *const zh_strained[] = { "滿額", "排滿", "冇位", "沒有空位",
	"無空位", "冇空位", "供不應求", "分身不暇", "應接不暇", "滿晒",
	"爆晒", "爆滿", "額滿", NULL };
/* 寫滿晒, 填滿晒: a page filled, not a service full. */
const char *const zh_filled[] = { "寫", "填", "貼", "畫", "擺", "放", "裝",
	"倒", "塞", "堆", NULL };
/* What the school gives that can be full or short (a service, the
 * people who give it, the time they give it in). */
const char *const zh_services[] = { "輔導", "治療", "訓練", "小組", "班",
	"服務", "時間表", "時段", "檔期", "名額", "學額", "學位", "抽離",
	"評估", "支援", "課程", "社工", "老師", "姑娘", "治療師", "心理學家",
	"人手", NULL };

/* A load that is large: the cases, the work (個案數目非常多, 工作量好大).
 * Not said of a supply ("很多資源" is plenty). */
const char *const zh_load_nouns[] = { "個案", "工作量", "申請",
	"轉介", NULL };
const char *const zh_much[] = { "非常多", "好多", "很多", "太多", "極多",
	"繁重", "沉重", "大增", "好大", "很大", "非常大", NULL };

/* A queue: the service exists, the child waits its turn (排期要到九月,
 * 輪候需時, 排到十二月先有位). */
const char *const zh_queue_frames[] = { "排期要", "排期至", "排期到",
	"要排期", "需排期", "須排期", "排到", "輪候時間", "輪候需時",
	"需要輪候", "需輪候", "須輪候", "要輪候", "先有位", "輪候名單",
	"候補名單", "排隊等", "需時較長", "需時甚長", "需時頗長", "需時較久",
	"要等好耐", "等候時間較長", NULL };

/* Something must happen first: 等緊 (Cantonese progressive), and the
 * "only then" of a condition (…完先可以, …後才可以, 待…後方可). */
const char *const zh_waiting_frames[] = { "等緊", "先可以", "先至可以",
	"才可以", "方可", "先能夠", "才能夠", "後才能", "後方能", "須待",
	"需待", "尚待", "要待", "有待", NULL };

/* 待佢適應咗先再評估, 等報告出咗後再決定: "wait until…, then". */
const char *const zh_await[] = { "待", "等到", "等", NULL };
const char *const zh_then_again[] = { "先再", "後再", "先至", "後先",
	"後才", "先，再", "後，再", "時，再", "時間，再", "階段，再", "再睇",
	"再諗", "再決定", "再作決定", NULL };
/* 除非…否則…: nothing happens unless somebody else acts first. */
const char *const zh_unless[] = { "除非", NULL };
const char *const zh_otherwise[] = { "否則", "先", "才", "唔係", "不然",
	NULL };
/* "Only then" with no 可以 after it (…，學校才能申請): 才能 that is no
 * noun (his 才能, talent, follows 的 or 發揮). */
const char *const zh_talent_before[] = { "的", "嘅", "其", "揮", "有",
	NULL };

/* Time itself is the plan: watch a while longer, then see. */
/* See how it goes, then decide (睇吓佢適應成點先再算, 看看進展如何再作
 *決定): a verb of watching, a word of "how", a "then again". */
const char *const zh_watch[] = { "睇吓", "睇下", "看看", "觀察", "視乎",
	"留意", "睇多", NULL };
const char *const zh_how_goes[] = { "成點", "點樣", "如何", "怎樣", "怎麼樣",
	"點先", NULL };
const char *const zh_then_decide[] = { "先再", "再作", "再決定", "再算",
	"再講", "才再", "才決定", "再談", "先算", "再諗", "再想", "才作",
	"先決定", "先作決定", NULL };
const char *const zh_wait_and_see[] = { "睇多幾", "睇多一排", "觀察多",
	"等多", "再觀察", "繼續觀察", "觀察一段時間", "睇定啲", "睇吓點先",
	"睇下點先", "再睇吓", "再睇下", "一段時間再", "尚早", "過早",
	/* 要睇吓 EP 評估完之後點講先: what another says, first */
	"點講先", "點話先", "點說再",
	"再作打算", "先看看", "先睇吓", "先睇下", "急住", "急於",
	"再作考慮", "再作研究", "再行考慮", "再議", "需要時間",
	"需要一段時間", "需要一啲時間", "需要啲時間", "再看看", "再睇睇",
	"都未遲", "也不遲", "亦未遲", "都唔遲", NULL };
/* 需時處理: the matter takes time, said of a verb of handling. */
const char *const zh_takes_time[] = { "需時", "需要時間", NULL };

/* Understanding and comfort with no action in them. */
const char *const zh_reassurance[] = { "完全理解", "十分理解", "非常理解",
	"深表理解", "一切安好", "首要考慮", "放在首位", "為首要", "最優先",
	"一切正常", "適應良好", "無須掛心", "不必掛心", "用心", "悉心",
	"盡心", "細心照顧", "最大努力", "竭盡所能", "全力支援", "全力協助",
	"全力配合", "放寬心", "首要關注", "首要任務",
	/* the school's mission, promised to nobody: 致力為每一位學生提供 */
	"致力為", "致力於為", "致力提供", NULL };
/* A degree of care said of the staff, promised to nobody (十分關心). */
/* Who may be said to care: the school and its staff (佢好留意 is the
 * child's attention, 同學好支持 the pupils'). */
const char *const zh_staff[] = { "學校", "校方", "本校", "本組", "我哋",
	"我們", "老師", "主任", "姑娘", "社工", "校長", "同事", "治療師",
	"教師", "職員", "支援組", NULL };
/* Pupils as a subject: 學生正積極研究 is a lesson, not a matter under
 * way. */
const char *const zh_pupils[] = { "學生", "同學", "小朋友", "幼兒", "學童",
	"兒童", NULL };
const char *const zh_degree[] = { "十分", "非常", "好", "很", "極之", "相當",
	"特別", NULL };
/* A habit of care, promised to nobody (一向重視, 一直都好關心). */
const char *const zh_always[] = { "一向", "一直", "向來", "從來", NULL };
const char *const zh_care[] = { "關心", "關注", "重視", "照顧", "留意",
	"支持", "用心", "緊貼", "注意", NULL };
/* The child is fine, with no data (佢好開心, 同同學相處融洽). */
const char *const zh_child_fine[] = { "相處融洽", "表現良好", "表現不錯",
	"表現唔錯", "好開心", "很開心", "十分開心", "適應得好", "適應得很好",
	"適應得不錯", "適應得唔錯", "一切順利", "好乖", "很乖", "幾開心",
	"挺開心", "頗開心", NULL };
/* 唔使/不用 … 擔心: the negated need may take an adverb (太, 過份). */
const char *const zh_no_need[] = { "唔使", "唔駛", "唔洗", "不用", "不必",
	"毋須", "無須", "無需", "毋需", "不需", NULL };
const char *const zh_worry[] = { "擔心", "憂慮", "掛心", "緊張", "過慮",
	"憂心", NULL };

/* Somebody else decides: the school says it has no power. */
const char *const zh_remit_frames[] = { "作主", "冇權", "無權", "沒有權",
	"權限以外", "不在本校",
	/* 我自己做唔到主, 作不了主: the writer cannot decide */
	"做主", "做唔到主", "作唔到主", "做不了主", "作不了主", NULL };
/* Bodies outside the school whose business a matter may be said to be. */
const char *const zh_outside_bodies[] = { "教育局", "社署", "社會福利署",
	"醫管局", "醫院管理局", "衞生署", "衛生署", "考評局", "政府",
	"辦學團體", "醫院", "醫生", "法團校董會", "校董會", "委員會", "局方",
	NULL };
/* What a remit sentence says of such a body or of the school's power. */
const char *const zh_decide_words[] = { "決定", "話事", "作主", "批核",
	"嘅事", "的事", "的範疇", "嘅範圍", "的範圍", "範疇", "嘅範疇",
	"負責", "判斷",
	"定奪", "審批", "批准", "拍板", "權責", "審核", NULL };
/* "Not within our scope": 不在…範圍, 唔喺…職權之內. */
const char *const zh_not_in[] = { "不在", "唔喺", "並不在", "不屬", "唔屬",
	"超出", "超越", NULL };
const char *const zh_scope[] = { "範圍", "範疇", "職權", "職責", "權限",
	NULL };
/* A scope that is a power (職權, 權限) is the school's by itself; a bare
 * 範圍 must be the school's (不在本校範圍), not an offer's. */
/* 專業範疇: a profession's scope is its holder's, the writer's */
const char *const zh_authority[] = { "職權", "職責", "權限", "職能", "專業",
	NULL };
/* "须由…", "唔係我哋…": the sentence puts the decision elsewhere. */
const char *const zh_remit_openers[] = { "須由", "需由", "要由", "只可由",
	"只能由", "應由", "最終由", "最後由", "最終要由", "唔係我哋", "不是我們", "並非我們", "唔係學校",
	"不是學校", "並非學校", "並非校方", "不是校方", "輪唔到", "輪不到",
	"須交", "需交", "要交", NULL };

/* Cantonese "cannot" after the verb: 答應唔到, 決定唔到, 幫唔到 — a verb
 * of what the school would give or decide (搵唔到, "cannot find", is
 * none). */
/* Cantonese and 書面語 "cannot" of power (控制唔到, 改變不了, 無法左右),
 * said by the school of itself: 佢控制唔到情緒 is the child's. */
const char *const zh_power[] = { "控制", "改變", "左右", "影響", "話到事",
	"干涉", NULL };
const char *const zh_power_not[] = { "無法", "未能", "不能", "冇辦法",
	"沒有辦法", NULL };
const char *const zh_school_acts[] = { "答應", "應承", "決定", "話事",
	"安排", "保證", "承諾", "批", "提供", "幫", "處理", "加", "俾", NULL };
const char *const zh_cannot_after[] = { "唔到", "不了", NULL };

/* A polite refusal (恕難照辦, 礙難安排). */
const char *const zh_refusal[] = { "恕難", "礙難", "恕未能", "愛莫能助",
	"恕不", "唔需要", "冇需要", "沒有需要", "無此需要", "暫難", "難以安排",
	"難以提供", "難以答應", "好難安排", NULL };

/* A matter handed on (已轉介予…跟進, 已交由…處理): the handing is done,
 * the doing is nobody's. */
/* What may be handed on as the whole answer: a matter raised (閣下的
 *投訴, 您的查詢), not a parcel. */
const char *const zh_matters[] = { "意見", "投訴", "要求", "申請", "查詢",
	"個案", "事", "關注", "建議", "問題", "情況", "訴求", "來信", "來函",
	"信件", "請求", "反映", NULL };
const char *const zh_handover[] = { "轉交", "轉介", "交由", "轉達", "交予",
	"轉予", "轉告", "交到", "呈交", NULL };
const char *const zh_handled[] = { "處理", "跟進", "研究", "考慮", "審批",
	"檢視", "審視", "覆檢", "審核", "商討", "討論", "檢討", "覆核",
	"核實", "關注", NULL };
/* Still under way, said before the verb (正在研究, 現正積極考慮). */
const char *const zh_now[] = { "正在", "仍在", "現正", "正", "仍然在",
	"一直在", NULL };
/* How the thinking is done, between 正 and its verb (積極, 詳細). */
const char *const zh_manner[] = { "積極", "認真", "詳細", "仔細", "努力",
	"全面", "深入", "慎重", "密切", "適當", "適切", NULL };

/* Futures of the school's state, not anyone's action: 學校將於…停課;
 * and an event held (考試將於…舉行, 本校將於…舉辦講座), an occasion for
 * all, not a task (a meeting so held is still read as a meeting). */
const char *const zh_statives[] = { "停課", "放假", "休假", "休息",
	"關閉", "暫停開放", NULL };
const char *const zh_held[] = { "舉行", "舉辦", NULL };
/* ...unless what is held is the child's own session (第一節小組將於…
 * 舉行: a session with the child is a commitment, SPEC.md). */
const char *const zh_sessions[] = { "小組", "訓練", "治療", "輔導", "評估",
	"一節", "課節", NULL };

/* Where s starts in [p, end), or NULL (the text may hold NUL bytes). */
static const char *
find_bytes(const char *p, const char *end, const char *s)
{
	size_t n = strlen(s);

	for (; p + n <= end; p++)
		if (*p == *s && memcmp(p, s, n) == 0)
			return p;
	return NULL;
}

/*
 * A newsletter's title on a line of its own (六月份家長通訊, 學校通訊
 * （第五期）): the letter is a newsletter and carries nothing (SPEC.md).
 * The name ends the line or is followed by its issue; 通訊錄 (contacts)
 * and a sentence that names a newsletter (請參閱家長通訊。) are none.
 */
int
zh_newsletter_title(const char *t, size_t n)
{
	static const char *const names[] = { "通訊", "校訊", "簡訊", "會訊",
	    "月刊", "季刊", NULL };
	static const char *const after[] = { "\n", "\r", " ", "（", "(",
	    "第", NULL };

	for (size_t a = 0; a < n; ) {
		const char *nl = memchr(t + a, '\n', n - a);
		size_t e = nl ? (size_t)(nl - t) : n;
		if (e - a <= 60) {
			for (int k = 0; names[k]; k++) {
				const char *p = t + a;
				size_t w = strlen(names[k]);
				for (; (p = find_bytes(p, t + e, names[k])) != NULL;
				    p += w) {
					const char *q = p + w;
					int ok = q >= t + e;
					for (int j = 0; after[j] && !ok; j++)
						ok = (size_t)(t + e - q) >= strlen(after[j]) &&
						    strncmp(q, after[j], strlen(after[j])) == 0;
					if (ok && !find_bytes(t + a, t + e, "。") &&
					    !find_bytes(t + a, t + e, "，") &&
					    !find_bytes(t + a, t + e, "："))
						return 1;
				}
			}
		}
		a = e + 1;
	}
	return 0;
}

/* A promise reported: "you said you would" (你話會, 您表示會). */
const char *const zh_reported[] = { "話", "講過", "答應", "表示", "提到",
	"應承", "承諾", "說", NULL };

/* The first and second persons that may head an action line
 * (我：…, 你：…). */
const char *const zh_persons[] = { "我哋", "我們", "本人", "我", "你",
	"您", "家長",
	/* the parent's own row of a minutes list: 陳太, 子軒媽媽, 陳太（家長） */
	"太", "媽媽", "爸爸", "（家長）", "(家長)", NULL };

/* Telling the parent, with nothing else to check: a soft future's verb
 * (有結果會再通知閣下, 有消息會再話你知). */
const char *const zh_tell[] = { "通知", "話你知", "話俾你知", "話畀你知",
	"同你講", "告訴你", "告訴您", "告知", "回覆", "覆你", "聯絡你",
	"聯絡您", "聯絡閣下", "同你聯絡", "與您聯絡", "與你聯絡",
	"與閣下聯絡", "同你傾", "公布", "公佈", "保持溝通", "保持聯絡",
	"保持聯繫", NULL };

/* After 如… (if…), what makes the sentence a request to the parent. */
const char *const zh_if_requests[] = { "請", "歡迎", "可致電", "可聯絡",
	"可以致電", "可以聯絡", "可與", "可向", "可以同", "可以搵", "隨時",
	"搵我", "找我", "敬請", "煩請", NULL };

/* Adverbs that may stand before 會/將 when the subject is dropped. */
const char *const zh_adverbs[] = { "並", "亦", "也", "都", "再", "仍",
	"稍後", "隨後", "屆時", "其後", "之後", "然後", "另外", "同時", "就",
	"便", "則", "日後", "將來", "一定", "定必", "必定", "必", "盡快",
	"適時", "另行", "會", "還", "仲", "到時", "跟住", "遲啲", "稍遲",
	"今日", "聽日", "明天", "今天", "下星期", "下週", "本週", NULL };

/* A soft time before a telling verb: the news comes "later", from nobody
 * in particular (遲啲再話你知, 結果稍後再通知). */
const char *const zh_soft_time[] = { "稍後", "遲啲", "遲些", "容後",
	"日後", "稍遲", "之後再", "有消息", "有結果", "有進展",
	/* 等我同主任傾完再話你知: after a step of the writer's own */
	"完再", "出咗報告", "報告出咗", "有咩消息", "有乜消息", NULL };

/* Comfort that makes an undated promise part of a reassurance
 * (你放心，我哋會好好照顧佢). */
const char *const zh_comfort[] = { "放心", "安心", NULL };

/* "Depends on whether": a verb of depending, then a question word. */
const char *const zh_depend[] = { "要睇", "睇吓", "睇下", "視乎", "取決",
	"要看", NULL };
const char *const zh_whether[] = { "有冇", "有沒有", "會唔會", "能否",
	"是否", "得唔得", "夠唔夠", "可否",
	/* when others are free: 要睇社工幾時有空 */
	"幾時有", "何時有", "幾時得閒", "甚麼時候有", "什麼時候有", NULL };

/* Somebody else's decision: 係醫生嘅決定, 是教育局的決定. */
const char *const zh_copula[] = { "係", "是", NULL };
const char *const zh_their_call[] = { "嘅決定", "的決定", "嘅事", "的事",
	NULL };
/* "We may not interfere": a negated modal before a verb of meddling. */
const char *const zh_cannot[] = { "唔可以", "不可以", "不能", "不可",
	"無法", "未能", "唔能夠", NULL };
const char *const zh_meddle[] = { "干預", "過問", "插手", NULL };

/* Understanding said to the parent (十分明白閣下的憂慮). */
const char *const zh_understand[] = { "明白", "理解", "體諒", "體會",
	NULL };
const char *const zh_addressee[] = { "閣下", "您", "你", "家長", NULL };

/* Nothing settled yet (暫未有定案, 仲未有消息). */
const char *const zh_not_yet[] = { "暫未", "尚未", "仲未", "還未", "暫時未",
	NULL };
const char *const zh_outcome[] = { "定案", "決定", "結論", "消息", "結果",
	"安排", "計劃", "日期", "空位", NULL };

/* "Not until a later stage" (要到小四才進行, 須到下學期才安排): a verb of
 * reaching, a stage of the child's schooling or of the calendar, then
 * "only then". */
const char *const zh_until[] = { "要到", "須到", "需到", "要等到", "等到",
	NULL };
const char *const zh_later_stage[] = { "小一", "小二", "小三", "小四",
	"小五", "小六", "中一", "中二", "中三", "中四", "中五", "中六",
	"年級", "明年", "下年", "後年", "學年", "學期", "月", "歲", "階段",
	NULL };
const char *const zh_only_then_words[] = { "才", "先", "方", NULL };

/* Confidence that the child will be fine soon, with no data (相信很快便能
 * 追上, 我相信佢好快就會適應). */
const char *const zh_believe[] = { "相信", "深信", NULL };
/* Done well, with nothing said of what or when (相信學校會妥善處理). */
const char *const zh_done_well[] = { "妥善", "好好", "適切", "恰當", NULL };
const char *const zh_soon[] = { "很快", "好快", "遲早", "慢慢會", "慢慢就",
	NULL };
/* The trouble passes by itself (遲啲會好返, 自然會適應): said of the
 * child with no date, it is comfort. */
const char *const zh_passes[] = { "會好返", "就好返", "自然會好",
	"自然會改善", "自然會適應", "自然就會", "慢慢會好", "慢慢就會好",
	"會慢慢適應", "會慢慢好", NULL };

/* Events a letter dates and a promise may be due before (覆診前, 評估
 * 之前): the child's appointments, sessions and tests, and meetings. */
const char *const zh_events[] = { "覆診", "評估", "覆檢", "手術", "面談",
	"會面", "會議", "觀察", "觀課", "考試", "測驗", "家長日", "訪校",
	"探訪", "檢查", "約見", NULL };

/* Paying for it is beyond the school (負擔唔起, 承擔不起, 無力負擔). */
const char *const zh_unaffordable[] = { "負擔唔起", "負擔不起", "負擔不來",
	"承擔唔起", "承擔不起", "無力負擔", "無力承擔", "冇能力負擔", NULL };

/* "No rule was broken": a negation, then a breach (並無違規, 冇違反). */
const char *const zh_no_breach[] = { "並無", "沒有", "無", "冇", "並未",
	"未有", "絕無", NULL };
const char *const zh_breach[] = { "違規", "違反", "違例", "違法", "不當",
	NULL };
/* 學校的處理大致符合指引: the handling said to comply with the rules */
const char *const zh_comply[] = { "符合", "遵照", "遵從", "依循", NULL };
const char *const zh_rules[] = { "指引", "規定", "程序", "指南", "政策",
	NULL };

/* The child will surely cope (佢一定跟得上, 他定必能夠追上). */
const char *const zh_certain[] = { "一定", "肯定", "定必", "必定", "必能",
	NULL };
const char *const zh_cope[] = { "跟得上", "追得上", "追上", "跟上", "適應到",
	"適應得到", "應付到", "應付得到", "應付得來", "冇問題", "沒有問題",
	"無問題", "做得到", "得嘅", NULL };

/* A habit, not an act: 一般, 通常, 一向 before 會 (commitments.c). */
const char *const zh_habitual[] = { "一般", "通常", "一向", "向來", "慣常",
	"平時", "普遍", "往往", NULL };
