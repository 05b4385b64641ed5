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

/* Deflections in the terms of a service (deflections_terms.c): cost on
 * top, kept for the diagnosed, a rule that asks nothing or a published
 * policy kept, another body's call, other pupils' privacy, a wait from
 * referral, a limit of the room, the worry made ordinary; beside the
 * same words free, promised, asked or negated. */
static const struct deflection_form terms_forms[] = {
	{ "cost", {
	    "A third weekly lesson is charged separately at $300.",
	    "Extra sessions are available at an additional cost.",
	    "Speech therapy in the holidays costs extra.",
	    "An assessment would have to be paid for privately.",
	    "A full psycho-educational assessment is something parents "
	    "would need to arrange privately.", NULL }, {
	    "The extra session is free of charge.",
	    "Lunch is charged separately? Could you tell me?",
	    "There is no additional charge for the Saturday class.", NULL } },
	{ "eligibility", {
	    "One-to-one tutoring is kept for those with a formal diagnosis.",
	    "Exam laptops have only ever been approved for students with a "
	    "diagnosed need.",
	    "Reader support is reserved for pupils who have been diagnosed.",
	    "Small-group rooms are only for children with a medical "
	    "diagnosis.", NULL }, {
	    "Ms Chan will meet students with a diagnosis on Friday 6 March.",
	    "He was assessed last year and has a formal diagnosis.", NULL } },
	{ "rules", {
	    "There is no statutory requirement for schools to write an IEP.",
	    "There is no legal requirement for a teaching assistant.",
	    "The school's actions were consistent with its published policy.",
	    "The decision was in line with school policy.", NULL }, {
	    "Please read our published policy on the website.",
	    "Ms Chan will send you the policy by Friday 6 March.", NULL } },
	{ "remit", {
	    "Deploying the grant falls within the purview of individual "
	    "schools.",
	    "The complaint will be taken forward by the IMC.",
	    "How the grant is spent is for individual schools to decide.",
	    NULL }, {
	    "The IMC met on 2 February.",
	    "Mr Ho will take the complaint forward to the IMC by Friday 6 "
	    "March.", NULL } },
	{ "by the book", {
	    "The duty teachers followed the school's procedures and informed "
	    "you the same day.",
	    "Staff acted in accordance with the behaviour policy.", NULL }, {
	    "We will follow the guidelines and call you by Friday 6 March.",
	    NULL } },
	{ "privacy", {
	    "We cannot share the footage for other pupils' privacy.",
	    "The full record is withheld for privacy reasons.", NULL }, {
	    "We respect the privacy of every family.", NULL } },
	{ "wait", {
	    "New cases are currently seen roughly a year after referral.",
	    "Children are usually assessed about eight months from referral.",
	    NULL }, {
	    "Ms Chan will send the referral by Friday 6 March.", NULL } },
	{ "ordinary", {
	    "Children often sleep badly for a while after moving house.",
	    "Pupils commonly find the first few weeks hard, so please don't "
	    "read too much into it.",
	    "His results were perfectly respectable for a first year.",
	    "It is perfectly normal for a P1 child to be tired.",
	    "Kids usually take a while to settle at first.", NULL }, {
	    "Children often bring their own snacks on Fridays, and please "
	    "label them.",
	    "Ms Chan will see the pupils at first recess on 6 March.", NULL } },
};

static void
test_terms_forms(void **state)
{
	(void)state;
	assert_int_equal(deflection_forms_misread(terms_forms,
	    sizeof(terms_forms) / sizeof(terms_forms[0])), 0);
}

/* A government body writing as itself is an actor; writing again some
 * day, or mentioning a matter to somebody, is nothing to check (a
 * vague commitment and a deflection); by a date it is a promise. */
static void
test_write_again_mention(void **state)
{
	static const char *const yes[] = {
	    "Dear Mrs Li,\nThe Bureau will write to you further upon receipt "
	    "of the school's report.\n",
	    "Dear Mrs Li,\nI'll also mention the laptop question to the IT "
	    "committee.\n",
	    "Dear Mrs Li,\nMs Chan will mention it to the class teacher.\n",
	    "Dear Mrs Li,\nWe will write to you again once the panel has "
	    "met.\n",
	    NULL };
	static const char *const dated[] = {
	    "Dear Mrs Li,\nThe Bureau will write to you by Friday 13 March.\n",
	    "Dear Mrs Li,\nI will mention it to the class teacher on Monday "
	    "9 March.\n",
	    NULL };
	static const char *const no[] = {
	    "Dear Mrs Li,\nAs you mentioned, the laptop was slow.\n",
	    NULL };

	(void)state;
	want(yes, 1, 1, 0);
	want(dated, 1, 0, 0);
	want(no, 0, 0, 0);
	settle();
}

/* Somebody else sitting in on a meeting is that person's commitment;
 * the writer sitting in on the parent's meeting ("see you then") stays
 * a meeting; a drop-in session for any parent is no meeting. */
static void
test_sit_in_drop_in(void **state)
{
	static const char *const promise[] = {
	    "Dear Mrs Li,\nOur School Development Officer, Mr Yuen, will sit "
	    "in on the SST meeting on 9 March.\n",
	    "Dear Mrs Li,\nThe EP will sit in on the review meeting on "
	    "Friday 13 March as an observer.\n",
	    NULL };
	static const char *const meeting[] = {
	    "Dear Mrs Li,\nI'll sit in on the meeting on the 20th as well, so "
	    "see you then!\n",
	    "Dear Mrs Li,\nI will meet you on Friday 13 March at 4 pm.\n",
	    NULL };
	static const char *const none[] = {
	    "Dear Parents,\nThe drop-in consultation for P.1 parents runs "
	    "from 2:00 to 5:00 pm on Saturday 14 March.\n",
	    "Dear Mrs Li,\nOur open day is on Saturday 14 March from 10 am.\n",
	    NULL };

	(void)state;
	want(promise, 1, -1, 0);
	want(meeting, 0, -1, 1);
	want(none, 0, -1, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_try_only),
		cmocka_unit_test(test_terms_forms),
		cmocka_unit_test(test_write_again_mention),
		cmocka_unit_test(test_sit_in_drop_in),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
