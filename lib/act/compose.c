/*
 * compose.c — draft confirmation summaries; see compose.h.
 *
 * Vague commitments (no named person or no date) and deflections get a
 * polite request for a named person and a date, as the advocacy playbook
 * says: "a commitment is a specific action, by a named person, by a
 * specific date".
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "act/advice.h"
#include "act/brief.h"
#include "act/compose.h"
#include "base/buf.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "extract/dates_doubt.h"
#include "ledger/outbox.h"
#include "ledger/people.h"

static const char template_en[] =
	"Dear {recipient},\n\n"
	"Thank you for your letter of {letter_date}. So that we both have the "
	"same record, this is what I understood:\n\n"
	"{items}{questions}\n"
	"Please let me know of any corrections by {reply_by}; if I hear "
	"nothing, I will take this as our shared record.\n\n"
	"Kind regards,\n{parent}\n";

static const char template_zh[] =
	"{recipient}您好：\n\n"
	"感謝您於{letter_date}的來信。為確保我們雙方的記錄一致，我的理解如下：\n\n"
	"{items}{questions}\n"
	"如有任何更正，請於{reply_by}或之前回覆；如沒有更正，我會以此作為雙方的共同記錄。\n\n"
	"謝謝！\n{parent}\n";

static const char template_meeting_en[] =
	"Dear {recipient},\n\n"
	"Following our meeting on {letter_date}, this is what I understood "
	"would be put in place:\n\n"
	"{items}{questions}\n"
	"Please let me know of any corrections by {reply_by}; if I hear "
	"nothing, I will take this as our shared record.\n\n"
	"Kind regards,\n{parent}\n";

static const char template_meeting_zh[] =
	"{recipient}您好：\n\n"
	"就我們於{letter_date}的會面，我理解以下安排將會落實：\n\n"
	"{items}{questions}\n"
	"如有任何更正，請於{reply_by}或之前回覆；如沒有更正，我會以此作為雙方的共同記錄。\n\n"
	"謝謝！\n{parent}\n";

/* The parent's template for lang, or NULL (caller frees). */
static char *
load_template(const struct config *cfg, const char *lang)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char *path;
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;
	FILE *f;

	if (cfg->templates_dir)
		path = xasprintf("%s/confirmation.%s.txt", cfg->templates_dir, lang);
	else if (xdg && *xdg)
		path = xasprintf("%s/ptrail/templates/confirmation.%s.txt", xdg, lang);
	else
		path = xasprintf("%s/.config/ptrail/templates/confirmation.%s.txt",
		    home ? home : ".", lang);
	f = fopen(path, "r");
	free(path);
	if (f == NULL)
		return NULL;
	buf_init(&b, 64 * 1024);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	return buf_detach(&b);
}

/* Replace every {name} in tpl; unknown names stay as written. */
static char *
fill(const char *tpl, const char *const *names, const char *const *values,
    int n)
{
	struct buf out = BUF_INIT;
	for (const char *p = tpl; *p; ) {
		int done = 0;
		if (*p == '{')
			for (int k = 0; k < n && !done; k++) {
				size_t l = strlen(names[k]);
				if (strncmp(p + 1, names[k], l) == 0 && p[1 + l] == '}') {
					buf_addstr(&out, values[k]);
					p += l + 2;
					done = 1;
				}
			}
		if (!done)
			buf_addch(&out, *p++);
	}
	return buf_detach(&out);
}

static void
human_day(const char *ymd, const char *lang, char *out, size_t outlen)
{
	struct civil c;
	if (civil_parse(ymd, &c) == -1) {
		snprintf(out, outlen, "%s", ymd);
		return;
	}
	if (strcmp(lang, "zh") == 0) {
		static const char *const wd[] = { "一", "二", "三", "四", "五", "六", "日" };
		snprintf(out, outlen, "%d年%d月%d日（星期%s）", c.y, c.m, c.d,
		    wd[days_weekday(civil_days(&c))]);
	} else {
		char h[16];
		civil_human(&c, h);
		snprintf(out, outlen, "%s", h);
	}
}

static int
has_summary(struct ledger *l, int64_t msg)
{
	int64_t n = 0;
	char id[24];
	snprintf(id, sizeof(id), "%lld", (long long)msg);
	ledger_query_int(l, &n, "SELECT count(*) FROM outbox WHERE kind = "
	    "'confirmation' AND message_id = CAST(? AS INTEGER)", id, (char *)NULL);
	return n > 0;
}

/* The meetings of letter msg whose day is in doubt, each as a question
 * to the school in the letter's language (as for a commitment's date, and
 * in the same list); how many. */
static int
meeting_doubts(struct ledger *l, int64_t msg, const char *lang, int zh,
    struct buf *dates)
{
	sqlite3_stmt *st;
	int n = 0;

	if ((st = ledger_stmt(l, "SELECT quote, date, date_flag FROM meetings "
	    "WHERE message_id = ? AND date_flag IS NOT NULL ORDER BY id")) ==
	    NULL)
		return 0;
	sqlite3_bind_int64(st, 1, msg);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *quote = (const char *)sqlite3_column_text(st, 0);
		buf_printf(dates, zh ? "- 會議：「%s」\n  " : "- The meeting: "
		    "\"%s\"\n  ", quote);
		dates_doubt_question((const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 1), quote, lang,
		    DOUBT_TO_SCHOOL, dates);
		buf_addch(dates, '\n');
		n++;
	}
	ledger_stmt_done(st);
	return n;
}

int
compose_confirmation(struct ledger *l, const struct config *cfg, int64_t msg,
    time_t now, int64_t *outbox_id)
{
	sqlite3_stmt *st;
	struct buf items = BUF_INIT, questions = BUF_INIT;
	char *from_addr = NULL, *from_name = NULL, *subject = NULL, *msgid = NULL;
	char *refs = NULL, *lang = NULL, *tpl = NULL, *body = NULL;
	char letter_date[64] = "", reply_by[64], due[64], ymd[11];
	struct buf answers = BUF_INIT, dates = BUF_INIT;
	int nitems = 0, nquestions = 0, ndates = 0, nmeet, rc = 1;
	struct civil c;

	if (has_summary(l, msg))
		return 1;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT from_addr, from_name, subject, "
	    "message_id, refs, lang, date FROM messages WHERE id = ?", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, msg);
	if (sqlite3_step(st) == SQLITE_ROW) {
		from_addr = xstrdup((const char *)sqlite3_column_text(st, 0));
		from_name = xstrdup((const char *)sqlite3_column_text(st, 1));
		subject = xstrdup((const char *)sqlite3_column_text(st, 2));
		msgid = xstrdup((const char *)sqlite3_column_text(st, 3));
		refs = xstrdup((const char *)sqlite3_column_text(st, 4));
		lang = xstrdup(sqlite3_column_text(st, 5) ?
		    (const char *)sqlite3_column_text(st, 5) : "en");
		if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
			local_civil((time_t)sqlite3_column_int64(st, 6), &c);
			civil_format(&c, ymd);
		} else {
			local_civil(now, &c);
			civil_format(&c, ymd);
		}
	}
	sqlite3_finalize(st);
	if (from_addr == NULL)
		return -1;
	int zh = strcmp(lang, "zh") == 0;
	human_day(ymd, lang, letter_date, sizeof(letter_date));

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT coalesce((SELECT p.name "
	    "FROM people p WHERE p.id = c.person_id), c.actor), c.action, "
	    "c.quote, c.due, c.due_time, c.vague, c.date_flag FROM commitments c "
	    "WHERE c.message_id = ? ORDER BY c.id",
	    -1, &st, NULL) != SQLITE_OK)
		goto out;
	sqlite3_bind_int64(st, 1, msg);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *actor = (const char *)sqlite3_column_text(st, 0);
		const char *quote = (const char *)sqlite3_column_text(st, 2);
		const char *d = (const char *)sqlite3_column_text(st, 3);
		const char *flag = (const char *)sqlite3_column_text(st, 6);
		if (flag) {
			/* a date the letter wrote two ways: ask, never guess
			 * (extract/dates_doubt.h); before "who and when",
			 * which a date that does not exist also left vague */
			buf_printf(&dates, "- %s%s", actor ? actor : "",
			    actor ? " — " : "");
			buf_printf(&dates, zh ? "「%s」\n  " : "\"%s\"\n  ", quote);
			dates_doubt_question(flag, d, quote, lang, DOUBT_TO_SCHOOL,
			    &dates);
			buf_addch(&dates, '\n');
			ndates++;
			continue;
		}
		if (sqlite3_column_int(st, 5)) {
			buf_printf(&questions, "- \"%s\"\n", quote);
			nquestions++;
			continue;
		}
		human_day(d, lang, due, sizeof(due));
		if (zh)
			buf_printf(&items, "- %s — 「%s」— %s或之前\n", actor, quote, due);
		else
			buf_printf(&items, "- %s — \"%s\" — by %s\n", actor, quote, due);
		nitems++;
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT quote, kind FROM deflections WHERE "
	    "message_id = ? AND quote NOT IN (SELECT quote FROM commitments WHERE "
	    "message_id = ?) ORDER BY id", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, msg);
		sqlite3_bind_int64(st, 2, msg);
		while (sqlite3_step(st) == SQLITE_ROW)	/* its own answer: advice.h */
			advice_summary_item(l, cfg, (const char *)sqlite3_column_text(st,
			    0), (const char *)sqlite3_column_text(st, 1), lang, &answers);
		sqlite3_finalize(st);
	}
	nmeet = meeting_doubts(l, msg, lang, zh, &dates);
	if (nitems + nquestions + ndates + nmeet == 0 && answers.len == 0)
		goto out;
	if (nitems == 0 && ndates > 0)
		buf_addstr(&items, zh ? "（信中承諾的日期需要先確認，請看下文。）\n" :
		    "(The date of each commitment needs checking first: see "
		    "below.)\n");
	else if (nitems == 0)
		buf_addstr(&items, zh ? "（信中沒有列明負責人和日期的承諾。）\n" :
		    "(No commitment in the letter named both a person and a date.)\n");
	if (nquestions) {
		struct buf q = BUF_INIT;
		buf_addstr(&q, zh ? "\n以下各點，請告訴我由哪一位負責，以及會在哪一天或之前完成：\n" :
		    "\nFor the following, could you tell me who will do it, and by "
		    "which date?\n");
		buf_addstr(&q, buf_str(&questions));
		buf_free(&questions);
		questions = q;
	}
	if ((ndates += nmeet) > 0) {
		struct buf q = BUF_INIT;
		buf_addstr(&q, zh ? "\n信中以下日期需要確認：\n" : ndates == 1 ?
		    "\nOne date in your letter needs checking:\n" :
		    "\nSome dates in your letter need checking:\n");
		buf_addstr(&q, buf_str(&dates));
		buf_addstr(&q, buf_str(&questions));
		buf_free(&questions);
		questions = q;
	}
	buf_addstr(&questions, buf_str(&answers));
	local_civil(now + (time_t)cfg->reply_days * 86400, &c);
	civil_format(&c, ymd);
	human_day(ymd, lang, reply_by, sizeof(reply_by));
	tpl = load_template(cfg, zh ? "zh" : "en");
	{
		static const char *const names[] = { "recipient", "letter_date",
		    "items", "questions", "reply_by", "parent" };
		const char *values[] = { from_name && *from_name ? from_name :
		    (zh ? "老師" : "Sir or Madam"), letter_date, buf_str(&items),
		    buf_str(&questions), reply_by, cfg->parent_name ?
		    cfg->parent_name : cfg->parent_addr };
		body = fill(tpl ? tpl : (zh ? template_zh : template_en), names,
		    values, 6);
	}
	struct outbox_row r;
	memset(&r, 0, sizeof(r));
	r.kind = xstrdup("confirmation");
	r.message_id = msg;
	r.to_addrs = xstrdup(from_addr);
	/* the SENCO is copied on the school's own staff's letters only:
	 * never on an outside provider's (an EP service, a therapist), whose
	 * letter may be confidential */
	if (cfg->people[ROLE_SENCO].addr &&
	    people_is_school_staff(cfg, from_addr) &&
	    strcasecmp(cfg->people[ROLE_SENCO].addr, from_addr) != 0)
		r.cc_addrs = xstrdup(cfg->people[ROLE_SENCO].addr);
	r.subject = strncmp(subject ? subject : "", "Re:", 3) == 0 ?
	    xstrdup(subject) : xasprintf("Re: %s", subject ? subject : "");
	r.body = body;
	body = NULL;
	r.lang = xstrdup(zh ? "zh" : "en");
	r.in_reply_to = msgid ? xstrdup(msgid) : NULL;
	r.refs = msgid ? (refs ? xasprintf("%s %s", refs, msgid) : xstrdup(msgid)) :
	    NULL;
	rc = outbox_create(l, cfg, &r, now) == 0 ? 0 : -1;
	if (rc == 0 && outbox_id)
		*outbox_id = r.id;
	outbox_row_free(&r);
out:
	free(from_addr);
	free(from_name);
	free(subject);
	free(msgid);
	free(refs);
	free(lang);
	free(tpl);
	free(body);
	buf_free(&items);
	buf_free(&questions);
	buf_free(&answers);
	buf_free(&dates);
	return rc;
}

/* The next batch of letters waiting for a summary, after id 'after'. */
static int
pending_batch(struct ledger *l, time_t since, int64_t after, int64_t *ids,
    int max)
{
	sqlite3_stmt *st;
	int n = 0;

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT m.id FROM messages m WHERE "
	    "m.direction = 'in' AND m.is_school = 1 AND m.date >= ? AND "
	    "m.id > ? AND ("
	    "EXISTS (SELECT 1 FROM commitments c WHERE c.message_id = m.id) OR "
	    "EXISTS (SELECT 1 FROM deflections d WHERE d.message_id = m.id) OR "
	    "EXISTS (SELECT 1 FROM meetings g WHERE g.message_id = m.id AND "
	    "g.date_flag IS NOT NULL)) AND "
	    "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'confirmation' AND "
	    "o.message_id = m.id) ORDER BY m.id LIMIT ?", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, (int64_t)since);
	sqlite3_bind_int64(st, 2, after);
	sqlite3_bind_int(st, 3, max);
	while (n < max && sqlite3_step(st) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

int
compose_pending(struct ledger *l, const struct config *cfg, time_t now,
    int days, const struct cancel *stop)
{
	int64_t ids[512], after = 0;
	int n, made = 0;

	/* a backlog of thousands is read in batches, and each letter's
	 * draft is its own transaction (outbox_create()): stopping between
	 * two leaves every draft whole, and the next run starts at the
	 * first letter still without one */
	do {
		n = pending_batch(l, now - (time_t)days * 86400, after, ids, 512);
		if (n < 0)
			return -1;
		for (int k = 0; k < n; k++) {
			int64_t id;
			if (cancel_asked(stop))
				return made;
			if (compose_confirmation(l, cfg, ids[k], now, &id) == 0) {
				log_info("drafted confirmation summary %lld for "
				    "letter %lld", (long long)id, (long long)ids[k]);
				made++;
			}
			after = ids[k];
		}
	} while (n == 512);
	return made;
}

/* The summary of a meeting the parent recorded (ptrail meeting add) or
 * marked held (ptrail meeting held), to the SENCO (else the class teacher,
 * else the principal). */
static int
compose_meeting(struct ledger *l, const struct config *cfg, int64_t meeting,
    time_t now)
{
	const struct person *to = NULL;
	static const enum role order[] = { ROLE_SENCO, ROLE_CLASS_TEACHER,
	    ROLE_PRINCIPAL };
	sqlite3_stmt *st;
	struct buf items = BUF_INIT, questions = BUF_INIT;
	char day[64] = "", reply_by[64], due[64], ymd[11];
	int zh = cfg->lang && strcmp(cfg->lang, "zh") == 0, n = 0, rc = 1;
	const char *lang = zh ? "zh" : "en";
	struct civil c;
	int64_t exists = 0;

	for (size_t k = 0; k < 3 && to == NULL; k++)
		if (cfg->people[order[k]].addr)
			to = &cfg->people[order[k]];
	if (to == NULL)
		return 1;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT date FROM meetings WHERE "
	    "id = ?", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW)
		human_day((const char *)sqlite3_column_text(st, 0), lang, day,
		    sizeof(day));
	sqlite3_finalize(st);
	char *subject = zh ? xasprintf("會面跟進：%s", day) :
	    xasprintf("Following our meeting on %s", day);
	ledger_query_int(l, &exists, "SELECT count(*) FROM outbox WHERE kind = "
	    "'confirmation' AND subject = ?", subject, (char *)NULL);
	if (exists || sqlite3_prepare_v2(ledger_db(l), "SELECT coalesce((SELECT "
	    "p.name FROM people p WHERE p.id = c.person_id), c.actor), c.quote, "
	    "c.due, c.vague FROM commitments c WHERE c.meeting_id = ? ORDER BY "
	    "c.id", -1,
	    &st, NULL) != SQLITE_OK) {
		free(subject);
		return exists ? 1 : -1;
	}
	sqlite3_bind_int64(st, 1, meeting);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *actor = (const char *)sqlite3_column_text(st, 0);
		const char *quote = (const char *)sqlite3_column_text(st, 1);
		const char *d = (const char *)sqlite3_column_text(st, 2);
		n++;
		if (sqlite3_column_int(st, 3) || d == NULL) {
			buf_printf(&questions, "- %s\n", quote);
			continue;
		}
		human_day(d, lang, due, sizeof(due));
		if (zh)
			buf_printf(&items, "- %s — %s — %s或之前\n", actor, quote, due);
		else
			buf_printf(&items, "- %s — %s — by %s\n", actor, quote, due);
	}
	sqlite3_finalize(st);
	if (n > 0) {
		if (questions.len) {
			struct buf q = BUF_INIT;
			buf_addstr(&q, zh ? "\n以下各點，請告訴我由哪一位負責，以及會在哪一天或之前完成：\n" :
			    "\nFor the following, could you tell me who will do it, "
			    "and by which date?\n");
			buf_addstr(&q, buf_str(&questions));
			buf_free(&questions);
			questions = q;
		}
		brief_next_meeting_ask(l, meeting, lang, &questions);
		local_civil(now + (time_t)cfg->reply_days * 86400, &c);
		civil_format(&c, ymd);
		human_day(ymd, lang, reply_by, sizeof(reply_by));
		static const char *const names[] = { "recipient", "letter_date",
		    "items", "questions", "reply_by", "parent" };
		const char *values[] = { to->name ? to->name : (zh ? "老師" :
		    "Sir or Madam"), day, buf_str(&items), buf_str(&questions),
		    reply_by, cfg->parent_name ? cfg->parent_name : cfg->parent_addr };
		struct outbox_row r;
		memset(&r, 0, sizeof(r));
		r.kind = xstrdup("confirmation");
		r.to_addrs = xstrdup(to->addr);
		r.subject = subject;
		subject = NULL;
		r.body = fill(zh ? template_meeting_zh : template_meeting_en, names,
		    values, 6);
		r.lang = xstrdup(lang);
		rc = outbox_create(l, cfg, &r, now) == 0 ? 0 : -1;
		if (rc == 0)
			log_info("drafted the summary of meeting %lld (outbox %lld)",
			    (long long)meeting, (long long)r.id);
		outbox_row_free(&r);
	}
	free(subject);
	buf_free(&items);
	buf_free(&questions);
	return rc;
}

int
compose_meetings(struct ledger *l, const struct config *cfg, time_t now,
    int days, const struct cancel *stop)
{
	sqlite3_stmt *st;
	int64_t ids[128];
	int n = 0, made = 0;
	struct civil c;
	char since[11];

	local_civil(now - (time_t)days * 86400, &c);
	civil_format(&c, since);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT g.id FROM meetings g WHERE "
	    "(g.message_id IS NULL OR g.state = 'held') AND g.date >= ? AND "
	    "EXISTS (SELECT 1 FROM "
	    "commitments c WHERE c.meeting_id = g.id) ORDER BY g.id", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
	while (n < 128 && sqlite3_step(st) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	for (int k = 0; k < n && !cancel_asked(stop); k++)
		made += compose_meeting(l, cfg, ids[k], now) == 0;
	return made;
}
