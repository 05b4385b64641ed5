/*
 * test_extract_zh12.c — round 13 (issue 17), Chinese: the structures the
 * blind batches L-P missed, each written here as a form (other names,
 * verbs, dates and orders than the letters'; 書面語 and 粵語) beside
 * must-nots of the same shape: the parent asked to act, a past report,
 * a question, the child's own doing. Read against Monday 2 March 2026.
 */
#include "testextract.h"

#define ZH	"陳太："
#define ROWS	"陳太：\n\n現將會上的決定整理如下。\n\n跟進事項"

/* 英文科周老師：由12月6日起，默書前一天把…: the start date is the due,
 * not the day before an event that recurs after it. */
static void
test_row_start(void **state)
{
	static const struct variant yes[] = {
	    { "一、英文科周老師：由3月9日起，默書前一天把生字表印成大字版給浩然。", "2026-03-09" },
	    { "一、中文科李老師：由三月十六日起，每次測驗前兩天把溫習重點交給子軒。", "2026-03-16" },
	    { "一、班主任：3月9日起，考試前一星期把溫習時間表交給家長。", "2026-03-09" },
	    { "一、陳主任：由3月12日開始，每次默書前一日提醒浩然溫習。", "2026-03-12" },
	    { "一、數學科何老師：由下星期一起，每次小測前一天把練習卷給子軒。", "2026-03-09" },
	    { "一、李Sir：由3月9號開始，每次默書前一日將生字表印大啲俾佢。", "2026-03-09" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "一、英文科周老師：2月27日已把生字表印成大字版給浩然。",
	    "請家長由3月9日起，默書前一天提醒浩然溫習生字。",
	    "英文科周老師會否由3月9日起，默書前一天把生字表印成大字版給浩然？",
	    "由3月9日起，默書將改於星期五舉行。",
	    NULL };

	(void)state;
	form("row-start", 'c', ROWS, yes, no);
	still_open(1);
}

/* 程太：下星期內把…交校方存檔: the parent's own row is hers to do. */
static void
test_parent_row(void **state)
{
	static const struct variant yes[] = {
	    { "一、本人：3月11日或之前把計劃書定稿交閣下簽署。\n二、陳太：下星期內把醫生報告影印一份交校方存檔。", "2026-03-15" },
	    { "一、本人：3月11日或之前把計劃書定稿交閣下簽署。\n二、家長：3月20日前把覆診紙影印本交班主任。", "2026-03-20" },
	    { "一、本人：3月11日或之前把計劃書定稿交閣下簽署。\n二、何先生：下星期內將私家評估報告交學校。", "2026-03-15" },
	    { "一、本人：3月11日或之前把計劃書定稿交閣下簽署。\n二、陳太（家長）：3月13日或之前簽妥同意書交回校務處。", "2026-03-13" },
	    { "一、本人：3月11日或之前把計劃書定稿交閣下簽署。\n二、子軒媽媽：本月底前把家中閱讀紀錄交班主任。", "2026-03-31" },
	    { "一、本人：3月11日或之前把計劃書定稿交閣下簽署。\n二、陳太：下星期五前填妥問卷交社工。", "2026-03-13" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "二、陳太：已於2月27日把醫生報告交校方。",
	    "陳太下星期內會把醫生報告交校方嗎？",
	    "二、家長：陳太（電話：9123 4567）",
	    "二、陳太：關注子軒的專注力。",
	    NULL };

	(void)state;
	form("parent-row", 'c', ROWS, yes, no);
	still_open(4);
}

/* （負責人：…；完成日期：本次會議後一星期內）: a due counted from the
 * meeting the letter reports. */
static void
test_after_this_meeting(void **state)
{
	static const char *const opening = "陳太：\n\n多謝閣下於二月二十七日"
	    "出席子軒的個別學習計劃檢討會議。現將會上議定的跟進事項列出如下。"
	    "\n\n跟進事項";
	static const struct variant yes[] = {
	    { "1. 為子軒安排選科面談（負責人：輔導組張老師；完成日期：本次會議後一星期內）", "2026-03-06" },
	    { "1. 把調適清單發給各科老師（負責人：學生支援組；完成日期：會議後兩星期內）", "2026-03-13" },
	    { "1. 安排言語治療評估（負責人：李姑娘；完成日期：是次會議後三星期內）", "2026-03-20" },
	    { "1. 整理功課調適紀錄交家長（負責人：班主任；完成日期：會後一星期內）", "2026-03-06" },
	    { "1. 為子軒申請考試調適（負責人：考務組；限期：本次會議後十天內）", "2026-03-09" },
	    { "1. 陳老師：本次會議後一星期內把閱讀計劃交家長。", "2026-03-06" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "請家長於會議後一星期內交回回條。",
	    "1. 家長須知（地點：本校禮堂；日期：本次會議後公佈）",
	    "本次會議後一星期內，學校假期開始。",
	    NULL };

	(void)state;
	form("after-this-meeting", 'c', opening, yes, no);
	settle();
}

/* 已要求校長在本月二十五日前約見兩位: a delegation with a date is the
 * commitment of the person asked. */
static void
test_delegation(void **state)
{
	static const struct variant yes[] = {
	    { "本會已要求校長在本月二十五日前約見兩位。", "2026-03-25" },
	    { "本人已請班主任於3月13日前致電兩位。", "2026-03-13" },
	    { "校長已指示學生支援組在三月底前向家長提交書面報告。", "2026-03-31" },
	    { "我已經叫咗社工喺下個禮拜五之前聯絡你。", "2026-03-13" },
	    { "本會已委託訓導主任於3月20日或之前完成調查。", "2026-03-20" },
	    { "校董會已要求學校在3月16日前回覆兩位。", "2026-03-16" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "校長已要求兩位在本月二十五日前交回文件。",
	    "本會已於2月20日約見兩位。",
	    "本會會否要求校長約見兩位？",
	    "閣下要求校長在本月二十五日前約見兩位。",
	    NULL };

	(void)state;
	form("delegation", 'c', ZH, yes, no);
	still_open(4);
}

/* 將未交嗰幾份作業列張單畀佢: Cantonese 列張單畀 (give a list) and its
 * kin with a date are a commitment. */
static void
test_list_given(void **state)
{
	static const struct variant yes[] = {
	    { "數學科陳Sir話會喺禮拜五之前將未交嗰幾份作業列張單畀佢。", "2026-03-06" },
	    { "我會喺星期三之前將要補嘅功課列張清單俾你。", "2026-03-04" },
	    { "班主任會喺3月10號前將欠交功課列張表畀你。", "2026-03-10" },
	    { "李Sir話禮拜五前會將測驗範圍寫低畀佢。", "2026-03-06" },
	    { "我聽日會將要帶嘅物品列張單俾佢。", "2026-03-03" },
	    { "社工會喺下星期一之前將小組時間表影印一份畀你。", "2026-03-09" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "麻煩你喺禮拜五之前將佢未交嘅功課列張單畀我。",
	    "陳Sir上個禮拜已經將未交嘅作業列咗張單畀佢。",
	    "陳Sir會唔會將未交嘅作業列張單畀佢？",
	    "浩賢話禮拜五之前會自己將功課列張單。",
	    NULL };

	(void)state;
	form("list-given", 'c', ZH, yes, no);
	still_open(2);
}

/* 本校須於十月三十一日或之前把…資料上載至有關系統: the school's
 * obligation, 把 and a verb of sending, with a date. */
static void
test_must_send(void **state)
{
	static const struct variant yes[] = {
	    { "按教育局規定，本校須於3月31日或之前把子軒的資料上載至有關系統。", "2026-03-31" },
	    { "學校須於三月二十日前把申請表送交教育局。", "2026-03-20" },
	    { "本組需於本月底前將評估結果上載至學生資料系統。", "2026-03-31" },
	    { "學校要喺3月13號之前將報告交去教育局。", "2026-03-13" },
	    { "班主任須在3月16日前把調適清單送達各科老師。", "2026-03-16" },
	    { "本校必須於三月十日前把學生名單呈交考評局。", "2026-03-10" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "家長須於3月31日或之前把子軒的資料上載至有關系統。",
	    "本校已於2月27日把子軒的資料上載至有關系統。",
	    "學校是否須於3月31日前把資料上載？",
	    "子軒須於3月20日前把作品交給老師。",
	    NULL };

	(void)state;
	form("must-send", 'c', ZH, yes, no);
	still_open(4);
}

/* 我哋兩點半見: see you at a time (and a day) is a meeting. */
static void
test_see_you_at(void **state)
{
	static const struct variant yes[] = {
	    { "下星期四（5號）家長日，我哋兩點半見，到時當面講清楚啲。", "2026-03-05" },
	    { "星期五三點見，到時再傾。", "2026-03-06" },
	    { "3月9日下午四點我哋見，到時一齊睇吓佢份功課。", "2026-03-09" },
	    { "禮拜二放學後我哋四點見。", "2026-03-03" },
	    { "咁下個禮拜一十點半見啦。", "2026-03-09" },
	    { "下星期三（4號）早上九點，我們在校務處見。", "2026-03-04" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "我哋上個禮拜五兩點半見過面。",
	    "星期四兩點半見得唔得？",
	    "浩賢星期四兩點半見言語治療師。",
	    "請你星期四兩點半見完醫生後打畀我。",
	    NULL };

	(void)state;
	form("see-you-at", 'm', ZH, yes, no);
	settle();
}

/* 麻煩你嚟OT室一轉: the parent asked to come to a room on a date. */
static void
test_come_to_room(void **state)
{
	static const struct variant yes[] = {
	    { "下個禮拜五（6號）三點半，麻煩你嚟OT室一轉，一齊試吓張新座墊。", "2026-03-06" },
	    { "3月9日下午四時，請你到輔導室一趟，我們一起看看他的作品。", "2026-03-09" },
	    { "星期三放學後四點，麻煩你上嚟教員室一轉。", "2026-03-04" },
	    { "禮拜四三點，唔該你嚟治療室搵我。", "2026-03-05" },
	    { "下星期二（3號）下午三時，請您來言語治療室一趟，一同試用新的發音卡。", "2026-03-03" },
	    { "3月10日上午十時，請閣下到校務處一趟。", "2026-03-10" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "請你於3月6日或之前到校務處交回回條。",
	    "浩賢星期五三點會嚟OT室一轉。",
	    "上個禮拜五你嚟OT室一轉，我哋試咗張座墊。",
	    "星期五你可唔可以嚟OT室一轉？",
	    NULL };

	(void)state;
	form("come-to-room", 'm', ZH, yes, no);
	settle();
}

/* 星期四六點半左右我打畀你: a call at a fixed time (左右 = about). */
static void
test_call_at_time(void **state)
{
	static const struct variant yes[] = {
	    { "星期四六點半左右我打畀你，同你講吓佢呢幾日嘅情況。", "2026-03-05" },
	    { "禮拜五晚上八點我打電話畀你。", "2026-03-06" },
	    { "3月9日下午五時左右，我會致電給您。", "2026-03-09" },
	    { "下星期一四點左右我打個電話俾你。", "2026-03-09" },
	    { "星期三放學後大約四點，我再打畀你。", "2026-03-04" },
	    { "明天下午三時左右本人致電閣下。", "2026-03-03" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "星期四六點半左右請你打畀我。",
	    "琴日六點半左右我打咗畀你。",
	    "星期四六點半左右我打畀你得唔得？",
	    "星期四六點半左右你打畀我就得。",
	    NULL };

	(void)state;
	form("call-at-time", 'm', ZH, yes, no);
	settle();
}

/* 新學年首個檢討日子暫訂為…: a review day set, provisionally or not. */
static void
test_review_day(void **state)
{
	static const struct variant yes[] = {
	    { "新學年首個檢討日子暫訂為三月二十六日（星期四）下午四時。", "2026-03-26" },
	    { "下次檢討會暫定為3月20日下午三時半。", "2026-03-20" },
	    { "個別學習計劃的中期檢討日期暫訂於四月九日下午四時。", "2026-04-09" },
	    { "年度檢討日期定為3月27日（星期五）下午三時。", "2026-03-27" },
	    { "下一次覆檢日子暫定三月二十三日上午十時。", "2026-03-23" },
	    { "下次檢討嘅日子暫時定咗喺3月19號下晝四點。", "2026-03-19" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "檢討結果暫訂於三月二十日公佈。",
	    "上次檢討日子訂為二月二十日。",
	    "檢討日子暫訂為三月二十日，你覺得得唔得？",
	    "考試日子暫訂為三月二十日。",
	    NULL };

	(void)state;
	form("review-day", 'm', ZH, yes, no);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_start),
		cmocka_unit_test(test_parent_row),
		cmocka_unit_test(test_after_this_meeting),
		cmocka_unit_test(test_delegation),
		cmocka_unit_test(test_list_given),
		cmocka_unit_test(test_must_send),
		cmocka_unit_test(test_see_you_at),
		cmocka_unit_test(test_come_to_room),
		cmocka_unit_test(test_call_at_time),
		cmocka_unit_test(test_review_day),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
