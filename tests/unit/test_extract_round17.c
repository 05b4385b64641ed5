/*
 * test_extract_round17.c — round 17 (issue 17): English forms two blind
 * batches (W, X) both missed, each written here in words of this file's
 * own beside sentences of the same look that must not match: a table
 * whose person column is headed "In charge", with an action wrapped
 * onto a second line; attendance at a meeting, which is no task of its
 * own; "you'll have it by <date>", the writer's delivery; a passive
 * that goes on ("will continue to be given"); a month after "last", a
 * past no promise is due in; words of place and time between a verb of
 * meeting and its day ("we'll meet after school on"); and five deflections in forms the
 * lexicon lacked (everything it can, no requirement, not something we
 * control, need to wait until, no spare room).
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,"

/* Tables headed "In charge": each row with a person and a date is a
 * commitment; a line with only its action cell filled belongs to the
 * row above. */
static void
test_in_charge_table(void **state)
{
	static const char *const tables[] = {
	    "Action | In charge | By\n"
	    "Move Kit's seat to the front | Ms Ho | 9 March\n"
	    "Share the spelling list | Mr Lam | 13/3\n",
	    "TASK                     | IN CHARGE  | WHEN\n"
	    "-------------------------+------------+---------\n"
	    "Order a sloped desk      | Mrs Chan   | 20 March\n"
	    "Book the speech therapist| Ms Yuen    | 27/3\n",
	    "What we agreed | Staff in charge | Deadline\n"
	    "Send home a visual timetable | Miss Ng | Friday 6 March\n"
	    "Start the reading group | Mr Ip | from 16 March\n",
	    "Step | In charge | Target date\n"
	    "Write the draft plan for all | Ms Kwok | 18/3\n"
	    "subject teachers to see |  |\n"
	    "Phone the parents | Ms Kwok | 20/3\n",
	    NULL };
	static const char *const plain[] = {
	    "Who is in charge of the reading group this term?",
	    "Mr Lam is in charge of the library.",
	    NULL };

	(void)state;
	want(tables, 2, -1, -1);
	want(plain, 0, -1, -1);
	settle();
}

/* A table aligned by spaces, under a header naming an owner or a
 * deadline, is read as one drawn with bars; aligned lines under no such
 * header stay prose. */
static void
test_space_aligned_table(void **state)
{
	static const char *const tables[] = {
	    "Action                        Person in charge     Deadline\n"
	    "Move Kit's seat to the front   Ms Ho                9 March\n"
	    "Share the spelling list        Mr Lam               13/3\n",
	    "跟進事項                  負責人            限期\n"
	    "1. 申請考試特別安排       李主任            3月16日\n"
	    "2. 提供課前預習筆記       張老師            3月20日\n",
	    "Task\tOwner\tBy when\n"
	    "Order a sloped desk\tMrs Chan\t20 March\n"
	    "Book the speech therapist\tMs Yuen\t27/3\n",
	    NULL };
	static const char *const not_tables[] = {
	    "Ms Lee      SENCO      2345 6789\nMr Ho      Class teacher      2345 6790\n",
	    "Mon    Tue    Wed\nArt    Music    PE\n",
	    NULL };

	(void)state;
	want(tables, 2, -1, -1);
	want(not_tables, 0, -1, -1);
	settle();
}

/* Who will be at a meeting is part of the meeting: no commitment. */
static void
test_attendance(void **state)
{
	static const char *const none[] = {
	    "Dr Kwok will join us by phone.",
	    "Dr Poon will join us if her clinic allows.",
	    "Ms Kwan will also attend.",
	    "Our speech therapist will sit in on the meeting.",
	    "Mr Ip will be joining us as well.",
	    "The class teacher will attend the review too.",
	    "The EP will probably join the meeting online.",
	    "Mrs Fok will come along if she is free.",
	    "Mr Tse will be present.",
	    NULL };
	static const char *const quoted[] = {
	    "Your point 2 says the school \"agreed to provide a helper from June\".",
	    "Your notes say Ms Ho \"will reassess him before the summer\".",
	    NULL };
	static const char *const in_force[] = {
	    "The Secretariat will send you the Panel's decision.",
	    "Extra time (25%) will apply from Monday 9 March.",
	    "The new seating arrangement will take effect from 16 March.",
	    "You will receive a copy by email before the Easter holiday.",
	    "The IMC will monitor the measures.",
	    NULL };
	static const char *const office[] = {
	    "Our clerk will call you within two weeks to offer a date.",
	    "The case manager will send you the form by 13 March.",
	    "Seating is something Ms Ho will decide by 13 March.",
	    NULL };
	static const char *const denied[] = {
	    "Dr Chow did not agree to a full reassessment.",
	    "The school never agreed to a full-time assistant.",
	    "Ms Ho hasn't agreed to move his seat.",
	    NULL };
	static const char *const one[] = {
	    "Ms Wu will sit in on two of his English lessons.",
	    "Mr Chan will join the class for swimming.",
	    "Dr Lo will join us to explain her report.",
	    "Ms Ho will attend to his handwriting every morning.",
	    "I will join you on Thursday 5 March at 4 pm.",
	    NULL };

	(void)state;
	want(none, 0, -1, -1);
	want(denied, 0, -1, -1);
	want(office, 1, -1, -1);
	want(in_force, 1, -1, -1);
	want(quoted, 0, -1, -1);
	want(one, 1, -1, -1);
	settle();
}

/* "You'll have it by <date>": the parent receives, the writer
 * delivers; "you'll be contacted": the parent is told. */
static void
test_you_will_have(void **state)
{
	static const struct variant yes[] = {
	    { "You'll have the revised plan by 20/3.", "2026-03-20" },
	    { "You will receive his reading report from me by Friday.", "2026-03-06" },
	    { "You will also have a copy of the minutes by 13 March.", "2026-03-13" },
	    { "You'll receive the new timetable before 16 March.", "2026-03-16" },
	    { "You will have our answer in writing by the end of March.", "2026-03-31" },
	    { "You'll have both reports by Wednesday 11 March.", "2026-03-11" },
	    { "You will receive the consent form by 9 March.", "2026-03-09" },
	    { "You'll also receive a summary of the review by 25/3.", "2026-03-25" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "You will have to return the form by Friday.",
	    "You will have a chance to meet her on 5 March.",
	    "You will receive a letter about it.",
	    "You'll have noticed that his reading has improved.",
	    "You will have the opportunity to ask questions on 9 March.",
	    "You will receive news of the trip in due course.",
	    NULL };

	/* a passive of telling: the school's step, dated or not */
	static const char *const told[] = {
	    "You'll be contacted about the trip.",
	    "You will be informed of the panel's decision.",
	    "You will be sent the minutes of the review.",
	    "You'll be given a copy of the plan at the meeting.",
	    NULL };
	static const char *const asked[] = {
	    "You will be expected to attend the meeting.",
	    "You will be asked to sign the form.",
	    "You will be required to collect him at noon.",
	    NULL };

	(void)state;
	form("you-will-have", 'c', EN, yes, no);
	want(told, 1, -1, -1);
	want(asked, 0, -1, -1);
	settle();
}

/* "will continue to be given": a passive that goes on is a promise. */
static void
test_continue_to_be(void **state)
{
	static const char *const one[] = {
	    "Extra time of 25% will continue to be given in all tests.",
	    "A separate room will continue to be provided for his exams.",
	    "Rest breaks will continue to be offered during long papers.",
	    "His homework will continue to be shortened until Easter.",
	    NULL };
	static const char *const none[] = {
	    "The weather will continue to be hot.",
	    "Reading will continue to be difficult for him.",
	    NULL };

	(void)state;
	want(one, 1, -1, -1);
	want(none, 0, -1, -1);
	settle();
}

/* A month after "last" is past: the due date is the other one. */
static void
test_last_month_past(void **state)
{
	static const struct variant yes[] = {
	    { "Ms Chow will test his reading in June, with the same test as last October.", "2026-06-30" },
	    { "Mr Lam will repeat the assessment in May, as he did last November.", "2026-05-31" },
	    { "We will review his seat in April, as we promised last January.", "2026-04-30" },
	    { NULL, NULL } };
	static const char *const no[] = { NULL };

	(void)state;
	form("last-month", 'c', EN, yes, no);
	for (int k = 0; yes[k].text; k++) {
		run(yes[k].text);
		for (size_t c = 0; c < ex.ncommitments; c++)
			if (strcmp(ex.commitments[c].due, "2026-03-02") < 0 &&
			    ex.commitments[c].due[0])
				note("a past due: %s", ex.commitments[c].due);
	}
	settle();
}

/* "we'll meet after school on <day>": words of place and time between
 * the verb of meeting and its day. */
static void
test_meet_after_school(void **state)
{
	static const struct variant yes[] = {
	    { "As agreed, we'll meet after school on Tuesday 10 March at 3:45 pm.", "2026-03-10" },
	    { "We will meet in the library on Friday 13 March at 8.15 am.", "2026-03-13" },
	    { "I'll meet you both in my office on Monday 16 March at 4 pm.", "2026-03-16" },
	    { "Let's meet after school on 12 March at 4 pm in Room 5.", "2026-03-12" },
	    { "We can meet in the school hall on Wednesday 11 March at 9 am.", "2026-03-11" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "Ms Ho will meet Ken after school on Monday.",
	    "The panel will meet in the library on Friday.",
	    "We met after school on 25 February.",
	    NULL };

	(void)state;
	form("meet-after-school", 'm', EN, yes, no);
	settle();
}

/* A span counted from the letter itself ("within 30 days of this
 * acknowledgement") starts on the letter's day; one counted from an
 * event named by a noun in -ing or -ment starts on the day its verb is
 * dated ("the screening": "will screen him on 9 March"). */
static void
test_span_from_letter_or_verb(void **state)
{
	static const struct variant yes[] = {
	    { "The Panel will reply within 14 days of this acknowledgement.", "2026-03-16" },
	    { "Ms Ho will send the minutes within 10 working days of this letter.", "2026-03-16" },
	    { "We will decide within 7 days of receipt of this letter.", "2026-03-09" },
	    { "李主任會於本函發出後十個工作天內回覆。", "2026-03-16" },
	    { "Mr Yip will screen Kit on 9 March. The results will be sent to you within a week of the screening.", "2026-03-16" },
	    { "Dr Lo will reassess him on 10 March. I will email you a summary within two days of the reassessment.", "2026-03-12" },
	    { NULL, NULL } };
	static const char *const no[] = { NULL };

	(void)state;
	form("span-from-letter-or-verb", 'c', EN, yes, no);
	settle();
}

/* A briefing named as the parent's, the letter's own act in the
 * present, and the head of a list ("What I will do"). */
static void
test_briefing_act_heading(void **state)
{
	static const struct variant meet[] = {
	    { "We have booked Tuesday 10 March, 3:45 pm in the SEN room.", "2026-03-10" },
	    { "Your follow-up call with Mr Wong is fixed for Tuesday 10 March at 4 pm.", "2026-03-10" },
	    { "I've put us down for Thursday 5 March at 3:45pm.", "2026-03-05" },
	    { "I have booked Room 201 for us on Thursday 12 March at 4 pm.", "2026-03-12" },
	    { "Your end-of-year review is fixed for Friday 13 March at 4 pm.", "2026-03-13" },
	    { "A hearing before the Appeal Panel has been set for 18 March at 10 am.", "2026-03-18" },
	    { "A short briefing for you and Kit is scheduled for Tuesday 10 March at 12:45 in Room 105.", "2026-03-10" },
	    { "I have set up a briefing with you on 12 March at 4 pm to go through the exam arrangements.", "2026-03-12" },
	    { NULL, NULL } };
	static const char *const not_meet[] = {
	    "His hearing test is on 12 March at 9 am.",
	    "A briefing for all P1 parents is on 10 March at 7 pm.",
	    "The staff briefing is on Monday 9 March at 8 am.",
	    NULL };
	static const char *const none[] = {
	    "As promised at Monday's meeting, I am forwarding Dr Siu's notes.",
	    "We are enclosing the consent form for the 12 March trip.",
	    "I am attaching the timetable for the week of 9 March.",
	    "What I will do",
	    "What we'll do next:",
	    NULL };
	static const char *const one[] = {
	    "I am sending you the report on Friday 6 March.",
	    "What I will do is send you the plan by 13 March.",
	    NULL };

	(void)state;
	form("briefing-for-you", 'm', EN, meet, not_meet);
	want(none, 0, -1, -1);
	want(one, 1, -1, -1);
	settle();
}

/* Chat lines pasted into a letter are messages of their own; a date
 * inside a whether-question is not the promise's; a date given as the
 * reckoning ("i.e. by 20 March") wins; the parent's own phone named. */
static void
test_chat_whether_reckoning(void **state)
{
	static const char *const chat =
	    "Here is what I sent you on WhatsApp:\n\n"
	    "[2/3/2026, 15:04] Ms Lau: I'll send you the photos by 6/3, the file is too big\n"
	    "[3/3/2026, 10:20] Ms Lau: The principal says we can't release the report, sorry\n"
	    "[3/3/2026, 10:22] Ms Lau: Miss Yim will phone you on 12/3 around 2pm to explain it herself\n";
	static const struct variant dated[] = {
	    { "Ms Ho will send the report within two weeks of the last session (i.e. by 20 March).", "2026-03-20" },
	    { "言語治療師會於最後一節後兩星期內（即3月20日或之前）提交報告。", "2026-03-20" },
	    { "I will check with the panel whether the report can be used, and let you know by 13 March.", "2026-03-13" },
	    { NULL, NULL } };
	static const char *const undated[] = {
	    "The school will look into whether Kit can join the oral group on Tuesday 10 March.",
	    "We will decide whether he can move class from 16 March.",
	    NULL };
	static const struct variant calls[] = {
	    { "As agreed, I'll call your mobile on 12/3 at 5pm to hear how the week went.", "2026-03-12" },
	    { "Ms Lam will ring your home on Friday 6 March at 7 pm.", "2026-03-06" },
	    { NULL, NULL } };
	static const char *const not_calls[] = {
	    "Please call your mobile provider about the missed texts.",
	    NULL };

	(void)state;
	run(chat);
	if (ex.ncommitments != 1 || ex.nmeetings != 1 ||
	    strstr(ex.meetings[0].quote, "Ms Lau") ||
	    strstr(ex.commitments[0].quote, "[2/3"))
		note("chat: %zu commitments, %zu meetings", ex.ncommitments,
		    ex.nmeetings);
	form("reckoning", 'c', EN, dated, (const char *const[]){ NULL });
	for (int k = 0; undated[k]; k++) {
		run(undated[k]);
		if (ex.ncommitments != 1 || ex.commitments[0].due[0] != '\0')
			note("a date in the question taken as due: %s",
			    undated[k]);
	}
	form("call-your-phone", 'm', EN, calls, not_calls);
	settle();
}

/* Talking something through with the parent on a day is a meeting; an
 * agent nobody names still acts; a call to fix a date later is none. */
static void
test_talk_through_someone(void **state)
{
	static const struct variant meet[] = {
	    { "We will go over Kit's progress together on Thursday 12 March at 4:15 pm.", "2026-03-12" },
	    { "I will go through the new plan with you in person on Tuesday 10 March at 3:45 pm.", "2026-03-10" },
	    { "Ms Ho will talk through the report with you on 16 March at 5 pm.", "2026-03-16" },
	    { "A coaching session for you has been booked for Saturday 7 March at 10 am.", "2026-03-07" },
	    { NULL, NULL } };
	static const char *const not_meet[] = {
	    "Ms Ho will go through his homework with him on Monday.",
	    "I can do a coaching call on 15 March at 7pm or 16 March at noon.",
	    NULL };
	static const char *const vague_one[] = {
	    "If not, someone will get back to you about it.",
	    "Somebody will ring you about the form.",
	    NULL };
	static const char *const dodges[] = {
	    "Honestly, that isn't my call, it's up to Ms Chan.",
	    "Ms Chan will confirm a date for that.",
	    NULL };

	(void)state;
	form("talk-through", 'm', EN, meet, not_meet);
	for (int k = 0; vague_one[k]; k++) {
		run(vague_one[k]);
		if (ex.ncommitments != 1 || (ex.commitments[0].actor &&
		    ex.commitments[0].actor[0]) ||
		    !ex.commitments[0].vague)
			note("someone: %s", vague_one[k]);
	}
	for (int k = 0; dodges[k]; k++) {
		run(dodges[k]);
		if (ex.ndeflections != 1)
			note("dodge missed: %s", dodges[k]);
	}
	settle();
}

/* A list item with a soft time of its own ("in due course") does not
 * take its heading's date. */
static void
test_item_soft_time(void **state)
{
	(void)state;
	run("Next steps from 20 March:\n"
	    "- Reading programme: you will be contacted about it in due course.\n"
	    "- Ms Ho will send the new timetable.\n");
	for (size_t k = 0; k < ex.ncommitments; k++)
		if (strstr(ex.commitments[k].quote, "due course") &&
		    ex.commitments[k].due[0])
			note("a soft time took the heading's date: %s",
			    ex.commitments[k].due);
	settle();
}

static void
test_deflection_forms(void **state)
{
	static const char *const everything[] = {
	    "The school is doing everything it can to support him.",
	    "The centre is doing everything it can to shorten the wait.",
	    "The therapists are doing everything they can for Kit.",
	    NULL };
	static const char *const requirement[] = {
	    "There is no requirement for the school to draw up an IEP.",
	    "An IEP is not a requirement at Tier 2.",
	    "There is no legal requirement to provide a reader.",
	    NULL };
	static const char *const control[] = {
	    "That isn't something the primary school controls.",
	    "The bus route is not something we decide.",
	    "Exam rules are not something the class teacher has a say in.",
	    NULL };
	static const char *const wait[] = {
	    "We would need to wait until the full report is out.",
	    "We will have to wait until the EP has seen him.",
	    NULL };
	static const char *const spare[] = {
	    "We don't have a spare room or staff for that.",
	    "We do not have a spare teacher at lunchtime.",
	    NULL };
	static const char *const not_ours[] = {
	    "Home tutoring isn't something we can arrange.",
	    "Taxi fares aren't something the school can process.",
	    "A second helper is not something our budget allows this year.",
	    "The final say sits with the exam board.",
	    "Seating in public exams rests with the SENCO of the centre.",
	    NULL };
	static const char *const held[] = {
	    "Our therapy hours for next term are already tied up.",
	    "The EDB has not yet confirmed the grant for next year.",
	    "There is still no date for the speech assessment.",
	    NULL };
	static const char *const no_service[] = {
	    "Unfortunately the school has no OT service this year.",
	    "There is no speech therapy service at the centre until May.",
	    NULL };
	static const char *const carried[] = {
	    "I will raise the idea of a part-time assistant.",
	    "Mr Ho will raise the question of a reader with the panel.",
	    "I'll ask Miss Yim whether she can add a line to the report.",
	    "We will ask the therapist if she has a free slot.",
	    NULL };
	static const char *const others_call[] = {
	    "Medication is something the doctor will decide.",
	    "Any change to the timetable will depend on the staffing review.",
	    "Marcus remains on our waiting list.",
	    NULL };
	static const char *const last_round[] = {
	    "Sadly there is nothing we can do about the bus route.",
	    "That's up to Mr Lam, I'm afraid.",
	    "The exam panel has to decide that.",
	    "Summer camp isn't something the school runs.",
	    "There is no money for a second assistant.",
	    "His OT referral is sitting with the EP.",
	    "Parents who want a tutor must fund it privately.",
	    "Your appeal is now before the Student Affairs Panel.",
	    "Next year's grant has not been confirmed yet.",
	    NULL };
	static const char *const ai_ak[] = {
	    "Whether he moves up is something we'll have to see about.",
	    "Our grant covers a fixed number of hours per year.",
	    "There is no provision for a reader in next year's budget.",
	    "Extra assistant hours are not funded.",
	    "The speech report is not yet back.",
	    "There is nothing further I can add at this stage.",
	    "I have nothing to add to my letter of 2 February.",
	    "The number of sessions lies within the professional discretion of the therapist.",
	    NULL };
	static const char *const al_an[] = {
	    "The Bureau does not require a written plan for every pupil.",
	    "Our safeguarding rules do not permit a parent in the classroom.",
	    "The observation does not indicate a need for one-to-one help.",
	    "We will not be able to fund a second assistant this year.",
	    "With thirty children there is not much more I can do.",
	    NULL };
	static const char *const ao_aq[] = {
	    "The EP's timetable is outside my control.",
	    "I will not be answering further emails on this matter.",
	    "The grant we receive does not stretch that far.",
	    "We will have to wait until her diary frees up.",
	    NULL };
	static const char *const ar_at[] = {
	    "I'm sure it was nothing serious.",
	    "The office will respond to your letter in due course.",
	    "We will keep monitoring his reading.",
	    "Someone will call you about the bus.",
	    "I'd rather not put a timeline on it.",
	    "It's with the EP team and they haven't given us a date.",
	    "The guidelines do not require schools to provide one.",
	    "The school can only fund eight sessions.",
	    NULL };
	static const char *const au_aw[] = {
	    "Questions about homework should go to Miss Yip.",
	    "I can only pass on your request to the panel.",
	    "I will pass your question about the seating plan on to Ms Ho.",
	    "An IEP is required only for pupils at Tier 3.",
	    "Class allocation for next year has not been finalised.",
	    NULL };
	static const char *const dispute[] = {
	    "I am content that the staff acted in good faith throughout.",
	    "Schools are not under a statutory duty to provide a reader.",
	    "The Bureau leaves such matters to the discretion of each school.",
	    "Draft minutes are not shared with parents.",
	    "Staff notes are not made available to families.",
	    "It's with the panel now and I don't know where it stands.",
	    NULL };
	static const char *const no[] = {
	    "There will be no school bus service on Friday.",
	    "The minutes will be shared with parents by 13 March.",
	    "Nothing she decides will change his place.",
	    "Ms Ho was tied up in a meeting, so I am replying for her.",
	    "The date of the visit is now confirmed: 12 March.",
	    "We have a spare copy of the book for you.",
	    "There is a requirement to sign the form.",
	    NULL };

	(void)state;
	deflection_category(EN, "everything it can", everything, no);
	deflection_category(EN, "no requirement", requirement, no);
	deflection_category(EN, "not something we control", control, no);
	deflection_category(EN, "need to wait until", wait, no);
	deflection_category(EN, "no spare", spare, no);
	deflection_category(EN, "not ours to do", not_ours, no);
	deflection_category(EN, "held or unconfirmed", held, no);
	deflection_category(EN, "no therapy service", no_service, no);
	deflection_category(EN, "dispute replies", dispute, no);
	deflection_category(EN, "a question carried", carried, no);
	deflection_category(EN, "another's call", others_call, no);
	deflection_category(EN, "AF-AH forms", last_round, no);
	deflection_category(EN, "AI-AK forms", ai_ak, no);
	deflection_category(EN, "AL-AN forms", al_an, no);
	deflection_category(EN, "AO-AQ forms", ao_aq, no);
	deflection_category(EN, "AR-AT forms", ar_at, no);
	deflection_category(EN, "AU-AW forms", au_aw, no);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_charge_table),
		cmocka_unit_test(test_space_aligned_table),
		cmocka_unit_test(test_attendance),
		cmocka_unit_test(test_you_will_have),
		cmocka_unit_test(test_continue_to_be),
		cmocka_unit_test(test_last_month_past),
		cmocka_unit_test(test_meet_after_school),
		cmocka_unit_test(test_span_from_letter_or_verb),
		cmocka_unit_test(test_briefing_act_heading),
		cmocka_unit_test(test_chat_whether_reckoning),
		cmocka_unit_test(test_talk_through_someone),
		cmocka_unit_test(test_item_soft_time),
		cmocka_unit_test(test_deflection_forms),
	};
	return cmocka_run_group_tests_name("extract_round17", tests, NULL,
	    teardown);
}
