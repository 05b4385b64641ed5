/*
 * schedule.c — the escalation ladder; see schedule.h.
 *
 * Working days skip weekends and Hong Kong's general holidays
 * (holidays.c). The parent's own reminders — the brief three working days
 * before a meeting (brief.c), and the day before a due date — are notices to
 * the parent: always sent, once each (their subject names the item).
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "act/brief.h"
#include "act/holidays.h"
#include "base/log.h"
#include "ledger/outbox.h"
#include "act/schedule.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

struct overdue {
	int64_t	 id, message_id, thread_id;
	char	*actor, *quote, *due, *letter_from, *letter_from_name;
	char	*letter_subject, *letter_msgid;
	int64_t	 letter_date;
	int	 last_step;	/* -1: none taken yet */
	int64_t	 last_at;	/* when it was taken */
	int64_t	 created_at;	/* when ptrail first recorded it */
};

time_t
schedule_next_school_morning(const struct config *cfg, time_t t)
{
	struct civil c;
	local_civil(t, &c);
	for (int k = 0; k < 21; k++) {
		long day = civil_to_days(c.y, c.m, c.d) + k;
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

static void
overdue_free(struct overdue *o)
{
	free(o->actor);
	free(o->quote);
	free(o->due);
	free(o->letter_from);
	free(o->letter_from_name);
	free(o->letter_subject);
	free(o->letter_msgid);
}

static void
human(const char *ymd, char out[16])
{
	ymd_human(ymd, out);
}

static void
human_t(time_t t, char out[16])
{
	struct civil c;
	local_civil(t, &c);
	civil_human(&c, out);
}

/* The letter of step k for o, into r (kind, to, cc, subject, body). */
static void
write_step(const struct config *cfg, const struct overdue *o, int k,
    time_t now, struct outbox_row *r)
{
	struct buf b = BUF_INIT;
	char due[16], letter[16] = "", today[16];
	const char *parent = cfg->parent_name ? cfg->parent_name : cfg->parent_addr;
	const struct person *senco = &cfg->people[ROLE_SENCO];
	const struct person *principal = &cfg->people[ROLE_PRINCIPAL];
	const struct person *imc = &cfg->people[ROLE_IMC];
	const char *child = cfg->child_name ? cfg->child_name : "my child";

	human(o->due, due);
	if (o->letter_date)
		human_t((time_t)o->letter_date, letter);
	human_t(now, today);
	switch (k) {
	case 0:
		r->kind = xstrdup("reminder");
		r->to_addrs = xstrdup(senco->addr ? senco->addr : o->letter_from);
		buf_printf(&b, "Dear %s,\n\nIn your letter of %s you wrote:\n\n  \"%s\"\n\n"
		    "That was due on %s, and I have not heard since. Could you let "
		    "me know where this stands, and by which date it will be done?\n\n"
		    "Kind regards,\n%s\n", senco->name ? senco->name :
		    (o->letter_from_name ? o->letter_from_name : "Sir or Madam"),
		    *letter ? letter : "earlier", o->quote, due, parent);
		r->subject = xasprintf("Reminder: %s", o->letter_subject ?
		    o->letter_subject : "your commitment");
		r->in_reply_to = o->letter_msgid ? xstrdup(o->letter_msgid) : NULL;
		r->refs = o->letter_msgid ? xstrdup(o->letter_msgid) : NULL;
		break;
	case 1:
	case 2: {
		const struct person *to = k == 1 ? principal : imc;
		r->kind = xstrdup("escalation");
		r->to_addrs = xstrdup(to->addr ? to->addr : (senco->addr ?
		    senco->addr : o->letter_from));
		if (senco->addr && strcmp(senco->addr, r->to_addrs) != 0)
			r->cc_addrs = xstrdup(senco->addr);
		buf_printf(&b, "Dear %s,\n\nI am writing formally about the support "
		    "for %s.\n\nThe record:\n- %s: letter from %s: \"%s\" — due %s.\n"
		    "- A confirmation of that commitment was sent to the school.\n"
		    "- A reminder followed after the due date.\n- As of %s, there "
		    "has been no answer.\n\n%s\n\nKind regards,\n%s\n",
		    to->name ? to->name : (k == 1 ? "Principal" : "Chair of the IMC"),
		    child, *letter ? letter : "earlier", o->actor ? o->actor :
		    "the school", o->quote, due, today, k == 1 ?
		    "I would be grateful if you could ensure this is done, and let "
		    "me know by which date." : "I am raising this with the "
		    "Incorporated Management Committee because the school has not "
		    "answered the principal's letter either. I ask the Committee to "
		    "see that the commitment is met, and to tell me by which date.",
		    parent);
		r->subject = xasprintf("%s: an unanswered commitment about %s",
		    k == 1 ? "Formal letter" : "To the IMC", child);
		break;
	}
	default:
		r->kind = xstrdup("notice");
		r->to_addrs = xstrdup(cfg->parent_addr);
		buf_printf(&b, "The commitment below is now unanswered after a "
		    "reminder, a letter to the principal and one to the IMC:\n\n"
		    "  %s, letter of %s: \"%s\" — due %s.\n\nA draft complaint to "
		    "the EDB Regional Education Office follows. Check it, add what "
		    "only you know, and send it yourself.\n\n---\nTo the Regional "
		    "Education Office,\n\nI wish to complain that %s has not met a "
		    "written commitment about the special educational needs support "
		    "of %s, despite a reminder, a formal letter to the principal and "
		    "a letter to the IMC. The dated record is attached (ptrail "
		    "report).\n\n%s\n---\n\nWhere the matter is that %s is being "
		    "excluded or treated less favourably because of a disability, "
		    "rather than a difference of professional opinion, the Equal "
		    "Opportunities Commission also takes complaints under the "
		    "Disability Discrimination Ordinance.\n", o->actor ? o->actor :
		    "the school", *letter ? letter : "earlier", o->quote, due,
		    cfg->school_name ? cfg->school_name : "the school", child,
		    parent, child);
		r->subject = xasprintf("ptrail: the ladder has reached the EDB step "
		    "(%s)", child);
		break;
	}
	r->body = buf_detach(&b);
	r->lang = xstrdup("en");
	r->commitment_id = o->id;
}

static int
take_step(struct ledger *l, const struct config *cfg, const struct overdue *o,
    int k, time_t due_at, time_t now)
{
	struct outbox_row r;
	sqlite3_stmt *st = NULL;
	char subject[48], detail[96];
	int rc = -1;

	memset(&r, 0, sizeof(r));
	write_step(cfg, o, k, now, &r);
	if (ledger_begin(l) == -1)
		goto out;
	if (outbox_create(l, cfg, &r, now) == -1)
		goto rollback;
	if (strcmp(r.kind, "notice") != 0) {
		/* to the school: a school morning, not a night or a weekend */
		time_t nb = schedule_next_school_morning(cfg, now);
		if (sqlite3_prepare_v2(ledger_db(l), "UPDATE outbox SET not_before "
		    "= ? WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
			goto rollback;
		sqlite3_bind_int64(st, 1, (int64_t)nb);
		sqlite3_bind_int64(st, 2, r.id);
		if (sqlite3_step(st) != SQLITE_DONE)
			goto rollback;
		sqlite3_finalize(st);
		st = NULL;
	}
	if (sqlite3_prepare_v2(ledger_db(l), "INSERT INTO escalations "
	    "(commitment_id, step, outbox_id, due_at, created_at) VALUES (?, ?, ?, "
	    "?, ?)", -1, &st, NULL) != SQLITE_OK)
		goto rollback;
	sqlite3_bind_int64(st, 1, o->id);
	sqlite3_bind_int(st, 2, k);
	sqlite3_bind_int64(st, 3, r.id);
	sqlite3_bind_int64(st, 4, (int64_t)due_at);
	sqlite3_bind_int64(st, 5, (int64_t)now);
	if (sqlite3_step(st) != SQLITE_DONE)	/* UNIQUE: never twice */
		goto rollback;
	sqlite3_finalize(st);
	st = NULL;
	snprintf(subject, sizeof(subject), "commitment:%lld", (long long)o->id);
	snprintf(detail, sizeof(detail), "{\"step\":%d,\"outbox\":%lld}", k,
	    (long long)r.id);
	if (ledger_event(l, now, "escalation.step", subject, detail) < 0)
		goto rollback;
	rc = ledger_commit(l);
	if (rc == 0)
		log_info("commitment %lld overdue: step %d drafted (outbox %lld)",
		    (long long)o->id, k, (long long)r.id);
	goto out;
rollback:
	sqlite3_finalize(st);
	ledger_rollback(l);
out:
	outbox_row_free(&r);
	return rc;
}

/*
 * Notices are gathered while the SELECTs that find them step, and written
 * after those are finished. A write begun while a read on the same
 * connection is still open must upgrade that read's snapshot: if the CLI
 * committed since, SQLite answers SQLITE_BUSY at once, without waiting,
 * and the notice would be skipped until the next round.
 */
struct notice_queue {
	char	**subject, **body;
	size_t	  n, cap;
};

static void
queue_notice(struct notice_queue *q, char *subject, char *body)
{
	if (q->n == q->cap) {
		q->cap = q->cap ? q->cap * 2 : 16;
		q->subject = xreallocarray(q->subject, q->cap, sizeof(char *));
		q->body = xreallocarray(q->body, q->cap, sizeof(char *));
	}
	q->subject[q->n] = subject;
	q->body[q->n++] = body;
}

static int notice_once(struct ledger *l, const struct config *cfg,
    char *subject, char *body, time_t now);

/* Write the gathered notices (each once) and empty the queue. */
static int
flush_notices(struct ledger *l, const struct config *cfg,
    struct notice_queue *q, time_t now)
{
	int made = 0;
	for (size_t k = 0; k < q->n; k++)
		made += notice_once(l, cfg, q->subject[k], q->body[k], now);
	free(q->subject);
	free(q->body);
	memset(q, 0, sizeof(*q));
	return made;
}

/* One notice to the parent, unless one with this subject exists. */
static int
notice_once(struct ledger *l, const struct config *cfg, char *subject,
    char *body, time_t now)
{
	int64_t n = 0;
	struct outbox_row r;
	int rc;

	ledger_query_int(l, &n, "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND subject = ?", subject, (char *)NULL);
	if (n > 0 || cfg->parent_addr == NULL) {
		free(subject);
		free(body);
		return 0;
	}
	memset(&r, 0, sizeof(r));
	r.kind = xstrdup("notice");
	r.to_addrs = xstrdup(cfg->parent_addr);
	r.subject = subject;
	r.body = body;
	r.lang = xstrdup("en");
	rc = outbox_create(l, cfg, &r, now) == 0;
	outbox_row_free(&r);
	return rc;
}

/* Three working days before a meeting: the brief (brief.h). The day
 * before a due date: tomorrow's promise. */
static int
parent_reminders(struct ledger *l, const struct config *cfg, time_t now)
{
	sqlite3_stmt *st;
	struct civil c;
	char tomorrow[11], day[16];
	struct notice_queue q;
	int briefs;

	memset(&q, 0, sizeof(q));

	local_civil(now, &c);
	long d = civil_to_days(c.y, c.m, c.d);
	days_to_civil(d + 1, &c);
	civil_format(&c, tomorrow);
	/* the brief writes its rows itself, before the reads below */
	if ((briefs = brief_due(l, cfg, now)) < 0)
		briefs = 0;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, coalesce(actor, 'the "
	    "school'), quote FROM commitments WHERE state IN ('open', "
	    "'confirmed') AND due = ?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, tomorrow, -1, SQLITE_STATIC);
		ymd_human(tomorrow, day);
		while (sqlite3_step(st) == SQLITE_ROW)
			queue_notice(&q, xasprintf("ptrail: commitment "
			    "%lld is due tomorrow, %s", (long long)
			    sqlite3_column_int64(st, 0), day), xasprintf("Tomorrow, "
			    "%s, this falls due:\n\n  %s: \"%s\"\n\nIf it has "
			    "been done, mark it: ptrail done %lld\n", day,
			    sqlite3_column_text(st, 1), sqlite3_column_text(st, 2),
			    (long long)sqlite3_column_int64(st, 0)));
		sqlite3_finalize(st);
	}
	/* every new draft: the parent is sent it, with its approval token;
	 * one waiting too long gets a second notice (advocates say send
	 * within 24 hours). One query: "late" tells the two apart. */
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, subject, to_addrs, body, "
	    "token, created_at <= ? FROM outbox WHERE state = 'draft' AND "
	    "kind <> 'notice'", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, (int64_t)(now -
		    (time_t)cfg->draft_notice_hours * 3600));
		while (sqlite3_step(st) == SQLITE_ROW) {
			long long id = (long long)sqlite3_column_int64(st, 0);
			const unsigned char *subj = sqlite3_column_text(st, 1);
			const unsigned char *to = sqlite3_column_text(st, 2);
			const unsigned char *body = sqlite3_column_text(st, 3);
			const unsigned char *token = sqlite3_column_text(st, 4);
			queue_notice(&q, xasprintf("ptrail: draft %lld to "
			    "approve", id), xasprintf("ptrail drafted this for you to "
			    "send:\n\nTo: %s\nSubject: %s\n\n%s\n\nTo send it, "
			    "reply to this message with the line\n\nAPPROVE %s\n\nor "
			    "run: ptrail approve %lld (ptrail edit %lld to change it "
			    "first, ptrail cancel %lld to drop it).\n", to, subj, body,
			    token, id, id, id));
			if (!sqlite3_column_int(st, 5))
				continue;
			queue_notice(&q, xasprintf("ptrail: draft %lld "
			    "waits for your approval", id), xasprintf("This draft "
			    "has waited %d hours. Advocates suggest sending a summary "
			    "within 24 hours of a letter or meeting.\n\nTo: %s\n"
			    "Subject: %s\n\n%s\n\nTo send it, reply to this message "
			    "with the line\n\nAPPROVE %s\n\nor run: ptrail approve "
			    "%lld (ptrail edit %lld to change it first).\n",
			    cfg->draft_notice_hours, to, subj, body, token, id, id));
		}
		sqlite3_finalize(st);
	}
	return briefs + flush_notices(l, cfg, &q, now);
}

int
schedule_run(struct ledger *l, const struct config *cfg, time_t now)
{
	parent_reminders(l, cfg, now);
	sqlite3_stmt *st;
	struct overdue *v = NULL;
	size_t n = 0, cap = 0;
	struct civil today;
	char ymd[11];
	int taken = 0;

	if (!cfg->ladder_enabled)
		return 0;
	local_civil(now, &today);
	civil_format(&today, ymd);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT c.id, c.message_id, "
	    "c.thread_id, c.actor, c.quote, c.due, m.from_addr, m.from_name, "
	    "m.subject, m.message_id, m.date, (SELECT max(step) FROM escalations "
	    "e WHERE e.commitment_id = c.id), (SELECT max(created_at) FROM "
	    "escalations e WHERE e.commitment_id = c.id), c.created_at FROM "
	    "commitments c "
	    "LEFT JOIN "
	    "messages m ON m.id = c.message_id WHERE c.state IN ('open', "
	    "'confirmed') AND c.answered_at IS NULL AND c.due IS NOT NULL AND "
	    "c.due < ? "
	    /* not the promises already past when first seen (checked
	     * exactly below, in local time): on the first sync of an old
	     * mailbox these are thousands, none of them chased */
	    "AND c.due >= date(c.created_at, 'unixepoch', '-1 day') "
	    "ORDER BY c.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, ymd, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		struct overdue *o = &v[n++];
		memset(o, 0, sizeof(*o));
		o->id = sqlite3_column_int64(st, 0);
		o->message_id = sqlite3_column_int64(st, 1);
		o->thread_id = sqlite3_column_int64(st, 2);
		o->actor = ledger_col_dup(st, 3);
		o->quote = ledger_col_dup(st, 4);
		o->due = ledger_col_dup(st, 5);
		o->letter_from = ledger_col_dup(st, 6);
		o->letter_from_name = ledger_col_dup(st, 7);
		o->letter_subject = ledger_col_dup(st, 8);
		o->letter_msgid = ledger_col_dup(st, 9);
		o->letter_date = sqlite3_column_int64(st, 10);
		o->last_step = sqlite3_column_type(st, 11) == SQLITE_NULL ? -1 :
		    sqlite3_column_int(st, 11);
		o->last_at = sqlite3_column_int64(st, 12);
		o->created_at = sqlite3_column_int64(st, 13);
	}
	sqlite3_finalize(st);
	for (size_t k = 0; k < n; k++) {
		struct civil due;
		int step = v[k].last_step + 1;
		struct civil seen;
		local_civil((time_t)v[k].created_at, &seen);
		/* a promise already past when ptrail first saw it (the first
		 * sync of an old mailbox) is listed as overdue, not chased */
		int historic = civil_parse(v[k].due, &due) == 0 &&
		    civil_to_days(due.y, due.m, due.d) <
		    civil_to_days(seen.y, seen.m, seen.d);
		if (step < LADDER_STEPS && !historic &&
		    civil_parse(v[k].due, &due) == 0) {
			/* step k falls due on due + 1 + its days */
			long day = civil_to_days(due.y, due.m, due.d) + 1 +
			    cfg->ladder_days[step];
			struct civil sd;
			days_to_civil(day, &sd);
			time_t at = local_midnight(&sd);
			/* a ladder found late is climbed one rung at a time:
			 * each step keeps its distance from the one before */
			if (step > 0) {
				time_t gap = (time_t)(cfg->ladder_days[step] -
				    cfg->ladder_days[step - 1]) * 86400;
				struct civil lc;
				local_civil((time_t)v[k].last_at, &lc);
				if (local_midnight(&lc) + gap > at)
					at = local_midnight(&lc) + gap;
			}
			if (now >= at && take_step(l, cfg, &v[k], step, at, now) == 0)
				taken++;
		}
		overdue_free(&v[k]);
	}
	free(v);
	return taken;
}
