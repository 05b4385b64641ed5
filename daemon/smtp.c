/*
 * smtp.c — send the outbox with libcurl; see smtp.h.
 *
 * RFC 5321 (SMTP), RFC 3207 (STARTTLS: CURLUSESSL_ALL, so a server that
 * does not offer it is refused rather than spoken to in the clear),
 * RFC 4954 (AUTH). The certificate is verified by libcurl (GnuTLS) against
 * the system store or ca_file, host name included, unless tls = no-verify.
 * 4xx answers and network errors are retried with backoff; a 5xx answer
 * marks the row failed with the server's words.
 */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "act/compose.h"
#include "act/schedule.h"
#include "base/log.h"
#include "smtp.h"
#include "base/xmalloc.h"

#define TEST_CRASH_ENV "PTRAIL_TEST_CRASH_AFTER_SMTP"

struct payload {
	const char	*data;
	size_t		 len, off;
};

static size_t
read_payload(char *ptr, size_t size, size_t nmemb, void *userp)
{
	struct payload *p = userp;
	size_t room = size * nmemb, left = p->len - p->off;
	size_t n = left < room ? left : room;
	memcpy(ptr, p->data + p->off, n);
	p->off += n;
	return n;
}

static void
add_rcpts(struct curl_slist **l, const char *list)
{
	char *copy, *p, *tok;
	if (list == NULL)
		return;
	copy = p = xstrdup(list);
	while ((tok = strsep(&p, ",")) != NULL) {
		while (*tok == ' ')
			tok++;
		size_t n = strlen(tok);
		while (n && tok[n - 1] == ' ')
			tok[--n] = '\0';
		if (*tok) {
			char *a = xasprintf("<%s>", tok);
			*l = curl_slist_append(*l, a);
			free(a);
		}
	}
	free(copy);
}

/* 0 sent; 1 temporary (retry); 2 permanent (5xx). */
static int
smtp_send(const struct config *cfg, const struct outbox_row *r,
    const struct buf *msg, struct buf *why)
{
	CURL *curl = curl_easy_init();
	struct curl_slist *rcpt = NULL;
	struct payload p = { msg->s, msg->len, 0 };
	char errbuf[CURL_ERROR_SIZE] = "";
	char *pw = NULL, *from;
	long code = 0;
	CURLcode res;
	int rc;

	if (curl == NULL) {
		buf_printf(why, "libcurl could not start");
		return 1;
	}
	if (config_password(cfg, "smtp", &pw, why) == -1) {
		curl_easy_cleanup(curl);
		return 2;
	}
	from = xasprintf("<%s>", cfg->parent_addr);
	add_rcpts(&rcpt, r->to_addrs);
	add_rcpts(&rcpt, r->cc_addrs);
	if (strcmp(r->kind, "notice") != 0)	/* a notice is To the parent */
		add_rcpts(&rcpt, cfg->parent_addr);	/* the witness: a Bcc */
	curl_easy_setopt(curl, CURLOPT_URL, cfg->smtp_url);
	curl_easy_setopt(curl, CURLOPT_USE_SSL, cfg->tls == TLS_NONE ?
	    (long)CURLUSESSL_NONE : (long)CURLUSESSL_ALL);
	if (cfg->ca_file)
		curl_easy_setopt(curl, CURLOPT_CAINFO, cfg->ca_file);
	if (cfg->tls == TLS_NOVERIFY) {
		curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
		curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
	}
	curl_easy_setopt(curl, CURLOPT_USERNAME, cfg->smtp_user);
	curl_easy_setopt(curl, CURLOPT_PASSWORD, pw);
	curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_payload);
	curl_easy_setopt(curl, CURLOPT_READDATA, &p);
	curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, (long)cfg->timeout);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	res = curl_easy_perform(curl);
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
	explicit_bzero(pw, strlen(pw));
	free(pw);
	if (res == CURLE_OK) {
		rc = 0;
	} else {
		buf_printf(why, "%s: %s%s%s (SMTP %ld)", cfg->smtp_url,
		    curl_easy_strerror(res), *errbuf ? ": " : "", errbuf, code);
		rc = code >= 500 && code < 600 ? 2 : 1;
		if (res == CURLE_LOGIN_DENIED)
			rc = 2;
	}
	curl_slist_free_all(rcpt);
	free(from);
	curl_easy_cleanup(curl);
	return rc;
}

void
smtp_resolve_interrupted(struct daemon *d, struct imap_conn *c)
{
	struct outbox_row *v;
	size_t n;
	struct buf err = BUF_INIT;

	if (outbox_list(d->ledger, "sending", &v, &n) == -1)
		return;
	for (size_t k = 0; k < n; k++) {
		int seen = 0;
		for (int f = 0; f < d->cfg->nfolders && !seen; f++)
			seen = imap_has_message_id(c, d->cfg->folders[f], v[k].msgid);
		if (!seen && imap_sent_folder(c, d->cfg))
			seen = imap_has_message_id(c, imap_sent_folder(c, d->cfg),
			    v[k].msgid);
		buf_reset(&err);
		if (seen) {
			log_notice("outbox %lld: found %s in the mailbox: it was "
			    "sent before the crash", (long long)v[k].id, v[k].msgid);
			outbox_set_state(d->ledger, v[k].id, "sent",
			    "recovered: the witness copy was found", 0, d->now, &err);
		} else {
			log_notice("outbox %lld: %s not found in the mailbox: "
			    "sending again", (long long)v[k].id, v[k].msgid);
			outbox_set_state(d->ledger, v[k].id, "approved",
			    "interrupted; no witness copy found", 0, d->now, &err);
		}
	}
	outbox_list_free(v, n);
	buf_free(&err);
}

/* A 5xx: tell the parent, with the server's words (never about a notice,
 * or a refused parent address would loop). */
static void
notify_failure(struct daemon *d, const struct outbox_row *r, const char *why)
{
	struct outbox_row n;

	memset(&n, 0, sizeof(n));
	n.kind = xstrdup("notice");
	n.to_addrs = xstrdup(d->cfg->parent_addr);
	n.subject = xasprintf("ptrail: a message to %s was refused", r->to_addrs);
	n.body = xasprintf("The mail server refused this message for good, so "
	    "it was not sent:\n\nTo: %s\nSubject: %s\n\nThe server said: %s\n\n"
	    "Check the address, then write to the school yourself; the text is "
	    "in: ptrail outbox show %lld\n", r->to_addrs, r->subject, why,
	    (long long)r->id);
	n.lang = xstrdup("en");
	if (outbox_create(d->ledger, d->cfg, &n, d->now) == -1)
		log_warnx("outbox %lld: could not queue the notice about its "
		    "failure", (long long)r->id);
	outbox_row_free(&n);
}

static void
send_one(struct daemon *d, struct imap_conn *c, struct outbox_row *r)
{
	struct buf msg = BUF_INIT, why = BUF_INIT, err = BUF_INIT;
	int rc;

	if (outbox_set_state(d->ledger, r->id, "sending", NULL, 0, d->now,
	    &err) == -1) {
		log_warnx("outbox %lld: %s", (long long)r->id, buf_str(&err));
		goto out;
	}
	outbox_render(r, d->cfg, d->now, &msg);
	rc = smtp_send(d->cfg, r, &msg, &why);
	if (rc == 0 && getenv(TEST_CRASH_ENV))
		_exit(99);	/* tests: die between acceptance and commit */
	buf_reset(&err);
	if (rc == 0) {
		outbox_set_state(d->ledger, r->id, "sent", NULL, 0, d->now, &err);
		log_info("outbox %lld: sent %s to %s", (long long)r->id, r->msgid,
		    r->to_addrs);
		if (c && imap_sent_folder(c, d->cfg))
			imap_append_message(c, imap_sent_folder(c, d->cfg), msg.s,
			    msg.len);
	} else if (rc == 1) {
		time_t wait = (time_t)60 << (r->attempts < 6 ? r->attempts : 6);
		outbox_set_state(d->ledger, r->id, "retrying", buf_str(&why),
		    d->now + wait, d->now, &err);
		log_warnx("outbox %lld: will retry in %lld s: %s", (long long)r->id,
		    (long long)wait, buf_str(&why));
	} else {
		outbox_set_state(d->ledger, r->id, "failed", buf_str(&why), 0,
		    d->now, &err);
		log_warnx("outbox %lld: failed for good: %s", (long long)r->id,
		    buf_str(&why));
		if (strcmp(r->kind, "notice") != 0)
			notify_failure(d, r, buf_str(&why));
	}
	d->changed = 1;
out:
	buf_free(&msg);
	buf_free(&why);
	buf_free(&err);
}

enum pt_result
send_stage(struct daemon *d, struct imap_conn *c)
{
	struct outbox_row *v;
	size_t n;

	compose_pending(d->ledger, d->cfg, d->now, COMPOSE_DAYS);
	compose_meetings(d->ledger, d->cfg, d->now, COMPOSE_DAYS);
	schedule_run(d->ledger, d->cfg, d->now);
	if (d->cfg->smtp_url == NULL)
		return PT_OK;
	if (outbox_list(d->ledger, NULL, &v, &n) == -1)
		return PT_TEMP;
	for (size_t k = 0; k < n && !(d->stop && *d->stop); k++) {
		int due = (strcmp(v[k].state, "approved") == 0 ||
		    (strcmp(v[k].state, "retrying") == 0 &&
		    v[k].next_try_at <= (int64_t)d->now)) &&
		    v[k].not_before <= (int64_t)d->now;
		if (due)
			send_one(d, c, &v[k]);
	}
	outbox_list_free(v, n);
	return PT_OK;
}
