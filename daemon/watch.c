/*
 * watch.c — wake the daemon when the ledger's directory changes; see
 * watch.h. Linux inotify(7) and epoll(7); the events' contents do not
 * matter (the daemon asks the ledger what changed), only that they came.
 */
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "base/log.h"
#include "watch.h"
#include "base/xmalloc.h"

static int ino_fd = -1;
static int ep_fd = -1;

static int
add(int fd)
{
	struct epoll_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN;
	ev.data.fd = fd;
	return epoll_ctl(ep_fd, EPOLL_CTL_ADD, fd, &ev);
}

int
watch_open(const char *ledger_path, int wake_fd, int *wait_fd,
    struct buf *why)
{
	char *copy = xstrdup(ledger_path);
	char *wal = xasprintf("%s-wal", ledger_path);
	const char *dir = dirname(copy);

	*wait_fd = wake_fd;
	watch_close();
	if ((ino_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) == -1) {
		buf_printf(why, "inotify: %s", strerror(errno));
		goto fail;
	}
	/* The WAL takes every commit's pages, by write(): IN_MODIFY. It
	 * stays while any connection is open, the daemon's own included,
	 * so its inode is watched. Readers (ptrail list, sqlite3) open it
	 * read-write but write nothing: they do not wake the daemon, as a
	 * watch on IN_CLOSE_WRITE or on the -shm file would. */
	if (inotify_add_watch(ino_fd, wal, IN_MODIFY) == -1) {
		if (errno != ENOENT || inotify_add_watch(ino_fd, dir, IN_MODIFY |
		    IN_CREATE | IN_MOVED_TO) == -1) {
			buf_printf(why, "cannot watch %s: %s", wal, strerror(errno));
			goto fail;
		}
	}
	if ((ep_fd = epoll_create1(EPOLL_CLOEXEC)) == -1 || add(wake_fd) == -1 ||
	    add(ino_fd) == -1) {
		buf_printf(why, "epoll: %s", strerror(errno));
		goto fail;
	}
	*wait_fd = ep_fd;
	free(copy);
	free(wal);
	return 0;
fail:
	watch_close();
	free(copy);
	free(wal);
	return -1;
}

void
watch_drain(void)
{
	char b[4096] __attribute__((aligned(__alignof__(struct inotify_event))));

	if (ino_fd == -1)
		return;
	while (read(ino_fd, b, sizeof(b)) > 0)
		;
}

void
watch_close(void)
{
	if (ep_fd != -1)
		close(ep_fd);
	if (ino_fd != -1)
		close(ino_fd);
	ep_fd = ino_fd = -1;
}
