/*
 * test_extract_round13.c — round 13 (issue 17), English: the structures
 * the blind batches L-P missed, each written here as a form (other
 * names, verbs, dates and orders than the letters') beside must-nots of
 * the same shape: the parent asked to act, a past report, a question,
 * quoted text, the child's own future. Read against Monday 2 March 2026.
 */
#include "testextract.h"

#define EN	"Dear Mrs Li,"

/* "Tiago's homework will be cut to two subjects a night": a concrete
 * change in the passive with no agent is a vague commitment. */
static void
test_passive_change(void **state)
{
	static const struct variant yes[] = {
	    { "Until then, Kit's homework will be cut to two subjects a night.", "" },
	    { "Kit's reading load will be reduced to one book a week.", "" },
	    { "His worksheets will be enlarged to A3.", "" },
	    { "Ben's seat will be moved to the front of the class.", "" },
	    { "Ella's homework will be limited to thirty minutes a night.", "" },
	    { "For now, Kit's spelling list will be shortened to ten words.", "" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "Kit's homework was cut to two subjects a night last term.",
	    "Will Kit's homework be cut to two subjects a night?",
	    "Kit's handwriting will get better with practice.",
	    "The school will be closed on 26 March.",
	    "You wrote that \"his homework will be cut to two subjects\".",
	    "The report will be written in English.",
	    NULL };

	(void)state;
	form("passive-change", 'c', EN, yes, no);
	still_open(2);
}

/* "I must put a written summary ... in your hands by": the writer's
 * obligation with a date. */
static void
test_must_dated(void **state)
{
	static const struct variant yes[] = {
	    { "Under our agreement I must send you a written summary of his progress by Friday 13 March.", "2026-03-13" },
	    { "The school must give you a copy of the plan by 20 March.", "2026-03-20" },
	    { "I must return the signed forms to you by next Friday.", "2026-03-13" },
	    { "Our SENCO must complete the referral within two weeks.", "2026-03-16" },
	    { "We must put the revised plan in your hands by the end of March.", "2026-03-31" },
	    { "Ms Ho must finish the report by 16 March.", "2026-03-16" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "You must return the reply slip by Friday 13 March.",
	    "Kit must hand in his project by 13 March.",
	    "Must we send you the report by 13 March?",
	    "We had to send the form by 27 February.",
	    "I must say Kit has settled in well.",
	    NULL };

	(void)state;
	form("must-dated", 'c', EN, yes, no);
	still_open(6);
}

/* "pass the outcome on to you the following day": a due counted from an
 * event the sentence dates. */
static void
test_following_day(void **state)
{
	static const struct variant yes[] = {
	    { "The panel meets on 10 March, and I'll pass the outcome on to you the following day.", "2026-03-11" },
	    { "The exam board meets on Thursday 12 March, and I will email you its decision the next day.", "2026-03-13" },
	    { "Kit's assessment is on 9 March, and Ms Lee will send you the scores the following day.", "2026-03-10" },
	    { "The trip is on Friday 6 March, and I will send the photos home the day after.", "2026-03-07" },
	    { "Our staff meeting is on 16 March, and I'll write to you with what was agreed the following day.", "2026-03-17" },
	    { "The committee will decide at its meeting on 20 March, and we will send you the minutes the following day.", "2026-03-21" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "The panel met on 25 February, and I passed the outcome on to you the following day.",
	    "The panel meets on 10 March; please send us your views the following day.",
	    "Will you pass the outcome on to us the following day?",
	    "The panel meets on 10 March, and Kit will hear the outcome the following day.",
	    NULL };

	(void)state;
	form("following-day", 'c', EN, yes, no);
	still_open(6);
}

/* "every Monday and Thursday morning ..., starting next week": a
 * recurring support from a start. */
static void
test_recurring_start(void **state)
{
	static const struct variant yes[] = {
	    { "Ms Chung has been asked to meet Kit every Monday and Thursday morning before registration, starting next week.", "2026-03-15" },
	    { "Mr Lau will see Kit every Tuesday lunchtime to go over his planner, starting on 9 March.", "2026-03-09" },
	    { "Our TA has been asked to check Kit's bag every afternoon, starting next week.", "2026-03-15" },
	    { "From 9 March, Miss Ho will read with Kit every Wednesday and Friday.", "2026-03-09" },
	    { "Starting 16 March, the SENCO will meet Kit each Monday morning.", "2026-03-16" },
	    { "Ms Yip will take Kit to the resource room every Thursday, beginning next week.", "2026-03-15" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "Please check Kit's bag every evening, starting next week.",
	    "Ms Chung met Kit every Monday morning last term.",
	    "Could Ms Chung meet Kit every Monday morning, starting next week?",
	    "Kit has been asked to bring his planner every Monday, starting next week.",
	    NULL };

	(void)state;
	form("recurring-start", 'c', EN, yes, no);
	still_open(1);
}

/* "Our parent review, where we go over Owen's progress together, is
 * booked for ...": a relative clause about the child inside a meeting. */
static void
test_relative_clause(void **state)
{
	static const struct variant yes[] = {
	    { "Our parent review, where we go over Kit's progress together, is booked for Saturday 7 March at 11:00 am.", "2026-03-07" },
	    { "The IEP meeting, at which we will look at Kit's targets, is on Thursday 12 March at 4 pm.", "2026-03-12" },
	    { "Our termly review, where we discuss how Kit is doing, is set for 19 March at 3:30 pm.", "2026-03-19" },
	    { "The case conference, which Kit's therapist will also join, takes place on 10 March at 2 pm.", "2026-03-10" },
	    { "Your meeting with Ms Ho, where we will go through Kit's report, is booked for Friday 13 March at 9:00 am.", "2026-03-13" },
	    { "The review meeting, where we'll go over Kit's reading progress, is scheduled for Monday 16 March at 10 am.", "2026-03-16" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "Our parent review, where we went over Kit's progress together, was held on 27 February.",
	    "Kit's weekly session, where we go over his reading, is booked for Tuesday 3 March at 3 pm.",
	    "Could our parent review, where we go over Kit's progress, be booked for 7 March?",
	    NULL };

	(void)state;
	form("relative-clause", 'm', EN, yes, no);
	still_open(1);
}

/* "I'm confident Ivan will find his feet within a few weeks": the
 * child's future is nobody's promise. */
static void
test_child_future(void **state)
{
	static const struct variant yes[] = {
	    { "I'm confident Kit will settle, and I will send you a progress note by 20 March.", "2026-03-20" },
	    { "I will phone you by Friday 13 March to see how Kit is settling.", "2026-03-13" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "I'm confident Kit will find his feet within a few weeks.",
	    "I'm sure Kit will settle in by the end of the month.",
	    "I expect Kit will catch up within a term.",
	    "I'm certain Mia will make friends soon.",
	    "We're confident that Ben will adapt within a few weeks.",
	    "I believe Kit will get used to the new routine by Easter.",
	    "I'm confident Kit will be reading fluently by June.",
	    NULL };

	(void)state;
	form("child-future", 'c', EN, yes, no);
	still_open(6);
}

/* "will hand our referral form over": a phrasal verb whose particle
 * ends the object. */
static void
test_particle_last(void **state)
{
	static const struct variant yes[] = {
	    { "The kindergarten will hand our referral form over to the clinic by 10 March.", "2026-03-10" },
	    { "Ms Ho will pass the report on to the psychologist by Friday.", "2026-03-06" },
	    { "We'll send the signed forms back by 13 March.", "2026-03-13" },
	    { "I will hand the completed checklist over by next Monday.", "2026-03-09" },
	    { "Our SENCO will give the old reports back to you by 20 March.", "2026-03-20" },
	    { "I'll pass your letter on to the principal by Wednesday.", "2026-03-04" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "Please hand the referral form over by 10 March.",
	    "I handed the referral form over on 27 February.",
	    "Will you hand the form over by 10 March?",
	    "Kit will hand his project over by 10 March.",
	    NULL };

	(void)state;
	form("particle-last", 'c', EN, yes, no);
	still_open(1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_passive_change),
		cmocka_unit_test(test_must_dated),
		cmocka_unit_test(test_following_day),
		cmocka_unit_test(test_recurring_start),
		cmocka_unit_test(test_relative_clause),
		cmocka_unit_test(test_child_future),
		cmocka_unit_test(test_particle_last),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
