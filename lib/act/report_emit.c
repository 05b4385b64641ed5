/*
 * report_emit.c — the dossier's document (report_int.h) as HTML or as
 * Markdown. One renderer walks the sections; what differs between the two
 * formats is a table of strings and three small escapes (struct fmt), so
 * a section exists in both or in neither. The timeline is a drawing: the
 * HTML page has it, the Markdown text does not (its data is the
 * commitments section).
 *
 * Every string from mail or from a person is escaped for the format it
 * goes into: HTML entities, Markdown's punctuation; a letter's text in
 * Markdown is an indented code block, taken literally.
 */
#include <stdlib.h>
#include <string.h>

#include "act/report_int.h"
#include "base/xmalloc.h"

struct fmt {
	void	(*esc)(struct buf *, const char *);	/* text */
	void	(*code)(struct buf *, const char *);	/* inside code */
	void	(*pre)(struct buf *, const char *);	/* a letter's text */
	const char *h1, *h2, *h3, *h3_end;
	const char *table, *head, *th, *th_end, *head_end;
	int	 rule;			/* Markdown's |---| line */
	const char *tr, *tr_cls, *tr_on, *td, *td_hot, *td_end, *tr_end;
	const char *table_end;
	const char *ul, *li, *li_cls, *li_on, *li_end, *ul_end;
	const char *rec, *rec_end, *field, *field_end;
	const char *sub, *sub_li, *sub_li_end, *sub_end;
	const char *code_on, *code_off, *para, *para_end, *small, *small_end;
	const char *doc_end;
};

void
report_html_esc(struct buf *b, const char *s)
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
html_pre(struct buf *b, const char *s)
{
	buf_addstr(b, "<pre>");
	report_html_esc(b, s);
	buf_addstr(b, "</pre>\n");
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

/* inside `...`: no escapes are read, and the text has no backtick */
static void
md_code(struct buf *b, const char *s)
{
	buf_addstr(b, s ? s : "");
}

/* an indented code block: literal, line by line */
static void
md_pre(struct buf *b, const char *s)
{
	buf_addch(b, '\n');
	while (s && *s) {
		size_t n = strcspn(s, "\n");
		buf_addstr(b, "    ");
		buf_add(b, s, n);
		buf_addch(b, '\n');
		s += n + (s[n] == '\n');
	}
	buf_addch(b, '\n');
}

static const struct fmt html = {
	.esc = report_html_esc, .code = report_html_esc, .pre = html_pre,
	.h1 = "<h1>%s</h1>\n", .h2 = "<h2>%s</h2>\n", .h3 = "<h3>",
	.h3_end = "</h3>\n",
	.table = "<table>", .head = "<tr>", .th = "<th>", .th_end = "</th>",
	.head_end = "</tr>\n",
	.tr = "<tr", .tr_cls = " class=\"%s\"", .tr_on = ">", .td = "<td>",
	.td_hot = "<td class=\"overdue\">", .td_end = "</td>",
	.tr_end = "</tr>\n", .table_end = "</table>\n",
	.ul = "<ul>\n", .li = "<li", .li_cls = " class=\"%s\"", .li_on = ">",
	.li_end = "</li>\n", .ul_end = "</ul>\n",
	.rec = "<section class=\"%s\">", .rec_end = "</section>\n",
	.field = "<div>", .field_end = "</div>\n",
	.sub = "<ul>", .sub_li = "<li>", .sub_li_end = "</li>",
	.sub_end = "</ul>\n",
	.code_on = "<code>", .code_off = "</code>", .para = "<p>",
	.para_end = "</p>\n", .small = "<p><small>",
	.small_end = "</small></p>\n", .doc_end = "</body></html>\n",
};

static const struct fmt markdown = {
	.esc = md_esc, .code = md_code, .pre = md_pre,
	.h1 = "# %s\n\n", .h2 = "\n## %s\n\n", .h3 = "### ", .h3_end = "\n\n",
	.table = "", .head = "", .th = "| ", .th_end = " ", .head_end = "|\n",
	.rule = 1,
	.tr = "", .tr_on = "", .td = "| ", .td_hot = "| ", .td_end = " ",
	.tr_end = "|\n", .table_end = "",
	.ul = "", .li = "- ", .li_on = "", .li_end = "\n", .ul_end = "",
	.rec = "", .rec_end = "\n", .field = "- ", .field_end = "\n",
	.sub = "", .sub_li = "  - ", .sub_li_end = "\n", .sub_end = "",
	.code_on = "`", .code_off = "`", .para = "", .para_end = "\n",
	.small = "", .small_end = "\n\n", .doc_end = "",
};

static const char style[] = "@page { size: A4; margin: 18mm 15mm; }\n"
    "body { font: 11pt/1.4 'Noto Sans CJK TC', 'PingFang TC', "
    "'Microsoft JhengHei', sans-serif; color: #111; max-width: 180mm; "
    "margin: auto; }\n"
    "table { border-collapse: collapse; width: 100%; }\n"
    "th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; }\n"
    "section { break-inside: avoid; border-top: 1px solid #ccc; }\n"
    "code { font-size: 8pt; word-break: break-all; }\n"
    "pre { white-space: pre-wrap; font-size: 9pt; }\n"
    ".overdue { color: #c62828; font-weight: bold; }\n";

/* s with its `code` spans */
static void
text(struct buf *b, const struct fmt *f, const char *s)
{
	int code = 0;

	while (s && *s) {
		size_t n = strcspn(s, "`");
		char *piece = xstrndup(s, n);
		(code ? f->code : f->esc)(b, piece);
		free(piece);
		if (s[n] != '`')
			break;
		buf_addstr(b, code ? f->code_off : f->code_on);
		code = !code;
		s += n + 1;
	}
}

/* an element that may carry a class: "<tr class=\"person\">" */
static void
open_cls(struct buf *b, const char *tag, const char *cls_fmt,
    const char *on, const char *cls)
{
	buf_addstr(b, tag);
	if (cls && cls_fmt)
		buf_printf(b, cls_fmt, cls);
	buf_addstr(b, on);
}

static void
table(struct buf *b, const struct fmt *f, const struct section *s)
{
	buf_addstr(b, f->table);
	buf_addstr(b, f->head);
	for (int k = 0; k < s->ncol; k++) {
		buf_addstr(b, f->th);
		f->esc(b, s->head[k]);
		buf_addstr(b, f->th_end);
	}
	buf_addstr(b, f->head_end);
	for (int k = 0; f->rule && k < s->ncol; k++)
		buf_addstr(b, k + 1 < s->ncol ? "|---" : "|---|\n");
	for (int r = 0; r < s->nrows; r++) {
		open_cls(b, f->tr, f->tr_cls, f->tr_on, s->rows[r].cls);
		for (int k = 0; k < s->rows[r].n; k++) {
			buf_addstr(b, s->rows[r].c[k].hot ? f->td_hot : f->td);
			f->esc(b, s->rows[r].c[k].text);
			buf_addstr(b, f->td_end);
		}
		buf_addstr(b, f->tr_end);
	}
	buf_addstr(b, f->table_end);
}

static void
list(struct buf *b, const struct fmt *f, const struct section *s)
{
	buf_addstr(b, f->ul);
	for (int r = 0; r < s->nrows; r++) {
		open_cls(b, f->li, f->li_cls, f->li_on, s->rows[r].cls);
		f->esc(b, s->rows[r].c[0].text);
		buf_addstr(b, f->li_end);
	}
	buf_addstr(b, f->ul_end);
}

enum how { PLAIN, CODE, SPANS };

/* "Label: value", when there is a value: escaped, as code, or with its
 * `code` spans */
static void
field(struct buf *b, const struct fmt *f, const char *label,
    const char *value, enum how how)
{
	if (value == NULL)
		return;
	buf_addstr(b, f->field);
	f->esc(b, label);
	buf_addstr(b, ": ");
	if (how == SPANS)
		text(b, f, value);
	else {
		buf_addstr(b, how == CODE ? f->code_on : "");
		(how == CODE ? f->code : f->esc)(b, value);
		buf_addstr(b, how == CODE ? f->code_off : "");
	}
	buf_addstr(b, f->field_end);
}

static void
entry(struct buf *b, const struct fmt *f, const char *const *L,
    const struct rec *r)
{
	static const char *const cls[] = { "letter", "sent", "meeting",
	    "note" };

	buf_printf(b, f->rec, cls[r->kind]);
	buf_addstr(b, f->h3);
	f->esc(b, r->day);
	buf_addstr(b, " — ");
	f->esc(b, L[r->kind]);
	buf_addch(b, ' ');
	f->esc(b, r->who && *r->who ? r->who : "—");
	if (r->label) {
		buf_addstr(b, " (");
		f->esc(b, r->label);
		buf_addch(b, ')');
	}
	buf_addstr(b, f->h3_end);
	field(b, f, L[r->kind == REC_MEETING ? 5 : r->kind == REC_NOTE ? 6 :
	    4], r->what, PLAIN);
	field(b, f, L[7], r->msgid, PLAIN);
	field(b, f, L[8], r->sha, CODE);
	if (r->nitems)
		buf_addstr(b, f->sub);
	for (int k = 0; k < r->nitems; k++) {
		buf_addstr(b, f->sub_li);
		f->esc(b, r->items[k]);
		buf_addstr(b, f->sub_li_end);
	}
	if (r->nitems)
		buf_addstr(b, f->sub_end);
	if (r->kind == REC_MEETING)
		field(b, f, L[6], r->body, PLAIN);
	else if (r->body)
		f->pre(b, r->body);
	buf_addstr(b, f->rec_end);
}

static void
section(struct buf *b, const struct fmt *f, const struct doc *d,
    const struct section *s)
{
	if (s->kind == SEC_DRAWING && f != &html)
		return;
	buf_printf(b, f->h2, s->title);
	/* what the words mean, before them */
	if (s->legend) {
		buf_addstr(b, f->small);
		f->esc(b, s->legend);
		buf_addstr(b, f->small_end);
	}
	switch (s->kind) {
	case SEC_TABLE:
		table(b, f, s);
		break;
	case SEC_LIST:
		list(b, f, s);
		break;
	case SEC_RECORD:
		for (int k = 0; k < s->nrecs; k++)
			entry(b, f, d->rec_label, &s->recs[k]);
		break;
	case SEC_TEXT:
		buf_addstr(b, f->para);
		text(b, f, s->text);
		buf_addstr(b, f->para_end);
		break;
	case SEC_DRAWING:
		buf_addstr(b, s->text);
		break;
	}
}

void
report_emit(const struct doc *d, int md, struct buf *out)
{
	const struct fmt *f = md ? &markdown : &html;

	if (!md) {
		buf_printf(out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta "
		    "charset=\"utf-8\"><title>", d->lang);
		report_html_esc(out, d->title);
		buf_printf(out, "</title><style>\n%s</style></head><body>\n", style);
	}
	buf_printf(out, f->h1, d->title);
	for (int k = 0; k < DOC_META; k++)
		field(out, f, d->meta_label[k], d->meta_value[k], SPANS);
	for (int k = 0; k < d->ns; k++)
		section(out, f, d, &d->s[k]);
	buf_addstr(out, f->doc_end);
}

struct section *
report_section(struct doc *d, const char *title, enum sec_kind kind)
{
	struct section *s;

	d->s = xreallocarray(d->s, (size_t)d->ns + 1, sizeof(*d->s));
	s = &d->s[d->ns++];
	memset(s, 0, sizeof(*s));
	s->title = title;
	s->kind = kind;
	return s;
}

struct row *
report_row(struct section *s, const char *cls, int n)
{
	struct row *r;

	s->rows = xreallocarray(s->rows, (size_t)s->nrows + 1, sizeof(*s->rows));
	r = &s->rows[s->nrows++];
	r->cls = cls;
	r->n = n;
	r->c = xcalloc((size_t)n, sizeof(*r->c));
	return r;
}

void
report_doc_free(struct doc *d)
{
	for (int k = 0; k < DOC_META; k++)
		free(d->meta_value[k]);
	for (int k = 0; k < d->ns; k++) {
		for (int r = 0; r < d->s[k].nrows; r++) {
			for (int c = 0; c < d->s[k].rows[r].n; c++)
				free(d->s[k].rows[r].c[c].text);
			free(d->s[k].rows[r].c);
		}
		free(d->s[k].rows);
		free(d->s[k].text);
	}
	free(d->s);
}
