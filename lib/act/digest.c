/*
 * digest.c — the parent's daily digest; see schedule.h.
 *
 * The digest is one notice a day to the parent (cfg->parent_addr), made
 * by schedule_digest() on the first run at or after DIGEST_HOUR local time
 * (schedule_run() calls it after the ladder and the brief), and only when
 * something changed since the last digest: a quiet day sends nothing.
 * It lists, in order:
 * - drafts waiting for approval (or failed), with their full To/Cc,
 *   subject and body, and the APPROVE token or command to send each;
 * - what is overdue and unanswered and where its ladder stands (a draft
 *   waiting, a cancelled step, a missing config key, the day the next
 *   step is drafted, a step passed over), then those whose due day is in
 *   doubt (the question and `ptrail due ID DATE`), then the old promises
 *   not chased, each with the `ptrail chase ID` that chases it;
 * - what the school answered since the last digest;
 * - meetings of the past week with no summary sent (brief.h);
 * - meetings of the week ahead and promises due tomorrow.
 * The ladder's state comes from schedule_plan() (schedule.c); the step
 * names and day text are shared through schedule_int.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act/brief.h"
#include "act/schedule.h"
#include "act/schedule_int.h"
#include "base/buf.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "extract/dates_doubt.h"
#include "ledger/outbox.h"

static void
digest_draft(const struct config *cfg, const struct outbox_row *r,
    time_t now, time_t last, struct buf *b, int *news)
{
	long hours = (long)((now - (time_t)r->created_at) / 3600);
	int failed = strcmp(r->state, "failed") == 0;

	/* new or changed since the last digest, or now waiting long */
	if ((time_t)r->updated_at > last || ((time_t)r->created_at +
	    (time_t)cfg->draft_notice_hours * 3600 > last && hours >=
	    cfg->draft_notice_hours))
		(*news)++;
	buf_printf(b, "* Draft %lld (%s)", (long long)r->id, r->kind);
	if (failed)
		buf_printf(b, " FAILED: %s", r->last_error ? r->last_error : "");
	else if (hours >= cfg->draft_notice_hours)
		buf_printf(b, ", waiting %ld hours (advocates suggest "
		    "sending within 24)", hours);
	buf_printf(b, "\n  To: %s\n", r->to_addrs);
	if (r->cc_addrs)
		buf_printf(b, "  Cc: %s\n", r->cc_addrs);
	buf_printf(b, "  Subject: %s\n\n", r->subject);
	for (const char *p = r->body; *p; ) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		buf_addstr(b, "  | ");
		buf_add(b, p, len);
		buf_addch(b, '\n');
		p += len + (e != NULL);
	}
	if (failed)
		buf_printf(b, "\n  Check the address, then: ptrail approve "
		    "%lld to try again.\n\n", (long long)r->id);
	else
		buf_printf(b, "\n  To send it, reply with the line  APPROVE "
		    "%s\n  or run: ptrail approve %lld (ptrail edit %lld to "
		    "change it first, ptrail cancel %lld to drop it).\n\n",
		    r->token, (long long)r->id, (long long)r->id,
		    (long long)r->id);
}

static int
digest_drafts(struct ledger *l, const struct config *cfg, time_t now,
    time_t last, struct buf *b, int *news)
{
	int64_t *ids;
	size_t n;
	int shown = 0;

	if (outbox_waiting_ids(l, &ids, &n) == -1)
		return 0;
	for (size_t k = 0; k < n; k++) {
		struct outbox_row r;

		if (outbox_get(l, ids[k], &r) == -1)
			continue;
		if (shown++ == 0)
			buf_addstr(b, "Waiting for you:\n\n");
		digest_draft(cfg, &r, now, last, b, news);
		outbox_row_free(&r);
	}
	free(ids);
	return shown;
}

/* A promise whose due day is in doubt: the question, and the command that
 * settles it; the ladder waits for that (schedule.h). */
static void
doubt_text(const struct chase_item *it, struct buf *b)
{
	struct buf q = BUF_INIT;
	char due[16];

	ymd_human(it->due, due);
	dates_doubt_question(it->date_flag, it->due, it->quote, "en",
	    DOUBT_TO_PARENT, &q);
	buf_printf(b, "* %lld %s, due %s (?): \"%s\"\n  %s\n  Not chased on a "
	    "guessed day. Once you know the day: ptrail due %lld DATE (the same "
	    "day confirms the guess); the chase starts from it.\n",
	    (long long)it->id, it->who, due, it->quote, buf_str(&q),
	    (long long)it->id);
	buf_free(&q);
}

/* "the letter to the principal is passed over: ..." for each step the
 * ladder climbs over (schedule.h), before the line about the next one */
static void
skipped_text(const struct chase_item *it, struct buf *b)
{
	for (int s = 1; s < LADDER_STEPS; s++)
		if (it->skipped & (1 << s))
			buf_printf(b, "the %s is passed over: it would go to %s "
			    "again, who had the %s already;\n  ",
			    schedule_step_name[s], it->skip_who,
			    schedule_step_name[s - 1]);
}

static int
digest_overdue(struct ledger *l, const struct config *cfg, time_t now,
    time_t last, struct buf *b, int *news)
{
	struct chase_item *v;
	size_t n;
	struct buf quiet = BUF_INIT, doubt = BUF_INIT;
	int shown = 0, nquiet = 0, ndoubt = 0;
	char day[64];

	if (schedule_plan(l, cfg, now, &v, &n) == -1)
		return 0;
	for (size_t k = 0; k < n; k++) {
		struct chase_item *it = &v[k];
		char due[16], lastday[11];
		struct civil lc;
		ymd_human(it->due, due);
		/* overdue since the last digest (its due day was that day or
		 * later), or first seen since */
		local_civil(last - 86400, &lc);
		civil_format(&lc, lastday);
		if (strcmp(it->due, lastday) >= 0 || (time_t)it->created_at > last)
			(*news)++;
		if (it->date_flag && !it->pending_outbox) {
			ndoubt++;
			doubt_text(it, &doubt);
			continue;
		}
		if (it->historic && !it->chase && it->last_sent < 0 &&
		    !it->pending_outbox) {
			if (nquiet++ < 20)
				buf_printf(&quiet, "* %lld %s, due %s: \"%s\"  -> "
				    "ptrail chase %lld\n", (long long)it->id, it->who,
				    due, it->quote, (long long)it->id);
			continue;
		}
		if (shown++ == 0)
			buf_addstr(b, "Overdue and unanswered:\n\n");
		buf_printf(b, "* %lld %s, due %s: \"%s\"\n  ", (long long)it->id,
		    it->who, due, it->quote);
		if (it->pending_outbox) {
			skipped_text(it, b);
			buf_printf(b, "draft %lld waits for you; nothing further "
			    "is drafted until it is sent\n", (long long)
			    it->pending_outbox);
		} else if (it->cancelled)
			buf_printf(b, "you cancelled the %s: the ladder stops here; "
			    "ptrail escalate %lld drafts it again\n",
			    schedule_step_name[it->last_sent + 1],
			    (long long)it->id);
		else if (it->next_step >= LADDER_STEPS)
			buf_addstr(b, "every step of the ladder was taken\n");
		else if (it->blocked) {
			skipped_text(it, b);
			buf_printf(b, "%s\n", it->blocked);
			/* the step it cannot take came due since */
			if (it->due_at && (time_t)it->due_at <= now &&
			    (time_t)it->due_at > last)
				(*news)++;
		}
		else {
			skipped_text(it, b);
			schedule_day_text((time_t)it->due_at, 0, day, sizeof(day));
			buf_printf(b, "the %s is drafted on %s unless the school "
			    "answers (ptrail escalate %lld: now)\n",
			    schedule_step_name[it->next_step], day,
			    (long long)it->id);
		}
	}
	if (ndoubt) {
		buf_printf(b, "%sPast a due day that is in doubt, so not chased "
		    "until you settle the day (%d):\n\n%s", shown ? "\n" : "",
		    ndoubt, buf_str(&doubt));
		shown++;
	}
	if (nquiet) {
		buf_printf(b, "%sAlready past when ptrail first saw them, so not "
		    "chased (%d; to chase one, run the command beside it):\n\n%s",
		    shown ? "\n" : "", nquiet, buf_str(&quiet));
		if (nquiet > 20)
			buf_printf(b, "... and %d more: ptrail list --overdue\n",
			    nquiet - 20);
		shown++;
	}
	if (shown)
		buf_addch(b, '\n');
	buf_free(&quiet);
	buf_free(&doubt);
	chase_plan_free(v, n);
	return shown;
}

static int
digest_answers(struct ledger *l, time_t since, struct buf *b)
{
	sqlite3_stmt *st;
	int shown = 0;
	char day[16];

	if ((st = ledger_stmt(l, "SELECT c.id, coalesce(p.name, c.actor, "
	    "'the school'), c.quote, c.answered_by, c.answered_at FROM "
	    "commitments c LEFT JOIN people p ON p.id = c.person_id WHERE "
	    "c.answered_at IS NOT NULL AND c.updated_at > ? ORDER BY c.id")) ==
	    NULL)
		return 0;
	sqlite3_bind_int64(st, 1, (int64_t)since);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct civil c;
		if (shown++ == 0)
			buf_addstr(b, "Answered since the last digest:\n\n");
		local_civil((time_t)sqlite3_column_int64(st, 4), &c);
		civil_human(&c, day);
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			buf_printf(b, "* %lld %s: \"%s\" — by letter %lld of %s\n",
			    (long long)sqlite3_column_int64(st, 0),
			    sqlite3_column_text(st, 1), sqlite3_column_text(st, 2),
			    (long long)sqlite3_column_int64(st, 3), day);
		else
			buf_printf(b, "* %lld %s: \"%s\" — you marked it answered\n",
			    (long long)sqlite3_column_int64(st, 0),
			    sqlite3_column_text(st, 1), sqlite3_column_text(st, 2));
	}
	ledger_stmt_done(st);
	if (shown)
		buf_addch(b, '\n');
	return shown;
}

static int
digest_ahead(struct ledger *l, time_t now, struct buf *b)
{
	sqlite3_stmt *st;
	struct civil c;
	char today[11], in7[11], tomorrow[11], day[16];
	int shown = 0;
	long d;

	local_civil(now, &c);
	civil_format(&c, today);
	d = civil_days(&c);
	days_to_civil(d + 7, &c);
	civil_format(&c, in7);
	days_to_civil(d + 1, &c);
	civil_format(&c, tomorrow);
	if ((st = ledger_stmt(l, "SELECT id, date, time, quote, julianday(date) "
	    "- julianday(?1) FROM meetings WHERE state = 'scheduled' AND date > "
	    "?1 AND date <= ?2 ORDER BY date, time")) != NULL) {
		sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, in7, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *tm = (const char *)sqlite3_column_text(st, 2);
			if (shown++ == 0)
				buf_addstr(b, "Ahead:\n\n");
			ymd_human((const char *)sqlite3_column_text(st, 1), day);
			buf_printf(b, "* Meeting %lld on %s%s%s: \"%s\"\n",
			    (long long)sqlite3_column_int64(st, 0), day, tm ?
			    " at " : "", tm ? tm : "", sqlite3_column_text(st, 3));
			if (sqlite3_column_double(st, 4) <= 3.0)
				buf_addstr(b, "  Advocates suggest asking the school now "
				    "for the draft IEP and any reports, so you can read "
				    "them before you go.\n");
		}
		ledger_stmt_done(st);
	}
	if ((st = ledger_stmt(l, "SELECT c.id, coalesce(p.name, c.actor, "
	    "'the school'), c.quote FROM commitments c LEFT JOIN people p ON "
	    "p.id = c.person_id WHERE c.state IN ('open', 'confirmed') AND "
	    "c.due = ? ORDER BY c.id")) != NULL) {
		sqlite3_bind_text(st, 1, tomorrow, -1, SQLITE_STATIC);
		ymd_human(tomorrow, day);
		while (sqlite3_step(st) == SQLITE_ROW) {
			if (shown++ == 0)
				buf_addstr(b, "Ahead:\n\n");
			buf_printf(b, "* Due tomorrow, %s: %s: \"%s\" (done? ptrail "
			    "done %lld)\n", day, sqlite3_column_text(st, 1),
			    sqlite3_column_text(st, 2), (long long)
			    sqlite3_column_int64(st, 0));
		}
		ledger_stmt_done(st);
	}
	if (shown)
		buf_addch(b, '\n');
	return shown;
}

/* Meetings of the past week with no summary sent (brief.h): advocates
 * ask for the written summary within 24 hours, while memories agree. */
static int
digest_after(struct ledger *l, time_t now, struct buf *b)
{
	struct buf m = BUF_INIT;
	int n = brief_after_meetings(l, now, "en", &m);

	if (n > 0) {
		buf_addstr(b, "After a meeting:\n\n");
		buf_addstr(b, buf_str(&m));
		buf_addstr(b, "Send the school your summary of what was agreed "
		    "within 24 hours of the meeting: it is the written record "
		    "that holds.\n\n");
	}
	buf_free(&m);
	return n > 0 ? n : 0;
}

int
schedule_digest(struct ledger *l, const struct config *cfg, time_t now)
{
	struct buf b = BUF_INIT;
	struct outbox_row r;
	struct civil c;
	char day[16];
	int64_t exists = 0, last = 0;
	char *subject;
	int said = 0, news = 0, rc = 0;

	if (cfg->parent_addr == NULL)
		return 0;
	local_civil(now, &c);
	if ((now - local_midnight(&c)) / 3600 < DIGEST_HOUR)
		return 0;
	civil_human(&c, day);
	subject = xasprintf("ptrail: digest for %s", day);
	ledger_query_int(l, &exists, "SELECT count(*) FROM outbox WHERE kind = "
	    "'notice' AND subject = ?", subject, (char *)NULL);
	if (exists) {
		free(subject);
		return 0;
	}
	ledger_query_int(l, &last, "SELECT coalesce(max(created_at), 0) FROM "
	    "outbox WHERE kind = 'notice' AND subject LIKE ?",
	    "ptrail: digest for %", (char *)NULL);
	/* said: lines worth reading; news: what changed since the last
	 * digest. No news, no digest: a quiet day sends nothing. */
	said += digest_drafts(l, cfg, now, (time_t)last, &b, &news);
	said += digest_overdue(l, cfg, now, (time_t)last, &b, &news);
	news += digest_answers(l, (time_t)last, &b);
	news += digest_after(l, now, &b);
	news += digest_ahead(l, now, &b);
	if (news) {
		buf_addstr(&b, "ptrail chases a promise when its due day passes "
		    "with no answer about it; nothing goes to the school without "
		    "your approval. `ptrail status` says what is and is not being "
		    "chased.\n");
		memset(&r, 0, sizeof(r));
		r.kind = xstrdup("notice");
		r.to_addrs = xstrdup(cfg->parent_addr);
		r.subject = subject;
		subject = NULL;
		r.body = buf_detach(&b);
		r.lang = xstrdup("en");
		rc = outbox_create(l, cfg, &r, now) == 0 ? 1 : -1;
		outbox_row_free(&r);
	}
	free(subject);
	buf_free(&b);
	return rc;
}
