/*
 * items.c — the commands over commitments: show, add, done, dispute,
 * withdraw, reopen. (list: list.c; the record: record.c; the config:
 * config.c.)
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

#include "act/advice.h"
#include "cli.h"
#include "extract/dates_doubt.h"
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
	json_str(o, "date_flag", c->date_flag);
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
		printf("letter:     %s <%s>, %s\n",
		    cli_vis((const char *)sqlite3_column_text(st, 1)),
		    cli_vis((const char *)sqlite3_column_text(st, 2)), when);
		printf("subject:    %s\n",
		    cli_vis((const char *)sqlite3_column_text(st, 3)));
		printf("message-id: %s\n",
		    cli_vis((const char *)sqlite3_column_text(st, 0)));
		printf("sha256:     %s\n",
		    cli_vis((const char *)sqlite3_column_text(st, 5)));
	}
	sqlite3_finalize(st);
}

/* "restated:  in your letter 48 of Wed 11 Mar 2026": the parent's own
 * summaries that said it again (commitment.restated events) */
static void
print_restated(struct ledger *l, int64_t id)
{
	sqlite3_stmt *st;
	char subject[48];

	snprintf(subject, sizeof(subject), "commitment:%lld", (long long)id);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT m.id, m.date FROM events "
	    "e JOIN messages m ON m.id = json_extract(e.detail, '$.message') "
	    "WHERE e.kind = 'commitment.restated' AND e.subject = ? ORDER BY "
	    "e.id", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, subject, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char when[26] = "";
		if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			iso8601_local((time_t)sqlite3_column_int64(st, 1), when);
		printf("restated:   in your letter %lld, %s\n",
		    (long long)sqlite3_column_int64(st, 0), when);
	}
	sqlite3_finalize(st);
}

/*
 * The ladder's steps for one commitment, from the escalations and the
 * outbox rows they drafted: what was drafted, approved, sent, when.
 */
static void
print_ladder(struct ledger *l, int64_t id)
{
	static const char *const names[] = { "reminder to the school",
	    "letter to the principal", "letter to the IMC",
	    "EDB complaint drafted for you" };
	sqlite3_stmt *st;
	char human[16];
	struct civil c;
	int n = 0;

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT e.step, e.created_at, "
	    "o.id, o.state, o.sent_at FROM escalations e LEFT JOIN outbox o ON "
	    "o.id = e.outbox_id WHERE e.commitment_id = ? ORDER BY e.step", -1,
	    &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int step = sqlite3_column_int(st, 0);
		const char *state = (const char *)sqlite3_column_text(st, 3);
		int sent = sqlite3_column_type(st, 4) != SQLITE_NULL;

		local_civil((time_t)sqlite3_column_int64(st, sent ? 4 : 1), &c);
		civil_human(&c, human);
		printf("%s%s — %s %s", n++ ? "            " : "ladder:     ",
		    names[step & 3], sent ? "sent" : "drafted", human);
		if (sqlite3_column_type(st, 2) != SQLITE_NULL)
			printf(" (outbox %lld, %s)", (long long)
			    sqlite3_column_int64(st, 2), state ? state : "?");
		putchar('\n');
	}
	sqlite3_finalize(st);
}

/* "meeting:    3, Fri 20 Mar 2026 16:00 in Room 204 with Ms Wong" */
static void
print_meeting(struct ledger *l, int64_t id)
{
	struct meeting m;
	char human[16];

	if (meeting_get(l, id, &m) == -1) {
		printf("meeting:    %lld (not in the ledger)\n", (long long)id);
		return;
	}
	ymd_human(m.date, human);
	printf("meeting:    %lld, %s%s%s%s%s%s%s (%s)\n", (long long)m.id,
	    human, m.time ? " " : "", m.time ? m.time : "", m.location ?
	    " in " : "", m.location ? cli_vis(m.location) : "", m.with_whom ? " with " :
	    "", m.with_whom ? cli_vis(m.with_whom) : "", m.message_id ?
	    "read from a letter" : "recorded by you");
	meeting_free(&m);
}

int
cmd_show(struct cli *cli, int argc, char **argv)
{
	struct commitment c;
	int64_t id;
	int json = 0, i = 1;
	char due[24], iso[26];

	if (i < argc && strcmp(argv[i], "--json") == 0) {
		json = 1;
		i++;
	}
	if (argc != i + 1 || parse_id(argv[i], &id) == -1)
		return cli_usage("show");
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (commitment_get(l, id, &c) == -1) {
		fprintf(stderr, "ptrail show: no commitment %lld\n", (long long)id);
		return EXIT_NONE;
	}
	if (json) {
		print_json(commitment_json(&c, cli_today(cli)));
	} else {
		cli_due_cell(&c, due);
		printf("commitment: %lld\n", (long long)c.id);
		printf("who:        %s\n", c.actor ? cli_vis(c.actor) :
		    "(nobody named)");
		printf("what:       %s\n", cli_vis(c.action));
		printf("due:        %s%s%s\n", c.due || c.date_flag ? due :
		    "(no date)", c.due_time ? " " : "", c.due_time ? c.due_time :
		    "");
		if (c.date_flag) {
			struct buf q = BUF_INIT;
			dates_doubt_question(c.date_flag, c.due, c.quote, "en",
			    DOUBT_TO_PARENT, &q);
			printf("date:       %s\n", cli_vis(buf_str(&q)));
			buf_free(&q);
		}
		printf("state:      %s%s%s\n", c.state,
		    commitment_is_overdue(&c, cli_today(cli)) ? ", OVERDUE" : "",
		    c.vague ? ", vague" : "");
		printf("quote:      %s\n", cli_vis(c.quote));
		if (c.note)
			printf("note:       %s\n", cli_vis(c.note));
		iso8601_local((time_t)c.created_at, iso);
		printf("recorded:   %s (%s)\n", iso, cli_vis(c.source));
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
		if (c.meeting_id)
			print_meeting(l, c.meeting_id);
		print_ladder(l, c.id);
		print_restated(l, c.id);
		if (c.message_id)
			print_letter(l, c.message_id);
		/* the letter's deflections, each with its answer (advice.h) */
		struct buf d = BUF_INIT;
		if (c.message_id && advice_for_letter(l, cli_config(cli),
		    c.message_id, NULL, &d) > 0)
			fputs(cli_vis_text(buf_str(&d)), stdout);
		buf_free(&d);
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
	struct buf why = BUF_INIT;
	struct civil d;
	const char *due_arg = NULL, *time_arg = NULL;
	char ymd[11], tm[6] = "", human[16];
	int ch;

	memset(&c, 0, sizeof(c));
	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'w': c.actor = optarg; break;
		case 'W': c.action = optarg; break;
		case 'd': due_arg = optarg; break;
		case 't': time_arg = optarg; break;
		case 'n': c.note = optarg; break;
		case 'm':
			if (parse_id(optarg, &c.meeting_id) == -1)
				return cli_usage("add");
			break;
		default: return cli_usage("add");
		}
	}
	if (optind != argc || !c.actor || !c.action || !*c.actor || !*c.action)
		return cli_usage("add");
	/* a promise may have no date: "Ms Wong will look into it" */
	if (due_arg && cli_when_date(due_arg, cli->now, &d, tm, &why) == -1) {
		fprintf(stderr, "ptrail add: --due %s\n", buf_str(&why));
		buf_free(&why);
		return EXIT_USAGE;
	}
	if (time_arg && due_arg == NULL) {
		fprintf(stderr, "ptrail add: --time needs --due\n");
		return EXIT_USAGE;
	}
	if (time_arg && cli_when_time(time_arg, tm, &why) == -1) {
		fprintf(stderr, "ptrail add: --time %s\n", buf_str(&why));
		buf_free(&why);
		return EXIT_USAGE;
	}
	if (due_arg) {
		civil_format(&d, ymd);
		c.due = ymd;
	}
	c.due_time = *tm ? tm : NULL;
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (c.meeting_id && !meeting_exists(l, c.meeting_id)) {
		fprintf(stderr, "ptrail add: no meeting %lld (ptrail meeting "
		    "list shows them)\n", (long long)c.meeting_id);
		return EXIT_NONE;
	}
	c.source = c.meeting_id ? "meeting" : "manual";
	c.quote = c.action;
	if (commitment_add(l, &c, cli->now) == -1) {
		fprintf(stderr, "ptrail add: %s\n", ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	if (c.due)
		civil_human(&d, human);
	printf("commitment %lld: %s will %s, %s%s%s%s\n", (long long)c.id,
	    cli_vis(c.actor), cli_vis(c.action), c.due ? "due " : "no date",
	    c.due ? human : "", c.due_time ? " " : "", c.due_time ?
	    c.due_time : "");
	return EXIT_FOUND;
}

/* done / dispute / withdraw (and reopen: state NULL): one shape. */
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
	if ((state ? commitment_set_state(l, id, state, note, cli->now, &err) :
	    commitment_reopen(l, id, note, cli->now, &err)) == -1) {
		fprintf(stderr, "ptrail %s: %s\n", argv[0], buf_str(&err));
		buf_free(&err);
		return EXIT_NONE;
	}
	printf("commitment %lld is %s\n", (long long)id, state ? state :
	    "open again");
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

/* done, withdrawn or disputed, back to open: an event, the history stays */
int
cmd_reopen(struct cli *cli, int argc, char **argv)
{
	return set_state(cli, argc, argv, NULL, 0);
}
