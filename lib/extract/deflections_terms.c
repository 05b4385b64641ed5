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
#include <string.h>

#include "extract/extract_int.h"

/* Money asked on top of what is paid, unless it is said to be free. */
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
	static const char *const free_of[] = { "no extra", "no additional",
	    "free of charge", "not charged", "won't be charged",
	    "will not be charged", "不另收費", "唔使另外", "毋須另付",
	    "無須另付", "不用另付", "免費", "不收費", NULL };

	return any_of(u, cost, 0, u->len) && !any_of(u, free_of, 0, u->len);
}

/* "kept for those with a formal diagnosis", "only approved for students
 * with a diagnosed need": a service that goes only to the diagnosed. */
static int
diagnosed_only(const struct unit *u)
{
	static const char *const only[] = { "only", "kept for", "reserved for",
	    "limited to", "restricted to", "confined to", NULL };
	static const char *const diagnosed[] = { "with a diagnosis",
	    "with a formal diagnosis", "with a diagnosed",
	    "with a confirmed diagnosis", "with a medical diagnosis",
	    "with a clinical diagnosis", "who have a diagnosis",
	    "who have been diagnosed", "已確診", "有確診", NULL };

	return any_of(u, diagnosed, 0, u->len) && any_of(u, only, 0, u->len);
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

	return any_of(u, en, 0, u->len) || near_after(u, schools, own, 30);
}

/* 片段涉及其他同學, "for other pupils' privacy": what the parent asks
 * for is another family's (a disclaimer naming the Personal Data
 * (Privacy) Ordinance is not). */
static int
others_privacy(const struct unit *u)
{
	static const char *const words[] = { "涉及其他同學", "涉及其他學生",
	    "涉及其他學童", "涉及其他小朋友", "涉及其他幼兒", "其他同學的私隱",
	    "其他學生的私隱", "其他同學嘅私隱",
	    "other pupils' privacy", "other students' privacy",
	    "other children's privacy", "privacy of other",
	    "for privacy reasons", NULL };

	return any_of(u, words, 0, u->len);
}

/* 要爸爸媽媽兩個都簽咗同意書先得, 須得到雙方家長同意才可: a consent
 * still to come before anything happens. */
static int
consent_first(const struct unit *u)
{
	static const char *const consent[] = { "同意書", "同意", "簽署",
	    "簽咗", "簽名", NULL };
	static const char *const then[] = { "先得", "先可以", "先至得",
	    "才可", "才能", "方可", NULL };

	return near_after(u, consent, then, 30);
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

/* "children often sleep badly for a while after moving", 細路通常過一排
 * 就會適應返, "don't read too much into", "perfectly respectable for a
 * first year": the worry made ordinary. */
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
	    "entirely natural", NULL };

	if (any_of(u, plain, 0, u->len))
		return 1;
	return near_after(u, kids, often, 12) && near_after(u, often, passing,
	    60);
}

/* 比暑假嗰陣穩陣好多: the child better than before, by much. */
static int
better_than_before(const struct unit *u)
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
	static const char *const rules[] = { "指引", "程序", "守則", "既定",
	    "規定", "政策", NULL };
	static const char *const done[] = { "已", "咗", NULL };
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

	return near_after(u, per, rules, 24) && any_of(u, done, 0, u->len) &&
	    !any_of(u, future, 0, u->len);
}

const char *
terms_kind(const struct unit *u, const char **rule)
{
	if (extra_cost(u)) {
		*rule = "deflection.cost";
		return "budget";
	}
	if (diagnosed_only(u)) {
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
	if (made_ordinary(u) || better_than_before(u)) {
		*rule = "deflection.normalising";
		return "reassurance";
	}
	return NULL;
}
