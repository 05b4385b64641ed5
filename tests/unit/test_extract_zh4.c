/*
 * test_extract_zh4.c — the Chinese forms of issue 17's fourth round, each
 * in variants of its own (書面語 and 粵語, other vocabulary) beside the
 * sentences it must not read: rows cut by a full-width ｜, a talk already
 * held today, waiting for the parent at a place, explaining to the
 * parent, a call on a day counted from a dated event, a school's name
 * with 會 in it, a notice to a class of parents (…者，), and three
 * deflections (see how it goes then think, not until a later stage,
 * confidence that it will be soon). The letter's day is Monday 2 March
 * 2026 (testextract.h).
 */
#include "testextract.h"

struct due_case {
	const char *text, *needle, *due;
};

static void
dues(const struct due_case *c, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		const struct ex_commitment *x = NULL;
		run(c[k].text);
		for (size_t j = 0; j < ex.ncommitments && !x; j++)
			if (strstr(ex.commitments[j].quote, c[k].needle))
				x = &ex.commitments[j];
		if (x == NULL)
			note("\"%s\": no commitment", c[k].text);
		else if (strcmp(x->due, c[k].due) != 0)
			note("\"%s\": due %s, not %s", c[k].text, x->due,
			    c[k].due);
	}
}

/* Rows whose cells a full-width ｜ divides: labelled cells, or a table
 * under a header row. */
static void
test_fullwidth_rows(void **state)
{
	static const struct due_case rows[] = {
	{ "項目：更新個別學習計劃｜負責：陳老師｜限期：3月20日\n"
	  "項目：申請考試調適｜負責：梁主任｜限期：3月16日或之前\n",
	  "更新個別學習計劃", "2026-03-20" },
	{ "工作：申請考試調適｜負責人：學生支援組梁主任｜限期：3月16日或之前\n",
	  "申請考試調適", "2026-03-16" },
	{ "跟進：安排言語治療評估｜負責：駐校治療師｜完成日期：下星期五\n",
	  "安排言語治療評估", "2026-03-13" },
	{ "事項：每晚簽家課冊｜負責：家長｜由下星期一起\n",
	  "每晚簽家課冊", "2026-03-09" },
	{ "整理溫習筆記 ｜ 負責：班主任 ｜ 限期：4月3日\n",
	  "整理溫習筆記", "2026-04-03" },
	{ "要做嘅嘢：同佢練習執書包｜負責：黃姑娘｜限期：3月27號前\n",
	  "練習執書包", "2026-03-27" },
	{ "項目｜負責人｜限期\n修訂學習計劃｜陳老師｜3月20日\n",
	  "修訂學習計劃", "2026-03-20" },
	};
	static const char *const none[] = {
	    "項目：陸運會｜日期：3月20日｜地點：運動場\n",
	    "項目：申請調適｜負責：陳老師｜狀態：已完成\n",
	    NULL };
	(void)state;
	dues(rows, sizeof(rows) / sizeof(rows[0]));
	run(rows[0].text);
	assert_int_equal(ex.ncommitments, 2);
	assert_string_equal(commitment_with("更新個別")->actor, "陳老師");
	want(none, 0, 0, 0);
	settle();
}

/* A talk with the parent finished today is held; one still to come
 * today is a meeting. */
static void
test_talk_held_today(void **state)
{
	static const char *const held[] = {
	    "今天放學時與你傾談過後，我已和校長商量了情況。",
	    "今日同你喺電話傾完，我整理返幾樣嘢俾你。",
	    "今天與您談過之後，我已通知班主任。",
	    "今朝同你見完面，我已經同主任講咗。",
	    "今日同你傾咗之後，我已經搵過社工。",
	    NULL };
	static const char *const ahead[] = {
	    "今天下午四時與您面談。",
	    "今日下晝四點同你傾電話。",
	    NULL };
	(void)state;
	want(held, 0, 0, 0);
	want(ahead, 0, 0, 1);
	settle();
}

/* 喺…等你, 在…恭候閣下: waiting for the parent at a place, on a day. */
static void
test_wait_for_you(void **state)
{
	static const struct { const char *text, *date; } waits[] = {
	{ "我哋會喺3月10號下晝三點喺治療室等你。", "2026-03-10" },
	{ "我們會於3月12日上午十時在校務處等候您。", "2026-03-12" },
	{ "3月13日下午四時，本人會在會客室恭候閣下。", "2026-03-13" },
	{ "星期五放學後我喺課室等你哋。", "2026-03-06" },
	{ "下星期一朝早九點，陳姑娘會喺門口等你。", "2026-03-09" },
	};
	static const char *const none[] = {
	    "我哋會等你嘅回覆。",
	    "我哋會喺3月10號前等你覆。",
	    "我們會等待您的回覆。",
	    NULL };
	(void)state;
	for (size_t k = 0; k < sizeof(waits) / sizeof(waits[0]); k++) {
		run(waits[k].text);
		if (ex.nmeetings != 1 || ex.ncommitments != 0 ||
		    strcmp(ex.meetings[0].date, waits[k].date) != 0)
			note("\"%s\": %zu meetings, %zu commitments",
			    waits[k].text, ex.nmeetings, ex.ncommitments);
	}
	for (int k = 0; none[k]; k++) {
		run(none[k]);
		if (ex.nmeetings != 0)
			note("\"%s\": a meeting", none[k]);
	}
	settle();
}

/* 與兩位講解, 同你解釋, 同你哋詳談: a talk with the parent on a day. */
static void
test_explain_to_you(void **state)
{
	static const char *const talks[] = {
	    "3月10日下午四時，我會在學校與兩位講解這些策略。",
	    "我會於3月12日同你解釋評估結果。",
	    "3月13日我哋會同你哋詳談下學期嘅安排。",
	    "陳姑娘會於3月9日下午與您傾談轉校事宜。",
	    "3月11日放學後，我會跟家長講解新的功課安排。",
	    NULL };
	static const char *const none[] = {
	    "我會於3月10日前同你解釋清楚。",
	    "老師會於3月10日與同學講解規則。",
	    NULL };
	(void)state;
	want(talks, 0, 0, 1);
	for (int k = 0; none[k]; k++) {
		run(none[k]);
		if (ex.nmeetings != 0)
			note("\"%s\": a meeting", none[k]);
	}
	settle();
}

/* A call on the day before or after an event the letter dates. */
static void
test_call_from_event(void **state)
{
	static const struct { const char *text, *date; } calls[] = {
	{ "家明3月12日在醫院覆診。\n我會在覆診前一天致電你。", "2026-03-11" },
	{ "家明3月12日喺醫院覆診。\n我會喺覆診後一日打電話俾你。",
	  "2026-03-13" },
	{ "評估安排在3月20日進行。\n評估前一天，我會致電您。", "2026-03-19" },
	{ "手術定於3月18日進行。\n手術前兩日我會打俾你。", "2026-03-16" },
	{ "家明3月12日覆診。\n覆診後一天，我會與您通電話。", "2026-03-13" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(calls) / sizeof(calls[0]); k++) {
		run(calls[k].text);
		if (ex.nmeetings != 1 || ex.ncommitments != 0 ||
		    strcmp(ex.meetings[0].date, calls[k].date) != 0)
			note("\"%s\": %zu meetings (%s), %zu commitments",
			    calls[k].text, ex.nmeetings, ex.nmeetings ?
			    ex.meetings[0].date : "", ex.ncommitments);
	}
	/* before the event: a deadline; no call: a commitment */
	run("家明3月12日覆診。\n我會在覆診前致電你。");
	assert_int_equal(ex.nmeetings, 0);
	due_is("覆診前致電你", "2026-03-12");
	run("家明3月12日覆診。\n我會在覆診前一天交回表格。");
	assert_int_equal(ex.nmeetings, 0);
	due_is("交回表格", "2026-03-11");
	settle();
}

/* 會 inside a school's name (信義會小學, 協會中學) promises nothing. */
static void
test_school_name_zh(void **state)
{
	static const char *const names[] = {
	    "Fiona\n駐校言語治療師\n深水埗信義會小學\n",
	    "陳大文\n循道衛理聯合教會小學 校務處\n",
	    "佛教青年協會中學 學生支援組\n",
	    "李姑娘\n基督教宣道會幼稚園\n",
	    "黃老師\n中華基督教會學校\n",
	    NULL };
	(void)state;
	want(names, 0, 0, 0);
	run("我會於3月10日到學校觀察家明。\n");
	due_is("觀察家明", "2026-03-10");
	settle();
}

/* …者，: a notice to a class of parents (those who pay late) is nobody's
 * promise to this one. */
static void
test_notice_to_class(void **state)
{
	static const char *const notices[] = {
	    "逾期繳款者，校務處會另行致電通知。",
	    "未交回條者，班主任會致電跟進。",
	    "缺席者，學校會另行安排補考。",
	    "有需要者，本校會提供功課輔導。",
	    "未能出席者，校方會另作安排。",
	    NULL };
	(void)state;
	want(notices, 0, 0, 0);
	run("負責同事會於3月10日前聯絡您。\n");
	due_is("負責同事", "2026-03-10");
	settle();
}

/* Three deflections: see how it goes then think; not until a later
 * stage; confidence that it will be soon. */
static void
test_round4_deflections_zh(void **state)
{
	static const char *const defl[] = {
	    "睇吓佢適應咗新班之後點先，再諗下一步。",
	    "看看他適應情況如何，再想下一步。",
	    "視乎佢嘅進展如何，再諗辦法。",
	    "認知重新評估要到小四才進行。",
	    "覆檢要到明年先做得。",
	    "言語評估須到下學期才安排。",
	    "升班安排要等到六月先有結果。",
	    "相信很快便能追上進度。",
	    "我相信佢好快就會適應。",
	    "相信他很快會習慣新環境。",
	    "我哋相信佢好快會進步。",
	    NULL };
	static const char *const none[] = {
	    "你要到校務處先拎到表格。",
	    "相信您已收到通告。",
	    "我相信這個安排對他有幫助。",
	    NULL };
	(void)state;
	for (int k = 0; defl[k]; k++) {
		run(defl[k]);
		if (ex.ndeflections != 1)
			note("\"%s\": %zu deflections", defl[k],
			    ex.ndeflections);
	}
	want(none, 0, 0, 0);
	run("我會於3月10日前再諗好方案俾你。\n");
	assert_int_equal(ex.ndeflections, 0);
	settle();
}

/* The space of respect before 閣下 (致電 閣下, 與 閣下); resources
 * already shared out; a polite "hard to arrange for now". */
static void
test_honorific_and_limits_zh(void **state)
{
	static const char *const calls[] = {
	    "本人將於3月10日下午五時正致電 閣下，講解考試當日的安排。",
	    "班主任會於3月11日下午四時致電 閣下。",
	    "我們會於3月12日上午十時與 閣下面談。",
	    "陳主任將於3月9日致電 閣下，交代評估結果。",
	    "3月13日下午三時，社工會與 閣下商討支援安排。",
	    NULL };
	static const char *const limits[] = {
	    "由於今年的資源早已分配完畢，學校暫難作出安排。",
	    "今年嘅資源已經分配晒。",
	    "本年度的津貼已分配完畢。",
	    "治療名額已經派晒。",
	    "增聘助理一事，本校暫難安排。",
	    "抽離小組我哋好難安排。",
	    "額外的言語治療本校難以提供。",
	    NULL };
	(void)state;
	want(calls, 0, 0, 1);
	for (int k = 0; limits[k]; k++) {
		run(limits[k]);
		if (ex.ndeflections != 1)
			note("\"%s\": %zu deflections", limits[k],
			    ex.ndeflections);
	}
	/* a deadline call is a commitment; resources to be shared out */
	run("班主任會於3月11日前致電 閣下。\n");
	assert_int_equal(ex.nmeetings, 0);
	due_is("致電", "2026-03-11");
	run("我們會於3月10日前分配好資源。\n");
	assert_int_equal(ex.ndeflections, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fullwidth_rows),
		cmocka_unit_test(test_talk_held_today),
		cmocka_unit_test(test_wait_for_you),
		cmocka_unit_test(test_explain_to_you),
		cmocka_unit_test(test_call_from_event),
		cmocka_unit_test(test_school_name_zh),
		cmocka_unit_test(test_notice_to_class),
		cmocka_unit_test(test_round4_deflections_zh),
		cmocka_unit_test(test_honorific_and_limits_zh),
	};
	return cmocka_run_group_tests_name("extract_zh4", tests, NULL,
	    teardown);
}
