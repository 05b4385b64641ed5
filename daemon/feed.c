/*
 * feed.c — the daemon's feed stage: after a round that changed the
 * ledger, write calendar.ics again, atomically (lib/act/ics.c).
 */
#include <string.h>

#include "daemon.h"
#include "act/ics.h"
#include "base/log.h"

enum pt_result
feed_stage(struct daemon *d)
{
	struct buf err = BUF_INIT;
	enum pt_result rc = PT_OK;

	if (ics_write_feed(d->ledger, d->cfg, d->now, d->cfg->feed_path,
	    &err) == -1) {
		log_warnx("feed %s not written: %s", d->cfg->feed_path,
		    buf_str(&err));
		rc = PT_TEMP;
	}
	buf_free(&err);
	return rc;
}

/*
 * The HTTP side (RFC 9110): GET and HEAD of /feed/<token>.ics only, the
 * token compared in constant time, anything else 404. The file is read
 * whole for each request; since ics_write_feed() replaces it by rename(),
 * a reader gets the old feed or the new one, never part of one. ETag is
 * the SHA-256 of the bytes served; If-None-Match with it answers 304.
 * Bound to 127.0.0.1 unless [feed] listen names another address: a
 * reverse proxy with TLS is what calendars should talk to.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>

#include "feed.h"
#include "base/hash.h"
#include "base/xmalloc.h"

#define FEED_MAX (16u * 1024 * 1024)

static struct MHD_Daemon *httpd;
static char *served_path;
static char *served_token;

static int
token_equal(const char *given, size_t glen)
{
	size_t tlen = strlen(served_token);
	unsigned char diff = (unsigned char)(glen != tlen);
	for (size_t i = 0; i < tlen; i++)
		diff |= (unsigned char)(served_token[i] ^ (i < glen ? given[i] : 0));
	return diff == 0;
}

static enum MHD_Result
answer(struct MHD_Connection *c, unsigned code, const char *body,
    size_t len, const char *etag)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(len,
	    (void *)(uintptr_t)body, MHD_RESPMEM_MUST_COPY);
	enum MHD_Result rc;
	if (r == NULL)
		return MHD_NO;
	if (code == MHD_HTTP_OK || code == MHD_HTTP_NOT_MODIFIED) {
		MHD_add_response_header(r, "Content-Type", "text/calendar; charset=utf-8");
		MHD_add_response_header(r, "Cache-Control", "no-cache");
		if (etag)
			MHD_add_response_header(r, "ETag", etag);
	} else {
		MHD_add_response_header(r, "Content-Type", "text/plain; charset=utf-8");
	}
	rc = MHD_queue_response(c, code, r);
	MHD_destroy_response(r);
	return rc;
}

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **state)
{
	const char *prefix = "/feed/", *suffix = ".ics";
	size_t ul = strlen(url), pl = strlen(prefix), sl = strlen(suffix);
	struct buf body;
	char chunk[65536], sha[65], etag[70];
	size_t n;
	FILE *f;

	(void)cls; (void)version; (void)upload; (void)upload_size; (void)state;
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return answer(c, MHD_HTTP_METHOD_NOT_ALLOWED, "", 0, NULL);
	if (ul <= pl + sl || strncmp(url, prefix, pl) != 0 ||
	    strcmp(url + ul - sl, suffix) != 0 ||
	    !token_equal(url + pl, ul - pl - sl))
		return answer(c, MHD_HTTP_NOT_FOUND, "not found\n", 10, NULL);
	if ((f = fopen(served_path, "rb")) == NULL)
		return answer(c, MHD_HTTP_SERVICE_UNAVAILABLE, "no feed yet\n", 12,
		    NULL);
	buf_init(&body, FEED_MAX);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&body, chunk, n);
	fclose(f);
	sha256_hex(buf_str(&body), body.len, sha);
	snprintf(etag, sizeof(etag), "\"%.32s\"", sha);
	const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    "If-None-Match");
	enum MHD_Result rc;
	if (inm && strcmp(inm, etag) == 0)
		rc = answer(c, MHD_HTTP_NOT_MODIFIED, "", 0, etag);
	else
		rc = answer(c, MHD_HTTP_OK, buf_str(&body), body.len, etag);
	buf_free(&body);
	return rc;
}

int
feed_server_start(const struct config *cfg, struct buf *why)
{
	struct sockaddr_in sa;
	char host[64] = "127.0.0.1";
	long port;
	const char *colon;
	char *end;

	if (cfg->feed_listen == NULL)
		return 0;
	if (cfg->feed_token == NULL || strlen(cfg->feed_token) < 16) {
		buf_printf(why, "[feed] listen needs a token of at least 16 "
		    "characters (e.g. from: openssl rand -hex 16)");
		return -1;
	}
	colon = strrchr(cfg->feed_listen, ':');
	if (colon) {
		snprintf(host, sizeof(host), "%.*s", (int)(colon - cfg->feed_listen),
		    cfg->feed_listen);
		port = strtol(colon + 1, &end, 10);
	} else {
		port = strtol(cfg->feed_listen, &end, 10);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	if (*end || port <= 0 || port > 65535 ||
	    inet_pton(AF_INET, host, &sa.sin_addr) != 1) {
		buf_printf(why, "[feed] listen = %s is not ADDRESS:PORT",
		    cfg->feed_listen);
		return -1;
	}
	sa.sin_port = htons((uint16_t)port);
	free(served_path);
	free(served_token);
	served_path = xstrdup(cfg->feed_path);
	served_token = xstrdup(cfg->feed_token);
	httpd = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD |
	    MHD_USE_ERROR_LOG, (uint16_t)port, NULL, NULL, on_request, NULL,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
	if (httpd == NULL) {
		buf_printf(why, "cannot serve the feed on %s: %s", cfg->feed_listen,
		    strerror(errno));
		return -1;
	}
	log_info("serving the feed at http://%s/feed/<token>.ics", cfg->feed_listen);
	return 0;
}

void
feed_server_stop(void)
{
	if (httpd)
		MHD_stop_daemon(httpd);
	httpd = NULL;
	free(served_path);
	free(served_token);
	served_path = served_token = NULL;
}
