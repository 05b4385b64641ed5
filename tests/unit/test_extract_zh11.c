/*
 * test_extract_zh11.c — round 12 (issue 17): the Chinese categories
 * blind batch P missed, written here as categories (書面語 and 粵語, other
 * nouns, numbers and orders than the batch's) beside sentences of the
 * same look that must not match: the school granting, paying or acting
 * with a date, a number about the child, a question, a negation.
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

/* A queue given as the answer: how many stand ahead, the wait quoted. */
static void
test_queue(void **state)
{
	static const char *const yes[] = {
	    "小組而家排緊期，前面仲有二十幾個學生。",
	    "個別訓練前面還有四十多名兒童在輪候。",
	    "佢而家排第三十七位。",
	    "評估中心現時的輪候時間約為十個月。",
	    "新個案要等成年先見到醫生。",
	    "治療師按轉介先後次序處理個案。",
	    "言語治療按轉介次序安排，前面尚有十五人。",
	    "醫院話新症大概要等九個月。",
	    "現時輪候時間大約一年半。",
	    "服務以先到先得形式分配。",
	    NULL };
	static const char *const no[] = {
	    "佢今次默書排第三。",
	    "佢前面坐咗個新同學。",
	    "班上有三十幾個學生。",
	    "佢嘅閱讀能力落後大約十個月。",
	    "輪候時間會唔會好長？",
	    "我們會於三月六日（星期五）前安排評估。",
	    NULL };

	(void)state;
	category("queue", yes, no);
	settle();
}

/* A price on top the subsidy does not cover, a scope that leaves the
 * child out. */
static void
test_cost_scope(void **state)
{
	static const char *const yes[] = {
	    "到校觀察每次要另外收六百蚊，資助唔包。",
	    "家居訓練每節收費五百元，津貼不包括此項。",
	    "暑期小組每堂三百元，不在資助範圍之內。",
	    "升上小四後，佢已經唔喺讀寫小組嘅服務範圍。",
	    "中三學生不在言語治療計劃的服務範圍內。",
	    "升中之後，佢已不屬於學前康復服務的服務對象。",
	    "周末訓練超出本中心的服務範圍。",
	    "上門服務每次八百元，中心資助並不涵蓋。",
	    "額外報告唔包喺套餐入面，每份收五百蚊。",
	    "高中學生已不在輔導小組的支援範圍內。",
	    NULL };
	static const char *const no[] = {
	    "上門訓練由中心資助，家長毋須付費。",
	    "佢今次數學考咗八十五分。",
	    "學校會支付八百元的評估費用。",
	    "佢住喺學校附近，唔喺服務範圍都冇問題嗎？",
	    "佢已經加入讀寫小組，屬於服務範圍內。",
	    "請於三月六日前繳交八百元學費。",
	    NULL };

	(void)state;
	category("cost or scope", yes, no);
	settle();
}

/* Another body's decision, or the school only advising. */
static void
test_others_decide(void **state)
{
	static const char *const yes[] = {
	    "我哋只可以建議，最終決定權喺醫院。",
	    "本校只能提出建議，決定權在教育局。",
	    "驗眼由衞生署學生健康服務負責安排。",
	    "學位分配由教育局處理，並非本校負責。",
	    "助聽器屬醫管局聽力診所的範疇。",
	    "考試調適要考評局批先得，我哋只可以寫信支持。",
	    "我可以建議，但拍板嘅係委員會。",
	    "最後話事嘅係社署。",
	    NULL };
	static const char *const no[] = {
	    "委員會決定，志明將獲延長考試時間。",
	    "校方決定於三月六日為佢安排評估。",
	    "決定權在你，我們會尊重。",
	    "佢今日決定參加合唱團。",
	    "委員會已批准佢使用電腦作答。",
	    "委員會決定，下學期起為佢提供小組輔導。",
	    NULL };

	(void)state;
	category("others decide", yes, no);
	settle();
}

/* Time before deciding: watch for a span, then decide. */
static void
test_watch_first(void **state)
{
	static const char *const yes[] = {
	    "我哋想觀察埋呢兩個禮拜先再決定。",
	    "社工方面，我們希望多觀察一個月再作打算。",
	    "先睇多一排再拍板。",
	    "我們會先觀察半個學期才考慮轉介。",
	    "想再觀察佢一段時間先決定要唔要轉介。",
	    "輔導方面，我哋想睇多幾個禮拜先再算。",
	    "我們傾向先觀察一段時間，暫不轉介。",
	    "觀察多一個月先再同你商量。",
	    NULL };
	static const char *const no[] = {
	    "我們會於三月六日（星期五）入班觀察佢上堂的情況。",
	    "社工已觀察佢兩個星期，並已轉介教育心理學家。",
	    "觀察期已於上月完結。",
	    "你會唔會想我哋再觀察多一個月？",
	    "治療師將於三月九日入班觀察。",
	    NULL };

	(void)state;
	category("watch first", yes, no);
	settle();
}

/* Other families' privacy: another pupil's sanction kept from the
 * parent. */
static void
test_privacy(void **state)
{
	static const char *const yes[] = {
	    "涉事學生所受的處分，本校不能向其他家長透露。",
	    "有關同學的懲處結果不便向閣下披露。",
	    "另一位同學受到甚麼處分，我哋唔可以話俾你知。",
	    "涉事同學的紀律處分屬機密，不能公開。",
	    "其他學生的處分，學校不會向家長交代。",
	    "對涉事學生的處理，不能向其他家長透露。",
	    "嗰個男同學點樣處理，我唔方便同你講。",
	    "涉事學生的資料須保密，恕不能提供。",
	    NULL };
	static const char *const no[] = {
	    "請不要向其他家長透露佢嘅成績。",
	    "佢今日同其他同學一齊做實驗。",
	    "我們會於三月六日向家長交代調查結果。",
	    "其他家長會唔會知道？",
	    "涉事同學已向志明道歉。",
	    NULL };

	(void)state;
	category("privacy", yes, no);
	settle();
}

/* Care from the side, with nothing done: 會繼續從旁關顧. */
static void
test_soft_care(void **state)
{
	static const char *const yes[] = {
	    "班主任會繼續從旁關顧佢。",
	    "社工會繼續留意志明嘅情況。",
	    "老師們會多加關注佢的情緒。",
	    "我哋會繼續睇住佢。",
	    "輔導老師會從旁支援佢。",
	    "各科老師會繼續關心佢嘅適應。",
	    "學校會繼續密切關注事件。",
	    "我們會繼續從旁協助志明。",
	    NULL };
	static const char *const no[] = {
	    "班主任會於三月六日（星期五）致電閣下。",
	    "社工會於三月九日與志明面談。",
	    "老師會每日喺手冊寫低佢嘅功課。",
	    "佢好關心同學。",
	    "各科老師已收到佢的調適清單。",
	    NULL };

	(void)state;
	category("soft care", yes, no);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_queue),
		cmocka_unit_test(test_cost_scope),
		cmocka_unit_test(test_others_decide),
		cmocka_unit_test(test_watch_first),
		cmocka_unit_test(test_privacy),
		cmocka_unit_test(test_soft_care),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	extraction_free(&ex);
	return rc;
}
