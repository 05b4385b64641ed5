/*
 * schedule_int.h — what the ladder (schedule.c) and the parent's digest
 * (digest.c) and its letters (ladder_letter.c) share; not for use
 * outside those three.
 */
#ifndef PTRAIL_SCHEDULE_INT_H
#define PTRAIL_SCHEDULE_INT_H

#include <stddef.h>
#include <time.h>

#include "act/schedule.h"
#include "base/config.h"
#include "ledger/outbox.h"

/* What step k of the ladder is called ("reminder", "letter to the
 * principal", ...). */
extern const char *const schedule_step_name[LADDER_STEPS];

/* The day of t (family's zone) as a letter says it: "Fri 20 Mar 2026", or
 * in Chinese with zh. */
void	schedule_day_text(time_t t, int zh, char *out, size_t len);

/* Write the letter of step k for the items v[0..n) into r (kind,
 * subject, body, To, Cc, language, threading): to/to_name/cc from the
 * ladder's addressee. r's strings are the caller's (outbox_row_free()). */
void	schedule_write_letter(struct ledger *l, const struct config *cfg,
	    struct chase_item *const *v, size_t n, int k, const char *to,
	    const char *to_name, const char *cc, time_t now,
	    struct outbox_row *r);

#endif
