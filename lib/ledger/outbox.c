/*
 * outbox.c — outbox rows, their state machine and the message as it goes
 * out (RFC 5322, RFC 2045 base64, RFC 2047 encoded-words); see outbox.h.
 *
 * Header injection: every header value is passed through header_clean(),
 * which drops CR, LF and other control characters, whatever its source
 * (a school's Subject:, a name from the config, a token).
 */
#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/log.h"
#include "ledger/outbox.h"
#include "base/xmalloc.h"

#define COLS "id, kind, state, msgid, message_id, commitment_id, to_addrs, " \
	"cc_addrs, subject, body, lang, in_reply_to, refs, token, attempts, " \
	"next_try_at, last_error, created_at, updated_at, sent_at, not_before"

static void
row_from(sqlite3_stmt *st, struct outbox_row *r)
{
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	r->kind = ledger_col_dup(st, 1);
	r->state = ledger_col_dup(st, 2);
	r->msgid = ledger_col_dup(st, 3);
	r->message_id = sqlite3_column_int64(st, 4);
	r->commitment_id = sqlite3_column_int64(st, 5);
	r->to_addrs = ledger_col_dup(st, 6);
	r->cc_addrs = ledger_col_dup(st, 7);
	r->subject = ledger_col_dup(st, 8);
	r->body = ledger_col_dup(st, 9);
	r->lang = ledger_col_dup(st, 10);
	r->in_reply_to = ledger_col_dup(st, 11);
	r->refs = ledger_col_dup(st, 12);
	r->token = ledger_col_dup(st, 13);
	r->attempts = sqlite3_column_int(st, 14);
	r->next_try_at = sqlite3_column_int64(st, 15);
	r->last_error = ledger_col_dup(st, 16);
	r->created_at = sqlite3_column_int64(st, 17);
	r->updated_at = sqlite3_column_int64(st, 18);
	r->sent_at = sqlite3_column_int64(st, 19);
	r->not_before = sqlite3_column_int64(st, 20);
}

char *
header_clean(const char *s)
{
	char *out, *w;
	if (s == NULL)
		return NULL;
	out = w = xmalloc(strlen(s) + 1);
	for (; *s; s++)
		if ((unsigned char)*s >= 0x20 && *s != 0x7f)
			*w++ = *s;
		else if (*s == '\t')
			*w++ = ' ';
	*w = '\0';
	return out;
}

static int
policy_auto(const struct config *cfg, const char *kind)
{
	if (strcmp(kind, "notice") == 0)
		return 1;
	if (strcmp(kind, "confirmation") == 0)
		return cfg->send_confirmation == SEND_AUTO;
	if (strcmp(kind, "reminder") == 0)
		return cfg->send_reminder == SEND_AUTO;
	return cfg->send_escalation == SEND_AUTO;
}

int
outbox_create(struct ledger *l, const struct config *cfg, struct outbox_row *r,
    time_t now)
{
	sqlite3_stmt *st = NULL;
	char rnd[33], token[33];
	const char *domain = cfg->parent_addr ? strrchr(cfg->parent_addr, '@') : NULL;
	const char *state = policy_auto(cfg, r->kind) ? "approved" : "draft";
	json_object *o;

	if (random_hex(rnd, 16) == -1 || random_hex(token, 16) == -1)
		return -1;
	free(r->msgid);
	r->msgid = xasprintf("<ptrail.%s@%s>", rnd, domain ? domain + 1 :
	    "ptrail.invalid");
	free(r->token);
	r->token = xstrdup(token);
	if (ledger_begin(l) == -1)
		return -1;
	if ((st = ledger_stmt(l, "INSERT INTO outbox (kind, state, "
	    "msgid, message_id, commitment_id, to_addrs, cc_addrs, subject, body, "
	    "lang, in_reply_to, refs, token, created_at, updated_at) VALUES (?, "
	    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, r->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, state, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, r->msgid, -1, SQLITE_STATIC);
	if (r->message_id)
		sqlite3_bind_int64(st, 4, r->message_id);
	else
		sqlite3_bind_null(st, 4);
	if (r->commitment_id)
		sqlite3_bind_int64(st, 5, r->commitment_id);
	else
		sqlite3_bind_null(st, 5);
	sqlite3_bind_text(st, 6, r->to_addrs, -1, SQLITE_STATIC);
	ledger_bind_opt(st, 7, r->cc_addrs);
	sqlite3_bind_text(st, 8, r->subject, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, r->body, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, r->lang ? r->lang : "en", -1, SQLITE_STATIC);
	ledger_bind_opt(st, 11, r->in_reply_to);
	ledger_bind_opt(st, 12, r->refs);
	sqlite3_bind_text(st, 13, r->token, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 14, (int64_t)now);
	sqlite3_bind_int64(st, 15, (int64_t)now);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	r->id = sqlite3_last_insert_rowid(ledger_db(l));
	free(r->state);
	r->state = xstrdup(state);
	o = json_object_new_object();
	json_object_object_add(o, "kind", json_object_new_string(r->kind));
	json_object_object_add(o, "state", json_object_new_string(state));
	json_object_object_add(o, "msgid", json_object_new_string(r->msgid));
	json_object_object_add(o, "to", json_object_new_string(r->to_addrs));
	json_object_object_add(o, "subject", json_object_new_string(r->subject));
	json_object_object_add(o, "body_sha256", NULL);
	{
		char sha[65];
		sha256_hex(r->body, strlen(r->body), sha);
		json_object_object_add(o, "body_sha256", json_object_new_string(sha));
	}
	if (ledger_event_row(l, now, "outbox.create", "outbox", r->id, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	log_warnx("cannot create outbox row: %s", ledger_errmsg(l));
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

int
outbox_get(struct ledger *l, int64_t id, struct outbox_row *r)
{
	sqlite3_stmt *st;
	int rc = -1;
	if ((st = ledger_stmt(l, "SELECT " COLS " FROM outbox WHERE "
	    "id = ?")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		row_from(st, r);
		rc = 0;
	}
	ledger_stmt_done(st);
	return rc;
}

int
outbox_list(struct ledger *l, const char *state, struct outbox_row **v,
    size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	*v = NULL;
	*n = 0;
	if ((st = ledger_stmt(l, "SELECT " COLS " FROM outbox WHERE "
	    "?1 IS NULL OR state = ?1 ORDER BY id")) == NULL)
		return -1;
	ledger_bind_opt(st, 1, state);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*v = xreallocarray(*v, cap, sizeof(**v));
		}
		row_from(st, &(*v)[(*n)++]);
	}
	ledger_stmt_done(st);
	return 0;
}

/* The ids one query selects, oldest first; ?1, where the query has it,
 * is 'now'. */
static int
ids_of(struct ledger *l, const char *sql, time_t now, int64_t **ids,
    size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if ((st = ledger_stmt(l, sql)) == NULL)
		return -1;
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, (sqlite3_int64)now);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*ids = xreallocarray(*ids, cap, sizeof(**ids));
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	ledger_stmt_done(st);
	if (rc != SQLITE_DONE) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
outbox_due_ids(struct ledger *l, time_t now, int64_t **ids, size_t *n)
{
	return ids_of(l, "SELECT id FROM outbox WHERE (state = 'approved' OR "
	    "(state = 'retrying' AND coalesce(next_try_at, 0) <= ?1)) AND "
	    "coalesce(not_before, 0) <= ?1 "
	    "ORDER BY id", now, ids, n);
}

int
outbox_waiting_ids(struct ledger *l, int64_t **ids, size_t *n)
{
	return ids_of(l, "SELECT id FROM outbox WHERE state IN ('draft', "
	    "'failed') AND kind != 'notice' ORDER BY id",
	    0, ids, n);
}

void
outbox_row_free(struct outbox_row *r)
{
	free(r->kind);
	free(r->state);
	free(r->msgid);
	free(r->to_addrs);
	free(r->cc_addrs);
	free(r->subject);
	free(r->body);
	free(r->lang);
	free(r->in_reply_to);
	free(r->refs);
	free(r->token);
	free(r->last_error);
	memset(r, 0, sizeof(*r));
}

void
outbox_list_free(struct outbox_row *v, size_t n)
{
	for (size_t k = 0; k < n; k++)
		outbox_row_free(&v[k]);
	free(v);
}

static int
transition_ok(const char *from, const char *to)
{
	static const char *const ok[][2] = {
		{ "draft", "approved" }, { "draft", "cancelled" },
		{ "approved", "sending" }, { "approved", "cancelled" },
		{ "retrying", "sending" }, { "retrying", "cancelled" },
		{ "sending", "sent" }, { "sending", "retrying" },
		{ "sending", "failed" }, { "sending", "approved" },
		{ "failed", "approved" },
	};
	for (size_t k = 0; k < sizeof(ok) / sizeof(ok[0]); k++)
		if (!strcmp(ok[k][0], from) && !strcmp(ok[k][1], to))
			return 1;
	return 0;
}

int
outbox_set_state(struct ledger *l, int64_t id, const char *to,
    const char *error, time_t next_try, time_t now, struct buf *err)
{
	struct outbox_row r;
	sqlite3_stmt *st = NULL;
	json_object *o;
	char kind[40];

	if (ledger_begin(l) == -1) {
		buf_printf(err, "ledger busy: %s", ledger_errmsg(l));
		return -1;
	}
	if (outbox_get(l, id, &r) == -1) {
		buf_printf(err, "no outbox message %lld", (long long)id);
		ledger_rollback(l);
		return -1;
	}
	if (!transition_ok(r.state, to)) {
		buf_printf(err, "outbox message %lld is %s; it cannot become %s",
		    (long long)id, r.state, to);
		goto fail_quiet;
	}
	if ((st = ledger_stmt(l, "UPDATE outbox SET state = ?, "
	    "last_error = coalesce(?, last_error), next_try_at = ?, "
	    "attempts = attempts + (? = 'sending'), updated_at = ?, "
	    "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?")) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, to, -1, SQLITE_STATIC);
	ledger_bind_opt(st, 2, error);
	if (next_try)
		sqlite3_bind_int64(st, 3, (int64_t)next_try);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_text(st, 4, to, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, (int64_t)now);
	sqlite3_bind_text(st, 6, to, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 7, (int64_t)now);
	sqlite3_bind_int64(st, 8, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	o = json_object_new_object();
	json_object_object_add(o, "from", json_object_new_string(r.state));
	json_object_object_add(o, "to", json_object_new_string(to));
	json_object_object_add(o, "msgid", json_object_new_string(r.msgid));
	if (error)
		json_object_object_add(o, "error", json_object_new_string(error));
	snprintf(kind, sizeof(kind), "outbox.%s", to);
	if (ledger_event_row(l, now, kind, "outbox", id, o) == -1)
		goto fail;
	outbox_row_free(&r);
	return ledger_commit(l);
fail:
	buf_printf(err, "cannot update outbox message %lld: %s", (long long)id,
	    ledger_errmsg(l));
fail_quiet:
	ledger_stmt_done(st);
	outbox_row_free(&r);
	ledger_rollback(l);
	return -1;
}

/*
 * A draft's text changed: the token already mailed to the parent approved
 * the old text, so it stops working and a new one is shown in the next
 * digest (the draft's updated_at makes it news). The event keeps the old
 * token's SHA-256 so a late "APPROVE <old>" is told apart from a token
 * never issued (approve.c). Inside the caller's transaction.
 */
static int
replace_token(struct ledger *l, int64_t id, json_object *o)
{
	sqlite3_stmt *st;
	char token[33], sha[65];
	int rc = -1;

	if (random_hex(token, 16) == -1)
		return -1;
	if ((st = ledger_stmt(l, "SELECT token FROM outbox WHERE id = ?")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		sha256_hex(sqlite3_column_text(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0), sha);
		json_object_object_add(o, "old_token_sha256",
		    json_object_new_string(sha));
	}
	ledger_stmt_done(st);
	if ((st = ledger_stmt(l, "UPDATE outbox SET token = ? WHERE id = ?")) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, token, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	if (sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(ledger_db(l)) == 1)
		rc = 0;
	ledger_stmt_done(st);
	return rc;
}

int
outbox_set_body(struct ledger *l, int64_t id, const char *body, time_t now,
    struct buf *err)
{
	sqlite3_stmt *st = NULL;
	json_object *o;
	char sha[65];

	if (ledger_begin(l) == -1) {
		buf_printf(err, "ledger busy: %s", ledger_errmsg(l));
		return -1;
	}
	if ((st = ledger_stmt(l, "UPDATE outbox SET body = ?, "
	    "updated_at = ? WHERE id = ? AND state = 'draft'")) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, body, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (int64_t)now);
	sqlite3_bind_int64(st, 3, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	if (sqlite3_changes(ledger_db(l)) != 1) {
		buf_printf(err, "outbox message %lld is not a draft", (long long)id);
		ledger_rollback(l);
		return -1;
	}
	sha256_hex(body, strlen(body), sha);
	o = json_object_new_object();
	json_object_object_add(o, "body_sha256", json_object_new_string(sha));
	if (replace_token(l, id, o) == -1) {
		json_object_put(o);
		goto fail;
	}
	if (ledger_event_row(l, now, "outbox.edit", "outbox", id, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	buf_printf(err, "cannot edit outbox message %lld: %s", (long long)id,
	    ledger_errmsg(l));
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

int
outbox_redraft(struct ledger *l, int64_t id, const struct outbox_row *r,
    json_object *ids, time_t now)
{
	sqlite3_stmt *st = NULL;
	json_object *o;
	char sha[65];

	if (ledger_begin(l) == -1) {
		json_object_put(ids);
		return -1;
	}
	if ((st = ledger_stmt(l, "UPDATE outbox SET to_addrs = ?, cc_addrs = "
	    "?, subject = ?, body = ?, updated_at = ? WHERE id = ? AND state = "
	    "'draft'")) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, r->to_addrs, -1, SQLITE_STATIC);
	ledger_bind_opt(st, 2, r->cc_addrs);
	sqlite3_bind_text(st, 3, r->subject, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, r->body, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, (int64_t)now);
	sqlite3_bind_int64(st, 6, id);
	if (sqlite3_step(st) != SQLITE_DONE || sqlite3_changes(ledger_db(l)) != 1)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	sha256_hex(r->body, strlen(r->body), sha);
	o = json_object_new_object();
	json_object_object_add(o, "added", ids);
	ids = NULL;
	json_object_object_add(o, "body_sha256", json_object_new_string(sha));
	/* the letter the parent was asked to approve grew: as for an edit */
	if (replace_token(l, id, o) == -1) {
		json_object_put(o);
		goto fail;
	}
	if (ledger_event_row(l, now, "outbox.join", "outbox", id, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	json_object_put(ids);
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

int
outbox_set_not_before(struct ledger *l, int64_t id, time_t t)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = ledger_stmt(l, "UPDATE outbox SET not_before = ? WHERE "
	    "id = ?")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, (int64_t)t);
	sqlite3_bind_int64(st, 2, id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	ledger_stmt_done(st);
	return rc;
}

static int
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

static void
base64(struct buf *out, const unsigned char *p, size_t n, size_t linelen)
{
	static const char tbl[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t col = 0;
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
		    (i + 2 < n ? p[i + 2] : 0);
		char q[4] = { tbl[v >> 18 & 63], tbl[v >> 12 & 63],
		    i + 1 < n ? tbl[v >> 6 & 63] : '=', i + 2 < n ? tbl[v & 63] : '=' };
		buf_add(out, q, 4);
		col += 4;
		if (linelen && col >= linelen && i + 3 < n) {
			buf_addstr(out, "\r\n");
			col = 0;
		}
	}
}

/* Subject: as RFC 2047 encoded-words of <= 75 bytes, folded. Cuts fall
 * between UTF-8 characters. */
static void
encoded_words(struct buf *out, const char *s)
{
	size_t n = strlen(s), i = 0;
	int first = 1;
	while (i < n) {
		size_t take = 0;
		while (i + take < n && take < 42) {
			size_t c = 1;
			unsigned char b = (unsigned char)s[i + take];
			if (b >= 0xF0) c = 4; else if (b >= 0xE0) c = 3;
			else if (b >= 0xC0) c = 2;
			if (take + c > 42)
				break;
			take += c;
		}
		if (!first)
			buf_addstr(out, "\r\n ");
		buf_addstr(out, "=?UTF-8?B?");
		base64(out, (const unsigned char *)s + i, take, 0);
		buf_addstr(out, "?=");
		i += take;
		first = 0;
	}
}

static void
header(struct buf *out, const char *name, const char *value)
{
	char *v = header_clean(value);
	if (v && *v)
		buf_printf(out, "%s: %s\r\n", name, v);
	free(v);
}

void
outbox_render(const struct outbox_row *r, const struct config *cfg,
    time_t date, struct buf *out)
{
	char when[64];
	struct tm tm;
	char *subject = header_clean(r->subject);

	localtime_r(&date, &tm);
	strftime(when, sizeof(when), "%a, %d %b %Y %H:%M:%S %z", &tm);
	buf_printf(out, "Date: %s\r\n", when);
	if (cfg->parent_name && is_ascii(cfg->parent_name)) {
		char *n = header_clean(cfg->parent_name);
		buf_printf(out, "From: \"%s\" <%s>\r\n", n, cfg->parent_addr);
		free(n);
	} else {
		header(out, "From", cfg->parent_addr);
	}
	header(out, "To", r->to_addrs);
	header(out, "Cc", r->cc_addrs);
	buf_addstr(out, "Subject: ");
	if (is_ascii(subject) && strlen(subject) < 68)
		buf_addstr(out, subject);
	else
		encoded_words(out, subject);
	buf_addstr(out, "\r\n");
	free(subject);
	header(out, "Message-ID", r->msgid);
	header(out, "In-Reply-To", r->in_reply_to);
	header(out, "References", r->refs);
	buf_addstr(out, "MIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n");
	header(out, "X-Ptrail-Kind", r->kind);
	buf_addstr(out, "\r\n");
	/* the body with CRLF line ends, then base64 in 76-column lines */
	struct buf crlf = BUF_INIT;
	for (const char *p = r->body; *p; p++) {
		if (*p == '\n' && (p == r->body || p[-1] != '\r'))
			buf_addch(&crlf, '\r');
		buf_addch(&crlf, *p);
	}
	base64(out, (const unsigned char *)buf_str(&crlf), crlf.len, 76);
	buf_addstr(out, "\r\n");
	buf_free(&crlf);
}

int
outbox_approve_by_mail(struct ledger *l, const char *text, time_t now)
{
	const char *p = text;
	int approved = 0;

	while ((p = strstr(p, "APPROVE ")) != NULL) {
		char token[33];
		size_t n = 0;
		int64_t id = 0;
		struct buf err = BUF_INIT;

		p += 8;
		while (n < 32 && isxdigit((unsigned char)p[n])) {
			token[n] = (char)tolower((unsigned char)p[n]);
			n++;
		}
		token[n] = '\0';
		if (n != 32 || isxdigit((unsigned char)p[n])) {
			log_warnx("approval by mail: 'APPROVE %.*s' is not a token; "
			    "ignored", (int)(n < 40 ? n : 40), p);
			continue;
		}
		if (ledger_query_int(l, &id, "SELECT id FROM outbox WHERE token = ? "
		    "AND state = 'draft'", token, (char *)NULL) == -1) {
			log_warnx("approval by mail: no draft has token %.8s...; "
			    "ignored", token);
			continue;
		}
		if (outbox_set_state(l, id, "approved", "approved by mail", 0, now,
		    &err) == 0) {
			log_info("outbox %lld approved by mail", (long long)id);
			approved++;
		}
		buf_free(&err);
	}
	return approved;
}
