/*
 * ledger.h — the SQLite ledger: open, migrate, transact, and the events chain.
 *
 * One file, WAL mode, foreign keys on, a busy timeout (SQLite's default is
 * 0, which turns every concurrent read into SQLITE_BUSY). The daemon is the
 * one writer; the CLI opens the same file and may also write its edits.
 * The file is created 0600 inside a 0700 directory.
 *
 * Modules that own a table (items.c, outbox.c, ingest.c, ...) run their own
 * prepared statements on ledger_db(); SQL text is never built from data.
 *
 * Transactions nest: ledger_begin() opens BEGIN IMMEDIATE at depth 0 and a
 * SAVEPOINT deeper, so "store one message" can call "add one commitment"
 * and both land or neither does.
 *
 * Ownership: struct ledger belongs to whoever opened it; ledger_close()
 * frees it. Strings returned by ledger_* are owned by the caller unless a
 * comment says otherwise.
 */
#ifndef PTRAIL_LEDGER_H
#define PTRAIL_LEDGER_H

#include <stdint.h>
#include <sqlite3.h>
#include <time.h>

#include "base/buf.h"

#define LEDGER_RW	0
#define LEDGER_RO	1	/* open read-only; never creates or migrates */

struct ledger;

/* 0 ok; -1 with a sentence in err ("ledger.db: schema version 7 is newer
 * than this ptrail (5); upgrade ptrail"). */
int	 ledger_open(const char *path, int flags, struct ledger **out,
	    struct buf *err);
void	 ledger_close(struct ledger *l);
sqlite3	*ledger_db(struct ledger *l);		/* owned by l */
const char *ledger_path(const struct ledger *l);	/* owned by l */
int	 ledger_version(struct ledger *l);	/* PRAGMA user_version */
int	 ledger_latest_version(void);		/* what this build writes */

/* The SQL of schema step v (1 = ledger.sql, 2.. = migrations); NULL past the
 * end. Static storage. Tests use it to build older ledgers. */
const char *ledger_schema_sql(int v);

/*
 * PRAGMA data_version: a number that moves when another connection (the
 * CLI, another process) commits to the ledger, and never for this
 * connection's own commits. -1 when it cannot be read.
 */
int64_t	 ledger_data_version(struct ledger *l);

int	 ledger_begin(struct ledger *l);
/*
 * A savepoint (or transaction) that lands whole or not at all, and a part
 * of it. Every savepoint makes SQLite copy each page written under it
 * that existed before it into a sub-journal, once per level: storing a
 * letter's items each in a savepoint of their own inside the letter's
 * copied the same pages again for every item (a sixth of a first sync's
 * writes). Inside ledger_begin_whole(), ledger_begin_part() opens no
 * savepoint: its commit does nothing and its rollback dooms the whole,
 * whose ledger_commit() then rolls it back and returns -1 — so a caller
 * of whole must treat a part's failure as its own. Elsewhere
 * ledger_begin_part() is ledger_begin(). Both end with ledger_commit()
 * or ledger_rollback().
 */
int	 ledger_begin_whole(struct ledger *l);
int	 ledger_begin_part(struct ledger *l);
int	 ledger_commit(struct ledger *l);
void	 ledger_rollback(struct ledger *l);
int	 ledger_depth(const struct ledger *l);	/* 0: no transaction open */

/*
 * Memory for one write transaction. Under BEGIN IMMEDIATE no other
 * connection writes, so what a module read (the chain's head, the people
 * it matches names against) stays true until this connection changes it
 * or the transaction ends. A module keeps such a cache in its slot; the
 * outermost ledger_commit() and every ledger_rollback() drop it with its
 * free function — a savepoint's rollback too: the rows it wrote are gone,
 * and an id or hash read from them must not outlive them.
 */
enum ledger_slot {
	LEDGER_TXN_CHAIN,	/* chain.c: the last event's id and hash */
	LEDGER_TXN_PEOPLE,	/* people.c: the people rows, keyed */
	LEDGER_TXN_SLOTS
};
/* The slot's cache; NULL when empty or outside a write transaction. */
void	*ledger_txn(struct ledger *l, enum ledger_slot s);
/* Keep data in the slot until the transaction ends (then drop(data));
 * NULL empties the slot now. Outside a transaction data is dropped at
 * once: there is nothing to keep it for. */
void	 ledger_txn_keep(struct ledger *l, enum ledger_slot s, void *data,
	    void (*drop)(void *));

/*
 * A prepared statement for sql, kept by l and reused on the next call with
 * the same text (pass a string literal: the cache looks it up by address
 * and checks the text). Owned by l: finish with ledger_stmt_done(), which
 * resets it and clears its bindings, never sqlite3_finalize(). A function
 * must not call, while it holds one, code that asks for the same SQL.
 * NULL when SQLite cannot prepare it (ledger_errmsg says why).
 */
sqlite3_stmt *ledger_stmt(struct ledger *l, const char *sql);
void	 ledger_stmt_done(sqlite3_stmt *st);

/* The last SQLite error text on this handle (owned by l or SQLite). After
 * a failed transaction (ledger_begin/commit returned -1, or a statement
 * inside it failed and ledger_rollback() ran) this is the failure that
 * ended it, not what the rollback said; it stays until the next
 * ledger_begin() or the next statement outside a transaction. */
const char *ledger_errmsg(struct ledger *l);
/* The same error as SQLite's extended result code (SQLITE_FULL,
 * SQLITE_BUSY, ...), so a caller can tell a full disk or a lock held by
 * another process (try again later) from a bad row. */
int	 ledger_errcode(struct ledger *l);

/*
 * Append one event to the chain. Call it inside the transaction that makes
 * the change it records. detail is a JSON text or NULL. Returns the event's
 * row id, or -1.
 */
int64_t	 ledger_event(struct ledger *l, time_t at, const char *kind,
	    const char *subject, const char *detail);

/*
 * ledger_event() about one row of table: the subject is "table:id", the
 * detail the JSON object detail, which this consumes (json_object_put),
 * whatever it returns. 0, or -1 when the event could not be written.
 */
struct json_object;
int	 ledger_event_row(struct ledger *l, time_t at, const char *kind,
	    const char *table, int64_t id, struct json_object *detail);

/*
 * Walk the chain from the first row. 0: intact (*head gets the last hash,
 * 65 bytes, may be NULL); 1: broken, *bad_id names the first row whose hash
 * does not match its content or whose prev_hash does not match the row
 * before, and why says which; -1: could not read.
 */
int	 ledger_verify(struct ledger *l, int64_t *bad_id, char head[65],
	    struct buf *why);

/*
 * One daemon per ledger: an exclusive flock() on "<path>.lock", beside the
 * ledger, held for the life of the process (the descriptor is
 * close-on-exec and the caller keeps it open until it exits; closing it
 * releases the claim). The lock file holds the holder's pid, for the
 * message a second daemon gives. A claim that finds the lock busy tries
 * again for about a second, so that a ptrail command's ledger_lock_held()
 * probe never turns a starting daemon away.
 * 0: claimed, *fd set; 1: another process holds it (err names its pid);
 * -1: could not try (err says why).
 */
int	 ledger_lock(const char *path, int *fd, struct buf *err);
/* Is a daemon keeping the ledger at path? 1 yes, 0 no, -1 cannot tell. */
int	 ledger_lock_held(const char *path);

/*
 * Is the file sound? PRAGMA quick_check: SQLite's own structure (pages,
 * b-trees, records, free list), not the events chain. 0: sound; 1:
 * damaged, why gets SQLite's first findings — corruption of the file, which
 * ledger_verify() would otherwise misread as an edited row; -1: could not
 * run it (why says so). Linear in the size of the file.
 */
int	 ledger_quick_check(struct ledger *l, struct buf *why);
/* The same for the file at path, opened read-only for the check alone:
 * for a file ledger_open() refuses (a damaged schema page fails the open
 * before any check could run), to tell damage from other trouble. */
int	 ledger_check_file(const char *path, struct buf *why);

/* A column as a new string, NULL for SQL NULL; the caller frees it. */
char	*ledger_col_dup(sqlite3_stmt *st, int i);
/* Bind s as text, or SQL NULL when s is NULL (SQLite copies it). */
void	 ledger_bind_opt(sqlite3_stmt *st, int i, const char *s);

/* Small helpers for one-value queries with text binds (NULL-terminated
 * list of const char *). Return 0 and set *out, or -1. */
int	 ledger_query_int(struct ledger *l, int64_t *out, const char *sql, ...);

#endif
