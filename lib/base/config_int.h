/*
 * config_int.h — what config.c (parsing), config_check.c (validation) and
 * config_secret.c (passwords) share. Not for use outside lib/config*.c.
 *
 * The validators write one sentence, without "FILE:LINE: " and without a
 * newline, into why; the caller adds where it was. The same sentence is
 * what ptraild and `ptrail config check` print: both call config_load().
 * Ownership: strings returned here are the caller's to free.
 */
#ifndef PTRAIL_CONFIG_INT_H
#define PTRAIL_CONFIG_INT_H

#include <sys/stat.h>

#include "base/buf.h"
#include "base/config.h"

/* The group a system service reads its config as (ptraild.service). */
#define CONFIG_SERVICE_GROUP	"ptrail"
#define CONFIG_SERVICE_USER	"ptrail"
#define CONFIG_SYSTEM_CONF_DIR	"/etc/ptrail/"
#define CONFIG_SYSTEM_STATE_DIR	"/var/lib/ptrail"
#define CONFIG_TOKEN_MIN	16

/* imap = / smtp =: scheme plain:// or tls://, a host, an optional port
 * 1-65535, nothing after but an optional "/". 0 ok, -1 with why. */
int	 config_check_url(const char *key, const char *v, const char *plain,
	    const char *tls, struct buf *why);
/* [feed] listen: IPv4-ADDRESS:PORT, as daemon/feed.c binds it. */
int	 config_check_listen(const char *v, struct buf *why);
/* [feed] token: at least CONFIG_TOKEN_MIN characters. */
int	 config_check_token(const char *v, struct buf *why);
/* [school] domains entry: a host name (letters, digits, '-', '.'). */
int	 config_check_domain(const char *v, struct buf *why);

/*
 * The config file itself, from fstat of the open file (st) and of its
 * folder: not writable by anyone but its owner, owned by root or by the
 * user reading it, and, when it holds secrets (has_secrets), readable by
 * nobody else than the owner and the service group (CONFIG_SERVICE_GROUP)
 * or the owner's own group. Appends "FILE: ...\n" lines to err; returns the
 * number of problems.
 */
int	 config_check_file_mode(const char *path, const struct stat *st,
	    int has_secrets, struct buf *err);

/*
 * A password file: owned by the user reading it, mode 0600 or 0400, not in
 * a folder others can write. 0 ok, -1 with one sentence in why (what to
 * chmod or chown). st is from fstat of the open file.
 */
int	 config_check_secret_file(const char *path, const struct stat *st,
	    struct buf *why);

/*
 * After a failure to read path (a password file, a password_command's
 * file): when it lies in a folder the system unit hides (ProtectHome=yes:
 * /home, /root, /run/user), append "; PATH is in /home, which the system
 * service (ptraild.service) cannot see: ..." to err; else nothing.
 */
void	 config_hidden_hint(const char *path, struct buf *err);

/* Why fopen(path) failed, in words, with what to do. */
void	 config_explain_open_error(const char *path, int errnum,
	    struct buf *err);

/*
 * The folder the ledger and feed live in when the config does not say:
 * $STATE_DIRECTORY (the service), else /var/lib/ptrail[/NAME] for a config
 * in /etc/ptrail (NAME.conf, as ptraild@NAME reads it) or for the user
 * "ptrail", else $XDG_DATA_HOME/ptrail or ~/.local/share/ptrail.
 * conf_path may be NULL. The caller frees the result.
 */
char	*config_default_dir(const char *conf_path);

#endif
