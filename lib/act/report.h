/*
 * report.h — the dossier: the whole record as one self-contained document
 * a parent attaches to a letter to the principal, the IMC, the EDB or the
 * EOC. HTML (default: one file, inline CSS and SVG, prints on A4),
 * Markdown or JSON, each with the same sections (the SVG timeline is HTML
 * only: it draws the commitments section); labels in English or
 * Traditional Chinese. The record in it is one date-ordered list of what
 * passed between the family and the school (report_record.c).
 *
 * Every string from mail is escaped for the format it goes into.
 */
#ifndef PTRAIL_REPORT_H
#define PTRAIL_REPORT_H

#include <time.h>

#include "base/buf.h"
#include "base/config.h"
#include "ledger/ledger.h"

enum report_format { REPORT_HTML, REPORT_MD, REPORT_JSON };

struct report_opts {
	const char	*since;		/* YYYY-MM-DD or NULL */
	const char	*until;		/* YYYY-MM-DD or NULL */
	const char	*who;		/* substring of the actor, or NULL */
	enum report_format format;
	int		 zh;		/* Traditional Chinese labels */
};

int	report_render(struct ledger *l, const struct config *cfg,
	    const struct report_opts *o, time_t now, struct buf *out);

#endif
