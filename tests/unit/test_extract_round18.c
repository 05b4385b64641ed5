/*
 * test_extract_round18.c — round 18 (issue 17): forms a blind batch
 * missed after the last round, each written here in words of this
 * file's own beside sentences of the same look that must not match:
 * a decision the writer disowns ("not really my call"); an action row
 * whose verb nobody can check and whose date is "TBC"; a call arranged
 * for a day and an hour (約個電話); the school year's own end, which is
 * nobody's promise.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit.\n"

/* A negation, at most one hedge word, then a decision the writer
 * disowns: somebody else decides. */
static void
test_not_my_call(void **state)
{
	static const char *const yes[] = {
	    EN "It's not really my call; the office sets the timetable.\n",
	    EN "Honestly, that is not our decision to make.\n",
	    EN "The bus route isn't my department, I'm afraid.\n",
	    NULL };
	static const char *const no[] = {
	    EN "Please call my mobile if anything changes.\n",
	    EN "It was not an easy decision for Kit's class.\n",
	    NULL };

	(void)state;
	want(yes, -1, 1, -1);
	want(no, -1, 0, -1);
	settle();
}

/* A row of an action table with no date, whose action is a verb nobody
 * can check done: a vague commitment and a deflection; a row of the
 * same verb with a date is a commitment only. */
static void
test_row_uncheckable(void **state)
{
	static const char *const undated[] = {
	    "Dear Mrs Li,\nAction | Who | When\n"
	    "Order a sloped desk | Mrs Chan | 20 March\n"
	    "Look into a lunchtime club | SENCO | TBC\n",
	    "Dear Mrs Li,\nAction | Who | When\n"
	    "- Share the spelling list | Mr Lam | 13/3\n"
	    "- Explore a place on the speech group | Ms Yuen | to be confirmed\n",
	    NULL };
	static const char *const dated[] = {
	    "Dear Mrs Li,\nAction | Who | When\n"
	    "Order a sloped desk | Mrs Chan | 20 March\n"
	    "Look into a lunchtime club | SENCO | 27 March\n",
	    NULL };

	(void)state;
	want(undated, 2, 1, -1);
	want(dated, 2, 0, -1);
	run(undated[0]);
	assert_true(commitment_with("lunchtime club")->vague);
	settle();
}

/* 約個電話 at a day and an hour, the writer with the parent: a call is
 * a meeting; asked of the parent, it is not fixed. */
static void
test_arranged_call(void **state)
{
	static const char *const fixed[] = {
	    "陳太：\n評估完我哋約個電話講結果，暫定3月16號（禮拜一）下晝3點，"
	    "我會打你手機。\n",
	    NULL };
	static const char *const asked[] = {
	    "陳太：\n如果你得閒，可唔可以約個電話？\n",
	    NULL };

	(void)state;
	want(fixed, 0, -1, 1);
	want(asked, -1, -1, 0);
	run(fixed[0]);
	assert_string_equal(meeting_with("3月16號")->date, "2026-03-16");
	settle();
}

/* The school year ends: the calendar's event, nobody's promise; the
 * school's own act in the same words stays a commitment. */
static void
test_year_ends(void **state)
{
	static const char *const calendar[] = {
	    "陳太：\n本學年即將結束，多謝家長一年來與學校緊密合作。\n",
	    "陳太：\n本學年將於7月15日結束。\n",
	    NULL };
	static const char *const ours[] = {
	    "陳太：\n學校會於7月15日前將報告寄給家長。\n",
	    NULL };

	(void)state;
	want(calendar, 0, -1, -1);
	want(ours, 1, -1, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_my_call),
		cmocka_unit_test(test_row_uncheckable),
		cmocka_unit_test(test_arranged_call),
		cmocka_unit_test(test_year_ends),
	};
	return cmocka_run_group_tests_name("extract_round18", tests, NULL,
	    teardown);
}
