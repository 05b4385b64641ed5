/*
 * deflections_policy.c — deflections by the school's arrangements as
 * they stand, each a class of nouns and the structure that restricts
 * them (issue 17, round 11): a supply counted or handed out already
 * ("eight laptops for the whole school", "the caseload was set in
 * September", 節數已全數編配, children queuing), a rule that shuts the
 * request out ("not reopened part-way through the year", "allows …
 * only from S3", "not something the grant is designed to fund", 中途不
 * 會重新開放), the decision held by another body ("is done by the class
 * committee", 由…定奪), a plan only hoped for or time left to tell
 * ("hoping to start a group", "leave the new seating in place for a
 * fortnight", 先維持兩個星期睇吓), and a word passed on some day (我會搵
 * 主任反映吓). Asked by terms_kind() when no other form named the
 * sentence; none is read in a dated promise.
 * Rules: deflection.allocation, deflection.policy, deflection.decided-by,
 *   deflection.hoping, deflection.raise-with
 */
#include <string.h>

#include "extract/extract_int.h"

static const char *const count_words[] = { "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"fifteen", "twenty", "thirty", "a single", "a handful of", "only",
	"just", NULL };

/* Is lc[i] a digit? */
static int
digit_at(const struct unit *u, size_t i)
{
	return i < u->len && u->lc[i] >= '0' && u->lc[i] <= '9';
}

/* "we have eight exam laptops for the whole school", "there are two
 * counsellors for 900 students", "one assistant to share across six
 * classes": a supply counted against everybody. */
static int
counted_for_all(const struct unit *u)
{
	static const char *const have[] = { "we have", "we've got",
	    "we only have", "we currently have", "there are", "there is",
	    "the school has", "we have only", "there are only",
	    "there are currently", "we have just", "the centre has", NULL };
	static const char *const for_all[] = { "for the whole",
	    "for the entire", "for all", "across", "between", "to share",
	    "shared", "for every", "for over", "for more than", NULL };

	for (int k = 0; have[k]; k++)
		for (long i = find_in(u, have[k], 0, u->len); i >= 0;
		    i = find_in(u, have[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(have[k]);
			long c = next_within(u, e, count_words, 1);
			if (c < 0) {
				size_t w = e;
				while (w < u->len && u->lc[w] == ' ')
					w++;
				if (!digit_at(u, w))
					continue;
				c = (long)w;
			}
			if (next_within(u, (size_t)c, for_all, 4) >= 0)
				return 1;
			/* "two counsellors for 900 students" */
			long f = find_in(u, "for", (size_t)c, (size_t)c + 40);
			if (f >= 0 && digit_at(u, (size_t)f + 4))
				return 1;
		}
	return 0;
}

/* "the list runs to about thirty children", "twenty families are
 * waiting for a place", "children are queuing to join": a queue by its
 * length. */
static int
queue_length(const struct unit *u)
{
	static const char *const list[] = { "waiting list", "waitlist",
	    "the list", "queue", "waiting-list", NULL };
	static const char *const runs[] = { "runs to", "stands at", "is at",
	    "has grown to", "now has", "has over", "has more than", "numbers",
	    "has about", "has around", "is now", "runs at", NULL };
	static const char *const queuing[] = { "are queuing", "are queueing",
	    "are currently queuing", "are currently queueing",
	    "are waiting for a place", "are waiting to join",
	    "are currently waiting", "are on the waiting list",
	    "are already waiting", "are on our waiting list",
	    "are still waiting for", NULL };

	return word_then(u, list, runs, 2) || any_of(u, queuing, 0, u->len);
}

/* "the therapist's caseload for this year was set in September", "all
 * the sessions have already been allocated", "places were all taken at
 * the start of the year": a supply already handed out. */
static int
handed_out(const struct unit *u)
{
	static const char *const supply[] = { "caseload", "hours", "sessions",
	    "places", "slots", "timetable", "allocation", "budget",
	    "laptops", "periods", "quota", "resources", "spaces", "schedule",
	    "staffing", "lessons", "appointments", NULL };
	static const char *const done[] = { "was set", "were set",
	    "was fixed", "were fixed", "was allocated", "were allocated",
	    "have been allocated", "has been allocated",
	    "have already been allocated", "has already been allocated",
	    "was agreed", "were agreed", "was finalised", "were finalised",
	    "was finalized", "were finalized", "were all taken",
	    "are all taken", "have all been taken", "have been taken",
	    "were filled", "are filled", "have been filled", "are all allocated",
	    "are already allocated", "already allocated", "fully allocated",
	    "all allocated", "was decided", "were decided", "were used up",
	    "are used up", "have been used up", "fully booked", NULL };

	return word_then(u, supply, done, 6);
}

/* 節數已按年初的評估全數編配, 名額已經全部編配晒, 個案數目已在開學時
 * 定好, 二十名兒童排隊等候學位, 全校只有五部電腦. */
static int
zh_handed_out(const struct unit *u)
{
	static const char *const supply[] = { "節數", "名額", "時數", "資源",
	    "個案", "學位", "堂數", "人手", "撥款", "服務", "位", NULL };
	static const char *const done[] = { "全數編配", "全數分配",
	    "全部編配", "全部分配", "編配晒", "分配晒", "用晒", "全部用完",
	    "已用完", "定好", "已經定咗", "已定", "已額滿", "滿晒", "已經滿",
	    "已滿", "已經分配", "已分配", "已編配", NULL };
	static const char *const queue[] = { "排隊", "排緊隊", "等候學位",
	    "等緊位", "輪候名單", "輪候", NULL };
	static const char *const many[] = { "多名", "名學生", "名兒童",
	    "個小朋友", "學生", "兒童", "小朋友", "細路", "家庭", "個", NULL };
	static const char *const whole[] = { "全校只有", "全校得", "全校僅有",
	    "全校共有", "整間學校只有", "整間學校得", "全中心只有", NULL };

	if (any_of(u, whole, 0, u->len))
		return 1;
	if (near_after(u, supply, done, 48))
		return 1;
	return any_of(u, queue, 0, u->len) && any_of(u, many, 0, u->len);
}

/* "is not reopened part-way through the year", "only made at the start
 * of each term", "allows personal devices only from S3", "not something
 * the grant is designed to fund": a rule that shuts the request out. */
static int
rule_shuts_out(const struct unit *u)
{
	static const char *const not_again[] = { "not reopened",
	    "not re-opened", "not revisited", "not changed", "not reconsidered",
	    "not altered", "not adjusted", "not reviewed", "never reopened",
	    "never changed", "cannot be changed", "can't be changed",
	    "cannot be reopened", "not normally changed",
	    "not usually changed", "not reshuffled", "not moved", NULL };
	static const char *const in_year[] = { "mid-year", "mid-term",
	    "part-way", "partway", "midway", "during the year",
	    "during the school year", "during the term", "once the term",
	    "once the year", "once the school year", "in the middle of",
	    "after the start", "until the end of", "until next year",
	    "within the year", "once it is set", "once set", "once made",
	    "once decided", "once the timetable", NULL };
	static const char *const only[] = { "only", NULL };
	static const char *const made[] = { "made", "changed", "reviewed",
	    "done", "considered", "reopened", "approved", "reshuffled",
	    "revised", "processed", NULL };
	static const char *const when[] = { "at the start of",
	    "at the end of", "at the beginning of", "once a year",
	    "once a term", "once every", "each september", "in september",
	    NULL };
	static const char *const allow[] = { "allows", "allow", "permits",
	    "permit", "lets", "only allows", "only permits", NULL };
	static const char *const only_from[] = { "only from", "only in",
	    "only after", "only for", "only to", "only at", "only once",
	    NULL };
	static const char *const not_meant[] = { "not designed to",
	    "not meant to", "not intended to", "isn't designed to",
	    "isn't meant to", "isn't intended to", "not set up to",
	    "not there to", NULL };
	static const char *const fund[] = { "fund", "cover", "pay", "provide",
	    "support", "be used", "offer", "replace", "pay for", NULL };
	static const char *const not_something[] = { "not something", NULL };
	static const char *const designed[] = { "designed", "meant",
	    "intended", "set up", "there to", NULL };

	if (any_of(u, not_again, 0, u->len) && any_of(u, in_year, 0, u->len))
		return 1;
	if (word_then(u, only, made, 1) && any_of(u, when, 0, u->len))
		return 1;
	if (word_then(u, allow, only_from, 3))
		return 1;
	return word_then(u, not_meant, fund, 1) ||
	    word_then(u, not_something, designed, 5);
}

/* 選修科目學年中途不會重新開放, 校規只准中三或以上學生帶手機, 不屬於
 * 津貼的資助範圍. */
static int
zh_rule_shuts_out(const struct unit *u)
{
	static const char *const mid[] = { "中途", "學年中", "學期中", NULL };
	static const char *const not_[] = { "不會", "不得", "唔會", "不可",
	    "不能", "不設", "唔可以", NULL };
	static const char *const only[] = { "只准", "只容許", "只允許",
	    "只批准", "僅准", "只接受", NULL };
	static const char *const who[] = { "學生", "同學", "以上", "中一",
	    "中二", "中三", "中四", "中五", "中六", "小一", "小二", "小三",
	    "小四", "小五", "小六", NULL };
	static const char *const not_in[] = { "不屬於", "並不屬於", "不在",
	    "並非", "唔屬於", "唔喺", "不包括在", NULL };
	static const char *const scope[] = { "範圍", "資助項目", "資助之列",
	    NULL };
	static const char *const grant[] = { "資助", "津貼", "撥款", NULL };

	if (near_after(u, mid, not_, 12))
		return 1;
	if (near_after(u, only, who, 30))
		return 1;
	return near_after(u, not_in, scope, 30) && any_of(u, grant, 0,
	    u->len);
}

/* "seating in 6B is done by the class committee", "is determined by
 * the panel", "rests with the support team", 採納與否由校方的支援團隊
 * 定奪, 座位編排由班主任會議決定: the decision held by another body. */
static int
decided_by(const struct unit *u)
{
	static const char *const by[] = { "is decided by", "are decided by",
	    "is done by", "are done by", "is determined by",
	    "are determined by", "is set by", "are set by", "is made by",
	    "are made by", "was decided by", "were decided by",
	    "rests with", "lies with", "is up to", "are up to",
	    "remains with", "is in the hands of", "is a matter for",
	    "is decided at", "are decided at", "is agreed by",
	    "are agreed by", NULL };
	static const char *const body[] = { "committee", "panel", "team",
	    "board", "meeting", "conference", "management", "principal",
	    "imc", "smc", "council", "department", "bureau", "office",
	    "senco", "governors", "school", "school's", "edb", "head",
	    "teachers", NULL };
	static const char *const zh_from[] = { "由", NULL };
	static const char *const zh_decide[] = { "決定", "定奪", "拍板",
	    "審批", "批核", "話事", "作決定", "作出決定", "決定與否", NULL };

	for (int k = 0; by[k]; k++)
		for (long i = find_in(u, by[k], 0, u->len); i >= 0;
		    i = find_in(u, by[k], (size_t)i + 1, u->len))
			if (next_within(u, (size_t)i + strlen(by[k]), body,
			    3) >= 0)
				return 1;
	if (!near_after(u, zh_from, zh_decide, 30))
		return 0;
	/* 由校長決定, not 由3月9日起 nor 由我們決定 (our own call) */
	static const char *const us[] = { "我們", "我哋", "本人", "我", NULL };
	for (long i = find_in(u, "由", 0, u->len); i >= 0;
	    i = find_in(u, "由", (size_t)i + 1, u->len)) {
		unsigned char c = (unsigned char)u->lc[i + 3];
		if ((c >= '0' && c <= '9') || find_in(u, "起", (size_t)i,
		    (size_t)i + 24) >= 0)
			continue;
		int ours = 0;
		for (int w = 0; us[w]; w++)
			if (strncmp(u->lc + i + 3, us[w], strlen(us[w])) == 0)
				ours = 1;
		if (ours)
			continue;
		for (int d = 0; zh_decide[d]; d++)
			if (find_in(u, zh_decide[d], (size_t)i + 3,
			    (size_t)i + 33) >= 0)
				return 1;
	}
	return 0;
}

/* "we are hoping to start a study-skills group", "the school hopes to
 * set up a club next year", 我們希望下學期可以開辦社交小組: a plan only
 * hoped for. */
static int
only_hoped(const struct unit *u)
{
	static const char *const we[] = { "we", "we're", "the school", "i",
	    "i'm", "the centre", "our team", "the team", "we'd", NULL };
	static const char *const hope[] = { "hope to", "are hoping to",
	    "am hoping to", "is hoping to", "hopes to", "would hope to",
	    "hoping to", "'re hoping to", NULL };
	static const char *const start[] = { "start", "set up", "run", "open",
	    "launch", "introduce", "offer", "begin", "add", "create",
	    "organise", "organize", "expand", "restart", "bring in", NULL };
	static const char *const zh_hope[] = { "希望", "盼望", "期望", NULL };
	static const char *const zh_start[] = { "開辦", "開設", "舉辦", "成立",
	    "推出", "開始", "開班", "增設", "設立", "開到", NULL };
	static const char *const zh_we[] = { "我們", "我哋", "學校", "本校",
	    "中心", "本中心", "校方", NULL };

	if (word_then(u, we, hope, 2)) {
		for (int k = 0; hope[k]; k++)
			for (long i = find_in(u, hope[k], 0, u->len); i >= 0;
			    i = find_in(u, hope[k], (size_t)i + 1, u->len))
				if (next_within(u, (size_t)i + strlen(hope[k]),
				    start, 0) >= 0)
					return 1;
	}
	return near_after(u, zh_we, zh_hope, 12) &&
	    near_after(u, zh_hope, zh_start, 24);
}

/* "leave the new seating in place for a fortnight and see", "keep the
 * current plan in place for a few weeks", 先維持新座位兩個星期睇吓: a
 * change left alone while time tells. */
static int
left_in_place(const struct unit *u)
{
	static const char *const leave[] = { "leave", "keep", "let's leave",
	    "let's keep", NULL };
	static const char *const in_place[] = { "in place", "as it is",
	    "as they are", "as is", "unchanged", "the same", "and see",
	    "running", NULL };
	static const char *const span[] = { "for a fortnight", "for two weeks",
	    "for a few weeks", "for a month", "for a while", "for now",
	    "for the time being", "for another week", "for a couple of weeks",
	    "for a few more weeks", "for three weeks", "for a week",
	    "for the rest of the term", "and see", NULL };
	static const char *const zh_keep[] = { "維持", "保持", "暫時保留",
	    "繼續用", "繼續沿用", "沿用", NULL };
	static const char *const zh_see[] = { "睇吓", "看看", "觀察", "再算",
	    "再看", "睇下", NULL };

	if (word_then(u, leave, in_place, 8) && any_of(u, span, 0, u->len))
		return 1;
	return near_after(u, zh_keep, zh_see, 36);
}

/* 我會搵管中文科嗰位主任反映吓, 我會同校長反映一下: a word passed on
 * some day, to nobody's deadline. */
static int
raise_with(const struct unit *u)
{
	static const char *const will[] = { "會搵", "會同", "會向", "會跟",
	    "會找", "會再同", "會再向", NULL };
	static const char *const raise[] = { "反映", NULL };

	return near_after(u, will, raise, 40);
}

const char *
policy_kind(const struct unit *u, const char **rule)
{
	/* a dated promise ("will be set by Friday"), not a date alone:
	 * "the caseload for this year was set in September" */
	if ((has_checkable_date(u) && (any_of(u, en_markers, 0, u->len) ||
	    any_of(u, zh_markers, 0, u->len))) || quotes_parent(u))
		return NULL;
	if (counted_for_all(u) || queue_length(u) || handed_out(u) ||
	    zh_handed_out(u)) {
		*rule = "deflection.allocation";
		return "budget";
	}
	if (rule_shuts_out(u) || zh_rule_shuts_out(u)) {
		*rule = "deflection.policy";
		return "legal-position";
	}
	if (decided_by(u)) {
		*rule = "deflection.decided-by";
		return "legal-position";
	}
	if (only_hoped(u) || left_in_place(u)) {
		*rule = "deflection.hoping";
		return "waiting";
	}
	if (raise_with(u)) {
		*rule = "deflection.raise-with";
		return "other";
	}
	return NULL;
}
