/*
 * people_cache.c — the people rows in memory, for name matching.
 *
 * Every item of every letter is matched against the people the ledger
 * knows (people.c): by address, by role, by the key of a name, through
 * merges. Asked of SQLite, that was a scan of the table with a name key
 * built per row, per item — a tenth of a first sync. The table is small
 * (the staff of a school or two) and changes rarely, so it is read once
 * per write transaction and kept in the transaction's slot
 * (ledger_txn()): a write to people drops it (people_cache_drop()), and
 * so does the transaction's end, a rollback's above all, so an id from
 * a rolled-back insert is never handed out. Outside a transaction
 * (ptrail's edits) each call reads its own copy.
 */
#include <stdlib.h>
#include <string.h>

#include "base/log.h"
#include "base/xmalloc.h"
#include "ledger/people_int.h"

static void
cache_free(void *p)
{
	struct people_cache *pc = p;

	if (pc == NULL)
		return;
	for (size_t k = 0; k < pc->n; k++) {
		free(pc->v[k].name);
		free(pc->v[k].address);
		free(pc->v[k].role);
		free(pc->v[k].key);
	}
	free(pc->v);
	free(pc);
}

static struct people_cache *
cache_load(struct ledger *l)
{
	struct people_cache *pc = xcalloc(1, sizeof(*pc));
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	if ((st = ledger_stmt(l, "SELECT id, merged_into, name, address, role "
	    "FROM people ORDER BY id")) == NULL) {
		free(pc);
		return NULL;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct person_rec *r;
		if (pc->n == cap) {
			cap = cap ? cap * 2 : 32;
			pc->v = xreallocarray(pc->v, cap, sizeof(*pc->v));
		}
		r = &pc->v[pc->n++];
		r->id = sqlite3_column_int64(st, 0);
		r->merged_into = sqlite3_column_int64(st, 1);
		r->name = ledger_col_dup(st, 2);
		r->address = ledger_col_dup(st, 3);
		r->role = ledger_col_dup(st, 4);
		r->key = r->name ? people_name_key(r->name) : xstrdup("");
	}
	ledger_stmt_done(st);
	if (rc != SQLITE_DONE) {
		log_warnx("ledger %s: cannot read people: %s", ledger_path(l),
		    ledger_errmsg(l));
		cache_free(pc);
		return NULL;
	}
	return pc;
}

struct people_cache *
people_cache_open(struct ledger *l, struct people_cache **tmp)
{
	struct people_cache *pc;

	*tmp = NULL;
	if ((pc = ledger_txn(l, LEDGER_TXN_PEOPLE)) != NULL)
		return pc;
	if ((pc = cache_load(l)) == NULL)
		return NULL;
	if (ledger_depth(l) > 0)
		ledger_txn_keep(l, LEDGER_TXN_PEOPLE, pc, cache_free);
	else
		*tmp = pc;
	return pc;
}

void
people_cache_close(struct people_cache *tmp)
{
	cache_free(tmp);
}

void
people_cache_drop(struct ledger *l)
{
	ledger_txn_keep(l, LEDGER_TXN_PEOPLE, NULL, NULL);
}

const struct person_rec *
people_cache_get(const struct people_cache *pc, int64_t id)
{
	size_t lo = 0, hi = pc->n;

	while (lo < hi) {	/* rows are in id order */
		size_t mid = lo + (hi - lo) / 2;
		if (pc->v[mid].id == id)
			return &pc->v[mid];
		if (pc->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int64_t
people_cache_canonical(const struct people_cache *pc, int64_t id)
{
	for (int hops = 0; id > 0 && hops < 16; hops++) {
		const struct person_rec *r = people_cache_get(pc, id);
		if (r == NULL || r->merged_into == 0)
			return id;
		id = r->merged_into;
	}
	return id;
}

/* address = ?, the unmerged first, then by id (0: none) */
int64_t
people_cache_by_address(const struct people_cache *pc, const char *addr)
{
	int64_t merged = 0;

	for (size_t k = 0; k < pc->n; k++) {
		const struct person_rec *r = &pc->v[k];
		if (r->address == NULL || strcmp(r->address, addr) != 0)
			continue;
		if (r->merged_into == 0)
			return r->id;
		if (merged == 0)
			merged = r->id;
	}
	return merged;
}

/* role = ? AND merged_into IS NULL, the oldest (0: none) */
int64_t
people_cache_by_role(const struct people_cache *pc, const char *role)
{
	for (size_t k = 0; k < pc->n; k++)
		if (pc->v[k].merged_into == 0 && pc->v[k].role &&
		    strcmp(pc->v[k].role, role) == 0)
			return pc->v[k].id;
	return 0;
}
