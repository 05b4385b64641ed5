/*
 * testextract.h — what test_extract.c and test_extract_zh.c share: one
 * extraction of a text written here, read against a Monday (2 March
 * 2026), and finders for the item quoting a phrase (each fails the test
 * when there is none).
 */
#ifndef PTRAIL_TESTEXTRACT_H
#define PTRAIL_TESTEXTRACT_H

#include "testutil.h"

#include "extract/extract.h"

static struct extraction ex;
static const struct civil D = { 2026, 3, 2 };	/* a Monday */

static inline void
run(const char *text)
{
	extraction_free(&ex);
	assert_int_equal(extract_text(text, strlen(text), &D, &ex), 0);
}

static inline const struct ex_commitment *
commitment_with(const char *needle)
{
	for (size_t k = 0; k < ex.ncommitments; k++)
		if (strstr(ex.commitments[k].quote, needle))
			return &ex.commitments[k];
	fail_msg("no commitment quoting \"%s\" (%zu found)", needle,
	    ex.ncommitments);
	return NULL;
}

/* The commitment quoting needle is due on due ("" for none). */
static inline void
due_is(const char *needle, const char *due)
{
	assert_string_equal(commitment_with(needle)->due, due);
}

static inline const struct ex_deflection *
deflection_with(const char *needle)
{
	for (size_t k = 0; k < ex.ndeflections; k++)
		if (strstr(ex.deflections[k].quote, needle))
			return &ex.deflections[k];
	fail_msg("no deflection quoting \"%s\" (%zu found)", needle,
	    ex.ndeflections);
	return NULL;
}

static inline const struct ex_meeting *
meeting_with(const char *needle)
{
	for (size_t k = 0; k < ex.nmeetings; k++)
		if (strstr(ex.meetings[k].quote, needle))
			return &ex.meetings[k];
	fail_msg("no meeting quoting \"%s\" (%zu found)", needle,
	    ex.nmeetings);
	return NULL;
}

/* The rule that kept a commitment quoting needle. */
static inline const char *
rule_of(const char *needle)
{
	return commitment_with(needle)->rule;
}

/* A letter read whole, as `ptrail extract FILE.eml` reads it: one text
 * part of type, from and to as given, dated Monday 2 March 2026 21:00
 * +0800. */
static inline void
read_message(const char *from, const char *to, const char *type,
    const char *body)
{
	char raw[4096];
	struct buf err = BUF_INIT;

	snprintf(raw, sizeof(raw), "From: %s\r\nTo: %s\r\n"
	    "Subject: Kit\r\nDate: Mon, 02 Mar 2026 21:00:00 +0800\r\n"
	    "Message-ID: <message@test>\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: %s; charset=utf-8\r\n\r\n%s", from, to, type,
	    body);
	extraction_free(&ex);
	assert_int_equal(extract_message(raw, strlen(raw), 0, &ex, &err), 0);
	buf_free(&err);
}

static inline int
teardown(void **state)
{
	(void)state;
	extraction_free(&ex);
	return 0;
}


/*
 * A deflection form as the extract tests write it: sentences that must
 * each give one deflection, and sentences of the same look that must
 * give none (NULL-terminated lists).
 */
struct deflection_form {
	const char	*name;
	const char	*yes[8];
	const char	*no[6];
};

/* How many sentences of the n forms were read wrongly; each is printed,
 * so one run of a test lists every miss, not the first. */
static inline int
deflection_forms_misread(const struct deflection_form *forms, size_t n)
{
	int bad = 0;

	for (size_t f = 0; f < n; f++) {
		for (int k = 0; forms[f].yes[k]; k++) {
			run(forms[f].yes[k]);
			if (ex.ndeflections != 1 && ++bad)
				print_message("%s: missed: %s", forms[f].name,
				    forms[f].yes[k]);
		}
		for (int k = 0; forms[f].no[k]; k++) {
			run(forms[f].no[k]);
			if (ex.ndeflections != 0 && ++bad)
				print_message("%s: matched: %s", forms[f].name,
				    forms[f].no[k]);
		}
	}
	return bad;
}

/* Openings of a letter for a sentence under test: a reply to the parent,
 * and news nobody asked for (some forms count only in a reply). */
#define IN_REPLY	"Thank you for your email about Kit."
#define UNASKED		"Here is news of Kit's term."

/* The deflections read from sentence s in a short letter that opens
 * with opening (IN_REPLY or UNASKED). */
static inline size_t
deflections_in_letter(const char *opening, const char *s)
{
	char text[512];

	snprintf(text, sizeof(text), "Dear Mrs Li,\n%s\n%s\n", opening, s);
	run(text);
	return ex.ndeflections;
}

/* Reply-only forms: each yes sentence is one deflection in a reply and
 * unasked (0 or 1) in a letter nobody asked for; each no sentence is
 * none in a reply. How many were read wrongly (each printed). */
static inline int
reply_forms_misread(const char *const *yes, const char *const *no,
    size_t unasked)
{
	int bad = 0;

	for (int k = 0; yes[k]; k++) {
		if (deflections_in_letter(IN_REPLY, yes[k]) != 1 && ++bad)
			print_message("reply: missed: %s", yes[k]);
		if (deflections_in_letter(UNASKED, yes[k]) != unasked && ++bad)
			print_message("not a reply: %s: %s", unasked ?
			    "missed" : "matched", yes[k]);
	}
	for (int k = 0; no[k]; k++)
		if (deflections_in_letter(IN_REPLY, no[k]) != 0 && ++bad)
			print_message("matched: %s", no[k]);
	return bad;
}

/*
 * Variant tables: every variant is tried, a miss is printed and counted
 * (note()), and the test fails at its end (settle()) with how many
 * missed, so one run lists them all.
 */
static int nbad;
#define note(...) do { print_message(__VA_ARGS__); print_message("\n"); \
	nbad++; } while (0)

static inline void
settle(void)
{
	int n = nbad;

	nbad = 0;
	if (n)
		fail_msg("%d variants missed", n);
}

/* A form measured but not yet read (the report's open list): its misses
 * are printed, and the test fails only if more of its variants miss
 * than the `known` recorded when it was written, so what reads today
 * cannot quietly stop reading. Lower `known` as the form is read. */
static inline void
still_open(int known)
{
	int n = nbad;

	nbad = 0;
	if (n)
		print_message("open: %d variants still missed\n", n);
	if (n > known)
		fail_msg("%d variants missed, %d known", n, known);
}

/* Each text gives nc commitments, nd deflections, nm meetings (-1: any
 * number). */
static inline void
want(const char *const *texts, int nc, int nd, int nm)
{
	for (int k = 0; texts[k]; k++) {
		run(texts[k]);
		if ((nc >= 0 && ex.ncommitments != (size_t)nc) ||
		    (nd >= 0 && ex.ndeflections != (size_t)nd) ||
		    (nm >= 0 && ex.nmeetings != (size_t)nm))
			note("\"%s\": %zu/%zu/%zu, not %d/%d/%d", texts[k],
			    ex.ncommitments, ex.ndeflections, ex.nmeetings,
			    nc, nd, nm);
	}
}

/*
 * Structural forms (rounds 13, zh12): variants of one form that must be
 * read, and must-nots of the same shape that must give nothing.
 */
struct variant {
	const char	*text;
	const char	*date;
};

static inline int
dated(char kind, const char *date)
{
	if (kind == 'm')
		return ex.nmeetings == 1 &&
		    strcmp(ex.meetings[0].date, date) == 0;
	for (size_t k = 0; k < ex.ncommitments; k++)
		if (strcmp(ex.commitments[k].due, date) == 0)
			return 1;
	return 0;
}

static inline void
form(const char *name, char kind, const char *opening,
    const struct variant *yes, const char *const *no)
{
	char text[1024];
	int y = 0, ny = 0, n = 0, nn = 0;

	for (int k = 0; yes[k].text; k++, ny++) {
		snprintf(text, sizeof(text), "%s\n\n%s\n", opening, yes[k].text);
		run(text);
		if (dated(kind, yes[k].date))
			y++;
		else
			note("%s: missed: %s", name, yes[k].text);
	}
	for (int k = 0; no[k]; k++, nn++) {
		snprintf(text, sizeof(text), "%s\n\n%s\n", opening, no[k]);
		run(text);
		if ((kind == 'm' ? ex.nmeetings : ex.ncommitments) == 0)
			n++;
		else
			note("%s: matched: %s", name, no[k]);
	}
	print_message("variants %s: yes %d/%d, no %d/%d\n", name, y, ny, n,
	    nn);
}


/*
 * Deflection categories (rounds 11, 12, 14; zh10, zh11, zh13): each yes
 * sentence, after the greeting, is one deflection, each no sentence
 * none; the pass counts are printed and each miss noted (settle()).
 */
static inline void
deflection_category(const char *greeting, const char *name,
    const char *const *yes, const char *const *no)
{
	char text[512];
	int y = 0, ny = 0, n = 0, nn = 0;

	for (int k = 0; yes[k]; k++, ny++) {
		snprintf(text, sizeof(text), "%s\n\n%s\n", greeting, yes[k]);
		run(text);
		if (ex.ndeflections == 1)
			y++;
		else
			note("%s: missed: %s", name, yes[k]);
	}
	for (int k = 0; no[k]; k++, nn++) {
		snprintf(text, sizeof(text), "%s\n\n%s\n", greeting, no[k]);
		run(text);
		if (ex.ndeflections == 0)
			n++;
		else
			note("%s: matched: %s", name, no[k]);
	}
	print_message("variants %s: yes %d/%d, no %d/%d\n", name, y, ny, n,
	    nn);
}


/* Variants a round left as they are: each text, after the greeting,
 * should give want deflections; a miss is noted like any other, and the
 * test then calls still_open(N) with the misses known today, so they are
 * printed for a later round but cannot grow. */
static inline void
deflections_left(const char *greeting, const char *name,
    const char *const *texts, size_t want)
{
	char text[512];

	for (int k = 0; texts[k]; k++) {
		snprintf(text, sizeof(text), "%s\n\n%s\n", greeting, texts[k]);
		run(text);
		if (ex.ndeflections != want)
			note("left %s: %zu deflections, want %zu: %s", name,
			    ex.ndeflections, want, texts[k]);
	}
}

#endif
