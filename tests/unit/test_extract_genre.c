/*
 * test_extract_genre.c — round 4 (issue 17): forms, not letters. The
 * genre of a letter (a circular to all parents, a receipt) by its
 * structure; deflections as a limit over a resource or a decision;
 * calls and meetings by tense and by who attends. Each form has
 * variants of its own and sentences of the same look that must not
 * match. Read against Monday 2 March 2026.
 */
#include "testextract.h"

static size_t
items(void)
{
	return ex.ncommitments + ex.ndeflections + ex.nmeetings;
}

/* Circulars and receipts carry nothing, whatever they say "will". */
static void
test_genre_nothing(void **state)
{
	static const char *const none[] = {
		"Dear Parents,\n\nThe school will be closed on 26 March.\n\n"
		"The book fair will run from 9 to 13 March.\n\nThe Principal\n",
		"Dear Parents/Guardians,\n\nSports Day will be held on 20 "
		"March at the stadium.\nThe PTA will collect old uniforms on "
		"Friday.\n",
		"Dear all parents,\n\nThe canteen will serve a new menu from "
		"next Monday.\n\nThank you for your support,\nThe Office\n",
		"各位家長：\n\n一、本校將於三月二十日舉行運動會。\n"
		"二、圖書館將於三月九日暫停開放。\n",
		"致各位家長：\n\n家長日將於三月十四日舉行。\n",
		"Official receipt No. 2231\nAmount (HKD): 1,200.00\n"
		"Paid by: FPS\n\nYour tutor will send the timetable by 20 March.\n",
		"Payment receipt\nAmount paid: HK$640.00\n\n"
		"A statement will be issued by 31 March.\n",
		"收據編號：A-77\n金額：港幣800元\n付款方式：轉數快\n\n"
		"導師將於三月十日前寄出時間表。\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(none) / sizeof(none[0]); k++) {
		run(none[k]);
		if (items() != 0)
			fail_msg("an item in a circular/receipt: %s", none[k]);
	}
}

/* One family's letter keeps its items, even greeted in the plural, or
 * by a form letter's "Dear Parent", or mentioning a receipt. */
static void
test_genre_not(void **state)
{
	static const char *const one[] = {
		"Dear parents,\n\nMiss Ip will send you the link by 6 March.\n",
		"Dear Parent,\n\nThe school will send the plan by 6 March.\n",
		"Dear Parents of Ken,\n\nMr Lam will send the plan by 6 March.\n",
		"Dear Mrs Chan,\n\nI will send the receipt for the HK$300 "
		"deposit by 6 March.\n",
		"各位家長：\n\n你的孩子的計劃，張老師會於三月六日前寄出。\n",
	};
	(void)state;
	for (size_t k = 0; k < sizeof(one) / sizeof(one[0]); k++) {
		run(one[k]);
		if (ex.ncommitments != 1)
			fail_msg("no commitment in one family's letter: %s",
			    one[k]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_genre_nothing),
		cmocka_unit_test(test_genre_not),
	};
	return cmocka_run_group_tests_name("extract_genre", tests, NULL,
	    teardown);
}
