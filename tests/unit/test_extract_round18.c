/*
 * test_extract_round18.c — round 18 (issue 17): forms a blind batch
 * (AY) and a blind trio (BA, BB, BC) missed after the last round, each
 * written here in words of this file's own beside sentences of the same
 * look that must not match: a decision the writer disowns ("not really
 * my call"); an action row whose verb nobody can check and whose date is
 * "TBC"; a call arranged for a day and an hour (約個電話); the school
 * year's own end, which is nobody's promise; and the trio's forms:
 * deflections of waiting, remit, rule, adequacy and hope; a hope, a
 * reported claim, the letter's own order and a modal that promise
 * nothing; papers ready by a date and a delegation that do; a day
 * reserved, a team's own sitting and a meeting things are brought to;
 * and in Chinese: no funds granted, no rule for the plan, the school's
 * view that all is enough, an undated item to review, 到時, a paper
 * sent within a time, 下次review, a reply slip, a habit, a cause, the
 * parent asked to look, and effort alone.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit.\n"

/* A negation, at most one hedge word, then a decision the writer
 * disowns: somebody else decides. */
static void
test_not_my_call(void **state)
{
	static const char *const yes[] = {
	    EN "It's not really my call; the office sets the timetable.\n",
	    EN "Honestly, that is not our decision to make.\n",
	    EN "The bus route isn't my department, I'm afraid.\n",
	    NULL };
	static const char *const no[] = {
	    EN "Please call my mobile if anything changes.\n",
	    EN "It was not an easy decision for Kit's class.\n",
	    NULL };

	(void)state;
	want(yes, -1, 1, -1);
	want(no, -1, 0, -1);
	settle();
}

/* A row of an action table with no date, whose action is a verb nobody
 * can check done: a vague commitment and a deflection; a row of the
 * same verb with a date is a commitment only. */
static void
test_row_uncheckable(void **state)
{
	static const char *const undated[] = {
	    "Dear Mrs Li,\nAction | Who | When\n"
	    "Order a sloped desk | Mrs Chan | 20 March\n"
	    "Look into a lunchtime club | SENCO | TBC\n",
	    "Dear Mrs Li,\nAction | Who | When\n"
	    "- Share the spelling list | Mr Lam | 13/3\n"
	    "- Explore a place on the speech group | Ms Yuen | to be confirmed\n",
	    NULL };
	static const char *const dated[] = {
	    "Dear Mrs Li,\nAction | Who | When\n"
	    "Order a sloped desk | Mrs Chan | 20 March\n"
	    "Look into a lunchtime club | SENCO | 27 March\n",
	    NULL };

	(void)state;
	want(undated, 2, 1, -1);
	want(dated, 2, 0, -1);
	run(undated[0]);
	assert_true(commitment_with("lunchtime club")->vague);
	settle();
}

/* 約個電話 at a day and an hour, the writer with the parent: a call is
 * a meeting; asked of the parent, it is not fixed. */
static void
test_arranged_call(void **state)
{
	static const char *const fixed[] = {
	    "陳太：\n評估完我哋約個電話講結果，暫定3月16號（禮拜一）下晝3點，"
	    "我會打你手機。\n",
	    NULL };
	static const char *const asked[] = {
	    "陳太：\n如果你得閒，可唔可以約個電話？\n",
	    NULL };

	(void)state;
	want(fixed, 0, -1, 1);
	want(asked, -1, -1, 0);
	run(fixed[0]);
	assert_string_equal(meeting_with("3月16號")->date, "2026-03-16");
	settle();
}

/* The school year ends: the calendar's event, nobody's promise; the
 * school's own act in the same words stays a commitment. */
static void
test_year_ends(void **state)
{
	static const char *const calendar[] = {
	    "陳太：\n本學年即將結束，多謝家長一年來與學校緊密合作。\n",
	    "陳太：\n本學年將於7月15日結束。\n",
	    NULL };
	static const char *const ours[] = {
	    "陳太：\n學校會於7月15日前將報告寄給家長。\n",
	    NULL };

	(void)state;
	want(calendar, 0, -1, -1);
	want(ours, 1, -1, -1);
	settle();
}


/* The trio's English deflections: each yes sentence one deflection,
 * each no sentence none. */
static void
test_trio_deflections_en(void **state)
{
	static const char *const waiting[] = {
	    "The new therapy rota isn't out yet, so I can't give you a slot.",
	    "As I mentioned on Monday, his file is still with the psychologist.",
	    NULL };
	static const char *const waiting_no[] = {
	    "The rota came out on Monday and Kit is on it.",
	    "The pencil case is with the class teacher.",
	    NULL };
	static const char *const remit[] = {
	    "Transport is not handled by me; the bus company sets the routes.",
	    "Sorry, lunchtime cover is not organised by us.",
	    NULL };
	static const char *const remit_no[] = {
	    "Transport has been arranged by us from 9 March.",
	    NULL };
	static const char *const rule[] = {
	    "The enrolment window has closed for this year.",
	    "The deadline for applications has now passed, I'm afraid.",
	    "The guidelines do not oblige schools to provide a scribe.",
	    NULL };
	static const char *const rule_no[] = {
	    "The application window closes on 20 March, so please send the form soon.",
	    NULL };
	static const char *const adequacy[] = {
	    "We are satisfied that the reading support he receives is adequate.",
	    "He has a place in the small group, which we believe meets his needs.",
	    "The Board trusts that staff will continue to support Kit as before.",
	    "The school will reconsider the matter next year if things change.",
	    NULL };
	static const char *const adequacy_no[] = {
	    "Please tell us if the new seat is suitable.",
	    "We are pleased with how Kit settled into the group.",
	    NULL };

	(void)state;
	deflection_category(EN, "waiting", waiting, waiting_no);
	deflection_category(EN, "remit", remit, remit_no);
	deflection_category(EN, "rule", rule, rule_no);
	deflection_category(EN, "adequacy", adequacy, adequacy_no);
	settle();
}

/* Futures that promise nothing (a hope, a claim of the parent's read
 * back, the letter's own order, a modal before "to"), and two that do
 * (a paper ready by a date, a body directing a person). */
static void
test_trio_commitments_en(void **state)
{
	static const char *const none[] = {
	    EN "The Board trusts that the school will continue to help Kit.\n",
	    EN "Your letter says the EP will see Kit \"before Easter\".\n",
	    EN "You state that Ms Ho will phone every week.\n",
	    EN "There are five questions, and I'll take them in turn below.\n",
	    EN "The Committee may wish to meet you in person.\n",
	    NULL };
	static const struct variant some[] = {
	    { "His assessment report will be ready within two weeks.",
	      "2026-03-16" },
	    { "The Board has directed the Principal to send you a written plan by 20 March.",
	      "2026-03-20" },
	    { "As you said, we will send the reading log by Friday.",
	      "2026-03-06" },
	    { NULL, NULL } };
	static const char *const undated_ready[] = {
	    "The report will be ready in due course.",
	    NULL };

	(void)state;
	want(none, 0, -1, -1);
	form("paper-or-delegation", 'c', EN, some, undated_ready);
	settle();
}

/* A day reserved at an hour is a meeting; a team's own sitting, and a
 * meeting only named as where notes are brought, are none (and the
 * promise in the sentence stays a commitment). */
static void
test_trio_meetings_en(void **state)
{
	static const struct variant booked[] = {
	    { "My PA has reserved Thursday 12 March at 4:15 pm for us in my office.",
	      "2026-03-12" },
	    { "I have set aside Friday 13 March, 8:30 am, to go through it with you.",
	      "2026-03-13" },
	    { NULL, NULL } };
	static const char *const not_booked[] = {
	    "Mr Ip has set aside Friday 13 March for Kit's first session.",
	    "The support team meets on Thursday and I will raise your request there.",
	    "Ms Yuen will watch Kit in class on 10 March and will bring her notes to the meeting.",
	    NULL };
	static const char *const kept[] = {
	    EN "Ms Yuen will watch Kit in class on 10 March and will bring her notes to the meeting.\n",
	    NULL };

	(void)state;
	form("booked-day", 'm', EN, booked, not_booked);
	want(kept, 1, -1, 0);
	settle();
}

#define ZH	"陳太：\n多謝你嘅來信。"

/* The trio's Chinese deflections. */
static void
test_trio_deflections_zh(void **state)
{
	static const char *const yes[] = {
	    "本校本學年未獲額外撥款，暫時未能增聘助教。",
	    "呢個學期真係冇人手開小組。",
	    "其實學校唔一定要為每位同學訂IEP。",
	    "經詳細檢視後，本校認為現時的支援安排恰當。",
	    "我們一定會盡力，請你放心。",
	    NULL };
	static const char *const no[] = {
	    "本校認為有需要於3月20日前再開會商討。",
	    "上星期二，子軒因未能準時交功課而不開心，班主任當日已跟進。",
	    "我整理咗今次會議嘅重點，你睇吓有冇漏咗：",
	    "本人 □ 會 □ 不會 出席上述會議。",
	    NULL };

	(void)state;
	deflection_category(ZH, "zh-trio", yes, no);
	settle();
}

/* The trio's Chinese commitments and meetings. */
static void
test_trio_items_zh(void **state)
{
	static const struct variant dated[] = {
	    { "評估報告會喺兩個星期內寄畀你。", "2026-03-16" },
	    { "子軒可以喺3月13號（禮拜五）放學後補考，到時我會喺課室陪佢。",
	      "2026-03-13" },
	    { NULL, NULL } };
	static const char *const none[] = {
	    "我哋一般係第三層嘅同學先會開IEP。",
	    "我哋一定會盡力。",
	    "本人 □ 將會 □ 未能 出席上述會議。",
	    NULL };
	static const struct variant meeting[] = {
	    { "下次review定咗喺3月17號（星期二）下晝4點。", "2026-03-17" },
	    { NULL, NULL } };
	static const char *const no_meeting[] = {
	    "請家長 □ 出席 □ 不出席 3月17日的會議。",
	    NULL };
	static const char *const item[] = {
	    "陳太：\n\n跟進事項如下：\n\n一、檢討子軒的功課調適 負責人：班主任何老師 "
	    "期限：待定\n",
	    NULL };

	(void)state;
	form("zh-dated", 'c', ZH, dated, none);
	form("zh-review", 'm', ZH, meeting, no_meeting);
	want(item, 1, 1, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_my_call),
		cmocka_unit_test(test_row_uncheckable),
		cmocka_unit_test(test_arranged_call),
		cmocka_unit_test(test_year_ends),
		cmocka_unit_test(test_trio_deflections_en),
		cmocka_unit_test(test_trio_commitments_en),
		cmocka_unit_test(test_trio_meetings_en),
		cmocka_unit_test(test_trio_deflections_zh),
		cmocka_unit_test(test_trio_items_zh),
	};
	return cmocka_run_group_tests_name("extract_round18", tests, NULL,
	    teardown);
}
