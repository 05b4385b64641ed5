/*
 * rfc2047.c — a header value (Subject, a display name) as UTF-8.
 *
 * Encoded words (RFC 2047: =?charset?B?...?= and =?charset?Q?...?=) are
 * decoded. Adjacent words in one charset are joined before converting,
 * because clients cut a multi-byte Big5 or UTF-8 character across two
 * words; the white space between two encoded words is not text and goes.
 * Text outside encoded words is read as UTF-8 where it is valid (RFC 6532:
 * Gmail and Outlook send raw UTF-8 Subjects) and as windows-1252 where it
 * is not. Folded lines are unfolded.
 *
 * Conversion goes through charset_to_utf8(), whose iconv descriptors are
 * cached: libetpan's mailmime_encoded_phrase_parse() opened a descriptor
 * for every header and read raw UTF-8 as Latin-1.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "mail/mime_int.h"
#include "base/xmalloc.h"

/* One encoded word: its charset (RFC 2231 "*lang" cut), encoding, text. */
struct word {
	char		 charset[40];
	char		 enc;		/* 'B' or 'Q' */
	const char	*text;
	size_t		 len;
	const char	*end;		/* just after "?=" */
};

/* Does an encoded word start at p? Fills w. */
static int
word_at(const char *p, struct word *w)
{
	const char *cs, *q, *t, *e;
	size_t n;

	if (p[0] != '=' || p[1] != '?')
		return 0;
	cs = p + 2;
	if ((q = strchr(cs, '?')) == NULL || q == cs)
		return 0;
	if ((q[1] != 'B' && q[1] != 'b' && q[1] != 'Q' && q[1] != 'q') ||
	    q[2] != '?')
		return 0;
	t = q + 3;
	for (e = t; *e && !(e[0] == '?' && e[1] == '='); e++)
		if (*e == ' ' || *e == '\t' || *e == '\r' || *e == '\n')
			return 0;	/* no white space inside a word */
	if (*e == '\0')
		return 0;
	n = (size_t)(q - cs);
	if (memchr(cs, '*', n))
		n = (size_t)((const char *)memchr(cs, '*', n) - cs);
	if (n == 0 || n >= sizeof(w->charset))
		return 0;
	memcpy(w->charset, cs, n);
	w->charset[n] = '\0';
	w->enc = (char)(q[1] & ~0x20);
	w->text = t;
	w->len = (size_t)(e - t);
	w->end = e + 2;
	return 1;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Append the bytes a word stands for; B is read leniently (what is not
 * base64 is skipped), as mail clients do. */
static void
word_bytes(const struct word *w, struct buf *out)
{
	if (w->enc == 'Q') {
		for (size_t i = 0; i < w->len; i++) {
			int c = (unsigned char)w->text[i], hi, lo;
			if (c == '_')
				c = ' ';
			else if (c == '=' && i + 2 < w->len &&
			    (hi = hexval(w->text[i + 1])) >= 0 &&
			    (lo = hexval(w->text[i + 2])) >= 0) {
				c = hi << 4 | lo;
				i += 2;
			}
			buf_addch(out, (char)c);
		}
		return;
	}
	uint32_t acc = 0;
	int bits = 0;
	for (size_t i = 0; i < w->len && w->text[i] != '='; i++) {
		int v = b64val((unsigned char)w->text[i]);
		if (v < 0)
			continue;
		acc = acc << 6 | (uint32_t)v;
		if ((bits += 6) >= 8) {
			bits -= 8;
			buf_addch(out, (char)(acc >> bits & 0xFF));
		}
	}
}

/* Convert what the pending words decoded to, and empty it. */
static void
flush_words(struct buf *out, struct buf *pending, const char *charset)
{
	char *s;

	if (pending->len == 0)
		return;
	s = charset_to_utf8(pending->s, pending->len, charset, NULL);
	buf_addstr(out, s);
	free(s);
	buf_reset(pending);
}

/* Plain text [p, e): unfolded, UTF-8 if valid, else windows-1252. */
static void
add_plain(struct buf *out, const char *p, const char *e)
{
	struct buf raw = BUF_INIT;
	char *s;

	for (; p < e; p++)
		if (*p != '\r' && *p != '\n')
			buf_addch(&raw, *p);
	if (raw.len == 0)
		return;
	s = charset_to_utf8(raw.s, raw.len, NULL, NULL);
	buf_addstr(out, s);
	free(s);
	buf_free(&raw);
}

static int
is_fws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

char *
mime_decode_header(const char *value)
{
	struct buf out = BUF_INIT, pending = BUF_INIT;
	char charset[sizeof(((struct word *)0)->charset)] = "";
	const char *p;
	struct word w;

	if (value == NULL)
		return NULL;
	for (p = value; *p; ) {
		if (word_at(p, &w)) {
			if (pending.len && strcasecmp(charset, w.charset) != 0)
				flush_words(&out, &pending, charset);
			strcpy(charset, w.charset);	/* same size */
			word_bytes(&w, &pending);
			p = w.end;
			/* white space between two encoded words is dropped */
			const char *q = p;
			while (is_fws(*q))
				q++;
			if (q != p && word_at(q, &w))
				p = q;
			continue;
		}
		flush_words(&out, &pending, charset);
		const char *start = p++;
		while (*p && !(*p == '=' && p[1] == '?' && word_at(p, &w)))
			p++;
		add_plain(&out, start, p);
	}
	flush_words(&out, &pending, charset);
	buf_free(&pending);
	if (out.len == 0) {
		buf_free(&out);
		return xstrdup("");
	}
	return buf_detach(&out);
}
