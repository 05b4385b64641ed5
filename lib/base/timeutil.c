/*
 * timeutil.c — clock, zone and civil dates; see timeutil.h.
 *
 * civil_to_days()/days_to_civil() are Howard Hinnant's public-domain
 * algorithms: exact for every Gregorian date, no tables, no time zone.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/log.h"
#include "base/timeutil.h"

static char tz_current[128] = PT_DEFAULT_ZONE;

long
civil_to_days(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
days_to_civil(long z, struct civil *out)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	out->d = (int)(doy - (153 * mp + 2) / 5 + 1);
	out->m = (int)(mp < 10 ? mp + 3 : mp - 9);
	out->y = (int)(y + (out->m <= 2));
}

int
days_weekday(long days)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	long w = (days + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

int
days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[(m - 1) % 12];
}

int
civil_valid(int y, int m, int d)
{
	return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 &&
	    d >= 1 && d <= days_in_month(y, m);
}

int
civil_parse(const char *s, struct civil *out)
{
	int y, m, d, n = 0;
	if (s == NULL || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
	    n != 10 || s[10] != '\0' || !civil_valid(y, m, d))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

void
civil_format(const struct civil *c, char out[11])
{
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)c->y % 10000u,
	    (unsigned)c->m % 100u, (unsigned)c->d % 100u);
}

int
tz_set(const char *zone)
{
	char path[256];

	if (zone == NULL || *zone == '\0' || strstr(zone, "..") ||
	    strlen(zone) >= sizeof(tz_current))
		return -1;
	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", zone);
	if (strcmp(zone, "UTC") != 0 && access(path, R_OK) != 0)
		return -1;
	snprintf(tz_current, sizeof(tz_current), "%s", zone);
	setenv("TZ", zone, 1);
	tzset();
	return 0;
}

const char *
tz_name(void)
{
	return tz_current;
}

time_t
pt_now(void)
{
	const char *s = getenv("PTRAIL_NOW");
	time_t t;

	if (s == NULL || *s == '\0')
		return time(NULL);
	if (iso8601_parse(s, &t, NULL) == -1)
		fatalx(2, "PTRAIL_NOW=%s is not an ISO 8601 time "
		    "(e.g. 2026-03-20T09:00:00+08:00)", s);
	return t;
}

static int
digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int
iso8601_parse(const char *s, time_t *out, int *offset_min)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, oh, om, off = 0, have_off = 0;
	const char *p;

	if (s == NULL || strlen(s) < 10 || digits(s, 4, &y) || s[4] != '-' ||
	    digits(s + 5, 2, &mo) || s[7] != '-' || digits(s + 8, 2, &d) ||
	    !civil_valid(y, mo, d))
		return -1;
	p = s + 10;
	if (*p == 'T' || *p == ' ') {
		if (digits(p + 1, 2, &h) || p[3] != ':' || digits(p + 4, 2, &mi))
			return -1;
		p += 6;
		if (*p == ':') {
			if (digits(p + 1, 2, &sec))
				return -1;
			p += 3;
			if (*p == '.')
				for (p++; isdigit((unsigned char)*p); p++)
					;
		}
		if (h > 23 || mi > 59 || sec > 60)
			return -1;
	}
	if (*p == 'Z') {
		have_off = 1;
		p++;
	} else if (*p == '+' || *p == '-') {
		int sign = *p == '-' ? -1 : 1;
		if (digits(p + 1, 2, &oh))
			return -1;
		p += 3;
		if (*p == ':')
			p++;
		if (digits(p, 2, &om))
			return -1;
		p += 2;
		off = sign * (oh * 60 + om);
		have_off = 1;
	}
	if (*p != '\0')
		return -1;
	if (have_off) {
		*out = (time_t)civil_to_days(y, mo, d) * 86400 +
		    h * 3600 + mi * 60 + sec - off * 60;
	} else {
		struct tm tm = { 0 };
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_hour = h;
		tm.tm_min = mi;
		tm.tm_sec = sec;
		tm.tm_isdst = -1;
		*out = mktime(&tm);
		off = (int)(tm.tm_gmtoff / 60);
	}
	if (offset_min)
		*offset_min = off;
	return 0;
}

void
iso8601_utc(time_t t, char out[21])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void
iso8601_local(time_t t, char out[26])
{
	struct tm tm;
	localtime_r(&t, &tm);
	unsigned long off = (unsigned long)labs(tm.tm_gmtoff / 60);
	snprintf(out, 26, "%04u-%02u-%02uT%02u:%02u:%02u%c%02lu:%02lu",
	    (unsigned)(tm.tm_year + 1900) % 10000u, (unsigned)(tm.tm_mon + 1) % 100u,
	    (unsigned)tm.tm_mday % 100u, (unsigned)tm.tm_hour % 100u,
	    (unsigned)tm.tm_min % 100u, (unsigned)tm.tm_sec % 100u,
	    tm.tm_gmtoff < 0 ? '-' : '+', off / 60 % 100, off % 60);
}

void
local_civil(time_t t, struct civil *out)
{
	struct tm tm;
	localtime_r(&t, &tm);
	out->y = tm.tm_year + 1900;
	out->m = tm.tm_mon + 1;
	out->d = tm.tm_mday;
}

time_t
local_midnight(const struct civil *c)
{
	struct tm tm = { 0 };
	tm.tm_year = c->y - 1900;
	tm.tm_mon = c->m - 1;
	tm.tm_mday = c->d;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

void
civil_human(const struct civil *c, char out[16])
{
	static const char *wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	static const char *mn[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	snprintf(out, 16, "%s %u %s %04u",
	    wd[days_weekday(civil_days(c))],
	    (unsigned)c->d % 100u, mn[(unsigned)(c->m - 1) % 12u],
	    (unsigned)c->y % 10000u);
}

void
ymd_human(const char *ymd, char out[16])
{
	struct civil c;
	if (civil_parse(ymd, &c) == 0)
		civil_human(&c, out);
	else
		snprintf(out, 16, "%s", ymd ? ymd : "");
}
