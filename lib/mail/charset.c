/*
 * charset.c — any charset a school's mail client uses, to valid UTF-8.
 *
 * iconv does the work. Labels are mapped to the superset iconv knows
 * (Big5 -> BIG5-HKSCS, GB2312/GBK -> GB18030, ISO-8859-1/US-ASCII ->
 * WINDOWS-1252, as mail clients mean them), and descriptors are cached per
 * charset because iconv_open() costs more than converting a letter.
 * A byte that does not convert becomes U+FFFD and is counted: the caller
 * logs once per message, and the text is always valid UTF-8.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "mail/mime_int.h"
#include "base/xmalloc.h"

#define CACHE_SLOTS 8
#define REPLACEMENT "\xEF\xBF\xBD"

struct cached_cd {
	char	 name[32];
	iconv_t	 cd;
};

/* The cache and its descriptors are shared by every thread that reads
 * mail (the daemon reads on its reader thread): one lock around looking up
 * a descriptor and converting with it, as an iconv_t keeps state. */
static struct cached_cd cache[CACHE_SLOTS];
static unsigned cache_next;
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *
canonical(const char *cs)
{
	static const struct { const char *label, *iconv; } map[] = {
		{ "big5", "BIG5-HKSCS" }, { "big-5", "BIG5-HKSCS" },
		{ "x-big5", "BIG5-HKSCS" }, { "cn-big5", "BIG5-HKSCS" },
		{ "big5-hkscs", "BIG5-HKSCS" },
		{ "gb2312", "GB18030" }, { "gbk", "GB18030" },
		{ "x-gbk", "GB18030" }, { "cp936", "GB18030" },
		{ "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
		{ "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
		{ "ks_c_5601-1987", "CP949" },
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcasecmp(cs, map[i].label) == 0)
			return map[i].iconv;
	return cs;
}

static iconv_t
cd_for(const char *charset)
{
	const char *name = canonical(charset);
	iconv_t cd;

	for (int i = 0; i < CACHE_SLOTS; i++)
		if (cache[i].name[0] && strcasecmp(cache[i].name, name) == 0)
			return cache[i].cd;
	if (strlen(name) >= sizeof(cache[0].name))
		return (iconv_t)-1;
	cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1)
		return cd;
	struct cached_cd *slot = &cache[cache_next++ % CACHE_SLOTS];
	if (slot->name[0])
		iconv_close(slot->cd);
	strcpy(slot->name, name);	/* length checked above */
	slot->cd = cd;
	return cd;
}

/* Length of the valid UTF-8 sequence at p (1-4), or 0 when invalid. */
static size_t
utf8_seq(const unsigned char *p, size_t left)
{
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F))
			return 0;
		return 3;
	}
	if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		if ((p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] > 0x8F))
			return 0;
		return 4;
	}
	return 0;
}

static int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	while (i < len) {
		if ((n = utf8_seq(p + i, len - i)) == 0)
			return 0;
		i += n;
	}
	return 1;
}

static char *
utf8_repair(const char *in, size_t len, int *errors)
{
	const unsigned char *p = (const unsigned char *)in;
	struct buf b = BUF_INIT;
	size_t i = 0, n;

	while (i < len) {
		if (p[i] == '\0') {	/* NUL would end the string early */
			i++;
			continue;
		}
		if ((n = utf8_seq(p + i, len - i)) == 0) {
			buf_addstr(&b, REPLACEMENT);
			if (errors)
				(*errors)++;
			i++;
			continue;
		}
		buf_add(&b, p + i, n);
		i += n;
	}
	return buf_detach(&b);
}

static char *
convert(iconv_t cd, const char *in, size_t len, int *errors)
{
	struct buf b = BUF_INIT;
	char out[4096];
	char *ip = (char *)(uintptr_t)in;
	size_t il = len;

	iconv(cd, NULL, NULL, NULL, NULL);
	while (il > 0) {
		char *op = out;
		size_t ol = sizeof(out);
		size_t r = iconv(cd, &ip, &il, &op, &ol);
		buf_add(&b, out, (size_t)(op - out));
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ or EINVAL (truncated): replace one byte, go on */
		buf_addstr(&b, REPLACEMENT);
		if (errors)
			(*errors)++;
		ip++;
		il--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	{
		char *op = out;
		size_t ol = sizeof(out);
		iconv(cd, NULL, NULL, &op, &ol);
		buf_add(&b, out, (size_t)(op - out));
	}
	/* iconv output is UTF-8, but be certain: NULs and all */
	size_t outlen = b.len;
	char *s = buf_detach(&b);
	if (strlen(s) != outlen || !utf8_valid(s, outlen)) {
		char *fixed = utf8_repair(s, strlen(s), errors);
		free(s);
		return fixed;
	}
	return s;
}

char *
charset_to_utf8(const char *in, size_t len, const char *charset, int *errors)
{
	iconv_t cd;

	if (in == NULL)
		return NULL;
	if (charset == NULL || *charset == '\0' ||
	    strcasecmp(charset, "utf-8") == 0 || strcasecmp(charset, "utf8") == 0 ||
	    strcasecmp(charset, "us-ascii") == 0) {
		if (memchr(in, '\0', len) == NULL && utf8_valid(in, len))
			return xstrndup(in, len);
		if (charset && strcasecmp(charset, "us-ascii") != 0 &&
		    strcasecmp(charset, "") != 0)
			return utf8_repair(in, len, errors);
		charset = "windows-1252";	/* unlabelled 8-bit mail */
	}
	pthread_mutex_lock(&cache_lock);
	cd = cd_for(charset);
	if (cd != (iconv_t)-1) {
		char *out = convert(cd, in, len, errors);
		pthread_mutex_unlock(&cache_lock);
		return out;
	}
	pthread_mutex_unlock(&cache_lock);
	/* An unknown label: read it as UTF-8 where it is, else replace
	 * what is not. */
	if (errors && !utf8_valid(in, len))
		(*errors)++;
	return utf8_repair(in, len, errors);
}
