/*
 * vis.c — school text made safe for a terminal.
 *
 * A letter's Subject, sender name, quotes and body come from whoever sent
 * the mail. Printed raw, "ESC[2J" clears the parent's screen, "ESC]0;...BEL"
 * retitles the window, and a CR/LF inside an RFC 2047 display name forges
 * a line of `ptrail list`. Every human-readable printer passes such text
 * through cli_vis() (one line) or cli_vis_text() (a body: keeps newlines
 * and tabs): C0 controls become their Unicode control pictures (ESC is
 * "␛", LF "␊"), DEL "␡", C1 controls and bytes that are not UTF-8 become
 * "�". JSON output needs none of this: json-c escapes them.
 */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "cli.h"

#define VIS_SLOTS 32

static char *slots[VIS_SLOTS];
static int next_slot;

/* Length of the valid UTF-8 sequence at p (1-4), or 0 when it is not one. */
static size_t
utf8_len(const unsigned char *p)
{
	size_t n;
	unsigned cp;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2;
		cp = p[0] & 0x1F;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		cp = p[0] & 0x0F;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		cp = p[0] & 0x07;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

void
cli_vis_buf(struct buf *out, const char *s, int keep_lines)
{
	const unsigned char *p = (const unsigned char *)s;

	while (p && *p) {
		size_t n = utf8_len(p);
		if (n == 1 && (*p >= 0x20 && *p != 0x7F)) {
			buf_addch(out, (char)*p);
		} else if (n == 1 && keep_lines && (*p == '\n' || *p == '\t')) {
			buf_addch(out, (char)*p);
		} else if (n == 1 && keep_lines && *p == '\r' && p[1] == '\n') {
			/* CRLF line ends: the LF is kept next round */
		} else if (n == 1 && *p == 0x7F) {
			buf_addstr(out, "\xE2\x90\xA1");	/* ␡ */
		} else if (n == 1) {
			/* U+2400 + c: the control picture of c */
			buf_addch(out, (char)0xE2);
			buf_addch(out, (char)0x90);
			buf_addch(out, (char)(0x80 + *p));
		} else if (n == 2 && p[0] == 0xC2 && p[1] < 0xA0) {
			buf_addstr(out, "\xEF\xBF\xBD");	/* C1: � */
		} else if (n == 0) {
			buf_addstr(out, "\xEF\xBF\xBD");
			n = 1;
		} else {
			buf_add(out, p, n);
		}
		p += n;
	}
}

static const char *
keep(struct buf *b)
{
	free(slots[next_slot]);
	slots[next_slot] = b->s ? buf_detach(b) : calloc(1, 1);
	if (slots[next_slot] == NULL)
		abort();
	const char *r = slots[next_slot];
	next_slot = (next_slot + 1) % VIS_SLOTS;
	return r;
}

const char *
cli_vis(const char *s)
{
	struct buf b = BUF_INIT;

	cli_vis_buf(&b, s ? s : "", 0);
	return keep(&b);
}

const char *
cli_vis_text(const char *s)
{
	struct buf b = BUF_INIT;

	cli_vis_buf(&b, s ? s : "", 1);
	return keep(&b);
}

void
cli_vis_free(void)
{
	for (int i = 0; i < VIS_SLOTS; i++) {
		free(slots[i]);
		slots[i] = NULL;
	}
}
