/*
 * status.c — `ptrail status`: where ptraild stands with each folder,
 * and the last thing that went wrong there (it stays until a newer one);
 * then the last IMAP and SMTP connection error, in words, and whether it
 * connected again since.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "act/schedule.h"
#include "base/timeutil.h"

/* "IMAP connection: last error, T: words (connected again T2)": one line
 * per service that ever failed, or into arr for --json. */
static void
connections(struct ledger *l, json_object *arr)
{
	sqlite3_stmt *st;
	char err_at[26], ok_at[26];

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT upper(service), "
	    "last_error, last_error_at, coalesce(last_ok_at, 0) FROM connections "
	    "WHERE last_error IS NOT NULL ORDER BY service", -1, &st, NULL) !=
	    SQLITE_OK)
		return;		/* a ledger older than step 7 has none */
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *svc = (const char *)sqlite3_column_text(st, 0);
		const char *error = (const char *)sqlite3_column_text(st, 1);
		int64_t at = sqlite3_column_int64(st, 2);
		int64_t ok = sqlite3_column_int64(st, 3);
		iso8601_local((time_t)at, err_at);
		if (ok > at)
			iso8601_local((time_t)ok, ok_at);
		if (arr) {
			json_object *o = json_object_new_object();
			json_object_object_add(o, "service", json_object_new_string(svc));
			json_object_object_add(o, "last_error",
			    json_object_new_string(error));
			json_object_object_add(o, "last_error_at",
			    json_object_new_string(err_at));
			json_object_object_add(o, "connected_again", ok > at ?
			    json_object_new_string(ok_at) : NULL);
			json_object_array_add(arr, o);
		} else {
			printf("%s connection: last error, %s: %s%s%s%s\n", svc,
			    err_at, cli_vis(error), ok > at ? " (connected again " :
			    " (not connected since)", ok > at ? ok_at : "",
			    ok > at ? ")" : "");
		}
	}
	sqlite3_finalize(st);
}

int
cmd_status(struct cli *cli, int argc, char **argv)
{
	sqlite3_stmt *st;
	json_object *arr = NULL;
	int json = argc == 2 && strcmp(argv[1], "--json") == 0, n = 0;
	int synced = 0;
	int64_t last_error_at = -1;
	char *last_error = NULL;
	char when[26], error_at[26];

	if (argc > 2 || (argc == 2 && !json))
		return cli_usage("status");
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT folder, uidvalidity, "
	    "last_uid, last_sync, messages, last_error, last_error_at FROM "
	    "sync_state ORDER BY folder", -1, &st, NULL) != SQLITE_OK)
		return EX_SOFTWARE;
	if (json)
		arr = json_object_new_array();
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *folder = (const char *)sqlite3_column_text(st, 0);
		const char *error = (const char *)sqlite3_column_text(st, 5);
		when[0] = error_at[0] = '\0';
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			iso8601_local((time_t)sqlite3_column_int64(st, 3), when);
		if (sqlite3_column_type(st, 6) != SQLITE_NULL)
			iso8601_local((time_t)sqlite3_column_int64(st, 6),
			    error_at);
		if (*when)
			synced++;
		if (error && sqlite3_column_int64(st, 6) > last_error_at) {
			last_error_at = sqlite3_column_int64(st, 6);
			free(last_error);
			last_error = ledger_col_dup(st, 5);
		}
		if (!json && n == 0)
			printf("%-20s %-25s %9s %9s  %s\n", "FOLDER", "LAST SYNC",
			    "LAST UID", "MESSAGES", "LAST ERROR");
		n++;
		if (json) {
			json_object *o = json_object_new_object();
			json_object_object_add(o, "folder",
			    json_object_new_string(folder));
			json_object_object_add(o, "uidvalidity",
			    json_object_new_int64(sqlite3_column_int64(st, 1)));
			json_object_object_add(o, "last_uid",
			    json_object_new_int64(sqlite3_column_int64(st, 2)));
			json_object_object_add(o, "last_sync", *when ?
			    json_object_new_string(when) : NULL);
			json_object_object_add(o, "messages",
			    json_object_new_int64(sqlite3_column_int64(st, 4)));
			json_object_object_add(o, "last_error", error ?
			    json_object_new_string(error) : NULL);
			json_object_object_add(o, "last_error_at", *error_at ?
			    json_object_new_string(error_at) : NULL);
			json_object_array_add(arr, o);
		} else {
			printf("%-20s %-25s %9lld %9lld  %s%s%s\n",
			    cli_vis(folder),
			    *when ? when : "never",
			    (long long)sqlite3_column_int64(st, 2),
			    (long long)sqlite3_column_int64(st, 4),
			    error_at, *error_at ? " " : "", error ? cli_vis(error) :
			    "-");
		}
	}
	sqlite3_finalize(st);
	if (json) {
		json_object *root = json_object_new_object();
		json_object *conns = json_object_new_array();
		connections(l, conns);
		json_object_object_add(root, "folders", arr);
		json_object_object_add(root, "connections", conns);
		puts(json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY));
		json_object_put(root);
	} else {
		struct buf pol = BUF_INIT;
		if (synced == 0) {
			/* the login refused, nothing listening: say what
			 * went wrong */
			printf("%sno folder synced yet (ledger %s)\n", n ? "\n" :
			    "", ledger_path(l));
			if (last_error) {
				iso8601_local((time_t)last_error_at, error_at);
				printf("last error, %s: %s\n", error_at,
				    cli_vis(last_error));
			}
		}
		connections(l, NULL);
		/* what is and is not being chased (schedule.h) */
		schedule_policy(l, cli_config(cli), cli->now, &pol);
		printf("\n%s", buf_str(&pol));
		buf_free(&pol);
	}
	free(last_error);
	return n ? EXIT_FOUND : EXIT_NONE;
}
