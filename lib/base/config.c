/*
 * config.c — read ptrail.conf (INI, via inih) into struct config.
 *
 * Every key is declared once in the table below: its section, name, type
 * and where it lands. That table is also what "did you mean" searches and
 * what config_dump() prints, so a new key is one row. Errors name the file
 * and line: "ptrail.conf:12: unknown key 'smtp_prot' in [account] (did you
 * mean 'smtp'?)". All of them are collected before config_load() returns, so
 * one run shows everything that is wrong.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ini.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/config.h"
#include "base/config_int.h"
#include "base/log.h"
#include "base/nearest.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

enum key_type { K_STR, K_INT, K_BOOL, K_LIST, K_MAILBOX, K_PERSON, K_TLS,
		K_SEND, K_URL_IMAP, K_URL_SMTP, K_PATH, K_SECRET, K_LISTEN,
		K_TOKEN };

/* The types held as a string in the struct (freed by config_free). */
#define K_IS_STRING(t)	((t) == K_STR || (t) == K_PATH || (t) == K_SECRET || \
	(t) == K_URL_IMAP || (t) == K_URL_SMTP || (t) == K_LISTEN || \
	(t) == K_TOKEN)

struct key {
	const char	*section;
	const char	*name;
	enum key_type	 type;
	size_t		 off;		/* into struct config */
	int		 min, max;	/* K_INT range; K_PERSON role */
	int		 required;
};

#define O(f)	offsetof(struct config, f)
static const struct key keys[] = {
	{ "account", "address", K_MAILBOX, O(parent_addr), 0, 0, 1 },
	{ "account", "imap", K_URL_IMAP, O(imap_url), 0, 0, 0 },
	{ "account", "smtp", K_URL_SMTP, O(smtp_url), 0, 0, 0 },
	{ "account", "user", K_STR, O(user), 0, 0, 0 },
	{ "account", "smtp_user", K_STR, O(smtp_user), 0, 0, 0 },
	{ "account", "password_file", K_PATH, O(password_file), 0, 0, 0 },
	{ "account", "password_command", K_SECRET, O(password_command), 0, 0, 0 },
	{ "account", "ca_file", K_PATH, O(ca_file), 0, 0, 0 },
	{ "account", "tls", K_TLS, O(tls), 0, 0, 0 },
	{ "account", "folders", K_LIST, O(folders), 0, 0, 0 },
	{ "account", "sent_folder", K_STR, O(sent_folder), 0, 0, 0 },
	{ "account", "other_addresses", K_LIST, O(other_addrs), 0, 0, 0 },
	{ "account", "poll_interval", K_INT, O(poll_interval), 10, 86400, 0 },
	{ "account", "idle", K_BOOL, O(idle), 0, 1, 0 },
	{ "account", "timeout", K_INT, O(timeout), 5, 3600, 0 },
	{ "school", "name", K_STR, O(school_name), 0, 0, 0 },
	{ "school", "domains", K_LIST, O(domains), 0, 0, 1 },
	{ "school", "senco", K_PERSON, 0, ROLE_SENCO, 0, 0 },
	{ "school", "class_teacher", K_PERSON, 0, ROLE_CLASS_TEACHER, 0, 0 },
	{ "school", "principal", K_PERSON, 0, ROLE_PRINCIPAL, 0, 0 },
	{ "school", "imc", K_PERSON, 0, ROLE_IMC, 0, 0 },
	{ "school", "reo", K_PERSON, 0, ROLE_REO, 0, 0 },
	{ "school", "eoc", K_PERSON, 0, ROLE_EOC, 0, 0 },
	{ "school", "ep", K_PERSON, 0, ROLE_EP, 0, 0 },
	{ "child", "name", K_STR, O(child_name), 0, 0, 0 },
	{ "child", "class", K_STR, O(child_class), 0, 0, 0 },
	{ "ledger", "path", K_STR, O(ledger_path), 0, 0, 0 },
	{ "feed", "path", K_STR, O(feed_path), 0, 0, 0 },
	{ "feed", "listen", K_LISTEN, O(feed_listen), 0, 0, 0 },
	{ "feed", "token", K_TOKEN, O(feed_token), 0, 0, 0 },
	{ "feed", "name", K_STR, O(feed_name), 0, 0, 0 },
	{ "time", "zone", K_STR, O(zone), 0, 0, 0 },
	{ "time", "holidays_file", K_PATH, O(holidays_file), 0, 0, 0 },
	{ "time", "work_start", K_INT, O(work_start_hour), 0, 23, 0 },
	{ "time", "work_end", K_INT, O(work_end_hour), 1, 24, 0 },
	{ "escalation", "enabled", K_BOOL, O(ladder_enabled), 0, 1, 0 },
	{ "escalation", "reminder_after", K_INT, O(ladder_days[0]), 0, 365, 0 },
	{ "escalation", "principal_after", K_INT, O(ladder_days[1]), 0, 365, 0 },
	{ "escalation", "imc_after", K_INT, O(ladder_days[2]), 0, 365, 0 },
	{ "escalation", "reo_after", K_INT, O(ladder_days[3]), 0, 365, 0 },
	{ "send", "confirmation", K_SEND, O(send_confirmation), 0, 0, 0 },
	{ "send", "reminder", K_SEND, O(send_reminder), 0, 0, 0 },
	{ "send", "escalation", K_SEND, O(send_escalation), 0, 0, 0 },
	{ "send", "reply_days", K_INT, O(reply_days), 1, 60, 0 },
	{ "send", "draft_notice_hours", K_INT, O(draft_notice_hours), 1, 240, 0 },
	{ "send", "templates", K_STR, O(templates_dir), 0, 0, 0 },
	{ "send", "lang", K_STR, O(lang), 0, 0, 0 },
};
#undef O
#define NKEYS (sizeof(keys) / sizeof(keys[0]))

static const char *role_names[ROLE_MAX] = {
	"senco", "class_teacher", "principal", "imc", "reo", "eoc", "ep"
};

struct parse_state {
	struct config	*cfg;
	struct buf	*err;
	const char	*file;
	int		 line;
	int		 errors;
	unsigned char	 seen[NKEYS];
	FILE		*fp;
	int		 section_line;	/* where the current [section] began */
	char		 bad_section[64];	/* reported once */
};

const char *
role_name(enum role r)
{
	return (r >= 0 && r < ROLE_MAX) ? role_names[r] : "?";
}

int
role_from_name(const char *s)
{
	for (int i = 0; i < ROLE_MAX; i++)
		if (strcasecmp(s, role_names[i]) == 0)
			return i;
	return -1;
}

static void __attribute__((format(printf, 2, 3)))
conf_error(struct parse_state *ps, const char *fmt, ...)
{
	va_list ap;

	buf_printf(ps->err, "%s:%d: ", ps->file, ps->line);
	va_start(ap, fmt);
	buf_vprintf(ps->err, fmt, ap);
	va_end(ap);
	buf_addch(ps->err, '\n');
	ps->errors++;
}

/*
 * The key the user most likely meant: a near spelling (at most two edits,
 * or a third of the name), else a key the name begins with ("smtp_prot"
 * -> "smtp"). Keys of the same section win ties.
 */
static const struct key *
nearest_key(const char *section, const char *name)
{
	const struct key *best = NULL, *prefix = NULL;
	int bestd = 99, limit = (int)strlen(name) / 3;
	size_t prefix_len = 0;

	if (limit < 2)
		limit = 2;
	for (size_t i = 0; i < NKEYS; i++) {
		int d = 2 * edit_distance(name, keys[i].name, 1);
		size_t kl = strlen(keys[i].name);
		if (strcasecmp(section, keys[i].section) != 0)
			d++;
		if (d < bestd) {
			bestd = d;
			best = &keys[i];
		}
		if (kl >= 3 && kl > prefix_len &&
		    strncasecmp(name, keys[i].name, kl) == 0 &&
		    !isalnum((unsigned char)name[kl]) &&
		    (prefix == NULL || strcasecmp(section, keys[i].section) == 0)) {
			prefix = &keys[i];
			prefix_len = kl;
		}
	}
	if (best && bestd / 2 <= 2)
		return best;
	if (prefix)
		return prefix;
	return bestd / 2 <= limit ? best : NULL;
}

static int
section_known(const char *section)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (strcasecmp(section, keys[i].section) == 0)
			return 1;
	return 0;
}

/*
 * A list: entries separated by commas, spaces or both ("a.edu.hk b.org",
 * "a.edu.hk, b.org"); a folder name with a space is written in double
 * quotes (folders = INBOX, "Sent Items"). Domains must look like domains,
 * so "a.edu.hk; b.org" is refused instead of read as one strange domain.
 */
static int
parse_list(struct parse_state *ps, const char *value, char **list, int *count,
    int domains)
{
	struct buf why = BUF_INIT;
	const char *p = value;
	int n = *count;

	for (;;) {
		const char *start;
		size_t len;
		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		if (*p == '"') {
			start = ++p;
			while (*p && *p != '"')
				p++;
			if (*p != '"') {
				conf_error(ps, "a quote is not closed in '%s'", value);
				break;
			}
			len = (size_t)(p++ - start);
		} else {
			start = p;
			while (*p && *p != ',' && !isspace((unsigned char)*p))
				p++;
			len = (size_t)(p - start);
		}
		if (len == 0)
			continue;
		if (n == CONFIG_MAX_LIST) {
			conf_error(ps, "more than %d entries", CONFIG_MAX_LIST);
			break;
		}
		list[n] = xstrndup(start, len);
		if (domains) {
			for (char *q = list[n]; *q; q++)
				*q = (char)tolower((unsigned char)*q);
			buf_reset(&why);
			if (config_check_domain(list[n], &why) == -1) {
				conf_error(ps, "%s", buf_str(&why));
				free(list[n]);
				continue;
			}
		}
		n++;
	}
	buf_free(&why);
	*count = n;
	return 0;
}

/* other_addresses: bare addresses, kept in lower case like the ledger's */
static void
parse_addrs(struct parse_state *ps, const char *v, struct config *cfg)
{
	int from = cfg->nother_addrs;

	parse_list(ps, v, cfg->other_addrs, &cfg->nother_addrs, 0);
	for (int i = from; i < cfg->nother_addrs; i++) {
		for (char *q = cfg->other_addrs[i]; *q; q++)
			*q = (char)tolower((unsigned char)*q);
		if (strchr(cfg->other_addrs[i], '@') == NULL)
			conf_error(ps, "other_addresses: '%s' is not an address "
			    "(write user@example.com)", cfg->other_addrs[i]);
	}
}

static int
parse_bool(const char *v, int *out)
{
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "true") ||
	    !strcasecmp(v, "on") || !strcmp(v, "1"))
		*out = 1;
	else if (!strcasecmp(v, "no") || !strcasecmp(v, "false") ||
	    !strcasecmp(v, "off") || !strcmp(v, "0"))
		*out = 0;
	else
		return -1;
	return 0;
}

static char **
str_slot(struct config *cfg, const struct key *k)
{
	return (char **)(void *)((char *)cfg + k->off);
}

static int *
int_slot(struct config *cfg, const struct key *k)
{
	return (int *)(void *)((char *)cfg + k->off);
}

static void
set_value(struct parse_state *ps, const struct key *k, const char *v)
{
	struct config *cfg = ps->cfg;
	struct buf why = BUF_INIT;
	char *name, *addr;
	long n;
	char *end;

	switch (k->type) {
	case K_STR:
	case K_PATH:
	case K_SECRET:
		if (*v == '\0') {
			conf_error(ps, "'%s' is empty", k->name);
			return;
		}
		free(*str_slot(cfg, k));
		*str_slot(cfg, k) = xstrdup(v);
		break;
	case K_URL_IMAP:
	case K_URL_SMTP:
	case K_LISTEN:
	case K_TOKEN:
		buf_reset(&why);
		if ((k->type == K_URL_IMAP && config_check_url("imap", v,
		    "imap://", "imaps://", &why) == -1) ||
		    (k->type == K_URL_SMTP && config_check_url("smtp", v,
		    "smtp://", "smtps://", &why) == -1) ||
		    (k->type == K_LISTEN && config_check_listen(v, &why) == -1) ||
		    (k->type == K_TOKEN && config_check_token(v, &why) == -1)) {
			conf_error(ps, "%s", buf_str(&why));
			buf_free(&why);
			return;
		}
		buf_free(&why);
		free(*str_slot(cfg, k));
		*str_slot(cfg, k) = xstrdup(v);
		break;
	case K_INT:
		errno = 0;
		n = strtol(v, &end, 10);
		if (errno || end == v || *end != '\0' || n < k->min || n > k->max) {
			conf_error(ps, "%s = '%s' is not a whole number from %d to %d",
			    k->name, v, k->min, k->max);
			return;
		}
		*int_slot(cfg, k) = (int)n;
		break;
	case K_BOOL:
		if (parse_bool(v, int_slot(cfg, k)) == -1)
			conf_error(ps, "%s = '%s' is not yes or no", k->name, v);
		break;
	case K_TLS:
		if (!strcasecmp(v, "verify"))
			cfg->tls = TLS_VERIFY;
		else if (!strcasecmp(v, "no-verify"))
			cfg->tls = TLS_NOVERIFY;
		else if (!strcasecmp(v, "none"))
			cfg->tls = TLS_NONE;
		else
			conf_error(ps, "tls = '%s': use verify (the default), "
			    "no-verify or none", v);
		break;
	case K_SEND:
		if (!strcasecmp(v, "approve"))
			*int_slot(cfg, k) = SEND_APPROVE;
		else if (!strcasecmp(v, "auto"))
			*int_slot(cfg, k) = SEND_AUTO;
		else
			conf_error(ps, "%s = '%s': use approve or auto", k->name, v);
		break;
	case K_LIST:
		if (k->off == offsetof(struct config, folders))
			parse_list(ps, v, cfg->folders, &cfg->nfolders, 0);
		else if (k->off == offsetof(struct config, other_addrs))
			parse_addrs(ps, v, cfg);
		else
			parse_list(ps, v, cfg->domains, &cfg->ndomains, 1);
		break;
	case K_MAILBOX:
	case K_PERSON:
		if (parse_mailbox(v, &name, &addr) == -1) {
			conf_error(ps, "%s = '%s' is not an address "
			    "(write Name <user@example.com>)", k->name, v);
			return;
		}
		if (k->type == K_MAILBOX) {
			free(cfg->parent_name);
			free(cfg->parent_addr);
			cfg->parent_name = name;
			cfg->parent_addr = addr;
		} else {
			struct person *pp = &cfg->people[k->min];
			free(pp->name);
			free(pp->addr);
			pp->name = name;
			pp->addr = addr;
		}
		break;
	}
}

static int
on_key(void *user, const char *section, const char *name, const char *value)
{
	struct parse_state *ps = user;
	const struct key *near;

	for (size_t i = 0; i < NKEYS; i++) {
		if (strcasecmp(section, keys[i].section) == 0 &&
		    strcasecmp(name, keys[i].name) == 0) {
			/* a list may be given over several lines (inih reads
			 * lines of at most 200 bytes); anything else twice is
			 * a mistake */
			if (ps->seen[i] && keys[i].type != K_LIST)
				conf_error(ps, "'%s' is set twice in [%s]", name,
				    section);
			ps->seen[i] = 1;
			set_value(ps, &keys[i], value);
			return 1;
		}
	}
	if (!section_known(section)) {
		if (strcmp(ps->bad_section, section) != 0) {
			int line = ps->line;
			snprintf(ps->bad_section, sizeof(ps->bad_section), "%s",
			    section);
			ps->line = ps->section_line;
			conf_error(ps, "unknown section [%s] (sections: account, "
			    "school, child, ledger, feed, time, escalation, send)",
			    section);
			ps->line = line;
		}
		return 1;
	}
	near = nearest_key(section, name);
	if (near)
		conf_error(ps, "unknown key '%s' in [%s] (did you mean '%s' in "
		    "[%s]?)", name, section, near->name, near->section);
	else
		conf_error(ps, "unknown key '%s' in [%s]", name, section);
	return 1;
}

/* inih reader that counts lines, so errors can name them. */
static char *
read_line(char *str, int num, void *stream)
{
	struct parse_state *ps = stream;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, ps->fp);

	if (n < 0) {
		free(line);
		return NULL;
	}
	ps->line++;
	{
		const char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '[')
			ps->section_line = ps->line;
	}
	if (n >= num - 1) {
		conf_error(ps, "line longer than %d characters", num - 3);
		snprintf(str, (size_t)num, "\n");
	} else {
		memcpy(str, line, (size_t)n + 1);
	}
	free(line);
	return str;
}

static char *
default_data_path(const char *conf_path, const char *file)
{
	char *dir = config_default_dir(conf_path);
	char *p = xasprintf("%s/%s", dir, file);

	free(dir);
	return p;
}

void
config_defaults(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->tls = TLS_VERIFY;
	cfg->poll_interval = 300;
	cfg->idle = 1;
	cfg->timeout = 60;
	cfg->work_start_hour = 9;
	cfg->work_end_hour = 17;
	cfg->ladder_enabled = 1;
	cfg->ladder_days[0] = 0;
	cfg->ladder_days[1] = 5;
	cfg->ladder_days[2] = 10;
	cfg->ladder_days[3] = 15;
	cfg->send_confirmation = SEND_APPROVE;
	cfg->send_reminder = SEND_APPROVE;
	cfg->send_escalation = SEND_APPROVE;
	cfg->reply_days = 5;
	cfg->draft_notice_hours = 20;
}

static void
fill_defaults_after(struct config *cfg)
{
	if (cfg->zone == NULL)
		cfg->zone = xstrdup(PT_DEFAULT_ZONE);
	if (cfg->ledger_path == NULL) {
		cfg->ledger_path = default_data_path(cfg->path, "ledger.db");
		cfg->ledger_path_default = 1;
	}
	if (cfg->feed_path == NULL)
		cfg->feed_path = default_data_path(cfg->path, "calendar.ics");
	if (cfg->feed_name == NULL)
		cfg->feed_name = xstrdup("ptrail — school follow-ups");
	if (cfg->nfolders == 0) {
		/* and the Sent folder, found at login (daemon/main.c) */
		cfg->folders[cfg->nfolders++] = xstrdup("INBOX");
		cfg->folders_default = 1;
	}
	if (cfg->smtp_user == NULL && cfg->user)
		cfg->smtp_user = xstrdup(cfg->user);
	if (cfg->lang == NULL)
		cfg->lang = xstrdup("en");
	if (cfg->people[ROLE_SENCO].addr == NULL) {
		/* The ladder's first rung needs an owner: nothing to do here,
		 * schedule.c falls back to the letter's sender. */
	}
}

static void
check_semantics(struct parse_state *ps)
{
	struct config *cfg = ps->cfg;
	struct stat st;

	ps->line = 0;
	for (size_t i = 0; i < NKEYS; i++)
		if (keys[i].required && !ps->seen[i]) {
			buf_printf(ps->err, "%s: missing '%s' in [%s]\n", ps->file,
			    keys[i].name, keys[i].section);
			ps->errors++;
		}
	if (cfg->password_file) {
		struct buf why = BUF_INIT;
		int fd = open(cfg->password_file, O_RDONLY | O_CLOEXEC |
		    O_NOFOLLOW);
		if (fd == -1 || fstat(fd, &st) == -1) {
			buf_printf(ps->err, "%s: password_file %s: %s", ps->file,
			    cfg->password_file, errno == ELOOP ?
			    "is a symbolic link (name the file itself)" :
			    strerror(errno));
			/* the system unit's ProtectHome=yes: say it here */
			config_hidden_hint(cfg->password_file, ps->err);
			buf_printf(ps->err, "\n");
			ps->errors++;
		} else if (config_check_secret_file(cfg->password_file, &st,
		    &why) == -1) {
			buf_printf(ps->err, "%s: %s\n", ps->file, buf_str(&why));
			ps->errors++;
		}
		if (fd != -1)
			close(fd);
		buf_free(&why);
	}
	if (cfg->feed_listen && cfg->feed_token == NULL) {
		buf_printf(ps->err, "%s: [feed] listen needs a token of at least "
		    "%d characters (e.g. from: openssl rand -hex 16)\n", ps->file,
		    CONFIG_TOKEN_MIN);
		ps->errors++;
	}
	if (cfg->password_file && cfg->password_command) {
		buf_printf(ps->err, "%s: set password_file or password_command, "
		    "not both\n", ps->file);
		ps->errors++;
	}
	if (cfg->zone && tz_set(cfg->zone) == -1) {
		buf_printf(ps->err, "%s: [time] zone '%s' is not a known time zone "
		    "(e.g. Asia/Hong_Kong)\n", ps->file, cfg->zone);
		ps->errors++;
	}
	if (cfg->work_end_hour <= cfg->work_start_hour) {
		buf_printf(ps->err, "%s: [time] work_end must be after work_start\n",
		    ps->file);
		ps->errors++;
	}
}

int
config_load(const char *path, struct config *cfg, struct buf *err)
{
	struct parse_state ps;
	struct stat st;
	int rc;

	config_defaults(cfg);
	memset(&ps, 0, sizeof(ps));
	ps.cfg = cfg;
	ps.err = err;
	ps.file = path;
	cfg->path = xstrdup(path);
	if ((ps.fp = fopen(path, "r")) == NULL) {
		config_explain_open_error(path, errno, err);
		config_free(cfg);
		return -1;
	}
	if (fstat(fileno(ps.fp), &st) == -1) {
		buf_printf(err, "%s: cannot stat the config: %s\n", path,
		    strerror(errno));
		fclose(ps.fp);
		config_free(cfg);
		return -1;
	}
	ini_allow_multiline = false;
	rc = ini_parse_stream(read_line, &ps, on_key, &ps);
	fclose(ps.fp);
	if (rc > 0 && ps.errors == 0) {
		buf_printf(err, "%s:%d: not an INI line (key = value, or "
		    "[section])\n", path, rc);
		ps.errors++;
	} else if (rc < 0) {
		buf_printf(err, "%s: could not be read\n", path);
		ps.errors++;
	}
	check_semantics(&ps);
	/* the mode checked is the file's that was read (fstat, not stat) */
	ps.errors += config_check_file_mode(path, &st, cfg->feed_token != NULL ||
	    cfg->password_command != NULL, err);
	if (ps.errors) {
		config_free(cfg);
		return -1;
	}
	fill_defaults_after(cfg);
	return 0;
}

void
config_free(struct config *cfg)
{
	for (size_t i = 0; i < NKEYS; i++) {
		const struct key *k = &keys[i];
		if (K_IS_STRING(k->type)) {
			char **s = str_slot(cfg, k);
			if ((k->type == K_SECRET || k->type == K_TOKEN) && *s)
				explicit_bzero(*s, strlen(*s));
			free(*s);
		}
	}
	for (int i = 0; i < cfg->nfolders; i++)
		free(cfg->folders[i]);
	for (int i = 0; i < cfg->ndomains; i++)
		free(cfg->domains[i]);
	for (int i = 0; i < cfg->nother_addrs; i++)
		free(cfg->other_addrs[i]);
	for (int i = 0; i < ROLE_MAX; i++) {
		free(cfg->people[i].name);
		free(cfg->people[i].addr);
	}
	free(cfg->parent_name);
	free(cfg->parent_addr);
	free(cfg->path);
	memset(cfg, 0, sizeof(*cfg));
}

static void
dump_mailbox(struct buf *out, const char *key, const char *name,
    const char *addr)
{
	if (addr == NULL)
		return;
	if (name)
		buf_printf(out, "%s = %s <%s>\n", key, name, addr);
	else
		buf_printf(out, "%s = %s\n", key, addr);
}

void
config_dump(const struct config *cfg, struct buf *out)
{
	const char *section = "";
	static const char *tls[] = { "verify", "no-verify", "none" };
	static const char *send[] = { "approve", "auto" };

	buf_printf(out, "; effective settings from %s\n", cfg->path ?
	    cfg->path : "(defaults)");
	for (size_t i = 0; i < NKEYS; i++) {
		const struct key *k = &keys[i];
		struct config *c = (struct config *)(uintptr_t)cfg;
		if (strcmp(section, k->section) != 0) {
			section = k->section;
			buf_printf(out, "\n[%s]\n", section);
		}
		switch (k->type) {
		case K_STR: case K_PATH: case K_URL_IMAP: case K_URL_SMTP:
		case K_LISTEN:
			if (*str_slot(c, k))
				buf_printf(out, "%s = %s\n", k->name, *str_slot(c, k));
			break;
		case K_SECRET:
		case K_TOKEN:
			if (*str_slot(c, k))
				buf_printf(out, "%s = ********\n", k->name);
			break;
		case K_INT:
			buf_printf(out, "%s = %d\n", k->name, *int_slot(c, k));
			break;
		case K_BOOL:
			buf_printf(out, "%s = %s\n", k->name,
			    *int_slot(c, k) ? "yes" : "no");
			break;
		case K_TLS:
			buf_printf(out, "%s = %s\n", k->name, tls[cfg->tls]);
			break;
		case K_SEND:
			buf_printf(out, "%s = %s\n", k->name, send[*int_slot(c, k) & 1]);
			break;
		case K_LIST: {
			char *const *list = k->off == offsetof(struct config,
			    folders) ? cfg->folders : k->off == offsetof(struct
			    config, other_addrs) ? cfg->other_addrs : cfg->domains;
			int n = list == cfg->folders ? cfg->nfolders :
			    list == cfg->other_addrs ? cfg->nother_addrs :
			    cfg->ndomains;
			if (n == 0 && list == cfg->other_addrs)
				break;
			if (list == cfg->folders && cfg->folders_default) {
				/* a comment: pasted back, it must not pin INBOX */
				buf_printf(out, "; %s = INBOX and the folder the "
				    "server marks \\Sent (the default)\n", k->name);
				break;
			}
			buf_printf(out, "%s = ", k->name);
			for (int j = 0; j < n; j++)
				buf_printf(out, "%s%s", j ? ", " : "", list[j]);
			buf_addch(out, '\n');
			break;
		}
		case K_MAILBOX:
			dump_mailbox(out, k->name, cfg->parent_name, cfg->parent_addr);
			break;
		case K_PERSON:
			dump_mailbox(out, k->name, cfg->people[k->min].name,
			    cfg->people[k->min].addr);
			break;
		}
	}
}
