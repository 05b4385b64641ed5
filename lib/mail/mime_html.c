/*
 * mime_html.c — the visible text of an HTML letter, with libxml2's HTML
 * parser (not regular expressions: schools' mail clients write every kind
 * of tag soup, and libxml2 recovers from all of it).
 *
 * Block elements and <br> break lines, a table row becomes one line with
 * its cells joined by " | " (the action | person | deadline tables of an
 * SST minute), list items become lines, runs of white space collapse as a
 * browser shows them. <script>, <style>, <head> and <blockquote> (a quoted
 * earlier message) are not visible letter text and are dropped, as is
 * Gmail's and Outlook's quoted-reply container.
 *
 * Depth: a letter may nest elements 100,000 deep (tag soup, or on
 * purpose). libxml2 stops at 256 without XML_PARSE_HUGE and the rest of
 * the letter would silently be lost, so the parser is told XML_PARSE_HUGE (the
 * message is already capped at MIME_MAX_MESSAGE), and below WALK_DEPTH
 * the tree is walked without recursion (walk_flat()): its text is read,
 * only the table layout is not kept.
 */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "mail/mime_int.h"
#include "base/xmalloc.h"

#define WALK_DEPTH	200	/* recursive walk; deeper: walk_flat() */

struct render {
	struct buf	 out;
	int		 pending_space;	/* collapse white space runs */
	int		 cells_in_row;
	int		 in_cell;	/* inside a td/th: one line per row */
};

static int
name_is(const xmlNode *n, const char *name)
{
	return n->name && strcasecmp((const char *)n->name, name) == 0;
}

static int
is_block(const xmlNode *n)
{
	static const char *const blocks[] = { "p", "div", "li", "ul", "ol",
	    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section",
	    "article", "header", "footer", "pre", "address", "dd", "dt", "dl",
	    "hr", "center", "body", "tbody", "thead", "tfoot", "caption" };
	for (size_t i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++)
		if (name_is(n, blocks[i]))
			return 1;
	return 0;
}

static int
is_hidden(const xmlNode *n)
{
	xmlChar *cls;
	int hidden = 0;

	if (name_is(n, "script") || name_is(n, "style") || name_is(n, "head") ||
	    name_is(n, "title") || name_is(n, "blockquote") ||
	    name_is(n, "noscript") || name_is(n, "template"))
		return 1;
	cls = xmlGetProp(n, (const xmlChar *)"class");
	if (cls) {
		hidden = strstr((const char *)cls, "gmail_quote") != NULL ||
		    strstr((const char *)cls, "moz-cite-prefix") != NULL ||
		    strstr((const char *)cls, "gmail_signature") != NULL;
		xmlFree(cls);
	}
	if (!hidden && (cls = xmlGetProp(n, (const xmlChar *)"id")) != NULL) {
		hidden = strcmp((const char *)cls, "divRplyFwdMsg") == 0 ||
		    strcmp((const char *)cls, "appendonsend") == 0;
		xmlFree(cls);
	}
	return hidden;
}

static void
newline(struct render *r)
{
	r->pending_space = 0;
	if (r->out.len && r->out.s[r->out.len - 1] != '\n')
		buf_addch(&r->out, '\n');
}

/* End a block: a blank line, so a paragraph without a full stop is not
 * run into the next one when the text is split into sentences. */
static void
paragraph(struct render *r)
{
	newline(r);
	if (r->out.len >= 2 && r->out.s[r->out.len - 2] != '\n')
		buf_addch(&r->out, '\n');
}

static void
text(struct render *r, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
		    *p == '\f') {
			r->pending_space = 1;
			continue;
		}
		if (r->pending_space && r->out.len &&
		    r->out.s[r->out.len - 1] != '\n')
			buf_addch(&r->out, ' ');
		r->pending_space = 0;
		buf_addch(&r->out, (char)*p);
	}
}

static void walk(struct render *r, xmlNode *n, int depth);

/* The text below top, in document order, with a loop instead of
 * recursion: lines break at blocks and <br>, hidden parts are dropped. */
static void
walk_flat(struct render *r, xmlNode *top)
{
	xmlNode *n = top;

	for (;;) {
		int enter = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				text(r, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE && !is_hidden(n)) {
			if (name_is(n, "br") || is_block(n))
				newline(r);
			enter = n->children != NULL;
		}
		if (enter) {
			n = n->children;
			continue;
		}
		while (n != top && n->next == NULL) {
			n = n->parent;
			if (is_block(n))
				newline(r);
		}
		if (n == top)
			return;
		n = n->next;
	}
}

static void
walk_children(struct render *r, xmlNode *n, int depth)
{
	for (xmlNode *c = n->children; c; c = c->next)
		walk(r, c, depth + 1);
}

static void
walk(struct render *r, xmlNode *n, int depth)
{
	if (depth > WALK_DEPTH) {
		walk_flat(r, n);
		return;
	}
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			text(r, (const char *)n->content);
		return;
	}
	if (n->type != XML_ELEMENT_NODE) {
		if (n->type == XML_DOCUMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE)
			walk_children(r, n, depth);
		return;
	}
	if (is_hidden(n))
		return;
	if (name_is(n, "br")) {
		r->pending_space = 0;
		buf_addch(&r->out, '\n');
		return;
	}
	if (name_is(n, "td") || name_is(n, "th")) {
		if (r->cells_in_row++ > 0) {
			r->pending_space = 0;
			buf_addstr(&r->out, " | ");
		}
		r->in_cell++;
		walk_children(r, n, depth);
		r->in_cell--;
		return;
	}
	if (name_is(n, "tr")) {
		int saved = r->cells_in_row;
		newline(r);
		r->cells_in_row = 0;
		walk_children(r, n, depth);
		r->cells_in_row = saved;
		newline(r);
		return;
	}
	/* <td><p>…</p></td>, as Word writes its tables: a paragraph in a
	 * cell is the cell's text, so the row stays one line */
	if (is_block(n) && r->in_cell && !name_is(n, "table") &&
	    !name_is(n, "tr")) {
		if (r->out.len && r->out.s[r->out.len - 1] != ' ')
			r->pending_space = 1;
		walk_children(r, n, depth);
		r->pending_space = 1;
		return;
	}
	if (is_block(n)) {
		newline(r);
		walk_children(r, n, depth);
		paragraph(r);
		return;
	}
	walk_children(r, n, depth);
}

/* libxml2 is safe to use from several threads once its parser has been
 * initialised, and that must happen once, before any of them parses. */
static void
init_libxml(void)
{
	xmlInitParser();
}

char *
html_to_text(const char *html, size_t len)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	struct render r;
	htmlDocPtr doc;

	pthread_once(&once, init_libxml);
	memset(&r, 0, sizeof(r));
	if (len > (size_t)0x7fffffff)
		len = 0x7fffffff;
	doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | XML_PARSE_HUGE);
	if (doc == NULL)
		return xstrdup("");
	walk(&r, (xmlNode *)doc, 0);
	xmlFreeDoc(doc);
	return buf_detach(&r.out);
}
