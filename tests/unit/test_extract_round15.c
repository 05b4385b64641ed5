/*
 * test_extract_round15.c — round 15: the English forms blind batch V
 * missed or misread, each written here as a form in words of this
 * file's own (other nouns, numbers, verbs, registers and orders than
 * the batch's) beside sentences of the same look that must not match.
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

/* An undated future passive of consideration whose agent is a body or
 * a role with a name before it ("by the Examination Committee"): a
 * vague promise of thinking, listed as a deflection (SPEC.md). A
 * concrete passive, a dated one, and "by" before a means are not. */
static void
test_considered_by_body(void **state)
{
	static const char *const yes[] = {
	    "Your request will be considered by the Special Arrangements "
	    "Committee.",
	    "The matter will be discussed by the Student Support Team.",
	    "Kit's case will be reviewed by our SEN Co-ordinator.",
	    "Both points will be looked at by the Learning Support Panel.",
	    "Your suggestion will be considered by the Parent Liaison "
	    "Committee.",
	    "The question of a reader will be reviewed by the Assessment "
	    "Panel.",
	    "Any change to his timetable will be discussed by the P4 "
	    "Level Coordinator.",
	    "Her application will be considered by the Scholarship "
	    "Committee in due course.",
	    NULL };
	static const char *const no[] = {
	    "Your request will be considered by the Special Arrangements "
	    "Committee on 12 March.",
	    "The report will be sent by email.",
	    "The form will be signed by the class teacher by 6 March.",
	    "The matter was discussed by the Student Support Team last week.",
	    "Kit's timetable will be handed to him by the class teacher "
	    "tomorrow.",
	    "Extra time will be given by the Examination Committee in the "
	    "March test.",
	    NULL };

	(void)state;
	category("considered by a body", yes, no);
	settle();
}

/* A team short by a count of its people: a count, a staff noun, then
 * short or down; or "short of" / "fewer" before the count. A count of
 * pupils, pages or marks, or "down" of a place, is not. */
static void
test_short_staffed(void **state)
{
	static const char *const yes[] = {
	    "Our learning support department is three teachers down this "
	    "term.",
	    "The counselling unit is a colleague short until Easter.",
	    "We are two teaching assistants short at the moment.",
	    "Since January the SEN team has been one member short.",
	    "The English panel has two fewer staff than last year.",
	    "The speech team is short of two therapists this term.",
	    "With Mr Lo on leave we are four people down in P3.",
	    "The resource room is currently 2 staff short.",
	    "This year the student support office has one fewer "
	    "counsellor.",
	    NULL };
	static const char *const no[] = {
	    "The reading group is two pupils short of a full class.",
	    "Kit's essay was two pages short.",
	    "Two teachers sat down with Kit after lunch.",
	    "Three members of the team went down to the hall with Kit.",
	    "We are glad to say the team now has two more members.",
	    "Kit scored two marks fewer than last time.",
	    "Two teachers will walk Kit down to the gate at 3:30 pm.",
	    NULL };

	(void)state;
	category("short-staffed", yes, no);
	settle();
}

/* A wait for a place counted in months or years. A wait of days, a
 * wait already over, or months that are not the wait, is not. */
static void
test_months_wait(void **state)
{
	static const char *const yes[] = {
	    "New families usually wait six to nine months for an "
	    "assessment.",
	    "Children referred now are waiting about a year for therapy.",
	    "At present the wait is around 14 months for a weekly slot.",
	    "Most pupils wait up to eighteen months for a place.",
	    "Applicants typically wait 4 to 6 months before a first session.",
	    "Parents who apply today will wait at least a year.",
	    "The clinic tells us children wait over 10 months for a first "
	    "appointment.",
	    "Those on the list wait several months for a group place.",
	    NULL };
	static const char *const no[] = {
	    "Kit has made great progress over the last six months.",
	    "Please wait two days for the reply slip to reach us.",
	    "The group runs for three months from April.",
	    "Kit waited patiently in line for his turn.",
	    "We can't wait to see Kit at the concert in two months.",
	    "The certificate is valid for 12 months.",
	    NULL };

	(void)state;
	category("months of waiting", yes, no);
	settle();
}

/* A provider's own line drawn at schools: a provider, a negation, a
 * deed, then "for schools" or "for school use". The provider doing it,
 * or a negation about the child, is not. */
static void
test_not_for_schools(void **state)
{
	static const char *const yes[] = {
	    "Our clinic does not write letters for schools.",
	    "The centre doesn't release assessment results to schools.",
	    "The hospital does not complete forms for school use.",
	    "Our service does not send therapy notes to third parties.",
	    "The agency doesn't produce summaries for school purposes.",
	    "Unfortunately our practice does not prepare reports for "
	    "schools.",
	    "The centre will not issue a letter for a school without the "
	    "doctor's consent.",
	    "Our therapists don't attend meetings at schools or write for "
	    "schools.",
	    NULL };
	static const char *const no[] = {
	    "Our clinic will write a letter for the school by 13 March.",
	    "The centre sends its reports to schools every term.",
	    "Kit does not need a letter for school use.",
	    "The centre does not open on Sundays.",
	    "Our service does not charge for the first visit.",
	    "The hospital sent the form for school use last week.",
	    NULL };

	(void)state;
	category("not for schools", yes, no);
	settle();
}

/* The writer must first clear the matter with somebody above: a verb
 * of need, then "run it past" / "clear it with" / "get approval from"
 * and a person or role. Having done so, or the parent asked to, is
 * not. */
static void
test_run_past(void **state)
{
	static const char *const yes[] = {
	    "A change of seat is something I would need to run past Mr Ho "
	    "first.",
	    "I will have to clear it with the Vice-Principal before I can "
	    "agree.",
	    "The extra lesson is a matter I must run by the Principal.",
	    "I'll need to get approval from our SENCO for that.",
	    "Moving him to the front row is something I have to check with "
	    "Miss Yip.",
	    "I'd need to run this past the panel head.",
	    "That is one I will need to clear with the Deputy Head.",
	    "We must get the go-ahead from the Principal first.",
	    NULL };
	static const char *const no[] = {
	    "I ran it past Mr Ho yesterday and he agreed.",
	    "I have cleared it with the Vice-Principal, and Kit can move "
	    "seats from Monday.",
	    "Please run it past your doctor first.",
	    "I need to run past the library before the bell.",
	    "Ms Yip checked it with the Principal last week.",
	    NULL };

	(void)state;
	category("run past", yes, no);
	settle();
}

/* A service run by an outside body, set against the school: "arranged
 * by the NGO, so we cannot ...". The same fact with no contrast, or a
 * service the school runs, is not. */
static void
test_run_by_outsiders(void **state)
{
	static const char *const yes[] = {
	    "The OT sessions are arranged by the NGO, so I can't give you "
	    "a date.",
	    "Speech therapy is run by an outside agency rather than by the "
	    "school.",
	    "The social skills group is organised by the NGO, not by us.",
	    "The sessions are provided by a charity, so the timetable isn't "
	    "ours to change.",
	    "Counselling is arranged by the service provider, and we don't "
	    "set the days.",
	    "The tutoring is run by an NGO rather than the school.",
	    "Play therapy is organised by the agency, so I'm unable to say "
	    "when it restarts.",
	    "The group is run by the charity, not by the school.",
	    NULL };
	static const char *const no[] = {
	    "The OT sessions are arranged by the NGO and start on 9 March.",
	    "The sessions are run by Miss Lam, our own therapist.",
	    "Kit enjoyed the group organised by the NGO last term.",
	    "The charity run is on Saturday.",
	    NULL };

	(void)state;
	category("run by outsiders", yes, no);
	settle();
}

/* "Let me" and a verb of speaking or of setting out, perhaps after an
 * adverb: words, not a task. "Let me" and a deed is a promise. */
static void
test_let_me_talk(void **state)
{
	static const char *const none[] = {
	    "Dear Mrs Li,\n\nLet me first set out what we have done so far.\n",
	    "Dear Mrs Li,\n\nLet me briefly outline the plan for this term.\n",
	    "Dear Mrs Li,\n\nLet me just summarise where we are.\n",
	    "Dear Mrs Li,\n\nLet me begin with the homework diary.\n",
	    "Dear Mrs Li,\n\nLet me answer your questions in turn.\n",
	    "Dear Mrs Li,\n\nLet me now turn to the exam arrangements.\n",
	    "Dear Mrs Li,\n\nLet me respond to each point below.\n",
	    "Dear Mrs Li,\n\nLet me quickly recap the meeting.\n",
	    "Dear Mrs Li,\n\nLet me start by thanking you for your note.\n",
	    NULL };
	static const char *const one[] = {
	    "Dear Mrs Li,\n\nLet me first send you the form by Friday.\n",
	    "Dear Mrs Li,\n\nLet me check the timetable and reply by 6 March.\n",
	    NULL };

	(void)state;
	want(none, 0, 0, 0);
	want(one, 1, -1, 0);
	settle();
}

/* A future inside a question put to somebody: a verb of asking or
 * knowing, a wh-word with its noun (how many, which, how much), then
 * the subject and "will". The writer's own dated "I will tell you" is
 * a promise still. */
static void
test_wh_noun_question(void **state)
{
	static const char *const none[] = {
	    "Dear Mrs Li,\n\nWe are still waiting to hear how many therapy "
	    "sessions the NGO will give us.\n",
	    "Dear Mrs Li,\n\nThe Bureau has yet to confirm which schools "
	    "the EP will visit next term.\n",
	    "Dear Mrs Li,\n\nThe panel has not decided how much support "
	    "each class will get.\n",
	    "Dear Mrs Li,\n\nThe centre is trying to work out how many "
	    "places it will offer in April.\n",
	    "Dear Mrs Li,\n\nThe office must find out which room we will "
	    "use for the test.\n",
	    "Dear Mrs Li,\n\nThe agency has to confirm how many hours the "
	    "tutor will have next year.\n",
	    NULL };
	static const char *const one[] = {
	    "Dear Mrs Li,\n\nI will tell you by Friday how many sessions Kit "
	    "will get.\n",
	    "Dear Mrs Li,\n\nMs Wong will confirm by 9 March which group Kit "
	    "will join.\n",
	    NULL };

	(void)state;
	want(none, 0, -1, 0);
	want(one, 1, -1, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_considered_by_body),
		cmocka_unit_test(test_short_staffed),
		cmocka_unit_test(test_months_wait),
		cmocka_unit_test(test_not_for_schools),
		cmocka_unit_test(test_run_past),
		cmocka_unit_test(test_run_by_outsiders),
		cmocka_unit_test(test_let_me_talk),
		cmocka_unit_test(test_wh_noun_question),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
