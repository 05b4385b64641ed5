/*
 * test_extract_genre.c — round 4 (issue 17): forms, not letters. The
 * genre of a letter (a circular to all parents, a receipt) by its
 * structure; deflections as a limit over a resource or a decision;
 * calls and meetings by tense and by who attends. Each form has
 * variants of its own and sentences of the same look that must not
 * match. Read against Monday 2 March 2026.
 */
#include "testextract.h"

static size_t
items(void)
{
	return ex.ncommitments + ex.ndeflections + ex.nmeetings;
}

/* Circulars and receipts carry nothing, whatever they say "will". */
static void
test_genre_nothing(void **state)
{
	static const char *const none[] = {
		"Dear Parents,\n\nThe school will be closed on 26 March.\n\n"
		"The book fair will run from 9 to 13 March.\n\nThe Principal\n",
		"Dear Parents/Guardians,\n\nSports Day will be held on 20 "
		"March at the stadium.\nThe PTA will collect old uniforms on "
		"Friday.\n",
		"Dear all parents,\n\nThe canteen will serve a new menu from "
		"next Monday.\n\nThank you for your support,\nThe Office\n",
		"各位家長：\n\n一、本校將於三月二十日舉行運動會。\n"
		"二、圖書館將於三月九日暫停開放。\n",
		"致各位家長：\n\n家長日將於三月十四日舉行。\n",
		"Official receipt No. 2231\nAmount (HKD): 1,200.00\n"
		"Paid by: FPS\n\nYour tutor will send the timetable by 20 March.\n",
		"Payment receipt\nAmount paid: HK$640.00\n\n"
		"A statement will be issued by 31 March.\n",
		"收據編號：A-77\n金額：港幣800元\n付款方式：轉數快\n\n"
		"導師將於三月十日前寄出時間表。\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(none) / sizeof(none[0]); k++) {
		run(none[k]);
		if (items() != 0)
			fail_msg("an item in a circular/receipt: %s", none[k]);
	}
}

/* One family's letter keeps its items, even greeted in the plural, or
 * by a form letter's "Dear Parent", or mentioning a receipt. */
static void
test_genre_not(void **state)
{
	static const char *const one[] = {
		"Dear parents,\n\nMiss Ip will send you the link by 6 March.\n",
		"Dear Parent,\n\nThe school will send the plan by 6 March.\n",
		"Dear Parents of Ken,\n\nMr Lam will send the plan by 6 March.\n",
		"Dear Mrs Chan,\n\nI will send the receipt for the HK$300 "
		"deposit by 6 March.\n",
		"各位家長：\n\n你的孩子的計劃，張老師會於三月六日前寄出。\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(one) / sizeof(one[0]); k++) {
		run(one[k]);
		if (ex.ncommitments != 1)
			fail_msg("no commitment in one family's letter: %s",
			    one[k]);
	}
}

/* Deflection forms of issue 17, each with variants of its own and
 * sentences of the same look that must not match. */
static const struct deflection_form forms[] = {
	{ "quantity limit over a resource", {
		"The reading club only has space for ten children.\n",
		"Our social group is limited to eight pupils per term.\n",
		"Speech sessions are capped at six per child each year.\n",
		"The centre only takes two new cases a month.\n",
		"Ms Lo is dealing with a large number of referrals right now.\n",
		"The summer class is restricted to P3 and P4 students.\n",
		"The group is limited to ten pupils and every place was taken in May.\n",
		NULL }, {
		"Please bring only one bag on the trip.\n",
		"Ms Lo will phone you on Friday about the places.\n",
		"The form is limited to one page.\n",
		"Last year the group was capped at ten pupils.\n",
		NULL } },
	{ "dependency on an authority", {
		"The timetable for support lessons is fixed by the school.\n",
		"Approval of a tutor falls to the Education Bureau.\n",
		"That question now rests with the committee.\n",
		"Her application is sitting with the panel.\n",
		"The choice of readers lies with the management.\n",
		"Class sizes are determined by the EDB.\n",
		NULL }, {
		"The pencil case is with the class teacher.\n",
		"Ms Ho will send the form to the panel by 9 March.\n",
		"The homework is set by Miss Chan every evening.\n",
		NULL } },
	{ "a decision negated", {
		"Moving him to another class is not a decision our team can take.\n",
		"An exemption is not our call.\n",
		"That is not a choice the centre gets to make.\n",
		"It is not for us to change the exam rules.\n",
		"Granting a reader is not up to me.\n",
		NULL }, {
		"It was not a difficult decision.\n",
		"We will make a decision by 20 March.\n",
		NULL } },
	{ "a condition on a document", {
		"Rest breaks are allowed only with a written recommendation.\n",
		"Absence is excused only upon a medical note.\n",
		"Extra time is granted only after an assessment.\n",
		"The allowance would have to go through a means test first.\n",
		"A laptop is possible, subject to approval.\n",
		NULL }, {
		"The canteen is open only on weekdays.\n",
		"Ms Ho will send the report only after 9 March.\n",
		"Please sign the letter only after reading it.\n",
		NULL } },
	{ "calming", {
		"I wouldn't worry too much about his handwriting.\n",
		"Please don't be alarmed by the low score.\n",
		"Mixing up b and d is quite normal at this age.\n",
		"This kind of shyness usually fades after a few weeks.\n",
		"He is being cared for very well by the assistants.\n",
		"Tears at drop-off typically settle within a term.\n",
		NULL }, {
		"We will look after him at lunch from 9 March.\n",
		"Don't forget to sign the reply slip.\n",
		"The bus usually leaves at 4 pm.\n",
		NULL } },
	{ "an open-ended passive", {
		"Another look at his seating may be taken later.\n",
		"A decision on the laptop might be made next term.\n",
		"A view on her placement could be formed after the review.\n",
		"A review of the plan may be undertaken in due course.\n",
		"Consideration may be given to a smaller group.\n",
		NULL }, {
		"A decision will be made by 20 March.\n",
		"Extra time may be given in the exam.\n",
		NULL } },
};

static void
test_limit_forms(void **state)
{
	(void)state;
	assert_int_equal(deflection_forms_misread(forms,
	    sizeof(forms) / sizeof(forms[0])), 0);
}

/* Calls and meetings: a talk fixed with the parent is a meeting; one
 * referred back to, a body's own sitting and the child's appointment
 * at an outside service are none. */
static void
test_meeting_forms(void **state)
{
	static const char *const yes[] = {
		"Let's talk again on Friday 6 March at 5 pm.\n",
		"I'd like to speak with you on Tuesday 10 March at 4 pm.\n",
		"We can chat again on Thursday 12 March after school.\n",
		"I have booked a conversation with you for Monday 9 March at 3 pm.\n",
		"Ms Ho has scheduled a catch-up with you on 11 March at 10 am.\n",
		"We have set up a short discussion for Friday 13 March at 2 pm.\n",
	};
	static const char *const no[] = {
		"Further to our meeting on Friday, I attach the plan.\n",
		"Following our call on Wednesday, here is a summary.\n",
		"The panel will decide on the reader when it meets on 20 March.\n",
		"The committee will review Ken's support when it sits on 16 March.\n",
		"Ken has a hospital appointment on 12 March.\n",
		"Ms Ho will go with you to the eye clinic appointment on 10 March.\n",
		"Mr Lam will give a talk on reading on 14 March.\n",
		"I will talk to Ken about it on Monday 9 March.\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(yes) / sizeof(yes[0]); k++) {
		run(yes[k]);
		if (ex.nmeetings != 1 || ex.ncommitments != 0)
			fail_msg("no meeting alone: %s", yes[k]);
	}
	for (size_t k = 0; k < sizeof(no) / sizeof(no[0]); k++) {
		run(no[k]);
		if (ex.nmeetings != 0)
			fail_msg("a meeting: %s", no[k]);
	}
}

/* An action with labelled fields: who and when by their labels. */
static void
test_labelled_fields(void **state)
{
	(void)state;
	run("Actions\n1. Send the reading list home\n   Who: Miss Yu / By when: 9/3\n");
	due_is("reading list", "2026-03-09");
	assert_string_equal(commitment_with("reading list")->actor, "Miss Yu");
	run("- Book a hearing test\n  Owner: the SENCO / Deadline: 20 March\n");
	due_is("hearing test", "2026-03-20");
	run("- Set up a quiet corner in 3B\n  Person in charge: Mr Ko; Due: Friday\n");
	due_is("quiet corner", "2026-03-06");
	run("2. Share the behaviour chart with home\n   Who: Ms Lee / When: within 5 days\n");
	due_is("behaviour chart", "2026-03-07");
	run("3. Order a sloped writing board\n   Responsible: Mr Ip (OT) / Deadline: end of this month\n");
	due_is("sloped writing board", "2026-03-31");
	/* no action before the labels, or no date label: not this form */
	run("Who: Ms Lee / By when: 9/3\n");
	assert_int_equal(ex.ncommitments, 0);
	run("Contact: Ms Lee (SENCO), tel 2345 6789\n");
	assert_int_equal(ex.ncommitments, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_genre_nothing),
		cmocka_unit_test(test_genre_not),
		cmocka_unit_test(test_limit_forms),
		cmocka_unit_test(test_meeting_forms),
		cmocka_unit_test(test_labelled_fields),
	};
	return cmocka_run_group_tests_name("extract_genre", tests, NULL,
	    teardown);
}
