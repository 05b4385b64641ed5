/*
 * list.c — `ptrail list`: the commitments that match, as an aligned
 * table or (--json) one JSON document whose keys are documented in
 * ptrail(1) and kept stable; the same keys and values as `show --json`.
 *
 * Rows are streamed as SQLite hands them over (commitment_each()), so a
 * ledger of 300,000 commitments costs no more memory than one of ten.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ledger/items.h"
#include "base/buf.h"
#include "base/timeutil.h"

/*
 * The list's JSON, written by hand: the same keys and values as
 * commitment_json() in items.c, without a json-c tree for every one of
 * 300,000 rows. Rows go into one 64 KiB block, written out when full:
 * no buffer per row, no strlen() of a key (each is a literal), and one
 * table look-up per byte to find what needs escaping.
 */
struct out {
	size_t	 n;
	char	 b[1 << 16];
};

static void
out_flush(struct out *o)
{
	fwrite(o->b, 1, o->n, stdout);
	o->n = 0;
}

static void
out_put(struct out *o, const void *p, size_t n)
{
	if (n > sizeof(o->b) - o->n) {
		out_flush(o);
		if (n > sizeof(o->b)) {
			fwrite(p, 1, n, stdout);
			return;
		}
	}
	memcpy(o->b + o->n, p, n);
	o->n += n;
}

#define OUT_LIT(o, lit)	out_put((o), (lit), sizeof(lit) - 1)

/* 1: the byte is written as it is; 0: escaped. JSON (RFC 8259) asks it
 * of '"', '\\' and the controls; DEL goes as \u007f too, as json-c
 * writes it. */
static const unsigned char plain[256] = {
	[0x20 ... 0x21] = 1,		/* '"' is 0x22 */
	[0x23 ... 0x5B] = 1,		/* '\\' is 0x5C */
	[0x5D ... 0x7E] = 1,		/* DEL is 0x7F */
	[0x80 ... 0xFF] = 1,
};

/* ,"key": then the string escaped, or null; key is a literal with its
 * punctuation, e.g. ",\"actor\":" */
static void
out_text(struct out *o, const char *key, size_t keylen, const char *v)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)v, *run;
	char esc[6] = { '\\', 'u', '0', '0', 0, 0 };

	out_put(o, key, keylen);
	if (v == NULL) {
		OUT_LIT(o, "null");
		return;
	}
	OUT_LIT(o, "\"");
	for (;;) {
		/* the run that needs no escape, in one copy */
		for (run = p; plain[*p]; p++)
			;
		out_put(o, run, (size_t)(p - run));
		if (*p == '\0')
			break;
		if (*p == '"' || *p == '\\') {
			char two[2] = { '\\', (char)*p };
			out_put(o, two, 2);
		} else {
			esc[4] = hex[*p >> 4];
			esc[5] = hex[*p & 15];
			out_put(o, esc, 6);
		}
		p++;
	}
	OUT_LIT(o, "\"");
}

#define OUT_TEXT(o, lit, v)	out_text((o), (lit), sizeof(lit) - 1, (v))

/* ,"key": and the number, or null for 0; without printf */
static void
out_id(struct out *o, const char *key, size_t keylen, int64_t v)
{
	char digits[24], *p = digits + sizeof(digits);
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	out_put(o, key, keylen);
	if (v == 0) {
		OUT_LIT(o, "null");
		return;
	}
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	out_put(o, p, (size_t)(digits + sizeof(digits) - p));
}

#define OUT_ID(o, lit, v)	out_id((o), (lit), sizeof(lit) - 1, (v))

/* A time as iso8601_local(); each of the three times of a row remembers
 * its last answer, since rows of one sync share theirs. */
struct when_memo {
	int64_t	 t;
	char	 iso[26];
};

static void
out_when(struct out *o, const char *key, size_t keylen, int64_t t,
    struct when_memo *m)
{
	if (t == 0) {
		out_text(o, key, keylen, NULL);
		return;
	}
	if (t != m->t || m->iso[0] == '\0') {
		iso8601_local((time_t)t, m->iso);
		m->t = t;
	}
	out_text(o, key, keylen, m->iso);
}

#define OUT_WHEN(o, lit, t, m)	out_when((o), (lit), sizeof(lit) - 1, (t), (m))

static void
out_bool(struct out *o, const char *key, size_t keylen, int v)
{
	out_put(o, key, keylen);
	if (v)
		OUT_LIT(o, "true");
	else
		OUT_LIT(o, "false");
}

#define OUT_BOOL(o, lit, v)	out_bool((o), (lit), sizeof(lit) - 1, (v))

static void
commitment_json_row(struct out *o, const struct commitment *c,
    const char *today, struct when_memo memo[3])
{
	OUT_ID(o, "{\"id\":", c->id);
	OUT_TEXT(o, ",\"actor\":", c->actor);
	OUT_TEXT(o, ",\"action\":", c->action);
	OUT_TEXT(o, ",\"quote\":", c->quote);
	OUT_TEXT(o, ",\"due\":", c->due);
	OUT_TEXT(o, ",\"due_time\":", c->due_time);
	OUT_TEXT(o, ",\"date_flag\":", c->date_flag);
	OUT_BOOL(o, ",\"vague\":", c->vague);
	OUT_TEXT(o, ",\"state\":", c->state);
	OUT_BOOL(o, ",\"overdue\":", commitment_is_overdue(c, today));
	OUT_TEXT(o, ",\"source\":", c->source);
	OUT_TEXT(o, ",\"note\":", c->note);
	OUT_ID(o, ",\"message_id\":", c->message_id);
	OUT_ID(o, ",\"meeting_id\":", c->meeting_id);
	OUT_WHEN(o, ",\"created_at\":", c->created_at, &memo[0]);
	OUT_WHEN(o, ",\"updated_at\":", c->updated_at, &memo[1]);
	OUT_WHEN(o, ",\"answered_at\":", c->answered_at, &memo[2]);
	OUT_LIT(o, "}");
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
	struct out	*out;		/* --json: the block rows go into */
	struct when_memo memo[3];
};

/* The DUE cell: "Thu 15 Mar 2026", with " (?)" when the letter wrote the
 * date two ways (its weekday and its date disagree, ...): `show` asks. */
void
cli_due_cell(const struct commitment *c, char out[24])
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

	cli_due_cell(c, due);
	printf("%-5lld %-*s %-6s ", (long long)c->id, wdue, due,
	    c->due_time ? c->due_time : "");
	print_cell(cli_vis(c->actor ? c->actor : "-"), wwho);
	printf(" %-10s %s%s%s%s", state_word(c, today),
	    c->vague ? "(vague) " : "", quoted ? "“" : "", cli_vis(what),
	    quoted ? "”" : "");
	print_answered(c, today);
	if (c->source && strcmp(c->source, "parent-summary") == 0)
		fputs(" [from your summary]", stdout);
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
		if (ls->n)
			OUT_LIT(ls->out, ",\n    ");
		else
			OUT_LIT(ls->out, "\n    ");
		commitment_json_row(ls->out, c, ls->today, ls->memo);
	} else if (ls->wwho == 0 && ls->nhead < TABLE_HEAD) {
		/* kept: commitment_each() only lends its strings */
		commitment_copy(&ls->head[ls->nhead++], c);
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
	static struct out out;		/* 64 KiB: not the stack either */
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
	ls.out = &out;
	if (json) {
		/* the rows go out in 64 KiB blocks (out_flush()) */
		printf("{\n  \"today\": \"%s\",\n  \"commitments\": [", q.today);
	}
	rc = commitment_each(l, &q, list_one, &ls);
	if (!json && ls.wwho == 0 && ls.nhead > 0)
		table_flush_head(&ls);
	for (size_t i = 0; i < ls.nhead; i++)
		commitment_free(&ls.head[i]);
	if (json) {
		out_flush(&out);	/* after the head printf, before the tail */
		printf("%s]\n}\n", ls.n ? "\n  " : "");
	}
	if (rc == -1) {
		fprintf(stderr, "ptrail list: cannot read the ledger: %s\n",
		    ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	if (ls.n == 0 && !json)
		printf("no commitments match in %s\n", ledger_path(l));
	return ls.n ? EXIT_FOUND : EXIT_NONE;
}
