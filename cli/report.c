/*
 * report.c — `ptrail report`: the dated dossier.
 *   ptrail report [--since DATE] [--until DATE] [--who NAME]
 *                 [--format html|md|json] [--lang en|zh] [-o FILE]
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "act/ics.h"
#include "act/report.h"
#include "base/timeutil.h"

int
cmd_report(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "who", required_argument, NULL, 'w' },
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_opts o = { NULL, NULL, NULL, REPORT_HTML, 0 };
	struct buf out = BUF_INIT, err = BUF_INIT;
	const char *file = NULL;
	struct civil c;
	int ch, rc = EXIT_FOUND;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (ch) {
		case 's': o.since = optarg; break;
		case 'u': o.until = optarg; break;
		case 'w': o.who = optarg; break;
		case 'o': file = optarg; break;
		case 'f':
			if (!strcmp(optarg, "html")) o.format = REPORT_HTML;
			else if (!strcmp(optarg, "md")) o.format = REPORT_MD;
			else if (!strcmp(optarg, "json")) o.format = REPORT_JSON;
			else return cli_usage("report");
			break;
		case 'l':
			if (!strcmp(optarg, "zh")) o.zh = 1;
			else if (strcmp(optarg, "en")) return cli_usage("report");
			break;
		default: return cli_usage("report");
		}
	}
	if (optind != argc || (o.since && civil_parse(o.since, &c)) ||
	    (o.until && civil_parse(o.until, &c)))
		return cli_usage("report");
	struct ledger *l = cli_ledger(cli, LEDGER_RO);
	if (report_render(l, cli_config(cli), &o, cli->now, &out) == -1) {
		fprintf(stderr, "ptrail report: cannot read the ledger: %s\n",
		    ledger_errmsg(l));
		rc = EX_SOFTWARE;
	} else if (file) {
		if (ics_write_file(file, buf_str(&out), out.len, &err) == -1) {
			fprintf(stderr, "ptrail report: %s\n", buf_str(&err));
			rc = EX_SOFTWARE;
		}
	} else {
		fwrite(buf_str(&out), 1, out.len, stdout);
	}
	buf_free(&out);
	buf_free(&err);
	return rc;
}
