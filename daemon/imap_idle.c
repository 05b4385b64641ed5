/*
 * imap_idle.c — waiting in IMAP IDLE (RFC 2177) for the server's news, a
 * change to the ledger or a signal, whichever comes first. The server's
 * keepalives are read and waited past: dovecot sends "* OK Still here"
 * every two minutes, and a round for each would be a round for nothing.
 *
 * libetpan's mailimap_idle() sends IDLE and reads the continuation;
 * mailimap_idle_done() sends DONE and reads to the tagged reply. Between
 * the two we poll() the socket ourselves, with our own timeout (IDLE can
 * hang on some servers), and read only whole untagged lines.
 */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "imap.h"
#include "imap_conn.h"
#include "base/log.h"

/*
 * What the server said during IDLE, one line of it: 1 for news (a new
 * message, an expunge, a flag, BYE: the round must look), 0 for a
 * keepalive ("* OK Still here", which dovecot sends every two minutes
 * and which is no news), -1 when the connection is gone. What the line
 * announced is asked again by the round; mailimap_idle_done() parses
 * whatever follows it.
 */
static int
idle_news(struct imap_conn *c)
{
	MMAPString *line = mmap_string_new("");
	int news = -1;

	if (line == NULL)
		return -1;
	if (mailstream_read_line_remove_eol(c->imap->imap_stream, line) != NULL)
		news = strncasecmp(line->str, "* OK", 4) != 0;
	mmap_string_free(line);
	return news;
}

static long
ms_until(const struct timespec *end)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (end->tv_sec - now.tv_sec) * 1000 +
	    (end->tv_nsec - now.tv_nsec) / 1000000;
}

/*
 * Waits in IDLE until the server has news, wake_fd is readable (the
 * ledger changed, a signal came through the self-pipe) or the renewal
 * time is up; keepalives are read and waited past. Each end is said at
 * debug level, so that a round nobody asked for can be traced.
 */
static enum imap_status
idle_poll(struct imap_conn *c, int seconds, int wake_fd, struct buf *why)
{
	struct pollfd pfd[2];
	struct timespec end;
	long left;

	clock_gettime(CLOCK_MONOTONIC, &end);
	end.tv_sec += seconds;
	pfd[0].fd = mailimap_idle_get_fd(c->imap);
	pfd[0].events = POLLIN;
	pfd[1].fd = wake_fd;
	pfd[1].events = POLLIN;
	while ((left = ms_until(&end)) > 0) {
		/* a line libetpan has already read in is not on the socket */
		if (c->imap->imap_stream->read_buffer_len == 0) {
			pfd[0].revents = pfd[1].revents = 0;
			if (poll(pfd, wake_fd >= 0 ? 2 : 1, (int)left) == -1) {
				if (errno == EINTR)
					return IMAP_OK;	/* the signal's own news */
				buf_printf(why, "%s: poll: %s", c->host,
				    strerror(errno));
				return IMAP_UNREACHABLE;
			}
			if (pfd[1].revents) {
				log_debug("woken during IDLE: the ledger changed "
				    "or a signal came");
				return IMAP_OK;
			}
			if (pfd[0].revents == 0)
				break;
		}
		switch (idle_news(c)) {
		case 1:
			log_debug("%s: news from the server during IDLE", c->host);
			return IMAP_OK;
		case -1:
			buf_printf(why, "%s: connection lost while idle", c->host);
			return IMAP_UNREACHABLE;
		}
	}
	return IMAP_OK;
}

/*
 * Whether the folder's message count moved since the round searched it:
 * a letter that arrived after the search was announced to this session
 * already (an EXISTS with a later command's reply, or in the SELECT that
 * comes back to the folder after the Sent folder's sync), and IDLE will
 * not announce it again. Waiting would leave it until the next poll.
 */
static int
changed_since_search(const struct imap_conn *c, const char *folder)
{
	const struct mailimap_selection_info *sel = c->imap->imap_selection_info;

	for (size_t k = 0; sel != NULL && k < c->nsearched; k++)
		if (strcmp(c->searched[k].folder, folder) == 0)
			return sel->sel_exists != c->searched[k].exists;
	return 0;
}

enum imap_status
imap_idle_wait(struct imap_conn *c, const char *folder, int seconds,
    int wake_fd, struct buf *why)
{
	uint32_t validity;
	int r;

	if (c->selected == NULL || strcmp(c->selected, folder) != 0)
		if (imap_select(c, folder, &validity, NULL, why) != IMAP_OK)
			return IMAP_PROTO;
	if (changed_since_search(c, folder)) {
		log_debug("%s: %s changed after the round's search: no wait",
		    c->host, folder);
		return IMAP_OK;
	}
	if ((r = mailimap_idle(c->imap)) != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: IDLE refused: %s", c->host,
		    imap_error(c->imap, r));
		return IMAP_UNREACHABLE;
	}
	if (idle_poll(c, seconds, wake_fd, why) != IMAP_OK)
		return IMAP_UNREACHABLE;
	if (mailimap_idle_done(c->imap) != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: connection lost while idle", c->host);
		return IMAP_UNREACHABLE;
	}
	return IMAP_OK;
}

