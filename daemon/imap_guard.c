/*
 * imap_guard.c — an EOF guard under libetpan's IMAP stream.
 *
 * An end of stream is an error, on every read path. libetpan reads a
 * literal ("{1000000}" then the bytes) in a loop that only an error ends;
 * its plain-socket driver returns 0 at EOF (its TLS driver returns -1), so
 * a server that hung up inside a letter on a tls = none connection left
 * the reader spinning at full CPU, forever. This driver wraps the
 * connection's own and turns a read of nothing into -1; the rest passes
 * through.
 */
#include <stdlib.h>

#include <libetpan/libetpan.h>

#include "imap_guard.h"
#include "base/log.h"

static ssize_t
guard_read(mailstream_low *s, void *buf, size_t n)
{
	ssize_t r = mailstream_low_read(s->data, buf, n);

	return r == 0 && n > 0 ? -1 : r;
}

static ssize_t
guard_write(mailstream_low *s, const void *buf, size_t n)
{
	return mailstream_low_write(s->data, buf, n);
}

static int
guard_close(mailstream_low *s)
{
	return mailstream_low_close(s->data);
}

static int
guard_get_fd(mailstream_low *s)
{
	return mailstream_low_get_fd(s->data);
}

static void
guard_free(mailstream_low *s)
{
	mailstream_low_free(s->data);
	free(s);
}

static void
guard_cancel(mailstream_low *s)
{
	mailstream_low_cancel(s->data);
}

static struct mailstream_cancel *
guard_get_cancel(mailstream_low *s)
{
	return mailstream_low_get_cancel(s->data);
}

static carray *
guard_get_certificate_chain(mailstream_low *s)
{
	return mailstream_low_get_certificate_chain(s->data);
}

static int
guard_setup_idle(mailstream_low *s)
{
	return mailstream_low_setup_idle(s->data);
}

static int
guard_unsetup_idle(mailstream_low *s)
{
	return mailstream_low_unsetup_idle(s->data);
}

static int
guard_interrupt_idle(mailstream_low *s)
{
	return mailstream_low_interrupt_idle(s->data);
}

static mailstream_low_driver guard_driver = {
	.mailstream_read = guard_read,
	.mailstream_write = guard_write,
	.mailstream_close = guard_close,
	.mailstream_get_fd = guard_get_fd,
	.mailstream_free = guard_free,
	.mailstream_cancel = guard_cancel,
	.mailstream_get_cancel = guard_get_cancel,
	.mailstream_get_certificate_chain = guard_get_certificate_chain,
	.mailstream_setup_idle = guard_setup_idle,
	.mailstream_unsetup_idle = guard_unsetup_idle,
	.mailstream_interrupt_idle = guard_interrupt_idle,
};

void
imap_guard_stream(mailimap *imap)
{
	mailstream *st = imap->imap_stream;
	mailstream_low *in, *g;

	if (st == NULL || (in = mailstream_get_low(st)) == NULL)
		return;
	g = mailstream_low_new(in, &guard_driver);
	if (g == NULL)
		fatalx(71, "out of memory (mailstream_low_new)");
	mailstream_low_set_timeout(g, mailstream_low_get_timeout(in));
	mailstream_set_low(st, g);
}

