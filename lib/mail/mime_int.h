/*
 * mime_int.h — the pieces of mime.c that live in files of their own:
 * charset conversion (charset.c), header words (rfc2047.c), HTML to text
 * (mime_html.c), cutting quoted earlier messages and signatures
 * (quotecut.c) and joining split boundaries (mime_boundary.c). These are
 * the lower floor: they never include mime.h.
 *
 * Every function returns a new NUL-terminated string the caller frees;
 * none returns NULL except charset_to_utf8() on NULL input and
 * mime_join_boundaries() when there was nothing to join.
 */
#ifndef PTRAIL_MIME_INT_H
#define PTRAIL_MIME_INT_H

#include <stddef.h>

/* Convert len bytes in charset (NULL or unknown: UTF-8 if valid, else
 * windows-1252) to valid UTF-8. Bytes that do not convert become U+FFFD;
 * *errors (may be NULL) is increased by their number. */
char	*charset_to_utf8(const char *in, size_t len, const char *charset,
	    int *errors);

/* RFC 2047-decode one header value to UTF-8 (rfc2047.c); raw 8-bit text
 * is kept as UTF-8 where valid, else read as windows-1252. NULL for NULL;
 * the caller frees. */
char	*mime_decode_header(const char *value);

/* Visible text of an HTML document (UTF-8 in, UTF-8 out): blocks and <br>
 * break lines, table cells are joined by " | ", script/style/head and
 * <blockquote> (quoted replies) are dropped, entities decoded. */
char	*html_to_text(const char *html, size_t len);

/* RFC 2231: where a Content-Type field carries boundary*0*=..., pieces and
 * no plain boundary, a copy of raw (len bytes) with the joined value added
 * as boundary="..." and its length in *outlen; NULL when nothing needed
 * joining (mime_boundary.c). */
char	*mime_join_boundaries(const char *raw, size_t len, size_t *outlen);

/* The letter's own lines: quoted (">") lines, everything below an
 * attribution ("On ... wrote:", Outlook headers, 寄件者:), signatures
 * ("-- ") and confidentiality disclaimers removed; a letter forwarded
 * inline is kept, less its marker and header block. */
char	*quotecut(const char *text);

#endif
