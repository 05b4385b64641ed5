/*
 * add.c — `ptrail add`: a commitment heard in a meeting or on the phone.
 * --who is read as a person (people.h: people_by_words()), so list, show,
 * the letters and the dossier name the person, as for a letter's promise;
 * the words as typed stay in commitments.actor.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "base/timeutil.h"
#include "ledger/items.h"
#include "ledger/people.h"

static int
meeting_exists(struct ledger *l, int64_t id)
{
	struct meeting m;
	if (meeting_get(l, id, &m) == -1)
		return 0;
	meeting_free(&m);
	return 1;
}

/* "person:     2, Miss Lam Ka Yan": whom --who was read as */
static void
add_says_who(struct ledger *l, const struct commitment *c)
{
	struct person_row p;
	char *name;

	if (c->person_id <= 0 || people_get(l, c->person_id, &p) == -1)
		return;
	name = people_display(&p);
	printf("person:     %lld, %s\n", (long long)p.id, cli_vis(name));
	free(name);
	person_row_free(&p);
}

int
cmd_add(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "who", required_argument, NULL, 'w' },
		{ "what", required_argument, NULL, 'W' },
		{ "due", required_argument, NULL, 'd' },
		{ "time", required_argument, NULL, 't' },
		{ "note", required_argument, NULL, 'n' },
		{ "meeting", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	struct commitment c;
	struct buf why = BUF_INIT;
	struct civil d;
	const char *due_arg = NULL, *time_arg = NULL;
	char ymd[11], tm[6] = "", human[16];
	int ch;

	memset(&c, 0, sizeof(c));
	optind = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'w': c.actor = optarg; break;
		case 'W': c.action = optarg; break;
		case 'd': due_arg = optarg; break;
		case 't': time_arg = optarg; break;
		case 'n': c.note = optarg; break;
		case 'm':
			if (cli_parse_id(optarg, &c.meeting_id) == -1)
				return cli_usage("add");
			break;
		default: return cli_usage("add");
		}
	}
	if (optind != argc || !c.actor || !c.action || !*c.actor || !*c.action)
		return cli_usage("add");
	/* a promise may have no date: "Ms Wong will look into it" */
	if (due_arg && cli_when_date(due_arg, cli->now, &d, tm, &why) == -1) {
		fprintf(stderr, "ptrail add: --due %s\n", buf_str(&why));
		buf_free(&why);
		return EXIT_USAGE;
	}
	if (time_arg && due_arg == NULL) {
		fprintf(stderr, "ptrail add: --time needs --due\n");
		return EXIT_USAGE;
	}
	if (time_arg && cli_when_time(time_arg, tm, &why) == -1) {
		fprintf(stderr, "ptrail add: --time %s\n", buf_str(&why));
		buf_free(&why);
		return EXIT_USAGE;
	}
	if (due_arg) {
		civil_format(&d, ymd);
		c.due = ymd;
	}
	c.due_time = *tm ? tm : NULL;
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (c.meeting_id && !meeting_exists(l, c.meeting_id)) {
		fprintf(stderr, "ptrail add: no meeting %lld (ptrail meeting "
		    "list shows them)\n", (long long)c.meeting_id);
		return EXIT_NONE;
	}
	c.source = c.meeting_id ? "meeting" : "manual";
	c.quote = c.action;
	/* the person, as a letter's promise has one: list, show, the letters
	 * and the dossier use them; --who stays as the words as written */
	if ((c.person_id = people_by_words(l, cli_config(cli), c.actor,
	    cli->now)) == -1 || commitment_add(l, &c, cli->now) == -1) {
		fprintf(stderr, "ptrail add: %s\n", ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	if (c.due)
		civil_human(&d, human);
	printf("commitment %lld: %s will %s, %s%s%s%s\n", (long long)c.id,
	    cli_vis(c.actor), cli_vis(c.action), c.due ? "due " : "no date",
	    c.due ? human : "", c.due_time ? " " : "", c.due_time ?
	    c.due_time : "");
	add_says_who(l, &c);
	return EXIT_FOUND;
}

