/*
 * test_extract_round11.c — round 11 (issue 17): the categories blind
 * batch O missed, each written here as a category (other nouns, verbs,
 * amounts and orders than the batch's) beside sentences of the same
 * look that must not match: the school paying, a resource offered to
 * the child, a number about the child, a rule the parent is asked to
 * follow, a dated promise, a question, quoted text, a negation.
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

/* A price the family bears: an amount beside a word of charging. */
static void
test_cost(void **state)
{
	static const char *const yes[] = {
	    "An occupational therapy session costs HK$950 per hour.",
	    "Each home visit is charged at $1,200.",
	    "The social-skills group is available as an extra at HK$400 a "
	    "session.",
	    "The summer programme fee is HK$3,500 per child.",
	    "Parents pay $150 per lesson for the after-school tutoring.",
	    "A written report from our psychologist carries a fee of "
	    "HK$4,000.",
	    "Holiday speech therapy is offered at HK$600 per session.",
	    "There is a charge of $80 per visit for the learning centre.",
	    "The assessment costs around HK$12,000, payable by the family.",
	    "Transport to the centre is $45 per trip, which parents cover.",
	    "Extra tutoring is billed at HK$350 an hour.",
	    "Observation in class comes at a price of HK$2,000 each time.",
	    "Individual coaching is an add-on at $90 a session.",
	    NULL };
	static const char *const no[] = {
	    "The school will pay the HK$1,800 fee for the visit.",
	    "The HK$220 charge has been waived for Kit.",
	    "We will refund the $300 you paid for the trip by Friday 6 March.",
	    "Kit scored 85 per cent in the test.",
	    "Please pay the $50 trip fee by Friday 6 March.",
	    "Does the session cost HK$500?",
	    "The school covers the HK$2,000 cost of the assessment.",
	    "You wrote that \"the tutor charges $300 an hour\".",
	    "The holiday session does not cost anything.",
	    "The grant pays the HK$600 fee for each of Kit's sessions.",
	    "Kit won a prize of $500 in the writing contest.",
	    NULL };

	(void)state;
	category("cost", yes, no);
	settle();
}

/* A support kept for a class of pupils the child is not said to be in. */
static void
test_eligibility(void **state)
{
	static const char *const yes[] = {
	    "Scribes are only provided to pupils with an assessment report.",
	    "Extra time is given to students who hold a report from the CAC.",
	    "The reading group is open only to children whose reading age is "
	    "two years behind.",
	    "Small-group support is reserved for students on Tier 3.",
	    "Our counselling places are kept for pupils referred by the EP.",
	    "The resource room is limited to those on the SEN register.",
	    "Tier 3 sessions are restricted to children identified in the P1 "
	    "screening.",
	    "The quiet room is only for students with an IEP.",
	    "Sensory breaks are available only to pupils who have an OT "
	    "report.",
	    "Speech therapy is offered only to children assessed before P2.",
	    "Laptops in exams go to students whose handwriting speed is "
	    "below the cut-off.",
	    "The guidelines keep enlarged papers for candidates with a visual "
	    "impairment.",
	    NULL };
	static const char *const no[] = {
	    "We will give Kit extra time in the exam from 6 March.",
	    "Kit has a place in the reading group for pupils on Tier 3.",
	    "The reading group is open to all pupils.",
	    "Is the quiet room only for students with an IEP?",
	    "Extra time is not limited to students with a report.",
	    "Kit's reading age is two years behind.",
	    "Ms Chan will meet pupils with an IEP on Friday 6 March.",
	    "The prize is given to students who finish the reading list.",
	    NULL };

	(void)state;
	category("eligibility", yes, no);
	settle();
}

/* A supply counted or allocated already: a number for all, a long
 * list, hours handed out at the start of the year, pupils queuing. */
static void
test_allocation(void **state)
{
	static const char *const yes[] = {
	    "We have six iPads for the entire school.",
	    "There are two counsellors for 900 students.",
	    "The waiting list runs to about forty pupils.",
	    "The waiting list stands at twenty-five children.",
	    "The therapist's timetable for this term was fixed in August.",
	    "The OT hours for the year were allocated in September.",
	    "All the sessions have already been allocated for this term.",
	    "Pupils are queuing for a place in the group.",
	    "More than thirty families are waiting for a place.",
	    "The places in the social group were all taken at the start of "
	    "the year.",
	    "We have one teaching assistant to share across six classes.",
	    "The psychologist's caseload for the year was agreed in June.",
	    NULL };
	static const char *const no[] = {
	    "We have bought a new laptop for Kit.",
	    "Kit got 18 out of 20 in dictation.",
	    "There are 30 pupils in Kit's class.",
	    "We have set aside two sessions a week for Kit from Monday 9 "
	    "March.",
	    "The timetable for next term will be set by Friday 6 March.",
	    "Kit has been allocated a place in the group.",
	    "Is the waiting list long?",
	    "Kit's seat was fixed in September.",
	    NULL };

	(void)state;
	category("allocation", yes, no);
	settle();
}

/* A rule or a policy that shuts the request out, and the decision said
 * to be another body's. */
static void
test_rules(void **state)
{
	static const char *const yes[] = {
	    "Subject choices are not reopened once the term has started.",
	    "Class lists are not revisited during the school year.",
	    "Our policy allows phones only from S4.",
	    "School rules permit calculators only in S2 and above.",
	    "This is not something the grant is meant to cover.",
	    "The fund is not designed to pay for private tutoring.",
	    "The timetable is not changed mid-year.",
	    "Seat changes are only made at the start of each term.",
	    "Seating in 4C is decided by the class teachers' meeting.",
	    "Group placements are done by the SENCO team.",
	    "Which class he joins is determined by the placement panel.",
	    "Whether to adopt the plan rests with the school's support team.",
	    NULL };
	static const char *const no[] = {
	    "Please follow the school rules on phones.",
	    "We will reopen the application on Monday 9 March.",
	    "The rules allow Kit to use the lift.",
	    "Is the timetable changed mid-year?",
	    "The class committee will decide on seating by Friday 6 March.",
	    "The decorations were done by the pupils.",
	    "The grant is designed to help pupils like Kit, and we will use "
	    "it for his tutoring from Monday 9 March.",
	    NULL };

	(void)state;
	category("rules", yes, no);
	settle();
}

/* What the parent asks for holds other pupils' data, or another
 * family's confidence. */
static void
test_privacy(void **state)
{
	static const char *const yes[] = {
	    "Those records mention other pupils by name.",
	    "The incident log contains other children's details.",
	    "The CCTV footage shows other students.",
	    "The report names other children in the class.",
	    "What I discuss with other parents stays confidential.",
	    "Conversations with other families are kept between us.",
	    "I can't share another child's information.",
	    "The minutes include personal data of other students.",
	    NULL };
	static const char *const no[] = {
	    "The report names Kit's strengths.",
	    "Please keep the class list confidential.",
	    "We will send you Kit's records by Friday 6 March.",
	    "Did the records name other pupils?",
	    "Kit played well with other children at recess.",
	    NULL };

	(void)state;
	category("privacy", yes, no);
	settle();
}

/* Somebody else's agreement must come first. */
static void
test_consent(void **state)
{
	static const char *const yes[] = {
	    "The other parents would also have to agree in writing.",
	    "Both parents would need to consent before the assessment.",
	    "The centre would need to agree to the visit first.",
	    "Her class teacher would also need to sign off on the change.",
	    "This would require the written agreement of the other family.",
	    NULL };
	static const char *const no[] = {
	    "Ms Chan has agreed to the visit on Friday 6 March.",
	    "We agree with your suggestion.",
	    "Please sign the consent form by Friday 6 March.",
	    "Would you agree to a visit?",
	    NULL };

	(void)state;
	category("consent", yes, no);
	settle();
}

/* The worry made ordinary: usual at this age, a kind seen often, the
 * staff's experience. */
static void
test_normalising(void **state)
{
	static const char *const yes[] = {
	    "Squabbles over friends are very much part of growing up at this "
	    "age.",
	    "This is the kind of thing we see a lot in P1 boys.",
	    "Tantrums like this are common in three-year-olds.",
	    "Falling out with friends is a normal part of Primary 4.",
	    "This is something we see in many children his age.",
	    "A dip in marks is quite common in the first term of S1.",
	    "That is typical for his age.",
	    "Our staff are very experienced with cases like this.",
	    "Our teachers have handled many similar cases.",
	    "Mixing up b and d is a stage most six-year-olds go through.",
	    NULL };
	static const char *const no[] = {
	    "Kit is part of the football team.",
	    "Is this common at his age?",
	    "This is not typical for his age, so we will refer him to the EP "
	    "by Friday 6 March.",
	    "Our staff will see Kit on Friday 6 March.",
	    "Mr Wong is very experienced and will take the class from Monday "
	    "9 March.",
	    NULL };

	(void)state;
	category("normalising", yes, no);
	settle();
}

/* Time as the plan: leave a change in place for a while, hope to start
 * something some day. */
static void
test_wait_hope(void **state)
{
	static const char *const yes[] = {
	    "Let's keep the new desk arrangement for two weeks and see.",
	    "We'd like to leave the timetable as it is for a month.",
	    "We will keep the current plan in place for a few weeks.",
	    "We are hoping to start a reading club for P3.",
	    "We hope to set up a social-skills group next year.",
	    "The school is hoping to run a homework club at some point.",
	    NULL };
	static const char *const no[] = {
	    "We hope you had a good holiday.",
	    "We are starting a reading club for P3 on Monday 9 March.",
	    "Please leave the bag in the classroom.",
	    "Kit hopes to join the choir.",
	    NULL };

	(void)state;
	category("wait-hope", yes, no);
	settle();
}

/* A recurring duty from a date is due on that date; a review "where we
 * go over" the child's progress, booked for a day, is a meeting. */
static void
test_recurring_review(void **state)
{
	static const char *const meeting[] = {
	    "Dear Mrs Li,\nOur termly review, where we look at Kit's progress "
	    "together, is booked for Saturday 14 March at 10:00 am.\n",
	    NULL };

	(void)state;
	want(meeting, 0, 0, 1);
	run("Dear Mrs Li,\nMs Chung has been asked to meet Kit every Monday "
	    "and Thursday morning before registration, starting on 9 March.\n");
	due_is("every Monday", "2026-03-09");
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cost),
		cmocka_unit_test(test_eligibility),
		cmocka_unit_test(test_allocation),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_privacy),
		cmocka_unit_test(test_consent),
		cmocka_unit_test(test_normalising),
		cmocka_unit_test(test_wait_hope),
		cmocka_unit_test(test_recurring_review),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
