/*
 * schedule.c — the escalation ladder; see schedule.h. The parent's daily
 * digest is in digest.c.
 *
 * Invariants:
 * - A ladder letter states only what the ledger's `sent` outbox rows say
 *   (claims(): the confirmation of the promise's letter, and each earlier
 *   step of this promise, with the date it was sent).
 * - Step k+1 of a promise is drafted only after step k was sent (or
 *   passed over: its addressee had a lower step already), and
 *   only when the addressee of step k+1 is known; nothing is drafted on
 *   a due day in doubt; while a step waits for
 *   approval (or failed) nothing above it moves; a step the parent
 *   cancelled stops the ladder for that promise until `ptrail escalate`.
 * - One letter per addressee and step: a promise whose step comes due
 *   joins the unapproved draft of the same step to the same addressee
 *   (an outbox.join event), unless the parent edited it.
 * Working days skip weekends and Hong Kong's general holidays
 * (holidays.c). The brief three working days before a meeting (brief.c)
 * is the parent's own reminder: a notice, sent once per meeting.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "act/brief.h"
#include "act/compose.h"
#include "act/holidays.h"
#include "act/schedule.h"
#include "act/schedule_int.h"
#include "base/buf.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "ledger/outbox.h"
#include "ledger/people.h"

time_t
schedule_next_school_morning(const struct config *cfg, time_t t)
{
	struct civil c;
	local_civil(t, &c);
	for (int k = 0; k < 21; k++) {
		long day = civil_days(&c) + k;
		struct civil d;
		days_to_civil(day, &d);
		if (holiday_or_weekend(cfg, day))
			continue;
		time_t morning = local_midnight(&d) + cfg->work_start_hour * 3600;
		time_t end = local_midnight(&d) + cfg->work_end_hour * 3600;
		if (k == 0 && t >= end)
			continue;
		return t > morning ? t : morning;
	}
	return t;
}

/* Local midnight of the n-th school day after the day of t. */
static time_t
after_school_days(const struct config *cfg, time_t t, int n)
{
	struct civil c;
	long day;

	local_civil(t, &c);
	day = civil_days(&c);
	for (int k = 0; k < n; ) {
		day++;
		if (!holiday_or_weekend(cfg, day))
			k++;
	}
	days_to_civil(day, &c);
	return local_midnight(&c);
}

const char *const schedule_step_name[LADDER_STEPS] = { "reminder",
    "letter to the principal", "letter to the IMC", "EDB complaint notice" };

void
chase_item_free(struct chase_item *it)
{
	free(it->quote);
	free(it->due);
	free(it->who);
	free(it->who_addr);
	free(it->letter_from);
	free(it->letter_from_name);
	free(it->letter_subject);
	free(it->letter_msgid);
	free(it->lang);
	free(it->blocked);
	free(it->date_flag);
	free(it->skip_who);
	memset(it, 0, sizeof(*it));
}

void
chase_plan_free(struct chase_item *v, size_t n)
{
	for (size_t k = 0; k < n; k++)
		chase_item_free(&v[k]);
	free(v);
}

/* One letter of its ladder (in escalation order): the last sent step,
 * a pending one, a cancelled one above the last sent. */
static void
ladder_row(struct chase_item *it, sqlite3_stmt *st)
{
	int step = sqlite3_column_int(st, 1);
	const char *state = (const char *)sqlite3_column_text(st, 3);

	if (strcmp(state, "sent") == 0) {
		if (step > it->last_sent) {
			it->last_sent = step;
			it->last_sent_at = sqlite3_column_int64(st, 4);
		}
		it->cancelled = 0;
	} else if (strcmp(state, "cancelled") == 0) {
		it->cancelled = step > it->last_sent;
	} else {
		it->pending_outbox = sqlite3_column_int64(st, 2);
		it->cancelled = 0;
	}
}

/*
 * Where the ladder of each item stands, in one query over the letters of
 * all of them (v is in id order; so are the rows): a query per promise
 * was most of a plan's cost once a ledger holds thousands of them.
 */
static int
ladder_states(struct ledger *l, struct chase_item *v, size_t n)
{
	sqlite3_stmt *st;
	size_t k = 0;
	int rc;

	for (size_t j = 0; j < n; j++) {
		v[j].last_sent = -1;
		v[j].pending_outbox = 0;
		v[j].cancelled = 0;
	}
	if (n == 0)
		return 0;
	if ((st = ledger_stmt(l, "SELECT e.commitment_id, e.step, o.id, "
	    "o.state, o.sent_at FROM escalations e JOIN outbox o ON o.id = "
	    "e.outbox_id WHERE e.commitment_id BETWEEN ? AND ? ORDER BY "
	    "e.commitment_id, e.id")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, v[0].id);
	sqlite3_bind_int64(st, 2, v[n - 1].id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		while (k < n && v[k].id < id)
			k++;
		if (k < n && v[k].id == id)
			ladder_row(&v[k], st);
	}
	ledger_stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The addressee of step k for it, or why there is none (it->blocked). */
static void
addressee(const struct config *cfg, struct chase_item *it, int k,
    const char **to, const char **to_name, const char **cc)
{
	const struct person *senco = &cfg->people[ROLE_SENCO];
	const char *promiser = it->who_addr ? it->who_addr : it->letter_from;
	int staff = people_is_school_staff(cfg, promiser) ||
	    people_is_school_staff(cfg, it->letter_from);

	*to = *to_name = *cc = NULL;
	free(it->blocked);
	it->blocked = NULL;
	switch (k) {
	case 0:
		*to = promiser;
		*to_name = it->who_addr ? it->who : it->letter_from_name;
		if (*to == NULL)
			it->blocked = xasprintf("no address is known for %s: "
			    "write to them yourself, or `ptrail people` to merge "
			    "the name with a known person", it->who);
		if (staff && *to && senco->addr && strcasecmp(senco->addr, *to))
			*cc = senco->addr;
		break;
	case 1:
	case 2: {
		enum role r = k == 1 ? ROLE_PRINCIPAL : ROLE_IMC;
		if (!staff) {
			it->blocked = xasprintf("%s is an outside provider: ptrail "
			    "does not write to the school about them, and knows no "
			    "supervisor of theirs; write to their service yourself",
			    it->who);
			break;
		}
		*to = cfg->people[r].addr;
		*to_name = cfg->people[r].name;
		if (*to == NULL)
			it->blocked = xasprintf("the %s is not drafted: set %s = "
			    "Name <address> in [school] of the config",
			    schedule_step_name[k], role_name(r));
		else if (senco->addr && strcasecmp(senco->addr, *to))
			*cc = senco->addr;
		break;
	}
	default:
		*to = cfg->parent_addr;
		*to_name = cfg->parent_name;
		break;
	}
}

/* Does step k go to someone a lower step of it already went to? A promise
 * of the principal: the reminder went to the principal, and the "formal
 * letter to the principal" would be the same letter to the same person. */
static int
same_as_below(const struct config *cfg, struct chase_item *it, int k)
{
	const char *to, *name, *cc, *lo;
	char *mine;
	int same = 0;

	addressee(cfg, it, k, &to, &name, &cc);
	if (to == NULL || k >= LADDER_STEPS - 1)
		return 0;
	mine = xstrdup(to);
	for (int j = 0; j < k && !same; j++) {
		addressee(cfg, it, j, &lo, &name, &cc);
		same = lo && strcasecmp(lo, mine) == 0;
	}
	free(mine);
	return same;
}

/* Climb over the steps whose addressee had a lower step already: they
 * are marked in it->skipped (draft_group records them) and next_step is
 * the first rung that reaches someone new. */
static void
pass_over(const struct config *cfg, struct chase_item *it)
{
	it->skipped = 0;
	while (it->next_step > 0 && it->next_step < LADDER_STEPS - 1 &&
	    same_as_below(cfg, it, it->next_step)) {
		const char *to, *name, *cc;
		addressee(cfg, it, it->next_step, &to, &name, &cc);
		if (it->skipped == 0)
			it->skip_who = xstrdup(name ? name : to);
		it->skipped |= 1 << it->next_step;
		it->next_step++;
	}
	/* the addressee of next_step alone says what blocks it */
	free(it->blocked);
	it->blocked = NULL;
}

static int
by_id(const void *a, const void *b)
{
	int64_t x = ((const struct chase_item *)a)->id;
	int64_t y = ((const struct chase_item *)b)->id;

	return x < y ? -1 : x > y;
}

int
schedule_plan(struct ledger *l, const struct config *cfg, time_t now,
    struct chase_item **out, size_t *nout)
{
	sqlite3_stmt *st;
	struct chase_item *v = NULL;
	size_t n = 0, cap = 0;
	struct civil today;
	char ymd[11];

	*out = NULL;
	*nout = 0;
	local_civil(now, &today);
	civil_format(&today, ymd);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT c.id, c.quote, c.due, "
	    "coalesce(p.name, p.address, c.actor, 'the school'), p.address, "
	    "m.id, m.from_addr, m.from_name, m.subject, m.message_id, m.date, "
	    "coalesce(m.lang, 'en'), c.created_at, c.chase, c.date_flag FROM "
	    "commitments c "
	    "LEFT JOIN people p ON p.id = c.person_id LEFT JOIN messages m ON "
	    "m.id = c.message_id WHERE c.state IN ('open', 'confirmed') AND "
	    "c.answered_at IS NULL AND c.due IS NOT NULL AND c.due < ?", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, ymd, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct chase_item *it;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		it = &v[n++];
		memset(it, 0, sizeof(*it));
		it->id = sqlite3_column_int64(st, 0);
		it->quote = ledger_col_dup(st, 1);
		it->due = ledger_col_dup(st, 2);
		it->who = ledger_col_dup(st, 3);
		it->who_addr = ledger_col_dup(st, 4);
		it->letter = sqlite3_column_int64(st, 5);
		it->letter_from = ledger_col_dup(st, 6);
		it->letter_from_name = ledger_col_dup(st, 7);
		it->letter_subject = ledger_col_dup(st, 8);
		it->letter_msgid = ledger_col_dup(st, 9);
		it->letter_date = sqlite3_column_int64(st, 10);
		it->lang = ledger_col_dup(st, 11);
		it->created_at = sqlite3_column_int64(st, 12);
		it->chase = sqlite3_column_int(st, 13);
		it->date_flag = ledger_col_dup(st, 14);
		/* a promise added by hand ("ptrail add --who 'Ms Wong'"): the
		 * config's person of that name, when there is one */
		if (it->who_addr == NULL) {
			int r = people_config_role(cfg, it->who);
			if (r >= 0 && cfg->people[r].addr)
				it->who_addr = xstrdup(cfg->people[r].addr);
		}
	}
	sqlite3_finalize(st);
	/* in id order: sorted here, not by SQLite, whose sorter copied
	 * every wide row of a first sync's thousands of promises */
	if (n > 1)
		qsort(v, n, sizeof(*v), by_id);
	if (ladder_states(l, v, n) == -1) {
		chase_plan_free(v, n);
		return -1;
	}
	for (size_t k = 0; k < n; k++) {
		struct chase_item *it = &v[k];
		struct civil due, seen;
		const char *to, *to_name, *cc;

		local_civil((time_t)it->created_at, &seen);
		civil_parse(it->due, &due);
		/* past its day when first seen: listed, chased on request */
		it->historic = civil_days(&due) <
		    civil_days(&seen);
		it->next_step = it->last_sent + 1;
		it->due_at = 0;
		pass_over(cfg, it);
		/* a doubtful due day is a question, not a day to chase on:
		 * it waits for `ptrail due` */
		if (it->pending_outbox || it->cancelled || it->date_flag ||
		    it->next_step >= LADDER_STEPS ||
		    (it->historic && !it->chase && it->last_sent < 0))
			continue;
		if (it->last_sent < 0) {
			long day = civil_days(&due) + 1 +
			    cfg->ladder_days[0];
			struct civil sd;
			days_to_civil(day, &sd);
			it->due_at = it->historic ? (int64_t)now :
			    (int64_t)local_midnight(&sd);
		} else {
			/* the wait after the step that was sent, also when
			 * the step above it is passed over */
			int up = it->last_sent + 1;
			int gap = cfg->ladder_days[up] - cfg->ladder_days[up - 1];
			it->due_at = after_school_days(cfg,
			    (time_t)it->last_sent_at, gap > 0 ? gap : 1);
		}
		addressee(cfg, it, it->next_step, &to, &to_name, &cc);
	}
	*out = v;
	*nout = n;
	return 0;
}

/* The unapproved, unedited draft of step k to 'to', or 0. */
static int64_t
open_draft(struct ledger *l, int k, const char *to)
{
	sqlite3_stmt *st;
	int64_t id = 0;

	if ((st = ledger_stmt(l, "SELECT o.id FROM outbox o WHERE o.state = "
	    "'draft' AND o.to_addrs = ?1 AND EXISTS (SELECT 1 FROM escalations "
	    "e WHERE e.outbox_id = o.id AND e.step = ?2) AND NOT EXISTS (SELECT "
	    "1 FROM events v WHERE v.kind = 'outbox.edit' AND v.subject = "
	    "'outbox:' || o.id) ORDER BY o.id DESC LIMIT 1")) == NULL)
		return 0;
	sqlite3_bind_text(st, 1, to, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, k);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	ledger_stmt_done(st);
	return id;
}

/* Record step k of it as drafted in outbox, or (outbox 0) as passed over:
 * an escalations row without a letter, and the event escalation.skip. */
static int
link_step(struct ledger *l, const struct chase_item *it, int k,
    int64_t outbox, time_t now, const char *why)
{
	sqlite3_stmt *st;
	char subject[48], detail[128];

	if ((st = ledger_stmt(l, "INSERT INTO escalations (commitment_id, "
	    "step, outbox_id, due_at, created_at) VALUES (?, ?, ?, ?, ?)")) ==
	    NULL)
		return -1;
	sqlite3_bind_int64(st, 1, it->id);
	sqlite3_bind_int(st, 2, k);
	if (outbox)
		sqlite3_bind_int64(st, 3, outbox);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_int64(st, 4, it->due_at ? it->due_at : (int64_t)now);
	sqlite3_bind_int64(st, 5, (int64_t)now);
	if (sqlite3_step(st) != SQLITE_DONE) {
		ledger_stmt_done(st);
		return -1;
	}
	ledger_stmt_done(st);
	snprintf(subject, sizeof(subject), "commitment:%lld", (long long)it->id);
	if (outbox == 0)
		snprintf(detail, sizeof(detail), "{\"step\":%d,\"why\":"
		    "\"same addressee as a lower step\",\"by\":\"%s\"}", k, why);
	else
		snprintf(detail, sizeof(detail), "{\"step\":%d,\"outbox\":"
		    "%lld,\"by\":\"%s\"}", k, (long long)outbox, why);
	return ledger_event(l, now, outbox ? "escalation.step" :
	    "escalation.skip", subject, detail) < 0 ? -1 : 0;
}

/* The items already in draft 'outbox', then 'add', as one letter. */
static int
draft_group(struct ledger *l, const struct config *cfg,
    struct chase_item *const *add, size_t nadd, int k, time_t now,
    const char *why)
{
	const char *to, *to_name, *cc;
	struct outbox_row r;
	int64_t existing;
	struct chase_item **all = NULL, *joined = NULL;
	size_t nall = 0, njoined = 0;
	int rc = -1;

	addressee(cfg, add[0], k, &to, &to_name, &cc);
	if (to == NULL)
		return -1;
	existing = k < 3 ? open_draft(l, k, to) : 0;
	memset(&r, 0, sizeof(r));
	if (ledger_begin(l) == -1)
		return -1;
	if (existing) {
		/* the items of the draft, from the plan's own query */
		struct chase_item *v;
		size_t n;
		if (schedule_plan(l, cfg, now, &v, &n) == -1)
			goto rollback;
		joined = v;
		njoined = n;
		for (size_t j = 0; j < n; j++)
			if (v[j].pending_outbox == existing) {
				all = xreallocarray(all, nall + 1, sizeof(*all));
				all[nall++] = &v[j];
			}
	}
	for (size_t j = 0; j < nadd; j++) {
		all = xreallocarray(all, nall + 1, sizeof(*all));
		all[nall++] = add[j];
	}
	schedule_write_letter(l, cfg, all, nall, k, to, to_name, cc, now, &r);
	if (existing) {
		json_object *ids = json_object_new_array();
		for (size_t j = 0; j < nadd; j++)
			json_object_array_add(ids, json_object_new_int64(add[j]->id));
		if (outbox_redraft(l, existing, &r, ids, now) == -1)
			goto rollback;
		r.id = existing;
	} else {
		if (outbox_create(l, cfg, &r, now) == -1)
			goto rollback;
		if (strcmp(r.kind, "notice") != 0) {
			/* to the school: a school morning */
			if (outbox_set_not_before(l, r.id,
			    schedule_next_school_morning(cfg, now)) == -1)
				goto rollback;
		}
	}
	for (size_t j = 0; j < nadd; j++) {
		for (int s = 1; s < k; s++)
			if ((add[j]->skipped & (1 << s)) &&
			    link_step(l, add[j], s, 0, now, why) == -1)
				goto rollback;
		if (link_step(l, add[j], k, r.id, now, why) == -1)
			goto rollback;
	}
	if ((rc = ledger_commit(l)) == 0)
		log_info("%s for %zu commitment(s) %s (outbox %lld)",
		    schedule_step_name[k], nadd, existing ? "joined the draft" : "drafted",
		    (long long)r.id);
	goto out;
rollback:
	ledger_rollback(l);
	rc = -1;
out:
	free(all);
	chase_plan_free(joined, njoined);
	outbox_row_free(&r);
	return rc;
}

/* Take the steps that came due: one letter per addressee and step.
 * Each letter is its own transaction (draft_group()); asked to stop, it
 * stops before the next letter, and the next run's plan finds the
 * promises drafted so far pending and groups the rest as this one would. */
static int
ladder(struct ledger *l, const struct config *cfg, time_t now,
    const struct cancel *stop)
{
	struct chase_item *v, **group;
	size_t n, taken = 0;
	char *done;

	if (schedule_plan(l, cfg, now, &v, &n) == -1)
		return -1;
	group = xcalloc(n ? n : 1, sizeof(*group));
	done = xcalloc(n ? n : 1, 1);
	for (size_t j = 0; j < n; j++) {
		const char *to, *to_name, *cc;
		size_t ng = 0;
		int k = v[j].next_step;
		if (done[j] || v[j].due_at == 0 || now < (time_t)v[j].due_at ||
		    v[j].blocked)
			continue;
		if (cancel_asked(stop))
			break;
		addressee(cfg, &v[j], k, &to, &to_name, &cc);
		char *key = xstrdup(to);
		for (size_t i = j; i < n; i++) {
			const char *t2, *n2, *c2;
			if (done[i] || v[i].due_at == 0 || now < (time_t)v[i].due_at ||
			    v[i].blocked || v[i].next_step != k)
				continue;
			addressee(cfg, &v[i], k, &t2, &n2, &c2);
			if (t2 && strcasecmp(t2, key) == 0) {
				group[ng++] = &v[i];
				done[i] = 1;
			}
		}
		free(key);
		if (draft_group(l, cfg, group, ng, k, now, "ladder") == 0)
			taken += ng;
	}
	free(group);
	free(done);
	chase_plan_free(v, n);
	return (int)taken;
}

int
schedule_escalate(struct ledger *l, const struct config *cfg, int64_t id,
    time_t now, struct buf *err)
{
	struct chase_item *v, *it = NULL;
	size_t n;
	int rc = -1;

	if (schedule_plan(l, cfg, now, &v, &n) == -1) {
		buf_printf(err, "cannot read the ledger: %s", ledger_errmsg(l));
		return -1;
	}
	for (size_t j = 0; j < n; j++)
		if (v[j].id == id)
			it = &v[j];
	if (it == NULL)
		buf_printf(err, "commitment %lld is not overdue and unanswered",
		    (long long)id);
	else if (it->date_flag)
		buf_printf(err, "the due day of commitment %lld is in doubt (%s): "
		    "settle it first with ptrail due %lld DATE", (long long)id,
		    it->date_flag, (long long)id);
	else if (it->pending_outbox)
		buf_printf(err, "outbox %lld waits: approve it (ptrail approve "
		    "%lld) or cancel it first", (long long)it->pending_outbox,
		    (long long)it->pending_outbox);
	else if (it->next_step >= LADDER_STEPS)
		buf_printf(err, "commitment %lld is at the top of the ladder",
		    (long long)id);
	else {
		const char *to, *to_name, *cc;
		addressee(cfg, it, it->next_step, &to, &to_name, &cc);
		if (it->blocked) {
			buf_printf(err, "%s", it->blocked);
		} else {
			/* the escalation.step event says "by":"parent" */
			it->due_at = (int64_t)now;
			rc = draft_group(l, cfg, &it, 1, it->next_step, now,
			    "parent") == 0 ? it->next_step : -1;
			if (rc == -1)
				buf_printf(err, "cannot draft: %s", ledger_errmsg(l));
		}
	}
	chase_plan_free(v, n);
	return rc;
}

int
schedule_run(struct ledger *l, const struct config *cfg, time_t now,
    const struct cancel *stop)
{
	int taken = 0;

	if (cfg->ladder_enabled)
		taken = ladder(l, cfg, now, stop);
	if (cancel_asked(stop))
		return taken;
	/* the brief writes its own rows (brief.h) */
	if (brief_due(l, cfg, now, stop) > 0)
		taken++;
	/* a digest written after a cut round would tell the parent of a
	 * half-drafted ladder: the next round writes the day's digest */
	if (!cancel_asked(stop))
		schedule_digest(l, cfg, now);
	return taken;
}

void
schedule_policy(struct ledger *l, const struct config *cfg, time_t now,
    struct buf *out)
{
	struct chase_item *v;
	size_t n;
	int chased = 0, quiet = 0, waiting = 0, stopped = 0, blocked = 0;
	int doubt = 0;

	if (schedule_plan(l, cfg, now, &v, &n) == -1)
		return;
	for (size_t k = 0; k < n; k++) {
		if (v[k].historic && !v[k].chase && v[k].last_sent < 0 &&
		    !v[k].pending_outbox)
			quiet++;
		else if (v[k].pending_outbox)
			waiting++;
		else if (v[k].date_flag)
			doubt++;
		else if (v[k].cancelled)
			stopped++;
		else if (v[k].blocked)
			blocked++;
		else
			chased++;
	}
	chase_plan_free(v, n);
	buf_printf(out, "chase: %s\n", cfg->ladder_enabled ? "on" :
	    "off ([escalation] enabled = no): nothing is chased");
	buf_printf(out, "  %d overdue promise(s) chased; %d wait for a draft you "
	    "have not approved; %d stopped because you cancelled a step; %d "
	    "cannot go further (the digest says which config key is missing)\n",
	    chased, waiting, stopped, blocked);
	buf_printf(out, "  %d overdue promise(s) not chased: they were already "
	    "past when ptrail first saw them (ptrail chase ID chases one)\n",
	    quiet);
	buf_printf(out, "  %d overdue promise(s) wait for their due day to be "
	    "settled: the letter's date is in doubt (ptrail due ID DATE)\n",
	    doubt);
	buf_printf(out, "  confirmation summaries are drafted only for letters "
	    "of the last %d days\n", COMPOSE_DAYS);
}
