/*
 * ics.c — `ptrail ics [-o FILE]`: the calendar feed, printed or written
 * (atomically, 0600) to FILE.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "act/ics.h"

int
cmd_ics(struct cli *cli, int argc, char **argv)
{
	struct buf err = BUF_INIT;
	const char *out = NULL;
	int rc = EXIT_FOUND;

	if (argc == 3 && strcmp(argv[1], "-o") == 0)
		out = argv[2];
	else if (argc != 1)
		return cli_usage("ics");
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (out) {
		if (ics_write_feed(l, cli_config(cli), cli->now, out, &err) == -1) {
			fprintf(stderr, "ptrail ics: %s\n", buf_str(&err));
			rc = EX_SOFTWARE;
		}
	} else if (ics_render(l, cli_config(cli), cli->now, stdout) == -1) {
		fprintf(stderr, "ptrail ics: cannot read the ledger or write "
		    "the feed: %s\n", ledger_errmsg(l));
		rc = EX_SOFTWARE;
	}
	buf_free(&err);
	return rc;
}
