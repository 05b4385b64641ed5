/*
 * brief.c — the meeting brief; see brief.h.
 *
 * brief_build() reads the ledger once into a JSON document (the --json
 * output); brief_text() renders that document, so the text and the JSON
 * never say different things. Every line states what a ledger row holds:
 * a commitment's state and person, a letter's date, an outbox row's id;
 * nothing is inferred that the ledger does not record.
 *
 * This file builds the document; brief_text.c renders it, brief_mail.c
 * mails it and drafts the draft-IEP request (helpers in brief_int.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "act/advice.h"
#include "act/brief.h"
#include "act/brief_int.h"
#include "act/holidays.h"
#include "act/schedule.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "extract/dates_doubt.h"
#include "ledger/items.h"
#include "ledger/outbox.h"

/* "Thu 9 Apr 2026" or "2026年4月9日（星期四）"; out holds 64. */
void
day_text(const char *ymd, int zh, char out[64])
{
	static const char *const wd[] = { "一", "二", "三", "四", "五", "六", "日" };
	struct civil c;
	char h[16];

	if (ymd == NULL || civil_parse(ymd, &c) == -1) {
		snprintf(out, 64, "%s", ymd ? ymd : "");
		return;
	}
	if (zh) {
		snprintf(out, 64, "%d年%d月%d日（星期%s）", c.y, c.m, c.d,
		    wd[days_weekday(civil_days(&c))]);
		return;
	}
	civil_human(&c, h);
	snprintf(out, 64, "%s", h);
}

void
time_day(time_t t, char out[11])
{
	struct civil c;
	local_civil(t, &c);
	civil_format(&c, out);
}

/* "I", "we", "我們": the letter's sender; else the words as written. */
static const char *
person_of(const char *actor, const char *from_name)
{
	static const char *const self[] = { "i", "we", "我", "我們", "本人",
	    "本校", NULL };
	if (actor == NULL || *actor == '\0')
		return NULL;
	for (int k = 0; self[k]; k++)
		if (strcasecmp(actor, self[k]) == 0)
			return from_name && *from_name ? from_name : actor;
	return actor;
}

/* Is the meeting (its words) an IEP or Student Support Team meeting? */
static int
iep_meeting(const char *words)
{
	static const char *const keys[] = { "iep", "individual education",
	    "individualised education", "individualized education", "sst",
	    "student support team", "case conference", "support meeting",
	    "個別學習計劃", "個別教育計劃", "學生支援小組", "支援小組",
	    "個案會議", NULL };
	if (words == NULL)
		return 0;
	for (int k = 0; keys[k]; k++) {
		size_t n = strlen(keys[k]);
		for (const char *p = words; *p; p++) {
			/* whole words: "sst" is not in "assistant" */
			if (strncasecmp(p, keys[k], n) != 0 ||
			    (p > words && isalnum((unsigned char)p[-1])) ||
			    isalnum((unsigned char)p[n]))
				continue;
			return 1;
		}
	}
	return 0;
}

static char *
letter_subject(const char *day, int zh)
{
	return zh ? xasprintf("會面前的個別學習計劃初稿（%s）", day) :
	    xasprintf("The draft IEP before our meeting on %s", day);
}
/* The working day before ymd, into out (11). */
static void
working_day_before(const struct config *cfg, const char *ymd, int back,
    char out[11])
{
	struct civil c;
	long d;

	if (civil_parse(ymd, &c) == -1) {
		snprintf(out, 11, "%s", ymd);
		return;
	}
	d = civil_days(&c);
	for (int n = 0; n < back; ) {
		d--;
		if (!holiday_or_weekend(cfg, d))
			n++;
	}
	days_to_civil(d, &c);
	civil_format(&c, out);
}

int
brief_due_day(const struct config *cfg, const char *ymd, char out[11])
{
	struct civil c;
	if (civil_parse(ymd, &c) == -1)
		return -1;
	working_day_before(cfg, ymd, 3, out);
	return 0;
}

/* The letter to the SENCO asking for the draft IEP before the meeting. */
static char *
draft_letter(const struct config *cfg, const char *to_name, const char *date,
    const char *tm, int zh)
{
	char day[64], by[64], ymd[11];
	const char *parent = cfg->parent_name ? cfg->parent_name :
	    (cfg->parent_addr ? cfg->parent_addr : "");
	const char *child = cfg->child_name;

	day_text(date, zh, day);
	working_day_before(cfg, date, 1, ymd);
	day_text(ymd, zh, by);
	if (zh)
		return xasprintf("%s您好：\n\n感謝您安排於%s%s%s就%s的會面。為了讓我"
		    "能預先細閱，使會面更有成效，請問可否於%s或之前，把個別學習計劃"
		    "初稿（或會上將討論的支援計劃）及相關報告傳送給我？\n\n謝謝！\n%s\n",
		    to_name ? to_name : "老師", day, tm ? " " : "", tm ? tm : "",
		    child ? child : "［子女姓名］", by, parent);
	return xasprintf("Dear %s,\n\nThank you for arranging our meeting about "
	    "%s on %s%s%s. So that I can read them properly beforehand and we "
	    "can make good use of the time, could you send me the draft IEP (or "
	    "the support plan we will discuss) and any reports that will be "
	    "discussed, by %s?\n\nKind regards,\n%s\n", to_name ? to_name :
	    "Sir or Madam", child ? child : "[child's name]", day, tm ? " at " :
	    "", tm ? tm : "", by, parent);
}

/* The meeting row and its letter, as JSON; *since is the earlier of the
 * two dates (a draft IEP is looked for from then on). */
/* A meeting day in doubt (schema 005): "date_flag" and the question
 * (extract/dates_doubt.h), to the parent in English, in Chinese as the
 * question to put to the school; both null when the day is not in doubt. */
static void
add_doubt(json_object *m, const char *flag, const char *date,
    const char *quote, int zh)
{
	struct buf q = BUF_INIT;

	add_str(m, "date_flag", flag);
	if (flag && dates_doubt_question(flag, date, quote, zh ? "zh" : "en",
	    zh ? DOUBT_TO_SCHOOL : DOUBT_TO_PARENT, &q) == 0)
		add_str(m, "date_question", buf_str(&q));
	else
		add_str(m, "date_question", NULL);
	buf_free(&q);
}

static int
meeting_json(struct ledger *l, int64_t id, int zh, json_object **out,
    time_t *since)
{
	sqlite3_stmt *st;
	json_object *m = NULL;
	int rc = 1;

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT g.id, g.date, g.time, "
	    "g.quote, g.with_whom, g.note, g.state, g.created_at, m.id, m.date, "
	    "m.from_name, m.from_addr, m.subject, g.date_flag FROM meetings g "
	    "LEFT JOIN "
	    "messages m ON m.id = g.message_id WHERE g.id = ?", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *date = (const char *)sqlite3_column_text(st, 1);
		const char *tm = (const char *)sqlite3_column_text(st, 2);
		const char *quote = (const char *)sqlite3_column_text(st, 3);
		const char *with = (const char *)sqlite3_column_text(st, 4);
		const char *note = (const char *)sqlite3_column_text(st, 5);
		const char *from = (const char *)sqlite3_column_text(st, 10);
		char day[64], ymd[11];

		m = json_object_new_object();
		json_object_object_add(m, "id", json_object_new_int64(id));
		add_str(m, "date", date);
		day_text(date, zh, day);
		add_str(m, "day", day);
		add_str(m, "time", tm);
		add_str(m, "as_written", quote);
		add_str(m, "with", with && *with ? with : from);
		add_str(m, "note", note);
		add_str(m, "state", (const char *)sqlite3_column_text(st, 6));
		add_doubt(m, (const char *)sqlite3_column_text(st, 13), date,
		    quote, zh);
		json_object_object_add(m, "iep_or_sst", json_object_new_boolean(
		    iep_meeting(quote) || iep_meeting(note) || iep_meeting(with)));
		*since = (time_t)sqlite3_column_int64(st, 7);
		if (sqlite3_column_type(st, 8) != SQLITE_NULL) {
			json_object *lt = json_object_new_object();
			time_t ld = (time_t)sqlite3_column_int64(st, 9);
			json_object_object_add(lt, "id",
			    json_object_new_int64(sqlite3_column_int64(st, 8)));
			time_day(ld, ymd);
			add_str(lt, "date", ymd);
			add_str(lt, "from", from);
			add_str(lt, "from_addr",
			    (const char *)sqlite3_column_text(st, 11));
			add_str(lt, "subject",
			    (const char *)sqlite3_column_text(st, 12));
			json_object_object_add(m, "letter", lt);
			if (ld && ld < *since)
				*since = ld;
		} else {
			json_object_object_add(m, "letter", NULL);
		}
		rc = 0;
	}
	sqlite3_finalize(st);
	*out = m;
	return rc;
}

/* Commitments on record: every open or confirmed one, and those settled
 * in the last year; grouped by person in the order first seen. */
static int
support_json(struct ledger *l, const char *today, time_t now, int zh,
    json_object *brief)
{
	sqlite3_stmt *st;
	json_object *groups = json_object_new_object();
	json_object *support = json_object_new_array();
	json_object *overdue = json_object_new_array();
	json_object *vague = json_object_new_array();
	int rc;

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT c.id, c.actor, c.action, "
	    "c.quote, c.due, c.due_time, c.vague, c.state, c.answered_at, "
	    "c.source, m.date, m.from_name, c.created_at FROM commitments c "
	    "LEFT JOIN messages m ON m.id = c.message_id WHERE c.state IN "
	    "('open', 'confirmed') OR c.updated_at >= ? ORDER BY coalesce(m.date, "
	    "c.created_at), c.id", -1, &st, NULL) != SQLITE_OK) {
		json_object_put(groups);
		json_object_put(support);
		json_object_put(overdue);
		json_object_put(vague);
		return -1;
	}
	sqlite3_bind_int64(st, 1, (int64_t)(now - 365 * 86400));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct commitment c;
		const char *from = (const char *)sqlite3_column_text(st, 11);
		const char *person;
		json_object *o = json_object_new_object(), *g;
		char ymd[11];

		memset(&c, 0, sizeof(c));
		c.id = sqlite3_column_int64(st, 0);
		c.actor = (char *)sqlite3_column_text(st, 1);
		c.action = (char *)sqlite3_column_text(st, 2);
		c.quote = (char *)sqlite3_column_text(st, 3);
		c.due = (char *)sqlite3_column_text(st, 4);
		c.vague = sqlite3_column_int(st, 6);
		c.state = (char *)sqlite3_column_text(st, 7);
		c.answered_at = sqlite3_column_int64(st, 8);
		person = person_of(c.actor, from);
		if (person == NULL)
			person = zh ? "（沒有列明負責人）" : "(nobody named)";
		json_object_object_add(o, "id", json_object_new_int64(c.id));
		add_str(o, "person", person);
		add_str(o, "actor", c.actor);
		add_str(o, "what", c.action && *c.action ? c.action : c.quote);
		add_str(o, "quote", c.quote);
		add_str(o, "due", c.due);
		add_str(o, "due_time", (const char *)sqlite3_column_text(st, 5));
		add_str(o, "state", c.state);
		json_object_object_add(o, "overdue", json_object_new_boolean(
		    commitment_is_overdue(&c, today)));
		json_object_object_add(o, "vague", json_object_new_boolean(c.vague));
		if (c.answered_at) {
			time_day((time_t)c.answered_at, ymd);
			add_str(o, "answered_on", ymd);	/* the school wrote after it */
		} else {
			add_str(o, "answered_on", NULL);
		}
		add_str(o, "source", (const char *)sqlite3_column_text(st, 9));
		if (sqlite3_column_type(st, 10) != SQLITE_NULL) {
			time_day((time_t)sqlite3_column_int64(st, 10), ymd);
			add_str(o, "letter_date", ymd);
		} else {
			add_str(o, "letter_date", NULL);
		}
		time_day((time_t)sqlite3_column_int64(st, 12), ymd);
		add_str(o, "recorded", ymd);
		if (!json_object_object_get_ex(groups, person, &g)) {
			json_object *p = json_object_new_object();
			g = json_object_new_array();
			add_str(p, "person", person);
			json_object_object_add(p, "commitments", g);
			json_object_array_add(support, p);
			json_object_object_add(groups, person, json_object_get(g));
		}
		if (commitment_is_overdue(&c, today))
			json_object_array_add(overdue, json_object_get(o));
		if ((c.vague || c.due == NULL) && (strcmp(c.state, "open") == 0 ||
		    strcmp(c.state, "confirmed") == 0))
			json_object_array_add(vague, json_object_get(o));
		json_object_array_add(g, o);
	}
	sqlite3_finalize(st);
	json_object_put(groups);
	json_object_object_add(brief, "support", support);
	json_object_object_add(brief, "overdue", overdue);
	json_object_object_add(brief, "vague", vague);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Deflections with no later school letter in their thread (the words of
 * a vague promise, kept as a no-owner/no-date deflection too, are listed
 * once, as the promise). A letter n is in thread T when coalesce(
 * n.thread_id, n.id) = T; it is written as two terms SQLite can look up
 * (messages_thread, the rowid): the coalesce form scanned every letter
 * once per deflection, per brief. */
static int
deflections_json(struct ledger *l, const struct config *cfg, const char *lang,
    json_object *brief)
{
	sqlite3_stmt *st;
	json_object *a = json_object_new_array();
	int rc;

	json_object_object_add(brief, "deflections", a);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT d.id, d.quote, d.kind, "
	    "m.date, m.from_name FROM deflections d JOIN messages m ON m.id = "
	    "d.message_id WHERE NOT EXISTS (SELECT 1 FROM messages n WHERE "
	    "(n.thread_id = coalesce(m.thread_id, m.id) OR (n.thread_id IS "
	    "NULL AND n.id = coalesce(m.thread_id, m.id))) AND "
	    "n.direction = 'in' AND n.is_school = 1 AND n.date > m.date) "
	    /* a vague promise's own words are listed with the promises */
	    "AND d.quote NOT IN (SELECT quote FROM commitments c WHERE "
	    "c.message_id = d.message_id) ORDER BY m.date, d.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *quote = (const char *)sqlite3_column_text(st, 1);
		const char *kind = advice_kind((const char *)
		    sqlite3_column_text(st, 2));
		json_object *o = json_object_new_object();
		struct advice_ctx ctx;
		char ymd[11], *answer;

		advice_ctx_load(l, cfg, quote, &ctx);
		answer = advice_answer(cfg, kind, lang, &ctx);
		json_object_object_add(o, "id",
		    json_object_new_int64(sqlite3_column_int64(st, 0)));
		add_str(o, "quote", quote);
		add_str(o, "kind", kind);
		add_str(o, "label", advice_label(kind, lang));
		time_day((time_t)sqlite3_column_int64(st, 3), ymd);
		add_str(o, "letter_date", ymd);
		add_str(o, "from", (const char *)sqlite3_column_text(st, 4));
		add_str(o, "answer", answer);
		json_object_array_add(a, o);
		free(answer);
		advice_ctx_free(&ctx);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Has a school letter mentioning a draft IEP arrived since 'since'? */
static int
draft_received(struct ledger *l, time_t since)
{
	int64_t n = 0;
	char s[24];
	snprintf(s, sizeof(s), "%lld", (long long)since);
	ledger_query_int(l, &n, "SELECT count(*) FROM messages WHERE direction "
	    "= 'in' AND is_school = 1 AND date >= CAST(? AS INTEGER) AND ("
	    "coalesce(subject, '') || ' ' || coalesce(body, '') LIKE '%draft IEP%' "
	    "OR coalesce(subject, '') || ' ' || coalesce(body, '') LIKE "
	    "'%IEP draft%' OR coalesce(subject, '') || ' ' || coalesce(body, '') "
	    "LIKE '%draft of the IEP%' OR coalesce(subject, '') || ' ' || "
	    "coalesce(body, '') LIKE '%個別學習計劃初稿%' OR coalesce(subject, '') "
	    "|| ' ' || coalesce(body, '') LIKE '%個別學習計劃草稿%')", s,
	    (char *)NULL);
	return n > 0;
}

/* The draft-IEP section: needed? received? drafted (outbox id)? text. */
static void
draft_json(struct ledger *l, const struct config *cfg, json_object *m,
    time_t since, int zh, json_object *brief)
{
	json_object *d = json_object_new_object();
	const struct person *senco = &cfg->people[ROLE_SENCO];
	json_object *lt = get(m, "letter");
	const char *to = senco->addr ? senco->addr : get_str(lt, "from_addr");
	const char *to_name = senco->addr ? senco->name : get_str(lt, "from");
	int iep = get_bool(m, "iep_or_sst");
	int received = iep && draft_received(l, since);
	int64_t drafted = 0;
	char *subject = letter_subject(get_str(m, "day"), zh), *state = NULL;
	sqlite3_stmt *st;

	json_object_object_add(brief, "draft_iep", d);
	json_object_object_add(d, "iep_or_sst", json_object_new_boolean(iep));
	json_object_object_add(d, "received", json_object_new_boolean(received));
	json_object_object_add(d, "needed",
	    json_object_new_boolean(iep && !received && to != NULL));
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, state FROM outbox "
	    "WHERE kind = 'reminder' AND subject = ? ORDER BY id DESC LIMIT 1",
	    -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, subject, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW) {
			drafted = sqlite3_column_int64(st, 0);
			state = ledger_col_dup(st, 1);
		}
		sqlite3_finalize(st);
	}
	json_object_object_add(d, "outbox_id", drafted ?
	    json_object_new_int64(drafted) : NULL);
	add_str(d, "outbox_state", state);
	free(state);
	if (iep && !received && to) {
		char *body = draft_letter(cfg, to_name, get_str(m, "date"),
		    get_str(m, "time"), zh);
		add_str(d, "to", to);
		add_str(d, "subject", subject);
		add_str(d, "body", body);
		free(body);
	}
	free(subject);
}

/* What to ask for at the meeting: derived from the items above. */
static void
outcomes_json(json_object *brief, int zh)
{
	json_object *a = json_object_new_array();
	json_object *v;
	size_t n;

	v = get(brief, "overdue");
	n = v ? json_object_array_length(v) : 0;
	for (size_t k = 0; k < n; k++) {
		json_object *c = json_object_array_get_idx(v, k);
		char *s = zh ? xasprintf("%s就「%s」（第 %lld 項，已過期）給一個新的完成日期，"
		    "或說明未能完成的原因。", get_str(c, "person"), get_str(c, "what"),
		    (long long)json_object_get_int64(get(c, "id"))) :
		    xasprintf("From %s, a new date for \"%s\" (item %lld, overdue), "
		    "or the reason it was not done.", get_str(c, "person"),
		    get_str(c, "what"), (long long)json_object_get_int64(get(c, "id")));
		json_object_array_add(a, json_object_new_string(s));
		free(s);
	}
	v = get(brief, "vague");
	n = v ? json_object_array_length(v) : 0;
	for (size_t k = 0; k < n; k++) {
		json_object *c = json_object_array_get_idx(v, k);
		char *s = zh ? xasprintf("就「%s」（第 %lld 項）訂明負責人和完成日期。",
		    get_str(c, "quote"), (long long)json_object_get_int64(get(c,
		    "id"))) : xasprintf("A named person and a date for \"%s\" (item "
		    "%lld).", get_str(c, "quote"), (long long)json_object_get_int64(
		    get(c, "id")));
		json_object_array_add(a, json_object_new_string(s));
		free(s);
	}
	v = get(brief, "deflections");
	n = v ? json_object_array_length(v) : 0;
	if (n)
		json_object_array_add(a, json_object_new_string(zh ?
		    "就上面每一項推搪，一個可以核實的答覆（見各項的提問）。" :
		    "For each deflection above, an answer that can be checked "
		    "(see the question under each)."));
	if (get_bool(get(brief, "meeting"), "iep_or_sst"))
		json_object_array_add(a, json_object_new_string(zh ?
		    "個別學習計劃的目標和調適以書面列明：每項由哪一位負責、何時開始，"
		    "以及何時檢討。" : "The IEP's targets and accommodations in "
		    "writing: who does each one, from when, and when it will be "
		    "reviewed."));
	json_object_object_add(brief, "outcomes", a);
}

static void
leave_with_json(json_object *brief, int zh)
{
	json_object *a = json_object_new_array();
	static const char *const en[] = {
		"A clear next step: the action, the named person who will do it, "
		"and the date.",
		"Written confirmation: send your summary within 24 hours (record "
		"the meeting with `ptrail meeting add`, what was promised with "
		"`ptrail add --meeting ID`; ptraild drafts the summary).",
		"The date of the next meeting.",
	};
	static const char *const zh_[] = {
		"清晰的下一步：要做甚麼、由哪一位負責、在哪一天或之前完成。",
		"書面確認：在 24 小時內寄出會面摘要（用 `ptrail meeting add` 記錄"
		"會面，用 `ptrail add --meeting ID` 記錄會上的承諾；ptraild 會草擬摘要）。",
		"下一次會面的日期。",
	};
	for (int k = 0; k < 3; k++)
		json_object_array_add(a, json_object_new_string(zh ? zh_[k] : en[k]));
	json_object_object_add(brief, "leave_with", a);
}

int
brief_build(struct ledger *l, const struct config *cfg, int64_t meeting,
    time_t now, const char *lang, json_object **out)
{
	int zh = lang && strcmp(lang, "zh") == 0;
	json_object *b, *m = NULL;
	char today[11];
	time_t since = now;
	int rc;

	*out = NULL;
	time_day(now, today);
	if (meeting == 0 && ledger_query_int(l, &meeting, "SELECT coalesce(("
	    "SELECT id FROM meetings WHERE state = 'scheduled' AND date >= ? "
	    "ORDER BY date, coalesce(time, ''), id LIMIT 1), 0)", today,
	    (char *)NULL) == -1)
		return -1;
	if (meeting == 0)
		return 1;
	if ((rc = meeting_json(l, meeting, zh, &m, &since)) != 0)
		return rc;
	b = json_object_new_object();
	add_str(b, "lang", zh ? "zh" : "en");
	add_str(b, "today", today);
	add_str(b, "child", cfg->child_name);
	json_object_object_add(b, "meeting", m);
	if (support_json(l, today, now, zh, b) == -1 ||
	    deflections_json(l, cfg, zh ? "zh" : "en", b) == -1) {
		json_object_put(b);
		return -1;
	}
	draft_json(l, cfg, m, since, zh, b);
	outcomes_json(b, zh);
	leave_with_json(b, zh);
	*out = b;
	return 0;
}
