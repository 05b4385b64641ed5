/*
 * smtp.c — send the outbox with libcurl; see smtp.h.
 *
 * RFC 5321 (SMTP), RFC 3207 (STARTTLS: CURLUSESSL_ALL, so a server that
 * does not offer it is refused rather than spoken to in the clear),
 * RFC 4954 (AUTH). The certificate is verified by libcurl (GnuTLS) against
 * the system store or ca_file, host name included, unless tls = no-verify.
 * Results (enum pt_result, daemon.h), decided in one place, classify():
 *   - a 4xx answer about this message: the row is retried with backoff;
 *   - a 5xx answer about this message: the row fails with the server's
 *     words, and the parent is told;
 *   - the server unreachable (no answer, 421, a network error): an outage.
 *     The stage stops at the first row (the others are not touched), says
 *     so once per outage, and the round tries again soon;
 *   - the setup refused (STARTTLS not offered, login denied, the
 *     certificate, the URL, no password, a plain port named smtps:// or
 *     a TLS port smtp://): a configuration error. No retry fixes it: said
 *     once, and SMTP is not tried again until the config is reloaded
 *     (SIGHUP);
 *   - SIGTERM before the message is on its way: the row goes back to the
 *     queue as it was, and the round ends (PT_CANCEL).
 * This room only sends: the drafting steps are the round's (main.c).
 */
#include "curl_lazy.h"
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/log.h"
#include "ledger/sync_state.h"
#include "neterr.h"
#include "smtp.h"
#include "base/xmalloc.h"

#ifdef PTRAIL_TEST_HOOKS
/* ptraild-test only (Makefile): die between the server's acceptance and
 * the ledger's commit, for tests/integration/smtp_outbox.sh. */
static void
test_crash_after_smtp(void)
{
	if (getenv("PTRAIL_TEST_CRASH_AFTER_SMTP"))
		_exit(99);
}
#else
#define test_crash_after_smtp()	do { } while (0)
#endif

/* What an attempt's failure is about. */
enum smtp_fault {
	FAULT_NONE,
	FAULT_MESSAGE_TEMP,	/* 4xx for this message: retry the row */
	FAULT_MESSAGE_PERM,	/* 5xx for this message: the row fails */
	FAULT_OUTAGE,		/* the server is not there: stop, retry soon */
	FAULT_CONFIG,		/* the setup is wrong: stop until a reload */
	FAULT_CANCEL,		/* SIGTERM: the row goes back as it was */
};

/* The state of the SMTP side, logged once per change. */
static char *outage;		/* the outage's first words, or NULL */
static char *config_error;	/* set: SMTP is not tried until reload */

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

static enum smtp_fault
classify(CURLcode res, long code)
{
	switch (res) {
	case CURLE_OK:
		return FAULT_NONE;
	case CURLE_ABORTED_BY_CALLBACK:	/* stopped(): SIGTERM */
		return FAULT_CANCEL;
	case CURLE_USE_SSL_FAILED:	/* STARTTLS not offered */
	case CURLE_LOGIN_DENIED:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT:
	case CURLE_AUTH_ERROR:
		return FAULT_CONFIG;
	default:
		break;	/* CURLE_SSL_CONNECT_ERROR too: a handshake cut
			 * short by the network is an outage, retried */
	}
	if (code == 421 || code < 400 || code >= 600)
		return FAULT_OUTAGE;	/* no answer about the message */
	if (code == 530 || code == 534 || code == 535 || code == 538)
		return FAULT_CONFIG;	/* authentication, RFC 4954 */
	return code < 500 ? FAULT_MESSAGE_TEMP : FAULT_MESSAGE_PERM;
}

/* smtp_url's host and port (curl's default port for the scheme when the
 * URL names none) into t; -1 when curl cannot read the URL. */
static int
smtp_target(const char *url, struct net_target *t, char **host)
{
	CURLU *u = curl_url();
	char *port = NULL, *scheme = NULL;
	int rc = -1;

	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) ==
	    CURLUE_OK && curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) ==
	    CURLUE_OK) {
		t->host = *host;
		t->port = (uint16_t)strtoul(port, NULL, 10);
		t->tls = strcmp(scheme, "smtps") == 0;
		rc = 0;
	}
	curl_free(port);
	curl_free(scheme);
	curl_url_cleanup(u);
	return rc;
}

/* What went wrong, in words that say what to change: curl's code alone
 * ("Couldn't connect to server") does not tell a closed port from a
 * firewall or a TLS port from a plain one (neterr.h). FAULT_CONFIG when
 * the look finds the port speaking the other kind (smtps:// to a plain
 * port, smtp:// to a TLS one): a wrong URL, not an outage; else fault. */
static enum smtp_fault
smtp_words(const struct config *cfg, volatile sig_atomic_t *stop,
    CURLcode res, long code, const char *errbuf, enum smtp_fault fault,
    struct buf *why)
{
	struct net_target t = { "SMTP", NULL, 0, 0, (unsigned)cfg->timeout,
	    stop };
	char *host = NULL, *said = xasprintf("%s%s%s (SMTP %ld)",
	    curl_easy_strerror(res), *errbuf ? ": " : "", errbuf, code);

	log_debug("SMTP: libcurl error %d: %s", (int)res, said);
	switch (res) {
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_CONNECT:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_GOT_NOTHING:
		if (smtp_target(cfg->smtp_url, &t, &host) == 0) {
			if (net_explain(&t, said, why) == NET_MISMATCH)
				fault = FAULT_CONFIG;
			break;
		}
		/* FALLTHROUGH */
	default:
		buf_printf(why, "%s: %s", cfg->smtp_url, said);
		break;
	case CURLE_LOGIN_DENIED:
	case CURLE_AUTH_ERROR:
		buf_printf(why, "%s: login as %s refused (check smtp_user and the "
		    "password): %s", cfg->smtp_url, cfg->smtp_user, said);
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
		buf_printf(why, "%s: certificate not trusted: %s: %s",
		    cfg->smtp_url, strstr(errbuf, "does not match") ? "it was "
		    "issued for another name (write the name the certificate has "
		    "in the URL)" : "it is signed by an authority this machine "
		    "does not trust (self-signed or a private CA: set ca_file to "
		    "that CA)", said);
		break;
	case CURLE_USE_SSL_FAILED:
		buf_printf(why, "%s: the server does not offer STARTTLS, so the "
		    "password would travel in the clear: use smtps:// (port 465) "
		    "or another server: %s", cfg->smtp_url, said);
		break;
	}
	curl_free(host);
	free(said);
	return fault;
}

/* libcurl's progress callback, at least once a second: a non-zero return
 * ends the transfer (CURLE_ABORTED_BY_CALLBACK). With CURLOPT_NOSIGNAL a
 * signal does not end curl's waits; this does, on SIGTERM, while no byte
 * of the message has gone (the connect, the handshake, the login). Once
 * the message is on its way it is finished, as main.c promises: a cut
 * there could leave a message the server took marked unsent. */
static int
stopped(void *arg, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
	volatile sig_atomic_t *stop = arg;

	(void)dt; (void)dn; (void)un;
	return ut == 0 && stop && *stop;
}

static enum smtp_fault
smtp_send(const struct config *cfg, volatile sig_atomic_t *stop,
    const struct outbox_row *r, const struct buf *msg, struct buf *why)
{
	CURL *curl = curl_easy_init();
	struct curl_slist *rcpt = NULL;
	struct payload p = { msg->s, msg->len, 0 };
	char errbuf[CURL_ERROR_SIZE] = "";
	char *pw = NULL, *from;
	long code = 0;
	CURLcode res;
	enum smtp_fault fault;

	if (curl == NULL) {
		buf_printf(why, "libcurl could not start");
		return FAULT_OUTAGE;
	}
	if (config_password(cfg, "smtp", &pw, why) == -1) {
		curl_easy_cleanup(curl);
		return FAULT_CONFIG;
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
	curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, stopped);
	curl_easy_setopt(curl, CURLOPT_XFERINFODATA, (void *)(uintptr_t)stop);
	res = curl_easy_perform(curl);
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
	explicit_bzero(pw, strlen(pw));
	free(pw);
	fault = classify(res, code);
	if (fault != FAULT_NONE && fault != FAULT_CANCEL)
		fault = smtp_words(cfg, stop, res, code, errbuf, fault, why);
	curl_slist_free_all(rcpt);
	free(from);
	curl_easy_cleanup(curl);
	return fault;
}

/* Move a row, and say so when the ledger refuses: the caller stops. */
static enum pt_result
set_state(struct daemon *d, int64_t id, const char *to, const char *note,
    time_t next_try)
{
	struct buf err = BUF_INIT;
	enum pt_result result = PT_OK;

	if (outbox_set_state(d->ledger, id, to, note, next_try, d->now,
	    &err) == -1) {
		log_warnx("outbox %lld: cannot mark it %s: %s", (long long)id, to,
		    buf_str(&err));
		result = PT_TEMP;
	}
	buf_free(&err);
	return result;
}

enum pt_result
smtp_resolve_interrupted(struct daemon *d, struct imap_conn *c)
{
	struct outbox_row *v;
	size_t n;
	enum pt_result result = PT_OK;

	if (outbox_list(d->ledger, "sending", &v, &n) == -1) {
		log_warnx("ledger: cannot list the outbox: %s",
		    ledger_errmsg(d->ledger));
		return PT_TEMP;
	}
	for (size_t k = 0; k < n && result == PT_OK; k++) {
		int seen = 0;
		for (int f = 0; f < d->cfg->nfolders && !seen; f++)
			seen = imap_has_message_id(c, d->cfg->folders[f], v[k].msgid);
		if (!seen && imap_sent_folder(c, d->cfg))
			seen = imap_has_message_id(c, imap_sent_folder(c, d->cfg),
			    v[k].msgid);
		if (seen) {
			log_notice("outbox %lld: found %s in the mailbox: it was "
			    "sent before the crash", (long long)v[k].id, v[k].msgid);
			result = set_state(d, v[k].id, "sent",
			    "recovered: the witness copy was found", 0);
		} else {
			log_notice("outbox %lld: %s not found in the mailbox: "
			    "sending again", (long long)v[k].id, v[k].msgid);
			result = set_state(d, v[k].id, "approved",
			    "interrupted; no witness copy found", 0);
		}
	}
	outbox_list_free(v, n);
	return result;
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

/* The server could not be spoken to (why) or could (NULL): for `ptrail
 * status`, as the log says it. */
static void
keep_connection(struct daemon *d, const char *why)
{
	if ((why ? connection_error(d->ledger, "smtp", d->now, why) :
	    connection_ok(d->ledger, "smtp", d->now)) == -1)
		log_warnx("cannot keep the SMTP connection's state in the "
		    "ledger: %s", ledger_errmsg(d->ledger));
}

/* The outage is over (or never was): say so once. */
static void
outage_over(struct daemon *d)
{
	keep_connection(d, NULL);
	if (outage == NULL)
		return;
	log_info("SMTP: the server answers again; the outbox is moving");
	free(outage);
	outage = NULL;
}

static enum pt_result
send_one(struct daemon *d, struct imap_conn *c, struct outbox_row *r)
{
	struct buf msg = BUF_INIT, why = BUF_INIT;
	enum pt_result result;
	enum smtp_fault fault;

	if ((result = set_state(d, r->id, "sending", NULL, 0)) != PT_OK)
		goto out;
	d->changed = 1;
	outbox_render(r, d->cfg, d->now, &msg);
	fault = smtp_send(d->cfg, d->stop, r, &msg, &why);
	if ((fault == FAULT_OUTAGE || fault == FAULT_CONFIG) && d->stop &&
	    *d->stop)
		fault = FAULT_CANCEL;	/* the look that names it was cut */
	if (fault == FAULT_NONE)
		test_crash_after_smtp();
	switch (fault) {
	case FAULT_NONE:
		outage_over(d);
		result = set_state(d, r->id, "sent", NULL, 0);
		if (result != PT_OK)
			break;	/* left 'sending': the witness settles it */
		log_info("outbox %lld: sent %s to %s", (long long)r->id, r->msgid,
		    r->to_addrs);
		if (c && imap_sent_folder(c, d->cfg))
			imap_append_message(c, imap_sent_folder(c, d->cfg), msg.s,
			    msg.len);
		break;
	case FAULT_MESSAGE_TEMP: {
		time_t wait = (time_t)60 << (r->attempts < 6 ? r->attempts : 6);
		outage_over(d);
		result = set_state(d, r->id, "retrying", buf_str(&why),
		    d->now + wait);
		log_warnx("outbox %lld: will retry in %lld s: %s", (long long)r->id,
		    (long long)wait, buf_str(&why));
		break;
	}
	case FAULT_MESSAGE_PERM:
		outage_over(d);
		result = set_state(d, r->id, "failed", buf_str(&why), 0);
		log_warnx("outbox %lld: failed for good: %s", (long long)r->id,
		    buf_str(&why));
		if (result == PT_OK && strcmp(r->kind, "notice") != 0)
			notify_failure(d, r, buf_str(&why));
		break;
	case FAULT_OUTAGE:
		/* not the message's fault: back in the queue as it was */
		result = set_state(d, r->id, "approved", NULL, 0);
		if (outage == NULL)
			log_warnx("SMTP: the server cannot be reached: %s; the "
			    "outbox waits, and ptraild tries again", buf_str(&why));
		else
			log_debug("SMTP: still unreachable: %s", buf_str(&why));
		if (outage == NULL) {
			outage = xstrdup(buf_str(&why));
			keep_connection(d, outage);
		}
		if (result == PT_OK)
			result = PT_TEMP;
		break;
	case FAULT_CANCEL:
		/* the server never said yes: back in the queue as it was,
		 * nothing logged as a failure */
		result = set_state(d, r->id, "approved", NULL, 0);
		if (result == PT_OK)
			result = PT_CANCEL;
		break;
	case FAULT_CONFIG:
		result = set_state(d, r->id, "approved", NULL, 0);
		free(config_error);
		config_error = xstrdup(buf_str(&why));
		keep_connection(d, config_error);
		log_errx("SMTP: %s: a configuration error, not a passing one: "
		    "nothing is sent until the configuration is fixed and "
		    "reloaded (SIGHUP)", config_error);
		if (result == PT_OK)
			result = PT_PERM;
		break;
	}
out:
	buf_free(&msg);
	buf_free(&why);
	return result;
}

void
smtp_reset(void)
{
	free(config_error);
	config_error = NULL;
	free(outage);
	outage = NULL;
}

enum pt_result
send_stage(struct daemon *d, struct imap_conn *c)
{
	int64_t *ids;
	size_t n;
	enum pt_result result = PT_OK;

	if (d->cfg->smtp_url == NULL)
		return PT_OK;
	if (config_error)
		return PT_PERM;		/* said once when it was found */
	if (outbox_due_ids(d->ledger, d->now, &ids, &n) == -1) {
		log_warnx("ledger: cannot list the outbox: %s",
		    ledger_errmsg(d->ledger));
		return PT_TEMP;
	}
	for (size_t k = 0; k < n && result == PT_OK; k++) {
		struct outbox_row r;

		if (d->stop && *d->stop) {
			result = PT_CANCEL;
			break;
		}
		if (outbox_get(d->ledger, ids[k], &r) == -1)
			continue;	/* gone since the list: nothing to send */
		result = send_one(d, c, &r);
		outbox_row_free(&r);
	}
	free(ids);
	return result;
}
