/*
 * ingest.c — one message into the ledger; see ingest.h.
 *
 * Two halves: ingest_prepare() reads the bytes (hash, MIME, extraction)
 * and touches nothing shared, so the daemon runs it on its reader thread;
 * ingest_store() writes the ledger. Order inside the transaction: the
 * message row (raw kept whole) with its thread (In-Reply-To, then
 * References, to an earlier stored message; else its own id),
 * the items extracted from it (school mail, and the parent's own letters
 * to the school), each with its person (people.h), the school's reply
 * answering the earlier promises of the thread it is about (items.h; the
 * others stay open), the event, and the
 * folder's last UID. Either all of it lands or none.
 *
 * A school letter that the other parent (or a tutor, a colleague) forwards
 * as an attachment is read as the school's: its own From is whose "I"
 * the promises are, its own Date the day "Friday" counts from
 * (take_source()). The message row keeps the real sender. The words of
 * the one who forwarded it are read with it, under the school's name: a
 * "FYI" carries no promise, and mime.c writes nothing between the two.
 */
#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract.h"
#include "base/hash.h"
#include "ledger/ingest.h"
#include "ledger/items.h"
#include "base/log.h"
#include "mail/mime.h"
#include "ledger/outbox.h"
#include "ledger/people.h"
#include "ledger/sync_state.h"
#include "base/xmalloc.h"

static int64_t
known_message(struct ledger *l, const char *msgid, const char *sha)
{
	int64_t id = 0;
	if (ledger_query_int(l, &id, "SELECT id FROM messages WHERE sha256 = ?1 "
	    "AND (message_id IS ?2 OR ?2 IS NULL) LIMIT 1", sha,
	    msgid ? msgid : (const char *)NULL, (char *)NULL) == 0)
		return id;
	/* ledger_query_int stops at the first NULL bind: without a
	 * Message-ID the hash alone decides */
	if (ledger_query_int(l, &id, "SELECT id FROM messages WHERE sha256 = ?1 "
	    "LIMIT 1", sha, (char *)NULL) == 0)
		return id;
	return 0;
}

/* The thread of the first earlier message this one names. */
static int64_t
find_thread(struct ledger *l, const struct mime_message *m)
{
	char *refs = NULL, *save = NULL, *tok;
	int64_t thread = 0;

	if (m->in_reply_to && ledger_query_int(l, &thread, "SELECT "
	    "coalesce(thread_id, id) FROM messages WHERE message_id = ? "
	    "ORDER BY id LIMIT 1", m->in_reply_to, (char *)NULL) == 0)
		return thread;
	if (m->references == NULL)
		return 0;
	refs = xstrdup(m->references);
	for (tok = strtok_r(refs, " \t", &save); tok;
	    tok = strtok_r(NULL, " \t", &save))
		if (ledger_query_int(l, &thread, "SELECT coalesce(thread_id, id) "
		    "FROM messages WHERE message_id = ? ORDER BY id LIMIT 1", tok,
		    (char *)NULL) == 0)
			break;
	free(refs);
	return thread;
}

static int64_t
insert_message(struct ledger *l, const struct mime_message *m,
    const char *folder, uint32_t uid, const char *sha, const char *raw,
    size_t len, int out, int school, int64_t thread, time_t now)
{
	sqlite3_stmt *st;
	int64_t id = -1, own = 0;

	/*
	 * A message that starts a thread is its own thread, so its id is
	 * needed in the row: take the id SQLite would give (the largest + 1;
	 * the caller's transaction holds the write lock). Setting thread_id
	 * by an UPDATE after the INSERT rewrote the whole row, raw bytes and
	 * all: 5% of a first sync. A reply leaves the id to SQLite.
	 */
	if (thread == 0) {
		if ((st = ledger_stmt(l, "SELECT coalesce(max(id), 0) + 1 "
		    "FROM messages")) == NULL)
			return -1;
		if (sqlite3_step(st) == SQLITE_ROW)
			own = thread = sqlite3_column_int64(st, 0);
		ledger_stmt_done(st);
		if (own == 0)
			return -1;
	}
	if ((st = ledger_stmt(l, "INSERT INTO messages (message_id, "
	    "sha256, folder, uid, direction, is_school, date, from_name, "
	    "from_addr, to_addrs, cc_addrs, subject, in_reply_to, refs, lang, "
	    "body, raw, size, stored_at, id, thread_id) VALUES (?, ?, ?, ?, ?, "
	    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) == NULL)
		return -1;
	if (own)
		sqlite3_bind_int64(st, 20, own);
	else
		sqlite3_bind_null(st, 20);	/* SQLite picks it */
	sqlite3_bind_int64(st, 21, thread);
	ledger_bind_opt(st, 1, m->message_id);
	sqlite3_bind_text(st, 2, sha, -1, SQLITE_STATIC);
	ledger_bind_opt(st, 3, folder);
	if (uid)
		sqlite3_bind_int64(st, 4, uid);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_text(st, 5, out ? "out" : "in", -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, school);
	if (m->has_date)
		sqlite3_bind_int64(st, 7, (int64_t)m->date);
	else
		sqlite3_bind_null(st, 7);
	ledger_bind_opt(st, 8, m->from_name);
	ledger_bind_opt(st, 9, m->from_addr);
	ledger_bind_opt(st, 10, m->to);
	ledger_bind_opt(st, 11, m->cc);
	ledger_bind_opt(st, 12, m->subject);
	ledger_bind_opt(st, 13, m->in_reply_to);
	ledger_bind_opt(st, 14, m->references);
	ledger_bind_opt(st, 15, m->lang);
	ledger_bind_opt(st, 16, m->text);
	sqlite3_bind_blob(st, 17, raw, (int)len, SQLITE_STATIC);
	sqlite3_bind_int64(st, 18, (int64_t)len);
	sqlite3_bind_int64(st, 19, (int64_t)now);
	if (sqlite3_step(st) == SQLITE_DONE)
		id = sqlite3_last_insert_rowid(ledger_db(l));
	ledger_stmt_done(st);
	return id;
}

static int
store_items(struct ledger *l, const struct ingest_prep *p, int64_t msg,
    int64_t thread, time_t now, struct ingest_result *res)
{
	const struct config *cfg = p->cfg;
	const struct mime_message *mm = &p->m;
	const struct extraction *ex = &p->ex;
	/* the sender is a person the ledger knows (people.h) */
	const struct mime_forward *src = &p->src;
	char *sig = src->from_name ? NULL : people_signature_name(mm->text);
	int64_t sender = people_by_address(l, cfg, src->from_name ?
	    src->from_name : sig, src->from_addr, now);
	free(sig);
	if (sender < 0)
		return -1;
	for (size_t k = 0; k < ex->ncommitments; k++) {
		const struct ex_commitment *e = &ex->commitments[k];
		struct commitment c;
		int rc;
		memset(&c, 0, sizeof(c));
		c.message_id = msg;
		c.thread_id = thread;
		c.source = (char *)"letter";
		c.actor = (char *)e->actor;	/* as written; the person beside */
		c.person_id = people_resolve(l, cfg, e->actor, e->quote,
		    mm->text, src->from_name, src->from_addr, now);
		if (c.person_id < 0)
			return -1;
		c.action = e->action;
		c.quote = e->quote;
		c.due = e->due[0] ? (char *)e->due : NULL;
		c.due_time = e->due_time[0] ? (char *)e->due_time : NULL;
		c.vague = e->vague;
		c.date_flag = (char *)e->date_flag;	/* a doubt to ask about */
		rc = commitment_add(l, &c, now);
		if (rc == -1)
			return -1;
		res->commitments++;
	}
	for (size_t k = 0; k < ex->ndeflections; k++) {
		int64_t id;
		if (deflection_add(l, msg, ex->deflections[k].quote,
		    ex->deflections[k].kind, now, &id) == -1)
			return -1;
		res->deflections++;
	}
	for (size_t k = 0; k < ex->nmeetings; k++) {
		struct meeting m;
		memset(&m, 0, sizeof(m));
		m.message_id = msg;
		m.thread_id = thread;
		m.quote = ex->meetings[k].quote;
		m.date = (char *)ex->meetings[k].date;
		m.time = ex->meetings[k].time[0] ? (char *)ex->meetings[k].time : NULL;
		m.date_flag = (char *)ex->meetings[k].date_flag;
		m.location = ex->meetings[k].location;
		if (meeting_add(l, &m, now) == -1)
			return -1;
		res->meetings++;
	}
	return 0;
}

/* ---- the parent's own letters as a source --------------------------------
 *
 * A summary the parent wrote to the school ("you agreed that Ms Lee will
 * send the plan by 20 March") records the school's promises too. Her
 * letters to a school address, and every letter in her Sent folder, are
 * read like the school's, except ptrail's own drafts (their items are in
 * the ledger already) and a promise the ledger holds already from the
 * school's letter: the same person, the same due, and action words in
 * common. Such an item's source is 'parent-summary'; "you" in it is the
 * school person she wrote to.
 */

/* The first school address among To, then Cc, into addr: 1, or 0 when
 * the letter is to nobody at the school. */
static int
school_recipient(const struct config *cfg, const struct mime_message *m,
    char *addr, size_t size)
{
	const char *lists[2] = { m->to, m->cc };

	for (int k = 0; k < 2; k++)
		for (const char *p = lists[k]; p && *p; ) {
			p += strspn(p, ", ");
			size_t n = strcspn(p, ", ");
			if (n > 0 && n < size) {
				memcpy(addr, p, n);
				addr[n] = '\0';
				if (config_is_school_addr(cfg, addr))
					return 1;
			}
			p += n;
		}
	return 0;
}

static int
to_school(const struct config *cfg, const struct mime_message *m)
{
	char addr[256];
	return school_recipient(cfg, m, addr, sizeof(addr));
}

/* Words of 4 letters or more that a and b share, up to 2. */
static int
shared_words(const char *a, const char *b, int want)
{
	int n = 0;
	for (const char *p = a; *p && n < want; ) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		size_t l = 0;
		while (isalnum((unsigned char)p[l]))
			l++;
		if (l >= 4) {
			for (const char *q = b; *q; ) {
				while (*q && !isalnum((unsigned char)*q))
					q++;
				size_t m = 0;
				while (isalnum((unsigned char)q[m]))
					m++;
				if (m == l && strncasecmp(p, q, l) == 0) {
					n++;
					break;
				}
				q += m;
			}
		}
		p += l;
	}
	return n;
}

/* Is the school's promise already in the ledger? Same due, the same
 * person (person, resolved already: "you" in her letter and "I" in Ms
 * Wong's are both Ms Wong) or an actor sharing a name with the words as
 * written or with the person's name, two action words in common. Its id,
 * or 0. */
static int64_t
already_recorded(struct ledger *l, const struct ex_commitment *e,
    int64_t person)
{
	sqlite3_stmt *st;
	int64_t found = 0;

	if (e->actor == NULL || (st = ledger_stmt(l, "SELECT c.actor, p.name, "
	    "c.action, c.person_id, c.id FROM commitments c LEFT JOIN people p ON "
	    "p.id = c.person_id WHERE coalesce(c.due, '') = ?")) == NULL)
		return 0;
	sqlite3_bind_text(st, 1, e->due, -1, SQLITE_STATIC);
	while (!found && sqlite3_step(st) == SQLITE_ROW) {
		const char *actor = (const char *)sqlite3_column_text(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		const char *action = (const char *)sqlite3_column_text(st, 2);
		int same = (person > 0 && sqlite3_column_int64(st, 3) ==
		    person) || (actor && shared_words(e->actor, actor, 1) >= 1) ||
		    (name && shared_words(e->actor, name, 1) >= 1);
		if (same && action && shared_words(e->action ? e->action :
		    e->quote, action, 2) >= 2)
			found = sqlite3_column_int64(st, 4);
	}
	ledger_stmt_done(st);
	return found;
}

/* One of the letters ptrail itself drafted and sent (its items are in the
 * ledger already). */
static int
is_ours(struct ledger *l, const char *msgid)
{
	int64_t n = 0;
	if (msgid == NULL)
		return 0;
	ledger_query_int(l, &n, "SELECT count(*) FROM outbox WHERE msgid = ?",
	    msgid, (char *)NULL);
	return n > 0;
}

/* "you", "你", "您" in the parent's letter: the first school person she
 * wrote to; 0 when there is none. */
static int64_t
addressee(struct ledger *l, const struct config *cfg,
    const struct mime_message *m, time_t now)
{
	char addr[256];

	if (!school_recipient(cfg, m, addr, sizeof(addr)))
		return 0;
	return people_by_address(l, cfg, NULL, addr, now);
}

static int
is_you(const char *actor)
{
	return actor && (strcasecmp(actor, "you") == 0 ||
	    strcmp(actor, "你") == 0 || strcmp(actor, "您") == 0);
}

/* The parent's letter said again what the ledger holds: not a second
 * promise, but evidence that she wrote it down (the dossier's "confirmed
 * in writing"), kept as an event on the promise. */
static int
restated(struct ledger *l, int64_t id, int64_t msg, const char *quote,
    time_t now)
{
	json_object *o = json_object_new_object();
	char subject[48];
	int64_t ev;

	json_object_object_add(o, "message", json_object_new_int64(msg));
	json_object_object_add(o, "quote", json_object_new_string(quote));
	snprintf(subject, sizeof(subject), "commitment:%lld", (long long)id);
	ev = ledger_event(l, now, "commitment.restated", subject,
	    json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return ev < 0 ? -1 : 0;
}

static int
store_summary_items(struct ledger *l, const struct config *cfg,
    const struct mime_message *mm, const struct extraction *ex, int64_t msg,
    int64_t thread, time_t now, struct ingest_result *res)
{
	for (size_t k = 0; k < ex->ncommitments; k++) {
		const struct ex_commitment *e = &ex->commitments[k];
		struct commitment c;
		memset(&c, 0, sizeof(c));
		/* the person named; "I" is the parent, not the school */
		c.person_id = is_you(e->actor) ? addressee(l, cfg, mm, now) :
		    people_resolve(l, cfg, e->actor, e->quote, mm->text, NULL,
		    NULL, now);
		if (c.person_id < 0)
			return -1;
		int64_t known = already_recorded(l, e, c.person_id);
		if (known > 0) {
			if (restated(l, known, msg, e->quote, now) == -1)
				return -1;
			continue;
		}
		c.message_id = msg;
		c.thread_id = thread;
		c.source = (char *)"parent-summary";
		c.actor = (char *)e->actor;
		c.action = e->action;
		c.quote = e->quote;
		c.due = e->due[0] ? (char *)e->due : NULL;
		c.due_time = e->due_time[0] ? (char *)e->due_time : NULL;
		c.vague = e->vague;
		c.date_flag = (char *)e->date_flag;	/* a doubt to ask about */
		if (commitment_add(l, &c, now) == -1)
			return -1;
		res->commitments++;
	}
	return 0;
}

static char *
store_detail(const struct mime_message *m, const char *sha, const char *folder,
    uint32_t uid)
{
	json_object *o = json_object_new_object();
	char *s;
	json_object_object_add(o, "message_id", m->message_id ?
	    json_object_new_string(m->message_id) : NULL);
	json_object_object_add(o, "sha256", json_object_new_string(sha));
	json_object_object_add(o, "from", m->from_addr ?
	    json_object_new_string(m->from_addr) : NULL);
	json_object_object_add(o, "subject", m->subject ?
	    json_object_new_string(m->subject) : NULL);
	json_object_object_add(o, "folder", folder ?
	    json_object_new_string(folder) : NULL);
	json_object_object_add(o, "uid", json_object_new_int64(uid));
	s = xstrdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return s;
}

/* Whose letter this is (struct ingest_prep's src): see the top. */
static void
take_source(const struct config *cfg, struct ingest_prep *p)
{
	const struct mime_message *m = &p->m;

	p->src.from_name = m->from_name;
	p->src.from_addr = m->from_addr;
	p->src.has_date = m->has_date;
	p->src.date = m->date;
	p->src.date_offset = m->date_offset;
	if (p->school || p->out || m->forwards == 0 ||
	    !config_is_school_addr(cfg, m->fwd.from_addr))
		return;
	p->src = m->fwd;
	p->school = 1;
	p->forwarded = 1;
}

void
ingest_prepare(const struct config *cfg, const char *raw, size_t len,
    int sent, time_t now, struct ingest_prep *p)
{
	memset(p, 0, sizeof(*p));
	sha256_hex(raw, len, p->sha);
	p->cfg = cfg;
	if (mime_parse(raw, len, &p->m, &p->why) == -1)
		return;
	p->parsed = 1;
	p->out = sent || config_is_parent_addr(cfg, p->m.from_addr);
	p->school = config_is_school_addr(cfg, p->m.from_addr);
	take_source(cfg, p);
	if (!p->m.is_bulk && ((p->school && !p->out) ||
	    (p->out && to_school(cfg, &p->m)))) {
		struct civil ref;
		if (p->src.has_date)
			days_to_civil((long)((p->src.date +
			    (time_t)p->src.date_offset * 60) / 86400), &ref);
		else
			local_civil(now, &ref);
		if (p->out)
			extract_parent_text(p->m.text, strlen(p->m.text), &ref,
			    &p->ex);
		else
			extract_text(p->m.text, strlen(p->m.text), &ref,
			    &p->ex);
	}
}

void
ingest_prep_free(struct ingest_prep *p)
{
	if (p->parsed)
		mime_message_free(&p->m);
	extraction_free(&p->ex);
	buf_free(&p->why);
	memset(p, 0, sizeof(*p));
}

int
ingest_store(struct ledger *l, const char *folder, uint32_t uidvalidity,
    uint32_t uid, const char *raw, size_t len, const struct ingest_prep *p,
    time_t now, struct ingest_result *res, struct buf *err)
{
	const struct mime_message *m = &p->m;
	char subject[64];
	int64_t thread;

	memset(res, 0, sizeof(*res));
	if (!p->parsed) {
		/* unreadable: still move the folder on, or it would be
		 * fetched forever; the reason goes to the log and events */
		buf_addstr(err, buf_str(&p->why));
		if (uid)
			sync_state_set(l, folder, uidvalidity, uid, now,
			    buf_str(&p->why), 0);
		return -1;
	}
	/* whole: an item added fails the letter (ledger_begin_part()) */
	if (ledger_begin_whole(l) == -1) {
		buf_printf(err, "ledger busy: %s", ledger_errmsg(l));
		return -1;
	}
	if ((res->id = known_message(l, m->message_id, p->sha)) != 0)
		goto done;
	res->is_school = p->school;
	thread = find_thread(l, m);
	res->id = insert_message(l, m, folder, uid, p->sha, raw, len, p->out,
	    p->school, thread, now);
	if (res->id < 0)
		goto fail;
	if (thread == 0)
		thread = res->id;
	res->was_new = 1;
	if (p->school && !p->out) {
		if (store_items(l, p, res->id, thread, now, res) == -1)
			goto fail;
		/* a reply answers only the promises it is about (items.h) */
		if (thread != res->id && commitments_answer_by_letter(l,
		    res->id, thread, p->src.from_addr, m->text,
		    p->src.has_date ? p->src.date : now, now) == -1)
			goto fail;
	}
	if (p->out && p->ex.ncommitments && !is_ours(l, m->message_id) &&
	    store_summary_items(l, p->cfg, m, &p->ex, res->id, thread, now,
	    res) == -1)
		goto fail;
	/* "APPROVE <token>" lines are read by the round's approval step
	 * (lib/ledger/approve.c), from the stored body */
	char *detail = store_detail(m, p->sha, folder, uid);
	snprintf(subject, sizeof(subject), "message:%lld", (long long)res->id);
	int64_t ev = ledger_event(l, now, "message.store", subject, detail);
	free(detail);
	if (ev < 0)
		goto fail;
done:
	if (uid && sync_state_set(l, folder, uidvalidity, uid, now, NULL,
	    res->was_new) == -1)
		goto fail;
	if (ledger_commit(l) == -1)
		goto fail_nocommit;
	return 0;
fail:
	ledger_rollback(l);
fail_nocommit:
	buf_printf(err, "cannot store message %s: %s", m->message_id ?
	    m->message_id : "(no Message-ID)", ledger_errmsg(l));
	memset(res, 0, sizeof(*res));
	return -1;
}

int
ingest_message(struct ledger *l, const struct config *cfg, const char *folder,
    uint32_t uidvalidity, uint32_t uid, const char *raw, size_t len,
    time_t now, struct ingest_result *res, struct buf *err)
{
	struct ingest_prep p;
	int rc;

	ingest_prepare(cfg, raw, len, 0, now, &p);
	rc = ingest_store(l, folder, uidvalidity, uid, raw, len, &p, now, res,
	    err);
	ingest_prep_free(&p);
	return rc;
}
