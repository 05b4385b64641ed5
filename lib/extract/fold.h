/*
 * fold.h — read full-width forms as ASCII without losing the original text.
 *
 * School letters in Chinese write dates as "３月２０日". Matchers work on a
 * folded copy where full-width digits and letters (U+FF10-FF19, U+FF21-FF3A,
 * U+FF41-FF5A) and the ideographic space U+3000 are ASCII; everything else,
 * full-width punctuation included, is copied unchanged, because quotes must
 * stay verbatim ("，" is part of what the school wrote). map[i] is the byte
 * offset in the original text of folded byte i (map[len] = original length),
 * so a span found in the folded text quotes the original exactly.
 *
 * Ownership: fold_width() allocates text and map; folded_free() frees them.
 */
#ifndef PTRAIL_FOLD_H
#define PTRAIL_FOLD_H

#include <stddef.h>

struct folded {
	char	*text;		/* NUL-terminated */
	size_t	 len;
	size_t	*map;		/* len + 1 entries */
};

void	fold_width(const char *in, size_t len, struct folded *out);
void	folded_free(struct folded *f);

#endif
