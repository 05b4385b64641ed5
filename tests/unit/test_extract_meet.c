/*
 * test_extract_meet.c — English meeting forms as variants of their own
 * (issue 17, round 6): a review or session booked for a day, an
 * invitation to join the writer, the writer's own call awaited, and
 * the look-alikes that must not be read: a staff meeting where the
 * child's case is discussed, a diary full, a session with the child.
 * Read against Monday 2 March 2026.
 */
#include "testextract.h"

/* Each case is run; every miss is printed before the test fails. */
static void
meets(const char *const *cases, size_t n)
{
	int bad = 0;
	for (size_t k = 0; k < n; k++) {
		run(cases[k]);
		if (ex.nmeetings != 1) {
			print_message("%zu meetings: %s", ex.nmeetings,
			    cases[k]);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void
meets_not(const char *const *cases, size_t n)
{
	int bad = 0;
	for (size_t k = 0; k < n; k++) {
		run(cases[k]);
		if (ex.nmeetings != 0) {
			print_message("a meeting: %s", cases[k]);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* A review put in the diary, in either order: "we've pencilled in a
 * review for", "the review has been provisionally set for". */
static void
test_booked_review(void **state)
{
	static const char *const yes[] = {
		"We've pencilled in a review for Thursday 12 March, "
		    "3:15-3:45pm, in the classroom.\n",
		"I have booked a review with Mrs Lam for Friday 13 March at "
		    "4pm.\n",
		"We have scheduled his review for Tuesday 17 March at 2 pm.\n",
		"The school has arranged a review on Wednesday 18 March at "
		    "9 am.\n",
		"A review has been provisionally set for Monday 23 March, "
		    "4:00-4:30pm.\n",
		"Ken's review is pencilled in for Friday 20 March at 10 am.\n",
	};
	static const char *const no[] = {
		"I will review his targets on Friday 13 March.\n",
		"We have pencilled in a review for Friday 13 March if that "
		    "suits you.\n",
		"The panel has scheduled a review of all placements for "
		    "20 March.\n",
		"Ken's annual review was booked for 20 February.\n",
		"We booked a review on 20 February and it went well.\n",
	};
	(void)state;
	meets(yes, N(yes));
	meets_not(no, N(no));
}

/* A session with the parent, not the child's: "the feedback session
 * with you", "a session with you both". */
static void
test_parent_session(void **state)
{
	static const char *const yes[] = {
		"We have set the feedback session with you for Thursday "
		    "12 March, 6:30-7:45 pm, at our office.\n",
		"The feedback session is set for Friday 13 March at 5 pm.\n",
		"I've booked a session with you both on Tuesday 17 March at "
		    "9 am.\n",
		"Our session with both of you will be on Monday 16 March at "
		    "4 pm.\n",
		"Dr Sin will hold a feedback session on 20 March at 10 am.\n",
	};
	static const char *const no[] = {
		"I'll see Ken for his third session on Saturday 7 March at "
		    "9:30.\n",
		"Thank you for coming to the feedback session on Friday.\n",
		"The feedback session on 20 February went well.\n",
		"Ken's speech session with Ms Ho is on 10 March.\n",
		"Ms Ho will work with Ken in a small group session on "
		    "Monday 9 March.\n",
	};
	(void)state;
	meets(yes, N(yes));
	meets_not(no, N(no));
}

/* The parent asked to join the writer on a day. */
static void
test_join_invitation(void **state)
{
	static const char *const yes[] = {
		"We'd love you to join Ms Tang and me on Wednesday 18 March "
		    "at 12:15 pm, to go over the results.\n",
		"I would like you to join us on Friday 13 March at 3 pm to "
		    "go over the results.\n",
		"Please join Mr Lee and me on Tuesday 10 March at 4 pm in "
		    "Room 3.\n",
		"We would be glad for you to join us on Thursday 12 March at "
		    "9 am.\n",
		"Please do join us on 20 March at 10:30 to look at the "
		    "plan.\n",
	};
	static const char *const no[] = {
		"Would you like to join us on Friday 13 March?\n",
		"We'd love you to join the Open Day on 14 March, which is "
		    "for all families.\n",
		"Ken will join the football club on Monday 9 March.\n",
		"Please join the class WhatsApp group by Friday 6 March.\n",
		"I could ask Ms Tang to join us on 12 March if you would "
		    "like.\n",
	};
	(void)state;
	meets(yes, N(yes));
	meets_not(no, N(no));
}

/* The writer's own call awaited: "you can expect my call on". */
static void
test_my_call(void **state)
{
	static const char *const yes[] = {
		"You can expect my call on Thursday 12 March at 12.30 pm, "
		    "when I will tell you the outcome.\n",
		"Look out for my call on Monday 9 March after 3 pm.\n",
		"My call to you will be on Tuesday 10 March at 10 am.\n",
		"You will get my call on Wednesday 11 March at 5 pm.\n",
		"My call will come on Friday 13 March around 2 pm.\n",
	};
	static const char *const no[] = {
		"Thank you for returning my call on Monday.\n",
		"My call with the clinic on 20 February was helpful.\n",
		"I will return your call by Friday 6 March.\n",
		"Sorry I missed your call on 27 February.\n",
		"My call to the clinic is on 10 March, and I will let you "
		    "know by 13 March.\n",
	};
	(void)state;
	meets(yes, N(yes));
	meets_not(no, N(no));
	run(yes[0]);
	assert_int_equal(ex.ncommitments, 0);
}

/* What a "when" clause says the call is for does not make it somebody
 * else's: "the outcome of our internal review". */
static void
test_call_when(void **state)
{
	static const char *const yes[] = {
		"You can expect my call on Thursday 12 March at 12.30 pm, "
		    "when I will tell you the outcome of our internal "
		    "review.\n",
		"I'll ring you on Monday 9 March at 5 pm, when I will have "
		    "the outcome of the staff meeting.\n",
		"We will meet on Friday 13 March at 4 pm, when I will share "
		    "the notes of the panel's discussion.\n",
		"I will phone you on Tuesday 10 March at 9 am, when the "
		    "internal report will be ready.\n",
		"Expect a call from me on Wednesday 11 March, when the "
		    "minutes of the team meeting are out.\n",
	};
	static const char *const no[] = {
		"Our internal review meeting is on 12 March, when we will "
		    "look at Ken's plan.\n",
		"The staff meeting on 12 March, when we plan the term, is "
		    "for teachers only.\n",
		"There is a talk for parents on 12 March, when the "
		    "speaker will explain the new plan.\n",
		"The panel meeting is on 10 March, when the team will "
		    "decide.\n",
		"A workshop for all parents runs on 13 March, when we "
		    "will share ideas.\n",
	};
	(void)state;
	meets(yes, N(yes));
	meets_not(no, N(no));
}

/* A call named as where the promise was made is no call to come. */
static void
test_call_as_discussed(void **state)
{
	static const char *const no[] = {
		"As discussed on the phone, I will send you Ken's spelling "
		    "list every Thursday, starting on 5 March.\n",
		"As agreed over the phone, Ms Ho will start the reading "
		    "group on Monday 9 March.\n",
		"As mentioned by phone, his new seat is ready from Monday "
		    "9 March.\n",
		"As we discussed on the phone, his new timetable begins on "
		    "Monday 9 March.\n",
		"As I said on the phone, Ms Ho will see Ken on Tuesday "
		    "10 March.\n",
	};
	static const char *const yes[] = {
		"As discussed on the phone, I will call you on Monday "
		    "9 March at 4 pm.\n",
		"As agreed, I will phone you on Tuesday 10 March at 9 am.\n",
	};
	(void)state;
	meets_not(no, N(no));
	meets(yes, N(yes));
	run(no[0]);
	due_is("spelling list", "2026-03-05");
}

/* The child's case taken to a staff meeting is no meeting of the
 * parent's; with the parent in it, it still is. */
static void
test_case_at_meeting(void **state)
{
	static const char *const no[] = {
		"Mr Au will be going through Ken's case at the SST meeting "
		    "on 24 March.\n",
		"The SENCO will raise his needs at the SSG meeting on "
		    "20 March and write to you afterwards.\n",
		"Ms Ho is presenting Ken's progress at the case meeting on "
		    "Friday 13 March.\n",
		"We will discuss Amy's situation at the LST meeting on "
		    "10 March.\n",
		"Mrs Lam will table Ken's file at the SEN meeting on "
		    "17 March.\n",
	};
	static const char *const yes[] = {
		"We will discuss Ken's progress at the meeting with you on "
		    "10 March at 4 pm.\n",
		"We will go through Ken's case with you at the meeting on "
		    "Thursday 12 March at 4 pm.\n",
		"I'd like to invite you to discuss Ken's needs at the IEP "
		    "meeting on 20 March.\n",
		"We look forward to seeing you at the meeting on 12 March at "
		    "4 pm.\n",
		"Ms Ho will chair the meeting with you on 13 March at 9 am.\n",
	};
	(void)state;
	meets_not(no, N(no));
	meets(yes, N(yes));
	run(no[0]);
	assert_int_equal(ex.ncommitments, 1);
}

/* A diary or list said to be full: a limit (deflection), no meeting. */
static void
test_capacity(void **state)
{
	static const char *const full[] = {
		"My Saturday mornings are fully booked until the summer, so "
		    "a weekday slot is the only option for you.\n",
		"Our waiting list for the free tutoring scheme is closed.\n",
		"Her diary is fully booked until Easter.\n",
		"The Friday slots are all taken until June, I'm afraid.\n",
		"Places on the summer programme are full this year.\n",
		"The therapist's caseload is full this term.\n",
	};
	static const char *const not_full[] = {
		"The class is full of energy this week.\n",
		"I have booked the hall for Ken's class.\n",
		"Thank you for your full support.\n",
		"The list of words is in his bag.\n",
		"The door is closed at 8 am for safety.\n",
	};
	(void)state;
	int bad = 0;
	meets_not(full, N(full));
	for (size_t k = 0; k < N(full); k++) {
		run(full[k]);
		if (ex.ndeflections != 1 && ++bad)
			print_message("%zu deflections: %s", ex.ndeflections,
			    full[k]);
	}
	for (size_t k = 0; k < N(not_full); k++) {
		run(not_full[k]);
		if (ex.ndeflections != 0 && ++bad)
			print_message("a deflection: %s", not_full[k]);
	}
	assert_int_equal(bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_booked_review),
		cmocka_unit_test(test_parent_session),
		cmocka_unit_test(test_join_invitation),
		cmocka_unit_test(test_my_call),
		cmocka_unit_test(test_call_when),
		cmocka_unit_test(test_call_as_discussed),
		cmocka_unit_test(test_case_at_meeting),
		cmocka_unit_test(test_capacity),
	};
	return cmocka_run_group_tests_name("extract_meet", tests, NULL,
	    teardown);
}
