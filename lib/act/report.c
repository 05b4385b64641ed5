/*
 * report.c — ptrail report; see report.h.
 *
 * The document (report_int.h's section model, rendered as HTML or
 * Markdown by report_emit.c; JSON holds the same sections as data):
 * a header (child, school, period, generated at, the events chain's head
 * hash as the ledger's fingerprint); a summary by person (made, kept,
 * open, overdue, disputed, withdrawn, median days late); the record by
 * person (people.h's people, never a pronoun: promises made, kept, late,
 * broken, and the deflections in the letters each sent, by kind; the
 * legend says what each word means); a timeline drawn as inline SVG (HTML
 * only), one lane per person, each commitment a bar from the day it was
 * recorded to its due day coloured by outcome, with meetings and mail
 * sent marked; the commitments; the record (report_record.c): what passed
 * between the family and the school, in date order — letters received
 * and sent with their Message-IDs, meetings, the parent's notes; ptrail's
 * own notices to the parent are not part of it; and how to re-check the
 * record.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act/report.h"
#include "act/report_int.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

struct item {
	long long id;
	char	*actor, *quote, *due, *state;
	long	 made_day, due_day, end_day;	/* day numbers; end: when settled */
	int	 overdue, has_due;
	long long message_id;
};

struct lane {
	char	*name;
	int	 made, kept, open, overdue, disputed, withdrawn;
	long	 late[256];
	int	 nlate;
};

static const char *const L_en[] = { "School record", "Child", "School",
	"Period", "Generated", "Ledger fingerprint (head of the events chain)",
	"Summary by person", "Person", "Made", "Kept", "Open", "Overdue",
	"Disputed", "Withdrawn", "Median days late", "Timeline", "The record",
	"Commitments", "Checking this record", "everything",
	"Letters received and sent (by ptrail for the parent, or by the parent), "
	"meetings and the parent's notes, in date order. ptrail's notices to "
	"the parent are not part of it." };
static const char *const L_zh[] = { "學校承諾記錄", "學生", "學校", "期間",
	"產生時間", "記錄指紋（事件鏈的最新雜湊值）", "按負責人統計", "負責人",
	"承諾", "已完成", "未完成", "逾期", "有爭議", "已撤回", "平均逾期日數（中位數）",
	"時間線", "記錄", "承諾", "如何核實本記錄", "全部",
	"按日期排列的來往信件（ptrail 代家長發出或家長自行發出）、會議及家長備註；"
	"ptrail 給家長的通知不包括在內。" };
/* the record's entries (report_int.h: rec_kind, then its fields) */
static const char *const R_en[] = { "Received from", "Sent to",
	"Meeting with", "The parent's note on", "Subject", "As written",
	"Note", "Message-ID", "SHA-256" };
static const char *const R_zh[] = { "來信，寄件人：", "發出，收件人：",
	"會議，與會：", "家長備註，關於：", "主旨", "原文", "備註", "郵件識別碼",
	"雜湊值" };

static long
day_of(time_t t)
{
	struct civil c;
	local_civil(t, &c);
	return civil_days(&c);
}

static long
day_of_ymd(const char *ymd)
{
	struct civil c;
	return civil_parse(ymd, &c) == 0 ? civil_days(&c) : 0;
}

static void
day_text(int zh, long day, char out[REPORT_DAY])
{
	struct civil c;
	days_to_civil(day, &c);
	report_day(zh, &c, out);
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return x < y ? -1 : x > y;
}

/* The element named name of v (n of them, each size bytes, each starting
 * with its char *name), added zeroed when new: the summary's lanes and
 * the record by person alike. */
static void *
named(void *vp, int *n, size_t size, const char *name)
{
	char **v = vp, *e;

	for (int k = 0; k < *n; k++) {
		e = *v + (size_t)k * size;
		if (strcmp(*(char **)(void *)e, name) == 0)
			return e;
	}
	*v = xreallocarray(*v, (size_t)*n + 1, size);
	e = *v + (size_t)(*n)++ * size;
	memset(e, 0, size);
	*(char **)(void *)e = xstrdup(name);
	return e;
}


static int
load_items(struct ledger *l, const struct report_opts *o, long today,
    struct item **out, int *n)
{
	sqlite3_stmt *st;
	int cap = 0;

	*out = NULL;
	*n = 0;
	/* a commitment was made when the letter was written */
	/* the person (people.h), never the pronoun as written: "She" and
	 * "Ms Wong Mei Ling (I)" are rows of one person's lane */
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT c.id, coalesce(p.name, "
	    "p.address, c.actor, '(nobody named)'), c.quote, c.due, c.state, "
	    "coalesce(m.date, c.created_at), c.updated_at, c.answered_at, "
	    "c.message_id FROM commitments c LEFT JOIN messages m ON m.id = "
	    "c.message_id LEFT JOIN people p ON p.id = c.person_id WHERE "
	    "(?1 IS NULL OR instr(lower(coalesce(p.name, c.actor, '')), "
	    "lower(?1)) > 0) ORDER BY 6, c.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (o->who)
		sqlite3_bind_text(st, 1, o->who, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct item it;
		memset(&it, 0, sizeof(it));
		it.id = sqlite3_column_int64(st, 0);
		it.actor = ledger_col_dup(st, 1);
		it.quote = ledger_col_dup(st, 2);
		it.due = ledger_col_dup(st, 3);
		it.state = ledger_col_dup(st, 4);
		it.made_day = day_of((time_t)sqlite3_column_int64(st, 5));
		it.has_due = it.due != NULL;
		it.due_day = it.due ? day_of_ymd(it.due) : it.made_day;
		it.message_id = sqlite3_column_int64(st, 8);
		int settled = strcmp(it.state, "open") && strcmp(it.state, "confirmed");
		it.end_day = settled ? day_of((time_t)sqlite3_column_int64(st, 6)) :
		    today;
		it.overdue = !settled && it.due && sqlite3_column_type(st, 7) ==
		    SQLITE_NULL && it.due_day < today;
		if (!report_in_period(o, sqlite3_column_int64(st, 5))) {
			free(it.actor); free(it.quote); free(it.due); free(it.state);
			continue;
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*out = xreallocarray(*out, (size_t)cap, sizeof(**out));
		}
		(*out)[(*n)++] = it;
	}
	sqlite3_finalize(st);
	return 0;
}

static void
summarise(struct item *v, int n, long today, struct lane **lanes, int *nl)
{
	for (int k = 0; k < n; k++) {
		struct lane *ln = named(lanes, nl, sizeof(**lanes), v[k].actor);
		ln->made++;
		if (!strcmp(v[k].state, "done"))
			ln->kept++;
		else if (!strcmp(v[k].state, "disputed"))
			ln->disputed++;
		else if (!strcmp(v[k].state, "withdrawn"))
			ln->withdrawn++;
		else if (v[k].overdue)
			ln->overdue++;
		else
			ln->open++;
		long late = (v[k].overdue ? today : v[k].end_day) - v[k].due_day;
		if (v[k].has_due && late > 0 && ln->nlate < 256 &&
		    (v[k].overdue || !strcmp(v[k].state, "done")))
			ln->late[ln->nlate++] = late;
	}
}

static double
median(struct lane *ln)
{
	if (ln->nlate == 0)
		return 0;
	qsort(ln->late, (size_t)ln->nlate, sizeof(long), cmp_long);
	return ln->nlate % 2 ? (double)ln->late[ln->nlate / 2] :
	    (ln->late[ln->nlate / 2 - 1] + ln->late[ln->nlate / 2]) / 2.0;
}

static const char *
colour(const struct item *it)
{
	if (!strcmp(it->state, "done")) return "#2e7d32";
	if (!strcmp(it->state, "disputed")) return "#ef6c00";
	if (!strcmp(it->state, "withdrawn")) return "#9e9e9e";
	if (it->overdue) return "#c62828";
	return "#1565c0";
}

static void
svg_timeline(struct buf *b, struct ledger *l, struct item *v, int n,
    struct lane *lanes, int nl, long today, int zh)
{
	long lo = today, hi = today;
	int width = 700, lane_h = 28, left = 150;
	sqlite3_stmt *st;

	for (int k = 0; k < n; k++) {
		if (v[k].made_day < lo) lo = v[k].made_day;
		if (v[k].due_day > hi) hi = v[k].due_day;
	}
	if (hi - lo < 14)
		hi = lo + 14;
	double scale = (double)(width - left - 10) / (double)(hi - lo);
	int h = (nl + 1) * lane_h + 30;
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" class=\"timeline\">\n",
	    width, h, width, h);
	for (int k = 0; k < nl; k++) {
		buf_printf(b, "<text x=\"4\" y=\"%d\" font-size=\"11\">", k * lane_h + 20);
		report_html_esc(b, lanes[k].name);
		buf_addstr(b, "</text>\n");
		buf_printf(b, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" "
		    "stroke=\"#ddd\"/>\n", left, width, k * lane_h + 26, k * lane_h + 26);
	}
	for (int k = 0; k < n; k++) {
		int lane = 0;
		for (int j = 0; j < nl; j++)
			if (!strcmp(lanes[j].name, v[k].actor))
				lane = j;
		double x1 = left + (v[k].made_day - lo) * scale;
		double x2 = left + (v[k].due_day - lo) * scale;
		if (x2 < x1 + 3)
			x2 = x1 + 3;
		buf_printf(b, "<rect class=\"c\" data-id=\"%lld\" x=\"%.1f\" y=\"%d\" "
		    "width=\"%.1f\" height=\"12\" fill=\"%s\"><title>", v[k].id, x1,
		    lane * lane_h + 10, x2 - x1, colour(&v[k]));
		report_html_esc(b, v[k].quote);
		buf_addstr(b, "</title></rect>\n");
	}
	/* meetings and mail sent, on the last lane */
	int y = nl * lane_h + 14;
	buf_printf(b, "<text x=\"4\" y=\"%d\" font-size=\"11\">%s</text>\n",
	    y + 6, zh ? "會議 ◆ / 已發出 ▲" : "meetings ◆ / sent ▲");
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT date, 'm' FROM meetings UNION "
	    "ALL SELECT date(sent_at, 'unixepoch', '+8 hours'), kind FROM outbox WHERE "
	    "state = 'sent' AND kind <> 'notice'", -1, &st, NULL) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(st, 0);
			const char *kind = (const char *)sqlite3_column_text(st, 1);
			long day = d ? day_of_ymd(d) : 0;
			if (day < lo || day > hi)
				continue;
			double x = left + (day - lo) * scale;
			if (kind && !strcmp(kind, "m"))
				buf_printf(b, "<path class=\"m\" d=\"M%.1f %d l5 5 l-5 5 l-5 -5z\" "
				    "fill=\"#6a1b9a\"/>\n", x, y - 4);
			else
				buf_printf(b, "<path class=\"s\" d=\"M%.1f %d l5 9 h-10z\" "
				    "fill=\"#455a64\"/>\n", x, y - 4);
		}
		sqlite3_finalize(st);
	}
	char a[REPORT_DAY], z[REPORT_DAY];
	day_text(zh, lo, a);
	day_text(zh, hi, z);
	buf_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>"
	    "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>\n"
	    "</svg>\n", left, h - 4, a, width - 4, h - 4, z);
}

struct dkind {
	char	*kind;
	int	 n;
};

struct pstat {
	char		*name;
	int		 made, kept, late, broken;
	struct dkind	*defl;
	int		 ndefl;
};

/* the title, the columns, who "nobody" is, the legend */
static const char *const P_en[] = { "Record by person", "Person",
	"Promises made",
	"Kept", "Late", "Broken", "Deflections by kind",
	"(no person on record)",
	"Made: the promises on record as this person's. Kept: marked done. "
	"Late: done after the due day, or past the due day now with no "
	"answer. Broken: disputed, or past the due day and unanswered after "
	"the reminder and the letter to the principal (ladder step 1 or "
	"above) were both sent; a broken promise past its due day counts as "
	"late too. Deflections: in the letters this person sent (the "
	"letter's sender when the ledger knows no person for the address), "
	"by kind." };
static const char *const P_zh[] = { "按人員的記錄", "負責人", "作出的承諾",
	"已完成",
	"延遲", "未履行", "推搪（按類別）", "（記錄中沒有負責人）",
	"作出的承諾：記錄中屬於此人的承諾。已完成：已標示完成。延遲：在限期後才"
	"完成，或現已過了限期而未有回覆。未履行：有爭議，或已過限期、在提醒信"
	"及致校長的信（升級第一步或以上）均已寄出後仍未回覆；已過限期的未履行"
	"承諾亦計入延遲。推搪：此人寄出的信件中的推搪（記錄中沒有該地址的人員"
	"時，按來信者），按類別。" };


static void
pstats_free(struct pstat *v, int n)
{
	for (int k = 0; k < n; k++) {
		for (int j = 0; j < v[k].ndefl; j++)
			free(v[k].defl[j].kind);
		free(v[k].defl);
		free(v[k].name);
	}
	free(v);
}

/* sql, filtered by o->who (bound as ?1) when given; NULL on error. */
static sqlite3_stmt *
who_query(struct ledger *l, const struct report_opts *o, const char *sql)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(ledger_db(l), sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	if (o->who)
		sqlite3_bind_text(st, 1, o->who, -1, SQLITE_STATIC);
	return st;
}

/* One promise of p's (a row of load_people()'s first query). */
static void
count_promise(struct pstat *p, sqlite3_stmt *st, long today)
{
	const char *state = (const char *)sqlite3_column_text(st, 1);
	const char *due = (const char *)sqlite3_column_text(st, 2);
	long due_day = due ? day_of_ymd(due) : 0;
	int open = !strcmp(state, "open") || !strcmp(state, "confirmed");
	int overdue = open && due && sqlite3_column_type(st, 4) ==
	    SQLITE_NULL && due_day < today;
	int step = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(st, 5);

	p->made++;
	if (!strcmp(state, "done")) {
		p->kept++;
		if (due && day_of((time_t)sqlite3_column_int64(st, 3)) > due_day)
			p->late++;
	} else if (overdue)
		p->late++;
	if (!strcmp(state, "disputed") || (overdue && step >= 1))
		p->broken++;
}

/* One deflection of this kind in a letter of p's. */
static void
count_deflection(struct pstat *p, const char *kind)
{
	int j;

	for (j = 0; j < p->ndefl; j++)
		if (strcmp(p->defl[j].kind, kind) == 0)
			break;
	if (j == p->ndefl) {
		p->defl = xreallocarray(p->defl, (size_t)p->ndefl + 1,
		    sizeof(*p->defl));
		p->defl[p->ndefl].kind = xstrdup(kind);
		p->defl[p->ndefl++].n = 0;
	}
	p->defl[j].n++;
}

static int
load_people(struct ledger *l, const struct report_opts *o, long today,
    const char *nobody, struct pstat **out, int *n)
{
	sqlite3_stmt *st;
	const char *name;

	*out = NULL;
	*n = 0;
	/* the person a commitment belongs to, through a merge; the highest
	 * ladder step that was sent about it */
	if ((st = who_query(l, o, "SELECT coalesce(q.name, q.address), "
	    "c.state, c.due, c.updated_at, c.answered_at, (SELECT max(e.step) "
	    "FROM escalations e JOIN outbox x ON x.id = e.outbox_id WHERE "
	    "e.commitment_id = c.id AND x.state = 'sent'), coalesce(m.date, "
	    "c.created_at) FROM commitments c LEFT JOIN messages m ON m.id = "
	    "c.message_id LEFT JOIN people p ON p.id = c.person_id LEFT JOIN "
	    "people q ON q.id = coalesce(p.merged_into, p.id) WHERE (?1 IS NULL "
	    "OR instr(lower(coalesce(q.name, q.address, '')), lower(?1)) > 0) "
	    "ORDER BY c.id")) == NULL)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (report_in_period(o, sqlite3_column_int64(st, 6))) {
			name = (const char *)sqlite3_column_text(st, 0);
			count_promise(named(out, n, sizeof(**out), name ? name :
			    nobody), st, today);
		}
	sqlite3_finalize(st);
	/* deflections: the person whose address sent the letter, else the
	 * letter's sender as written in From */
	if ((st = who_query(l, o, "SELECT who, kind, at FROM (SELECT coalesce("
	    "(SELECT coalesce(q.name, q.address) FROM people p JOIN people q ON "
	    "q.id = coalesce(p.merged_into, p.id) WHERE p.address = "
	    "lower(m.from_addr) ORDER BY p.id LIMIT 1), m.from_name, "
	    "m.from_addr) AS who, d.kind AS kind, coalesce(m.date, d.created_at) "
	    "AS at, d.id AS id FROM deflections d JOIN messages m ON m.id = "
	    "d.message_id) WHERE ?1 IS NULL OR instr(lower(coalesce(who, '')), "
	    "lower(?1)) > 0 ORDER BY id")) == NULL)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (report_in_period(o, sqlite3_column_int64(st, 2))) {
			name = (const char *)sqlite3_column_text(st, 0);
			count_deflection(named(out, n, sizeof(**out), name ? name :
			    nobody), (const char *)sqlite3_column_text(st, 1));
		}
	sqlite3_finalize(st);
	return 0;
}

/* "waiting 2, budget 1", or "—" */
static char *
defl_text(int zh, const struct pstat *p)
{
	struct buf b = BUF_INIT;

	buf_addstr(&b, p->ndefl ? "" : "—");
	for (int j = 0; j < p->ndefl; j++)
		buf_printf(&b, "%s%s %d", j ? (zh ? "，" : ", ") : "",
		    report_word(zh, p->defl[j].kind), p->defl[j].n);
	return buf_detach(&b);
}

/* Everything the dossier is made of, read once. */
struct data {
	struct item	*v;
	int		 n;
	struct lane	*lanes;
	int		 nl;
	struct pstat	*ps;
	int		 np;
	struct rec	*recs;
	int		 nrecs;
	int64_t		 nev;
	int		 chain;		/* 0: the events chain is intact */
	char		 head[65], gen[26];
	long		 today;
	int		 zh;		/* Chinese words (REPORT_ZH) */
};

static void
data_free(struct data *d)
{
	for (int k = 0; k < d->n; k++) {
		free(d->v[k].actor);
		free(d->v[k].quote);
		free(d->v[k].due);
		free(d->v[k].state);
	}
	free(d->v);
	for (int k = 0; k < d->nl; k++)
		free(d->lanes[k].name);
	free(d->lanes);
	pstats_free(d->ps, d->np);
	report_record_free(d->recs, d->nrecs);
}

static int
data_load(struct ledger *l, const struct config *cfg,
    const struct report_opts *o, const char *nobody, time_t now,
    struct data *d)
{
	struct buf why = BUF_INIT;
	int64_t bad;

	memset(d, 0, sizeof(*d));
	d->zh = REPORT_ZH(o);
	d->today = day_of(now);
	d->chain = ledger_verify(l, &bad, d->head, &why);
	buf_free(&why);
	ledger_query_int(l, &d->nev, "SELECT count(*) FROM events", (char *)NULL);
	iso8601_local(now, d->gen);
	if (load_items(l, o, d->today, &d->v, &d->n) == -1 ||
	    load_people(l, o, d->today, nobody, &d->ps, &d->np) == -1 ||
	    report_record_load(l, cfg, o, &d->recs, &d->nrecs) == -1)
		return -1;
	summarise(d->v, d->n, d->today, &d->lanes, &d->nl);
	return 0;
}

static char *
num(long v)
{
	return xasprintf("%ld", v);
}

static void
summary_rows(struct section *s, const struct data *d)
{
	for (int k = 0; k < d->nl; k++) {
		struct lane *ln = &d->lanes[k];
		struct row *r = report_row(s, NULL, 8);
		r->c[0].text = xstrdup(ln->name);
		r->c[1].text = num(ln->made);
		r->c[2].text = num(ln->kept);
		r->c[3].text = num(ln->open);
		r->c[4].text = num(ln->overdue);
		r->c[4].hot = ln->overdue > 0;
		r->c[5].text = num(ln->disputed);
		r->c[6].text = num(ln->withdrawn);
		r->c[7].text = xasprintf("%.1f", median(ln));
	}
}

static void
people_rows(struct section *s, const struct data *d)
{
	for (int k = 0; k < d->np; k++) {
		struct pstat *p = &d->ps[k];
		struct row *r = report_row(s, "person", 6);
		r->c[0].text = xstrdup(p->name);
		r->c[1].text = num(p->made);
		r->c[2].text = num(p->kept);
		r->c[3].text = num(p->late);
		r->c[4].text = num(p->broken);
		r->c[4].hot = p->broken > 0;
		r->c[5].text = defl_text(d->zh, p);
	}
}

static void
commitment_rows(struct section *s, const struct data *d)
{
	for (int k = 0; k < d->n; k++) {
		const struct item *it = &d->v[k];
		char day[REPORT_DAY] = "—";
		if (it->due)
			day_text(d->zh, it->due_day, day);
		report_row(s, it->overdue ? "commitment overdue" : "commitment",
		    1)->c[0].text = xasprintf(d->zh ? "%s — %s：「%s」（%s%s%s）" :
		    "%s — %s: “%s” (%s%s%s)", day, it->actor, it->quote,
		    report_word(d->zh, it->state), it->overdue ? (d->zh ? "，" :
		    ", ") : "", it->overdue ? report_word(d->zh, "overdue") : "");
	}
}

static void
build_doc(struct ledger *l, const struct config *cfg,
    const struct report_opts *o, struct data *d, struct doc *doc)
{
	const char *const *L = o->zh ? L_zh : L_en;
	const char *const *P = o->zh ? P_zh : P_en;
	struct section *s;
	struct buf svg = BUF_INIT;

	memset(doc, 0, sizeof(*doc));
	doc->lang = o->zh ? "zh-Hant" : "en";
	doc->title = L[0];
	doc->rec_label = o->zh ? R_zh : R_en;
	for (int k = 0; k < DOC_META; k++)
		doc->meta_label[k] = L[1 + k];
	doc->meta_value[0] = xstrdup(cfg->child_name ? cfg->child_name : "—");
	doc->meta_value[1] = xstrdup(cfg->school_name ? cfg->school_name : "—");
	doc->meta_value[2] = xasprintf("%s – %s", o->since ? o->since : L[19],
	    o->until ? o->until : d->gen);
	doc->meta_value[3] = xstrdup(d->gen);
	doc->meta_value[4] = d->chain == 0 ? xasprintf("`%s`", d->head) :
	    xstrdup(d->zh ? "事件鏈已斷開 — 請執行 `ptrail verify`" :
	    "CHAIN BROKEN — run `ptrail verify`");
	s = report_section(doc, L[6], SEC_TABLE);
	s->head = L + 7;	/* Person ... Median days late */
	s->ncol = 8;
	summary_rows(s, d);
	s = report_section(doc, P[0], SEC_TABLE);
	s->head = P + 1;	/* Person ... Deflections by kind */
	s->ncol = 6;
	s->legend = P[8];
	people_rows(s, d);
	svg_timeline(&svg, l, d->v, d->n, d->lanes, d->nl, d->today, d->zh);
	report_section(doc, L[15], SEC_DRAWING)->text = buf_detach(&svg);
	commitment_rows(report_section(doc, L[17], SEC_LIST), d);
	s = report_section(doc, L[16], SEC_RECORD);
	s->recs = d->recs;
	s->nrecs = d->nrecs;
	s->legend = L[20];
	report_section(doc, L[18], SEC_TEXT)->text = xasprintf(d->zh ?
	    "共 %lld 項事件。最後一項的 SHA-256 雜湊值是 `%s`。每項事件的雜湊值"
	    "都涵蓋前一項，所以日後任何修改都會令事件鏈由該行起斷開。在記錄上"
	    "執行 `ptrail verify` 可重新核實；它會指出第一個不相符的行。" :
	    "%lld events. The SHA-256 of the last one is `%s`. Each event's "
	    "hash covers the one before it, so any later edit breaks the chain "
	    "from that row on. Run `ptrail verify` on the ledger to re-check; "
	    "it names the first row that does not match.", (long long)d->nev,
	    d->head);
}

static json_object *
jstr(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

/* Each element of an array: 'add' fills one object from element k. */
static json_object *
jarray(const void *v, int n, void (*add)(json_object *, const void *, int))
{
	json_object *arr = json_object_new_array();
	for (int k = 0; k < n; k++) {
		json_object *o = json_object_new_object();
		add(o, v, k);
		json_object_array_add(arr, o);
	}
	return arr;
}

static void
j_commitment(json_object *c, const void *v, int k)
{
	const struct item *it = (const struct item *)v + k;
	json_object_object_add(c, "id", json_object_new_int64(it->id));
	json_object_object_add(c, "actor", jstr(it->actor));
	json_object_object_add(c, "quote", jstr(it->quote));
	json_object_object_add(c, "due", jstr(it->due));
	json_object_object_add(c, "state", jstr(it->state));
	json_object_object_add(c, "overdue", json_object_new_boolean(it->overdue));
}

static void
j_lane(json_object *o, const void *v, int k)
{
	struct lane *ln = (struct lane *)v + k;
	const int n[] = { ln->made, ln->kept, ln->open, ln->overdue,
	    ln->disputed, ln->withdrawn };
	static const char *const key[] = { "made", "kept", "open", "overdue",
	    "disputed", "withdrawn" };
	json_object_object_add(o, "person", jstr(ln->name));
	for (int j = 0; j < 6; j++)
		json_object_object_add(o, key[j], json_object_new_int(n[j]));
	json_object_object_add(o, "median_days_late",
	    json_object_new_double(median(ln)));
}

static void
j_person(json_object *p, const void *v, int k)
{
	const struct pstat *ps = (const struct pstat *)v + k;
	json_object *d = json_object_new_object();
	json_object_object_add(p, "name", jstr(ps->name));
	json_object_object_add(p, "made", json_object_new_int(ps->made));
	json_object_object_add(p, "kept", json_object_new_int(ps->kept));
	json_object_object_add(p, "late", json_object_new_int(ps->late));
	json_object_object_add(p, "broken", json_object_new_int(ps->broken));
	for (int j = 0; j < ps->ndefl; j++)
		json_object_object_add(d, ps->defl[j].kind,
		    json_object_new_int(ps->defl[j].n));
	json_object_object_add(p, "deflections", d);
}

static void
j_rec(json_object *o, const void *v, int k)
{
	const struct rec *r = (const struct rec *)v + k;
	char at[26];
	json_object *items = json_object_new_array();

	iso8601_local((time_t)r->at, at);
	json_object_object_add(o, "at", json_object_new_string(at));
	json_object_object_add(o, "day", jstr(r->day));
	json_object_object_add(o, "direction",
	    jstr(report_rec_kind[r->kind]));
	json_object_object_add(o, "who", jstr(r->who));
	json_object_object_add(o, "what", jstr(r->what));
	json_object_object_add(o, "label", jstr(r->label));
	json_object_object_add(o, "message_id", jstr(r->msgid));
	json_object_object_add(o, "sha256", jstr(r->sha));
	json_object_object_add(o, "body", jstr(r->body));
	for (int j = 0; j < r->nitems; j++)
		json_object_array_add(items, jstr(r->items[j]));
	json_object_object_add(o, "items", items);
}

static void
json_render(const struct config *cfg, const struct report_opts *o,
    const struct data *d, struct buf *out)
{
	const char *const *P = o->zh ? P_zh : P_en;
	json_object *root = json_object_new_object();

	json_object_object_add(root, "child", jstr(cfg->child_name));
	json_object_object_add(root, "school", jstr(cfg->school_name));
	json_object_object_add(root, "since", jstr(o->since));
	json_object_object_add(root, "until", jstr(o->until));
	json_object_object_add(root, "generated_at", jstr(d->gen));
	json_object_object_add(root, "chain_head", d->chain == 0 ?
	    jstr(d->head) : NULL);
	json_object_object_add(root, "chain_intact",
	    json_object_new_boolean(d->chain == 0));
	json_object_object_add(root, "events", json_object_new_int64(d->nev));
	json_object_object_add(root, "summary", jarray(d->lanes, d->nl, j_lane));
	json_object_object_add(root, "people", jarray(d->ps, d->np, j_person));
	json_object_object_add(root, "people_legend", jstr(P[8]));
	json_object_object_add(root, "commitments", jarray(d->v, d->n,
	    j_commitment));
	json_object_object_add(root, "record", jarray(d->recs, d->nrecs,
	    j_rec));
	buf_addstr(out, json_object_to_json_string_ext(root,
	    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
	buf_addch(out, '\n');
	json_object_put(root);
}

int
report_render(struct ledger *l, const struct config *cfg,
    const struct report_opts *o, time_t now, struct buf *out)
{
	struct data d;
	struct doc doc;

	if (data_load(l, cfg, o, (o->zh ? P_zh : P_en)[7], now, &d) == -1) {
		data_free(&d);
		return -1;
	}
	if (o->format == REPORT_JSON) {
		json_render(cfg, o, &d, out);
	} else {
		build_doc(l, cfg, o, &d, &doc);
		report_emit(&doc, o->format == REPORT_MD, out);
		report_doc_free(&doc);
	}
	data_free(&d);
	return 0;
}
