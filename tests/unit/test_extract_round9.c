/*
 * test_extract_round9.c — round 9 (issue 17), the forms blind batch L
 * missed, each in variants written here (no letter's sentence) beside
 * sentences of the same look that must not match: a circular under a
 * title, a weekday naming a kind of thing, a lesson dated by the
 * course's start, a member of a team in apposition. Read against
 * Monday 2 March 2026.
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titled_circular),
		cmocka_unit_test(test_weekday_as_kind),
		cmocka_unit_test(test_lesson_from_start),
		cmocka_unit_test(test_one_of_our),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
