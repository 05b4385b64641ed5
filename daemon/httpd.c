/*
 * httpd.c — the feed over HTTP (RFC 9110) with libmicrohttpd: GET and
 * HEAD of /feed/<token>.ics only, the token compared in constant time,
 * anything else 404.
 *
 * The file is opened once per request and served from that descriptor,
 * streamed, whatever its size: ics_write_feed() replaces it by rename(),
 * so a reader gets the old feed or the new one, whole, never part of one
 * and never one cut short. ETag is the SHA-256 of the whole file (its
 * first 128 bits), computed once per version of the file (same inode,
 * size and mtime) by reading it through; If-None-Match answers 304 for
 * that tag, weak (W/) or strong, alone or in a list, or "*"
 * (RFC 9110 13.1.2: weak comparison).
 *
 * Slow clients: at most 128 connections, at most 8 from one address, each
 * closed after 10 s without a byte either way; a request must be whole
 * within 30 s of its connection's accept ($PTRAIL_FEED_DEADLINE seconds,
 * for tests), and when the server is nearly full the oldest unanswered
 * connection makes room for the newcomer (httpd_guard.c): slow sockets
 * from any number of places cannot lock a calendar out.
 *
 * Bound to 127.0.0.1 unless [feed] listen names another address: a
 * reverse proxy with TLS is what calendars should talk to.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/hash.h"
#include "base/log.h"
#include "base/xmalloc.h"
#include "httpd.h"
#include "httpd_guard.h"

#define CONN_MAX	128	/* at most GUARD_SLOTS */
#define CONN_PER_IP	8
#define IDLE_SECONDS	10
#define DEADLINE_SECONDS 30

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

/* The ETag of the file behind fd: one hash per version of the file. */
static struct {
	dev_t		 dev;
	ino_t		 ino;
	off_t		 size;
	struct timespec	 mtime;
	char		 etag[40];
} tag;

static int
file_etag(int fd, const struct stat *st, char etag[40])
{
	struct sha256_ctx ctx;
	char chunk[65536], sha[65];
	ssize_t n;
	off_t total = 0;

	if (tag.etag[0] && tag.dev == st->st_dev && tag.ino == st->st_ino &&
	    tag.size == st->st_size && tag.mtime.tv_sec == st->st_mtim.tv_sec &&
	    tag.mtime.tv_nsec == st->st_mtim.tv_nsec) {
		memcpy(etag, tag.etag, 40);
		return 0;
	}
	sha256_begin(&ctx);
	while ((n = pread(fd, chunk, sizeof(chunk), total)) > 0) {
		sha256_update(&ctx, chunk, (size_t)n);
		total += n;
	}
	if (n == -1 || total != st->st_size)
		return -1;
	sha256_end(&ctx, sha);
	snprintf(etag, 40, "\"%.32s\"", sha);
	tag.dev = st->st_dev;
	tag.ino = st->st_ino;
	tag.size = st->st_size;
	tag.mtime = st->st_mtim;
	memcpy(tag.etag, etag, 40);
	return 0;
}

/*
 * Does If-None-Match name this entity? Weak comparison (RFC 9110
 * 13.1.2): W/ is ignored, a list matches when any member does, "*"
 * matches any current file.
 */
int
httpd_etag_match(const char *inm, const char *etag)
{
	size_t elen = strlen(etag);
	const char *p = inm;

	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '*')
			return 1;
		if (strncmp(p, "W/", 2) == 0)
			p += 2;
		if (*p != '"')
			break;	/* not an entity-tag: no match */
		const char *end = strchr(p + 1, '"');
		if (end == NULL)
			break;
		if ((size_t)(end + 1 - p) == elen && strncmp(p, etag, elen) == 0)
			return 1;
		p = end + 1;
	}
	return 0;
}

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **state)
{
	const char *prefix = "/feed/", *suffix = ".ics";
	size_t ul = strlen(url), pl = strlen(prefix), sl = strlen(suffix);
	struct MHD_Response *r;
	struct stat st;
	char etag[40];
	const char *inm;
	enum MHD_Result rc;
	int fd;

	(void)cls; (void)version; (void)upload; (void)upload_size; (void)state;
	guard_answered(c);	/* the request is whole: what is left is ours */
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return answer(c, MHD_HTTP_METHOD_NOT_ALLOWED, "", 0, NULL);
	if (ul <= pl + sl || strncmp(url, prefix, pl) != 0 ||
	    strcmp(url + ul - sl, suffix) != 0 ||
	    !token_equal(url + pl, ul - pl - sl))
		return answer(c, MHD_HTTP_NOT_FOUND, "not found\n", 10, NULL);
	if ((fd = open(served_path, O_RDONLY | O_CLOEXEC)) == -1)
		return answer(c, MHD_HTTP_SERVICE_UNAVAILABLE, "no feed yet\n", 12,
		    NULL);
	if (fstat(fd, &st) == -1 || file_etag(fd, &st, etag) == -1) {
		log_warn("feed %s: cannot read it to serve", served_path);
		close(fd);
		return answer(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot read the "
		    "feed\n", 21, NULL);
	}
	inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match");
	if (inm && httpd_etag_match(inm, etag)) {
		close(fd);
		return answer(c, MHD_HTTP_NOT_MODIFIED, "", 0, etag);
	}
	/* streamed from the descriptor; MHD closes it with the response */
	r = MHD_create_response_from_fd64((uint64_t)st.st_size, fd);
	if (r == NULL) {
		close(fd);
		return MHD_NO;
	}
	MHD_add_response_header(r, "Content-Type", "text/calendar; charset=utf-8");
	MHD_add_response_header(r, "Cache-Control", "no-cache");
	MHD_add_response_header(r, "ETag", etag);
	rc = MHD_queue_response(c, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return rc;
}

/* MHD's own messages, at most one a minute: a flood of refused
 * connections must not become a flood of log lines. */
static void
mhd_log(void *cls, const char *fmt, va_list ap)
{
	static time_t last;
	static unsigned hidden;
	time_t now = time(NULL);
	char line[256];
	size_t n;

	(void)cls;
	if (last && now - last < 60) {
		hidden++;
		return;
	}
	vsnprintf(line, sizeof(line), fmt, ap);
	n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == ' '))
		line[--n] = '\0';
	if (hidden)
		log_warnx("feed server: %s (and %u more messages in the last "
		    "%lld s)", line, hidden, (long long)(now - last));
	else
		log_warnx("feed server: %s", line);
	last = now;
	hidden = 0;
}

/* The request deadline: DEADLINE_SECONDS, or $PTRAIL_FEED_DEADLINE for
 * tests that cannot wait that long. */
static unsigned
deadline_seconds(void)
{
	const char *env = getenv("PTRAIL_FEED_DEADLINE");
	char *end;
	long v;

	if (env == NULL || *env == '\0')
		return DEADLINE_SECONDS;
	v = strtol(env, &end, 10);
	if (*end || v < 1 || v > 3600) {
		log_warnx("PTRAIL_FEED_DEADLINE=%s is not 1 to 3600 seconds: "
		    "using %d", env, DEADLINE_SECONDS);
		return DEADLINE_SECONDS;
	}
	return (unsigned)v;
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
	if (guard_start(CONN_MAX, deadline_seconds()) == -1) {
		buf_printf(why, "cannot serve the feed: no thread for its guard");
		return -1;
	}
	httpd = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD |
	    MHD_USE_ERROR_LOG, (uint16_t)port, NULL, NULL, on_request, NULL,
	    MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,	/* first, as MHD asks */
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONN_MAX,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)CONN_PER_IP,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_SECONDS,
	    MHD_OPTION_NOTIFY_CONNECTION, guard_on_connection, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, guard_on_completed, NULL,
	    MHD_OPTION_END);
	if (httpd == NULL) {
		int e = errno;
		guard_stop();
		buf_printf(why, "cannot serve the feed on %s: %s", cfg->feed_listen,
		    strerror(e));
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
	guard_stop();	/* after MHD: its last closes still tell the guard */
	memset(&tag, 0, sizeof(tag));
	free(served_path);
	free(served_token);
	served_path = served_token = NULL;
}
