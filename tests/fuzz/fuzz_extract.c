/*
 * fuzz_extract.c — libFuzzer target: one raw message through mime_parse()
 * and extract_text(), as ptraild reads every letter it fetches. Any
 * crash, leak, overflow or undefined behaviour is a bug.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/extract.h"
#include "mail/mime.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mime_message m;
	struct extraction ex;
	struct buf err = BUF_INIT;
	struct civil ref = { 2026, 3, 2 };

	if (mime_parse((const char *)data, size, &m, &err) == 0) {
		memset(&ex, 0, sizeof(ex));
		extract_text(m.text, strlen(m.text), &ref, &ex);
		extraction_free(&ex);
		mime_message_free(&m);
	}
	buf_free(&err);
	/* the date reader alone, on the raw bytes as text */
	if (size < 4096) {
		char text[4096];
		struct date_span spans[DATE_SPAN_MAX];
		char tm[6];
		memcpy(text, data, size);
		text[size] = '\0';
		int n = dates_find(text, strlen(text), &ref, spans, DATE_SPAN_MAX);
		dates_pick(spans, n, tm);
	}
	return 0;
}
