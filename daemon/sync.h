/*
 * sync.h — ptraild's sync engine: bring one folder's new school mail into
 * the ledger over an IMAP connection (the protocol is imap.h's).
 *
 * Ownership: the connection and the daemon state are borrowed; stats and
 * why are the caller's.
 */
#ifndef PTRAIL_SYNC_H
#define PTRAIL_SYNC_H

#include "base/buf.h"
#include "daemon.h"
#include "imap.h"

struct sync_stats {
	unsigned found;		/* school messages the search named */
	unsigned fetched;
	unsigned stored;	/* new to the ledger */
	unsigned failed;
};

/*
 * Sync folder (sent: it holds the parent's sent mail: search TO, not
 * FROM). IMAP_OK; IMAP_PROTO when the server has no such folder;
 * IMAP_LEDGER when the ledger refused a batch (the folder stopped there,
 * the reason is in why and in sync_state); IMAP_UNREACHABLE when a search
 * or fetch failed (the connection is suspect). why gets the sentence.
 */
enum imap_status sync_folder(struct imap_conn *c, struct daemon *d,
	    const char *folder, int sent, struct sync_stats *stats,
	    struct buf *why);

#endif
