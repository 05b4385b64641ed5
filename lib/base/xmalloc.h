/*
 * xmalloc.h — allocation that never returns NULL.
 *
 * Running out of memory is fatal (exit 71, EX_OSERR): a daemon that keeps a
 * legal record is better stopped and restarted by systemd than half-working.
 * Everything these return is freed by the caller with free().
 */
#ifndef PTRAIL_XMALLOC_H
#define PTRAIL_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);		/* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

#endif
