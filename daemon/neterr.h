/*
 * neterr.h — why a connection failed, in words a parent can act on.
 *
 * libetpan says "error 6" and libcurl "Couldn't connect to server" for a
 * name that does not resolve, a closed port, a firewall and a port that
 * speaks the other kind of protocol alike. After such a failure,
 * net_explain() looks once more, itself: it resolves the name, connects,
 * reads the greeting and, on a port that sends none, tries a TLS
 * handshake. It sends nothing else (no credential, no command).
 *
 * Ownership: nothing is kept; why is the caller's.
 */
#ifndef PTRAIL_NETERR_H
#define PTRAIL_NETERR_H

#include <stdint.h>

#include "base/buf.h"

/* What a server was expected to speak at host:port. */
struct net_target {
	const char	*proto;		/* "IMAP" or "SMTP" */
	const char	*host;
	uint16_t	 port;
	int		 tls;		/* TLS from the first byte (imaps://) */
	unsigned	 timeout;	/* seconds, for each look */
};

/*
 * Append to why one sentence saying why host:port could not be spoken
 * to: "host not found: ...", "nothing listens on HOST:PORT", "no answer
 * from ...", "HOST:PORT speaks plain IMAP, not TLS: use imap:// or port
 * 993", and the like; the fallback (said when the port looks right)
 * names the failure the caller saw, fallback.
 */
void	net_explain(const struct net_target *t, const char *fallback,
	    struct buf *why);

#endif
