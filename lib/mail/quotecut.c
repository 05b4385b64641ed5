/*
 * quotecut.c — keep the letter's own lines; drop what was quoted from
 * earlier messages, the signature and the disclaimer.
 *
 * Line by line:
 *   - a line starting with ">" is quoted; unquoted lines between quoted
 *     ones are an inline reply and stay;
 *   - an attribution ends the letter: "On <date>, <name> wrote:" (also
 *     wrapped over two lines), "-----Original Message-----", an Outlook
 *     header block ("From:" followed by "Sent:"/"Date:" within three lines,
 *     or its "____" rule), "寄件者:" / "寄件日期:" / "發件人:";
 *   - the signature delimiter "-- " ends it too, as does a line that opens
 *     a confidentiality disclaimer;
 *   - "Sent from my iPhone"-style lines are dropped.
 * What is cut was extracted when the earlier message itself arrived.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "mail/mime_int.h"
#include "base/xmalloc.h"

struct line {
	const char	*s;
	size_t		 len;
};

static const char *
skip_ws(const char *s, const char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	return s;
}

static int
starts(const struct line *l, const char *prefix)
{
	const char *p = skip_ws(l->s, l->s + l->len);
	size_t n;

	/* asked ~30 times of every line: the first byte refuses most */
	if (p == l->s + l->len || tolower((unsigned char)*p) !=
	    tolower((unsigned char)prefix[0]))
		return 0;
	n = strlen(prefix);
	return (size_t)(l->s + l->len - p) >= n && strncasecmp(p, prefix, n) == 0;
}

static int
contains(const struct line *l, const char *needle)
{
	size_t n = strlen(needle);
	int first = needle[0] | 0x20;	/* equal in any case: equal here */

	if (n > l->len)
		return 0;
	if (!isalpha((unsigned char)needle[0])) {
		/* "-----Original Message-----": memchr() finds the dashes */
		const char *end = l->s + l->len - n + 1, *p = l->s;
		while ((p = memchr(p, needle[0], (size_t)(end - p))) != NULL) {
			if (strncasecmp(p, needle, n) == 0)
				return 1;
			p++;
		}
		return 0;
	}
	for (size_t i = 0; i + n <= l->len; i++)
		if ((l->s[i] | 0x20) == first &&
		    strncasecmp(l->s + i, needle, n) == 0)
			return 1;
	return 0;
}

static int
ends_with_wrote(const struct line *l)
{
	size_t n = l->len;
	while (n > 0 && isspace((unsigned char)l->s[n - 1]))
		n--;
	return (n >= 6 && strncasecmp(l->s + n - 6, "wrote:", 6) == 0) ||
	    (n >= 7 && strncmp(l->s + n - 7, "寫道:", 7) == 0) ||
	    (n >= 9 && strncmp(l->s + n - 9, "寫道：", 9) == 0);
}

static int
is_quoted(const struct line *l)
{
	const char *p = skip_ws(l->s, l->s + l->len);
	return p < l->s + l->len && *p == '>';
}

static int
is_attribution(const struct line *lines, size_t i, size_t n)
{
	const struct line *l = &lines[i];

	if (starts(l, "On ") && (ends_with_wrote(l) ||
	    (i + 1 < n && ends_with_wrote(&lines[i + 1]) && !is_quoted(&lines[i + 1]))))
		return 1;
	if (starts(l, "在 ") && ends_with_wrote(l))
		return 1;
	if (contains(l, "-----Original Message-----") ||
	    contains(l, "----- Original Message -----") ||
	    contains(l, "-----原始郵件-----") || contains(l, "Begin forwarded message:"))
		return 1;
	if (starts(l, "寄件者:") || starts(l, "寄件者：") || starts(l, "寄件日期") ||
	    starts(l, "發件人:") || starts(l, "發件人："))
		return 1;
	if (starts(l, "From:")) {
		for (size_t j = i + 1; j < n && j <= i + 3; j++)
			if (starts(&lines[j], "Sent:") || starts(&lines[j], "Date:"))
				return 1;
	}
	if (starts(l, "________________") && i + 1 < n &&
	    (starts(&lines[i + 1], "From:") || starts(&lines[i + 1], "寄件者")))
		return 1;
	return 0;
}

static int
is_signature_or_disclaimer(const struct line *l)
{
	if ((l->len == 3 && memcmp(l->s, "-- ", 3) == 0) ||
	    (l->len == 2 && memcmp(l->s, "--", 2) == 0))
		return 1;
	return starts(l, "CONFIDENTIALITY NOTICE") || starts(l, "DISCLAIMER") ||
	    starts(l, "This email and any attachments") ||
	    starts(l, "This e-mail and any attachments") ||
	    starts(l, "This email is confidential") ||
	    starts(l, "This e-mail is confidential") ||
	    starts(l, "This message and any attachments") ||
	    starts(l, "The information contained in this e-mail") ||
	    starts(l, "The information contained in this email") ||
	    starts(l, "免責聲明") || starts(l, "保密聲明") || starts(l, "私隱聲明") ||
	    starts(l, "機密聲明");
}

static int
is_device_line(const struct line *l)
{
	return starts(l, "Sent from my ") || starts(l, "Get Outlook for ") ||
	    starts(l, "從我的 iPhone 傳送") || starts(l, "從我的iPhone傳送");
}

char *
quotecut(const char *text)
{
	struct line *lines = NULL;
	size_t n = 0, cap = 0;
	struct buf out = BUF_INIT;
	const char *p = text;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			lines = xreallocarray(lines, cap, sizeof(*lines));
		}
		lines[n].s = p;
		lines[n++].len = len;
		p += len + (nl != NULL);
	}
	for (size_t i = 0; i < n; i++) {
		if (is_attribution(lines, i, n) ||
		    is_signature_or_disclaimer(&lines[i]))
			break;
		if (is_quoted(&lines[i]) || is_device_line(&lines[i]))
			continue;
		buf_add(&out, lines[i].s, lines[i].len);
		buf_addch(&out, '\n');
	}
	free(lines);
	/* trailing blank lines carry nothing */
	while (out.len > 0 && (out.s[out.len - 1] == '\n' ||
	    out.s[out.len - 1] == ' '))
		out.s[--out.len] = '\0';
	return buf_detach(&out);
}
