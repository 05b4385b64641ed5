/*
 * approve.h — approval by mail: a step of the daemon's round.
 *
 * The parent answers a "draft N to approve" notice with the line
 * "APPROVE <token>" (any case: "Approve" as a phone capitalises it, or
 * "approve"). A letter from the parent's own address — not one of
 * ptrail's own messages, which quote the token — approves the draft with
 * each token it names; anything else is ignored, and the log says why
 * (not a token; no draft has it; the row is no longer a draft; the letter
 * is not from the parent's address).
 *
 * Which letters: the caller keeps a struct approve_mark, filled by
 * approve_begin() when the process starts. The first pass reads every
 * stored letter that mentions an approval and approves what is still a
 * draft; about the letters stored before the process started it is quiet
 * (an earlier process said why it ignored them). So a crash between
 * storing a letter and reading it loses nothing, and no schema row is
 * needed. Later passes read only the letters stored since. Only a draft
 * can be approved, so no approval is made twice.
 *
 * Each approval is one transaction: the outbox row becomes 'approved'
 * and an "outbox.approved_by_mail" event names the letter that said so.
 *
 * Ownership: nothing is handed over; the ledger is borrowed.
 */
#ifndef PTRAIL_APPROVE_H
#define PTRAIL_APPROVE_H

#include <stdint.h>
#include <time.h>

#include "base/config.h"
#include "ledger/ledger.h"

/* Where one process's passes stand. */
struct approve_mark {
	int64_t	 seen;		/* letters up to this messages.id are read;
				 * -1: none yet, the first pass reads all */
	int64_t	 quiet;		/* letters up to here were stored before
				 * this process started */
};

/* At start: nothing read yet, the letters stored so far are quiet. */
void	approve_begin(struct ledger *l, struct approve_mark *m);

/* One pass. Returns how many drafts were approved, or -1 when the ledger
 * could not be read or written (logged; m is left, so the next pass
 * reads the same letters again). */
int	approve_by_mail(struct ledger *l, const struct config *cfg, time_t now,
	    struct approve_mark *m);

/*
 * Find the next "approve <token>" in text from *pos on (any case, then
 * spaces or tabs, then the token). 1: found, token gets what follows (up
 * to 40 characters, lower-cased) and *pos moves past it; 0: no more.
 */
int	approve_next(const char *text, size_t *pos, char token[41]);

#endif
