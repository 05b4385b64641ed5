/*
 * ics.c — build the calendar feed with libical; see ics.h.
 *
 * libical 3.0.16 (Debian 12) names built-in zones
 * "/freeassociation.sourceforge.net/Asia/Hong_Kong" with a VTIMEZONE
 * reaching back to 1904, and icaltimezone_set_tzid_prefix("") does not
 * remove the prefix. So times are written floating with a TZID parameter
 * we choose, and the VTIMEZONE is built by hand: one STANDARD rule at the
 * zone's current offset. That is exact for Hong Kong (no DST since 1979)
 * and for every zone without daylight saving.
 *
 * UIDs are "commitment-5@<ledger id>.ptrail", the ledger id being the
 * first 16 hex digits of the first event's hash: stable for one ledger,
 * different for two families' ptraild@ feeds in one calendar. A summary
 * says what stands ("— due", "— done", "— withdrawn"), the IEP hint goes
 * on IEP meetings only, and a meeting read twice in one thread (the date
 * in a letter and again in the reply) is one event.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <libical/ical.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "act/ics.h"
#include "extract/dates_doubt.h"
#include "ledger/items.h"
#include "base/log.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

static struct icaltimetype
utc_time(time_t t)
{
	return icaltime_from_timet_with_zone(t, 0, icaltimezone_get_utc_timezone());
}

/* Serialise one event and free it: the feed is written event by event,
 * so its memory does not grow with the ledger (libical trees are large). */
static void
emit(FILE *evs, icalcomponent *ev)
{
	char *text = icalcomponent_as_ical_string_r(ev);
	fputs(text, evs);
	free(text);
	icalcomponent_free(ev);
}

/*
 * A row of an event query, copied out of SQLite: a chunk of rows is
 * rendered by two threads and written in order. Only the calling thread
 * touches the statement. libical (built with pthreads) keeps its error
 * and temporary buffers per thread, each event is a tree of its own, and
 * the UTC zone is made before the second thread starts (ics_render());
 * what the threads still share in libical 3.0 are pvl.c's two list
 * counters, which only number lists (helgrind names them, nothing reads
 * them back).
 */
#define ROW_COLS	14
#define CHUNK_ROWS	256	/* rows copied, rendered and written at once */
#define ALONE_ROWS	64	/* below this a chunk is not worth a thread */

struct row {
	int	 type[ROW_COLS];
	int64_t	 num[ROW_COLS];
	char	*text[ROW_COLS];	/* into mem; NULL for a NULL */
	char	*mem;		/* the texts, one after the other */
	char	*out;		/* the VEVENT, rendered */
};

static void
row_take(struct row *r, sqlite3_stmt *st)
{
	int n = sqlite3_column_count(st);
	size_t len[ROW_COLS], total = 0;

	memset(r, 0, sizeof(*r));
	if (n > ROW_COLS)
		n = ROW_COLS;
	for (int i = 0; i < n; i++) {
		r->type[i] = sqlite3_column_type(st, i);
		if (r->type[i] == SQLITE_NULL)
			continue;
		r->num[i] = sqlite3_column_int64(st, i);
		/* the text last: it may convert the value, not the reverse */
		r->text[i] = (char *)sqlite3_column_text(st, i);
		len[i] = r->text[i] ? strlen(r->text[i]) + 1 : 0;
		total += len[i];
	}
	r->mem = xmalloc(total ? total : 1);
	total = 0;
	for (int i = 0; i < n; i++) {
		if (r->text[i] == NULL)
			continue;
		memcpy(r->mem + total, r->text[i], len[i]);
		r->text[i] = r->mem + total;
		total += len[i];
	}
}

static void
row_free(struct row *r)
{
	free(r->mem);
	free(r->out);
}

static icalcomponent *
make_vtimezone(const char *zone, time_t now)
{
	icalcomponent *tz = icalcomponent_new_vtimezone();
	icalcomponent *std = icalcomponent_new_xstandard();
	struct tm tm;
	char name[16];

	localtime_r(&now, &tm);
	snprintf(name, sizeof(name), "%s", tm.tm_zone ? tm.tm_zone : "STD");
	icalcomponent_add_property(tz, icalproperty_new_tzid(zone));
	icalcomponent_add_property(std, icalproperty_new_dtstart(
	    icaltime_from_string("19700101T000000")));
	icalcomponent_add_property(std,
	    icalproperty_new_tzoffsetfrom((int)tm.tm_gmtoff));
	icalcomponent_add_property(std,
	    icalproperty_new_tzoffsetto((int)tm.tm_gmtoff));
	icalcomponent_add_property(std, icalproperty_new_tzname(name));
	icalcomponent_add_component(tz, std);
	return tz;
}

static void
add_x(icalcomponent *c, const char *name, const char *value)
{
	icalproperty *p = icalproperty_new_x(value);
	icalproperty_set_x_name(p, name);
	icalcomponent_add_property(c, p);
}

/* DTSTART/DTEND: all-day when there is no time, else one hour. */
static void
add_when(icalcomponent *ev, const char *zone, const char *ymd,
    const char *hhmm)
{
	struct civil c;
	struct icaltimetype start, end;
	int hh = 0, mm = 0;

	if (civil_parse(ymd, &c) == -1)
		return;
	start = icaltime_null_time();
	start.year = c.y;
	start.month = c.m;
	start.day = c.d;
	if (hhmm && sscanf(hhmm, "%d:%d", &hh, &mm) == 2) {
		start.hour = hh;
		start.minute = mm;
		end = start;
		icaltime_adjust(&end, 0, 1, 0, 0);
		icalproperty *ps = icalproperty_new_dtstart(start);
		icalproperty *pe = icalproperty_new_dtend(end);
		icalproperty_add_parameter(ps, icalparameter_new_tzid(zone));
		icalproperty_add_parameter(pe, icalparameter_new_tzid(zone));
		icalcomponent_add_property(ev, ps);
		icalcomponent_add_property(ev, pe);
	} else {
		start.is_date = 1;
		end = start;
		icaltime_adjust(&end, 1, 0, 0, 0);
		icalcomponent_add_property(ev, icalproperty_new_dtstart(start));
		icalcomponent_add_property(ev, icalproperty_new_dtend(end));
	}
}

static const char *
col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : NULL;
}

static const char *
rcol(const struct row *r, int i)
{
	return r->text[i];
}

static void
letter_line(struct buf *d, const struct row *r, int date_col, int subj_col)
{
	if (r->type[date_col] != SQLITE_NULL) {
		struct civil c;
		char human[16];
		local_civil((time_t)r->num[date_col], &c);
		civil_human(&c, human);
		buf_printf(d, "\nLetter of %s", human);
		if (rcol(r, subj_col))
			buf_printf(d, ": %s", rcol(r, subj_col));
	}
}

/* The domain part of every UID: this ledger's id (see the top). */
static void
ledger_uid_domain(struct ledger *l, char out[40])
{
	sqlite3_stmt *st;

	snprintf(out, 40, "ptrail");
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT hash FROM events ORDER BY "
	    "id LIMIT 1", -1, &st, NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(st) == SQLITE_ROW && col(st, 0) &&
	    strlen(col(st, 0)) >= 16)
		snprintf(out, 40, "%.16s.ptrail", col(st, 0));
	sqlite3_finalize(st);
}

/* What a commitment's event says after its name, and its STATUS (0: no
 * STATUS: a done promise is neither confirmed nor cancelled). */
static const char *
commitment_words(const char *state, int answered, icalproperty_status *status)
{
	*status = ICAL_STATUS_CONFIRMED;
	if (strcmp(state, "done") == 0) {
		*status = ICAL_STATUS_NONE;
		return "done";
	}
	if (strcmp(state, "withdrawn") == 0) {
		*status = ICAL_STATUS_CANCELLED;
		return "withdrawn";
	}
	if (strcmp(state, "disputed") == 0) {
		*status = ICAL_STATUS_TENTATIVE;
		return "disputed";
	}
	if (answered)
		return "due (the school has answered)";
	return strcmp(state, "confirmed") == 0 ? "due (confirmed)" : "due";
}

/* An IEP meeting: the words of the letter or of the parent say so. */
static int
is_iep(const char *s)
{
	const char *p;

	if (s == NULL)
		return 0;
	for (p = strstr(s, "IEP"); p; p = strstr(p + 1, "IEP"))
		if ((p == s || !isalpha((unsigned char)p[-1])) &&
		    !isalpha((unsigned char)p[3]))
			return 1;
	return strstr(s, "個別學習計劃") || strstr(s, "個別化學習計劃") ||
	    strstr(s, "Individual Education Plan") ||
	    strstr(s, "individual education plan");
}

/*
 * A promise's and a meeting's event are built alike: UID, DTSTAMP, a
 * SUMMARY, a DESCRIPTION of the quote and its letter, the day (and time),
 * STATUS, SEQUENCE, LAST-MODIFIED, in that order. What differs is data:
 * the query, where its columns are, and the words (summary, the end of the
 * description, the STATUS; ICAL_STATUS_NONE: none).
 */
typedef icalproperty_status (*event_words)(const struct row *r, struct buf *s,
    struct buf *d);

struct event_kind {
	const char	*name;		/* UID: NAME-ID@DOMAIN */
	const char	*sql;
	int		 quote, day, time, seq, updated;	/* columns */
	int		 letter;	/* m.date; m.subject the one after */
	int		 location;	/* LOCATION's column; -1: none */
	event_words	 words;
};

static icalproperty_status
commitment_event_words(const struct row *r, struct buf *s, struct buf *d)
{
	const char *state = rcol(r, 6);
	int answered = r->type[11] != SQLITE_NULL;
	icalproperty_status status;
	const char *words = commitment_words(state, answered, &status);

	buf_printf(s, "%s: %s — %s", rcol(r, 1) ? rcol(r, 1) :
	    "(nobody named)", rcol(r, 2) ? rcol(r, 2) : rcol(r, 3), words);
	buf_printf(d, "\nState: %s%s", state, answered ?
	    " (the school has answered)" : "");
	return status;
}

/* "(date uncertain: The letter wrote ...)" under a meeting whose day is
 * in doubt, the question of extract/dates_doubt.h. */
static void
doubt_line(struct buf *d, const char *flag, const char *date,
    const char *quote)
{
	if (flag == NULL)
		return;
	buf_addstr(d, "\n(date uncertain: ");
	if (dates_doubt_question(flag, date, quote, "en", DOUBT_TO_PARENT, d))
		buf_addstr(d, flag);
	buf_addch(d, ')');
}

static icalproperty_status
meeting_event_words(const struct row *r, struct buf *s, struct buf *d)
{
	const char *who = rcol(r, 9) ? rcol(r, 9) : rcol(r, 10);
	int iep = is_iep(rcol(r, 1)) || is_iep(rcol(r, 8));

	/* "(?)": the day is the reader's guess (schema 005) */
	buf_printf(s, "%s%s%s%s%s", rcol(r, 12) ? "(?) " : "", iep ?
	    "IEP meeting" : "Meeting", who ? " with " : "", who ? who : "",
	    iep ? " (ask for the draft IEP 3 days ahead)" : "");
	doubt_line(d, rcol(r, 12), rcol(r, 2), rcol(r, 1));
	return strcmp(rcol(r, 4), "cancelled") == 0 ? ICAL_STATUS_CANCELLED :
	    ICAL_STATUS_CONFIRMED;
}

static const struct event_kind commitment_events = {
	"commitment",
	"SELECT c.id, coalesce((SELECT p.name FROM people p WHERE p.id = "
	"c.person_id), c.actor), c.action, c.quote, c.due, c.due_time, "
	"c.state, c.sequence, c.updated_at, m.date, m.subject, c.answered_at "
	"FROM commitments c LEFT JOIN messages m ON m.id = c.message_id "
	"WHERE c.due IS NOT NULL ORDER BY c.id",
	3, 4, 5, 7, 8, 9, -1, commitment_event_words
};

/* a meeting read again later in its thread, on the same day (at the same
 * time, or with a time one of them lacks) is the same meeting: the first
 * keeps the event, with the time either gave */
static const struct event_kind meeting_events = {
	"meeting",
	"SELECT g.id, g.quote, g.date, coalesce(g.time, (SELECT g3.time FROM "
	"meetings g3 WHERE g3.thread_id = g.thread_id AND g3.date = g.date AND "
	"g3.time IS NOT NULL ORDER BY g3.id LIMIT 1)), g.state, g.sequence, "
	"g.updated_at, m.date, m.subject, g.with_whom, m.from_name, "
	"g.location, g.date_flag FROM meetings g LEFT JOIN messages m ON "
	"m.id = g.message_id WHERE NOT "
	"EXISTS (SELECT 1 FROM meetings g2 WHERE g2.thread_id = g.thread_id "
	"AND g2.date = g.date AND g2.id < g.id AND (g2.time IS NULL OR g.time "
	"IS NULL OR g2.time = g.time)) ORDER BY g.id",
	1, 2, 3, 5, 6, 7, 11, meeting_event_words
};

/* One row's VEVENT, as text (r->out). */
static void
render_event(struct row *r, const struct event_kind *k, const char *zone,
    time_t now, const char *domain)
{
	icalcomponent *ev = icalcomponent_new_vevent();
	struct buf s = BUF_INIT, d = BUF_INIT;
	icalproperty_status status;
	char uid[96];

	snprintf(uid, sizeof(uid), "%s-%lld@%s", k->name, (long long)r->num[0],
	    domain);
	icalcomponent_add_property(ev, icalproperty_new_uid(uid));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(utc_time(now)));
	buf_printf(&d, "\"%s\"", rcol(r, k->quote));
	letter_line(&d, r, k->letter, k->letter + 1);
	status = k->words(r, &s, &d);
	icalcomponent_add_property(ev, icalproperty_new_summary(buf_str(&s)));
	icalcomponent_add_property(ev, icalproperty_new_description(buf_str(&d)));
	add_when(ev, zone, rcol(r, k->day), rcol(r, k->time));
	if (k->location >= 0 && rcol(r, k->location))
		icalcomponent_add_property(ev,
		    icalproperty_new_location(rcol(r, k->location)));
	if (status != ICAL_STATUS_NONE)
		icalcomponent_add_property(ev, icalproperty_new_status(status));
	icalcomponent_add_property(ev,
	    icalproperty_new_sequence((int)r->num[k->seq]));
	icalcomponent_add_property(ev, icalproperty_new_lastmodified(
	    utc_time((time_t)r->num[k->updated])));
	r->out = icalcomponent_as_ical_string_r(ev);
	icalcomponent_free(ev);
	buf_free(&s);
	buf_free(&d);
}

/* A chunk of rows to render, shared by the threads rendering it: each
 * takes the next row not taken yet. */
struct chunk {
	struct row	*rows;
	size_t		 n;
	size_t		 next;		/* atomic */
	const struct event_kind *k;
	const char	*zone;
	const char	*domain;
	time_t		 now;
};

static void *
render_rows(void *arg)
{
	struct chunk *c = arg;
	size_t j;

	while ((j = __atomic_fetch_add(&c->next, 1, __ATOMIC_RELAXED)) < c->n)
		render_event(&c->rows[j], c->k, c->zone, c->now, c->domain);
	return NULL;
}

/* Render the chunk's rows, with a second thread when it is worth one
 * (rendering is most of the feed's cost, and a first sync's feed is
 * rendered after it: on its own, one core would wait), then write them
 * in order. */
static void
render_chunk(FILE *evs, struct chunk *c)
{
	pthread_t helper;
	int two = 0;

	c->next = 0;
	if (c->n >= ALONE_ROWS)
		two = pthread_create(&helper, NULL, render_rows, c) == 0;
	render_rows(c);
	if (two)
		pthread_join(helper, NULL);
	for (size_t j = 0; j < c->n; j++) {
		fputs(c->rows[j].out, evs);
		row_free(&c->rows[j]);
	}
	c->n = 0;
}

static int
add_events(struct ledger *l, FILE *evs, const struct event_kind *k,
    const char *zone, time_t now, const char *domain)
{
	struct chunk c = { .k = k, .zone = zone, .domain = domain, .now = now };
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(ledger_db(l), k->sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	c.rows = xreallocarray(NULL, CHUNK_ROWS, sizeof(*c.rows));
	while (sqlite3_step(st) == SQLITE_ROW) {
		row_take(&c.rows[c.n++], st);
		if (c.n == CHUNK_ROWS)
			render_chunk(evs, &c);
	}
	render_chunk(evs, &c);
	free(c.rows);
	sqlite3_finalize(st);
	return 0;
}

/* Each step of the ladder taken or drafted: a day in the calendar (a step
 * passed over, with no letter, is not one). */
static int
add_escalations(struct ledger *l, FILE *evs, const char *zone,
    time_t now, const char *domain)
{
	static const char *const names[] = { "Reminder to the school",
	    "Formal letter to the principal", "Letter to the IMC",
	    "EDB complaint drafted for you" };
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT e.id, e.step, e.due_at, "
	    "e.created_at, o.state, o.to_addrs, coalesce((SELECT p.name FROM "
	    "people p WHERE p.id = c.person_id), c.actor), c.quote FROM escalations "
	    "e JOIN commitments c ON c.id = e.commitment_id LEFT JOIN outbox o ON "
	    "o.id = e.outbox_id WHERE e.outbox_id IS NOT NULL ORDER BY e.id",
	    -1, &st, NULL) != SQLITE_OK)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		icalcomponent *ev = icalcomponent_new_vevent();
		struct buf s = BUF_INIT, d = BUF_INIT;
		struct civil c;
		char uid[96], ymd[11];
		int step = sqlite3_column_int(st, 1);
		const char *state = col(st, 4);

		snprintf(uid, sizeof(uid), "escalation-%lld@%s",
		    (long long)sqlite3_column_int64(st, 0), domain);
		icalcomponent_add_property(ev, icalproperty_new_uid(uid));
		icalcomponent_add_property(ev, icalproperty_new_dtstamp(utc_time(now)));
		buf_printf(&s, "%s (%s): %s", names[step & 3], col(st, 6) ?
		    col(st, 6) : "the school", state ? state : "?");
		icalcomponent_add_property(ev, icalproperty_new_summary(buf_str(&s)));
		buf_printf(&d, "\"%s\"\nTo: %s\nState: %s\nApprove with: ptrail "
		    "outbox", col(st, 7), col(st, 5) ? col(st, 5) : "", state ?
		    state : "");
		icalcomponent_add_property(ev, icalproperty_new_description(buf_str(&d)));
		local_civil((time_t)sqlite3_column_int64(st, 2), &c);
		civil_format(&c, ymd);
		add_when(ev, zone, ymd, NULL);
		icalcomponent_add_property(ev, icalproperty_new_status(
		    state && strcmp(state, "cancelled") == 0 ? ICAL_STATUS_CANCELLED :
		    ICAL_STATUS_CONFIRMED));
		icalcomponent_add_property(ev, icalproperty_new_sequence(
		    state && strcmp(state, "draft") ? 1 : 0));
		icalcomponent_add_property(ev, icalproperty_new_lastmodified(
		    utc_time((time_t)sqlite3_column_int64(st, 3))));
		emit(evs, ev);
		buf_free(&s);
		buf_free(&d);
	}
	sqlite3_finalize(st);
	return 0;
}

int
ics_render(struct ledger *l, const struct config *cfg, time_t now, FILE *out)
{
	icalcomponent *cal = icalcomponent_new_vcalendar();
	char *text, *end, domain[40];
	int rc = 0;

	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal,
	    icalproperty_new_prodid("-//ptrail//school follow-ups//EN"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	add_x(cal, "X-WR-CALNAME", cfg->feed_name);
	add_x(cal, "X-WR-TIMEZONE", cfg->zone);
	add_x(cal, "X-PUBLISHED-TTL", "PT1H");
	icalproperty *ri = icalproperty_new_refreshinterval(
	    icaldurationtype_from_int(3600));
	icalproperty_add_parameter(ri, icalparameter_new_value(ICAL_VALUE_DURATION));
	icalcomponent_add_property(cal, ri);
	icalcomponent_add_component(cal, make_vtimezone(cfg->zone, now));
	text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	/* the events go just before the calendar's END line, written as
	 * they are read: a feed of 30,000 events never sits in memory */
	if ((end = strstr(text, "END:VCALENDAR")) == NULL) {
		free(text);
		return -1;
	}
	fwrite(text, 1, (size_t)(end - text), out);
	ledger_uid_domain(l, domain);
	/* libical makes its UTC zone on first use: here, before a second
	 * thread renders events that ask for it */
	(void)icaltimezone_get_utc_timezone();
	if (add_events(l, out, &commitment_events, cfg->zone, now,
	    domain) == -1 ||
	    add_events(l, out, &meeting_events, cfg->zone, now, domain) == -1 ||
	    add_escalations(l, out, cfg->zone, now, domain) == -1)
		rc = -1;
	fputs(end, out);
	free(text);
	if (fflush(out) == EOF || ferror(out))
		rc = -1;
	return rc;
}

/* A temporary file beside path, 0600, its directory made 0700. */
static FILE *
atomic_open(const char *path, char **tmp, struct buf *err)
{
	char *copy = xstrdup(path), *dir = dirname(copy);
	FILE *fp;
	int fd;

	*tmp = xasprintf("%s.tmpXXXXXX", path);
	if (mkdir(dir, 0700) == -1 && errno != EEXIST) {
		buf_printf(err, "cannot create %s: %s", dir, strerror(errno));
		goto fail;
	}
	if ((fd = mkstemp(*tmp)) == -1) {
		buf_printf(err, "cannot create %s: %s", *tmp, strerror(errno));
		goto fail;
	}
	fchmod(fd, 0600);
	if ((fp = fdopen(fd, "w")) == NULL) {
		buf_printf(err, "cannot write %s: %s", *tmp, strerror(errno));
		close(fd);
		unlink(*tmp);
		goto fail;
	}
	free(copy);
	return fp;
fail:
	free(*tmp);
	*tmp = NULL;
	free(copy);
	return NULL;
}

/* Flush, fsync, close, rename over path, fsync the directory; on any
 * failure the temporary file goes and path is left as it was. */
static int
atomic_commit(FILE *fp, char *tmp, const char *path, struct buf *err)
{
	char *copy = xstrdup(path), *dir = dirname(copy);
	int dfd, bad;

	bad = fflush(fp) == EOF || ferror(fp) || fsync(fileno(fp)) == -1;
	if (fclose(fp) == EOF || bad) {
		buf_printf(err, "cannot write %s: %s", tmp, strerror(errno));
		goto fail;
	}
	if (rename(tmp, path) == -1) {
		buf_printf(err, "cannot rename %s to %s: %s", tmp, path,
		    strerror(errno));
		goto fail;
	}
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(tmp);
	free(copy);
	return 0;
fail:
	unlink(tmp);
	free(tmp);
	free(copy);
	return -1;
}

static void
atomic_abort(FILE *fp, char *tmp)
{
	fclose(fp);
	unlink(tmp);
	free(tmp);
}

int
ics_write_feed(struct ledger *l, const struct config *cfg, time_t now,
    const char *path, struct buf *err)
{
	char *tmp;
	FILE *fp = atomic_open(path, &tmp, err);

	if (fp == NULL)
		return -1;
	if (ics_render(l, cfg, now, fp) == -1) {
		buf_printf(err, "cannot render the feed: %s", ledger_errmsg(l));
		atomic_abort(fp, tmp);
		return -1;
	}
	return atomic_commit(fp, tmp, path, err);
}

int
ics_write_file(const char *path, const char *text, size_t len, struct buf *err)
{
	char *tmp;
	FILE *fp = atomic_open(path, &tmp, err);

	if (fp == NULL)
		return -1;
	fwrite(text, 1, len, fp);
	return atomic_commit(fp, tmp, path, err);
}
