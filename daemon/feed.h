/*
 * feed.h — the calendar feed: written after every change (feed_stage in
 * daemon.h) and, when [feed] listen is set, served over HTTP with
 * libmicrohttpd at /feed/<token>.ics.
 */
#ifndef PTRAIL_FEED_H
#define PTRAIL_FEED_H

#include "base/buf.h"
#include "base/config.h"

/* Start serving cfg->feed_path; 0, or -1 with the reason in why. The
 * server keeps its own copies of what it needs from cfg. */
int	feed_server_start(const struct config *cfg, struct buf *why);
void	feed_server_stop(void);

#endif
