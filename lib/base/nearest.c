/*
 * nearest.c — edit distance for the "did you mean" hints; see nearest.h.
 * One row of the Wagner-Fischer table at a time, on the stack: the words
 * are command names and config keys, never input from the network.
 */
#include <ctype.h>
#include <string.h>

#include "base/nearest.h"

static int
same(char a, char b, int fold_case)
{
	if (fold_case)
		return tolower((unsigned char)a) == tolower((unsigned char)b);
	return a == b;
}

int
edit_distance(const char *a, const char *b, int fold_case)
{
	size_t la = strlen(a), lb = strlen(b);
	int row[64], prev, tmp;

	if (la >= 63 || lb >= 63)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int best = prev + !same(a[i - 1], b[j - 1], fold_case);
			tmp = row[j];
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = tmp;
		}
	}
	return row[lb];
}
