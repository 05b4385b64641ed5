/*
 * holidays.c — see holidays.h.
 *
 * The general holidays of Hong Kong as gazetted for 2025 and 2026 and as
 * announced for 2027 (check the gazette; add or correct days with
 * holidays_file). Sundays are not listed: weekends never count as school
 * days anyway.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act/holidays.h"

static const char *const hk_holidays[] = {
	/* 2025 */
	"2025-01-01", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04",
	"2025-04-18", "2025-04-19", "2025-04-21", "2025-05-01", "2025-05-05",
	"2025-05-31", "2025-07-01", "2025-10-01", "2025-10-07", "2025-10-29",
	"2025-12-25", "2025-12-26",
	/* 2026 */
	"2026-01-01", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-03",
	"2026-04-04", "2026-04-06", "2026-04-07", "2026-05-01", "2026-05-25",
	"2026-06-19", "2026-07-01", "2026-09-26", "2026-10-01", "2026-10-19",
	"2026-12-25", "2026-12-26",
	/* 2027 */
	"2027-01-01", "2027-02-06", "2027-02-08", "2027-02-09", "2027-03-26",
	"2027-03-27", "2027-03-29", "2027-04-05", "2027-05-01", "2027-05-13",
	"2027-06-09", "2027-07-01", "2027-09-16", "2027-10-01", "2027-10-08",
	"2027-12-25", "2027-12-27",
	NULL
};

static int
listed(const char *ymd, const char *file)
{
	char line[64];
	FILE *f;
	int found = 0;

	for (int k = 0; hk_holidays[k]; k++)
		if (strcmp(hk_holidays[k], ymd) == 0)
			return 1;
	if (file == NULL || (f = fopen(file, "r")) == NULL)
		return 0;
	while (!found && fgets(line, sizeof(line), f))
		found = strncmp(line, ymd, 10) == 0;
	fclose(f);
	return found;
}

int
holiday_or_weekend(const struct config *cfg, long day)
{
	struct civil c;
	char ymd[11];

	if (days_weekday(day) >= 5)
		return 1;
	days_to_civil(day, &c);
	civil_format(&c, ymd);
	return listed(ymd, cfg->holidays_file);
}
