/*
 * httpd_guard.h — a deadline for each request and room for the next
 * client, on top of libmicrohttpd (httpd_guard.c says how and why).
 * Used by httpd.c only; the guard owns nothing of MHD's.
 */
#ifndef PTRAIL_HTTPD_GUARD_H
#define PTRAIL_HTTPD_GUARD_H

#include <microhttpd.h>

#define GUARD_SLOTS	128	/* at least MHD's connection limit */

/* Start the sweeper: requests not answered within deadline_seconds of
 * their start are cut; connection_limit is MHD's. 0, or -1. */
int	guard_start(unsigned connection_limit, unsigned deadline_seconds);
void	guard_stop(void);
/* MHD_OPTION_NOTIFY_CONNECTION and MHD_OPTION_NOTIFY_COMPLETED */
void	guard_on_connection(void *cls, struct MHD_Connection *c, void **ctx,
	    enum MHD_ConnectionNotificationCode what);
void	guard_on_completed(void *cls, struct MHD_Connection *c, void **req_ctx,
	    enum MHD_RequestTerminationCode toe);
/* on_request queues a response: this request has met its deadline */
void	guard_answered(struct MHD_Connection *c);

#endif
