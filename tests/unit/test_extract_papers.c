/*
 * test_extract_papers.c — English forms of issue 17, round 6, as
 * variants of their own: a paper that "will follow" (a promise with no
 * sender named), a practice the writer keeps out of and a refusal in a
 * modal of obligation (deflections, no promise), and a worry told away
 * ("nothing to worry about"). Read against Monday 2 March 2026.
 */
#include "testextract.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static int
count_commitments(const char *const *cases, size_t n, size_t want)
{
	int bad = 0;
	for (size_t k = 0; k < n; k++) {
		run(cases[k]);
		if (ex.ncommitments != want && ++bad)
			print_message("%zu commitments: %s", ex.ncommitments,
			    cases[k]);
	}
	return bad;
}

static int
count_deflections(const char *const *cases, size_t n, size_t want)
{
	int bad = 0;
	for (size_t k = 0; k < n; k++) {
		run(cases[k]);
		if (ex.ndeflections != want && ++bad)
			print_message("%zu deflections: %s", ex.ndeflections,
			    cases[k]);
	}
	return bad;
}

/* A paper on its way to the parent: the school's to send. */
static void
test_paper_follows(void **state)
{
	static const char *const yes[] = {
		"The final signed report will follow within two weeks.\n",
		"The written report will reach you by Friday 20 March.\n",
		"Practice sheets will go home in his bag.\n",
		"A copy of the minutes will come to you by 13 March.\n",
		"The invitation will then arrive by post next week.\n",
		"His certificate will come home on Friday 6 March.\n",
	};
	static const char *const no[] = {
		"Improvement will follow with time.\n",
		"More details will follow in the newsletter, which is for "
		    "all parents.\n",
		"The report will be in Chinese.\n",
		"The benefits will reach every child.\n",
		"His confidence will come with practice.\n",
	};
	(void)state;
	int bad = count_commitments(yes, N(yes), 1);
	bad += count_commitments(no, N(no), 0);
	assert_int_equal(bad, 0);
	run(yes[1]);
	due_is("will reach you", "2026-03-20");
}

/* A practice the writer keeps out of, or a refusal said as an
 * obligation: a deflection, no promise. */
static void
test_refusals(void **state)
{
	static const char *const yes[] = {
		"I'm afraid I don't write letters recommending a particular "
		    "school, so I'll have to say no to that one.\n",
		"I don't write reports for outside agencies.\n",
		"We do not issue certificates for the holiday club.\n",
		"I don't sign forms for private tutors, I'm afraid.\n",
		"I'm sorry, but I will have to decline the request for a "
		    "home visit.\n",
		"We don't accept referrals from parents directly.\n",
	};
	static const char *const not_refused[] = {
		"I will write to Ms Yuen about moving her seat.\n",
		"Don't forget to sign the form by Friday 6 March.\n",
		"I have to say he has worked very hard.\n",
		"We will issue the new timetable on Monday 9 March.\n",
		"If you don't sign the form, we cannot start the group.\n",
	};
	(void)state;
	int bad = count_deflections(yes, N(yes), 1);
	bad += count_commitments(yes, N(yes), 0);
	run(not_refused[0]);
	if (ex.ncommitments != 1 && ++bad)
		print_message("no promise: %s", not_refused[0]);
	bad += count_deflections(not_refused, 4, 0);
	run(not_refused[3]);
	if (ex.ncommitments != 1 && ++bad)
		print_message("no promise: %s", not_refused[3]);
	assert_int_equal(bad, 0);
}

/* A worry told away: "nothing to worry about". */
static void
test_nothing_to_worry(void **state)
{
	static const char *const yes[] = {
		"I genuinely don't see anything to lose sleep over.\n",
		"There is nothing to worry about at this stage.\n",
		"Honestly, there's nothing much to be concerned about.\n",
		"We see no reason to worry about his handwriting.\n",
		"There really isn't anything to fret about.\n",
	};
	static const char *const no[] = {
		"There is nothing to collect on Friday.\n",
		"Please tell me if there is anything that worries you.\n",
		"Nothing to report this week.\n",
		"Is there anything to worry about?\n",
		"He has nothing to wear for PE.\n",
	};
	(void)state;
	int bad = count_deflections(yes, N(yes), 1);
	bad += count_deflections(no, N(no), 0);
	assert_int_equal(bad, 0);
}

/* Limits by role: no means of the writer's own, a decision in another
 * body's hands, what privacy keeps back, comment held until another
 * body is done. */
static void
test_limits(void **state)
{
	static const char *const yes[] = {
		/* no means */
		"Grants come only through the SWD, so our centre has no "
		    "means of providing it directly.\n",
		"I'm afraid the school has no power to change the bus "
		    "route.\n",
		"We have no capacity to run a second group this term.\n",
		"The clinic has no way of seeing him sooner.\n",
		"Sadly we have no authority to grant exam arrangements.\n",
		/* another body's hands */
		"Please note that the outcome lies wholly in the "
		    "Authority's hands.\n",
		"The final decision rests entirely with the EDB.\n",
		"The placement is in the hands of the Education Bureau.\n",
		"Approval lies entirely with the HKEAA.\n",
		"Funding rests wholly with the school management.\n",
		/* privacy */
		"The names of the other boys involved cannot be disclosed "
		    "to you.\n",
		"Other pupils' marks cannot be revealed, I'm afraid.\n",
		"Details of the other family can't be disclosed.\n",
		"The report on the other child cannot be divulged.\n",
		"Staff home numbers cannot be disclosed to parents.\n",
		/* held comment */
		"I must hold back any comment until their enquiry has run "
		    "its course.\n",
		"I will have to reserve judgement until the panel has "
		    "met.\n",
		"We must withhold comment until the investigation is "
		    "complete.\n",
		"I'd rather hold off on commenting until the report is "
		    "in.\n",
		"I should refrain from any comment until the police have "
		    "finished.\n",
	};
	static const char *const no[] = {
		"There is no way I could have done it without you.\n",
		"He has no means of getting to school on Saturdays, so "
		    "we will meet on Friday.\n",
		"The answer lies in practice, practice, practice.\n",
		"The book is in the hands of Ms Ho now, and she will "
		    "return it on Monday 9 March.\n",
		"Please hold back his reading book until Friday.\n",
	};
	(void)state;
	int bad = count_deflections(yes, N(yes), 1);
	bad += count_deflections(no, N(no), 0);
	assert_int_equal(bad, 0);
}

/* Another's to decide, a body that sets the rules, a child called
 * among the best. */
static void
test_remit_and_praise(void **state)
{
	static const char *const yes[] = {
		"Tommy's placement for September is for the EDB's Placement "
		    "Section to decide.\n",
		"Whether he repeats the year is for the Principal to "
		    "determine.\n",
		"Exam access is one for the HKEAA to rule on.\n",
		"The HKEAA sets the criteria for special arrangements.\n",
		"The Bureau decides eligibility for the scheme.\n",
		"Honestly, he's one of the happiest boys in the class.\n",
		"She is one of the most settled children in K2.\n",
		"Ken is one of the keenest readers in his year.\n",
	};
	static const char *const no[] = {
		"The form is for you to sign and return.\n",
		"This book is for Ken to keep.\n",
		"Ken is one of the boys in the choir.\n",
		"One of the girls lost her hat.\n",
		"We set the rules for the class together with the children.\n",
	};
	(void)state;
	int bad = count_deflections(yes, N(yes), 1);
	bad += count_deflections(no, N(no), 0);
	assert_int_equal(bad, 0);
}

/* Minutes' "ACTOR to VERB": a verb before " to " makes a clause
 * ("the school is unable to pay"), no actor. */
static void
test_minutes_actor(void **state)
{
	static const char *const yes[] = {
		"SENCO to apply by 30 June.\n",
		"Class teacher to send home a weekly chart, starting 9 "
		    "March.\n",
		"Ms Ho to email the plan by Friday 6 March.\n",
		"Mr Lam to check the lift pass.\n",
		"Parents to book an appointment with the clinic.\n",
		"Mr Lo (English) to set up a word bank folder by 12/3.\n",
		"Ms Yip (class teacher) to photocopy the homework list.\n",
	};
	static const char *const no[] = {
		"The school is unable to pay for the private assessment, as "
		    "this is not an expense covered by our SEN funding.\n",
		"Ms Ho is happy to help with this.\n",
		"Mr Lam was able to attend on Friday.\n",
		"The panel has nothing to add.\n",
		"The centre isn't able to fund it.\n",
		"Thank you (again) to Ms Ho for her help.\n",
	};
	(void)state;
	int bad = count_commitments(yes, N(yes), 1);
	bad += count_commitments(no, N(no), 0);
	assert_int_equal(bad, 0);
}

/* The writer's own service as an actor: "our centre has agreed to". */
static void
test_our_service(void **state)
{
	static const char *const yes[] = {
		"Our centre has agreed to hold a summer place for Ken until "
		    "2 July.\n",
		"Our clinic will send the report by Friday 13 March.\n",
		"Our kindergarten will provide a quiet corner from Monday "
		    "9 March.\n",
		"Our centre will arrange a home visit before 20 March.\n",
		"Our center has agreed to waive the fee until June.\n",
	};
	static const char *const no[] = {
		"Please note that Ken's appointment at the Child Assessment "
		    "Centre on 3 March is during school hours.\n",
		"The clinic is closed on Monday 9 March.\n",
		"Our centre is on the second floor.\n",
		"Our clinic was very busy last week.\n",
		"Our centre will be closed on 10 March.\n",
	};
	(void)state;
	int bad = count_commitments(yes, N(yes), 1);
	bad += count_commitments(no, N(no), 0);
	assert_int_equal(bad, 0);
}

/* A table whose header names a who column: its rows are promises,
 * the person's cell the actor; "w/b" is the week beginning. */
static void
test_who_tables(void **state)
{
	static const char *const heads[] = {
		"Who | What | When\n",
		"What | Who | When\n",
		"Who | Action | Date\n",
		"Task | Who | When\n",
		"Who | What | By when\n",
	};
	static const char *const rows[] = {
		"- Ms Ho | move his desk nearer the board | by Fri 6/3\n"
		    "- Mr Lam | run a reading screener | w/b 9/3\n",
		"- move his desk nearer the board | Ms Ho | by Fri 6/3\n"
		    "- run a reading screener | Mr Lam | w/b 9/3\n",
	};
	static const int order[] = { 0, 1, 0, 1, 0 };
	char text[512];
	int bad = 0;
	(void)state;
	for (size_t k = 0; k < N(heads); k++) {
		snprintf(text, sizeof(text), "Dear Mrs Chan,\n\n%s%s\n",
		    heads[k], rows[order[k]]);
		run(text);
		if (ex.ncommitments != 2 && ++bad) {
			print_message("%zu commitments: %s", ex.ncommitments,
			    heads[k]);
			continue;
		}
		if (strcmp(ex.commitments[0].actor, "Ms Ho") != 0 && ++bad)
			print_message("actor %s: %s", ex.commitments[0].actor,
			    heads[k]);
		due_is("reading screener", "2026-03-15");
	}
	/* a list of people, no tasks */
	run("Dear Mrs Chan,\n\nWho's who | Role\nMs Ho | class teacher\n"
	    "Mr Lam | SENCO\n");
	if (ex.ncommitments != 0 && ++bad)
		print_message("%zu commitments: who's who", ex.ncommitments);
	run("Dear Mrs Chan,\n\nDate | Event\n6 March | Sports day\n"
	    "9 March | Book week\n");
	if (ex.ncommitments != 0 && ++bad)
		print_message("%zu commitments: events", ex.ncommitments);
	assert_int_equal(bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paper_follows),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_nothing_to_worry),
		cmocka_unit_test(test_who_tables),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_minutes_actor),
		cmocka_unit_test(test_our_service),
		cmocka_unit_test(test_remit_and_praise),
	};
	return cmocka_run_group_tests_name("extract_papers", tests, NULL,
	    teardown);
}
