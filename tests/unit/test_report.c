/*
 * test_report.c — the dossier (report.h) from a ledger fed by ingest:
 * the per-person lanes are people ("She" is Miss Lam, "I" is Ms Wong),
 * never the pronoun as written; a letter's markup is escaped; mail sent
 * to the school is listed with its Message-ID, ptrail's notices to the
 * parent are not (HTML, Markdown and JSON alike); the record by person
 * counts made, kept, late and broken promises and deflections by kind.
 */
#include "testledger.h"

#include <json-c/json.h>

#include "act/report.h"
#include "base/config.h"
#include "base/timeutil.h"
#include "ledger/ingest.h"
#include "ledger/items.h"
#include "ledger/outbox.h"

static struct test_family *fam;	/* the group's (testledger.h) */

static const char letter[] =
    "From: Ms Wong <wong@s.edu.hk>\r\nTo: P <p@f.example>\r\n"
    "Subject: <b>Support</b> for Tom\r\nDate: Mon, 2 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <w1@s.edu.hk>\r\n\r\nDear Mrs Chan,\r\n\r\n"
    "I will arrange a case conference with you by 6 March 2026. Miss Lam "
    "will start a daily reading log for Tom by 6 March 2026. She will send "
    "you the first week's log by 13 March 2026.\r\n\r\nMs Wong\r\n";

static void
sent_row(const char *kind, const char *to, const char *subject,
    const char *body)
{
	struct outbox_row r;
	struct buf err = BUF_INIT;
	memset(&r, 0, sizeof(r));
	r.kind = strdup(kind);
	r.to_addrs = strdup(to);
	r.subject = strdup(subject);
	r.body = strdup(body);
	assert_int_equal(outbox_create(fam->l, &fam->cfg, &r, 1772500000), 0);
	if (strcmp(r.state, "draft") == 0)
		assert_int_equal(outbox_set_state(fam->l, r.id, "approved",
		    NULL, 0,
		    1772500000, &err), 0);
	assert_int_equal(outbox_set_state(fam->l, r.id, "sending", NULL, 0,
	    1772500100, &err), 0);
	assert_int_equal(outbox_set_state(fam->l, r.id, "sent", NULL, 0,
	    1772500100,
	    &err), 0);
	outbox_row_free(&r);
	buf_free(&err);
}

static int
setup(void **state)
{
	struct buf err = BUF_INIT;
	struct ingest_result res;

	test_family_setup(state, "[account]\naddress = P <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\nsenco = Ms Wong <wong@s.edu.hk>\n"
	    "[child]\nname = Tom\n");
	fam = *state;
	assert_int_equal(ingest_message(fam->l, &fam->cfg, "INBOX", 1, 1,
	    letter,
	    strlen(letter), 1772500000, &res, &err), 0);
	sent_row("confirmation", "wong@s.edu.hk", "Re: Support for Tom",
	    "SUMMARY-TO-SCHOOL");
	sent_row("notice", "p@f.example", "ptrail: digest for Tue 3 Mar 2026",
	    "NOTICE-TO-PARENT");
	buf_free(&err);
	return 0;
}

static char *
render(enum report_format f)
{
	struct report_opts o;
	struct buf out = BUF_INIT;
	memset(&o, 0, sizeof(o));
	o.format = f;
	assert_int_equal(report_render(fam->l, &fam->cfg, &o, 1773900000, &out),
	    0);
	return buf_detach(&out);
}

static void
test_people_and_what_passed(void **state)
{
	(void)state;
	for (int f = REPORT_HTML; f <= REPORT_JSON; f++) {
		char *s = render((enum report_format)f);
		/* people, not pronouns */
		assert_non_null(strstr(s, "Miss Lam"));
		assert_non_null(strstr(s, "Ms Wong"));
		assert_null(strstr(s, "(I)"));
		assert_null(strstr(s, "\"She\""));	/* a JSON actor */
		assert_null(strstr(s, "| She |"));	/* a Markdown cell */
		assert_null(strstr(s, "<td>She</td>"));
		assert_null(strstr(s, "<td>I</td>"));
		/* ptrail's notice to the parent is not part of the record */
		assert_null(strstr(s, "NOTICE-TO-PARENT"));
		assert_null(strstr(s, "digest for Tue 3 Mar"));
		if (f == REPORT_HTML) {
			/* what went to the school is, with its Message-ID */
			assert_non_null(strstr(s, "SUMMARY-TO-SCHOOL"));
			assert_non_null(strstr(s, "Message-ID: &lt;ptrail."));
			/* the letter's markup is escaped */
			assert_null(strstr(s, "<b>Support</b>"));
			assert_non_null(strstr(s, "&lt;b&gt;Support&lt;/b&gt;"));
			/* one timeline mark for what was sent to the school */
			int marks = 0;
			for (const char *p = s; (p = strstr(p, "class=\"s\"")); p++)
				marks++;
			assert_int_equal(marks, 1);
		}
		free(s);
	}
}

/* The record by person: made, kept, late, broken and deflections by
 * kind, each derived from the ledger; people, never pronouns. */
static void
test_record_by_person(void **state)
{
	struct buf err = BUF_INIT;
	int64_t lam_log = 0, lam_send = 0, wong = 0, id = 0;
	char *s, *sql;
	(void)state;

	ledger_query_int(fam->l, &lam_log,
	    "SELECT id FROM commitments WHERE quote "
	    "LIKE 'Miss Lam will start%'", (char *)NULL);
	ledger_query_int(fam->l, &lam_send,
	    "SELECT id FROM commitments WHERE quote "
	    "LIKE 'She will send%'", (char *)NULL);
	ledger_query_int(fam->l, &wong,
	    "SELECT id FROM commitments WHERE quote "
	    "LIKE 'I will arrange%'", (char *)NULL);
	assert_true(lam_log && lam_send && wong);
	/* Miss Lam: the log started on 9 March, after its due day (kept,
	 * late); the parent disputes the other (broken) */
	assert_int_equal(commitment_set_state(fam->l, lam_log, "done", NULL,
	    1773020000, &err), 0);
	assert_int_equal(commitment_set_state(fam->l, lam_send, "disputed",
	    "never came", 1773100000, &err), 0);
	/* Ms Wong: overdue, and the letter to the principal was sent about
	 * it (broken, and late); one deflection in her letter */
	sent_row("escalation", "lee@s.edu.hk", "Case conference", "STEP-1");
	sql = sqlite3_mprintf("INSERT INTO escalations (commitment_id, step, "
	    "outbox_id, due_at, created_at) VALUES (%lld, 1, (SELECT max(id) "
	    "FROM outbox WHERE kind = 'escalation'), 0, 0)", (long long)wong);
	assert_int_equal(sqlite3_exec(ledger_db(fam->l), sql, NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_free(sql);
	assert_int_equal(deflection_add(fam->l, 1,
	    "We are waiting for the EP's "
	    "report.", "waiting", 1772500000, &id), 0);

	s = render(REPORT_MD);
	assert_non_null(strstr(s, "| Ms Wong | 1 | 0 | 1 | 1 | waiting 1 |"));
	assert_non_null(strstr(s, "| Miss Lam | 2 | 1 | 1 | 1 | — |"));
	assert_non_null(strstr(s, "Broken: disputed, or past the due day"));
	assert_null(strstr(s, "| She |"));
	assert_null(strstr(s, "| I |"));
	free(s);
	s = render(REPORT_HTML);
	assert_non_null(strstr(s, "<tr class=\"person\"><td>Miss Lam</td><td>2"
	    "</td><td>1</td><td>1</td><td class=\"overdue\">1</td><td>—</td>"));
	assert_non_null(strstr(s, "<tr class=\"person\"><td>Ms Wong</td><td>1"
	    "</td><td>0</td><td>1</td><td class=\"overdue\">1</td><td>waiting "
	    "1</td>"));
	free(s);
	s = render(REPORT_JSON);
	json_object *root = json_tokener_parse(s), *people, *p, *v;
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "people", &people));
	assert_int_equal(json_object_array_length(people), 2);
	for (size_t k = 0; k < 2; k++) {
		p = json_object_array_get_idx(people, k);
		assert_true(json_object_object_get_ex(p, "name", &v));
		int w = strcmp(json_object_get_string(v), "Ms Wong") == 0;
		assert_true(w || strcmp(json_object_get_string(v), "Miss Lam") == 0);
		assert_true(json_object_object_get_ex(p, "made", &v));
		assert_int_equal(json_object_get_int(v), w ? 1 : 2);
		assert_true(json_object_object_get_ex(p, "kept", &v));
		assert_int_equal(json_object_get_int(v), w ? 0 : 1);
		assert_true(json_object_object_get_ex(p, "late", &v));
		assert_int_equal(json_object_get_int(v), 1);
		assert_true(json_object_object_get_ex(p, "broken", &v));
		assert_int_equal(json_object_get_int(v), 1);
		assert_true(json_object_object_get_ex(p, "deflections", &v));
		assert_int_equal(json_object_object_length(v), w ? 1 : 0);
	}
	json_object_put(root);
	free(s);
	buf_free(&err);
}


/* Where each heading s finds in page, in order; -1 when one is missing
 * or comes before the one listed above it. */
static int
in_order(const char *page, const char *const *heads, int n)
{
	const char *at = page;
	for (int k = 0; k < n; k++) {
		const char *p = strstr(page, heads[k]);
		if (p == NULL || p < at)
			return -1;
		at = p;
	}
	return 0;
}

/* The titles of the sections: "<h2>x</h2>" or "## x", one per line. */
static char *
titles(const char *page, const char *open, const char *close)
{
	struct buf b = BUF_INIT;
	for (const char *p = page; (p = strstr(p, open)) != NULL; ) {
		const char *e = strstr(p += strlen(open), close);
		if (e == NULL)
			break;
		if (strncmp(p, "Timeline", 8) != 0)	/* a drawing: HTML only */
			buf_printf(&b, "%.*s\n", (int)(e - p), p);
		p = e;
	}
	return buf_detach(&b);
}

/* One record, in date order: the letter received, the letters sent to
 * the school (with their Message-IDs), a meeting, the parent's note; the
 * notice to the parent is not in it; HTML, Markdown and JSON hold the
 * same sections. */
static void
test_one_record_in_date_order(void **state)
{
	static const char *const html[] = {
	    "<h3>Mon 2 Mar 2026 — Received from Ms Wong &lt;wong@s.edu.hk&gt;",
	    "<h3>Tue 3 Mar 2026 — Sent to wong@s.edu.hk (confirmation)",
	    "Message-ID: &lt;ptrail.",
	    "<h3>Wed 4 Mar 2026 — Received from Ms Wong",
	    "<h3>Thu 5 Mar 2026 10:00 — Meeting with Ms Wong (scheduled)",
	    "<h3>Tue 10 Mar 2026 — The parent&#39;s note on Miss Lam",
	    "Note: never came" };
	static const char *const md[] = {
	    "### Mon 2 Mar 2026 — Received from Ms Wong \\<wong@s.edu.hk\\>",
	    "### Tue 3 Mar 2026 — Sent to wong@s.edu.hk (confirmation)",
	    "- Message-ID: \\<ptrail.",
	    "### Wed 4 Mar 2026 — Received from Ms Wong",
	    "### Thu 5 Mar 2026 10:00 — Meeting with Ms Wong (scheduled)",
	    "### Tue 10 Mar 2026 — The parent's note on Miss Lam",
	    "- Note: never came" };
	static const char *const dirs[] = { "received", "sent", "sent",
	    "received", "meeting", "note" };
	static const char reply[] = "From: Ms Wong <wong@s.edu.hk>\r\n"
	    "To: P <p@f.example>\r\nSubject: Re: Support for Tom\r\nDate: "
	    "Wed, 4 Mar 2026 09:00:00 +0800\r\nMessage-ID: <w2@s.edu.hk>\r\n"
	    "\r\nThank you.\r\n";
	struct ingest_result res;
	struct buf err = BUF_INIT;
	struct meeting m;
	char *h, *d, *t1, *t2;
	json_object *root, *rec, *e, *v;
	(void)state;

	memset(&m, 0, sizeof(m));
	m.quote = (char *)"The case conference is on 5 March at 10 am.";
	m.with_whom = (char *)"Ms Wong";
	m.date = (char *)"2026-03-05";
	m.time = (char *)"10:00";
	assert_int_equal(meeting_add(fam->l, &m, 1772500000), 0);
	assert_int_equal(ingest_message(fam->l, &fam->cfg, "INBOX", 1, 2, reply,
	    strlen(reply), 1772600000, &res, &err), 0);
	h = render(REPORT_HTML);
	d = render(REPORT_MD);
	assert_int_equal(in_order(h, html, 7), 0);
	assert_int_equal(in_order(d, md, 7), 0);
	assert_null(strstr(h, "NOTICE-TO-PARENT"));
	assert_null(strstr(d, "digest for Tue 3 Mar"));
	t1 = titles(h, "<h2>", "</h2>");
	t2 = titles(d, "\n## ", "\n");
	assert_non_null(strstr(t1, "The record\n"));
	assert_string_equal(t1, t2);
	free(t1);
	free(t2);
	free(h);
	free(d);
	h = render(REPORT_JSON);
	root = json_tokener_parse(h);
	assert_true(json_object_object_get_ex(root, "summary", &v));
	assert_true(json_object_object_get_ex(root, "record", &rec));
	assert_int_equal(json_object_array_length(rec), 6);
	for (size_t k = 0; k < 6; k++) {
		e = json_object_array_get_idx(rec, k);
		assert_true(json_object_object_get_ex(e, "direction", &v));
		assert_string_equal(json_object_get_string(v), dirs[k]);
		assert_true(json_object_object_get_ex(e, "message_id", &v));
		if (k == 1 || k == 2)
			assert_non_null(strstr(json_object_get_string(v),
			    "<ptrail."));
	}
	json_object_put(root);
	free(h);
	buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people_and_what_passed),
		cmocka_unit_test(test_record_by_person),
		cmocka_unit_test(test_one_record_in_date_order),
	};
	return cmocka_run_group_tests_name("report", tests, setup,
	    test_family_teardown);
}
