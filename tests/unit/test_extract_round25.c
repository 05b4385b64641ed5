/*
 * test_extract_round25.c — round 25 (issue 17): forms the trio CM, CN,
 * CO (an S1 boy's behaviour plan, a P4 girl's hearing and access, a P1
 * boy with autism, mostly in Chinese) missed, each written here in words
 * of this file's own beside sentences of the same look that must not
 * match: a wait or a miss that only sets the scene, the family's own
 * waiting, a meeting date that stands, the family's visit, Cantonese
 * chat lines, clauses of reason, consent and recounted promises,
 * duties after "will be", weekdays that name a kind, and refusals by
 * class.
 * Read against Monday 2 March 2026 (testextract.h).
 */
#include "testextract.h"

#define EN "Dear Mrs Li,\nThank you for your email about Kit."
#define ZH "陳太：\n多謝你嘅來信。"

static void
test_scene_not_answer(void **state)
{
	static const char *const en[] = {
	    "We are still waiting for the clinic's report.",
	    "We are unable to offer a second weekly session, but Ms Lam will "
	    "see Kit once a week from 9 March.",
	    "We can only keep to one session a week this term.",
	    "The grant cannot cover a full-time assistant.",
	    NULL };
	static const char *const en_no[] = {
	    "While we wait for the clinic's report, Ms Lam will start a "
	    "reading group with Kit on 9 March.",
	    "Dr Ho is unable to attend on the day, but he will send his "
	    "written comments by 13 March.",
	    "Kit is learning to wait for his turn in group games.",
	    NULL };
	static const char *const zh[] = {
	    "學校暫時不會為卓軒增設個別輔導。",
	    "學校並無為個別學生安排專責助理的安排。",
	    "卓軒仲要排隊等評估。",
	    NULL };
	static const char *const zh_no[] = {
	    "在等候報告期間，黃老師會於3月9日或之前為卓軒安排伴讀。",
	    "三月的進度摘要因系統問題未能寄出，本人已要求李姑娘於明天重新發送。",
	    "卓軒獨自在課室等候約三十分鐘，其後由校工帶到校務處。",
	    "事件都在轉堂、小息或排隊等較少老師在場的時段發生。",
	    "要等大概十分鐘先再聽到聲，佢錯過咗頭兩句。",
	    NULL };

	(void)state;
	deflection_category(EN, "round25-en", en, en_no);
	deflection_category(ZH, "round25-zh", zh, zh_no);
	settle();
}

static void
test_meetings(void **state)
{
	static const char *const met[] = {
	    ZH "\n原定3月12日的檢討會議日期不變，但時間改為下午4時30分。\n",
	    ZH "\n原定3月9日的會議改於3月12日下午4時舉行。\n",
	    ZH "\n我已經同陳太約好3月12號（禮拜四）下晝兩點半喺社工室傾吓，"
	    "爺爺得閒都歡迎一齊嚟。\n",
	    ZH "\n本組已安排陳先生及陳太於3月12日（星期四）下午3時45分到"
	    "二樓活動室觀課。\n",
	    NULL };
	static const char *const none[] = {
	    ZH "\n原定3月9日的會議已取消。\n",
	    ZH "\n3月12日下午本校舉行家長講座，歡迎出席。\n",
	    NULL };

	(void)state;
	want(met, -1, -1, 1);
	want(none, -1, -1, 0);
	run(ZH "\n原定3月9日的會議改於3月12日下午4時舉行。\n");
	assert_string_equal(meeting_with("改於")->date, "2026-03-12");
	/* the family's own visit, in the family's own letter */
	read_message("chan.family@gmail.com", "senco@school.edu.hk",
	    "text/plain", "李主任：\n本人及內子仍會依原定安排於3月12日下午到校"
	    "觀課，屆時希望黃老師能親自講解。\n");
	assert_int_equal(ex.nmeetings, 1);
	settle();
}

static void
test_clauses(void **state)
{
	(void)state;
	/* a future in an opening clause of reason is why, not a promise */
	run(EN "\nAs the hall will be used for tests in March, Ms Lam will "
	    "run the group in Room 3B from 9 March.\n");
	assert_int_equal(ex.ncommitments, 1);
	due_is("Room 3B", "2026-03-09");
	run(EN "\nAs the hall will be used for tests in March, the group "
	    "moves to Room 3B.\n");
	assert_int_equal(ex.ncommitments, 0);
	run(EN "\nAs soon as the report arrives I'll send you a copy.\n");
	assert_string_equal(ex.commitments[0].actor, "I");
	/* the first future nobody's task, the second with its owner */
	run(EN "\nKit will move up to Tier 3 support, and the school will "
	    "draw up an IEP for him this term.\n");
	assert_int_equal(ex.ncommitments, 1);
	assert_string_equal(ex.commitments[0].actor, "the school");
	/* consent, a promise already made, a day gone */
	run(EN "\nMs Lam has already agreed to the new time.\n");
	assert_int_equal(ex.ncommitments, 0);
	run(EN "\nMs Lam has agreed to a trial of extra time from 9 March.\n");
	assert_int_equal(ex.ncommitments, 1);
	run(ZH "\n上述各項均為學校早前以書面承諾的安排。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n根據2月10日的信件，黃老師將於2月20日加開一節。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n陳先生在會上提出的要求，學校已轉交教育局。\n");
	assert_int_equal(ex.ncommitments, 0);
}

static void
test_duties_and_names(void **state)
{
	(void)state;
	run(EN "\nMr So Ka Ho will hold a practice run with Kit on 12 March."
	    "\n");
	assert_string_equal(ex.commitments[0].actor, "Mr So Ka Ho");
	run(EN "\nFrom Monday 9 March, Mr Chan will be at the side gate from "
	    "7:40 am to meet Kit.\n");
	due_is("side gate", "2026-03-09");
	run(EN "\nFrom Monday, I will be your single point of contact.\n");
	assert_int_equal(ex.ncommitments, 1);
	run(EN "\nThe hall will be in use on 12 March.\n");
	assert_int_equal(ex.ncommitments, 0);
	run(EN "\nMs Lam will check whether there is a place in the Thursday "
	    "group.\n");
	assert_int_equal(ex.ndeflections, 1);
	/* a weekday that names a kind of thing dates nothing */
	run(EN "\nNo transport is arranged yet for Saturday activities, and "
	    "the school will look into it.\n");
	due_is("look into", "");
}

static void
test_zh_lines(void **state)
{
	(void)state;
	run(ZH "\n[2/3/2026, 12:56] 黃老師: 我放學會喺側門親自交佢俾你\n");
	assert_int_equal(ex.ncommitments, 1);
	run(ZH "\n聽日體育堂我會安排佢坐喺旁邊休息。\n");
	due_is("休息", "2026-03-03");
	run(ZH "\n學校將於3月9日停課。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n所以我將頭先嘅對話貼喺下面。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n黃老師由下星期一開始，每日喺手冊寫低當日情況。\n");
	due_is("手冊", "2026-03-09");
	run(ZH "\n李醫生已同意撰寫一封信件。\n");
	assert_int_equal(ex.ncommitments, 1);
	run(ZH "\n校方已同意有關安排。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n李老師下學年會繼續到校支援卓軒。\n");
	assert_int_equal(ex.ncommitments, 1);
	run(ZH "\n請家長放心，當值老師會特別留意卓軒的情況。\n");
	assert_int_equal(ex.ncommitments, 1);
	run(ZH "\n你放心，我哋會好好照顧佢。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n李姑娘會於觀課後兩星期內交書面摘要。\n");
	due_is("摘要", "");
	run(ZH "\n何先生將於3月4日到校，觀察卓軒上課的情況。"
	    "何先生會於觀課後兩星期內交書面摘要。\n");
	due_is("摘要", "2026-03-18");
	run(ZH "\n由於復康巴士星期六不提供服務，學校會再作研究。\n");
	due_is("研究", "");
	/* "now he will" is what the child does these days */
	run(ZH "\n現在他會自己收拾書包，還會跟我們講小組的事。\n");
	assert_int_equal(ex.ncommitments, 0);
	run(ZH "\n現在我會把報告寄給你。\n");
	assert_int_equal(ex.ncommitments, 1);
	/* the family's 須 is a demand */
	read_message("chan.family@gmail.com", "principal@school.edu.hk",
	    "text/plain", "校長：\n學校須於十個工作天內就事件作出書面解釋。\n");
	assert_int_equal(ex.ncommitments, 0);
}

static void
test_events_and_questions(void **state)
{
	(void)state;
	run(EN "\nI'm sure it is a small fault and not something that will "
	    "keep happening.\n");
	assert_int_equal(ex.ncommitments, 0);
	run(EN "\nHere is what will happen next: I'll send you the log by "
	    "Friday.\n");
	due_is("the log", "2026-03-06");
	run(EN "\nPlease tell me what the school will do if the EDB says no."
	    "\n");
	assert_int_equal(ex.ncommitments, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scene_not_answer),
		cmocka_unit_test(test_meetings),
		cmocka_unit_test(test_clauses),
		cmocka_unit_test(test_duties_and_names),
		cmocka_unit_test(test_zh_lines),
		cmocka_unit_test(test_events_and_questions),
	};
	return cmocka_run_group_tests_name("extract_round25", tests, NULL,
	    teardown);
}
