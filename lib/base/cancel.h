/*
 * cancel.h — how long work in lib/ hears that it should stop between
 * items. lib/ knows no signals: the caller answers (ptraild asks its
 * SIGTERM flag). Work that sees the answer yes stops before its next
 * item, each item done so far being whole and committed, and returns
 * what it did; the caller reads cancel_asked() again to know why.
 *
 * A NULL struct cancel, or one without a function, never asks.
 * Ownership: the caller's; lib/ only calls asked(arg).
 */
#ifndef PTRAIL_CANCEL_H
#define PTRAIL_CANCEL_H

struct cancel {
	int	(*asked)(void *arg);	/* nonzero: stop before the next item */
	void	 *arg;
};

static inline int
cancel_asked(const struct cancel *c)
{
	return c != NULL && c->asked != NULL && c->asked(c->arg);
}

#endif
