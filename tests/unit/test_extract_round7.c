/*
 * test_extract_round7.c — round 7 (issue 17): deflections read by role
 * (deflections_roles.c, owner_contrast() and the rest) and the child
 * doing well told as the teachers' pleasure. Every sentence is written
 * for the test, in wordings no letter uses; each form has sentences of
 * the same look that must not match. Read against Monday 2 March 2026.
 */
#include "testextract.h"

static const struct deflection_form forms[] = {
	{ "the owner contrasted with the school", {
		"Access arrangements are the examination board's call rather than ours.\n",
		"The route is fixed by the transport office and not by the school.\n",
		"Bus places are a matter for the operator rather than the school.\n",
		"Funding for the aide sits with the district office, not with us.\n",
		"Any change of placement is the Bureau's decision rather than ours.\n",
		NULL }, {
		"We chose the hall rather than the library.\n",
		"The trip is with the Scouts and not with the class.\n",
		"I would rather phone than write.\n",
		NULL } },
	{ "many children outgrow it", {
		"Many children become much calmer in the course of P2.\n",
		"Most pupils grow out of this by the end of the year.\n",
		"Lots of girls settle down once the routine is familiar.\n",
		"Plenty of boys catch up with their reading in the upper years.\n",
		"In our experience most students find their feet within a term.\n",
		NULL }, {
		"Many children have asked about the trip.\n",
		"Most pupils bring a packed lunch.\n",
		"Many students became ill last winter.\n",
		NULL } },
	{ "a rule, then one way rather than another", {
		"Under EDB guidelines, the grant is paid to the school rather than to parents.\n",
		"Our policy is that aides support a whole class rather than one pupil.\n",
		"By regulation, extra time is set per paper rather than per pupil.\n",
		"Under the rules, places go by date of application rather than by need.\n",
		"The code of practice has counsellors see groups rather than single children.\n",
		NULL }, {
		"I suggest a quiet corner rather than the hall.\n",
		"She prefers writing rather than drawing.\n",
		"The new policy on phones starts soon.\n",
		NULL } },
	{ "not something the funds stretch to", {
		"Hydrotherapy is not something our grant stretches to.\n",
		"Taxi fares are not something the allowance covers.\n",
		"A private tutor isn't something our budget extends to.\n",
		"Horse riding is not a cost the fund can stretch to.\n",
		"New laptops are not an item the subvention will cover.\n",
		NULL }, {
		"It is not something the children enjoy; it covers a lot.\n",
		"Kindness is not something we take lightly.\n",
		NULL } },
	{ "let the new plan run its course", {
		"We would like to let the new seating plan run until the holidays.\n",
		"Our advice is to let the reading programme bed in first.\n",
		"It is best to let the new routine run its course before changing it.\n",
		"We prefer to let his sticker chart settle in before adding more.\n",
		"Let's let the strategy take effect before we judge it.\n",
		NULL }, {
		"Let me run through the plan with you.\n",
		"We let the children run in the playground.\n",
		"Please let me know if the new routine helps.\n",
		NULL } },
	{ "sorry, a thing cannot be done", {
		"I'm afraid the fee can't be paid in instalments.\n",
		"I'm sorry, but the club isn't able to take younger children.\n",
		"Unfortunately the bus route cannot be changed for one pupil.\n",
		"Regrettably, the deposit is not able to be refunded.\n",
		"I'm afraid a change of tutor won't be possible.\n",
		NULL }, {
		"I'm afraid the photos came out blurry.\n",
		"Unfortunately it rained, so the match was cancelled.\n",
		"I'm sorry the form can be confusing.\n",
		NULL } },
	{ "a move cannot happen", {
		"The sets are fixed, so a move into the top group can't happen now.\n",
		"A switch of class isn't possible once the term has begun.\n",
		"A transfer to the morning session cannot happen this term.\n",
		"Any change of seat can't happen before the exams.\n",
		"A swap of groups is not possible mid-year.\n",
		NULL }, {
		"The move went very smoothly.\n",
		"A switch to the new uniform happened last year.\n",
		NULL } },
	{ "funds used up, run out", {
		"The hardship fund has been used up for this year.\n",
		"Our therapy hours have run out for the term.\n",
		"This year's subsidy has been exhausted.\n",
		"The travel allowance is used up already.\n",
		"The emergency grant has run dry.\n",
		NULL }, {
		"He has used up his exercise book.\n",
		"The glue has run out in the art room.\n",
		NULL } },
	{ "a provider is not able to", {
		"The centre isn't able to offer evening sessions.\n",
		"The clinic is not able to see him before the summer.\n",
		"The agency isn't able to send a second helper.\n",
		"The centre won't be able to take him in the holidays.\n",
		"Our provider isn't able to repair the hoist this term.\n",
		NULL }, {
		"If the centre isn't able to open, we will call you.\n",
		"The centre is able to offer evening sessions.\n",
		NULL } },
};

static void
test_round7_forms(void **state)
{
	(void)state;
	assert_int_equal(deflection_forms_misread(forms,
	    sizeof(forms) / sizeof(forms[0])), 0);
}

/* The teachers' pleasure in the child, not in an event. */
static void
test_pleased_with_how(void **state)
{
	static const char *const yes[] = {
		"Her teachers are really pleased with how she has settled.",
		"We are delighted with how he is getting on in Maths.",
		"His class teacher is happy with the way he joins in.",
		"The staff are very pleased with how she has coped.",
		"Everyone is pleased with how quickly he has adapted.",
		NULL };
	static const char *const no[] = {
		"We are pleased to invite you to Sports Day.",
		"I am not pleased with how the bus company handled it.",
		"We are pleased with how the fair went.",
		NULL };
	(void)state;
	assert_int_equal(reply_forms_misread(yes, no, 1), 0);
}

/* "I'm due to" a verb: a duty booked for the writer, with its date. */
static void
test_due_to(void **state)
{
	static const struct { const char *text, *due; } yes[] = {
		{ "I'm due to assess Kit on the mornings of 9 and 10 March.\n",
		    "2026-03-10" },
		{ "I am due to visit his class on 12 March.\n", "2026-03-12" },
		{ "We're due to observe him at lunch on Friday 6 March.\n",
		    "2026-03-06" },
		{ "I'm due to meet his tutor on 16 March and will pass on your note.\n",
		    "2026-03-16" },
		{ "I am due to see the speech therapist on 11 March about his plan.\n",
		    "2026-03-11" },
		{ NULL, NULL } };
	static const char *const no[] = {
		"The delay is due to the weather.\n",
		"His absence on 4 March was due to a cold.\n",
		"Fees are due to the office by 20 March.\n",
		NULL };
	int bad = 0;

	(void)state;
	for (int k = 0; yes[k].text; k++) {
		run(yes[k].text);
		if ((ex.ncommitments != 1 ||
		    strcmp(ex.commitments[0].due, yes[k].due) != 0) && ++bad)
			print_message("missed: %s", yes[k].text);
	}
	for (int k = 0; no[k]; k++) {
		run(no[k]);
		if (ex.ncommitments != 0 && ++bad)
			print_message("matched: %s", no[k]);
	}
	assert_int_equal(bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round7_forms),
		cmocka_unit_test(test_pleased_with_how),
		cmocka_unit_test(test_due_to),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
