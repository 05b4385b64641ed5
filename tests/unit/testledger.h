/*
 * testledger.h — for the unit tests that open a ledger: one number from
 * one query, asserted to have run. Kept apart from testutil.h, which
 * tests that do not touch the ledger include too.
 */
#ifndef PTRAIL_TESTLEDGER_H
#define PTRAIL_TESTLEDGER_H

#include "testutil.h"

#include "ledger/ledger.h"

static inline int64_t
ledger_count(struct ledger *l, const char *sql)
{
	int64_t n = -1;
	assert_int_equal(ledger_query_int(l, &n, sql, (char *)NULL), 0);
	return n;
}

#endif
