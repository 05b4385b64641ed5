/*
 * report_record.c — the dossier's record (report.h): what passed between
 * the family and the school, in date order, one entry each:
 * - a letter received (its sender, subject, Message-ID, SHA-256 of the
 *   message kept whole, and what it promised or deflected);
 * - a letter sent to the school: by ptrail on the parent's behalf (an
 *   outbox row in state sent, with its Message-ID and text), or by the
 *   parent from their own mailbox (a message filed in Sent, to a school
 *   address, that is not a copy of an outbox row);
 * - a meeting (its day, with whom, the words that fixed it, its state);
 * - the parent's note on a promise (`ptrail done/dispute/withdraw/reopen
 *   --note`, `add --note`), from the events, on the day it was written.
 * ptrail's notices to the parent (the digest, the brief, the EDB draft)
 * and the parent's mail to ptrail (APPROVE replies) are not part of it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "act/report_int.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

const char *const report_rec_kind[4] = { "received", "sent", "meeting",
	"note" };

static long
day_of(time_t t)
{
	struct civil c;
	local_civil(t, &c);
	return civil_days(&c);
}

int
report_in_period(const struct report_opts *o, int64_t at)
{
	struct civil c;
	long day = day_of((time_t)at);

	if (o->since && civil_parse(o->since, &c) == 0 &&
	    day < civil_days(&c))
		return 0;
	if (o->until && civil_parse(o->until, &c) == 0 &&
	    day > civil_days(&c))
		return 0;
	return 1;
}

/* One source of entries: its query (the row's id and time first, then
 * its own columns) and what fills an entry from a row; fill returns 1 to
 * leave the row out. */
struct source {
	enum rec_kind	 kind;
	const char	*sql;
	int		(*fill)(struct ledger *, const struct config *, int zh,
			    sqlite3_stmt *, struct rec *);
};

static char *
col(sqlite3_stmt *st, int k)
{
	return ledger_col_dup(st, k);
}

static void
rec_clear(struct rec *e)
{
	free(e->day);
	free(e->who);
	free(e->what);
	free(e->label);
	free(e->msgid);
	free(e->sha);
	free(e->body);
	for (int j = 0; j < e->nitems; j++)
		free(e->items[j]);
	free(e->items);
}

/* One line of what a letter promised or deflected: "Commitment: “…” —
 * 2026-03-20 — open", "Deflection (waiting): “…”", in the dossier's
 * words (report_word()). Columns: 'c' or 'd', quote, due, state or
 * kind, source. */
static char *
item_line(int zh, sqlite3_stmt *st)
{
	const char *what = (const char *)sqlite3_column_text(st, 0);
	const char *quote = (const char *)sqlite3_column_text(st, 1);
	const char *due = (const char *)sqlite3_column_text(st, 2);
	const char *state = (const char *)sqlite3_column_text(st, 3);
	const char *source = (const char *)sqlite3_column_text(st, 4);
	const char *q0 = zh ? "「" : "“", *q1 = zh ? "」" : "”";

	if (what && *what == 'd')
		return xasprintf(zh ? "%s（%s）：%s%s%s" : "%s (%s): %s%s%s",
		    report_word(zh, "Deflection"), report_word(zh, state), q0,
		    quote ? quote : "", q1);
	int own = source && !strcmp(source, "parent-summary");
	const char *from = report_word(zh, "from the parent's own summary");
	char *tail = own ? xasprintf(zh ? "（%s）" : " (%s)", from) : NULL;
	char *line = xasprintf(zh ? "%s：%s%s%s — %s — %s%s" :
	    "%s: %s%s%s — %s — %s%s", report_word(zh, "Commitment"), q0,
	    quote ? quote : "", q1, due ? due : report_word(zh, "no date"),
	    report_word(zh, state), tail ? tail : "");
	free(tail);
	return line;
}

/* What letter msg promised and deflected, one line each. */
static void
letter_items(struct ledger *l, int64_t msg, int zh, struct rec *e)
{
	sqlite3_stmt *st;

	if ((st = ledger_stmt(l, "SELECT 'c', quote, due, state, source FROM "
	    "commitments WHERE message_id = ?1 UNION ALL SELECT 'd', quote, "
	    "NULL, kind, NULL FROM deflections WHERE message_id = ?1")) == NULL)
		return;
	sqlite3_bind_int64(st, 1, msg);
	while (sqlite3_step(st) == SQLITE_ROW) {
		e->items = xreallocarray(e->items, (size_t)e->nitems + 1,
		    sizeof(*e->items));
		e->items[e->nitems++] = item_line(zh, st);
	}
	ledger_stmt_done(st);
}

/* A ledger word kept as the entry's label, in the dossier's words. */
static char *
label(int zh, sqlite3_stmt *st, int k)
{
	const char *w = (const char *)sqlite3_column_text(st, k);
	return w ? xstrdup(report_word(zh, w)) : NULL;
}

/* Letters: columns who, subject, Message-ID, SHA-256, text, kind. */
static void
letter(int zh, sqlite3_stmt *st, struct rec *e)
{
	e->who = col(st, 2);
	e->what = col(st, 3);
	e->msgid = col(st, 4);
	e->sha = col(st, 5);
	e->body = col(st, 6);
	e->label = label(zh, st, 7);
}

static int
received(struct ledger *l, const struct config *cfg, int zh,
    sqlite3_stmt *st, struct rec *e)
{
	(void)cfg;
	letter(zh, st, e);
	letter_items(l, e->id, zh, e);
	return 0;
}

/* Is one of the addresses in list ("A <a@x>, b@y") the school's? */
static int
to_school(const struct config *cfg, const char *list)
{
	const char *p = list ? list : "";
	int found = 0;

	while (*p && !found) {
		size_t len = strcspn(p, ",");
		char *a = xstrndup(p, len), *at = a, *lt = strchr(a, '<'), *gt;
		if (lt && (gt = strchr(lt, '>')) != NULL) {
			at = lt + 1;
			*gt = '\0';
		}
		while (*at == ' ')
			at++;
		found = config_is_school_addr(cfg, at);
		free(a);
		p += len + (p[len] == ',');
	}
	return found;
}

/* ptrail's letters (id > 0), and the parent's own (id < 0: a message
 * filed in Sent) when they went to the school, not to the parent or to
 * ptrail; the parent's own summary lists the promises it recorded */
static int
sent(struct ledger *l, const struct config *cfg, int zh, sqlite3_stmt *st,
    struct rec *e)
{
	letter(zh, st, e);
	if (e->id >= 0)
		return 0;
	if (!to_school(cfg, e->who))
		return 1;
	letter_items(l, -e->id, zh, e);
	return 0;
}

/* A meeting's time is its day and hour in the family's zone (midday
 * when the letter gave no hour). */
static int
meeting(struct ledger *l, const struct config *cfg, int zh, sqlite3_stmt *st,
    struct rec *e)
{
	const char *tm = (const char *)sqlite3_column_text(st, 2);
	const char *flag = (const char *)sqlite3_column_text(st, 7);
	struct civil c;
	char day[REPORT_DAY];
	int hh = 12, mm = 0;

	(void)l;
	(void)cfg;
	if (civil_parse((const char *)sqlite3_column_text(st, 8), &c))
		return 1;
	if (tm)
		sscanf(tm, "%d:%d", &hh, &mm);
	e->at = (int64_t)local_midnight(&c) + hh * 3600 + mm * 60;
	report_day(zh, &c, day);
	e->day = xasprintf("%s%s%s%s", day, flag ? " (?)" : "", tm ? " " : "",
	    tm ? tm : "");
	e->who = col(st, 3);
	e->what = col(st, 4);
	e->label = label(zh, st, 5);
	e->body = col(st, 6);
	return 0;
}

static int
note(struct ledger *l, const struct config *cfg, int zh, sqlite3_stmt *st,
    struct rec *e)
{
	(void)l;
	(void)cfg;
	e->label = label(zh, st, 2);
	e->what = col(st, 3);
	e->who = col(st, 4);
	return 0;
}

static const struct source sources[] = {
	{ REC_RECEIVED, "SELECT id, coalesce(date, stored_at), coalesce("
	    "from_name || ' <' || from_addr || '>', from_addr, from_name), "
	    "subject, message_id, sha256, NULL, NULL FROM messages WHERE "
	    "direction = 'in' ORDER BY id", received },
	{ REC_SENT, "SELECT id, sent_at, to_addrs || coalesce(', ' || "
	    "cc_addrs, ''), subject, msgid, NULL, body, kind FROM outbox WHERE "
	    "state = 'sent' AND kind <> 'notice' UNION ALL SELECT -id, "
	    "coalesce(date, stored_at), to_addrs, subject, message_id, sha256, "
	    "body, NULL FROM messages m WHERE direction = 'out' AND NOT EXISTS "
	    "(SELECT 1 FROM outbox x WHERE x.msgid = m.message_id) ORDER BY 1",
	    sent },
	/* with whom: as recorded, else the writer of the letter that fixed
	 * it (as the brief says) */
	{ REC_MEETING, "SELECT g.id, 0, g.time, coalesce(g.with_whom, "
	    "m.from_name, m.from_addr), g.quote, g.state, g.note, g.date_flag, "
	    "g.date FROM meetings g LEFT JOIN messages m ON m.id = g.message_id "
	    "ORDER BY g.id", meeting },
	/* the parent's note on a promise, on the day it was written */
	{ REC_NOTE, "SELECT e.id, e.at, substr(e.kind, 12), json_extract("
	    "e.detail, '$.note'), coalesce(p.name, c.actor, '') || ': “' || "
	    "c.quote || '”' FROM events e JOIN commitments c ON c.id = CAST("
	    "substr(e.subject, 12) AS INTEGER) LEFT JOIN people p ON p.id = "
	    "c.person_id WHERE e.kind LIKE 'commitment.%' AND e.subject LIKE "
	    "'commitment:%' AND json_valid(e.detail) AND json_extract("
	    "e.detail, '$.note') IS NOT NULL ORDER BY e.id", note },
};

static int
load(struct ledger *l, const struct config *cfg, const struct report_opts *o,
    const struct source *src, struct rec **v, int *n)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(ledger_db(l), src->sql, -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct rec e;
		struct civil c;
		char day[REPORT_DAY];

		memset(&e, 0, sizeof(e));
		e.kind = src->kind;
		e.id = sqlite3_column_int64(st, 0);
		e.at = sqlite3_column_int64(st, 1);
		if (src->fill(l, cfg, REPORT_ZH(o), st, &e) ||
		    !report_in_period(o, e.at)) {
			rec_clear(&e);
			continue;
		}
		if (e.day == NULL) {
			local_civil((time_t)e.at, &c);
			report_day(REPORT_ZH(o), &c, day);
			e.day = xstrdup(day);
		}
		*v = xreallocarray(*v, (size_t)*n + 1, sizeof(**v));
		(*v)[(*n)++] = e;
	}
	sqlite3_finalize(st);
	return 0;
}

static int
by_time(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

int
report_record_load(struct ledger *l, const struct config *cfg,
    const struct report_opts *o, struct rec **out, int *n)
{
	*out = NULL;
	*n = 0;
	for (size_t k = 0; k < sizeof(sources) / sizeof(sources[0]); k++)
		if (load(l, cfg, o, &sources[k], out, n) == -1) {
			report_record_free(*out, *n);
			*out = NULL;
			*n = 0;
			return -1;
		}
	if (*n)
		qsort(*out, (size_t)*n, sizeof(**out), by_time);
	return 0;
}

void
report_record_free(struct rec *v, int n)
{
	for (int k = 0; k < n; k++)
		rec_clear(&v[k]);
	free(v);
}
