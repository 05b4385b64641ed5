/*
 * brief_mail.c — what ptraild does with the brief: on the brief's day,
 * drafts the letter asking the SENCO for the draft IEP and mails the
 * brief to the parent (brief_due()); after a meeting, lists the meetings
 * with no summary sent (brief_after_meetings()) and asks to fix the next
 * one (brief_next_meeting_ask()); see brief.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act/brief.h"
#include "act/brief_int.h"
#include "act/schedule.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "ledger/ledger.h"
#include "ledger/outbox.h"

static char *
brief_subject(int64_t meeting, const char *day, int zh)
{
	return zh ? xasprintf("ptrail：%s會面的準備（會面 %lld）", day,
	    (long long)meeting) : xasprintf("ptrail: your brief for the meeting "
	    "on %s (meeting %lld)", day, (long long)meeting);
}

static int
outbox_exists(struct ledger *l, const char *kind, const char *subject)
{
	int64_t n = 0;
	ledger_query_int(l, &n, "SELECT count(*) FROM outbox WHERE kind = ? AND "
	    "subject = ?", kind, subject, (char *)NULL);
	return n > 0;
}

/* Draft the letter asking for the draft IEP; 0 made or not needed. */
static int
draft_request(struct ledger *l, const struct config *cfg, json_object *b,
    time_t now)
{
	json_object *d = get(b, "draft_iep");
	json_object *lt = get(get(b, "meeting"), "letter");
	struct outbox_row r;
	sqlite3_stmt *st;
	char *msgid = NULL, *refs = NULL;
	int rc = 0;

	if (!get_bool(d, "needed") || get(d, "outbox_id") ||
	    outbox_exists(l, "reminder", get_str(d, "subject")))
		return 0;
	memset(&r, 0, sizeof(r));
	if (lt && sqlite3_prepare_v2(ledger_db(l), "SELECT message_id, refs "
	    "FROM messages WHERE id = ?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, json_object_get_int64(get(lt, "id")));
		if (sqlite3_step(st) == SQLITE_ROW) {
			msgid = ledger_col_dup(st, 0);
			refs = ledger_col_dup(st, 1);
		}
		sqlite3_finalize(st);
	}
	r.kind = xstrdup("reminder");
	r.to_addrs = xstrdup(get_str(d, "to"));
	r.subject = xstrdup(get_str(d, "subject"));
	r.body = xstrdup(get_str(d, "body"));
	r.lang = xstrdup(get_str(b, "lang"));
	if (msgid) {
		r.in_reply_to = xstrdup(msgid);
		r.refs = refs ? xasprintf("%s %s", refs, msgid) : xstrdup(msgid);
	}
	if (ledger_begin(l) == -1)
		rc = -1;
	else if (outbox_create(l, cfg, &r, now) == -1) {
		ledger_rollback(l);
		rc = -1;
	} else {
		/* to the school: a school morning, as the ladder's letters */
		time_t nb = schedule_next_school_morning(cfg, now);
		if (sqlite3_prepare_v2(ledger_db(l), "UPDATE outbox SET "
		    "not_before = ? WHERE id = ?", -1, &st, NULL) != SQLITE_OK) {
			ledger_rollback(l);
			rc = -1;
		} else {
			sqlite3_bind_int64(st, 1, (int64_t)nb);
			sqlite3_bind_int64(st, 2, r.id);
			rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
			sqlite3_finalize(st);
			if (rc == 0)
				rc = ledger_commit(l);
			else
				ledger_rollback(l);
		}
	}
	if (rc == 0) {
		log_info("meeting %lld: drafted the request for the draft IEP "
		    "(outbox %lld)", (long long)json_object_get_int64(get(get(b,
		    "meeting"), "id")), (long long)r.id);
		json_object_object_add(d, "outbox_id", json_object_new_int64(r.id));
		add_str(d, "outbox_state", r.state);
	}
	outbox_row_free(&r);
	free(msgid);
	free(refs);
	return rc;
}

int
brief_due(struct ledger *l, const struct config *cfg, time_t now,
    const struct cancel *stop)
{
	sqlite3_stmt *st;
	int64_t ids[64];
	char today[11], due[11], dates[64][11];
	const char *lang = cfg->lang && strcmp(cfg->lang, "zh") == 0 ? "zh" : "en";
	int n = 0, made = 0;

	if (cfg->parent_addr == NULL)
		return 0;
	time_day(now, today);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, date, message_id IS "
	    "NULL, created_at FROM meetings WHERE state = 'scheduled' AND date "
	    ">= ? ORDER BY date, id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
	while (n < 64 && sqlite3_step(st) == SQLITE_ROW) {
		const char *date = (const char *)sqlite3_column_text(st, 1);
		char made_on[11];
		/* a meeting the parent recorded on its day or after it took
		 * place (ptrail meeting add) needs its summary, not a brief */
		time_day((time_t)sqlite3_column_int64(st, 3), made_on);
		if (sqlite3_column_int(st, 2) && strcmp(made_on, date) >= 0)
			continue;
		if (brief_due_day(cfg, date, due) == 0 && strcmp(today, due) >= 0) {
			snprintf(dates[n], sizeof(dates[n]), "%s", date);
			ids[n++] = sqlite3_column_int64(st, 0);
		}
	}
	sqlite3_finalize(st);
	for (int k = 0; k < n; k++) {
		json_object *b;
		struct buf text = BUF_INIT;
		struct outbox_row r;
		char *subject, day[64];

		/* between two meetings: the next run finds this one's
		 * brief missing and makes it */
		if (cancel_asked(stop))
			break;
		day_text(dates[k], strcmp(lang, "zh") == 0, day);
		subject = brief_subject(ids[k], day, strcmp(lang, "zh") == 0);
		if (outbox_exists(l, "notice", subject) ||
		    brief_build(l, cfg, ids[k], now, lang, &b) != 0) {
			free(subject);
			continue;
		}
		if (draft_request(l, cfg, b, now) == -1)
			log_warnx("meeting %lld: cannot draft the request for the "
			    "draft IEP: %s", (long long)ids[k], ledger_errmsg(l));
		brief_text(b, &text);
		memset(&r, 0, sizeof(r));
		r.kind = xstrdup("notice");
		r.to_addrs = xstrdup(cfg->parent_addr);
		r.subject = subject;
		r.body = buf_detach(&text);
		r.lang = xstrdup(lang);
		if (outbox_create(l, cfg, &r, now) == 0) {
			log_info("meeting %lld: the brief is mailed to the parent "
			    "(outbox %lld)", (long long)ids[k], (long long)r.id);
			made++;
		}
		outbox_row_free(&r);
		json_object_put(b);
	}
	return made;
}

int
brief_after_meetings(struct ledger *l, time_t now, const char *lang,
    struct buf *out)
{
	sqlite3_stmt *st, *o;
	struct civil c;
	char today[11], week[11], prev[11] = "";
	int zh = lang && strcmp(lang, "zh") == 0, n = 0, rc;

	local_civil(now, &c);
	civil_format(&c, today);
	days_to_civil(civil_days(&c) - 7, &c);
	civil_format(&c, week);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, date, with_whom, "
	    "message_id IS NULL OR state = 'held' FROM "
	    "meetings WHERE state <> 'cancelled' AND date >= ? AND date < ? "
	    "ORDER BY date, message_id IS NOT NULL, id", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT coalesce(sum(state = "
	    "'sent'), 0), max(CASE WHEN state IN ('draft', 'approved', "
	    "'sending', 'retrying') THEN id END) FROM outbox WHERE kind = "
	    "'confirmation' AND (subject = ? OR subject = ?)", -1, &o, NULL) !=
	    SQLITE_OK) {
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_bind_text(st, 1, week, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, today, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *date = (const char *)sqlite3_column_text(st, 1);
		const char *with = (const char *)sqlite3_column_text(st, 2);
		int64_t id = sqlite3_column_int64(st, 0), waiting;
		char en[64], cn[64], *s_en, *s_zh;
		int sent;

		if (strcmp(date, prev) == 0)	/* one line per day */
			continue;
		snprintf(prev, sizeof(prev), "%s", date);
		day_text(date, 0, en);
		day_text(date, 1, cn);
		s_en = xasprintf("Following our meeting on %s", en);
		s_zh = xasprintf("會面跟進：%s", cn);
		sqlite3_bind_text(o, 1, s_en, -1, SQLITE_STATIC);
		sqlite3_bind_text(o, 2, s_zh, -1, SQLITE_STATIC);
		sent = sqlite3_step(o) == SQLITE_ROW && sqlite3_column_int(o, 0);
		waiting = sqlite3_column_int64(o, 1);
		sqlite3_reset(o);
		free(s_en);
		free(s_zh);
		if (sent)
			continue;
		n++;
		if (zh)
			buf_printf(out, "- %s的會面%s%s%s：仍未寄出會面摘要。", cn,
			    with ? "（" : "", with ? with : "", with ? "）" : "");
		else
			buf_printf(out, "- The meeting on %s%s%s%s has no summary "
			    "sent yet.", en, with ? " (" : "", with ? with : "",
			    with ? ")" : "");
		if (waiting && zh)
			buf_printf(out, "摘要已草擬（外寄匣 %lld）：ptrail approve %lld\n",
			    (long long)waiting, (long long)waiting);
		else if (waiting)
			buf_printf(out, " It is drafted (outbox %lld): ptrail "
			    "approve %lld\n", (long long)waiting, (long long)waiting);
		else if (!sqlite3_column_int(st, 3))	/* only the letter's */
			buf_printf(out, zh ? "用 ptrail meeting held %lld 記錄會面已"
			    "舉行，再用 ptrail add --meeting %lld 記錄會上的承諾，"
			    "ptraild 會草擬摘要。\n" : " Mark it held with ptrail "
			    "meeting held %lld and record what was agreed with ptrail "
			    "add --meeting %lld, and ptraild drafts it.\n",
			    (long long)id, (long long)id);
		else
			buf_printf(out, zh ? "用 ptrail add --meeting %lld 記錄會上的"
			    "承諾，ptraild 會草擬摘要。\n" : " Record what was agreed "
			    "with ptrail add --meeting %lld, and ptraild drafts it.\n",
			    (long long)id);
	}
	sqlite3_finalize(o);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? n : -1;
}

void
brief_next_meeting_ask(struct ledger *l, int64_t meeting, const char *lang,
    struct buf *out)
{
	int64_t later = 0;
	char id[24];

	snprintf(id, sizeof(id), "%lld", (long long)meeting);
	if (ledger_query_int(l, &later, "SELECT count(*) FROM meetings n, "
	    "meetings g WHERE g.id = CAST(? AS INTEGER) AND n.id <> g.id AND "
	    "n.state = 'scheduled' AND n.date > g.date", id, (char *)NULL) == -1 ||
	    later > 0)
		return;
	buf_addstr(out, lang && strcmp(lang, "zh") == 0 ?
	    "\n另外，我們未有訂下下一次會面的日期。請問可否現在訂下，以便一同檢視"
	    "以上安排的進展？\n" :
	    "\nWe did not fix the date of our next meeting. Could we agree one "
	    "now, so that we can review together how these arrangements are "
	    "going?\n");
}
