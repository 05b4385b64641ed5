/*
 * people_int.h — what people.c and people_text.c share; internal to
 * lib/ledger. Strings returned are the caller's to free.
 */
#ifndef PTRAIL_PEOPLE_INT_H
#define PTRAIL_PEOPLE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "ledger/ledger.h"

/* Titles left out of a name's key ("ms", "mr"...; 老師, 姑娘...). */
extern const char *const people_en_titles[];
extern const char *const people_zh_titles[];
/* s in lower case (ASCII). */
char	*lower_dup(const char *s);
/* The role a phrase names ("the SENCO", "班主任") as an enum role, or -1. */
int	 phrase_role(const char *s);
/* s with whitespace runs collapsed into one space. */
char	*squeeze(const char *s);
/* The length of the name that starts at p (start: the text it is in), or 0. */
size_t	 name_at(const char *p, const char *start);
/* The last name in text[0, limit), or NULL. */
char	*last_name_before(const char *text, size_t limit);
/* "I have asked Ms Wong to", "我已請陳老師": the person asked, or NULL. */
char	*delegate(const char *quote);
char	*people_name_key(const char *name);	/* caller frees */

/* people_cache.c: the people rows of this write transaction. */
struct person_rec {
	int64_t	 id;
	int64_t	 merged_into;		/* 0: not merged */
	char	*name, *address, *role;	/* NULL as in the row */
	char	*key;			/* people_name_key(name); "" */
};
struct people_cache {
	struct person_rec *v;		/* in id order */
	size_t	 n;
};
/* The cache (NULL: the table cannot be read). Inside a transaction it is
 * the transaction's and *tmp is NULL; outside, a copy for this call, in
 * *tmp, for people_cache_close(). Not to be used after a write to people:
 * people_cache_drop() frees it. */
struct people_cache *people_cache_open(struct ledger *l,
	    struct people_cache **tmp);
void	 people_cache_close(struct people_cache *tmp);
void	 people_cache_drop(struct ledger *l);
const struct person_rec *people_cache_get(const struct people_cache *pc,
	    int64_t id);
int64_t	 people_cache_canonical(const struct people_cache *pc, int64_t id);
int64_t	 people_cache_by_address(const struct people_cache *pc,
	    const char *addr);
int64_t	 people_cache_by_role(const struct people_cache *pc,
	    const char *role);

#endif
