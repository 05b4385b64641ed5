/*
 * items.c — the commands over commitments: list, show, add, done,
 * dispute, withdraw, reopen. (The record: record.c; the config: config.c.)
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

int
cli_parse_id(const char *s, int64_t *id)
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

/*
 * The list's JSON, written by hand: the same keys and values as
 * commitment_json(), without building a json-c tree for every one of
 * 300,000 rows (that tree was most of list --json's time).
 */
static void
json_text(struct buf *b, const char *k, const char *v)
{
	static const char hex[] = "0123456789abcdef";

	const unsigned char *p = (const unsigned char *)v, *run;
	char esc[7] = "\\u00\0\0";

	buf_addstr(b, ",\"");
	buf_addstr(b, k);
	if (v == NULL) {
		buf_addstr(b, "\":null");
		return;
	}
	buf_addstr(b, "\":\"");
	for (;;) {
		/* copy the run that needs no escape in one go */
		for (run = p; *p && *p != '"' && *p != '\\' && *p >= 0x20 &&
		    *p != 0x7F; p++)
			;
		buf_add(b, run, (size_t)(p - run));
		if (*p == '\0')
			break;
		if (*p == '"' || *p == '\\') {
			esc[1] = (char)*p;
			buf_add(b, esc, 2);
		} else {
			esc[1] = 'u';
			esc[4] = hex[*p >> 4];
			esc[5] = hex[*p & 15];
			buf_add(b, esc, 6);
		}
		p++;
	}
	buf_addch(b, '"');
}

/* iso8601_local, remembering the last answer: rows of one sync share it */
static void
json_when(struct buf *b, const char *k, int64_t t)
{
	static int64_t last_t = -1;
	static char last[26];

	if (t == 0) {
		json_text(b, k, NULL);
		return;
	}
	if (t != last_t) {
		iso8601_local((time_t)t, last);
		last_t = t;
	}
	json_text(b, k, last);
}

/* ,"k":v (null for 0), without printf: it is called 900,000 times */
static void
json_id(struct buf *b, const char *k, int64_t v)
{
	char digits[24], *p = digits + sizeof(digits);
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	if (*k != '{')
		buf_addstr(b, ",\"");
	buf_addstr(b, k);
	if (v == 0) {
		buf_addstr(b, "\":null");
		return;
	}
	buf_addstr(b, "\":");
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	buf_add(b, p, (size_t)(digits + sizeof(digits) - p));
}

static void
put_bool(struct buf *b, const char *k, int v)
{
	buf_addstr(b, ",\"");
	buf_addstr(b, k);
	buf_addstr(b, v ? "\":true" : "\":false");
}

static void
commitment_json_row(struct buf *b, const struct commitment *c,
    const char *today)
{
	json_id(b, "{\"id", c->id);	/* the first key: no comma before */
	json_text(b, "actor", c->actor);
	json_text(b, "action", c->action);
	json_text(b, "quote", c->quote);
	json_text(b, "due", c->due);
	json_text(b, "due_time", c->due_time);
	json_text(b, "date_flag", c->date_flag);
	put_bool(b, "vague", c->vague);
	json_text(b, "state", c->state);
	put_bool(b, "overdue", commitment_is_overdue(c, today));
	json_text(b, "source", c->source);
	json_text(b, "note", c->note);
	json_id(b, "message_id", c->message_id);
	json_id(b, "meeting_id", c->meeting_id);
	json_when(b, "created_at", c->created_at);
	json_when(b, "updated_at", c->updated_at);
	json_when(b, "answered_at", c->answered_at);
	buf_addch(b, '}');
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

/* s in exactly width columns: cut with "…" when longer, padded when
 * shorter, never splitting a UTF-8 sequence. */
static void
print_cell(const char *s, int width)
{
	int w = 0;
	const unsigned char *p = (const unsigned char *)s;

	if (text_width(s) <= width) {
		fputs(s, stdout);
		w = text_width(s);
	} else {
		while (*p) {
			const unsigned char *q = p + 1;
			int cw = *p >= 0xE3 ? 2 : 1;
			while ((*q & 0xC0) == 0x80)
				q++;
			if (w + cw > width - 1)
				break;
			fwrite(p, 1, (size_t)(q - p), stdout);
			w += cw;
			p = q;
		}
		fputs("…", stdout);
		w++;
	}
	for (; w < width; w++)
		putchar(' ');
}

/* Why a past-due promise is not overdue: which letter answered it, and
 * when, or that the parent said so. */
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

/* An action that says what will be done: three words or more, and not
 * the extractor's "The EP — for 14/4." shape. Else the quote says more. */
static int
action_clear(const char *a)
{
	int words = 0, in = 0;

	if (a == NULL || strstr(a, "—"))
		return 0;
	for (; *a; a++) {
		if (*a == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			words++;
		}
	}
	return words >= 3;
}

/* The STATE column: OVERDUE, answered, or the state itself. */
static const char *
state_word(const struct commitment *c, const char *today)
{
	if (commitment_is_overdue(c, today))
		return "OVERDUE";
	if (c->answered_at && (!strcmp(c->state, "open") ||
	    !strcmp(c->state, "confirmed")))
		return "answered";
	return c->state;
}

/*
 * list streams: rows are printed as SQLite hands them over, so a ledger of
 * 335,000 commitments costs no more memory than one of ten. The human
 * table holds its first TABLE_HEAD rows to size the WHO column (names
 * longer than 20 cells, or than the head's, are cut); --json writes one
 * object per row.
 */
#define TABLE_HEAD 100

struct lister {
	const char	*today;
	int		 json;
	long		 limit;		/* 0: all */
	long		 n;
	int		 wwho;		/* 0 until the head is printed */
	int		 wdue;		/* 15, 19 with a " (?)" in the head */
	struct commitment head[TABLE_HEAD];
	size_t		 nhead;
	struct buf	 out;		/* one JSON row */
};

/* The DUE cell: "Thu 15 Mar 2026", with " (?)" when the letter wrote the
 * date two ways (its weekday and its date disagree, ...): `show` asks. */
static void
due_cell(const struct commitment *c, char out[24])
{
	char h[16];

	if (c->due)
		ymd_human(c->due, h);
	else
		snprintf(h, sizeof(h), "%s", "no date");
	snprintf(out, 24, "%s%s", h, c->date_flag ? " (?)" : "");
}

static void
table_row(const struct commitment *c, const char *today, int wwho, int wdue)
{
	int quoted = !action_clear(c->action);
	const char *what = quoted ? c->quote : c->action;
	char due[24];

	due_cell(c, due);
	printf("%-5lld %-*s %-6s ", (long long)c->id, wdue, due,
	    c->due_time ? c->due_time : "");
	print_cell(cli_vis(c->actor ? c->actor : "-"), wwho);
	printf(" %-10s %s%s%s%s", state_word(c, today),
	    c->vague ? "(vague) " : "", quoted ? "“" : "", cli_vis(what),
	    quoted ? "”" : "");
	print_answered(c, today);
	putchar('\n');
}

/* Size WHO from the rows held, print the header and them, let them go. */
static void
table_flush_head(struct lister *ls)
{
	ls->wwho = 3;
	ls->wdue = 15;
	for (size_t i = 0; i < ls->nhead; i++) {
		if (ls->head[i].date_flag)
			ls->wdue = 19;
		int w = text_width(cli_vis(ls->head[i].actor ?
		    ls->head[i].actor : "-"));
		if (w > ls->wwho)
			ls->wwho = w < 20 ? w : 20;
	}
	printf("%-5s %-*s %-6s ", "ID", ls->wdue, "DUE", "TIME");
	print_cell("WHO", ls->wwho);
	printf(" %-10s %s\n", "STATE", "WHAT");
	for (size_t i = 0; i < ls->nhead; i++) {
		table_row(&ls->head[i], ls->today, ls->wwho, ls->wdue);
		commitment_free(&ls->head[i]);
	}
	ls->nhead = 0;
}

static int
list_one(struct commitment *c, void *arg)
{
	struct lister *ls = arg;

	if (ls->json) {
		buf_reset(&ls->out);
		buf_addstr(&ls->out, ls->n ? ",\n    " : "\n    ");
		commitment_json_row(&ls->out, c, ls->today);
		fwrite(ls->out.s, 1, ls->out.len, stdout);
	} else if (ls->wwho == 0 && ls->nhead < TABLE_HEAD) {
		ls->head[ls->nhead++] = *c;	/* taken over: see items.h */
		memset(c, 0, sizeof(*c));
		if (ls->nhead == TABLE_HEAD)
			table_flush_head(ls);
	} else {
		table_row(c, ls->today, ls->wwho, ls->wdue);
	}
	ls->n++;
	return ls->limit && ls->n >= ls->limit;
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
		{ "limit", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	static struct lister ls;	/* its head is 100 rows: not the stack */
	struct commitment_query q = { LIST_OPEN, NULL, NULL, NULL };
	struct civil c;
	char *end;
	int ch, json = 0, rc;
	long limit = 0;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'o': q.which = LIST_OPEN; break;
		case 'O': q.which = LIST_OVERDUE; break;
		case 'a': q.which = LIST_ALL; break;
		case 's': q.since = optarg; break;
		case 'w': q.who = optarg; break;
		case 'j': json = 1; break;
		case 'l':
			limit = strtol(optarg, &end, 10);
			if (end == optarg || *end || limit <= 0)
				return cli_usage("list");
			break;
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
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	q.today = cli_today(cli);
	memset(&ls, 0, sizeof(ls));
	ls.today = q.today;
	ls.json = json;
	ls.limit = limit;
	if (json) {
		/* rows go out in 64 KiB writes, not 4 KiB ones */
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
		printf("{\n  \"today\": \"%s\",\n  \"commitments\": [", q.today);
	}
	rc = commitment_each(l, &q, list_one, &ls);
	if (!json && ls.wwho == 0 && ls.nhead > 0)
		table_flush_head(&ls);
	for (size_t i = 0; i < ls.nhead; i++)
		commitment_free(&ls.head[i]);
	if (json)
		printf("%s]\n}\n", ls.n ? "\n  " : "");
	buf_free(&ls.out);
	if (rc == -1) {
		fprintf(stderr, "ptrail list: cannot read the ledger: %s\n",
		    ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	if (ls.n == 0 && !json)
		printf("no commitments match in %s\n", ledger_path(l));
	return ls.n ? EXIT_FOUND : EXIT_NONE;
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
		/* a step with no letter was passed over (schedule.h) */
		printf("%s%s — %s %s", n++ ? "            " : "ladder:     ",
		    names[step & 3], sent ? "sent" : sqlite3_column_type(st,
		    2) == SQLITE_NULL ? "passed over (same addressee as the "
		    "step below)," : "drafted", human);
		if (sqlite3_column_type(st, 2) != SQLITE_NULL)
			printf(" (outbox %lld, %s)", (long long)
			    sqlite3_column_int64(st, 2), state ? state : "?");
		putchar('\n');
	}
	sqlite3_finalize(st);
}

/* "meeting:    3, Fri 20 Mar 2026 16:00 with Ms Wong, Miss Lam" */
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
	printf("meeting:    %lld, %s%s%s%s%s%s (%s)\n", (long long)m.id, human,
	    m.date_flag ? " (?)" : "", m.time ? " " : "", m.time ? m.time : "",
	    m.with_whom ? " with " : "", m.with_whom ? cli_vis(m.with_whom) :
	    "", m.message_id ? "read from a letter" : "recorded by you");
	if (m.date_flag) {
		struct buf q = BUF_INIT;
		dates_doubt_question(m.date_flag, m.date, m.quote, "en",
		    DOUBT_TO_PARENT, &q);
		printf("            date uncertain: %s\n", cli_vis(buf_str(&q)));
		buf_free(&q);
	}
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
	if (argc != i + 1 || cli_parse_id(argv[i], &id) == -1)
		return cli_usage("show");
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (commitment_get(l, id, &c) == -1) {
		fprintf(stderr, "ptrail show: no commitment %lld\n", (long long)id);
		return EXIT_NONE;
	}
	if (json) {
		print_json(commitment_json(&c, cli_today(cli)));
	} else {
		due_cell(&c, due);
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
	if (optind != argc - 1 || cli_parse_id(argv[optind], &id) == -1 ||
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
