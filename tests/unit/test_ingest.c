/*
 * test_ingest.c — one message into a real ledger: stored once (Message-ID
 * plus SHA-256), threaded, its items kept with it, the school's reply
 * answering the thread, the parent's own letter kept as hers (and read,
 * when it is to the school), an
 * unreadable message leaving the ledger as it was, and messages nested in
 * a batch transaction landing or going back whole.
 */
#include "testledger.h"

#include "base/config.h"
#include "ledger/ingest.h"
#include "ledger/ledger.h"
#include "mail/mime.h"
#include "ledger/sync_state.h"
#include "base/timeutil.h"

#define NOW	1774000000	/* 2026-03-20 */

static const char letter[] =
    "From: Ms Wong <wong@s.edu.hk>\r\n"
    "To: Parent <p@f.example>\r\n"
    "Subject: Support for Tom\r\n"
    "Date: Mon, 16 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <a1@s.edu.hk>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Dear Mrs Chan,\r\n\r\n"
    "I will arrange a case conference by 27 March 2026.\r\n"
    "We are waiting for the EP before we can do more.\r\n\r\n"
    "Ms Wong\r\n";

static const char reply[] =
    "From: Ms Wong <wong@s.edu.hk>\r\n"
    "To: Parent <p@f.example>\r\n"
    "Subject: Re: Support for Tom\r\n"
    "Date: Wed, 18 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <a2@s.edu.hk>\r\n"
    "In-Reply-To: <a1@s.edu.hk>\r\n"
    "References: <a1@s.edu.hk>\r\n"
    "\r\n"
    "The case conference is booked.\r\n";

static const char from_parent[] =
    "From: Parent <p@f.example>\r\n"
    "To: Ms Wong <wong@s.edu.hk>\r\n"
    "Subject: Re: Support for Tom\r\n"
    "Date: Tue, 17 Mar 2026 09:00:00 +0800\r\n"
    "Message-ID: <p1@f.example>\r\n"
    "In-Reply-To: <a1@s.edu.hk>\r\n"
    "\r\n"
    "I understood that you will send the draft IEP by 20 March 2026.\r\n";

/* The parent's own summary to the school: one promise the school's
 * letter holds already (Ms Wong's case conference), one it does not. */
static const char summary[] =
    "From: Parent <p@f.example>\r\n"
    "To: Ms Wong <wong@s.edu.hk>\r\n"
    "Subject: Our call today\r\n"
    "Date: Tue, 17 Mar 2026 18:00:00 +0800\r\n"
    "Message-ID: <p2@f.example>\r\n"
    "\r\n"
    "Dear Ms Wong,\r\n\r\n"
    "To confirm what we agreed on the phone: Ms Wong will arrange the "
    "case conference by 27 March 2026. Mr Yip will send me the reading "
    "plan by 25 March 2026.\r\n";

/* The same words to somebody who is not the school. */
static const char to_friend[] =
    "From: Parent <p@f.example>\r\n"
    "To: Amy <amy@friends.example>\r\n"
    "Subject: school\r\n"
    "Date: Tue, 17 Mar 2026 19:00:00 +0800\r\n"
    "Message-ID: <p3@f.example>\r\n"
    "\r\n"
    "Mr Yip will send me the spelling list by 26 March 2026.\r\n";

#define fixture test_family

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	test_family_open(f, "[account]\naddress = Parent <p@f.example>\n"
	    "[school]\ndomains = s.edu.hk\n");
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	test_family_close(*state);
	free(*state);
	return 0;
}

static int
ingest(struct fixture *f, const char *raw, uint32_t uid,
    struct ingest_result *res)
{
	struct buf err = BUF_INIT;
	int rc = ingest_message(f->l, &f->cfg, "INBOX", 7, uid, raw,
	    strlen(raw), NOW, res, &err);
	buf_free(&err);
	return rc;
}

static void
test_stored_once_with_items(void **state)
{
	struct fixture *f = *state;
	struct ingest_result res;
	uint32_t validity = 0, last = 0;

	assert_int_equal(ingest(f, letter, 3, &res), 0);
	assert_true(res.was_new);
	assert_true(res.is_school);
	assert_int_equal(res.commitments, 1);
	assert_int_equal(res.deflections, 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments WHERE "
	    "due = '2026-03-27' AND actor = 'I' AND person_id = (SELECT id FROM "
	    "people WHERE name = 'Ms Wong' AND address = 'wong@s.edu.hk')"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT size FROM messages"),
	    (int64_t)strlen(letter));
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), 0);
	assert_int_equal(validity, 7);
	assert_int_equal(last, 3);

	/* the same bytes again (another folder, a re-scan): nothing new */
	int64_t events = ledger_count(f->l, "SELECT count(*) FROM events");
	assert_int_equal(ingest(f, letter, 9, &res), 0);
	assert_false(res.was_new);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM messages"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM events"), events);
	/* but the folder moved on */
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), 0);
	assert_int_equal(last, 9);
}

static void
test_thread_and_answer(void **state)
{
	struct fixture *f = *state;
	struct ingest_result a, p, r;

	assert_int_equal(ingest(f, letter, 1, &a), 0);
	assert_int_equal(ingest(f, from_parent, 2, &p), 0);
	assert_false(p.is_school);
	/* "you will send" in her letter to Ms Wong: Ms Wong's promise */
	assert_int_equal(p.commitments, 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments c "
	    "JOIN people p ON p.id = c.person_id WHERE c.source = "
	    "'parent-summary' AND p.address = 'wong@s.edu.hk'"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM messages WHERE "
	    "direction = 'out' AND message_id = '<p1@f.example>'"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments WHERE "
	    "answered_at IS NOT NULL"), 0);
	assert_int_equal(ingest(f, reply, 3, &r), 0);
	/* all three in the first letter's thread */
	assert_int_equal(ledger_count(f->l, "SELECT count(DISTINCT thread_id) FROM "
	    "messages"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT min(thread_id) FROM messages"), a.id);
	/* the school wrote again in the thread: its promise is answered */
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments WHERE "
	    "answered_at IS NOT NULL"), 1);
}

/* Issue 17: a parent's own letter to the school is a source; the promise
 * the school's letter gave already is not recorded twice. */
static void
test_parent_summary_is_a_source(void **state)
{
	struct fixture *f = *state;
	struct ingest_result a, p, q;

	assert_int_equal(ingest(f, letter, 1, &a), 0);
	assert_int_equal(a.commitments, 1);
	assert_int_equal(ingest(f, summary, 2, &p), 0);
	assert_false(p.is_school);
	assert_int_equal(p.commitments, 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments"),
	    2);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments "
	    "WHERE actor = 'Mr Yip' AND due = '2026-03-25' AND source = "
	    "'parent-summary' AND note IS NULL AND message_id = (SELECT id "
	    "FROM messages WHERE message_id = '<p2@f.example>')"), 1);
	/* to somebody else: kept as hers, nothing read from it */
	assert_int_equal(ingest(f, to_friend, 3, &q), 0);
	assert_int_equal(q.commitments, 0);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments"),
	    2);
}

/* "You will", "you agreed to", "you said you would", 你會, 你答應 in the
 * parent's letter are promises of the school person she wrote to (To:),
 * as a person; "Ms Lee will" is Ms Lee's. A letter in her Sent folder is
 * hers whatever its From says; so is one from the family's other
 * address (other_addresses). */
static const char you_summary[] =
    "From: Dad <dad@f.example>\r\n"
    "To: Ms Wong <wong@s.edu.hk>\r\n"
    "Subject: Our call today\r\n"
    "Date: Tue, 17 Mar 2026 18:00:00 +0800\r\n"
    "Message-ID: <p4@f.example>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Dear Ms Wong,\r\n\r\n"
    "You will send me the draft IEP by 20 March 2026. "
    "You agreed to book a speech therapy assessment by 27 March 2026. "
    "You said you would ask the class teacher to share the reading log "
    "by 25 March 2026. Ms Lee will send the homework plan by 24 March "
    "2026.\r\n"
    "你會於3月31日前把評估報告寄給我。你答應在4月2日前安排會議。\r\n";

static int
ingest_sent(struct fixture *f, const char *raw, int sent,
    struct ingest_result *res)
{
	struct ingest_prep p;
	struct buf err = BUF_INIT;
	int rc;

	ingest_prepare(&f->cfg, raw, strlen(raw), sent, NOW, &p);
	rc = ingest_store(f->l, "Sent", 7, 9, raw, strlen(raw), &p, NOW, res,
	    &err);
	ingest_prep_free(&p);
	buf_free(&err);
	return rc;
}

static void
test_parent_you_is_the_addressee(void **state)
{
	struct fixture *f = *state;
	struct ingest_result r;
	int64_t wong;

	char *copy = strdup(you_summary);

	/* from an address ptrail does not know, outside Sent: not hers */
	memcpy(strstr(copy, "<p4@"), "<p5@", 4);
	assert_int_equal(ingest_sent(f, copy, 0, &r), 0);
	assert_int_equal(r.commitments, 0);
	free(copy);
	/* in her Sent folder: hers */
	assert_int_equal(ingest_sent(f, you_summary, 1, &r), 0);
	assert_int_equal(r.commitments, 6);
	wong = ledger_count(f->l, "SELECT id FROM people WHERE address = "
	    "'wong@s.edu.hk'");
	assert_true(wong > 0);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments "
	    "WHERE source = 'parent-summary' AND actor IN ('You', 'you', "
	    "'你') AND person_id = (SELECT id FROM people WHERE address = "
	    "'wong@s.edu.hk')"), 5);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments "
	    "c JOIN people p ON p.id = c.person_id WHERE c.actor = 'Ms Lee' "
	    "AND p.name = 'Ms Lee' AND c.due = '2026-03-24'"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM messages "
	    "WHERE direction = 'out'"), 1);
}

static void
test_other_parent_address(void **state)
{
	struct fixture *f = *state;
	struct ingest_result r;

	test_family_close(f);
	test_family_open(f, "[account]\naddress = Mum <p@f.example>\n"
	    "other_addresses = Dad@F.example\n[school]\ndomains = s.edu.hk\n");
	assert_true(config_is_parent_addr(&f->cfg, "dad@f.example"));
	assert_int_equal(ingest_sent(f, you_summary, 0, &r), 0);
	assert_int_equal(r.commitments, 6);
}

static void
test_unreadable_leaves_ledger(void **state)
{
	struct fixture *f = *state;
	struct ingest_result res;
	struct buf err = BUF_INIT, why = BUF_INIT;
	uint32_t validity = 0, last = 0;
	size_t big = MIME_MAX_MESSAGE + 1;
	char *huge = malloc(big), head[65];
	int64_t bad = 0;

	assert_int_equal(ingest(f, letter, 1, &res), 0);
	int64_t events = ledger_count(f->l, "SELECT count(*) FROM events");
	/* an empty message, then one over the size limit: a sentence that
	 * names the problem, nothing stored, the chain as it was */
	assert_int_equal(ingest(f, "", 2, &res), -1);
	assert_non_null(huge);
	memset(huge, 'x', big);
	assert_int_equal(ingest_message(f->l, &f->cfg, "INBOX", 7, 3, huge, big,
	    NOW, &res, &err), -1);
	assert_non_null(strstr(buf_str(&err), "over the"));
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM messages"), 1);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM events"), events);
	assert_int_equal(ledger_verify(f->l, &bad, head, &why), 0);
	/* the folder moves on: an unreadable message is not fetched forever,
	 * and sync_state says why */
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), 0);
	assert_int_equal(last, 3);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM sync_state WHERE "
	    "last_error LIKE '%over the%'"), 1);
	/* a good letter after it moves the folder on but keeps the error,
	 * with its time, for ptrail status */
	assert_int_equal(ingest(f, reply, 4, &res), 0);
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), 0);
	assert_int_equal(last, 4);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM sync_state WHERE "
	    "last_error LIKE '%over the%' AND last_error_at IS NOT NULL"), 1);
	/* a failed fetch is recorded without moving the folder */
	assert_int_equal(sync_state_error(f->l, "INBOX", NOW + 60,
	    "imap.test: INBOX: search or fetch failed: connection lost"), 0);
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), 0);
	assert_int_equal(last, 4);
	assert_int_equal(ledger_count(f->l, "SELECT last_error_at FROM sync_state "
	    "WHERE last_error LIKE '%connection lost'"), NOW + 60);
	free(huge);
	buf_free(&err);
	buf_free(&why);
}

static void
test_batch_lands_or_goes_whole(void **state)
{
	struct fixture *f = *state;
	struct ingest_result res;
	uint32_t validity = 0, last = 0;

	/* the daemon's fetch batch: messages are savepoints in it */
	assert_int_equal(ledger_begin(f->l), 0);
	assert_int_equal(ingest(f, letter, 1, &res), 0);
	assert_int_equal(ingest(f, reply, 2, &res), 0);
	assert_int_equal(ledger_depth(f->l), 1);
	ledger_rollback(f->l);	/* a crash before the batch's commit */
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM messages"), 0);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM commitments"), 0);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM events"), 0);
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), -1);

	assert_int_equal(ledger_begin(f->l), 0);
	assert_int_equal(ingest(f, letter, 1, &res), 0);
	assert_int_equal(ingest(f, reply, 2, &res), 0);
	assert_int_equal(ledger_commit(f->l), 0);
	assert_int_equal(ledger_depth(f->l), 0);
	assert_int_equal(ledger_count(f->l, "SELECT count(*) FROM messages"), 2);
	assert_int_equal(sync_state_get(f->l, "INBOX", &validity, &last), 0);
	assert_int_equal(last, 2);
}

static void
test_statement_cache_survives_reuse(void **state)
{
	struct fixture *f = *state;
	char sql[64];
	int64_t n = 0;

	/* the cache is keyed by address: the same buffer with other text
	 * must not get the old statement back */
	snprintf(sql, sizeof(sql), "SELECT 41");
	assert_int_equal(ledger_query_int(f->l, &n, sql, (char *)NULL), 0);
	assert_int_equal(n, 41);
	snprintf(sql, sizeof(sql), "SELECT 42");
	assert_int_equal(ledger_query_int(f->l, &n, sql, (char *)NULL), 0);
	assert_int_equal(n, 42);
	/* more statements than the cache holds: still right */
	for (int k = 0; k < 100; k++) {
		char *q;
		if (asprintf(&q, "SELECT %d", k) < 0)
			abort();
		assert_int_equal(ledger_query_int(f->l, &n, q, (char *)NULL), 0);
		assert_int_equal(n, k);
		free(q);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_stored_once_with_items,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_thread_and_answer,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_parent_summary_is_a_source,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_parent_you_is_the_addressee,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_parent_address,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_leaves_ledger,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch_lands_or_goes_whole,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_statement_cache_survives_reuse,
		    setup, teardown),
	};
	return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
