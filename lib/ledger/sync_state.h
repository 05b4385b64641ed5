/*
 * sync_state.h — the sync_state table: per folder, its UIDVALIDITY, the
 * last UID stored, the messages it added, and its last error with the
 * time. The daemon's sync engine (daemon/sync.c) and ingest.c write it;
 * `ptrail status` reads it.
 *
 * Ownership: the ledger and the strings are borrowed (SQLite copies what
 * it keeps).
 */
#ifndef PTRAIL_SYNC_STATE_H
#define PTRAIL_SYNC_STATE_H

#include <stdint.h>
#include <time.h>

#include "ledger/ledger.h"

/* sync_state for a folder: 0 and the values, or -1 when none yet. */
int	sync_state_get(struct ledger *l, const char *folder,
	    uint32_t *uidvalidity, uint32_t *last_uid);
/* Record where a folder stands; added: messages it newly stored; error
 * (NULL: none) becomes the folder's last error, which stays until a newer
 * one. */
int	sync_state_set(struct ledger *l, const char *folder,
	    uint32_t uidvalidity, uint32_t last_uid, time_t now,
	    const char *error, int added);
/* A folder's last error without moving it on (the server failed a search
 * or fetch, or hung up): for `ptrail status`. */
int	sync_state_error(struct ledger *l, const char *folder, time_t now,
	    const char *error);

/* The connections table: service "imap" or "smtp" could not be spoken to
 * (error, in words), or could (connection_ok). For `ptrail status`. */
int	connection_error(struct ledger *l, const char *service, time_t now,
	    const char *error);
int	connection_ok(struct ledger *l, const char *service, time_t now);

#endif
