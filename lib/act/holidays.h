/*
 * holidays.h — Hong Kong general holidays, so that letters to the school
 * wait for a school day. The table ships for 2025-2027; [time]
 * holidays_file adds days (one YYYY-MM-DD per line, # comments), for later
 * years or a school's own closures. It is read once (the first query)
 * and kept; a query for a year past the table that the file does not
 * cover logs one warning for that year.
 */
#ifndef PTRAIL_HOLIDAYS_H
#define PTRAIL_HOLIDAYS_H

#include "base/config.h"
#include "base/timeutil.h"

/* Is the day (days since 1970-01-01) a weekend or a holiday? */
int	holiday_or_weekend(const struct config *cfg, long day);

/* Does the built-in table or holidays_file list the holidays of year? */
int	holidays_year_known(const struct config *cfg, int year);

#endif
