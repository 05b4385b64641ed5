/*
 * ics.h — the ledger as an iCalendar feed (RFC 5545, RFC 7986).
 *
 * One VCALENDAR: each commitment with a due date, each meeting and each
 * step of the escalation ladder is a VEVENT with a stable UID; SEQUENCE and LAST-MODIFIED move when the item
 * changes. Times carry a plain TZID (the family's zone) with a short
 * VTIMEZONE, not libical's /freeassociation.sourceforge.net/ one.
 *
 * The events are written to the stream as they are read from the ledger,
 * a chunk of them at a time (rendered by two threads: a first sync's feed
 * is tens of thousands of events), so memory does not grow with the
 * number of letters.
 */
#ifndef PTRAIL_ICS_H
#define PTRAIL_ICS_H

#include <time.h>

#include "base/buf.h"
#include "base/config.h"
#include "ledger/ledger.h"

#include <stdio.h>

/* The feed to out. 0, or -1 when the ledger could not be read or out could
 * not be written. */
int	ics_render(struct ledger *l, const struct config *cfg, time_t now,
	    FILE *out);

/* The feed to path, atomically as ics_write_file() does. */
int	ics_write_feed(struct ledger *l, const struct config *cfg, time_t now,
	    const char *path, struct buf *err);

/* Write text to path atomically: a temporary file in the same directory
 * (0600, directory 0700), fsync, rename, fsync the directory. A reader
 * sees the old feed or the new one, never half of one. */
int	ics_write_file(const char *path, const char *text, size_t len,
	    struct buf *err);

#endif
