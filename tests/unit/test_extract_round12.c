/*
 * test_extract_round12.c — round 12 (issue 17): the categories blind
 * batch P missed, each written here as a category in words of this
 * file's own (other nouns, numbers, verbs and orders than the batch's)
 * beside sentences of the same look that must not match: the school
 * granting, paying or acting with a date, a number about the child, a
 * question, quoted text, a negation, a visit or a hand-over done.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

/* Each yes sentence is one deflection, each no sentence none
 * (testextract.h). */
static void
category(const char *name, const char *const *yes, const char *const *no)
{
	deflection_category("Dear Mrs Li,", name, yes, no);
}

/* A queue given as the answer, in any wording: how many stand ahead,
 * the order a service keeps, the wait it quotes. */
static void
test_queue(void **state)
{
	static const char *const yes[] = {
	    "There are still 31 pupils ahead of Kit for the reading group.",
	    "At the moment twelve families are in front of you for a slot.",
	    "Kit is number 19 on the list for the social-skills group.",
	    "The therapist sees children strictly in the order of referral.",
	    "Places are given on a first-come, first-served basis.",
	    "The clinic works through referrals in date order.",
	    "The hospital is quoting around eight months for a first "
	    "appointment.",
	    "The current waiting time for an assessment is about a year.",
	    "The wait for a new case at the centre is roughly six months.",
	    "New referrals are waiting up to fourteen months to be seen.",
	    "The psychologist takes cases in the order they reach her.",
	    "Kit is 23rd in the queue for the group.",
	    NULL };
	static const char *const no[] = {
	    "Kit was ahead of the class in the spelling test.",
	    "Kit's reading age is about eight months behind.",
	    "Kit is number 4 in the class register.",
	    "There are 31 pupils in Kit's class this year.",
	    "Is the waiting time for an assessment about a year?",
	    "Ms Chan will see Kit on Friday 6 March, ahead of the others.",
	    "Kit will be seen first, before the other pupils, on Friday 6 "
	    "March.",
	    "The order of the pages does not matter.",
	    NULL };

	(void)state;
	category("queue", yes, no);
	settle();
}

/* A resource already taken by another group of pupils. */
static void
test_allocation(void **state)
{
	static const char *const yes[] = {
	    "Every seat in the homework club has gone to P5 and P6 pupils.",
	    "The sensory room is booked every afternoon by the P1 classes.",
	    "All the places on the trip have gone to this year's S4.",
	    "The library study room is taken every lunchtime by the prefects.",
	    "Each slot with the counsellor is already taken by S6 students.",
	    "The music room is used every recess by the choir.",
	    "The remaining tutoring places went to the Tier 3 pupils.",
	    "Both teaching assistants are assigned full-time to the P1 "
	    "classes.",
	    "The quiet room is occupied at lunch by the S5 study group.",
	    "The OT's Tuesday sessions are all booked by the K3 children.",
	    NULL };
	static const char *const no[] = {
	    "A place in the homework club has gone to Kit from Monday 9 "
	    "March.",
	    "We have booked the music room for Kit's lessons on Friday 6 "
	    "March.",
	    "Kit used the quiet room every lunchtime last week.",
	    "Has every place in the club gone to P6 pupils?",
	    "The prize went to Kit for her writing.",
	    "Kit's class is booked into the library every Monday.",
	    "The sensory room is not booked by any class at lunch, so Kit "
	    "may use it.",
	    NULL };

	(void)state;
	category("allocation", yes, no);
	settle();
}

/* A service's scope that leaves this out, and a price on top: outside
 * the package, not covered by the subsidy. */
static void
test_outside_scope(void **state)
{
	static const char *const yes[] = {
	    "School visits are $800 each and sit outside the funded package.",
	    "Home programmes fall outside the subsidised service.",
	    "Group outings are outside the scope of the scheme.",
	    "Holiday sessions are not covered by the subsidy.",
	    "Extra reports are not part of the subsidised package.",
	    "Transport is not included in the grant-funded programme.",
	    "Individual sessions lie outside what the scheme provides.",
	    "The visits are HK$700 each, which the subsidy does not cover.",
	    "Video feedback sits outside the services the centre is funded "
	    "for.",
	    "Weekend sessions are beyond the scope of the programme.",
	    NULL };
	static const char *const no[] = {
	    "The visits are covered by the subsidy, so there is no charge.",
	    "Kit waits outside the office after school.",
	    "The programme runs outside school hours on Fridays.",
	    "Kit's reading age is outside the normal range.",
	    "Is transport included in the programme?",
	    "Kit scored 95 in the test, outside the top band.",
	    "We play outside the hall at break.",
	    NULL };

	(void)state;
	category("outside scope", yes, no);
	settle();
}

/* The decision held by somebody else: the writer only advises, or
 * another body handles the matter. */
static void
test_others_decide(void **state)
{
	static const char *const yes[] = {
	    "I can suggest it, but the decision is the panel's.",
	    "We can advise, but the final decision lies with the hospital.",
	    "The choice of school is ultimately theirs, not ours.",
	    "I can only make a recommendation; the committee decides.",
	    "That call belongs to the Examinations Committee, not to me.",
	    "Eye tests are handled by the Department of Health.",
	    "Bus passes are dealt with by the Transport Department, not the "
	    "school.",
	    "Hearing aids are managed by the Hospital Authority's audiology "
	    "clinic.",
	    "Vaccinations are arranged by the Student Health Service, not by "
	    "the school.",
	    "The final say rests with the Social Welfare Department.",
	    "We can put the case forward, but the decision is not ours.",
	    NULL };
	static const char *const no[] = {
	    "The decision is yours, and we will support either choice.",
	    "Ms Chan will handle the form by Friday 6 March.",
	    "The committee decided to give Kit extra time.",
	    "The matter is handled by Ms Chan, who will call you on Friday 6 "
	    "March.",
	    "Is the decision the panel's?",
	    "Kit made a good decision in the game.",
	    "The trip is arranged by Ms Wong for Friday 6 March.",
	    "Vaccinations are arranged by the Student Health Service.",
	    NULL };

	(void)state;
	category("others decide", yes, no);
	settle();
}

/* The matter made ordinary: many children of an age do it still, or
 * change of themselves once they move on. */
static void
test_normalising(void **state)
{
	static const char *const yes[] = {
	    "Lots of P3 children still reverse their letters at eight.",
	    "Plenty of K2 children are still doing this at five.",
	    "Many children of his age still do the same.",
	    "Most S1 boys are still like this in their first term.",
	    "A lot of quiet children open up once they reach P2.",
	    "Many shy pupils find their voice once they move up to "
	    "secondary.",
	    "Plenty of children who cry at drop-off settle once they are in "
	    "K2.",
	    "Lots of pupils his age are still doing this.",
	    "Most children grow out of it by the time they are seven.",
	    "Many of our P1s do exactly this in the first weeks.",
	    NULL };
	static const char *const no[] = {
	    "Many children still have not returned the consent form.",
	    "Lots of P3 children will join the trip on Friday 6 March.",
	    "Plenty of pupils signed up for the choir.",
	    "Most of the class scored above 80 in the test.",
	    "Do many children still do this at eight?",
	    "Many children in P3 are eight.",
	    "Kit is still doing this at eight.",
	    NULL };

	(void)state;
	category("normalising", yes, no);
	settle();
}

/* Time preferred to action: "would rather watch her than assess". */
static void
test_rather_watch(void **state)
{
	static const char *const yes[] = {
	    "We would rather observe him for a few more weeks than refer "
	    "him now.",
	    "I'd prefer to watch her until Easter before we act.",
	    "We would sooner keep an eye on things than rush into a referral.",
	    "We'd rather wait and watch him for the rest of the term.",
	    "We prefer to monitor her a little longer rather than assess now.",
	    "I would rather give him the rest of the year than label him.",
	    "We would rather hold back on a referral for now.",
	    "We would prefer to see how she does over the next term.",
	    "I'd rather leave it until the summer than change his class.",
	    "Our preference is to observe him for another month.",
	    NULL };
	static const char *const no[] = {
	    "We would rather you called the office than emailed.",
	    "Kit would rather read than draw.",
	    "We would prefer to meet on Friday 6 March at 4 pm.",
	    "I'd rather refer him now, so I will send the form on Friday 6 "
	    "March.",
	    "Would you rather we watched him for a few weeks?",
	    "I will watch his PE lesson on Friday 6 March.",
	    NULL };

	(void)state;
	category("rather watch", yes, no);
	settle();
}

/* Other families' privacy: what another pupil was given cannot be
 * told. */
static void
test_privacy(void **state)
{
	static const char *const yes[] = {
	    "The consequence given to the other boy cannot be shared with "
	    "you.",
	    "We are unable to tell other parents about the pupils involved.",
	    "Any action taken with the other pupils cannot be disclosed.",
	    "I cannot pass on details of the other child's sanction.",
	    "What happens to the pupils involved stays with their families.",
	    "The outcome for the other girl cannot be revealed to other "
	    "parents.",
	    "We do not disclose the punishments of the pupils involved.",
	    "I'm not able to share what was decided for the other student.",
	    "The details of the other boy's detention are confidential.",
	    "The other pupil's discipline record cannot be released.",
	    NULL };
	static const char *const no[] = {
	    "We will tell you what happens to the other boy by Friday 6 "
	    "March.",
	    "Kit played with the other boy at break.",
	    "Please do not share the photos with other parents.",
	    "Can you share the details with other parents?",
	    "The other pupils will join the trip on Friday 6 March.",
	    "We shared Kit's plan with her teachers on Monday.",
	    NULL };

	(void)state;
	category("privacy", yes, no);
	settle();
}

/* A row of actions with a vague verb, an owner and no date. */
static void
test_vague_row(void **state)
{
	static const char *const yes[] = {
	    "4. Look at whether Kit can sit nearer the board\n   Who: Ms "
	    "Chan (SENCO)\n   When: TBC",
	    "3. Explore whether Kit can have a locker downstairs\n   Who: Mr "
	    "Ho\n   When: to be confirmed",
	    "2. Consider a reading buddy for Kit\n   Who: Ms Lau (class "
	    "teacher)\n   When: TBC",
	    "5. Review the seating plan for Kit\n   Who: Mr Ho (SST)\n   When: "
	    "later in the term",
	    "1. Discuss a quieter exam room for Kit\n   Who: Ms Chan\n   When: "
	    "TBC",
	    "6. Look into a laptop for Kit's essays\n   Who: Mr Yip (IT)\n   "
	    "When: tbc",
	    "7. Think about a later start for Kit on Mondays\n   Who: Ms "
	    "Wong\n   When: TBC",
	    "8. Check with the OT about a wobble cushion for Kit\n   Who: Ms "
	    "Lau\n   When: to be decided",
	    "9. Follow up on Kit's hearing report\n   Who: Miss Kwan\n   When: "
	    "TBC",
	    "10. See whether Kit can leave class five minutes early\n   Who: "
	    "Mr Ho\n   When: TBC",
	    NULL };
	static const char *const no[] = {
	    "4. Look at whether Kit can sit nearer the board\n   Who: Ms "
	    "Chan (SENCO)\n   When: by 6/3",
	    "3. Move Kit's locker downstairs\n   Who: Mr Ho\n   When: TBC",
	    "2. Send the reading list home\n   Who: Ms Lau\n   When: Friday",
	    "5. Review the seating plan for Kit\n   Who: Mr Ho (SST)\n   When: "
	    "by Friday 6 March",
	    "1. Give Kit a rest-break card\n   Who: Miss Kwan\n   When: within "
	    "2 weeks",
	    NULL };

	(void)state;
	category("vague row", yes, no);
	settle();
}

/* Not deflections: a visit dated by a holiday (vague, concrete), a
 * hand-over done, a decision granted. */
static void
test_done_or_concrete(void **state)
{
	static const char *const no[] = {
	    "I'll also drop in on one of his PE lessons at some point after "
	    "Easter to see how he copes.",
	    "I will pop into her music class after the holidays to see how "
	    "she manages.",
	    "Ms Chan will sit in on a maths lesson after Easter to see how "
	    "Kit gets on.",
	    "I'll visit the class one morning after half-term to see how he "
	    "settles.",
	    "I have passed your notes on his diet to all his teachers.",
	    "I have given your letter to the class teacher and the SENCO.",
	    "We have shared your report with every subject teacher.",
	    "The committee has decided that Kit will have 25 per cent extra "
	    "time.",
	    NULL };
	static const char *const yes[] = {
	    "We'll give it a few weeks to see how he copes.",
	    NULL };

	(void)state;
	category("concrete or done", yes, no);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_queue),
		cmocka_unit_test(test_allocation),
		cmocka_unit_test(test_outside_scope),
		cmocka_unit_test(test_others_decide),
		cmocka_unit_test(test_normalising),
		cmocka_unit_test(test_rather_watch),
		cmocka_unit_test(test_privacy),
		cmocka_unit_test(test_vague_row),
		cmocka_unit_test(test_done_or_concrete),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
