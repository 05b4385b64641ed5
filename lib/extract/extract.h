/*
 * extract.h — from a letter's text to the items a careful parent writes
 * down: commitments (who will do what, by when), deflections and meetings.
 *
 * Heuristics in English and Traditional Chinese: sentences (and list items,
 * table rows) are classified by actor, future/obligation form, action and
 * dates; see ../shared/corpus/SPEC.md for the conventions this follows.
 * The core never touches the ledger or the network; the daemon stores what
 * it returns, `ptrail extract` prints it.
 *
 * Ownership: struct extraction owns every string and array in it;
 * extraction_free() releases them.
 */
#ifndef PTRAIL_EXTRACT_H
#define PTRAIL_EXTRACT_H

#include <stddef.h>
#include <time.h>

#include "base/buf.h"
#include "base/timeutil.h"

struct ex_commitment {
	char	*quote;		/* the sentence, verbatim (space-collapsed) */
	char	*actor;		/* as written: "Ms Wong", "the SENCO", "我們" */
	char	*action;	/* the verb phrase */
	char	 due[11];	/* "YYYY-MM-DD" or "" */
	char	 due_time[6];	/* "HH:MM" or "" */
	int	 vague;		/* no owner or no date */
	const char *date_flag;	/* static: a date of its sentence is a
				   question ("inconsistent", "ambiguous",
				   "impossible", dates.h), or NULL */
};

struct ex_deflection {
	char	*quote;
	const char *kind;	/* static: no-owner no-date budget waiting
				   reassurance legal-position other */
};

struct ex_meeting {
	char	*quote;
	char	 date[11];
	char	 time[6];	/* "" when none */
	const char *date_flag;	/* static, as for a commitment, or NULL */
};

struct extraction {
	char	*message_id;	/* from the header, or NULL */
	struct ex_commitment *commitments;
	size_t	 ncommitments;
	struct ex_deflection *deflections;
	size_t	 ndeflections;
	struct ex_meeting *meetings;
	size_t	 nmeetings;
};

/* Items in one letter's text; ref is day D (the Date: header's civil date
 * in its own offset). Returns 0 (an empty result is not an error). */
int	extract_text(const char *text, size_t len, const struct civil *ref,
	    struct extraction *out);

/* mime_parse() + extract_text() with D from the Date header, or from
 * 'now' in the family's zone when the message has none. */
int	extract_message(const char *raw, size_t len, time_t now,
	    struct extraction *out, struct buf *err);

void	extraction_free(struct extraction *ex);

/* SPEC.md's JSON object, one line, no trailing newline, appended to out. */
void	extraction_to_json(const struct extraction *ex, struct buf *out);

#endif
