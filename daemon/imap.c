/*
 * imap.c — the IMAP protocol for ptraild, with libetpan: connect (TLS
 * verified before any credential), authenticate, SELECT, the school
 * search, FETCH of sizes and bodies, APPEND (IDLE is imap_idle.c's). It speaks the protocol
 * and decides nothing: which UIDs to fetch, in which batches, and what
 * the ledger keeps is sync.c's (the contract between the two is imap.h).
 *
 * RFC 3501 (IMAP4rev1), RFC 2177 (IDLE), RFC 2595 (STARTTLS), RFC 4616
 * (SASL PLAIN), RFC 6154 (SPECIAL-USE).
 *
 * Bodies are fetched with BODY.PEEK[] so nothing is marked \Seen. The
 * rest of the mailbox is never downloaded.
 *
 * libetpan traps, all seen here: the timeout must be set before connecting;
 * constructors of search keys take ownership of the strings (hand them
 * copies); IDLE can hang on some servers, so we poll() its descriptor with
 * our own timeout and re-check by UID afterwards rather than trusting the
 * notice alone.
 */
#include <errno.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <sys/socket.h>
#include <unistd.h>

#include <libetpan/libetpan.h>
#include <sasl/sasl.h>

#include "imap.h"
#include "imap_conn.h"
#include "base/log.h"
#include "imap_guard.h"
#include "neterr.h"
#include "tls.h"
#include "base/xmalloc.h"

#define SIZE_CHUNK	1000		/* UIDs per FETCH of sizes and senders */
#define HEAD_MAX	8192		/* bytes kept of a From + Sender block */
#define MAX_UIDS	200000

int
imap_parse_url(const char *url, char **host, uint16_t *port, int *implicit_tls)
{
	const char *p;
	size_t hl;
	long v = 0;

	if (strncasecmp(url, "imaps://", 8) == 0) {
		*implicit_tls = 1;
		p = url + 8;
		*port = 993;
	} else if (strncasecmp(url, "imap://", 7) == 0) {
		*implicit_tls = 0;
		p = url + 7;
		*port = 143;
	} else {
		return -1;
	}
	hl = strcspn(p, ":/");
	if (hl == 0)
		return -1;
	*host = xstrndup(p, hl);
	if (p[hl] == ':') {
		char *end;
		v = strtol(p + hl + 1, &end, 10);
		if (v <= 0 || v > 65535 || (*end && *end != '/')) {
			free(*host);
			return -1;
		}
		*port = (uint16_t)v;
	}
	return 0;
}

/* The server's last response text, for a command that returned r: after
 * a lost stream that text belongs to an earlier command, so it is not
 * given. */
const char *
imap_error(mailimap *imap, int r)
{
	if (r == MAILIMAP_ERROR_STREAM)
		return "connection lost";
	if (imap && imap->imap_response && *imap->imap_response)
		return imap->imap_response;
	return "no answer";
}

/* The server's capabilities, asked for when the greeting did not list
 * them (or STARTTLS made the old list void). */
static void
need_capabilities(struct imap_conn *c)
{
	struct mailimap_capability_data *cap = NULL;

	if (c->imap->imap_connection_info &&
	    c->imap->imap_connection_info->imap_capability)
		return;
	if (mailimap_capability(c->imap, &cap) == MAILIMAP_NO_ERROR)
		mailimap_capability_data_free(cap);
}

/*
 * Cyrus SASL loads every mechanism plugin it finds when first started,
 * and three of them (SCRAM, DIGEST-MD5, NTLM) bring OpenSSL's libcrypto:
 * 1.7 MB of resident pages for a PLAIN that needs none of it. Started
 * here first, with a say over the plugin files, it loads PLAIN alone;
 * libetpan's own sasl_client_init() then only counts one more user.
 */
static int
plain_only(void *ctx, const char *file, sasl_verify_type_t type)
{
	const char *base = strrchr(file, '/');

	(void)ctx;
	if (type != SASL_VRFY_PLUGIN)
		return SASL_OK;
	base = base ? base + 1 : file;
	return strncmp(base, "libplain.", 9) == 0 ? SASL_OK : SASL_CONTINUE;
}

static void
sasl_start(void)
{
	static const sasl_callback_t cb[] = {
		{ SASL_CB_VERIFYFILE,
		    (int (*)(void))(void (*)(void))plain_only, NULL },
		{ SASL_CB_LIST_END, NULL, NULL },
	};
	static int started;

	if (!started && sasl_client_init(cb) == SASL_OK)
		started = 1;
}

/*
 * AUTHENTICATE PLAIN (RFC 4616) where the server offers it, through
 * libetpan's SASL; LOGIN where it does not, or where SASL has no PLAIN
 * mechanism installed (libsasl2-modules), unless the server said
 * LOGINDISABLED. Either way the password only travels inside TLS (or
 * where the config said tls = none in so many words).
 */
static int
authenticate(struct imap_conn *c, const char *user, const char *pw)
{
	int r = MAILIMAP_ERROR_LOGIN;

	need_capabilities(c);
	if (mailimap_has_authentication(c->imap, "PLAIN")) {
		/* libetpan keeps the last response text; when SASL fails on
		 * our side (no PLAIN plugin) the server was never asked and
		 * the text is still the one from before */
		char *before = xstrdup(imap_error(c->imap, MAILIMAP_NO_ERROR));
		sasl_start();
		r = mailimap_authenticate(c->imap, "PLAIN", c->host, NULL, NULL,
		    user, user, pw, NULL);
		int answered = strcmp(before, imap_error(c->imap, MAILIMAP_NO_ERROR)) != 0;
		free(before);
		if (r == MAILIMAP_NO_ERROR || r == MAILIMAP_ERROR_STREAM ||
		    answered)
			return r;	/* in, gone, or the server said no */
		log_info("%s: AUTHENTICATE PLAIN not available here (libetpan "
		    "error %d; is libsasl2-modules installed?): using LOGIN",
		    c->host, r);
	}
	if (mailimap_has_extension(c->imap, "LOGINDISABLED"))
		return r;
	return mailimap_login(c->imap, user, pw);
}

/*
 * The folder the server marks with a SPECIAL-USE attribute (RFC 6154),
 * e.g. "Sent" for \Sent: a new string, or NULL when none is marked.
 * Servers without the extension just list no such attribute.
 */
static char *
find_special_use(struct imap_conn *c, const char *use)
{
	clist *list = NULL;
	char *found = NULL;

	if (mailimap_list(c->imap, "", "*", &list) != MAILIMAP_NO_ERROR)
		return NULL;
	for (clistiter *it = clist_begin(list); it && !found;
	    it = clist_next(it)) {
		struct mailimap_mailbox_list *mb = clist_content(it);
		if (mb->mb_flag == NULL || mb->mb_flag->mbf_oflags == NULL)
			continue;
		for (clistiter *f = clist_begin(mb->mb_flag->mbf_oflags); f;
		    f = clist_next(f)) {
			struct mailimap_mbx_list_oflag *of = clist_content(f);
			const char *ext = of->of_flag_ext;
			if (of->of_type != MAILIMAP_MBX_LIST_OFLAG_FLAG_EXT ||
			    ext == NULL)
				continue;
			if (*ext == '\\')
				ext++;
			if (strcasecmp(ext, use) == 0) {
				found = xstrdup(mb->mb_name);
				break;
			}
		}
	}
	mailimap_list_result_free(list);
	return found;
}

const char *
imap_sent_folder(const struct imap_conn *c, const struct config *cfg)
{
	if (cfg->sent_folder)
		return cfg->sent_folder;
	return c ? c->sent : NULL;
}

/* c's socket, or -1. */
static int
conn_fd(struct imap_conn *c)
{
	mailstream_low *low = NULL;

	if (c && c->imap && c->imap->imap_stream)
		low = mailstream_get_low(c->imap->imap_stream);
	return low ? mailstream_low_get_fd(low) : -1;
}

void
imap_interrupt(struct imap_conn *c)
{
	int fd = conn_fd(c);

	if (fd >= 0)
		shutdown(fd, SHUT_RDWR);
}

/* Set only while the main thread waits in a fetch of its own (imap.h). */
static volatile sig_atomic_t armed_fd = -1;

void
imap_arm_cut(struct imap_conn *c)
{
	armed_fd = c ? conn_fd(c) : -1;
}

void
imap_cut_armed(void)
{
	int fd = armed_fd;
	if (fd >= 0)
		shutdown(fd, SHUT_RDWR);	/* async-signal-safe */
}

/*
 * The TCP connection is ours (net_connect(): a SYN nobody answers ends at
 * the timeout with words, and SIGTERM ends the wait), the stream on it
 * libetpan's. Armed for the signal handler until imap_connect() returns,
 * so SIGTERM during the TLS handshake or the greeting cuts it too.
 */
static enum imap_status
open_stream(struct imap_conn *c, const struct config *cfg, int tls,
    volatile sig_atomic_t *stop, struct buf *why)
{
	struct net_target t = { "IMAP", c->host, c->port, tls,
	    (unsigned)cfg->timeout, stop };
	mailstream *s;
	int fd, r;

	log_debug("IMAP: connecting to %s:%u", c->host, c->port);
	if ((fd = net_connect(&t, why)) == -1)
		return IMAP_UNREACHABLE;
	armed_fd = fd;
	s = tls ? mailstream_ssl_open_timeout(fd, cfg->timeout) :
	    mailstream_socket_open_timeout(fd, cfg->timeout);
	if (s == NULL) {
		armed_fd = -1;
		close(fd);
		r = MAILIMAP_ERROR_SSL;
	} else {
		r = mailimap_connect(c->imap, s);	/* owns s and fd */
	}
	if (r == MAILIMAP_NO_ERROR_AUTHENTICATED ||
	    r == MAILIMAP_NO_ERROR_NON_AUTHENTICATED)
		return IMAP_OK;
	armed_fd = -1;
	if (stop && *stop) {
		buf_printf(why, "%s:%u: stopped while connecting", c->host,
		    c->port);
		return IMAP_UNREACHABLE;
	}
	/* libetpan's code says nothing a parent can act on: look */
	log_debug("%s:%u: libetpan connect error %d", c->host, c->port, r);
	return net_explain(&t, tls ? "the TLS handshake failed" : "the IMAP "
	    "greeting did not come", why) == NET_MISMATCH ? IMAP_CONFIG :
	    IMAP_UNREACHABLE;
}

static enum imap_status
login(struct imap_conn *c, const struct config *cfg, int implicit,
    struct buf *why)
{
	char *pw = NULL;
	int r;

	if (!implicit && cfg->tls != TLS_NONE) {
		if ((r = mailimap_socket_starttls(c->imap)) != MAILIMAP_NO_ERROR) {
			buf_printf(why, "%s: STARTTLS refused or failed: %s",
			    c->host, imap_error(c->imap, r));
			return IMAP_TLS;
		}
	}
	/* After the handshake, on both paths, before any credential. */
	if (cfg->tls == TLS_VERIFY && tls_verify_stream(c->imap->imap_stream,
	    c->host, cfg->ca_file, why) == -1) {
		return IMAP_TLS;
	}
	if (cfg->tls == TLS_NOVERIFY)
		log_warnx("%s: certificate NOT verified (tls = no-verify)",
		    c->host);
	imap_guard_stream(c->imap);
	if (config_password(cfg, "imap", &pw, why) == -1) {
		return IMAP_CONFIG;
	}
	r = authenticate(c, cfg->user, pw);
	explicit_bzero(pw, strlen(pw));
	free(pw);
	if (r != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: login as %s refused: %s", c->host, cfg->user,
		    imap_error(c->imap, r));
		return r == MAILIMAP_ERROR_LOGIN || r == MAILIMAP_ERROR_BAD_STATE ?
		    IMAP_LOGIN : IMAP_UNREACHABLE;
	}
	return IMAP_OK;
}

enum imap_status
imap_connect(const struct config *cfg, volatile sig_atomic_t *stop,
    struct imap_conn **out, struct buf *why)
{
	struct imap_conn *c;
	enum imap_status st;
	int implicit;

	*out = NULL;
	c = xcalloc(1, sizeof(*c));
	if (imap_parse_url(cfg->imap_url, &c->host, &c->port, &implicit) == -1) {
		buf_printf(why, "imap = %s is not an IMAP URL", cfg->imap_url);
		free(c);
		return IMAP_CONFIG;
	}
	c->imap = mailimap_new(0, NULL);
	mailimap_set_timeout(c->imap, cfg->timeout);
	st = open_stream(c, cfg, implicit && cfg->tls != TLS_NONE, stop, why);
	if (st == IMAP_OK)
		st = login(c, cfg, implicit, why);
	armed_fd = -1;
	if (st != IMAP_OK) {
		imap_close(c);
		return st;
	}
	c->has_idle = mailimap_has_idle(c->imap);
	c->sent = find_special_use(c, "Sent");
	*out = c;
	return IMAP_OK;
}

void
imap_close(struct imap_conn *c)
{
	if (c == NULL)
		return;
	if (c->imap) {
		if (c->imap->imap_stream)
			mailimap_logout(c->imap);
		mailimap_free(c->imap);
	}
	free(c->host);
	free(c->selected);
	for (size_t k = 0; k < c->nsearched; k++)
		free(c->searched[k].folder);
	free(c->searched);
	free(c->sent);
	free(c);
}

int
imap_has_idle(const struct imap_conn *c)
{
	return c->has_idle;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* "FROM who" (or TO, for the Sent folder); the string is copied because
 * libetpan's key owns what it is given. */
static struct mailimap_search_key *
who_key(const char *who, int sent)
{
	return sent ? mailimap_search_key_new_to(xstrdup(who)) :
	    mailimap_search_key_new_from(xstrdup(who));
}

/* The domain part of an address ("school.edu.hk" of "senco@school.edu.hk"):
 * a search for it also finds letters whose From has an RFC 2047 display
 * name, which the server may not match against the whole address. */
static const char *
domain_of(const char *addr)
{
	const char *at = strrchr(addr, '@');

	return at && at[1] ? at + 1 : addr;
}

/* OR over keys[lo..hi), as a balanced tree so that a long list of
 * schools does not nest deeper than log2(n). Consumes the keys. */
static struct mailimap_search_key *
or_tree(struct mailimap_search_key **keys, size_t lo, size_t hi)
{
	size_t mid;

	if (hi - lo == 1)
		return keys[lo];
	mid = lo + (hi - lo) / 2;
	return mailimap_search_key_new_or(or_tree(keys, lo, mid),
	    or_tree(keys, mid, hi));
}

/* The set of the n UIDs (sorted), runs of consecutive ones as ranges (a
 * line of 1,000 single UIDs would be long for some servers). NULL when
 * n is 0. */
static struct mailimap_set *
set_of(const uint32_t *uids, size_t n)
{
	struct mailimap_set *set = NULL;

	for (size_t k = 0; k < n; ) {
		size_t e = k;
		while (e + 1 < n && uids[e + 1] == uids[e] + 1)
			e++;
		if (set == NULL)
			set = mailimap_set_new_empty();
		mailimap_set_add_interval(set, uids[k], uids[e]);
		k = e + 1;
	}
	return set;
}

/* What one FETCH response item carries of the attributes ptraild asks
 * for (UID, RFC822.SIZE, BODY[]); absent ones stay 0 / NULL. */
struct att {
	uint32_t	 uid;
	uint32_t	 size;
	const char	*body;	/* inside libetpan's result */
	size_t		 len;
};

static void
read_att(struct mailimap_msg_att *ma, struct att *out)
{
	memset(out, 0, sizeof(*out));
	for (clistiter *a = clist_begin(ma->att_list); a; a = clist_next(a)) {
		struct mailimap_msg_att_item *item = clist_content(a);
		if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
			continue;
		struct mailimap_msg_att_static *st = item->att_data.att_static;
		switch (st->att_type) {
		case MAILIMAP_MSG_ATT_UID:
			out->uid = st->att_data.att_uid;
			break;
		case MAILIMAP_MSG_ATT_RFC822_SIZE:
			out->size = st->att_data.att_rfc822_size;
			break;
		case MAILIMAP_MSG_ATT_BODY_SECTION:
			out->body = st->att_data.att_body_section->sec_body_part;
			out->len = st->att_data.att_body_section->sec_length;
			break;
		default:
			break;
		}
	}
}

/* A failed search or fetch, in words, into why: after a lost stream the
 * last response text is an old one. */
static enum imap_status
failed(struct imap_conn *c, int r, struct buf *why)
{
	buf_printf(why, "%s: %s: search or fetch failed: %s", c->host,
	    c->selected ? c->selected : "(no folder)",
	    imap_error(c->imap, r));
	return IMAP_UNREACHABLE;
}

enum imap_status
imap_select(struct imap_conn *c, const char *folder, uint32_t *uidvalidity,
    uint32_t *uidnext, struct buf *why)
{
	int r = mailimap_select(c->imap, folder);

	if (r != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: cannot select %s: %s", c->host, folder,
		    imap_error(c->imap, r));
		return IMAP_PROTO;
	}
	free(c->selected);
	c->selected = xstrdup(folder);
	*uidvalidity = c->imap->imap_selection_info ?
	    c->imap->imap_selection_info->sel_uidvalidity : 0;
	if (uidnext)
		*uidnext = c->imap->imap_selection_info ?
		    c->imap->imap_selection_info->sel_uidnext : 0;
	return IMAP_OK;
}

/* What a search of the selected folder covered: its message count, for
 * imap_idle_wait() to see whether a letter came in after it. */
static void
note_searched(struct imap_conn *c)
{
	const struct mailimap_selection_info *sel = c->imap->imap_selection_info;
	size_t k;

	if (c->selected == NULL || sel == NULL)
		return;
	for (k = 0; k < c->nsearched; k++)
		if (strcmp(c->searched[k].folder, c->selected) == 0)
			break;
	if (k == c->nsearched) {
		c->searched = xreallocarray(c->searched, k + 1,
		    sizeof(*c->searched));
		c->searched[k].folder = xstrdup(c->selected);
		c->nsearched++;
	}
	c->searched[k].exists = sel->sel_exists;
}

/*
 * The UIDs above last of school mail in the selected folder: one
 *   UID SEARCH UID last+1:* (OR FROM dom1 OR FROM dom2 ...)
 * rather than a search per school: the server reads each message's
 * headers once (on 10,000 messages: 0.03 s against 0.38 s for nineteen
 * searches). In INBOX the parent's own "APPROVE" replies are included.
 */
enum imap_status
imap_search_school(struct imap_conn *c, const struct config *cfg, int sent,
    uint32_t last, uint32_t **uids, size_t *n, struct buf *why)
{
	struct mailimap_search_key **keys, *key;
	clist *list, *result = NULL;
	size_t nk = 0, cap = 0;
	int r;

	*n = 0;
	*uids = NULL;
	keys = xreallocarray(NULL, (size_t)cfg->ndomains + ROLE_MAX + 1,
	    sizeof(*keys));
	for (int k = 0; k < cfg->ndomains; k++)
		keys[nk++] = who_key(cfg->domains[k], sent);
	for (int k = 0; k < ROLE_MAX; k++)
		if (cfg->people[k].addr)
			keys[nk++] = who_key(domain_of(cfg->people[k].addr),
			    sent);
	if (!sent && cfg->parent_addr) {
		list = clist_new();
		clist_append(list, who_key(cfg->parent_addr, 0));
		clist_append(list, mailimap_search_key_new_body(
		    xstrdup("APPROVE")));
		keys[nk++] = mailimap_search_key_new_multiple(list);
	}
	if (nk == 0) {
		free(keys);
		return IMAP_OK;
	}
	list = clist_new();
	clist_append(list, mailimap_search_key_new_uid(
	    mailimap_set_new_interval(last + 1, 0)));
	clist_append(list, or_tree(keys, 0, nk));
	free(keys);
	key = mailimap_search_key_new_multiple(list);
	r = mailimap_uid_search(c->imap, NULL, key, &result);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR)
		return failed(c, r, why);
	note_searched(c);
	for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
		uint32_t uid = *(uint32_t *)clist_content(it);
		/* "last+1:*" also returns the highest UID when it is lower */
		if (uid <= last || *n >= MAX_UIDS)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*uids = xreallocarray(*uids, cap, sizeof(**uids));
		}
		(*uids)[(*n)++] = uid;
	}
	mailimap_search_result_free(result);
	if (*n > 1)
		qsort(*uids, *n, sizeof(**uids), cmp_u32);
	return IMAP_OK;
}

/* FETCH items for imap_fetch_senders(): UID, RFC822.SIZE and
 * BODY.PEEK[HEADER.FIELDS (FROM SENDER)]. */
static struct mailimap_fetch_type *
senders_fetch_type(void)
{
	struct mailimap_fetch_type *ft;
	clist *names = clist_new();

	clist_append(names, xstrdup("From"));
	clist_append(names, xstrdup("Sender"));
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_rfc822_size());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(
	    mailimap_section_new_header_fields(
	    mailimap_header_list_new(names))));
	return ft;
}

enum imap_status
imap_fetch_senders(struct imap_conn *c, const uint32_t *uids, size_t n,
    uint32_t *sizes, char **heads, struct buf *why)
{
	memset(sizes, 0, n * sizeof(*sizes));
	memset(heads, 0, n * sizeof(*heads));
	for (size_t k = 0; k < n; k += SIZE_CHUNK) {
		size_t m = n - k < SIZE_CHUNK ? n - k : SIZE_CHUNK;
		struct mailimap_set *set = set_of(uids + k, m);
		struct mailimap_fetch_type *ft = senders_fetch_type();
		clist *result = NULL;
		int r;

		r = mailimap_uid_fetch(c->imap, set, ft, &result);
		mailimap_fetch_type_free(ft);
		mailimap_set_free(set);
		if (r != MAILIMAP_NO_ERROR) {
			for (size_t j = 0; j < n; j++) {
				free(heads[j]);
				heads[j] = NULL;
			}
			return failed(c, r, why);
		}
		for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
			struct att at;
			const uint32_t *hit;
			read_att(clist_content(it), &at);
			hit = bsearch(&at.uid, uids + k, m, sizeof(*uids), cmp_u32);
			if (hit == NULL)
				continue;
			sizes[hit - uids] = at.size;
			if (at.body && heads[hit - uids] == NULL)
				heads[hit - uids] = xstrndup(at.body,
				    at.len < HEAD_MAX ? at.len : HEAD_MAX);
		}
		mailimap_fetch_list_free(result);
	}
	return IMAP_OK;
}

struct imap_bodies {
	clist		*result;	/* libetpan's; owns the bytes */
};

enum imap_status
imap_fetch_bodies(struct imap_conn *c, const uint32_t *uids, size_t n,
    struct imap_bodies **out, struct buf *why)
{
	struct mailimap_set *set = set_of(uids, n);
	struct mailimap_fetch_type *ft;
	clist *result = NULL;
	int r;

	*out = xcalloc(1, sizeof(**out));
	if (set == NULL)
		return IMAP_OK;
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(mailimap_section_new(NULL)));
	r = mailimap_uid_fetch(c->imap, set, ft, &result);
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR)
		return failed(c, r, why);
	(*out)->result = result;
	return IMAP_OK;
}

const char *
imap_body(const struct imap_bodies *b, uint32_t uid, size_t *len)
{
	struct att at;

	if (b == NULL || b->result == NULL)
		return NULL;
	for (clistiter *it = clist_begin(b->result); it; it = clist_next(it)) {
		read_att(clist_content(it), &at);
		if (at.uid == uid && at.body) {
			*len = at.len;
			return at.body;
		}
	}
	return NULL;
}

void
imap_bodies_free(struct imap_bodies *b)
{
	if (b == NULL)
		return;
	if (b->result)
		mailimap_fetch_list_free(b->result);
	free(b);
}

int
imap_has_message_id(struct imap_conn *c, const char *folder, const char *msgid)
{
	uint32_t validity;
	struct buf why = BUF_INIT;
	struct mailimap_search_key *key;
	clist *result = NULL;
	int found = 0;

	if (c == NULL || imap_select(c, folder, &validity, NULL, &why) != IMAP_OK) {
		buf_free(&why);
		return 0;
	}
	buf_free(&why);
	key = mailimap_search_key_new_header(xstrdup("Message-ID"),
	    xstrdup(msgid));
	if (mailimap_uid_search(c->imap, NULL, key, &result) == MAILIMAP_NO_ERROR) {
		found = clist_count(result) > 0;
		mailimap_search_result_free(result);
	}
	mailimap_search_key_free(key);
	return found;
}

int
imap_append_message(struct imap_conn *c, const char *folder, const char *msg,
    size_t len)
{
	struct mailimap_flag_list *flags = mailimap_flag_list_new_empty();
	int r;

	mailimap_flag_list_add(flags, mailimap_flag_new_seen());
	r = mailimap_append(c->imap, folder, flags, NULL, msg, len);
	mailimap_flag_list_free(flags);
	if (r != MAILIMAP_NO_ERROR) {
		log_warnx("%s: cannot file the sent copy in %s: %s", c->host,
		    folder, imap_error(c->imap, r));
		return -1;
	}
	return 0;
}
