/*
 * test_extract_round9.c — round 9 (issue 17), the forms blind batch L
 * missed, each in variants written here (no letter's sentence) beside
 * sentences of the same look that must not match: a circular under a
 * title, a weekday naming a kind of thing, a lesson dated by the
 * course's start, a member of a team in apposition, items under "We
 * will:", a matter passed on undated, money past its reach or cut,
 * praise of the child's qualities, a topic heading, a room booked for
 * the two of us. Read against Monday 2 March 2026.
 */
#include "testextract.h"

static size_t
items(void)
{
	return ex.ncommitments + ex.ndeflections + ex.nmeetings;
}

/* A title line above "Dear Parents": still a circular. */
static void
test_titled_circular(void **state)
{
	static const char *const none[] = {
		"Parents' Association Bulletin - March 2026\n\nDear Parents,"
		"\n\nThe fair will be held on Saturday 14 March in the hall.\n",
		"School News\n\nDear Parents/Guardians,\n\nThe committee will "
		"review the lunch menu at its next meeting.\n",
		"Spring Term Update\n\nDear all parents,\n\nMrs Ho will run a "
		"workshop on 20 March at 7 pm.\n",
		"Notice to Parents\n\nDear Parents,\n\nHelpers will be needed "
		"for the book sale on Friday 13 March.\n",
		"PTA Newsletter (Issue 3)\n\nDear Parents,\n\nThe AGM will take "
		"place on 27 March in the library.\n",
		NULL };
	static const char *const one[] = {
		/* one family's letter under a title keeps its items */
		"Meeting about Kit\n\nDear Parents,\n\nMiss Ip will send you "
		"the plan by 6 March.\n",
		"Kit's support plan\n\nDear Mrs Li,\n\nI will call you on "
		"9 March.\n",
		/* a sentence above the greeting is no title */
		"Please read this.\n\nDear Parents,\n\nThe fair will be held "
		"on Saturday 14 March.\n\nMiss Ip will send the plan by 6 March.\n",
		NULL };

	(void)state;
	for (int k = 0; none[k]; k++) {
		run(none[k]);
		if (items() != 0)
			note("an item in a circular: %s", none[k]);
	}
	for (int k = 0; one[k]; k++) {
		run(one[k]);
		if (ex.ncommitments == 0 && ex.nmeetings == 0)
			note("nothing in one family's letter: %s", one[k]);
	}
	settle();
}

/* "the Saturday social group": a kind of thing, no day; "on the
 * Saturday after next", "the Monday you suggested": days. */
static void
test_weekday_as_kind(void **state)
{
	static const struct { const char *text, *due; } v[] = {
		{ "I'll come back to you about the Saturday club in due course.\n", "" },
		{ "We will write to you regarding his Tuesday sessions later in the term.\n", "" },
		{ "Ms Lam will look into the Friday swimming group at some point.\n", "" },
		{ "I will get back to you about our Wednesday reading scheme in due course.\n", "" },
		{ "The school will review the Monday homework club soon.\n", "" },
		{ "I'll come back to you on Saturday about the club.\n", "2026-03-07" },
		{ "I will send the form on the Friday after next.\n", "2026-03-13" },
		{ "I will send it on the Monday you suggested.\n", "2026-03-09" },
		{ "I will send the notes on Friday morning.\n", "2026-03-06" },
		{ NULL, NULL } };

	(void)state;
	for (int k = 0; v[k].text; k++) {
		run(v[k].text);
		if (ex.ncommitments != 1 ||
		    strcmp(ex.commitments[0].due, v[k].due) != 0)
			note("%s: %zu commitments, due \"%s\", not \"%s\"",
			    v[k].text, ex.ncommitments, ex.ncommitments ?
			    ex.commitments[0].due : "", v[k].due);
	}
	settle();
}

/* "two days before the first lesson": the course's start dates it. */
static void
test_lesson_from_start(void **state)
{
	static const struct { const char *text, *due; } v[] = {
		{ "Miss Ho will teach Kit on Mondays from 16 March.\n"
		    "She will read his report two days before the first lesson.\n",
		    "2026-03-14" },
		{ "Classes begin on Wednesday 18 March.\n"
		    "I will send you the book list a week before the first lesson.\n",
		    "2026-03-11" },
		{ "The course starts on 23 March.\n"
		    "We will email the timetable three days before the first lesson.\n",
		    "2026-03-20" },
		{ "Tutoring runs from 9 March.\n"
		    "I will email you two days after the first lesson.\n",
		    "2026-03-11" },
		{ "Our tutor will work with Kit from 30 March.\n"
		    "He will set a reading test a week before the first lesson.\n",
		    "2026-03-23" },
		/* no dated start: no day */
		{ "Miss Ho will teach Kit on Mondays.\n"
		    "She will read his report two days before the first lesson.\n",
		    "" },
		/* a start looked back on dates nothing */
		{ "The course started on 23 February.\n"
		    "I will send notes after the first lesson.\n", "" },
		{ NULL, NULL } };

	(void)state;
	for (int k = 0; v[k].text; k++) {
		run(v[k].text);
		const char *due = ex.ncommitments ?
		    ex.commitments[ex.ncommitments - 1].due : "(none)";
		if (strcmp(due, v[k].due) != 0)
			note("%s: due \"%s\", not \"%s\"", v[k].text, due, v[k].due);
	}
	settle();
}

/* "Kelvin, one of our tutors, will": a member of a team acts. */
static void
test_one_of_our(void **state)
{
	static const char *const yes[] = {
		"Kelvin, one of our tutors, will email you the report by 6 March.\n",
		"Joyce, one of our therapists, will see Kit on 9 March.\n",
		"Sam, one of our social workers, will call you by Friday.\n",
		"Amy, one of our nurses, will check his sugar daily from 9 March.\n",
		"Our counsellors will send you the leaflet by 13 March.\n",
		NULL };
	static const char *const no[] = {
		"Kelvin, one of our tutors, will not be able to come.\n",
		"Will one of your tutors email me by 6 March?\n",
		"The tutors will be pleased with his work by then.\n",
		NULL };

	(void)state;
	want(yes, 1, -1, -1);
	want(no, 0, -1, 0);
	settle();
}

/* Items under "We will:": each the heading's promise, its own date. */
static void
test_heading_will_items(void **state)
{
	static const struct { const char *text; int n; const char *due; } v[] = {
		{ "Dear Mrs Li,\n\nWe will:\n\n- move Kit's seat nearer the board\n"
		    "- send you his new plan by 13 March\n", 2, "2026-03-13" },
		{ "Dear Mrs Li,\n\nThe school has agreed to:\n\n"
		    "- give Kit extra time in tests from 9 March\n"
		    "- let him use a laptop\n", 2, "" },
		{ "Dear Mrs Li,\n\nMiss Ho will:\n\n1. email you a reading list"
		    " within five working days\n2. check his diary each day\n",
		    2, "" },
		{ "Dear Mrs Li,\n\nI will also:\n\n* phone the clinic about his"
		    " report\n* book a review for April\n", 2, "" },
		{ "Dear Mrs Li,\n\nThe team are going to:\n\n- set up a quiet "
		    "corner by 20 March\n", 1, "2026-03-20" },
		/* the parents' own list, and a list that promises nothing */
		{ "Dear Mrs Li,\n\nYou will:\n\n- sign the consent form\n"
		    "- bring his inhaler\n", 0, "" },
		{ "Dear Mrs Li,\n\nWe discussed:\n\n- his seat in class\n"
		    "- his reading at home\n", 0, "" },
		{ "Dear Mrs Li,\n\nWhat will we do next?\n\n- move his seat\n",
		    0, "" },
		{ NULL, 0, NULL } };

	(void)state;
	for (int k = 0; v[k].text; k++) {
		run(v[k].text);
		if (ex.ncommitments != (size_t)v[k].n)
			note("%s: %zu commitments, not %d", v[k].text,
			    ex.ncommitments, v[k].n);
		else if (v[k].due[0] && strcmp(ex.commitments[v[k].n - 1].due,
		    v[k].due) != 0 && strcmp(ex.commitments[0].due, v[k].due))
			note("%s: no item due %s", v[k].text, v[k].due);
	}
	settle();
}

/* A matter carried to somebody, undated: no check is possible. */
static void
test_passing_on(void **state)
{
	static const char *const yes[] = {
		"I'll raise the lunch-time question with the Vice-Principal.\n",
		"We will pass the outcome on to you when we hear.\n",
		"I will bring your request up with the SEN panel.\n",
		"Ms Lam will pass your comments along to his tutor.\n",
		"I will put your request to the school management committee.\n",
		"We'll raise the matter of the bus with the transport office.\n",
		NULL };
	static const char *const dated[] = {
		"I'll raise the lunch-time question with the Vice-Principal on 9 March.\n",
		"We will pass the outcome on to you by 20 March.\n",
		NULL };
	static const char *const no[] = {
		"I will bring the forms with me.\n",
		"I will pass the form to Ms Lee.\n",
		"Will you raise it with the principal?\n",
		NULL };

	(void)state;
	want(yes, 1, 1, 0);
	want(dated, 1, 0, 0);
	want(no, -1, 0, 0);
	settle();
}

/* Money past its reach or made less: a budget deflection. */
static const struct deflection_form money_forms[] = {
	{ "a cost beyond what the fund can pay", {
		"A one-to-one aide is beyond what our SEN grant can pay for.\n",
		"Weekly OT is outside what the school budget can cover.\n",
		"Private tuition is more than the subsidy can fund.\n",
		"Daily transport is beyond what the allowance will cover.\n",
		"A second assistant is more than what our funding can stretch to.\n",
		NULL }, {
		"His reading is beyond what we expected for his age.\n",
		"The grant can pay for two terms of therapy.\n",
		NULL } },
	{ "the money made less", {
		"The homework club was cut when our grant was reduced.\n",
		"Since the funding was withdrawn, the group has closed.\n",
		"Budget cuts mean the drama club will not run.\n",
		"Our subsidy has been halved, so the trips are suspended.\n",
		"The speech group stopped after our allocation was reduced.\n",
		NULL }, {
		"The grant was increased this year.\n",
		"He cut his finger at break.\n",
		"Was the grant reduced this year?\n",
		NULL } },
	{ "the teachers pleased with a quality of the child's", {
		"Her teachers are pleased with her attitude.\n",
		"We are delighted with his progress in reading.\n",
		"Miss Chan is very happy with her effort in class.\n",
		"His tutor is impressed by his concentration.\n",
		"The staff are pleased with his behaviour at lunch.\n",
		NULL }, {
		"We are not pleased with his behaviour at lunch.\n",
		"Are you happy with her progress?\n",
		"We are pleased with the new library.\n",
		NULL } },
};

static void
test_money_and_praise(void **state)
{
	(void)state;
	assert_int_equal(deflection_forms_misread(money_forms,
	    sizeof(money_forms) / sizeof(money_forms[0])), 0);
}

/* A heading that names a topic is no deflection; its sentences are. */
static void
test_topic_heading(void **state)
{
	static const char *const none[] = {
		"Dear Mrs Li,\n\nWhat we could not agree\n\nThank you.\n",
		"Dear Mrs Li,\n\nThings we cannot change\n\nThank you.\n",
		"Dear Mrs Li,\n\nPoints we were unable to settle\n\nThank you.\n",
		"Dear Mrs Li,\n\nWhere we can't help\n\nThank you.\n",
		NULL };
	static const char *const one[] = {
		"Dear Mrs Li,\n\nWhat we could not agree\n\nA full-time aide "
		"is beyond what our grant can pay for.\n",
		"Dear Mrs Li,\n\nWe are unable to offer a place this year.\n",
		NULL };

	(void)state;
	want(none, 0, 0, 0);
	want(one, 0, 1, 0);
	settle();
}

/* A room booked for the writer and the parent: a meeting. */
static void
test_room_for_us(void **state)
{
	static const char *const yes[] = {
		"I have booked the SEN room for the two of us on Wednesday 11 March at 8:15 am.\n",
		"I've reserved the library for us both on Friday 13 March at 4 pm.\n",
		"Ms Ho has booked the small office for you and me on 16 March at 3:30 pm.\n",
		"We have set up the meeting room for our chat on Tuesday 10 March at 9 am.\n",
		"I've booked the quiet room for both of us on 12 March.\n",
		NULL };
	static const char *const no[] = {
		"I booked the SEN room for the two of us last Friday.\n",
		"Shall I book the SEN room for the two of us on 11 March?\n",
		"I have booked the hall for the children on Friday 13 March.\n",
		"I have not booked the room for the two of us on 11 March.\n",
		NULL };

	(void)state;
	want(yes, -1, -1, 1);
	want(no, -1, -1, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titled_circular),
		cmocka_unit_test(test_weekday_as_kind),
		cmocka_unit_test(test_lesson_from_start),
		cmocka_unit_test(test_one_of_our),
		cmocka_unit_test(test_heading_will_items),
		cmocka_unit_test(test_passing_on),
		cmocka_unit_test(test_money_and_praise),
		cmocka_unit_test(test_topic_heading),
		cmocka_unit_test(test_room_for_us),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
