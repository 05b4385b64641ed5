/*
 * watch.h — ptraild hears the CLI: a change another process commits to
 * the ledger (ptrail approve, withdraw, done, ...) wakes the daemon's wait
 * within a moment, with no signal and no socket.
 *
 * inotify on the ledger's WAL file (every commit write()s its pages
 * there; it lasts as long as any connection is open, the daemon's own
 * included; the directory when there is no WAL yet) and the daemon's
 * self-pipe are put in one epoll set; every wait of the daemon polls that
 * one descriptor. Readers write nothing to the WAL and wake nothing. The
 * daemon's own commits make inotify events too: the caller drains them
 * before it waits and asks PRAGMA data_version (ledger_data_version()),
 * which moves only for other connections' commits, whether anything
 * changed that it has not seen.
 *
 * Under the hardened unit this needs inotify_* and epoll_* (both in
 * @system-service) and read access to the StateDirectory, which is the
 * daemon's own.
 *
 * Ownership: the watch is the process's (static); watch_close() frees it.
 */
#ifndef PTRAIL_WATCH_H
#define PTRAIL_WATCH_H

#include "base/buf.h"

/*
 * Watch the directory of ledger_path, and wake_fd beside it. 0: *wait_fd
 * is the descriptor to poll for both; -1: why says why, and *wait_fd is
 * wake_fd alone (the daemon then hears the CLI at its next round only).
 */
int	watch_open(const char *ledger_path, int wake_fd, int *wait_fd,
	    struct buf *why);
/* Read and drop the inotify events that have arrived. */
void	watch_drain(void);
void	watch_close(void);

#endif
