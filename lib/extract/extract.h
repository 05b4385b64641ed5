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
 * Every item names the rule that produced it (a static string), so a
 * parent can see why and a developer can count which rules misfire.
 *
 * Ownership: struct extraction owns every string and array in it, except
 * the static kind and rule names; extraction_free() releases them.
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
	const char *rule;	/* static: the rule that read it,
				   "commitment.future-agent-date" */
	const char *date_flag;	/* static: a date of its sentence is a
				   question ("inconsistent", "ambiguous",
				   "impossible", dates.h), or NULL */
};

struct ex_deflection {
	char	*quote;
	const char *kind;	/* static: no-owner no-date budget waiting
				   reassurance legal-position other */
	const char *rule;	/* static: "deflection.waiting" */
};

struct ex_meeting {
	char	*quote;
	char	 date[11];
	char	 time[6];	/* "" when none */
	const char *rule;	/* static: "meeting.noun-date" */
	const char *date_flag;	/* static, as for a commitment, or NULL */
	char	*location;	/* "Room 204", or NULL: none named */
	int	 sentence;	/* the letter's sentence it was read in */
};

/*
 * What one letter may make the extractor do (issue 14.7). The raw letter
 * is stored whole; only what is read from it is bounded, so memory and
 * time stay small whatever arrives: at most EXTRACT_MAX_SENTENCES
 * sentences are read, each up to EXTRACT_MAX_SENTENCE bytes (a quote is
 * never longer), a sentence repeated word for word is read once, and no
 * kind of item grows past EXTRACT_MAX_ITEMS. A letter that hit a cap
 * says so in 'capped' and in one log line.
 */
#define EXTRACT_MAX_SENTENCES	1000
#define EXTRACT_MAX_SENTENCE	1024
#define EXTRACT_MAX_ITEMS	100
#define EXTRACT_STR_(x)		#x
#define EXTRACT_STR(x)		EXTRACT_STR_(x)

#define EX_CAPPED_SENTENCES	0x1	/* sentences after the cap unread */
#define EX_CAPPED_LENGTH	0x2	/* a sentence cut at its cap */
#define EX_CAPPED_ITEMS		0x4	/* items dropped past the cap */

/* A sentence with a commitment's shape that a named rule set aside
 * ("commitment.drop-negation"), so a developer can count which rules
 * misfire. Not stored in the ledger. */
struct ex_dropped {
	char	*quote;
	const char *rule;	/* static */
};

struct extraction {
	char	*message_id;	/* from the header, or NULL */
	int	 capped;	/* EX_CAPPED_* bits */
	size_t	 merged;	/* repeated sentences read once */
	struct ex_commitment *commitments;
	size_t	 ncommitments;
	struct ex_deflection *deflections;
	size_t	 ndeflections;
	struct ex_meeting *meetings;
	size_t	 nmeetings;
	struct ex_dropped *dropped;
	size_t	 ndropped;
};

/* Items in one letter's text; ref is day D (the Date: header's civil date
 * in its own offset). Returns 0 (an empty result is not an error). */
int	extract_text(const char *text, size_t len, const struct civil *ref,
	    struct extraction *out);

/* The same for a letter the parent wrote to the school: "you will",
 * "you agreed to", 你會 are promises of the person she writes to (actor
 * "you", as written), not requests to her. */
int	extract_parent_text(const char *text, size_t len,
	    const struct civil *ref, struct extraction *out);

/* mime_parse() + extract_text() with D from the Date header, or from
 * 'now' in the family's zone when the message has none. */
int	extract_message(const char *raw, size_t len, time_t now,
	    struct extraction *out, struct buf *err);

void	extraction_free(struct extraction *ex);

/* SPEC.md's JSON object, one line, no trailing newline, appended to out;
 * every item has its "rule", and "dropped" lists the set-aside sentences. */
void	extraction_to_json(const struct extraction *ex, struct buf *out);

#endif
