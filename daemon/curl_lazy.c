/*
 * curl_lazy.c — libcurl, loaded when the first letter is sent, not when
 * ptraild starts. Linked, libcurl and what it needs (Kerberos, LDAP,
 * libssh2, RTMP, HTTP/2, brotli...) were 2.9 MB of resident pages in every
 * ptraild, most of which never sends a letter: with the rest, 14 MB before
 * a byte of mail was read. smtp.c calls curl's functions as ever, renamed
 * by curl_lazy.h to these, which forward them to the library dlopen()ed
 * on the first call.
 *
 * CURL_SONAME (the Makefile's, from the libcurl.so it would have linked)
 * names the library the headers came from.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>

#include "curl_lazy.h"

#include "base/log.h"

#ifndef CURL_SONAME
#define CURL_SONAME	"libcurl.so.4"
#endif

#define F(name)	__typeof__(name) *
static struct {
	F(curl_easy_init)	 easy_init;
	F(curl_easy_cleanup)	 easy_cleanup;
	F(curl_easy_setopt)	 easy_setopt;
	F(curl_easy_getinfo)	 easy_getinfo;
	F(curl_easy_perform)	 easy_perform;
	F(curl_easy_strerror)	 easy_strerror;
	F(curl_free)		 free;
	F(curl_slist_append)	 slist_append;
	F(curl_slist_free_all)	 slist_free_all;
	F(curl_url)		 url;
	F(curl_url_cleanup)	 url_cleanup;
	F(curl_url_get)		 url_get;
	F(curl_url_set)		 url_set;
} fn;
static int loaded;		/* 1 loaded, -1 could not be */
static pthread_once_t once = PTHREAD_ONCE_INIT;

#define SYM(field, name) \
	((*(void **)&fn.field = dlsym(h, name)) != NULL)

static void
load(void)
{
	void *h = dlopen(CURL_SONAME, RTLD_NOW | RTLD_LOCAL);

	loaded = -1;
	if (h == NULL) {
		log_warnx("SMTP: cannot load libcurl: %s", dlerror());
		return;
	}
	if (!(SYM(easy_init, "curl_easy_init") &&
	    SYM(easy_cleanup, "curl_easy_cleanup") &&
	    SYM(easy_setopt, "curl_easy_setopt") &&
	    SYM(easy_getinfo, "curl_easy_getinfo") &&
	    SYM(easy_perform, "curl_easy_perform") &&
	    SYM(easy_strerror, "curl_easy_strerror") &&
	    SYM(free, "curl_free") &&
	    SYM(slist_append, "curl_slist_append") &&
	    SYM(slist_free_all, "curl_slist_free_all") &&
	    SYM(url, "curl_url") &&
	    SYM(url_cleanup, "curl_url_cleanup") &&
	    SYM(url_get, "curl_url_get") &&
	    SYM(url_set, "curl_url_set"))) {
		log_warnx("SMTP: %s lacks a function ptraild needs: %s",
		    CURL_SONAME, dlerror());
		return;		/* kept open: dlclose() is not worth it */
	}
	loaded = 1;
}

/* Is libcurl there? Loads it the first time. */
static int
ready(void)
{
	pthread_once(&once, load);
	return loaded == 1;
}

CURL *
lazy_curl_easy_init(void)
{
	return ready() ? fn.easy_init() : NULL;
}

void
lazy_curl_easy_cleanup(CURL *c)
{
	if (c && ready())
		fn.easy_cleanup(c);
}

/*
 * The option's number says the type of its argument (curl.h's
 * CURLOPTTYPE_* ranges), as curl's own type checks read it.
 */
CURLcode
lazy_curl_easy_setopt(CURL *c, CURLoption opt, ...)
{
	va_list ap;
	CURLcode rc;

	if (!ready())
		return CURLE_FAILED_INIT;
	va_start(ap, opt);
	if (opt < CURLOPTTYPE_OBJECTPOINT)
		rc = fn.easy_setopt(c, opt, va_arg(ap, long));
	else if (opt < CURLOPTTYPE_FUNCTIONPOINT)
		rc = fn.easy_setopt(c, opt, va_arg(ap, void *));
	else if (opt < CURLOPTTYPE_OFF_T)
		rc = fn.easy_setopt(c, opt, va_arg(ap, void (*)(void)));
	else if (opt < CURLOPTTYPE_BLOB)
		rc = fn.easy_setopt(c, opt, va_arg(ap, curl_off_t));
	else
		rc = fn.easy_setopt(c, opt, va_arg(ap, void *));
	va_end(ap);
	return rc;
}

/* Every CURLINFO_* takes a pointer. */
CURLcode
lazy_curl_easy_getinfo(CURL *c, CURLINFO info, ...)
{
	va_list ap;
	CURLcode rc;

	if (!ready())
		return CURLE_FAILED_INIT;
	va_start(ap, info);
	rc = fn.easy_getinfo(c, info, va_arg(ap, void *));
	va_end(ap);
	return rc;
}

CURLcode
lazy_curl_easy_perform(CURL *c)
{
	return ready() ? fn.easy_perform(c) : CURLE_FAILED_INIT;
}

const char *
lazy_curl_easy_strerror(CURLcode code)
{
	return ready() ? fn.easy_strerror(code) : "libcurl could not be loaded";
}

void
lazy_curl_free(void *p)
{
	if (p && ready())
		fn.free(p);
}

struct curl_slist *
lazy_curl_slist_append(struct curl_slist *l, const char *s)
{
	return ready() ? fn.slist_append(l, s) : NULL;
}

void
lazy_curl_slist_free_all(struct curl_slist *l)
{
	if (l && ready())
		fn.slist_free_all(l);
}

CURLU *
lazy_curl_url(void)
{
	return ready() ? fn.url() : NULL;
}

void
lazy_curl_url_cleanup(CURLU *u)
{
	if (u && ready())
		fn.url_cleanup(u);
}

CURLUcode
lazy_curl_url_get(const CURLU *u, CURLUPart what, char **part, unsigned int flags)
{
	return ready() ? fn.url_get((CURLU *)u, what, part, flags) : CURLUE_OUT_OF_MEMORY;
}

CURLUcode
lazy_curl_url_set(CURLU *u, CURLUPart what, const char *part, unsigned int flags)
{
	return ready() ? fn.url_set(u, what, part, flags) : CURLUE_OUT_OF_MEMORY;
}
