#ifndef PTRAIL_IMAP_GUARD_H
#define PTRAIL_IMAP_GUARD_H

#include <libetpan/libetpan.h>

/* Put the EOF guard (imap_guard.c) under imap's stream: a read that
 * returns nothing is an error. Call it after connecting and again after
 * STARTTLS, which replaces the stream's driver with its own. */
void	imap_guard_stream(mailimap *imap);

#endif
