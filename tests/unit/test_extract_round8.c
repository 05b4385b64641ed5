/*
 * test_extract_round8.c — round 8 (issue 17): list items under a
 * heading that holds their subject ("We will:", "Next steps:"), actors
 * in apposition, deflection forms of deflections_more.c and the wider
 * classes, and the parent asked to call in. Every sentence is written
 * for the test, in wordings no letter uses; each form has sentences of
 * the same look that must not match. Read against Monday 2 March 2026.
 */
#include "testextract.h"

/* Items under "SUBJECT will:" are the subject's; under a title of
 * things to do, bare verbs are the writer's side's unless they ask the
 * parent. */
static void
test_heading_items(void **state)
{
	(void)state;
	run("Dear Mrs Li,\n\nAfter the review, the learning support team will:\n\n"
	    "- lend Kit a reading ruler from 9 March\n"
	    "- set up a buddy for the lunch queue\n"
	    "- look at his seating again before the exams\n\n"
	    "Agreed actions:\n\n"
	    "1. Order a sloped desk for the Maths room by 20 March\n"
	    "2. Return your signed consent form by 6 March\n"
	    "3. Send us the optician's letter\n");
	const struct ex_commitment *c = commitment_with("reading ruler");
	assert_string_equal(c->due, "2026-03-09");
	assert_non_null(strstr(c->actor, "team"));
	assert_string_equal(c->rule, "commitment.heading-future");
	assert_true(commitment_with("buddy")->vague);
	deflection_with("seating again");
	due_is("sloped desk", "2026-03-20");
	assert_string_equal(rule_of("sloped desk"), "commitment.heading-todo");
	assert_int_equal(ex.ncommitments, 4);

	/* the heading's own date, when the item has none */
	run("Before Friday 13 March I will also:\n"
	    "- ask the librarian for large-print copies\n"
	    "- email his tutor about the spelling list\n");
	due_is("large-print", "2026-03-13");
	assert_int_equal(ex.ncommitments, 2);

	static const char *const none[] = {
		"You will need to:\n- pack his swimming kit on 10 March\n"
		    "- label his goggles\n",
		"Children will:\n- bring a hat for the outing on 6 March\n",
		"We will not:\n- set homework over the holiday from 27 March\n",
		"Last week we:\n- changed his reading group\n",
		"Next steps:\n- Sign the reply slip by 6 March\n"
		    "- Bring his inhaler to school\n",
		"Action points:\n- Mrs Wong (SENCO, P4)\n",
		NULL };
	want(none, 0, -1, -1);
	settle();
}

/* An actor in apposition, plural roles, and "twice a week from". */
static void
test_apposition(void **state)
{
	static const struct { const char *text, *due; } yes[] = {
		{ "Wing, one of our parent volunteers, has agreed to hear Kit read from 16 March.\n",
		    "2026-03-16" },
		{ "Mandy, one of the reading mentors, will sit with him on Tuesdays from 10 March.\n",
		    "2026-03-10" },
		{ "Our new aide Polly will walk him to the bus from 9 March.\n",
		    "2026-03-09" },
		{ "Gary, one of our tutors, is going to check his planner by 13 March.\n",
		    "2026-03-13" },
		{ "Mr Ip will coach him twice a week from 9 March.\n",
		    "2026-03-09" },
		{ "Ms Ng will see him three times a week starting Monday 16 March.\n",
		    "2026-03-16" },
		{ NULL, NULL } };
	int bad = 0;

	(void)state;
	for (int k = 0; yes[k].text; k++) {
		run(yes[k].text);
		if ((ex.ncommitments != 1 ||
		    strcmp(ex.commitments[0].due, yes[k].due) != 0) && ++bad)
			print_message("missed: %s", yes[k].text);
	}
	assert_int_equal(bad, 0);
}

static const struct deflection_form forms[] = {
	{ "an outside body runs it", {
		"Bus routes are handled by the transport company, not by the school.\n",
		"A move of school would have to come from the Bureau.\n",
		"It is the Bureau that allocates the places.\n",
		"Whether she sits the test orally is the exam board's decision.\n",
		"Summer places are decided by the district, not by individual schools.\n",
		NULL }, {
		"The concert is run by the music panel and starts at 7pm.\n",
		"The outing was arranged by the clinic last month.\n",
		"The timetable is set by Ms Ho, our deputy head.\n",
		"Hearing aids are provided by the hospital.\n",
		"After the panel's decision, here is our plan.\n",
		NULL } },
	{ "a small supply", {
		"The physiotherapist only comes in two mornings a week.\n",
		"We have only one social worker for the whole school.\n",
		"There are no spare appointments with the OT this term.\n",
		"Demand for the homework club is far greater than the places.\n",
		"The group's places have all gone.\n",
		"The nurture group is at maximum this term.\n",
		NULL }, {
		"We only have one spare jumper, so please send his own.\n",
		"The dentist only visits on Thursdays to check teeth.\n",
		"There are no more lessons after 27 March because of Easter.\n",
		NULL } },
	{ "a worry played down", {
		"It is not uncommon for a child to go quiet after a move.\n",
		"She is no different from most girls her age.\n",
		"A lot of pupils in P1 mix up their numbers.\n",
		"I would not read too much into one spelling test.\n",
		"Losing his temper now and then is just a phase.\n",
		NULL }, {
		"It is not unusual for the lift to be out of order.\n",
		"He mixed up the dates of the trip.\n",
		NULL } },
	{ "comfort with no action", {
		"You have our full support in this.\n",
		"Her safety is uppermost in everyone's mind.\n",
		"We have every confidence in the plan he is following.\n",
		"We see each pupil as an individual.\n",
		"Her progress matters to the whole team.\n",
		"He is thriving in the new group.\n",
		NULL }, {
		"The books are well loved by the children.\n",
		NULL } },
	{ "waiting for settling", {
		"We would rather hold back until she settles.\n",
		"Let's give her time to get used to the new teacher.\n",
		"I think we should wait until the end of the term.\n",
		"We'll know more once the Bureau replies.\n",
		"We'll keep watching and see what happens.\n",
		NULL }, {
		"We will wait until 5pm on Friday for the slips.\n",
		"Please give him time to eat his lunch.\n",
		"We gave her time to settle before the test on 20 February.\n",
		NULL } },
	{ "talking again some day", {
		"Let's talk again closer to the exams.\n",
		"Let us revisit this after the holidays.\n",
		"We will touch base once term ends.\n",
		"We'll pick this up again in the new year.\n",
		"We'll see where we are after the Easter break.\n",
		NULL }, {
		"Let's start the new chart on Monday 9 March.\n",
		"Ms Ho will touch base with you by phone on 6 March at 4pm.\n",
		"Mr Lam will return to the question of seating by 13 March.\n",
		NULL } },
	{ "an undated agent passive of thinking", {
		"The request will be considered by the panel in due course.\n",
		"Your letter will be discussed by the governors.\n",
		NULL }, {
		"The report will be sent by Ms Ho on 6 March.\n",
		NULL } },
};

static void
test_round8_forms(void **state)
{
	(void)state;
	assert_int_equal(deflection_forms_misread(forms,
	    sizeof(forms) / sizeof(forms[0])), 0);
}

/* The parent asked to call in at a fixed time; the child's visits and
 * a staff member's visit to a lesson are not meetings. */
static void
test_parent_visits(void **state)
{
	static const char *const yes[] = {
		"Please pop in to see me at 3.15 on Wednesday 4 March.\n",
		"Do drop by the staff room at 8am on Friday 6 March.\n",
		"Please come and see me at 4pm on Monday 9 March.\n",
		"I'd like to invite you in for a chat on 11 March at 3.30pm.\n",
		"Let's catch up on Teams on Tuesday 10 March at 7pm.\n",
		NULL };
	static const char *const no[] = {
		"Kit popped in to see the nurse on Monday 2 March.\n",
		"The SENCO will drop in to his English lesson on 12 March.\n",
		"Kit can pop in to the library at lunch on 5 March.\n",
		"Could you drop by on Friday at 3.30? Let me know.\n",
		"His OT session is on Thursday 5 March at 2pm.\n",
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
		cmocka_unit_test(test_heading_items),
		cmocka_unit_test(test_apposition),
		cmocka_unit_test(test_round8_forms),
		cmocka_unit_test(test_parent_visits),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
