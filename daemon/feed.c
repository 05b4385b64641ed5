/*
 * feed.c — the daemon's feed stage: after a round that changed the
 * ledger, write calendar.ics again, atomically (lib/ics.c).
 */
#include <string.h>

#include "daemon.h"
#include "ics.h"
#include "log.h"

enum pt_result
feed_stage(struct daemon *d)
{
	struct buf text = BUF_INIT, err = BUF_INIT;
	enum pt_result rc = PT_OK;

	if (ics_render(d->ledger, d->cfg, d->now, &text) == -1 ||
	    ics_write_file(d->cfg->feed_path, buf_str(&text), text.len,
	    &err) == -1) {
		log_warnx("feed %s not written: %s", d->cfg->feed_path,
		    err.len ? buf_str(&err) : ledger_errmsg(d->ledger));
		rc = PT_TEMP;
	}
	buf_free(&text);
	buf_free(&err);
	return rc;
}
