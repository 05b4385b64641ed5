/*
 * test_extract_zh10.c — round 11 (issue 17): the Chinese categories
 * blind batch O missed, written here as categories (書面語 and 粵語, other
 * nouns, amounts and orders than the batch's) beside sentences of the
 * same look that must not match: the school paying, a resource given to
 * the child, a number about the child, a rule the parent is asked to
 * follow, a dated promise, a question, a negation.
 * The letter's day is Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

/* Each yes sentence is one deflection, each no sentence none
 * (testextract.h). */
static void
category(const char *name, const char *const *yes, const char *const *no)
{
	deflection_category("陳太：", name, yes, no);
}

static void
test_cost(void **state)
{
	static const char *const yes[] = {
	    "每節收費港幣八百元。",
	    "評估費用為港幣六千元，由家長支付。",
	    "每次到校觀察要另付港幣一千二百元。",
	    "言語治療每堂三百五十元，需家長自行負擔。",
	    "轉去小組每個月要加四百蚊。",
	    "出報告要另外加五百蚊。",
	    "每小時收費八百元。",
	    "暑期班學費為每位二千元。",
	    "一對一補習每堂三百蚊。",
	    "如需治療師到校，每次費用為一千五百元。",
	    NULL };
	static const char *const no[] = {
	    "學校會支付港幣二千元的評估費用。",
	    "該筆港幣三百元的費用已獲豁免。",
	    "退款港幣二百元將於三月六日前存入兩位戶口。",
	    "子軒今次默書得八十五分。",
	    "請於三月六日前繳交港幣五十元旅行費。",
	    "治療費用全免。",
	    "課程是否要收費？",
	    "費用由學校津貼全數支付，每節八百元。",
	    NULL };

	(void)state;
	category("zh-cost", yes, no);
	settle();
}

static void
test_eligibility(void **state)
{
	static const char *const yes[] = {
	    "此服務只限持有評估報告的學生使用。",
	    "加時安排只適用於已確診的學生。",
	    "讀寫小組僅供小三以上學生參加。",
	    "功課輔導班只開放予有特殊教育需要的學生。",
	    "手提電腦只借畀有診斷報告嘅同學。",
	    "言語治療只會提供予第三層支援的學生。",
	    "呢個小組係留俾有評估報告嘅學生。",
	    "輔導名額已全部分配給小一新生。",
	    NULL };
	static const char *const no[] = {
	    "子軒已獲編配到讀寫小組。",
	    "學校會由三月九日起為子軒提供加時安排。",
	    "這個小組開放給所有學生參加。",
	    "此小組是否只供小三學生參加？",
	    "子軒屬第三層支援的學生。",
	    NULL };

	(void)state;
	category("zh-eligibility", yes, no);
	settle();
}

static void
test_allocation(void **state)
{
	static const char *const yes[] = {
	    "治療師的節數已於九月全數分配。",
	    "輪候名單上已有三十多名學生。",
	    "名額已經全部編配晒。",
	    "仲有好多學生排緊隊等入組。",
	    "今年的個案數目已在開學時定好。",
	    "全校只有五部手提電腦可供借用。",
	    NULL };
	static const char *const no[] = {
	    "我們已為子軒安排了兩節輔導。",
	    "子軒班上有三十名學生。",
	    "子軒的座位已於九月編配。",
	    NULL };

	(void)state;
	category("zh-allocation", yes, no);
	settle();
}

static void
test_rules(void **state)
{
	static const char *const yes[] = {
	    "選修科目一經選定，學年中途不會重新開放申請。",
	    "校規只准中三或以上學生帶手機。",
	    "這項開支並不屬於津貼的資助範圍。",
	    "座位編排由班主任會議決定。",
	    "是否採用有關建議由學校支援小組決定。",
	    "調班與否由校長定奪。",
	    NULL };
	static const char *const no[] = {
	    "請遵守校規，不要帶手機回校。",
	    "班主任會於三月六日前決定座位編排。",
	    "根據本校程序，投訴須先由校長處理。",
	    "如兩位仍有不滿，可於十四天內以書面要求覆核。",
	    NULL };

	(void)state;
	category("zh-rules", yes, no);
	settle();
}

static void
test_privacy(void **state)
{
	static const char *const yes[] = {
	    "該些文件載有其他學生的個人資料。",
	    "閉路電視片段拍到其他同學。",
	    "報告入面有其他小朋友嘅名。",
	    "我同其他家長傾過嘅嘢唔會講出嚟。",
	    "紀錄內有別的學生的資料，恕難提供。",
	    NULL };
	static const char *const no[] = {
	    "報告載有子軒的評估結果。",
	    "我們會於三月六日前把子軒的紀錄寄給兩位。",
	    "子軒今日同其他同學一齊做實驗。",
	    NULL };

	(void)state;
	category("zh-privacy", yes, no);
	settle();
}

static void
test_normalising(void **state)
{
	static const char *const yes[] = {
	    "這個年紀的孩子情緒起伏是常見的。",
	    "小一學生上課坐唔定好普遍。",
	    "升中後成績下滑是十分普遍的現象。",
	    "好多小朋友呢個時候先開始識認字。",
	    "我哋啲老師處理呢類情況經驗好豐富。",
	    "這種情況在幼稚園高班很常見。",
	    "本校社工處理同類個案的經驗十分豐富。",
	    NULL };
	static const char *const no[] = {
	    "這個情況並不常見，我們會於三月六日前轉介教育心理學家。",
	    "子軒是否常常這樣？",
	    "新來的黃老師經驗豐富，將於三月九日起任教子軒的班。",
	    NULL };

	(void)state;
	category("zh-normalising", yes, no);
	settle();
}

static void
test_hope_raise(void **state)
{
	static const char *const yes[] = {
	    "我們希望下學期可以開辦社交小組。",
	    "我哋會先維持新座位兩個星期睇吓。",
	    "我會搵班主任反映吓。",
	    "我會同校長反映一下。",
	    NULL };
	static const char *const no[] = {
	    "希望兩位身體健康。",
	    "我會於三月六日前向校長反映，並回覆兩位。",
	    NULL };

	(void)state;
	category("zh-hope-raise", yes, no);
	settle();
}

/* 科任老師：由某日起…: the row's actor before the colon, its start day
 * the due; 現將會上的決定整理如下, the heading that introduces the rows,
 * is none (現將 is 現在把, 會上 a noun). An exam's start is no promise;
 * the parent's option (如…可於…要求本會覆核) is neither a promise nor a
 * deflection (本會 is a body, not 會). */
static void
test_rows_procedure(void **state)
{
	static const char *const none[] = {
	    "陳太：\n\n下學期考試將於四月二十四日（星期一）開始。\n",
	    "陳太：\n\n如兩位在面談後仍有不滿，可於面談後十四天內以書面要求本會覆核。\n",
	    "陳太：\n\n現將會上的決定整理如下。\n",
	    NULL };
	static const char *const promise[] = {
	    "陳太：\n\n現將會上的決定整理如下。\n\n一、數學科李老師：由3月9日起，每天把功課表影印一份給子軒。\n",
	    "陳太：\n\n本會將於三月九日前回覆兩位。\n",
	    "陳太：\n\n第一次考試輔導將於三月九日開始。\n",
	    NULL };

	(void)state;
	want(none, 0, 0, 0);
	want(promise, 1, -1, 0);
	run(promise[0]);
	due_is("功課表", "2026-03-09");
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
		cmocka_unit_test(test_normalising),
		cmocka_unit_test(test_hope_raise),
		cmocka_unit_test(test_rows_procedure),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
