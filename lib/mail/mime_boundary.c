/*
 * mime_boundary.c — RFC 2231 boundaries split into pieces, joined before
 * libetpan reads the message (it does not join them, and such a multipart
 * would be one opaque part with nothing of it read).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "mail/mime_int.h"

/*
 * RFC 2231 splits a long parameter into pieces: boundary*0*=us-ascii''a%2Db;
 * boundary*1="cd" (a trailing '*' marks a piece that is %-encoded, the
 * first with charset'language' before it). libetpan does not join them,
 * so such a multipart was one opaque part and nothing of it was read.
 * Where a Content-Type field (a line that begins with it, and its
 * continuation lines) carries boundary pieces and no plain boundary, the
 * joined value is added to the field as boundary="...". A new copy of raw
 * with *outlen, or NULL when nothing needed joining.
 */
#define MAX_PIECES	32

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The joined boundary of one field (f, n bytes), or NULL. */
static char *
joined_boundary(const char *f, size_t n)
{
	struct buf piece[MAX_PIECES];
	int have = 0;
	char *out = NULL;

	for (int k = 0; k < MAX_PIECES; k++)
		buf_init(&piece[k], 998);	/* a boundary is at most 70 */
	for (size_t i = 0; i + 9 < n; i++) {
		if (strncasecmp(f + i, "boundary", 8) != 0 ||
		    (i > 0 && !strchr("; \t\r\n", f[i - 1])))
			continue;
		size_t j = i + 8;
		if (f[j] == '=')
			goto done;	/* a plain boundary: libetpan has it */
		if (f[j] != '*' || !isdigit((unsigned char)f[j + 1]))
			continue;
		long idx = 0;
		for (j++; j < n && isdigit((unsigned char)f[j]); j++)
			idx = idx * 10 + (f[j] - '0');
		int ext = j < n && f[j] == '*';
		if (ext)
			j++;
		if (j >= n || f[j] != '=' || idx >= MAX_PIECES)
			continue;
		j++;
		struct buf *b = &piece[idx];
		buf_reset(b);
		if (j < n && f[j] == '"') {
			for (j++; j < n && f[j] != '"'; j++) {
				if (f[j] == '\\' && j + 1 < n)
					j++;
				buf_addch(b, f[j]);
			}
		} else {
			size_t v = j;
			while (j < n && !strchr("; \t\r\n", f[j]))
				j++;
			const char *p = f + v, *end = f + j;
			if (ext && idx == 0) {
				/* charset'language'value */
				const char *q1 = memchr(p, '\'', (size_t)(end - p));
				const char *q2 = q1 ? memchr(q1 + 1, '\'',
				    (size_t)(end - q1 - 1)) : NULL;
				if (q2)
					p = q2 + 1;
			}
			for (; p < end; p++) {
				int h, l;
				if (ext && *p == '%' && end - p >= 3 &&
				    (h = hexval(p[1])) >= 0 &&
				    (l = hexval(p[2])) >= 0) {
					buf_addch(b, (char)(h * 16 + l));
					p += 2;
				} else {
					buf_addch(b, *p);
				}
			}
		}
		have = 1;
		i = j;
	}
	if (have) {
		struct buf all = BUF_INIT;
		for (int k = 0; k < MAX_PIECES && piece[k].len; k++)
			buf_addstr(&all, buf_str(&piece[k]));
		if (all.len && !strpbrk(buf_str(&all), "\"\\\r\n"))
			out = buf_detach(&all);
		buf_free(&all);
	}
done:
	for (int k = 0; k < MAX_PIECES; k++)
		buf_free(&piece[k]);
	return out;
}

char *
mime_join_boundaries(const char *raw, size_t len, size_t *outlen)
{
	struct buf out = BUF_INIT;
	size_t i = 0, copied = 0;
	int changed = 0;

	while (i < len) {
		size_t eol = i;
		while (eol < len && raw[eol] != '\n')
			eol++;
		if (len - i > 13 && strncasecmp(raw + i, "Content-Type:", 13) == 0) {
			/* the field ends before the next line that does not
			 * begin with white space */
			size_t end = eol;
			while (end + 1 < len && (raw[end + 1] == ' ' ||
			    raw[end + 1] == '\t')) {
				end++;
				while (end < len && raw[end] != '\n')
					end++;
			}
			char *b = joined_boundary(raw + i, end - i);
			if (b) {
				size_t stop = end;
				if (stop > i && raw[stop - 1] == '\r')
					stop--;
				buf_add(&out, raw + copied, stop - copied);
				buf_printf(&out, ";\r\n boundary=\"%s\"", b);
				copied = stop;
				changed = 1;
				free(b);
			}
			eol = end;
		}
		i = eol + 1;
	}
	if (!changed) {
		buf_free(&out);
		return NULL;
	}
	buf_add(&out, raw + copied, len - copied);
	*outlen = out.len;
	return buf_detach(&out);
}
