/*
 * buf.h — a growable byte buffer, always NUL-terminated.
 *
 * The bounded builder of the codebase: no sprintf/strcat into fixed arrays.
 * A buf with a non-zero max refuses to grow past it (buf_add* return -1 and
 * set the overflow flag) so sizes read from the network stay capped.
 * buf_free() releases the memory; buf_detach() hands it to the caller, who
 * frees it with free().
 */
#ifndef PTRAIL_BUF_H
#define PTRAIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char	*s;		/* NUL-terminated; NULL until first add */
	size_t	 len;
	size_t	 cap;
	size_t	 max;		/* 0: unbounded */
	int	 overflow;
};

#define BUF_INIT { NULL, 0, 0, 0, 0 }

void  buf_init(struct buf *b, size_t max);
int   buf_add(struct buf *b, const void *p, size_t n);
int   buf_addstr(struct buf *b, const char *s);
int   buf_addch(struct buf *b, char c);
int   buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int   buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void  buf_reset(struct buf *b);		/* len = 0, keeps memory */
const char *buf_str(const struct buf *b);	/* "" when empty */
char *buf_detach(struct buf *b);	/* caller frees; b is reset */
void  buf_free(struct buf *b);

#endif
