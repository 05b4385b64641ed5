/*
 * daemon.h — what ptraild's rooms share: the running state, and the stages
 * the main loop runs after every sync.
 *
 * The loop (daemon/main.c): sync every watched folder (sync.c, speaking
 * IMAP through imap.c), then the
 * round's named steps, in order:
 *   smtp_resolve_interrupted()  rows a crash left 'sending' (smtp.c)
 *   approve_stage()  "APPROVE <token>" in the parent's letters
 *                    (lib/ledger/approve.c) (main.c)
 *   draft_stage()    confirmation drafts for new letters and meetings
 *                    (lib/act/compose.c), the escalation ladder and the
 *                    parent's reminders (lib/act/schedule.c) (main.c)
 *   send_stage()     approved outbox rows -> SMTP (smtp.c)
 *   feed_stage()     calendar.ics rewritten when anything changed (feed.c)
 * Each stage reads the ledger and writes the ledger, so any of them can
 * crash and the next run picks up where it stopped. Each returns an
 * enum pt_result: PT_OK; PT_TEMP, failed for now (logged once per change
 * of state; the loop comes back within seconds, backing off); PT_PERM,
 * cannot work as configured (logged once; the loop goes on); PT_CANCEL,
 * SIGTERM seen between items. The round keeps the worst in d->result.
 *
 * Ownership: struct daemon belongs to main.c; stages borrow it.
 */
#ifndef PTRAIL_DAEMON_H
#define PTRAIL_DAEMON_H

#include <signal.h>
#include <stdint.h>
#include <time.h>

#include "base/config.h"
#include "ledger/approve.h"
#include "ledger/ledger.h"

enum pt_result { PT_OK = 0, PT_TEMP = 1, PT_PERM = 2, PT_CANCEL = 3 };

struct daemon {
	struct config	*cfg;
	struct ledger	*ledger;
	time_t		 now;		/* pt_now() at the start of a round */
	int		 changed;	/* set by a stage that changed the ledger */
	volatile sig_atomic_t *stop;	/* SIGTERM seen: finish and leave */
	unsigned	 new_letters;	/* this round, for sd_notify STATUS= */
	enum pt_result	 result;	/* the worst of the last round's stages */
	struct approve_mark approve;	/* approve_by_mail()'s place */
	int64_t		 data_version;	/* ledger_data_version() at the round's
					 * start: others' commits move it */
};

enum pt_result feed_stage(struct daemon *d);

#endif
