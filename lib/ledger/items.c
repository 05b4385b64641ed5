/*
 * items.c — commitments, deflections and meetings in the ledger.
 *
 * Every change goes through one function here, which writes the row and
 * its event in one (nested) transaction: the event carries what changed,
 * so the chain alone tells the story of each item. Adding one is a part
 * (ledger_begin_part()): inside a letter being stored (ingest.c's whole)
 * it opens no savepoint of its own, and its failure fails the letter. Overdue is derived from
 * due, state and answered_at; it is never stored, so it cannot go stale.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ledger/items.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

#define COMMITMENT_COLS "id, message_id, meeting_id, thread_id, source, " \
	"coalesce((SELECT coalesce(p.name, p.address) FROM people p WHERE " \
	"p.id = commitments.person_id), actor), action, quote, due, due_time, " \
	"vague, state, note, answered_at, sequence, created_at, updated_at, " \
	"actor, person_id, answered_by, chase, date_flag"
/* The same columns for a list, less those it never shows (thread_id,
 * sequence, written, person_id, chase: 0 or NULL): each row goes
 * through a sort, and what it carries costs. The person's name comes by
 * a join, not by a sub-query run for every row. */
#define LIST_COLS "c.id, c.message_id, c.meeting_id, 0, " \
	"c.source, coalesce(p.name, p.address, c.actor), c.action, c.quote, " \
	"c.due, c.due_time, c.vague, c.state, c.note, c.answered_at, " \
	"0, c.created_at, c.updated_at, NULL, 0, " \
	"c.answered_by, 0, c.date_flag"

static void
bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static void
bind_id_or_null(sqlite3_stmt *st, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

static void
json_put_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v ? json_object_new_string(v) : NULL);
}

/* A string column: copied (ledger_col_dup), or borrowed from SQLite,
 * valid until the next step (col_borrow). */
typedef char *(*col_str_fn)(sqlite3_stmt *st, int i);

static char *
col_borrow(sqlite3_stmt *st, int i)
{
	return (char *)(uintptr_t)sqlite3_column_text(st, i);
}

static void
commitment_from_row(sqlite3_stmt *st, struct commitment *c, col_str_fn str)
{
	memset(c, 0, sizeof(*c));
	c->id = sqlite3_column_int64(st, 0);
	c->message_id = sqlite3_column_int64(st, 1);
	c->meeting_id = sqlite3_column_int64(st, 2);
	c->thread_id = sqlite3_column_int64(st, 3);
	c->source = str(st, 4);
	c->actor = str(st, 5);
	c->action = str(st, 6);
	c->quote = str(st, 7);
	c->due = str(st, 8);
	c->due_time = str(st, 9);
	c->vague = sqlite3_column_int(st, 10);
	c->state = str(st, 11);
	c->note = str(st, 12);
	c->answered_at = sqlite3_column_int64(st, 13);
	c->sequence = sqlite3_column_int64(st, 14);
	c->created_at = sqlite3_column_int64(st, 15);
	c->updated_at = sqlite3_column_int64(st, 16);
	c->written = str(st, 17);
	c->person_id = sqlite3_column_int64(st, 18);
	c->answered_by = sqlite3_column_int64(st, 19);
	c->chase = sqlite3_column_int(st, 20);
	c->date_flag = str(st, 21);
}

int
commitment_add(struct ledger *l, struct commitment *c, time_t now)
{
	sqlite3 *db = ledger_db(l);
	sqlite3_stmt *st = NULL;
	json_object *o;

	if (ledger_begin_part(l) == -1)
		return -1;
	if ((st = ledger_stmt(l, "INSERT INTO commitments (message_id, "
	    "meeting_id, thread_id, source, actor, action, quote, due, due_time, "
	    "vague, state, note, created_at, updated_at, person_id, date_flag) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)")) == NULL)
		goto fail;
	bind_id_or_null(st, 1, c->message_id);
	bind_id_or_null(st, 2, c->meeting_id);
	bind_id_or_null(st, 3, c->thread_id);
	sqlite3_bind_text(st, 4, c->source ? c->source : "letter", -1,
	    SQLITE_TRANSIENT);
	bind_text_or_null(st, 5, c->actor);
	bind_text_or_null(st, 6, c->action);
	sqlite3_bind_text(st, 7, c->quote ? c->quote : "", -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 8, c->due);
	bind_text_or_null(st, 9, c->due_time);
	sqlite3_bind_int(st, 10, c->vague);
	bind_text_or_null(st, 11, c->note);
	sqlite3_bind_int64(st, 12, (int64_t)now);
	sqlite3_bind_int64(st, 13, (int64_t)now);
	bind_id_or_null(st, 14, c->person_id);
	bind_text_or_null(st, 15, c->date_flag);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	c->id = sqlite3_last_insert_rowid(db);

	o = json_object_new_object();
	json_put_str(o, "source", c->source ? c->source : "letter");
	json_put_str(o, "actor", c->actor);
	if (c->person_id)
		json_object_object_add(o, "person",
		    json_object_new_int64(c->person_id));
	json_put_str(o, "action", c->action);
	json_put_str(o, "quote", c->quote);
	json_put_str(o, "due", c->due);
	json_put_str(o, "due_time", c->due_time);
	json_object_object_add(o, "vague", json_object_new_boolean(c->vague));
	if (c->date_flag && *c->date_flag)
		json_put_str(o, "date_flag", c->date_flag);
	if (c->message_id)
		json_object_object_add(o, "message",
		    json_object_new_int64(c->message_id));
	if (c->meeting_id)
		json_object_object_add(o, "meeting",
		    json_object_new_int64(c->meeting_id));
	json_put_str(o, "note", c->note);
	if (ledger_event_row(l, now, "commitment.add", "commitment", c->id,
	    o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	log_warnx("cannot add commitment: %s", ledger_errmsg(l));
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

static int
transition_allowed(const char *from, const char *to)
{
	static const char *const states[] = { "open", "confirmed", "done",
	    "disputed", "withdrawn" };
	int known = 0;

	for (size_t i = 0; i < sizeof(states) / sizeof(states[0]); i++)
		if (strcmp(to, states[i]) == 0)
			known = 1;
	if (!known || strcmp(from, to) == 0)
		return 0;
	if (!strcmp(from, "open") || !strcmp(from, "confirmed"))
		return strcmp(to, "open") != 0 || !strcmp(from, "confirmed");
	if (!strcmp(from, "disputed"))
		return 1;	/* a dispute can be settled any way */
	return 0;		/* done and withdrawn are final (but reopen) */
}

static int change_state(struct ledger *l, int64_t id, const char *state,
    const char *note, time_t now, struct buf *err, int reopen);

int
commitment_set_state(struct ledger *l, int64_t id, const char *state,
    const char *note, time_t now, struct buf *err)
{
	return change_state(l, id, state, note, now, err, 0);
}

int
commitment_reopen(struct ledger *l, int64_t id, const char *note, time_t now,
    struct buf *err)
{
	return change_state(l, id, "open", note, now, err, 1);
}

static int
change_state(struct ledger *l, int64_t id, const char *state,
    const char *note, time_t now, struct buf *err, int reopen)
{
	struct commitment c;
	sqlite3_stmt *st = NULL;
	json_object *o;
	char kind[40];

	if (ledger_begin(l) == -1) {
		buf_printf(err, "ledger is busy: %s", ledger_errmsg(l));
		return -1;
	}
	if (commitment_get(l, id, &c) == -1) {
		buf_printf(err, "no commitment %lld", (long long)id);
		ledger_rollback(l);
		return -1;
	}
	if (reopen && (!strcmp(c.state, "open") || !strcmp(c.state,
	    "confirmed"))) {
		buf_printf(err, "commitment %lld is %s; there is nothing to "
		    "reopen", (long long)id, c.state);
		commitment_free(&c);
		ledger_rollback(l);
		return -1;
	}
	if (!reopen && !transition_allowed(c.state, state)) {
		buf_printf(err, "commitment %lld is %s; it cannot become %s",
		    (long long)id, c.state, state);
		commitment_free(&c);
		ledger_rollback(l);
		return -1;
	}
	if ((st = ledger_stmt(l, "UPDATE commitments SET state = ?, "
	    "note = coalesce(?, note), sequence = sequence + 1, updated_at = ? "
	    "WHERE id = ?")) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, state, -1, SQLITE_STATIC);
	bind_text_or_null(st, 2, note);
	sqlite3_bind_int64(st, 3, (int64_t)now);
	sqlite3_bind_int64(st, 4, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	o = json_object_new_object();
	json_put_str(o, "from", c.state);
	json_put_str(o, "to", state);
	json_put_str(o, "note", note);
	snprintf(kind, sizeof(kind), "commitment.%s", reopen ? "reopened" :
	    state);
	if (ledger_event_row(l, now, kind, "commitment", id, o) == -1)
		goto fail;
	commitment_free(&c);
	if (ledger_commit(l) == -1) {
		buf_printf(err, "cannot commit: %s", ledger_errmsg(l));
		return -1;
	}
	return 0;
fail:
	buf_printf(err, "cannot update commitment %lld: %s", (long long)id,
	    ledger_errmsg(l));
	ledger_stmt_done(st);
	commitment_free(&c);
	ledger_rollback(l);
	return -1;
}

int
commitment_mark_answered(struct ledger *l, int64_t id, time_t at, time_t now)
{
	return commitment_answer(l, id, 0, at, now);
}

int
commitment_answer(struct ledger *l, int64_t id, int64_t by, time_t at,
    time_t now)
{
	sqlite3_stmt *st = NULL;
	json_object *o;
	int changed;

	if (ledger_begin(l) == -1)
		return -1;
	if ((st = ledger_stmt(l, "UPDATE commitments SET "
	    "answered_at = ?, sequence = sequence + 1, updated_at = ?, "
	    "answered_by = ? WHERE id = ? AND answered_at IS NULL")) == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, (int64_t)at);
	sqlite3_bind_int64(st, 2, (int64_t)now);
	bind_id_or_null(st, 3, by);
	sqlite3_bind_int64(st, 4, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	changed = sqlite3_changes(ledger_db(l));
	if (changed) {
		o = json_object_new_object();
		json_object_object_add(o, "answered_at",
		    json_object_new_int64((int64_t)at));
		if (by)
			json_object_object_add(o, "by_message",
			    json_object_new_int64(by));
		else
			json_object_object_add(o, "by",
			    json_object_new_string("parent"));
		if (ledger_event_row(l, now, "commitment.answered", "commitment",
		    id, o) == -1)
			goto fail;
	}
	return ledger_commit(l);
fail:
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

int
commitment_get(struct ledger *l, int64_t id, struct commitment *out)
{
	sqlite3_stmt *st;
	int rc = -1;

	if ((st = ledger_stmt(l, "SELECT " COMMITMENT_COLS
	    " FROM commitments WHERE id = ?")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		commitment_from_row(st, out, ledger_col_dup);
		rc = 0;
	}
	ledger_stmt_done(st);
	return rc;
}

int
commitment_each(struct ledger *l, const struct commitment_query *q,
    int (*fn)(struct commitment *c, void *arg), void *arg)
{
	sqlite3_stmt *st;
	struct commitment one;
	time_t since = 0;
	struct civil c;
	int rc, stop = 0;

	if (q->since) {
		if (civil_parse(q->since, &c) == -1)
			return -1;
		since = local_midnight(&c);
	}
	if ((st = ledger_stmt(l, "SELECT " LIST_COLS
	    " FROM commitments c LEFT JOIN people p ON p.id = c.person_id"
	    " WHERE c.created_at >= ?1"
	    " AND (?2 IS NULL OR instr(lower(coalesce(c.actor, '')), lower(?2)) > 0"
	    "  OR instr(lower(coalesce(p.name, '')), lower(?2)) > 0)"
	    " AND (?3 = 2"
	    "  OR (?3 = 0 AND c.state IN ('open', 'confirmed'))"
	    "  OR (?3 = 1 AND c.state IN ('open', 'confirmed') AND c.due IS NOT NULL"
	    "      AND c.due < ?4 AND c.answered_at IS NULL))"
	    " ORDER BY coalesce(c.due, '9999'), c.id")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, (int64_t)since);
	bind_text_or_null(st, 2, q->who);
	sqlite3_bind_int(st, 3, q->which == LIST_ALL ? 2 :
	    q->which == LIST_OVERDUE ? 1 : 0);
	sqlite3_bind_text(st, 4, q->today ? q->today : "0000-00-00", -1,
	    SQLITE_STATIC);
	/* one row at a time: 335,000 of them must not sit in memory; and
	 * their strings are lent, not copied: 3 million malloc()s fewer */
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		commitment_from_row(st, &one, col_borrow);
		stop = fn(&one, arg);
	}
	ledger_stmt_done(st);
	return stop || rc == SQLITE_DONE ? 0 : -1;
}

struct collect {
	struct commitment *arr;
	size_t n, cap;
};

static int
collect_one(struct commitment *c, void *arg)
{
	struct collect *k = arg;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 16;
		k->arr = xreallocarray(k->arr, k->cap, sizeof(*k->arr));
	}
	/* keep a copy: commitment_each only lends its strings */
	commitment_copy(&k->arr[k->n++], c);
	return 0;
}

int
commitment_list(struct ledger *l, const struct commitment_query *q,
    struct commitment **out, size_t *n)
{
	struct collect k = { NULL, 0, 0 };

	*out = NULL;
	*n = 0;
	if (commitment_each(l, q, collect_one, &k) == -1) {
		commitment_list_free(k.arr, k.n);
		return -1;
	}
	*out = k.arr;
	*n = k.n;
	return 0;
}

void
commitment_copy(struct commitment *dst, const struct commitment *src)
{
	*dst = *src;
	dst->source = src->source ? xstrdup(src->source) : NULL;
	dst->actor = src->actor ? xstrdup(src->actor) : NULL;
	dst->written = src->written ? xstrdup(src->written) : NULL;
	dst->action = src->action ? xstrdup(src->action) : NULL;
	dst->quote = src->quote ? xstrdup(src->quote) : NULL;
	dst->due = src->due ? xstrdup(src->due) : NULL;
	dst->due_time = src->due_time ? xstrdup(src->due_time) : NULL;
	dst->date_flag = src->date_flag ? xstrdup(src->date_flag) : NULL;
	dst->state = src->state ? xstrdup(src->state) : NULL;
	dst->note = src->note ? xstrdup(src->note) : NULL;
}

void
commitment_free(struct commitment *c)
{
	free(c->source);
	free(c->actor);
	free(c->written);
	free(c->action);
	free(c->quote);
	free(c->due);
	free(c->due_time);
	free(c->date_flag);
	free(c->state);
	free(c->note);
	memset(c, 0, sizeof(*c));
}

void
commitment_list_free(struct commitment *arr, size_t n)
{
	for (size_t i = 0; i < n; i++)
		commitment_free(&arr[i]);
	free(arr);
}

int
commitment_is_overdue(const struct commitment *c, const char *today)
{
	if (c->due == NULL || c->answered_at != 0 || c->state == NULL)
		return 0;
	if (strcmp(c->state, "open") != 0 && strcmp(c->state, "confirmed") != 0)
		return 0;
	return strcmp(c->due, today) < 0;
}

int
deflection_add(struct ledger *l, int64_t message_id, const char *quote,
    const char *kind, time_t now, int64_t *id)
{
	sqlite3_stmt *st = NULL;
	json_object *o;

	if (ledger_begin_part(l) == -1)
		return -1;
	if ((st = ledger_stmt(l, "INSERT INTO deflections "
	    "(message_id, quote, kind, created_at) VALUES (?, ?, ?, ?)")) == NULL)
		goto fail;
	bind_id_or_null(st, 1, message_id);
	sqlite3_bind_text(st, 2, quote, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, (int64_t)now);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	*id = sqlite3_last_insert_rowid(ledger_db(l));
	o = json_object_new_object();
	json_put_str(o, "kind", kind);
	json_put_str(o, "quote", quote);
	if (message_id)
		json_object_object_add(o, "message",
		    json_object_new_int64(message_id));
	if (ledger_event_row(l, now, "deflection.add", "deflection", *id,
	    o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

int
meeting_add(struct ledger *l, struct meeting *m, time_t now)
{
	sqlite3_stmt *st = NULL;
	json_object *o;

	if (ledger_begin_part(l) == -1)
		return -1;
	if ((st = ledger_stmt(l, "INSERT INTO meetings (message_id, "
	    "thread_id, quote, date, time, with_whom, note, created_at, "
	    "updated_at, date_flag, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?)")) == NULL)
		goto fail;
	bind_id_or_null(st, 1, m->message_id);
	bind_id_or_null(st, 2, m->thread_id);
	sqlite3_bind_text(st, 3, m->quote ? m->quote : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, m->date, -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 5, m->time);
	bind_text_or_null(st, 6, m->with_whom);
	bind_text_or_null(st, 7, m->note);
	sqlite3_bind_int64(st, 8, (int64_t)now);
	sqlite3_bind_int64(st, 9, (int64_t)now);
	bind_text_or_null(st, 10, m->date_flag);
	bind_text_or_null(st, 11, m->location);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	ledger_stmt_done(st);
	st = NULL;
	m->id = sqlite3_last_insert_rowid(ledger_db(l));
	o = json_object_new_object();
	json_put_str(o, "date", m->date);
	json_put_str(o, "time", m->time);
	json_put_str(o, "with", m->with_whom);
	json_put_str(o, "quote", m->quote);
	json_put_str(o, "note", m->note);
	json_put_str(o, "location", m->location);
	if (m->date_flag && *m->date_flag)
		json_put_str(o, "date_flag", m->date_flag);
	if (m->message_id)
		json_object_object_add(o, "message",
		    json_object_new_int64(m->message_id));
	if (ledger_event_row(l, now, "meeting.add", "meeting", m->id, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	log_warnx("cannot add meeting: %s", ledger_errmsg(l));
	ledger_stmt_done(st);
	ledger_rollback(l);
	return -1;
}

int
meeting_get(struct ledger *l, int64_t id, struct meeting *m)
{
	sqlite3_stmt *st;
	int rc = -1;

	if ((st = ledger_stmt(l, "SELECT id, message_id, thread_id, "
	    "quote, date, time, with_whom, note, state, sequence, created_at, "
	    "updated_at, date_flag, location FROM meetings WHERE id = ?")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		memset(m, 0, sizeof(*m));
		m->id = sqlite3_column_int64(st, 0);
		m->message_id = sqlite3_column_int64(st, 1);
		m->thread_id = sqlite3_column_int64(st, 2);
		m->quote = ledger_col_dup(st, 3);
		m->date = ledger_col_dup(st, 4);
		m->time = ledger_col_dup(st, 5);
		m->with_whom = ledger_col_dup(st, 6);
		m->note = ledger_col_dup(st, 7);
		m->state = ledger_col_dup(st, 8);
		m->sequence = sqlite3_column_int64(st, 9);
		m->created_at = sqlite3_column_int64(st, 10);
		m->updated_at = sqlite3_column_int64(st, 11);
		m->date_flag = ledger_col_dup(st, 12);
		m->location = ledger_col_dup(st, 13);
		rc = 0;
	}
	ledger_stmt_done(st);
	return rc;
}

void
meeting_free(struct meeting *m)
{
	free(m->quote);
	free(m->date);
	free(m->time);
	free(m->with_whom);
	free(m->note);
	free(m->date_flag);
	free(m->location);
	free(m->state);
	memset(m, 0, sizeof(*m));
}

/*
 * One row changed by the parent's hand, with its event: sql is an UPDATE
 * binding (updated_at, id[, value]) that changes exactly that row when the
 * change is allowed; refused (one %lld for the id) says why it was not.
 * value, when not NULL, is bound third and written in the event as key.
 */
static int
parent_update(struct ledger *l, int64_t id, time_t now, const char *sql,
    const char *kind, const char *table, const char *refused,
    const char *key, const char *value, struct buf *err)
{
	sqlite3_stmt *st;
	json_object *o;

	if (ledger_begin(l) == -1) {
		buf_printf(err, "ledger is busy: %s", ledger_errmsg(l));
		return -1;
	}
	if ((st = ledger_stmt(l, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, (int64_t)now);
	sqlite3_bind_int64(st, 2, id);
	if (value)
		sqlite3_bind_text(st, 3, value, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		ledger_stmt_done(st);
		goto fail;
	}
	ledger_stmt_done(st);
	if (sqlite3_changes(ledger_db(l)) != 1) {
		buf_printf(err, refused, (long long)id);
		ledger_rollback(l);
		return -1;
	}
	o = json_object_new_object();
	json_object_object_add(o, "by", json_object_new_string("parent"));
	if (value)
		json_put_str(o, key, value);
	if (ledger_event_row(l, now, kind, table, id, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	buf_printf(err, "cannot update %s %lld: %s", table, (long long)id,
	    ledger_errmsg(l));
	ledger_rollback(l);
	return -1;
}

int
meeting_set_held(struct ledger *l, int64_t id, time_t now, struct buf *err)
{
	return parent_update(l, id, now, "UPDATE meetings SET state = 'held', "
	    "sequence = sequence + 1, updated_at = ? WHERE id = ? AND state = "
	    "'scheduled'", "meeting.held", "meeting", "meeting %lld is not a "
	    "scheduled meeting (ptrail meeting list)", NULL, NULL, err);
}

int
commitment_set_chase(struct ledger *l, int64_t id, time_t now,
    struct buf *err)
{
	return parent_update(l, id, now, "UPDATE commitments SET chase = 1, "
	    "sequence = sequence + 1, updated_at = ? WHERE id = ? AND chase = 0 "
	    "AND state IN ('open', 'confirmed')", "commitment.chase",
	    "commitment", "commitment %lld is not an open promise, or is "
	    "chased already", NULL, NULL, err);
}

int
commitment_set_due(struct ledger *l, int64_t id, const char *ymd,
    time_t now, struct buf *err)
{
	/* the day the parent gives is no longer in doubt */
	return parent_update(l, id, now, "UPDATE commitments SET due = ?3, "
	    "date_flag = NULL, sequence = sequence + 1, updated_at = ?1 WHERE "
	    "id = ?2 AND state IN ('open', 'confirmed')", "commitment.due",
	    "commitment", "commitment %lld is not an open promise (ptrail "
	    "show ID)", "due", ymd, err);
}
