/*
 * httpd.h — the calendar feed served over HTTP with libmicrohttpd at
 * /feed/<token>.ics, when [feed] listen is set. (The file is written by
 * the round's feed_stage(), daemon.h.)
 */
#ifndef PTRAIL_HTTPD_H
#define PTRAIL_HTTPD_H

#include "base/buf.h"
#include "base/config.h"

/* Start serving cfg->feed_path; 0, or -1 with the reason in why. The
 * server keeps its own copies of what it needs from cfg. */
int	feed_server_start(const struct config *cfg, struct buf *why);
void	feed_server_stop(void);
/* Does an If-None-Match value name etag (weak comparison, lists, "*")? */
int	httpd_etag_match(const char *inm, const char *etag);

#endif
