/*
 * daemon.h — what ptraild's rooms share: the running state, and the stages
 * the main loop runs after every sync.
 *
 * The loop (daemon/main.c): sync every watched folder (imap.c), then
 *   send_stage()     confirmation drafts for new letters (lib/act/compose.c),
 *                    the escalation ladder and the parent's reminders
 *                    (lib/act/schedule.c), then approved outbox rows -> SMTP
 *                    (smtp.c)
 *   feed_stage()     calendar.ics rewritten when anything changed (feed.c)
 * Each stage reads the ledger and writes the ledger, so any of them can
 * crash and the next run picks up where it stopped. A stage returns
 * PT_OK, PT_TEMP (try again next round) or PT_PERM (logged; the loop goes on).
 *
 * Ownership: struct daemon belongs to main.c; stages borrow it.
 */
#ifndef PTRAIL_DAEMON_H
#define PTRAIL_DAEMON_H

#include <signal.h>
#include <time.h>

#include "base/config.h"
#include "ledger/ledger.h"

enum pt_result { PT_OK = 0, PT_TEMP = 1, PT_PERM = 2, PT_CANCEL = 3 };

struct daemon {
	struct config	*cfg;
	struct ledger	*ledger;
	time_t		 now;		/* pt_now() at the start of a round */
	int		 changed;	/* set by a stage that changed the ledger */
	volatile sig_atomic_t *stop;	/* SIGTERM seen: finish and leave */
	unsigned	 new_letters;	/* this round, for sd_notify STATUS= */
};

enum pt_result feed_stage(struct daemon *d);

#endif
