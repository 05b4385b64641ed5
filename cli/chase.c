/*
 * chase.c — `ptrail answered`, `ptrail escalate`, `ptrail chase`, `ptrail
 * due`: the parent's hand on the ladder (schedule.h). Each is an event in the
 * ledger; none talks to the network (ptraild sends what they draft,
 * after approval).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ledger/items.h"
#include "act/schedule.h"
#include "base/timeutil.h"

static const char *const step_label[] = { "a reminder", "a letter to the "
    "principal", "a letter to the IMC", "the EDB complaint notice" };

static int
one_id(int argc, char **argv, int64_t *id)
{
	char *end;
	long long v;

	if (argc != 2)
		return -1;
	errno = 0;
	v = strtoll(argv[1], &end, 10);
	if (errno || *end || v <= 0)
		return -1;
	*id = (int64_t)v;
	return 0;
}

int
cmd_answered(struct cli *cli, int argc, char **argv)
{
	struct commitment c;
	int64_t id;

	if (one_id(argc, argv, &id) == -1)
		return cli_usage(argv[0]);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (commitment_get(l, id, &c) == -1) {
		fprintf(stderr, "ptrail answered: no commitment %lld\n",
		    (long long)id);
		return EXIT_NONE;
	}
	if (c.answered_at) {
		fprintf(stderr, "ptrail answered: commitment %lld was answered "
		    "already\n", (long long)id);
		commitment_free(&c);
		return EXIT_NONE;
	}
	commitment_free(&c);
	if (commitment_answer(l, id, 0, cli->now, cli->now) == -1) {
		fprintf(stderr, "ptrail answered: %s\n", ledger_errmsg(l));
		return EX_SOFTWARE;
	}
	printf("commitment %lld is answered: it is not chased any more\n",
	    (long long)id);
	return EXIT_FOUND;
}

int
cmd_escalate(struct cli *cli, int argc, char **argv)
{
	struct buf err = BUF_INIT;
	int64_t id;
	int step;

	if (one_id(argc, argv, &id) == -1)
		return cli_usage(argv[0]);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	step = schedule_escalate(l, cli_config(cli), id, cli->now, &err);
	if (step < 0) {
		fprintf(stderr, "ptrail escalate: %s\n", buf_str(&err));
		buf_free(&err);
		return EXIT_NONE;
	}
	printf("commitment %lld: %s is drafted; see ptrail outbox\n",
	    (long long)id, step_label[step]);
	return EXIT_FOUND;
}

int
cmd_chase(struct cli *cli, int argc, char **argv)
{
	struct buf err = BUF_INIT;
	int64_t id;

	if (one_id(argc, argv, &id) == -1)
		return cli_usage(argv[0]);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (commitment_set_chase(l, id, cli->now, &err) == -1) {
		fprintf(stderr, "ptrail chase: %s\n", buf_str(&err));
		buf_free(&err);
		return EXIT_NONE;
	}
	printf("commitment %lld will be chased: ptraild drafts its reminder "
	    "on its next round\n", (long long)id);
	return EXIT_FOUND;
}

/* `ptrail due ID DATE`: the day the school meant, when the letter's date
 * was in doubt (the ladder waits for it), or a day the parent corrects. */
int
cmd_due(struct cli *cli, int argc, char **argv)
{
	struct buf err = BUF_INIT;
	struct civil d;
	char tm[6] = "", ymd[11], human[16];
	int64_t id;

	if (argc != 3 || one_id(2, argv, &id) == -1)
		return cli_usage(argv[0]);
	if (cli_when_date(argv[2], cli->now, &d, tm, &err) == -1) {
		fprintf(stderr, "ptrail due: %s\n", buf_str(&err));
		buf_free(&err);
		return EXIT_USAGE;
	}
	civil_format(&d, ymd);
	struct ledger *l = cli_ledger(cli, LEDGER_RW);
	if (commitment_set_due(l, id, ymd, cli->now, &err) == -1) {
		fprintf(stderr, "ptrail due: %s\n", buf_str(&err));
		buf_free(&err);
		return EXIT_NONE;
	}
	civil_human(&d, human);
	printf("commitment %lld is due %s; the date is settled, and the "
	    "promise is chased from that day if it goes unanswered\n",
	    (long long)id, human);
	return EXIT_FOUND;
}
