/*
 * sentences.h — a letter's text cut into the units a reader judges one at
 * a time: sentences (English and Chinese punctuation), list items and
 * table rows.
 *
 * A sentence is a byte range of the original text, so a quote taken from
 * it is verbatim. List items remember the heading that introduced them
 * ("The following will be done by 20 March:"), whose date they inherit.
 *
 * Ownership: sentences_split() fills a caller-owned struct sentence_list;
 * sentence_list_free() releases its array.
 */
#ifndef PTRAIL_SENTENCES_H
#define PTRAIL_SENTENCES_H

#include <stddef.h>

struct sentence {
	size_t	 start, end;	/* [start, end) in the text */
	int	 is_row;	/* a table row: 1 cells joined by " | ", 2
				   columns aligned by spaces (extract.c
				   keeps it a row only under a header) */
	int	 is_item;	/* a list item (bullet or number) */
	int	 heading;	/* index of the list heading, or -1 */
	int	 para;		/* paragraph number */
};

/* At most this many sentences are cut from one text (issue 14.7: one
 * letter cannot make unbounded work); the rest is not read. */
#define SENTENCES_MAX 1000

struct sentence_list {
	struct sentence	*v;
	size_t		 n, cap;
	int		 truncated;	/* SENTENCES_MAX reached, text unread */
};

void	sentences_split(const char *text, size_t len, struct sentence_list *out);
void	sentence_list_free(struct sentence_list *l);

#endif
