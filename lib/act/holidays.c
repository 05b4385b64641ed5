/*
 * holidays.c — see holidays.h.
 *
 * The general holidays of Hong Kong as gazetted for 2025 and 2026 and as
 * announced for 2027 (check the gazette; add or correct days with
 * holidays_file). Sundays are not listed: weekends never count as school
 * days anyway. The file is read once per path, not on every query; a
 * year past the table that the file does not cover is warned about once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act/holidays.h"
#include "base/log.h"
#include "base/xmalloc.h"

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

#define TABLE_LAST_YEAR 2027

/* holidays_file, read once (again only when the config names another
 * file): the days it lists, sorted as written. */
static struct {
	char	*path;
	char	(*days)[11];
	size_t	 n;
	int	 warned_year;
} extra;

static void
load_file(const char *file)
{
	char line[64];
	FILE *f;
	size_t cap = 0;

	if (extra.path && file && strcmp(extra.path, file) == 0)
		return;
	free(extra.path);
	free(extra.days);
	memset(&extra, 0, sizeof(extra));
	if (file == NULL)
		return;
	extra.path = xstrdup(file);
	if ((f = fopen(file, "r")) == NULL) {
		log_warn("%s: cannot read the holidays file", file);
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		struct civil c;
		line[strcspn(line, " \t\r\n#")] = '\0';
		if (civil_parse(line, &c) == -1)
			continue;
		if (extra.n == cap) {
			cap = cap ? cap * 2 : 32;
			extra.days = xreallocarray(extra.days, cap, sizeof(*extra.days));
		}
		civil_format(&c, extra.days[extra.n++]);
	}
	fclose(f);
}

int
holidays_year_known(const struct config *cfg, int year)
{
	if (year <= TABLE_LAST_YEAR)
		return 1;
	load_file(cfg->holidays_file);
	for (size_t k = 0; k < extra.n; k++)
		if ((int)strtol(extra.days[k], NULL, 10) == year)
			return 1;
	return 0;
}

static int
listed(const struct config *cfg, const char *ymd)
{
	int year = (int)strtol(ymd, NULL, 10);

	for (int k = 0; hk_holidays[k]; k++)
		if (strcmp(hk_holidays[k], ymd) == 0)
			return 1;
	load_file(cfg->holidays_file);
	for (size_t k = 0; k < extra.n; k++)
		if (strcmp(extra.days[k], ymd) == 0)
			return 1;
	/* past the built-in table, a year the file does not cover: say so
	 * once, or letters would go on holidays without a word */
	if (!holidays_year_known(cfg, year) && extra.warned_year != year) {
		extra.warned_year = year;
		log_warnx("Hong Kong holidays are built in up to %d only: list "
		    "%d's in [time] holidays_file, or letters may be timed for "
		    "a holiday", TABLE_LAST_YEAR, year);
	}
	return 0;
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
	return listed(cfg, ymd);
}
