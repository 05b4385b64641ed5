/*
 * schedule_int.h — what the ladder (schedule.c) and the parent's digest
 * (digest.c) share; not for use outside lib/act/schedule.c and digest.c.
 */
#ifndef PTRAIL_SCHEDULE_INT_H
#define PTRAIL_SCHEDULE_INT_H

#include <stddef.h>
#include <time.h>

#include "base/config.h"

/* What step k of the ladder is called ("reminder", "letter to the
 * principal", ...). */
extern const char *const schedule_step_name[LADDER_STEPS];

/* The day of t (family's zone) as a letter says it: "Fri 20 Mar 2026", or
 * in Chinese with zh. */
void	schedule_day_text(time_t t, int zh, char *out, size_t len);

#endif
