/*
 * test_extract_zh15.c — round 16 (issue 17): the Chinese forms blind
 * batch U missed, written here in words of this file's own (書面語 and
 * 粵語, other nouns, numbers and orders than the batch's) beside
 * sentences of the same look that must not match: a Cantonese call
 * with a measure word (打個電話, 通個電話, 打去你手提) fixed for a day
 * and a clock time, the writer meeting the parent with a colleague
 * sitting in (列席), and a second clause's own passive future with an
 * unbounded time (稍後, 日後) after a dated first one.
 * The letter's day is Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define ZH "陳太："

/* A call with a measure word, or one made to the parent's phone, fixed
 * for a day and a clock time: a meeting, not a commitment. */
static void
test_call_measure(void **state)
{
	static const struct variant yes[] = {
	    { "我哋星期四（5/3）下午4點打個電話傾下，我打去你屋企。", "2026-03-05" },
	    { "聽日晏晝兩點我哋通個電話，講吓佢嘅進度。", "2026-03-03" },
	    { "下星期一（9/3）晚上7點半我同你傾個電話。", "2026-03-09" },
	    { "禮拜三下晝三點我哋打通電話傾傾。", "2026-03-04" },
	    { "3月12日早上10點，社工會打去你手提同你傾吓。", "2026-03-12" },
	    { "我哋後日（4/3）四點打個電話講吓功課安排。", "2026-03-04" },
	    { "星期五下午3點半我打去你屋企，傾吓評估結果。", "2026-03-06" },
	    { "3月10日晚上8點我哋通個電話，睇吓點樣幫佢溫書。", "2026-03-10" },
	    { "我會喺3月11日下晝5點打去您手機，同您傾吓報告。", "2026-03-11" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "上星期四我哋打咗個電話傾過。",
	    "如果你想打個電話講下，話我知邊日得閒。",
	    "你可唔可以星期四下午4點打個電話畀我？",
	    "請於3月10日前打個電話畀校務處。",
	    "佢每個禮拜三下午4點都會打個電話返屋企。",
	    "昨日下午4點我打咗去你手提，但冇人聽。",
	    "通個電話會快啲。",
	    "佢星期五下午3點會打去診所問報告。",
	    NULL };

	(void)state;
	form("call-measure", 'm', ZH, yes, no);
	settle();
}

/* The writer (or a named colleague) meets the parent on a day, and a
 * third person sits in (列席, 以觀察員身份): the parent's meeting. */
static void
test_meet_with_sitter(void **state)
{
	static const struct variant yes[] = {
	    { "本人將於三月十日（星期二）下午四時在會議室與閣下會面，屆時班主任亦會列席。", "2026-03-10" },
	    { "我會喺3月12日下晝3點喺校務處同你見面，社工都會列席。", "2026-03-12" },
	    { "校長將於三月十六日上午十時與 閣下面談，輔導主任將以觀察員身份列席。", "2026-03-16" },
	    { "副校長會於3月9日下午5時在校長室與您會面，屆時訓導主任亦會列席。", "2026-03-09" },
	    { "本人謹定於三月二十日上午九時半與閣下會面，學生支援組組長亦將列席。", "2026-03-20" },
	    { "我哋會喺3月11日下午4點同你哋開會，言語治療師都會列席。", "2026-03-11" },
	    { "本人會於3月18日下午2時在輔導室與家長會面，屆時社工亦會列席。", "2026-03-18" },
	    { "班主任將於三月十三日下午三時半與閣下會談，本人亦會列席。", "2026-03-13" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "陳老師將於三月十日列席支援小組會議。",
	    "社工將以觀察員身份列席三月十二日的會議。",
	    "如閣下希望與本人會面，請於三月十日前致電本校，屆時主任亦會列席。",
	    "班主任將於三月十日列席學生支援小組會議，並於會後向閣下匯報。",
	    "本人已於二月二十日與閣下會面，當時班主任亦有列席。",
	    "輔導主任會於3月16日列席校董會會議。",
	    NULL };

	(void)state;
	form("meet-with-sitter", 'm', ZH, yes, no);
	settle();
}

/* After a dated promise, a second clause with its own subject and its
 * own 將/會 and an unbounded time (稍後, 日後, 容後): a vague promise
 * of its own. The first keeps its date. */
static void
test_second_vague_clause(void **state)
{
	static const char *const texts[] = {
	    "陳太：\n\n李姑娘將於3月20日前完成觀察報告，報告副本將於稍後寄交家長。\n",
	    "陳太：\n\n本校會於三月十三日前提交申請，審批結果將於稍後通知閣下。\n",
	    "陳太：\n\n治療師將於3月16日前寫好評估，建議書會稍後交畀你。\n",
	    "陳太：\n\n班主任將於3月9日前整理好功課紀錄，摘要將於日後寄回家中。\n",
	    "陳太：\n\n本人將於三月二十日前完成檢討，詳細安排將於短期內另函通知。\n",
	    "陳太：\n\n社工會喺3月18日之前見完佢，面談紀錄稍後會寄畀你。\n",
	    "陳太：\n\n學校將於3月27日或之前發出通告，時間表將於稍後上載至內聯網。\n",
	    "陳太：\n\n黃博士會於三月十九日前寫好建議，建議摘要將於稍後送交閣下。\n",
	    NULL };
	/* one clause only, or the second with no future or no time word,
	 * or the parent's */
	static const char *const one[] = {
	    "陳太：\n\n李姑娘將於3月20日前完成觀察報告，並寄交家長。\n",
	    "陳太：\n\n李姑娘將於3月20日前完成觀察報告，報告副本已經寄出。\n",
	    "陳太：\n\n本校會於三月十三日前提交申請，請家長稍後留意通知。\n",
	    "陳太：\n\n報告副本將於稍後寄交家長。\n",
	    "陳太：\n\n治療師將於3月16日前寫好評估，你稍後會收到。\n",
	    NULL };

	(void)state;
	want(texts, 2, -1, 0);
	for (int k = 0; texts[k]; k++) {
		run(texts[k]);
		if (ex.ncommitments == 2 && (ex.commitments[0].due[0] == '\0' ||
		    ex.commitments[1].due[0] != '\0'))
			note("dues %s / %s: %s", ex.commitments[0].due,
			    ex.commitments[1].due, texts[k]);
	}
	want(one, 1, -1, 0);
	settle();
}

/* A service already rationed for the period: only (只, 淨係, 僅) a
 * grant (批, 撥, 分配, 資助) of a count of sessions or places — the
 * supply given as the answer (budget). */
static void
test_rationed(void **state)
{
	static const char *const yes[] = {
	    "學校今個學期只批咗八節言語治療。",
	    "本年度教育局只撥款資助六節職業治療。",
	    "今年只分配到十二節小組訓練俾佢。",
	    "中心今年淨係批咗四節個別輔導，所以冇得加。",
	    "本學年只獲批5節輔導課。",
	    "今年度只批出十個名額。",
	    "基金今年只資助十小時訓練。",
	    "學校每年只批三次評估。",
	    "本學期只批了六節小組訓練。",
	    NULL };
	static const char *const no[] = {
	    "學校今年批咗十節小組訓練俾佢。",
	    "佢今年只缺席咗兩次。",
	    "佢今個學期只錯咗三個字。",
	    "學校今年只批咗十節小組嗎？",
	    "我哋會向教育局申請多十節。",
	    "佢只用咗十分鐘就做完。",
	    "教育局已經批咗額外八節俾佢，下星期開始。",
	    NULL };

	(void)state;
	deflection_category(ZH, "rationed", yes, no);
	settle();
}

/* The writer's effort given instead of an answer: 已經盡咗力, 竭盡所能,
 * 能做嘅都做晒 (reassurance by effort); not a promise to try (會盡力),
 * nor the child's effort. */
static void
test_effort(void **state)
{
	static const char *const yes[] = {
	    "我哋真係已經盡咗力，希望你體諒。",
	    "學校已經盡晒全力幫佢。",
	    "本校已竭盡所能支援志明。",
	    "老師們已經盡了最大努力。",
	    "我們已盡最大努力照顧他的需要。",
	    "我哋能做嘅都已經做晒喇。",
	    "其實我哋已經盡晒力去幫佢㗎。",
	    "學校方面已經盡力而為。",
	    NULL };
	static const char *const no[] = {
	    "佢考試已經盡晒力。",
	    "請你盡力配合。",
	    "我哋已經盡晒力嗎？",
	    "佢哋兩個都已經盡咗力，輸咗唔緊要。",
	    "志明能做嘅都未做。",
	    NULL };
	/* read today by the older 盡力/最大努力 frames (deflections_zh.c's
	 * hand): the child's effort, a promise to try, thanks */
	static const char *const older[] = {
	    "志明今次比賽已經盡了最大努力。",
	    "我哋下星期會盡力安排一次面談。",
	    "多謝你一直盡心盡力照顧佢。",
	    NULL };

	(void)state;
	deflection_category(ZH, "effort", yes, no);
	settle();
	deflections_left(ZH, "effort (older frames)", older, 0);
	still_open(3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_call_measure),
		cmocka_unit_test(test_meet_with_sitter),
		cmocka_unit_test(test_second_vague_clause),
		cmocka_unit_test(test_rationed),
		cmocka_unit_test(test_effort),
	};
	return cmocka_run_group_tests_name("extract_zh15", tests, NULL,
	    teardown);
}
