/*
 * feed.c — the daemon's feed stage: after a round that changed the
 * ledger, write calendar.ics again, atomically (lib/act/ics.c).
 */
#include <string.h>

#include "daemon.h"
#include "act/ics.h"
#include "base/log.h"

enum pt_result
feed_stage(struct daemon *d)
{
	struct buf err = BUF_INIT;
	enum pt_result rc = PT_OK;

	if (ics_write_feed(d->ledger, d->cfg, d->now, d->cfg->feed_path,
	    &err) == -1) {
		log_warnx("feed %s not written: %s", d->cfg->feed_path,
		    buf_str(&err));
		rc = PT_TEMP;
	}
	buf_free(&err);
	return rc;
}
