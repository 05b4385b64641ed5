/*
 * people.c — persons behind the words of a letter; see people.h.
 *
 * Names are compared by a key: the words of the name in lower case, with
 * titles (Ms, Mr, Mrs, Miss, Dr, Mdm; 老師, 姑娘, 主任, 校長, 先生,
 * 女士, 小姐, 博士) and anything in parentheses left out. Two keys name one
 * person when one is the other's first words ("wong" and "wong mei ling"),
 * or, in Chinese, its first character (陳老師 and 陳大文). A name that fits
 * several people goes to the one with an address, then the oldest.
 * Reading names out of a letter's words is in people_text.c.
 */
#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/log.h"
#include "ledger/people.h"
#include "ledger/people_int.h"
#include "base/xmalloc.h"

const char *const people_en_titles[] = { "ms", "mr", "mrs", "miss", "dr",
    "mdm", "madam", "mx", "prof", NULL };
const char *const people_zh_titles[] = { "老師", "姑娘", "主任", "校長",
    "先生", "女士", "小姐", "博士", "教授", NULL };

/* Is the first word of s ("(She", "we,") in words (lower case)? */
static int
first_word_in(const char *s, const char *const words[])
{
	char w[32];
	size_t n = 0;

	if (s == NULL)
		return 0;
	while (*s == '(' || *s == ' ')
		s++;
	for (; *s && *s != ' ' && *s != ',' && *s != ')' && n + 1 < sizeof(w);
	    s++)
		w[n++] = (char)tolower((unsigned char)*s);
	w[n] = '\0';
	for (int k = 0; words[k]; k++)
		if (strcmp(w, words[k]) == 0)
			return 1;
	return 0;
}

int
people_is_pronoun(const char *s)
{
	static const char *const p[] = { "i", "we", "he", "she", "they",
	    "him", "her", "them", "us", "me", "it", "本人", "我", "我們",
	    "我哋", "佢", "佢哋", "他", "她", "他們", "她們", "you", NULL };

	return first_word_in(s, p);
}

/* The writer speaking of themselves: the sender is the person. */
static int
is_self(const char *s)
{
	static const char *const p[] = { "i", "we", "本人", "我", "我們", "我哋",
	    "us", "me", NULL };

	return first_word_in(s, p);
}

/* The comparison key of a name (caller frees); "" when nothing is left. */
char *
people_name_key(const char *name)
{
	struct buf b = BUF_INIT;
	const char *p = name;
	int depth = 0;

	buf_addstr(&b, "");
	while (*p) {
		if (*p == '(' || *p == '[') {
			depth++;
			p++;
			continue;
		}
		if (*p == ')' || *p == ']') {
			if (depth)
				depth--;
			p++;
			continue;
		}
		if (depth) {
			p++;
			continue;
		}
		if ((unsigned char)*p >= 0x80) {
			int title = 0;
			for (int k = 0; people_zh_titles[k]; k++) {
				size_t tl = strlen(people_zh_titles[k]);
				if (strncmp(p, people_zh_titles[k], tl) == 0) {
					p += tl;
					title = 1;
					break;
				}
			}
			if (!title)
				buf_addch(&b, *p++);
			continue;
		}
		if (isalpha((unsigned char)*p)) {
			char w[64];
			size_t n = 0;
			int title = 0;
			while (isalpha((unsigned char)*p) || *p == '-' || *p == '\'') {
				if (n + 1 < sizeof(w))
					w[n++] = (char)tolower((unsigned char)*p);
				p++;
			}
			w[n] = '\0';
			if (*p == '.')
				p++;
			for (int k = 0; people_en_titles[k]; k++)
				if (strcmp(w, people_en_titles[k]) == 0)
					title = 1;
			if (title || strcmp(w, "the") == 0)
				continue;
			if (b.len)
				buf_addch(&b, ' ');
			buf_addstr(&b, w);
			continue;
		}
		p++;
	}
	return buf_detach(&b);
}

/* Do two keys name one person? */
static int
keys_match(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	const char *s = la <= lb ? a : b, *t = la <= lb ? b : a;
	size_t ls = la <= lb ? la : lb;

	if (ls == 0)
		return 0;
	if (strncmp(s, t, ls) != 0)
		return 0;
	if (t[ls] == '\0' || t[ls] == ' ')
		return 1;
	/* Chinese: a surname (first character) and the full name */
	return (unsigned char)s[0] >= 0x80 && (unsigned char)t[ls] >= 0x80;
}

int64_t
people_canonical(struct ledger *l, int64_t id)
{
	struct people_cache *tmp, *pc = people_cache_open(l, &tmp);

	if (pc == NULL)
		return -1;
	id = people_cache_canonical(pc, id);
	people_cache_close(tmp);
	return id;
}

/* What a person.add or person.learn event says of the row. */
static json_object *
person_json(const char *name, const char *addr, const char *role)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "name", name ? json_object_new_string(name) :
	    NULL);
	json_object_object_add(o, "address", addr ?
	    json_object_new_string(addr) : NULL);
	json_object_object_add(o, "role", role ? json_object_new_string(role) :
	    NULL);
	return o;
}

/* Run a bound statement once and let it go: 0, or -1. */
static int
step_once(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;

	ledger_stmt_done(st);
	return rc;
}

/* sql with ?1 name, ?2 address, ?3 role (each may be NULL), ?4 n: 0, or
 * -1. */
static int
person_write(struct ledger *l, const char *sql, const char *name,
    const char *addr, const char *role, int64_t n)
{
	sqlite3_stmt *st = ledger_stmt(l, sql);

	if (st == NULL)
		return -1;
	ledger_bind_opt(st, 1, name);
	ledger_bind_opt(st, 2, addr);
	ledger_bind_opt(st, 3, role);
	sqlite3_bind_int64(st, 4, n);
	return step_once(st);
}

static int64_t
person_insert(struct ledger *l, const char *name, const char *addr,
    const char *role, time_t now)
{
	json_object *o;
	int64_t id;

	if (ledger_begin(l) == -1)
		return -1;
	if (person_write(l, "INSERT INTO people (name, address, role, "
	    "created_at) VALUES (?1, ?2, ?3, ?4)", name, addr, role,
	    (int64_t)now) == -1)
		goto fail;
	id = sqlite3_last_insert_rowid(ledger_db(l));
	o = person_json(name, addr, role);
	if (ledger_event_row(l, now, "person.add", "person", id, o) == -1)
		goto fail;
	if (ledger_commit(l) == -1)
		return -1;
	people_cache_drop(l);
	return id;
fail:
	log_warnx("cannot add a person: %s", ledger_errmsg(l));
	ledger_rollback(l);
	return -1;
}

/* Would person_update() change the row? Only to fill what it lacks. */
static int
person_learns(struct ledger *l, int64_t id, const char *name,
    const char *addr, const char *role)
{
	struct people_cache *tmp, *pc = people_cache_open(l, &tmp);
	const struct person_rec *r = pc ? people_cache_get(pc, id) : NULL;
	int learns = r == NULL || (r->name == NULL && name) ||
	    (r->address == NULL && addr) || (r->role == NULL && role);

	people_cache_close(tmp);
	return learns;
}

static int
person_update(struct ledger *l, int64_t id, const char *name,
    const char *addr, const char *role, time_t now)
{
	json_object *o;

	/* most calls learn nothing: no savepoint, no UPDATE for them */
	if (!person_learns(l, id, name, addr, role))
		return 0;
	if (ledger_begin(l) == -1)
		return -1;
	if (person_write(l, "UPDATE people SET name = coalesce(name, ?1), "
	    "address = coalesce(address, ?2), role = coalesce(role, ?3) WHERE "
	    "id = ?4 AND ((name IS NULL AND ?1 IS NOT NULL) OR (address IS NULL "
	    "AND ?2 IS NOT NULL) OR (role IS NULL AND ?3 IS NOT NULL))", name,
	    addr, role, id) == -1)
		goto fail;
	people_cache_drop(l);
	if (sqlite3_changes(ledger_db(l)) == 0)
		return ledger_commit(l);
	o = person_json(name, addr, role);
	if (ledger_event_row(l, now, "person.learn", "person", id, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	ledger_rollback(l);
	return -1;
}

char *
lower_dup(const char *s)
{
	char *d = xstrdup(s);
	for (char *p = d; p && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return d;
}

/* The role the config gives this address, or -1. */
static int
config_role_of(const struct config *cfg, const char *addr)
{
	for (int r = 0; r < ROLE_MAX; r++)
		if (cfg->people[r].addr && strcasecmp(cfg->people[r].addr,
		    addr) == 0)
			return r;
	return -1;
}

/* The best known person whose name matches key (0: none; -1: the
 * people cannot be read). want_noaddr: only those without an address. */
static int64_t
find_by_key(struct ledger *l, const char *key, int want_noaddr)
{
	struct people_cache *tmp, *pc;
	int64_t best = 0;
	int best_addr = -1;

	if (*key == '\0')
		return 0;
	if ((pc = people_cache_open(l, &tmp)) == NULL)
		return -1;
	for (size_t k = 0; k < pc->n; k++) {
		const struct person_rec *r = &pc->v[k];
		int has = r->address != NULL;
		if (r->merged_into || r->name == NULL)
			continue;
		if (keys_match(r->key, key) && !(want_noaddr && has) &&
		    has > best_addr) {
			best = r->id;
			best_addr = has;
		}
	}
	people_cache_close(tmp);
	return best;
}

/* The person with this address, through merges; 0: none. */
static int64_t
address_known(struct ledger *l, const char *addr)
{
	struct people_cache *tmp, *pc = people_cache_open(l, &tmp);
	int64_t id = 0;

	if (pc && (id = people_cache_by_address(pc, addr)) > 0)
		id = people_cache_canonical(pc, id);
	people_cache_close(tmp);
	return id;
}

int64_t
people_by_address(struct ledger *l, const struct config *cfg,
    const char *name, const char *addr, time_t now)
{
	int64_t id = 0;
	char *a, *key;
	int r;

	if (addr == NULL || *addr == '\0')
		return name ? people_by_name(l, cfg, name, now) : 0;
	a = lower_dup(addr);
	r = config_role_of(cfg, a);
	if (name && (*name == '\0' || strchr(name, '@')))
		name = NULL;
	if (name == NULL && r >= 0)
		name = cfg->people[r].name;
	if ((id = address_known(l, a)) > 0) {
		if (name || r >= 0)
			person_update(l, id, name, NULL, r >= 0 ? role_name(r) : NULL,
			    now);
		free(a);
		return id;
	}
	/* a person known by name only gets the address */
	key = name ? people_name_key(name) : xstrdup("");
	id = find_by_key(l, key, 1);
	free(key);
	if (id > 0) {
		person_update(l, id, name, a, r >= 0 ? role_name(r) : NULL, now);
		free(a);
		return id;
	}
	id = person_insert(l, name, a, r >= 0 ? role_name(r) : NULL, now);
	free(a);
	return id;
}

/* The oldest unmerged person with this role; 0: none. */
static int64_t
role_known(struct ledger *l, const char *role)
{
	struct people_cache *tmp, *pc = people_cache_open(l, &tmp);
	int64_t id = pc ? people_cache_by_role(pc, role) : 0;

	people_cache_close(tmp);
	return id;
}

int64_t
people_by_role(struct ledger *l, const struct config *cfg, enum role r,
    time_t now)
{
	const struct person *p = &cfg->people[r];
	int64_t id = 0;

	if (p->addr)
		return people_by_address(l, cfg, p->name, p->addr, now);
	if ((id = role_known(l, role_name(r))) > 0)
		return id;
	if (p->name) {
		id = people_by_name(l, cfg, p->name, now);
		if (id > 0)
			person_update(l, id, NULL, NULL, role_name(r), now);
		return id;
	}
	return 0;
}

int
people_config_role(const struct config *cfg, const char *name)
{
	char *key;
	int found = -1;

	if (name == NULL || people_is_pronoun(name))
		return -1;
	key = people_name_key(name);
	for (int r = 0; r < ROLE_MAX && found < 0 && *key; r++) {
		char *k;
		if (cfg->people[r].name == NULL)
			continue;
		k = people_name_key(cfg->people[r].name);
		if (keys_match(k, key))
			found = r;
		free(k);
	}
	free(key);
	return found;
}

int64_t
people_by_name(struct ledger *l, const struct config *cfg, const char *name,
    time_t now)
{
	char *key, *clean;
	int64_t id;

	if (name == NULL || people_is_pronoun(name))
		return 0;
	key = people_name_key(name);
	if (*key == '\0') {
		free(key);
		return 0;
	}
	/* the config's people first: "Ms Wong" is the SENCO Ms Wong Mei Ling */
	for (int r = 0; r < ROLE_MAX; r++) {
		char *k;
		if (cfg->people[r].name == NULL)
			continue;
		k = people_name_key(cfg->people[r].name);
		if (keys_match(k, key)) {
			free(k);
			free(key);
			return people_by_role(l, cfg, (enum role)r, now);
		}
		free(k);
	}
	id = find_by_key(l, key, 0);
	free(key);
	if (id != 0)
		return id;
	/* the name as written, without "(I)" or "(SENCO)" */
	clean = xstrdup(name);
	char *paren = strchr(clean, '(');
	if (paren && paren > clean) {
		*paren = '\0';
		for (char *e = paren - 1; e >= clean && *e == ' '; e--)
			*e = '\0';
	}
	id = person_insert(l, clean, NULL, NULL, now);
	free(clean);
	return id;
}

int64_t
people_resolve(struct ledger *l, const struct config *cfg, const char *actor,
    const char *quote, const char *body, const char *from_name,
    const char *from_addr, time_t now)
{
	char *who = NULL;
	int64_t id = 0;
	int role;

	if (actor == NULL || *actor == '\0')
		return 0;
	if (is_self(actor)) {
		if (quote && (who = delegate(quote)) != NULL) {
			id = people_by_name(l, cfg, who, now);
			free(who);
			return id;
		}
		return people_by_address(l, cfg, from_name, from_addr, now);
	}
	if (people_is_pronoun(actor)) {
		/* the person named last before the sentence */
		char *b = squeeze(body), *q = squeeze(quote);
		const char *at = *q ? strstr(b, q) : NULL;
		who = last_name_before(b, at ? (size_t)(at - b) : 0);
		free(b);
		free(q);
		if (who)
			id = people_by_name(l, cfg, who, now);
		free(who);
		return id;
	}
	/* a name as written wins over a role word beside it */
	{
		char *s = squeeze(actor);
		size_t n = 0;
		for (const char *p = s; *p && n == 0; p++)
			if ((n = name_at(p, s)) > 0)
				who = xstrndup(p, n);
		free(s);
		/* 班主任, 統籌主任: a role, not a surname and a title */
		if (who && phrase_role(who) >= 0) {
			free(who);
			who = NULL;
		}
	}
	if (who) {
		id = people_by_name(l, cfg, who, now);
		free(who);
		return id;
	}
	if ((role = phrase_role(actor)) >= 0)
		return people_by_role(l, cfg, (enum role)role, now);
	/* a bare name ("Wong Mei Ling"): capitalised words only */
	for (const char *p = actor; *p; p++)
		if (!isalpha((unsigned char)*p) && *p != ' ' && *p != '-' &&
		    *p != '.')
			return 0;
	return isupper((unsigned char)*actor) && strchr(actor, ' ') ?
	    people_by_name(l, cfg, actor, now) : 0;
}

/* A name merged into another person (people merge KEEP GONE): the kept
 * person, or 0. The unmerged are people_by_name()'s. */
static int64_t
by_alias(struct ledger *l, const char *words)
{
	struct people_cache *tmp, *pc;
	char *key = people_name_key(words);
	int64_t id = 0;

	if (*key && (pc = people_cache_open(l, &tmp)) != NULL) {
		for (size_t k = 0; k < pc->n && id == 0; k++)
			if (pc->v[k].merged_into && pc->v[k].name &&
			    keys_match(pc->v[k].key, key))
				id = people_cache_canonical(pc, pc->v[k].id);
		people_cache_close(tmp);
	}
	free(key);
	return id;
}

int64_t
people_by_words(struct ledger *l, const struct config *cfg,
    const char *words, time_t now)
{
	char *w = squeeze(words);
	int64_t id = 0;
	int r = phrase_role(w);

	if (*w == '\0' || people_is_pronoun(w))
		id = 0;
	else if (strchr(w, '@'))
		id = people_by_address(l, cfg, NULL, w, now);
	else if ((id = by_alias(l, w)) == 0 &&
	    (id = people_resolve(l, cfg, w, NULL, NULL, NULL, NULL, now)) == 0)
		/* a word ptrail does not read as a name ("Lee"), or a role
		 * the config names nobody for: a person of those words */
		id = person_insert(l, w, NULL, r >= 0 ? role_name((enum role)r) :
		    NULL, now);
	free(w);
	return id;
}

int
people_get(struct ledger *l, int64_t id, struct person_row *out)
{
	sqlite3_stmt *st;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	id = people_canonical(l, id);
	if (id <= 0 || (st = ledger_stmt(l, "SELECT id, name, address, role, "
	    "merged_into FROM people WHERE id = ?")) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		out->name = ledger_col_dup(st, 1);
		out->address = ledger_col_dup(st, 2);
		out->role = ledger_col_dup(st, 3);
		out->merged_into = sqlite3_column_int64(st, 4);
		rc = 0;
	}
	ledger_stmt_done(st);
	return rc;
}

void
person_row_free(struct person_row *p)
{
	free(p->name);
	free(p->address);
	free(p->role);
	memset(p, 0, sizeof(*p));
}

char *
people_display(const struct person_row *p)
{
	if (p->name && *p->name)
		return xstrdup(p->name);
	if (p->address)
		return xstrdup(p->address);
	return xstrdup(p->role ? p->role : "?");
}

/* One statement of a merge, ?1 keep and ?2 gone: 0, or -1. */
static int
merge_step(struct ledger *l, const char *sql, int64_t keep, int64_t gone)
{
	sqlite3_stmt *st = ledger_stmt(l, sql);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, keep);
	sqlite3_bind_int64(st, 2, gone);
	return step_once(st);
}

int
people_merge(struct ledger *l, int64_t keep, int64_t gone, time_t now,
    struct buf *err)
{
	json_object *o;

	keep = people_canonical(l, keep);
	gone = people_canonical(l, gone);
	if (keep <= 0 || gone <= 0) {
		buf_printf(err, "no such person");
		return -1;
	}
	if (keep == gone) {
		buf_printf(err, "%lld and %lld are one person already",
		    (long long)keep, (long long)gone);
		return -1;
	}
	if (ledger_begin(l) == -1) {
		buf_printf(err, "ledger busy: %s", ledger_errmsg(l));
		return -1;
	}
	/* gone points at keep; keep learns what gone knew and it did not;
	 * gone's promises become keep's */
	if (merge_step(l, "UPDATE people SET merged_into = ?1 WHERE id = ?2",
	    keep, gone) == -1 ||
	    merge_step(l, "UPDATE people SET address = coalesce(address, "
	    "(SELECT address FROM people WHERE id = ?2)), role = coalesce(role, "
	    "(SELECT role FROM people WHERE id = ?2)) WHERE id = ?1", keep,
	    gone) == -1 ||
	    merge_step(l, "UPDATE commitments SET person_id = ?1 WHERE "
	    "person_id = ?2", keep, gone) == -1)
		goto fail;
	people_cache_drop(l);
	o = json_object_new_object();
	json_object_object_add(o, "into", json_object_new_int64(keep));
	if (ledger_event_row(l, now, "person.merge", "person", gone, o) == -1)
		goto fail;
	return ledger_commit(l);
fail:
	buf_printf(err, "cannot merge: %s", ledger_errmsg(l));
	ledger_rollback(l);
	return -1;
}

int
people_is_school_staff(const struct config *cfg, const char *addr)
{
	const char *at;
	if (addr == NULL || (at = strrchr(addr, '@')) == NULL)
		return 0;
	for (int k = 0; k < cfg->ndomains; k++) {
		const char *d = cfg->domains[k];
		size_t ld = strlen(d), la = strlen(at + 1);
		if (strcasecmp(at + 1, d) == 0)
			return 1;
		/* a subdomain of a listed domain */
		if (la > ld && at[1 + la - ld - 1] == '.' &&
		    strcasecmp(at + 1 + la - ld, d) == 0)
			return 1;
	}
	return 0;
}
