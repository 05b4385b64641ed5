/*
 * when.c — the dates and times a person types: `add --due`, `meeting add
 * --date/--time`. They are read the way `ptrail dates` reads a letter
 * (lib/extract/dates.h: "20/5", "next Friday", "27 March", "4pm",
 * "下星期五"), against today in the family's zone, plus ISO 8601 dates.
 * An ISO date that does not exist ("2026-02-31") is named as such.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "extract/dates.h"

static const char *month_names[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December" };

/* "2026-02-31": digits where an ISO date has them. */
static int
looks_iso(const char *s, int *y, int *m, int *d)
{
	int n = 0;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	n = sscanf(s, "%4d-%2d-%2d", y, m, d);
	return n == 3;
}

int
cli_when_date(const char *text, time_t now, struct civil *date,
    char time_out[6], struct buf *why)
{
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref;
	int y, m, d, n, pick;

	time_out[0] = '\0';
	if (looks_iso(text, &y, &m, &d)) {
		if (civil_valid(y, m, d)) {
			date->y = y;
			date->m = m;
			date->d = d;
			return 0;
		}
		if (m >= 1 && m <= 12)
			buf_printf(why, "%s does not exist: %s %d has %d days",
			    text, month_names[m - 1], y, days_in_month(y, m));
		else
			buf_printf(why, "%s does not exist: there is no month %d",
			    text, m);
		return -1;
	}
	local_civil(now, &ref);
	n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
	pick = dates_pick(spans, n, time_out);
	if (pick < 0 || !spans[pick].has_date || spans[pick].vague) {
		buf_printf(why, "'%s' is not a date ptrail can read (write "
		    "2026-05-20, 20/5 or next Friday; `ptrail dates TEXT` shows "
		    "how it reads one)", text);
		return -1;
	}
	*date = spans[pick].date;
	return 0;
}

int
cli_when_time(const char *text, char out[6], struct buf *why)
{
	struct date_span spans[DATE_SPAN_MAX];
	struct civil ref = { 2026, 1, 1 };
	int hh, mm, used = 0, n;

	if (sscanf(text, "%2d:%2d%n", &hh, &mm, &used) == 2 && text[used] ==
	    '\0' && hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59) {
		snprintf(out, 6, "%02u:%02u", (unsigned)hh % 24, (unsigned)mm % 60);
		return 0;
	}
	n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
	for (int k = 0; k < n; k++)
		if (spans[k].hour >= 0 && !spans[k].has_date) {
			snprintf(out, 6, "%02u:%02u", (unsigned)spans[k].hour % 24,
			    (unsigned)spans[k].minute % 60);
			return 0;
		}
	buf_printf(why, "'%s' is not a time (write 16:00 or 4pm)", text);
	return -1;
}
