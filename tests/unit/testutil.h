/*
 * testutil.h — what the cmocka unit tests share: cmocka's own headers in
 * the order it needs them, and a temporary directory per test binary.
 */
#ifndef PTRAIL_TESTUTIL_H
#define PTRAIL_TESTUTIL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A fresh directory under $TMPDIR (or /tmp); the caller frees the string. */
static inline char *
test_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *p;
	if (asprintf(&p, "%s/ptrail-test-XXXXXX", base ? base : "/tmp") < 0)
		abort();
	if (mkdtemp(p) == NULL)
		abort();
	return p;
}

/* Write s to dir/name; returns the path (caller frees). */
static inline char *
test_write_file(const char *dir, const char *name, const char *s, int mode)
{
	char *p;
	FILE *f;
	if (asprintf(&p, "%s/%s", dir, name) < 0)
		abort();
	f = fopen(p, "w");
	if (f == NULL)
		abort();
	fputs(s, f);
	fclose(f);
	chmod(p, (mode_t)mode);
	return p;
}

#endif
