/*
 * test_extract_round21.c — round 21 (issue 17): forms a blind trio
 * (CA, CB, CC: an ordinary school year, a secondary school in
 * Cantonese, a dispute up the ladder to the EDB) missed after round 20,
 * each written here in words of this file's own beside sentences of the
 * same look that must not match: a guide cited (in accordance with the
 * Operation Guide, 按照《…》), the school's own sphere (school-based
 * management, 專業決定), an IEP described as a class's, "keep in view",
 * 會同…了解, "I'd rather not", "mine to decide", others like the child
 * who settle, staff who speak highly of her, a condition after 如…申請;
 * and futures that promise nothing: a belief that the school will
 * (相信學校會妥善處理), a 或會 that only may be.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_deflections_en(void **state)
{
	static const char *const en[] = {
	    "Our handling of the matter followed the EDB's Operation Guide "
	    "throughout.",
	    "The Bureau respects the school-based management of each "
	    "school.",
	    "An IEP is written for pupils who need Tier 3 support.",
	    "I will keep in view his progress in class.",
	    "I'd rather not change his seat again this term.",
	    "Grading that paper isn't really ours to decide.",
	    "Most pupils with a similar report settle down after a term.",
	    "Her teachers speak highly of her effort in class.",
	    NULL };
	static const char *const en_no[] = {
	    "I will send you the OT's notes on his handwriting by 13 March.",
	    "The observation notes will be shared with you.",
	    "Best wishes, Amy Lo, Bright Start Child Centre",
	    "Kit's IEP will be drawn up with you on 13 March.",
	    NULL };

	(void)state;
	deflection_category(EN, "trio4-en", en, en_no);
	settle();
}

static void
test_deflections_zh(void **state)
{
	static const char *const zh[] = {
	    "本校一直按照教育局《融合教育指南》處理有關個案。",
	    "本局一向尊重學校的校本管理安排。",
	    "分組安排屬學校的專業判斷。",
	    "如家長希望增加節數，學校可考慮申請撥款，惟須視乎治療師的評估而定。",
	    "陳老師會同社工了解佢最近嘅情況。",
	    "我們相信校方會妥善安排。",
	    NULL };
	static const char *const zh_no[] = {
	    "你提出嘅關注，我哋已經喺二月二十七日嘅會議上逐一回應。",
	    "社工會約佢傾偈，了解佢喺班上面嘅情況。",
	    "如有查詢，請致電本校。",
	    NULL };

	(void)state;
	deflection_category(ZH, "trio4-zh", zh, zh_no);
	settle();
}

static void
test_no_promise(void **state)
{
	static const char *const none[] = {
	    EN "\nWe are confident that the school will manage the change "
	    "smoothly.\n",
	    ZH "\n本處相信學校會妥善處理轉校安排。\n",
	    ZH "\n如有需要，小組或會邀請家長出席會議。\n",
	    NULL };
	static const char *const kept[] = {
	    EN "\nThe school will send you the plan by 13 March.\n",
	    ZH "\n小組會於三月十三日前寄出報告。\n",
	    ZH "\n我相信我哋會喺三月十三日前完成報告。\n",
	    NULL };

	(void)state;
	want(none, 0, -1, -1);
	want(kept, 1, -1, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deflections_en),
		cmocka_unit_test(test_deflections_zh),
		cmocka_unit_test(test_no_promise),
	};
	return cmocka_run_group_tests_name("extract_round21", tests, NULL,
	    teardown);
}
