/*
 * config_secret.c — the IMAP and SMTP passwords: a systemd credential
 * ($CREDENTIALS_DIRECTORY/<which>-password, else imap-password), else the
 * first line password_command prints, else the first line of
 * password_file. A password file must be the reader's own, 0600, in a
 * folder others cannot write (config_check_secret_file()); a credential
 * is systemd's and is taken as it is.
 *
 * A password never reaches a log or an error message.
 *
 * The system units (ptraild.service, ptraild@.service) run with
 * ProtectHome=yes: /home, /root and /run/user are empty to the daemon, so
 * a password_file, a password_command's file or a ca_file there cannot be
 * read by the service even when the same path works from a shell. When
 * reading fails, the error says so; `ptrail config check` says it ahead,
 * for a config the service reads (config_check_hidden()).
 */
#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/config_int.h"
#include "base/xmalloc.h"

/* The folders ProtectHome=yes hides (systemd.exec(5)). */
static const char *const hidden_dirs[] = { "/home", "/root", "/run/user" };

/* The hidden folder path lies in, or NULL. */
static const char *
hidden_dir(const char *path)
{
	for (size_t k = 0; k < sizeof(hidden_dirs) / sizeof(*hidden_dirs); k++) {
		size_t n = strlen(hidden_dirs[k]);
		if (strncmp(path, hidden_dirs[k], n) == 0 &&
		    (path[n] == '/' || path[n] == '\0'))
			return hidden_dirs[k];
	}
	return NULL;
}

/*
 * The first absolute path in a hidden folder that command names: a word
 * ("gpg -d /home/c/pw.gpg"), quoted or after an "=" ("--file=/root/pw"),
 * into out; 0 found, -1 none. Only a guess at what it reads, which is
 * why it only adds words, never refuses.
 */
static int
command_hidden_path(const char *command, char *out, size_t n)
{
	const char *p = command;

	while (*p) {
		while (isspace((unsigned char)*p))
			p++;
		/* a word: up to a blank, or to the closing quote of a quote
		 * it starts with or has after its "=" */
		const char *w = p, *eq = NULL;
		char quote = 0;
		for (; *p && (quote || !isspace((unsigned char)*p)); p++) {
			if (quote && *p == quote)
				quote = 0;
			else if (!quote && (*p == '"' || *p == '\''))
				quote = *p;
			else if (!quote && *p == '=' && eq == NULL)
				eq = p;
		}
		if (eq)
			w = eq + 1;
		size_t k = 0;
		for (const char *c = w; c < p && k + 1 < n; c++)
			if (*c != '"' && *c != '\'')
				out[k++] = *c;
		out[k] = '\0';
		if (hidden_dir(out))
			return 0;
	}
	return -1;
}

/* After a failure to read path: when it lies in a hidden folder, say what
 * the system service sees there. */
void
config_hidden_hint(const char *path, struct buf *err)
{
	const char *d = hidden_dir(path);

	if (d)
		buf_printf(err, "; %s is in %s, which the system service "
		    "(ptraild.service) cannot see: its ProtectHome=yes hides %s "
		    "(move the file out of %s, e.g. to /etc/ptrail/, owned by "
		    "%s, mode 0600)", path, d, d, d, CONFIG_SERVICE_USER);
}

/* A config the system service reads: in /etc/ptrail/, or read by the
 * service's user (sudo -u ptrail ptrail config check). */
static int
read_by_service(const struct config *cfg)
{
	struct passwd *pw = getpwuid(geteuid());

	if (cfg->path && strncmp(cfg->path, CONFIG_SYSTEM_CONF_DIR,
	    strlen(CONFIG_SYSTEM_CONF_DIR)) == 0)
		return 1;
	return pw && strcmp(pw->pw_name, CONFIG_SERVICE_USER) == 0;
}

int
config_check_hidden(const struct config *cfg, struct buf *out)
{
	struct { const char *key, *path; } v[] = {
		{ "password_file", cfg->password_file },
		{ "password_command", NULL },
		{ "ca_file", cfg->ca_file },
		{ "[ledger] path", cfg->ledger_path },
	};
	char word[1024];
	int found = 0;

	if (!read_by_service(cfg))
		return 0;
	if (cfg->password_command && command_hidden_path(cfg->password_command,
	    word, sizeof(word)) == 0)
		v[1].path = word;
	for (size_t k = 0; k < sizeof(v) / sizeof(*v); k++) {
		const char *d = v[k].path ? hidden_dir(v[k].path) : NULL;
		if (d == NULL)
			continue;
		buf_printf(out, "%s: %s names %s, in %s, which the system service "
		    "(ptraild.service) cannot see: its ProtectHome=yes hides %s "
		    "(move it out of %s, e.g. to /etc/ptrail/, owned by %s)\n",
		    cfg->path ? cfg->path : "(defaults)", v[k].key, v[k].path, d,
		    d, d, CONFIG_SERVICE_USER);
		found++;
	}
	return found;
}

static int
read_first_line(FILE *f, char **out)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, f);

	if (n <= 0) {
		free(line);
		return -1;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	*out = line;
	return 0;
}

static int
password_from_file(const char *path, int check_mode, char **out,
    struct buf *err)
{
	struct stat st;
	FILE *f;
	int rc;

	if ((f = fopen(path, "r")) == NULL) {
		buf_printf(err, "cannot read password file %s: %s", path,
		    strerror(errno));
		config_hidden_hint(path, err);
		return -1;
	}
	if (check_mode && fstat(fileno(f), &st) == -1) {
		buf_printf(err, "cannot stat password file %s: %s", path,
		    strerror(errno));
		fclose(f);
		return -1;
	}
	/* checked on the open file: what is read is what was checked */
	if (check_mode && config_check_secret_file(path, &st, err) == -1) {
		fclose(f);
		return -1;
	}
	rc = read_first_line(f, out);
	fclose(f);
	if (rc == -1)
		buf_printf(err, "password file %s is empty", path);
	return rc;
}

int
config_password(const struct config *cfg, const char *which, char **out,
    struct buf *err)
{
	const char *creds = getenv("CREDENTIALS_DIRECTORY");
	char *p;
	FILE *f;
	int rc;

	*out = NULL;
	if (creds && *creds) {
		const char *names[2] = { which, "imap" };
		for (int i = 0; i < 2; i++) {
			p = xasprintf("%s/%s-password", creds, names[i]);
			if (access(p, R_OK) == 0) {
				rc = password_from_file(p, 0, out, err);
				free(p);
				return rc;
			}
			free(p);
		}
	}
	if (cfg->password_command) {
		if ((f = popen(cfg->password_command, "r")) == NULL) {
			buf_printf(err, "password_command could not be run: %s",
			    strerror(errno));
			return -1;
		}
		rc = read_first_line(f, out);
		int status = pclose(f);
		if (rc == -1 || status != 0) {
			if (*out)
				explicit_bzero(*out, strlen(*out));
			free(*out);
			*out = NULL;
			buf_printf(err, "password_command failed or printed "
			    "nothing (exit status %d)", WIFEXITED(status) ?
			    WEXITSTATUS(status) : status);
			char word[1024];
			if (command_hidden_path(cfg->password_command, word,
			    sizeof(word)) == 0 && access(word, R_OK) == -1)
				config_hidden_hint(word, err);
			return -1;
		}
		return 0;
	}
	if (cfg->password_file)
		return password_from_file(cfg->password_file, 1, out, err);
	buf_printf(err, "no password: set password_file or password_command "
	    "in [account], or a systemd credential %s-password", which);
	return -1;
}
