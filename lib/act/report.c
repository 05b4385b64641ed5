/*
 * report.c — ptrail report; see report.h.
 *
 * Sections: a header (child, school, period, generated at, the events
 * chain's head hash as the ledger's fingerprint); a summary by person
 * (made, kept, open, overdue, disputed, withdrawn, median days late); the
 * record by person (people.h's people, never a pronoun: promises made,
 * kept, late, broken, and the deflections in the letters each sent, by
 * kind; the legend says what each word means); a
 * timeline drawn as inline SVG, one lane per person, each commitment a bar
 * from the day it was recorded to its due day coloured by outcome, with
 * meetings and mail sent marked; the chronological record (every letter
 * with its Message-ID and SHA-256 and what it promised or deflected, every
 * message sent to the school on the parent's behalf; ptrail's own
 * notices to the parent are not part of it); and how to re-check the record.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act/report.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

struct item {
	long long id;
	char	*actor, *quote, *due, *state;
	long	 made_day, due_day, end_day;	/* day numbers; end: when settled */
	int	 overdue, has_due;
	int	 summary;	/* source: the parent's own summary */
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
	"Letter from", "Subject", "Commitments", "Deflections", "Sent on the "
	"parent's behalf", "To", "Checking this record", "everything",
	"from the parent's own summary" };
static const char *const L_zh[] = { "學校承諾記錄", "學生", "學校", "期間",
	"產生時間", "記錄指紋（事件鏈的最新雜湊值）", "按負責人統計", "負責人",
	"承諾", "已完成", "未完成", "逾期", "有爭議", "已撤回", "平均逾期日數（中位數）",
	"時間線", "記錄", "來信：", "主旨", "承諾", "推搪", "代家長發出的郵件", "收件人",
	"如何核實本記錄", "全部", "據家長自己的摘要" };

static void
esc(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': buf_addstr(b, "&lt;"); break;
		case '>': buf_addstr(b, "&gt;"); break;
		case '&': buf_addstr(b, "&amp;"); break;
		case '"': buf_addstr(b, "&quot;"); break;
		case '\'': buf_addstr(b, "&#39;"); break;
		default: buf_addch(b, *s);
		}
	}
}

static void
md_esc(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (strchr("\\`*_[]<>|#", *s))
			buf_addch(b, '\\');
		buf_addch(b, *s == '\n' ? ' ' : *s);
	}
}

static long
day_of(time_t t)
{
	struct civil c;
	local_civil(t, &c);
	return civil_to_days(c.y, c.m, c.d);
}

static long
day_of_ymd(const char *ymd)
{
	struct civil c;
	return civil_parse(ymd, &c) == 0 ? civil_to_days(c.y, c.m, c.d) : 0;
}

static void
day_text(long day, char out[16])
{
	struct civil c;
	days_to_civil(day, &c);
	civil_human(&c, out);
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return x < y ? -1 : x > y;
}

static struct lane *
lane_for(struct lane **lanes, int *n, const char *name)
{
	for (int k = 0; k < *n; k++)
		if (strcmp((*lanes)[k].name, name) == 0)
			return &(*lanes)[k];
	*lanes = xreallocarray(*lanes, (size_t)*n + 1, sizeof(**lanes));
	struct lane *l = &(*lanes)[(*n)++];
	memset(l, 0, sizeof(*l));
	l->name = xstrdup(name);
	return l;
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
	    "c.message_id, c.source = 'parent-summary' FROM commitments c "
	    "LEFT JOIN messages m ON m.id = "
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
		it.summary = sqlite3_column_int(st, 9);
		int settled = strcmp(it.state, "open") && strcmp(it.state, "confirmed");
		it.end_day = settled ? day_of((time_t)sqlite3_column_int64(st, 6)) :
		    today;
		it.overdue = !settled && it.due && sqlite3_column_type(st, 7) ==
		    SQLITE_NULL && it.due_day < today;
		if ((o->since && it.made_day < day_of_ymd(o->since)) ||
		    (o->until && it.made_day > day_of_ymd(o->until))) {
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
		struct lane *ln = lane_for(lanes, nl, v[k].actor);
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
    struct lane *lanes, int nl, long today)
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
		esc(b, lanes[k].name);
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
		esc(b, v[k].quote);
		buf_addstr(b, "</title></rect>\n");
	}
	/* meetings and mail sent, on the last lane */
	int y = nl * lane_h + 14;
	buf_printf(b, "<text x=\"4\" y=\"%d\" font-size=\"11\">meetings ◆ / sent ▲"
	    "</text>\n", y + 6);
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
	char a[16], z[16];
	day_text(lo, a);
	day_text(hi, z);
	buf_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>"
	    "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>\n"
	    "</svg>\n", left, h - 4, a, width - 4, h - 4, z);
}

static void
letters_html(struct buf *b, struct ledger *l, const char *const *L,
    const struct report_opts *o)
{
	sqlite3_stmt *st, *ci;
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT id, date, from_name, "
	    "from_addr, subject, message_id, sha256, direction FROM messages "
	    "WHERE (?1 IS NULL OR date >= strftime('%s', ?1) - 28800) AND "
	    "(?2 IS NULL OR date < strftime('%s', ?2) + 57600) ORDER BY date, id",
	    -1, &st, NULL) != SQLITE_OK)
		return;
	if (o->since)
		sqlite3_bind_text(st, 1, o->since, -1, SQLITE_STATIC);
	if (o->until)
		sqlite3_bind_text(st, 2, o->until, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char day[16] = "";
		if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			day_text(day_of((time_t)sqlite3_column_int64(st, 1)), day);
		buf_printf(b, "<section class=\"letter\"><h3>%s — %s ", day, L[17]);
		esc(b, (const char *)sqlite3_column_text(st, 2));
		buf_addstr(b, " &lt;");
		esc(b, (const char *)sqlite3_column_text(st, 3));
		buf_printf(b, "&gt;</h3><p>%s: ", L[18]);
		esc(b, (const char *)sqlite3_column_text(st, 4));
		buf_addstr(b, "<br><small>Message-ID: ");
		esc(b, (const char *)sqlite3_column_text(st, 5));
		buf_addstr(b, "<br>SHA-256: <code>");
		esc(b, (const char *)sqlite3_column_text(st, 6));
		buf_addstr(b, "</code></small></p>\n");
		for (int kind = 0; kind < 2; kind++) {
			if (sqlite3_prepare_v2(ledger_db(l), kind == 0 ?
			    "SELECT quote, coalesce(due, ''), state, source = "
			    "'parent-summary' FROM commitments WHERE "
			    "message_id = ? ORDER BY id" :
			    "SELECT quote, kind, '', 0 FROM deflections WHERE "
			    "message_id = ? ORDER BY id", -1, &ci, NULL) != SQLITE_OK)
				continue;
			sqlite3_bind_int64(ci, 1, sqlite3_column_int64(st, 0));
			int any = 0;
			while (sqlite3_step(ci) == SQLITE_ROW) {
				if (!any++)
					buf_printf(b, "<p><b>%s</b></p><ul>", L[19 + kind]);
				buf_addstr(b, "<li><q>");
				esc(b, (const char *)sqlite3_column_text(ci, 0));
				buf_addstr(b, "</q> — ");
				esc(b, (const char *)sqlite3_column_text(ci, 1));
				buf_addstr(b, " ");
				esc(b, (const char *)sqlite3_column_text(ci, 2));
				if (sqlite3_column_int(ci, 3))
					buf_printf(b, " (%s)", L[25]);
				buf_addstr(b, "</li>");
			}
			if (any)
				buf_addstr(b, "</ul>\n");
			sqlite3_finalize(ci);
		}
		buf_addstr(b, "</section>\n");
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT sent_at, to_addrs, subject, "
	    "body, msgid, kind FROM outbox WHERE state = 'sent' AND kind <> "
	    "'notice' ORDER BY sent_at",
	    -1, &st, NULL) != SQLITE_OK)
		return;
	buf_printf(b, "<h3>%s</h3>\n", L[21]);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char day[16];
		day_text(day_of((time_t)sqlite3_column_int64(st, 0)), day);
		buf_printf(b, "<section class=\"sent\"><p>%s — %s: ", day, L[22]);
		esc(b, (const char *)sqlite3_column_text(st, 1));
		buf_addstr(b, " — ");
		esc(b, (const char *)sqlite3_column_text(st, 2));
		buf_addstr(b, " (");
		esc(b, (const char *)sqlite3_column_text(st, 5));
		buf_addstr(b, ")<br><small>Message-ID: ");
		esc(b, (const char *)sqlite3_column_text(st, 4));
		buf_addstr(b, "</small></p><pre>");
		esc(b, (const char *)sqlite3_column_text(st, 3));
		buf_addstr(b, "</pre></section>\n");
	}
	sqlite3_finalize(st);
}

/* The record by person: what an EDB Regional Education Office or the EOC
 * looks for is a pattern, person by person. */
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

static const char *const P_en[] = { "Record by person", "Promises made",
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
static const char *const P_zh[] = { "按人員的記錄", "作出的承諾", "已完成",
	"延遲", "未履行", "推搪（按類別）", "（記錄中沒有負責人）",
	"作出的承諾：記錄中屬於此人的承諾。已完成：已標示完成。延遲：在限期後才"
	"完成，或現已過了限期而未有回覆。未履行：有爭議，或已過限期、在提醒信"
	"及致校長的信（升級第一步或以上）均已寄出後仍未回覆；已過限期的未履行"
	"承諾亦計入延遲。推搪：此人寄出的信件中的推搪（記錄中沒有該地址的人員"
	"時，按來信者），按類別。" };

static struct pstat *
pstat_for(struct pstat **v, int *n, const char *name)
{
	for (int k = 0; k < *n; k++)
		if (strcmp((*v)[k].name, name) == 0)
			return &(*v)[k];
	*v = xreallocarray(*v, (size_t)*n + 1, sizeof(**v));
	struct pstat *p = &(*v)[(*n)++];
	memset(p, 0, sizeof(*p));
	p->name = xstrdup(name);
	return p;
}

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

static int
in_period(const struct report_opts *o, long day)
{
	return !((o->since && day < day_of_ymd(o->since)) ||
	    (o->until && day > day_of_ymd(o->until)));
}

static int
load_people(struct ledger *l, const struct report_opts *o, long today,
    const char *nobody, struct pstat **out, int *n)
{
	sqlite3_stmt *st;

	*out = NULL;
	*n = 0;
	/* the person a commitment belongs to, through a merge; the highest
	 * ladder step that was sent about it */
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT coalesce(q.name, "
	    "q.address), c.state, c.due, c.updated_at, c.answered_at, (SELECT "
	    "max(e.step) FROM escalations e JOIN outbox x ON x.id = e.outbox_id "
	    "WHERE e.commitment_id = c.id AND x.state = 'sent'), "
	    "coalesce(m.date, c.created_at) FROM commitments c LEFT JOIN "
	    "messages m ON m.id = c.message_id LEFT JOIN people p ON p.id = "
	    "c.person_id LEFT JOIN people q ON q.id = coalesce(p.merged_into, "
	    "p.id) WHERE (?1 IS NULL OR instr(lower(coalesce(q.name, q.address, "
	    "'')), lower(?1)) > 0) ORDER BY c.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (o->who)
		sqlite3_bind_text(st, 1, o->who, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *state = (const char *)sqlite3_column_text(st, 1);
		const char *due = (const char *)sqlite3_column_text(st, 2);
		long due_day = due ? day_of_ymd(due) : 0;
		int open = !strcmp(state, "open") || !strcmp(state, "confirmed");
		int overdue = open && due && sqlite3_column_type(st, 4) ==
		    SQLITE_NULL && due_day < today;
		int step = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 :
		    sqlite3_column_int(st, 5);

		if (!in_period(o, day_of((time_t)sqlite3_column_int64(st, 6))))
			continue;
		struct pstat *p = pstat_for(out, n, name ? name : nobody);
		p->made++;
		if (!strcmp(state, "done")) {
			p->kept++;
			if (due && day_of((time_t)sqlite3_column_int64(st, 3)) >
			    due_day)
				p->late++;
		} else if (overdue)
			p->late++;
		if (!strcmp(state, "disputed") || (overdue && step >= 1))
			p->broken++;
	}
	sqlite3_finalize(st);
	/* deflections: the person whose address sent the letter, else the
	 * letter's sender as written in From */
	if (sqlite3_prepare_v2(ledger_db(l), "SELECT who, kind, at FROM "
	    "(SELECT coalesce((SELECT coalesce(q.name, q.address) FROM people p "
	    "JOIN people q ON q.id = coalesce(p.merged_into, p.id) WHERE "
	    "p.address = lower(m.from_addr) ORDER BY p.id LIMIT 1), m.from_name, "
	    "m.from_addr) AS who, d.kind AS kind, coalesce(m.date, d.created_at) "
	    "AS at, d.id AS id FROM deflections d JOIN messages m ON m.id = "
	    "d.message_id) WHERE ?1 IS NULL OR instr(lower(coalesce(who, '')), "
	    "lower(?1)) > 0 ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (o->who)
		sqlite3_bind_text(st, 1, o->who, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *kind = (const char *)sqlite3_column_text(st, 1);
		struct pstat *p;
		int j;

		if (!in_period(o, day_of((time_t)sqlite3_column_int64(st, 2))))
			continue;
		if (name == NULL)
			name = nobody;
		p = pstat_for(out, n, name);
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
	sqlite3_finalize(st);
	return 0;
}

/* "waiting 2, budget 1", or "—" */
static void
defl_text(struct buf *b, const struct pstat *p, int md)
{
	if (p->ndefl == 0)
		buf_addstr(b, "—");
	for (int j = 0; j < p->ndefl; j++) {
		if (j)
			buf_addstr(b, ", ");
		if (md)
			md_esc(b, p->defl[j].kind);
		else
			esc(b, p->defl[j].kind);
		buf_printf(b, " %d", p->defl[j].n);
	}
}

int
report_render(struct ledger *l, const struct config *cfg,
    const struct report_opts *o, time_t now, struct buf *out)
{
	const char *const *L = o->zh ? L_zh : L_en;
	const char *const *P = o->zh ? P_zh : P_en;
	struct pstat *ps = NULL;
	int np = 0;
	struct item *v;
	struct lane *lanes = NULL;
	int n, nl = 0;
	long today = day_of(now);
	char head[65] = "", gen[26];
	int64_t bad, nev = 0;
	struct buf why = BUF_INIT;
	int chain = ledger_verify(l, &bad, head, &why);

	ledger_query_int(l, &nev, "SELECT count(*) FROM events", (char *)NULL);
	if (load_items(l, o, today, &v, &n) == -1)
		return -1;
	summarise(v, n, today, &lanes, &nl);
	if (load_people(l, o, today, P[6], &ps, &np) == -1) {
		for (int k = 0; k < n; k++) {
			free(v[k].actor); free(v[k].quote); free(v[k].due);
			free(v[k].state);
		}
		free(v);
		for (int k = 0; k < nl; k++)
			free(lanes[k].name);
		free(lanes);
		pstats_free(ps, np);
		buf_free(&why);
		return -1;
	}
	iso8601_local(now, gen);

	if (o->format == REPORT_JSON) {
		json_object *root = json_object_new_object(), *arr = json_object_new_array();
		json_object_object_add(root, "child", cfg->child_name ?
		    json_object_new_string(cfg->child_name) : NULL);
		json_object_object_add(root, "school", cfg->school_name ?
		    json_object_new_string(cfg->school_name) : NULL);
		json_object_object_add(root, "generated_at", json_object_new_string(gen));
		json_object_object_add(root, "chain_head", chain == 0 ?
		    json_object_new_string(head) : NULL);
		json_object_object_add(root, "chain_intact", json_object_new_boolean(chain == 0));
		for (int k = 0; k < n; k++) {
			json_object *c = json_object_new_object();
			json_object_object_add(c, "id", json_object_new_int64(v[k].id));
			json_object_object_add(c, "actor", json_object_new_string(v[k].actor));
			json_object_object_add(c, "quote", json_object_new_string(v[k].quote));
			json_object_object_add(c, "due", v[k].due ?
			    json_object_new_string(v[k].due) : NULL);
			json_object_object_add(c, "state", json_object_new_string(v[k].state));
			json_object_object_add(c, "overdue", json_object_new_boolean(v[k].overdue));
			json_object_array_add(arr, c);
		}
		json_object_object_add(root, "commitments", arr);
		arr = json_object_new_array();
		for (int k = 0; k < np; k++) {
			json_object *p = json_object_new_object(),
			    *d = json_object_new_object();
			json_object_object_add(p, "name", json_object_new_string(ps[k].name));
			json_object_object_add(p, "made", json_object_new_int(ps[k].made));
			json_object_object_add(p, "kept", json_object_new_int(ps[k].kept));
			json_object_object_add(p, "late", json_object_new_int(ps[k].late));
			json_object_object_add(p, "broken", json_object_new_int(ps[k].broken));
			for (int j = 0; j < ps[k].ndefl; j++)
				json_object_object_add(d, ps[k].defl[j].kind,
				    json_object_new_int(ps[k].defl[j].n));
			json_object_object_add(p, "deflections", d);
			json_object_array_add(arr, p);
		}
		json_object_object_add(root, "people", arr);
		json_object_object_add(root, "people_legend",
		    json_object_new_string(P[7]));
		buf_addstr(out, json_object_to_json_string_ext(root,
		    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
		buf_addch(out, '\n');
		json_object_put(root);
	} else if (o->format == REPORT_MD) {
		buf_printf(out, "# %s\n\n- %s: ", L[0], L[1]);
		md_esc(out, cfg->child_name);
		buf_printf(out, "\n- %s: ", L[2]);
		md_esc(out, cfg->school_name);
		buf_printf(out, "\n- %s: %s\n- %s: `%s`\n\n## %s\n\n| %s | %s | %s | "
		    "%s | %s | %s | %s |\n|---|---|---|---|---|---|---|\n", L[4], gen,
		    L[5], head, L[6], L[7], L[8], L[9], L[10], L[11], L[12], L[14]);
		for (int k = 0; k < nl; k++) {
			buf_addstr(out, "| ");
			md_esc(out, lanes[k].name);
			buf_printf(out, " | %d | %d | %d | %d | %d | %.1f |\n",
			    lanes[k].made, lanes[k].kept, lanes[k].open,
			    lanes[k].overdue, lanes[k].disputed, median(&lanes[k]));
		}
		buf_printf(out, "\n## %s\n\n| %s | %s | %s | %s | %s | %s |\n"
		    "|---|---|---|---|---|---|\n", P[0], L[7], P[1], P[2], P[3],
		    P[4], P[5]);
		for (int k = 0; k < np; k++) {
			buf_addstr(out, "| ");
			md_esc(out, ps[k].name);
			buf_printf(out, " | %d | %d | %d | %d | ", ps[k].made,
			    ps[k].kept, ps[k].late, ps[k].broken);
			defl_text(out, &ps[k], 1);
			buf_addstr(out, " |\n");
		}
		buf_printf(out, "\n%s\n", P[7]);
		buf_printf(out, "\n## %s\n\n", L[19]);
		for (int k = 0; k < n; k++) {
			buf_printf(out, "- %s — ", v[k].due ? v[k].due : "—");
			md_esc(out, v[k].actor);
			buf_addstr(out, ": ");
			md_esc(out, v[k].quote);
			buf_printf(out, " (%s%s%s%s)\n", v[k].state, v[k].overdue ?
			    ", overdue" : "", v[k].summary ? ", " : "",
			    v[k].summary ? L[25] : "");
		}
		buf_printf(out, "\n## %s\n\n`ptrail verify` — %lld events, head `%s`\n",
		    L[23], (long long)nev, head);
	} else {
		buf_printf(out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta "
		    "charset=\"utf-8\"><title>%s</title><style>\n"
		    "@page { size: A4; margin: 18mm 15mm; }\n"
		    "body { font: 11pt/1.4 'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif; color: #111; max-width: 180mm; margin: auto; }\n"
		    "table { border-collapse: collapse; width: 100%%; }\n"
		    "th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; }\n"
		    "section { break-inside: avoid; border-top: 1px solid #ccc; }\n"
		    "code { font-size: 8pt; word-break: break-all; }\n"
		    "pre { white-space: pre-wrap; font-size: 9pt; }\n"
		    ".overdue { color: #c62828; font-weight: bold; }\n"
		    "</style></head><body>\n<h1>%s</h1>\n<p>", o->zh ? "zh-Hant" : "en",
		    L[0], L[0]);
		buf_printf(out, "%s: ", L[1]);
		esc(out, cfg->child_name ? cfg->child_name : "—");
		buf_printf(out, "<br>%s: ", L[2]);
		esc(out, cfg->school_name ? cfg->school_name : "—");
		buf_printf(out, "<br>%s: ", L[3]);
		esc(out, o->since ? o->since : L[24]);
		buf_addstr(out, " – ");
		esc(out, o->until ? o->until : gen);
		buf_printf(out, "<br>%s: %s<br>%s: <code>%s</code></p>\n", L[4], gen,
		    L[5], chain == 0 ? head : "CHAIN BROKEN — run ptrail verify");
		buf_printf(out, "<h2>%s</h2>\n<table><tr><th>%s</th><th>%s</th>"
		    "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s"
		    "</th></tr>\n", L[6], L[7], L[8], L[9], L[10], L[11], L[12], L[13],
		    L[14]);
		for (int k = 0; k < nl; k++) {
			buf_addstr(out, "<tr><td>");
			esc(out, lanes[k].name);
			buf_printf(out, "</td><td>%d</td><td>%d</td><td>%d</td><td%s>%d"
			    "</td><td>%d</td><td>%d</td><td>%.1f</td></tr>\n",
			    lanes[k].made, lanes[k].kept, lanes[k].open,
			    lanes[k].overdue ? " class=\"overdue\"" : "", lanes[k].overdue,
			    lanes[k].disputed, lanes[k].withdrawn, median(&lanes[k]));
		}
		buf_printf(out, "</table>\n<h2>%s</h2>\n<table><tr><th>%s</th>"
		    "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
		    P[0], L[7], P[1], P[2], P[3], P[4], P[5]);
		for (int k = 0; k < np; k++) {
			buf_addstr(out, "<tr class=\"person\"><td>");
			esc(out, ps[k].name);
			buf_printf(out, "</td><td>%d</td><td>%d</td><td>%d</td><td%s>"
			    "%d</td><td>", ps[k].made, ps[k].kept, ps[k].late,
			    ps[k].broken ? " class=\"overdue\"" : "", ps[k].broken);
			defl_text(out, &ps[k], 0);
			buf_addstr(out, "</td></tr>\n");
		}
		buf_printf(out, "</table>\n<p><small>%s</small></p>\n", P[7]);
		buf_printf(out, "<h2>%s</h2>\n", L[15]);
		svg_timeline(out, l, v, n, lanes, nl, today);
		buf_printf(out, "<h2>%s</h2>\n<ul>\n", L[19]);
		for (int k = 0; k < n; k++) {
			char d[16] = "—";
			if (v[k].due)
				day_text(v[k].due_day, d);
			buf_printf(out, "<li class=\"commitment%s\">%s — ", v[k].overdue ?
			    " overdue" : "", d);
			esc(out, v[k].actor);
			buf_addstr(out, ": <q>");
			esc(out, v[k].quote);
			buf_printf(out, "</q> (%s%s)</li>\n", v[k].state, v[k].overdue ?
			    ", overdue" : "");
		}
		buf_printf(out, "</ul>\n<h2>%s</h2>\n", L[16]);
		letters_html(out, l, L, o);
		buf_printf(out, "<h2>%s</h2>\n<p>%lld events. The SHA-256 of the last "
		    "one is <code>%s</code>. Each event's hash covers the one before "
		    "it, so any later edit breaks the chain from that row on. Run "
		    "<code>ptrail verify</code> on the ledger to re-check; it names "
		    "the first row that does not match.</p>\n</body></html>\n",
		    L[23], (long long)nev, head);
	}
	for (int k = 0; k < n; k++) {
		free(v[k].actor); free(v[k].quote); free(v[k].due); free(v[k].state);
	}
	free(v);
	for (int k = 0; k < nl; k++)
		free(lanes[k].name);
	free(lanes);
	pstats_free(ps, np);
	buf_free(&why);
	return 0;
}
