/*
 * deflections_terms.c — deflections in the terms of a service rather than
 * of a limit or a wait: what it costs on top (charged separately, 要另外
 * 計), whom it is kept for (only for students with a diagnosis), what the
 * rules do not ask (no statutory requirement, 條例並無規定), whose call it
 * is (the purview of schools, 學校可自行決定), whose privacy stands in the
 * way (涉及其他同學), whose consent comes first (要…簽同意書先得), how long
 * a service makes families wait (seen a year after referral), and the
 * matter made ordinary (children often sleep badly for a while). Asked
 * when none of deflections.c's classes named the sentence.
 * Rules: deflection.cost, deflection.eligibility, deflection.legal-position,
 *   deflection.remit, deflection.privacy, deflection.consent,
 *   deflection.queue, deflection.normalising
 */
#include <ctype.h>
#include <string.h>

#include "extract/extract_int.h"

/* Is a sum of money named: "$220", "HK$1,800", 港幣二千五百元, 六百蚊,
 * 350元 (a numeral, Arabic or Chinese, just before 元 or 蚊)? */
static int
has_money(const struct unit *u)
{
	static const char *const zh_digits = "一二三四五六七八九十百千萬兩零";
	static const char *const unit_words[] = { "元", "蚊", NULL };

	if (memchr(u->lc, '$', u->len) != NULL)
		for (size_t i = 0; i + 1 < u->len; i++)
			if (u->lc[i] == '$' && u->lc[i + 1] >= '0' &&
			    u->lc[i + 1] <= '9')
				return 1;
	if (find_in(u, "港幣", 0, u->len) >= 0)
		return 1;
	if (!any_of(u, unit_words, 0, u->len))
		return 0;
	for (int k = 0; unit_words[k]; k++)
		for (long i = find_in(u, unit_words[k], 0, u->len); i > 0;
		    i = find_in(u, unit_words[k], (size_t)i + 1, u->len)) {
			unsigned char c = (unsigned char)u->lc[i - 1];
			if (c >= '0' && c <= '9')
				return 1;
			if (i >= 3 && c >= 0x80) {
				char ch[4] = { u->lc[i - 3], u->lc[i - 2],
				    u->lc[i - 1], '\0' };
				if (strstr(zh_digits, ch) != NULL)
					return 1;
			}
		}
	return 0;
}

/* The parent's own words quoted back: 'you wrote that "the tutor
 * charges $300 an hour"', 你提到「名額已滿」— hers, not the school's. */
int
quotes_parent(const struct unit *u)
{
	static const char *const marks[] = { "\"", "\u201c", "\u300c", NULL };
	static const char *const said[] = { "you wrote", "you said",
	    "you mentioned", "you asked", "your letter", "your email",
	    "your note", "you described", "你提到", "你話", "閣下提到",
	    "您提到", "來信提到", "你寫", "閣下來信", NULL };

	return any_of(u, marks, 0, u->len) && any_of(u, said, 0, u->len);
}

/* A price the family bears: a sum beside a word of charging ("costs
 * HK$950 per hour", "an add-on at $90 a session", 每次收費港幣二千五百
 * 元, 每個月要加六百蚊), or money asked on top in words ("charged
 * separately", 要另外計); not when the school or a grant pays, the fee
 * is waived or refunded, or the sum is a prize. */
static int
extra_cost(const struct unit *u)
{
	static const char *const cost[] = { "charged separately",
	    "charged extra", "charged for separately", "at extra cost",
	    "at an extra cost", "at additional cost", "at an additional cost",
	    "costs extra", "an extra fee", "an additional fee",
	    "additional charge", "extra charge", "at your own expense",
	    "at the family's own expense", "at the parents' own expense",
	    "arrange privately", "arranged privately", "paid for privately",
	    "pay for privately", "另外計", "另外收費", "另行收費",
	    "額外收費", "需另付", "須另付", "要另外俾錢", "要另外畀錢",
	    "自費", NULL };
	static const char *const charge[] = { "cost", "costs", "charge",
	    "charged", "charges", "fee", "fees", "price", "billed", "pay",
	    "payable", "add-on", "extra at", "per hour", "per session",
	    "per visit", "per lesson", "per child", "per trip", "per month",
	    "per term", "an hour", "a session", "a lesson", "a month",
	    "each time", "each visit", "each session", "收費", "費用", "學費",
	    "要加", "另外加", "額外加", "另付", "另加", "另計", "每節", "每堂",
	    "每次", "每小時",
	    "每個月", "每月", "每位", "每人", "每課", "自付", "負擔", "每份",
	    "要收", "另外收", NULL };
	static const char *const free_of[] = { "no extra", "no additional",
	    "free of charge", "not charged", "won't be charged",
	    "will not be charged", "free", "waived", "refund", "refunded",
	    "school will pay", "school pays", "school covers", "we will pay",
	    "we'll pay", "we will cover", "paid by the school",
	    "is covered by the school", "be covered by the school",
	    "grant pays", "grant covers",
	    "funded by", "not cost", "doesn't cost", "does not cost",
	    "no cost", "no charge", "prize", "不另收費", "唔使另外", "毋須另付",
	    "無須另付", "不用另付", "免費", "不收費", "全免", "豁免", "退款",
	    "退還", "學校會支付", "學校支付", "本校支付", "由學校", "由本校",
	    "津貼", "資助", "獎", NULL };

	/* a fee schedule's terms: when and how to pay, what a late
	 * payment costs ("is payable in full on the first day") */
	static const char *const terms[] = { "is payable", "are payable",
	    "payable in full", "payments", "late charge", "late fee",
	    "non-refundable", "deposit", "settle", "autopay", "cheque",
	    "cheques", "invoice", "receipt", "lump sum", "instalment",
	    "instalments", "due date", "繳交", "繳付", "逾期", "按金", "支票",
	    "自動轉賬", "收據", NULL };

	/* 中心嘅資助唔包, "which the subsidy does not cover": the grant
	 * named only to leave the price to the family */
	static const char *const grant[] = { "津貼", "資助", "funded by",
	    NULL };
	static const char *const uncovered[] = { "唔包", "不包", "不涵蓋",
	    "未能涵蓋", "唔cover", "does not cover", "doesn't cover", NULL };
	int unpaid = near_after(u, grant, uncovered, 12);

	if (quotes_parent(u) || (!unpaid && any_of(u, free_of, 0, u->len)))
		return 0;
	if (any_of(u, cost, 0, u->len))
		return 1;
	/* a row of a fee list ("Half-day class: HK$2,950 per month") is
	 * the school's price list, not an answer */
	if (u->is_item || u->is_row || memchr(u->lc, ':', u->len) != NULL ||
	    find_in(u, "：", 0, u->len) >= 0)
		return 0;
	return any_of(u, charge, 0, u->len) && has_money(u) &&
	    !any_of(u, terms, 0, u->len);
}

/* Is there a "not" just before lc[i]: "not limited to", 不只限? */
int
negated_at(const struct unit *u, long i)
{
	static const char *const en[] = { "not ", "n't ", "never ", NULL };
	static const char *const zh[] = { "不", "唔", "並非", "非", NULL };

	for (int k = 0; en[k]; k++) {
		size_t n = strlen(en[k]);
		if ((size_t)i >= n && strncmp(u->lc + i - n, en[k], n) == 0)
			return 1;
		/* "is not only for": one word between */
		if ((size_t)i >= n + 5 && find_in(u, en[k], (size_t)i - n - 5,
		    (size_t)i) >= 0 && (unsigned char)u->lc[0] < 0x80)
			return 1;
	}
	for (int k = 0; zh[k]; k++) {
		size_t n = strlen(zh[k]);
		if ((size_t)i >= n && strncmp(u->lc + i - n, zh[k], n) == 0)
			return 1;
	}
	return 0;
}

/* The pupils a support goes to, named by a need: "who have a diagnosis",
 * "whose reading age", "on Tier 3", "referred by the EP". */
static const char *const en_group[] = { "pupils", "students", "children",
	"those", "candidates", "kids", "learners", "families", NULL };
static const char *const en_qualifier[] = { "with", "who", "whose", "on",
	"in", "from", "referred", "identified", "assessed", "diagnosed",
	"holding", "having", "that", "at", "already", NULL };
static const char *const en_need[] = { "diagnosis", "diagnosed", "report",
	"assessment", "assessed", "reading age", "tier", "iep", "register",
	"need", "needs", "impairment", "identified", "referred", "approved",
	"cut-off", "below", "behind", "eligible", "criteria", "sen",
	"disability", "disorder", "condition", NULL };

/* After a restricting head at lc[e]: the group within two words, then
 * a qualifier (a strong head) or a need (a weak one). */
static int
group_named(const struct unit *u, size_t e, int weak)
{
	long g = next_within(u, e, en_group, 2);

	if (g < 0)
		return 0;
	if (!weak)
		return next_within(u, (size_t)g, en_qualifier, 1) >= 0;
	return next_within(u, (size_t)g, en_need, 8) >= 0;
}

/* A support kept for a class of pupils: "reserved for students on Tier
 * 3", "open only to children whose reading age…", "granted to children
 * who have a diagnosis", "keep readers for students whose…", 只供第三層
 * 支援的學生, 已全部編配給中三的學生 — a resource and a restriction to a
 * group (unless negated: "not limited to"). */
static int
diagnosed_only(const struct unit *u)
{
	static const char *const strong[] = { "only for", "only to",
	    "only available to", "available only to", "only provided to",
	    "provided only to", "only offered to", "offered only to",
	    "open only to", "only open to", "only given to", "given only to",
	    "kept for", "reserved for", "limited to", "restricted to",
	    "confined to", "only approved for", "approved only for",
	    "only go to", "go only to", "granted only to", "only granted to",
	    "only allocated to", NULL };
	static const char *const weak[] = { "granted to", "given to", "go to",
	    "goes to", "allocated to", "keep", "keeps", NULL };
	static const char *const for_[] = { "for", NULL };
	static const char *const zh_heads[] = { "只供", "只限", "僅供", "僅限",
	    "只適用", "只開放", "只提供", "只會提供", "只借", "只會借", "只畀",
	    "只俾", "只給", "只會畀", "只會俾", "專供", "留俾", "留畀", "留給",
	    "保留給", "保留予", "編配給", "分配給", "分配予", "編配予", "撥給",
	    "只派給", "只會派",
	    /* IEP一般只為需要第三層支援的學生而設 */
	    "只為", "只會為", "只針對", NULL };
	static const char *const zh_group[] = { "學生", "同學", "小朋友", "兒童",
	    "幼兒", "孩子", "新生", "細路", "學童", NULL };
	static const char *const diagnosed[] = { "with a diagnosis",
	    "with a formal diagnosis", "with a diagnosed",
	    "with a confirmed diagnosis", "with a medical diagnosis",
	    "with a clinical diagnosis", "who have a diagnosis",
	    "who have been diagnosed", "已確診", "有確診", NULL };
	static const char *const only[] = { "only", NULL };

	if (any_of(u, diagnosed, 0, u->len) && any_of(u, only, 0, u->len))
		return 1;
	for (int w = 0; w < 2; w++) {
		const char *const *heads = w ? weak : strong;
		if (!any_of(u, heads, 0, u->len))
			continue;
		for (int k = 0; heads[k]; k++)
			for (long i = find_in(u, heads[k], 0, u->len); i >= 0;
			    i = find_in(u, heads[k], (size_t)i + 1, u->len)) {
				size_t e = (size_t)i + strlen(heads[k]);
				if (negated_at(u, i))
					continue;
				/* "keep readers for students whose…" */
				if (strncmp(heads[k], "keep", 4) == 0) {
					long f = next_within(u, e, for_, 4);
					if (f < 0)
						continue;
					e = (size_t)f;
				}
				if (group_named(u, e, w))
					return 1;
			}
	}
	if (!any_of(u, zh_heads, 0, u->len))
		return 0;
	for (int k = 0; zh_heads[k]; k++)
		for (long i = find_in(u, zh_heads[k], 0, u->len); i >= 0;
		    i = find_in(u, zh_heads[k], (size_t)i + 1, u->len))
			if (!negated_at(u, i) && any_of(u, zh_group, (size_t)i,
			    (size_t)i + strlen(zh_heads[k]) + 48))
				return 1;
	return 0;
}

/* "an IEP is drawn up for students who need Tier 3 support", "IEPs are
 * prepared for pupils on Tier 3": the plan described as a class's, in
 * general (an IEP, IEPs; not "his IEP"), kept for a need — the
 * eligibility answer, not a step for this child. */
static int
iep_for_a_class(const struct unit *u)
{
	static const char *const generic[] = { "an iep", "ieps",
	    "an individual education plan", "individual education plans",
	    "an individualised education plan", "iep is", "iep is only",
	    "iep only", NULL };
	/* "IEP is for Tier 3 only": the tier named is the class */
	static const char *const tier[] = { "tier 3", "tier-3", "tier three",
	    "tier iii", "the third tier", NULL };

	if (!any_of(u, generic, 0, u->len) || has_checkable_date(u))
		return 0;
	for (long i = find_in(u, "for", 0, u->len); i >= 0;
	    i = find_in(u, "for", (size_t)i + 1, u->len))
		if (!negated_at(u, i) && (group_named(u, (size_t)i + 3, 1) ||
		    next_within(u, (size_t)i + 3, tier, 0) >= 0))
			return 1;
	return 0;
}

/* 教育條例並無規定, 法例沒有規定: a law or a guideline that asks
 * nothing (the school's own 並無規定 on the parent is no answer). */
static int
rule_asks_nothing(const struct unit *u)
{
	static const char *const rule[] = { "條例", "法例", "法律", "政策",
	    "指引", "規例", NULL };
	static const char *const none[] = { "並無規定", "沒有規定", "冇規定",
	    "並未規定", "無規定", "未有規定", NULL };
	static const char *const en[] = { "no statutory requirement",
	    "no legal requirement", "not a statutory requirement",
	    "no statutory duty", "no statutory obligation",
	    "no statutory basis", "not a legal requirement",
	    "consistent with its published", "consistent with the published",
	    "consistent with its policy", "consistent with school policy",
	    "consistent with our policy", "in line with its published",
	    "in line with the published", "in line with its policy",
	    "in line with school policy", "in line with our published",
	    NULL };

	return any_of(u, en, 0, u->len) || near_after(u, rule, none, 12);
}

/* "falls within the purview of individual schools", 學校可自行決定, and
 * the matter carried on by another body ("will be taken forward by the
 * IMC"): somebody else's call. */
static int
others_call(const struct unit *u)
{
	static const char *const en[] = { "within the purview",
	    "purview of", "taken forward by", "for individual schools",
	    "for each school to", "for the school to decide", NULL };
	static const char *const schools[] = { "學校", "校方", "各校",
	    "個別學校", NULL };
	static const char *const own[] = { "自行決定", "自行釐定", "自行調配",
	    "自行判斷", NULL };
	/* the school's own sphere, which another (the EDB) will not
	 * enter: "respects the school-based management of schools",
	 * 屬學校的專業決定 */
	static const char *const en_sphere[] = { "school-based management",
	    "professional autonomy", "school's professional judgement",
	    "school's professional judgment", "school's professional decision",
	    "professional discretion", NULL };
	static const char *const sphere[] = { "校本管理", "專業決定",
	    "專業判斷", "專業自主", "酌情決定", NULL };

	return any_of(u, en, 0, u->len) || near_after(u, schools, own, 30) ||
	    (!has_checkable_date(u) && (any_of(u, en_sphere, 0, u->len) ||
	    near_after(u, schools, sphere, 9)));
}

/* Other pupils and families, whose data or confidence the parent's
 * request would reach. */
static const char *const en_others[] = { "other pupils", "other students",
	"other children", "other families", "other parents", "another family",
	"another child", "another pupil", "another student", "another parent",
	"other pupil's", "other child's", "another child's", "another pupil's",
	"another family's", "other children's", "other pupils'",
	"other students'", "other families'", "other parents'",
	"third parties", NULL };
static const char *const zh_others[] = { "其他同學", "其他學生", "其他學童",
	"其他小朋友", "其他幼兒", "其他兒童", "其他家長", "其他家庭", "別的學生",
	"別的同學", "別的小朋友", "別的家長", "別人", "第三者", NULL };

/* "the consequence given to the other boy cannot be shared", 涉事學生
 * 所受的處分不能向其他家長透露, 嗰個同學點處理我唔方便同你講: what was
 * done about another pupil, refused to the parent. */
static int
secret_of_others(const struct unit *u)
{
	static const char *const en_who[] = { "the other boy", "the other girl",
	    "the other pupil", "the other student", "the other child",
	    "pupils involved", "students involved", "children involved",
	    "boys involved", "girls involved", "pupil involved",
	    "student involved", "child involved", "other parents",
	    "other families", "other pupils", "other students", NULL };
	static const char *const en_refuse[] = { "cannot be shared",
	    "can't be shared", "cannot be disclosed", "can't be disclosed",
	    "cannot be released", "cannot be revealed", "do not disclose",
	    "don't disclose", "cannot disclose", "can't disclose",
	    "unable to share", "not able to share", "unable to disclose",
	    "cannot share", "can't share", "cannot pass on", "can't pass on",
	    "stays with their", "are confidential", "is confidential",
	    "remain confidential", "remains confidential", NULL };
	static const char *const zh_who[] = { "涉事", "有關同學", "另一位同學",
	    "另一名同學", "另一位學生", "另一名學生", "嗰個同學", "嗰位同學",
	    "男同學", "女同學", "其他家長", "其他同學", "其他學生", NULL };
	static const char *const zh_not[] = { "不能", "不便", "唔可以",
	    "唔方便", "不可", "不會", "恕不", "無法", "唔能夠", NULL };
	static const char *const zh_say[] = { "透露", "披露", "公開", "交代",
	    "話俾", "話畀", "同你講", "告知", "提供", "講俾", "講畀", NULL };
	static const char *const zh_secret[] = { "屬機密", "保密", NULL };

	if (any_of(u, en_who, 0, u->len))
		return any_of(u, en_refuse, 0, u->len);
	if (!any_of(u, zh_who, 0, u->len))
		return 0;
	return near_after(u, zh_not, zh_say, 18) ||
	    any_of(u, zh_secret, 0, u->len);
}

/* 片段涉及其他同學, "those documents name other pupils", "the minutes
 * include personal data of other students", 紀錄載有別的學生的個人資料,
 * "what I talk about with another family stays between us": what the
 * parent asks for holds other pupils' data or another family's
 * confidence (a disclaimer naming the Personal Data (Privacy)
 * Ordinance is not). */
static int
others_privacy(const struct unit *u)
{
	static const char *const words[] = { "涉及其他同學", "涉及其他學生",
	    "涉及其他學童", "涉及其他小朋友", "涉及其他幼兒", "其他同學的私隱",
	    "其他學生的私隱", "其他同學嘅私隱",
	    "other pupils' privacy", "other students' privacy",
	    "other children's privacy", "privacy of other",
	    "for privacy reasons", NULL };
	static const char *const hold[] = { "name", "names", "named",
	    "mention", "mentions", "contain", "contains", "include",
	    "includes", "show", "shows", "hold", "holds", "identify",
	    "identifies", "refer to", "refers to", "data of", "details of",
	    "information about", "information on", "information of",
	    "records of", "data on", "data about", NULL };
	static const char *const data[] = { "details", "information", "data",
	    "records", "names", "personal", "files", "privacy", NULL };
	static const char *const kept[] = { "stays between", "stay between",
	    "kept between", "kept confidential", "stays confidential",
	    "stay confidential", "confidential", "in confidence",
	    "stays private", "kept private", NULL };
	static const char *const zh_hold[] = { "載有", "包含", "包括", "涉及",
	    "拍到", "影到", "記錄了", "記載了", "提及", "提到", NULL };
	static const char *const zh_data[] = { "資料", "名字", "姓名", "嘅名",
	    "的名", "私隱", "樣子", "樣貌", NULL };
	static const char *const zh_kept[] = { "唔會講", "不會透露", "保密",
	    "唔會話", "不會轉告", "不會外洩", "唔會話俾", "不會告訴", "唔會同",
	    NULL };

	if (any_of(u, words, 0, u->len))
		return 1;
	if (secret_of_others(u))
		return 1;
	if (any_of(u, en_others, 0, u->len))
		return word_then(u, hold, en_others, 3) ||
		    word_then(u, en_others, data, 1) ||
		    word_then(u, en_others, kept, 8);
	if (!any_of(u, zh_others, 0, u->len))
		return 0;
	return near_after(u, zh_others, zh_data, 18) ||
	    near_after(u, zh_hold, zh_others, 12) ||
	    near_after(u, zh_others, zh_kept, 36);
}

/* "since she turned eighteen we need her own consent", "we require the
 * other parent's signature": the consent of somebody not the reader
 * (not "we need your signature", a request). */
static int
others_consent(const struct unit *u)
{
	static const char *const need[] = { "need", "needs", "require",
	    "requires", "must have", NULL };
	static const char *const owner[] = { "her", "his", "their",
	    "the student's", "the pupil's", "the child's",
	    "the young person's", "the other parent's", "both parents'",
	    NULL };
	static const char *const consent[] = { "consent", "signature",
	    "agreement", "permission", "own consent", "own signature",
	    "written consent", NULL };

	for (int k = 0; need[k]; k++)
		for (long i = find_in(u, need[k], 0, u->len); i >= 0;
		    i = find_in(u, need[k], (size_t)i + 1, u->len)) {
			long o = next_within(u, (size_t)i + strlen(need[k]),
			    owner, 0);
			if (o >= 0 && next_within(u, (size_t)o, consent, 1) >= 0)
				return 1;
		}
	return 0;
}

/* 要爸爸媽媽兩個都簽咗同意書先得, 須得到雙方家長同意才可, "the
 * kindergarten would also need to agree … in writing", "would require
 * the written consent of the other family": a consent still to come
 * from somebody else before anything happens. */
static int
consent_first(const struct unit *u)
{
	static const char *const consent[] = { "同意書", "同意", "簽署",
	    "簽咗", "簽名", NULL };
	static const char *const then[] = { "先得", "先可以", "先至得",
	    "才可", "才能", "方可", NULL };
	static const char *const would[] = { "would", "will", "would also",
	    "will also", "'d", NULL };
	static const char *const agree[] = { "need to agree", "have to agree",
	    "need to consent", "have to consent", "need to sign off",
	    "have to sign off", "need to give consent", "need to approve",
	    "have to approve", "need to give permission",
	    "have to give permission", "need to give their consent",
	    "need to give written consent", "need to agree to",
	    "need their agreement", NULL };
	static const char *const require[] = { "require the agreement",
	    "require the written agreement", "require the consent",
	    "require the written consent", "requires the consent",
	    "requires the agreement", "requires the written consent",
	    "require written consent", "requires written consent",
	    "need the agreement of", "need the consent of",
	    "needs the consent of", "needs the agreement of", NULL };
	static const char *const you[] = { "you would", "you will", "you'd",
	    "you'll", NULL };

	if (near_after(u, consent, then, 30))
		return 1;
	if (any_of(u, you, 0, u->len) || has_checkable_date(u))
		return 0;
	return any_of(u, require, 0, u->len) || word_then(u, would, agree, 1) ||
	    others_consent(u);
}

/* "being seen roughly a year after referral": the wait a service keeps,
 * counted from the referral. */
static int
wait_from_referral(const struct unit *u)
{
	static const char *const from[] = { "after referral",
	    "after the referral", "from referral", "from the referral",
	    "of referral", "after being referred", NULL };
	static const char *const period[] = { "year", "years", "month",
	    "months", "week", "weeks", NULL };

	return any_of(u, from, 0, u->len) && any_of(u, period, 0, u->len);
}

/* The children a worry is made ordinary among: an age, a class, a
 * stage. */
static const char *const en_cohort[] = { "this age", "his age", "her age",
	"their age", "that age", "year-olds", "olds", "p1", "p2", "p3", "p4",
	"p5", "p6", "s1", "s2", "s3", "s4", "s5", "s6", "primary",
	"secondary", "boys", "girls", "children", "kids", "pupils",
	"students", "toddlers", "teenagers", "first term", "first year",
	"k1", "k2", "k3", "kindergarten", "p1s", "p2s", "p3s", "p4s", "p5s",
	"p6s", "s1s", "s2s", "s3s", "k1s", "k2s", "k3s", NULL };
static const char *const zh_cohort[] = { "年紀", "年齡", "學生", "小朋友",
	"孩子", "細路", "男孩", "女孩", "男仔", "女仔", "同齡", "小一", "小二",
	"小三", "小四", "小五", "小六", "中一", "中二", "中三", "中四", "中五",
	"中六", "幼稚園", "高班", "低班", "升中", "階段", "這個時候",
	"呢個時候", "幼兒", "學童", NULL };

/* "plenty of P2 children are still doing this at seven", "a lot of
 * quiet children chat away once they are in P1", "most children grow
 * out of it by the time they are seven": many of the child's kind do
 * the same, or change of themselves (not "many children still have not
 * returned the form"). */
static int
many_do_it(const struct unit *u)
{
	static const char *const many[] = { "plenty of", "lots of",
	    "a lot of", "many", "most", "many of our", "most of our",
	    "the majority of", NULL };
	static const char *const same[] = { "still doing", "still do ",
	    "still like", "still the same", "the same", "like this",
	    "exactly this", "doing this", "do this", "once they",
	    "by the time they", "grow out of", "grows out of", "outgrow",
	    NULL };
	static const char *const not_[] = { "still not", "still haven't",
	    "still have not", "still hasn't", "still has not", "still don't",
	    "still do not", NULL };

	if (!any_of(u, same, 0, u->len) || any_of(u, not_, 0, u->len) ||
	    has_checkable_date(u))
		return 0;
	for (int k = 0; many[k]; k++)
		for (long i = find_in(u, many[k], 0, u->len); i >= 0;
		    i = find_in(u, many[k], (size_t)i + 1, u->len)) {
			size_t e = (size_t)i + strlen(many[k]);
			long c = next_within(u, e, en_cohort, 3);
			if (c >= 0 && any_of(u, same, (size_t)c, u->len))
				return 1;
		}
	return 0;
}

/* "children often sleep badly for a while after moving", 細路通常過一排
 * 就會適應返, "very much part of growing up", "the kind we see a lot in
 * four-year-olds", "common in three-year-olds", 十分普遍, 常見的情況,
 * 好多細路都係呢個時候先開始, "don't read too much into", the staff's
 * experience of such cases (經驗相當豐富): the worry made ordinary. */
static int
made_ordinary(const struct unit *u)
{
	static const char *const kids[] = { "children", "kids", "pupils",
	    "students", "little ones", "youngsters", "細路", "小朋友", "孩子",
	    "學生", "兒童", "小孩", NULL };
	static const char *const often[] = { " often ", " commonly ",
	    " usually ", " tend to ", " typically ", " frequently ", "通常",
	    "一般", "往往", "好多時", "大多", NULL };
	static const char *const passing[] = { "for a while", "at first",
	    "for a few weeks", "for the first few", "for a time",
	    "適應", "習慣", "好返", "冇事", "過一排", "過一段時間", NULL };
	static const char *const plain[] = { "read too much into",
	    "reading too much into", "perfectly respectable",
	    "perfectly normal", "entirely normal", "completely normal",
	    "quite normal for", "very normal for", "perfectly natural",
	    "entirely natural", "part of growing up", "normal part of",
	    "natural part of", "very much part of", "all part of growing",
	    "we see a lot", "we see often", "we often see", "we see in many",
	    "we see in lots", "we see all the time", "we see every year",
	    "see a lot of in", "part of the process", "to be expected",
	    NULL };
	static const char *const degree[] = { "is", "are", "'s", "quite",
	    "very", "really", "pretty", "perfectly", "fairly", "so",
	    "entirely", "completely", "extremely", "all", "incredibly",
	    "rather", NULL };
	static const char *const usual[] = { "common", "typical", "normal",
	    "usual", "commonplace", NULL };
	static const char *const phase[] = { "a stage", "a phase", NULL };
	static const char *const go_through[] = { "go through",
	    "goes through", "grow out of", "grows out of", NULL };
	static const char *const experienced[] = { "experienced with",
	    "experienced in", "experience with cases", "experience of cases",
	    "handled many", "dealt with many", "seen many", "worked with many",
	    "handled plenty", "seen plenty", "lot of experience", NULL };
	static const char *const similar[] = { "similar", "cases like",
	    "like this", "such cases", "this kind", "children like",
	    "pupils like", NULL };
	static const char *const zh_usual[] = { "常見", "普遍", "好平常",
	    "很平常", "十分平常", "好正常", "很正常", "十分正常", "司空見慣",
	    "屢見不鮮", "常有的事", "常有嘅事", "正常不過", NULL };
	static const char *const zh_not[] = { "不常見", "唔常見", "不普遍",
	    "唔普遍", "不正常", "唔正常", "少見", NULL };
	static const char *const zh_many[] = { "好多", "很多", "不少",
	    "大部分", "大多數", "多數", NULL };
	static const char *const zh_stage[] = { "這個時候", "呢個時候",
	    "這個階段", "呢個階段", "這個年紀", "呢個年紀", "這個年齡", NULL };
	static const char *const zh_experience[] = { "經驗", NULL };
	static const char *const zh_rich[] = { "豐富", "充足", "好足",
	    "唔少", "不少", NULL };
	static const char *const zh_expert[] = { "好有經驗", "很有經驗",
	    "十分有經驗", "相當有經驗", NULL };
	static const char *const zh_such[] = { "處理", "同類", "呢類", "這類",
	    "類似", "這種", "呢種", "個案", NULL };

	if (near_after(u, kids, often, 12) && near_after(u, often, passing,
	    60))
		return 1;
	if (has_checkable_date(u))
		return 0;
	if (any_of(u, plain, 0, u->len))
		return 1;
	if (any_of(u, usual, 0, u->len) && any_of(u, en_cohort, 0, u->len))
		for (int k = 0; usual[k]; k++)
			for (long i = find_in(u, usual[k], 0, u->len); i > 0;
			    i = find_in(u, usual[k], (size_t)i + 1, u->len)) {
				/* "is common in", "quite typical for" */
				size_t b = (size_t)i - 1;
				while (b > 0 && u->lc[b - 1] != ' ')
					b--;
				if (negated_at(u, i) ||
				    next_within(u, b, degree, 0) < 0)
					continue;
				if (next_within(u, (size_t)i + strlen(usual[k]),
				    en_cohort, 5) >= 0)
					return 1;
			}
	if (word_then(u, phase, en_cohort, 4) ||
	    word_then(u, en_cohort, go_through, 1) || many_do_it(u))
		return 1;
	if (word_then(u, experienced, similar, 3))
		return 1;
	if (any_of(u, zh_usual, 0, u->len) && !any_of(u, zh_not, 0, u->len) &&
	    any_of(u, zh_cohort, 0, u->len))
		return 1;
	if (near_after(u, zh_many, zh_cohort, 12) && any_of(u, zh_stage, 0,
	    u->len))
		return 1;
	/* 經驗亦相當豐富: 經驗, then within a few characters its measure */
	return (any_of(u, zh_expert, 0, u->len) || near_after(u,
	    zh_experience, zh_rich, 15)) && any_of(u, zh_such, 0, u->len);
}

/* 比暑假嗰陣穩陣好多: the child better than before, by much, offered
 * without a figure, as "much calmer than last term" is; with one
 * (讀得啱大約七成，比上個月好好多) it is a progress report, not comfort. */
static int
zh_better_than_before(const struct unit *u)
{
	static const char *const much[] = { "好多", "很多", "得多", "不少",
	    NULL };
	static const char *const better[] = { "穩陣", "穩定", "進步", "好",
	    "熟", "快", "清楚", NULL };

	for (long i = find_in(u, "比", 0, u->len); i >= 0;
	    i = find_in(u, "比", (size_t)i + 1, u->len))
		for (int k = 0; much[k]; k++) {
			long m = find_in(u, much[k], (size_t)i + 3,
			    (size_t)i + 3 + 36);
			if (m < 0)
				continue;
			for (int b = 0; better[b]; b++) {
				size_t n = strlen(better[b]);
				if ((size_t)m >= n && strncmp(u->lc + m - n,
				    better[b], n) == 0)
					return 1;
			}
		}
	return 0;
}

/* 老師已依照校方的處理指引行事, "staff followed the school's
 * procedures": the act defended as done by the book, in the past. */
static int
by_the_book(const struct unit *u)
{
	static const char *const per[] = { "依照", "按照", "遵照", "依足",
	    "跟足", "根據", NULL };
	static const char *const rules[] = { "指引", "指南", "程序", "守則",
	    "既定", "規定", "政策", NULL };
	/* a document cited by its title: 按照教育局《…指南》 */
	static const char *const title[] = { "《", NULL };
	/* done, or done all along (一直按照…) */
	static const char *const done[] = { "已", "咗", "一直", "一向", NULL };
	static const char *const en[] = { "followed the school's procedure",
	    "followed our procedure", "followed the procedure",
	    "followed school procedure", "followed the guidelines",
	    "followed our guidelines", "followed the school's guidelines",
	    "acted in accordance with", "acted in line with",
	    "handled in accordance with our", "handled in line with our",
	    NULL };
	static const char *const future[] = { "將會", "將於", "將", "會",
	    NULL };

	if (any_of(u, en, 0, u->len))
		return 1;

	return (near_after(u, per, rules, 24) || near_after(u, per, title,
	    12)) && any_of(u, done, 0, u->len) &&
	    !any_of(u, future, 0, u->len);
}

/* A measured figure in the sentence: a digit or a per cent sign, or a
 * Chinese numeral before 成 or 分 (七成, 八十分). */
static int
has_figure(const struct unit *u)
{
	static const char *const num[] = { "一", "二", "三", "四", "五", "六",
	    "七", "八", "九", "十", "半", NULL };
	static const char *const unit[] = { "成", "分", NULL };

	for (size_t i = 0; i < u->len; i++)
		if (isdigit((unsigned char)u->lc[i]) || u->lc[i] == '%')
			return 1;
	return near_after(u, num, unit, 0);
}

const char *
terms_kind(const struct unit *u, const char **rule)
{
	if (extra_cost(u)) {
		*rule = "deflection.cost";
		return "budget";
	}
	if (diagnosed_only(u) || iep_for_a_class(u)) {
		*rule = "deflection.eligibility";
		return "legal-position";
	}
	if (rule_asks_nothing(u)) {
		*rule = "deflection.legal-position";
		return "legal-position";
	}
	if (others_call(u)) {
		*rule = "deflection.remit";
		return "legal-position";
	}
	if (others_privacy(u)) {
		*rule = "deflection.privacy";
		return "legal-position";
	}
	if (consent_first(u)) {
		*rule = "deflection.consent";
		return "waiting";
	}
	if (wait_from_referral(u)) {
		*rule = "deflection.queue";
		return "waiting";
	}
	if (by_the_book(u)) {
		*rule = "deflection.by-the-book";
		return "reassurance";
	}
	if (made_ordinary(u) || (zh_better_than_before(u) && !has_figure(u))) {
		*rule = "deflection.normalising";
		return "reassurance";
	}
	return policy_kind(u, rule);
}
