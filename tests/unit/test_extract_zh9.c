/*
 * test_extract_zh9.c — the Chinese forms blind batch M missed (issue 17),
 * each in variants written here (書面語 and 粵語) beside sentences of the
 * same look that must not match.
 * The letter's day is Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

/* 粵語 borrows "call": 我禮拜五朝早十點會call你 is a call at a fixed
 * time, a meeting, not a commitment; by a deadline it is a promise. */
static void
test_call_borrowed(void **state)
{
	static const char *const yes[] = {
	    "我禮拜五朝早十點會call你，了解吓屋企嘅情況。",
	    "我聽日下晝三點會call返你。",
	    "陳姑娘三月五日晚上八點會call您。",
	    "我哋禮拜三朝早十一點call你傾吓。",
	    "我下個禮拜一會call你，講吓評估結果。",
	    NULL };
	static const char *const no[] = {
	    "你方唔方便禮拜五朝早十點call我？",
	    "我上個禮拜五已經call過你。",
	    "如果有問題，我禮拜五會call你？",
	    NULL };
	static const char *const dated[] = {
	    "我會喺三月九日前call你。",
	    NULL };

	(void)state;
	want(yes, 0, -1, 1);
	want(no, 0, -1, 0);
	want(dated, 1, -1, 0);
	settle();
}

/* 我們將：, 本校會：: a heading of subject and marker only; each item is
 * the subject's promise, the heading none. The parents' list, a
 * heading with its own verb, and an item already done are not. */
static void
test_will_heading_items(void **state)
{
	static const char *const two[] = {
	    "我們將：\n\n1. 於三月九日前向老師發出通知；\n\n2. 安排子軒在輔導室考試。\n",
	    "就子軒的支援，本校會：\n- 由三月十六日起每星期提供一節言語治療；\n"
	    "- 為他預備放大字體的工作紙。\n",
	    "我哋會：\n1. 禮拜五之前send份計劃書俾你\n2. 同班主任傾吓點樣調位\n",
	    "本組將會：\n一、於三月二十日前完成評估；\n二、把報告寄給閣下。\n",
	    "我們將會：\n• 於三月九日前向老師發出通知\n• 安排子軒在輔導室考試\n",
	    NULL };
	static const char *const none[] = {
	    "請家長：\n1. 於三月九日前交回回條；\n2. 出席家長會。\n",
	    "你哋會：\n1. 每晚陪佢讀書；\n2. 簽手冊。\n",
	    NULL };
	static const char *const one[] = {
	    /* the heading is the promise */
	    "學校將會在三月為子軒提供以下調適：\n1. 考試加時；\n2. 獨立試場。\n",
	    /* an item already done is an account */
	    "我們將：\n1. 已於上星期通知班主任；\n2. 安排輔導。\n",
	    NULL };

	(void)state;
	want(two, 2, -1, -1);
	want(none, 0, -1, -1);
	want(one, 1, -1, -1);
	run(two[0]);
	due_is("發出通知", "2026-03-09");
	due_is("輔導室", "");
	settle();
}

/* 會盡量 promises only to try: a vague commitment and a deflection; a
 * weekday before 嘅/的/嗰 and a noun of a slot (禮拜六朝早嘅位) names a
 * kind, no due. Requests to the parent and a weekday of its own week
 * are not. */
static void
test_try_only(void **state)
{
	static const char *const yes[] = {
	    "我哋會盡量幫佢執個禮拜六朝早嘅位。",
	    "本校將盡量安排他在輔導室應考。",
	    "我會盡可能幫佢調去星期四的班。",
	    "我會盡量喺禮拜五前send俾你。",
	    NULL };
	static const char *const no[] = {
	    "請家長盡量於三月九日前交回回條。",
	    "你盡量陪佢讀書啦。",
	    "老師已經盡量幫佢。",
	    NULL };

	(void)state;
	want(yes, 1, 1, 0);
	want(no, 0, 0, 0);
	run(yes[0]);
	due_is("禮拜六朝早嘅位", "");
	run("我哋會幫佢轉去星期四的班。");
	due_is("星期四的班", "");
	run("下個禮拜六朝早嘅堂我會同佢補。");
	due_is("同佢補", "2026-03-14");
	run("我禮拜六朝早會同佢補堂。");
	due_is("補堂", "2026-03-07");
	settle();
}

/* Deflections in the terms of a service (deflections_terms.c), 書面語
 * and 粵語, beside the same words free, dated, or the parent's own. */
static void
test_terms_forms(void **state)
{
	static const char *const yes[] = {
	    /* cost on top */
	    "想加堂要另外計，每堂三百蚊。",
	    "暑期治療需另付費用。",
	    "評估費用須由家長自費。",
	    /* kept for the diagnosed */
	    "一對一輔導只適用於已確診的學生。",
	    /* a rule that asks nothing */
	    "教育條例並無規定學校須為每名學生訂立個別計劃。",
	    "現行指引沒有規定學校必須聘請教學助理。",
	    /* the schools' own call */
	    "學校可按校情自行決定如何調配有關津貼。",
	    "是否增聘教學助理，由各校自行決定。",
	    /* other pupils' privacy */
	    "由於片段涉及其他同學的影像，學校未可提供。",
	    "錄影涉及其他學生，我哋唔可以俾你睇。",
	    /* consent first */
	    "轉介臨床心理學家，要爸爸媽媽兩個都簽咗同意書先得。",
	    "須得到雙方家長簽署同意書才可安排評估。",
	    /* made ordinary */
	    "細路通常過一排就會適應返。",
	    "小朋友一般過一段時間就會習慣。",
	    NULL };
	static const char *const no[] = {
	    "加堂不另收費。",
	    "補課免費，唔使另外俾錢。",
	    "家長可自行決定是否出席。",
	    "我們會保障每位同學的私隱。",
	    "請於三月九日前簽署同意書並交回。",
	    "細路通常會帶水壺返學。",
	    "佢比上學期高咗好多。",
	    NULL };

	(void)state;
	want(yes, -1, 1, 0);
	want(no, -1, 0, 0);
	settle();
}

/* 比上學期穩陣好多: the child better than before, by much and without a
 * figure, is comfort (in a reply or not); with a figure it is a
 * progress report (a therapist's 讀得啱大約七成，比上個月好好多). */
static void
test_better_without_figure(void **state)
{
	static const char *const yes[] = {
	    "佢嘅英文比上學期穩陣好多。",
	    "佢而家上堂比開學嗰陣穩定好多。",
	    "佢嘅默書比上個月熟好多。",
	    NULL };
	static const char *const no[] = {
	    "佢比上學期高咗好多。",
	    "佢喺句子入面讀得啱大約七成，比上個月好好多。",
	    "佢今次默書有85分，比上次穩陣好多。",
	    "佢嘅英文默書有八十分，比上學期穩定好多。",
	    NULL };

	(void)state;
	assert_int_equal(reply_forms_misread(yes, no, 1), 0);
}

/* 個別學習計劃檢討，已訂於…舉行: a review named as a noun and held on a
 * day set for it is the parent's meeting; 會檢討 is a verb, and a
 * review already held is no meeting. */
static void
test_review_held(void **state)
{
	static const char *const yes[] = {
	    "子晴的個別學習計劃檢討，已訂於三月十六日（星期一）下午四時在學生支援中心舉行。",
	    "志明的學習計劃檢討定於三月二十日（星期五）上午十時舉行。",
	    "下學期的IEP檢討將於三月十三日在會議室舉行，請家長出席。",
	    "年度檢討安排於3月18日下午三時在校舉行。",
	    NULL };
	static const char *const no[] = {
	    "學校會於三月二十日檢討有關安排。",
	    "檢討已於二月二十日舉行。",
	    "學校將於三月二十日檢討有關安排，並會舉行家長日。",
	    NULL };

	(void)state;
	want(yes, 0, 0, 1);
	want(no, -1, 0, 0);
	settle();
}

/* 本局…會再函覆閣下: writing again some day is nothing to check; 列席
 * (sitting in as an observer) is the sitter's commitment, not the
 * parent's meeting. */
static void
test_write_again_sit_in(void **state)
{
	static const char *const vague[] = {
	    "本局收到學校的報告後，會再函覆閣下。",
	    "待校方完成調查後，本署將另函通知閣下。",
	    NULL };
	static const char *const promise[] = {
	    "本局學校發展主任袁先生，將以觀察員身份列席學校三月十日召開的學生支援小組會議。",
	    "教育心理學家會列席三月十三日的個案會議。",
	    NULL };

	(void)state;
	want(vague, 1, 1, 0);
	want(promise, 1, -1, 0);
	run("本局會於三月十三日前再函覆閣下。");
	due_is("函覆", "2026-03-13");
	settle();
}

/* 導師阿Ken，禮拜二會幫佢改: a person in apposition before the comma,
 * then a clause of a date and 會 with no subject of its own; not what
 * somebody said (陳老師話，) nor a thing of somebody's (佢嘅功課，). */
static void
test_apposed_actor(void **state)
{
	static const char *const yes[] = {
	    "我哋班嘅助教Kitty姐姐，下個禮拜一會開始陪佢食茶點。",
	    "我哋嘅導師阿Ken，禮拜二會幫佢改埋份測驗卷，再逐題同佢講解。",
	    "言語治療師黃小姐，三月十日會到校評估子軒。",
	    "班主任李老師，下星期三會把工作紙寄給你。",
	    NULL };
	static const char *const no[] = {
	    "天氣報告話，禮拜二會落雨。",
	    "佢嘅功課，禮拜二會派返。",
	    "陳老師話，三月九日會有測驗。",
	    NULL };

	(void)state;
	want(yes, 1, 0, 0);
	want(no, 0, 0, 0);
	run(yes[0]);
	due_is("陪佢食茶點", "2026-03-09");
	settle();
}

/* 當日負責小息當值的兩位老師已依照…指引行事: 負責 in a relative clause
 * (no person before it, 的 before its noun) is no promise, and the act
 * defended as done by the book is a deflection; a future by the same
 * guidelines is a promise. */
static void
test_by_the_book(void **state)
{
	static const char *const yes[] = {
	    "經初步了解，當日負責小息當值的兩位老師已依照校方的處理指引行事，並即時通知家長。",
	    "當值老師已按照既定程序處理事件。",
	    "負責午膳的姨姨已經依足學校指引處理咗。",
	    NULL };
	static const char *const promise[] = {
	    "陳老師負責跟進子軒的功課，並於三月九日前致電家長。",
	    "我們會依照指引於三月九日前通知你。",
	    "負責嘅老師會喺三月九日前覆你。",
	    NULL };
	static const char *const no[] = {
	    "請家長依照指引填寫表格。",
	    "下學期負責功課輔導的陳老師已通知家長。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(promise, 1, 0, 0);
	want(no, 0, 0, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_call_borrowed),
		cmocka_unit_test(test_will_heading_items),
		cmocka_unit_test(test_try_only),
		cmocka_unit_test(test_terms_forms),
		cmocka_unit_test(test_better_without_figure),
		cmocka_unit_test(test_review_held),
		cmocka_unit_test(test_write_again_sit_in),
		cmocka_unit_test(test_apposed_actor),
		cmocka_unit_test(test_by_the_book),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
