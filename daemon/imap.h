/*
 * imap.h — the IMAP room of ptraild: connect (TLS verified), sync a folder
 * into the ledger, wait in IDLE.
 *
 * Ownership: struct imap_conn belongs to whoever connected it;
 * imap_close() frees it. The daemon state is borrowed.
 */
#ifndef PTRAIL_IMAP_H
#define PTRAIL_IMAP_H

#include <signal.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/config.h"
#include "daemon.h"

enum imap_status {
	IMAP_OK = 0,
	IMAP_UNREACHABLE,	/* network, timeout, server gone: retry */
	IMAP_TLS,		/* certificate refused: no retry helps */
	IMAP_LOGIN,		/* credentials refused */
	IMAP_CONFIG,		/* bad URL, no password source */
	IMAP_PROTO,		/* the server said no (e.g. no such folder) */
};

struct sync_stats {
	unsigned found;		/* school messages the search named */
	unsigned fetched;
	unsigned stored;	/* new to the ledger */
	unsigned failed;
};

struct imap_conn;

int	imap_parse_url(const char *url, char **host, uint16_t *port,
	    int *implicit_tls);
enum imap_status imap_connect(const struct config *cfg, struct imap_conn **out,
	    struct buf *why);
void	imap_close(struct imap_conn *c);
int	imap_has_idle(const struct imap_conn *c);
/* The parent's Sent folder: the config's sent_folder, else the folder the
 * server marks \Sent (RFC 6154 SPECIAL-USE, looked up at login); NULL
 * when neither names one. Owned by cfg or c. */
const char *imap_sent_folder(const struct imap_conn *c,
	    const struct config *cfg);
/* sent: the folder holds the parent's sent mail: search TO, not FROM. */
enum imap_status imap_sync_folder(struct imap_conn *c, struct daemon *d,
	    const char *folder, int sent, struct sync_stats *stats,
	    struct buf *why);
/* Is a message with this Message-ID in folder? (SEARCH HEADER) */
int	imap_has_message_id(struct imap_conn *c, const char *folder,
	    const char *msgid);
/* APPEND a message we sent (flagged \Seen) to folder; 0 or -1. */
int	imap_append_message(struct imap_conn *c, const char *folder,
	    const char *msg, size_t len);
/* IDLE on folder until the server says something, seconds pass, or
 * wake_fd (the daemon's self-pipe, -1 for none) becomes readable. */
enum imap_status imap_idle_wait(struct imap_conn *c, const char *folder,
	    int seconds, int wake_fd, struct buf *why);

#endif
