/*
 * neterr.c — why a connection failed, in words; see neterr.h.
 *
 * One look, in order: does the name resolve (getaddrinfo), does anything
 * listen (a non-blocking connect bounded by the timeout), and what does
 * the port speak: an IMAP or SMTP server greets in plain text at once
 * (RFC 3501 7.1, RFC 5321 4.2), a TLS server waits for the client's hello
 * (RFC 8446 4.1.2) and, given one, completes a handshake. No certificate
 * is checked and nothing is sent after the handshake: this only names
 * the protocol, the real connection verifies.
 */
#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gnutls/gnutls.h>

#include "neterr.h"

#define GREETING_MS	2000	/* a server greets at once, or not at all */
#define SLICE_MS	250	/* how soon a wait sees SIGTERM (t->stop) */

static int
stopped(const struct net_target *t)
{
	return t->stop && *t->stop;
}

/* Wait for fd to be ready for ev: 1 ready, 0 timed out or stopped (the
 * wait is cut in slices, so a signal that came just before a poll still
 * ends it soon), -1 error. */
static int
wait_fd(const struct net_target *t, int fd, short ev, int ms)
{
	struct pollfd p = { fd, ev, 0 };

	for (; ms > 0 && !stopped(t); ms -= SLICE_MS) {
		int r = poll(&p, 1, ms < SLICE_MS ? ms : SLICE_MS);
		if (r == -1 && errno == EINTR)
			continue;
		if (r != 0)
			return r;
	}
	return 0;
}

/* A connected socket (non-blocking, as libetpan's own) to one of ai's
 * addresses, or -1 with errno set: ETIMEDOUT when none answered within
 * t->timeout seconds, EINTR when t's stop flag ended the wait. */
static int
tcp_connect(const struct net_target *t, const struct addrinfo *ai)
{
	int fd = -1, err = ECONNREFUSED;

	for (; ai && !stopped(t); ai = ai->ai_next) {
		socklen_t len = sizeof(err);
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC |
		    SOCK_NONBLOCK, ai->ai_protocol);
		if (fd == -1) {
			err = errno;
			continue;
		}
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
			return fd;
		if (errno != EINPROGRESS)
			err = errno;
		else if (wait_fd(t, fd, POLLOUT, (int)t->timeout * 1000) <= 0)
			err = stopped(t) ? EINTR : ETIMEDOUT;
		else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 &&
		    err == 0)
			return fd;
		close(fd);
		fd = -1;
	}
	errno = stopped(t) ? EINTR : err;
	return -1;
}

/* The first bytes the server sends by itself: >0 read, 0 none in time,
 * -1 it closed or failed. */
static ssize_t
greeting(const struct net_target *t, int fd, char *b, size_t n)
{
	if (wait_fd(t, fd, POLLIN, GREETING_MS) <= 0)
		return 0;
	ssize_t r = read(fd, b, n);
	return r > 0 ? r : -1;
}

/* Whether the port completes a TLS handshake (certificate unchecked),
 * within t->timeout; on the non-blocking socket, so that t's stop flag
 * ends it as it ends the other waits. */
static int
handshakes(const struct net_target *t, int fd)
{
	gnutls_session_t s;
	gnutls_certificate_credentials_t cred;
	int r, ms = (int)t->timeout * 1000;

	if (gnutls_certificate_allocate_credentials(&cred) < 0)
		return 0;
	if (gnutls_init(&s, GNUTLS_CLIENT | GNUTLS_NONBLOCK) < 0) {
		gnutls_certificate_free_credentials(cred);
		return 0;
	}
	gnutls_set_default_priority(s);
	gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
	gnutls_transport_set_int(s, fd);
	for (;;) {
		r = gnutls_handshake(s);
		if (r == 0 || gnutls_error_is_fatal(r) || ms <= 0)
			break;
		/* one slice: the deadline counts slices, not the wall */
		if (wait_fd(t, fd, gnutls_record_get_direction(s) ? POLLOUT :
		    POLLIN, SLICE_MS) == 0)
			ms -= SLICE_MS;
		if (stopped(t))
			break;
	}
	gnutls_deinit(s);
	gnutls_certificate_free_credentials(cred);
	return r == 0;
}

/* What the port speaks, against what t expected of it: NET_MISMATCH when
 * it is the other kind (plain for TLS, TLS for plain). */
static enum net_fault
what_it_speaks(const struct net_target *t, int fd, const char *fallback,
    struct buf *why)
{
	int imap = strcmp(t->proto, "IMAP") == 0;
	char b[64];
	ssize_t n = greeting(t, fd, b, sizeof(b));
	int tls_record = n > 0 && (b[0] == 0x15 || b[0] == 0x16);

	if (stopped(t)) {
		buf_printf(why, "%s:%u: stopped while looking", t->host, t->port);
		return NET_DOWN;
	}
	if (t->tls && n > 0 && !tls_record) {
		buf_printf(why, "%s:%u speaks plain %s, not TLS: use %s "
		    "(STARTTLS) or port %s", t->host, t->port, t->proto,
		    imap ? "imap://" : "smtp://", imap ? "993" : "465");
		return NET_MISMATCH;
	}
	if (!t->tls && (tls_record || (n == 0 && handshakes(t, fd)))) {
		buf_printf(why, "%s:%u speaks TLS, not plain %s: use %s or "
		    "port %s", t->host, t->port, t->proto, imap ? "imaps://" :
		    "smtps://", imap ? "143" : "587");
		return NET_MISMATCH;
	}
	if (!t->tls && n == 0)
		buf_printf(why, "%s:%u sends no %s greeting (is it the %s port?)",
		    t->host, t->port, t->proto, t->proto);
	else
		buf_printf(why, "%s:%u: %s", t->host, t->port, fallback);
	return NET_DOWN;
}

int
net_connect(const struct net_target *t, struct buf *why)
{
	struct addrinfo hints, *ai = NULL;
	char port[8];
	int r, fd;

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	snprintf(port, sizeof(port), "%u", t->port);
	if ((r = getaddrinfo(t->host, port, &hints, &ai)) != 0) {
		buf_printf(why, "host not found: %s does not resolve (%s)",
		    t->host, r == EAI_SYSTEM ? strerror(errno) :
		    gai_strerror(r));
		return -1;
	}
	fd = tcp_connect(t, ai);
	freeaddrinfo(ai);
	if (fd != -1)
		return fd;
	if (errno == ECONNREFUSED)
		buf_printf(why, "nothing listens on %s:%u (connection refused)",
		    t->host, t->port);
	else if (errno == ETIMEDOUT)
		buf_printf(why, "no answer from %s:%u within %u s (the host is "
		    "down, or a firewall drops the connection)", t->host,
		    t->port, t->timeout);
	else if (errno == EINTR)
		buf_printf(why, "%s:%u: stopped while connecting", t->host,
		    t->port);
	else
		buf_printf(why, "%s:%u cannot be reached: %s", t->host, t->port,
		    strerror(errno));
	return -1;
}

enum net_fault
net_explain(const struct net_target *t, const char *fallback, struct buf *why)
{
	enum net_fault f;
	int fd = net_connect(t, why);

	if (fd == -1)
		return NET_DOWN;
	f = what_it_speaks(t, fd, fallback, why);
	close(fd);
	return f;
}
