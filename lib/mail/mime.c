/*
 * mime.c — one raw RFC 5322 message to the headers and text ptrail reads.
 *
 * RFC 5322 (headers), RFC 2045-2046 (MIME, transfer encodings) parsed
 * with libetpan; encoded words (RFC 2047) decoded in rfc2047.c. The body
 * is the letter's own words: text/plain where there is one, else the HTML
 * part rendered to text (mime_html.c); every charset converted to UTF-8
 * (charset.c); earlier messages, signatures and disclaimers cut
 * (quotecut.c). A forwarded message/rfc822 part is read after the
 * sender's own words, its quotes cut on their own (read_message()).
 *
 * Invariant: the text is what the school wrote, byte for byte after
 * decoding, so a quote taken from it is verbatim. Nothing is normalised
 * except line ends (CRLF -> LF).
 *
 * libetpan's mailmime_parse() points into the caller's buffer: every
 * pointer taken from the tree is copied before mailmime_free().
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "base/log.h"
#include "mail/mime.h"
#include "mail/mime_int.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

/*
 * How much of a letter is read: what a mail client shows, up to these
 * caps. Past them the rest is not read, and the reason is logged.
 */
#define MAX_DEPTH	64		/* multipart nesting */
#define MAX_PARTS	1000		/* text parts read */

/* A message/rfc822 part inside a letter, and how deep it stands. */
struct forward {
	struct mailmime	*part;
	int		 depth;
};

/* One message's text parts to read, in document order, the messages
 * forwarded inside it, and what was left out. */
struct body_pick {
	struct mailmime	**parts;
	size_t		 n, cap;
	size_t		 before;	/* text parts read in earlier messages */
	int		 html;		/* the parts are text/html */
	unsigned	 too_deep;	/* subtrees past MAX_DEPTH */
	unsigned	 too_many;	/* text parts past MAX_PARTS */
	struct forward	*fwd;
	size_t		 nfwd, fwdcap;
};

/* The whole letter as it is read: the forwarded ones go through the same
 * pick, so the caps count every message's parts together. */
struct reader {
	struct mime_message	*out;
	struct buf		 text;
	size_t			 parts;		/* text parts read so far */
	unsigned		 too_deep, too_many;
};

static char *
bracket_id(const char *id)
{
	return id ? xasprintf("<%s>", id) : NULL;
}

static char *
id_list(clist *list, int first_only)
{
	struct buf b = BUF_INIT;

	if (list == NULL)
		return NULL;
	for (clistiter *it = clist_begin(list); it; it = clist_next(it)) {
		if (b.len)
			buf_addch(&b, ' ');
		buf_printf(&b, "<%s>", (const char *)clist_content(it));
		if (first_only)
			break;
	}
	return b.len ? buf_detach(&b) : NULL;
}

static char *
lower_dup(const char *s)
{
	char *p = xstrdup(s);
	for (char *q = p; q && *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return p;
}

static void
add_mailbox(struct buf *b, const struct mailimf_mailbox *mb)
{
	if (mb == NULL || mb->mb_addr_spec == NULL)
		return;
	if (b->len)
		buf_addstr(b, ", ");
	for (const char *p = mb->mb_addr_spec; *p; p++)
		buf_addch(b, (char)tolower((unsigned char)*p));
}

static char *
address_list(struct mailimf_address_list *al)
{
	struct buf b = BUF_INIT;

	if (al == NULL)
		return NULL;
	for (clistiter *it = clist_begin(al->ad_list); it; it = clist_next(it)) {
		struct mailimf_address *a = clist_content(it);
		if (a->ad_type == MAILIMF_ADDRESS_MAILBOX) {
			add_mailbox(&b, a->ad_data.ad_mailbox);
		} else if (a->ad_data.ad_group->grp_mb_list) {
			clist *l = a->ad_data.ad_group->grp_mb_list->mb_list;
			for (clistiter *g = clist_begin(l); g; g = clist_next(g))
				add_mailbox(&b, clist_content(g));
		}
	}
	return b.len ? buf_detach(&b) : NULL;
}

static void
take_date(struct mime_message *m, const struct mailimf_date_time *dt)
{
	int zone = dt->dt_zone;		/* +0800 is 800 */
	int off = (zone / 100) * 60 + (zone % 100);

	if (!civil_valid(dt->dt_year, dt->dt_month, dt->dt_day) ||
	    dt->dt_hour > 23 || dt->dt_min > 59 || dt->dt_sec > 60)
		return;
	m->has_date = 1;
	m->date_offset = off;
	m->date = (time_t)civil_to_days(dt->dt_year, dt->dt_month,
	    dt->dt_day) * 86400 + dt->dt_hour * 3600 + dt->dt_min * 60 +
	    dt->dt_sec - (time_t)off * 60;
}

static void
take_optional(struct mime_message *m, struct mailimf_optional_field *f)
{
	if (f == NULL || f->fld_name == NULL)
		return;
	if (strcasecmp(f->fld_name, "List-Unsubscribe") == 0 ||
	    strcasecmp(f->fld_name, "List-Id") == 0)
		m->is_bulk = 1;
	else if (strcasecmp(f->fld_name, "Precedence") == 0 && f->fld_value &&
	    (strcasestr(f->fld_value, "bulk") || strcasestr(f->fld_value, "list")))
		m->is_bulk = 1;
}

static void
take_headers(struct mime_message *m, struct mailimf_fields *fields)
{
	if (fields == NULL)
		return;
	for (clistiter *it = clist_begin(fields->fld_list); it;
	    it = clist_next(it)) {
		struct mailimf_field *f = clist_content(it);
		switch (f->fld_type) {
		case MAILIMF_FIELD_MESSAGE_ID:
			if (m->message_id == NULL)
				m->message_id = bracket_id(
				    f->fld_data.fld_message_id->mid_value);
			break;
		case MAILIMF_FIELD_IN_REPLY_TO:
			if (m->in_reply_to == NULL)
				m->in_reply_to = id_list(
				    f->fld_data.fld_in_reply_to->mid_list, 1);
			break;
		case MAILIMF_FIELD_REFERENCES:
			if (m->references == NULL)
				m->references = id_list(
				    f->fld_data.fld_references->mid_list, 0);
			break;
		case MAILIMF_FIELD_FROM: {
			clist *l = f->fld_data.fld_from->frm_mb_list->mb_list;
			struct mailimf_mailbox *mb = clist_begin(l) ?
			    clist_content(clist_begin(l)) : NULL;
			if (mb && m->from_addr == NULL) {
				m->from_addr = lower_dup(mb->mb_addr_spec);
				m->from_name = mime_decode_header(
				    mb->mb_display_name);
			}
			break;
		}
		case MAILIMF_FIELD_TO:
			if (m->to == NULL)
				m->to = address_list(f->fld_data.fld_to->to_addr_list);
			break;
		case MAILIMF_FIELD_CC:
			if (m->cc == NULL)
				m->cc = address_list(f->fld_data.fld_cc->cc_addr_list);
			break;
		case MAILIMF_FIELD_SUBJECT:
			if (m->subject == NULL)
				m->subject = mime_decode_header(
				    f->fld_data.fld_subject->sbj_value);
			break;
		case MAILIMF_FIELD_ORIG_DATE:
			if (!m->has_date)
				take_date(m,
				    f->fld_data.fld_orig_date->dt_date_time);
			break;
		case MAILIMF_FIELD_OPTIONAL_FIELD:
			take_optional(m, f->fld_data.fld_optional_field);
			break;
		}
	}
}

static int
is_attachment(struct mailmime *part)
{
	if (part->mm_mime_fields == NULL)
		return 0;
	for (clistiter *it = clist_begin(part->mm_mime_fields->fld_list); it;
	    it = clist_next(it)) {
		struct mailmime_field *f = clist_content(it);
		if (f->fld_type == MAILMIME_FIELD_DISPOSITION &&
		    f->fld_data.fld_disposition->dsp_type->dsp_type ==
		    MAILMIME_DISPOSITION_TYPE_ATTACHMENT)
			return 1;
	}
	return 0;
}

static int
is_text(struct mailmime *part, const char *subtype)
{
	struct mailmime_content *ct = part->mm_content_type;

	if (ct == NULL)		/* no Content-Type: text/plain (RFC 2045) */
		return strcasecmp(subtype, "plain") == 0;
	return ct->ct_type->tp_type == MAILMIME_TYPE_DISCRETE_TYPE &&
	    ct->ct_type->tp_data.tp_discrete_type->dt_type ==
	    MAILMIME_DISCRETE_TYPE_TEXT && ct->ct_subtype &&
	    strcasecmp(ct->ct_subtype, subtype) == 0;
}

static int
is_multipart(struct mailmime *part, const char *subtype)
{
	struct mailmime_content *ct = part->mm_content_type;

	return ct && ct->ct_subtype && strcasecmp(ct->ct_subtype, subtype) == 0;
}

static void
pick_add(struct body_pick *pick, struct mailmime *part)
{
	if (pick->before + pick->n >= MAX_PARTS) {
		pick->too_many++;
		return;
	}
	if (pick->n == pick->cap) {
		pick->cap = pick->cap ? pick->cap * 2 : 8;
		pick->parts = xreallocarray(pick->parts, pick->cap,
		    sizeof(*pick->parts));
	}
	pick->parts[pick->n++] = part;
}

/* Does part hold an inline text part of this subtype, at any depth (not
 * into forwarded messages)? */
static int
has_text(struct mailmime *part, const char *subtype, int depth)
{
	if (depth > MAX_DEPTH)
		return 0;
	switch (part->mm_type) {
	case MAILMIME_SINGLE:
		return !is_attachment(part) && part->mm_data.mm_single &&
		    is_text(part, subtype);
	case MAILMIME_MULTIPLE:
		for (clistiter *it = clist_begin(
		    part->mm_data.mm_multipart.mm_mp_list); it;
		    it = clist_next(it))
			if (has_text(clist_content(it), subtype, depth + 1))
				return 1;
		return 0;
	default:
		return 0;
	}
}

static void
fwd_add(struct body_pick *pick, struct mailmime *part, int depth)
{
	if (part->mm_data.mm_message.mm_msg_mime == NULL)
		return;
	if (pick->nfwd == pick->fwdcap) {
		pick->fwdcap = pick->fwdcap ? pick->fwdcap * 2 : 4;
		pick->fwd = xreallocarray(pick->fwd, pick->fwdcap,
		    sizeof(*pick->fwd));
	}
	pick->fwd[pick->nfwd].part = part;
	pick->fwd[pick->nfwd++].depth = depth;
}

/*
 * Depth-first, as a mail client shows a letter: every inline part of the
 * subtype ("plain", or "html" when the letter has no text/plain), in
 * order; of a multipart/alternative only the first branch that has one.
 * A forwarded message/rfc822 part is someone else's letter: noted in
 * pick->fwd and read after this one's own words (read_message()), as a
 * mail client shows it below them.
 */
static void
pick_body(struct mailmime *part, const char *subtype, struct body_pick *pick,
    int depth)
{
	if (depth > MAX_DEPTH) {
		pick->too_deep++;
		return;
	}
	switch (part->mm_type) {
	case MAILMIME_SINGLE:
		if (is_attachment(part) || part->mm_data.mm_single == NULL)
			return;
		if (is_text(part, subtype))
			pick_add(pick, part);
		break;
	case MAILMIME_MULTIPLE:
		for (clistiter *it = clist_begin(part->mm_data.mm_multipart.mm_mp_list);
		    it; it = clist_next(it)) {
			struct mailmime *child = clist_content(it);
			if (is_multipart(part, "alternative")) {
				if (!has_text(child, subtype, depth + 1))
					continue;
				pick_body(child, subtype, pick, depth + 1);
				break;
			}
			pick_body(child, subtype, pick, depth + 1);
		}
		break;
	case MAILMIME_MESSAGE:
		if (depth == 0 && part->mm_data.mm_message.mm_msg_mime)
			pick_body(part->mm_data.mm_message.mm_msg_mime, subtype,
			    pick, depth + 1);
		else if (depth > 0)
			fwd_add(pick, part, depth);
		break;
	}
}

/* Decode one part's transfer encoding and charset: UTF-8, caller frees. */
static char *
part_text(struct mailmime *part, int *charset_errors)
{
	struct mailmime_data *d = part->mm_data.mm_single;
	const char *charset = NULL;
	char *decoded = NULL, *text;
	size_t idx = 0, dlen = 0;
	int enc = d->dt_encoded ? d->dt_encoding : MAILMIME_MECHANISM_8BIT;

	if (d->dt_type != MAILMIME_DATA_TEXT)
		return NULL;
	if (part->mm_content_type)
		charset = mailmime_content_charset_get(part->mm_content_type);
	/*
	 * libetpan 1.9.4's quoted-printable decoder reads up to two bytes
	 * past the end of a part that ends inside an escape ("...=4"): found
	 * by tests/fuzz. Decode a copy with zero padding behind it.
	 */
	size_t len = d->dt_data.dt_text.dt_length;
	char *copy = xmalloc(len + 8);
	memcpy(copy, d->dt_data.dt_text.dt_data, len);
	memset(copy + len, 0, 8);
	if (mailmime_part_parse(copy, len, &idx, enc, &decoded, &dlen)
	    != MAILIMF_NO_ERROR) {
		/* A broken encoding: keep the bytes as they are. */
		text = charset_to_utf8(copy, len, charset, charset_errors);
		free(copy);
		return text;
	}
	free(copy);
	text = charset_to_utf8(decoded, dlen, charset, charset_errors);
	mmap_string_unref(decoded);
	return text;
}

/* The picked parts' text, decoded (HTML rendered), joined by a blank
 * line: a new string, or NULL when they hold no text. */
static char *
read_parts(const struct body_pick *pick, struct mime_message *out)
{
	struct buf all = BUF_INIT;

	for (size_t k = 0; k < pick->n; k++) {
		char *t = part_text(pick->parts[k], &out->charset_errors);
		if (t && pick->html) {
			char *h = html_to_text(t, strlen(t));
			free(t);
			t = h;
		}
		if (t && *t) {
			if (all.len)
				buf_addstr(&all, "\n\n");
			buf_addstr(&all, t);
		}
		free(t);
	}
	return all.len ? buf_detach(&all) : NULL;
}

/* CRLF and lone CR -> LF, in place. */
static void
normalise_newlines(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r == '\r') {
			*w++ = '\n';
			if (r[1] == '\n')
				r++;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

/* The forwarded letter's own From and Date (the first one read), for
 * whoever decides whose words the items are (lib/ledger/ingest.c). */
static void
take_forward(struct mime_message *out, struct mailimf_fields *fields)
{
	struct mime_message f;

	memset(&f, 0, sizeof(f));
	take_headers(&f, fields);
	out->fwd.from_name = f.from_name;
	out->fwd.from_addr = f.from_addr;
	f.from_name = f.from_addr = NULL;
	out->fwd.has_date = f.has_date;
	out->fwd.date = f.date;
	out->fwd.date_offset = f.date_offset;
	mime_message_free(&f);
}

static void
pick_free(struct body_pick *pick)
{
	free(pick->parts);
	free(pick->fwd);
	memset(pick, 0, sizeof(*pick));
}

/* The picked parts' text, quotes cut, added to the letter's text. */
static void
add_text(struct reader *rd, char *text)
{
	char *cut;

	normalise_newlines(text);
	cut = quotecut(text);
	if (*cut) {
		if (rd->text.len)
			buf_addstr(&rd->text, "\n\n");
		buf_addstr(&rd->text, cut);
	}
	free(cut);
}

/*
 * One message, top or forwarded (mime is its body; depth counts from the
 * top, so MAX_DEPTH bounds forwards inside forwards too): its own words,
 * text/plain else HTML, each message's quotes cut on their own, then the
 * messages forwarded inside it, in order. Nothing is written between them:
 * words ptrail made up would be read as the school's.
 */
static void
read_message(struct reader *rd, struct mailmime *mime, int depth)
{
	struct body_pick pick;
	char *text;

	memset(&pick, 0, sizeof(pick));
	pick.before = rd->parts;
	pick_body(mime, "plain", &pick, depth);
	if ((text = read_parts(&pick, rd->out)) == NULL) {
		pick_free(&pick);
		pick.before = rd->parts;
		pick.html = 1;
		pick_body(mime, "html", &pick, depth);
		text = read_parts(&pick, rd->out);
	}
	if (depth == 0)
		rd->out->html_only = pick.html && text != NULL;
	rd->parts += pick.n;
	rd->too_deep += pick.too_deep;
	rd->too_many += pick.too_many;
	if (text)
		add_text(rd, text);
	free(text);
	for (size_t k = 0; k < pick.nfwd; k++) {
		struct mailmime *f = pick.fwd[k].part;
		if (rd->out->forwards++ == 0)
			take_forward(rd->out, f->mm_data.mm_message.mm_fields);
		read_message(rd, f->mm_data.mm_message.mm_msg_mime,
		    pick.fwd[k].depth + 1);
	}
	pick_free(&pick);
}

static const char *
guess_lang(const char *s)
{
	size_t cjk = 0, latin = 0;
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++) {
		if (*p < 0x80) {
			latin += isalpha(*p) != 0;
		} else if (*p >= 0xE3 && *p <= 0xE9 && p[1] && p[2]) {
			/* U+3000..U+9FFF: CJK symbols and ideographs */
			cjk++;
			p += 2;
		}
	}
	return cjk * 4 >= latin && cjk > 0 ? "zh" : "en";
}

int
mime_parse(const char *raw, size_t len, struct mime_message *out,
    struct buf *err)
{
	struct mailmime *mime = NULL;
	struct reader rd;
	size_t idx = 0;
	const char *id;

	memset(out, 0, sizeof(*out));
	memset(&rd, 0, sizeof(rd));
	rd.out = out;
	if (len > MIME_MAX_MESSAGE) {
		buf_printf(err, "message of %zu bytes is over the %u byte limit",
		    len, MIME_MAX_MESSAGE);
		return -1;
	}
	/* RFC 2231 boundaries (mime_boundary.c). libetpan points into the
	 * bytes it parses: a joined copy lives
	 * until mailmime_free() */
	size_t jlen = 0;
	char *joined = len ? mime_join_boundaries(raw, len, &jlen) : NULL;
	if (joined) {
		raw = joined;
		len = jlen;
	}
	if (len == 0 || mailmime_parse(raw, len, &idx, &mime) !=
	    MAILIMF_NO_ERROR || mime == NULL) {
		buf_printf(err, "not an RFC 5322 message (MIME parse failed)");
		free(joined);
		return -1;
	}
	if (mime->mm_type == MAILMIME_MESSAGE)
		take_headers(out, mime->mm_data.mm_message.mm_fields);
	read_message(&rd, mime, 0);
	mailmime_free(mime);
	free(joined);
	out->text = rd.text.len ? buf_detach(&rd.text) : xstrdup("");
	buf_free(&rd.text);
	out->lang = xstrdup(guess_lang(out->text));
	id = out->message_id ? out->message_id : "(no Message-ID)";
	if (rd.too_deep || rd.too_many)
		log_warnx("message %s: not all of it was read: %s%s%s", id,
		    rd.too_deep ? "MIME parts or forwarded messages nested "
		    "more than 64 deep" : "",
		    rd.too_deep && rd.too_many ? "; " : "",
		    rd.too_many ? "text parts after the 1000th" : "");
	if (out->forwards)
		log_info("message %s: read %u forwarded message(s) inside it, "
		    "the first from %s", id, out->forwards,
		    out->fwd.from_addr ? out->fwd.from_addr : "(no From)");
	if (out->charset_errors)
		log_warnx("message %s: %d byte(s) could not be converted to "
		    "UTF-8 and were replaced", id, out->charset_errors);
	return 0;
}

void
mime_message_free(struct mime_message *m)
{
	free(m->message_id);
	free(m->in_reply_to);
	free(m->references);
	free(m->from_name);
	free(m->from_addr);
	free(m->to);
	free(m->cc);
	free(m->subject);
	free(m->fwd.from_name);
	free(m->fwd.from_addr);
	free(m->text);
	free(m->lang);
	memset(m, 0, sizeof(*m));
}
