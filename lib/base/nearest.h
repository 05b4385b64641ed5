/*
 * nearest.h — how far apart two short words are, for "did you mean ...?"
 * (a mistyped command in the CLI, a mistyped key in ptrail.conf).
 */
#ifndef PTRAIL_NEAREST_H
#define PTRAIL_NEAREST_H

/* Levenshtein distance of a and b, letters compared as they are or, with
 * fold_case, ignoring ASCII case; 99 when either is 63 bytes or longer. */
int	edit_distance(const char *a, const char *b, int fold_case);

#endif
