/*
 * test_extract_round14.c — round 14 (issue 17): the categories blind
 * batch Q missed, each written here as a category in words of this
 * file's own (other nouns, numbers, verbs, registers and orders than
 * the batch's) beside sentences of the same look that must not match:
 * the school granting a place, a number about the child's own progress
 * told plainly, a rule the parent is simply told, a dated action, a
 * question, quoted text, a negation, a feeling.
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

/* Variants this round left as they are (testextract.h). */
static void
left(const char *name, const char *const *texts, size_t want)
{
	deflections_left("Dear Mrs Li,", name, texts, want);
}

/* Places already gone: the supply was given out before the parent
 * asked. */
static void
test_places_gone(void **state)
{
	static const char *const yes[] = {
	    "The drama club is for P5 pupils only, and the eight places went "
	    "in May.",
	    "All twelve places in the social-skills group were taken in "
	    "September.",
	    "The last of the tutoring slots went before Christmas.",
	    "Both seats in the resource room were filled at the start of "
	    "term.",
	    "The remaining places on the summer course were snapped up in "
	    "April.",
	    "Every spot in the handwriting group has already gone.",
	    "The places in the speech group were all allocated last term.",
	    "The ten sessions this term were booked up by October.",
	    "By the time your form reached us, the places had gone.",
	    "Sadly the four OT places went to other pupils last week.",
	    NULL };
	static const char *const no[] = {
	    "Good news: a place has come up for Kit in our Monday reading "
	    "group.",
	    "A place has opened for Kit in the drama club.",
	    "Kit has been given one of the eight places in the group.",
	    "Kit went to the library in May.",
	    "The places went to Kit and two classmates, and he starts on "
	    "Monday 9 March.",
	    "Have the places in the group gone?",
	    "The places have not gone yet, so I have put his name down.",
	    "Kit's worries went away after the first week.",
	    NULL };

	(void)state;
	category("places gone", yes, no);
	settle();
}

/* Eligibility given as a condition the child does not meet yet. */
static void
test_eligibility_condition(void **state)
{
	static const char *const yes[] = {
	    "A new assessment is offered once the last one is more than two "
	    "years old.",
	    "A reassessment is only arranged when the previous report is "
	    "over three years old.",
	    "Under our guidelines a review is offered once the plan has run "
	    "for a full year.",
	    "We refer pupils to the clinic only after two terms of support "
	    "at school.",
	    "The extra sessions are offered only when a child's reading age "
	    "is two years behind.",
	    "A laptop is lent to pupils only once the OT has recommended it "
	    "in writing.",
	    "Tier 3 support is given only to pupils assessed by the EP in "
	    "the last two years.",
	    "Under the policy, a second assessment is offered when the first "
	    "is over three years old.",
	    "Pupils qualify for a reader once they have a diagnosis on "
	    "file.",
	    "Support in the resource room starts only after a term on the "
	    "watch list.",
	    NULL };
	static const char *const no[] = {
	    "A new assessment will be done for Kit on Monday 16 March.",
	    "Kit's last report is two years old.",
	    "Once the report arrives, I will send you a copy by Friday 13 "
	    "March.",
	    "Is a reassessment offered once the report is three years old?",
	    "Kit qualifies for a reader, and one will sit with him from "
	    "Monday 9 March.",
	    "Kit's reading age is two years behind his age.",
	    "Please return the form once you have signed it.",
	    NULL };

	(void)state;
	category("eligibility", yes, no);
	settle();
}

/* One supply (a grant, a teacher, a therapist) stretched across many
 * pupils, in any wording. */
static void
test_stretched(void **state)
{
	static const char *const yes[] = {
	    "The grant is already spread across fifty-two pupils this year.",
	    "That is a lot for one teacher with 38 children.",
	    "Our one therapist already covers sixty pupils.",
	    "The budget has to stretch across 45 students.",
	    "Miss Lam is one person looking after more than thirty "
	    "children.",
	    "The funding is shared between twenty-eight pupils on the "
	    "register.",
	    "It would be hard for one teacher across 34 students.",
	    "Our counsellor is already stretched across three hundred "
	    "pupils.",
	    "The two assistants are stretched across twelve classes.",
	    "The money is spread thinly across forty children.",
	    NULL };
	static const char *const no[] = {
	    "There are 34 students in Kit's class.",
	    "Kit read 38 pages this week.",
	    "Kit stretched across the table for the book.",
	    "The grant will pay for Kit's reader from Monday 9 March.",
	    "Is the grant spread across many pupils?",
	    "Kit scored 45 out of 50 in the spelling test.",
	    "Miss Lam teaches 32 children in 4B.",
	    NULL };

	(void)state;
	category("stretched", yes, no);
	settle();
}

/* Progress offered as reassurance: better than before, no figures —
 * like the other forms of the child doing well, read only in a reply
 * (test_extract_roles.c: none in news nobody asked for). */
static void
test_progress(void **state)
{
	static const char *const yes[] = {
	    "His teachers say he is a good deal more settled than he was in "
	    "September.",
	    "Kit seems much calmer than he was last term.",
	    "She is far more confident now than at the start of the year.",
	    "He is a lot happier than he was before Christmas.",
	    "Kit is a great deal more focused than he was in the autumn.",
	    "I'm told she is much more settled than she was in P3.",
	    "He is noticeably more relaxed than he was a month ago.",
	    "Kit has become far more settled since the spring.",
	    "She is a good deal steadier than she was at the start of term.",
	    "His class teacher finds him much more at ease than he was in "
	    "January.",
	    NULL };
	static const char *const no[] = {
	    "Kit read 40 words a minute in September and 62 now.",
	    "Kit is taller than he was in September.",
	    "Kit's score rose from 12 to 18 in the March test.",
	    "Is he more settled than he was in September?",
	    "Kit is not more settled than he was in September.",
	    "He was more settled in September than he is now.",
	    "Kit is two years older than his sister.",
	    NULL };

	int bad;

	(void)state;
	bad = reply_forms_misread(yes, no, 0);
	print_message("variants progress (in a reply, none unasked): %d "
	    "misread of %zu\n", bad, sizeof(yes) / sizeof(yes[0]) * 2 - 2 +
	    sizeof(no) / sizeof(no[0]) - 1);
	assert_int_equal(bad, 0);
}

/* Another's consent stands before what the parent asked. */
static void
test_consent_other(void **state)
{
	static const char *const yes[] = {
	    "We release a pupil's records to outside bodies only with her "
	    "own signature on the consent form.",
	    "We can send the report on only with the student's written "
	    "consent.",
	    "Reports go to tutors only with the signature of both parents.",
	    "Records can be shared only once Kit himself has signed the "
	    "form.",
	    "Since she turned eighteen, we need her own consent before we "
	    "share anything.",
	    "The file can only be passed on with his father's signature as "
	    "well.",
	    "Information is released only with the written agreement of the "
	    "young person.",
	    "We may share notes only with the consent of the other parent.",
	    "Her records go out only on her own signed request.",
	    "Without the student's own signature we cannot pass the report "
	    "on.",
	    NULL };
	static const char *const no[] = {
	    "Please sign the consent form and return it by Friday 13 March.",
	    "Kit signed his name on the card.",
	    "Do we need her signature on the form?",
	    "I received your signature on the consent form yesterday.",
	    "\"Only with her own signature,\" the form says.",
	    NULL };

	/* read as a wait on the parent before this round (the "once"
	 * condition form); a concrete act, and none of this category's */
	static const char *const left_no[] = {
	    "I will send the report once we receive your signed consent "
	    "form.",
	    NULL };

	(void)state;
	category("consent", yes, no);
	settle();
	left("consent", left_no, 0);
	still_open(1);
}

/* A decision deferred to a later event. */
static void
test_deferred_to_event(void **state)
{
	static const char *const yes[] = {
	    "Places in the small class are settled only after the placement "
	    "tests in late August.",
	    "Groups are decided only once the mid-year exams have been "
	    "marked.",
	    "Class lists are fixed only after the summer assessments.",
	    "The timetable for support is set only after the September "
	    "screening.",
	    "Sets for Maths are finalised only once the entry tests are in.",
	    "We decide the reader list only after the mock exams.",
	    "Who joins the group is settled only when the new intake has "
	    "been tested.",
	    "Tutoring places are confirmed only after the review in June.",
	    "Seats in the extension class are decided after the end-of-term "
	    "tests, so I can't say yet.",
	    "The form groupings are only worked out after the placement "
	    "tests.",
	    NULL };
	static const char *const no[] = {
	    "The placement tests are on Monday 24 August.",
	    "After the placement tests, Kit will join 1B on Monday 31 "
	    "August.",
	    "I will send you the results after the tests, by Friday 28 "
	    "August.",
	    "Are places settled only after the tests?",
	    "Kit did well in the placement tests.",
	    "Kit sat the placement tests after the summer.",
	    NULL };

	(void)state;
	category("deferred", yes, no);
	settle();
}

/* Must-nots: a feeling, a place granted, a plain account — no
 * deflection. ("I'll miss them" is still read as a commitment, a verb of
 * feeling after the marker: commitments.c's state_verb_after(), not
 * this round's files.) */
static void
test_must_nots(void **state)
{
	static const char *const none[] = {
	    "Dear Mrs Li,\n\nIt has been a privilege to teach this class, "
	    "and I'll miss them.\n",
	    "Dear Mrs Li,\n\nGood news: a place has come up for Kit in our "
	    "Saturday handwriting group.\n",
	    "Dear Mrs Li,\n\nKit cried twice at break this week, both times "
	    "after being bumped in the queue.\n",
	    NULL };

	(void)state;
	want(none, -1, 0, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places_gone),
		cmocka_unit_test(test_eligibility_condition),
		cmocka_unit_test(test_stretched),
		cmocka_unit_test(test_progress),
		cmocka_unit_test(test_consent_other),
		cmocka_unit_test(test_deferred_to_event),
		cmocka_unit_test(test_must_nots),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
