/*
 * dates_holiday.c — named days: Christmas, Easter, Thanksgiving, the
 * Hong Kong festivals of the lunar calendar, 聖誕節, 中秋節, 農曆新年.
 *
 *   r_holiday  [last|this] Christmas [Eve|Day] [2014], Good Friday,
 *              Mother's Day, Chinese New Year, Mid-Autumn Festival ...
 *   z_holiday  元旦 情人節 國慶日 聖誕節 平安夜, 春節 年初二 除夕 元宵
 *              清明 佛誕 端午 中秋 重陽 (Simplified forms too)
 *
 * A holiday without a year is its next occurrence on or after D (a
 * letter's "by Christmas" is the coming one, not the nearest one), a
 * festival of the lunar calendar is read from a table (1 in 2010..2030,
 * outside it not at all), Easter from the Gregorian computus. A holiday
 * that names a period or an event ("the Christmas holidays", "Easter
 * break", "Christmas concert") is not a day: not read here.
 */
#include <string.h>

#include "extract/dates.h"
#include "extract/dates_int.h"

enum { H_FIXED = 1, H_NTH, H_EASTER, H_LUNAR, H_QINGMING, H_BLACKFRI };
/* lunar festivals: the table's columns */
enum { LU_NEWYEAR, LU_BUDDHA, LU_TUENNG, LU_MIDAUTUMN, LU_CHUNGYEUNG, LU_N };

#define LUNAR_FIRST 2010
#define LUNAR_LAST 2030

/* month * 100 + day, per year from LUNAR_FIRST; the Lunar New Year of
 * LUNAR_LAST + 1 ends the last year's eve */
static const short lunar[][LU_N] = {
	{ 214, 521, 616, 922, 1016 },	/* 2010 */
	{ 203, 510, 606, 912, 1005 },
	{ 123, 428, 623, 930, 1023 },
	{ 210, 517, 612, 919, 1013 },
	{ 131, 506, 602, 908, 1002 },
	{ 219, 525, 620, 927, 1021 },	/* 2015 */
	{ 208, 514, 609, 915, 1009 },
	{ 128, 503, 530, 1004, 1028 },
	{ 216, 522, 618, 924, 1017 },
	{ 205, 512, 607, 913, 1007 },
	{ 125, 430, 625, 1001, 1025 },	/* 2020 */
	{ 212, 519, 614, 921, 1014 },
	{ 201, 508, 603, 910, 1004 },
	{ 122, 526, 622, 929, 1023 },
	{ 210, 515, 610, 917, 1011 },
	{ 129, 505, 531, 1006, 1029 },	/* 2025 */
	{ 217, 524, 619, 925, 1018 },
	{ 206, 513, 609, 915, 1008 },
	{ 126, 502, 528, 1003, 1026 },
	{ 213, 520, 616, 922, 1016 },
	{ 203, 509, 605, 912, 1005 },	/* 2030 */
	{ 123, 0, 0, 0, 0 },
};

/* Easter Sunday of year y (Gregorian, the anonymous algorithm). */
static long
easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int mo = (h + l - 7 * m + 114) / 31, da = (h + l - 7 * m + 114) % 31 + 1;
	return civil_to_days(y, mo, da);
}

/* The day a holiday falls on in year y, or 0 when not known. */
static long
hol_day(int kind, int a, int b, int c, int y)
{
	long day;
	switch (kind) {
	case H_FIXED:
		return civil_to_days(y, a, b);
	case H_NTH:
		return d_nth_weekday(y, c, b, a, &day) == 0 ? day : 0;
	case H_BLACKFRI:	/* the day after Thanksgiving */
		return d_nth_weekday(y, 11, 3, 4, &day) == 0 ? day + 1 : 0;
	case H_EASTER:
		return easter(y) + a;
	case H_QINGMING:
		/* the solar term: 4 April in a leap year and the next */
		return civil_to_days(y, 4, y % 4 <= 1 ? 4 : 5);
	case H_LUNAR:
		/* the eve of a year's new year is the day before the next */
		if (b)
			y++;
		if (y < LUNAR_FIRST || y > LUNAR_LAST + (a == LU_NEWYEAR) ||
		    lunar[y - LUNAR_FIRST][a] == 0)
			return 0;
		day = civil_to_days(y, lunar[y - LUNAR_FIRST][a] / 100,
		    lunar[y - LUNAR_FIRST][a] % 100);
		return day + c;
	}
	return 0;
}

/*
 * The holiday's day: in year y when given (> 0), else the next on or
 * after D (last: the latest before D). 0 when not known.
 */
static long
hol_place(const struct dscan *sc, int kind, int a, int b, int c, int y,
    int last)
{
	long day;
	if (y > 0)
		return hol_day(kind, a, b, c, y);
	for (y = sc->ref->y - 1; y <= sc->ref->y + 1; y++) {
		day = hol_day(kind, a, b, c, y);
		if (!last && day >= sc->dref)
			return day;
		if (last && day && day < sc->dref &&
		    hol_day(kind, a, b, c, y + 1) >= sc->dref)
			return day;
	}
	return 0;
}

/* ---- English ---------------------------------------------------------- */

static const struct en_hol {
	const char	*w[5];
	int		 kind, a, b, c;	/* H_FIXED m d; H_NTH nth wd m;
					   H_EASTER offset; H_LUNAR col eve off */
} en_hols[] = {
	{ { "christmas", "eve" }, H_FIXED, 12, 24, 0 },
	{ { "xmas", "eve" }, H_FIXED, 12, 24, 0 },
	{ { "christmas", "day" }, H_FIXED, 12, 25, 0 },
	{ { "xmas", "day" }, H_FIXED, 12, 25, 0 },
	{ { "christmas" }, H_FIXED, 12, 25, 0 },
	{ { "xmas" }, H_FIXED, 12, 25, 0 },
	{ { "boxing", "day" }, H_FIXED, 12, 26, 0 },
	{ { "new", "year's", "eve" }, H_FIXED, 12, 31, 0 },
	{ { "new", "years", "eve" }, H_FIXED, 12, 31, 0 },
	{ { "new", "year", "eve" }, H_FIXED, 12, 31, 0 },
	{ { "new", "year's", "day" }, H_FIXED, 1, 1, 0 },
	{ { "new", "years", "day" }, H_FIXED, 1, 1, 0 },
	{ { "new", "year", "day" }, H_FIXED, 1, 1, 0 },
	{ { "new", "year's" }, H_FIXED, 1, 1, 0 },
	{ { "valentine's", "day" }, H_FIXED, 2, 14, 0 },
	{ { "valentines", "day" }, H_FIXED, 2, 14, 0 },
	{ { "valentine", "day" }, H_FIXED, 2, 14, 0 },
	{ { "valentine's" }, H_FIXED, 2, 14, 0 },
	{ { "st", "patrick's", "day" }, H_FIXED, 3, 17, 0 },
	{ { "saint", "patrick's", "day" }, H_FIXED, 3, 17, 0 },
	{ { "independence", "day" }, H_FIXED, 7, 4, 0 },
	{ { "halloween" }, H_FIXED, 10, 31, 0 },
	{ { "labour", "day" }, H_FIXED, 5, 1, 0 },	/* Hong Kong's */
	{ { "labor", "day" }, H_NTH, 1, 0, 9 },
	{ { "mother's", "day" }, H_NTH, 2, 6, 5 },
	{ { "mothers", "day" }, H_NTH, 2, 6, 5 },
	{ { "father's", "day" }, H_NTH, 3, 6, 6 },
	{ { "fathers", "day" }, H_NTH, 3, 6, 6 },
	{ { "memorial", "day" }, H_NTH, -1, 0, 5 },
	{ { "mlk", "day" }, H_NTH, 3, 0, 1 },
	{ { "mlk", "jr", "day" }, H_NTH, 3, 0, 1 },
	{ { "martin", "luther", "king", "day" }, H_NTH, 3, 0, 1 },
	{ { "martin", "luther", "king", "jr", "day" }, H_NTH, 3, 0, 1 },
	{ { "thanksgiving", "day" }, H_NTH, 4, 3, 11 },
	{ { "thanksgiving" }, H_NTH, 4, 3, 11 },
	{ { "black", "friday" }, H_BLACKFRI, 0, 0, 0 },
	{ { "easter", "sunday" }, H_EASTER, 0, 0, 0 },
	{ { "easter", "day" }, H_EASTER, 0, 0, 0 },
	{ { "easter", "monday" }, H_EASTER, 1, 0, 0 },
	{ { "easter" }, H_EASTER, 0, 0, 0 },
	{ { "good", "friday" }, H_EASTER, -2, 0, 0 },
	{ { "holy", "saturday" }, H_EASTER, -1, 0, 0 },
	{ { "maundy", "thursday" }, H_EASTER, -3, 0, 0 },
	{ { "palm", "sunday" }, H_EASTER, -7, 0, 0 },
	{ { "ash", "wednesday" }, H_EASTER, -46, 0, 0 },
	{ { "chinese", "new", "year's", "eve" }, H_LUNAR, LU_NEWYEAR, 1, -1 },
	{ { "chinese", "new", "year" }, H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ { "lunar", "new", "year's", "eve" }, H_LUNAR, LU_NEWYEAR, 1, -1 },
	{ { "lunar", "new", "year" }, H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ { "buddha's", "birthday" }, H_LUNAR, LU_BUDDHA, 0, 0 },
	{ { "tuen", "ng" }, H_LUNAR, LU_TUENNG, 0, 0 },
	{ { "dragon", "boat" }, H_LUNAR, LU_TUENNG, 0, 0 },
	{ { "mid", "autumn" }, H_LUNAR, LU_MIDAUTUMN, 0, 0 },
	{ { "chung", "yeung" }, H_LUNAR, LU_CHUNGYEUNG, 0, 0 },
	{ { "ching", "ming" }, H_QINGMING, 0, 0, 0 },
};

/* Pattern word w at token k ("mother's" is mother ' s): the token
 * after, or 0. */
static int
hol_word(const struct dscan *sc, int k, const char *w)
{
	const char *q = strchr(w, '\'');
	char head[16];
	if (!q)
		return en_eq(sc, k, w) ? k + 1 : 0;
	memcpy(head, w, (size_t)(q - w));
	head[q - w] = '\0';
	if (!en_eq(sc, k, head) || !tk_punct(sc, k + 1, '\'') ||
	    !tk_glued(sc, k + 1) || !en_eq(sc, k + 2, "s") || !tk_glued(sc, k + 2))
		return 0;
	return k + 3;
}

/* "before Easter", "after Christmas", "by Chinese New Year": in a
 * school's letter the bare name is the break the calendar dates (SPEC.md:
 * vague), unless written alone or after "on" ("on Christmas"). Named
 * days (Christmas Day, Easter Monday) are days. */
static int
school_break(const struct dscan *sc, int k, const char *first, int nwords)
{
	static const char *const brk[] = { "christmas", "xmas", "easter",
	    "chinese", "lunar", NULL };
	int is = 0;
	for (int w = 0; brk[w]; w++)
		is |= strcmp(first, brk[w]) == 0;
	if (!is || (nwords > 1 && strcmp(first, "chinese") != 0 &&
	    strcmp(first, "lunar") != 0))
		return 0;
	if (strcmp(first, "chinese") == 0 || strcmp(first, "lunar") == 0) {
		if (nwords > 3)
			return 0;	/* Chinese New Year's Eve */
	}
	return k > 0 && sc->tok[k - 1].kind == T_WORD && !en_misc(sc, k - 1, W_ON);
}

/* A word after a holiday that makes it a period or an event. */
static int
event_word(const struct dscan *sc, int k)
{
	static const char *const ev[] = { "holiday", "holidays", "hols",
	    "break", "vacation", "party", "parties", "concert", "fair", "show",
	    "card", "cards", "dinner", "lunch", "service", "market", "tree",
	    "gift", "gifts", "present", "presents", "performance", "event",
	    "events", "celebration", "celebrations", "programme", "program",
	    "activity", "activities", "camp", "term", "leave", "period",
	    "season", "sale", "bazaar", "carnival", "assembly", "play",
	    "musical", "closure", "special", "week", "weekend", "egg", "eggs",
	    "hunt", "theme", "mass", "lantern", "lanterns", "cake", "cakes",
	    "mooncake", "mooncakes", "gala", "greetings", "wishes", "long",
	    NULL };
	for (int w = 0; ev[w]; w++)
		if (en_eq(sc, k, ev[w]))
			return 1;
	return 0;
}

int
r_holiday(const struct dscan *sc, int k, struct piece *p)
{
	int j = k, last = 0;
	if (en_misc(sc, j, W_LAST))
		last = 1, j++;
	else if (en_misc(sc, j, W_THIS))
		j++;
	/* asked at every "the", "this", "last": refused unless a name
	 * starts here */
	if (!tk_cls(sc, j, L_HOL) && !en_misc(sc, j, W_MID))
		return 0;
	for (size_t h = 0; h < sizeof(en_hols) / sizeof(en_hols[0]); h++) {
		const struct en_hol *x = &en_hols[h];
		int e = j, w;
		for (w = 0; w < 5 && x->w[w]; w++) {
			/* St. Patrick's, mid-autumn */
			if (w > 0 && (tk_punct(sc, e, '.') || tk_punct(sc, e, '-')) &&
			    tk_glued(sc, e))
				e++;
			int f = hol_word(sc, e, x->w[w]);
			if (!f)
				break;
			e = f;
		}
		if (w < 5 && x->w[w])
			continue;
		if (x->kind == H_LUNAR || x->kind == H_QINGMING) {
			if (en_eq(sc, e, "festival"))
				e++;
			else if (x->a != LU_NEWYEAR && x->a != LU_BUDDHA)
				return 0;	/* "mid autumn" alone: a season */
		}
		int y = 0;
		if (!last && tk_num(sc, e) && sc->tok[e].ndig == 4) {
			y = sc->tok[e].val;
			e++;
		}
		if (event_word(sc, e))
			return 0;
		if (j == k && school_break(sc, k, x->w[0], w)) {
			p->kind = P_VAGUE;
			return e;
		}
		long day = hol_place(sc, x->kind, x->a, x->b, x->c, y, last);
		if (!day)
			return 0;
		p->kind = P_DATE;
		p->year_given = 1;
		p->day = day;
		p->past = day < sc->dref;
		return e;
	}
	return 0;
}

/* ---- Chinese ----------------------------------------------------------- */

static const struct zh_hol {
	const char	*w;
	int		 kind, a, b, c;
} zh_hols[] = {
	{ "元旦", H_FIXED, 1, 1, 0 },
	{ "情人節", H_FIXED, 2, 14, 0 }, { "情人节", H_FIXED, 2, 14, 0 },
	{ "婦女節", H_FIXED, 3, 8, 0 }, { "妇女节", H_FIXED, 3, 8, 0 },
	{ "植樹節", H_FIXED, 3, 12, 0 }, { "植树节", H_FIXED, 3, 12, 0 },
	{ "愚人節", H_FIXED, 4, 1, 0 }, { "愚人节", H_FIXED, 4, 1, 0 },
	{ "勞動節", H_FIXED, 5, 1, 0 }, { "劳动节", H_FIXED, 5, 1, 0 },
	{ "青年節", H_FIXED, 5, 4, 0 }, { "青年节", H_FIXED, 5, 4, 0 },
	{ "兒童節", H_FIXED, 6, 1, 0 }, { "儿童节", H_FIXED, 6, 1, 0 },
	{ "建黨節", H_FIXED, 7, 1, 0 }, { "建党节", H_FIXED, 7, 1, 0 },
	{ "回歸紀念日", H_FIXED, 7, 1, 0 },
	{ "建軍節", H_FIXED, 8, 1, 0 }, { "建军节", H_FIXED, 8, 1, 0 },
	{ "教師節", H_FIXED, 9, 10, 0 }, { "教师节", H_FIXED, 9, 10, 0 },
	{ "國慶日", H_FIXED, 10, 1, 0 }, { "國慶節", H_FIXED, 10, 1, 0 },
	{ "國慶", H_FIXED, 10, 1, 0 }, { "国庆日", H_FIXED, 10, 1, 0 },
	{ "国庆节", H_FIXED, 10, 1, 0 }, { "国庆", H_FIXED, 10, 1, 0 },
	{ "萬聖節", H_FIXED, 10, 31, 0 }, { "万圣节", H_FIXED, 10, 31, 0 },
	{ "平安夜", H_FIXED, 12, 24, 0 },
	{ "聖誕節", H_FIXED, 12, 25, 0 }, { "圣诞节", H_FIXED, 12, 25, 0 },
	{ "聖誕", H_FIXED, 12, 25, 0 }, { "圣诞", H_FIXED, 12, 25, 0 },
	{ "春節", H_LUNAR, LU_NEWYEAR, 0, 0 }, { "春节", H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ "農曆新年", H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ "农历新年", H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ "大年初一", H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ "年初一", H_LUNAR, LU_NEWYEAR, 0, 0 },
	{ "年初二", H_LUNAR, LU_NEWYEAR, 0, 1 },
	{ "年初三", H_LUNAR, LU_NEWYEAR, 0, 2 },
	{ "除夕", H_LUNAR, LU_NEWYEAR, 1, -1 },
	{ "年三十晚", H_LUNAR, LU_NEWYEAR, 1, -1 },
	{ "大年夜", H_LUNAR, LU_NEWYEAR, 1, -1 },
	{ "元宵節", H_LUNAR, LU_NEWYEAR, 0, 14 },
	{ "元宵节", H_LUNAR, LU_NEWYEAR, 0, 14 },
	{ "元宵", H_LUNAR, LU_NEWYEAR, 0, 14 },
	{ "清明節", H_QINGMING, 0, 0, 0 }, { "清明节", H_QINGMING, 0, 0, 0 },
	{ "清明", H_QINGMING, 0, 0, 0 },
	{ "佛誕", H_LUNAR, LU_BUDDHA, 0, 0 }, { "佛诞", H_LUNAR, LU_BUDDHA, 0, 0 },
	{ "端午節", H_LUNAR, LU_TUENNG, 0, 0 }, { "端午节", H_LUNAR, LU_TUENNG, 0, 0 },
	{ "端午", H_LUNAR, LU_TUENNG, 0, 0 },
	{ "中秋節", H_LUNAR, LU_MIDAUTUMN, 0, 0 },
	{ "中秋节", H_LUNAR, LU_MIDAUTUMN, 0, 0 },
	{ "中秋", H_LUNAR, LU_MIDAUTUMN, 0, 0 },
	{ "重陽節", H_LUNAR, LU_CHUNGYEUNG, 0, 0 },
	{ "重阳节", H_LUNAR, LU_CHUNGYEUNG, 0, 0 },
	{ "重陽", H_LUNAR, LU_CHUNGYEUNG, 0, 0 },
	{ "重阳", H_LUNAR, LU_CHUNGYEUNG, 0, 0 },
};

/* The first character of a name is token k's (every name starts with
 * a three-byte Han character): most tokens are refused here. */
static int
first_is(const struct dscan *sc, int k, const char *w)
{
	const unsigned char *c = (const unsigned char *)w;
	return ((c[0] & 0x0F) << 12 | (c[1] & 0x3F) << 6 | (c[2] & 0x3F)) ==
	    sc->tok[k].val;
}

/* A character a festival's name can start with (asked at every Chinese
 * token: a switch, before the table). */
static int
zh_hol_first(int cp)
{
	switch (cp) {
	case 0x5143: case 0x60C5: case 0x5A66: case 0x5987: case 0x690D:
	case 0x611A: case 0x52DE: case 0x52B3: case 0x9752: case 0x5152:
	case 0x513F: case 0x5EFA: case 0x56DE: case 0x6559: case 0x570B:
	case 0x56FD: case 0x842C: case 0x4E07: case 0x5E73: case 0x8056:
	case 0x5723: case 0x6625: case 0x8FB2: case 0x519C: case 0x5927:
	case 0x5E74: case 0x9664: case 0x6E05: case 0x4F5B: case 0x7AEF:
	case 0x4E2D: case 0x91CD:
		return 1;
	}
	return 0;
}

int
z_holiday(const struct dscan *sc, int k, struct piece *p)
{
	int y = 0, e;
	/* 今年中秋, 明年聖誕節, 2014年聖誕節 */
	if (sc->tok[k].kind == T_NUM) {
		if (sc->tok[k].ndig != 4 || !zh_lit(sc, k + 1, "年"))
			return 0;
		y = sc->tok[k].val, k += 2;
	} else if (zh_hol_first(sc->tok[k].val)) {
		;
	} else if ((e = zh_lit(sc, k, "今年"))) {
		y = sc->ref->y, k = e;
	} else if ((e = zh_lit(sc, k, "明年")) || (e = zh_lit(sc, k, "出年"))) {
		y = sc->ref->y + 1, k = e;
	} else {
		return 0;
	}
	if (k >= sc->ntok || sc->tok[k].kind != T_CJK ||
	    !zh_hol_first(sc->tok[k].val))
		return 0;
	for (size_t h = 0; h < sizeof(zh_hols) / sizeof(zh_hols[0]); h++) {
		const struct zh_hol *x = &zh_hols[h];
		if (!first_is(sc, k, x->w) || !(e = zh_lit(sc, k, x->w)))
			continue;
		/* 聖誕假期, 中秋晚會, 聖誕聯歡: a period or an event */
		if (zh_lit(sc, e, "假") || zh_lit(sc, e, "長假") ||
		    zh_lit(sc, e, "晚會") || zh_lit(sc, e, "晚会") ||
		    zh_lit(sc, e, "聯歡") || zh_lit(sc, e, "联欢") ||
		    zh_lit(sc, e, "活動") || zh_lit(sc, e, "活动") ||
		    zh_lit(sc, e, "派對") || zh_lit(sc, e, "聚會") ||
		    zh_lit(sc, e, "卡") || zh_lit(sc, e, "禮物") ||
		    zh_lit(sc, e, "礼物") || zh_lit(sc, e, "節目") ||
		    zh_lit(sc, e, "期間") || zh_lit(sc, e, "期间") ||
		    zh_lit(sc, e, "前後") || zh_lit(sc, e, "樹") ||
		    zh_lit(sc, e, "餅") || zh_lit(sc, e, "饼"))
			return 0;
		/* 聖誕前, 農曆新年後: the school's break (see school_break()) */
		int brk = (x->kind == H_FIXED && x->a == 12 && x->b == 25) ||
		    (x->kind == H_LUNAR && x->a == LU_NEWYEAR && !x->b && !x->c);
		if (brk && (zh_lit(sc, e, "前") ||
		    zh_lit(sc, e, "後") || zh_lit(sc, e, "后") ||
		    zh_lit(sc, e, "之") || zh_lit(sc, e, "以"))) {
			p->kind = P_VAGUE;
			return e;
		}
		long day = hol_place(sc, x->kind, x->a, x->b, x->c, y, 0);
		if (!day)
			return 0;
		p->kind = P_DATE;
		p->year_given = 1;
		p->day = day;
		p->past = day < sc->dref;
		return e;
	}
	return 0;
}
