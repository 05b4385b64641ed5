/*
 * test_cli.c — the `ptrail` binary end to end on a temporary ledger:
 * output, JSON, exit statuses (0 found, 1 nothing matched, 2 usage,
 * 78 config), PTRAIL_NOW, and `verify` naming an edited event row.
 * $PTRAIL names the binary under test (tests/run.sh sets it).
 */
#include "testutil.h"

#include <json-c/json.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "act/compose.h"
#include "act/schedule.h"
#include "base/config.h"
#include "ledger/ingest.h"
#include "ledger/items.h"
#include "ledger/ledger.h"
#include "base/timeutil.h"

static char *dir, *conf, *ledger;
static const char *bin;
static void ingest_letter(const char *raw);
static const char *hostile;

/* Each test its own folder, config and (not yet created) ledger, so no
 * test depends on what another wrote. */
static int
setup(void **state)
{
	char *text;

	(void)state;
	dir = test_tmpdir();
	if (asprintf(&ledger, "%s/state/ledger.db", dir) < 0 ||
	    asprintf(&text, "[account]\naddress = Carmen Chan <carmen@example.com>\n"
	    "[school]\ndomains = hmps.edu.hk\nsenco = Ms Wong <wongml@hmps.edu.hk>\n"
	    "[ledger]\npath = %s\n", ledger) < 0)
		abort();
	conf = test_write_file(dir, "ptrail.conf", text, 0600);
	free(text);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	free(dir);
	free(conf);
	free(ledger);
	dir = conf = ledger = NULL;
	return 0;
}

/* Run "ptrail -c conf ARGS" through the shell; returns the exit status,
 * *out gets stdout+stderr (caller frees). */
static int
run(char **out, const char *args)
{
	char *cmd, *buf = NULL;
	size_t cap = 0, len = 0;
	char chunk[4096];
	size_t n;
	FILE *p;
	int status;

	if (asprintf(&cmd, "PTRAIL_NOW=2026-03-20T09:00:00+08:00 '%s' -c '%s' %s "
	    "2>&1", bin, conf, args) < 0)
		abort();
	p = popen(cmd, "r");
	assert_non_null(p);
	while ((n = fread(chunk, 1, sizeof(chunk), p)) > 0) {
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			buf = realloc(buf, cap);
		}
		memcpy(buf + len, chunk, n);
		len += n;
	}
	if (buf == NULL)
		buf = calloc(1, 1);
	buf[len] = '\0';
	status = pclose(p);
	free(cmd);
	*out = buf;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static void
expect(int want_rc, const char *needle, const char *args)
{
	char *out;
	int rc = run(&out, args);
	if (rc != want_rc)
		fail_msg("ptrail %s: exit %d, wanted %d; output:\n%s", args, rc,
		    want_rc, out);
	if (needle && strstr(out, needle) == NULL)
		fail_msg("ptrail %s: output lacks '%s':\n%s", args, needle, out);
	free(out);
}

static void
test_add_list_json(void **state)
{
	char *out;
	json_object *root, *arr, *c;

	(void)state;
	/* a read-only command never creates a ledger, and says where it
	 * looked */
	expect(66, "no ledger at ", "list");
	assert_int_equal(access(ledger, F_OK), -1);
	expect(66, ledger, "verify");
	expect(0, "commitment 1: Ms Wong will arrange a case conference, due Wed "
	    "18 Mar 2026\n", "add --who 'Ms Wong' --what 'arrange a case "
	    "conference' --due 2026-03-18");
	expect(0, "commitment 2: ", "add --who 'Miss Lam' --what 'send the reading log' "
	    "--due 2026-03-27 --time 15:30 --note 'said on the phone'");
	expect(0, "Wed 18 Mar 2026", "list");
	expect(0, "OVERDUE", "list --overdue");
	expect(0, "Fri 27 Mar 2026 15:30", "list");
	expect(1, NULL, "list --who nobody");
	expect(0, "Miss Lam", "list --who lam");

	assert_int_equal(run(&out, "list --json"), 0);
	root = json_tokener_parse(out);
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "commitments", &arr));
	assert_int_equal(json_object_array_length(arr), 2);
	c = json_object_array_get_idx(arr, 0);
	json_object *v;
	assert_true(json_object_object_get_ex(c, "due", &v));
	assert_string_equal(json_object_get_string(v), "2026-03-18");
	assert_true(json_object_object_get_ex(c, "overdue", &v));
	assert_true(json_object_get_boolean(v));
	assert_true(json_object_object_get_ex(c, "actor", &v));
	assert_string_equal(json_object_get_string(v), "Ms Wong");
	json_object_put(root);
	free(out);

	expect(0, "commitment 1 is done", "done 1");
	expect(1, "is done; it cannot become done", "done 1");
	expect(1, NULL, "list --overdue");
	expect(0, "done", "list --all");
	expect(2, "usage: ptrail dispute", "dispute 2");
	expect(0, "is disputed", "dispute 2 --note 'it was 20 March, not 27'");
	expect(0, "it was 20 March", "show 2");
	expect(1, "no commitment 99", "show 99");
	expect(0, "commitment 2 disputed (was open); note: it was 20 March",
	    "log");
	/* two promises, each of a new person: four events and two */
	expect(0, "events chain intact (6 events)", "verify");
}

static void
test_usage_errors(void **state)
{
	(void)state;
	expect(2, "unknown command 'frobnicate'", "frobnicate");
	expect(2, "usage: ptrail add", "add --who x");
	expect(2, "--due 2026-02-31 does not exist: February 2026 has 28 days",
	    "add --who x --what y --due 2026-02-31");
	expect(2, "is not a date ptrail can read", "add --who x --what y --due blah");
	expect(2, "--time '25:00' is not a time", "add --who x --what y --due 2026-03-20 --time 25:00");
	expect(2, "usage: ptrail list", "list --bogus");
	expect(0, "usage: ptrail list", "list --help");
	expect(0, "commands:", "--help");
}

/* Undo, dates as people write them, meetings by id, typos, twice. */
static void
test_mistakes_a_person_makes(void **state)
{
	(void)state;
	/* reopen: done is not final, and the history stays */
	expect(0, NULL, "add --who 'Ms Wong' --what 'send the plan' --due 2026-03-18");
	expect(0, "commitment 1 is done", "done 1");
	expect(1, "is done; it cannot become disputed", "dispute 1 --note x");
	expect(0, "commitment 1 is open again", "reopen 1 --note 'not received'");
	expect(1, "commitment 1 is open; there is nothing to reopen", "reopen 1");
	expect(0, "commitment 1 is disputed", "dispute 1 --note 'it never came'");
	expect(0, "commitment 1 done (was open)", "log");
	expect(0, "commitment 1 reopened (was done); note: not received", "log");
	expect(0, "intact (5 events)", "verify");	/* and Ms Wong's person */

	/* dates as `ptrail dates` reads them, echoed with the weekday */
	expect(0, "commitment 2: Miss Lam will call, due Wed 20 May 2026 16:00",
	    "add --who 'Miss Lam' --what call --due 20/5 --time 4pm");
	expect(0, "due Fri 27 Mar 2026\n", "add --who x --what y --due 'next Friday'");
	expect(0, "commitment 4: x will look into it, no date",
	    "add --who x --what 'look into it'");
	expect(0, "no date", "show 4");

	/* a meeting's id in a sentence; list; show names it */
	expect(0, "meeting 1: Fri 27 Mar 2026 16:00 in Room 204 with Ms Wong, "
	    "Miss Lam\n", "meeting add --date 'next Friday' --time 4pm --with "
	    "'Ms Wong, Miss Lam' --where 'Room 204'");
	expect(0, "ptrail add --meeting 2 ", "meeting add --date 2026-04-01 "
	    "--with 'Dr Ho'");
	expect(0, "Fri 27 Mar 2026 16:00  scheduled  you      Room 204         "
	    "Ms Wong, Miss Lam", "meeting list");
	expect(0, "\"Dr Ho\"", "meeting list --json");
	expect(0, "\"location\":\"Room 204\"", "meeting list --json");
	expect(0, "commitment 5: ", "add --meeting 1 --who 'Ms Wong' --what "
	    "'book the OT'");
	expect(0, "meeting:    1, Fri 27 Mar 2026 16:00 in Room 204 with Ms "
	    "Wong, Miss Lam (recorded by you)", "show 5");
	expect(1, "no meeting 9 (ptrail meeting list shows them)",
	    "add --meeting 9 --who x --what y");
	/* held: not before its day, once, and what to do next */
	expect(1, "meeting 1 is on Fri 27 Mar 2026, not yet held",
	    "meeting held 1");
	expect(0, "meeting 3: ", "meeting add --date 2026-03-16 --with 'Dr Ho'");
	expect(0, "meeting 3: Mon 16 Mar 2026 with Dr Ho, held\nadd what was "
	    "promised there with: ptrail add --meeting 3", "meeting held 3");
	expect(0, "Mon 16 Mar 2026        held       you      -                Dr Ho",
	    "meeting list");
	expect(1, "meeting 3 is not a scheduled meeting", "meeting held 3");
	expect(1, "no meeting 9", "meeting held 9");
	expect(2, "usage", "meeting held x");

	/* typos and help */
	expect(2, "unknown command 'dne' (did you mean 'done'?)", "dne 5");
	expect(2, "did you mean 'approve'", "aprove 2");
	expect(0, "usage: ptrail reopen ID", "help reopen");
	expect(0, "commands:", "help");
	expect(2, "no command 'lsit' (did you mean 'list'?)", "help lsit");

	/* nothing read: exit 1, as ptrail(1) says */
	expect(1, "(no date or time)", "dates blah");
	expect(0, "due: 2026-03-27", "dates 'by next Friday'");
}

/* Output people read: WHO cut to its column, WHAT the quote when the
 * action says nothing, one sentence per event, decoded headers. */
static void
test_output_people_read(void **state)
{
	char *out;

	(void)state;
	expect(0, NULL, "add --who 'Ms Wong Ka Yan, Special Educational Needs "
	    "Coordinator' --what 'send the reading plan' --due 2026-03-27");
	expect(0, NULL, "add --who 'Mr Lee' --what 'The EP — for 14/4.'");
	assert_int_equal(run(&out, "list"), 0);
	/* the person (the config's SENCO, Ms Wong), not the words typed */
	if (strstr(out, "Ms Wong open       send the reading plan") == NULL ||
	    strstr(out, "Mr Lee  open       “The EP — for 14/4.”") == NULL)
		fail_msg("list:\n%s", out);
	free(out);
	expect(0, "2     Fri 20 Mar 2026 09:00  commitment 1 added: Ms Wong Ka "
	    "Yan, Special Educational Needs Coordinator will send the reading "
	    "plan, due Fri 27 Mar 2026; person: 1\n", "log");
	expect(0, "commitment 2 added: Mr Lee will", "log --limit 1");
	expect(0, "\"kind\":\"commitment.add\"", "log --json | tr -d ' '");

	ingest_letter("From: Ms Wong <wongml@hmps.edu.hk>\r\n"
	    "To: carmen@example.com\r\n"
	    "Subject: =?UTF-8?B?5a2457+S6KiI5YqDIGZvciBFdGhhbg==?=\r\n"
	    "Date: Wed, 18 Mar 2026 10:00:00 +0800\r\n"
	    "Message-ID: <zh@hmps.edu.hk>\r\n"
	    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
	    "I will send you the reading plan by 27 March 2026.\r\n");
	assert_int_equal(run(&out, "outbox show 1"), 0);
	if (strstr(out, "Subject:     Re: 學習計劃 for Ethan\n") == NULL ||
	    strstr(out, "=?UTF-8?") || strstr(out, "To:          "
	    "wongml@hmps.edu.hk\n") == NULL)
		fail_msg("outbox show 1:\n%s", out);
	free(out);
}

/* A date the letter wrote two ways is marked in list, asked about in
 * show, and named in --json (issue 16). */
static void
test_date_flag_marked(void **state)
{
	char *out;

	(void)state;
	ingest_letter("From: Ms Wong <wongml@hmps.edu.hk>\r\n"
	    "To: carmen@example.com\r\nSubject: Plan\r\n"
	    "Date: Mon, 2 Mar 2026 10:00:00 +0800\r\n"
	    "Message-ID: <flag@hmps.edu.hk>\r\n"
	    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
	    "Dear Mrs Chan,\r\n\r\nMs Wong will send the plan by Thursday 15 "
	    "March.\r\n\r\nMs Wong\r\n");
	expect(0, NULL, "add --who 'Mr Lee' --what 'send the log' --due "
	    "2026-03-27");
	assert_int_equal(run(&out, "list --all"), 0);
	if (strstr(out, "ID    DUE                 TIME") == NULL ||
	    strstr(out, "1     Sun 15 Mar 2026 (?)        ") == NULL ||
	    strstr(out, "2     Fri 27 Mar 2026            ") == NULL ||
	    strstr(out, "Fri 27 Mar 2026 (?)"))
		fail_msg("list --all:\n%s", out);
	free(out);
	expect(0, "due:        Sun 15 Mar 2026 (?)\ndate:       The letter wrote "
	    "Thursday 15 March; 15 March 2026 is a Sunday: which day was "
	    "meant?\n", "show 1");
	expect(0, "\"date_flag\":\"inconsistent\"", "show --json 1 | tr -d ' '");
	expect(0, "\"date_flag\":\"inconsistent\"", "list --all --json | tr -d ' '");
	expect(0, "\"date_flag\":null", "show --json 2 | tr -d ' '");
	assert_int_equal(run(&out, "show 2"), 0);
	if (strstr(out, "(?)") || strstr(out, "date:"))
		fail_msg("show 2:\n%s", out);
	free(out);
}

/* list streams: more rows than the table's sizing head, all of them out,
 * in order, as a table and as JSON; --limit stops early. */
static void
test_list_streams(void **state)
{
	struct ledger *l;
	struct buf err = BUF_INIT;
	struct commitment c;
	json_object *root, *arr;
	char *out, due[11];
	int lines = 0;

	(void)state;
	if (ledger_open(ledger, LEDGER_RW, &l, &err) == -1)
		fail_msg("%s", buf_str(&err));
	for (int i = 1; i <= 130; i++) {
		memset(&c, 0, sizeof(c));
		c.actor = (char *)(i == 120 ? "Mr Somebody With A Very Long Name" :
		    "Ms Wong");
		c.action = (char *)"send the reading plan";
		c.quote = c.action;
		c.source = (char *)"manual";
		/* the long name sorts last: after the sizing head */
		snprintf(due, sizeof(due), "2026-0%u-%02u", i == 120 ? 5u : 4u,
		    1u + (unsigned)i % 28u);
		c.due = due;
		assert_int_equal(commitment_add(l, &c, 1774000000), 0);
	}
	ledger_close(l);
	assert_int_equal(run(&out, "list --all"), 0);
	for (char *p = out; (p = strchr(p, '\n')); p++)
		lines++;
	assert_int_equal(lines, 131);
	/* the WHO column was sized by the first 100 rows: Ms Wong */
	assert_non_null(strstr(out, " Ms Wong open "));
	assert_non_null(strstr(out, " Mr Som… open "));
	free(out);
	assert_int_equal(run(&out, "list --all --json"), 0);
	root = json_tokener_parse(out);
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "commitments", &arr));
	assert_int_equal(json_object_array_length(arr), 130);
	json_object_put(root);
	free(out);
	assert_int_equal(run(&out, "list --all --limit 5"), 0);
	lines = 0;
	for (char *p = out; (p = strchr(p, '\n')); p++)
		lines++;
	assert_int_equal(lines, 6);
	free(out);
	buf_free(&err);
}

/* show tells the ladder's history: each step drafted or sent, its outbox */
static void
test_show_ladder(void **state)
{
	struct config cfg;
	struct ledger *l;
	struct commitment c;
	struct buf err = BUF_INIT;
	time_t now, then;

	(void)state;
	assert_int_equal(iso8601_parse("2026-03-20T09:00:00+08:00", &now, NULL), 0);
	assert_int_equal(iso8601_parse("2026-03-02T09:00:00+08:00", &then, NULL), 0);
	if (config_load(conf, &cfg, &err) == -1 ||
	    ledger_open(ledger, LEDGER_RW, &l, &err) == -1)
		fail_msg("%s", buf_str(&err));
	/* promised before its due day: a silence ptrail witnessed */
	memset(&c, 0, sizeof(c));
	c.actor = (char *)"Ms Wong";
	c.action = (char *)"send the reading plan";
	c.quote = c.action;
	c.source = (char *)"manual";
	c.due = (char *)"2026-03-06";
	assert_int_equal(commitment_add(l, &c, then), 0);
	assert_true(schedule_run(l, &cfg, now, NULL) > 0);
	ledger_close(l);
	config_free(&cfg);
	buf_free(&err);
	expect(0, "ladder:     reminder to the school — drafted Fri 20 Mar 2026 "
	    "(outbox 1, draft)", "show 1");
}

/* approve twice: what was asked is done; exit 0 */
static void
test_approve_twice(void **state)
{
	(void)state;
	ingest_letter(hostile);
	expect(0, "outbox 1 is approved", "approve 1");
	expect(0, "outbox 1 is already approved", "approve 1");
	expect(0, "outbox 1 is cancelled", "cancel 1");
	expect(0, "outbox 1 is already cancelled", "cancel 1");
	expect(1, "no outbox message 7", "approve 7");
}

/* Draft id's APPROVE token, read straight from the ledger. */
static void
token_of(int id, char out[33])
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(ledger, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT token FROM outbox "
	    "WHERE id = ?", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(out, 33, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* edit: $VISUAL before $EDITOR; an unchanged body keeps the token, a
 * changed one gets a new token (the mailed one no longer approves), and
 * the parent's own `ptrail approve` still sends it */
static void
test_edit_new_token(void **state)
{
	char before[33], after[33];
	(void)state;
	ingest_letter(hostile);
	token_of(1, before);
	setenv("EDITOR", "false", 1);
	setenv("VISUAL", "true", 1);
	expect(0, "outbox 1 unchanged", "edit 1");
	token_of(1, after);
	assert_string_equal(before, after);
	setenv("VISUAL", "sed -i '1s/^/Edited. /'", 1);
	expect(0, "the APPROVE line mailed before no longer sends it", "edit 1");
	token_of(1, after);
	assert_string_not_equal(before, after);
	expect(0, "Edited. ", "outbox show 1");
	expect(0, "outbox 1 is approved", "approve 1");
	unsetenv("VISUAL");
	unsetenv("EDITOR");
}

/* The login refused before any folder: status says what went wrong. */
static void
test_status_shows_last_error(void **state)
{
	struct ledger *l;
	struct buf err = BUF_INIT;

	(void)state;
	if (ledger_open(ledger, LEDGER_RW, &l, &err) == -1)
		fail_msg("%s", buf_str(&err));
	assert_int_equal(sync_state_error(l, "INBOX", 1774000000,
	    "localhost:1: nothing listens there"), 0);
	ledger_close(l);
	expect(0, "no folder synced yet (ledger ", "status");
	expect(0, "last error, 2026-03-20T17:46:40+08:00: localhost:1: nothing "
	    "listens there", "status");
	buf_free(&err);
}

static void
test_bad_config_is_78(void **state)
{
	char *bad = test_write_file(dir, "bad.conf",
	    "[account]\naddress = a@b.hk\nsmtp_prot = x\n[school]\ndomains = s.hk\n",
	    0600);
	char *cmd, *out;
	char *saved = conf;

	(void)state;
	conf = bad;
	if (asprintf(&cmd, "list") < 0)
		abort();
	assert_int_equal(run(&out, cmd), 78);
	assert_non_null(strstr(out, "bad.conf:3: unknown key 'smtp_prot'"));
	assert_non_null(strstr(out, "did you mean 'smtp'"));
	free(out);
	free(cmd);
	expect(78, "bad.conf:3:", "config check");
	conf = saved;
	/* what ptraild refuses, config check refuses, in ptraild's words */
	expect(78, "ptraild needs imap and user in [account]", "config check");
	free(bad);
	bad = test_write_file(dir, "service.conf", "[account]\naddress = a@b.hk\n"
	    "imap = imaps://imap.b.hk\nuser = a\n[school]\ndomains = "
	    "s.hk t.hk\n[feed]\nlisten = 127.0.0.1:8089\ntoken = "
	    "0123456789abcdef\n", 0600);
	conf = bad;
	expect(0, "domains = s.hk, t.hk", "config check");
	expect(0, "token = ********", "config check");
	free(bad);
	bad = test_write_file(dir, "service.conf", "[account]\naddress = a@b.hk\n"
	    "imap = imaps://imap.b.hk:99999\nuser = a\n[school]\ndomains = "
	    "s.hk\n[feed]\nlisten = 8089\ntoken = short\n", 0600);
	conf = bad;
	expect(78, "service.conf:3: imap = 'imaps://imap.b.hk:99999': the port "
	    "must be a number from 1 to 65535", "config check");
	expect(78, "service.conf:8: [feed] listen = 8089 is not ADDRESS:PORT",
	    "config check");
	expect(78, "service.conf:9: [feed] token must be at least 16",
	    "config check");
	conf = saved;
	free(bad);
}

static void
test_verify_names_edited_row(void **state)
{
	sqlite3 *db;
	(void)state;
	expect(0, NULL, "add --who 'Ms Wong' --what 'call' --due 2026-03-18");
	expect(0, NULL, "add --who 'Miss Lam' --what 'send the log' --due 2026-03-27");
	expect(1, "no commitments match in ", "list --who nobody");
	/* each promise and its person */
	expect(0, "intact (4 events)", "verify");
	assert_int_equal(sqlite3_open(ledger, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TRIGGER events_no_update; "
	    "UPDATE events SET detail = replace(detail, 'Miss Lam', 'Mr X') "
	    "WHERE id = 4", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	expect(1, "event 4: its content does not match its hash", "verify");
}

/* Store a letter in the test's ledger as ptraild would, and draft its
 * confirmation. */
static void
ingest_letter(const char *raw)
{
	struct config cfg;
	struct ledger *l;
	struct ingest_result res;
	struct buf err = BUF_INIT;
	time_t now;
	int off;

	assert_int_equal(iso8601_parse("2026-03-20T09:00:00+08:00", &now, &off), 0);
	if (config_load(conf, &cfg, &err) == -1)
		fail_msg("%s", buf_str(&err));
	if (ledger_open(ledger, LEDGER_RW, &l, &err) == -1)
		fail_msg("%s", buf_str(&err));
	if (ingest_message(l, &cfg, "INBOX", 1, 1, raw, strlen(raw), now, &res,
	    &err) == -1)
		fail_msg("%s", buf_str(&err));
	compose_pending(l, &cfg, now, 30, NULL);
	ledger_close(l);
	config_free(&cfg);
	buf_free(&err);
}

/* What the school sent cannot drive the parent's terminal: no ESC, BEL or
 * CR/LF from a letter reaches it raw, and a CR/LF in an RFC 2047 display
 * name cannot forge a line of `ptrail list`. */
static const char *hostile =
	"From: =?UTF-8?B?TXMgV29uZw0KQmNjOiB4QGV2aWwuZXhhbXBsZSBmb3JnZWQ=?= "
	"<wongml@hmps.edu.hk>\r\n"
	"To: carmen@example.com\r\n"
	"Subject: Plan \x1b[2J\x1b]0;owned\x07" " for Ethan\r\n"
	"Date: Wed, 18 Mar 2026 10:00:00 +0800\r\n"
	"Message-ID: <hostile@hmps.edu.hk>\r\n"
	"Content-Type: text/plain; charset=utf-8\r\n"
	"\r\n"
	"Dear Ms Chan,\r\n\r\n"
	"I will send you the reading plan \x1b[2J\x1b]0;owned\x07" "by 27 March "
	"2026.\r\n\r\nMs Wong\r\n";

static void
expect_tame(const char *args, int lines_too)
{
	char *out;
	int rc = run(&out, args);

	if (rc != 0)
		fail_msg("ptrail %s: exit %d:\n%s", args, rc, out);
	if (strchr(out, '\x1b') || strchr(out, '\x07'))
		fail_msg("ptrail %s printed a raw ESC or BEL:\n%s", args, out);
	if (lines_too && (strstr(out, "\nBcc:") || strstr(out, "\rBcc:")))
		fail_msg("ptrail %s printed a forged line:\n%s", args, out);
	free(out);
}

static void
test_control_chars_are_shown_not_obeyed(void **state)
{
	char *eml, *args, *out;

	(void)state;
	eml = test_write_file(dir, "hostile.eml", hostile, 0600);
	if (asprintf(&args, "extract '%s'", eml) < 0)
		abort();
	expect_tame(args, 1);
	expect(0, "\xe2\x90\x9b[2J", args);	/* ESC shown as its picture */
	free(args);

	ingest_letter(hostile);
	expect_tame("list --all", 1);
	/* list names the person (the config's Ms Wong: a From name with an
	 * address in it is no name); the letter's From is shown as sent */
	expect(0, "Ms Wong open", "list --all");
	expect(0, "letter:     Ms Wong\xe2\x90\x8d\xe2\x90\x8a" "Bcc: x@evi",
	    "show 1");
	expect_tame("show 1", 1);
	expect(0, "subject:    Plan \xe2\x90\x9b[2J\xe2\x90\x9b]0;owned\xe2\x90\x87",
	    "show 1");
	expect_tame("outbox", 1);
	/* the draft's body is shown as it will go, lines and all (the name
	 * compose put in it is compose's to clean); no ESC or BEL in it */
	expect_tame("outbox show 1", 0);
	expect_tame("log", 1);
	/* JSON escapes them its own way */
	assert_int_equal(run(&out, "list --all --json"), 0);
	assert_null(strchr(out, '\x1b'));
	assert_non_null(strstr(out, "\\u001b"));
	free(out);
	free(eml);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_list_json, setup, teardown),
		cmocka_unit_test_setup_teardown(test_usage_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_config_is_78, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_verify_names_edited_row, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_control_chars_are_shown_not_obeyed,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_mistakes_a_person_makes, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_approve_twice, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edit_new_token, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_people_read, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_date_flag_marked, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_list_streams, setup, teardown),
		cmocka_unit_test_setup_teardown(test_show_ladder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_status_shows_last_error, setup,
		    teardown),
	};

	bin = getenv("PTRAIL") ? getenv("PTRAIL") : "./ptrail";
	if (access(bin, X_OK) != 0) {
		fprintf(stderr, "test_cli: %s is not an executable\n", bin);
		return 1;
	}
	return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
