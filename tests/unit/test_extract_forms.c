/*
 * test_extract_forms.c — English forms written as variants of their
 * own (other verbs, nouns, tenses, orders), not letters: each form's
 * cases and the sentences of the same look that must not match. Read
 * against Monday 2 March 2026.
 */
#include "testextract.h"

/* An offset counted from an event the letter dates in another sentence:
 * "two days ahead of that meeting", "prior to the review", "within a
 * week of the visit" (the visit dated by its verb), "before the first
 * session". */
static void
test_event_offsets(void **state)
{
	(void)state;
	run("We will meet on Thursday 12 March at 4 pm.\n"
	    "Ms Ho will send you the agenda two days ahead of that meeting.\n");
	due_is("agenda two days ahead", "2026-03-10");
	run("Ken's IEP review is scheduled for Monday 16 March at 3 pm.\n"
	    "Mr Lam will circulate the draft plan three days prior to the "
	    "review.\n");
	due_is("circulate the draft plan", "2026-03-13");
	run("I shall observe Ken in class on Friday 13 March.\n"
	    "I will email my notes to you within a week of the visit.\n");
	due_is("email my notes", "2026-03-20");
	run("Our OT is visiting the classroom on 20 March.\n"
	    "His teacher has agreed to fill in the checklist ahead of her "
	    "visit.\n");
	due_is("fill in the checklist", "2026-03-20");
	run("I will be seeing Ken in school on 10 March and 17 March.\n"
	    "Before the first session I will phone his class teacher.\n");
	due_is("phone his class teacher", "2026-03-10");
	run("I will see Ken again on Wednesday 18 March at 10:15.\n"
	    "Miss Chan will prepare a sloped board before our next session.\n");
	due_is("sloped board", "2026-03-18");
	run("Ms Wong will assess Ken on 23 March.\n"
	    "She'll send you her report within two weeks of the assessment.\n");
	due_is("send you her report", "2026-04-06");
	run("The feedback session is booked for Friday 27 March.\n"
	    "The SENCO will prepare a summary in time for the feedback "
	    "session.\n");
	due_is("prepare a summary", "2026-03-27");
}

/* "the day before the call": the eve of an event dated elsewhere. */
static void
test_eve_of_event(void **state)
{
	(void)state;
	run("We will meet on Thursday 12 March at 4 pm.\n"
	    "I'll send the agenda the day before the meeting.\n");
	due_is("send the agenda", "2026-03-11");
	run("Ken's IEP review is scheduled for Friday 13 March at 3 pm.\n"
	    "Ms Ho will email the draft a day before the review.\n");
	due_is("email the draft", "2026-03-12");
	run("We have a video call booked for Tuesday 10 March at 7 pm.\n"
	    "I'll send the Teams invite out the evening before the call.\n");
	due_is("Teams invite", "2026-03-09");
	run("I will see Ken again on Wednesday 18 March at 10:15.\n"
	    "I'll phone his teacher the day before our next session.\n");
	due_is("phone his teacher", "2026-03-17");
	run("Ms Wong will assess Ken on 20 March.\n"
	    "She will send a checklist the night before the assessment.\n");
	due_is("send a checklist", "2026-03-19");
	/* no eve named: the event's own day */
	run("We will meet on Thursday 12 March at 4 pm.\n"
	    "I'll send the agenda before the meeting.\n");
	due_is("send the agenda", "2026-03-12");
}

/* The same look with no dated event, or a deadline that is no event. */
static void
test_event_offsets_not(void **state)
{
	(void)state;
	run("I will send you my notes within a week of the visit.\n");
	due_is("send you my notes", "");
	run("Mr Lam will update the plan before the end of term.\n");
	due_is("update the plan", "");
	run("We met on 20 February.\n"
	    "Mr Lam will send the minutes before the next meeting.\n");
	due_is("send the minutes", "");
	/* a review already held is not the one counted from */
	run("At the last review on 14 February we agreed a lighter load.\n"
	    "Ms Fung will circulate the draft before the review.\n");
	due_is("circulate the draft", "");
}

/* "each Monday from 26 April": a series gives its start date. */
static void
test_series_start(void **state)
{
	(void)state;
	run("Ms Lee will go over it with Ken each Monday from 16 March.\n");
	due_is("each Monday", "2026-03-16");
	run("Mr Poon will check his planner every Friday from 13 March.\n");
	due_is("every Friday", "2026-03-13");
	run("Miss Yu will meet him each Tuesday starting 10 March.\n");
	due_is("each Tuesday", "2026-03-10");
	run("Mr Chow will sit with him every Thursday commencing 19 March.\n");
	due_is("every Thursday", "2026-03-19");
	run("His teacher will read with him every other Wednesday from "
	    "11 March.\n");
	due_is("every other Wednesday", "2026-03-11");
	/* no start: a series alone has no due */
	run("Ms Lee will go over it with Ken each Monday.\n");
	due_is("each Monday", "");
}

/* Deflections by form: talks with no outcome, an open question, a step
 * not the writer's to take, a third person's choice, an open mind, a
 * supply at a premium, a vague circling back. */
static void
test_deflection_forms(void **state)
{
	static const char *const yes[] = {
		"The question of a reader is being thrashed out with the panel.\n",
		"Her timetable is still being hammered out with the English department.\n",
		"The details are being ironed out with the board.\n",
		"Whether he moves class is a question that is still open.\n",
		"The issue of a separate room remains open.\n",
		"It would not be appropriate for me to intervene in one case.\n",
		"It isn't our place to overrule the panel.\n",
		"It's entirely up to her who she sees first.\n",
		"The order is up to them.\n",
		"Let's keep an open mind until the results come.\n",
		"We are keeping an open mind about the laptop.\n",
		"Space in the hall is at a premium during exams.\n",
		"Qualified readers are in short supply this term.\n",
		"We'll circle back to you on the room question.\n",
		"I will circle back on the seating plan.\n",
	};
	static const char *const no[] = {
		"The library is still open at lunch.\n",
		"It's entirely up to you whether he joins the club.\n",
		"Mr Lam will work out a new seating plan by 20 March.\n",
		"I think it is appropriate for him to sit at the front.\n",
		"Ms Ho will keep you informed of the premium bus route by 9 March.\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(yes) / sizeof(yes[0]); k++) {
		run(yes[k]);
		if (ex.ndeflections != 1)
			fail_msg("no deflection: %s", yes[k]);
	}
	for (size_t k = 0; k < sizeof(no) / sizeof(no[0]); k++) {
		run(no[k]);
		if (ex.ndeflections != 0)
			fail_msg("a deflection: %s", no[k]);
	}
}

/* Thanks look back at a meeting held; a meeting fixed still stands. */
static void
test_thanks_held(void **state)
{
	static const char *const held[] = {
		"Thank you again for your time at Friday's case conference.\n",
		"Thanks so much for coming to Tuesday's meeting.\n",
		"Thank you very much for your time at Wednesday's review.\n",
		"Many thanks for attending Thursday's case conference.\n",
		"We are grateful to you for joining Monday's meeting.\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(held) / sizeof(held[0]); k++) {
		run(held[k]);
		if (ex.nmeetings != 0)
			fail_msg("a meeting: %s", held[k]);
	}
	run("Thank you for your email.\n"
	    "We will meet on Thursday 12 March at 4 pm in Room 2.\n");
	assert_int_equal(ex.nmeetings, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_event_offsets),
		cmocka_unit_test(test_event_offsets_not),
		cmocka_unit_test(test_eve_of_event),
		cmocka_unit_test(test_series_start),
		cmocka_unit_test(test_deflection_forms),
		cmocka_unit_test(test_thanks_held),
	};
	return cmocka_run_group_tests_name("extract_forms", tests, NULL,
	    teardown);
}
