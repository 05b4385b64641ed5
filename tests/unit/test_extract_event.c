/*
 * test_extract_event.c — a due counted from an event the letter dates in
 * another, earlier sentence (due.c, due_event.c): a relation ("the
 * morning of", "N days before", "a week after the second of those",
 * 後兩星期內, 前三日) and an event noun, resolved to the day of the
 * nearest preceding sentence that dates the noun. Sentences written for
 * the test; must-nots: an event dated nowhere, an event dated only after
 * the promise, a meeting already held. Read against Monday 2 March 2026.
 */
#include "testextract.h"

struct ev {
	const char *text, *needle, *due;
};

static const struct ev en[] = {
	{ "The review meeting is fixed for Thursday 19 March at 4 pm.\n\n"
	  "I will email the draft plan on the morning of the meeting.\n",
	    "email the draft plan", "2026-03-19" },
	{ "The end-of-term exams begin on Monday 8 June.\n\n"
	  "Mr Lau will send you the seating plan three days before the first paper.\n",
	    "send you the seating plan", "2026-06-05" },
	{ "I will see Tom on 10 March and 17 March.\n\n"
	  "I will write up my notes two days after the second of those sessions.\n",
	    "write up my notes", "2026-03-19" },
	{ "I will observe Ada in class on Wednesday 11 March and Wednesday 18 March.\n\n"
	  "I will send a short summary within a week after the last observation.\n",
	    "send a short summary", "2026-03-25" },
	{ "Our call with the therapist is on Friday 13 March at 5 pm.\n\n"
	  "I'll forward the questions to her on the evening of the call.\n",
	    "forward the questions", "2026-03-13" },
	{ "The assessment sessions are on 9 April and 16 April.\n\n"
	  "The report will be posted four weeks after the second session.\n",
	    "report will be posted", "2026-05-14" },
};

static const struct ev zh[] = {
	{ "觀察定於四月八日進行。\n\n本人會在觀察後兩星期內寄出報告。\n",
	    "寄出報告", "2026-04-22" },
	{ "會議定於三月二十日（星期五）下午四時舉行。\n\n本人會在會議前三日把議程寄給你。\n",
	    "把議程寄給你", "2026-03-17" },
	{ "評估安排在五月六日進行。\n\n我會喺評估之後一個星期內寫好報告俾你。\n",
	    "寫好報告俾你", "2026-05-13" },
};

/* No day to count from: no due. */
static const struct ev none[] = {
	/* the event is dated nowhere */
	{ "I will send you the seating plan five days before the first paper.\n",
	    "send you the seating plan", "" },
	/* the event is dated only after the promise */
	{ "I will email the draft plan on the morning of the review.\n\n"
	  "The review is on Thursday 19 March at 4 pm.\n",
	    "email the draft plan", "" },
	/* "the meeting" is the one already held */
	{ "Thank you for the meeting on 20 February.\n\n"
	  "I will send the notes two days after the meeting.\n",
	    "send the notes", "" },
	{ "本人會在觀察後兩星期內寄出報告。\n\n觀察定於四月八日進行。\n",
	    "寄出報告", "" },
};

static void
check(const struct ev *v, size_t n)
{
	int bad = 0;

	for (size_t k = 0; k < n; k++) {
		run(v[k].text);
		const struct ex_commitment *c = commitment_with(v[k].needle);
		if (strcmp(c->due, v[k].due) != 0) {
			print_message("%zu \"%s\": due \"%s\", want \"%s\"\n",
			    k, v[k].needle, c->due, v[k].due);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_en(void **s) { (void)s; check(en, sizeof(en) / sizeof(en[0])); }
static void test_zh(void **s) { (void)s; check(zh, sizeof(zh) / sizeof(zh[0])); }
static void test_none(void **s) { (void)s; check(none, sizeof(none) / sizeof(none[0])); }

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_en, teardown),
		cmocka_unit_test_teardown(test_zh, teardown),
		cmocka_unit_test_teardown(test_none, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
