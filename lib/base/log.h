/*
 * log.h — one way to say what happened.
 *
 * Everything goes to stderr. Under systemd (JOURNAL_STREAM set, or
 * log_init(..., LOG_PREFIX_SD)) each line carries an sd-daemon "<N>"
 * priority prefix so journald files it at the right level; otherwise lines
 * read "prog: message". log_warn() appends strerror(errno); log_warnx()
 * does not. Levels below the threshold are not even formatted.
 *
 * Never pass a secret to these functions.
 */
#ifndef PTRAIL_LOG_H
#define PTRAIL_LOG_H

#include <stdarg.h>

enum log_level { LOG_LVL_ERR = 3, LOG_LVL_WARNING = 4, LOG_LVL_NOTICE = 5,
                 LOG_LVL_INFO = 6, LOG_LVL_DEBUG = 7 };

#define LOG_PREFIX_AUTO 0
#define LOG_PREFIX_SD   1
#define LOG_PREFIX_NAME 2

void log_init(const char *progname, int prefix_mode);
void log_set_level(enum log_level max);	/* default LOG_LVL_INFO */
int  log_enabled(enum log_level lvl);

void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_errx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Log at LOG_LVL_ERR and exit with status. */
void fatal(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
void fatalx(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

#endif
