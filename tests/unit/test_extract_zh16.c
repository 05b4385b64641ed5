/*
 * test_extract_zh16.c — round 17 (issue 17): Chinese forms blind batches
 * W and X missed, written here in words of this file's own beside
 * sentences of the same look that must not match: a slot booked for
 * the parent (幫你book咗, 為您預約了) with its day and time; a yes-or-no
 * question (會唔會, 會不會), 將 as 把 after a verb of deciding (議決將),
 * a first thought (初步打算): none a promise; the marker's own clause
 * dates the promise (學校下月有…，我會在兩星期內…); a fuller picture
 * promised some day (作進一步了解) and a rule that asks nothing of
 * schools (並未要求學校, 並無規定, 只須為), a timetable not out yet (仲未出),
 * an answer that hangs on another's open question (要睇…幾多) and 會考慮
 * (not the 會考 exam): deflections; 冇答應過 and 幾時會 promise nothing;
 * a hearing (聆訊) is a meeting; 考試開始前三天 counts from the exam.
 * The letter's day is Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define ZH "陳太："

/* A slot the writer booked for the parent, with a day and a time. */
static void
test_booked_for_you(void **state)
{
	static const struct variant yes[] = {
	    { "鄭老師將於三月二十八日下午五時致電 台端。", "2026-03-28" },
	    { "我哋約咗3月10號下晝2點電話傾。", "2026-03-10" },
	    { "下星期三（3月11日）朝早10點喺學校圖書館傾吓。", "2026-03-11" },
	    { "校護已安排於3月9日下午4時與家長進行電話會談。", "2026-03-09" },
	    { "聆訊暫定於3月18日（星期三）下午四時舉行。", "2026-03-18" },
	    { "我已經幫你book咗3月14號（星期六）朝早十點，喺觀塘中心。", "2026-03-14" },
	    { "面談時間已為您預約了3月12日下午三時。", "2026-03-12" },
	    { "我幫你約咗李姑娘下星期三下晝四點。", "2026-03-11" },
	    { "講解評估嘅時間，我幫你訂咗3月20號晚上7點。", "2026-03-20" },
	    { "學校已替您預留了3月18日上午十時半的時段。", "2026-03-18" },
	    { "我同你約咗3月9號下午2點半，喺學校會客室。", "2026-03-09" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "佢成日喺課室同人傾吓偈。",
	    "我幫你book咗枱，但係唔知你得唔得閒。",
	    "上星期我幫你約咗李姑娘，但係佢病咗。",
	    "我已為您預約了下學期的言語治療名額。",
	    "你可唔可以幫我book 3月14號朝早十點？",
	    NULL };

	(void)state;
	form("booked-for-you", 'm', ZH, yes, no);
	settle();
}

/* Shapes with a marker that promise nothing. */
static void
test_no_promise_shapes(void **state)
{
	static const char *const none[] = {
	    "你寫咗「學校會喺十月寫好IEP」。",
	    "佢叫咗我唔好擔心。",
	    "學校冇答應過請專人陪佢上堂。",
	    "校方從未承諾提供一對一輔導。",
	    "我而家未答到你治療師幾時會嚟。",
	    "你問我哋會唔會跟足醫生嘅建議。",
	    "家長想知道學校會不會再安排評估。",
	    "小組已於2月20日議決將子軒轉介予教育心理學家。",
	    "會議同意將功課量減半，已於上星期開始。",
	    "我哋初步打算下學期再加一節小組。",
	    "校方初步打算為佳佳申請額外支援。",
	    NULL };
	static const char *const church[] = {
	    "服務學校：基督教宣道會善慶小學",
	    "地址：聖公會聖彼得小學",
	    NULL };
	static const char *const one[] = {
	    "監考名單教務組會喺3月8號前confirm。",
	    "我已經叫咗Miss Lam聽日印定一份畀佢。",
	    "下星期三我會親自去幼稚園睇吓佢上堂。",
	    "本人會與學校學生支援組於3月13日前跟進。",
	    "小組議決將於3月13日前完成調適方案。",
	    "我哋會在3月9日或之前將調整表寄給您。",
	    "我打算3月10日前同班主任傾好座位安排。",
	    NULL };

	(void)state;
	want(none, 0, -1, -1);
	want(church, 0, -1, -1);
	want(one, 1, -1, -1);
	settle();
}

/* Two clauses with dates: the promise is due on its own clause's. */
static void
test_own_clause_due(void **state)
{
	static const struct variant yes[] = {
	    { "IEP meeting定咗3月20號下晝4點。我會喺meeting前三日send draft IEP俾你。", "2026-03-17" },
	    { "正式評估完成後，評估報告預計於三月底前發出。", "2026-03-31" },
	    { "我今晚會send埋呢幾日嘅功課清單俾你。", "2026-03-02" },
	    { "考試將於3月16日開始。班主任將於考試開始前三天帶佢熟習試場。", "2026-03-13" },
	    { "學校下月有一個社交小組，我會在兩星期內把報名表寄給您。", "2026-03-16" },
	    { "考試定於四月初舉行，李老師將於3月13日前把調適安排通知您。", "2026-03-13" },
	    { "家長日喺四月，我哋會喺3月20號之前send份報告俾你。", "2026-03-20" },
	    { NULL, NULL } };
	static const char *const no[] = { NULL };

	(void)state;
	form("own-clause-due", 'c', ZH, yes, no);
	settle();
}

/* 敬啟者 … 此致 貴家長 about 貴子弟 is a letter to one family, not a
 * circular: its arrangements are read. */
static void
test_notice_to_one_family(void **state)
{
	(void)state;
	run("敬啟者：\n\n經言語治療師評估後，貴子弟獲安排參加小組訓練。\n\n"
	    "１．言語治療師將於三月十六日起提供每星期一節的小組訓練。\n"
	    "２．本校將於本月內發出訓練時間表。\n\n此致\n貴家長\n\n校長\n");
	assert_true(ex.ncommitments >= 2);
	run("敬啟者：\n\n本校將於三月十六日舉行陸運會，請家長提醒子女帶備水壺。"
	    "\n\n此致\n各位家長\n\n校長\n");
	assert_int_equal(ex.ncommitments, 0);
}

static void
test_zh_deflections(void **state)
{
	static const char *const later[] = {
	    "副校長會作進一步了解。",
	    "我哋會再了解一下情況。",
	    "訓導主任會了解清楚。",
	    NULL };
	static const char *const not_required[] = {
	    "教育局並未要求學校為每位學生制訂計劃。",
	    "政策上並無要求學校提供一對一輔導。",
	    "教育局冇要求學校咁做。",
	    NULL };
	static const char *const not_out[] = {
	    "言語治療師嘅時間表仲未出。",
	    "評估日期尚未落實。",
	    "今年嘅撥款尚未公佈。",
	    NULL };
	static const char *const hinges[] = {
	    "要睇教育局今年批幾多節。",
	    "要看校方能否安排額外人手。",
	    "得睇考評局會唔會批。",
	    NULL };
	static const char *const rules[] = {
	    "個別學習計劃只須為第三層支援的學生制定。",
	    "教育局並無規定學校必須提供一對一輔導。",
	    NULL };
	static const char *const consider[] = {
	    "額外支援方面，學校會考慮。",
	    "你提出嘅安排，我哋會考慮吓。",
	    NULL };
	static const char *const cannot_help[] = {
	    "我哋唔係醫生，唔可以幫你判斷佢有冇讀寫障礙。",
	    "呢方面學校幫唔到你。",
	    NULL };
	static const char *const talk_later[] = {
	    "我會再同主任傾吓。",
	    "呢件事我哋會同社工傾傾。",
	    NULL };
	static const char *const not_mine[] = {
	    "座位安排我真係話唔到事。",
	    "教育局冇硬性規定學校要做個別學習計劃。",
	    NULL };
	static const char *const look_later[] = {
	    "我哋會再搵吓有冇合適嘅小組。",
	    "李老師會幫手follow吓。",
	    "我會盡快問清楚校車公司嘅安排。",
	    NULL };
	static const char *const last_round[] = {
	    "並非所有有特殊教育需要的學生都需要個別學習計劃。",
	    "考試組仍在商議。",
	    "IEP喺香港唔係法定要求。",
	    "要睇埋EP報告先決定。",
	    "等我同主任傾完再話你知。",
	    NULL };
	static const char *const ai_ak[] = {
	    "我哋會諗吓有冇其他辦法。",
	    "學校一直以學生的最佳利益為依歸。",
	    "學校本年度的資源已經用罄。",
	    "最快要九月先可以幫佢做評估。",
	    "加時應該冇問題嘅。",
	    "我會check吓有冇其他資源。",
	    "本會不會就個案內容作出任何評論。",
	    "一對一輔導唔係我可以決定。",
	    NULL };
	static const char *const al_an[] = {
	    "IEP喺香港唔係法例規定要做。",
	    "呢個課程並非學校舉辦。",
	    "藥物嗰part我哋唔可以俾意見。",
	    "本校認為現有安排已經足夠。",
	    NULL };
	static const char *const ao_aq[] = {
	    "這並非教育局的硬性規定。",
	    "出咗報告我會再通知你。",
	    "學校會繼續盡力照顧佢。",
	    "學校一直按既定程序處理。",
	    "冇法例規定一定要有IEP。",
	    "時間上真係好難再加快。",
	    "具體日期要睇人手。",
	    NULL };
	static const char *const ar_at[] = {
	    "個別學習計劃並非教育局規定每名學生必須設立。",
	    "詳情將稍後另函通知。",
	    "我會同主任反映吓你嘅意見。",
	    "睇吓考完試之後再算啦。",
	    "之後有咩消息我再話你知。",
	    "學校毋須為每名學生制定個別學習計劃。",
	    NULL };
	static const char *const au_aw[] = {
	    "其他科嘅老師我都會同佢哋講返。",
	    "學校定會盡力照顧。",
	    "我哋會keep住觀察佢上堂嘅情況。",
	    "今年冇額外部手提電腦。",
	    "教學助理已經分晒去其他班。",
	    NULL };
	static const char *const no[] = {
	    "我哋會觀察佢上堂嘅情況。",
	    "我下個禮拜三會幫佢試用新嘅計數卡，睇吓會唔會順啲。",
	    "不是所有題目都要作答。",
	    "你唔可以喺課室食嘢。",
	    "佢要睇醫生，所以星期五請假。",
	    "評估日期已落實為3月12日。",
	    "李老師會於3月10日前了解清楚並回覆您。",
	    "學校要求家長於3月6日前交回表格。",
	    NULL };

	(void)state;
	deflection_category(ZH, "進一步了解", later, no);
	deflection_category(ZH, "並未要求學校", not_required, no);
	deflection_category(ZH, "仲未出", not_out, no);
	deflection_category(ZH, "要睇", hinges, no);
	deflection_category(ZH, "只須為", rules, no);
	deflection_category(ZH, "會考慮", consider, no);
	deflection_category(ZH, "唔可以幫", cannot_help, no);
	deflection_category(ZH, "傾吓", talk_later, no);
	deflection_category(ZH, "AF-AH forms", last_round, no);
	deflection_category(ZH, "AI-AK forms", ai_ak, no);
	deflection_category(ZH, "AL-AN forms", al_an, no);
	deflection_category(ZH, "AO-AQ forms", ao_aq, no);
	deflection_category(ZH, "AR-AT forms", ar_at, no);
	deflection_category(ZH, "AU-AW forms", au_aw, no);
	deflection_category(ZH, "話唔到事 / 冇硬性規定", not_mine, no);
	deflection_category(ZH, "搵吓 / follow吓 / 問清楚", look_later, no);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_booked_for_you),
		cmocka_unit_test(test_no_promise_shapes),
		cmocka_unit_test(test_own_clause_due),
		cmocka_unit_test(test_notice_to_one_family),
		cmocka_unit_test(test_zh_deflections),
	};
	return cmocka_run_group_tests_name("extract_zh16", tests, NULL,
	    teardown);
}
