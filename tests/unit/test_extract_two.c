/*
 * test_extract_two.c — one marker, two dated actions (split.c): each
 * action a commitment of its own with its own date, the second counted
 * from the first when it points back ("then", "after that", 之後).
 * Sentences written for the test; must-nots: one action with two dates
 * (a range, "between ... and", "on ... and on ..."), a second clause
 * with its own subject. Read against Monday 2 March 2026.
 */
#include "testextract.h"

struct two {
	const char *text;
	const char *first, *due1;	/* quoted by the first item */
	const char *second, *due2;
};

static const struct two en[] = {
	{ "I will observe Leo on 18 May and send you a summary within ten days after that.\n",
	    "observe Leo on 18 May", "2026-05-18", "send you a summary", "2026-05-28" },
	{ "I'll finish the checklist by Friday and the report by the 29th.\n",
	    "finish the checklist", "2026-03-06", "the report by the 29th", "2026-03-29" },
	{ "Ms Ho will visit the class on 12 March, then write to you within a week.\n",
	    "visit the class", "2026-03-12", "write to you", "2026-03-19" },
	{ "We will test his hearing on Tuesday 10 March and phone you with the results by 20 March.\n",
	    "test his hearing", "2026-03-10", "phone you with", "2026-03-20" },
	{ "The therapist will see Amy on 9 April and then send the notes within five days.\n",
	    "see Amy on 9 April", "2026-04-09", "send the notes", "2026-04-14" },
	{ "I shall meet her tutor on 16 March, and post the new targets by 27 March.\n",
	    "meet her tutor", "2026-03-16", "post the new targets", "2026-03-27" },
	{ "Mr Lam is going to trial the reading pen from 23 March and review it by 17 April.\n",
	    "trial the reading pen", "2026-03-23", "review it by", "2026-04-17" },
	{ "Our nurse will train the staff on 5 March and check the care plan within two weeks after that.\n",
	    "train the staff", "2026-03-05", "check the care plan", "2026-03-19" },
};

static const struct two zh[] = {
	{ "本人將於5月18日到校觀察，並會在評估後十天內把撮要寄給你。\n",
	    "到校觀察", "2026-05-18", "把撮要寄給你", "2026-05-28" },
	{ "我哋會先喺五月八號評估，之後一個禮拜內寫好報告俾你。\n",
	    "評估", "2026-05-08", "寫好報告俾你", "2026-05-15" },
	{ "本人會先於五月十五日重做口肌評估，再在六月八日或之前把結果郵寄給閣下。\n",
	    "重做口肌評估", "2026-05-15", "把結果郵寄給閣下", "2026-06-08" },
	{ "陳老師會於三月十日到課室觀察，並在觀察後一星期內把建議交給閣下。\n",
	    "到課室觀察", "2026-03-10", "把建議交給閣下", "2026-03-17" },
	{ "社工會喺三月九號探訪你哋，然後喺三月二十號之前交報告。\n",
	    "探訪你哋", "2026-03-09", "交報告", "2026-03-20" },
	{ "我們會於4月1日開始訓練，之後兩星期內檢討進度。\n",
	    "開始訓練", "2026-04-01", "檢討進度", "2026-04-15" },
	{ "言語治療師將於三月十六日為他評估，並於三月底前把報告寄給你。\n",
	    "為他評估", "2026-03-16", "把報告寄給你", "2026-03-31" },
	{ "我會喺星期五同佢傾，再喺下星期三前覆你。\n",
	    "同佢傾", "2026-03-06", "覆你", "2026-03-11" },
};

/* One action, two dates, or a second clause that is no action of the
 * writer's: one item, or none split off. */
static const char *const one[] = {
	"I will see him between Monday and Friday.\n",
	"I will observe him on 18 May and on 25 May.\n",
	"I will call you on 3 March and you can reply by Friday.\n",
	"Mr Tong will run the group on Wednesdays, and the first session is on 11 March.\n",
	"The aide will sit with her from 9 to 13 March.\n",
	"I will ring you once the report arrives on 10 March and explain it.\n",
	"我會喺三月九號至十三號陪佢上堂。\n",
	"我會喺三月九號打俾你，你可以喺星期五前覆我。\n",
};

static void
check(const struct two *t)
{
	run(t->text);
	assert_int_equal(ex.ncommitments, 2);
	if (strstr(ex.commitments[0].quote, t->first) == NULL)
		fail_msg("first item \"%s\" lacks \"%s\"",
		    ex.commitments[0].quote, t->first);
	assert_string_equal(ex.commitments[0].due, t->due1);
	if (strstr(ex.commitments[1].quote, t->second) == NULL)
		fail_msg("second item \"%s\" lacks \"%s\"",
		    ex.commitments[1].quote, t->second);
	assert_string_equal(ex.commitments[1].due, t->due2);
}

static void
test_en(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof(en) / sizeof(en[0]); k++)
		check(&en[k]);
}

static void
test_zh(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof(zh) / sizeof(zh[0]); k++)
		check(&zh[k]);
}

static void
test_one_action(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof(one) / sizeof(one[0]); k++) {
		run(one[k]);
		if (ex.ncommitments > 1)
			fail_msg("split: %s", one[k]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_en, teardown),
		cmocka_unit_test_teardown(test_zh, teardown),
		cmocka_unit_test_teardown(test_one_action, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
