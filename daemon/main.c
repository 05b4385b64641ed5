/*
 * main.c — ptraild: follow the mailbox, keep the ledger, write the feed.
 *
 * A foreground process, systemd's way: logs to stderr with sd-daemon
 * priority prefixes, Type=notify (READY=1 after the first sync, STATUS=
 * lines, WATCHDOG=1 when WatchdogSec= is set, STOPPING=1), SIGTERM
 * finishes the message or draft in hand and exits 0, SIGHUP reloads the
 * config.
 *
 * The loop: connect (TLS verified before LOGIN), sync every folder, run
 * the stages that follow a sync (the feed), then wait — IDLE where the
 * server offers it (renewed well inside 29 minutes), else poll every
 * poll_interval. A lost connection is retried with exponential backoff
 * and jitter, capped at five minutes; the reason is logged once per
 * change of state, not once per try.
 *
 * One daemon per ledger: the ledger's lock file (ledger_lock()) is held
 * from start to exit; a second ptraild on the same ledger is refused
 * before it reads or writes anything.
 *
 * Exit codes are <sysexits.h>'s: --once exits 0 ok, 69 server unreachable
 * (or its certificate refused), 75 the ledger refused a write (disk
 * full, locked by another process), 77 login refused, 78 configuration;
 * any run exits 75 when another ptraild keeps the ledger, 65 when the
 * ledger file is damaged (PRAGMA quick_check at start-up).
 */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"
#include "httpd.h"
#include "imap.h"
#include "notify.h"
#include "act/compose.h"
#include "act/schedule.h"
#include "ledger/approve.h"
#include "ledger/items.h"
#include "ledger/sync_state.h"
#include "smtp.h"
#include "sync.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "watch.h"

#define PTRAILD_VERSION	"0.1.0"
#define IDLE_RENEW	(25 * 60)
#define BACKOFF_MAX	300
#define STAGE_RETRY	5	/* first retry of a stage that failed for now */

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t reload_requested;
/*
 * The self-pipe: a signal writes a byte, and every wait polls the read
 * end, so a wait is one poll() for its whole length (no CPU while idle)
 * and still ends at once on SIGTERM or SIGHUP, even one that arrives just
 * before the poll starts.
 */
static int wake_pipe[2] = { -1, -1 };
/* What every wait polls: the self-pipe and the ledger's directory
 * (watch.h), or the self-pipe alone when the watch could not start. */
static int wait_fd = -1;

static void
on_signal(int sig)
{
	int saved = errno;

	if (sig == SIGHUP) {
		reload_requested = 1;
	} else {
		stop_requested = 1;
		imap_cut_armed();	/* a fetch the main thread waits in */
	}
	if (wake_pipe[1] != -1)
		(void)!write(wake_pipe[1], "", 1);
	errno = saved;
}

/* Empty the self-pipe and the watch once their news has been seen. */
static void
drain_wake(void)
{
	char b[64];
	while (read(wake_pipe[0], b, sizeof(b)) > 0)
		;
	watch_drain();
}

static void
install_signals(void)
{
	struct sigaction sa;

	if (pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) == -1)
		fatal(EX_UNAVAILABLE, "pipe");

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: waits end early */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static void
usage(FILE *f)
{
	fprintf(f, "usage: ptraild [-c FILE] [--once] [-d]\n"
	    "  -c FILE   the config (else $PTRAIL_CONFIG, "
	    "$XDG_CONFIG_HOME/ptrail/ptrail.conf, /etc/ptrail/ptrail.conf)\n"
	    "  --once    one sync, then exit (0 ok, 69 unreachable, 77 login "
	    "refused, 78 config)\n"
	    "  exits 75 when another ptraild keeps the same ledger, 65 when "
	    "the ledger is damaged\n"
	    "  -d        debug logging\n");
}

static int
load_config(const char *cli_path, struct config *cfg)
{
	struct buf err = BUF_INIT;
	char *path = config_find(cli_path);
	int rc = config_load(path, cfg, &err);

	if (rc == -1) {
		/* one line per problem, each naming file and line */
		char *s = err.s, *nl;
		while (s && *s) {
			nl = strchr(s, '\n');
			if (nl)
				*nl = '\0';
			log_errx("%s", s);
			s = nl ? nl + 1 : NULL;
		}
	} else if (cfg->imap_url == NULL || cfg->user == NULL) {
		log_errx("%s: ptraild needs imap and user in [account]", path);
		config_free(cfg);
		rc = -1;
	} else if (tz_set(cfg->zone) == -1) {
		log_errx("%s: unknown time zone %s", path, cfg->zone);
		config_free(cfg);
		rc = -1;
	}
	buf_free(&err);
	free(path);
	return rc;
}

static int
is_sent_folder(const struct config *cfg, const struct imap_conn *conn,
    const char *folder)
{
	const char *sent = imap_sent_folder(conn, cfg);

	if (sent)
		return strcmp(sent, folder) == 0;
	return strcasecmp(folder, "Sent") == 0 ||
	    strcasecmp(folder, "Sent Items") == 0 ||
	    strcasecmp(folder, "Sent Messages") == 0;
}

/* Without a folders line, the Sent folder is watched beside INBOX: the
 * parent's own letters to the school are half of the record. */
static const char *
default_sent(const struct config *cfg, const struct imap_conn *conn)
{
	const char *sent = imap_sent_folder(conn, cfg);

	if (!cfg->folders_default || sent == NULL)
		return NULL;
	for (int k = 0; k < cfg->nfolders; k++)
		if (strcmp(cfg->folders[k], sent) == 0)
			return NULL;
	return sent;
}

/* Sleep up to seconds, waking for a signal. */
static void
nap(unsigned seconds)
{
	struct pollfd pfd = { .fd = wait_fd, .events = POLLIN };

	if (!stop_requested && !reload_requested)
		(void)poll(&pfd, 1, (int)seconds * 1000);
	drain_wake();
}

/* Log a failure only when it differs from the last one. */
static void
note_state(char **last, const char *now_state, int is_error)
{
	if (*last && now_state && strcmp(*last, now_state) == 0)
		return;
	if (now_state == NULL && *last == NULL)
		return;
	if (now_state && is_error)
		log_warnx("%s", now_state);
	else if (now_state == NULL)
		log_info("connection restored");
	free(*last);
	*last = now_state ? xstrdup(now_state) : NULL;
}

/* The IMAP connection failed (why) or works (NULL): kept for `ptrail
 * status`, written once per change, as it is logged, and once at start. */
static void
keep_connection(struct daemon *d, const char *last, const char *why)
{
	static int said;
	int rc = 0;

	if (said && (why ? last && strcmp(last, why) == 0 : last == NULL))
		return;
	if (why)
		rc = connection_error(d->ledger, "imap", pt_now(), why);
	else
		rc = connection_ok(d->ledger, "imap", pt_now());
	if (rc == -1)
		log_warnx("cannot keep the connection's state in the ledger: %s",
		    ledger_errmsg(d->ledger));
	said = 1;
}

static int64_t
count_open(struct ledger *l)
{
	int64_t n = 0;
	ledger_query_int(l, &n, "SELECT count(*) FROM commitments WHERE state "
	    "IN ('open', 'confirmed')", (char *)NULL);
	return n;
}

static int
exit_for(enum imap_status st)
{
	switch (st) {
	case IMAP_OK:
		return EX_OK;
	case IMAP_LOGIN:
		return EX_NOPERM;
	case IMAP_CONFIG:
		return EX_CONFIG;
	case IMAP_LEDGER:
		return EX_TEMPFAIL;
	default:
		return EX_UNAVAILABLE;
	}
}

/* The worse of two results: cancel, then permanent, then temporary. */
static enum pt_result
worse(enum pt_result a, enum pt_result b)
{
	static const int rank[] = { [PT_OK] = 0, [PT_TEMP] = 1, [PT_PERM] = 2,
	    [PT_CANCEL] = 3 };
	return rank[b] > rank[a] ? b : a;
}

/* Approval by mail, a step of the round: the parent's "APPROVE <token>"
 * letters stored since the last pass (all of them, on the first). */
static enum pt_result
approve_stage(struct daemon *d)
{
	if (approve_by_mail(d->ledger, d->cfg, d->now, &d->approve) < 0)
		return PT_TEMP;		/* logged; read again next round */
	return PT_OK;
}

/* lib/ asks this between two drafts (base/cancel.h): SIGTERM seen? */
static int
stop_asked(void *arg)
{
	return *(volatile sig_atomic_t *)arg != 0;
}

/* Drafting, a step of the round: confirmation summaries of new letters and
 * of recorded meetings, then the escalation ladder, the briefs and the
 * digest (lib/act). On SIGTERM it stops between two letters' drafts,
 * each whole in its own transaction: systemd's 90 s are not spent on a
 * backlog that the next run takes up where this one left it. */
static enum pt_result
draft_stage(struct daemon *d)
{
	struct cancel stop = { stop_asked, (void *)(uintptr_t)d->stop };

	if (compose_pending(d->ledger, d->cfg, d->now, COMPOSE_DAYS,
	    &stop) < 0) {
		log_warnx("drafting the letters' summaries: %s",
		    ledger_errmsg(d->ledger));
		return PT_TEMP;
	}
	if (*d->stop)
		return PT_CANCEL;
	if (compose_meetings(d->ledger, d->cfg, d->now, COMPOSE_DAYS,
	    &stop) < 0) {
		log_warnx("drafting the meetings' summaries: %s",
		    ledger_errmsg(d->ledger));
		return PT_TEMP;
	}
	if (*d->stop)
		return PT_CANCEL;
	/* overdue promises pile up as letters do (a first sync, a long
	 * holiday): the ladder too stops between two of its letters */
	if (schedule_run(d->ledger, d->cfg, d->now, &stop) < 0) {
		log_warnx("the escalation ladder: %s", ledger_errmsg(d->ledger));
		return PT_TEMP;
	}
	return *d->stop ? PT_CANCEL : PT_OK;
}

/*
 * The steps after the sync, each named: settle the rows a crash left
 * 'sending', draft, send, write the feed. A step that fails for now
 * (PT_TEMP) does not stop the ones after it that do not depend on it; the
 * worst result goes back to the loop, which comes back sooner after a
 * PT_TEMP. Each step logs its own failure, once per change of state.
 */
static enum pt_result
round_stages(struct daemon *d, struct imap_conn *conn, unsigned stored)
{
	enum pt_result result, all = PT_OK;

	result = smtp_resolve_interrupted(d, conn);
	all = worse(all, result);
	if (result == PT_OK && !*d->stop) {
		/* a row still 'sending' must not be sent again: only after
		 * the witnesses were looked for */
		all = worse(all, approve_stage(d));
		result = draft_stage(d);
		all = worse(all, result);
		if (result != PT_CANCEL && !*d->stop)
			all = worse(all, send_stage(d, conn));
	}
	if (d->changed || stored) {
		result = feed_stage(d);
		all = worse(all, result);
		if (result == PT_OK)
			d->changed = 0;
	}
	return all;
}

/* One round: every folder, then the stages. */
static enum imap_status
sync_round(struct imap_conn *conn, struct daemon *d, struct buf *why)
{
	struct sync_stats st;
	enum imap_status rc;
	unsigned total = 0;

	int64_t dv = ledger_data_version(d->ledger);

	d->now = pt_now();
	d->new_letters = 0;
	/* the CLI changed the ledger since the last round: the feed shows
	 * it, whatever else this round finds */
	if (dv != d->data_version)
		d->changed = 1;
	d->data_version = dv;
	for (int k = 0; k <= d->cfg->nfolders && !stop_requested; k++) {
		const char *folder = k < d->cfg->nfolders ? d->cfg->folders[k] :
		    default_sent(d->cfg, conn);
		if (folder == NULL)
			break;
		rc = sync_folder(conn, d, folder,
		    is_sent_folder(d->cfg, conn, folder), &st, why);
		if (rc == IMAP_PROTO) {
			/* a folder that does not exist is not the end */
			log_warnx("%s", buf_str(why));
			buf_reset(why);
			continue;
		}
		if (rc != IMAP_OK)
			return rc;
		total += st.stored;
		if (st.found || st.stored)
			log_info("%s: %u school message(s) found, %u new", folder,
			    st.found, st.stored);
	}
	d->result = round_stages(d, conn, total);
	notifyf("STATUS=synced %s, %u new letter(s), %lld open "
	    "commitment(s)", d->cfg->folders[0], d->new_letters,
	    (long long)count_open(d->ledger));
	return IMAP_OK;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "once", no_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config_path = NULL;
	struct config cfg;
	struct daemon d;
	struct imap_conn *conn = NULL;
	struct buf why = BUF_INIT, err = BUF_INIT;
	char *last_state = NULL;
	unsigned backoff = 1, seed, stage_retry = STAGE_RETRY;
	int ch, once = 0, ready = 0, rc = EX_OK, lock_fd = -1, crc;
	uint64_t watchdog_usec = 0;

	log_init("ptraild", LOG_PREFIX_AUTO);
	umask(077);
	/* glibc gives heap back to the kernel whenever 128 KB lie free at
	 * its top; with the reader thread running, every such brk() costs a
	 * TLB shootdown on each core. Keep up to 8 MB; sync.c trims once a
	 * folder is synced. */
	mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
	while ((ch = getopt_long(argc, argv, "c:dh", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'd': log_set_level(LOG_LVL_DEBUG); break;
		case 'o': once = 1; break;
		case 'h': usage(stdout); return EX_OK;
		case 'V': printf("ptraild %s\n", PTRAILD_VERSION); return EX_OK;
		default: usage(stderr); return 2;
		}
	}
	if (optind != argc) {
		usage(stderr);
		return 2;
	}
	if (load_config(config_path, &cfg) == -1)
		return EX_CONFIG;
	memset(&d, 0, sizeof(d));
	d.cfg = &cfg;
	d.stop = &stop_requested;
	d.changed = 1;		/* write the feed once at start */
	switch (ledger_lock(cfg.ledger_path, &lock_fd, &err)) {
	case 0:
		break;
	case 1:
		log_errx("%s", buf_str(&err));
		config_free(&cfg);
		buf_free(&err);
		return EX_TEMPFAIL;
	default:
		log_errx("%s", buf_str(&err));
		config_free(&cfg);
		buf_free(&err);
		return EX_CONFIG;
	}
	/* a damaged file is not an edited one: stop before any stage reads
	 * it, so nothing is drafted or sent from a broken record */
	if (ledger_open(cfg.ledger_path, LEDGER_RW, &d.ledger, &err) == -1)
		crc = ledger_check_file(cfg.ledger_path, &why) == 1 ? 1 : -1;
	else if ((crc = ledger_quick_check(d.ledger, &why)) == -1) {
		log_warnx("ledger %s: %s", cfg.ledger_path, buf_str(&why));
		crc = 0;	/* it opened: go on, the check itself failed */
	}
	if (crc != 0) {
		if (crc == 1)
			log_errx("ledger %s is damaged, not edited: SQLite's "
			    "integrity check says: %s; ptraild stops so that "
			    "nothing is sent from it: restore the ledger from a "
			    "backup", cfg.ledger_path, buf_str(&why));
		else
			log_errx("%s", buf_str(&err));
		ledger_close(d.ledger);
		config_free(&cfg);
		buf_free(&err);
		buf_free(&why);
		close(lock_fd);
		return crc == 1 ? EX_DATAERR : EX_CONFIG;
	}
	buf_reset(&why);
	install_signals();
	if (watch_open(cfg.ledger_path, wake_pipe[0], &wait_fd, &err) == -1) {
		log_warnx("%s: ptraild hears ptrail's changes at its next round "
		    "only", buf_str(&err));
		buf_reset(&err);
	}
	d.data_version = ledger_data_version(d.ledger);
	approve_begin(d.ledger, &d.approve);	/* the first pass reads all */
	if (feed_server_start(&cfg, &err) == -1) {
		log_errx("%s", buf_str(&err));
		ledger_close(d.ledger);
		config_free(&cfg);
		return EX_CONFIG;
	}
	watchdog_usec = notify_watchdog_usec();
	seed = (unsigned)time(NULL) ^ (unsigned)getpid();

	while (!stop_requested) {
		enum imap_status st = IMAP_OK;

		buf_reset(&why);
		if (conn == NULL)
			st = imap_connect(&cfg, &stop_requested, &conn, &why);
		if (st != IMAP_OK && conn == NULL && stop_requested)
			break;	/* SIGTERM cut the connect: not a failure */
		if (st == IMAP_OK)
			st = sync_round(conn, &d, &why);
		if (st != IMAP_OK) {
			if (conn == NULL)
				keep_connection(&d, last_state, buf_str(&why));
			note_state(&last_state, buf_str(&why), 1);
			imap_close(conn);
			conn = NULL;
			if (once) {
				rc = exit_for(st);
				break;
			}
			if (st == IMAP_CONFIG || st == IMAP_LOGIN ||
			    st == IMAP_TLS) {
				/* no retry fixes these quickly: slow down */
				backoff = BACKOFF_MAX;
			}
			unsigned jitter = (unsigned)rand_r(&seed) % (backoff / 2 + 1);
			nap(backoff + jitter);
			backoff = backoff * 2 > BACKOFF_MAX ? BACKOFF_MAX : backoff * 2;
			continue;
		}
		keep_connection(&d, last_state, NULL);
		note_state(&last_state, NULL, 0);
		backoff = 1;
		if (!ready) {
			notify("READY=1");
			ready = 1;
		}
		if (watchdog_usec)
			notify("WATCHDOG=1");
		if (once)
			break;
		if (reload_requested) {
			struct config fresh;
			reload_requested = 0;
			if (load_config(config_path, &fresh) == 0) {
				config_free(&cfg);
				cfg = fresh;
				feed_server_stop();
				buf_reset(&err);
				if (feed_server_start(&cfg, &err) == -1)
					log_warnx("%s", buf_str(&err));
				imap_close(conn);
				conn = NULL;
				smtp_reset();
				log_info("config reloaded");
				continue;
			}
			log_warnx("config not reloaded: keeping the running one");
		}
		/* what this round did made inotify events of its own: drop
		 * them, then see whether another process committed since the
		 * round began (that event may be among the dropped); the
		 * self-pipe keeps its news for the wait */
		watch_drain();
		if (ledger_data_version(d.ledger) != d.data_version) {
			log_debug("the ledger changed during the round: again");
			continue;
		}
		unsigned wait = cfg.idle && imap_has_idle(conn) ? IDLE_RENEW :
		    (unsigned)cfg.poll_interval;
		/* a stage that failed for now (an SMTP outage, a busy
		 * ledger) is tried again soon, backing off to five minutes */
		if (d.result == PT_TEMP) {
			if (wait > stage_retry)
				wait = stage_retry;
			stage_retry = stage_retry * 2 > BACKOFF_MAX ? BACKOFF_MAX :
			    stage_retry * 2;
		} else {
			stage_retry = STAGE_RETRY;
		}
		if (watchdog_usec && wait > watchdog_usec / 2000000)
			wait = (unsigned)(watchdog_usec / 2000000) + 1;
		log_debug("waiting %u s%s", wait, cfg.idle &&
		    imap_has_idle(conn) ? " in IDLE" : "");
		if (cfg.idle && imap_has_idle(conn)) {
			if (imap_idle_wait(conn, cfg.folders[0], (int)wait,
			    wait_fd, &why) != IMAP_OK) {
				note_state(&last_state, buf_str(&why), 1);
				imap_close(conn);
				conn = NULL;
			}
			drain_wake();
		} else {
			nap(wait);
		}
	}
	notify("STOPPING=1");
	feed_server_stop();
	watch_close();
	imap_close(conn);
	ledger_close(d.ledger);
	config_free(&cfg);
	free(last_state);
	buf_free(&why);
	buf_free(&err);
	close(lock_fd);		/* the ledger is free for another daemon */
	return rc;
}
