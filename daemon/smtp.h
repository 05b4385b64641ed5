/*
 * smtp.h — the outbox leaves over SMTP (libcurl), exactly once as far as
 * plain SMTP allows.
 *
 * A row is marked 'sending' in its own transaction before the SMTP
 * transaction and 'sent' after the server accepts it. Every message is
 * also Bcc'd to the parent's own address: that copy in the parent's INBOX
 * (or the copy in the Sent folder) is the witness. A row found in
 * 'sending' when ptraild starts (a crash between the server's acceptance
 * and the commit) is looked up by its Message-ID in those folders before
 * any retry: found means sent, not found means try again.
 */
#ifndef PTRAIL_SMTP_H
#define PTRAIL_SMTP_H

#include "daemon.h"
#include "imap.h"
#include "ledger/outbox.h"

/* Resolve rows left in 'sending', using the IMAP session for witnesses.
 * PT_OK, or PT_TEMP when the ledger refused (logged). */
enum pt_result	smtp_resolve_interrupted(struct daemon *d, struct imap_conn *c);
/*
 * Send every approved row that is due, in order. PT_OK: all went (or
 * failed for their own reasons, logged per row); PT_TEMP: the server is
 * unreachable (logged once per outage) or the ledger refused (logged):
 * the round tries again soon; PT_PERM: the SMTP setup is wrong (logged
 * once; nothing is tried until smtp_reset()); PT_CANCEL: SIGTERM.
 */
enum pt_result	send_stage(struct daemon *d, struct imap_conn *c);
/* The configuration was reloaded: try SMTP again, and say so again. */
void		smtp_reset(void);

#endif
