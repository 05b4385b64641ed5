/*
 * test_extract_round16.c — round 16 (issue 17): the English meeting
 * forms blind batch U missed, each written here as a form in words of
 * this file's own beside sentences of the same look that must not
 * match: a call named as a noun with an adjective before it ("a brief
 * call"), a room the writer has booked for a talk, a review of the
 * child's plan named with "of" and a possessive, a closing "see you on
 * <day>" that points back to the meeting already fixed, and a
 * disclaimer fenced off by a divider line.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,"

/* A call fixed for a day, named as a noun with words before it: "a
 * brief call", "a ten-minute call", "a follow-up call". */
static void
test_call_noun(void **state)
{
	static const struct variant yes[] = {
	    { "I've put us down for a brief call on Thursday 12 March at 4.30 pm.", "2026-03-12" },
	    { "Mr Wong has set up a follow-up call with you for Tuesday 10 March at 5 pm.", "2026-03-10" },
	    { "There is a ten-minute call booked for Friday 13 March at 3:15pm.", "2026-03-13" },
	    { "I have pencilled in a catch-up call on Wednesday 11 March at 4 pm.", "2026-03-11" },
	    { "Our short call is on Monday 9 March at 6 pm, after his swimming.", "2026-03-09" },
	    { "The SENCO will hold a short call with you on 19 March at 10 am.", "2026-03-19" },
	    { "I've booked us a short call for 17 March, 3:45 pm.", "2026-03-17" },
	    { "We have a five-minute call at 9.30 am on Friday 20 March to agree the targets.", "2026-03-20" },
	    { "Ms Tam has arranged a brief call for Thursday 26 March at 1 pm, once she has seen his work.", "2026-03-26" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "Thanks for the short call on Friday 27 February.",
	    "Could we have a brief call on Thursday 12 March at 4 pm?",
	    "A brief call is no substitute for a proper meeting.",
	    "If you would prefer a short call on 12 March at 4pm, let me know.",
	    "The class will sing a call-and-response song on 12 March.",
	    "After our brief call last week, Kit seems happier.",
	    "We had a short call on 25 February about his reading.",
	    NULL };

	(void)state;
	form("call-noun", 'm', EN, yes, no);
	settle();
}

/* A room the writer has booked for a talk with the parent: a meeting
 * fixed by the school, even after "if you would like to talk". */
static void
test_room_booked(void **state)
{
	static const struct variant yes[] = {
	    { "If you'd like to go over the plan in person, I have booked the meeting room for Thursday 12 March at 4 pm.", "2026-03-12" },
	    { "I have reserved the meeting room on the ground floor for Tuesday 10 March at 3:30 pm.", "2026-03-10" },
	    { "If you would like to talk it over, I've booked the small meeting room for 17 March at 11 am.", "2026-03-17" },
	    { "If you wish to see his books, I have booked the meeting room for Friday 13 March, 4.15 pm, so come to the office.", "2026-03-13" },
	    { "We have reserved Room 105 for our meeting on Wednesday 11 March at 2 pm.", "2026-03-11" },
	    { "If you want to discuss it face to face, we have booked a meeting room for Monday 16 March at 5 pm.", "2026-03-16" },
	    { "I have set aside the meeting room next to the library for Thursday 19 March at 9 am.", "2026-03-19" },
	    { "If you would like to come in, I've reserved a meeting room for 24 March at 3 pm; ask for me at reception.", "2026-03-24" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "I have booked the hall for the P3 concert on Friday 13 March.",
	    "If you would like a meeting, let me know and I will book a room.",
	    "I had booked the meeting room for 20 February, but you were unwell.",
	    "If you would like to meet, please tell me which day suits; the meeting room is free on 12 March.",
	    "The meeting room has been booked for the staff meeting on 12 March.",
	    "If you would like to meet, I could book the meeting room for Thursday 12 March.",
	    "Have you booked the meeting room for 12 March?",
	    "If you would like a meeting room for the parents' association, it is free on 12 March.",
	    NULL };

	(void)state;
	form("room-booked", 'm', EN, yes, no);
	settle();
}

/* The child's review, named with "of" and a possessive: "the annual
 * review of Kit's plan will take place on". */
static void
test_review_of_child(void **state)
{
	static const struct variant yes[] = {
	    { "The annual review of Ken's plan will take place on Tuesday 17 March at 4 pm in Room 3.", "2026-03-17" },
	    { "Our next review of his IEP is on Friday 20 March, 3:30-4:15pm.", "2026-03-20" },
	    { "The mid-year review of Kit's support is fixed for Thursday 19 March at 10 am.", "2026-03-19" },
	    { "The termly review of your son's targets will be held on Wednesday 11 March at 2.30 pm.", "2026-03-11" },
	    { "The first review of her learning plan will take place on 24 March, 4:00-4:45 pm, in the SEN room.", "2026-03-24" },
	    { "The final review of Kit's progress this year is set for Monday 23 March at 9 am.", "2026-03-23" },
	    { "The annual review of Amy's provision will be on 26 March, with Ms Ho and the social worker.", "2026-03-26" },
	    { "Our second review of your daughter's plan takes place on Thursday 12 March at 4 pm.", "2026-03-12" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "The panel has scheduled a review of all placements for 20 March.",
	    "The annual review of Ken's plan took place on 20 February.",
	    "The annual review of school policies will take place on 20 March.",
	    "The annual review of Ken's plan will be arranged before the end of March.",
	    "Could the annual review of Ken's plan take place on 20 March?",
	    "Our annual review of the reading scheme is on 20 March.",
	    "The termly review of all SEN provision will be held on 12 March.",
	    NULL };

	(void)state;
	form("review-of-child", 'm', EN, yes, no);
	settle();
}

/* A closing "see you on <day>" after the meeting is fixed is the same
 * meeting, keyed in the sentence that fixes it; a see-you on another
 * day is a meeting of its own. */
static void
test_see_you_points_back(void **state)
{
	static const char *const same[] = {
	    "Dear Mrs Li,\n\nThe annual review of Ken's plan will take place on Tuesday 17 March at 4 pm.\n\nSee you on the 17th.\n",
	    "Dear Mrs Li,\n\nI have booked a review with you for Friday 13 March at 3 pm.\n\nLook forward to seeing you on Friday.\n",
	    "Dear Mrs Li,\n\nOur case conference is set for 19 March at 10 am in the hall.\n\nSee you then, on the 19th!\n",
	    "Dear Mrs Li,\n\nThe IEP review will be held on Wednesday 11 March at 2.30 pm.\n\nThanks, and see you on Wednesday.\n",
	    "Dear Mrs Li,\n\nThe meeting with Ms Ho is on 24 March at 4 pm.\n\nSee you on 24 March.\n",
	    "Dear Mrs Li,\n\nThe annual review of Amy's support is fixed for Thursday 12 March, 4:00-5:00 pm.\n\nI look forward to seeing you on the 12th.\n",
	    "Dear Mrs Li,\n\nYour parent meeting has been set for Monday 9 March at 5 pm.\n\nSee you next Monday.\n",
	    "Dear Mrs Li,\n\nThe IEP review is on 16 March at 9 am.\n\nSee you on 16/3.\n",
	    NULL };
	static const char *const two[] = {
	    "Dear Mrs Li,\n\nThe IEP review will be held on Wednesday 11 March at 2.30 pm.\n\nBefore that, see you at the meeting on Friday 6 March at 4 pm.\n",
	    "Dear Mrs Li,\n\nThe annual review of Ken's plan will take place on Tuesday 17 March.\n\nSee you on the 24th for the case conference too.\n",
	    NULL };

	(void)state;
	want(same, -1, -1, 1);
	for (int k = 0; same[k]; k++) {
		run(same[k]);
		if (ex.nmeetings == 1 && strstr(ex.meetings[0].quote,
		    "ee you") != NULL && strstr(ex.meetings[0].quote,
		    "March") == NULL)
			note("keyed on the see-you: %s", same[k]);
	}
	want(two, -1, -1, 2);
	settle();
}

/* A disclaimer fenced off by a divider line (-, =, _, *) carries
 * nothing, and a divider line is never part of a sentence. */
static void
test_fenced_disclaimer(void **state)
{
	static const char *const none[] = {
	    "Dear Mrs Li,\n\nThank you.\n\nMs Chan\n\n---------------------------------\nOur office will answer enquiries within 3 working days. This email and its attachments are confidential and intended only for the addressee.\n---------------------------------\n",
	    "Dear Mrs Li,\n\nThank you.\n\nMs Chan\n\n=================================\nWe will respond to all emails within two working days.\nThis message is intended solely for the named recipient. If you have received it in error, please delete it.\n=================================\n",
	    "Dear Mrs Li,\n\nThank you.\n\nMs Chan\n_______________________________\nThe school will acknowledge your message within 24 hours. The contents of this email are confidential and may be privileged.\n",
	    "Dear Mrs Li,\n\nThank you.\n\nMs Chan\n\n*******************************\nEnquiries will be answered within five school days. This e-mail may contain privileged information and is intended for the addressee only.\n*******************************\n",
	    "Dear Mrs Li,\n\nThank you.\n\nMs Chan\n\n--------------------------------\n本校會於三個工作天內回覆查詢。此電郵只供收件人使用，內容可能屬機密資料。\n--------------------------------\n",
	    NULL };
	static const char *const one[] = {
	    "Dear Mrs Li,\n\n--------------------------------\nI will send you the plan by Friday 13 March.\n--------------------------------\n\nMs Chan\n",
	    "Dear Mrs Li,\n\nNotes for the term\n================\nMs Ho will send the reading list by 20 March.\n\nMs Chan\n",
	    "Dear Mrs Li,\n\nThank you.\n-----------------------\nPS I will bring the forms on Friday 6 March.\n",
	    NULL };

	(void)state;
	want(none, 0, -1, 0);
	want(one, 1, -1, 0);
	for (int k = 0; one[k]; k++) {
		run(one[k]);
		if (ex.ncommitments == 1 && (strstr(ex.commitments[0].quote,
		    "---") || strstr(ex.commitments[0].quote, "===")))
			note("divider in the quote: %s",
			    ex.commitments[0].quote);
	}
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_call_noun),
		cmocka_unit_test(test_room_booked),
		cmocka_unit_test(test_review_of_child),
		cmocka_unit_test(test_see_you_points_back),
		cmocka_unit_test(test_fenced_disclaimer),
	};
	return cmocka_run_group_tests_name("extract_round16", tests, NULL,
	    teardown);
}
