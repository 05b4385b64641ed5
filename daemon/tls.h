/*
 * tls.h — check the server's certificate chain ourselves.
 *
 * Debian's libetpan 1.9.4 is built on GnuTLS and verifies nothing: it
 * completes a handshake with any certificate, and its only CA setting is
 * an empty stub. So after every handshake — implicit TLS and STARTTLS
 * alike (a missing check on the STARTTLS path was CVE-2021-26911 in
 * mailcore2) — and before any credential is sent, the chain is verified
 * with GnuTLS against the system trust store or the configured CA file,
 * host name included.
 */
#ifndef PTRAIL_TLS_H
#define PTRAIL_TLS_H

#include <libetpan/libetpan.h>

#include "base/buf.h"

/* 0: the chain is trusted for host. -1: why names the host and reason. */
int	tls_verify_stream(mailstream *s, const char *host, const char *ca_file,
	    struct buf *why);

/* The same check for a DER chain (first = server certificate). */
int	tls_verify_chain(const unsigned char *const *der, const size_t *len,
	    size_t n, const char *host, const char *ca_file, struct buf *why);

#endif
