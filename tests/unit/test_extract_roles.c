/*
 * test_extract_roles.c — round 5 (issue 17): deflections read by
 * grammatical role (deflections_roles.c, remit_form()): a head of a
 * closed class and the role it needs. Every sentence here is written
 * for the test, in wordings no letter uses; each form has sentences of
 * the same look that must not match. Read against Monday 2 March 2026.
 */
#include "testextract.h"

static const struct deflection_form forms[] = {
	{ "a decision verb, somebody else's", {
		"Whether she repeats the year is for the board of governors to settle.\n",
		"Exam access is for the panel to sign off.\n",
		"A change of class is one for the principal to weigh up.\n",
		"Respite places are decided by our area manager, not by me.\n",
		"Hours of support are determined by our district supervisor.\n",
		NULL }, {
		"This leaflet is for you to keep.\n",
		"Seating is decided by me.\n",
		"The games are for the children to enjoy.\n",
		NULL } },
	{ "a matter between the parent and another", {
		"His dosage is a matter between you and your paediatrician.\n",
		"Changing the medicine is a question between you and the clinic.\n",
		"That is really a conversation between you and the doctor.\n",
		"Diet is a decision between your family and the dietitian.\n",
		"Therapy at home is something between you and the therapist.\n",
		NULL }, {
		"Nothing said between you and me goes further.\n",
		"The distance between you and the school is short.\n",
		NULL } },
	{ "a use-up participle over funds or places", {
		"The summer camp places are already spoken for.\n",
		"This year's grant is fully committed to the new library.\n",
		"The tutoring slots have all been booked.\n",
		"Our therapy budget is completely used up for the year.\n",
		"The seats on the trip were all taken up within a day.\n",
		NULL }, {
		"The children were all taken to the hall.\n",
		"The books are fully labelled.\n",
		"Her bag is already packed.\n",
		NULL } },
	{ "a negated extent verb over funds", {
		"The subsidy does not extend to private tutors.\n",
		"Our budget won't stretch to a second assistant.\n",
		"The scheme doesn't cover speech therapy at home.\n",
		"The grant will not run to new laptops.\n",
		"His insurance does not cover the assessment.\n",
		NULL }, {
		"The rash does not extend to his arms.\n",
		"This letter doesn't cover everything we discussed.\n",
		NULL } },
	{ "funded or commissioned to, negated", {
		"Home visits are not something we are funded to provide.\n",
		"Counselling falls outside what the service is commissioned to deliver.\n",
		"We are not resourced to offer one-to-one help.\n",
		"Night care isn't among the things the centre is contracted to run.\n",
		"The unit is not staffed to support pupils after 4 pm.\n",
		NULL }, {
		"Our team is funded to deliver speech therapy in every school.\n",
		"The project was funded to help children read.\n",
		NULL } },
	{ "a provider cannot", {
		"The bus company cannot add a stop this year.\n",
		"The supplier is unable to send a second chair before summer.\n",
		"The clinic cannot see him again this term.\n",
		"The operator won't be able to fit a ramp on that route.\n",
		"The contractor can't widen the door until the holidays.\n",
		NULL }, {
		"If the clinic cannot reach you, they will write.\n",
		"Mary cannot swim yet.\n",
		NULL } },
	{ "a rule withholds permission", {
		"Under the school's policy, parents may not sit in on lessons.\n",
		"Our rules say phones are not permitted in class.\n",
		"By law and school regulations, staff are not allowed to give medicine.\n",
		"Under the guidelines, helpers must not enter the exam hall.\n",
		"The policy is that outside tutors are not to use the classrooms.\n",
		NULL }, {
		"The new policy may not suit every child.\n",
		"He may not need the extra sessions.\n",
		"Phones may not be the answer.\n",
		NULL } },
	{ "watching how it goes", {
		"We would like to watch how the new timetable goes first.\n",
		"The teachers are observing how he copes with the longer days.\n",
		"Staff will keep monitoring how she manages at lunch.\n",
		"For the next while we are keeping an eye on how he settles.\n",
		"Let us follow how the group works out over the term.\n",
		NULL }, {
		"Please watch the video with her.\n",
		"We watched the show together.\n",
		NULL } },
	{ "too soon to say", {
		"It is too early to tell whether the chart is working.\n",
		"It's difficult to judge until the reports come back.\n",
		"Whether he needs a reader is hard to know at this stage.\n",
		"It is impossible to predict if a place will arise.\n",
		"It is too soon to say until we have tried it.\n",
		NULL }, {
		"It is hard to say how grateful we are.\n",
		"It was difficult to tell him the news.\n",
		NULL } },
	{ "to revisit later", {
		"A laptop is something to come back to later on.\n",
		"We can reconsider the seating plan at a later stage.\n",
		"The timetable will be revisited in due course.\n",
		"Extra tutoring is one to return to down the line.\n",
		"A full review can be looked at again at some point.\n",
		NULL }, {
		"We revisited the plan together.\n",
		"Please return to the office after lunch.\n",
		NULL } },
	{ "not until", {
		"The therapist's next session with us is not until May.\n",
		"The next intake isn't until the spring.\n",
		"A vacancy won't be until the summer at the earliest.\n",
		"The panel's next round is not until after Easter.\n",
		"Her review is not until the new school year.\n",
		NULL }, {
		"The deadline is not until the end of the month.\n",
		"We will not send it until you agree.\n",
		NULL } },
	{ "satisfied that staff are doing", {
		"I am confident that his teachers are already doing everything possible.\n",
		"We are satisfied that the class team is doing all it can.\n",
		"I am reassured that she is already getting the right help.\n",
		"I am content that staff are doing what the plan asks.\n",
		"We are comfortable that he is already receiving enough support.\n",
		NULL }, {
		"I am satisfied that we are doing the right thing by asking.\n",
		"I am satisfied that the form is complete.\n",
		NULL } },
};

static void
test_role_forms(void **state)
{
	(void)state;
	assert_int_equal(deflection_forms_misread(forms,
	    sizeof(forms) / sizeof(forms[0])), 0);
}

/* The child doing well is comfort only in a reply to the parent, and
 * only where nothing is promised. */
static void
test_child_doing_well(void **state)
{
	static const char *const yes[] = {
		"He is settling in much better than we feared.",
		"She has a close group of friends in her class.",
		"His spelling errors fall well within the normal range for P2.",
		"She is adjusting happily to the longer school day.",
		"He is making steady progress in reading.",
		NULL };
	static const char *const no[] = {
		"He is settling in; I will call you on 9 March.",
		"He has made good progress; Ms Ho will send the report by Friday.",
		NULL };
	(void)state;
	assert_int_equal(reply_forms_misread(yes, no, 0), 0);
}

/* A call fixed for a day is a meeting; one offered in a modal, the
 * child's own appointment and a session with the child are not. */
static void
test_meeting_roles(void **state)
{
	static const char *const yes[] = {
		"I'll try you on the phone on Thursday 5 March at 1 pm.\n",
		"We will speak by phone on Friday 6 March at 4 pm.\n",
		"Ms Ho will talk it through with you over the phone on Tuesday 10 March at 5 pm.\n",
		NULL };
	static const char *const no[] = {
		"If you would rather, I could ring you on Thursday 5 March.\n",
		"We could call you on Friday 6 March; tell me whether that suits.\n",
		"His appointment at the eye clinic on 9 March means he will miss the outing.\n",
		"Her appointment with the paediatrician on 10 March is at 9 am.\n",
		"I'll be meeting Ken every Tuesday at lunchtime, from 10 March.\n",
		"Ms Ho is seeing Ken on Thursday 5 March for his reading check.\n",
		NULL };
	int bad = 0;

	(void)state;
	for (int k = 0; yes[k]; k++) {
		run(yes[k]);
		if (ex.nmeetings != 1 && ++bad)
			print_message("meeting missed: %s", yes[k]);
	}
	for (int k = 0; no[k]; k++) {
		run(no[k]);
		if (ex.nmeetings != 0 && ++bad)
			print_message("meeting matched: %s", no[k]);
	}
	/* a session with the child is the writer's promise */
	run("I'll be meeting Ken every Tuesday at lunchtime, from 10 March.\n");
	if (ex.ncommitments != 1 && ++bad)
		print_message("session: no commitment");
	/* the child's absence is nobody's task */
	run("Her appointment at the hospital on 9 March means she will miss the swimming lesson.\n");
	if (ex.ncommitments != 0 && ++bad)
		print_message("absence: a commitment");
	assert_int_equal(bad, 0);
}

/* Labelled blocks and tables whose header names a lead. */
static void
test_block_roles(void **state)
{
	(void)state;
	run("Next steps\n\nWHO: Ms Ho (SENCO)\nWHAT: Send the reading list home\n"
	    "WHEN: by 12 March\n\nWHO: Mr Ip\nWHAT: Move Ken's desk to the front\n"
	    "WHEN: from Monday 9 March\n");
	assert_int_equal(ex.ncommitments, 2);
	due_is("reading list", "2026-03-12");
	due_is("desk", "2026-03-09");
	run("Action: Book a hearing test\nOwner: the school nurse\nDeadline: 20 March\n");
	assert_int_equal(ex.ncommitments, 1);
	run("Task | Lead | Target date\nOrder a sloped board | Mr Ip | 20 March\n"
	    "Share the chart with home | Ms Lee | 13 March\n");
	assert_int_equal(ex.ncommitments, 2);
	due_is("sloped board", "2026-03-20");
	/* labels with no action are a contact line */
	run("WHO: Ms Lee\nWHEN: mornings\n");
	assert_int_equal(ex.ncommitments, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_forms),
		cmocka_unit_test(test_child_doing_well),
		cmocka_unit_test(test_meeting_roles),
		cmocka_unit_test(test_block_roles),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
