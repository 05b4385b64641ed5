/*
 * approve.c — approval by mail, one step of the daemon's round; see
 * approve.h. Reads before it writes: the letters of one pass are read
 * into memory and the statement finished before any approval is written,
 * so a commit by the CLI in between never turns a write away.
 */
#define _GNU_SOURCE	/* strcasestr */
#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/hash.h"
#include "base/log.h"
#include "base/xmalloc.h"
#include "ledger/approve.h"
#include "ledger/outbox.h"

struct letter {
	int64_t	 id;
	char	*msgid, *from, *body;
	int	 from_parent;
};

int
approve_next(const char *text, size_t *pos, char token[41])
{
	const char *p = text + *pos;
	size_t n;

	while ((p = strcasestr(p, "approve")) != NULL) {
		/* a word of its own: "disapprove" is not an approval */
		if (p > text && isalnum((unsigned char)p[-1])) {
			p += 7;
			continue;
		}
		p += 7;
		if (*p != ' ' && *p != '\t')
			continue;
		while (*p == ' ' || *p == '\t')
			p++;
		for (n = 0; n < 40 && isalnum((unsigned char)p[n]); n++)
			token[n] = (char)tolower((unsigned char)p[n]);
		token[n] = '\0';
		*pos = (size_t)(p + n - text);
		return 1;
	}
	return 0;
}

static int
is_hex_token(const char *t)
{
	size_t n = strlen(t);
	if (n != 32)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isxdigit((unsigned char)t[i]))
			return 0;
	return 1;
}

/* The outbox row whose token an edit (or a grown ladder letter) replaced
 * with a new one, for the log's why; 0: the token was never issued. */
static int64_t
replaced_token(struct ledger *l, const char *token)
{
	char sha[65];
	int64_t id = 0;

	sha256_hex(token, strlen(token), sha);
	if (ledger_query_int(l, &id, "SELECT CAST(substr(subject, 8) AS "
	    "INTEGER) FROM events WHERE kind IN ('outbox.edit', 'outbox.join') "
	    "AND json_extract(detail, '$.old_token_sha256') = ? ORDER BY id "
	    "DESC LIMIT 1", sha, (char *)NULL) == -1)
		return 0;
	return id;
}

/* One token from one letter: approve its draft, or say why not (unless
 * quiet: a letter an earlier process has read). */
static int
approve_token(struct ledger *l, const struct letter *m, const char *token,
    int quiet, time_t now)
{
	struct buf err = BUF_INIT;
	sqlite3_stmt *st;
	int64_t id = 0;
	char *state = NULL, subject[32];
	json_object *o;
	int rc = 0;

	if (!is_hex_token(token)) {
		if (!quiet)
			log_warnx("approval by mail: letter %s: '%.40s' is not a token "
		    "(32 hex digits); ignored", m->msgid ? m->msgid : "?", token);
		return 0;
	}
	if ((st = ledger_stmt(l, "SELECT id, state FROM outbox WHERE token = ?"))
	    == NULL)
		return -1;
	sqlite3_bind_text(st, 1, token, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		state = ledger_col_dup(st, 1);
	}
	ledger_stmt_done(st);
	if (id == 0 && !quiet && (id = replaced_token(l, token)) > 0) {
		log_warnx("approval by mail: letter %s: token %.8s... was "
		    "replaced when outbox %lld was changed after it was mailed "
		    "to you; ignored (the next digest has the new one, or run: "
		    "ptrail approve %lld)", m->msgid ? m->msgid : "?", token,
		    (long long)id, (long long)id);
		return 0;
	}
	if (id == 0) {
		if (!quiet)
			log_warnx("approval by mail: letter %s: no draft has token "
		    "%.8s...; ignored", m->msgid ? m->msgid : "?", token);
		return 0;
	}
	if (state == NULL || strcmp(state, "draft") != 0) {
		if (!quiet)
			log_info("approval by mail: letter %s: outbox %lld is %s, not a "
		    "draft; nothing to do", m->msgid ? m->msgid : "?",
		    (long long)id, state ? state : "?");
		free(state);
		return 0;
	}
	free(state);
	if (ledger_begin(l) == -1)
		return -1;
	if (outbox_set_state(l, id, "approved", NULL, 0, now, &err) == -1) {
		log_warnx("approval by mail: outbox %lld: %s", (long long)id,
		    buf_str(&err));
		ledger_rollback(l);
		buf_free(&err);
		return -1;
	}
	o = json_object_new_object();
	json_object_object_add(o, "letter", json_object_new_string(
	    m->msgid ? m->msgid : ""));
	json_object_object_add(o, "message", json_object_new_int64(m->id));
	snprintf(subject, sizeof(subject), "outbox:%lld", (long long)id);
	if (ledger_event(l, now, "outbox.approved_by_mail", subject,
	    json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE)) < 0 || ledger_commit(l) == -1) {
		ledger_rollback(l);
		rc = -1;
	} else {
		log_info("outbox %lld approved by mail (letter %s)", (long long)id,
		    m->msgid ? m->msgid : "?");
		rc = 1;
	}
	json_object_put(o);
	buf_free(&err);
	return rc;
}

void
approve_begin(struct ledger *l, struct approve_mark *m)
{
	m->seen = -1;
	m->quiet = 0;
	if (ledger_query_int(l, &m->quiet, "SELECT coalesce(max(id), 0) FROM "
	    "messages", (char *)NULL) == -1)
		m->quiet = 0;
}

int
approve_by_mail(struct ledger *l, const struct config *cfg, time_t now,
    struct approve_mark *mark)
{
	sqlite3_stmt *st;
	struct letter *v = NULL;
	size_t n = 0, cap = 0;
	int64_t hi = 0;
	int approved = 0, failed = 0;

	if (ledger_query_int(l, &hi, "SELECT coalesce(max(id), 0) FROM messages",
	    (char *)NULL) == -1) {
		log_warnx("approval by mail: %s", ledger_errmsg(l));
		return -1;
	}
	if (hi <= mark->seen)
		return 0;
	/* LIKE is case-blind for ASCII: a cheap first sieve */
	if ((st = ledger_stmt(l, "SELECT m.id, m.message_id, m.from_addr, "
	    "m.body, m.direction = 'out' AND NOT EXISTS (SELECT 1 FROM outbox o "
	    "WHERE o.msgid = m.message_id) FROM messages m WHERE m.id > ? AND "
	    "m.id <= ? AND m.body LIKE '%approve%' ORDER BY m.id")) == NULL) {
		log_warnx("approval by mail: %s", ledger_errmsg(l));
		return -1;
	}
	sqlite3_bind_int64(st, 1, mark->seen < 0 ? 0 : mark->seen);
	sqlite3_bind_int64(st, 2, hi);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].msgid = ledger_col_dup(st, 1);
		v[n].from = ledger_col_dup(st, 2);
		v[n].body = ledger_col_dup(st, 3);
		v[n].from_parent = sqlite3_column_int(st, 4);
		n++;
	}
	ledger_stmt_done(st);
	for (size_t k = 0; k < n && !failed; k++) {
		size_t pos = 0;
		char token[41];
		int said = 0, quiet = v[k].id <= mark->quiet;
		while (v[k].body && approve_next(v[k].body, &pos, token)) {
			int rc;
			if (!v[k].from_parent) {
				said = 1;
				continue;
			}
			if ((rc = approve_token(l, &v[k], token, quiet, now)) == -1) {
				failed = 1;
				break;
			}
			approved += rc;
		}
		/* ptrail's own notices quote the line too: not worth a word */
		if (said && !quiet && (cfg->parent_addr == NULL ||
		    v[k].from == NULL || strcasecmp(v[k].from,
		    cfg->parent_addr) != 0))
			log_warnx("approval by mail: letter %s from %s says APPROVE "
			    "but is not from the parent's address: ignored",
			    v[k].msgid ? v[k].msgid : "?", v[k].from ? v[k].from :
			    "?");
	}
	for (size_t k = 0; k < n; k++) {
		free(v[k].msgid);
		free(v[k].from);
		free(v[k].body);
	}
	free(v);
	if (failed)
		return -1;
	mark->seen = hi;
	return approved;
}
