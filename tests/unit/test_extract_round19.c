/*
 * test_extract_round19.c — round 19 (issue 17): forms a blind trio
 * (BD, BE, BF: outside providers, ordinary school mail, secondary
 * school) missed after round 18, each written here in words of this
 * file's own beside sentences of the same look that must not match:
 * a slot fixed at a day, an hour and a room with the meeting's noun
 * left in the parent's quoted point; "let's have a chat" at a day; a
 * call whose topic is a staff meeting; a booking led in by a
 * suggestion before a colon; a telephone interview; and deflections of
 * position, waiting, an office's remit, a nobody who will sort it out;
 * in Chinese, comment declined, the school's arrangements called
 * fitting, another to be asked first. An action line whose date field
 * is past reports and sets no task.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_slots(void **state)
{
	static const struct variant yes[] = {
	    { "We have fixed it: Wednesday 11 March, 4 pm, in the library.",
	      "2026-03-11" },
	    { "Yes, the date is now confirmed: Friday 13 March at 3:30 pm, Room 204.",
	      "2026-03-13" },
	    { "I'd suggest we look at it together: I've booked Tuesday 10 March, 4 pm, in my office.",
	      "2026-03-10" },
	    { "Let's have a quick chat at the gate on Friday 6 March at 3pm.",
	      "2026-03-06" },
	    { "As we said on Friday, let's have a chat at pick-up on Saturday 7th at 5pm.",
	      "2026-03-07" },
	    { "Ms Ho asked me to say she'll ring you on Tuesday at 4 pm about the team meeting.",
	      "2026-03-03" },
	    { "A telephone interview with our nurse has been scheduled for Thursday 12 March at 10 am.",
	      "2026-03-12" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "The hall is booked for the parents' talk on 11 March at 7 pm.",
	    "Lunch is served at 12:30 in the hall every day.",
	    "The support team meets on Thursday at 4 pm in Room 101.",
	    NULL };

	(void)state;
	form("slot", 'm', EN, yes, no);
	settle();
}

static void
test_deflections_en(void **state)
{
	static const char *const yes[] = {
	    "I'm not really in a position to say whether it is dyslexia.",
	    "Any change to his group must wait until the review is done.",
	    "Fee queries are handled by our central office.",
	    "His desk is wobbly and somebody will sort it out.",
	    NULL };
	static const char *const no[] = {
	    "Your fee query was handled by Ms Ho, who will reply by 6 March.",
	    "He waited until the bell to finish his work.",
	    NULL };

	(void)state;
	deflection_category(EN, "trio2-en", yes, no);
	settle();
}

static void
test_deflections_zh(void **state)
{
	static const char *const yes[] = {
	    "醫生嘅診斷我哋唔方便評論。",
	    "本校已按子軒的需要作出適切安排。",
	    "呢樣要問吓校長先。",
	    NULL };
	static const char *const no[] = {
	    "我已經問咗校長，佢話可以。",
	    "本校會於3月20日前作出適切安排。",
	    NULL };

	(void)state;
	deflection_category(ZH, "trio2-zh", yes, no);
	settle();
}

/* An action line with a past date field reports; with a coming one it
 * is a task. */
static void
test_past_field(void **state)
{
	static const char *const report[] = {
	    EN "\n\nHis spelling score has gone up by ten marks (Ms Ho's check, 20 February).\n",
	    NULL };
	static const char *const task[] = {
	    EN "\n\nSend home the new word list (Ms Ho, 6 March).\n",
	    NULL };

	(void)state;
	want(report, 0, -1, -1);
	want(task, 1, -1, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_deflections_en),
		cmocka_unit_test(test_deflections_zh),
		cmocka_unit_test(test_past_field),
	};
	return cmocka_run_group_tests_name("extract_round19", tests, NULL,
	    teardown);
}
