/*
 * test_extract_zh14.c — round zh14: the Chinese forms blind batch V
 * missed or misread, written here as forms (書面語 and 粵語, other nouns,
 * numbers and orders than the batch's) beside sentences of the same
 * look that must not match.
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

/* One sentence, two dated promises, the first bounded by a count of
 * days or working days (N個工作天內, 三日內): each clause is its own
 * commitment, the first due at the end of its period. */
static void
test_within_then_dated(void **state)
{
	static const struct variant yes[] = {
	    { "本會秘書將於五個工作天內把來信轉交校長，校長將於3月20日或之前"
	      "回覆閣下。", "2026-03-09" },
	    { "社工會喺三個工作天內聯絡你，輔導主任會喺3月27號之前同你傾。",
	      "2026-03-05" },
	    { "書記將於三日內把表格寄出，班主任將於3月16日前致電閣下。",
	      "2026-03-05" },
	    { "校務處將於七日內發出收據，會計將於3月31日或之前退款。",
	      "2026-03-09" },
	    { "我會喺十個工作天內寄份報告畀你，陳主任會喺4月3號或之前覆你。",
	      "2026-03-16" },
	    { "統籌主任將於兩星期內完成觀察，並將於3月30日前提交報告。",
	      "2026-03-16" },
	    { "校長室將於四個工作天內確認收件，副校長將於3月25日或之前作書面"
	      "回覆。", "2026-03-06" },
	    { "秘書處會喺五日內回覆收到，委員會會喺3月31號之前開會決定。",
	      "2026-03-07" },
	    { NULL, NULL } };
	static const char *const no[] = {
	    "秘書已於五個工作天內把來信轉交校長。",
	    "上次校長喺三個工作天內已經覆咗你。",
	    "學校一般於五個工作天內處理申請嗎？",
	    NULL };

	(void)state;
	form("within, then dated", 'c', "陳太：", yes, no);
	settle();
}

/* A team short by a count of its people: 少咗/缺/欠 + a count + a
 * classifier + a staff noun. A count of pupils, or staff added, is
 * not. */
static void
test_short_staffed(void **state)
{
	static const char *const yes[] = {
	    "今年輔導組少咗一位社工，所以跟進得慢咗。",
	    "本學期學習支援組缺了兩名教師。",
	    "呢個學期我哋中文科少咗三個老師。",
	    "現時支援組欠兩名助理。",
	    "由於本組少了一位同事，小組暫停。",
	    "今個月言語治療組少咗一位治療師。",
	    "學生支援組現時缺兩位職員。",
	    "我哋部門而家少兩個同事，真係做唔切。",
	    NULL };
	static const char *const no[] = {
	    "今年小組多咗兩位同事幫手。",
	    "班上少咗兩個學生參加旅行。",
	    "佢默書少咗兩分。",
	    "支援組有兩位同事會負責家明。",
	    "今日少咗一位同學返學。",
	    NULL };

	(void)state;
	category("short-staffed", yes, no);
	settle();
}

/* The writer's place, not to step in: 唔方便/不便/不宜 + 插手/介入/干預.
 * The writer stepping in, or a question, is not. */
static void
test_not_to_step_in(void **state)
{
	static const char *const yes[] = {
	    "至於課室座位，我哋唔方便插手。",
	    "本中心不便介入學校的安排。",
	    "有關班級編排，社工不宜干預。",
	    "呢啲係學校內部嘅事，我哋唔適合過問。",
	    "學校嘅教學安排，我哋中心不方便干涉。",
	    "老實講，呢方面我哋唔方便介入。",
	    "本會現階段不宜介入有關事宜。",
	    "治療師唔方便插手學校功課嘅安排。",
	    NULL };
	static const char *const no[] = {
	    "社工上個月已經介入，情況有改善。",
	    "我哋會積極介入，幫家明適應。",
	    "如有需要，中心可以介入嗎？",
	    "家明唔方便喺星期三留校。",
	    NULL };

	(void)state;
	category("not to step in", yes, no);
	settle();
}

/* A look at how, the only step promised (睇吓點樣/看看如何/研究吓可唔
 * 可以), undated: a vague promise and a no-date deflection. With a date
 * it is a checkable step. */
static void
test_look_how(void **state)
{
	static const char *const yes[] = {
	    "功課量方面，我哋會睇吓點樣調整。",
	    "學校會看看如何配合。",
	    "我會睇下可唔可以調位。",
	    "本組會研究吓點樣安排多一節。",
	    "我們會看看能否增加節數。",
	    "班主任會睇睇有冇其他方法。",
	    "我會諗吓點樣幫到家明。",
	    "我們會看一看怎樣處理較好。",
	    NULL };
	static const char *const no[] = {
	    "我哋會喺3月6號之前睇吓點樣調整，再覆你。",
	    "佢上星期睇咗醫生。",
	    "家明好鍾意睇書。",
	    "我們會於3月9日前增加一節輔導。",
	    NULL };

	(void)state;
	category("look how", yes, no);
	settle();
}

/* A council or committee writing as itself (本會) owns its promise: an
 * undated review is a vague commitment and a no-date deflection. */
static void
test_council_owner(void **state)
{
	static const char *const yes[] = {
	    "本會會適時檢討有關政策。",
	    "本會將跟進閣下提出的事項。",
	    "本會會研究學校的支援安排。",
	    "本會將檢視有關程序。",
	    "本會稍後會再作討論。",
	    "本會會審視閣下的建議。",
	    "本會將於下次會議討論。",
	    "本會會適當時候審視政策。",
	    NULL };
	static const char *const no[] = {
	    "本會將於3月20日或之前書面回覆閣下。",
	    "本會已收到閣下的來信。",
	    "本會秘書將於3月9日前把信件轉交校長。",
	    "本會成立於一九九零年。",
	    NULL };

	(void)state;
	category("council owner", yes, no);
	settle();
}

/* The parent's concern named as what is answered (為回應您的關注, 就閣下
 * 的關注) beside a dated promise is no comfort; the school's own care
 * (學校非常關注, 我們十分重視您的關注) still is. */
static void
test_parents_concern(void **state)
{
	static const char *const yes[] = {
	    "學校一直非常關注家明的情況。",
	    "您的關注我們十分重視。",
	    "老師們都好關注家明嘅情緒。",
	    "就閣下的關注，本校一向重視每位學生的需要。",
	    NULL };
	static const char *const no[] = {
	    "為回應您的關注，班主任將於三月九日前致電您。",
	    "就閣下的關注，社工將於3月13日或之前與家明面談。",
	    "回應你嘅關注，我會喺三月六號之前寄份計劃畀你。",
	    "針對家長的關注，學校將於3月20日前提交檢討報告。",
	    "為回應閣下的關注，統籌主任將於三月十日把會議紀錄寄上。",
	    "就您的關注，副校長會喺3月16號之前覆你。",
	    "有關您們的關注，輔導老師將於三月十二日致電跟進。",
	    "為回應你哋嘅關注，我哋會喺3月27號之前安排加一節。",
	    NULL };

	(void)state;
	category("parent's concern", yes, no);
	settle();
}

/* Only so much granted for the year: 只/僅 + a verb of granting + a count
 * + sessions, hours or places. A grant without 只, or 只有 about the
 * child, is not. */
static void
test_only_granted(void **state)
{
	static const char *const yes[] = {
	    "本學年教育局只批咗八節言語治療。",
	    "今年學校僅獲批二十小時的支援服務。",
	    "呢個學期只撥咗六堂小組輔導。",
	    "本年度只分配了三個名額給中一級。",
	    "今年津貼淨係批咗十二節個別輔導。",
	    "學校今個學年只批了4節職業治療。",
	    "中心今年只分到兩個學位。",
	    "本學期僅撥出十五小時的助教時數。",
	    NULL };
	static const char *const no[] = {
	    "學校今年批咗十節小組畀家明。",
	    "佢只有兩個朋友。",
	    "家明今年只缺咗兩堂。",
	    "本學年教育局已批出八節言語治療，將於3月9日開始。",
	    "佢只係默錯咗三個字。",
	    NULL };

	(void)state;
	category("only granted", yes, no);
	settle();
}

/* Done all we can, given as the answer: 盡晒力, 已盡全力. Trying one's
 * best at a dated step is not the answer. */
static void
test_all_we_can(void **state)
{
	static const char *const yes[] = {
	    "家明嘅事我哋已經盡晒力。",
	    "學校已盡全力支援浩賢。",
	    "老實講，老師們都盡咗力㗎喇。",
	    "本校在這方面已盡了全力。",
	    "社工同我已經盡哂力，希望你體諒。",
	    "支援組已經盡了力，情況仍需時間改善。",
	    "班主任真係盡曬力去幫佢。",
	    "我們已經盡力照顧家明的需要。",
	    NULL };
	static const char *const no[] = {
	    /* (a bare 盡力 of the child, 家明跑步好盡力, is still read as
	     * comfort by the older mixed list in lexicon.c: not this form) */
	    "家明跑完全程，盡咗佢最大嘅努力。",
	    "請家長鼓勵家明盡力溫習。",
	    "家明今日喺游泳池游盡全程。",
	    "佢答應會喺考試盡量專心。",
	    NULL };

	(void)state;
	category("all we can", yes, no);
	settle();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_within_then_dated),
		cmocka_unit_test(test_short_staffed),
		cmocka_unit_test(test_not_to_step_in),
		cmocka_unit_test(test_look_how),
		cmocka_unit_test(test_council_owner),
		cmocka_unit_test(test_parents_concern),
		cmocka_unit_test(test_only_granted),
		cmocka_unit_test(test_all_we_can),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
