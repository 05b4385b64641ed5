/*
 * dates_doubt.h — a flagged date (dates_flag_name(): "inconsistent",
 * "impossible", "ambiguous") as one plain question, from what the ledger
 * keeps: the flag, the due day the reader guessed and the sentence quoted.
 *
 * Every statement is derived from those three: the words as written are
 * found in the quote when that is simple (a weekday beside its date, a
 * numeric d/m), else the question says only what kind of doubt it is.
 */
#ifndef PTRAIL_DATES_DOUBT_H
#define PTRAIL_DATES_DOUBT_H

#include "base/buf.h"

enum doubt_voice {
	DOUBT_TO_SCHOOL,	/* "You wrote …— which day did you mean?" */
	DOUBT_TO_PARENT		/* "The letter wrote …: which day was meant?" */
};

/*
 * Append the question to out, without a newline: in Chinese when lang is
 * "zh" (DOUBT_TO_SCHOOL only; the parent's view is English). due is
 * "YYYY-MM-DD" or NULL; quote may be NULL. 0, or -1 when flag is NULL or
 * not a flag this knows (nothing appended).
 */
int	dates_doubt_question(const char *flag, const char *due,
	    const char *quote, const char *lang, enum doubt_voice voice,
	    struct buf *out);

#endif
