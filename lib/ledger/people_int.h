/*
 * people_int.h — what people.c and people_text.c share; internal to
 * lib/ledger. Strings returned are the caller's to free.
 */
#ifndef PTRAIL_PEOPLE_INT_H
#define PTRAIL_PEOPLE_INT_H

#include <stddef.h>

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

#endif
