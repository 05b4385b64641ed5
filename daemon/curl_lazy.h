/*
 * curl_lazy.h — libcurl's functions that smtp.c calls, by their own
 * names, resolved in the library only when first called (curl_lazy.c).
 * Included after <curl/curl.h>, in place of linking libcurl.
 */
#ifndef PTRAIL_CURL_LAZY_H
#define PTRAIL_CURL_LAZY_H

#include <curl/curl.h>

/* curl.h's type-checking macros would name the real functions */
#undef curl_easy_setopt
#undef curl_easy_getinfo

#define curl_easy_init		lazy_curl_easy_init
#define curl_easy_cleanup	lazy_curl_easy_cleanup
#define curl_easy_setopt	lazy_curl_easy_setopt
#define curl_easy_getinfo	lazy_curl_easy_getinfo
#define curl_easy_perform	lazy_curl_easy_perform
#define curl_easy_strerror	lazy_curl_easy_strerror
#define curl_free		lazy_curl_free
#define curl_slist_append	lazy_curl_slist_append
#define curl_slist_free_all	lazy_curl_slist_free_all
#define curl_url		lazy_curl_url
#define curl_url_cleanup	lazy_curl_url_cleanup
#define curl_url_get		lazy_curl_url_get
#define curl_url_set		lazy_curl_url_set

CURL		*curl_easy_init(void);
void		 curl_easy_cleanup(CURL *);
CURLcode	 curl_easy_setopt(CURL *, CURLoption, ...);
CURLcode	 curl_easy_getinfo(CURL *, CURLINFO, ...);
CURLcode	 curl_easy_perform(CURL *);
const char	*curl_easy_strerror(CURLcode);
void		 curl_free(void *);
struct curl_slist *curl_slist_append(struct curl_slist *, const char *);
void		 curl_slist_free_all(struct curl_slist *);
CURLU		*curl_url(void);
void		 curl_url_cleanup(CURLU *);
CURLUcode	 curl_url_get(const CURLU *, CURLUPart, char **, unsigned int);
CURLUcode	 curl_url_set(CURLU *, CURLUPart, const char *, unsigned int);

#endif
