/*
 * test_people.c — actors are people (people.h): I/we -> the sender, she
 * -> the person named last before, "the SENCO"/班主任 -> the config's
 * person, "I have asked Ms Wong to" -> Ms Wong, "Ms Wong (SENCO)" and
 * "Ms Wong Mei Ling" -> one person; a signature gives the sender's name;
 * a merge moves the promises and is an event; the caches a write
 * transaction keeps (ledger_txn(): the people, the chain's head) change
 * no row and no hash, and none survives a rollback.
 */
#include "testledger.h"

#include "base/config.h"
#include "ledger/items.h"
#include "ledger/people.h"
#include "base/timeutil.h"

static struct test_family *fam;	/* the group's (testledger.h) */

static const char conf[] = "[account]\naddress = P <p@f.example>\n"
    "[school]\ndomains = s.edu.hk\nsenco = Ms Wong Mei Ling "
    "<wong@s.edu.hk>\nclass_teacher = 陳老師 <chan@s.edu.hk>\n"
    "principal = Mr Lee <lee@s.edu.hk>\n";

static int
setup(void **state)
{
	int rc = test_family_setup(state, conf);

	fam = *state;
	return rc;
}

static char *
name_of(int64_t id)
{
	struct person_row p;
	char *s;
	assert_true(id > 0);
	assert_int_equal(people_get(fam->l, id, &p), 0);
	s = people_display(&p);
	person_row_free(&p);
	return s;
}

#define RESOLVE(actor, quote, body, fname, faddr) \
	people_resolve(fam->l, &fam->cfg, actor, quote, body, fname, faddr, \
	    1772500000)

static void
test_resolve(void **state)
{
	const char *body = "Dear Mrs Chan,\n\nI will arrange a case conference. "
	    "Miss Lam will start a daily reading log. She will send you the "
	    "first week's log by Friday.\n\nOur EP, Dr Ho, will visit.\n";
	char *s;
	int64_t lee, wong, lam;
	(void)state;

	/* I: the sender, named from the config when From: has no name */
	lee = RESOLVE("I", "I will arrange a case conference.", body, NULL,
	    "LEE@s.edu.hk");
	s = name_of(lee);
	assert_string_equal(s, "Mr Lee");
	free(s);
	/* she: Miss Lam, named just before */
	lam = RESOLVE("She", "She will send you the first week's log by Friday.",
	    body, "Mr Lee", "lee@s.edu.hk");
	s = name_of(lam);
	assert_string_equal(s, "Miss Lam");
	free(s);
	assert_int_equal(RESOLVE("Miss Lam", "Miss Lam will start a daily "
	    "reading log.", body, "Mr Lee", "lee@s.edu.hk"), lam);
	/* the SENCO, and her name in other forms, are one person */
	wong = RESOLVE("The SENCO", "The SENCO will call.", body, "Mr Lee",
	    "lee@s.edu.hk");
	s = name_of(wong);
	assert_string_equal(s, "Ms Wong Mei Ling");
	free(s);
	assert_int_equal(RESOLVE("Ms Wong (SENCO)", "Ms Wong (SENCO) will call.",
	    body, "Mr Lee", "lee@s.edu.hk"), wong);
	assert_int_equal(RESOLVE("Ms Wong", "Ms Wong will call.", body, "Mr Lee",
	    "lee@s.edu.hk"), wong);
	assert_int_equal(people_by_address(fam->l, &fam->cfg, "Wong Mei Ling (Ms)",
	    "wong@s.edu.hk", 1772500000), wong);
	/* a delegation: the principal wrote it, Ms Wong will do it */
	assert_int_equal(RESOLVE("I", "I have asked Ms Wong to prepare the IEP "
	    "by 20 March.", body, "Mr Lee", "lee@s.edu.hk"), wong);
	/* Chinese: 本人 is the sender; 班主任 the configured class teacher */
	int64_t chan = RESOLVE("本人", "本人會於3月13日或之前交來。", "陳太：\n本人會於"
	    "3月13日或之前交來。\n陳老師\n", "陳老師", "chan@s.edu.hk");
	assert_int_equal(RESOLVE("班主任", "班主任會跟進。", "", "Mr Lee",
	    "lee@s.edu.hk"), chan);
	/* no pronoun ever becomes a person's name */
	assert_int_equal(ledger_count(fam->l, "SELECT count(*) FROM people WHERE "
	    "lower(name) IN ('i', 'she', 'he', 'we', '本人', '我') OR name LIKE "
	    "'%(I)%'"), 0);
	/* the words as written are not a person when nobody is named */
	assert_int_equal(RESOLVE("She", "She will call.", "She will call.",
	    "Mr Lee", "lee@s.edu.hk"), 0);
}

static void
test_signature_and_merge(void **state)
{
	struct buf err = BUF_INIT;
	struct commitment c;
	char *s;
	int64_t a, b;
	(void)state;

	s = people_signature_name("Dear Mrs Chan,\n\nNoted.\n\nBest regards,\n\n"
	    "Wong Mei Ling (Ms)\nSENCO\n");
	assert_string_equal(s, "Wong Mei Ling (Ms)");
	free(s);
	assert_null(people_signature_name("Noted, thanks.\n"));

	a = people_by_name(fam->l, &fam->cfg, "Dr Ho", 1772500000);
	/* "Dr Ho" and "Ka Yan Ho" are not matched by name: the parent says */
	b = people_by_address(fam->l, &fam->cfg, "Ka Yan Ho", "ho@ep.example",
	    1772500000);
	assert_true(a > 0 && b > 0 && a != b);
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"The EP";
	c.quote = (char *)"The EP will visit on 14/4.";
	c.due = (char *)"2026-04-14";
	c.person_id = a;
	assert_int_equal(commitment_add(fam->l, &c, 1772500000), 0);
	assert_int_equal(people_merge(fam->l, b, a, 1772500100, &err), 0);
	assert_int_equal(ledger_count(fam->l, "SELECT person_id FROM commitments"), b);
	assert_int_equal(people_canonical(fam->l, a), b);
	assert_int_equal(ledger_count(fam->l, "SELECT count(*) FROM events "
	    "WHERE kind = 'person.merge'"), 1);
	/* merged again: refused */
	assert_int_equal(people_merge(fam->l, b, a, 1772500200, &err), -1);
	/* an outside provider is not school staff */
	assert_false(people_is_school_staff(&fam->cfg, "ho@ep.example"));
	assert_true(people_is_school_staff(&fam->cfg, "wong@s.edu.hk"));
	assert_true(people_is_school_staff(&fam->cfg, "x@mail.s.edu.hk"));
	assert_false(people_is_school_staff(&fam->cfg, "x@evils.edu.hk"));
	buf_free(&err);
}

/* A promise by whoever the words name, as a letter's item is stored. */
static void
promise(struct test_family *f, const char *actor, const char *quote)
{
	struct commitment c;

	memset(&c, 0, sizeof(c));
	c.actor = (char *)actor;
	c.quote = (char *)quote;
	c.due = (char *)"2026-04-14";
	c.person_id = people_resolve(f->l, &f->cfg, actor, quote, quote,
	    "Mr Lee", "lee@s.edu.hk", 1772500000);
	assert_true(c.person_id > 0);
	assert_int_equal(commitment_add(f->l, &c, 1772500000), 0);
}

/* The rows a test compares, one text. */
static char *
dump(struct ledger *l)
{
	static const char *const sql[] = {
		"SELECT id, at, kind, subject, detail, prev_hash, hash FROM "
		"events ORDER BY id",
		"SELECT * FROM people ORDER BY id",
		"SELECT * FROM commitments ORDER BY id",
	};
	struct buf b = BUF_INIT;
	sqlite3_stmt *st;

	for (size_t k = 0; k < sizeof(sql) / sizeof(sql[0]); k++) {
		assert_int_equal(sqlite3_prepare_v2(ledger_db(l), sql[k], -1, &st,
		    NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int i = 0; i < sqlite3_column_count(st); i++) {
				const unsigned char *t = sqlite3_column_text(st, i);
				buf_printf(&b, "%s|", t ? (const char *)t : "NULL");
			}
			buf_addch(&b, '\n');
		}
		sqlite3_finalize(st);
	}
	return buf_detach(&b);
}

/*
 * One ledger takes each item in its own transaction (nothing cached
 * between them), the other all of them in one, as a sync's batch does,
 * with a letter in the middle whose savepoint is rolled back after it
 * added Dr Ho and a promise: the same rows and the same chain, intact.
 */
static void
test_caches_change_nothing(void **state)
{
	struct test_family a, b;
	struct buf why = BUF_INIT;
	char *da, *db;
	int64_t bad;
	(void)state;

	test_family_open(&a, conf);
	test_family_open(&b, conf);
	assert_int_equal(ledger_begin(b.l), 0);
	for (int pass = 0; pass < 2; pass++) {
		struct test_family *f = pass ? &b : &a;
		promise(f, "I", "I will arrange a case conference.");
		promise(f, "Miss Lam", "Miss Lam will start a reading log.");
		if (f == &b) {
			assert_int_equal(ledger_begin(b.l), 0);
			promise(&b, "Dr Ho", "Dr Ho will visit.");
			promise(&b, "Miss Lam", "Miss Lam will call.");
			ledger_rollback(b.l);
		}
		promise(f, "The SENCO", "The SENCO will call.");
		/* Dr Ho again: a new row, not the id the rollback undid */
		promise(f, "Dr Ho", "Dr Ho will observe the class.");
		assert_true(people_by_address(f->l, &f->cfg, "Miss Lam",
		    "lam@s.edu.hk", 1772500000) > 0);
		promise(f, "Ms Lam", "Ms Lam will send the log.");
	}
	assert_int_equal(ledger_commit(b.l), 0);
	da = dump(a.l);
	db = dump(b.l);
	assert_string_equal(da, db);
	assert_non_null(strstr(da, "Dr Ho"));
	assert_non_null(strstr(da, "person.learn"));
	assert_int_equal(ledger_verify(a.l, &bad, NULL, &why), 0);
	assert_int_equal(ledger_verify(b.l, &bad, NULL, &why), 0);
	free(da);
	free(db);
	buf_free(&why);
	test_family_close(&a);
	test_family_close(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolve),
		cmocka_unit_test(test_signature_and_merge),
		cmocka_unit_test(test_caches_change_nothing),
	};
	return cmocka_run_group_tests_name("people", tests, setup,
	    test_family_teardown);
}
