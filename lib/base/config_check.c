/*
 * config_check.c — is a ptrail.conf safe and usable: the values the
 * daemon would refuse (URLs, the feed's address and token, domains,
 * addresses), the file's owner and mode, the password file's, and where
 * things live: which config (config_find) and, when the config does not
 * say, which ledger (config_default_dir).
 *
 * One validator for both programs: config_load() calls these, so ptraild
 * and `ptrail config check` refuse the same things with the same words.
 *
 * Permissions (ptrail.conf(5), FILES):
 *   - the config is owned by root or the user reading it, and nobody else
 *     can write it or its folder: password_command runs as that user;
 *   - a config holding a secret (token, password_command) is not readable
 *     by others; the group may read it when the group is "ptrail" (the
 *     system service's, root:ptrail 0640) or the owner's own group;
 *   - a password file is the reader's own, 0600 or 0400, in a folder
 *     others cannot write.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <grp.h>
#include <libgen.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/config_int.h"
#include "base/xmalloc.h"

int
config_check_url(const char *key, const char *v, const char *plain,
    const char *tls, struct buf *why)
{
	size_t lp = strlen(plain), lt = strlen(tls), hl;
	const char *p;

	if (strncasecmp(v, tls, lt) == 0)
		p = v + lt;
	else if (strncasecmp(v, plain, lp) == 0)
		p = v + lp;
	else
		goto bad;
	hl = strcspn(p, ":/");
	if (hl == 0)
		goto bad;
	for (size_t i = 0; i < hl; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '.' && p[i] != '-' &&
		    p[i] != '_')
			goto bad;
	p += hl;
	if (*p == ':') {
		char *end;
		long port;
		errno = 0;
		port = strtol(p + 1, &end, 10);
		if (end == p + 1 || errno || port < 1 || port > 65535 ||
		    (*end && strcmp(end, "/") != 0)) {
			buf_printf(why, "%s = '%s': the port must be a number from "
			    "1 to 65535", key, v);
			return -1;
		}
		return 0;
	}
	if (*p == '\0' || strcmp(p, "/") == 0)
		return 0;
bad:
	buf_printf(why, "%s = '%s' is not an %shost:port or %shost:port URL",
	    key, v, tls, plain);
	return -1;
}

int
config_check_listen(const char *v, struct buf *why)
{
	const char *colon = strrchr(v, ':');
	char host[64], *end;
	struct in_addr a;
	long port;

	if (colon == NULL || (size_t)(colon - v) >= sizeof(host))
		goto bad;
	snprintf(host, sizeof(host), "%.*s", (int)(colon - v), v);
	errno = 0;
	port = strtol(colon + 1, &end, 10);
	if (end == colon + 1 || *end || errno || port < 1 || port > 65535 ||
	    inet_pton(AF_INET, host, &a) != 1)
		goto bad;
	return 0;
bad:
	buf_printf(why, "[feed] listen = %s is not ADDRESS:PORT (e.g. "
	    "127.0.0.1:8088)", v);
	return -1;
}

int
config_check_token(const char *v, struct buf *why)
{
	if (strlen(v) >= CONFIG_TOKEN_MIN)
		return 0;
	buf_printf(why, "[feed] token must be at least %d characters (e.g. "
	    "from: openssl rand -hex 16)", CONFIG_TOKEN_MIN);
	return -1;
}

int
config_check_domain(const char *v, struct buf *why)
{
	const char *p;

	for (p = v; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-')
			break;
	if (*p == '\0' && strchr(v, '.') && v[0] != '.' &&
	    v[strlen(v) - 1] != '.')
		return 0;
	buf_printf(why, "domains: '%s' is not a mail domain (write "
	    "school.edu.hk; separate several with commas or spaces)", v);
	return -1;
}

/* "carmen" for a uid, or the number. */
static void
user_name(uid_t uid, char *out, size_t n)
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		snprintf(out, n, "%s", pw->pw_name);
	else
		snprintf(out, n, "%lu", (unsigned long)uid);
}

static void
group_name(gid_t gid, char *out, size_t n)
{
	struct group *gr = getgrgid(gid);
	if (gr)
		snprintf(out, n, "%s", gr->gr_name);
	else
		snprintf(out, n, "%lu", (unsigned long)gid);
}

/* fstat-like facts about the folder path lives in; -1 when unknown. */
static int
folder_stat(const char *path, struct stat *st)
{
	char *copy = xstrdup(path);
	int rc = stat(dirname(copy), st);
	free(copy);
	return rc;
}

int
config_check_file_mode(const char *path, const struct stat *st,
    int has_secrets, struct buf *err)
{
	char owner[64], group[64], me[64];
	struct stat dst;
	uid_t euid = geteuid();
	int problems = 0;

	user_name(st->st_uid, owner, sizeof(owner));
	group_name(st->st_gid, group, sizeof(group));
	user_name(euid, me, sizeof(me));
	if (st->st_uid != 0 && st->st_uid != euid) {
		buf_printf(err, "%s: is owned by %s, not by %s (who reads it) or "
		    "root; %s could make ptrail run commands as %s (run: chown "
		    "%s %s)\n", path, owner, me, owner, me, me, path);
		problems++;
	}
	if (st->st_mode & (S_IWGRP | S_IWOTH)) {
		buf_printf(err, "%s: can be written by %s (mode %04o), who could "
		    "make ptrail run commands as %s (run: chmod go-w %s)\n", path,
		    st->st_mode & S_IWOTH ? "anyone" : "group", st->st_mode & 07777,
		    me, path);
		problems++;
	}
	if (folder_stat(path, &dst) == 0 && (dst.st_mode & S_IWOTH) &&
	    !(dst.st_mode & S_ISVTX)) {
		buf_printf(err, "%s: its folder can be written by anyone, who "
		    "could replace the config (move it to a folder only you can "
		    "write)\n", path);
		problems++;
	}
	if (!has_secrets)
		return problems;
	if (st->st_mode & S_IROTH) {
		buf_printf(err, "%s: holds a secret (token or password_command) "
		    "and anyone can read it (mode %04o) (run: chmod o-r %s)\n",
		    path, st->st_mode & 07777, path);
		problems++;
	} else if (st->st_mode & S_IRGRP) {
		/* the service's group, or the owner's own (user private) group */
		if (strcmp(group, CONFIG_SERVICE_GROUP) != 0 &&
		    strcmp(group, owner) != 0) {
			buf_printf(err, "%s: holds a secret (token or "
			    "password_command) and group %s can read it (run: "
			    "chmod 600 %s; for the system service: chown root:%s "
			    "%s && chmod 640 %s)\n", path, group, path,
			    CONFIG_SERVICE_GROUP, path, path);
			problems++;
		}
	}
	return problems;
}

int
config_check_secret_file(const char *path, const struct stat *st,
    struct buf *why)
{
	char owner[64], me[64];
	struct stat dst;
	uid_t euid = geteuid();

	user_name(st->st_uid, owner, sizeof(owner));
	user_name(euid, me, sizeof(me));
	if (st->st_uid != euid) {
		buf_printf(why, "password file %s is owned by %s, not by %s who "
		    "reads it (run: chown %s %s)", path, owner, me, me, path);
		return -1;
	}
	if (st->st_mode & 077) {
		buf_printf(why, "password file %s can be read by group or others "
		    "(run: chmod 600 %s)", path, path);
		return -1;
	}
	if (folder_stat(path, &dst) == 0 && (dst.st_mode & S_IWOTH)) {
		buf_printf(why, "password file %s is in a folder anyone can "
		    "write, so anyone can replace it (move it to a folder only "
		    "you can write, e.g. ~/.config/ptrail)", path);
		return -1;
	}
	return 0;
}

void
config_explain_open_error(const char *path, int errnum, struct buf *err)
{
	struct stat st;
	char owner[64], group[64], me[64];

	if (errnum == ENOENT) {
		buf_printf(err, "%s: no such file (write one from "
		    "ptrail.conf.example, or name it with -c FILE)\n", path);
		return;
	}
	if ((errnum == EACCES || errnum == EPERM) && stat(path, &st) == 0) {
		user_name(st.st_uid, owner, sizeof(owner));
		group_name(st.st_gid, group, sizeof(group));
		user_name(geteuid(), me, sizeof(me));
		buf_printf(err, "%s: permission denied: it is %s:%s mode %04o and "
		    "this runs as %s (for the system service: chown root:%s %s "
		    "&& chmod 640 %s, and run ptrail as sudo -u %s ptrail ...)\n",
		    path, owner, group, st.st_mode & 07777, me,
		    CONFIG_SERVICE_GROUP, path, path, CONFIG_SERVICE_USER);
		return;
	}
	if (errnum == EACCES || errnum == EPERM) {
		buf_printf(err, "%s: permission denied: this user cannot reach "
		    "the folder it is in\n", path);
		return;
	}
	buf_printf(err, "%s: cannot read the config: %s\n", path,
	    strerror(errnum));
}

char *
config_default_dir(const char *conf_path)
{
	const char *state = getenv("STATE_DIRECTORY");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	size_t sl = strlen(CONFIG_SYSTEM_CONF_DIR);
	struct passwd *pw;

	if (state && *state) {
		/* systemd may pass several, colon separated: take the first */
		size_t n = strcspn(state, ":");
		return xstrndup(state, n);
	}
	if (conf_path && strncmp(conf_path, CONFIG_SYSTEM_CONF_DIR, sl) == 0 &&
	    strchr(conf_path + sl, '/') == NULL) {
		/* ptraild.service: ptrail.conf -> /var/lib/ptrail;
		 * ptraild@NAME.service: NAME.conf -> /var/lib/ptrail/NAME */
		const char *base = conf_path + sl;
		size_t bl = strlen(base);
		if (strcmp(base, "ptrail.conf") == 0 || bl <= 5 ||
		    strcmp(base + bl - 5, ".conf") != 0)
			return xstrdup(CONFIG_SYSTEM_STATE_DIR);
		return xasprintf("%s/%.*s", CONFIG_SYSTEM_STATE_DIR,
		    (int)(bl - 5), base);
	}
	pw = getpwuid(geteuid());
	if (pw && strcmp(pw->pw_name, CONFIG_SERVICE_USER) == 0)
		return xstrdup(CONFIG_SYSTEM_STATE_DIR);
	if (xdg && *xdg)
		return xasprintf("%s/ptrail", xdg);
	return xasprintf("%s/.local/share/ptrail", home ? home : ".");
}

static int
addr_plausible(const char *a)
{
	const char *at = strchr(a, '@');

	if (at == NULL || at == a || strchr(at + 1, '@') || at[1] == '\0' ||
	    strchr(at + 1, '.') == NULL || at[strlen(at) - 1] == '.')
		return 0;
	for (const char *p = a; *p; p++)
		if ((unsigned char)*p <= ' ' || strchr("<>()[]\\,;:\"", *p))
			return 0;
	return 1;
}

int
parse_mailbox(const char *s, char **name, char **addr)
{
	const char *lt, *gt;
	char *a, *n = NULL;

	*name = *addr = NULL;
	if (s == NULL || strpbrk(s, "\r\n"))
		return -1;
	while (isspace((unsigned char)*s))
		s++;
	lt = strrchr(s, '<');
	if (lt) {
		gt = strchr(lt, '>');
		if (gt == NULL || gt[1] != '\0')
			return -1;
		a = xstrndup(lt + 1, (size_t)(gt - lt - 1));
		size_t nl = (size_t)(lt - s);
		while (nl > 0 && isspace((unsigned char)s[nl - 1]))
			nl--;
		if (nl >= 2 && s[0] == '"' && s[nl - 1] == '"') {
			s++;
			nl -= 2;
		}
		if (nl)
			n = xstrndup(s, nl);
	} else {
		a = xstrdup(s);
		size_t al = strlen(a);
		while (al > 0 && isspace((unsigned char)a[al - 1]))
			a[--al] = '\0';
	}
	for (char *p = a; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	if (!addr_plausible(a)) {
		free(a);
		free(n);
		return -1;
	}
	*name = n;
	*addr = a;
	return 0;
}

int
config_is_parent_addr(const struct config *cfg, const char *addr)
{
	if (addr == NULL)
		return 0;
	if (cfg->parent_addr && strcasecmp(cfg->parent_addr, addr) == 0)
		return 1;
	for (int i = 0; i < cfg->nother_addrs; i++)
		if (strcasecmp(cfg->other_addrs[i], addr) == 0)
			return 1;
	return 0;
}

int
config_is_school_addr(const struct config *cfg, const char *addr)
{
	const char *at;

	if (addr == NULL || (at = strrchr(addr, '@')) == NULL)
		return 0;
	for (int i = 0; i < ROLE_MAX; i++)
		if (cfg->people[i].addr && strcasecmp(cfg->people[i].addr,
		    addr) == 0)
			return 1;
	for (int i = 0; i < cfg->ndomains; i++) {
		const char *d = cfg->domains[i];
		size_t dl = strlen(d), hl = strlen(at + 1);
		if (strcasecmp(at + 1, d) == 0)
			return 1;
		/* a subdomain of a listed domain: mail.school.edu.hk */
		if (hl > dl && at[1 + hl - dl - 1] == '.' &&
		    strcasecmp(at + 1 + hl - dl, d) == 0)
			return 1;
	}
	return 0;
}

char *
config_find(const char *cli_path)
{
	const char *env = getenv("PTRAIL_CONFIG");
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char *p;

	if (cli_path)
		return xstrdup(cli_path);
	if (env && *env)
		return xstrdup(env);
	if (xdg && *xdg)
		p = xasprintf("%s/ptrail/ptrail.conf", xdg);
	else
		p = xasprintf("%s/.config/ptrail/ptrail.conf", home ? home : ".");
	if (access(p, F_OK) == 0)
		return p;
	free(p);
	return xstrdup("/etc/ptrail/ptrail.conf");
}

int
config_check_service(const struct config *cfg, struct buf *err)
{
	if (cfg->imap_url && cfg->user)
		return 0;
	buf_printf(err, "%s: ptraild needs imap and user in [account]\n",
	    cfg->path);
	return -1;
}
