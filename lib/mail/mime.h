/*
 * mime.h — one raw RFC 5322 message to the headers and text ptrail reads.
 *
 * Parsed with libetpan's MIME parser. The body is the letter's own words in
 * UTF-8: text/plain preferred, else HTML rendered to text with libxml2;
 * transfer encodings decoded; every charset converted (a charset that cannot
 * be converted gives U+FFFD and one log line); quoted earlier messages,
 * signatures and disclaimers cut. A letter forwarded inside it (a
 * message/rfc822 part) is read too, after the sender's own words, as a
 * mail client shows it; its From and Date are in fwd. The text stays as the
 * school wrote it
 * (quotes must be verbatim): matchers fold full-width forms on a copy, see
 * extract/fold.h.
 *
 * Ownership: every string in struct mime_message is owned by it and freed
 * by mime_message_free(). The raw buffer passed to mime_parse() is not kept.
 */
#ifndef PTRAIL_MIME_H
#define PTRAIL_MIME_H

#include <stddef.h>
#include <time.h>

#include "base/buf.h"

#define MIME_MAX_MESSAGE (64u * 1024 * 1024)	/* larger: refused */

/* A letter forwarded as an attachment (message/rfc822): its own sender
 * and date, read from its headers. */
struct mime_forward {
	char	*from_name;	/* decoded, or NULL */
	char	*from_addr;	/* lower case, or NULL */
	int	 has_date;
	time_t	 date;		/* UTC */
	int	 date_offset;	/* minutes */
};

struct mime_message {
	char	*message_id;	/* "<...>" or NULL */
	char	*in_reply_to;	/* "<...>" or NULL */
	char	*references;	/* "<a> <b>" or NULL */
	char	*from_name;	/* decoded (RFC 2047), or NULL */
	char	*from_addr;	/* lower case */
	char	*to;		/* "a@x, b@y" decoded addresses */
	char	*cc;
	char	*subject;	/* decoded */
	int	 has_date;
	time_t	 date;		/* Date: header, UTC */
	int	 date_offset;	/* its offset from UTC, minutes (+480) */
	char	*text;		/* the letter's own text, UTF-8, verbatim,
				   then each forwarded letter's, each after
				   a blank line (no words of ptrail's) */
	char	*lang;		/* "en" or "zh" (most CJK: zh) */
	int	 html_only;	/* body came from HTML */
	int	 charset_errors;	/* bytes replaced while converting */
	unsigned forwards;	/* forwarded letters read (message/rfc822) */
	struct mime_forward fwd;	/* the first of them, when forwards */
	int	 is_bulk;	/* List-Unsubscribe / Precedence: bulk: a
				   newsletter, not a letter */
};

/* 0 ok; -1 with a sentence in err (the message is unusable: not MIME at
 * all, over MIME_MAX_MESSAGE). A broken part is skipped, not fatal. */
int	mime_parse(const char *raw, size_t len, struct mime_message *out,
	    struct buf *err);
void	mime_message_free(struct mime_message *m);

#endif
