/*
 * meeting.c — the meetings in the ledger:
 *   ptrail meeting add --date DATE [--time TIME] --with NAMES [--where PLACE]
 *                      [--note TEXT]
 *   ptrail meeting held ID
 *   ptrail meeting list [--json]
 * A meeting the parent attended or arranged by phone is added by hand;
 * ptraild adds the ones a letter names, and the parent marks those held
 * once they took place. Commitments heard at one are added with `ptrail
 * add --meeting ID`; ptraild drafts their confirmation summary like a
 * letter's (compose.h), asking for the next meeting's date when the ledger
 * holds none. DATE and TIME are read as `ptrail dates` reads
 * them ("20/5", "next Friday", "4pm").
 */
#include <errno.h>
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ledger/items.h"
#include "base/timeutil.h"

static int
meeting_add_cmd(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "time", required_argument, NULL, 't' },
		{ "with", required_argument, NULL, 'w' },
		{ "note", required_argument, NULL, 'n' },
		{ "where", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	struct buf why = BUF_INIT;
	struct meeting m;
	struct civil c;
	const char *date_arg = NULL, *time_arg = NULL;
	char ymd[11], tm[6] = "", human[16];
	int ch;

	memset(&m, 0, sizeof(m));
	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'd': date_arg = optarg; break;
		case 't': time_arg = optarg; break;
		case 'w': m.with_whom = optarg; break;
		case 'n': m.note = optarg; break;
		case 'p': m.location = *optarg ? optarg : NULL; break;
		default: return cli_usage("meeting");
		}
	}
	if (optind != argc || date_arg == NULL || m.with_whom == NULL)
		return cli_usage("meeting");
	if (cli_when_date(date_arg, cli->now, &c, tm, &why) == -1) {
		fprintf(stderr, "ptrail meeting: --date %s\n", buf_str(&why));
		buf_free(&why);
		return EXIT_USAGE;
	}
	if (time_arg && cli_when_time(time_arg, tm, &why) == -1) {
		fprintf(stderr, "ptrail meeting: --time %s\n", buf_str(&why));
		buf_free(&why);
		return EXIT_USAGE;
	}
	civil_format(&c, ymd);
	m.date = ymd;
	m.time = *tm ? tm : NULL;
	m.quote = m.note ? m.note : m.with_whom;
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (meeting_add(l, &m, cli->now) == -1) {
		fprintf(stderr, "ptrail meeting: %s\n", ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	civil_human(&c, human);
	printf("meeting %lld: %s%s%s%s%s with %s\n"
	    "add what was promised there with: ptrail add --meeting %lld "
	    "--who NAME --what TEXT\n", (long long)m.id, human,
	    m.time ? " " : "", m.time ? m.time : "", m.location ? " in " : "",
	    m.location ? cli_vis(m.location) : "", cli_vis(m.with_whom),
	    (long long)m.id);
	return EXIT_FOUND;
}

static int
meeting_held_cmd(struct cli *cli, const char *arg)
{
	struct buf err = BUF_INIT;
	struct meeting m;
	struct civil c;
	char today[11], human[16], *end;
	long long id;

	errno = 0;
	id = strtoll(arg, &end, 10);
	if (errno || end == arg || *end != '\0' || id <= 0)
		return cli_usage("meeting");
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (meeting_get(l, id, &m) == -1) {
		fprintf(stderr, "ptrail meeting: no meeting %lld (ptrail meeting "
		    "list)\n", id);
		return EXIT_NONE;
	}
	local_civil(cli->now, &c);
	civil_format(&c, today);
	ymd_human(m.date, human);
	if (strcmp(m.date, today) > 0) {
		fprintf(stderr, "ptrail meeting: meeting %lld is on %s, not yet "
		    "held\n", id, human);
		meeting_free(&m);
		return EXIT_NONE;
	}
	if (meeting_set_held(l, id, cli->now, &err) == -1) {
		fprintf(stderr, "ptrail meeting: %s\n", buf_str(&err));
		buf_free(&err);
		meeting_free(&m);
		return EXIT_NONE;
	}
	printf("meeting %lld: %s%s%s%s%s, held\n"
	    "add what was promised there with: ptrail add --meeting %lld "
	    "--who NAME --what TEXT\n"
	    "ptraild then drafts the summary for your approval; it should go "
	    "within 24 hours of the meeting\n", id, human, m.time ? " " : "",
	    m.time ? m.time : "", m.with_whom ? " with " : "",
	    m.with_whom ? cli_vis(m.with_whom) : "", id);
	meeting_free(&m);
	return EXIT_FOUND;
}

static int
meeting_list_cmd(struct cli *cli, int json)
{
	sqlite3_stmt *st;
	json_object *arr = NULL;
	char human[16];
	int n = 0;

	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, date, time, with_whom, "
	    "quote, state, message_id, (SELECT count(*) FROM commitments c "
	    "WHERE c.meeting_id = meetings.id), location FROM meetings ORDER BY "
	    "date, "
	    "time, id", -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "ptrail meeting: %s\n", ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	if (json)
		arr = json_object_new_array();
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *date = (const char *)sqlite3_column_text(st, 1);
		const char *time = (const char *)sqlite3_column_text(st, 2);
		const char *with = (const char *)sqlite3_column_text(st, 3);
		const char *quote = (const char *)sqlite3_column_text(st, 4);
		const char *state = (const char *)sqlite3_column_text(st, 5);
		int from_letter = sqlite3_column_type(st, 6) != SQLITE_NULL;
		const char *where = (const char *)sqlite3_column_text(st, 8);
		if (json) {
			json_object *o = json_object_new_object();
			json_object_object_add(o, "id",
			    json_object_new_int64(sqlite3_column_int64(st, 0)));
			json_object_object_add(o, "date", json_object_new_string(date));
			json_object_object_add(o, "time", time ?
			    json_object_new_string(time) : NULL);
			json_object_object_add(o, "with", with ?
			    json_object_new_string(with) : NULL);
			json_object_object_add(o, "quote", json_object_new_string(quote));
			json_object_object_add(o, "location", where ?
			    json_object_new_string(where) : NULL);
			json_object_object_add(o, "state", json_object_new_string(state));
			json_object_object_add(o, "from_letter",
			    json_object_new_boolean(from_letter));
			json_object_object_add(o, "commitments",
			    json_object_new_int64(sqlite3_column_int64(st, 7)));
			json_object_array_add(arr, o);
		} else {
			if (n == 0)
				printf("%-5s %-15s %-6s %-10s %-8s %-16s %s\n",
				    "ID", "DATE", "TIME", "STATE", "FROM", "WHERE",
				    "WITH / WHAT");
			ymd_human(date, human);
			printf("%-5lld %-15s %-6s %-10s %-8s %-16s %s\n",
			    (long long)sqlite3_column_int64(st, 0), human,
			    time ? time : "", state, from_letter ? "letter" :
			    "you", where ? cli_vis(where) : "-",
			    cli_vis(with ? with : quote));
		}
		n++;
	}
	sqlite3_finalize(st);
	if (json) {
		json_object *root = json_object_new_object();
		json_object_object_add(root, "meetings", arr);
		puts(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(root);
	} else if (n == 0) {
		printf("no meetings in %s\n", ledger_path(l));
	}
	return n ? EXIT_FOUND : EXIT_NONE;
}

int
cmd_meeting(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return meeting_add_cmd(cli, argc - 1, argv + 1);
	if (argc == 3 && strcmp(argv[1], "held") == 0)
		return meeting_held_cmd(cli, argv[2]);
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return meeting_list_cmd(cli, 0);
	if (argc == 3 && strcmp(argv[1], "list") == 0 &&
	    strcmp(argv[2], "--json") == 0)
		return meeting_list_cmd(cli, 1);
	return cli_usage("meeting");
}
