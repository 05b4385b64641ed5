/*
 * config.h — ptrail.conf: the account, the school, the child, the ledger,
 * the feed, the family's zone, the escalation ladder and the send policy.
 *
 * INI, parsed by inih. Keys are declared once in config.c's table; an
 * unknown key, a bad value, a missing required key, or a config or
 * password file others could change or read (config_check.c) is reported
 * as "FILE:LINE: what is wrong (what to do)" and config_load() returns -1
 * (callers exit 78, EX_CONFIG). ptraild and `ptrail config check` both go
 * through config_load(): one validator, the same words.
 *
 * Files: config.c parses, config_check.c validates (values, modes, where
 * things live), config_secret.c reads passwords.
 *
 * Ownership: every string in struct config belongs to the struct and is
 * freed by config_free(). Callers never free members themselves.
 */
#ifndef PTRAIL_CONFIG_H
#define PTRAIL_CONFIG_H

#include "base/buf.h"

enum role {
	ROLE_SENCO, ROLE_CLASS_TEACHER, ROLE_PRINCIPAL, ROLE_IMC, ROLE_REO,
	ROLE_EOC, ROLE_EP, ROLE_MAX
};

struct person {
	char	*name;		/* "Ms Wong" or NULL */
	char	*addr;		/* "wong@school.edu.hk" or NULL */
};

enum send_policy { SEND_APPROVE = 0, SEND_AUTO = 1 };
enum tls_mode { TLS_VERIFY = 0, TLS_NOVERIFY = 1, TLS_NONE = 2 };

#define CONFIG_MAX_LIST 64
#define LADDER_STEPS 4	/* reminder, principal, IMC, REO notice */

struct config {
	char	*path;			/* the file it came from */

	/* [account] */
	char	*parent_name;		/* from address = Name <addr> */
	char	*parent_addr;
	char	*imap_url;		/* imaps://host:993, imap://host:143 */
	char	*smtp_url;		/* smtps://host:465, smtp://host:587 */
	char	*user;
	char	*smtp_user;		/* defaults to user */
	char	*password_file;
	char	*password_command;
	char	*ca_file;
	enum tls_mode tls;		/* tls = verify | no-verify | none */
	char	*folders[CONFIG_MAX_LIST];	/* default INBOX + Sent */
	int	 nfolders;
	int	 folders_default;	/* no folders line: INBOX + Sent */
	char	*sent_folder;		/* NULL: find by SPECIAL-USE */
	/* the family's other addresses (a second parent): their letters
	 * are the parent's as much as parent_addr's; lower case */
	char	*other_addrs[CONFIG_MAX_LIST];
	int	 nother_addrs;
	int	 poll_interval;		/* seconds, default 300 */
	int	 idle;			/* use IDLE when offered, default 1 */
	int	 timeout;		/* network read timeout, seconds */

	/* [school] */
	char	*school_name;
	char	*domains[CONFIG_MAX_LIST];
	int	 ndomains;
	struct person people[ROLE_MAX];

	/* [child] */
	char	*child_name;
	char	*child_class;

	/* [ledger] */
	char	*ledger_path;		/* default: config_default_dir() */
	int	 ledger_path_default;	/* not named in the file */

	/* [feed] */
	char	*feed_path;
	char	*feed_listen;		/* "127.0.0.1:8088" or NULL */
	char	*feed_token;
	char	*feed_name;		/* X-WR-CALNAME */

	/* [time] */
	char	*zone;			/* default Asia/Hong_Kong */
	char	*holidays_file;		/* extra YYYY-MM-DD lines */
	int	 work_start_hour;	/* 9 */
	int	 work_end_hour;		/* 17 */

	/* [escalation] days after the due day for each step */
	int	 ladder_days[LADDER_STEPS];	/* 0, 5, 10, 15 */
	int	 ladder_enabled;

	/* [send] */
	enum send_policy send_confirmation;
	enum send_policy send_reminder;
	enum send_policy send_escalation;
	int	 reply_days;		/* ask for corrections within, default 5 */
	int	 draft_notice_hours;	/* 20 */
	char	*templates_dir;
	char	*lang;			/* "en" or "zh" for parent notices */
};

/*
 * Which file to read: cli_path (-c), else $PTRAIL_CONFIG, else
 * $XDG_CONFIG_HOME/ptrail/ptrail.conf (~/.config/...), else
 * /etc/ptrail/ptrail.conf. Returns a string the caller frees.
 */
char *config_find(const char *cli_path);

/* 0 ok; -1 with the reason(s) appended to err, one per line. */
int  config_load(const char *path, struct config *cfg, struct buf *err);
void config_free(struct config *cfg);

/*
 * What ptraild needs beyond a valid file (imap and user): 0, or -1 with
 * "FILE: ptraild needs imap and user in [account]\n" appended to err.
 * `ptrail config check` asks it too, so it refuses what ptraild refuses.
 */
int  config_check_service(const struct config *cfg, struct buf *err);

/*
 * For a config the system service reads (in /etc/ptrail/, or read as the
 * user "ptrail"): one line appended to out for each file the daemon would
 * read in a folder ptraild.service hides with ProtectHome=yes (/home,
 * /root, /run/user): password_file, a path password_command names,
 * ca_file, the ledger. Returns how many; `ptrail config check` warns.
 */
int  config_check_hidden(const struct config *cfg, struct buf *out);

/* Fill defaults only (no file): for commands that can run without one. */
void config_defaults(struct config *cfg);

/* Print the effective settings, secrets masked. */
void config_dump(const struct config *cfg, struct buf *out);

/*
 * The password for "imap" or "smtp": $CREDENTIALS_DIRECTORY/<which>-password,
 * else password_command's first line, else password_file (refused when group
 * or others can read it). Caller frees *out (and should explicit_bzero it).
 */
int  config_password(const struct config *cfg, const char *which,
	char **out, struct buf *err);

const char *role_name(enum role r);	/* "senco" */
int  role_from_name(const char *s);	/* -1 when unknown */

/* Is addr (any case) the parent's: address or one of other_addresses? */
int  config_is_parent_addr(const struct config *cfg, const char *addr);
/* Does addr (any case) belong to the school: a listed domain or person? */
int  config_is_school_addr(const struct config *cfg, const char *addr);

/* Split "Name <addr>" or "addr"; returns -1 when addr is not plausible.
 * *name and *addr are allocated (name may be NULL). */
int  parse_mailbox(const char *s, char **name, char **addr);

#endif
