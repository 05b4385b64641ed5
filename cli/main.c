/*
 * main.c — `ptrail`, the parent's view of the ledger.
 *
 * A table of commands; each lives in the file named for its group. Global
 * options come before the command: -c FILE (config), -h/--help, --version.
 * The CLI never touches the network (except where a command says so).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "base/version.h"
#include "base/log.h"
#include "base/nearest.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"


static const struct command commands[] = {
	{ "list", cmd_list,
	  "list [--open|--overdue|--all] [--since DATE] [--who NAME] [--limit N] [--json]",
	  "commitments, open ones by default" },
	{ "show", cmd_show, "show [--json] ID", "one commitment in full, with its letter" },
	{ "add", cmd_add,
	  "add --who NAME --what TEXT [--due DATE [--time TIME]] [--note TEXT] [--meeting ID]",
	  "a commitment heard in a meeting or on the phone" },
	{ "done", cmd_done, "done ID [--note TEXT]", "the school did what it promised" },
	{ "dispute", cmd_dispute, "dispute ID --note TEXT", "the record and the school disagree" },
	{ "withdraw", cmd_withdraw, "withdraw ID [--note TEXT]", "the commitment no longer stands" },
	{ "answered", cmd_answered, "answered ID",
	  "the school answered this promise (stops its chase)" },
	{ "escalate", cmd_escalate, "escalate ID",
	  "draft the next step of the ladder now" },
	{ "chase", cmd_chase, "chase ID",
	  "chase a promise that was past when ptrail first saw it" },
	{ "due", cmd_due, "due ID DATE",
	  "settle a promise's due day (a date in doubt waits for this)" },
	{ "people", cmd_people, "people | people merge KEEP GONE",
	  "who made the promises; say two names are one person" },
	{ "reopen", cmd_reopen, "reopen ID [--note TEXT]",
	  "undo done, withdraw or dispute (an event: the history stays)" },
	{ "log", cmd_log, "log [--json] [--limit N]", "the events: everything ptrail saw and did" },
	{ "verify", cmd_verify, "verify", "check the events chain was not edited" },
	{ "config", cmd_config, "config check", "validate the config, print effective settings" },
	{ "extract", cmd_extract, "extract [--json] FILE.eml...",
	  "the commitments, deflections and meetings in letters" },
	{ "meeting", cmd_meeting,
	  "meeting add --date DATE [--time TIME] --with NAMES [--where PLACE] [--note TEXT] | meeting held ID | meeting list [--json]",
	  "record a meeting, mark one from a letter held, or list them; add what was promised there with add --meeting ID" },
	{ "outbox", cmd_outbox, "outbox [--json] | outbox show ID",
	  "mail ptrail drafted, will send or sent for you" },
	{ "approve", cmd_approve, "approve ID", "let ptraild send a draft" },
	{ "edit", cmd_edit, "edit ID", "change a draft's text in $EDITOR before approving it" },
	{ "cancel", cmd_cancel, "cancel ID", "never send an outbox message" },
	{ "brief", cmd_brief, "brief [--json] [--lang en|zh] [MEETING]",
	  "before a meeting: the record, the open questions, what to leave with" },
	{ "report", cmd_report,
	  "report [--since DATE] [--until DATE] [--who NAME] [--format html|md|json] [--lang en|zh] [-o FILE]",
	  "the dated dossier for a letter to the principal, IMC, EDB or EOC" },
	{ "ics", cmd_ics, "ics [-o FILE]", "the calendar feed of deadlines and meetings" },
	{ "status", cmd_status, "status [--json]",
	  "per folder: last sync, last UID, messages stored, last error" },
	{ "dates", cmd_dates, "dates [--ref ISO] TEXT... | dates --jsonl",
	  "how ptrail reads the dates in a piece of text" },
	{ "help", cmd_help, "help [COMMAND]", "the commands, or one command's usage" },
};

static const struct command *
command_find(const char *name)
{
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

/* The command a mistyped name most likely meant, or NULL. */
static const struct command *
command_nearest(const char *name)
{
	const struct command *best = NULL;
	int bestd = 99;

	for (size_t i = 0; i < NCOMMANDS; i++) {
		int d = edit_distance(name, commands[i].name, 0);
		/* "appr" -> approve: a prefix counts as near */
		if (strlen(name) >= 3 && strncmp(commands[i].name, name,
		    strlen(name)) == 0)
			d = 1;
		if (d < bestd) {
			bestd = d;
			best = &commands[i];
		}
	}
	return bestd <= 2 ? best : NULL;
}

static void
usage_all(FILE *f)
{
	fprintf(f, "usage: ptrail [-c FILE] COMMAND [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n`ptrail COMMAND --help` shows a command's options.\n"
	    "PTRAIL_NOW=2026-03-20T09:00:00+08:00 stands in for the clock.\n");
}

int
cli_usage(const char *name)
{
	const struct command *c = command_find(name);
	if (c)
		fprintf(stderr, "usage: ptrail %s\n", c->usage);
	else
		usage_all(stderr);
	return EXIT_USAGE;
}

int
cli_help(const char *name)
{
	const struct command *c = command_find(name);
	if (c == NULL)
		return cli_usage(name);
	printf("usage: ptrail %s\n  %s\n", c->usage, c->summary);
	return EXIT_FOUND;
}

/* ptrail help [COMMAND] */
int
cmd_help(struct cli *cli, int argc, char **argv)
{
	(void)cli;
	if (argc == 1) {
		usage_all(stdout);
		return EXIT_FOUND;
	}
	if (argc == 2 && command_find(argv[1]))
		return cli_help(argv[1]);
	if (argc == 2) {
		const struct command *near = command_nearest(argv[1]);
		fprintf(stderr, "ptrail help: no command '%s'%s%s%s\n", argv[1],
		    near ? " (did you mean '" : "", near ? near->name : "",
		    near ? "'?)" : "");
	}
	return EXIT_USAGE;
}

int
cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	}
	return 0;
}

struct config *
cli_config(struct cli *cli)
{
	struct buf err = BUF_INIT;
	char *path;

	if (cli->cfg_loaded)
		return &cli->cfg;
	path = config_find(cli->config_path);
	if (config_load(path, &cli->cfg, &err) == -1) {
		fputs(buf_str(&err), stderr);
		buf_free(&err);
		free(path);
		exit(EX_CONFIG);
	}
	free(path);
	cli->cfg_loaded = 1;
	if (tz_set(cli->cfg.zone) == -1) {
		fprintf(stderr, "ptrail: unknown time zone '%s'\n", cli->cfg.zone);
		exit(EX_CONFIG);
	}
	return &cli->cfg;
}

struct ledger *
cli_ledger(struct cli *cli, int flags)
{
	struct config *cfg = cli_config(cli);
	struct buf err = BUF_INIT;

	if (cli->ledger)
		return cli->ledger;
	/* a command that only reads opens read-only: it never creates a
	 * ledger, and works on a read-only filesystem */
	if ((flags & LEDGER_RO) && access(cfg->ledger_path, F_OK) == -1) {
		fprintf(stderr, "ptrail: no ledger at %s (the ledger %s names%s); "
		    "ptraild creates it on its first sync\n", cfg->ledger_path,
		    cfg->path, cfg->ledger_path_default ? " by default: set [ledger] "
		    "path to read another" : "");
		exit(EX_NOINPUT);
	}
	if (ledger_open(cfg->ledger_path, flags, &cli->ledger, &err) == -1) {
		fprintf(stderr, "ptrail: %s\n", buf_str(&err));
		buf_free(&err);
		exit(EX_CONFIG);
	}
	return cli->ledger;
}

const char *
cli_today(struct cli *cli)
{
	static char today[11];
	struct civil c;

	local_civil(cli->now, &c);
	civil_format(&c, today);
	return today;
}

int
main(int argc, char **argv)
{
	struct cli cli;
	const struct command *cmd;
	int i, rc;

	memset(&cli, 0, sizeof(cli));
	log_init("ptrail", LOG_PREFIX_NAME);
	tz_set(getenv("PTRAIL_ZONE") ? getenv("PTRAIL_ZONE") : PT_DEFAULT_ZONE);
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
			cli.config_path = argv[++i];
		else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			usage_all(stdout);
			return EXIT_FOUND;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("ptrail %s\n", PTRAIL_VERSION);
			return EXIT_FOUND;
		} else {
			fprintf(stderr, "ptrail: unknown option '%s'\n", argv[i]);
			usage_all(stderr);
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		usage_all(stderr);
		return EXIT_USAGE;
	}
	if ((cmd = command_find(argv[i])) == NULL) {
		const struct command *near = command_nearest(argv[i]);
		if (near)
			fprintf(stderr, "ptrail: unknown command '%s' (did you mean "
			    "'%s'?)\nusage: ptrail %s\n", argv[i], near->name,
			    near->usage);
		else
			fprintf(stderr, "ptrail: unknown command '%s' (ptrail help "
			    "lists them)\n", argv[i]);
		return EXIT_USAGE;
	}
	if (cli_wants_help(argc - i, argv + i))
		return cli_help(cmd->name);
	cli.now = pt_now();
	rc = cmd->run(&cli, argc - i, argv + i);
	if (cli.ledger)
		ledger_close(cli.ledger);
	if (cli.cfg_loaded)
		config_free(&cli.cfg);
	cli_vis_free();
	return rc;
}
