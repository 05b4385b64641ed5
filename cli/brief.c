/*
 * brief.c — `ptrail brief [--json] [--lang en|zh] [MEETING]`: what to
 * take into a meeting and what to leave it with (lib/act/brief.h), for
 * the given meeting or the next scheduled one. Reads the ledger only;
 * ptraild mails the same text to the parent three working days before.
 */
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "act/brief.h"

int
cmd_brief(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "lang", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	const char *lang = NULL;
	long long meeting = 0;
	json_object *b;
	char *end;
	int ch, json = 0, rc;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'j': json = 1; break;
		case 'l': lang = optarg; break;
		default: return cli_usage("brief");
		}
	}
	if (optind < argc - 1 || (lang && strcmp(lang, "en") != 0 &&
	    strcmp(lang, "zh") != 0))
		return cli_usage("brief");
	if (optind == argc - 1) {
		meeting = strtoll(argv[optind], &end, 10);
		if (end == argv[optind] || *end || meeting <= 0)
			return cli_usage("brief");
	}
	struct config *cfg = cli_config(cli);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (lang == NULL)
		lang = cfg->lang && strcmp(cfg->lang, "zh") == 0 ? "zh" : "en";
	rc = brief_build(l, cfg, (int64_t)meeting, cli->now, lang, &b);
	if (rc == 1) {
		if (meeting)
			fprintf(stderr, "ptrail brief: no meeting %lld\n", meeting);
		else
			fprintf(stderr, "ptrail brief: no meeting is scheduled "
			    "from today on (record one with ptrail meeting add)\n");
		return EXIT_NONE;
	}
	if (rc == -1) {
		fprintf(stderr, "ptrail brief: cannot read the ledger: %s\n",
		    ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	if (json) {
		puts(json_object_to_json_string_ext(b, JSON_C_TO_STRING_PRETTY |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
	} else {
		struct buf out = BUF_INIT, vis = BUF_INIT;
		brief_text(b, &out);
		cli_vis_buf(&vis, buf_str(&out), 1);	/* the school's words */
		fputs(buf_str(&vis), stdout);
		buf_free(&out);
		buf_free(&vis);
	}
	json_object_put(b);
	return EXIT_FOUND;
}
