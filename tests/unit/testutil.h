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
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * The directories test_tmpdir() made are removed, with all they hold, when
 * the test binary exits, pass or fail (a failed assertion returns through
 * cmocka; it does not abort). Set PTRAIL_KEEP_TMP to keep them for a look.
 */
struct test_tmpdirs {
	char	**dirs;
	size_t	  n;
};

static inline struct test_tmpdirs *
test_tmpdirs(void)
{
	static struct test_tmpdirs made;
	return &made;
}

static inline int
test_rm_entry(const char *path, const struct stat *st, int flag,
    struct FTW *ftw)
{
	(void)st; (void)flag; (void)ftw;
	remove(path);
	return 0;
}

static inline void
test_tmpdirs_remove(void)
{
	struct test_tmpdirs *t = test_tmpdirs();
	size_t i;

	for (i = 0; i < t->n; i++) {
		if (getenv("PTRAIL_KEEP_TMP") == NULL)
			nftw(t->dirs[i], test_rm_entry, 16,
			    FTW_DEPTH | FTW_PHYS);
		free(t->dirs[i]);
	}
	free(t->dirs);
	t->dirs = NULL;
	t->n = 0;
}

/* A fresh directory under $TMPDIR (or /tmp), removed at exit; the caller
 * frees the string. */
static inline char *
test_tmpdir(void)
{
	struct test_tmpdirs *t = test_tmpdirs();
	const char *base = getenv("TMPDIR");
	char *p, **grown;

	if (asprintf(&p, "%s/ptrail-test-XXXXXX", base ? base : "/tmp") < 0)
		abort();
	if (mkdtemp(p) == NULL)
		abort();
	if (t->n == 0 && atexit(test_tmpdirs_remove) != 0)
		abort();
	grown = realloc(t->dirs, (t->n + 1) * sizeof(*grown));
	if (grown == NULL || (grown[t->n] = strdup(p)) == NULL)
		abort();
	t->dirs = grown;
	t->n++;
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
