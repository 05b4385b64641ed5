/*
 * people.c — `ptrail people`: who the ledger knows (people.h), with the
 * promises each made; `ptrail people merge KEEP GONE` says two names are
 * one person (an event).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ledger/people.h"

static int
parse_pid(const char *s, int64_t *id)
{
	char *end;
	long long v;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v <= 0)
		return -1;
	*id = (int64_t)v;
	return 0;
}

int
cmd_people(struct cli *cli, int argc, char **argv)
{
	sqlite3_stmt *st;
	int n = 0;

	if (argc == 4 && strcmp(argv[1], "merge") == 0) {
		struct buf err = BUF_INIT;
		int64_t keep, gone;
		if (parse_pid(argv[2], &keep) == -1 ||
		    parse_pid(argv[3], &gone) == -1)
			return cli_usage(argv[0]);
		struct ledger *l = cli_ledger(cli, LEDGER_RW);
		if (people_merge(l, keep, gone, cli->now, &err) == -1) {
			fprintf(stderr, "ptrail people: %s\n", buf_str(&err));
			buf_free(&err);
			return EXIT_NONE;
		}
		printf("person %lld is now one with person %lld\n",
		    (long long)gone, (long long)keep);
		return EXIT_FOUND;
	}
	if (argc != 1)
		return cli_usage(argv[0]);
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT p.id, coalesce(p.name, "
	    "'-'), coalesce(p.address, '-'), coalesce(p.role, '-'), (SELECT "
	    "count(*) FROM commitments c WHERE c.person_id = p.id), (SELECT "
	    "group_concat(DISTINCT c.actor) FROM commitments c WHERE "
	    "c.person_id = p.id) FROM people p WHERE p.merged_into IS NULL "
	    "ORDER BY p.id", -1, &st, NULL) != SQLITE_OK)
		return EX_SOFTWARE;
	printf("%-4s %-24s %-32s %-10s %5s  %s\n", "ID", "NAME", "ADDRESS",
	    "ROLE", "MADE", "WRITTEN AS");
	while (sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *w = sqlite3_column_text(st, 5);
		printf("%-4lld %-24s %-32s %-10s %5lld  %s\n",
		    (long long)sqlite3_column_int64(st, 0),
		    sqlite3_column_text(st, 1), sqlite3_column_text(st, 2),
		    sqlite3_column_text(st, 3),
		    (long long)sqlite3_column_int64(st, 4), w ? (const char *)w :
		    "");
		n++;
	}
	sqlite3_finalize(st);
	if (n == 0)
		printf("nobody yet\n");
	return n ? EXIT_FOUND : EXIT_NONE;
}
