/*
 * log.c — stderr logging with sd-daemon priority prefixes.
 *
 * systemd reads "<N>" at the start of a line written to a journal stream as
 * the syslog priority of that line (sd-daemon(3)). A terminal user gets
 * "ptrail: message" instead. One line per call; a message is never split.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/log.h"

static const char *log_prog = "ptrail";
static int log_sd;
static enum log_level log_max = LOG_LVL_INFO;

void
log_init(const char *progname, int prefix_mode)
{
	log_prog = progname;
	if (prefix_mode == LOG_PREFIX_AUTO)
		log_sd = getenv("JOURNAL_STREAM") != NULL;
	else
		log_sd = prefix_mode == LOG_PREFIX_SD;
	if (getenv("PTRAIL_DEBUG"))
		log_max = LOG_LVL_DEBUG;
}

void
log_set_level(enum log_level max)
{
	log_max = max;
}

int
log_enabled(enum log_level lvl)
{
	return lvl <= log_max;
}

static void
log_vwrite(enum log_level lvl, int with_errno, const char *fmt, va_list ap)
{
	char msg[2048];
	int saved = errno;

	if (!log_enabled(lvl))
		return;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	/* Keep one message on one line whatever the caller passed. */
	for (char *p = msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (log_sd)
		fprintf(stderr, "<%d>", (int)lvl);
	else
		fprintf(stderr, "%s: ", log_prog);
	if (with_errno)
		fprintf(stderr, "%s: %s\n", msg, strerror(saved));
	else
		fprintf(stderr, "%s\n", msg);
	errno = saved;
}

#define LOG_FN(name, lvl, err)					\
void name(const char *fmt, ...)					\
{								\
	va_list ap;						\
	va_start(ap, fmt);					\
	log_vwrite(lvl, err, fmt, ap);				\
	va_end(ap);						\
}

LOG_FN(log_warn, LOG_LVL_WARNING, 1)
LOG_FN(log_warnx, LOG_LVL_WARNING, 0)
LOG_FN(log_notice, LOG_LVL_NOTICE, 0)
LOG_FN(log_info, LOG_LVL_INFO, 0)
LOG_FN(log_debug, LOG_LVL_DEBUG, 0)
LOG_FN(log_errx, LOG_LVL_ERR, 0)

void
fatal(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	log_vwrite(LOG_LVL_ERR, 1, fmt, ap);
	va_end(ap);
	exit(status);
}

void
fatalx(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	log_vwrite(LOG_LVL_ERR, 0, fmt, ap);
	va_end(ap);
	exit(status);
}
