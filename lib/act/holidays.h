/*
 * holidays.h — Hong Kong general holidays, so that letters to the school
 * wait for a school day. The table ships for 2025-2027; [time]
 * holidays_file adds days (one YYYY-MM-DD per line, # comments), for later
 * years or a school's own closures.
 */
#ifndef PTRAIL_HOLIDAYS_H
#define PTRAIL_HOLIDAYS_H

#include "base/config.h"
#include "base/timeutil.h"

/* Is the day (days since 1970-01-01) a weekend or a holiday? */
int	holiday_or_weekend(const struct config *cfg, long day);

#endif
