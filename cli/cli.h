/*
 * cli.h — what every `ptrail` command shares.
 *
 * A command is one function in a file named for its group (cli/items.c for
 * list/show/add/done/..., cli/extract.c for extract/dates, ...), listed once
 * in the table in cli/main.c. It receives argv starting at its own name and
 * returns an exit status:
 *   0 found / done, 1 nothing matched, 2 usage, and from <sysexits.h>:
 *   EX_DATAERR 65 bad input data, EX_NOINPUT 66 no ledger yet (a command
 *   that only reads), EX_SOFTWARE 70 internal, EX_CONFIG 78 configuration.
 * Config and ledger are opened lazily, the first time a command asks.
 */
#ifndef PTRAIL_CLI_H
#define PTRAIL_CLI_H

#include <stdio.h>
#include <sysexits.h>
#include <time.h>

#include "base/config.h"
#include "base/timeutil.h"
#include "ledger/ledger.h"

/* 0, 1 and 2 as grep and most Unix tools; the rest are <sysexits.h>'s
 * EX_* (sysexits' EX_USAGE is 64: ptrail says 2, as ptrail(1) does). */
#define EXIT_FOUND	EX_OK
#define EXIT_NONE	1
#define EXIT_USAGE	2

struct cli {
	const char	*config_path;	/* -c FILE, or NULL */
	struct config	 cfg;
	int		 cfg_loaded;
	struct ledger	*ledger;
	time_t		 now;		/* pt_now() at start */
};

struct command {
	const char	*name;
	int		(*run)(struct cli *cli, int argc, char **argv);
	const char	*usage;		/* "list [--open|--overdue|--all] ..." */
	const char	*summary;	/* one line */
};

/* The loaded config; exits 78 with file:line messages when it is wrong. */
struct config	*cli_config(struct cli *cli);
/* The opened ledger (LEDGER_RW or LEDGER_RO); exits 78/70 on failure. */
struct ledger	*cli_ledger(struct cli *cli, int flags);
/* Today in the family's zone, "YYYY-MM-DD" (static storage). */
const char	*cli_today(struct cli *cli);

/* Print "usage: ptrail <usage>" for the named command; returns 2. */
int		 cli_usage(const char *name);
/* True when argv holds -h or --help: the command prints its usage, exit 0. */
int		 cli_wants_help(int argc, char **argv);
int		 cli_help(const char *name);

/*
 * Text from mail (or anyone) for a terminal: control characters replaced
 * by visible stand-ins (vis.c). cli_vis() is for one line (CR, LF, tab
 * too); cli_vis_text() keeps newlines and tabs. The result is owned by
 * vis.c and stays valid for the next 31 calls: use it within one printf.
 * NULL is printed as "". cli_vis_buf() appends to a buf of the caller's.
 */
const char	*cli_vis(const char *s);
const char	*cli_vis_text(const char *s);
void		 cli_vis_buf(struct buf *out, const char *s, int keep_lines);
void		 cli_vis_free(void);

struct commitment;
/* The DUE cell of list and show: "Thu 15 Mar 2026", with " (?)" when the
 * letter wrote the date two ways (list.c). */
void		 cli_due_cell(const struct commitment *c, char out[24]);

/*
 * A date a person typed, read as `ptrail dates` reads one ("20/5", "next
 * Friday", "2026-03-27"), against today (when.c). *time_out gets "HH:MM"
 * when the text also names a clock time, else "". 0 ok; -1 with a
 * sentence in why ("2026-02-31 does not exist: ..."). cli_when_time()
 * reads "16:00" or "4pm" into out.
 */
int		 cli_when_date(const char *text, time_t now, struct civil *date,
		    char time_out[6], struct buf *why);
int		 cli_when_time(const char *text, char out[6], struct buf *why);

/* Command functions, one per row of the table in main.c. */
int cmd_list(struct cli *, int, char **);
int cmd_show(struct cli *, int, char **);
int cmd_add(struct cli *, int, char **);
int cmd_done(struct cli *, int, char **);
int cmd_dispute(struct cli *, int, char **);
int cmd_withdraw(struct cli *, int, char **);
int cmd_reopen(struct cli *, int, char **);
int cmd_help(struct cli *, int, char **);
int cmd_log(struct cli *, int, char **);
int cmd_verify(struct cli *, int, char **);
int cmd_config(struct cli *, int, char **);
int cmd_dates(struct cli *, int, char **);
int cmd_extract(struct cli *, int, char **);
int cmd_ics(struct cli *, int, char **);
int cmd_report(struct cli *, int, char **);
int cmd_outbox(struct cli *, int, char **);
int cmd_approve(struct cli *, int, char **);
int cmd_cancel(struct cli *, int, char **);
int cmd_edit(struct cli *, int, char **);
int cmd_meeting(struct cli *, int, char **);
int cmd_status(struct cli *, int, char **);
int cmd_brief(struct cli *, int, char **);
int cmd_answered(struct cli *, int, char **);
int cmd_escalate(struct cli *, int, char **);
int cmd_chase(struct cli *, int, char **);
int cmd_people(struct cli *, int, char **);

#endif
