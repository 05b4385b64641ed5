/*
 * test_extract_zh6.c — the Chinese forms of issue 17's sixth round, each
 * in variants of its own (書面語 and 粵語) beside sentences it must not
 * read: a decision that is not ours (非…所能, 超出…專業範疇), a matter
 * played down, the child better or like many, the writer unable, a wait
 * to see whether the child copes, a service full, and a call the writer
 * will make (會…來電). The letter's day is Monday 2 March 2026
 * (testextract.h).
 */
#include "testextract.h"

/* 非…所能 + a verb of deciding: another's call. */
static void
test_not_ours_to(void **state)
{
	static const char *const yes[] = {
	    "至於應否轉用電動輪椅，非本校所能置喙。",
	    "此事並非學校所能決定。",
	    "派位結果非我們所能左右。",
	    "藥物治療非本人所能處理，須由醫生跟進。",
	    "呢件事並非校方所能干預。",
	    NULL };
	static const char *const no[] = {
	    "學校所能提供的支援包括言語治療。",
	    "非本校學生不得進入禮堂。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* 超出/超越 a profession's or a power's scope. */
static void
test_outside_scope(void **state)
{
	static const char *const yes[] = {
	    "閣下提及的藥物問題超出本人的專業範疇。",
	    "呢個問題超出咗我嘅專業範圍。",
	    "有關要求已超越學校的職權範圍。",
	    "轉介精神科超出社工的專業範疇。",
	    "處方藥物超出治療師的專業範圍。",
	    NULL };
	static const char *const no[] = {
	    "這次默書的內容超出了課本範圍。",
	    "今次測驗超出考試範圍，請家長留意。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(no, -1, 0, 0);
	settle();
}

/* 問題/情況 played down (唔算大, 不嚴重). */
static void
test_minor_matter(void **state)
{
	static const char *const yes[] = {
	    "佢嘅問題唔算大，你放心。",
	    "子謙的問題不大。",
	    "情況並不嚴重。",
	    "其實佢嘅情況唔算嚴重。",
	    "佢上堂分心嘅問題唔嚴重。",
	    NULL };
	static const char *const no[] = {
	    "這個問題不大可能在短期內解決。",
	    "如有任何問題，請聯絡班主任。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* The child better by much, or many children the same. */
static void
test_better_or_common(void **state)
{
	static const char *const yes[] = {
	    "佢講嘢其實清楚咗好多。",
	    "他的寫字進步了不少。",
	    "佢而家專心咗好多。",
	    "很多孩子在這個階段都會有類似情況。",
	    "好多小朋友喺呢個年紀都係咁。",
	    NULL };
	static const char *const no[] = {
	    "今日佢講嘢清楚咗好多。",
	    "很多孩子都參加了這個活動。",
	    "我們做了很多準備。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* The writer, adverbs only, then 做唔到: a refusal. */
static void
test_writer_cannot(void **state)
{
	static const char *const yes[] = {
	    "老實講我真係做唔到，唔好意思。",
	    "每日抄功課俾你，我實在做唔到。",
	    "本人確實無法做到每星期匯報。",
	    "呢個要求學校真係做唔到。",
	    "每日影相俾你，我哋都做唔到。",
	    NULL };
	static const char *const no[] = {
	    "如果我做唔到嘅話，佢哋都明白。",
	    "佢而家仲做唔到自己綁鞋帶。",
	    "我知佢做唔到嘅部分。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* Watch whether (A唔A, 是否) the child copes, then decide. */
static void
test_watch_whether(void **state)
{
	static const char *const yes[] = {
	    "放完暑假睇吓佢適唔適應中五先算啦。",
	    "我們會觀察他是否跟得上再作決定。",
	    "睇吓佢有冇進步先算。",
	    "觀察她能否適應新班再決定。",
	    "睇下佢去唔去得先再講。",
	    NULL };
	static const char *const no[] = {
	    "請留意佢有冇發燒。",
	    "我哋會觀察佢上堂嘅情況。",
	    NULL };

	(void)state;
	want(yes, -1, 1, 0);
	want(no, -1, 0, 0);
	settle();
}

/* A service full up (爆晒, 爆滿, 額滿). */
static void
test_full_service(void **state)
{
	static const char *const yes[] = {
	    "課後補底班今期已經爆晒，再入多個都唔得。",
	    "言語治療小組已經額滿。",
	    "社交小組今期爆滿。",
	    "功輔班嘅名額已經爆晒。",
	    "伴讀計劃的名額經已額滿。",
	    NULL };
	static const char *const no[] = {
	    "個書包爆晒，要換過個新嘅。",
	    "佢今日好開心。",
	    NULL };

	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, -1, 0);
	settle();
}

/* 來電 after the writer's 會/將: a fixed call. */
static void
test_call_coming(void **state)
{
	static const char *const yes[] = {
	    "另外，本人會在三月十八日（星期三）下午四時半來電，向閣下講解測試所得。",
	    "班主任將於三月九日上午十時來電。",
	    "我哋會喺三月十三號下晝三點來電，同你傾吓。",
	    "社工會在3月20日下午來電跟進。",
	    "陳姑娘將會於三月十日下午二時來電。",
	    NULL };
	static const char *const no[] = {
	    "如有查詢，歡迎於三月十日下午來電。",
	    "請於三月十日前來電預約。",
	    "多謝你上星期五來電。",
	    NULL };

	(void)state;
	want(yes, 0, -1, 1);
	want(no, -1, -1, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_ours_to),
		cmocka_unit_test(test_outside_scope),
		cmocka_unit_test(test_minor_matter),
		cmocka_unit_test(test_better_or_common),
		cmocka_unit_test(test_writer_cannot),
		cmocka_unit_test(test_watch_whether),
		cmocka_unit_test(test_full_service),
		cmocka_unit_test(test_call_coming),
	};
	return cmocka_run_group_tests_name("extract_zh6", tests, NULL,
	    teardown);
}
