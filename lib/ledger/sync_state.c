/*
 * sync_state.c — where each watched folder stands: its UIDVALIDITY, the
 * last UID stored, how many messages it added, and its last error (for
 * `ptrail status`), and the last error and success of each connection.
 * See sync_state.h.
 *
 * The last UID only moves forward within one UIDVALIDITY, and it moves in
 * the same transaction as the message that moves it (ingest.c), so the
 * folder never claims a message the ledger does not hold.
 */
#include <sqlite3.h>

#include "ledger/sync_state.h"

int
sync_state_get(struct ledger *l, const char *folder, uint32_t *uidvalidity,
    uint32_t *last_uid)
{
	sqlite3_stmt *st;
	int rc = -1;

	if ((st = ledger_stmt(l, "SELECT uidvalidity, last_uid FROM "
	    "sync_state WHERE folder = ?")) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, folder, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*uidvalidity = (uint32_t)sqlite3_column_int64(st, 0);
		*last_uid = (uint32_t)sqlite3_column_int64(st, 1);
		rc = 0;
	}
	ledger_stmt_done(st);
	return rc;
}

int
sync_state_set(struct ledger *l, const char *folder, uint32_t uidvalidity,
    uint32_t last_uid, time_t now, const char *error, int added)
{
	sqlite3_stmt *st;
	int rc;

	/* messages counts what this folder added: a running sum, because a
	 * count(*) per message made a large first sync quadratic. The last
	 * error stays until a newer one: a good letter after a skipped one
	 * does not hide the skip from `ptrail status`. */
	if ((st = ledger_stmt(l, "INSERT INTO sync_state (folder, "
	    "uidvalidity, last_uid, last_sync, messages, last_error, "
	    "last_error_at) VALUES (?1, ?2, ?3, ?4, ?6, ?5, CASE WHEN ?5 IS "
	    "NULL THEN NULL ELSE ?4 END) ON CONFLICT(folder) DO UPDATE SET "
	    "uidvalidity = ?2, last_uid = max(CASE WHEN uidvalidity = ?2 THEN "
	    "last_uid ELSE 0 END, ?3), last_sync = ?4, messages = messages + ?6, "
	    "last_error = coalesce(?5, last_error), last_error_at = CASE WHEN "
	    "?5 IS NULL THEN last_error_at ELSE ?4 END")) == NULL)
		return -1;
	sqlite3_bind_int(st, 6, added);
	sqlite3_bind_text(st, 1, folder, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, uidvalidity);
	sqlite3_bind_int64(st, 3, last_uid);
	sqlite3_bind_int64(st, 4, (int64_t)now);
	if (error)
		sqlite3_bind_text(st, 5, error, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 5);
	rc = sqlite3_step(st);
	ledger_stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/*
 * The row named key (a folder, a service) in upsert_sql, created when
 * missing, gets error and its time: ?1 the key, ?2 the error, ?3 now.
 */
static int
error_upsert(struct ledger *l, const char *upsert_sql, const char *key,
    time_t now, const char *error)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = ledger_stmt(l, upsert_sql)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, error, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (int64_t)now);
	rc = sqlite3_step(st);
	ledger_stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
sync_state_error(struct ledger *l, const char *folder, time_t now,
    const char *error)
{
	return error_upsert(l, "INSERT INTO sync_state (folder, last_error, "
	    "last_error_at) VALUES (?1, ?2, ?3) ON CONFLICT(folder) DO UPDATE "
	    "SET last_error = ?2, last_error_at = ?3", folder, now, error);
}

int
connection_error(struct ledger *l, const char *service, time_t now,
    const char *error)
{
	return error_upsert(l, "INSERT INTO connections (service, last_error, "
	    "last_error_at) VALUES (?1, ?2, ?3) ON CONFLICT(service) DO UPDATE "
	    "SET last_error = ?2, last_error_at = ?3", service, now, error);
}

int
connection_ok(struct ledger *l, const char *service, time_t now)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = ledger_stmt(l, "INSERT INTO connections (service, last_ok_at) "
	    "VALUES (?1, ?2) ON CONFLICT(service) DO UPDATE SET last_ok_at = "
	    "?2")) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, service, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (int64_t)now);
	rc = sqlite3_step(st);
	ledger_stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
