/*
 * ledger_why.c — what a refused ledger write means to the sync: the words
 * for it, and whether the folder must stop there.
 */
#include "ledger_why.h"

/*
 * Why the ledger refused a write, for the log and `ptrail status`: a full
 * disk and a lock held by another process are said in words, since they
 * are the parent's to fix (or to wait out), not ptrail's.
 */
void
ledger_why(struct ledger *l, struct buf *why)
{
	switch (ledger_errcode(l) & 0xff) {
	case SQLITE_FULL:
		buf_printf(why, "the disk holding the ledger is full (%s)",
		    ledger_errmsg(l));
		break;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		buf_printf(why, "the ledger is locked by another process (%s)",
		    ledger_errmsg(l));
		break;
	case SQLITE_IOERR:
		buf_printf(why, "cannot write the ledger: I/O error (%s)",
		    ledger_errmsg(l));
		break;
	case SQLITE_READONLY:
		buf_printf(why, "the ledger is read-only (%s)", ledger_errmsg(l));
		break;
	default:
		buf_printf(why, "the ledger refused the write (%s)",
		    ledger_errmsg(l));
		break;
	}
}

/* Did this failure come from the ledger's state (disk, lock, I/O) rather
 * than from the one message? Then every later message would fail too, or
 * land after a gap: the folder must stop here. */
int
ledger_fault(struct ledger *l)
{
	switch (ledger_errcode(l) & 0xff) {
	case SQLITE_FULL: case SQLITE_BUSY: case SQLITE_LOCKED:
	case SQLITE_IOERR: case SQLITE_READONLY: case SQLITE_NOMEM:
	case SQLITE_CANTOPEN: case SQLITE_CORRUPT: case SQLITE_NOTADB:
	case SQLITE_PROTOCOL:
		return 1;
	default:
		/* the transaction itself is gone: nothing after this message
		 * may be committed on its own */
		return sqlite3_get_autocommit(ledger_db(l)) &&
		    ledger_depth(l) > 0;
	}
}
