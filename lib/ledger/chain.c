/*
 * chain.c — the ledger's append-only events, each carrying the hash of
 * the one before, and the checks that tell an edit from a damaged file.
 *
 * Each row's hash is SHA-256 over
 *   prev_hash \n id \n at \n kind \n subject \n detail
 * starting from 64 zeros. Ids are consecutive; a gap is a deleted row.
 * ledger_verify() recomputes the chain (an edited row breaks it);
 * ledger_quick_check() and ledger_check_file() ask SQLite whether the
 * file itself is sound (damage is not an edit).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/log.h"
#include "ledger/ledger.h"
#include "base/xmalloc.h"

#define GENESIS_HASH \
	"0000000000000000000000000000000000000000000000000000000000000000"

/* One buffer and one digest: GnuTLS's incremental hash costs an init
 * (an allocation and a table look-up) per event, more than the hashing
 * of a few hundred bytes. */
static void
event_hash(const char *prev, int64_t id, int64_t at, const char *kind,
    const char *subject, const char *detail, char out[65])
{
	struct buf b = BUF_INIT;
	char num[48];

	snprintf(num, sizeof(num), "\n%lld\n%lld\n", (long long)id,
	    (long long)at);
	buf_addstr(&b, prev);
	buf_addstr(&b, num);
	buf_addstr(&b, kind);
	buf_addch(&b, '\n');
	if (subject)
		buf_addstr(&b, subject);
	buf_addch(&b, '\n');
	if (detail)
		buf_addstr(&b, detail);
	sha256_hex(buf_str(&b), b.len, out);
	buf_free(&b);
}

/* The chain's head in this write transaction (ledger_txn()): appending
 * a letter's events read the last row back for each of them. */
struct chain_head {
	int64_t	 id;
	char	 hash[65];
};

/* The last event's id (0: none yet) and hash; 0, or -1 when it cannot be
 * read — which is not an empty chain: appending after "nothing" would
 * fork it at id 1. */
static int
chain_head(struct ledger *l, int64_t *id, char prev[65])
{
	struct chain_head *h = ledger_txn(l, LEDGER_TXN_CHAIN);
	sqlite3_stmt *st;
	int rc;

	if (h) {
		*id = h->id;
		memcpy(prev, h->hash, 65);
		return 0;
	}
	*id = 0;
	snprintf(prev, 65, "%s", GENESIS_HASH);
	if ((st = ledger_stmt(l, "SELECT id, hash FROM events "
	    "ORDER BY id DESC LIMIT 1")) == NULL)
		return -1;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		snprintf(prev, 65, "%s", (const char *)sqlite3_column_text(st, 1));
	}
	ledger_stmt_done(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static void
chain_moved(struct ledger *l, int64_t id, const char hash[65])
{
	struct chain_head *h = ledger_txn(l, LEDGER_TXN_CHAIN);

	if (h == NULL) {
		h = xcalloc(1, sizeof(*h));
		ledger_txn_keep(l, LEDGER_TXN_CHAIN, h, free);
	}
	h->id = id;
	memcpy(h->hash, hash, 65);
}

int64_t
ledger_event(struct ledger *l, time_t at, const char *kind,
    const char *subject, const char *detail)
{
	sqlite3_stmt *st;
	char prev[65], hash[65];
	int64_t id;
	int rc, own = ledger_depth(l) == 0;

	/* Inside a caller's transaction no savepoint of our own is needed:
	 * the one write is the INSERT, which lands whole or not at all, and
	 * the caller's transaction already holds the write lock that keeps
	 * "read the last hash, append after it" from racing another writer. */
	if (own && ledger_begin(l) == -1)
		return -1;
	if (chain_head(l, &id, prev) == -1)
		goto fail;
	id++;
	event_hash(prev, id, (int64_t)at, kind, subject, detail, hash);
	if ((st = ledger_stmt(l, "INSERT INTO events (id, at, kind, "
	    "subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"))
	    == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (int64_t)at);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, subject, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, detail, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, prev, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	ledger_stmt_done(st);
	if (rc != SQLITE_DONE)
		goto fail;
	chain_moved(l, id, hash);
	if (own && ledger_commit(l) == -1)
		return -1;
	return id;
fail:
	log_warnx("ledger %s: cannot append event %s: %s", ledger_path(l), kind,
	    ledger_errmsg(l));
	if (own)
		ledger_rollback(l);
	return -1;
}

static const char *
col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : NULL;
}

int
ledger_verify(struct ledger *l, int64_t *bad_id, char head[65],
    struct buf *why)
{
	sqlite3_stmt *st;
	char prev[65] = GENESIS_HASH, hash[65];
	int64_t expect = 1;
	int rc, result = 0;

	*bad_id = 0;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, at, kind, subject, detail, "
	    "prev_hash, hash FROM events ORDER BY id", -1, &st, NULL)
	    != SQLITE_OK) {
		buf_printf(why, "cannot read events: %s", ledger_errmsg(l));
		return -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		const char *kind = col_text(st, 2);
		const char *stored_prev = col_text(st, 5);
		const char *stored = col_text(st, 6);

		*bad_id = id;
		if (id != expect) {
			buf_printf(why, "event %lld: expected id %lld here; rows "
			    "%lld..%lld were deleted", (long long)id,
			    (long long)expect, (long long)expect, (long long)id - 1);
			result = 1;
			break;
		}
		if (stored_prev == NULL || strcmp(stored_prev, prev) != 0) {
			buf_printf(why, "event %lld: prev_hash does not match the "
			    "hash of event %lld", (long long)id, (long long)id - 1);
			result = 1;
			break;
		}
		event_hash(prev, id, sqlite3_column_int64(st, 1),
		    kind ? kind : "", col_text(st, 3), col_text(st, 4), hash);
		if (stored == NULL || strcmp(stored, hash) != 0) {
			buf_printf(why, "event %lld: its content does not match "
			    "its hash (the row was edited)", (long long)id);
			result = 1;
			break;
		}
		memcpy(prev, hash, sizeof(prev));
		expect++;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		buf_printf(why, "cannot read events: %s", ledger_errmsg(l));
		result = -1;
	}
	sqlite3_finalize(st);
	if (result == 0) {
		*bad_id = 0;
		if (head)
			memcpy(head, prev, 65);
	}
	return result;
}

static int
quick_check_db(sqlite3 *db, struct buf *why)
{
	sqlite3_stmt *st;
	int rc, rows = 0, sound = 0, result;

	rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(10)", -1, &st, NULL);
	if (rc != SQLITE_OK) {
		buf_printf(why, "%s", sqlite3_errmsg(db));
		return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ?
		    1 : -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *line = (const char *)sqlite3_column_text(st, 0);
		if (rows++ == 0 && line && strcmp(line, "ok") == 0) {
			sound = 1;
			continue;
		}
		sound = 0;
		buf_printf(why, "%s%s", why->len ? "; " : "", line ? line : "?");
	}
	if (rc == SQLITE_DONE)
		result = sound ? 0 : 1;
	else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
		buf_printf(why, "%s%s", why->len ? "; " : "", sqlite3_errmsg(db));
		result = 1;
	} else {
		buf_printf(why, "cannot check the file: %s", sqlite3_errmsg(db));
		result = -1;
	}
	sqlite3_finalize(st);
	return result;
}

int
ledger_quick_check(struct ledger *l, struct buf *why)
{
	return quick_check_db(ledger_db(l), why);
}

int
ledger_check_file(const char *path, struct buf *why)
{
	sqlite3 *db = NULL;
	int rc;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		buf_printf(why, "cannot open %s: %s", path,
		    db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close_v2(db);
		return -1;
	}
	rc = quick_check_db(db, why);
	sqlite3_close_v2(db);
	return rc;
}

