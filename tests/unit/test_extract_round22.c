/*
 * test_extract_round22.c — round 22 (issue 17): forms a blind trio
 * (CD, CE, CF: outside professionals and a chatty tutor, a secondary
 * school's notices and tables, a school that keeps delaying) missed
 * after round 21, each written here in words of this file's own beside
 * sentences of the same look that must not match: a meeting moved from
 * its first date, a meeting a promise came from or a body's own, the
 * writer's delivery ("you should receive it"), a heading that is the
 * promise, a bare "join", a parent's letter known by its sign-off or its
 * summary's opening, a Word table's cells, and deflections by the book
 * (一般不設, complied with the guidelines).
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_meeting_moved(void **state)
{
	(void)state;
	run(EN "\nThe review meeting originally planned for 13 March has been "
	    "moved, as Dr Ho is away that day. It will now take place on "
	    "Friday 20 March at 4pm in the SEN room. Ms Wong will email you "
	    "the draft IEP three days before the meeting.\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-20");
	due_is("three days before", "2026-03-17");

	run(ZH "\n原定於3月13日舉行的檢討會議，現改於3月20日下午4時在本校"
	    "會議室舉行。\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-20");
}

static void
test_not_the_parents_meeting(void **state)
{
	static const char *const none[] = {
	    EN "\nAs agreed at our meeting in February, I'll be observing "
	    "Kit in class on 10 March.\n",
	    EN "\nThe panel will consider your request at its regular "
	    "meeting on 19 March.\n",
	    EN "\nI will bring his reading record to the P3 level meeting "
	    "this Thursday.\n",
	    EN "\nKit and I will go through his planner together at lunch "
	    "tomorrow.\n",
	    EN "\nThe SST meeting is on 10/3, and I'll let you know the "
	    "outcome by the 13th.\n",
	    NULL };
	static const char *const met[] = {
	    EN "\nAs discussed at our meeting, we will meet again on Friday "
	    "13 March at 4pm.\n",
	    EN "\nOur next catch-up with you is on Wed 11/3 at 4pm.\n",
	    EN "\nWe will go over the new plan together with you on Friday "
	    "6 March at 4pm.\n",
	    EN "\nI'll call you tmr 16:00-17:00 to go through the home "
	    "programme, if not convenient pls whatsapp me.\n",
	    NULL };

	(void)state;
	want(none, -1, -1, 0);
	want(met, -1, -1, 1);
	settle();
}

static void
test_writer_delivers(void **state)
{
	(void)state;
	run(EN "\nOnce the forms are back, I'll score them and write up the "
	    "report. You should receive it by Friday 20 March.\n");
	assert_int_equal(ex.ncommitments, 1);
	due_is("You should receive it", "2026-03-20");

	static const char *const none[] = {
	    EN "\nYou should send the reply slip by Friday 6 March.\n",
	    EN "\nThe school should provide a reader by Friday.\n",
	    EN "\nDon't worry too much about the marks, he'll get there!\n",
	    EN "\nMs Ip will join also.\n",
	    EN "\nDr Ho will join by Zoom from her clinic.\n",
	    EN "\nWe have asked the school for information on his case.\n",
	    NULL };
	static const char *const one[] = {
	    EN "\nYou should get the OT's notes by Friday 6 March.\n",
	    EN "\nMs Ip will join the reading group as a helper from 9 "
	    "March.\n",
	    EN "\nKit will stay at Tier 2 for now, and Ms Yeung will add him "
	    "to the reading group from 24 March.\n",
	    EN "\nKit's dad will pass the home programme log to Ms Ip by "
	    "next Monday.\n",
	    EN "\nI have asked Mr Lau, the Vice-Principal, to check the "
	    "records and write to you by 20 March.\n",
	    NULL };
	want(none, 0, -1, -1);
	want(one, 1, -1, -1);
	settle();
}

static void
test_two_clauses(void **state)
{
	(void)state;
	run(EN "\nMs Lo will contact the school this week, and she will "
	    "write to you with the outcome within 10 working days.\n");
	assert_int_equal(ex.ncommitments, 2);
	due_is("contact the school", "2026-03-08");
	due_is("write to you", "2026-03-16");

	/* a period that only names what a thing is for, or the work's
	 * span, dates no clause of its own */
	run(EN "\nI have asked Ms Yau to prepare a reading list for next "
	    "month, and I will send it to you on Thu 5/3.\n");
	assert_int_equal(ex.ncommitments, 1);
	run(EN "\nI will be writing up his report over the next fortnight, "
	    "and I aim to get it to you on or before Friday 27 March.\n");
	assert_int_equal(ex.ncommitments, 1);
	due_is("writing up", "2026-03-27");

	/* a full stop the splitter kept */
	run("hi Mrs Li!!\n\nI'll bring the new cards on Thu 5/3. will send u "
	    "the word list tmr so he can preview\n");
	assert_int_equal(ex.ncommitments, 2);
	due_is("word list", "2026-03-03");
}

static void
test_heading_promise(void **state)
{
	(void)state;
	run(EN "\nI'll be assessing Kit at school over two mornings, on "
	    "Tuesday 10/3 and Thursday 12/3:\n\n"
	    "- Tuesday: reading and spelling tasks\n"
	    "- Thursday: attention tasks\n");
	assert_int_equal(ex.ncommitments, 1);
	due_is("assessing Kit", "2026-03-12");

	/* the heading leaves its deeds to the items */
	run(EN "\nBefore Friday 13 March I will also:\n"
	    "- ask the librarian for large-print copies\n");
	assert_int_equal(ex.ncommitments, 1);
	commitment_with("librarian");
}

static void
test_zh_forms(void **state)
{
	(void)state;
	run(ZH "\n進度報告會於下星期五派發。\n");
	due_is("進度報告", "2026-03-13");
	run(ZH "\n我哋會喺下個禮拜嘅會議再討論。\n");
	due_is("再討論", "2026-03-15");
	run(ZH "\n你的要求會作出考慮。\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_null(ex.commitments[0].actor);
	deflection_with("作出考慮");
	run(ZH "\n閣下的意見會作適當跟進。\n");
	deflection_with("適當跟進");
	run(ZH "\n上星期三及星期五小息時，佢同同學有爭執，我已即時同佢哋"
	    "傾談。\n");
	assert_int_equal(ex.nmeetings, 0);
}

static void
test_deflections(void **state)
{
	static const char *const en[] = {
	    "Point 3: no, since IEP is for Tier 3 only under EDB guidelines.",
	    "The school has complied with the EDB's guidelines throughout.",
	    "We will make appropriate adjustments where needed.",
	    NULL };
	static const char *const en_no[] = {
	    "Kit's IEP will be reviewed with you on 13 March.",
	    "I will send you the Tier 3 plan by Friday 13 March.",
	    NULL };
	static const char *const zh[] = {
	    "根據教育局的指引，IEP一般只為需要第三層支援的學生而設。",
	    "語文科閱讀卷一般不設讀卷安排。",
	    "轉介嘅事要睇吓學校EP評估完之後點講先。",
	    "如有需要，我們會再作適當調整。",
	    NULL };
	static const char *const zh_no[] = {
	    "學校會為佢提供第三層支援，由三月九日開始。",
	    "佢一般好早返到學校。",
	    NULL };

	(void)state;
	deflection_category(EN, "trio5-en", en, en_no);
	deflection_category(ZH, "trio5-zh", zh, zh_no);
	settle();
}

/* The parent's letter to Ms Lee, read whole (testextract.h). */
static void
message(const char *from, const char *type, const char *body)
{
	read_message(from, "ms.lee@school.edu.hk", type, body);
}

static void
test_parents_letter(void **state)
{
	(void)state;
	/* signed as the child's mother: "you will" is the school's */
	message("Mandy <mandy@example.com>", "text/plain",
	    "Dear Ms Lee,\r\n\r\nThank you for seeing us today.\r\n\r\n"
	    "1. You will send us the draft IEP by Friday 13 March.\r\n\r\n"
	    "Best regards,\r\nMandy Cheung (Kit's mum, 3B)\r\n");
	due_is("draft IEP", "2026-03-13");
	/* opened as the advocates' summary */
	message("Joyce <joyce@example.com>", "text/plain",
	    "Dear Ms Lee,\r\n\r\nFollowing our meeting on 2 March, I "
	    "understood that:\r\n\r\n1. You will email us the revised "
	    "goals by Friday 13 March.\r\n\r\nKind regards,\r\nJoyce\r\n");
	due_is("revised goals", "2026-03-13");
	/* neither: "you will" is the parent's, not the school's */
	message("Joyce <joyce@example.com>", "text/plain",
	    "Dear Ms Lee,\r\n\r\nYou will send us the draft IEP by Friday "
	    "13 March.\r\n\r\nKind regards,\r\nJoyce\r\n");
	assert_int_equal(ex.ncommitments, 0);
	/* a greeting or a reply slip names the parent; it signs nothing */
	message("Ms Lee <ms.lee@school.edu.hk>", "text/plain",
	    "Dear Kit's mum,\r\n\r\nYou will send us the form by Friday "
	    "13 March.\r\n\r\n家長簽署：________\r\n");
	assert_int_equal(ex.ncommitments, 0);
	/* a grievance recounted in her letter is no promise to keep */
	message("Mandy <mandy@example.com>", "text/plain",
	    "Dear Ms Lee,\r\n\r\nWe were told the report would reach us by "
	    "27 February; it did not.\r\n\r\nMandy (Kit's mum)\r\n");
	assert_int_equal(ex.ncommitments, 0);
	/* her own stance on the school's reasons is no deflection of
	 * the school's; the school saying so is */
	message("Mandy <mandy@example.com>", "text/plain",
	    "Dear Ms Lee,\r\n\r\nWe understand that the school is short of "
	    "staff this term.\r\n\r\nMandy (Kit's mum)\r\n");
	assert_int_equal(ex.ndeflections, 0);
	message("Ms Lee <ms.lee@school.edu.hk>", "text/plain",
	    "Dear Mrs Cheung,\r\n\r\nThe school is short of staff this "
	    "term.\r\n\r\nMs Lee\r\n");
	assert_int_equal(ex.ndeflections, 1);
}

static void
test_word_table(void **state)
{
	(void)state;
	/* <td><p>...</p></td>, as Word writes it: one row, one line */
	message("Ms Lee <ms.lee@school.edu.hk>", "text/html",
	    "<table><tr><td><p><b>Action</b></p></td><td><p><b>Person in "
	    "charge</b></p></td><td><p><b>Deadline</b></p></td></tr>"
	    "<tr><td><p>Send the homework guidelines to all teachers</p></td>"
	    "<td><p>Ms Yeung</p></td><td><p>13 March 2026</p></td></tr>"
	    "</table>");
	assert_int_equal(ex.ncommitments, 1);
	due_is("homework guidelines", "2026-03-13");
	assert_string_equal(rule_of("homework guidelines"),
	    "commitment.table-row");
}

/* The second trio (CG, CH, CI), measured blind after the forms above:
 * talks with pupils, a call promised within a span, the parent's own
 * call and meeting, a decision to be made by nobody, a disclaimer of
 * liability, 將不能, a report's languages. */
static void
test_second_trio(void **state)
{
	static const char *const no_meeting[] = {
	    ZH "\n我聽日會分別同兩位同學傾返，了解清楚事發經過。\n",
	    ZH "\n李主任會在下星期一早會後親自與相關同學面談。\n",
	    EN "\nMr Rees is going to phone you within two weeks of starting "
	    "on 9 March.\n",
	    NULL };
	static const char *const none[] = {
	    EN "\nThe report will be written in both English and Chinese.\n",
	    ZH "\n9月後本隊將不能再為卓謙提供治療，敬請見諒。\n",
	    NULL };
	static const char *const one_deflection[] = {
	    EN "\nA decision on a full assessment will be made after the "
	    "observation.\n",
	    EN "\nNothing in this letter constitutes an admission of "
	    "liability.\n",
	    EN "\nThe school has at all times sought to comply with its "
	    "obligations.\n",
	    NULL };

	(void)state;
	want(no_meeting, 1, -1, 0);
	want(none, 0, -1, -1);
	want(one_deflection, -1, 1, -1);
	settle();
	/* counted from the day of a deed */
	run(EN "\nMr Rees will send you his notes within two weeks of "
	    "starting on 9 March.\n");
	due_is("his notes", "2026-03-23");
	/* a call fixed either way round; a spouse is an owner */
	run(EN "\nAs agreed with the office, you will call me on Monday 9 "
	    "March at 1pm.\n");
	assert_int_equal(ex.nmeetings, 1);
	run(EN "\nMy wife will bring the form to Ms So by Thursday 12 "
	    "March.\n");
	due_is("bring the form", "2026-03-12");
	/* "by the panel" names who decides */
	run(EN "\nA decision will be made by the panel on 13 March.\n");
	assert_int_equal(ex.ndeflections, 0);

	message("Mandy <mandy@example.com>", "text/plain",
	    "Dear Ms Lee,\r\n\r\nAs agreed with the office, you will call me "
	    "on Monday 9 March at 1pm.\r\n\r\nMandy (Kit's mum)\r\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].date, "2026-03-09");
	message("Mandy <mandy@example.com>", "text/plain",
	    "Dear Mr Rees,\r\n\r\nMs Lo has offered to see me, and we are "
	    "meeting on Wednesday 11 March at 9:00 am.\r\n\r\nMandy "
	    "(Kit's mum)\r\n");
	assert_int_equal(ex.nmeetings, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_meeting_moved),
		cmocka_unit_test(test_not_the_parents_meeting),
		cmocka_unit_test(test_writer_delivers),
		cmocka_unit_test(test_two_clauses),
		cmocka_unit_test(test_heading_promise),
		cmocka_unit_test(test_zh_forms),
		cmocka_unit_test(test_deflections),
		cmocka_unit_test(test_parents_letter),
		cmocka_unit_test(test_word_table),
		cmocka_unit_test(test_second_trio),
	};
	return cmocka_run_group_tests_name("extract_round22", tests, NULL,
	    teardown);
}
