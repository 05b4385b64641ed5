/*
 * test_extract_round10.c — round 10 (issue 17), the English forms blind
 * batch M missed, each in variants written here (no letter's sentence)
 * beside sentences of the same look that must not match.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

/* "We'll try to find him a slot": a promise only to try is vague and a
 * deflection; "a Saturday slot" names a kind, no due. Requests to the
 * parent and a past attempt are neither. */
static void
test_try_only(void **state)
{
	static const char *const yes[] = {
	    "Dear Mrs Li,\nWe'll also try to find him a Saturday slot in the "
	    "reading class.\n",
	    "Dear Mrs Li,\nMs Chan will try to move him to the front row.\n",
	    "Dear Mrs Li,\nI will try and get the report to you by Friday.\n",
	    "Dear Mrs Li,\nOur centre will try to offer her a Tuesday lesson.\n",
	    NULL };
	static const char *const no[] = {
	    "Dear Mrs Li,\nPlease try to bring the form on Monday.\n",
	    "Dear Mrs Li,\nCould you try to arrive early?\n",
	    "Dear Mrs Li,\nWe tried to find him a slot last term.\n",
	    NULL };

	(void)state;
	want(yes, 1, 1, 0);
	want(no, 0, 0, 0);
	run(yes[0]);
	due_is("Saturday slot", "");
	run("Dear Mrs Li,\nWe will move him to a Tuesday group.\n");
	due_is("Tuesday group", "");
	run("Dear Mrs Li,\nWe'll find him a Saturday slot by Friday.\n");
	due_is("Saturday slot", "2026-03-06");
	run("Dear Mrs Li,\nI will see you on Saturday.\n");
	meeting_with("Saturday");
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_try_only),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
