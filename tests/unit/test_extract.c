/*
 * test_extract.c — letters nobody annotated: each kind of commitment,
 * deflection and meeting SPEC.md describes, in English and Chinese, and the
 * sentences that must yield nothing.
 */
#include "testutil.h"

#include "extract/extract.h"

static struct extraction ex;
static const struct civil D = { 2026, 3, 2 };	/* a Monday */

static void
run(const char *text)
{
	extraction_free(&ex);
	assert_int_equal(extract_text(text, strlen(text), &D, &ex), 0);
}

static const struct ex_commitment *
commitment_with(const char *needle)
{
	for (size_t k = 0; k < ex.ncommitments; k++)
		if (strstr(ex.commitments[k].quote, needle))
			return &ex.commitments[k];
	fail_msg("no commitment quoting \"%s\" (%zu found)", needle,
	    ex.ncommitments);
	return NULL;
}

static void
test_commitments_en(void **state)
{
	(void)state;
	run("Dear Mrs Lee,\n\nMr Yip will send you the reading plan by 13 March.\n"
	    "Our speech therapist is going to assess Ken within two weeks.\n"
	    "The worksheets will be emailed to you next Friday.\n"
	    "I have asked Miss So to report back to you by 30 April.\n\nRegards,\nMs Ho\n");
	const struct ex_commitment *c = commitment_with("Mr Yip will send");
	assert_string_equal(c->due, "2026-03-13");
	assert_string_equal(c->actor, "Mr Yip");
	assert_false(c->vague);
	c = commitment_with("is going to assess");
	assert_string_equal(c->due, "2026-03-16");
	c = commitment_with("worksheets will be emailed");
	assert_string_equal(c->due, "2026-03-13");
	assert_null(c->actor);		/* a passive names nobody */
	assert_true(c->vague);
	c = commitment_with("asked Miss So");
	assert_string_equal(c->due, "2026-04-30");
	assert_int_equal(ex.ndeflections, 0);
	assert_int_equal(ex.nmeetings, 0);
}

static void
test_not_commitments(void **state)
{
	(void)state;
	run("Please return the reply slip by this Friday.\n"
	    "The school will be closed on 26 March.\n"
	    "It will help Ken a lot.\n"
	    "Could you let us know by Friday?\n"
	    "Last week the class teacher spoke to Ken.\n");
	assert_int_equal(ex.ncommitments, 0);
	assert_int_equal(ex.nmeetings, 0);

	/* each sentence with a commitment's shape names the rule that set
	 * it aside, in the JSON too */
	run("The school will be closed on 26 March.\n"
	    "It will help Ken a lot.\n"
	    "We will not be able to provide a TA.\n"
	    "You will receive the report by Friday.\n"
	    "Will Ms Ho send the form by Friday?\n"
	    "Please note Ms Wong will be away.\n"
	    "Could the school confirm, by 9 March, when the laptop will be "
	    "delivered.\n"
	    "His tutor has asked to see the report by Friday.\n");
	static const char *const want[] = { "commitment.drop-stative",
	    "commitment.drop-no-agent", "commitment.drop-negation",
	    "commitment.drop-parent-you", "commitment.drop-question",
	    "commitment.drop-stative", "commitment.drop-indirect-question" };
	assert_int_equal(ex.ncommitments, 0);
	assert_int_equal(ex.ndropped, 7);
	for (size_t k = 0; k < 7; k++)
		assert_string_equal(ex.dropped[k].rule, want[k]);
	struct buf out = BUF_INIT;
	extraction_to_json(&ex, &out);
	assert_non_null(strstr(buf_str(&out), "\"dropped\":[{\"quote\":\"The "
	    "school will be closed on 26 March.\",\"rule\":\"commitment."
	    "drop-stative\"}"));
	buf_free(&out);
}

static void
test_two_promises_one_sentence(void **state)
{
	(void)state;
	run("Mr Lai will observe Ken before the end of June and will share his "
	    "notes with us by 3 July.\n");
	assert_int_equal(ex.ncommitments, 2);
	assert_string_equal(ex.commitments[0].due, "2026-06-30");
	assert_string_equal(ex.commitments[1].due, "2026-07-03");
}

static void
test_deflections(void **state)
{
	(void)state;
	run("We are still waiting for the EP's report.\n"
	    "Unfortunately we don't have the budget for a teaching assistant.\n"
	    "IEPs aren't required in Hong Kong for every student.\n"
	    "Rest assured, we're doing everything we can.\n"
	    "We'll look into it and get back to you.\n"
	    "Someone will be in touch.\n");
	assert_int_equal(ex.ndeflections, 6);
	assert_string_equal(ex.deflections[0].kind, "waiting");
	assert_string_equal(ex.deflections[1].kind, "budget");
	assert_string_equal(ex.deflections[2].kind, "legal-position");
	assert_string_equal(ex.deflections[3].kind, "reassurance");
	assert_string_equal(ex.deflections[4].kind, "no-date");
	assert_string_equal(ex.deflections[5].kind, "no-owner");
	/* the vague promises are also commitments, dateless */
	const struct ex_commitment *c = commitment_with("look into it");
	assert_true(c->vague);
	assert_string_equal(c->due, "");
}

static const struct ex_deflection *
deflection_with(const char *needle)
{
	for (size_t k = 0; k < ex.ndeflections; k++)
		if (strstr(ex.deflections[k].quote, needle))
			return &ex.deflections[k];
	fail_msg("no deflection quoting \"%s\" (%zu found)", needle,
	    ex.ndeflections);
	return NULL;
}

/* Issue 17: deflections read by class of form, in sentences no list
 * held; and the sentences beside them that commit to something. */
static void
test_deflection_classes(void **state)
{
	static const struct { const char *text, *needle, *rule; } cases[] = {
	{ "Your request for a reader is being reviewed.", "being reviewed",
	  "deflection.passive-consideration" },
	{ "The incident has been recorded and forwarded internally.",
	  "recorded and forwarded", "deflection.passive-consideration" },
	{ "呢件事仍在處理中。", "處理中", "deflection.passive-consideration" },
	{ "The therapist's diary is full until July.", "diary is full",
	  "deflection.capacity" },
	{ "人手好有限。", "人手好有限", "deflection.capacity" },
	{ "This is a matter for the EDB, not the school.", "matter for the EDB",
	  "deflection.remit" },
	{ "Rest assured the team is on it.", "Rest assured",
	  "deflection.reassurance" },
	{ "學校非常重視家長意見。", "非常重視", "deflection.reassurance" },
	{ "Tommy is a very bright boy.", "bright boy",
	  "deflection.reassurance" },
	{ "We'd like to give it a few more weeks and see.", "few more weeks",
	  "deflection.wait-and-see" },
	{ "A place in the group depends on the EP's timetable.",
	  "depends on", "deflection.conditional" },
	{ "We are unable to provide a shadow teacher.", "unable to provide",
	  "deflection.inability" },
	{ "暫時未能安排個別輔導。", "未能安排", "deflection.inability" },
	{ "Please note that the school is not obliged to fund therapy.",
	  "not obliged", "deflection.legal-position" },
	{ "The OT's caseload is very heavy this term, so sessions start later.",
	  "caseload is very heavy", "deflection.capacity" },
	{ "Please be assured that his wellbeing is our top priority.",
	  "be assured", "deflection.reassurance" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		const struct ex_deflection *d = deflection_with(cases[k].needle);
		if (strcmp(d->rule, cases[k].rule) != 0)
			fail_msg("\"%s\": rule %s, not %s", cases[k].text,
			    d->rule, cases[k].rule);
	}
	/* not deflections: a dated promise that adds "and see how it
	 * goes", a past review, an agent named for a handled matter */
	run("Ms Wong will shorten his spelling list until 30 April and we "
	    "can see how it goes.\n"
	    "The plan was reviewed by Ms Lo last week.\n"
	    "Exam arrangements are handled by the HKEAA.\n"
	    "Mr Chan will send you the notes by Friday.\n");
	assert_int_equal(ex.ndeflections, 0);
}

static void
test_meetings(void **state)
{
	(void)state;
	run("The IEP meeting will take place on Tuesday 17 March at 4:15 p.m. "
	    "in Room 5.\n"
	    "I will arrange a case conference with you by 20 March.\n"
	    "Could we talk on the phone next Wednesday at 4:15pm?\n"
	    "Thank you for coming to the meeting on 27 February.\n"
	    "Our SEN committee meeting on 10 March will discuss it internally.\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-17");
	assert_string_equal(ex.meetings[0].time, "16:15");
	const struct ex_commitment *c = commitment_with("arrange a case conference");
	assert_string_equal(c->due, "2026-03-20");
}

static const struct ex_meeting *
meeting_with(const char *needle)
{
	for (size_t k = 0; k < ex.nmeetings; k++)
		if (strstr(ex.meetings[k].quote, needle))
			return &ex.meetings[k];
	fail_msg("no meeting quoting \"%s\" (%zu found)", needle,
	    ex.nmeetings);
	return NULL;
}

/* Issue 17: a call fixed for a day is a meeting, a call by a deadline a
 * commitment; the word "meeting" alone makes none; a meeting held, or
 * dated before the letter, is none. */
static void
test_meeting_or_commitment(void **state)
{
	(void)state;
	run("I'll give you a call on Tuesday 17 March at 3.15pm.\n\n"
	    "我聽日下晝會打電話同你傾。\n\n"
	    "Let's meet again on Thursday at 7:45.\n\n"
	    "學校定於3月20日下午4時召開個案會議，請家長出席。\n\n"
	    "I'll circulate the notes of today's meeting by Friday.\n\n"
	    "It was good to see you at yesterday's review.\n\n"
	    "As agreed at the case conference on 20 February, Ms Ho will "
	    "email you the plan by 13 March.\n\n"
	    "我會喺禮拜五之前打電話同你講結果。\n\n"
	    "Ms Chan will see Ken tomorrow and call you before Friday.\n\n"
	    "我哋定於3月26日下午四時半舉行支援小組會議，請家長出席。\n\n"
	    "The internal SST meeting on 27 March will discuss Ken's needs.\n");
	const struct ex_meeting *m = meeting_with("give you a call");
	assert_string_equal(m->date, "2026-03-17");
	assert_string_equal(m->time, "15:15");
	assert_string_equal(m->rule, "meeting.call-date");
	m = meeting_with("打電話同你傾");
	assert_string_equal(m->date, "2026-03-03");
	m = meeting_with("meet again");
	assert_string_equal(m->date, "2026-03-05");
	assert_string_equal(m->rule, "meeting.noun-date");
	m = meeting_with("召開個案會議");
	assert_string_equal(m->date, "2026-03-20");
	/* a team's own meeting is the parent's when she is invited to it */
	m = meeting_with("支援小組會議");
	assert_string_equal(m->date, "2026-03-26");
	assert_string_equal(m->time, "16:30");
	assert_int_equal(ex.nmeetings, 5);
	const struct ex_commitment *c = commitment_with("circulate the notes");
	assert_string_equal(c->due, "2026-03-06");
	c = commitment_with("Ms Ho will email");
	assert_string_equal(c->due, "2026-03-13");
	c = commitment_with("之前打電話");
	assert_string_equal(c->due, "2026-03-06");
	c = commitment_with("call you before Friday");
	assert_string_equal(c->due, "2026-03-06");
}

/* Issue 17: commitments in other shapes. */
static void
test_commitment_shapes(void **state)
{
	(void)state;
	run("Mr Lee will be putting together a reading plan by 16 March.\n"
	    "I'm going to send home the readers tomorrow.\n"
	    "Let me check with the panel head and revert.\n"
	    "Let me know if you have any questions.\n");
	const struct ex_commitment *c = commitment_with("putting together");
	assert_string_equal(c->due, "2026-03-16");
	assert_string_equal(c->actor, "Mr Lee");
	assert_string_equal(c->rule, "commitment.future-agent-date");
	c = commitment_with("going to send home");
	assert_string_equal(c->due, "2026-03-03");
	c = commitment_with("check with the panel head");
	assert_string_equal(c->actor, "I");
	assert_true(c->vague);
	assert_string_equal(c->rule, "commitment.future-agent-vague");
	deflection_with("check with the panel head");
	assert_int_equal(ex.ncommitments, 3);

	run("I have passed your note to our SENCO, Ms Tam, who will call you "
	    "back by 6 March.\n"
	    "I set out below the actions we agreed to, with the dates.\n"
	    "小組完結後，中心會向家長發出進度摘要。\n"
	    "本校已成立小組，並會適時通知您結果。\n"
	    "本組已安排治療師於3月20日或之前完成評估報告。\n"
	    "學校已安排了考試調適。\n");
	c = commitment_with("who will call you back");
	assert_string_equal(c->actor, "Ms Tam");
	assert_string_equal(c->due, "2026-03-06");
	c = commitment_with("中心會向家長");
	assert_string_equal(c->actor, "中心");
	assert_string_equal(c->due, "");	/* counted from the group's end */
	c = commitment_with("並會適時通知您");
	assert_null(c->actor);
	assert_string_equal(c->rule, "commitment.zh-zero-subject-vague");
	deflection_with("並會適時通知您");
	c = commitment_with("已安排治療師");
	assert_string_equal(c->due, "2026-03-20");
	assert_int_equal(ex.ncommitments, 4);	/* not "agreed to,", 已安排了 */

	/* a dated intention without 會; not one already done */
	run("至於座位安排，我哋3月13日前通知你。\n"
	    "我已於3月1日前交回表格。\n");
	c = commitment_with("我哋3月13日前通知你");
	assert_string_equal(c->actor, "我哋");
	assert_string_equal(c->due, "2026-03-13");
	assert_string_equal(c->rule, "commitment.zh-dated-intent");
	assert_int_equal(ex.ncommitments, 1);
}

/* Issue 17: a period counted from an event: from the event's day where
 * the letter dates it, else a vague commitment, kept. And action items
 * written as labelled lines. */
static void
test_period_from_event(void **state)
{
	(void)state;
	run("The review meeting will be held on Friday 20 March at 4pm.\n"
	    "The assessment is scheduled for 10 March.\n"
	    "Dr Lee will complete her report within three weeks after the "
	    "assessment.\n"
	    "Ms Wong will email you the summary within a week of the "
	    "meeting.\n"
	    "The IEP will be finalised within 2 weeks of receiving the "
	    "report.\n"
	    "Ms Ho will send you the notes within two weeks.\n"
	    "報告將於覆診後兩星期內寄交家長。\n");
	const struct ex_commitment *c = commitment_with("three weeks after");
	assert_string_equal(c->due, "2026-03-31");
	c = commitment_with("within a week of the meeting");
	assert_string_equal(c->due, "2026-03-27");
	c = commitment_with("of receiving the report");
	assert_string_equal(c->due, "");
	assert_true(c->vague);
	c = commitment_with("within two weeks");
	assert_string_equal(c->due, "2026-03-16");
	c = commitment_with("覆診後兩星期內");
	assert_string_equal(c->due, "");
	assert_true(c->vague);
	run("The review meeting will be held on Friday 20 March at 4pm.\n"
	    "I'll send you the Zoom link the day before.\n"
	    "Before then, Ms Ho will collect samples of his work.\n"
	    "Mr Lee will check the seating plan.\n");
	c = commitment_with("the day before");
	assert_string_equal(c->due, "2026-03-19");
	c = commitment_with("Before then");
	assert_string_equal(c->due, "2026-03-20");
	c = commitment_with("seating plan");
	assert_string_equal(c->due, "");

	run("ACTION ITEMS\n"
	    "1. Order a reading pen for Ken\n"
	    "   Person in charge: Mr Yip (English)\n"
	    "   Deadline: 13/3\n"
	    "2. Book a room for the exams\n"
	    "   Person in charge: Ms Ho\n"
	    "   Deadline: TBC\n");
	c = commitment_with("Order a reading pen");
	assert_string_equal(c->actor, "Mr Yip (English)");
	assert_string_equal(c->action, "Order a reading pen for Ken");
	assert_string_equal(c->due, "2026-03-13");
	assert_string_equal(c->rule, "commitment.labelled-item");
	c = commitment_with("Book a room");
	assert_string_equal(c->actor, "Ms Ho");
	assert_true(c->vague);
}

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

/* The rule that kept a commitment quoting needle. */
static const char *
rule_of(const char *needle)
{
	return commitment_with(needle)->rule;
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

static void
test_action_table_and_list(void **state)
{
	(void)state;
	run("Action | Person in charge | Deadline\n"
	    "Share the token chart | Miss Lam | from 9 March\n"
	    "Apply for Tier 3 support | Ms Wong | before the end of term\n"
	    "\nThe following will be done by 27 March:\n"
	    "- Ms Wong will update the IEP\n"
	    "- Mr Chan will set up a quiet corner\n");
	const struct ex_commitment *c = commitment_with("Share the token chart");
	assert_string_equal(c->actor, "Miss Lam");
	assert_string_equal(c->due, "2026-03-09");
	c = commitment_with("Apply for Tier 3");
	assert_string_equal(c->due, "");
	assert_true(c->vague);
	c = commitment_with("update the IEP");
	assert_string_equal(c->due, "2026-03-27");	/* from its heading */
	c = commitment_with("quiet corner");
	assert_string_equal(c->due, "2026-03-27");

	/* a table of events whose first row names a deadline is no action
	 * table: a row with a date is data, not a header */
	run("9 Mar (Mon) | Registration deadline for the workshop\n"
	    "14 Mar (Sat) | Parent workshop in the hall\n"
	    "20 Mar (Fri) | Sports day\n");
	assert_int_equal(ex.ncommitments, 0);

	/* a day before the letter's is where a promise came from, never
	 * its due */
	run("Following our call on 20 February, Ms Ho will send you the "
	    "plan.\n");
	c = commitment_with("Ms Ho will send");
	assert_string_equal(c->due, "");
	assert_true(c->vague);
}

static void
test_marketing_yields_nothing(void **state)
{
	(void)state;
	run("We will send you a free bookmark by 31 March!\nUnsubscribe here.\n");
	assert_int_equal(ex.ncommitments + ex.ndeflections + ex.nmeetings, 0);
	run("");
	assert_int_equal(ex.ncommitments + ex.ndeflections + ex.nmeetings, 0);
}

static void
test_json(void **state)
{
	struct buf out = BUF_INIT;
	(void)state;
	run("Ms Wong will call back by 6 March.\n");
	ex.message_id = strdup("<m@x>");
	extraction_to_json(&ex, &out);
	assert_non_null(strstr(buf_str(&out), "\"message_id\":\"<m@x>\""));
	assert_non_null(strstr(buf_str(&out), "\"due\":\"2026-03-06\""));
	assert_non_null(strstr(buf_str(&out), "\"due_time\":null"));
	assert_non_null(strstr(buf_str(&out),
	    "\"rule\":\"commitment.future-agent-date\""));
	assert_null(strchr(buf_str(&out), '\n'));
	buf_free(&out);
}

/* Issue 14.7: 8 MB repeating one promise is one commitment; a 4 MB line
 * gives a quote no longer than the cap; a letter of many different
 * promises stops at the item cap; each says it was capped. */
static void
test_one_letter_bounded_work(void **state)
{
	const char *promise = "Ms Wong will send you the report by 20 March. ";
	size_t plen = strlen(promise), n = (8u << 20) / plen;
	struct buf big = BUF_INIT;
	(void)state;

	for (size_t k = 0; k < n; k++)
		buf_add(&big, promise, plen);
	extraction_free(&ex);
	assert_int_equal(extract_text(big.s, big.len, &D, &ex), 0);
	assert_int_equal(ex.ncommitments, 1);
	assert_true(ex.merged >= EXTRACT_MAX_SENTENCES - 1);
	assert_true(ex.capped & EX_CAPPED_SENTENCES);

	/* one line, no sentence end: read up to the cap only */
	buf_reset(&big);
	buf_addstr(&big, "Ms Wong will send you the report by 20 March and ");
	for (size_t k = 0; k < (4u << 20) / 4; k++)
		buf_add(&big, "la, ", 4);
	extraction_free(&ex);
	assert_int_equal(extract_text(big.s, big.len, &D, &ex), 0);
	assert_int_equal(ex.ncommitments, 1);
	assert_true(strlen(ex.commitments[0].quote) <= EXTRACT_MAX_SENTENCE);
	assert_true(ex.capped & EX_CAPPED_LENGTH);

	/* many different promises: items stop at the cap */
	buf_reset(&big);
	for (int k = 0; k < 3 * EXTRACT_MAX_ITEMS; k++)
		buf_printf(&big, "Ms Wong will send you worksheet %d by 20 "
		    "March.\n", k);
	extraction_free(&ex);
	assert_int_equal(extract_text(big.s, big.len, &D, &ex), 0);
	assert_int_equal(ex.ncommitments, EXTRACT_MAX_ITEMS);
	assert_true(ex.capped & EX_CAPPED_ITEMS);
	assert_false(ex.capped & EX_CAPPED_SENTENCES);

	/* an ordinary letter is not capped */
	run("Ms Wong will send you the report by 20 March.\n");
	assert_int_equal(ex.capped, 0);
	buf_free(&big);
}

/* Issue 14.11: a NUL byte is a space; the text after it is read. */
static void
test_nul_is_a_space(void **state)
{
	static const char text[] = "Hello\0there.\n\nMs Lee will email you "
	    "the plan by\0 27 March.\n\nWe are\0still waiting for the EP "
	    "report.\n";
	(void)state;
	extraction_free(&ex);
	assert_int_equal(extract_text(text, sizeof(text) - 1, &D, &ex), 0);
	const struct ex_commitment *c = commitment_with("Ms Lee will email");
	assert_string_equal(c->due, "2026-03-27");
	assert_string_equal(c->quote,
	    "Ms Lee will email you the plan by 27 March.");
	assert_int_equal(ex.ndeflections, 1);
	assert_string_equal(ex.deflections[0].quote,
	    "We are still waiting for the EP report.");
}

static int
teardown(void **state)
{
	(void)state;
	extraction_free(&ex);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commitments_en),
		cmocka_unit_test(test_not_commitments),
		cmocka_unit_test(test_two_promises_one_sentence),
		cmocka_unit_test(test_deflections),
		cmocka_unit_test(test_deflection_classes),
		cmocka_unit_test(test_meetings),
		cmocka_unit_test(test_meeting_or_commitment),
		cmocka_unit_test(test_commitment_shapes),
		cmocka_unit_test(test_period_from_event),
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_deflections_zh),
		cmocka_unit_test(test_commitments_zh),
		cmocka_unit_test(test_meeting_record_zh),
		cmocka_unit_test(test_more_shapes_zh),
		cmocka_unit_test(test_lists_zh),
		cmocka_unit_test(test_action_table_and_list),
		cmocka_unit_test(test_marketing_yields_nothing),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_one_letter_bounded_work),
		cmocka_unit_test(test_nul_is_a_space),
	};
	return cmocka_run_group_tests_name("extract", tests, NULL, teardown);
}
