/*
 * ledger_why.h — a refused ledger write, as the sync engine (sync.c)
 * tells and weighs it.
 */
#ifndef PTRAIL_LEDGER_WHY_H
#define PTRAIL_LEDGER_WHY_H

#include "base/buf.h"
#include "ledger/ledger.h"

/* Why the ledger refused a write, in words, appended to why. */
void	ledger_why(struct ledger *l, struct buf *why);

/* 1 when the refusal came from the ledger's state (disk, lock, I/O) or
 * took the batch's transaction with it: the folder must stop here. */
int	ledger_fault(struct ledger *l);

#endif
