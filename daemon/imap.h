/*
 * imap.h — the contract between ptraild's IMAP room (imap.c: it speaks
 * the protocol) and its sync engine (sync.c: it decides what to fetch and
 * what the ledger keeps), as isync's driver.h is between drv_imap.c and
 * sync.c.
 *
 * The protocol side promises:
 *  - nothing it does marks a message \Seen or changes the mailbox, but
 *    imap_append_message();
 *  - every call returns an enum imap_status, and any failure but
 *    IMAP_PROTO leaves a sentence in why and the connection suspect (the
 *    caller closes it and connects again);
 *  - a connection is used by one thread at a time: the sync engine's
 *    reader thread may fetch while the main thread stores, but never both
 *    on the same connection at once;
 *  - a bounded wait: every read ends at the config's timeout, at EOF or at
 *    an error, never in a loop.
 *
 * Ownership: all memory belongs to the caller unless stated otherwise.
 * struct imap_conn belongs to whoever connected it; imap_close() frees
 * it. UID arrays from imap_search_school() are the caller's to free();
 * struct imap_bodies is the caller's, freed with imap_bodies_free(), and
 * the bytes imap_body() points at live as long as it does. The config is
 * borrowed.
 */
#ifndef PTRAIL_IMAP_H
#define PTRAIL_IMAP_H

#include <signal.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/config.h"

enum imap_status {
	IMAP_OK = 0,
	IMAP_UNREACHABLE,	/* network, timeout, server gone: retry */
	IMAP_TLS,		/* certificate refused: no retry helps */
	IMAP_LOGIN,		/* credentials refused */
	IMAP_CONFIG,		/* bad URL, no password source, a plain
				 * port named as TLS or a TLS port as plain */
	IMAP_PROTO,		/* the server said no (e.g. no such folder) */
	IMAP_LEDGER,		/* sync.c: the ledger refused a write (full
				 * disk, locked): the folder stopped there */
};

struct imap_conn;

int	imap_parse_url(const char *url, char **host, uint16_t *port,
	    int *implicit_tls);
/* Connect, check the certificate, log in. A set *stop (SIGTERM) ends
 * any wait of the connect, the TLS handshake or the greeting at once. */
enum imap_status imap_connect(const struct config *cfg,
	    volatile sig_atomic_t *stop, struct imap_conn **out,
	    struct buf *why);
void	imap_close(struct imap_conn *c);
/* Cut c's connection now, from any thread: a read in progress on another
 * thread ends with an error at once. Only imap_close() is left to do. */
void	imap_interrupt(struct imap_conn *c);
/*
 * The same from a signal handler, for a wait on the main thread itself:
 * imap_arm_cut(c) before the wait, imap_arm_cut(NULL) after it;
 * imap_cut_armed() (async-signal-safe: one shutdown(2)) cuts the armed
 * connection, if any, so the wait's read fails at once.
 */
void	imap_arm_cut(struct imap_conn *c);
void	imap_cut_armed(void);
int	imap_has_idle(const struct imap_conn *c);
/* The parent's Sent folder: the config's sent_folder, else the folder the
 * server marks \Sent (RFC 6154 SPECIAL-USE, looked up at login); NULL
 * when neither names one. Owned by cfg or c. */
const char *imap_sent_folder(const struct imap_conn *c,
	    const struct config *cfg);

/* SELECT folder (IMAP_PROTO when the server says no): its UIDVALIDITY,
 * and its UIDNEXT (0 when the server did not say; uidnext may be NULL). */
enum imap_status imap_select(struct imap_conn *c, const char *folder,
	    uint32_t *uidvalidity, uint32_t *uidnext, struct buf *why);
/*
 * UID SEARCH in the selected folder for the UIDs above last of mail whose
 * From names one of the school's domains, or the domain of one of its
 * people (sent: To, for the parent's Sent folder; in INBOX also the
 * parent's own APPROVE replies): *uids (sorted, the caller frees it; NULL
 * when none) and *n. The server's FROM matches substrings anywhere in the
 * header, display names included: these are candidates, not school mail;
 * the caller decides on the exact address (imap_fetch_senders).
 */
enum imap_status imap_search_school(struct imap_conn *c,
	    const struct config *cfg, int sent, uint32_t last, uint32_t **uids,
	    size_t *n, struct buf *why);
/*
 * For each of the n UIDs (sorted), one FETCH of RFC822.SIZE and
 * BODY.PEEK[HEADER.FIELDS (FROM SENDER)]: sizes[n] (0 for a message gone
 * from the server) and heads[n], the raw header block ("From: ...\r\n
 * Sender: ...\r\n\r\n", cut at 8 KB; NULL when the server sent none),
 * new strings the caller frees (all NULL on failure).
 */
enum imap_status imap_fetch_senders(struct imap_conn *c, const uint32_t *uids,
	    size_t n, uint32_t *sizes, char **heads, struct buf *why);
/* UID FETCH BODY.PEEK[] of the n UIDs (sorted): *out, also when n is 0
 * (then empty). On failure *out is still set, and empty. */
struct imap_bodies;
enum imap_status imap_fetch_bodies(struct imap_conn *c, const uint32_t *uids,
	    size_t n, struct imap_bodies **out, struct buf *why);
/* The bytes fetched for uid (owned by b), or NULL when the server sent
 * none (the message is gone). */
const char *imap_body(const struct imap_bodies *b, uint32_t uid, size_t *len);
void	imap_bodies_free(struct imap_bodies *b);

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
