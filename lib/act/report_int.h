/*
 * report_int.h — what the dossier's files share; not for use outside
 * lib/act/report*.c. report.c reads the counts and the commitments and
 * builds the document; report_record.c reads the chronological record;
 * report_emit.c renders the document as HTML or Markdown.
 *
 * Ownership: a struct rec's strings belong to it (report_record_free());
 * a struct doc's section strings belong to the doc (report_doc_free()),
 * its labels and legends are static.
 */
#ifndef PTRAIL_REPORT_INT_H
#define PTRAIL_REPORT_INT_H

#include <stdint.h>

#include "act/report.h"
#include "base/buf.h"
#include "base/config.h"
#include "base/timeutil.h"
#include "ledger/ledger.h"

/* One entry of the record: what passed between the family and the
 * school, or the parent's own note; never ptrail's notices to the parent. */
enum rec_kind { REC_RECEIVED, REC_SENT, REC_MEETING, REC_NOTE };

struct rec {
	int64_t	 at;		/* UTC: received, sent, the meeting, noted */
	int64_t	 id;		/* its row, to order a tie */
	enum rec_kind kind;
	char	*day;		/* "Mon 2 Mar 2026", "… 16:00" for a meeting */
	char	*who;		/* from, to, with, or the promise noted on */
	char	*what;		/* subject, the meeting's words, the note */
	char	*label;		/* what it was: reminder, held, done ... */
	char	*msgid;		/* received and sent letters */
	char	*sha;		/* a letter kept whole: its SHA-256 */
	char	*body;		/* a letter sent: its text */
	char	**items;	/* a letter received: what it promised and
				 * deflected, one line each */
	int	 nitems;
};

/* report_words.c: a word of the ledger (a state, a kind, "Commitment")
 * as the dossier shows it: in Chinese when zh (the word itself when it
 * has none), else as it is. */
const char *report_word(int zh, const char *w);
/* A day as the dossier shows it: "Fri 20 Mar 2026", or with zh
 * "2026年3月20日（星期五）". */
#define REPORT_DAY	48
/* Chinese words in this report: --lang zh, but not in the JSON, which
 * keeps the ledger's own words for programs. */
#define REPORT_ZH(o)	((o)->zh && (o)->format != REPORT_JSON)
void	report_day(int zh, const struct civil *c, char out[REPORT_DAY]);

/* The record in date order, within o's period.
 * 0, or -1 on a ledger error. */
int	report_record_load(struct ledger *l, const struct config *cfg,
	    const struct report_opts *o, struct rec **out, int *n);
void	report_record_free(struct rec *v, int n);
/* Does 'at' (UTC) fall on a day of o's period (family's zone)? */
int	report_in_period(const struct report_opts *o, int64_t at);
/* "received", "sent", "meeting", "note": the record's kinds in JSON */
extern const char *const report_rec_kind[4];

/* The section model: a document is a title, a few "label: value" lines
 * and sections, each a table, a list, the record, a paragraph or (HTML
 * only) a drawing. Text between backticks in a paragraph or a value is
 * code. */
struct cell {
	char	*text;
	int	 hot;		/* to be seen first: class="overdue" */
};

struct row {
	const char	*cls;	/* HTML class of the row or item, or NULL */
	struct cell	*c;
	int		 n;
};

enum sec_kind { SEC_TABLE, SEC_LIST, SEC_RECORD, SEC_TEXT, SEC_DRAWING };

struct section {
	const char		*title;
	enum sec_kind		 kind;
	const char *const	*head;		/* SEC_TABLE: column titles */
	int			 ncol;
	struct row		*rows;		/* SEC_TABLE rows, SEC_LIST items */
	int			 nrows;
	const char		*legend;	/* small print under it, or NULL */
	const struct rec	*recs;		/* SEC_RECORD (not owned) */
	int			 nrecs;
	char			*text;		/* SEC_TEXT, SEC_DRAWING (SVG) */
};

#define DOC_META 5

struct doc {
	const char	*lang;			/* "en" | "zh-Hant" */
	const char	*title;
	const char	*meta_label[DOC_META];
	char		*meta_value[DOC_META];
	const char *const *rec_label;		/* per rec_kind, then
						 * "Subject", "As written",
						 * "Note", "Message-ID",
						 * "SHA-256" */
	struct section	*s;
	int		 ns;
};

/* A new section at the end of d, zeroed but for title and kind. */
struct section *report_section(struct doc *d, const char *title,
	    enum sec_kind kind);
/* A new row at the end of s, with n cells (texts taken, not copied). */
struct row *report_row(struct section *s, const char *cls, int n);
void	report_doc_free(struct doc *d);

/* HTML's escape, for the timeline's SVG (report.c). */
void	report_html_esc(struct buf *b, const char *s);

/* The document as HTML (one page, inline CSS, A4) or Markdown. */
void	report_emit(const struct doc *d, int markdown, struct buf *out);

#endif
