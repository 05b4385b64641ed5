/*
 * items.c — the commands over commitments and the record itself:
 * list, show, add, done, dispute, withdraw, log, verify, config check.
 *
 * Human output is an aligned table with dates in the family's zone and the
 * weekday ("Fri 20 Mar 2026"); --json prints one JSON document whose keys
 * are documented in ptrail(1) and kept stable.
 */
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ledger/items.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

static int
parse_id(const char *s, int64_t *id)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (end == s || *end != '\0' || v <= 0)
		return -1;
	*id = v;
	return 0;
}

static void
json_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v ? json_object_new_string(v) : NULL);
}

static void
json_time(json_object *o, const char *k, int64_t t)
{
	char iso[26];
	if (t == 0) {
		json_object_object_add(o, k, NULL);
		return;
	}
	iso8601_local((time_t)t, iso);
	json_object_object_add(o, k, json_object_new_string(iso));
}

static json_object *
commitment_json(const struct commitment *c, const char *today)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "id", json_object_new_int64(c->id));
	json_str(o, "actor", c->actor);
	json_str(o, "action", c->action);
	json_str(o, "quote", c->quote);
	json_str(o, "due", c->due);
	json_str(o, "due_time", c->due_time);
	json_object_object_add(o, "vague", json_object_new_boolean(c->vague));
	json_str(o, "state", c->state);
	json_object_object_add(o, "overdue",
	    json_object_new_boolean(commitment_is_overdue(c, today)));
	json_str(o, "source", c->source);
	json_str(o, "note", c->note);
	json_object_object_add(o, "message_id", c->message_id ?
	    json_object_new_int64(c->message_id) : NULL);
	json_object_object_add(o, "meeting_id", c->meeting_id ?
	    json_object_new_int64(c->meeting_id) : NULL);
	json_time(o, "created_at", c->created_at);
	json_time(o, "updated_at", c->updated_at);
	json_time(o, "answered_at", c->answered_at);
	return o;
}

static void
print_json(json_object *o)
{
	puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

/* Width of a UTF-8 string in terminal columns, roughly: CJK counts 2. */
static int
text_width(const char *s)
{
	int w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;
		w += *p >= 0xE3 ? 2 : 1;
	}
	return w;
}

static void
print_cell(const char *s, int width)
{
	int w = text_width(s);
	fputs(s, stdout);
	for (; w < width; w++)
		putchar(' ');
}

/* Why a past-due promise is not overdue: who answered it, and when. */
static void
print_answered(const struct commitment *c, const char *today)
{
	char day[16];
	struct civil cv;

	if (c->answered_at == 0 || c->due == NULL || strcmp(c->due, today) >= 0)
		return;
	local_civil((time_t)c->answered_at, &cv);
	civil_human(&cv, day);
	if (c->answered_by)
		printf(" [answered by letter %lld on %s]", (long long)c->answered_by,
		    day);
	else
		printf(" [you marked it answered on %s]", day);
}

static void
print_table(const struct commitment *arr, size_t n, const char *today)
{
	int wwho = 3;
	char due[16];

	for (size_t i = 0; i < n; i++) {
		int w = text_width(arr[i].actor ? arr[i].actor : "-");
		if (w > wwho)
			wwho = w < 24 ? w : 24;
	}
	printf("%-5s %-15s %-6s ", "ID", "DUE", "TIME");
	print_cell("WHO", wwho);
	printf(" %-10s %s\n", "STATE", "WHAT");
	for (size_t i = 0; i < n; i++) {
		const struct commitment *c = &arr[i];
		const char *what = c->action && *c->action ? c->action : c->quote;
		int overdue = commitment_is_overdue(c, today);

		if (c->due)
			ymd_human(c->due, due);
		else
			snprintf(due, sizeof(due), "%s", "no date");
		printf("%-5lld %-15s %-6s ", (long long)c->id, due,
		    c->due_time ? c->due_time : "");
		print_cell(c->actor ? c->actor : "-", wwho);
		printf(" %-10s %s%s", overdue ? "OVERDUE" : c->state,
		    c->vague ? "(vague) " : "", what ? what : "");
		print_answered(c, today);
		putchar('\n');
	}
}

int
cmd_list(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "open", no_argument, NULL, 'o' },
		{ "overdue", no_argument, NULL, 'O' },
		{ "all", no_argument, NULL, 'a' },
		{ "since", required_argument, NULL, 's' },
		{ "who", required_argument, NULL, 'w' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct commitment_query q = { LIST_OPEN, NULL, NULL, NULL };
	struct commitment *arr;
	struct civil c;
	size_t n;
	int ch, json = 0;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'o': q.which = LIST_OPEN; break;
		case 'O': q.which = LIST_OVERDUE; break;
		case 'a': q.which = LIST_ALL; break;
		case 's': q.since = optarg; break;
		case 'w': q.who = optarg; break;
		case 'j': json = 1; break;
		default: return cli_usage("list");
		}
	}
	if (optind != argc)
		return cli_usage("list");
	if (q.since && civil_parse(q.since, &c) == -1) {
		fprintf(stderr, "ptrail list: --since %s is not a date "
		    "(YYYY-MM-DD)\n", q.since);
		return EXIT_USAGE;
	}
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	q.today = cli_today(cli);
	if (commitment_list(l, &q, &arr, &n) == -1) {
		fprintf(stderr, "ptrail list: cannot read the ledger: %s\n",
		    ledger_errmsg(l));
		return EXIT_SOFTWARE;
	}
	if (json) {
		json_object *root = json_object_new_object();
		json_object *a = json_object_new_array();
		for (size_t i = 0; i < n; i++)
			json_object_array_add(a, commitment_json(&arr[i], q.today));
		json_object_object_add(root, "today",
		    json_object_new_string(q.today));
		json_object_object_add(root, "commitments", a);
		print_json(root);
	} else if (n > 0) {
		print_table(arr, n, q.today);
	} else {
		printf("no commitments match\n");
	}
	commitment_list_free(arr, n);
	return n ? EXIT_FOUND : EXIT_NONE;
}

static void
print_letter(struct ledger *l, int64_t message_id)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT message_id, from_name, "
	    "from_addr, subject, date, sha256 FROM messages WHERE id = ?", -1,
	    &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(st, 1, message_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		char when[26] = "";
		if (sqlite3_column_type(st, 4) != SQLITE_NULL)
			iso8601_local((time_t)sqlite3_column_int64(st, 4), when);
		printf("letter:     %s <%s>, %s\n", sqlite3_column_text(st, 1) ?
		    (const char *)sqlite3_column_text(st, 1) : "",
		    sqlite3_column_text(st, 2) ?
		    (const char *)sqlite3_column_text(st, 2) : "", when);
		printf("subject:    %s\n", sqlite3_column_text(st, 3) ?
		    (const char *)sqlite3_column_text(st, 3) : "");
		printf("message-id: %s\n", sqlite3_column_text(st, 0) ?
		    (const char *)sqlite3_column_text(st, 0) : "");
		printf("sha256:     %s\n", sqlite3_column_text(st, 5));
	}
	sqlite3_finalize(st);
}

int
cmd_show(struct cli *cli, int argc, char **argv)
{
	struct commitment c;
	int64_t id;
	int json = 0, i = 1;
	char due[16], iso[26];

	if (i < argc && strcmp(argv[i], "--json") == 0) {
		json = 1;
		i++;
	}
	if (argc != i + 1 || parse_id(argv[i], &id) == -1)
		return cli_usage("show");
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (commitment_get(l, id, &c) == -1) {
		fprintf(stderr, "ptrail show: no commitment %lld\n", (long long)id);
		return EXIT_NONE;
	}
	if (json) {
		print_json(commitment_json(&c, cli_today(cli)));
	} else {
		ymd_human(c.due ? c.due : "", due);
		printf("commitment: %lld\n", (long long)c.id);
		printf("who:        %s\n", c.actor ? c.actor : "(nobody named)");
		printf("what:       %s\n", c.action ? c.action : "");
		printf("due:        %s%s%s\n", c.due ? due : "(no date)",
		    c.due_time ? " " : "", c.due_time ? c.due_time : "");
		printf("state:      %s%s%s\n", c.state,
		    commitment_is_overdue(&c, cli_today(cli)) ? ", OVERDUE" : "",
		    c.vague ? ", vague" : "");
		printf("quote:      %s\n", c.quote);
		if (c.note)
			printf("note:       %s\n", c.note);
		iso8601_local((time_t)c.created_at, iso);
		printf("recorded:   %s (%s)\n", iso, c.source);
		if (c.answered_at) {
			iso8601_local((time_t)c.answered_at, iso);
			if (c.answered_by)
				printf("answered:   %s by letter %lld\n", iso,
				    (long long)c.answered_by);
			else
				printf("answered:   %s (you said so)\n", iso);
		}
		if (c.written && c.actor && strcmp(c.written, c.actor) != 0)
			printf("written as: %s\n", c.written);
		if (c.message_id)
			print_letter(l, c.message_id);
	}
	commitment_free(&c);
	return EXIT_FOUND;
}

static int
meeting_exists(struct ledger *l, int64_t id)
{
	struct meeting m;
	if (meeting_get(l, id, &m) == -1)
		return 0;
	meeting_free(&m);
	return 1;
}

int
cmd_add(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "who", required_argument, NULL, 'w' },
		{ "what", required_argument, NULL, 'W' },
		{ "due", required_argument, NULL, 'd' },
		{ "time", required_argument, NULL, 't' },
		{ "note", required_argument, NULL, 'n' },
		{ "meeting", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	struct commitment c;
	struct civil d;
	int ch, hh, mm, consumed = 0;

	memset(&c, 0, sizeof(c));
	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'w': c.actor = optarg; break;
		case 'W': c.action = optarg; break;
		case 'd': c.due = optarg; break;
		case 't': c.due_time = optarg; break;
		case 'n': c.note = optarg; break;
		case 'm':
			if (parse_id(optarg, &c.meeting_id) == -1)
				return cli_usage("add");
			break;
		default: return cli_usage("add");
		}
	}
	if (optind != argc || !c.actor || !c.action || !c.due ||
	    !*c.actor || !*c.action)
		return cli_usage("add");
	if (civil_parse(c.due, &d) == -1) {
		fprintf(stderr, "ptrail add: --due %s is not a date (YYYY-MM-DD)\n",
		    c.due);
		return EXIT_USAGE;
	}
	if (c.due_time && (sscanf(c.due_time, "%2d:%2d%n", &hh, &mm,
	    &consumed) != 2 || c.due_time[consumed] || hh > 23 || mm > 59)) {
		fprintf(stderr, "ptrail add: --time %s is not HH:MM\n", c.due_time);
		return EXIT_USAGE;
	}
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (c.meeting_id && !meeting_exists(l, c.meeting_id)) {
		fprintf(stderr, "ptrail add: no meeting %lld\n",
		    (long long)c.meeting_id);
		return EXIT_NONE;
	}
	c.source = c.meeting_id ? "meeting" : "manual";
	c.quote = c.action;
	if (commitment_add(l, &c, cli->now) == -1) {
		fprintf(stderr, "ptrail add: %s\n", ledger_errmsg(l));
		return EXIT_SOFTWARE;
	}
	printf("%lld\n", (long long)c.id);
	return EXIT_FOUND;
}

/* done / dispute / withdraw: one shape, three states. */
static int
set_state(struct cli *cli, int argc, char **argv, const char *state,
    int note_required)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct buf err = BUF_INIT;
	const char *note = NULL;
	int64_t id;
	int ch;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (ch != 'n')
			return cli_usage(argv[0]);
		note = optarg;
	}
	if (optind != argc - 1 || parse_id(argv[optind], &id) == -1 ||
	    (note_required && (note == NULL || *note == '\0')))
		return cli_usage(argv[0]);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (commitment_set_state(l, id, state, note, cli->now, &err) == -1) {
		fprintf(stderr, "ptrail %s: %s\n", argv[0], buf_str(&err));
		buf_free(&err);
		return EXIT_NONE;
	}
	printf("commitment %lld is %s\n", (long long)id, state);
	return EXIT_FOUND;
}

int
cmd_done(struct cli *cli, int argc, char **argv)
{
	return set_state(cli, argc, argv, "done", 0);
}

int
cmd_dispute(struct cli *cli, int argc, char **argv)
{
	return set_state(cli, argc, argv, "disputed", 1);
}

int
cmd_withdraw(struct cli *cli, int argc, char **argv)
{
	return set_state(cli, argc, argv, "withdrawn", 0);
}

int
cmd_log(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "limit", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	sqlite3_stmt *st;
	json_object *arr = NULL;
	long limit = -1;
	int ch, json = 0, n = 0;
	char *end;
	char iso[26];

	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'j': json = 1; break;
		case 'l':
			limit = strtol(optarg, &end, 10);
			if (end == optarg || *end || limit <= 0)
				return cli_usage("log");
			break;
		default: return cli_usage("log");
		}
	}
	if (optind != argc)
		return cli_usage("log");
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, at, kind, subject, "
	    "detail, hash FROM (SELECT * FROM events ORDER BY id DESC LIMIT ?) "
	    "ORDER BY id", -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "ptrail log: %s\n", ledger_errmsg(l));
		return EXIT_SOFTWARE;
	}
	sqlite3_bind_int64(st, 1, limit);
	if (json)
		arr = json_object_new_array();
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st, 2);
		const char *subj = (const char *)sqlite3_column_text(st, 3);
		const char *detail = (const char *)sqlite3_column_text(st, 4);
		iso8601_local((time_t)sqlite3_column_int64(st, 1), iso);
		n++;
		if (json) {
			json_object *o = json_object_new_object();
			json_object_object_add(o, "id",
			    json_object_new_int64(sqlite3_column_int64(st, 0)));
			json_str(o, "at", iso);
			json_str(o, "kind", kind);
			json_str(o, "subject", subj);
			json_object_object_add(o, "detail", detail ?
			    json_tokener_parse(detail) : NULL);
			json_str(o, "hash", (const char *)sqlite3_column_text(st, 5));
			json_object_array_add(arr, o);
		} else {
			printf("%-5lld %s  %-22s %-16s %s\n",
			    (long long)sqlite3_column_int64(st, 0), iso, kind,
			    subj ? subj : "", detail ? detail : "");
		}
	}
	sqlite3_finalize(st);
	if (json) {
		json_object *root = json_object_new_object();
		json_object_object_add(root, "events", arr);
		print_json(root);
	}
	return n ? EXIT_FOUND : EXIT_NONE;
}

int
cmd_verify(struct cli *cli, int argc, char **argv)
{
	struct buf why = BUF_INIT;
	char head[65];
	int64_t bad, count = 0;
	int rc;

	(void)argv;
	if (argc != 1)
		return cli_usage("verify");
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	rc = ledger_verify(l, &bad, head, &why);
	if (rc == 0) {
		ledger_query_int(l, &count, "SELECT count(*) FROM events",
		    (char *)NULL);
		printf("ledger %s: events chain intact (%lld events)\nhead %s\n",
		    ledger_path(l), (long long)count, count ? head : "(empty)");
		return EXIT_FOUND;
	}
	fprintf(stderr, "ptrail verify: %s: %s\n", ledger_path(l), buf_str(&why));
	buf_free(&why);
	return rc == 1 ? EXIT_NONE : EXIT_SOFTWARE;
}

int
cmd_config(struct cli *cli, int argc, char **argv)
{
	struct buf out = BUF_INIT;

	if (argc != 2 || strcmp(argv[1], "check") != 0)
		return cli_usage("config");
	struct config *cfg = cli_config(cli);
	config_dump(cfg, &out);
	fputs(buf_str(&out), stdout);
	printf("\n; %s: OK\n", cfg->path);
	buf_free(&out);
	return EXIT_FOUND;
}
