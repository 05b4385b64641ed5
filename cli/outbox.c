/*
 * outbox.c — what ptrail will send, or sent, on the parent's behalf:
 *   ptrail outbox [--json]      every row, newest last
 *   ptrail outbox show ID       the whole message as it will go
 *   ptrail approve ID           let ptraild send a draft
 *   ptrail cancel ID            never send it
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ledger/outbox.h"
#include "mail/mime.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include <unistd.h>

static int
parse_id(const char *s, int64_t *id)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (end == s || *end || v <= 0)
		return -1;
	*id = v;
	return 0;
}

static int
show(struct cli *cli, int64_t id)
{
	struct outbox_row r;
	struct mime_message m;
	struct buf msg = BUF_INIT, err = BUF_INIT;
	struct ledger *l = cli_ledger(cli, LEDGER_RO);

	if (outbox_get(l, id, &r) == -1) {
		fprintf(stderr, "ptrail outbox: no message %lld\n", (long long)id);
		return EXIT_NONE;
	}
	printf("outbox %lld: %s, %s%s%s\n\n", (long long)r.id, r.kind, r.state,
	    r.last_error ? " — " : "", cli_vis(r.last_error));
	/* the message as it will go, read back the way ptrail reads mail:
	 * its headers decoded (not =?UTF-8?B?...?=), then the body */
	outbox_render(&r, cli_config(cli), r.sent_at ? (time_t)r.sent_at :
	    cli->now, &msg);
	if (mime_parse(msg.s, msg.len, &m, &err) == 0) {
		char when[26] = "";
		if (m.has_date)
			iso8601_local(m.date, when);
		printf("Date:        %s\n", when);
		printf("From:        %s%s<%s>\n", m.from_name ?
		    cli_vis(m.from_name) : "", m.from_name ? " " : "",
		    cli_vis(m.from_addr));
		printf("To:          %s\n", cli_vis(m.to));
		if (m.cc)
			printf("Cc:          %s\n", cli_vis(m.cc));
		printf("Subject:     %s\n", cli_vis(m.subject));
		printf("Message-ID:  %s\n", cli_vis(m.message_id));
		if (m.in_reply_to)
			printf("In-Reply-To: %s\n", cli_vis(m.in_reply_to));
		mime_message_free(&m);
	} else {
		printf("(the drafted message cannot be read back: %s)\n",
		    buf_str(&err));
	}
	printf("\n%s\n", cli_vis_text(r.body));
	buf_free(&err);
	if (strcmp(r.state, "draft") == 0)
		printf("To send it: ptrail approve %lld\n", (long long)r.id);
	buf_free(&msg);
	outbox_row_free(&r);
	return EXIT_FOUND;
}

int
cmd_outbox(struct cli *cli, int argc, char **argv)
{
	struct outbox_row *v;
	size_t n;
	int json = 0;
	int64_t id;

	if (argc == 3 && strcmp(argv[1], "show") == 0) {
		if (parse_id(argv[2], &id) == -1)
			return cli_usage("outbox");
		return show(cli, id);
	}
	if (argc == 2 && strcmp(argv[1], "--json") == 0)
		json = 1;
	else if (argc != 1)
		return cli_usage("outbox");
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (outbox_list(l, NULL, &v, &n) == -1)
		return EX_SOFTWARE;
	if (json) {
		json_object *arr = json_object_new_array();
		for (size_t k = 0; k < n; k++) {
			json_object *o = json_object_new_object();
			char iso[26];
			json_object_object_add(o, "id", json_object_new_int64(v[k].id));
			json_object_object_add(o, "kind", json_object_new_string(v[k].kind));
			json_object_object_add(o, "state", json_object_new_string(v[k].state));
			json_object_object_add(o, "message_id", json_object_new_string(v[k].msgid));
			json_object_object_add(o, "to", json_object_new_string(v[k].to_addrs));
			json_object_object_add(o, "cc", v[k].cc_addrs ?
			    json_object_new_string(v[k].cc_addrs) : NULL);
			json_object_object_add(o, "subject", json_object_new_string(v[k].subject));
			json_object_object_add(o, "attempts", json_object_new_int(v[k].attempts));
			json_object_object_add(o, "last_error", v[k].last_error ?
			    json_object_new_string(v[k].last_error) : NULL);
			iso8601_local((time_t)v[k].created_at, iso);
			json_object_object_add(o, "created_at", json_object_new_string(iso));
			if (v[k].sent_at) {
				iso8601_local((time_t)v[k].sent_at, iso);
				json_object_object_add(o, "sent_at", json_object_new_string(iso));
			} else {
				json_object_object_add(o, "sent_at", NULL);
			}
			json_object_array_add(arr, o);
		}
		json_object *root = json_object_new_object();
		json_object_object_add(root, "outbox", arr);
		puts(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(root);
	} else if (n) {
		printf("%-4s %-13s %-10s %-32s %s\n", "ID", "KIND", "STATE", "TO",
		    "SUBJECT");
		for (size_t k = 0; k < n; k++)
			printf("%-4lld %-13s %-10s %-32s %s\n", (long long)v[k].id,
			    v[k].kind, v[k].state, cli_vis(v[k].to_addrs),
			    cli_vis(v[k].subject));
	} else {
		printf("the outbox is empty\n");
	}
	outbox_list_free(v, n);
	return n ? EXIT_FOUND : EXIT_NONE;
}

/* After an approval: when the message will go. A running ptraild hears
 * the change and sends within seconds (ptraild(8)). */
static void
say_when(struct cli *cli, struct ledger *l, int64_t id)
{
	struct outbox_row r;
	char at[26];
	int running = ledger_lock_held(ledger_path(l));

	memset(&r, 0, sizeof(r));
	if (cli_config(cli)->smtp_url == NULL) {
		printf("no smtp server is configured ([account] smtp): it will "
		    "not be sent until one is\n");
		return;
	}
	if (outbox_get(l, id, &r) == 0 && r.not_before > (int64_t)cli->now) {
		iso8601_local((time_t)r.not_before, at);
		printf("it goes at %s, a school morning%s\n", at, running == 1 ?
		    "" : ", once ptraild runs (it is not running now)");
	} else if (running == 1) {
		printf("ptraild is running: it goes within a few seconds\n");
	} else {
		printf("ptraild is not running: it goes when ptraild next "
		    "starts\n");
	}
	outbox_row_free(&r);
}

static int
move(struct cli *cli, int argc, char **argv, const char *to)
{
	struct buf err = BUF_INIT;
	int64_t id;

	if (argc != 2 || parse_id(argv[1], &id) == -1)
		return cli_usage(argv[0]);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	/* asked twice: what was asked is done, so say so and succeed */
	struct outbox_row r;
	if (outbox_get(l, id, &r) == 0) {
		int already = strcmp(r.state, to) == 0 ||
		    (strcmp(to, "approved") == 0 && (strcmp(r.state, "sending") == 0 ||
		    strcmp(r.state, "sent") == 0));
		if (already)
			printf("outbox %lld is already %s\n", (long long)id, r.state);
		outbox_row_free(&r);
		if (already)
			return EXIT_FOUND;
	}
	if (outbox_set_state(l, id, to, NULL, 0, cli->now, &err) == -1) {
		fprintf(stderr, "ptrail %s: %s\n", argv[0], buf_str(&err));
		buf_free(&err);
		return EXIT_NONE;
	}
	printf("outbox %lld is %s\n", (long long)id, to);
	if (strcmp(to, "approved") == 0)
		say_when(cli, l, id);
	return EXIT_FOUND;
}

int
cmd_approve(struct cli *cli, int argc, char **argv)
{
	return move(cli, argc, argv, "approved");
}

int
cmd_cancel(struct cli *cli, int argc, char **argv)
{
	return move(cli, argc, argv, "cancelled");
}

/* ptrail edit ID: the draft's body in $VISUAL or $EDITOR (else vi); saved
 * if changed. Only the body is edited: the headers stay as drafted. A
 * saved edit replaces the draft's APPROVE token (outbox.h). */
int
cmd_edit(struct cli *cli, int argc, char **argv)
{
	struct outbox_row r;
	struct buf err = BUF_INIT, body = BUF_INIT;
	char path[] = "/tmp/ptrail-draft-XXXXXX";
	const char *editor = getenv("VISUAL");
	char chunk[4096], *cmd;
	size_t n;
	int64_t id;
	int fd, rc = EXIT_FOUND;
	FILE *f;

	if (argc != 2 || parse_id(argv[1], &id) == -1)
		return cli_usage("edit");
	if (editor == NULL || *editor == '\0')
		editor = getenv("EDITOR");
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (outbox_get(l, id, &r) == -1) {
		fprintf(stderr, "ptrail edit: no outbox message %lld\n", (long long)id);
		return EXIT_NONE;
	}
	if (strcmp(r.state, "draft") != 0) {
		fprintf(stderr, "ptrail edit: outbox message %lld is %s; only a "
		    "draft can be edited\n", (long long)id, r.state);
		outbox_row_free(&r);
		return EXIT_NONE;
	}
	if ((fd = mkstemp(path)) == -1 || write(fd, r.body, strlen(r.body)) < 0) {
		fprintf(stderr, "ptrail edit: cannot write a temporary file\n");
		outbox_row_free(&r);
		return EX_SOFTWARE;
	}
	close(fd);
	/* the path is ours (mkstemp); the editor comes from the user */
	cmd = xasprintf("%s '%s'", editor && *editor ? editor : "vi", path);
	if (system(cmd) != 0 || (f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "ptrail edit: the editor failed; nothing changed\n");
		rc = EX_SOFTWARE;
	} else {
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_add(&body, chunk, n);
		fclose(f);
		if (strcmp(buf_str(&body), r.body) == 0) {
			printf("outbox %lld unchanged\n", (long long)id);
		} else if (outbox_set_body(l, id, buf_str(&body), cli->now, &err) == -1) {
			fprintf(stderr, "ptrail edit: %s\n", buf_str(&err));
			rc = EXIT_NONE;
		} else {
			printf("outbox %lld saved; the APPROVE line mailed before "
			    "no longer sends it (the next digest has a new one); "
			    "send it with: ptrail approve %lld\n", (long long)id,
			    (long long)id);
		}
	}
	unlink(path);
	free(cmd);
	buf_free(&body);
	buf_free(&err);
	outbox_row_free(&r);
	return rc;
}
