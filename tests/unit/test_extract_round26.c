/*
 * test_extract_round26.c — round 26 (issue 17): forms the trio CP, CQ,
 * CR (a P6 girl moving to secondary school, a P2 boy with selective
 * mutism, an S3 student who stopped coming to school) and the letters
 * of CW (a P4 boy with a coordination disorder) missed, each written
 * here in words of this file's own beside sentences of the same look
 * that must not match: a promise dated by its own clause, parts of a
 * month, calls fixed to arrange a meeting, accepted slots, passives
 * that class or ask, deflections by class, indirect questions, events
 * for all parents, Cantonese names by surname, reply-slip choices, and
 * a bilingual letter whose second half ends with a notice.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_clause_dates(void **state)
{
	(void)state;
	/* the other clause's day is not this promise's */
	run(EN "\nKit's sessions run every Tuesday from 10 March, and I will "
	    "re-assess his reading at the end of the block in April.\n");
	due_is("re-assess", "2026-04-30");
	run(EN "\nThe review is on Friday 13 March, and I will email you a "
	    "short note the following Tuesday.\n");
	due_is("short note", "2026-03-17");
	run(EN "\nThe next review may be in late April, and Ms Lam will "
	    "confirm the day once the timetable is out.\n");
	due_is("confirm", "");
	/* unless it points back to that day */
	run(EN "\nThe Student Support Team meets on Thursday, and I will "
	    "raise your request at that meeting.\n");
	due_is("raise", "2026-03-05");
	/* a month that names which one, and parts of a month */
	run(EN "\nMs Lam will add the March reading goals to his file.\n");
	due_is("reading goals", "");
	run(EN "\nI will send the handover notes by mid-April.\n");
	due_is("handover", "2026-04-15");
	run(EN "\nI will send the handover notes by the end of April.\n");
	due_is("handover", "2026-04-30");
	/* one action over two lessons; two deliverables stay two */
	run(EN "\nI will observe Kit in an English lesson on Tuesday and a PE "
	    "lesson on Thursday.\n");
	assert_int_equal(ex.ncommitments, 1);
	due_is("observe", "2026-03-05");
	run(EN "\nI'll finish the checklist by Friday and the report by the "
	    "20th.\n");
	assert_int_equal(ex.ncommitments, 2);
	/* counted from the meeting named by its verb */
	run(EN "\nWe will meet on Tuesday 17 March at 4 pm in Room 2.\n"
	    "Before the review I will prepare a draft plan and email it to "
	    "you two days before we meet.\n");
	due_is("draft plan", "2026-03-15");
}

static void
test_meetings(void **state)
{
	static const char *const met[] = {
	    EN "\nI will ring you on Monday 9 March to set up a meeting with "
	    "the team.\n",
	    EN "\nTue 10th at 4:30 is fine with us.\n",
	    ZH "\n我們約定於3月20日下午四時在學校再開會。\n",
	    ZH "\n星期五我要開會，所以我會喺下星期一（3月9日）下午3:45打俾你。\n",
	    NULL };
	static const char *const none[] = {
	    EN "\nI will ask the clinic on Monday whether his appointment can "
	    "be moved earlier.\n",
	    EN "\nBefore meeting you, I will observe Kit in class on "
	    "Tuesday.\n",
	    EN "\nIf Tue 10th at 4:30 is fine with you, I will book the "
	    "room.\n",
	    NULL };

	(void)state;
	want(met, -1, -1, 1);
	want(none, -1, -1, 0);
	run(ZH "\n星期五我要開會，所以我會喺下星期一（3月9日）下午3:45打俾你。\n");
	assert_string_equal(meeting_with("打俾你")->date, "2026-03-09");
	run(EN "\nI will ask the clinic on Monday whether his appointment can "
	    "be moved earlier.\n");
	assert_int_equal(ex.ncommitments, 1);
	/* the school's call to the parent, in her own letter */
	read_message("li.family@gmail.com", "senco@school.edu.hk",
	    "text/plain", "Dear Ms Lam,\nThank you for today.\n\nMr Kwok will "
	    "call me on Monday to arrange a meeting with the team.\n");
	assert_int_equal(ex.nmeetings, 1);
	assert_int_equal(ex.ncommitments, 0);
	settle();
}

static void
test_deflections(void **state)
{
	static const char *const en[] = {
	    "The therapy allocation has already been fully used for this "
	    "year.",
	    "The school has no discretion to stop the report.",
	    "The school is required to report any long absence to the EDB.",
	    "A hard week now and then is part of the process.",
	    NULL };
	static const char *const en_no[] = {
	    "Absences with a doctor's letter are recorded as sick leave.",
	    "Some parents asked whether the lessons can be recorded.",
	    "Without your consent nothing is passed on.",
	    "The panel found that the school did not follow its own "
	    "procedures.",
	    NULL };
	static const char *const zh[] = {
	    "我們相信在大家合作下，卓軒定能慢慢適應。",
	    "本校一直致力為每一位學生提供關愛的環境。",
	    "何時復課要待四月的檢討會議後才可決定。",
	    "學校並無酌情權停止呈報。",
	    NULL };
	static const char *const zh_no[] = {
	    "老師會於3月9日決定能否加開一節。",
	    "卓軒昨日定時服藥，精神不錯。",
	    NULL };

	(void)state;
	deflection_category(EN, "round26-en", en, en_no);
	deflection_category(ZH, "round26-zh", zh, zh_no);
	settle();
}

static void
test_commitments(void **state)
{
	static const char *const none[] = {
	    EN "\nSome parents worry about what will be sent to the new "
	    "school.\n",
	    EN "\nYou asked whether Ms Lam will keep the sessions next "
	    "year.\n",
	    EN "\nA parents' information session will be held on 20 March in "
	    "the hall.\n",
	    EN "\nI'll assume these notes are right unless I hear from you by "
	    "Friday.\n",
	    EN "\nMs Ip will join us for the first half hour.\n",
	    ZH "\n學生會喺星期五前交返表格。\n",
	    ZH "\n上星期老師將其作業逐一圈出。\n",
	    ZH "\n盼校方於兩星期內回覆。\n",
	    NULL };
	static const char *const one[] = {
	    EN "\nMs Lam will ask whether the room is free and tell you by "
	    "Friday.\n",
	    EN "\nKit's first therapy session will be held on 20 March.\n",
	    ZH "\n梁生話會喺星期五前交返張表俾我。\n",
	    ZH "\n陳太會喺星期五前交返表格。\n",
	    ZH "\n成績會連同成績表於7月派發。\n",
	    ZH "\n正式通知稍後會另行發出。\n",
	    NULL };

	(void)state;
	want(none, 0, -1, -1);
	want(one, 1, -1, -1);
	run(ZH "\n梁生話會喺星期五前交返張表俾我。\n");
	assert_string_equal(ex.commitments[0].actor, "梁生");
	run(ZH "\n成績會連同成績表於7月派發。\n");
	due_is("派發", "2026-07-31");
	/* a reply slip's choices are the parent's to tick */
	run(ZH "\n回條：本人已收到通知，並（請加上「X」）： [ ] (A) "
	    "將親身出席3月20日的會議。\n");
	assert_int_equal(ex.ncommitments + ex.ndeflections + ex.nmeetings, 0);
	run(ZH "\n方便的時間：________ [ ] (B) 未能出席，請把紀錄寄給本人。\n");
	assert_int_equal(ex.ncommitments + ex.ndeflections + ex.nmeetings, 0);
	settle();
}

static void
test_bilingual_fence(void **state)
{
	(void)state;
	/* a divider before the English half, a notice at its end */
	run("陳太：\n李老師會於3月9日前寄出報告。\n\n----------\n\n"
	    "Dear Mrs Chan,\nMs Lee will send the report by 9 March.\n\n"
	    "Lee Siu Ming\n\n本電郵只供收件人使用。This e-mail is intended "
	    "for the addressee only.\n");
	assert_int_equal(ex.ncommitments, 2);
	/* a notice the divider opens is still skipped */
	run(EN "\nMs Lee will send the report by 9 March.\n\n----------\n"
	    "This e-mail is intended for the addressee only. The school will "
	    "not accept liability for its contents.\n----------\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_int_equal(ex.ndeflections, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clause_dates),
		cmocka_unit_test(test_meetings),
		cmocka_unit_test(test_deflections),
		cmocka_unit_test(test_commitments),
		cmocka_unit_test(test_bilingual_fence),
	};

	return cmocka_run_group_tests_name("extract_round26", tests, NULL,
	    teardown);
}
