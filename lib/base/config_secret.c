/*
 * config_secret.c — the IMAP and SMTP passwords: a systemd credential
 * ($CREDENTIALS_DIRECTORY/<which>-password, else imap-password), else the
 * first line password_command prints, else the first line of
 * password_file. A password file must be the reader's own, 0600, in a
 * folder others cannot write (config_check_secret_file()); a credential
 * is systemd's and is taken as it is.
 *
 * A password never reaches a log or an error message.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/config_int.h"
#include "base/xmalloc.h"

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
			    "nothing (exit status %d)", status);
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
