/*
 * imap.c — follow the parent's mailbox over IMAP with libetpan.
 *
 * RFC 3501 (IMAP4rev1), RFC 2177 (IDLE), RFC 2595 (STARTTLS).
 *
 * Per folder: SELECT, compare UIDVALIDITY with sync_state (a change means
 * the server renumbered: re-scan from UID 1, and ingest's Message-ID +
 * SHA-256 check keeps anything from being stored twice), then
 * UID SEARCH UID last+1:* FROM <each school domain or address> (TO for the
 * Sent folder), and UID FETCH of those only, BODY.PEEK[] so nothing is
 * marked \Seen, in batches. The rest of the mailbox is never downloaded.
 * Each message is stored in its own transaction together with the
 * folder's new last UID, so a kill at any point loses nothing and stores
 * nothing twice.
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
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "imap.h"
#include "ingest.h"
#include "log.h"
#include "tls.h"
#include "xmalloc.h"

#define FETCH_BATCH	50
#define MAX_UIDS	200000

struct imap_conn {
	mailimap	*imap;
	char		*host;
	uint16_t	 port;
	char		*selected;
	int		 has_idle;
};

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

static const char *
imap_error(mailimap *imap)
{
	if (imap && imap->imap_response && *imap->imap_response)
		return imap->imap_response;
	return "no answer";
}

enum imap_status
imap_connect(const struct config *cfg, struct imap_conn **out, struct buf *why)
{
	struct imap_conn *c;
	int implicit, r;
	char *pw = NULL;

	*out = NULL;
	c = xcalloc(1, sizeof(*c));
	if (imap_parse_url(cfg->imap_url, &c->host, &c->port, &implicit) == -1) {
		buf_printf(why, "imap = %s is not an IMAP URL", cfg->imap_url);
		free(c);
		return IMAP_CONFIG;
	}
	c->imap = mailimap_new(0, NULL);
	mailimap_set_timeout(c->imap, cfg->timeout);
	if (implicit && cfg->tls != TLS_NONE)
		r = mailimap_ssl_connect(c->imap, c->host, c->port);
	else
		r = mailimap_socket_connect(c->imap, c->host, c->port);
	if (r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
	    r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
		buf_printf(why, "cannot connect to %s:%u (libetpan error %d)",
		    c->host, c->port, r);
		imap_close(c);
		return IMAP_UNREACHABLE;
	}
	if (!implicit && cfg->tls != TLS_NONE) {
		if (mailimap_socket_starttls(c->imap) != MAILIMAP_NO_ERROR) {
			buf_printf(why, "%s: STARTTLS refused or failed: %s",
			    c->host, imap_error(c->imap));
			imap_close(c);
			return IMAP_TLS;
		}
	}
	/* After the handshake, on both paths, before any credential. */
	if (cfg->tls == TLS_VERIFY && tls_verify_stream(c->imap->imap_stream,
	    c->host, cfg->ca_file, why) == -1) {
		imap_close(c);
		return IMAP_TLS;
	}
	if (cfg->tls == TLS_NOVERIFY)
		log_warnx("%s: certificate NOT verified (tls = no-verify)",
		    c->host);
	if (config_password(cfg, "imap", &pw, why) == -1) {
		imap_close(c);
		return IMAP_CONFIG;
	}
	r = mailimap_login(c->imap, cfg->user, pw);
	explicit_bzero(pw, strlen(pw));
	free(pw);
	if (r != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: login as %s refused: %s", c->host, cfg->user,
		    imap_error(c->imap));
		imap_close(c);
		return r == MAILIMAP_ERROR_LOGIN ? IMAP_LOGIN : IMAP_UNREACHABLE;
	}
	c->has_idle = mailimap_has_idle(c->imap);
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

/* UIDs above last matching one search key (FROM or TO, and BODY when
 * body is not NULL), appended. */
static int
search_one(struct imap_conn *c, const char *who, int sent, const char *body,
    uint32_t last, uint32_t **uids, size_t *n, size_t *cap)
{
	struct mailimap_search_key *key, *k_who, *k_uid;
	clist *list, *result = NULL;
	int r;

	k_who = sent ? mailimap_search_key_new_to(xstrdup(who)) :
	    mailimap_search_key_new_from(xstrdup(who));
	k_uid = mailimap_search_key_new_uid(mailimap_set_new_interval(last + 1, 0));
	list = clist_new();
	clist_append(list, k_uid);
	clist_append(list, k_who);
	if (body)
		clist_append(list, mailimap_search_key_new_body(xstrdup(body)));
	key = mailimap_search_key_new_multiple(list);
	r = mailimap_uid_search(c->imap, NULL, key, &result);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR)
		return -1;
	for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
		uint32_t uid = *(uint32_t *)clist_content(it);
		/* "last+1:*" also returns the highest UID when it is lower */
		if (uid <= last || *n >= MAX_UIDS)
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 64;
			*uids = xreallocarray(*uids, *cap, sizeof(**uids));
		}
		(*uids)[(*n)++] = uid;
	}
	mailimap_search_result_free(result);
	return 0;
}

static int
fetch_batch(struct imap_conn *c, struct daemon *d, const char *folder,
    uint32_t uidvalidity, const uint32_t *uids, size_t n,
    struct sync_stats *stats)
{
	struct mailimap_set *set = mailimap_set_new_empty();
	struct mailimap_fetch_type *ft;
	clist *result = NULL;
	int r;

	for (size_t k = 0; k < n; k++)
		mailimap_set_add_single(set, uids[k]);
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(mailimap_section_new(NULL)));
	r = mailimap_uid_fetch(c->imap, set, ft, &result);
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR)
		return -1;
	for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
		struct mailimap_msg_att *ma = clist_content(it);
		uint32_t uid = 0;
		const char *body = NULL;
		size_t blen = 0;

		for (clistiter *a = clist_begin(ma->att_list); a; a = clist_next(a)) {
			struct mailimap_msg_att_item *item = clist_content(a);
			if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
				continue;
			struct mailimap_msg_att_static *st = item->att_data.att_static;
			if (st->att_type == MAILIMAP_MSG_ATT_UID)
				uid = st->att_data.att_uid;
			else if (st->att_type == MAILIMAP_MSG_ATT_BODY_SECTION) {
				body = st->att_data.att_body_section->sec_body_part;
				blen = st->att_data.att_body_section->sec_length;
			}
		}
		if (uid == 0 || body == NULL)
			continue;
		struct ingest_result res;
		struct buf err = BUF_INIT;
		if (ingest_message(d->ledger, d->cfg, folder, uidvalidity, uid,
		    body, blen, d->now, &res, &err) == -1) {
			log_warnx("%s UID %u: %s", folder, uid, buf_str(&err));
			stats->failed++;
		} else {
			stats->fetched++;
			if (res.was_new) {
				stats->stored++;
				if (res.is_school)
					d->new_letters++;
				d->changed = 1;
			}
		}
		buf_free(&err);
		if (d->stop && *d->stop)
			break;	/* SIGTERM: the message in hand is stored */
	}
	mailimap_fetch_list_free(result);
	/* A batch of letters is large and short-lived: give the memory back
	 * rather than let the heap keep the high-water mark of every batch. */
	malloc_trim(0);
	return 0;
}

static int
select_folder(struct imap_conn *c, const char *folder, uint32_t *uidvalidity,
    struct buf *why)
{
	if (mailimap_select(c->imap, folder) != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: cannot select %s: %s", c->host, folder,
		    imap_error(c->imap));
		return -1;
	}
	free(c->selected);
	c->selected = xstrdup(folder);
	*uidvalidity = c->imap->imap_selection_info ?
	    c->imap->imap_selection_info->sel_uidvalidity : 0;
	return 0;
}

enum imap_status
imap_sync_folder(struct imap_conn *c, struct daemon *d, const char *folder,
    int sent, struct sync_stats *stats, struct buf *why)
{
	uint32_t validity, known_validity = 0, last = 0;
	uint32_t *uids = NULL;
	size_t n = 0, cap = 0;

	memset(stats, 0, sizeof(*stats));
	if (select_folder(c, folder, &validity, why) == -1)
		return IMAP_PROTO;
	if (sync_state_get(d->ledger, folder, &known_validity, &last) == 0 &&
	    known_validity != validity) {
		log_notice("%s: UIDVALIDITY changed (%u -> %u): scanning it again",
		    folder, known_validity, validity);
		last = 0;
	}
	for (int k = 0; k < d->cfg->ndomains; k++)
		if (search_one(c, d->cfg->domains[k], sent, NULL, last, &uids,
		    &n, &cap) == -1)
			goto proto;
	for (int k = 0; k < ROLE_MAX; k++)
		if (d->cfg->people[k].addr && search_one(c, d->cfg->people[k].addr,
		    sent, NULL, last, &uids, &n, &cap) == -1)
			goto proto;
	/* the parent's own replies that approve a draft by mail */
	if (!sent && d->cfg->parent_addr && search_one(c, d->cfg->parent_addr, 0,
	    "APPROVE", last, &uids, &n, &cap) == -1)
		goto proto;
	if (n > 1)
		qsort(uids, n, sizeof(*uids), cmp_u32);
	size_t w = 0;
	for (size_t k = 0; k < n; k++)
		if (w == 0 || uids[w - 1] != uids[k])
			uids[w++] = uids[k];
	n = w;
	stats->found = (unsigned)n;
	for (size_t k = 0; k < n; k += FETCH_BATCH) {
		size_t m = n - k < FETCH_BATCH ? n - k : FETCH_BATCH;
		if (fetch_batch(c, d, folder, validity, uids + k, m, stats) == -1)
			goto proto;
		if (d->stop && *d->stop)
			break;
	}
	if (n == 0 || !(d->stop && *d->stop))
		sync_state_set(d->ledger, folder, validity, last, d->now, NULL, 0);
	free(uids);
	return IMAP_OK;
proto:
	buf_printf(why, "%s: %s: search or fetch failed: %s", c->host, folder,
	    imap_error(c->imap));
	free(uids);
	return IMAP_UNREACHABLE;
}

enum imap_status
imap_idle_wait(struct imap_conn *c, const char *folder, int seconds,
    volatile sig_atomic_t *stop, struct buf *why)
{
	uint32_t validity;
	struct pollfd pfd;
	int r;

	if (c->selected == NULL || strcmp(c->selected, folder) != 0)
		if (select_folder(c, folder, &validity, why) == -1)
			return IMAP_PROTO;
	if (mailimap_idle(c->imap) != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: IDLE refused: %s", c->host, imap_error(c->imap));
		return IMAP_UNREACHABLE;
	}
	pfd.fd = mailimap_idle_get_fd(c->imap);
	pfd.events = POLLIN;
	for (int waited = 0; waited < seconds && !(stop && *stop); waited++) {
		r = poll(&pfd, 1, 1000);
		if (r > 0 || (r < 0 && errno != EINTR))
			break;
	}
	if (mailimap_idle_done(c->imap) != MAILIMAP_NO_ERROR) {
		buf_printf(why, "%s: connection lost while idle", c->host);
		return IMAP_UNREACHABLE;
	}
	return IMAP_OK;
}

int
imap_has_message_id(struct imap_conn *c, const char *folder, const char *msgid)
{
	uint32_t validity;
	struct buf why = BUF_INIT;
	struct mailimap_search_key *key;
	clist *result = NULL;
	int found = 0;

	if (c == NULL || select_folder(c, folder, &validity, &why) == -1) {
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
		    folder, imap_error(c->imap));
		return -1;
	}
	return 0;
}
