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
#include <ctype.h>
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

/* "there are still 31 pupils ahead of Kit", "twelve families are in
 * front of you", "Kit is number 19 on the list", "23rd in the queue":
 * the child's place in a queue, counted. */
static int
queue_place(const struct unit *u)
{
	static const char *const ahead[] = { "ahead of", "in front of", NULL };
	static const char *const who[] = { "children", "pupils", "students",
	    "families", "people", "cases", "others", "kids", "names",
	    "applicants", "referrals", NULL };
	static const char *const list[] = { "on the list", "in the queue",
	    "on the waiting list", "on the waitlist", "in line", "on our list",
	    "on their list", "on the waiting-list", NULL };

	for (int k = 0; ahead[k]; k++)
		for (long i = find_in(u, ahead[k], 0, u->len); i > 0;
		    i = find_in(u, ahead[k], (size_t)i + 1, u->len)) {
			/* a count, then the queuers, then (are) ahead */
			size_t b = (size_t)i > 48 ? (size_t)i - 48 : 0;
			if (!any_of(u, who, b, (size_t)i))
				continue;
			for (size_t j = b; j < (size_t)i; j++)
				if (digit_at(u, j))
					return 1;
			if (any_of(u, count_words, b, (size_t)i))
				return 1;
		}
	for (int k = 0; list[k]; k++)
		for (long i = find_in(u, list[k], 0, u->len); i > 2;
		    i = find_in(u, list[k], (size_t)i + 1, u->len)) {
			/* "number 19 on the list", "23rd in the queue" */
			size_t b = (size_t)i > 16 ? (size_t)i - 16 : 0;
			for (size_t j = b; j < (size_t)i; j++)
				if (digit_at(u, j))
					return 1;
		}
	return 0;
}

/* "takes students strictly in the order they were referred", "in order
 * of referral", "first come, first served", "in date order": the order
 * a service keeps, named as the answer. */
static int
queue_order(const struct unit *u)
{
	static const char *const order[] = { "in the order", "in order of",
	    "in date order", "in referral order", "in strict order",
	    "strictly in order", NULL };
	static const char *const arrive[] = { "referred", "referral",
	    "referrals", "arrived", "arrive", "arrival", "reach", "reached",
	    "received", "receive", "applied", "apply", "application",
	    "applications", "joined", "join", "signed up", "came", "come in",
	    "came in", "date", "registered", "registration", NULL };
	static const char *const first[] = { "first-come", "first come",
	    "first-served", "first served", NULL };

	if (any_of(u, first, 0, u->len))
		return 1;
	for (int k = 0; order[k]; k++)
		for (long i = find_in(u, order[k], 0, u->len); i >= 0;
		    i = find_in(u, order[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(order[k]);
			if (strcmp(order[k], "in date order") == 0 ||
			    strcmp(order[k], "in referral order") == 0 ||
			    any_of(u, arrive, e, e + 32))
				return 1;
		}
	return 0;
}

/* "is quoting about ten months for new cases", "the waiting time is
 * about a year", "new referrals are waiting up to fourteen months": the
 * wait a service gives, in months or years. */
static int
queue_wait(const struct unit *u)
{
	static const char *const wait[] = { "quoting", "quotes", "waiting time",
	    "waiting times", "wait time", "waiting period", "the wait for",
	    "the wait is", "the wait at", "a wait of", "waiting up to",
	    "waiting about", "waiting around", "waiting over",
	    "waiting more than", "wait of", NULL };
	static const char *const span[] = { "months", "month", "years", "year",
	    "weeks", NULL };

	return word_then(u, wait, span, 8);
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

	return word_then(u, list, runs, 2) || any_of(u, queuing, 0, u->len) ||
	    queue_place(u) || queue_order(u) || queue_wait(u);
}

/* "the learning-support room is booked every lunchtime by the S6
 * revision classes", "every place has gone to S2 and S3 students", "both
 * assistants are assigned to the P1 classes": a resource already taken,
 * and the group that has it. */
static int
taken_by_group(const struct unit *u)
{
	static const char *const supply[] = { "room", "rooms", "place",
	    "places", "seat", "seats", "slot", "slots", "sessions", "spaces",
	    "space", "spot", "spots", "assistant", "assistants", "periods",
	    "hall", "lab", "library", NULL };
	static const char *const taken[] = { "is booked", "are booked",
	    "all booked", "is taken", "are taken", "already taken",
	    "all taken", "is used", "are used", "has gone to", "have gone to",
	    "have all gone to", "went to", "all went to", "is occupied",
	    "are occupied", "is assigned", "are assigned", "were assigned",
	    "is reserved", "are reserved", "have been given to",
	    "were given to", "has been given to", NULL };
	static const char *const group[] = { "classes", "class", "pupils",
	    "students", "children", "prefects", "choir", "team", "group",
	    "p1", "p2", "p3", "p4", "p5", "p6", "s1", "s2", "s3", "s4", "s5",
	    "s6", "k1", "k2", "k3", "tier", "this year's", "seniors",
	    "juniors", "candidates", NULL };

	if (!any_of(u, taken, 0, u->len))
		return 0;
	for (int k = 0; taken[k]; k++)
		for (long i = find_in(u, taken[k], 0, u->len); i >= 0;
		    i = find_in(u, taken[k], (size_t)i + 1, u->len)) {
			size_t b = (size_t)i > 40 ? (size_t)i - 40 : 0;
			if (negated_at(u, i) || !any_of(u, supply, b, (size_t)i))
				continue;
			if (next_within(u, (size_t)i + strlen(taken[k]), group,
			    8) >= 0)
				return 1;
		}
	return 0;
}

/* "the six places went in June", "every spot has already gone", "the
 * seats were snapped up at the start of term": places gone before the
 * parent asked, said with when (or nothing) after the verb — not "went
 * to Kit" (granted) nor "have gone well". */
static int
places_gone(const struct unit *u)
{
	static const char *const places[] = { "places", "slots", "spaces",
	    "spots", "spot", "seats", "vacancies", NULL };
	static const char *const gone[] = { "went", "had gone", "have gone",
	    "has gone", "have already gone", "has already gone",
	    "had already gone", "have all gone", "had all gone",
	    "were all gone", "were taken", "were snapped up", "snapped up",
	    "were booked up", "booked up", "were filled", "were all filled",
	    NULL };
	static const char *const when[] = { "in", "by", "before", "last",
	    "early", "at", "within", "during", "over", "already", "long",
	    "quickly", "months", "weeks", "days", "some", NULL };

	if (!any_of(u, places, 0, u->len))
		return 0;
	for (int k = 0; gone[k]; k++)
		for (long i = find_in(u, gone[k], 0, u->len); i >= 0;
		    i = find_in(u, gone[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(gone[k]);
			size_t b = (size_t)i > 48 ? (size_t)i - 48 : 0;
			while (e < u->len && u->lc[e] == ' ')
				e++;
			if (negated_at(u, i) || !any_of(u, places, b, (size_t)i))
				continue;
			if (e >= u->len || !isalnum((unsigned char)u->lc[e]) ||
			    next_within(u, e, when, 0) >= 0)
				return 1;
		}
	return 0;
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

	return word_then(u, supply, done, 6) || taken_by_group(u) ||
	    places_gone(u);
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
	static const char *const at_time[] = { "嗰陣", "時", "的時候",
	    "期間", NULL };
	static const char *const whole[] = { "全校只有", "全校得", "全校僅有",
	    "全校共有", "整間學校只有", "整間學校得", "全中心只有", NULL };

	if (any_of(u, whole, 0, u->len))
		return 1;
	if (near_after(u, supply, done, 48))
		return 1;
	/* 排隊嗰陣俾人撞到: lining up is when it happened, no queue */
	return any_of(u, queue, 0, u->len) && any_of(u, many, 0, u->len) &&
	    !near_after(u, queue, at_time, 0);
}

/* "sit outside the subsidised package", "not covered by the subsidy",
 * "beyond the scope of the programme": what a service or a grant holds
 * leaves the request out. */
static int
outside_scope(const struct unit *u)
{
	static const char *const outside[] = { "outside", "beyond",
	    "not covered by", "not part of", "not included in",
	    "isn't covered by", "isn't part of", "isn't included in",
	    "aren't covered by", "aren't part of", "aren't included in",
	    "not covered under", NULL };
	static const char *const scope[] = { "package", "scheme", "scope",
	    "service", "services", "programme", "program", "subsidy", "grant",
	    "provision", "funding", "remit", "contract", "coverage",
	    "what the scheme", "what the grant", "what the programme",
	    "what the service", "what the package", "funded",
	    "subsidised", "subsidized", "grant-funded", NULL };
	static const char *const not_cover[] = { "does not cover",
	    "doesn't cover", "do not cover", "don't cover", "will not cover",
	    "won't cover", "cannot cover", "can't cover", NULL };
	static const char *const payer[] = { "subsidy", "grant", "package",
	    "scheme", "funding", NULL };

	return word_then(u, outside, scope, 3) ||
	    word_then(u, payer, not_cover, 1);
}

/* 前面仲有三十幾個小朋友, 前面尚有十五人, 佢而家排第三十七位, 按轉介
 * 次序, 先到先得: the child's place in a queue, or the order it keeps
 * (not 默書排第三, a rank in a test). */
static int
zh_queue_place(const struct unit *u)
{
	static const char *const ahead[] = { "前面仲有", "前面還有", "前面尚有",
	    "前面有", "之前仲有", "之前還有", "前面重有", NULL };
	static const char *const num[] = { "一", "二", "兩", "三", "四", "五",
	    "六", "七", "八", "九", "十", "幾", "多", "0", "1", "2", "3", "4",
	    "5", "6", "7", "8", "9", NULL };
	static const char *const order[] = { "排緊期", "先到先得", "先後次序",
	    "轉介次序", "轉介先後", "輪候次序", "排隊次序", NULL };
	static const char *const rank[] = { "排第", NULL };
	static const char *const seat[] = { "位", NULL };
	static const char *const test[] = { "考", "默", "測", "賽", "名次",
	    "成績", NULL };

	if (any_of(u, order, 0, u->len) || near_after(u, ahead, num, 0))
		return 1;
	return near_after(u, rank, seat, 15) && !any_of(u, test, 0, u->len);
}

/* 已不在初中讀寫小組的服務範圍內, 超出本中心的服務範圍: a service's
 * scope that leaves the child out. */
static int
zh_outside_service(const struct unit *u)
{
	static const char *const scope[] = { "服務範圍", "支援範圍", "資助範圍",
	    "服務對象", "支援對象", "涵蓋範圍", "受惠範圍", "服務之列", NULL };

	return near_after(u, zh_not_in, scope, 36);
}

/* 最終決定權喺醫院, 拍板嘅係委員會, 我哋只可以建議, 驗眼由衞生署負責,
 * 屬醫管局的範疇: the decision or the service held by somebody else
 * (決定權在你 is the parent's). */
static int
zh_others_decide(const struct unit *u)
{
	static const char *const power[] = { "決定權在", "決定權喺",
	    "決定權屬", "決定權歸", "拍板嘅係", "話事嘅係", "決定嘅係",
	    "拍板的是", "決定的是", "作決定的是", NULL };
	static const char *const you[] = { "你", "閣下", "您", "家長", NULL };
	static const char *const only[] = { "只可以", "只能", "只可", "只會",
	    NULL };
	static const char *const advise[] = { "建議", "推薦", "支持", "反映",
	    NULL };
	static const char *const decide[] = { "決定", "拍板", "話事", "批",
	    NULL };
	static const char *const by[] = { "由", "屬", "歸", "交由", NULL };
	static const char *const outside[] = { "教育局", "社署", "社會福利署",
	    "醫管局", "醫院管理局", "衞生署", "衛生署", "考評局", "政府",
	    "醫院", "診所", "學生健康服務", NULL };
	static const char *const handle[] = { "負責", "處理", "安排", "範疇",
	    "管轄", "決定", NULL };

	for (int k = 0; power[k]; k++)
		for (long i = find_in(u, power[k], 0, u->len); i >= 0;
		    i = find_in(u, power[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(power[k]);
			if (!any_of(u, you, e, e + 9))
				return 1;
		}
	if (near_after(u, only, advise, 12) && any_of(u, decide, 0, u->len))
		return 1;
	return near_after(u, by, outside, 0) && near_after(u, outside, handle,
	    36);
}

/* 觀察埋呢半個月先再拍板, 睇多兩個禮拜再算: a span watched, then the
 * decision. */
static int
zh_watch_span(const struct unit *u)
{
	static const char *const span[] = { "個月", "星期", "禮拜", "一排",
	    "一段時間", "學期", "幾日", "週", NULL };

	return near_after(u, zh_watch, span, 18) && near_after(u, span,
	    zh_then_decide, 9);
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
	    word_then(u, not_something, designed, 5) || outside_scope(u);
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

/* "I can recommend, but the decision is theirs", "the final decision
 * lies with the hospital", "that call belongs to the committee, not to
 * me", "the decision is not ours": the decision held by others (not
 * "the decision is yours", the parent's). */
static int
decision_theirs(const struct unit *u)
{
	static const char *const decision[] = { "decision", "decisions",
	    "choice", "call", "final say", "say", "final word", NULL };
	static const char *const theirs[] = { "theirs", "not ours",
	    "not mine", "belongs to", "rests with", "lies with", "sits with",
	    "is with the", "is ultimately theirs", NULL };
	static const char *const parent[] = { "you", "your", "yours",
	    "parents", "the parents", "the family", NULL };
	static const char *const only[] = { "can only", "can", "could",
	    "may", NULL };
	static const char *const advise[] = { "recommend", "advise",
	    "suggest", "make a recommendation", "put the case", "put it",
	    "support", "make a suggestion", NULL };
	static const char *const decides[] = { "decides", "decide",
	    "decision", "final say", "makes the call", NULL };

	for (int k = 0; decision[k]; k++)
		for (long i = find_in(u, decision[k], 0, u->len); i >= 0;
		    i = find_in(u, decision[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(decision[k]);
			long h = next_within(u, e, theirs, 3);
			if (h >= 0 && next_within(u, (size_t)h, parent, 0) < 0)
				return 1;
			/* "the decision is the panel's" */
			long t = next_within(u, e, (const char *const[]){
			    "is the", NULL }, 0);
			if (t < 0)
				continue;
			size_t w = (size_t)t + 1;
			while (w < u->len && u->lc[w] != ' ' && u->lc[w] != '.')
				w++;
			if (w >= 2 && strncmp(u->lc + w - 2, "'s", 2) == 0)
				return 1;
		}
	/* "I can only make a recommendation; the committee decides" */
	for (int k = 0; advise[k]; k++)
		for (long i = find_in(u, advise[k], 0, u->len); i > 0;
		    i = find_in(u, advise[k], (size_t)i + 1, u->len)) {
			size_t b = (size_t)i > 12 ? (size_t)i - 12 : 0;
			if (any_of(u, only, b, (size_t)i) && any_of(u, decides,
			    (size_t)i + strlen(advise[k]), u->len))
				return 1;
		}
	return 0;
}

/* "it is handled by the Department of Health's Student Health Service",
 * "bus passes are dealt with by the Transport Department": the matter
 * done by a body outside the school. */
static int
done_outside(const struct unit *u)
{
	static const char *const by[] = { "handled by", "dealt with by",
	    "managed by", "processed by", "the responsibility of",
	    "arranged by", "run by", "provided by", "done by", "organised by",
	    "organized by", NULL };
	/* a service said to be run elsewhere is a fact ("hearing aids are
	 * provided by the hospital") unless set against the school */
	static const char *const against[] = { "not", "n't", "rather than",
	    "instead of", "can't", "cannot", "isn't", "aren't", "don't",
	    "doesn't", "won't", "unable", NULL };
	int contrast = any_of(u, against, 0, u->len);
	static const char *const body[] = { "department of", "department's",
	    "welfare department", "transport department", "health department",
	    "hospital", "hospitals", "hospital authority", "health service",
	    "clinic", "government", "education bureau", "edb", "swd",
	    "social welfare", "authority", "authority's", "police",
	    "housing department", "immigration",
	    /* an outside body the school buys a service from */
	    "ngo", "ngos", "agency", "service provider", "charity", NULL };

	for (int k = 0; by[k]; k++)
		for (long i = find_in(u, by[k], 0, u->len); i >= 0;
		    i = find_in(u, by[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(by[k]);
			if ((k < 5 || contrast) && any_of(u, body, e, e + 48))
				return 1;
		}
	return 0;
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
	if (decision_theirs(u) || done_outside(u))
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

	/* "we would rather watch her for the rest of the term than rush
	 * into an assessment": time preferred to action */
	static const char *const rather[] = { "would rather", "'d rather",
	    "would sooner", "'d sooner", "would prefer to", "'d prefer to",
	    "prefer to", "preference is to", "would rather just", NULL };
	static const char *const wait[] = { "watch", "observe", "monitor",
	    "wait", "hold back", "hold off", "leave it", "leave things",
	    "keep an eye", "see how", "give him", "give her", "give it",
	    "give them", NULL };

	if (word_then(u, leave, in_place, 8) && any_of(u, span, 0, u->len))
		return 1;
	if (word_then(u, rather, wait, 1))
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
	    zh_handed_out(u) || zh_queue_place(u)) {
		*rule = "deflection.allocation";
		return "budget";
	}
	if (rule_shuts_out(u) || zh_rule_shuts_out(u) ||
	    zh_outside_service(u)) {
		*rule = "deflection.policy";
		return "legal-position";
	}
	if (decided_by(u) || zh_others_decide(u)) {
		*rule = "deflection.decided-by";
		return "legal-position";
	}
	if (only_hoped(u) || left_in_place(u) || zh_watch_span(u)) {
		*rule = "deflection.hoping";
		return "waiting";
	}
	if (raise_with(u)) {
		*rule = "deflection.raise-with";
		return "other";
	}
	return NULL;
}
