/*
 * test_extract_zh.c — Chinese and Cantonese letters nobody annotated: the
 * shapes of a commitment, a deflection and a meeting in 書面語 and 粵語,
 * and the sentences that must yield nothing (test_extract.c has the
 * English ones).
 */
#include "testextract.h"

static void
test_chinese(void **state)
{
	(void)state;
	run("陳太太：\n\n本人會於3月13日或之前把默書調適安排交給您參閱。"
	    "我們將於3月25日下午4時與您進行家長面談。"
	    "請於本週五前交回回條。我們仍在等待教育心理學家的報告。\n");
	const struct ex_commitment *c = commitment_with("本人會於3月13日");
	assert_string_equal(c->due, "2026-03-13");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-25");
	assert_string_equal(ex.meetings[0].time, "16:00");
	assert_int_equal(ex.ncommitments, 1);	/* the request is not one */
	assert_int_equal(ex.ndeflections, 1);
	assert_string_equal(ex.deflections[0].kind, "waiting");
}

/* Chinese shapes of a commitment (commitments_zh.c). */
static void
test_commitments_zh(void **state)
{
	(void)state;
	/* a soft future with no subject at all: vague, and a deflection */
	run("有新安排會再通知您。\n");
	assert_string_equal(rule_of("會再通知您"),
	    "commitment.zh-soft-future-vague");
	assert_int_equal(ex.ndeflections, 1);
	/* 如… opens a request only with one in it (如有疑問，請致電) */
	run("如有新安排，我們會再通知您。\n如有疑問，請致電校務處。\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_true(commitment_with("會再通知您")->vague);
	run("天氣會轉涼。下星期會落雨。\n");
	assert_int_equal(ex.ncommitments, 0);

	/* the school's state is no action; an action in the closure is */
	run("本校將於3月6日放假一天。\n");
	assert_int_equal(ex.ncommitments, 0);
	run("校方將於3月6日停課期間安排網上功課輔導。\n");
	assert_string_equal(commitment_with("網上功課輔導")->due, "2026-03-06");

	/* a promise "you" made, recorded; "you will receive" stays out */
	run("你上次話會喺3月13號前交返份表。\n");
	const struct ex_commitment *c = commitment_with("交返份表");
	assert_string_equal(c->due, "2026-03-13");
	assert_string_equal(c->actor, "你");
	run("你會收到學校嘅通告。\n");
	assert_int_equal(ex.ncommitments, 0);

	/* 已請: a delegation with a date; leave taken is none */
	run("我已請李姑娘於3月20日前聯絡您。\n陳老師已請假至3月13日。\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_string_equal(commitment_with("李姑娘")->due, "2026-03-20");

	/* "person: dated action" items under a follow-up heading */
	run("跟進事項：\n1. 梁主任：3月16日或之前提交申請\n"
	    "2. 你：星期五帶齊文件返學校\n");
	c = commitment_with("提交申請");
	assert_string_equal(c->actor, "梁主任");
	assert_string_equal(c->due, "2026-03-16");
	assert_string_equal(c->rule, "commitment.zh-list-action");
	assert_string_equal(commitment_with("帶齊文件")->due, "2026-03-06");
	/* labels that name no person; a line that is no list item */
	run("1. 日期：3月20日\n2. 地點：禮堂\n\n"
	    "梁主任：3月16日或之前提交申請\n");
	assert_int_equal(ex.ncommitments, 0);
}

/* 會議 naming a record's source fixes no meeting (meetings_zh.c). */
static void
test_meeting_record_zh(void **state)
{
	(void)state;
	run("我會把今天面談的重點整理好，於3月6日前電郵給您。\n");
	assert_int_equal(ex.nmeetings, 0);
	assert_string_equal(commitment_with("重點整理好")->due, "2026-03-06");
	/* a meeting fixed, and its minutes promised, is still a meeting */
	run("會議定於3月10日舉行，之後會把會議紀錄寄給您。\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-10");
	/* the date of the meeting noun is the meeting's, not the due; with
	 * 前 after the noun it is the deadline again */
	run("我會整理今日會議紀錄。\n");
	assert_string_equal(commitment_with("整理今日")->due, "");
	run("我會於3月5日會議前把內部報告交給校長。\n");
	assert_string_equal(commitment_with("內部報告")->due, "2026-03-05");
}

/* Second round of Chinese shapes: soft telling, comfort, start dates,
 * 喺…見, 會議前, and the deflection forms of depending and deciding. */
static void
test_more_shapes_zh(void **state)
{
	(void)state;
	run("詳情稍後再通知。\n");
	assert_string_equal(rule_of("稍後再通知"), "commitment.zh-soft-tell");
	assert_int_equal(ex.ndeflections, 1);
	run("我稍後於3月9日前通知您。\n");
	assert_string_equal(commitment_with("通知您")->due, "2026-03-09");
	assert_int_equal(ex.ndeflections, 0);

	run("你放心，我哋會好好教佢。\n");
	assert_int_equal(ex.ncommitments, 0);
	assert_int_equal(ex.ndeflections, 1);
	run("請放心，我們會於3月20日前完成評估。\n");
	assert_string_equal(commitment_with("完成評估")->due, "2026-03-20");

	run("由下星期一起，功課量會減少三成。\n");
	assert_string_equal(commitment_with("減少三成")->due, "2026-03-09");
	run("你答應咗會喺3月13號前交返表格。\n");
	assert_string_equal(commitment_with("交返表格")->actor, "你");

	run("聽日下晝三點喺圖書館見！\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-03");
	assert_string_equal(ex.meetings[0].time, "15:00");
	run("佢今日喺小組表達意見。\n");
	assert_int_equal(ex.nmeetings, 0);

	run("檢討會議定於3月20日舉行。我會於會議前把報告寄給您。\n");
	assert_string_equal(commitment_with("把報告寄給您")->due, "2026-03-20");

	static const struct { const char *text, *needle, *rule; } cases[] = {
	{ "加唔加節數，要睇校方有冇資源。", "要睇校方有冇資源",
	  "deflection.conditional" },
	{ "這是醫生的決定。", "醫生的決定", "deflection.remit" },
	{ "我們不能干預家長的選擇。", "不能干預", "deflection.remit" },
	{ "我們十分體諒家長的憂慮。", "體諒家長", "deflection.reassurance" },
	{ "轉校一事暫未有定案。", "暫未有定案",
	  "deflection.passive-consideration" },
	{ "伴讀計劃暫時未有安排。", "暫時未有安排",
	  "deflection.passive-consideration" },
	{ "評估日期稍後再同你聯絡。", "稍後再同你聯絡",
	  "deflection.uncheckable-no-owner" },
	};
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		const struct ex_deflection *d = deflection_with(cases[k].needle);
		if (strcmp(d->rule, cases[k].rule) != 0)
			fail_msg("\"%s\": rule %s, not %s", cases[k].text,
			    d->rule, cases[k].rule);
	}
	run("佢明白點樣做功課。\n我們暫未有安排，會於3月20日前通知您。\n");
	assert_int_equal(ex.ndeflections, 0);

	/* one 會, two clauses with their own dates: two commitments */
	run("我聽日會影印份工作紙，星期五放學前交俾你。\n");
	assert_int_equal(ex.ncommitments, 2);
	assert_string_equal(commitment_with("影印份工作紙")->due, "2026-03-03");
	assert_string_equal(commitment_with("星期五放學前")->due, "2026-03-06");
	/* …but not when the second clause is the parent's, nor a date in
	 * brackets */
	run("我聽日會寄份表俾你，你星期五再覆我。\n"
	    "我會喺聽日（3月3日，星期二）交份表。\n");
	assert_int_equal(ex.ncommitments, 2);
	/* 將 after a verb of wanting is 把, not the future */
	run("我想將今日傾過嘅嘢寫低。\n");
	assert_int_equal(ex.ncommitments, 0);

	/* "I … later" with no 會: vague; a deflection only for telling */
	run("份功課表我稍後再印俾你。\n");
	assert_string_equal(rule_of("稍後再印"), "commitment.zh-soft-tell");
	assert_int_equal(ex.ndeflections, 0);
	run("佢稍後再印都得。\n");
	assert_int_equal(ex.ncommitments, 0);
	run("言語治療師到校的堂數十分有限。\n本校以學童的安全為首要考慮。\n");
	assert_string_equal(deflection_with("堂數")->rule, "deflection.capacity");
	assert_string_equal(deflection_with("首要考慮")->rule,
	    "deflection.reassurance");
}

/* Chinese item numbers cut a list into items (sentences.c), and a
 * heading promising "the following" is the promise when its items carry
 * no future of their own. */
static void
test_lists_zh(void **state)
{
	(void)state;
	run("學校的安排：\n（一）陳老師將於3月9日起提供抽離輔導\n"
	    "（二）李姑娘會於3月20日或之前約見家明\n"
	    "1、班主任會於3月18日前致電家長\n2、教務組將於3月31日前批核調適\n"
	    "① 社工會於本月內聯絡您\n");
	assert_int_equal(ex.ncommitments, 5);
	assert_string_equal(commitment_with("抽離輔導")->due, "2026-03-09");
	assert_string_equal(commitment_with("約見家明")->due, "2026-03-20");
	assert_string_equal(commitment_with("致電家長")->due, "2026-03-18");
	assert_string_equal(commitment_with("批核調適")->due, "2026-03-31");

	run("學校將於3月9日起為家明提供以下調適：\n（一）延長考試時間\n"
	    "（二）安排特別試室\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_string_equal(commitment_with("提供以下調適")->due, "2026-03-09");
	run("本組將於3月底前完成以下工作：\n（一）陳老師會更新計劃\n"
	    "（二）李姑娘會約見家明\n");
	assert_int_equal(ex.ncommitments, 2);
	assert_string_equal(commitment_with("更新計劃")->due, "2026-03-31");
}

/* The Chinese shapes of the deflection classes (deflections_zh.c). */
static void
test_deflections_zh(void **state)
{
	static const struct { const char *text, *needle, *rule; } cases[] = {
	{ "輔導員人手相當緊絀，暫時開唔到小組。", "緊絀", "deflection.capacity" },
	{ "今年嘅訓練名額已經用完。", "用完", "deflection.capacity" },
	{ "言語治療要排期到明年三月。", "排期到", "deflection.queue" },
	{ "醫生報告出咗先至可以申請。", "先至可以", "deflection.waiting" },
	{ "份報告我哋都仲等緊。", "等緊", "deflection.waiting" },
	{ "我哋想睇多幾日先。", "睇多幾日", "deflection.wait-and-see" },
	{ "家長不用過於擔心。", "不用過於擔心", "deflection.reassurance" },
	{ "這是社會福利署的事。", "社會福利署的事", "deflection.remit" },
	{ "批唔批要由校董會決定。", "要由校董會決定", "deflection.remit" },
	{ "你嘅要求已轉交校務處研究。", "轉交校務處研究",
	  "deflection.passive-consideration" },
	{ "有關申請仍在考慮當中。", "考慮當中",
	  "deflection.passive-consideration" },
	{ "校方礙難接納有關要求。", "礙難接納", "deflection.other" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		const struct ex_deflection *d = deflection_with(cases[k].needle);
		if (strcmp(d->rule, cases[k].rule) != 0)
			fail_msg("\"%s\": rule %s, not %s", cases[k].text,
			    d->rule, cases[k].rule);
	}
	/* not deflections: a dated promise that names a queue, a handover
	 * or more watching is a plan; 緊張 of a child is no capacity */
	run("我哋會喺五月前重新檢視佢喺輪候名單上嘅位置。\n"
	    "本校已把個案轉介予教育心理學家跟進，她將於3月20日到校評估。\n"
	    "陳老師會繼續觀察，並於3月20日前向您匯報。\n"
	    "佢今日考試好緊張。\n");
	assert_int_equal(ex.ndeflections, 0);
}

/* Forms of a fresh batch (tests/letters/zh/044-051): "only after"
 * (…後才能), 須待, "no extra" resources, a phone chat (傾電話). */
static void
test_fresh_forms_zh(void **state)
{
	(void)state;
	run("須待教育心理學家評估後才能決定是否調適。\n");
	assert_string_equal(ex.deflections[0].kind, "waiting");
	run("名單確定後才能開班。\n");
	assert_int_equal(ex.ndeflections, 1);
	run("佢好有音樂才能。\n");
	assert_int_equal(ex.ndeflections, 0);
	run("今年學校冇額外資源增聘助理。\n");
	assert_string_equal(ex.deflections[0].rule, "deflection.capacity");
	run("學校已申請額外資源。\n");
	assert_int_equal(ex.ndeflections, 0);
	run("我哋約咗3月10日下晝4點同你傾電話。\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-10");
	assert_string_equal(ex.meetings[0].time, "16:00");
	/* a call promised by a deadline is a commitment, not a meeting */
	run("我會喺3月6日之前同你傾電話。\n");
	assert_int_equal(ex.nmeetings, 0);
	assert_string_equal(commitment_with("傾電話")->due, "2026-03-06");
}

/* Wider classes (issue 17): each form in wordings no letter holds. */
static void
test_wider_forms_zh(void **state)
{
	static const struct { const char *text, *needle, *rule; } cases[] = {
	/* handed on, done: the handing is the whole answer */
	{ "閣下的投訴已轉交校務委員會。", "已轉交",
	  "deflection.passive-consideration" },
	/* 正/現正, a manner adverb, a verb of handling */
	{ "本組正認真研究加開小組的可能。", "認真研究",
	  "deflection.passive-consideration" },
	{ "校方現正審核各項申請。", "審核",
	  "deflection.passive-consideration" },
	/* strained alone; a large load */
	{ "職業治療師嘅時間表已經排滿。", "排滿", "deflection.capacity" },
	{ "社工手上的個案非常多。", "個案", "deflection.capacity" },
	{ "今年嘅津貼已全數用於購買器材。", "全數用於", "deflection.capacity" },
	/* not ours to decide */
	{ "課程編排不在本組的職權範圍之內。", "職權", "deflection.remit" },
	{ "藥物份量由醫生判斷。", "醫生判斷", "deflection.remit" },
	/* wait for somebody, then; unless…otherwise */
	{ "等醫生睇完佢後再評估。", "後再評估", "deflection.waiting" },
	{ "除非有醫生紙，否則學校批不到。", "除非", "deflection.waiting" },
	{ "有評估報告，學校才能申請加時。", "才能申請", "deflection.waiting" },
	/* wait and see: too early, no hurry */
	{ "而家講轉班仍然言之過早。", "過早", "deflection.wait-and-see" },
	{ "暫時唔使急住轉介。", "急住", "deflection.wait-and-see" },
	/* Cantonese "cannot" after the verb */
	{ "加節數呢件事我哋安排唔到。", "安排唔到", "deflection.inability" },
	/* care as a habit or a degree; the child fine, undated */
	{ "老師一向好留意每個學生。", "一向", "deflection.reassurance" },
	{ "全體老師都非常關心思穎。", "非常關心", "deflection.reassurance" },
	{ "佢同班上同學相處融洽。", "相處融洽", "deflection.reassurance" },
	{ "請您放心，校方十分重視安全。", "十分重視",
	  "deflection.reassurance" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		const struct ex_deflection *d = deflection_with(cases[k].needle);
		if (strcmp(d->rule, cases[k].rule) != 0)
			fail_msg("\"%s\": rule %s, not %s", cases[k].text,
			    d->rule, cases[k].rule);
	}
	/* none: handed to the parent or to the writer, a thing not found,
	 * a dated account of a good day, plenty of help, a talent */
	run("班主任已將測驗卷轉交您。\n陳老師已把情況轉告我。\n"
	    "我睇唔到佢份功課。\n佢今日上堂表現良好。\n"
	    "學校提供了很多資源。\n佢有繪畫才能。\n");
	assert_int_equal(ex.ndeflections, 0);

	/* a matter "will be considered": no owner, a deflection */
	run("轉班一事會再作研究。\n");
	assert_string_equal(rule_of("再作研究"),
	    "commitment.zh-soft-future-vague");
	assert_string_equal(ex.deflections[0].kind, "no-owner");
	/* 校董會 is a noun */
	run("撥款仍待校董會批核。\n");
	assert_int_equal(ex.ncommitments, 0);
	/* a delegation with no date is vague; 已請教 asked advice */
	run("我已經請咗黃主任跟進。\n我已請教過治療師。\n我已經請咗病假。\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_true(commitment_with("黃主任")->vague);
	run("校長已吩咐工友於3月6日前修好椅子。\n");
	assert_string_equal(commitment_with("修好椅子")->due, "2026-03-06");
	/* 由 and a person open a dated list item; 由 and a date do not */
	run("跟進：\n（一）座位：由班主任調位，3月9日起執行。\n"
	    "（二）由3月9日起減少默書。\n（三）回條：由您於3月6日前交回。\n");
	assert_string_equal(commitment_with("由班主任")->due, "2026-03-09");
	assert_string_equal(commitment_with("由班主任")->actor, "班主任");
	assert_int_equal(ex.ncommitments, 1);

	/* a talk with the parent, dated, is a meeting; by a deadline it
	 * is a commitment */
	run("我哋3月11日下晝三點同你開會。\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-11");
	run("陳主任會於3月12日與兩位商討調適。\n");
	assert_int_equal(ex.nmeetings, 1);
	run("我會喺3月12日之前同你傾吓。\n老師會同你個女傾吓。\n");
	assert_int_equal(ex.nmeetings, 0);

	/* a receipt carries nothing */
	run("電子收據\n金額：港幣二百元\n款項將於3月5日過戶。\n");
	assert_int_equal(ex.ncommitments, 0);
}

/* Round 3 (issue 17): forms, each in variants no letter holds; the
 * deflection classes first, by rule. */
static void
test_round3_deflections_zh(void **state)
{
	static const struct { const char *text, *needle, *rule; } cases[] = {
	/* full up, said of a service (滿晒: Cantonese "all full") */
	{ "至於言語治療小組，今年啲位已經滿晒。", "滿晒", "deflection.capacity" },
	{ "輔導班今個學期都滿晒。", "滿晒", "deflection.capacity" },
	{ "職業治療師嘅時段已經滿晒人。", "滿晒", "deflection.capacity" },
	/* the school or we, a verb of power, then 唔到/不了 or 無法 before */
	{ "醫生幾時有期，學校控制唔到。", "控制唔到", "deflection.inability" },
	{ "教育局嘅安排我哋改變唔到。", "改變唔到", "deflection.inability" },
	{ "校方無法控制醫院的排期。", "無法控制", "deflection.inability" },
	{ "治療師幾時到校，我們左右不了。", "左右不了", "deflection.inability" },
	{ "評估日子學校都控制不了。", "控制不了", "deflection.inability" },
	/* see how it goes, then decide */
	{ "睇吓下學期佢適應成點先再算。", "先再算", "waiting" },
	{ "看看他下學期適應得如何再作決定。", "再作決定", "waiting" },
	{ "睇下佢考完試情況點樣先再決定。", "先再決定", "waiting" },
	{ "等佢適應一排，睇吓進展如何先再講。", "先再講", "waiting" },
	{ "視乎他的進展如何，才再作安排。", "才再作安排", "waiting" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		const struct ex_deflection *d = deflection_with(cases[k].needle);
		/* a rule, or for "see, then decide" the kind (waiting) */
		if (strcmp(d->rule, cases[k].rule) != 0 &&
		    strcmp(d->kind, cases[k].rule) != 0)
			fail_msg("\"%s\": rule %s, not %s", cases[k].text,
			    d->rule, cases[k].rule);
	}
	/* none: the child's own control, a book filled, help sought, a
	 * parking notice, pupils researching, a pupil's care and a pupils'
	 * sale, volunteers thanked, a parcel, a discount's scope */
	static const char *const none[] = {
	    "佢控制唔到自己嘅情緒。", "家明改變唔到坐姿。",
	    "佢本簿已經寫滿晒。", "我哋睇吓點樣可以幫到佢。",
	    "停車場經常冇位，家長宜乘搭公共交通工具。",
	    "學生正積極研究植物的生長。", "佢好留意老師講嘢。",
	    "家明好注意個人衛生。", "同學們都好支持今次嘅義賣。",
	    "家長義工的工作非常多，多謝大家。", "你的包裹已轉交管理處。",
	    "上述優惠不在本計劃範圍之內。", NULL };
	for (int k = 0; none[k]; k++) {
		run(none[k]);
		if (ex.ndeflections != 0)
			fail_msg("\"%s\": %s", none[k], ex.deflections[0].rule);
	}
	/* understanding with a degree comforts; bare, it opens the answer */
	static const char *const deep[] = { "我哋好明白你嘅擔心。",
	    "校方非常理解家長的憂慮。", "我們深深體會閣下的心情。",
	    "本校完全明白您的關注。", NULL };
	for (int k = 0; deep[k]; k++) {
		run(deep[k]);
		if (ex.ndeflections != 1)
			fail_msg("\"%s\": no reassurance", deep[k]);
	}
	run("明白你想盡快安排。\n我明白你嘅意思。\n校方明白家長的要求。\n");
	assert_int_equal(ex.ndeflections, 0);
	/* the narrowed classes still take the staff and the matter */
	run("您的查詢已轉交校務處。\n");
	assert_int_equal(ex.ndeflections, 1);
	run("班主任好留意佢嘅情緒。\n");
	assert_int_equal(ex.ndeflections, 1);
}

/* Round 3: commitments and meetings, each form in variants. */
static void
test_round3_forms_zh(void **state)
{
	(void)state;
	/* an action row with its owner labelled 負責 and a date */
	run("跟進工作：\n1. 為家明向考試組申請加時（負責：陳老師；限期：3月20日）\n"
	    "2. 安排伴讀（負責：輔導組；由3月9日起）\n"
	    "3. 每晚檢查手冊（負責：家長；即日起）\n"
	    "4. 同物理治療師約時間（負責人：我，3月10日前）\n"
	    "5. 默書調適（負責：李老師）\n"
	    "6. 更新學習計劃（負責：何主任；已於2月完成）\n");
	assert_string_equal(commitment_with("申請加時")->actor, "陳老師");
	due_is("申請加時", "2026-03-20");
	assert_string_equal(commitment_with("安排伴讀")->actor, "輔導組");
	due_is("安排伴讀", "2026-03-09");
	due_is("檢查手冊", "2026-03-02");
	due_is("約時間", "2026-03-10");
	assert_int_equal(ex.ncommitments, 4);

	/* a verb of handling, undated: vague, and a no-date deflection */
	static const char *const handling[] = { "學校將在下學期重新檢視。",
	    "本組會於下學年再作檢討。", "陳主任會跟進此事。",
	    "校方會詳細考慮你的建議。", "我哋會再研究吓。", NULL };
	for (int k = 0; handling[k]; k++) {
		run(handling[k]);
		if (ex.ndeflections != 1 || ex.ncommitments != 1)
			fail_msg("\"%s\": %zu/%zu", handling[k], ex.ncommitments,
			    ex.ndeflections);
	}
	run("陳主任會於3月10日前檢視佢嘅學習計劃。\n老師會每日檢查手冊。\n"
	    "我們會為他提供加時。\n");
	assert_int_equal(ex.ndeflections, 0);

	/* Cantonese drops 會: the first person and a "within" period */
	run("工作紙，我今個星期內WhatsApp俾你。\n我哋三日內覆你。\n"
	    "我今個月內約埋治療師。\n");
	due_is("WhatsApp", "2026-03-08");
	due_is("三日內覆你", "2026-03-05");
	due_is("約埋治療師", "2026-03-31");
	assert_int_equal(ex.ncommitments, 3);
	run("我上個星期內同佢傾咗兩次。\n");
	assert_int_equal(ex.ncommitments, 0);
	run("我叫咗陳Sir三日內同你聯絡。\n");	/* 叫咗: a delegation */
	due_is("同你聯絡", "2026-03-05");

	/* a role of the school, 於/喺 and a deadline: no 會 needed */
	run("本組於3月20日或之前提交申請。\n陳老師喺禮拜五前覆你。\n"
	    "社工於3月13日前聯絡您。\n學校於3月20日或之前發出通知。\n"
	    "黃主任於下星期三前提交報告。\n");
	assert_int_equal(ex.ncommitments, 5);
	assert_string_equal(commitment_with("提交申請")->actor, "本組");
	due_is("覆你", "2026-03-06");
	run("您於3月6日前交回回條。\n陳老師於3月2日前已提交申請。\n"
	    "佢於3月6日前要交功課。\n");
	assert_int_equal(ex.ncommitments, 0);

	/* an event held (舉行, 舉辦) is nobody's task; a meeting still is
	 * a meeting */
	run("本校將於3月20日上午舉行畢業典禮，歡迎家長出席。\n"
	    "考試將於3月23日至27日舉行，請家長督促子女溫習。\n"
	    "本校將於3月14日舉辦家長講座。\n");
	assert_int_equal(ex.ncommitments, 0);
	run("我會整理紀錄，並在會議舉行前三天送交家長。\n"
	    "會議定於3月20日舉行。\n");	/* 舉行前: a time */
	due_is("送交家長", "2026-03-17");
	run("第一節小組將於3月21日上午十時在中心舉行。\n");	/* the child's */
	due_is("第一節小組", "2026-03-21");
	run("本組將於3月20日下午四時與您舉行個案會議。\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_int_equal(ex.ncommitments, 0);

	/* a newsletter carries nothing: its title stands alone on a line */
	run("三月份家長通訊\n\n一、本校將於3月20日開放校園。\n"
	    "二、暑期活動將於七月開始，詳情稍後公布。\n");
	assert_int_equal(ex.ncommitments + ex.ndeflections + ex.nmeetings, 0);
	run("學校通訊（第五期）\n\n我們會於3月6日派發成績表。\n");
	assert_int_equal(ex.ncommitments, 0);
	run("請參閱附上的家長通訊。\n我會於3月6日前致電您。\n"
	    "通訊錄\n陳老師會於3月9日前更新名單。\n");
	assert_int_equal(ex.ncommitments, 2);

	/* a call to the parent fixed for a day and hour is a meeting */
	static const char *const calls[] = {
	    "班主任將於3月5日下午四時致電家長，了解家明的情況。",
	    "陳姑娘將於3月10日（星期二）下午三時以電話聯絡您。",
	    "待下星期一見完醫生後，班主任會於3月13日致電您。",
	    "等教育心理學家3月6日評估完之後，陳主任會於3月11日下午四時與您會面。",
	    NULL };
	static const char *const days[] = { "2026-03-05", "2026-03-10",
	    "2026-03-13", "2026-03-11" };
	for (int k = 0; calls[k]; k++) {
		run(calls[k]);
		if (ex.nmeetings != 1 || strcmp(ex.meetings[0].date, days[k]))
			fail_msg("\"%s\": %zu meetings, %s", calls[k],
			    ex.nmeetings, ex.nmeetings ? ex.meetings[0].date : "");
	}
	run("我會喺3月6日之前致電家長。\n班主任已於3月2日致電家長。\n");
	assert_int_equal(ex.nmeetings, 0);
	assert_int_equal(ex.ncommitments, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_commitments_zh),
		cmocka_unit_test(test_meeting_record_zh),
		cmocka_unit_test(test_more_shapes_zh),
		cmocka_unit_test(test_lists_zh),
		cmocka_unit_test(test_deflections_zh),
		cmocka_unit_test(test_fresh_forms_zh),
		cmocka_unit_test(test_wider_forms_zh),
		cmocka_unit_test(test_round3_deflections_zh),
		cmocka_unit_test(test_round3_forms_zh),
	};
	return cmocka_run_group_tests_name("extract_zh", tests, NULL, teardown);
}
