/*
 * test_mime.c — raw messages to text: encodings, charsets, HTML, quoted
 * replies and signatures, and the bad inputs (broken MIME, unknown or
 * wrong charsets, junk, an oversized message).
 */
#include "testutil.h"

#include "mail/mime.h"
#include "mail/mime_int.h"

static struct mime_message m;

static int
parse(const char *raw)
{
	struct buf err = BUF_INIT;
	int rc = mime_parse(raw, strlen(raw), &m, &err);
	buf_free(&err);
	return rc;
}

/* parse(), with what it logs (stderr) in *log; the caller frees it. */
static int
parse_logged(const char *raw, char **log)
{
	FILE *f = tmpfile();
	int saved, rc;
	long n;

	assert_non_null(f);
	fflush(stderr);
	saved = dup(2);
	dup2(fileno(f), 2);
	rc = parse(raw);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	n = ftell(f);
	*log = calloc(1, (size_t)n + 1);
	rewind(f);
	if (n > 0 && fread(*log, 1, (size_t)n, f) != (size_t)n)
		fail_msg("could not read the log back");
	fclose(f);
	return rc;
}

static void
valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		int n = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 :
		    (*p >> 3) == 30 ? 4 : 0;
		assert_true(n > 0);
		for (int k = 1; k < n; k++)
			assert_int_equal(p[k] & 0xC0, 0x80);
		p += n;
	}
}

static void
test_plain_headers(void **state)
{
	(void)state;
	assert_int_equal(parse("From: \"Ms Wong\" <WongML@School.edu.hk>\r\n"
	    "To: a@b.hk, Carmen <c@d.hk>\r\nSubject: =?UTF-8?B?6Zec5pa8?= plan\r\n"
	    "Date: Mon, 2 Mar 2026 10:15:00 +0800\r\n"
	    "Message-ID: <x1@school.edu.hk>\r\nIn-Reply-To: <p0@family>\r\n"
	    "References: <a@x> <p0@family>\r\n\r\nHello.\r\nI will call.\r\n"), 0);
	assert_string_equal(m.from_addr, "wongml@school.edu.hk");
	assert_string_equal(m.from_name, "Ms Wong");
	assert_string_equal(m.to, "a@b.hk, c@d.hk");
	assert_string_equal(m.subject, "關於 plan");
	assert_string_equal(m.message_id, "<x1@school.edu.hk>");
	assert_string_equal(m.in_reply_to, "<p0@family>");
	assert_string_equal(m.references, "<a@x> <p0@family>");
	assert_int_equal(m.date_offset, 480);
	assert_int_equal((long)m.date, 1772417700L);
	assert_string_equal(m.text, "Hello.\nI will call.");
	assert_string_equal(m.lang, "en");
	mime_message_free(&m);
}

/* Header values: encoded words and raw 8-bit text (rfc2047.c). */
static void
header_is(const char *value, const char *want)
{
	char *got = mime_decode_header(value);
	assert_non_null(got);
	valid_utf8(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_header_words(void **state)
{
	(void)state;
	/* raw UTF-8 (RFC 6532) is kept, not read as Latin-1 */
	header_is("\xE5\xAD\xB8\xE6\xA0\xA1 notice", "學校 notice");
	/* raw 8-bit that is not UTF-8: windows-1252 */
	header_is("caf\xE9", "café");
	/* a character cut across two words is joined before converting */
	header_is("=?UTF-8?B?6Zc=?= =?UTF-8?B?nOaWvA==?=", "關於");
	/* Big5 and the white space between words */
	header_is("=?big5?B?vseu1Q==?=\r\n =?utf-8?q?IEP_review?= today",
	    "學校IEP review today");
	/* Q: _ is a space, =XX a byte; RFC 2231 language suffix */
	header_is("=?ISO-8859-1*en?Q?caf=E9_au_lait?=", "café au lait");
	/* text and a word keep the space between them; folding unfolded */
	header_is("Re: =?UTF-8?B?6Zec5pa8?=\r\n\tplan", "Re: 關於\tplan");
	/* not words: kept as written */
	header_is("=?utf-8?x?abc?= =?broken", "=?utf-8?x?abc?= =?broken");
	header_is("=?utf-8?q?has space?=", "=?utf-8?q?has space?=");
	/* an unknown charset: its bytes as UTF-8 where valid */
	header_is("=?x-unknown?Q?ok?=", "ok");
	header_is("", "");
	assert_null(mime_decode_header(NULL));
}

static void
test_quoted_printable_and_base64(void **state)
{
	(void)state;
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: quoted-printable\n\n"
	    "Caf=C3=A9 by 20 March, soft=\nbreak.\n"), 0);
	assert_string_equal(m.text, "Café by 20 March, softbreak.");
	mime_message_free(&m);
	/* "本人會於3月13日" in base64 */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: base64\n\n5pys5Lq65pyD5pa8M+aciDEz5pel\n"), 0);
	assert_string_equal(m.text, "本人會於3月13日");
	assert_string_equal(m.lang, "zh");
	mime_message_free(&m);
}

static void
test_big5(void **state)
{
	(void)state;
	/* 陳老師 in Big5: B3 AF A6 D1 AE 76 */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=big5\n"
	    "Content-Transfer-Encoding: 8bit\n\n\xB3\xAF\xA6\xD1\xAE\x76\n"), 0);
	assert_string_equal(m.text, "陳老師");
	mime_message_free(&m);
	/* GB2312 read through GB18030: 老师 = C0 CF CA A6 */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=gb2312\n\n"
	    "\xC0\xCF\xCA\xA6\n"), 0);
	assert_string_equal(m.text, "老师");
	mime_message_free(&m);
}

static void
test_wrong_and_unknown_charsets(void **state)
{
	(void)state;
	/* labelled UTF-8, really Latin-1 */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=utf-8\n\n"
	    "Caf\xE9 au lait\n"), 0);
	valid_utf8(m.text);
	assert_non_null(strstr(m.text, "Caf\xEF\xBF\xBD au lait"));
	assert_true(m.charset_errors > 0);
	mime_message_free(&m);
	/* a charset nobody knows */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=x-klingon\n\n"
	    "plain words \xFF\xFE\n"), 0);
	valid_utf8(m.text);
	assert_non_null(strstr(m.text, "plain words"));
	mime_message_free(&m);
	/* windows-1252 smart quotes */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=windows-1252\n\n"
	    "we\x92ll see\n"), 0);
	assert_string_equal(m.text, "we\xE2\x80\x99ll see");
	mime_message_free(&m);
}

static void
test_html_only(void **state)
{
	(void)state;
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/html; charset=utf-8\n\n"
	    "<html><head><title>x</title><style>p{}</style></head><body>"
	    "<p>Dear&nbsp;Mrs Chan,</p><script>alert(1)</script>"
	    "<table><tr><th>Action</th><th>Person</th></tr>"
	    "<tr><td>Send &amp; share</td><td>Ms Wong</td></tr></table>"
	    "<blockquote>old quoted text</blockquote><div>Bye</div></body></html>\n"), 0);
	assert_true(m.html_only);
	assert_non_null(strstr(m.text, "Dear\xC2\xA0Mrs Chan,"));
	assert_non_null(strstr(m.text, "Action | Person\nSend & share | Ms Wong"));
	assert_null(strstr(m.text, "alert"));
	assert_null(strstr(m.text, "old quoted"));
	assert_null(strstr(m.text, "p{}"));
	mime_message_free(&m);
}

static void
test_alternative_prefers_plain(void **state)
{
	(void)state;
	assert_int_equal(parse("From: a@b.hk\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/alternative; boundary=\"B\"\n\n--B\n"
	    "Content-Type: text/plain\n\nplain one\n--B\nContent-Type: text/html\n\n"
	    "<p>html one</p>\n--B--\n"), 0);
	assert_string_equal(m.text, "plain one");
	assert_false(m.html_only);
	mime_message_free(&m);
	/* an attachment named .txt is not the letter */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: multipart/mixed; boundary=X\n\n"
	    "--X\nContent-Type: text/plain\nContent-Disposition: attachment; "
	    "filename=a.txt\n\nattached\n--X\nContent-Type: text/plain\n\nbody\n--X--\n"), 0);
	assert_string_equal(m.text, "body");
	mime_message_free(&m);
}

static void
test_quotes_and_signatures_cut(void **state)
{
	(void)state;
	assert_int_equal(parse("From: a@b.hk\n\nMine.\n> quoted line\nInline answer.\n"
	    "\nOn Mon, 2 Mar 2026 at 10:00, X <x@y> wrote:\n> old\n"), 0);
	assert_string_equal(m.text, "Mine.\nInline answer.");
	mime_message_free(&m);
	assert_int_equal(parse("From: a@b.hk\n\nNew text.\n-----Original Message-----\n"
	    "From: X\nold\n"), 0);
	assert_string_equal(m.text, "New text.");
	mime_message_free(&m);
	assert_int_equal(parse("From: a@b.hk\n\nNew text.\n\nFrom: Parent <p@x>\n"
	    "Sent: Monday\nTo: y\nSubject: z\n\nold\n"), 0);
	assert_string_equal(m.text, "New text.");
	mime_message_free(&m);
	assert_int_equal(parse("From: a@b.hk\nContent-Type: text/plain; charset=utf-8\n\n"
	    "新的內容。\n寄件者: 家長\n舊的內容\n"), 0);
	assert_string_equal(m.text, "新的內容。");
	mime_message_free(&m);
	assert_int_equal(parse("From: a@b.hk\n\nBody.\n-- \nMs Wong\nSENCO\n"), 0);
	assert_string_equal(m.text, "Body.");
	mime_message_free(&m);
	assert_int_equal(parse("From: a@b.hk\n\nBody.\nCONFIDENTIALITY NOTICE: this "
	    "email will self-destruct by Friday.\n"), 0);
	assert_string_equal(m.text, "Body.");
	mime_message_free(&m);
}

static void
test_malformed(void **state)
{
	struct buf err = BUF_INIT;
	(void)state;
	/* boundary never closed: the part still reads */
	assert_int_equal(parse("From: a@b.hk\nContent-Type: multipart/mixed; boundary=Q\n\n"
	    "--Q\nContent-Type: text/plain\n\nunfinished letter\n"), 0);
	assert_non_null(strstr(m.text, "unfinished letter"));
	mime_message_free(&m);
	/* base64 with junk in it */
	assert_int_equal(parse("From: a@b.hk\nContent-Transfer-Encoding: base64\n\n"
	    "!!!not*base64***\n"), 0);
	valid_utf8(m.text);
	mime_message_free(&m);
	/* header only, no body; and no headers at all */
	assert_int_equal(parse("From: a@b.hk\nSubject: empty\n"), 0);
	assert_string_equal(m.text, "");
	mime_message_free(&m);
	/* binary junk */
	char junk[512];
	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (char)((i * 131 + 7) & 0xFF);
	if (mime_parse(junk, sizeof(junk), &m, &err) == 0) {
		valid_utf8(m.text);
		mime_message_free(&m);
	} else {
		assert_true(err.len > 0);
	}
	buf_reset(&err);
	/* empty input */
	assert_int_equal(mime_parse("", 0, &m, &err), -1);
	buf_reset(&err);
	/* over the limit: refused with the reason, nothing read */
	assert_int_equal(mime_parse("x", (size_t)MIME_MAX_MESSAGE + 1, &m, &err), -1);
	assert_non_null(strstr(buf_str(&err), "over the"));
	buf_free(&err);
}

/* Found by the fuzzer: a quoted-printable part ending inside an escape
 * made libetpan read past the buffer. Exact-size heap copy: ASan sees
 * any overread. */
static void
test_qp_escape_at_end(void **state)
{
	static const char raw[] = "From: a@b.hk\nContent-Transfer-Encoding: "
	    "quoted-printable\n\nends in an escape =4";
	char *exact = malloc(sizeof(raw) - 1);
	struct buf err = BUF_INIT;
	(void)state;
	memcpy(exact, raw, sizeof(raw) - 1);
	assert_int_equal(mime_parse(exact, sizeof(raw) - 1, &m, &err), 0);
	assert_non_null(strstr(m.text, "ends in an escape"));
	mime_message_free(&m);
	free(exact);
	buf_free(&err);
}

static void
test_huge_message(void **state)
{
	/* a 20 MB letter: a long body of repeated lines parses in one go */
	size_t n = 20u * 1024 * 1024;
	char *big = malloc(n + 64);
	struct buf err = BUF_INIT;
	(void)state;
	strcpy(big, "From: a@b.hk\n\n");
	size_t off = strlen(big);
	while (off + 40 < n) {
		memcpy(big + off, "We will send the report by Friday.\n", 35);
		off += 35;
	}
	big[off] = '\0';
	assert_int_equal(mime_parse(big, off, &m, &err), 0);
	assert_true(strlen(m.text) > 19u * 1024 * 1024);
	mime_message_free(&m);
	free(big);
	buf_free(&err);
}

/* Every inline text part is read, as a mail client shows them, not only
 * the first; attachments are not; up to 1,000 parts. */
static void
test_every_text_part(void **state)
{
	struct buf raw = BUF_INIT;

	(void)state;
	assert_int_equal(parse("From: a@school.example\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
	    "--b\r\nContent-Type: text/plain\r\n\r\nThe first part.\r\n"
	    "--b\r\nContent-Type: text/plain\r\nContent-Disposition: "
	    "attachment; filename=x.txt\r\n\r\nAn attachment.\r\n"
	    "--b\r\nContent-Type: text/plain\r\n\r\nI will send the IEP by "
	    "Friday.\r\n"
	    "--b\r\nContent-Type: multipart/alternative; boundary=\"c\"\r\n\r\n"
	    "--c\r\nContent-Type: text/plain\r\n\r\nThe third part.\r\n"
	    "--c\r\nContent-Type: text/html\r\n\r\n<p>The third, in HTML.</p>\r\n"
	    "--c--\r\n--b--\r\n"), 0);
	assert_non_null(strstr(m.text, "The first part."));
	assert_non_null(strstr(m.text, "I will send the IEP by Friday."));
	assert_non_null(strstr(m.text, "The third part."));
	assert_null(strstr(m.text, "An attachment."));
	assert_null(strstr(m.text, "in HTML"));
	mime_message_free(&m);

	/* 1,200 parts: the first 1,000 are read, the rest not (logged) */
	buf_addstr(&raw, "From: a@school.example\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
	for (int k = 1; k <= 1200; k++)
		buf_printf(&raw, "--b\r\nContent-Type: text/plain\r\n\r\n"
		    "Part Q%04dQ.\r\n", k);
	buf_addstr(&raw, "--b--\r\n");
	assert_int_equal(parse(buf_str(&raw)), 0);
	assert_non_null(strstr(m.text, "Q0002Q"));
	assert_non_null(strstr(m.text, "Q1000Q"));
	assert_null(strstr(m.text, "Q1001Q"));
	mime_message_free(&m);
	buf_free(&raw);
}

/* Text nested deep in multiparts is read down to 64 levels; deeper is
 * left (and logged), never a crash. */
static void
test_deep_nesting(void **state)
{
	int depths[] = { 40, 200 };

	(void)state;
	for (size_t d = 0; d < 2; d++) {
		struct buf raw = BUF_INIT;
		int n = depths[d];

		buf_addstr(&raw, "From: a@school.example\r\nMIME-Version: 1.0\r\n"
		    "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
		for (int k = 0; k < n; k++)
			buf_printf(&raw, "--b%d\r\nContent-Type: multipart/mixed; "
			    "boundary=\"b%d\"\r\n\r\n", k, k + 1);
		buf_printf(&raw, "--b%d\r\nContent-Type: text/plain\r\n\r\n"
		    "Deep down I will call you.\r\n--b%d--\r\n", n, n);
		for (int k = n - 1; k >= 0; k--)
			buf_printf(&raw, "--b%d--\r\n", k);
		assert_int_equal(parse(buf_str(&raw)), 0);
		if (n < 64)
			assert_non_null(strstr(m.text, "Deep down I will call you."));
		else
			assert_null(strstr(m.text, "Deep down"));
		mime_message_free(&m);
		buf_free(&raw);
	}
}

/* RFC 2231: a boundary split into pieces (boundary*0*, boundary*1) is
 * joined, so the multipart is read. */
static void
test_rfc2231_boundary(void **state)
{
	(void)state;
	assert_int_equal(parse("From: a@school.example\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed;\r\n boundary*0*=us-ascii''abc%2Ddef;"
	    "\r\n boundary*1=\"-ghi\"\r\n\r\n"
	    "--abc-def-ghi\r\nContent-Type: text/plain\r\n\r\n"
	    "I will send the report by Friday.\r\n--abc-def-ghi--\r\n"), 0);
	assert_non_null(strstr(m.text, "I will send the report by Friday."));
	assert_null(strstr(m.text, "--abc"));
	mime_message_free(&m);
	/* pieces that cannot make a boundary: no crash, nothing invented */
	assert_int_equal(parse("From: a@school.example\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed; boundary*0*=x'y'%; boundary*99=\"\r\n"
	    "\r\nbody\r\n"), 0);
	mime_message_free(&m);
}

/* A letter forwarded as an attachment (message/rfc822) is read after the
 * sender's own words, its own quotes cut; its From and Date are kept. */
static void
test_forwarded_attachment(void **state)
{
	(void)state;
	assert_int_equal(parse("From: Tom Chan <tom@family.example>\r\n"
	    "Message-ID: <fw1@family>\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
	    "--b\r\nContent-Type: text/plain\r\n\r\nFYI, from school.\r\n"
	    "--b\r\nContent-Type: message/rfc822\r\n"
	    "Content-Disposition: attachment; filename=letter.eml\r\n\r\n"
	    "From: Ms Wong <WongML@school.edu.hk>\r\n"
	    "Date: Tue, 3 Mar 2026 09:00:00 +0800\r\nSubject: IEP\r\n"
	    "Content-Type: text/plain\r\n\r\n"
	    "I will send the IEP by Friday.\r\n\r\n"
	    "On Mon, 2 Mar 2026, Tom wrote:\r\n> Where is the IEP?\r\n"
	    "--b--\r\n"), 0);
	assert_string_equal(m.text, "FYI, from school.\n\n"
	    "I will send the IEP by Friday.");
	assert_string_equal(m.from_addr, "tom@family.example");
	assert_int_equal(m.forwards, 1);
	assert_string_equal(m.fwd.from_addr, "wongml@school.edu.hk");
	assert_string_equal(m.fwd.from_name, "Ms Wong");
	assert_int_equal(m.fwd.has_date, 1);
	assert_int_equal((long)m.fwd.date, 1772499600L);
	assert_int_equal(m.fwd.date_offset, 480);
	mime_message_free(&m);
}

/* Forwards inside forwards, 500 deep: read down to the depth cap, the
 * rest not read and the log says why; no crash. */
static void
test_forwarded_deep(void **state)
{
	struct buf raw = BUF_INIT;
	char *log;

	(void)state;
	for (int k = 0; k < 500; k++)
		buf_printf(&raw, "From: p%d@family.example\r\n"
		    "Content-Type: message/rfc822\r\n\r\n", k);
	buf_addstr(&raw, "From: wong@school.edu.hk\r\n\r\nThe innermost.\r\n");
	assert_int_equal(parse_logged(buf_str(&raw), &log), 0);
	assert_null(strstr(m.text, "The innermost."));
	assert_true(m.forwards > 10);
	assert_string_equal(m.fwd.from_addr, "p1@family.example");
	if (strstr(log, "not all of it was read: MIME parts or forwarded "
	    "messages nested more than 64 deep") == NULL)
		fail_msg("log '%s' does not say why", log);
	mime_message_free(&m);
	free(log);
	buf_free(&raw);
}

/* A letter forwarded inline (Gmail's marker, Apple Mail's) is read, less
 * its marker and header block; its own quoted reply is still cut. */
static void
test_forwarded_inline(void **state)
{
	static const char *const markers[] = {
	    "---------- Forwarded message ---------",
	    "Begin forwarded message:\r\n" };

	(void)state;
	for (size_t k = 0; k < 2; k++) {
		char *raw;
		if (asprintf(&raw, "From: tom@family.example\r\n\r\n"
		    "FYI.\r\n\r\n%s\r\nFrom: Ms Wong <wong@school.edu.hk>\r\n"
		    "Date: Tue, 3 Mar 2026 at 09:00\r\nSubject: IEP\r\n"
		    "To: Tom <tom@family.example>\r\n\r\n"
		    "I will send the IEP by Friday.\r\n\r\nOn Mon, 2 Mar "
		    "2026, Tom wrote:\r\n> Where is it?\r\n", markers[k]) < 0)
			abort();
		assert_int_equal(parse(raw), 0);
		assert_string_equal(m.text, "FYI.\n\nI will send the IEP by "
		    "Friday.");
		mime_message_free(&m);
		free(raw);
	}
}

/* HTML nested 100,000 deep (libxml2 stops at 256 unless told otherwise):
 * the text inside and after the deep part is read. */
static void
test_html_deep(void **state)
{
	struct buf raw = BUF_INIT;

	(void)state;
	buf_addstr(&raw, "From: a@school.example\r\nContent-Type: text/html\r\n"
	    "\r\n<p>Dear parent,</p>");
	for (int k = 0; k < 100000; k++)
		buf_addstr(&raw, "<div>");
	buf_addstr(&raw, "Deep inside.");
	for (int k = 0; k < 100000; k++)
		buf_addstr(&raw, "</div>");
	buf_addstr(&raw, "<p>I will send the IEP by Friday.</p>\r\n");
	assert_int_equal(parse(buf_str(&raw)), 0);
	assert_non_null(strstr(m.text, "Dear parent,"));
	assert_non_null(strstr(m.text, "Deep inside."));
	assert_non_null(strstr(m.text, "I will send the IEP by Friday."));
	mime_message_free(&m);
	buf_free(&raw);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_headers),
		cmocka_unit_test(test_quoted_printable_and_base64),
		cmocka_unit_test(test_big5),
		cmocka_unit_test(test_wrong_and_unknown_charsets),
		cmocka_unit_test(test_html_only),
		cmocka_unit_test(test_alternative_prefers_plain),
		cmocka_unit_test(test_quotes_and_signatures_cut),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_qp_escape_at_end),
		cmocka_unit_test(test_huge_message),
		cmocka_unit_test(test_header_words),
		cmocka_unit_test(test_every_text_part),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_rfc2231_boundary),
		cmocka_unit_test(test_forwarded_attachment),
		cmocka_unit_test(test_forwarded_deep),
		cmocka_unit_test(test_forwarded_inline),
		cmocka_unit_test(test_html_deep),
	};
	return cmocka_run_group_tests_name("mime", tests, NULL, NULL);
}
