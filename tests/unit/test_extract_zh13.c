/*
 * test_extract_zh13.c — round 14 (issue 17): the Chinese categories
 * blind batch Q missed, written here as categories (書面語 and 粵語,
 * other nouns, numbers and orders than the batch's) beside sentences of
 * the same look that must not match: the school granting, a number
 * about the child, a rule the parent is simply told, a dated action, a
 * question, a negation, a plain account of the day.
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

/* Variants this round left as they are (testextract.h). */
static void
left(const char *name, const char *const *texts, size_t want)
{
	deflections_left("陳太：", name, texts, want);
}

/* Normalising: most children of that age are the same. */
static void
test_normalising(void **state)
{
	static const char *const yes[] = {
	    "其實一年級頭一個學期，班上大部分小朋友都係噉。",
	    "呢個年紀嘅細路大多數都係咁。",
	    "班上一半以上的學生都有類似情況。",
	    "大部分同學開學初期都會咁。",
	    "其實好多細蚊仔都係噉，唔使太擔心。",
	    "三年級的學生大多如此。",
	    "班入面大半同學都係噉樣。",
	    "同齡學生普遍都有這種情況。",
	    "升中頭幾個月，大部分學生都係咁。",
	    "好多男仔喺呢個階段都係噉。",
	    NULL };
	static const char *const no[] = {
	    "班上大部分同學都交咗功課。",
	    "佢同班上大半同學一樣，都參加咗旅行。",
	    "大部分同學都係噉嗎？",
	    "並非大部分學生都係咁。",
	    "班上有三十二個學生。",
	    "佢默書錯咗大半。",
	    NULL };

	(void)state;
	category("normalising", yes, no);
	settle();
}

/* One person or supply stretched across many pupils. */
static void
test_stretched(void **state)
{
	static const char *const yes[] = {
	    "不過輔導老師而家一個人跟緊成三十幾個學生。",
	    "社工一個人要照顧四百幾個學生。",
	    "言語治療師一個人負責全校六十多名學生。",
	    "我一個人要睇住成班三十二個細路。",
	    "輔導員一人要跟進逾五十名學生。",
	    "支援津貼要分配給四十一名學生。",
	    "撥款已經要攤分畀成四十幾個學生。",
	    "兩位助理要兼顧十二班學生。",
	    "班主任一個人照顧三十四個學生，好難每日寫。",
	    NULL };
	static const char *const no[] = {
	    "班上有三十四個學生。",
	    "佢一個人做完成份功課。",
	    "佢今日一個人食晏。",
	    "輔導老師下星期一會見浩賢。",
	    "社工一個人可以跟幾多個學生？",
	    NULL };

	/* a small count of schools (五間) is no count of tens; and 全校共有
	 * was read as a supply counted for all before this round */
	static const char *const left_yes[] = {
	    "學校只有一位教育心理學家，要兼顧五間學校。",
	    NULL };
	static const char *const left_no[] = {
	    "全校共有六十多名學生參加陸運會。",
	    NULL };

	(void)state;
	category("stretched", yes, no);
	settle();
	left("stretched", left_yes, 1);
	left("stretched", left_no, 0);
	still_open(2);
}

/* A decision deferred to a later span or event. */
static void
test_deferred(void **state)
{
	static const char *const yes[] = {
	    "宜多觀察一個學期才作決定。",
	    "應先觀察半年再作決定。",
	    "最好再睇多一個學期先決定。",
	    "是否轉介，宜待下學期再作決定。",
	    "呢件事不如等考完試先再決定。",
	    "小組名單要待九月評估後才落實。",
	    "編班要等分班試改完先定。",
	    "宜先觀察兩個月才作安排。",
	    "可否加節數，要視乎下學期評估結果才決定。",
	    "換位嘅事，睇多幾個禮拜先算。",
	    NULL };
	static const char *const no[] = {
	    "我哋會喺三月九日（星期一）作決定，並通知你。",
	    "我觀察咗佢一個學期。",
	    "你幾時會作決定？",
	    "分班試將於八月二十四日舉行。",
	    "本組已經作出決定，浩賢下學期會加一節。",
	    "我會喺考完試後三日內寄報告俾你。",
	    NULL };

	(void)state;
	category("deferred", yes, no);
	settle();
}

/* Eligibility as a condition: not everyone with a need gets it. */
static void
test_not_everyone(void **state)
{
	static const char *const yes[] = {
	    "唔係個個有SEN嘅同學都會有IEP。",
	    "並非每位有特殊需要的學生都會獲得個別學習計劃。",
	    "唔係每個學生都可以申請加時。",
	    "不是所有學生都合資格接受言語治療。",
	    "唔係個個讀寫障礙嘅學生都有讀卷員。",
	    "並非所有被評估的學生都會獲安排第三層支援。",
	    "唔係所有同學都有得用電腦考試。",
	    "只有經評估確認的學生先會有呢個安排。",
	    "不是每個有需要的學生都有名額。",
	    "唔係個個都有得入小組。",
	    NULL };
	static const char *const no[] = {
	    "唔係個個同學都交咗功課。",
	    "不是所有題目都要作答。",
	    "浩賢會有IEP，會議訂於三月十六日。",
	    "係咪個個有SEN嘅同學都會有IEP？",
	    "班上每個學生都有一本手冊。",
	    NULL };

	(void)state;
	category("not everyone", yes, no);
	settle();
}

/* Must-nots: a reply to follow, a plain account of the day, a remit
 * answer that is no commitment. */
static void
test_must_nots(void **state)
{
	static const char *const none[] = {
	    "陳太：\n\n今日見到你留言，我睇完先覆你。\n",
	    "陳太：\n\n浩賢今個禮拜喺小息有兩次喊咗，都係因為排隊嗰陣俾人撞到。\n",
	    "陳太：\n\n家明今日喺體育堂跌親兩次，都係因為鞋帶鬆咗。\n",
	    NULL };
	static const char *const remit[] = {
	    "陳太：\n\n學校會否增加浩賢的支援節數，要由校內支援團隊拍板，並非本人可以答覆。\n",
	    NULL };

	(void)state;
	want(none, -1, 0, -1);
	/* its 會否 is still read as a commitment's marker (commitments_zh.c,
	 * not this round's files): the deflection alone is asked */
	want(remit, -1, 1, -1);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normalising),
		cmocka_unit_test(test_stretched),
		cmocka_unit_test(test_deferred),
		cmocka_unit_test(test_not_everyone),
		cmocka_unit_test(test_must_nots),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
