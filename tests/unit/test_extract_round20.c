/*
 * test_extract_round20.c — round 20 (issue 17): forms a blind trio
 * (BG, BH, BI: a dispute up the ladder, Chinese-heavy letters, hard
 * forms) missed after round 19, each written here in words of this
 * file's own beside sentences of the same look that must not match:
 * a dated intent after an English topic (worksheet我禮拜五前send畀你),
 * a paper 寄交 by a date; deflections of waiting (仍待), inability ("no
 * way to", "can't comment"), a reply with no date, a body that does not
 * intervene, no post for it (編制); and futures that promise nothing: a
 * disclaimer, a lead-in to a list, a remit described, the letter's own
 * order, a nervous child in the resource room.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_dated_zh(void **state)
{
	static const struct variant yes[] = {
	    { "reading list我下星期五前send畀你。", "2026-03-13" },
	    { "成績表會於三月二十日前寄交家長。", "2026-03-20" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "reading list我上星期五已經send咗畀你。",
	    NULL };

	(void)state;
	form("zh-dated", 'c', ZH, yes, no);
	settle();
}

static void
test_deflections(void **state)
{
	static const char *const en[] = {
	    "The school has no way to speed up the psychologist's list.",
	    "Can't comment on the doctor's view, sorry.",
	    "The office will respond in due course.",
	    "The Bureau does not intervene in a school's staffing.",
	    NULL };
	static const char *const en_no[] = {
	    "The office will respond to you by 13 March.",
	    "There is no way he could have known.",
	    NULL };
	static const char *const zh[] = {
	    "申請結果仍待考評局公布。",
	    "本局不會介入學校的人手安排。",
	    "學校目前沒有相關編制，未能增聘。",
	    NULL };
	static const char *const zh_no[] = {
	    "考試時佢會喺resource room應考，人少啲佢冇咁緊張。",
	    NULL };

	(void)state;
	deflection_category(EN, "trio3-en", en, en_no);
	deflection_category(ZH, "trio3-zh", zh, zh_no);
	settle();
}

static void
test_no_promise(void **state)
{
	static const char *const none[] = {
	    EN "\nThe school will take no responsibility for lost items.\n",
	    EN "\nThree things I will do.\n",
	    EN "\nThe panel's role is to review the process.\n",
	    EN "\nI shall respond to the points you raised in turn.\n",
	    NULL };
	static const char *const kept[] = {
	    EN "\nI will do the referral by 13 March.\n",
	    EN "\nMs Ho is to send the plan by 13 March.\n",
	    NULL };

	(void)state;
	want(none, 0, 0, -1);
	want(kept, 1, -1, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dated_zh),
		cmocka_unit_test(test_deflections),
		cmocka_unit_test(test_no_promise),
	};
	return cmocka_run_group_tests_name("extract_round20", tests, NULL,
	    teardown);
}
