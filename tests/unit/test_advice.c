/*
 * test_advice.c — every deflection kind has its own answer in English and
 * Traditional Chinese; unknown kinds get "other"; the child, the
 * accommodation and the tier are filled in, or left as visible blanks;
 * the parent's template wins; and a confirmation summary answers each
 * deflection with its own answer (a budget deflection is never answered
 * with "who will do it, and by which date?").
 */
#include "testledger.h"

#include "act/advice.h"
#include "act/compose.h"
#include "base/config.h"
#include "base/timeutil.h"
#include "ledger/ingest.h"
#include "ledger/ledger.h"
#include "ledger/outbox.h"
#include "base/xmalloc.h"

static int
has_cjk(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0xE3)
			return 1;
	return 0;
}

static int
is_ascii(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0x80)
			return 0;
	return 1;
}

/* What each kind's answer must ask for, in each language. */
static const struct {
	const char *kind, *en, *zh;
} asks[] = {
	{ "reassurance", "progress data since", "進度資料" },
	{ "waiting", "priority in the next visit cycle", "下一輪到校服務中優先" },
	{ "budget", "Learning Support Grant", "學習支援津貼" },
	{ "legal-position", "Code of Practice on Education", "教育實務守則" },
	{ "no-owner", "who will take this on", "由哪一位負責" },
	{ "no-date", "by which date this will be done", "會在哪一天或之前完成" },
	{ "other", "understand the reason", "了解原因" },
};

static void
test_each_kind_its_own_answer(void **state)
{
	struct advice_ctx ctx = { (char *)"Ethan", (char *)"extra time", 3, NULL };
	char *en[ADVICE_NKINDS], *zh[ADVICE_NKINDS];
	(void)state;

	assert_int_equal(sizeof(asks) / sizeof(asks[0]), ADVICE_NKINDS);
	for (int k = 0; k < ADVICE_NKINDS; k++) {
		assert_string_equal(advice_kind_at(k), asks[k].kind);
		en[k] = advice_answer(NULL, asks[k].kind, "en", &ctx);
		zh[k] = advice_answer(NULL, asks[k].kind, "zh", &ctx);
		assert_non_null(strstr(en[k], asks[k].en));
		assert_non_null(strstr(zh[k], asks[k].zh));
		assert_true(is_ascii(en[k]));
		assert_true(has_cjk(zh[k]));
		assert_null(strchr(en[k], '{'));
		assert_null(strchr(zh[k], '{'));
		assert_string_not_equal(advice_label(asks[k].kind, "en"),
		    advice_label(asks[k].kind, "zh"));
	}
	/* no two kinds share an answer, in either language */
	for (int a = 0; a < ADVICE_NKINDS; a++)
		for (int b = a + 1; b < ADVICE_NKINDS; b++) {
			assert_string_not_equal(en[a], en[b]);
			assert_string_not_equal(zh[a], zh[b]);
		}
	/* only the vague-promise kinds ask "who and by which date" */
	for (int k = 0; k < 4; k++) {
		assert_null(strstr(en[k], "who will do it"));
		assert_null(strstr(en[k], "who will take this on"));
	}
	for (int k = 0; k < ADVICE_NKINDS; k++) {
		free(en[k]);
		free(zh[k]);
	}
}

static void
test_unknown_kind_is_other(void **state)
{
	char *o, *u, *n;
	(void)state;
	assert_string_equal(advice_kind("made-up"), "other");
	assert_string_equal(advice_kind(NULL), "other");
	assert_string_equal(advice_kind("budget"), "budget");
	o = advice_answer(NULL, "other", "en", NULL);
	u = advice_answer(NULL, "made-up", "en", NULL);
	n = advice_answer(NULL, NULL, "en", NULL);
	assert_string_equal(o, u);
	assert_string_equal(o, n);
	free(o);
	free(u);
	free(n);
}

static void
test_filled_or_visible_blank(void **state)
{
	struct advice_ctx ctx = { (char *)"Ethan", (char *)"the reading pen",
	    2, NULL };
	char *a;
	(void)state;

	a = advice_answer(NULL, "budget", "en", &ctx);
	assert_non_null(strstr(a, "students at Tier 2"));
	assert_non_null(strstr(a, "planned for Ethan"));
	assert_non_null(strstr(a, "If the reading pen cannot"));
	free(a);
	a = advice_answer(NULL, "budget", "zh", &ctx);
	assert_non_null(strstr(a, "照顧接受第二層支援的學生"));
	assert_non_null(strstr(a, "Ethan"));
	free(a);
	/* nothing known: blanks the parent sees and fills, never a guess */
	a = advice_answer(NULL, "budget", "en", NULL);
	assert_non_null(strstr(a, "[the child's tier]"));
	assert_non_null(strstr(a, "[child's name]"));
	assert_non_null(strstr(a, "[the accommodation]"));
	free(a);
	a = advice_answer(NULL, "waiting", "zh", NULL);
	assert_non_null(strstr(a, "［子女姓名］"));
	assert_non_null(strstr(a, "［有關的支援安排］"));
	free(a);
}

static void
test_accommodation_from_quote(void **state)
{
	char *a;
	(void)state;
	a = advice_accommodation("As for the extra time in tests, we are "
	    "waiting for the EP's report.");
	assert_string_equal(a, "the extra time in tests");
	free(a);
	a = advice_accommodation("至於測驗加時，我們仍在等待教育心理學家的報告。");
	assert_string_equal(a, "測驗加時");
	free(a);
	assert_null(advice_accommodation("We are doing everything we can."));
	assert_null(advice_accommodation(NULL));
}

static void
test_parent_template_wins(void **state)
{
	struct config cfg;
	struct advice_ctx ctx = { (char *)"Ethan", NULL, 0, (char *)"No money." };
	char *dir = test_tmpdir(), *f, *a;
	(void)state;

	config_defaults(&cfg);
	f = test_write_file(dir, "advice-budget.en.txt",
	    "You wrote \"{quote}\"; what is spent on {child} at {tier}?\n", 0644);
	cfg.templates_dir = xstrdup(dir);
	a = advice_answer(&cfg, "budget", "en", &ctx);
	assert_string_equal(a, "You wrote \"No money.\"; what is spent on Ethan "
	    "at [the child's tier]?");
	free(a);
	/* Chinese has no override: the built-in answer */
	a = advice_answer(&cfg, "budget", "zh", &ctx);
	assert_non_null(strstr(a, "學習支援津貼"));
	free(a);
	config_free(&cfg);
	unlink(f);
	free(f);
	rmdir(dir);
	free(dir);
}

static const char letter[] =
	"From: Ms Wong Mei Ling <wongml@harbourside.edu.hk>\r\n"
	"To: Carmen Chan <parent@family.example>\r\n"
	"Subject: Ethan - support\r\n"
	"Date: Mon, 2 Mar 2026 10:15:00 +0800\r\n"
	"Message-ID: <adv-0001@harbourside.edu.hk>\r\n"
	"Content-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
	"Dear Mrs Chan,\r\n\r\n"
	"Ethan receives Tier 3 support this year.\r\n\r\n"
	"As for the teaching assistant in class, we do not have the budget "
	"for this at the moment.\r\n"
	"As for the extra time in tests, we are waiting for the EP's report "
	"before we can decide anything.\r\n"
	"We will follow up.\r\n"
	"Miss Lam will send you the reading log by Friday 6 March.\r\n\r\n"
	"Best regards,\r\nWong Mei Ling (Ms)\r\nSENCO\r\n";

static const char letter_zh[] =
	"From: chan@harbourside.edu.hk\r\n"
	"To: parent@family.example\r\n"
	"Subject: =?UTF-8?B?6Zec5pa85Lul5L+h?=\r\n"
	"Date: Wed, 4 Mar 2026 10:00:00 +0800\r\n"
	"Message-ID: <adv-zh-0001@harbourside.edu.hk>\r\n"
	"Content-Type: text/plain; charset=\"UTF-8\"\r\n"
	"Content-Transfer-Encoding: 8bit\r\n\r\n"
	"陳太您好：\r\n\r\n"
	"至於課堂助理，學校今年的預算已經全數分配。\r\n"
	"我們會跟進。\r\n\r\n陳老師\r\n";

static void
test_summary_answers_each_deflection(void **state)
{
	struct config cfg;
	struct ledger *l;
	struct buf err = BUF_INIT;
	struct ingest_result res;
	struct outbox_row r;
	struct advice_ctx ctx;
	char *dir = test_tmpdir(), *conf, *path;
	time_t now;
	int64_t id = 0;
	(void)state;

	tz_set("Asia/Hong_Kong");
	conf = test_write_file(dir, "c.conf", "[account]\naddress = Carmen Chan "
	    "<parent@family.example>\n[school]\ndomains = harbourside.edu.hk\n"
	    "senco = Ms Wong <wongml@harbourside.edu.hk>\n[child]\nname = "
	    "Ethan\n[send]\ntemplates = /nonexistent\n", 0600);
	assert_int_equal(config_load(conf, &cfg, &err), 0);
	path = xasprintf("%s/ledger.db", dir);
	assert_int_equal(ledger_open(path, LEDGER_RW, &l, &err), 0);
	assert_int_equal(iso8601_parse("2026-03-02T20:00:00+08:00", &now, NULL), 0);
	assert_int_equal(ingest_message(l, &cfg, "INBOX", 1, 1, letter,
	    strlen(letter), now, &res, &err), 0);
	assert_int_equal(ledger_count(l, "SELECT count(*) FROM deflections "
	    "WHERE kind = 'budget'"), 1);

	/* the tier and the accommodation come from the ledger */
	advice_ctx_load(l, &cfg, "As for the teaching assistant in class, we "
	    "do not have the budget.", &ctx);
	assert_int_equal(ctx.tier, 3);
	assert_string_equal(ctx.child, "Ethan");
	assert_string_equal(ctx.accommodation, "the teaching assistant in class");
	advice_ctx_free(&ctx);

	assert_int_equal(compose_confirmation(l, &cfg, res.id, now, &id), 0);
	assert_int_equal(outbox_get(l, id, &r), 0);
	/* budget: the grant at the child's tier, for the accommodation */
	assert_non_null(strstr(r.body, "deploys its Learning Support Grant "
	    "for students at Tier 3"));
	assert_non_null(strstr(r.body, "If the teaching assistant in class "
	    "cannot be provided"));
	/* waiting: the EP's last visit and priority */
	assert_non_null(strstr(r.body, "when the EP last saw Ethan"));
	/* the vague promise still gets "who, and by which date" */
	const char *who = strstr(r.body, "who will do it, and by which date?");
	assert_non_null(who);
	assert_non_null(strstr(who, "\"We will follow up.\""));
	/* ... and the budget deflection is not listed under that question */
	const char *budget = strstr(r.body, "we do not have the budget");
	const char *block = strstr(r.body, "On the following points, may I ask:");
	assert_non_null(budget);
	assert_non_null(block);
	assert_true(budget > block);
	assert_true(who < block);
	assert_null(strstr(block, "who will do it"));
	outbox_row_free(&r);

	/* ptrail show: the letter's deflections, each with its answer */
	struct buf shown = BUF_INIT;
	int64_t en_letter = res.id;
	assert_int_equal(advice_for_letter(l, &cfg, en_letter, NULL, &shown), 3);
	assert_non_null(strstr(buf_str(&shown), "deflections in this letter:\n"
	    "  - \"As for the teaching assistant in class, we do not have the "
	    "budget for this at the moment.\" (no budget)\n    ask: I appreciate"));
	assert_non_null(strstr(buf_str(&shown), "(waiting for the EP)\n    ask: "
	    "I understand this depends on the Educational Psychologist."));

	/* in Chinese too: the grant, not "who and by which date" */
	assert_int_equal(ingest_message(l, &cfg, "INBOX", 1, 2, letter_zh,
	    strlen(letter_zh), now, &res, &err), 0);
	assert_int_equal(compose_confirmation(l, &cfg, res.id, now, &id), 0);
	assert_int_equal(outbox_get(l, id, &r), 0);
	assert_string_equal(r.lang, "zh");
	const char *who_zh = strstr(r.body, "請告訴我由哪一位負責");
	const char *block_zh = strstr(r.body, "另外，想請教以下各點：\n- 「至於課堂助理，"
	    "學校今年的預算已經全數分配。」\n  明白學校資源有限");
	assert_non_null(who_zh);
	assert_non_null(block_zh);
	assert_true(who_zh < block_zh);
	assert_non_null(strstr(block_zh, "照顧接受第三層支援的學生"));
	assert_non_null(strstr(block_zh, "如課堂助理未能照樣提供"));
	assert_null(strstr(block_zh, "請告訴我由哪一位負責"));
	outbox_row_free(&r);
	buf_reset(&shown);
	assert_int_equal(advice_for_letter(l, &cfg, res.id, NULL, &shown), 2);
	assert_non_null(strstr(buf_str(&shown), "信中的推搪：\n  - 「至於課堂助理，"
	    "學校今年的預算已經全數分配。」（沒有資源）\n    提問：明白學校資源有限"));
	buf_reset(&shown);
	/* asked in English, the Chinese letter's answers are in English */
	assert_int_equal(advice_for_letter(l, &cfg, res.id, "en", &shown), 2);
	assert_non_null(strstr(buf_str(&shown), "(no budget)\n    ask: I appreciate"));
	buf_free(&shown);

	ledger_close(l);
	config_free(&cfg);
	buf_free(&err);
	free(conf);
	free(path);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_kind_its_own_answer),
		cmocka_unit_test(test_unknown_kind_is_other),
		cmocka_unit_test(test_filled_or_visible_blank),
		cmocka_unit_test(test_accommodation_from_quote),
		cmocka_unit_test(test_parent_template_wins),
		cmocka_unit_test(test_summary_answers_each_deflection),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
