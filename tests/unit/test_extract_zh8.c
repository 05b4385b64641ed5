/*
 * test_extract_zh8.c — the Chinese forms blind batch L missed (issue 17),
 * each in variants written here (書面語 and 粵語) beside sentences of the
 * same look that must not match: a delegation by invitation (已邀請), a
 * doctor by title and the parents as 兩位, a notice closed to 貴家長,
 * being in touch as the whole act (與…聯絡) or an enquiry made later
 * (遲啲再幫你問吓), waiting on when others are free (要睇…幾時有空), a
 * decision placed elsewhere (最終由, 做唔到主), a matter played down
 * through an adverb, and the child outgrowing it.
 * The letter's day is Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

/* 已邀請/已囑咐 somebody to act by a date: the commitment of the one
 * asked; 博士 and 兩位 are owners. */
static void
test_invited_to_act(void **state)
{
	static const char *const yes[] = {
	    "本人已邀請教育心理學家陳博士於四月內到校觀察子軒。",
	    "我已經邀請言語治療師於三月二十日前評估佢。",
	    "本組已囑咐班主任於下星期五前致電家長以外的專家查詢。",
	    "我已請教育心理學家於三月二十日到校評估子軒。",
	    "李博士會於四月內完成評估報告。",
	    "兩位會於三月十三日前把回條交回校務處。",
	    NULL };
	static const char *const no[] = {
	    "本校已邀請家長出席三月二十日的家長日。",
	    "我們已邀請您參加工作坊。",
	    "李博士上星期已完成評估。",
	    "我已請教過陳博士，佢建議三月九日再評估。",
	    "兩位老師上星期已經同佢傾過。",
	    NULL };

	(void)state;
	want(yes, 1, -1, -1);
	want(no, 0, -1, -1);
	settle();
}

/* 敬啟者 … 此致 貴家長: a notice to every parent carries nothing; a
 * letter that speaks to the family (閣下) keeps its items. */
static void
test_notice_to_parents(void **state)
{
	static const char *const none[] = {
	    "敬啟者：\n\n本校旅行日將於三月二十日舉行。\n\n"
	    "如遇惡劣天氣，學校將於當日上午六時半在網頁公布安排。\n\n"
	    "此致\n貴家長\n",
	    "敬啟者：\n\n本校將於三月九日舉行家長講座。\n\n此致 貴家長\n",
	    "敬啟者：\n\n圖書館將於三月十六日起延長開放時間。\n\n"
	    "此致\n各貴家長\n",
	    NULL };
	static const char *const one[] = {
	    "敬啟者：\n\n本人將於三月九日前把報告寄給閣下。\n\n此致\n貴家長\n",
	    NULL };

	(void)state;
	want(none, 0, 0, 0);
	want(one, 1, -1, -1);
	settle();
}

/* 會與…聯絡 with nothing more: undated, nothing to check. */
static void
test_contact_only(void **state)
{
	static const char *const yes[] = {
	    "本中心會盡快與學校聯絡。",
	    "我會同社工聯繫，再睇點安排。",
	    "本組將與言語治療師溝通。",
	    "我哋會跟班主任聯絡。",
	    "社工會和醫院聯絡。",
	    /* an enquiry made later, like "make enquiries" */
	    "功輔班仲有冇位，我遲啲再幫你問吓。",
	    "我稍後會向社工查詢。",
	    "我哋遲啲再問問治療師。",
	    NULL };
	static const char *const dated[] = {
	    "本中心會於三月九日前與學校聯絡。",
	    "我會喺下星期三之前同社工聯繫。",
	    "我會喺星期五之前幫你問吓社工。",
	    NULL };
	static const char *const no[] = {
	    "我會盡快聯絡外間機構，為子軒申請情緒管理小組。",
	    "學校會與家長保持良好溝通的傳統由來已久嗎？",
	    "如有查詢，請致電本校。",
	    NULL };

	(void)state;
	want(yes, 1, 1, 0);
	want(dated, 1, 0, 0);
	want(no, -1, 0, 0);
	settle();
}

/* The deflections: another's time or decision, played down, outgrown. */
static void
test_zh8_deflections(void **state)
{
	static const char *const yes[] = {
	    /* waiting on when others are free */
	    "言語治療要睇治療師幾時有空。",
	    "小組要睇社工幾時得閒先可以開。",
	    "能否安排要視乎駐校社工何時有空。",
	    /* a decision placed elsewhere */
	    "考試可否加時，最終由學校自行決定。",
	    "是否轉校最後由教育局決定。",
	    "轉班嘅事我自己做唔到主。",
	    "呢件事我作不了主，要問校長。",
	    /* played down through an adverb */
	    "佢嘅情況其實唔算嚴重。",
	    "子軒的問題根本不大。",
	    /* the child outgrows it */
	    "大個啲自然會好返。",
	    "佢長大後自然會改善。",
	    "小朋友大個咗就會好返，唔使擔心。",
	    NULL };
	static const char *const no[] = {
	    "我哋幾時有空再約你。",
	    "由學校負責的工作紙已經派咗。",
	    "最終由家長填妥的表格已交回。",
	    "佢嘅情況其實有啲複雜，要再了解。",
	    "佢大個咗好多，仲識照顧細佬。",
	    "長大後佢想做醫生。",
	    NULL };

	(void)state;
	want(yes, -1, 1, 0);
	want(no, -1, 0, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_invited_to_act),
		cmocka_unit_test(test_notice_to_parents),
		cmocka_unit_test(test_contact_only),
		cmocka_unit_test(test_zh8_deflections),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
