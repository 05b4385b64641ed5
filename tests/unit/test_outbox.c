/*
 * test_outbox.c — the message as it goes out (outbox_render):
 * - a school Subject whose encoded-word decodes to a real CRLF and a Bcc:
 *   line reaches no header of ours: header_clean() is what stops it;
 * - a long non-ASCII subject is RFC 2047 encoded-words of at most 75
 *   characters, folded, and decodes back to itself;
 * - the body is base64 in lines of at most 76 columns, CRLF line ends,
 *   and decodes back to the text;
 * - notices are To the parent, with no Cc.
 */
#include "testutil.h"

#include "base/buf.h"
#include "base/config.h"
#include "mail/mime.h"
#include "mail/mime_int.h"	/* mime_decode_header() */
#include "ledger/outbox.h"

static struct config cfg;

static int
setup(void **state)
{
	(void)state;
	config_defaults(&cfg);
	cfg.parent_addr = strdup("p@f.example");
	cfg.parent_name = strdup("Carmen Chan");
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	config_free(&cfg);
	return 0;
}

static void
row(struct outbox_row *r, const char *subject, const char *body)
{
	memset(r, 0, sizeof(*r));
	r->kind = strdup("confirmation");
	r->msgid = strdup("<ptrail.1@f.example>");
	r->to_addrs = strdup("wong@s.edu.hk");
	r->subject = strdup(subject);
	r->body = strdup(body);
	r->lang = strdup("en");
}

/* The header block (up to the blank line), NUL-terminated copy. */
static char *
headers_of(const struct buf *m)
{
	const char *end = strstr(buf_str(m), "\r\n\r\n");
	assert_non_null(end);
	return strndup(buf_str(m), (size_t)(end - buf_str(m)) + 2);
}

static void
test_decoded_crlf_cannot_inject(void **state)
{
	struct outbox_row r;
	struct buf m = BUF_INIT;
	char *subject, *h, *want;
	(void)state;

	/* what a school's Subject decodes to: a real CR LF and a header */
	subject = mime_decode_header("=?UTF-8?Q?Plan=0D=0ABcc:_evil@x.example?=");
	assert_non_null(subject);
	assert_non_null(strstr(subject, "\r\nBcc:"));	/* the premise */
	if (asprintf(&want, "Re: %s", subject) < 0)
		abort();
	row(&r, want, "Thank you.\n");
	free(r.in_reply_to);
	r.in_reply_to = strdup("<a@s.edu.hk>\r\nBcc: evil2@x.example");
	outbox_render(&r, &cfg, 1772500000, &m);
	h = headers_of(&m);
	assert_null(strstr(h, "\r\nBcc:"));
	assert_null(strstr(h, "\nBcc:"));
	/* every header line starts a known field or is a fold */
	for (const char *p = h; *p; ) {
		const char *e = strstr(p, "\r\n");
		assert_non_null(e);
		assert_true(*p == ' ' || strncmp(p, "Date:", 5) == 0 ||
		    strncmp(p, "From:", 5) == 0 || strncmp(p, "To:", 3) == 0 ||
		    strncmp(p, "Subject:", 8) == 0 ||
		    strncmp(p, "Message-ID:", 11) == 0 ||
		    strncmp(p, "In-Reply-To:", 12) == 0 ||
		    strncmp(p, "MIME-Version:", 13) == 0 ||
		    strncmp(p, "Content-", 8) == 0 ||
		    strncmp(p, "X-Ptrail-Kind:", 14) == 0);
		p = e + 2;
	}
	/* and header_clean itself */
	char *c = header_clean("a\r\nb\tc\x7f" "d");
	assert_string_equal(c, "ab cd");
	free(c);
	free(h);
	free(want);
	free(subject);
	buf_free(&m);
	outbox_row_free(&r);
}

static void
test_encoded_words_fold(void **state)
{
	struct outbox_row r;
	struct buf m = BUF_INIT, unfolded = BUF_INIT;
	const char *subject = "Re: 關於以信的學習支援安排及默書調適的跟進，以及三月二十五日的家長面談";
	char *h, *s, *dec;
	(void)state;

	row(&r, subject, "x\n");
	outbox_render(&r, &cfg, 1772500000, &m);
	h = headers_of(&m);
	s = strstr(h, "Subject: ");
	assert_non_null(s);
	s += 9;
	/* the value: encoded-words, each <= 75, lines <= 78, folded */
	int words = 0;
	for (const char *p = s; ; ) {
		const char *e = strstr(p, "\r\n");
		assert_true(e - p <= 78);
		const char *w = p + (*p == ' ');
		assert_true(strncmp(w, "=?UTF-8?B?", 10) == 0);
		assert_true(e - w <= 75);
		assert_true(strncmp(e - 2, "?=", 2) == 0);
		buf_add(&unfolded, w, (size_t)(e - w));
		words++;
		if (e[2] != ' ')
			break;
		buf_addch(&unfolded, ' ');
		p = e + 2;
	}
	assert_true(words >= 2);
	dec = mime_decode_header(buf_str(&unfolded));
	assert_string_equal(dec, subject);
	free(dec);
	free(h);
	buf_free(&m);
	buf_free(&unfolded);
	outbox_row_free(&r);
}

static int
b64v(char c)
{
	const char *t =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = strchr(t, c);
	return p && c ? (int)(p - t) : -1;
}

static void
test_body_base64_76(void **state)
{
	struct outbox_row r;
	struct buf m = BUF_INIT, body = BUF_INIT, out = BUF_INIT;
	const char *p;
	int lines = 0;
	(void)state;

	for (int k = 0; k < 40; k++)
		buf_printf(&body, "第%d行：陳老師會於三月十三日或之前交來默書調適安排。line %d\n",
		    k, k);
	row(&r, "Re: plan", buf_str(&body));
	outbox_render(&r, &cfg, 1772500000, &m);
	p = strstr(buf_str(&m), "\r\n\r\n") + 4;
	unsigned acc = 0;
	int bits = 0;
	while (*p) {
		const char *e = strstr(p, "\r\n");
		assert_non_null(e);
		assert_true(e - p <= 76);
		for (const char *q = p; q < e; q++) {
			if (*q == '=')
				continue;
			int v = b64v(*q);
			assert_true(v >= 0);
			acc = acc << 6 | (unsigned)v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				buf_addch(&out, (char)(acc >> bits & 0xff));
			}
		}
		lines++;
		p = e + 2;
	}
	assert_true(lines > 10);
	/* CRLF line ends, and the text itself */
	assert_non_null(strstr(buf_str(&out), "line 0\r\n第1行"));
	assert_null(strstr(buf_str(&out), "0\n第"));
	struct buf lf = BUF_INIT;
	for (const char *q = buf_str(&out); *q; q++)
		if (*q != '\r')
			buf_addch(&lf, *q);
	assert_string_equal(buf_str(&lf), buf_str(&body));
	buf_free(&lf);
	buf_free(&m);
	buf_free(&out);
	buf_free(&body);
	outbox_row_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decoded_crlf_cannot_inject),
		cmocka_unit_test(test_encoded_words_fold),
		cmocka_unit_test(test_body_base64_76),
	};
	return cmocka_run_group_tests_name("outbox", tests, setup, teardown);
}
