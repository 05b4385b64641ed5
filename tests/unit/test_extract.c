/*
 * test_extract.c — letters nobody annotated: each kind of commitment,
 * deflection and meeting SPEC.md describes, and the sentences that must
 * yield nothing (the Chinese and Cantonese ones are in test_extract_zh.c).
 */
#include "testextract.h"

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
	    "You will have to sign the form by Friday.\n"
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

	/* a period from now dates a clause; two dated infinitives */
	run("Ms Fok will check Amy's reading on Friday 6 March and will send "
	    "you her notes within 5 school days.\n"
	    "I have asked Mr Wan to start a reading log from 9 March and to "
	    "tell me how it goes by 27 March.\n"
	    "Mr Wan will read with Amy and to the class every Friday.\n");
	assert_int_equal(ex.ncommitments, 5);
	assert_string_equal(ex.commitments[0].due, "2026-03-06");
	assert_string_equal(ex.commitments[1].due, "2026-03-09");
	assert_string_equal(ex.commitments[2].due, "2026-03-09");
	assert_string_equal(ex.commitments[3].due, "2026-03-27");
	assert_string_equal(ex.commitments[3].action, "to tell me how it goes by "
	    "27 March.");
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

/* Issue 17: deflections read by class of form, in sentences no list
 * held; and the sentences beside them that commit to something. */
#define REASSURE "deflection.reassurance"
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
	/* forms with no cue phrase (deflections.c) */
	{ "Let's give the new reward chart a few weeks to settle.",
	  "few weeks", "deflection.wait-and-see" },
	{ "We want to see how Amy copes with the timetable first.",
	  "see how Amy copes", "deflection.wait-and-see" },
	{ "The sensory room can only be booked if the OT agrees.",
	  "only be booked if", "deflection.waiting" },
	{ "Nothing changes until the doctor has signed the form.",
	  "until the doctor has signed", "deflection.waiting" },
	{ "The list for the social skills group is already full.",
	  "is already full", "deflection.capacity" },
	{ "The learning support team is badly understaffed.",
	  "understaffed", "deflection.capacity" },
	{ "I'm afraid we cannot offer a shadow teacher.", "cannot offer",
	  "deflection.inability" },
	{ "Placement decisions lie with the EDB.", "lie with",
	  "deflection.remit" },
	{ "We take bullying extremely seriously here.", "seriously", REASSURE },
	{ "We always treat every child fairly.", "always treat", REASSURE },
	{ "Your query has been logged.", "logged",
	  "deflection.passive-consideration" },
	{ "Please don't worry about the spelling test.", "don't worry",
	  "deflection.reassurance" },
	{ "Ken seems settled and happy in class.", "seems settled", REASSURE },
	{ "These worries usually fade by themselves.", "fade", REASSURE },
	{ "It is early days yet.", "early days", "deflection.wait-and-see" },
	{ "We follow the school's homework policy on this.", "follow",
	  "deflection.legal-position" },
	{ "A private tutor is not something the school could pay for.",
	  "not something", "deflection.inability" },
	{ "Our counselling hours are all taken this term.", "all taken",
	  "deflection.capacity" },
	{ "The next free slot is not until May.", "not until",
	  "deflection.capacity" },
	{ "Most children take time to adjust.", "take time", REASSURE },
	{ "Ken is always cheerful at school.", "cheerful", REASSURE },
	{ "The seating plan cannot be changed mid-term.", "be changed",
	  "deflection.inability" },
	{ "We do not feel an assessment is necessary yet.", "do not feel",
	  "deflection.other" },
	{ "A place in the group this term is unlikely.", "unlikely",
	  "deflection.inability" },
	{ "Your appeal is under consideration.", "under consideration",
	  "deflection.passive-consideration" },
	{ "We value every family's views.", "We value",
	  "deflection.reassurance" },
	{ "We are looking into the matter.", "looking into",
	  "deflection.passive-consideration" },
	{ "There is a long waiting list.", "long", "deflection.capacity" },
	{ "We will adapt tests where possible.", "where", "deflection.hedge" },
	{ "We can discuss this further.", "discuss", "deflection.deferral" },
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
	/* nor: time for the child, the parent's step, the school's own
	 * work, a full list, a rule, a habit with a date */
	run("Miss Ho will give Amy some extra time to finish her writing.\n"
	    "Once you have read the plan, sign the slip at the bottom.\n"
	    "Once we have the scores, Ms Lo will call you.\n"
	    "Once it has been checked, Ms Lo will send it by Friday.\n"
	    "A full list of books is online.\nPupils cannot bring phones.\n"
	    "We always send the spelling list home on Monday 9 March.\n"
	    "The notes have been shared with you.\nAll pupils must swim.\n"
	    "We will follow the new guidelines from 9 March.\n"
	    "Ms Lo will send you the homework policy by Friday.\n"
	    "Ms Ho is reviewing it this week.\nYou can review it online.\n");
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

/* Issue 17: the writer's verb of meeting, a review as a noun; none held,
 * offered, someone else's; "to that meeting" takes its day. */
static void
test_meeting_forms(void **state)
{
	(void)state;
	run("Let's sit down on Wednesday 11 March at 2pm.\n\n"
	    "I'll bring the spelling records to that meeting.\n\n"
	    "Our team would like to catch up with both of you on Monday 16 "
	    "March at 9am.\n\n"
	    "As agreed at the gate today, our next review will be on Monday "
	    "23 March at 4pm.\n\n"
	    "Ms Ho will meet Ken on Monday 9 March.\n\n"
	    "The panel will meet on Friday 13 March.\n\n"
	    "It was great to see you at Friday's review.\n\n"
	    "These are the notes from this morning's meeting.\n\n"
	    "We could meet on Tuesday 10 March at 4pm if that suits.\n\n"
	    "Here are the action points from Friday's review meeting.\n\n"
	    "Ms Ho will raise it at their meeting on 12 March.\n");
	const struct ex_meeting *m = meeting_with("sit down");
	assert_string_equal(m->date, "2026-03-11");
	assert_string_equal(m->time, "14:00");
	assert_string_equal(m->rule, "meeting.meet-date");
	m = meeting_with("catch up with both");
	assert_string_equal(m->date, "2026-03-16");
	m = meeting_with("next review");
	assert_string_equal(m->date, "2026-03-23");
	assert_int_equal(ex.nmeetings, 3);
	due_is("to that meeting", "2026-03-11");
	due_is("Ms Ho will meet Ken", "2026-03-09");
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

	/* minutes: actor + infinitive; not a thank-you, a verb of state */
	run("Form teacher to phone the bus company by Friday.\n"
	    "Parents to sign the consent form.\n"
	    "Thank you to Mr Au for his help.\n"
	    "You to return the slip by Friday.\n"
	    "Note to parents about the trip.\n"
	    "He'll need a quiet place to work.\n"
	    "We will need to apply for the grant by 20 March.\n");
	c = commitment_with("phone the bus company");
	assert_string_equal(c->actor, "Form teacher");
	assert_string_equal(c->due, "2026-03-06");
	assert_string_equal(c->rule, "commitment.minutes-item");
	c = commitment_with("Parents to sign");
	assert_true(c->vague && !strcmp(c->action, "sign the consent form."));
	commitment_with("need to apply");
	assert_int_equal(ex.ncommitments, 3);

	/* a present progressive with a day to come; "instructed X to" */
	run("Mr Au is printing a new timetable for Ken on Thursday.\n"
	    "Ken is attending the swimming gala on Friday.\n"
	    "Ms Lo is feeling much better this week.\n"
	    "I have instructed Ms Lo to call you by 6 March.\n");
	c = commitment_with("is printing");
	assert_string_equal(c->actor, "Mr Au");
	assert_string_equal(c->due, "2026-03-05");
	due_is("instructed Ms Lo", "2026-03-06");
	assert_int_equal(ex.ncommitments, 2);

	/* "has offered to", "volunteered to": a promise */
	run("Mr Au has offered to coach Ken at lunchtime from 9 March.\n"
	    "Ms Lo volunteered to mark his test by Friday.\n");
	due_is("offered to coach", "2026-03-09");
	due_is("volunteered to mark", "2026-03-06");

	/* an apposition's actor; "I've asked"; a note's dropped "I" */
	run("Our reading tutor, Mrs Chiu, has agreed to lend Ken her phonics "
	    "cards by Friday.\n\n"
	    "Our nurse, Ms Yam, has agreed to train the staff. The nurse's "
	    "training is scheduled for 18/3.\n\n"
	    "Science: I've asked Mr Ng to adapt the worksheets by 13 March.\n\n"
	    "Spelling lists: will send them home on Thursday.\n\n"
	    "Library: will be closed on Friday.\n\n"
	    "Homework - will you check it tonight?\n");
	c = commitment_with("phonics cards");
	assert_string_equal(c->actor, "tutor, Mrs Chiu");
	assert_string_equal(c->due, "2026-03-06");
	due_is("scheduled for 18/3", "2026-03-18");
	c = commitment_with("adapt the worksheets");
	assert_string_equal(c->actor, "I");
	assert_string_equal(c->due, "2026-03-13");
	c = commitment_with("will send them home");
	assert_string_equal(c->actor, "I");
	assert_string_equal(c->due, "2026-03-05");
	assert_string_equal(c->rule, "commitment.en-zero-subject-date");
	assert_int_equal(ex.ncommitments, 4);	/* Ms Yam's two are one */

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

	/* three fields in any order: actor, date, action */
	run("Next steps\n"
	    "- Mrs Lo: 12/3: lend Ken a reading ruler\n"
	    "- Mr Pun - by Friday - phone the bus company\n"
	    "- Print a visual timetable - Miss Chan - 20 March\n"
	    "- Note: from 9 March: bring a water bottle\n"
	    "- Reminder - 13 March - sports day\n");
	c = commitment_with("reading ruler");
	assert_string_equal(c->actor, "Mrs Lo");
	assert_string_equal(c->action, "lend Ken a reading ruler");
	assert_string_equal(c->due, "2026-03-12");
	assert_string_equal(c->rule, "commitment.action-item");
	due_is("bus company", "2026-03-06");
	c = commitment_with("visual timetable");
	assert_string_equal(c->actor, "Miss Chan");
	assert_string_equal(c->due, "2026-03-20");
	assert_int_equal(ex.ncommitments, 3);

	/* who: action, by when; a service fixed for a day (not sports day) */
	run("- Mr Ng: order a sloped board, by Friday 13 March\n\n"
	    "Reading sessions will start on Monday 16 March.\n\n"
	    "Sports day will be held on 20 March.\n");
	c = commitment_with("sloped board");
	assert_string_equal(c->actor, "Mr Ng");
	assert_string_equal(c->due, "2026-03-13");
	c = commitment_with("Reading sessions");
	assert_string_equal(c->due, "2026-03-16");
	assert_string_equal(c->rule, "commitment.scheduled-date");
	assert_int_equal(ex.ncommitments, 2);

	/* the action, then who and when in brackets */
	run("Action points:\n"
	    "- Lend Ken a laptop (IT office, by 13 March)\n"
	    "- Book a reader (Mr Lam, before the exams)\n"
	    "- Set up a buddy (Miss Ng, before the trip)\n"
	    "- Ms Wong (SENCO, Year 3)\n");
	c = commitment_with("Lend Ken a laptop");
	assert_string_equal(c->actor, "IT office");
	assert_string_equal(c->due, "2026-03-13");
	assert_true(commitment_with("Book a reader")->vague);
	due_is("Set up a buddy", "");
	assert_int_equal(ex.ncommitments, 3);

	/* a holiday named by its month is the school calendar's */
	run("Ms Ng will book a hearing test before the October holiday.\n");
	assert_string_equal(commitment_with("hearing test")->due, "");

	/* a period from "the call": the call the letter fixes */
	run("Thank you for your call on Friday.\n"
	    "I have booked a call with you for Tuesday 10 March at 5pm.\n"
	    "Ms Lee will write up a plan within a week of the call.\n");
	due_is("within a week of the call", "2026-03-17");

	/* "the first session": the sessions' first day; "the second" their
	 * second (more/096: "6-8 weeks after the second session") */
	run("Miss Lo will run Ken's sessions on 10 March and 17 March.\n"
	    "She will send you a summary two days after the first session.\n"
	    "She will send you a report two days after the second session.\n");
	due_is("after the first session", "2026-03-12");
	due_is("after the second session", "2026-03-19");

	/* "before the review": that meeting, not the call before it */
	run("I will phone you on Tuesday 10 March at 5pm.\n"
	    "Ken's IEP review is on Friday 20 March, 16:00-17:00.\n"
	    "Ms Ho will send you the targets two days before the review.\n");
	due_is("two days before the review", "2026-03-18");
	assert_string_equal(meeting_with("IEP review")->time, "16:00");

	/* "the day before the briefing": the event named, not a meeting */
	run("The briefing for all parents is on Saturday 14 March.\n"
	    "Ms Ip will send you the link the day before the briefing.\n");
	due_is("the day before the briefing", "2026-03-13");
	assert_int_equal(ex.nmeetings, 0);
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

/* Forms of a fresh batch (tests/letters/en/154-161): a say or control
 * that lies elsewhere, a team stretched, soft time, attention promised,
 * an undated word with somebody or update, the writer's "meet me". */
/* Issue 17, deflections_en.c: each class of form in wordings of its
 * own, and sentences beside them that must stay what they are. */
static void
test_structural_forms(void **state)
{
	static const struct { const char *text, *needle, *rule; } cases[] = {
	/* scarcity of a supply; a queue measured in months */
	{ "Sadly there are no spare places in the art club.", "spare places",
	  "deflection.capacity" },
	{ "The school lacks the specialists for this kind of support.",
	  "lacks the", "deflection.capacity" },
	{ "The queue for a hearing test is roughly four months.", "queue",
	  "deflection.capacity" },
	{ "Our two assistants are already stretched over four classes.",
	  "stretched", "deflection.capacity" },
	/* somebody else decides */
	{ "That call belongs to the examinations board.", "belongs to",
	  "deflection.remit" },
	{ "Seating in public exams is decided by the HKEAA.", "decided by",
	  "deflection.remit" },
	{ "Only the supervisor can authorise a second aide.", "Only",
	  "deflection.remit" },
	{ "Whether he can skip PE is up to the school doctor.", "up to",
	  "deflection.remit" },
	{ "The appeal now sits with the governing board.", "sits with",
	  "deflection.remit" },
	{ "It would be for the centre to book those sessions.", "be for",
	  "deflection.remit" },
	/* comfort */
	{ "Her happiness matters a great deal to us.", "to us", REASSURE },
	{ "There is honestly no reason to be anxious.", "anxious", REASSURE },
	{ "Every pupil is treated with dignity here.", "dignity", REASSURE },
	{ "He'll soon find his feet.", "find his feet", REASSURE },
	/* time as the plan */
	{ "We'd rather hang on a bit before switching groups.", "hang on",
	  "deflection.wait-and-see" },
	{ "At this stage we prefer to watch and wait.", "At this stage",
	  "deflection.wait-and-see" },
	{ "Let's find out whether the quiet corner makes a difference.",
	  "find out whether", "deflection.wait-and-see" },
	{ "We should give the new rota a proper trial first.",
	  "proper trial", "deflection.wait-and-see" },
	/* a third party first */
	{ "Provided the doctor signs off, the trip can go ahead.",
	  "Provided", "deflection.waiting" },
	{ "Swapping sets requires the head of year's permission.",
	  "permission", "deflection.waiting" },
	{ "A spot in the choir could come up after the concert.",
	  "come up", "deflection.waiting" },
	/* refusals in other words */
	{ "We can't employ a private aide for one pupil.", "can't employ",
	  "deflection.inability" },
	{ "Extra lessons could not be funded this year.", "not be funded",
	  "deflection.inability" },
	{ "The school no longer runs a homework club.", "no longer",
	  "deflection.inability" },
	/* consideration with no owner and no date */
	{ "Your note has been flagged for the pastoral lead.", "flagged",
	  "deflection.passive-consideration" },
	{ "The venue is yet to be confirmed.", "yet to be",
	  "deflection.passive-consideration" },
	{ "I have logged your comments.", "logged",
	  "deflection.passive-consideration" },
	{ "The timetable will be reconsidered after the trial.",
	  "reconsidered", "deflection.passive-consideration" },
	{ "Lunch duties are fixed at the beginning of term.", "fixed",
	  "deflection.legal-position" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		const struct ex_deflection *d = deflection_with(cases[k].needle);
		if (strcmp(d->rule, cases[k].rule) != 0)
			fail_msg("\"%s\": rule %s, not %s", cases[k].text,
			    d->rule, cases[k].rule);
	}
	/* a forecast is no commitment; a promise of change is */
	run("Things will calm down with time.\n");
	assert_int_equal(ex.ncommitments, 0);
	run("Ms Ho will adjust the worksheets by Friday.\n");
	assert_int_equal(ex.ncommitments, 1);
	/* not deflections: a room to spare, a thank-you, a delivery, a
	 * parent conceding, a condition on the parent, a dated promise */
	run("There is no room for doubt about his effort.\n"
	    "We cannot thank you enough for the cakes.\n"
	    "The minutes have been forwarded to you.\n"
	    "I appreciate that the staff are stretched at this time of year.\n"
	    "If you agree, Ms Ho will start the group on 16 March.\n"
	    "Our nurse cares for him when he feels unwell.\n"
	    "Mr Yip will give the class a chance to practise on Friday.\n");
	assert_int_equal(ex.ndeflections, 0);
	/* the writer's verb of meeting, a ring fixed for a day */
	run("We'll regroup on Tuesday 17 March at 8am.\n\n"
	    "I'll give you a ring on Thursday 19 March at 1pm.\n");
	assert_int_equal(ex.nmeetings, 2);
	assert_int_equal(ex.ncommitments, 0);
}

static void
test_fresh_forms(void **state)
{
	static const struct { const char *text, *needle, *rule; } cases[] = {
	{ "On exam access the Examinations Office has the final say.",
	  "final say", "deflection.remit" },
	{ "We have no control over the bus company's timetable.",
	  "no control over", "deflection.remit" },
	{ "It is not within my discretion to waive the fee.",
	  "discretion", "deflection.remit" },
	{ "I'm afraid the delay is outside our control.", "outside our",
	  "deflection.other" },
	{ "Our counsellors are stretched very thin this month.",
	  "stretched very thin", "deflection.capacity" },
	{ "Things should settle down after the holiday.", "settle down",
	  "deflection.wait-and-see" },
	{ "We are giving Sam's case our full attention.", "full attention",
	  "deflection.reassurance" },
	};
	(void)state;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		run(cases[k].text);
		assert_string_equal(deflection_with(cases[k].needle)->rule,
		    cases[k].rule);
	}
	/* an undated word with somebody, an update: vague and deflections;
	 * with a date they are plain promises */
	run("I'll have a word with the dinner staff.\nI will update you.\n");
	assert_int_equal(ex.ncommitments, 2);
	assert_int_equal(ex.ndeflections, 2);
	run("I'll have a word with the dinner staff on Friday.\n"
	    "I will update you by 20 March.\n");
	assert_int_equal(ex.ncommitments, 2);
	assert_int_equal(ex.ndeflections, 0);
	due_is("dinner staff", "2026-03-06");
	/* the writer's own "meet me/us ... in my office on" is a meeting;
	 * a colleague meeting "us" is not the parent's */
	run("I would like to invite you to meet me in my office on Thursday "
	    "19 March at 4 pm.\n");
	assert_string_equal(meeting_with("meet me")->date, "2026-03-19");
	assert_string_equal(meeting_with("meet me")->time, "16:00");
	run("Ms Ho will meet us in the hall on Friday 6 March.\n");
	assert_int_equal(ex.nmeetings, 0);
	/* a dated promise beside "should improve" is no soft time */
	run("Mr Ho will start the reading group on 16 March, so his reading "
	    "should improve.\n");
	assert_int_equal(ex.ndeflections, 0);
	due_is("reading group", "2026-03-16");
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
		cmocka_unit_test(test_meeting_forms),
		cmocka_unit_test(test_commitment_shapes),
		cmocka_unit_test(test_period_from_event),
		cmocka_unit_test(test_action_table_and_list),
		cmocka_unit_test(test_marketing_yields_nothing),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_one_letter_bounded_work),
		cmocka_unit_test(test_nul_is_a_space),
		cmocka_unit_test(test_fresh_forms),
		cmocka_unit_test(test_structural_forms),
	};
	return cmocka_run_group_tests_name("extract", tests, NULL, teardown);
}
