/*
 * neterr.h — why a connection failed, in words a parent can act on.
 *
 * libetpan says "error 6" and libcurl "Couldn't connect to server" for a
 * name that does not resolve, a closed port, a firewall and a port that
 * speaks the other kind of protocol alike. After such a failure,
 * net_explain() looks once more, itself: it resolves the name, connects,
 * reads the greeting and, on a port that sends none, tries a TLS
 * handshake. It sends nothing else (no credential, no command).
 * net_connect() is the connect itself, for ptraild's IMAP connection:
 * libetpan's own waits out a SIGTERM and names no cause.
 *
 * Ownership: nothing is kept; why is the caller's.
 */
#ifndef PTRAIL_NETERR_H
#define PTRAIL_NETERR_H

#include <signal.h>
#include <stdint.h>

#include "base/buf.h"

/* What a server was expected to speak at host:port. */
struct net_target {
	const char	*proto;		/* "IMAP" or "SMTP" */
	const char	*host;
	uint16_t	 port;
	int		 tls;		/* TLS from the first byte (imaps://) */
	unsigned	 timeout;	/* seconds, for each look */
	volatile sig_atomic_t *stop;	/* set (SIGTERM): every wait ends
					 * within a quarter second; or NULL */
};

/* What a look found, for the caller's retry policy. */
enum net_fault {
	NET_DOWN,	/* not there now (no answer, refused, no name, no
			 * greeting): an outage, tried again soon */
	NET_MISMATCH,	/* it answers, in the other kind (plain for TLS or
			 * TLS for plain): the URL is wrong, a configuration
			 * error that no retry fixes */
};

/*
 * A TCP connection to t's host:port, the socket non-blocking (as
 * libetpan's own connect leaves it): the fd, or -1 with one sentence in
 * why ("host not found: ...", "nothing listens on HOST:PORT", "no answer
 * from HOST:PORT within N s ..."). A SYN nobody answers ends at
 * t->timeout, and t's stop flag ends the wait at once.
 */
int	net_connect(const struct net_target *t, struct buf *why);

/*
 * Append to why one sentence saying why host:port could not be spoken
 * to: "host not found: ...", "nothing listens on HOST:PORT", "no answer
 * from ...", "HOST:PORT speaks plain IMAP, not TLS: use imap:// or port
 * 993", and the like; the fallback (said when the port looks right)
 * names the failure the caller saw, fallback. NET_MISMATCH when the port
 * speaks the other kind, else NET_DOWN.
 */
enum net_fault net_explain(const struct net_target *t, const char *fallback,
	    struct buf *why);

#endif
