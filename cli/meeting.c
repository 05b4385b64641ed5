/*
 * meeting.c — `ptrail meeting add --date DATE [--time HH:MM] --with NAMES
 * [--note TEXT]`: record a meeting the parent attended or arranged by
 * phone. Commitments heard there are added with `ptrail add --meeting ID`;
 * ptraild drafts their confirmation summary like a letter's.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ledger/items.h"
#include "base/timeutil.h"

int
cmd_meeting(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "time", required_argument, NULL, 't' },
		{ "with", required_argument, NULL, 'w' },
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct meeting m;
	struct civil c;
	int ch, hh, mm, used = 0;

	if (argc < 2 || strcmp(argv[1], "add") != 0)
		return cli_usage("meeting");
	memset(&m, 0, sizeof(m));
	optind = 0;
	while ((ch = getopt_long(argc - 1, argv + 1, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'd': m.date = optarg; break;
		case 't': m.time = optarg; break;
		case 'w': m.with_whom = optarg; break;
		case 'n': m.note = optarg; break;
		default: return cli_usage("meeting");
		}
	}
	if (optind != argc - 1 || m.date == NULL || m.with_whom == NULL)
		return cli_usage("meeting");
	if (civil_parse(m.date, &c) == -1) {
		fprintf(stderr, "ptrail meeting: --date %s is not YYYY-MM-DD\n", m.date);
		return EXIT_USAGE;
	}
	if (m.time && (sscanf(m.time, "%2d:%2d%n", &hh, &mm, &used) != 2 ||
	    m.time[used] || hh > 23 || mm > 59)) {
		fprintf(stderr, "ptrail meeting: --time %s is not HH:MM\n", m.time);
		return EXIT_USAGE;
	}
	m.quote = m.note ? m.note : m.with_whom;
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (meeting_add(l, &m, cli->now) == -1) {
		fprintf(stderr, "ptrail meeting: %s\n", ledger_errmsg(l));
		return EXIT_SOFTWARE;
	}
	printf("%lld\n", (long long)m.id);
	return EXIT_FOUND;
}
