/*
 * test_config.c — ptrail.conf: a good file, and each kind of bad file.
 * Every bad file must give a message naming FILE:LINE (or FILE for a
 * missing key) and what to do, and config_load() must return -1.
 */
#include "testutil.h"

#include <errno.h>
#include <sys/stat.h>

#include <grp.h>
#include <pwd.h>

#include "base/config.h"
#include "base/config_int.h"

static char *dir;

static const char *good =
	"; a comment\n"
	"[account]\n"
	"address = Carmen Chan <Carmen.Chan@Example.com>\n"
	"imap = imaps://imap.example.com:993\n"
	"smtp = smtp://smtp.example.com:587   ; inline comment\n"
	"user = carmen@example.com\n"
	"folders = INBOX, Sent\n"
	"[school]\n"
	"domains = HMPS.edu.hk, other.edu.hk\n"
	"senco = Ms Wong <wongml@hmps.edu.hk>\n"
	"principal = \"Mr Lee\" <principal@hmps.edu.hk>\n"
	"[ledger]\n"
	"path = /var/lib/ptrail/ledger.db\n"
	"[time]\n"
	"zone = Asia/Hong_Kong\n"
	"[escalation]\n"
	"principal_after = 7\n"
	"[send]\n"
	"reminder = auto\n";

/* Load text as a config file; returns config_load's result, err filled. */
static int
load(const char *text, struct config *cfg, struct buf *err)
{
	char *path = test_write_file(dir, "ptrail.conf", text, 0600);
	int rc = config_load(path, cfg, err);
	free(path);
	return rc;
}

static void
expect_error(const char *text, const char *needle)
{
	struct config cfg;
	struct buf err = BUF_INIT;

	assert_int_equal(load(text, &cfg, &err), -1);
	if (strstr(buf_str(&err), needle) == NULL)
		fail_msg("error '%s' does not contain '%s'", buf_str(&err), needle);
	buf_free(&err);
}

static void
test_good_file(void **state)
{
	struct config cfg;
	struct buf err = BUF_INIT;

	(void)state;
	assert_int_equal(load(good, &cfg, &err), 0);
	assert_string_equal(cfg.parent_addr, "carmen.chan@example.com");
	assert_string_equal(cfg.parent_name, "Carmen Chan");
	assert_string_equal(cfg.imap_url, "imaps://imap.example.com:993");
	assert_string_equal(cfg.smtp_url, "smtp://smtp.example.com:587");
	assert_int_equal(cfg.nfolders, 2);
	assert_string_equal(cfg.folders[1], "Sent");
	assert_int_equal(cfg.ndomains, 2);
	assert_string_equal(cfg.domains[0], "hmps.edu.hk");
	assert_string_equal(cfg.people[ROLE_SENCO].name, "Ms Wong");
	assert_string_equal(cfg.people[ROLE_PRINCIPAL].name, "Mr Lee");
	assert_string_equal(cfg.ledger_path, "/var/lib/ptrail/ledger.db");
	assert_int_equal(cfg.ladder_days[1], 7);
	assert_int_equal(cfg.ladder_days[2], 10);
	assert_int_equal(cfg.send_reminder, SEND_AUTO);
	assert_int_equal(cfg.send_confirmation, SEND_APPROVE);
	assert_int_equal(cfg.tls, TLS_VERIFY);
	assert_string_equal(cfg.smtp_user, "carmen@example.com");
	assert_true(config_is_school_addr(&cfg, "wongml@hmps.edu.hk"));
	assert_true(config_is_school_addr(&cfg, "x@mail.hmps.edu.hk"));
	assert_false(config_is_school_addr(&cfg, "x@nothmps.edu.hk"));
	assert_false(config_is_school_addr(&cfg, "carmen@example.com"));

	struct buf dump = BUF_INIT;
	config_dump(&cfg, &dump);
	assert_non_null(strstr(buf_str(&dump), "senco = Ms Wong <wongml@hmps.edu.hk>"));
	buf_free(&dump);
	config_free(&cfg);
	buf_free(&err);
}

static void
test_unknown_key_suggests(void **state)
{
	(void)state;
	expect_error("[account]\naddress = a@b.hk\nsmtp_prot = x\n[school]\n"
	    "domains = s.hk\n", "ptrail.conf:3: unknown key 'smtp_prot' in "
	    "[account] (did you mean 'smtp' in [account]?)");
	expect_error("[account]\naddress = a@b.hk\npasword_file = /x\n[school]\n"
	    "domains = s.hk\n", "did you mean 'password_file'");
	expect_error("[acount]\naddress = a@b.hk\n[school]\ndomains = s.hk\n",
	    ":1: unknown section [acount]");
}

static void
test_missing_required(void **state)
{
	(void)state;
	expect_error("[account]\naddress = a@b.hk\n", "missing 'domains' in [school]");
	expect_error("[school]\ndomains = s.hk\n", "missing 'address' in [account]");
}

static void
test_bad_values(void **state)
{
	(void)state;
	expect_error("[account]\naddress = not an address\n[school]\n"
	    "domains = s.hk\n", ":2: address = 'not an address' is not an address");
	expect_error("[account]\naddress = a@b.hk\nimap = http://x\n[school]\n"
	    "domains = s.hk\n", ":3: imap = 'http://x'");
	expect_error("[account]\naddress = a@b.hk\npoll_interval = 5x\n[school]\n"
	    "domains = s.hk\n", ":3: poll_interval = '5x' is not a whole number");
	expect_error("[account]\naddress = a@b.hk\ntls = maybe\n[school]\n"
	    "domains = s.hk\n", ":3: tls = 'maybe'");
	expect_error("[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n"
	    "senco = Ms Wong <wong@>\n", ":5: senco");
	expect_error("[account]\naddress = a@b.hk\naddress = c@d.hk\n[school]\n"
	    "domains = s.hk\n", ":3: 'address' is set twice");
	expect_error("[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n"
	    "[time]\nzone = Mars/Olympus\n", "zone 'Mars/Olympus' is not a known");
	expect_error("[account]\naddress = a@b.hk\nthis line is junk\n[school]\n"
	    "domains = s.hk\n", "ptrail.conf:3:");
	expect_error("[send]\nconfirmation = yolo\n", ":2: confirmation = 'yolo'");
}

static void
test_password_file_mode(void **state)
{
	char *secret = test_write_file(dir, "secret", "hunter2\n", 0644);
	char *text;
	struct config cfg;
	struct buf err = BUF_INIT;
	char *pw;

	(void)state;
	if (asprintf(&text, "[account]\naddress = a@b.hk\npassword_file = %s\n"
	    "[school]\ndomains = s.hk\n", secret) < 0)
		abort();
	expect_error(text, "can be read by group or others (run: chmod 600");
	chmod(secret, 0600);
	assert_int_equal(load(text, &cfg, &err), 0);
	assert_int_equal(config_password(&cfg, "imap", &pw, &err), 0);
	assert_string_equal(pw, "hunter2");
	free(pw);
	config_free(&cfg);
	free(text);
	free(secret);
	buf_free(&err);
}

static void
test_password_command_and_credentials(void **state)
{
	struct config cfg;
	struct buf err = BUF_INIT;
	char *pw, *creds;

	(void)state;
	assert_int_equal(load("[account]\naddress = a@b.hk\npassword_command = "
	    "printf 'from-command\\nsecond'\n[school]\ndomains = s.hk\n", &cfg,
	    &err), 0);
	assert_int_equal(config_password(&cfg, "imap", &pw, &err), 0);
	assert_string_equal(pw, "from-command");
	free(pw);
	/* the dump never shows the command: it may hold a secret */
	struct buf dump = BUF_INIT;
	config_dump(&cfg, &dump);
	assert_null(strstr(buf_str(&dump), "from-command"));
	assert_non_null(strstr(buf_str(&dump), "password_command = ********"));
	buf_free(&dump);

	creds = test_tmpdir();
	free(test_write_file(creds, "smtp-password", "from-credential\n", 0600));
	setenv("CREDENTIALS_DIRECTORY", creds, 1);
	assert_int_equal(config_password(&cfg, "smtp", &pw, &err), 0);
	assert_string_equal(pw, "from-credential");
	free(pw);
	/* the README's drop-in loads imap-password alone: SMTP takes it */
	free(creds);
	creds = test_tmpdir();
	free(test_write_file(creds, "imap-password", "one-for-both\n", 0600));
	setenv("CREDENTIALS_DIRECTORY", creds, 1);
	assert_int_equal(config_password(&cfg, "smtp", &pw, &err), 0);
	assert_string_equal(pw, "one-for-both");
	free(pw);
	unsetenv("CREDENTIALS_DIRECTORY");
	config_free(&cfg);

	assert_int_equal(load("[account]\naddress = a@b.hk\npassword_command = "
	    "false\n[school]\ndomains = s.hk\n", &cfg, &err), 0);
	assert_int_equal(config_password(&cfg, "imap", &pw, &err), -1);
	assert_non_null(strstr(buf_str(&err), "password_command failed"));
	config_free(&cfg);
	free(creds);
	buf_free(&err);
}

static void
test_missing_file(void **state)
{
	struct config cfg;
	struct buf err = BUF_INIT;

	(void)state;
	assert_int_equal(config_load("/nonexistent/ptrail.conf", &cfg, &err), -1);
	assert_non_null(strstr(buf_str(&err), "/nonexistent/ptrail.conf: no such "
	    "file (write one from ptrail.conf.example"));
	buf_free(&err);
}

/* Permission denied names the cause, the file's owner and mode, and what
 * the documented system set-up does; not the "write one" hint. */
static void
test_unreadable_file_says_why(void **state)
{
	char *path = test_write_file(dir, "locked.conf", "", 0600);
	struct buf err = BUF_INIT;

	(void)state;
	config_explain_open_error(path, EACCES, &err);
	assert_non_null(strstr(buf_str(&err), ": permission denied: it is "));
	assert_non_null(strstr(buf_str(&err), "mode 0600 and this runs as "));
	assert_non_null(strstr(buf_str(&err), "chown root:ptrail"));
	assert_null(strstr(buf_str(&err), "write one from"));
	buf_free(&err);
	free(path);
}

static const char *base = "[account]\naddress = a@b.hk\n[school]\n"
	"domains = s.hk\n";

/* Load base + extra from a file of the given mode; config_load's result. */
static int
load_mode(const char *extra, int mode, struct buf *err)
{
	struct config cfg;
	char *text, *path;
	int rc;

	if (asprintf(&text, "%s%s", base, extra) < 0)
		abort();
	path = test_write_file(dir, "mode.conf", text, mode);
	rc = config_load(path, &cfg, err);
	if (rc == 0)
		config_free(&cfg);
	free(path);
	free(text);
	return rc;
}

static void
expect_mode_error(const char *extra, int mode, const char *needle)
{
	struct buf err = BUF_INIT;

	assert_int_equal(load_mode(extra, mode, &err), -1);
	if (strstr(buf_str(&err), needle) == NULL)
		fail_msg("mode %04o: '%s' lacks '%s'", mode, buf_str(&err), needle);
	buf_free(&err);
}

static const char *token = "[feed]\ntoken = 0123456789abcdef\n";

/* A config others can write runs their password_command; one holding the
 * feed's token or a password_command is for its owner (and the service
 * group) only. */
static void
test_config_file_mode(void **state)
{
	struct buf err = BUF_INIT;

	(void)state;
	expect_mode_error("", 0666, "can be written by anyone (mode 0666)");
	expect_mode_error("", 0620, "can be written by group (mode 0620)");
	expect_mode_error("", 0602, "(run: chmod go-w ");
	assert_int_equal(load_mode("", 0644, &err), 0);	/* no secret in it */
	expect_mode_error(token, 0644, "holds a secret (token or "
	    "password_command) and anyone can read it (mode 0644) (run: chmod o-r");
	expect_mode_error("[account]\npassword_command = true\n", 0604, "anyone can read it");
	assert_int_equal(load_mode(token, 0600, &err), 0);
	assert_int_equal(load_mode(token, 0400, &err), 0);
	assert_int_equal(load_mode("[account]\npassword_command = true\n", 0600, &err), 0);
	buf_free(&err);
}

/* Group-readable secrets: the owner's own group passes, another group is
 * refused with the chown/chmod of the documented service set-up. */
static void
test_config_group_read(void **state)
{
	struct buf err = BUF_INIT;
	struct config cfg;
	struct group *gr = getgrnam("adm");
	char *text, *path;

	(void)state;
	if (geteuid() != 0 || gr == NULL)
		skip();
	if (asprintf(&text, "%s%s", base, token) < 0)
		abort();
	path = test_write_file(dir, "group.conf", text, 0640);
	/* root:root, the owner's own group */
	assert_int_equal(config_load(path, &cfg, &err), 0);
	config_free(&cfg);
	assert_int_equal(chown(path, (uid_t)-1, gr->gr_gid), 0);
	assert_int_equal(config_load(path, &cfg, &err), -1);
	assert_non_null(strstr(buf_str(&err), "group adm can read it (run: "
	    "chmod 600 "));
	assert_non_null(strstr(buf_str(&err), "chown root:ptrail "));
	free(path);
	free(text);
	buf_free(&err);
}

/* Owned by someone else: they could edit it. Its folder open to all: they
 * could replace it. */
static void
test_config_owner_and_folder(void **state)
{
	struct buf err = BUF_INIT;
	struct config cfg;
	struct passwd *pw = getpwnam("daemon");
	char *path, *open_dir;

	(void)state;
	if (geteuid() != 0 || pw == NULL)
		skip();
	path = test_write_file(dir, "owned.conf", base, 0600);
	assert_int_equal(chown(path, pw->pw_uid, (gid_t)-1), 0);
	assert_int_equal(config_load(path, &cfg, &err), -1);
	assert_non_null(strstr(buf_str(&err), "is owned by daemon, not by root "
	    "(who reads it) or root"));
	assert_non_null(strstr(buf_str(&err), "(run: chown root "));
	buf_reset(&err);

	if (asprintf(&open_dir, "%s/open", dir) < 0)
		abort();
	mkdir(open_dir, 0777);
	chmod(open_dir, 0777);
	free(path);
	path = test_write_file(open_dir, "c.conf", base, 0600);
	assert_int_equal(config_load(path, &cfg, &err), -1);
	assert_non_null(strstr(buf_str(&err), "its folder can be written by "
	    "anyone"));
	buf_reset(&err);
	chmod(open_dir, 01777);		/* sticky, like /tmp: cannot be replaced */
	assert_int_equal(config_load(path, &cfg, &err), 0);
	config_free(&cfg);
	free(path);
	free(open_dir);
	buf_free(&err);
}

/* A password file: the reader's own, 0600, in a folder others cannot
 * write; each refusal says what to run. */
static void
test_password_file_owner_and_folder(void **state)
{
	struct passwd *pw = getpwnam("daemon");
	char *open_dir, *secret, *text;

	(void)state;
	if (asprintf(&open_dir, "%s/pwopen", dir) < 0)
		abort();
	mkdir(open_dir, 0700);
	secret = test_write_file(open_dir, "pw", "x\n", 0600);
	if (asprintf(&text, "[account]\naddress = a@b.hk\npassword_file = %s\n"
	    "[school]\ndomains = s.hk\n", secret) < 0)
		abort();
	chmod(open_dir, 0777);
	expect_error(text, "is in a folder anyone can write");
	chmod(open_dir, 0700);
	chmod(secret, 0640);
	expect_error(text, "can be read by group or others (run: chmod 600");
	chmod(secret, 0600);
	if (geteuid() == 0 && pw) {
		assert_int_equal(chown(secret, pw->pw_uid, (gid_t)-1), 0);
		expect_error(text, "is owned by daemon, not by root who reads it "
		    "(run: chown root ");
	}
	free(text);
	free(secret);
	free(open_dir);
}

/* What ptraild refuses, `config check` refuses: both call config_load(). */
static void
test_daemon_refusals(void **state)
{
	(void)state;
	expect_error("[account]\naddress = a@b.hk\nimap = imaps://host:99999\n"
	    "[school]\ndomains = s.hk\n", ":3: imap = 'imaps://host:99999': "
	    "the port must be a number from 1 to 65535");
	expect_error("[account]\naddress = a@b.hk\nsmtp = smtps://:465\n"
	    "[school]\ndomains = s.hk\n", ":3: smtp = 'smtps://:465' is not an");
	expect_error("[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n"
	    "[feed]\nlisten = 8089\ntoken = 0123456789abcdef\n",
	    ":6: [feed] listen = 8089 is not ADDRESS:PORT");
	expect_error("[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n"
	    "[feed]\nlisten = 127.0.0.1:8089\ntoken = short\n",
	    ":7: [feed] token must be at least 16 characters");
	expect_error("[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n"
	    "[feed]\nlisten = 127.0.0.1:8089\n",
	    "[feed] listen needs a token of at least 16 characters");
}

/* Space- and comma-separated lists both work; a folder with a space is
 * quoted; something that is not a domain is refused, not kept. */
static void
test_lists(void **state)
{
	struct config cfg;
	struct buf err = BUF_INIT;

	(void)state;
	assert_int_equal(load("[account]\naddress = a@b.hk\nfolders = INBOX "
	    "\"Sent Items\",Archive\n[school]\ndomains = a.edu.hk b.org\n"
	    "domains = c.hk,d.hk  e.hk\n", &cfg, &err), 0);
	assert_int_equal(cfg.ndomains, 5);
	assert_string_equal(cfg.domains[1], "b.org");
	assert_string_equal(cfg.domains[4], "e.hk");
	assert_true(config_is_school_addr(&cfg, "ho@b.org"));
	assert_int_equal(cfg.nfolders, 3);
	assert_string_equal(cfg.folders[1], "Sent Items");
	assert_string_equal(cfg.folders[2], "Archive");
	config_free(&cfg);
	buf_free(&err);
	expect_error("[account]\naddress = a@b.hk\n[school]\ndomains = "
	    "a.edu.hk; b.org\n", ":4: domains: 'a.edu.hk;' is not a mail domain");
}

/* The ledger's folder when the config does not name one: the service's,
 * for the service's config or user, so `sudo -u ptrail ptrail list` reads
 * what ptraild writes. */
static void
test_default_dir(void **state)
{
	char *p;

	(void)state;
	unsetenv("STATE_DIRECTORY");
	setenv("XDG_DATA_HOME", "/data", 1);
	p = config_default_dir("/etc/ptrail/ptrail.conf");
	assert_string_equal(p, "/var/lib/ptrail");
	free(p);
	p = config_default_dir("/etc/ptrail/chan.conf");
	assert_string_equal(p, "/var/lib/ptrail/chan");
	free(p);
	p = config_default_dir("/home/c/.config/ptrail/ptrail.conf");
	assert_string_equal(p, "/data/ptrail");
	free(p);
	setenv("STATE_DIRECTORY", "/var/lib/ptrail/chan:/other", 1);
	p = config_default_dir("/home/c/.config/ptrail/ptrail.conf");
	assert_string_equal(p, "/var/lib/ptrail/chan");
	free(p);
	unsetenv("STATE_DIRECTORY");
	unsetenv("XDG_DATA_HOME");
}

static void
test_find_order(void **state)
{
	char *p;

	(void)state;
	p = config_find("/x/cli.conf");
	assert_string_equal(p, "/x/cli.conf");
	free(p);
	setenv("PTRAIL_CONFIG", "/x/env.conf", 1);
	p = config_find(NULL);
	assert_string_equal(p, "/x/env.conf");
	free(p);
	unsetenv("PTRAIL_CONFIG");
	setenv("XDG_CONFIG_HOME", dir, 1);
	char *sub;
	if (asprintf(&sub, "%s/ptrail", dir) < 0)
		abort();
	mkdir(sub, 0700);
	free(test_write_file(sub, "ptrail.conf", "", 0600));
	p = config_find(NULL);
	assert_non_null(strstr(p, "/ptrail/ptrail.conf"));
	assert_int_equal(strncmp(p, dir, strlen(dir)), 0);
	free(p);
	free(sub);
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	p = config_find(NULL);
	assert_string_equal(p, "/etc/ptrail/ptrail.conf");
	free(p);
}

static void
test_parse_mailbox(void **state)
{
	char *n, *a;

	(void)state;
	assert_int_equal(parse_mailbox("Ms Wong <Wong@School.edu.hk>", &n, &a), 0);
	assert_string_equal(n, "Ms Wong");
	assert_string_equal(a, "wong@school.edu.hk");
	free(n); free(a);
	assert_int_equal(parse_mailbox("plain@school.edu.hk", &n, &a), 0);
	assert_null(n);
	free(a);
	assert_int_equal(parse_mailbox("x <a@b.hk>\r\nBcc: evil@x.com", &n, &a), -1);
	assert_int_equal(parse_mailbox("x <a b@c.hk>", &n, &a), -1);
	assert_int_equal(parse_mailbox("@c.hk", &n, &a), -1);
	assert_int_equal(parse_mailbox("a@nodot", &n, &a), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_file),
		cmocka_unit_test(test_unknown_key_suggests),
		cmocka_unit_test(test_missing_required),
		cmocka_unit_test(test_bad_values),
		cmocka_unit_test(test_password_file_mode),
		cmocka_unit_test(test_password_command_and_credentials),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_unreadable_file_says_why),
		cmocka_unit_test(test_config_file_mode),
		cmocka_unit_test(test_config_group_read),
		cmocka_unit_test(test_config_owner_and_folder),
		cmocka_unit_test(test_password_file_owner_and_folder),
		cmocka_unit_test(test_daemon_refusals),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_default_dir),
		cmocka_unit_test(test_find_order),
		cmocka_unit_test(test_parse_mailbox),
	};
	dir = test_tmpdir();
	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
