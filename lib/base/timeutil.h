/*
 * timeutil.h — the clock, the family's zone, and civil-date arithmetic.
 *
 * Times are stored as UTC seconds (time_t). Dates a person reads — due days,
 * meeting days — are civil dates in the family's zone, carried as
 * "YYYY-MM-DD" strings or as a day number (days since 1970-01-01).
 * PTRAIL_NOW (ISO 8601) stands in for the clock everywhere; read it with
 * pt_now(), never time(NULL).
 *
 * The zone is process-wide: tz_set() points TZ at a zoneinfo name, so
 * localtime_r()/mktime() speak the family's zone from then on.
 */
#ifndef PTRAIL_TIMEUTIL_H
#define PTRAIL_TIMEUTIL_H

#include <time.h>

#define PT_DEFAULT_ZONE "Asia/Hong_Kong"

struct civil {
	int y, m, d;		/* 2026, 1..12, 1..31 */
};

/* Days since 1970-01-01 for a proleptic Gregorian date, and back. */
long civil_to_days(int y, int m, int d);
void days_to_civil(long days, struct civil *out);
/* The same for a struct civil. */
static inline long
civil_days(const struct civil *c)
{
	return civil_to_days(c->y, c->m, c->d);
}
int  days_weekday(long days);		/* 0 = Monday .. 6 = Sunday */
int  days_in_month(int y, int m);
int  civil_valid(int y, int m, int d);

/* "YYYY-MM-DD" <-> struct civil; parse returns 0 or -1. out holds 11. */
int  civil_parse(const char *s, struct civil *out);
void civil_format(const struct civil *c, char out[11]);

/* Make TZ the named zone; -1 when no zoneinfo file exists for it. */
int  tz_set(const char *zone);
const char *tz_name(void);

/* The current time: PTRAIL_NOW when set (dies with a clear message, exit 2,
 * when it does not parse), else the system clock. */
time_t pt_now(void);

/*
 * ISO 8601: "2026-03-20", "2026-03-20T09:00", "2026-03-20T09:00:00+08:00",
 * "...Z". No offset means the family's zone. *offset_min (may be NULL)
 * receives the written offset, or the zone's offset at that time.
 */
int  iso8601_parse(const char *s, time_t *out, int *offset_min);
/* "2026-03-20T01:00:00Z" */
void iso8601_utc(time_t t, char out[21]);
/* "2026-03-20T09:00:00+08:00" in the family's zone */
void iso8601_local(time_t t, char out[26]);

/* The civil date of t in the family's zone. */
void local_civil(time_t t, struct civil *out);
/* Midnight starting that day in the family's zone, as UTC seconds. */
time_t local_midnight(const struct civil *c);
/* "Fri 20 Mar 2026" — out holds 16. */
void civil_human(const struct civil *c, char out[16]);
/* "Fri 20 Mar 2026" from "YYYY-MM-DD"; copies the input if it does not parse */
void ymd_human(const char *ymd, char out[16]);

#endif
