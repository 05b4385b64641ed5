/*
 * dates_zh.c — the Chinese rules (Traditional, Simplified, Cantonese):
 * tokens -> one piece. Numbers are Chinese numerals or digits alike
 * (zh_number: 三, 十五, 廿三, 兩, 二零二七).
 *
 *   z_date     [二零二七年|2027年|今年] 一月 五號|日, 三月廿號, 3月底,
 *              今個月二十號, 下個月中, 上個月
 *   z_nth_wday 十月(的)第一個星期一, 三月最後一個星期五
 *   z_wday     [下(下)個|上個|今個|這|本]星期|禮拜|週 一..日, and a week
 *              alone: 下星期, 今個星期內
 *   z_relday   今日 聽日 後日 大後日 昨日 尋日 前日, 今晚, 聽朝
 *   z_amount   三日內, 兩個禮拜後, 三天前; 面談前三天 (from the event)
 *   z_time     下午三時, 三點三, 十時半, 4點15分, 兩點幾, 晏晝三點搭一,
 *              下午3:05; z_pod 下午 alone
 *   z_vague    盡快, 學期完結 ...
 *
 * zh_piece() keeps the longest reading.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

/* The first of a list of literals at k: the token after, or 0. */
/* Does the literal start with a Han character that is not token k's?
 * Then zh_lit() would refuse it: the rules ask this first, of whole
 * lists at every token, to spare the calls (a fifth of dates_find()). */
static int
other_first(const struct dscan *sc, int k, const char *lit)
{
	const unsigned char *c = (const unsigned char *)lit;

	return k < sc->ntok && sc->tok[k].kind == T_CJK &&
	    (c[0] & 0xF0) == 0xE0 && (((c[0] & 0x0F) << 12) |
	    ((c[1] & 0x3F) << 6) | (c[2] & 0x3F)) != sc->tok[k].val;
}

static int
any_lit(const struct dscan *sc, int k, const char *const *list, int *which)
{
	for (int w = 0; list[w]; w++) {
		if (other_first(sc, k, list[w]))
			continue;
		int e = zh_lit(sc, k, list[w]);
		if (e) {
			if (which)
				*which = w;
			return e;
		}
	}
	return 0;
}

static int
num(const struct dscan *sc, int k, int *n)
{
	int nd;
	return zh_number(sc, k, n, &nd);
}

static int
set_day(struct piece *p, long day, int e)
{
	p->kind = P_DATE;
	p->year_given = 1;
	p->day = day;
	return e;
}

/* 今個月 本月 這個月 -> 0, 下個月 -> 1, 上個月 -> -1; the token after. */
static int
rel_month(const struct dscan *sc, int k, int *shift)
{
	static const char *const this_m[] = { "今個月", "今个月", "這個月",
	    "这个月", "呢個月", "本月", NULL };
	static const char *const next_m[] = { "下個月", "下个月", "下月", NULL };
	static const char *const last_m[] = { "上個月", "上个月", "上月", NULL };
	int e;
	if ((e = any_lit(sc, k, this_m, NULL)))
		*shift = 0;
	else if ((e = any_lit(sc, k, next_m, NULL)))
		*shift = 1;
	else if ((e = any_lit(sc, k, last_m, NULL)))
		*shift = -1;
	return e;
}

static int
day_suffix(const struct dscan *sc, int k)
{
	return zh_lit(sc, k, "日") || zh_lit(sc, k, "號") || zh_lit(sc, k, "号") ?
	    k + 1 : 0;
}

/* After a month: 底 (its last day), 中 (the 15th), 上旬/中旬/下旬. */
static int
month_part(const struct dscan *sc, int k, int y, int m, struct piece *p)
{
	int e;
	if ((e = zh_lit(sc, k, "上旬")))
		return d_set_date(sc, p, y, m, 10) ? (p->period = 1, e) : 0;
	if ((e = zh_lit(sc, k, "中旬")))
		return d_set_date(sc, p, y, m, 20) ? (p->period = 1, e) : 0;
	if ((e = zh_lit(sc, k, "下旬")) || (e = zh_lit(sc, k, "底")) ||
	    (e = zh_lit(sc, k, "尾")))
		return set_day(p, d_month_last(y, m), e) ? (p->period = 1, e) : 0;
	if ((e = zh_lit(sc, k, "中")) && !zh_lit(sc, e, "學") &&
	    !zh_lit(sc, e, "学"))
		return d_set_date(sc, p, y, m, 15) ? (p->period = 1, e) : 0;
	return 0;
}

/* A year before 年: 2027, 二零二七, 27; 今年 明年 去年. */
static int
year_at(const struct dscan *sc, int k, int *y)
{
	int n, nd, e, c = k < sc->ntok ? sc->tok[k].val : 0;
	/* 今 明 出 下 去 舊 上: the words below start with one of them */
	if (k >= sc->ntok || sc->tok[k].kind != T_CJK || !(c == 0x4ECA ||
	    c == 0x660E || c == 0x51FA || c == 0x4E0B || c == 0x53BB ||
	    c == 0x820A || c == 0x4E0A))
		goto number;
	if ((e = zh_lit(sc, k, "今年"))) {
		*y = sc->ref->y;
		return e;
	}
	if ((e = zh_lit(sc, k, "明年")) || (e = zh_lit(sc, k, "出年"))) {
		*y = sc->ref->y + 1;
		return e;
	}
	if ((e = zh_lit(sc, k, "下年"))) {
		*y = sc->ref->y + 1;
		return e;
	}
	if ((e = zh_lit(sc, k, "去年")) || (e = zh_lit(sc, k, "舊年")) ||
	    (e = zh_lit(sc, k, "上年"))) {
		*y = sc->ref->y - 1;
		return e;
	}
number:
	if (!(e = zh_number(sc, k, &n, &nd)) || (nd != 4 && nd != 2) ||
	    !zh_lit(sc, e, "年"))
		return 0;
	*y = d_full_year(sc, n, nd);
	return e + 1;
}

static int
z_date(const struct dscan *sc, int k, struct piece *p)
{
	int y = 0, m, d, e, f, shift;

	if ((e = rel_month(sc, k, &shift))) {
		int mi = sc->ref->y * 12 + sc->ref->m - 1 + shift;
		y = mi / 12;
		m = mi % 12 + 1;
		if ((f = num(sc, e, &d)) && (f = day_suffix(sc, f))) {
			if (d_set_date(sc, p, y, m, d))
				p->past = p->day < sc->dref;
			return f;
		}
		if ((f = month_part(sc, e, y, m, p)))
			return f;
		/* a month alone: its last day */
		if ((f = zh_lit(sc, e, "內")) || (f = zh_lit(sc, e, "内")))
			e = f;
		set_day(p, d_month_last(y, m), e);
		p->period = 1;
		p->past = shift < 0;
		return e;
	}
	if ((e = zh_lit(sc, k, "月底")) || (e = zh_lit(sc, k, "月尾")))
		return set_day(p, d_month_last(sc->ref->y, sc->ref->m), e) ?
		    (p->period = 1, e) : 0;
	f = k;
	if ((e = year_at(sc, k, &y)))
		f = e;
	if (!(e = num(sc, f, &m)) || m < 1 || m > 12 || !zh_lit(sc, e, "月"))
		return 0;
	e++;
	if (!y && (zh_lit(sc, e, "後") || zh_lit(sc, e, "后")))
		return 0;	/* 三月後: three months on, or after March */
	int g = zh_lit(sc, e, "的") ? e + 1 : e;
	if ((f = num(sc, g, &d)) && (f = day_suffix(sc, f))) {
		d_set_date(sc, p, y, m, d);
		return f;
	}
	if (!y) {
		y = sc->ref->y;
		if (m - sc->ref->m < -3)
			y++;
	}
	if ((f = month_part(sc, e, y, m, p)))
		return f;
	if (zh_lit(sc, e, "第") || zh_lit(sc, g, "第") || zh_lit(sc, e, "最"))
		return 0;	/* z_nth_wday's */
	if (zh_lit(sc, e, "內") || zh_lit(sc, e, "内") || zh_lit(sc, e, "份"))
		e++;
	set_day(p, d_month_last(y, m), e);
	p->period = 1;
	return e;
}

/* 星期一..日, 禮拜三, 週五: the weekday, the token after. */
static int
wday_at(const struct dscan *sc, int k, int *wd)
{
	static const char *const heads[] = { "星期", "禮拜", "礼拜", "週", "周",
	    NULL };
	static const char *const days[] = { "一", "二", "三", "四", "五", "六",
	    "日", "天", NULL };
	int e, f, w;
	if (!(e = any_lit(sc, k, heads, NULL)) || !(f = any_lit(sc, e, days, &w)))
		return 0;
	/* 每兩星期一次: "once every two weeks", not a Monday */
	if (zh_lit(sc, f, "次"))
		return 0;
	*wd = w > 6 ? 6 : w;
	return f;
}

static int
z_nth_wday(const struct dscan *sc, int k, struct piece *p)
{
	int y = 0, m, e, f, nth, wd;
	long day;
	if ((e = year_at(sc, k, &y)))
		k = e;
	if (!(e = num(sc, k, &m)) || m < 1 || m > 12 || !zh_lit(sc, e, "月"))
		return 0;
	e++;
	if (zh_lit(sc, e, "的"))
		e++;
	if (zh_lit(sc, e, "第")) {
		if (!(e = num(sc, e + 1, &nth)) || nth < 1 || nth > 5)
			return 0;
	} else if ((f = zh_lit(sc, e, "最後")) || (f = zh_lit(sc, e, "最后"))) {
		nth = -1;
		e = zh_lit(sc, f, "一") ? f + 1 : f;
	} else {
		return 0;
	}
	if (zh_lit(sc, e, "個") || zh_lit(sc, e, "个"))
		e++;
	if (!(e = wday_at(sc, e, &wd)))
		return 0;
	if (!y) {
		y = sc->ref->y;
		if (m - sc->ref->m < -3)
			y++;
	}
	if (d_nth_weekday(y, m, wd, nth, &day) == -1)
		return 0;
	set_day(p, day, e);
	p->past = day < sc->dref;
	return e;
}

/* 禮拜六朝早嘅位, 星期四的班, 禮拜四嗰組: a weekday with no week of its
 * own, before 嘅/的/嗰 and a noun of a place in a class, names the kind
 * of slot, not a day; so does one written straight onto a group's name
 * (星期四社交小組, 星期六興趣班, 星期六課外活動: not 星期四班主任), and
 * one a service is closed on (星期六不提供服務). */
static int
wday_names_a_kind_zh(const struct dscan *sc, int f)
{
	static const char *const pod[] = { "朝早", "早上", "上午", "下午",
	    "下晝", "晏晝", "晚上", "夜晚", NULL };
	static const char *const of[] = { "嘅", "的", "嗰", NULL };
	static const char *const kind[] = { "位", "班", "堂", "組", "課",
	    "時段", "名額", "小組", NULL };
	static const char *const group[] = { "小組", "社交小組", "訓練小組",
	    "輔導小組", "興趣班", "訓練班", "補習班", "課程", "課外活動",
	    "活動", NULL };
	/* 星期六不提供服務: a service's week, not a day */
	static const char *const off[] = { "不提供", "唔提供", "不設",
	    "唔設", "不開放", "唔開放", NULL };
	int e;

	if (any_lit(sc, f, group, NULL) || any_lit(sc, f, off, NULL))
		return 1;
	if ((e = any_lit(sc, f, pod, NULL)))
		f = e;
	if (!(e = any_lit(sc, f, of, NULL)))
		return 0;
	return any_lit(sc, e, kind, NULL) != 0;
}

/* 上星期三及星期五, 下週一、週三: a weekday joined to one whose week is
 * named shares that week. The mode of the weekday that ends just
 * before the conjunction at k - 1, or WM_PLAIN. */
static int
coordinated_week(const struct dscan *sc, int k)
{
	static const char *const conj[] = { "及", "和", "與", "同", "、", "或",
	    "至", NULL };
	int wd;

	if (k < 4 || (!any_lit(sc, k - 1, conj, NULL) &&
	    !tk_punct(sc, k - 1, ',')))	/* 、 reads as ',' */
		return WM_PLAIN;
	for (int j = k - 4; j <= k - 3; j++) {	/* 星期X or 週X */
		if (j < 1 || wday_at(sc, j, &wd) != k - 1)
			continue;
		if (zh_lit(sc, j - 1, "上"))
			return WM_LAST_WEEK;
		if (zh_lit(sc, j - 1, "下"))
			return j >= 2 && zh_lit(sc, j - 2, "下") ?
			    WM_WEEK_AFTER_NEXT : WM_NEXT_WEEK;
	}
	return WM_PLAIN;
}

static int
z_wday(const struct dscan *sc, int k, struct piece *p)
{
	static const char *const after_next[] = { "下下個", "下下个", "下下",
	    NULL };
	static const char *const next[] = { "下個", "下个", "下", NULL };
	static const char *const last[] = { "上個", "上个", "上", NULL };
	static const char *const this_w[] = { "今個", "今个", "這個", "这个",
	    "呢個", "這", "这", "本", NULL };
	static const char *const week[] = { "星期", "禮拜", "礼拜", "週", "周",
	    NULL };
	int e, mode = WM_PLAIN, wd, f;
	long mon = d_monday(sc->dref);

	if ((e = any_lit(sc, k, after_next, NULL)))
		mode = WM_WEEK_AFTER_NEXT;
	else if ((e = any_lit(sc, k, next, NULL)))
		mode = WM_NEXT_WEEK;
	else if ((e = any_lit(sc, k, last, NULL)))
		mode = WM_LAST_WEEK;
	else if ((e = any_lit(sc, k, this_w, NULL)))
		mode = WM_THIS_WEEK_ZH;
	else
		e = k;
	if ((f = wday_at(sc, e, &wd))) {
		if (mode == WM_PLAIN)
			mode = coordinated_week(sc, k);
		if (mode == WM_PLAIN && wday_names_a_kind_zh(sc, f))
			return 0;
		p->kind = P_WDAY;
		p->wd = wd;
		p->wmode = mode;
		p->past = mode == WM_LAST_WEEK;
		return f;
	}
	/* a week alone: its Sunday; its weekend (週末) is not read */
	if (mode == WM_PLAIN || !(f = any_lit(sc, e, week, NULL)) ||
	    zh_lit(sc, f, "末"))
		return 0;
	if (zh_lit(sc, f, "內") || zh_lit(sc, f, "内"))
		f++;
	switch (mode) {
	case WM_NEXT_WEEK:
		set_day(p, mon + 13, f);
		break;
	case WM_WEEK_AFTER_NEXT:
		set_day(p, mon + 20, f);
		break;
	case WM_LAST_WEEK:
		set_day(p, mon - 1, f);
		p->past = 1;
		return f;
	default:
		set_day(p, mon + 6, f);
	}
	p->period = 1;
	return f;
}

static int
z_relday(const struct dscan *sc, int k, struct piece *p)
{
	static const struct { const char *w; int off, pod; } days[] = {
		{ "大後天", 3, 0 }, { "大後日", 3, 0 }, { "大后天", 3, 0 },
		{ "大后日", 3, 0 }, { "大前天", -3, 0 }, { "大前日", -3, 0 },
		{ "今天", 0, 0 }, { "今日", 0, 0 }, { "即日", 0, 0 },
		{ "今晚", 0, POD_EVENING }, { "今朝", 0, POD_MORNING },
		{ "今早", 0, POD_MORNING }, { "明天", 1, 0 }, { "明日", 1, 0 },
		{ "聽日", 1, 0 }, { "听日", 1, 0 }, { "明早", 1, POD_MORNING },
		{ "聽朝", 1, POD_MORNING }, { "明晚", 1, POD_EVENING },
		{ "聽晚", 1, POD_EVENING }, { "後天", 2, 0 }, { "後日", 2, 0 },
		{ "后天", 2, 0 }, { "后日", 2, 0 }, { "昨天", -1, 0 },
		{ "昨日", -1, 0 }, { "琴日", -1, 0 }, { "尋日", -1, 0 },
		{ "寻日", -1, 0 }, { "噚日", -1, 0 }, { "昨晚", -1, POD_EVENING },
		{ "琴晚", -1, POD_EVENING }, { "尋晚", -1, POD_EVENING },
		{ "噚晚", -1, POD_EVENING },
		{ "前天", -2, 0 }, { "前日", -2, 0 }, { "前晚", -2, POD_EVENING },
		{ "大前晚", -3, POD_EVENING },
	};
	for (size_t w = 0; w < sizeof(days) / sizeof(days[0]); w++) {
		int e = other_first(sc, k, days[w].w) ? 0 :
		    zh_lit(sc, k, days[w].w);
		if (!e)
			continue;
		/* 日前 / 前日 inside 三日前日...: 前 after a number is a
		 * deadline word, not "the day before yesterday" */
		if (days[w].off == -2 && k > 0 && (sc->tok[k - 1].kind == T_NUM ||
		    zh_lit(sc, k - 1, "日") || zh_lit(sc, k - 1, "號")))
			return 0;
		p->pod = days[w].pod;
		p->past = days[w].off < 0;
		return set_day(p, sc->dref + days[w].off, e);
	}
	return 0;
}

/* A unit after a number: 天 日 個星期 禮拜 週 個月 個工作天. */
static int
zh_unit(const struct dscan *sc, int k, int *unit, int *school)
{
	static const char *const school_u[] = { "個工作天", "個工作日",
	    "個上課天", "個上課日", "个工作天", "个工作日", "工作天", "工作日",
	    "上課天", NULL };
	static const char *const day_u[] = { "天", "日", NULL };
	static const char *const week_u[] = { "個星期", "个星期", "星期",
	    "個禮拜", "个礼拜", "禮拜", "礼拜", "週", "周", NULL };
	static const char *const month_u[] = { "個月", "个月", NULL };
	static const char *const hour_u[] = { "個小時", "个小时", "小時", "小时",
	    "個鐘頭", "個鐘", "个钟头", "鐘頭", NULL };
	static const char *const min_u[] = { "分鐘", "分钟", NULL };
	int e;
	*school = 0;
	/* 三年後, 兩年前; 一年級 is a class */
	if ((e = zh_lit(sc, k, "年")) && !zh_lit(sc, e, "級") &&
	    !zh_lit(sc, e, "级") && !zh_lit(sc, e, "班") && !zh_lit(sc, e, "代")) {
		*unit = U_YEAR;
		return e;
	}
	if ((e = any_lit(sc, k, hour_u, NULL))) {
		*unit = U_HOUR;
	} else if ((e = any_lit(sc, k, min_u, NULL))) {
		*unit = U_MINUTE;
	} else if ((e = any_lit(sc, k, school_u, NULL))) {
		*school = 1;
		*unit = U_DAY;
	} else if ((e = any_lit(sc, k, day_u, NULL))) {
		*unit = U_DAY;
	} else if ((e = any_lit(sc, k, week_u, NULL))) {
		*unit = U_WEEK;
	} else if ((e = any_lit(sc, k, month_u, NULL))) {
		*unit = U_MONTH;
	}
	return e;
}

/* A time n minutes or hours after the reference time; 0 unknown. */
static int
clock_after(const struct dscan *sc, int n, int unit, struct piece *p)
{
	if (sc->ref_minute < 0)
		return 0;
	long m = sc->ref_minute + (long)n * (unit == U_HOUR ? 60 : 1);
	p->kind = P_TIME;
	p->day = sc->dref + m / 1440;
	p->hour = (int)(m % 1440 / 60);
	p->minute = (int)(m % 60);
	p->h24 = 1;
	return 1;
}

static int
z_amount(const struct dscan *sc, int k, struct piece *p)
{
	static const char *const within[] = { "之內", "之内", "內", "内", NULL };
	static const char *const later[] = { "之後", "之后", "以後", "以后",
	    "後", "后", NULL };
	static const char *const ago[] = { "之前", "以前", "前", NULL };
	int n, e, f, g, unit, school, before = 0, ahead = 0;

	/* 再三天, 再過兩個星期: that much from now, 後 or not */
	if ((e = zh_lit(sc, k, "再"))) {
		k = zh_lit(sc, e, "過") || zh_lit(sc, e, "过") ? e + 1 : e;
		ahead = 1;
	}
	/* 面談前三天, 會議後兩天: from the event named just before */
	if (ahead)
		;
	else if ((e = zh_lit(sc, k, "前")) || (e = zh_lit(sc, k, "後")) ||
	    (e = zh_lit(sc, k, "后"))) {
		before = zh_lit(sc, k, "前") != 0;
		if ((f = num(sc, e, &n)) && n > 0 && n < 60 &&
		    (g = zh_unit(sc, f, &unit, &school)) && !school &&
		    (unit == U_DAY || unit == U_WEEK)) {
			p->kind = P_REL;
			p->rel_days = (before ? -n : n) * (unit == U_WEEK ? 7 : 1);
			return g;
		}
		return 0;
	}
	if ((e = zh_lit(sc, k, "半")) && (f = zh_unit(sc, e, &unit, &school)) &&
	    unit == U_HOUR && (g = any_lit(sc, f, later, NULL))) {
		n = 30;		/* 半小時後 */
		unit = U_MINUTE;
		return clock_after(sc, n, unit, p) ? g : 0;
	}
	if (!(e = num(sc, k, &n)) || n <= 0 || n >= 400 ||
	    !(f = zh_unit(sc, e, &unit, &school)))
		return 0;
	if (unit == U_HOUR || unit == U_MINUTE) {
		/* 兩個小時後, 十分鐘後: with the reference time only */
		if (!(g = any_lit(sc, f, later, NULL)) && !(ahead && (g = f)))
			return 0;
		return clock_after(sc, n, unit, p) ? g : 0;
	}
	long day = sc->dref;
	if (unit == U_YEAR) {
		if (n > 50)
			return 0;
		unit = U_MONTH;		/* counted as months from here */
		n *= 12;
	}
	if (unit == U_DAY)
		day = school ? d_school_days(sc, day, n) : day + n;
	else if (unit == U_WEEK)
		day += 7L * n;
	else
		day = d_add_months(day, n);
	if ((g = any_lit(sc, f, within, NULL))) {
		set_day(p, day, g);
		p->period = 1;
		return g;
	}
	if ((g = any_lit(sc, f, later, NULL)))
		return set_day(p, day, g);
	if (ahead)
		return set_day(p, day, f);
	/* 三天前: days ago; 5日前 is "before the 5th", not read here */
	if (!school && (g = any_lit(sc, f, ago, NULL)) && !zh_lit(sc, e, "日") &&
	    !zh_lit(sc, e, "號")) {
		day = unit == U_DAY ? sc->dref - n : unit == U_WEEK ?
		    sc->dref - 7L * n : d_add_months(sc->dref, -n);
		p->past = 1;
		return set_day(p, day, g);
	}
	return 0;
}

/* Part of the day before a clock time. */
static int
pod_at(const struct dscan *sc, int k, int *pod)
{
	static const char *const am[] = { "上午", "早上", "朝早", "早晨",
	    "凌晨", "清晨", "朝頭早", NULL };
	static const char *const pm[] = { "下午", "下晝", "下昼", "下晏", "晏晝",
	    "晏昼", "中午", "午", NULL };
	static const char *const eve[] = { "晚上", "夜晚", "傍晚", "黃昏",
	    "黄昏", "晚", "夜", NULL };
	static const char *const night[] = { "午夜", "半夜", "深夜", NULL };
	int e;
	if ((e = any_lit(sc, k, night, NULL)))
		*pod = POD_NIGHT;
	else if ((e = any_lit(sc, k, am, NULL)))
		*pod = POD_MORNING;
	else if ((e = any_lit(sc, k, pm, NULL)))
		*pod = POD_AFTERNOON;
	else if ((e = any_lit(sc, k, eve, NULL)))
		*pod = POD_EVENING;
	return e;
}

static int
z_time(const struct dscan *sc, int k, struct piece *p)
{
	int pod = 0, e, f, g, h, m = 0, n, nd;
	long day = 0;

	if ((e = z_relday(sc, k, p)) && p->pod) {
		/* 今晚8點: the day and the part of it */
		pod = p->pod;
		day = p->day;
	} else if (!(e = pod_at(sc, k, &pod))) {
		e = k;
	}
	piece_init(p);
	if (!(f = zh_number(sc, e, &h, &nd)) || h > 24) {
		/* 中午, 正午 alone: noon; 午夜: midnight */
		if ((f = zh_lit(sc, k, "中午")) || (f = zh_lit(sc, k, "正午")) ||
		    (f = zh_lit(sc, k, "午夜"))) {
			p->kind = P_TIME;
			p->hour = zh_lit(sc, k, "午夜") ? 24 : 12;
			p->minute = 0;
			p->h24 = 1;
			return f;
		}
		return 0;
	}
	/* 下午3:05 */
	if (tk_punct(sc, f, ':') && tk_num(sc, f + 1) && sc->tok[f + 1].ndig == 2) {
		if (!pod)
			return 0;	/* 3:05 alone is English's */
		m = sc->tok[f + 1].val;
		g = f + 2;
		goto done;
	}
	if (!(g = zh_lit(sc, f, "點")) && !(g = zh_lit(sc, f, "点")) &&
	    !(g = zh_lit(sc, f, "時")) && !(g = zh_lit(sc, f, "时")))
		return 0;
	if (zh_lit(sc, g, "鐘") || zh_lit(sc, g, "钟"))
		g++;
	/* 三點過五分: past, as 三點五分 */
	if ((zh_lit(sc, g, "過") || zh_lit(sc, g, "过")) &&
	    zh_number(sc, g + 1, &n, &nd))
		g++;
	/* 三點差五分, 三點差一刻, 三點差一個字: minutes to the hour */
	if ((zh_lit(sc, g, "差"))) {
		int x = g + 1;
		if ((f = zh_lit(sc, x, "一刻")) || (f = zh_lit(sc, x, "半")))
			n = zh_lit(sc, x, "半") ? 30 : 15;
		else if ((f = zh_number(sc, x, &n, &nd)) &&
		    ((g = zh_lit(sc, f, "個字")) || (g = zh_lit(sc, f, "个字"))))
			n *= 5, f = g;
		else if (f && zh_lit(sc, f, "分"))
			f++;
		else
			return 0;
		if (n < 1 || n > 59)
			return 0;
		m = 60 - n;
		h = h == 0 ? 23 : h == 1 ? 12 : h - 1;
		g = f;
		goto done;
	}
	if (zh_lit(sc, g, "正")) {
		g++;
	} else if (zh_lit(sc, g, "半")) {
		m = 30;
		g++;
	} else if (zh_lit(sc, g, "幾") || zh_lit(sc, g, "几")) {
		g++;		/* 兩點幾: some minutes past two */
	} else if ((f = zh_lit(sc, g, "一刻")) || (f = zh_lit(sc, g, "三刻"))) {
		m = zh_lit(sc, g, "一") ? 15 : 45;
		g = f;
	} else if (zh_lit(sc, g, "零") || zh_lit(sc, g, "〇")) {
		if (!(f = zh_number(sc, g + 1, &n, &nd)) || n > 9)
			return 0;
		m = n;
		g = f;
		if (zh_lit(sc, g, "分"))
			g++;
	} else {
		int x = (zh_lit(sc, g, "踏") || zh_lit(sc, g, "搭")) ? g + 1 : g;
		if ((f = zh_number(sc, x, &n, &nd))) {
			if (zh_lit(sc, f, "分")) {
				m = n;
				g = f + 1;
			} else if ((g = zh_lit(sc, f, "個字")) ||
			    (g = zh_lit(sc, f, "个字"))) {
				m = n * 5;
			} else if (sc->tok[x].kind == T_CJK && f == x + 1) {
				m = n * 5;	/* 三點三: Cantonese 字 */
				g = f;
			} else {
				m = n;		/* 三點十五, 4點15 */
				g = f;
			}
		}
	}
done:
	if (m < 0 || m > 59)
		return 0;
	p->kind = P_TIME;
	p->hour = h;
	p->minute = m;
	p->day = day;
	p->pod = pod;
	if (pod == POD_NIGHT)		/* 半夜十二點, 半夜三點 */
		p->hour = h == 12 ? 24 : h < 6 ? h : h < 12 ? h + 12 : h,
		    p->h24 = 1;
	else if (pod == POD_AFTERNOON && h == 12)
		p->h24 = 1;
	else if (pod == POD_EVENING && h == 12)
		p->hour = 24, p->h24 = 1;	/* 晚上十二點: midnight */
	else if (pod)
		p->hour = pod == POD_MORNING ? (h == 12 ? 0 : h) :
		    (h < 12 ? h + 12 : h), p->h24 = 1;
	else if (h == 0 || h > 12)
		p->h24 = 1;
	return g;
}

static int
z_pod(const struct dscan *sc, int k, struct piece *p)
{
	int e, pod;
	if (!(e = pod_at(sc, k, &pod)) || zh_lit(sc, k, "午") ||
	    zh_lit(sc, k, "晚") || zh_lit(sc, k, "夜"))
		return 0;
	p->kind = P_POD;
	p->pod = pod;
	return e;
}

static int
z_vague(const struct dscan *sc, int k, struct piece *p)
{
	static const char *const vague[] = { "盡快", "尽快", "稍後", "稍后",
	    "學期完結", "學期末", "學期結束", "下學期", "下學年", "新學年",
	    "考試後", "考試之後", "短期內", "日後", "適當時候", NULL };
	int e = any_lit(sc, k, vague, NULL);
	if (e)
		p->kind = P_VAGUE;
	return e;
}

/* 5號, 20日, 廿號: a day of the month with no month, the next such day
 * on or after D ("請於5號前交回"). 日 counts after digits only: 一日 is
 * also "one day". */
static int
z_day_only(const struct dscan *sc, int k, struct piece *p)
{
	int d, nd, e, y = sc->ref->y, m = sc->ref->m;
	if (k > 0 && (zh_lit(sc, k - 1, "月") || sc->tok[k - 1].kind == T_NUM))
		return 0;
	if (!(e = zh_number(sc, k, &d, &nd)) || d < 1 || d > 31)
		return 0;
	if (!zh_lit(sc, e, "號") && !zh_lit(sc, e, "号") &&
	    !(zh_lit(sc, e, "日") && sc->tok[k].kind == T_NUM))
		return 0;
	if (d < sc->ref->d && ++m > 12) {
		m = 1;
		y++;
	}
	for (int tries = 0; tries < 3 && !civil_valid(y, m, d); tries++)
		if (++m > 12) {
			m = 1;
			y++;
		}
	d_set_date(sc, p, y, m, d);
	return e + 1;
}

typedef int (*rule_fn)(const struct dscan *, int, struct piece *);

static const rule_fn rules[] = {
	z_date, z_day_only, z_nth_wday, z_wday, z_relday, z_amount, z_time,
	z_pod, z_vague, z_holiday,
};

/* Every character a rule's literal or a number can start with, sorted:
 * most characters of a letter start nothing, and are turned away here
 * before nine rules try them. A literal added above adds its first
 * character here. */
static const int starts[] = {
	0x3007, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E0A, 0x4E0B, 0x4E24,
	0x4E2A, 0x4E2D, 0x4E5D, 0x4E8C, 0x4E94, 0x4ECA, 0x4F5B, 0x500B,
	0x508D, 0x513F, 0x5143, 0x5152, 0x5169, 0x516B, 0x516D, 0x518D,
	0x519C, 0x51CC, 0x51FA, 0x524D, 0x52B3, 0x52DE, 0x5341, 0x5345,
	0x5348, 0x534A, 0x5373, 0x53BB, 0x540E, 0x542C, 0x5462, 0x5468,
	0x565A, 0x56DB, 0x56DE, 0x56FD, 0x570B, 0x5723, 0x591C, 0x5927,
	0x5987, 0x5A66, 0x5B78, 0x5BFB, 0x5C0B, 0x5C3D, 0x5E73, 0x5E74,
	0x5E7E, 0x5EFA, 0x5EFF, 0x5F8C, 0x60C5, 0x611A, 0x6559, 0x65B0,
	0x65E5, 0x65E9, 0x660E, 0x661F, 0x6625, 0x6628, 0x664F, 0x665A,
	0x6708, 0x671D, 0x672C, 0x690D, 0x6B63, 0x6DF1, 0x6E05, 0x7434,
	0x76E1, 0x77ED, 0x793C, 0x79AE, 0x7A0D, 0x7AEF, 0x8003, 0x8056,
	0x807D, 0x820A, 0x842C, 0x8FB2, 0x8FD9, 0x9019, 0x9031, 0x9069,
	0x91CD, 0x9664, 0x96F6, 0x9752, 0x9EC3, 0x9EC4,
};

static int
cmp_cp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int
zh_piece(const struct dscan *sc, int k, struct piece *p)
{
	int best = 0;
	struct piece q;

	if (sc->tok[k].kind == T_CJK && !bsearch(&sc->tok[k].val, starts,
	    sizeof(starts) / sizeof(starts[0]), sizeof(starts[0]), cmp_cp))
		return 0;

	for (size_t r = 0; r < sizeof(rules) / sizeof(rules[0]); r++) {
		piece_init(&q);
		int e = rules[r](sc, k, &q);
		if (e > best) {
			best = e;
			*p = q;
		}
	}
	return best;
}
