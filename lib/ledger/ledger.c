/*
 * ledger.c — open and migrate the SQLite ledger; the statement cache;
 * transactions. The events chain and the file checks are in chain.c.
 *
 * Schema steps are compiled in (schemas/embed.sh): step 1 is ledger.sql,
 * step N is schemas/NNN-*.sql, and PRAGMA user_version is the last step
 * applied. An older ledger is upgraded in one transaction; a newer one is
 * refused, so an old binary never writes a schema it does not know.
 *
 * Durability: WAL with synchronous=NORMAL. A transaction survives a crash
 * of the process (what SIGKILL tests check); after a power loss the last
 * few may be gone, and with them the sync_state that said they were
 * fetched, so the next sync fetches them again. Nothing is half-written.
 */
#include <errno.h>
#include <json-c/json.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "ledger/ledger.h"
#include "base/log.h"
#include "base/xmalloc.h"

extern const char *const ledger_schema_steps[];

#define BUSY_TIMEOUT_MS	10000

/*
 * Prepared statements kept for reuse. A sync runs the same dozen small
 * statements for every letter, and preparing one costs more than running
 * it (a quarter of a 10,000-letter sync was SQLite's parser).
 */
#define STMT_CACHE	48

struct ledger {
	sqlite3	*db;
	char	*path;
	int	 depth;		/* transaction nesting */
	int	 readonly;
	sqlite3_stmt *cache[STMT_CACHE];
	const char *cache_key[STMT_CACHE];	/* the caller's SQL text */
	int	 cache_next;			/* slot to evict when full */
	/* The failure that ended the open transaction (SQLite's extended
	 * code and text), kept across the ROLLBACK that follows it so that
	 * the caller learns "database or disk is full", not what the
	 * rollback said. 0: none since the last ledger_begin(). */
	int	 fail_code;
	char	 fail_msg[256];
	/* ledger_begin_whole(): the depth of its savepoint (0: none), and
	 * whether a part folded into it was rolled back; bit d of folded:
	 * depth d is such a part, with no savepoint of its own */
	int	 whole;
	int	 doomed;
	uint64_t folded;
	/* ledger_txn(): caches for the open write transaction */
	void	*txn_data[LEDGER_TXN_SLOTS];
	void	(*txn_drop[LEDGER_TXN_SLOTS])(void *);
};

int
ledger_latest_version(void)
{
	int n = 0;
	while (ledger_schema_steps[n])
		n++;
	return n;
}

const char *
ledger_schema_sql(int v)
{
	if (v < 1 || v > ledger_latest_version())
		return NULL;
	return ledger_schema_steps[v - 1];
}

sqlite3 *
ledger_db(struct ledger *l)
{
	return l->db;
}

const char *
ledger_path(const struct ledger *l)
{
	return l->path;
}

const char *
ledger_errmsg(struct ledger *l)
{
	if (l->fail_code)
		return l->fail_msg;
	return sqlite3_errmsg(l->db);
}

int
ledger_errcode(struct ledger *l)
{
	if (l->fail_code)
		return l->fail_code;
	return sqlite3_extended_errcode(l->db);
}

/* Keep the error SQLite holds now as the transaction's failure, unless
 * one is kept already (the first one is the cause). */
static void
keep_failure(struct ledger *l)
{
	int code = sqlite3_extended_errcode(l->db);

	if (l->fail_code || code == SQLITE_OK || code == SQLITE_ROW ||
	    code == SQLITE_DONE)
		return;
	l->fail_code = code;
	snprintf(l->fail_msg, sizeof(l->fail_msg), "%s", sqlite3_errmsg(l->db));
}

/* mkdir -p, each directory we create 0700. */
static int
make_dirs(const char *dir, struct buf *err)
{
	char *copy = xstrdup(dir), *p;
	struct stat st;

	for (p = copy + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (stat(copy, &st) == -1) {
			if (mkdir(copy, 0700) == -1 && errno != EEXIST) {
				buf_printf(err, "cannot create %s: %s", copy,
				    strerror(errno));
				free(copy);
				return -1;
			}
		}
		*p = c;
		if (c == '\0')
			break;
	}
	free(copy);
	return 0;
}

sqlite3_stmt *
ledger_stmt(struct ledger *l, const char *sql)
{
	sqlite3_stmt *st;
	int k;

	if (l->depth == 0)
		l->fail_code = 0;	/* a new statement outside a transaction */
	for (k = 0; k < STMT_CACHE && l->cache[k]; k++) {
		if (l->cache_key[k] != sql)
			continue;
		/* the key is an address; a buffer reused for other text
		 * must not get the old statement */
		if (strcmp(sqlite3_sql(l->cache[k]), sql) != 0)
			break;
		sqlite3_reset(l->cache[k]);
		sqlite3_clear_bindings(l->cache[k]);
		return l->cache[k];
	}
	if (sqlite3_prepare_v3(l->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
	    NULL) != SQLITE_OK)
		return NULL;
	if (k == STMT_CACHE) {
		k = l->cache_next;
		l->cache_next = (l->cache_next + 1) % STMT_CACHE;
	}
	sqlite3_finalize(l->cache[k]);
	l->cache[k] = st;
	l->cache_key[k] = sql;
	return st;
}

void
ledger_stmt_done(sqlite3_stmt *st)
{
	if (st == NULL)
		return;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

static void
stmt_cache_free(struct ledger *l)
{
	for (int k = 0; k < STMT_CACHE; k++) {
		sqlite3_finalize(l->cache[k]);
		l->cache[k] = NULL;
		l->cache_key[k] = NULL;
	}
}

/* One statement of transaction control, through the cache. */
static int
run_cached(struct ledger *l, const char *sql)
{
	sqlite3_stmt *st = ledger_stmt(l, sql);
	int rc;

	if (st == NULL) {
		log_warnx("ledger %s: %s", l->path, sqlite3_errmsg(l->db));
		return -1;
	}
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		log_warnx("ledger %s: %s: %s", l->path, sql,
		    sqlite3_errmsg(l->db));
		return -1;
	}
	return 0;
}

static int
exec_sql(struct ledger *l, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(l->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		log_warnx("ledger %s: %s", l->path, msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int
ledger_query_int(struct ledger *l, int64_t *out, const char *sql, ...)
{
	sqlite3_stmt *st;
	va_list ap;
	const char *arg;
	int i = 1, rc = -1;

	if ((st = ledger_stmt(l, sql)) == NULL)
		return -1;
	va_start(ap, sql);
	while ((arg = va_arg(ap, const char *)) != NULL)
		sqlite3_bind_text(st, i++, arg, -1, SQLITE_TRANSIENT);
	va_end(ap);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*out = sqlite3_column_int64(st, 0);
		rc = 0;
	}
	ledger_stmt_done(st);
	return rc;
}

int
ledger_version(struct ledger *l)
{
	int64_t v = 0;
	if (ledger_query_int(l, &v, "PRAGMA user_version", (char *)NULL) == -1)
		return -1;
	return (int)v;
}

int64_t
ledger_data_version(struct ledger *l)
{
	int64_t v = -1;
	if (ledger_query_int(l, &v, "PRAGMA data_version", (char *)NULL) == -1)
		return -1;
	return v;
}

static int
has_tables(struct ledger *l)
{
	int64_t n = 0;
	ledger_query_int(l, &n, "SELECT count(*) FROM sqlite_master "
	    "WHERE type = 'table'", (char *)NULL);
	return n > 0;
}

/* How many rows refer to one that is not there? The first is named in
 * the log when say is set. */
static int
foreign_keys_broken(struct ledger *l, int say)
{
	sqlite3_stmt *st;
	int broken = 0;

	if (sqlite3_prepare_v2(l->db, "PRAGMA foreign_key_check", -1, &st,
	    NULL) != SQLITE_OK)
		return 1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (broken++ == 0 && say)
			log_warnx("ledger %s: %s row %lld refers to a missing "
			    "%s row", l->path, sqlite3_column_text(st, 0),
			    (long long)sqlite3_column_int64(st, 1),
			    sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	return broken;
}

static int
migrate(struct ledger *l, struct buf *err)
{
	int v = ledger_version(l), latest = ledger_latest_version(), broken;
	char pragma[64];

	if (v < 0) {
		buf_printf(err, "%s: cannot read the schema version: %s", l->path,
		    ledger_errmsg(l));
		return -1;
	}
	if (v > latest) {
		buf_printf(err, "%s: schema version %d is newer than this ptrail "
		    "understands (%d); upgrade ptrail", l->path, v, latest);
		return -1;
	}
	if (v == 0 && has_tables(l)) {
		buf_printf(err, "%s: is an SQLite file but not a ptrail ledger",
		    l->path);
		return -1;
	}
	if (v == latest)
		return 0;
	if (l->readonly) {
		buf_printf(err, "%s: schema version %d needs an upgrade to %d; "
		    "open it once read-write (ptraild or a ptrail edit)", l->path,
		    v, latest);
		return -1;
	}
	/*
	 * A step may rebuild a table others refer to (006: commitments).
	 * With foreign keys on, its DROP would delete the rows outbox and
	 * escalations point at; SQLite's way is keys off for the upgrade
	 * (outside the transaction: inside it the pragma does nothing) and
	 * a foreign_key_check before the commit.
	 */
	if (exec_sql(l, "PRAGMA foreign_keys = OFF") == -1 ||
	    exec_sql(l, "BEGIN IMMEDIATE") == -1)
		goto fail;
	/* a reference broken before (by hand) does not stop the upgrade;
	 * one the upgrade broke does */
	broken = foreign_keys_broken(l, 0);
	for (int step = v + 1; step <= latest; step++)
		if (exec_sql(l, ledger_schema_sql(step)) == -1)
			goto rollback;
	if (foreign_keys_broken(l, 1) > broken)
		goto rollback;
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", latest);
	if (exec_sql(l, pragma) == -1 || exec_sql(l, "COMMIT") == -1)
		goto rollback;
	if (exec_sql(l, "PRAGMA foreign_keys = ON") == -1)
		goto fail;
	if (v > 0)
		log_info("ledger %s: upgraded schema %d -> %d", l->path, v, latest);
	return 0;
rollback:
	exec_sql(l, "ROLLBACK");
fail:
	exec_sql(l, "PRAGMA foreign_keys = ON");
	buf_printf(err, "%s: schema upgrade %d -> %d failed: %s", l->path, v,
	    latest, ledger_errmsg(l));
	return -1;
}

static int
prepare_file(const char *path, struct buf *err)
{
	char *copy = xstrdup(path);
	char *dir = dirname(copy);
	struct stat st;
	int fd;

	if (make_dirs(dir, err) == -1) {
		free(copy);
		return -1;
	}
	/* a directory made before us may let others list it; the ledger
	 * file itself is 0600 whatever, but its name, size and the WAL's
	 * comings and goings are the family's business */
	if (stat(dir, &st) == 0 && (st.st_mode & 077))
		log_warnx("%s: the ledger's directory is mode %04o, open to "
		    "others; chmod 700 %s", dir, (unsigned)(st.st_mode & 07777),
		    dir);
	free(copy);
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd == -1) {
		buf_printf(err, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	/* The ledger holds a child's records: nobody else reads it. */
	(void)fchmod(fd, 0600);
	close(fd);
	return 0;
}

/*
 * On a read-only filesystem SQLite cannot create the WAL index (-shm) a
 * WAL ledger needs even to be read; nobody can write the file there
 * either, so it is opened as immutable: "file:PATH?immutable=1".
 */
static char *
immutable_uri(const char *path)
{
	struct buf b = BUF_INIT;
	static const char hex[] = "0123456789ABCDEF";

	buf_addstr(&b, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/-._~", *p)) {
			buf_addch(&b, (char)*p);
		} else {
			buf_addch(&b, '%');
			buf_addch(&b, hex[*p >> 4]);
			buf_addch(&b, hex[*p & 15]);
		}
	}
	buf_addstr(&b, "?immutable=1");
	return buf_detach(&b);
}

int
ledger_lock(const char *path, int *fd, struct buf *err)
{
	char *lock = xasprintf("%s.lock", path), *copy = xstrdup(path);
	char pid[24] = "";
	struct timespec pause = { 0, 100 * 1000 * 1000 };
	int f = -1, rc = -1, tries = 0;
	ssize_t n;

	*fd = -1;
	if (make_dirs(dirname(copy), err) == -1)
		goto out;
	if ((f = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) == -1) {
		buf_printf(err, "cannot open %s: %s", lock, strerror(errno));
		goto out;
	}
	while (flock(f, LOCK_EX | LOCK_NB) == -1) {
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			buf_printf(err, "cannot lock %s: %s", lock, strerror(errno));
			goto out;
		}
		if (++tries < 10) {
			nanosleep(&pause, NULL);
			continue;
		}
		n = pread(f, pid, sizeof(pid) - 1, 0);
		pid[n > 0 ? n : 0] = '\0';
		pid[strcspn(pid, "\n")] = '\0';
		buf_printf(err, "another ptraild%s%s%s already keeps the ledger %s "
		    "(it holds %s); one daemon per ledger", *pid ? " (pid " : "",
		    pid, *pid ? ")" : "", path, lock);
		rc = 1;
		goto out;
	}
	snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
	if (ftruncate(f, 0) == -1 ||
	    pwrite(f, pid, strlen(pid), 0) != (ssize_t)strlen(pid))
		log_warn("%s: cannot record the pid", lock);
	*fd = f;
	f = -1;
	rc = 0;
out:
	if (f != -1)
		close(f);
	free(lock);
	free(copy);
	return rc;
}

int
ledger_lock_held(const char *path)
{
	char *lock = xasprintf("%s.lock", path);
	int f = open(lock, O_RDONLY | O_CLOEXEC), rc;

	free(lock);
	if (f == -1)
		return errno == ENOENT ? 0 : -1;
	if (flock(f, LOCK_SH | LOCK_NB) == 0)
		rc = 0;		/* closing the file drops the probe */
	else
		rc = errno == EWOULDBLOCK ? 1 : -1;
	close(f);
	return rc;
}

int
ledger_open(const char *path, int flags, struct ledger **out, struct buf *err)
{
	struct ledger *l;
	struct statvfs vfs;
	char *uri = NULL;
	int oflags;

	*out = NULL;
	if (flags & LEDGER_RO) {
		if (access(path, R_OK) == -1) {
			buf_printf(err, "no ledger at %s (%s); ptraild creates it "
			    "on its first sync", path, strerror(errno));
			return -1;
		}
		oflags = SQLITE_OPEN_READONLY;
		if (statvfs(path, &vfs) == 0 && (vfs.f_flag & ST_RDONLY)) {
			uri = immutable_uri(path);
			oflags |= SQLITE_OPEN_URI;
		}
	} else {
		if (prepare_file(path, err) == -1)
			return -1;
		oflags = SQLITE_OPEN_READWRITE;
	}
	l = xcalloc(1, sizeof(*l));
	l->path = xstrdup(path);
	l->readonly = (flags & LEDGER_RO) != 0;
	if (sqlite3_open_v2(uri ? uri : path, &l->db, oflags |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		free(uri);
		buf_printf(err, "cannot open ledger %s: %s", path,
		    l->db ? sqlite3_errmsg(l->db) : "out of memory");
		ledger_close(l);
		return -1;
	}
	free(uri);
	sqlite3_busy_timeout(l->db, BUSY_TIMEOUT_MS);
	if (exec_sql(l, "PRAGMA foreign_keys = ON") == -1 ||
	    (!l->readonly && (exec_sql(l, "PRAGMA journal_mode = WAL") == -1 ||
	    exec_sql(l, "PRAGMA synchronous = NORMAL") == -1 ||
	    exec_sql(l, "PRAGMA temp_store = MEMORY") == -1))) {
		buf_printf(err, "%s: not usable as a ledger: %s", path,
		    sqlite3_errmsg(l->db));
		ledger_close(l);
		return -1;
	}
	if (migrate(l, err) == -1) {
		ledger_close(l);
		return -1;
	}
	*out = l;
	return 0;
}

static void
txn_drop_all(struct ledger *l)
{
	for (int s = 0; s < LEDGER_TXN_SLOTS; s++)
		ledger_txn_keep(l, (enum ledger_slot)s, NULL, NULL);
}

void
ledger_close(struct ledger *l)
{
	if (l == NULL)
		return;
	if (l->depth > 0) {
		log_warnx("ledger %s: closed inside a transaction; rolled back",
		    l->path);
		exec_sql(l, "ROLLBACK");
	}
	txn_drop_all(l);
	stmt_cache_free(l);
	sqlite3_close_v2(l->db);
	free(l->path);
	free(l);
}

/*
 * Every savepoint has the one name "sp": SQLite releases or rolls back to
 * the innermost of that name, which is the one this depth opened, and a
 * single text lets the statement be prepared once.
 */
/*
 * A write transaction must start with no read open on this connection. An
 * open read holds a snapshot; when another connection (the CLI) committed
 * after it was taken, the upgrade fails with SQLITE_BUSY at once, and no
 * busy timeout helps. Finish reads (collect rows, reset the statement)
 * before writing; this names the read that was left open when it happens.
 */
static void
check_no_open_read(struct ledger *l)
{
	sqlite3_stmt *st = NULL;

	while ((st = sqlite3_next_stmt(l->db, st)) != NULL)
		if (sqlite3_stmt_busy(st) && sqlite3_stmt_readonly(st))
			log_warnx("ledger %s: a write begins while a read is still "
			    "open (%.80s): finish the read first", l->path,
			    sqlite3_sql(st));
}

int
ledger_begin(struct ledger *l)
{
	l->fail_code = 0;
	if (l->depth == 0)
		check_no_open_read(l);
	if (run_cached(l, l->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT sp")
	    == -1) {
		keep_failure(l);
		return -1;
	}
	l->depth++;
	return 0;
}

int
ledger_begin_whole(struct ledger *l)
{
	if (ledger_begin(l) == -1)
		return -1;
	if (l->whole == 0) {
		l->whole = l->depth;
		l->doomed = 0;
	}
	return 0;
}

int
ledger_begin_part(struct ledger *l)
{
	if (l->whole == 0 || l->depth < l->whole || l->depth >= 63)
		return ledger_begin(l);
	l->fail_code = 0;
	l->depth++;
	l->folded |= (uint64_t)1 << l->depth;
	return 0;
}

/* Is the innermost level a part folded into a whole? Then it is ended
 * here, without SQL. */
static int
end_folded(struct ledger *l)
{
	uint64_t bit = (uint64_t)1 << l->depth;

	if (l->depth >= 64 || !(l->folded & bit))
		return 0;
	l->folded &= ~bit;
	l->depth--;
	return 1;
}

/*
 * After SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM or SQLITE_BUSY SQLite may
 * have rolled the whole transaction back by itself: then there is nothing
 * left to commit, release or roll back, and running the statement anyway
 * only replaces the real error with "no transaction is active".
 */
static int
txn_lost(struct ledger *l)
{
	return sqlite3_get_autocommit(l->db);
}

int
ledger_commit(struct ledger *l)
{
	if (l->depth <= 0)
		return -1;
	if (txn_lost(l)) {
		keep_failure(l);
		ledger_rollback(l);
		return -1;
	}
	if (end_folded(l))
		return 0;
	if (l->depth == l->whole) {
		l->whole = 0;
		if (l->doomed) {
			l->doomed = 0;
			if (l->fail_code == 0) {
				l->fail_code = SQLITE_ABORT;
				snprintf(l->fail_msg, sizeof(l->fail_msg), "a part "
				    "of the transaction failed");
			}
			ledger_rollback(l);
			return -1;
		}
	}
	if (l->depth == 1) {
		if (run_cached(l, "COMMIT") == -1) {
			keep_failure(l);
			ledger_rollback(l);
			return -1;
		}
		txn_drop_all(l);
	} else if (run_cached(l, "RELEASE sp") == -1) {
		keep_failure(l);
		return -1;
	}
	l->depth--;
	return 0;
}

void
ledger_rollback(struct ledger *l)
{
	if (l->depth <= 0)
		return;
	keep_failure(l);
	txn_drop_all(l);
	if (end_folded(l)) {
		l->doomed = 1;	/* what the part wrote is still there */
		return;
	}
	if (l->depth == l->whole)
		l->whole = l->doomed = 0;
	if (txn_lost(l))
		;	/* SQLite undid it all already */
	else if (l->depth == 1)
		run_cached(l, "ROLLBACK");
	else if (run_cached(l, "ROLLBACK TO sp") == 0)
		run_cached(l, "RELEASE sp");
	l->depth--;
}

int
ledger_depth(const struct ledger *l)
{
	return l->depth;
}

void *
ledger_txn(struct ledger *l, enum ledger_slot s)
{
	if (l->depth == 0)
		return NULL;
	/* SQLite ended the transaction by itself (txn_lost()): what the
	 * caches hold may be undone; the caller's rollback comes later */
	if (txn_lost(l)) {
		txn_drop_all(l);
		return NULL;
	}
	return l->txn_data[s];
}

void
ledger_txn_keep(struct ledger *l, enum ledger_slot s, void *data,
    void (*drop)(void *))
{
	if (l->txn_data[s] && l->txn_data[s] != data)
		l->txn_drop[s](l->txn_data[s]);
	l->txn_data[s] = NULL;
	l->txn_drop[s] = NULL;
	if (data == NULL)
		return;
	if (l->depth == 0) {
		drop(data);
		return;
	}
	l->txn_data[s] = data;
	l->txn_drop[s] = drop;
}

char *
ledger_col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? xstrdup((const char *)s) : NULL;
}

void
ledger_bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

int
ledger_event_row(struct ledger *l, time_t at, const char *kind,
    const char *table, int64_t id, struct json_object *detail)
{
	char subject[64];
	int64_t ev;

	snprintf(subject, sizeof(subject), "%s:%lld", table, (long long)id);
	ev = ledger_event(l, at, kind, subject,
	    json_object_to_json_string_ext(detail, JSON_C_TO_STRING_PLAIN));
	json_object_put(detail);
	return ev < 0 ? -1 : 0;
}
