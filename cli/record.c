/*
 * record.c — the record itself:
 *   ptrail log [--json] [--limit N]   the events, one readable line each
 *   ptrail verify                     the events chain, unedited?
 *
 * A log line is a sentence made from the event's kind, subject and
 * detail: "4  Fri 20 Mar 2026 09:00  commitment 1 reopened (was done)".
 * --json prints the events as stored (detail as a JSON object, the hash).
 */
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "base/timeutil.h"

static void
json_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v ? json_object_new_string(v) : NULL);
}

/* A string member of a JSON object, or NULL. */
static const char *
member(json_object *o, const char *k)
{
	json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, k, &v) || v == NULL ||
	    json_object_get_type(v) == json_type_null)
		return NULL;
	return json_object_get_string(v);
}

/* "commitment.done" + "commitment:1" + detail -> "commitment 1 done ...". */
static void
sentence(struct buf *out, const char *kind, const char *subject,
    const char *detail)
{
	json_object *d = detail ? json_tokener_parse(detail) : NULL;
	const char *verb = kind ? strrchr(kind, '.') : NULL;
	const char *v;
	char human[16];

	if (subject) {
		const char *colon = strchr(subject, ':');
		if (colon)
			buf_printf(out, "%.*s %s", (int)(colon - subject), subject,
			    colon + 1);
		else
			buf_addstr(out, subject);
	} else if (kind) {
		buf_printf(out, "%.*s", (int)(verb ? verb - kind : (long)strlen(kind)),
		    kind);
	}
	verb = verb ? verb + 1 : kind;
	if (verb)
		buf_printf(out, " %s", strcmp(verb, "add") == 0 ? "added" : verb);
	if (d && json_object_get_type(d) == json_type_object) {
		if ((v = member(d, "from")) && member(d, "to"))
			buf_printf(out, " (was %s)", v);
		if ((v = member(d, "actor")) && member(d, "action"))
			buf_printf(out, ": %s will %s", v, member(d, "action"));
		if ((v = member(d, "with")))
			buf_printf(out, " with %s", v);
		if ((v = member(d, "date")) && strlen(v) == 10) {
			ymd_human(v, human);
			buf_printf(out, " on %s", human);
		}
		if ((v = member(d, "due"))) {
			ymd_human(v, human);
			buf_printf(out, ", due %s", human);
		}
		if ((v = member(d, "subject")))
			buf_printf(out, ": \"%s\"", v);
		if ((v = member(d, "note")))
			buf_printf(out, "; note: %s", v);
		/* anything else, briefly, so nothing is hidden */
		json_object_object_foreach(d, k, val) {
			static const char *const shown[] = { "from", "to", "actor",
			    "action", "with", "date", "due", "subject", "note",
			    "quote", "source", "due_time", "vague", "time", NULL };
			int skip = val == NULL ||
			    json_object_get_type(val) == json_type_null ||
			    json_object_get_type(val) == json_type_object ||
			    json_object_get_type(val) == json_type_array;
			for (int i = 0; shown[i] && !skip; i++)
				skip = strcmp(k, shown[i]) == 0;
			if (!skip)
				buf_printf(out, "; %s: %s", k,
				    json_object_get_string(val));
		}
	} else if (detail) {
		buf_printf(out, ": %s", detail);
	}
	json_object_put(d);
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
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, at, kind, subject, "
	    "detail, hash FROM (SELECT * FROM events ORDER BY id DESC LIMIT ?) "
	    "ORDER BY id", -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "ptrail log: %s\n", ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	sqlite3_bind_int64(st, 1, limit);
	if (json)
		arr = json_object_new_array();
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st, 2);
		const char *subj = (const char *)sqlite3_column_text(st, 3);
		const char *detail = (const char *)sqlite3_column_text(st, 4);
		time_t at = (time_t)sqlite3_column_int64(st, 1);
		n++;
		if (json) {
			json_object *o = json_object_new_object();
			iso8601_local(at, iso);
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
			struct buf line = BUF_INIT;
			struct civil c;
			char human[16];
			struct tm tm;
			localtime_r(&at, &tm);
			local_civil(at, &c);
			civil_human(&c, human);
			sentence(&line, kind, subj, detail);
			printf("%-5lld %s %02d:%02d  %s\n",
			    (long long)sqlite3_column_int64(st, 0), human,
			    tm.tm_hour, tm.tm_min, cli_vis(buf_str(&line)));
			buf_free(&line);
		}
	}
	sqlite3_finalize(st);
	if (json) {
		json_object *root = json_object_new_object();
		json_object_object_add(root, "events", arr);
		puts(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(root);
	} else if (n == 0) {
		printf("no events in %s\n", ledger_path(l));
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
	/* the file first: damage is not an edit */
	if ((rc = ledger_check_file(cli_config(cli)->ledger_path, &why)) == 1) {
		fprintf(stderr, "ptrail verify: %s: the file is damaged "
		    "(corruption, not an edit); restore it from a backup: %s\n",
		    cli_config(cli)->ledger_path, buf_str(&why));
		buf_free(&why);
		return EX_DATAERR;
	}
	/* a file that cannot be opened here is cli_ledger()'s to explain */
	buf_free(&why);
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	rc = ledger_verify(l, &bad, head, &why);
	if (rc == 0) {
		ledger_query_int(l, &count, "SELECT count(*) FROM events",
		    (char *)NULL);
		printf("ledger %s: events chain intact (%lld events)\nhead %s\n",
		    ledger_path(l), (long long)count, count ? head : "(empty)");
		buf_free(&why);
		return EXIT_FOUND;
	}
	fprintf(stderr, "ptrail verify: %s: %s\n", ledger_path(l), buf_str(&why));
	buf_free(&why);
	return rc == 1 ? EXIT_NONE : EX_SOFTWARE;
}
