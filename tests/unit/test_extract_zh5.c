/*
 * test_extract_zh5.c — the Chinese forms of issue 17's fifth round, each
 * in variants of its own (書面語 and 粵語) beside sentences it must not
 * read: deflections with no cue word (a decision put with an authority,
 * no funds or places left, waiting for a stage, no rule broken, the
 * child will surely cope), a marker negated just before it, a notice
 * (敬啟者 … 此致 各位家長), a short meeting convened with the parent, and
 * a thing given with the giver unsaid. The letter's day is Monday 2
 * March 2026 (testextract.h).
 */
#include "testextract.h"

/* A decision noun or verb with an authority: 權責, 定奪, 拍板, 審批. */
static void
test_authority_decides(void **state)
{
	static const char *const yes[] = {
	    "分班事宜屬校董會權責。",
	    "能否延長考試時間，須交考試委員會定奪。",
	    "呢件事輪唔到我話事，要睇校長點諗。",
	    "轉校嘅事輪不到學校拍板。",
	    "特別考試安排要交考評局審批。",
	    "額外撥款一事屬局方權責。",
	    NULL };
	static const char *const no[] = {
	    "委員會成員包括校長及三位老師。",
	    "請於星期五前把表格交回班主任。",
	    NULL };
	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* A limit on funds or places: 無餘額, 所餘無幾, 冇名額, 負擔唔起. */
static void
test_no_funds_left(void **state)
{
	static const char *const yes[] = {
	    "本年度的津貼實無餘額。",
	    "學習支援津貼已無餘額。",
	    "今年啲資源所餘無幾。",
	    "今期小組已經冇名額。",
	    "額外治療我哋真係負擔唔起。",
	    "學校承擔不起外購服務的費用。",
	    NULL };
	static const char *const no[] = {
	    "如果你負擔唔起，可以同社工傾。",
	    "戶口仍有餘額。",
	    NULL };
	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* Waiting for a stage: 等…先, 待…後，再, 待…時，再. */
static void
test_wait_for_stage(void **state)
{
	static const char *const yes[] = {
	    "等佢考完統測先。",
	    "等報告出咗先啦。",
	    "待評估完成後，再決定是否轉介。",
	    "待下學期開始時，再檢討安排。",
	    "等佢適應咗新班先，再諗下一步。",
	    "不妨待學期中段時間，再看看成效。",
	    NULL };
	static const char *const no[] = {
	    "等我先同班主任傾吓。",
	    "請家長在校門等候。",
	    NULL };
	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* No rule broken: a negation, then a breach. */
static void
test_no_breach(void **state)
{
	static const char *const yes[] = {
	    "有關安排並無違規。",
	    "學校嘅做法冇違規。",
	    "本校的處理方式沒有違反任何指引。",
	    "老師的做法並未違反校規。",
	    "校方並無不當之處。",
	    NULL };
	static const char *const no[] = {
	    "違規的同學須留堂。",
	    "請勿違反校規。",
	    NULL };
	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* The child will surely cope, nothing promised (not 一定要, a demand). */
static void
test_sure_to_cope(void **state)
{
	static const char *const yes[] = {
	    "慢慢嚟，佢一定跟得上嘅。",
	    "他定必能夠追上。",
	    "相信佢肯定冇問題。",
	    "佢一定適應到。",
	    "她必定應付得來。",
	    NULL };
	static const char *const no[] = {
	    "你一定要跟上進度。",
	    "佢默書跟得上。",
	    NULL };
	(void)state;
	want(yes, 0, 1, 0);
	want(no, 0, 0, 0);
	settle();
}

/* A marker negated just before it is no promise; a negation in another
 * clause leaves the promise. */
static void
test_negated_marker(void **state)
{
	static const char *const yes[] = {
	    "本校無從預計審批時間。",
	    "本人無法作出承諾。",
	    "我哋冇辦法答應。",
	    "學校不能承諾何時完成。",
	    "我難以答應你。",
	    NULL };
	(void)state;
	want(yes, 0, -1, 0);
	run("如果佢無法出席，我會於3月12日再約時間。\n");
	due_is("再約時間", "2026-03-12");
	run("本人會於3月10日前答覆閣下。\n");
	due_is("答覆", "2026-03-10");
	settle();
}

/* 敬啟者 … 此致 各位家長 is a notice: it carries nothing. */
static void
test_notice_to_all(void **state)
{
	static const char *const yes[] = {
	    "敬啟者：\n本校將於3月20日舉行陸運會。\n此致\n各位家長\n",
	    "敬啟者：\n學校將於3月9日派發成績表。\n此致 全體家長\n",
	    "敬啟者：\n本校會於3月16日公布分組名單。\n此致\n各位家長\n",
	    "敬啟者：\n本校將於4月1日起開辦功課輔導班。\n此致\n各位家長\n",
	    "敬啟者：\n校方將於3月11日派發回條。\n此致 各位家長\n",
	    NULL };
	(void)state;
	want(yes, 0, 0, 0);
	run("敬啟者：\n本人會於3月10日前把報告寄給閣下。\n此致\n陳太太\n");
	due_is("寄給", "2026-03-10");
	run("敬啟者：\n本人會於3月10日前把報告寄出。\n此致\n陳太太\n");
	due_is("寄出", "2026-03-10");
	settle();
}

/* 同你開個短會: 開 or 召開, a measure and an adjective, then 會. */
static void
test_convene_with_you(void **state)
{
	static const char *const yes[] = {
	    "3月10日下午四時，我同班主任同你開個短會。",
	    "我們將於3月11日上午十時與您召開一個簡短會議。",
	    "下星期三四點同你哋開個會。",
	    "3月12號放學後同你開返個會傾吓。",
	    "3月13日上午九時，陳主任會同你開個視像會議。",
	    NULL };
	static const char *const no[] = {
	    "3月10日學校會同你開設網上帳戶。",
	    NULL };
	(void)state;
	want(yes, -1, -1, 1);
	want(no, -1, -1, 0);
	settle();
}

/* A thing lent or sent to the child, the giver unsaid: vague. */
static void
test_thing_given(void **state)
{
	static const char *const yes[] = {
	    "斜板會盡快借予小明在家使用。",
	    "新的溝通板將會盡快交予俊朗使用。",
	    "評估報告會稍後寄給閣下。",
	    "助聽器會盡早借俾佢試用。",
	    "字典會盡快送到課室。",
	    NULL };
	static const char *const no[] = {
	    "報告會寫得好詳細。",
	    "天氣會轉涼。",
	    NULL };
	(void)state;
	want(yes, 1, -1, 0);
	want(no, 0, 0, 0);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_authority_decides),
		cmocka_unit_test(test_no_funds_left),
		cmocka_unit_test(test_wait_for_stage),
		cmocka_unit_test(test_no_breach),
		cmocka_unit_test(test_sure_to_cope),
		cmocka_unit_test(test_negated_marker),
		cmocka_unit_test(test_notice_to_all),
		cmocka_unit_test(test_convene_with_you),
		cmocka_unit_test(test_thing_given),
	};
	return cmocka_run_group_tests_name("extract_zh5", tests, NULL,
	    teardown);
}
