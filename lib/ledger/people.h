/*
 * people.h — who made a promise: persons, not pronouns.
 *
 * A letter says "I will", "She will", "The EP will", "我哋會", "I have
 * asked Ms Wong to". Each commitment belongs to a person (a row of the
 * people table, schema 004): I/we/本人/我哋 are the sender (From: address,
 * its name from From: or the signature); he/she/佢 is the person named
 * last before the sentence; "the SENCO / the EP / the class teacher /
 * 班主任 / the principal / 校長" are the config's people; a delegation
 * ("I have asked Ms Wong to ...", "我已請陳老師...") is the person asked;
 * a name ("Miss Lam", "陳老師") is that person, matched by surname and
 * given names against those already known. The words as written stay in
 * commitments.actor; list, show, the letters and the dossier use the
 * person. Two rows for one person are merged (an event), never deleted.
 *
 * Ownership: strings in struct person_row belong to it; person_row_free()
 * releases them. Returned char * are the caller's to free.
 */
#ifndef PTRAIL_PEOPLE_H
#define PTRAIL_PEOPLE_H

#include <stdint.h>
#include <time.h>

#include "base/buf.h"
#include "base/config.h"
#include "ledger/ledger.h"

struct person_row {
	int64_t	 id;
	char	*name;		/* may be NULL */
	char	*address;	/* lower case, may be NULL */
	char	*role;		/* "senco", ... or NULL */
	int64_t	 merged_into;	/* 0: not merged */
};

/* Is s (as written in a letter) a pronoun or a "me/us" word? */
int	people_is_pronoun(const char *s);

/* The person with this address (created when new; a known person of the
 * same name without an address gets it). name may be NULL. Returns the id
 * (after merges), or -1 on a ledger error. */
int64_t	people_by_address(struct ledger *l, const struct config *cfg,
	    const char *name, const char *addr, time_t now);

/* The person of this name (matched by surname + given names; created
 * when new). Returns the id, 0 when name is not a name, -1 on error. */
int64_t	people_by_name(struct ledger *l, const struct config *cfg,
	    const char *name, time_t now);

/* The person the config gives role r (created from it), 0 when the config
 * names nobody for it, -1 on error. */
int64_t	people_by_role(struct ledger *l, const struct config *cfg,
	    enum role r, time_t now);

/*
 * Resolve the actor of a commitment as written. body is the letter's text
 * (for "she": the name before quote), from_* the sender. Returns the
 * person's id, 0 when nobody can be named, -1 on a ledger error.
 */
int64_t	people_resolve(struct ledger *l, const struct config *cfg,
	    const char *actor, const char *quote, const char *body,
	    const char *from_name, const char *from_addr, time_t now);

/*
 * The person the parent means by words typed on the command line (`ptrail
 * add --who`): an address; a name or an alias (a name merged into another
 * person) the ledger knows, or the config's person of that name; a role
 * word ("SENCO", "班主任", "the principal"); else a new person of those
 * words. Returns the id, 0 for a pronoun or nothing, -1 on error.
 */
int64_t	people_by_words(struct ledger *l, const struct config *cfg,
	    const char *words, time_t now);

/* The name a letter's signature gives (after "Regards,", "謝謝", ...),
 * or NULL. Caller frees. */
char	*people_signature_name(const char *body);

/* The config role whose person name matches name ("Ms Wong" for senco =
 * Ms Wong Mei Ling), or -1. Reads nothing, writes nothing. */
int	people_config_role(const struct config *cfg, const char *name);

/* The person (following merges). 0, or -1 when there is none. */
int	people_get(struct ledger *l, int64_t id, struct person_row *out);
void	person_row_free(struct person_row *p);
/* The name to show: name, else address, else role (caller frees). */
char	*people_display(const struct person_row *p);

/* The id after following merged_into (id itself when not merged). */
int64_t	people_canonical(struct ledger *l, int64_t id);

/* Merge 'gone' into 'keep': gone's commitments belong to keep from now on
 * (an event records it; gone keeps its row, pointing at keep). */
int	people_merge(struct ledger *l, int64_t keep, int64_t gone, time_t now,
	    struct buf *err);

/* Is addr in one of the school's domains (not a listed outside person)? */
int	people_is_school_staff(const struct config *cfg, const char *addr);

#endif
