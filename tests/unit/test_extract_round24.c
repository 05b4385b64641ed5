/*
 * test_extract_round24.c — round 24 (issue 17): forms two blind trios
 * (CJ, CK, CL: a teacher on her phone, an S4 student's exam access, a
 * family escalating to the EDB; CM, CN, CO after them) missed, each
 * written here in words of this file's own beside sentences of the same
 * look that must not match: a lower-case writer's sentences and bare
 * "will", a slot booked in the next sentence or in a diary, a deed at a
 * meeting fixed elsewhere, the family's letter known by its envelope and
 * read in her voice, deflections by class, and Chinese attendance,
 * ranges and groups.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_phone_writer(void **state)
{
	(void)state;
	/* two lower-case sentences, each with its own promise */
	run("hi mrs li,\n\nreading cards - sure will do every tues from next "
	    "week. this week's set i'll give kit tmr since i forgot on "
	    "fri\n");
	assert_int_equal(ex.ncommitments, 2);
	due_is("every tues", "2026-03-15");
	due_is("tmr", "2026-03-03");
	assert_string_equal(commitment_with("every tues")->actor, "I");
	/* a lower-case title and its name */
	run("hi mrs li,\n\nre the report: mr chow says ms yip will have it "
	    "ready by end of next wk\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_string_equal(ex.commitments[0].actor, "ms yip");
	due_is("ready", "2026-03-15");

	static const char *const none[] = {
	    EN "\nWe'll go with that, unless you tell me otherwise.\n",
	    EN "\nIt is fine will send it.\n",
	    NULL };
	want(none, 0, -1, -1);
	settle();
}

static void
test_slots(void **state)
{
	static const char *const met[] = {
	    EN "\nNew plan: Thu 12/3, 4:10pm, small meeting room. The office "
	    "has already booked it for us.\n",
	    EN "\nNoted, 12/3 at 4:10pm is in my diary.\n",
	    EN "\nWe have arranged for both of you to watch the group on "
	    "Thursday 12 March at 3:30 pm.\n",
	    ZH "\n我幫你哋揀咗3月12號（禮拜四）下晝4點，喺3B課室。\n",
	    ZH "\n本組已安排陳先生及陳太於3月12日下午3時半到校觀課。\n",
	    NULL };
	static const char *const none[] = {
	    EN "\nNew plan: Thu 12/3, 4:10pm, Room 3B. The office will let "
	    "you know by Friday 6 March.\n",
	    EN "\nYou also asked at the meeting whether Kit could join on "
	    "Saturdays.\n",
	    ZH "\n3月12日（星期四）下午3時半本校舉行家長講座，歡迎出席。\n",
	    ZH "\n如有需要，我和丈夫可於3月12日下午到校面談。\n",
	    ZH "\n本校將於3月14日上午舉行家長日，讓家長與班主任面談。\n",
	    NULL };

	(void)state;
	want(met, -1, -1, 1);
	want(none, -1, -1, 0);
	settle();
}

static void
test_deed_at_known_meeting(void **state)
{
	(void)state;
	run(EN "\nThe SST review is fixed for Thursday 12 March at 4:15pm. "
	    "At the meeting on 12 March we will consider, together with Dr "
	    "Ho, whether Kit should move to Tier 3.\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_string_equal(ex.meetings[0].time, "16:15");
	due_is("we will consider", "2026-03-12");
	/* a bilingual letter keeps each language's meeting */
	run(EN "\nThe review meeting is on Thursday 12 March at 4:15pm.\n"
	    "檢討會議定於3月12日（星期四）舉行，屆時我們會討論卓軒的支援。\n");
	assert_int_equal(ex.nmeetings, 2);
}

static void
test_family_envelope(void **state)
{
	static const char *body = "Dear Ms Lee,\r\n\r\nSorry to chase, but I "
	    "am still waiting for the therapy report.\r\n\r\nWe were told "
	    "that an IEP was not needed at Tier 2.\r\n\r\nMandy\r\n";

	(void)state;
	/* from a personal mailbox to the school: her voice, no deflection */
	read_message("Mandy Lau <mandy.lau@gmail.com>", "lee@school.edu.hk",
	    "text/plain", body);
	assert_int_equal(ex.ndeflections, 0);
	/* the same words from the school's own domain are the school's */
	read_message("Ms Ho <ho@school.edu.hk>", "mandy.lau@gmail.com",
	    "text/plain", body);
	assert_true(ex.ndeflections >= 1);
	/* a teacher's sentence that names a mother is no sign-off */
	read_message("Ms Ho <ho@school.edu.hk>", "parent@example.com",
	    "text/plain",
	    "陳太：\r\n\r\n默書加時嘅事，我要問咗校長先，暫時答應唔到你。"
	    "\r\n\r\n我約咗你同陳媽媽喺教員室傾。\r\n\r\n何老師\r\n");
	deflection_with("答應唔到");
}

static void
test_deflection_classes(void **state)
{
	static const char *const en[] = {
	    "I'm afraid the assessment can only be made by a paediatrician.",
	    "Dr Ho's visit cannot take place this term.",
	    "The Music papers are recorded centrally, so they cannot be "
	    "taken in the library.",
	    "Her service is shared with other schools in the district.",
	    "It may take some time before the therapist can see Kit.",
	    "I'm sure one missed lesson won't set him back.",
	    NULL };
	static const char *const en_no[] = {
	    "If 12 March is not possible for you, please let Ms Lam know by "
	    "Friday.",
	    "Dr Ho will carry out a follow-up observation in the first week "
	    "of April.",
	    "I'll pass on her contact details to the class teacher.",
	    "I will answer your numbered points in turn.",
	    "Your case has been passed to the Support Section, and Ms Chan "
	    "is the officer in charge.",
	    NULL };
	static const char *const zh[] = {
	    "本局認為學校的處理大致符合指引。",
	    NULL };
	static const char *const zh_no[] = {
	    "如未能出席，本組會另行安排時間。",
	    "經初步了解，當日的小組因導師病假而取消，以致卓軒在課室等候。",
	    NULL };

	(void)state;
	deflection_category(EN, "round24-en", en, en_no);
	deflection_category(ZH, "round24-zh", zh, zh_no);
	settle();
}

static void
test_zh_forms(void **state)
{
	(void)state;
	run(ZH "\n是次面談將由班主任及社工一同出席。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n言語治療師將於3月9日至13日期間為卓軒進行評估。\n");
	due_is("評估", "2026-03-13");
	run(ZH "\n星期四社交小組的名額已滿，本人會繼續留意有否學位。\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_string_equal(ex.commitments[0].due, "");
	run(ZH "\n就閣下的查詢，本人會整理卓軒自一月以來的紀錄。\n");
	assert_string_equal(ex.commitments[0].due, "");
	run(ZH "\n☐ 本人將出席家長日面談。\n☐ 本人未能出席。\n");
	assert_int_equal(ex.ncommitments + ex.ndeflections, 0);
}

static void
test_data_and_dates(void **state)
{
	(void)state;
	run(EN "\nPlease note that the personal data in your email will be "
	    "used for the purpose of handling your case only.\n");
	assert_int_equal(ex.ncommitments, 0);
	run(EN "\nHer handwriting has become much steadier since January, and "
	    "I will send you samples on Friday.\n");
	due_is("samples", "2026-03-06");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phone_writer),
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_deed_at_known_meeting),
		cmocka_unit_test(test_family_envelope),
		cmocka_unit_test(test_deflection_classes),
		cmocka_unit_test(test_zh_forms),
		cmocka_unit_test(test_data_and_dates),
	};
	return cmocka_run_group_tests_name("extract_round24", tests, NULL,
	    teardown);
}
