/*
 * fold.c — full-width digits and letters read as ASCII; see fold.h.
 *
 * U+FF01..U+FF5E is a fixed 0xFEE0 away from ASCII; its UTF-8 form is
 * EF BC 90..EF BD 9A. Only alphanumerics are folded: the punctuation in
 * that block is meaningful Chinese punctuation and stays as written.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/fold.h"
#include "base/xmalloc.h"

static int
fold_char(const unsigned char *p, size_t left, char *ascii)
{
	unsigned cp;

	if (left < 3)
		return 0;
	if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) {	/* U+3000 */
		*ascii = ' ';
		return 3;
	}
	if (p[0] != 0xEF || (p[1] != 0xBC && p[1] != 0xBD) ||
	    (p[2] & 0xC0) != 0x80)
		return 0;
	cp = 0xF000 | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
	    (cp >= 0xFF41 && cp <= 0xFF5A)) {
		*ascii = (char)(cp - 0xFEE0);
		return 3;
	}
	return 0;
}

void
fold_width(const char *in, size_t len, struct folded *out)
{
	const unsigned char *p = (const unsigned char *)in;
	size_t i = 0, o = 0;
	char c;
	int n;

	out->text = xmalloc(len + 1);
	out->map = xreallocarray(NULL, len + 1, sizeof(size_t));
	while (i < len) {
		if (p[i] >= 0xE3 && (n = fold_char(p + i, len - i, &c)) > 0) {
			out->text[o] = c;
			out->map[o++] = i;
			i += (size_t)n;
			continue;
		}
		out->text[o] = (char)p[i];
		out->map[o++] = i++;
	}
	out->text[o] = '\0';
	out->map[o] = len;
	out->len = o;
}

void
folded_free(struct folded *f)
{
	free(f->text);
	free(f->map);
	f->text = NULL;
	f->map = NULL;
	f->len = 0;
}
