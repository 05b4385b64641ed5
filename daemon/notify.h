/*
 * notify.h — systemd's readiness protocol (sd_notify(3)), spoken
 * directly: one datagram to $NOTIFY_SOCKET. libsystemd did the same for
 * 0.9 MB of resident pages in every ptraild (its libraries: gcrypt, lz4,
 * cap), mapped before a byte of mail was read.
 */
#ifndef PTRAIL_NOTIFY_H
#define PTRAIL_NOTIFY_H

#include <stdint.h>

/* Send "VAR=value\n..." to the service manager; nothing when ptraild is
 * not run by one. Failures are not the daemon's concern: ignored. */
void	notify(const char *state);
void	notifyf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The watchdog interval the service manager wants (WatchdogSec=), in
 * microseconds, or 0 when it wants none (or wants it of another pid). */
uint64_t notify_watchdog_usec(void);

#endif
