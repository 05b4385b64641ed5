/*
 * action_items.c — commitments written as fields, not sentences: the
 * lines of an action list ("Mr Ho: 11/3: move his desk", "Print the
 * timetable - Miss Chan - 20 March") and minutes ("SENCO to apply by
 * 30 June"), and the rows of a table with a person-in-charge column.
 * None needs a future marker: the form is the promise; so with labelled
 * lines ("Person in charge: Ms Leung / Deadline: 2/6", labelled_item()).
 * And the other way round, a list's heading that is the promise itself,
 * its items only details (heading_promise()).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "base/xmalloc.h"

/* The words in lc range [a, b). */
static int
words_in(const struct unit *u, size_t a, size_t b)
{
	int n = 0;
	for (size_t i = a; i < b; i++)
		if (u->lc[i] != ' ' && (i == a || u->lc[i - 1] == ' '))
			n++;
	return n;
}

/* "before the tests", "by the next review": a when the school
 * calendar or an undated event gives (no date: the item is vague). */
static int
deadline_word_at(const struct unit *u, size_t i)
{
	static const char *const words[] = { "by ", "before ", "after ",
	    "until ", "no later than ", NULL };
	for (int k = 0; words[k]; k++)
		if (strncmp(u->lc + i, words[k], strlen(words[k])) == 0)
			return 1;
	return 0;
}

/* Three fields cut by ": " or a spaced dash: "Mr Ho: 11/3: move his
 * desk", or "Mr Ho: move his desk, by 11/3". 1 when the unit is so
 * cut. */
static int
fields_cut(const struct unit *u, size_t fa[3], size_t fb[3])
{
	static const char *const seps[] = { ": ", " - ", " – ", " — ", NULL };
	int nf = 0;
	size_t a = 0;

	for (size_t i = 0; i < u->len && nf < 3; i++) {
		/* most bytes cannot start a separator: skip them cheaply */
		if (u->lc[i] != ':' && u->lc[i] != ' ')
			continue;
		for (int k = 0; seps[k]; k++) {
			size_t n = strlen(seps[k]);
			if (strncmp(u->lc + i, seps[k], n) != 0)
				continue;
			fa[nf] = a;
			fb[nf++] = i;
			a = i + n;
			break;
		}
	}
	if (nf == 1) {
		/* "Mr Chan: arrange a trial, by Friday 30 October": the
		 * when cut from the action by a comma */
		long c = find_in(u, ", ", a, u->len);
		if (c < 0 || !deadline_word_at(u, (size_t)c + 2))
			return 0;
		fa[1] = a;
		fb[1] = (size_t)c;
		a = (size_t)c + 2;
		nf = 2;
	}
	if (nf != 2 || find_in(u, ": ", a, u->len) >= 0 ||
	    find_in(u, " - ", a, u->len) >= 0)
		return 0;
	fa[2] = a;
	fb[2] = u->len;
	while (fb[2] > fa[2] && strchr(".;", u->lc[fb[2] - 1]))
		fb[2]--;
	return 1;
}

/* The action, then who and when in brackets: "Provide a laptop (IT
 * department, by 9 October)". 1 when the unit is so written. */
static int
fields_bracketed(const struct unit *u, size_t fa[3], size_t fb[3])
{
	size_t end = u->len;
	while (end > 0 && strchr(".; ", u->lc[end - 1]))
		end--;
	if (end == 0 || u->lc[end - 1] != ')')
		return 0;
	const char *open = memchr(u->lc, '(', end);
	if (open == NULL || open == u->lc)
		return 0;
	size_t o = (size_t)(open - u->lc);
	long comma = find_in(u, ", ", o, end);
	if (comma < 0 || find_in(u, ", ", (size_t)comma + 2, end) >= 0)
		return 0;
	fa[0] = 0;
	fb[0] = o;
	while (fb[0] > 0 && u->lc[fb[0] - 1] == ' ')
		fb[0]--;
	fa[1] = o + 1;
	fb[1] = (size_t)comma;
	fa[2] = (size_t)comma + 2;
	fb[2] = end - 1;
	return 1;
}

/*
 * An action, then its fields by label: "Email the teachers a profile
 * Who: Mr Lui / By when: within 7 days", "Book the room. Owner: SENCO;
 * Deadline: 20 March". The labels say who and when; the action is all
 * before the first label. 1 when the unit is so written.
 */
static int
labelled_fields(struct letter *lt, const struct unit *u)
{
	static const char *const who[] = { "who:", "owner:", "person in charge:",
	    "responsible:", "action by:", "lead:", NULL };
	static const char *const when[] = { "by when:", "when:", "deadline:",
	    "due:", "target date:", "timeline:", NULL };
	long w = -1, d = -1;
	size_t wl = 0, dl = 0;
	char due[11] = "", tm[6] = "";

	for (int k = 0; who[k] && w < 0; k++)
		if ((w = find_in(u, who[k], 0, u->len)) >= 0)
			wl = strlen(who[k]);
	for (int k = 0; when[k] && d < 0; k++)
		if ((d = find_in(u, when[k], 0, u->len)) >= 0)
			dl = strlen(when[k]);
	/* the action first, then who, then when */
	if (w < 0 || d < 0 || d < w || words_in(u, 0, (size_t)w) < 2)
		return 0;
	size_t aa = (size_t)w + wl, ab = (size_t)d;
	while (aa < ab && u->lc[aa] == ' ')
		aa++;
	while (ab > aa && strchr(" /;,|", u->lc[ab - 1]))
		ab--;
	size_t end = (size_t)w;
	while (end > 0 && strchr(" .;,-", u->lc[end - 1]))
		end--;
	if (ab == aa || end == 0 || words_in(u, aa, ab) > 6)
		return 0;
	due_in(lt, u, (size_t)d + dl, u->len, due, tm);
	/* "Look at whether … Who: Mr Ho / When: TBC": nothing to check */
	if (due[0] == '\0' && uncheckable_in(u, 0, end))
		add_deflection(lt, quote_of(u, 0, u->len), "no-date",
		    "deflection.uncheckable-no-date");
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, aa, ab),
	    quote_of(u, 0, end), due, tm, "commitment.labelled-fields");
	return 1;
}

/* Where the value after label at lc[i] ends: at the next label of
 * labels after it, or the unit's end. */
static size_t
value_end(const struct unit *u, size_t from, const char *const *const *labels)
{
	size_t end = u->len;
	for (int l = 0; labels[l]; l++)
		for (int k = 0; labels[l][k]; k++) {
			long j = find_in(u, labels[l][k], from, u->len);
			if (j >= 0 && (size_t)j < end)
				end = (size_t)j;
		}
	while (end > from && strchr(" /;,|", u->lc[end - 1]))
		end--;
	return end;
}

/*
 * A block of three labels in any order, each a line: "WHO: Mr Lam /
 * WHAT: Move his seat / WHEN: from 10 March". The form is the promise;
 * WHAT is the action, WHO the actor, WHEN the due.
 */
static int
labelled_block(struct letter *lt, const struct unit *u)
{
	static const char *const who[] = { "who:", "owner:", "lead:",
	    "person in charge:", "responsible:", "by whom:", NULL };
	static const char *const what[] = { "what:", "action:", "task:",
	    NULL };
	static const char *const when[] = { "when:", "by when:", "deadline:",
	    "due:", "target date:", NULL };
	static const char *const *const all[] = { who, what, when, NULL };
	long at[3];
	size_t n[3];
	char due[11] = "", tm[6] = "";

	if (u->lc[0] != 'w' && u->lc[0] != 'a' && u->lc[0] != 't' &&
	    u->lc[0] != 'o' && u->lc[0] != 'l')
		return 0;	/* a block starts with one of its labels */
	for (int l = 0; l < 3; l++) {
		at[l] = -1;
		for (int k = 0; all[l][k] && at[l] < 0; k++)
			if ((at[l] = find_in(u, all[l][k], 0, u->len)) >= 0)
				n[l] = strlen(all[l][k]);
		if (at[l] < 0)
			return 0;
	}
	/* "by when:" holds "when:": the later find is the same label */
	if (at[2] == at[0] || at[2] == at[1])
		return 0;
	size_t wa = (size_t)at[1] + n[1], oa = (size_t)at[0] + n[0];
	while (wa < u->len && u->lc[wa] == ' ')
		wa++;
	while (oa < u->len && u->lc[oa] == ' ')
		oa++;
	size_t wb = value_end(u, wa, all), ob = value_end(u, oa, all);
	if (words_in(u, wa, wb) < 2 || ob <= oa || words_in(u, oa, ob) > 6)
		return 0;
	due_in(lt, u, (size_t)at[2] + n[2], value_end(u, (size_t)at[2] +
	    n[2], all), due, tm);
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, oa, ob),
	    quote_of(u, wa, wb), due, tm, "commitment.labelled-block");
	return 1;
}

/*
 * An action item written as three fields, in any order: "Mr Ho: 11/3:
 * move Ken's desk", "Mrs Wu (SENCO) - 2 April - apply for the grant",
 * "Provide a laptop (IT department, by 9 October)" (the lines under
 * "Actions", "Next steps", "Action points"). One field is a date and
 * nothing more (or a period the school calendar defines: "before the
 * tests"), one a short actor (a name, role or pronoun), the longest
 * left the action.
 */
int
action_item(struct letter *lt, const struct unit *u)
{
	size_t fa[3], fb[3];
	int date_f = -1;
	char due[11], tm[6];

	if (labelled_fields(lt, u) || labelled_block(lt, u))
		return 1;
	if (!fields_cut(u, fa, fb) && !fields_bracketed(u, fa, fb))
		return 0;
	for (int f = 0; f < 3 && date_f < 0; f++)
		if (fb[f] > fa[f] && (span_count_in(u, fa[f], fb[f]) > 0 ||
		    has_vague_period(u, fa[f], fb[f]) ||
		    deadline_word_at(u, fa[f])) &&
		    words_in(u, fa[f], fb[f]) <= 5)
			date_f = f;
	if (date_f < 0)
		return 0;
	int x = (date_f + 1) % 3, y = (date_f + 2) % 3;
	int act = words_in(u, fa[x], fb[x]) <= words_in(u, fa[y], fb[y]) ? x : y;
	int what = act == x ? y : x;
	int thing;
	char *actor = actor_before(u, fa[act], fb[act], &thing);
	/* "Me - write up the notes - COB Friday": the writer */
	if (actor == NULL && fb[act] - fa[act] == 2 &&
	    strncmp(u->lc + fa[act], "me", 2) == 0)
		actor = xstrdup("I");
	if (actor == NULL || words_in(u, fa[act], fb[act]) > 5 ||
	    words_in(u, fa[what], fb[what]) < 2 ||
	    span_count_in(u, fa[what], fb[what]) > 0) {
		free(actor);
		return 0;
	}
	free(actor);
	/* "his reading age has risen (Mr Lam's screening, 2 June)": a
	 * date field that is all past reports, it sets no task */
	if (!due_in(lt, u, fa[date_f], fb[date_f], due, tm) &&
	    span_count_in(u, fa[date_f], fb[date_f]) > 0 &&
	    !has_vague_period(u, fa[date_f], fb[date_f]) &&
	    !deadline_word_at(u, fa[date_f]))
		return 0;
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, fa[act], fb[act]),
	    quote_of(u, fa[what], fb[what]), due, tm, "commitment.action-item");
	return 1;
}

/*
 * Minutes write an action as its actor and an infinitive, no "will":
 * "Class teacher to send home a weekly chart, starting 19 June",
 * "SENCO to apply by 30 June", "Parents to book an appointment". The
 * words before " to " are the actor and nothing more (a name, a role,
 * the parents), so "Thank you to Ms Ho" and "Note to parents" are not.
 */
int
minutes_item(struct letter *lt, const struct unit *u)
{
	static const char *const parents[] = { "parents", "parent", "mum",
	    "dad", "mother", "father", NULL };
	char due[11], tm[6];
	int thing;
	long t = find_in(u, "to", 0, u->len > 48 ? 48 : u->len);

	/* "The school is unable to pay": a verb before " to " makes it
	 * a clause, not an actor */
	static const char *const verb[] = { "is", "are", "was", "were", "has",
	    "have", "had", "will", "would", "isn't", "aren't", "wasn't",
	    /* "The Panel may wish to hear from you": a modal or a verb of
	     * wanting before " to " */
	    "may", "might", "can", "could", "should", "must", "wish",
	    "wishes", "want", "wants", "need", "needs", "hope", "hopes",
	    "like", "likes", NULL };

	if (t < 2 || (size_t)t + 3 >= u->len || words_in(u, 0, (size_t)t) > 4 ||
	    !isalpha((unsigned char)u->lc[t + 3]) ||
	    find_in(u, "you", 0, (size_t)t) >= 0 ||
	    any_of(u, verb, 0, (size_t)t))
		return 0;
	char *actor = actor_before(u, 0, (size_t)t, &thing);
	if (actor == NULL && any_of(u, parents, 0, (size_t)t) &&
	    words_in(u, 0, (size_t)t) <= 2)
		actor = xstrdup("parents");
	/* "Mr Lo (English) to set up": a bracketed role is the name's */
	size_t bare = 0;
	for (size_t i = 0, depth = 0; i + 1 < (size_t)t; i++) {
		depth += u->lc[i] == '(';
		if (depth == 0)
			bare++;
		depth -= depth && u->lc[i] == ')';
	}
	int named = actor != NULL && 2 * strlen(actor) >= bare;
	free(actor);
	if (!named)
		return 0;
	actor = quote_of(u, 0, (size_t)t - 1);	/* as written */
	due_in(lt, u, 0, u->len, due, tm);
	add_commitment(lt, quote_of(u, 0, u->len), actor,
	    quote_of(u, (size_t)t + 3, u->len), due, tm,
	    "commitment.minutes-item");
	return 1;
}

/* ---- tables: action | person in charge | deadline ------------------------ */

/* Does the row name a table's columns of an owner or a deadline? */
int
table_heads(const struct unit *u)
{
	static const char *const heads[] = { "person in charge", "in charge",
	    "deadline",
	    "responsible", "by when", "owner", "lead", "target date",
	    "due date", "by whom", "負責", "限期", "完成日期",
	    "跟進人", NULL };
	/* "Who | What | When": a who column beside an action or a when
	 * ("Who's who | Role" lists people, no tasks) */
	static const char *const who[] = { "who |", "| who", NULL };
	static const char *const what[] = { "what", "when", "action", "task",
	    NULL };

	return any_of(u, heads, 0, u->len) ||
	    (any_of(u, who, 0, u->len) && any_of(u, what, 0, u->len));
}

int
table_header(struct letter *lt, const struct unit *u)
{
	static const char *const label[] = { "：", NULL };
	if (!u->is_row || !table_heads(u))
		return 0;
	/* 負責：陳老師｜限期：…: a row whose cells carry their labels */
	if (any_of(u, label, 0, u->len))
		return 0;
	/* "25 Nov | Registration deadline": a row with a date is data */
	for (int k = 0; k < u->nspans; k++)
		if (u->spans[k].has_date)
			return 0;
	/* which cell names the person */
	int col = 0;
	lt->person_col = 1;
	for (size_t i = 0; i < u->len; i++) {
		if (u->lc[i] == '|' || strncmp(u->lc + i, "｜", 3) == 0)
			col++;
		if (strncmp(u->lc + i, "person", 6) == 0 ||
		    strncmp(u->lc + i, "in charge", 9) == 0 ||
		    strncmp(u->lc + i, "responsible", 11) == 0 ||
		    strncmp(u->lc + i, "owner", 5) == 0 ||
		    strncmp(u->lc + i, "lead", 4) == 0 ||
		    strncmp(u->lc + i, "by whom", 7) == 0 ||
		    (strncmp(u->lc + i, "who", 3) == 0 && (i == 0 ||
		    u->lc[i - 1] == ' ') && !is_alnum_at(u, (long)i + 3)) ||
		    strncmp(u->lc + i, "負責", 6) == 0 ||
		    strncmp(u->lc + i, "跟進人", 9) == 0) {
			lt->person_col = col;
			break;
		}
	}
	lt->table_cols = 1;
	return 1;
}

/* "Look into a place in a group | SENCO | TBC", 檢討家課調適安排 負責人：
 * 陳老師 期限：待定: an item with no date whose action opens on a verb
 * nobody can check done; the item is still kept as a vague commitment,
 * as a sentence of the same shape is. */
int
item_uncheckable(const struct unit *u, size_t a, size_t b)
{
	static const char *const follow_up[] = { "follow-up", NULL };
	const char *const *verbs[] = { uncheckable, follow_up, zh_handled };

	if (a + 2 < b && (u->lc[a] == '-' || u->lc[a] == '*') &&
	    u->lc[a + 1] == ' ')
		a += 2;
	for (size_t l = 0; l < sizeof(verbs) / sizeof(verbs[0]); l++)
		for (int k = 0; verbs[l][k]; k++)
			if (a + strlen(verbs[l][k]) <= b &&
			    unit_starts(u, a, verbs[l][k]))
				return 1;
	return 0;
}

void
table_row(struct letter *lt, const struct unit *u)
{
	size_t cell_a[8], cell_b[8];
	int ncells = 0;
	size_t a = 0;
	char due[11], tm[6];

	for (size_t i = 0; i <= u->len && ncells < 8; i++) {
		/* a cell ends at | or at the full-width ｜ */
		size_t bar = i == u->len || u->lc[i] == '|' ? 1 :
		    strncmp(u->lc + i, "｜", 3) == 0 ? 3 : 0;
		if (bar) {
			size_t b = i;
			while (b > a && u->lc[b - 1] == ' ')
				b--;
			cell_a[ncells] = a;
			cell_b[ncells++] = b;
			a = i + bar;
			while (a < u->len && u->lc[a] == ' ')
				a++;
		}
	}
	if (ncells < 2)
		return;
	/* "subject teachers |  |": the action cell wrapped onto a line of
	 * its own, the other cells empty: part of the row above */
	int filled = 0;
	for (int k = 1; k < ncells; k++)
		filled += cell_b[k] > cell_a[k];
	if (!filled)
		return;
	char *actor = NULL;
	size_t pa = lt->person_col < ncells ? cell_a[lt->person_col] : 0;
	/* "- Mrs Dsouza | ...": a bulleted row's first cell */
	if (pa + 2 < u->len && (u->lc[pa] == '-' || u->lc[pa] == '*') &&
	    u->lc[pa + 1] == ' ')
		pa += 2;
	if (lt->person_col < ncells && cell_b[lt->person_col] > pa)
		actor = quote_of(u, pa, cell_b[lt->person_col]);
	due_in(lt, u, 0, u->len, due, tm);
	if (due[0] == '\0' && item_uncheckable(u, cell_a[0], cell_b[0]))
		add_deflection(lt, quote_of(u, 0, u->len), "no-date",
		    "deflection.item-uncheckable");
	add_commitment(lt, quote_of(u, 0, u->len), actor,
	    quote_of(u, cell_a[0], cell_b[0]), due, tm, "commitment.table-row");
}

/* ---- items under a heading that holds their subject and future ---------- */

/* Futures a heading may end on: "We will:", "Ms Ho has agreed to:". */
static const char *const heading_futures[] = { "will", "will also",
	"will now", "'ll", "'ll also", "shall", "agreed to", "also agreed to",
	"going to", "plan to", "plans to", "aim to", "aims to", "intend to",
	"intends to", "undertake to", "undertakes to", "will be happy to",
	"promise to", NULL };

/* Titles of a list of things to be done, with no subject: the items
 * are the writer's side's, unless they ask the parent. */
static const char *const todo_titles[] = { "next steps", "actions agreed",
	"agreed actions", "action points", "actions", "follow-up actions",
	"follow up actions", "agreed next steps", "action plan",
	"what happens next", "what we agreed", "we agreed", "agreed",
	NULL };

/* The subject of a heading "SUBJECT will:", or NULL. */
static char *
heading_subject(const struct unit *h)
{
	size_t e = h->len;
	int thing;

	while (e > 0 && (h->lc[e - 1] == ':' || h->lc[e - 1] == ' '))
		e--;
	for (int k = 0; heading_futures[k]; k++) {
		size_t n = strlen(heading_futures[k]);
		if (e < n + 1 || strncmp(h->lc + e - n, heading_futures[k], n))
			continue;
		size_t ms = e - n;
		if (heading_futures[k][0] != '\'' && h->lc[ms - 1] != ' ')
			continue;
		char *actor = actor_before(h, clause_start(h, ms), ms, &thing);
		/* "You will:" lists what the parent is asked to do */
		if (actor && strcasecmp(actor, "you") == 0) {
			free(actor);
			return NULL;
		}
		return actor;
	}
	return NULL;
}

/* Is the heading a title of things to do ("Next steps:")? */
static int
todo_title(const struct unit *h)
{
	size_t e = h->len;

	while (e > 0 && strchr(": -", h->lc[e - 1]))
		e--;
	for (int k = 0; todo_titles[k]; k++)
		if (strlen(todo_titles[k]) == e &&
		    strncmp(h->lc, todo_titles[k], e) == 0)
			return 1;
	return 0;
}

/* Does the item open with a bare verb? Not a determiner, pronoun,
 * negation, number, title or role ("the report", "no homework",
 * "Ms Wong (SENCO)"). */
static int
bare_verb_first(const struct unit *u)
{
	static const char *const not_verb[] = { "me", "us", "the", "a", "an",
	    "his",
	    "her", "their", "our", "your", "my", "its", "this", "that",
	    "these", "those", "all", "each", "every", "some", "any", "no",
	    "not", "never", "he", "she", "we", "i", "you", "they", "it",
	    "there", "if", "when", "and", "or", "also", "for", "in", "on",
	    "at", "by", "from", "to", "with", "one", "two", "three", NULL };
	size_t e = 0;

	while (e < u->len && (isalpha((unsigned char)u->lc[e]) ||
	    u->lc[e] == '-'))
		e++;
	if (e < 2 || (e < u->len && u->lc[e] != ' ') ||
	    (e > 3 && strncmp(u->lc + e - 2, "ed", 2) == 0) ||
	    (e > 4 && strncmp(u->lc + e - 3, "ing", 3) == 0))
		return 0;
	const char *const *classes[] = { not_verb, person_titles, roles_en,
	    pronouns_en };
	for (int c = 0; c < 4; c++)
		for (int k = 0; classes[c][k]; k++)
			if (strlen(classes[c][k]) == e &&
			    strncmp(u->lc, classes[c][k], e) == 0)
				return 0;
	return 1;
}

/*
 * 我們將：, 本校會：, 就…的安排，我哋會： — the Chinese heading is its
 * subject and a marker, nothing after: each item is that subject's
 * promise. A heading with its own verb (學校將會提供以下調適：) is the
 * promise itself (heading_promise()), and its items are not read here.
 */
static int
zh_heading_will_item(struct letter *lt, const struct unit *u,
    const struct unit *h)
{
	static const char *const ends[] = { "將會：", "將：", "會：",
	    "將會:", "將:", "會:", NULL };
	char due[11], tm[6];
	size_t m = 0;
	int thing;

	for (int k = 0; ends[k] && m == 0; k++) {
		size_t n = strlen(ends[k]);
		if (h->len > n && strncmp(h->lc + h->len - n, ends[k], n) == 0)
			m = h->len - n;
	}
	if (m == 0)
		return 0;
	char *actor = actor_before(h, clause_start(h, m), m, &thing);
	if (actor == NULL || strstr(actor, "你") || strstr(actor, "您") ||
	    strstr(actor, "家長") || strstr(actor, "兩位")) {
		free(actor);
		return 0;
	}
	/* the item's text after its number or bullet; a past item (已…)
	 * is an account, not the promise */
	size_t a = 0;
	while (a < u->len && (unsigned char)u->lc[a] < 0x80 &&
	    !isalpha((unsigned char)u->lc[a]))
		a++;
	if (u->len - a < 4 * 3 || find_in(u, "已", a, u->len) >= 0) {
		free(actor);
		return 0;
	}
	due_in(lt, u, a, u->len, due, tm);
	add_commitment(lt, quote_of(u, 0, u->len), actor,
	    quote_of(u, a, u->len), due, tm, "commitment.heading-will-item");
	return 1;
}

/*
 * A list item that is the rest of its heading's sentence: "We will:" /
 * "- send the questionnaire by Friday" is "we will send ..."; under a
 * title of things to do ("Next steps:", "Actions agreed:") a bare verb
 * is one too, unless it asks the parent ("return your slip", "send us
 * the report"). The item's date, else the heading's, is its due.
 */
int
heading_item(struct letter *lt, const struct unit *u)
{
	static const char *const parent_acts[] = { "your", "us", "please",
	    "the school", NULL };
	static const char *const asks[] = { "return", "sign", "bring", "fill",
	    "reply", "let", "complete", "contact", "call", "email", "tell",
	    "remember", "make sure", "ensure", "keep", "practise", "practice",
	    "read", "note", NULL };
	char due[11] = "", tm[6] = "";

	if (!u->is_item || u->heading < 0 || (size_t)u->heading >= lt->nunits)
		return 0;
	const struct unit *h = &lt->units[u->heading];
	if (h->len > 3 && h->len < 120 &&
	    (unsigned char)h->lc[h->len - 1] >= 0x80)
		return !is_question(u) && zh_heading_will_item(lt, u, h);
	if (!bare_verb_first(u) || words_in(u, 0, u->len) < 3)
		return 0;
	char *actor = heading_subject(h);
	if (actor == NULL && (!todo_title(h) ||
	    any_of(u, parent_acts, 0, u->len) || next_within(u, 0, asks, 0) >= 0))
		return 0;
	if (!due_in(lt, u, 0, u->len, due, tm))
		due_in(lt, h, 0, h->len, due, tm);
	if ((actor == NULL || due[0] == '\0') &&
	    uncheckable_in(u, 0, u->len))
		add_deflection(lt, quote_of(u, 0, u->len), actor ? "no-date" :
		    "no-owner", actor ? "deflection.uncheckable-no-date" :
		    "deflection.uncheckable-no-owner");
	add_commitment(lt, quote_of(u, 0, u->len), actor, quote_of(u, 0, u->len),
	    due, tm, actor ? "commitment.heading-future" :
	    "commitment.heading-todo");
	return 1;
}

/* 我們將：: a subject and a marker, then the colon; the items carry the
 * promise (action_items.c). */
static int
zh_bare_will_heading(const struct unit *u)
{
	static const char *const ends[] = { "將會：", "將：", "會：",
	    "將會:", "將:", "會:", NULL };

	for (int k = 0; ends[k]; k++) {
		size_t n = strlen(ends[k]);
		if (u->len > n && strncmp(u->lc + u->len - n, ends[k], n) == 0)
			return 1;
	}
	return 0;
}

static int
zh_heading_promise(const struct letter *lt, const struct unit *u)
{
	size_t k = (size_t)lt->cur_sent + 1;

	if (!any_of(u, zh_markers, 0, u->len) || k >= lt->nunits ||
	    !lt->units[k].is_item || zh_bare_will_heading(u))
		return 0;
	const struct unit *item = &lt->units[k];
	return !any_of(item, zh_markers, 0, item->len) &&
	    !any_of(item, en_markers, 0, item->len);
}

/* "we will do the following on 5 March:", "I'll take these steps by
 * Friday:": the list's head, its deeds below */
static int
following_list(const struct unit *u, size_t me)
{
	static const char *const head[] = { "the following", "following",
	    "these", "as follows", "below", NULL };

	return any_of(u, head, me, u->len);
}

/* "I'll be assessing Kelvin over two mornings, on Tuesday 14/4 and
 * Thursday 16/4:" — an English promise dated in its own words, with
 * items below that only detail it (no marker of their own). */
static int
en_heading_promise(const struct letter *lt, const struct unit *u)
{
	size_t k = (size_t)lt->cur_sent + 1;

	size_t ms[MAX_CLAUSES], me[MAX_CLAUSES];

	if (!any_of(u, en_markers, 0, u->len) || !has_checkable_date(u) ||
	    k >= lt->nunits || !lt->units[k].is_item ||
	    find_markers(u, ms, me, MAX_CLAUSES) < 1)
		return 0;
	/* the date in the promise's own words, after its verb ("Before
	 * Friday 13 March I will also:" leaves the deeds to the items) */
	if (span_count_in(u, me[0], u->len) == 0 || following_list(u, me[0]))
		return 0;
	const struct unit *item = &lt->units[k];
	return !any_of(item, zh_markers, 0, item->len) &&
	    !any_of(item, en_markers, 0, item->len);
}

/* A sentence ending in a colon introduces a list; it is read itself
 * only where it is the promise and the items its details. */
int
heading_promise(const struct letter *lt, const struct unit *u)
{
	return zh_heading_promise(lt, u) || en_heading_promise(lt, u);
}

/* Where a label ("Person in charge:", 負責人：) ends in the unit, or 0;
 * *at takes where it starts. */
static size_t
label_end(const struct unit *u, const char *const *labels, size_t from,
    size_t *at)
{
	for (int k = 0; labels[k]; k++) {
		long i = find_in(u, labels[k], from, u->len);
		if (i < 0)
			continue;
		size_t e = (size_t)i + strlen(labels[k]);
		while (e < u->len && u->lc[e] == ' ')
			e++;
		if (e < u->len && u->lc[e] == ':')
			e++;
		else if (strncmp(u->lc + e, "：", 3) == 0)
			e += 3;
		else
			continue;
		while (e < u->len && u->lc[e] == ' ')
			e++;
		*at = (size_t)i;
		return e;
	}
	return 0;
}

/*
 * An action item written as labelled lines (the plain-text rendering of
 * an action table): "Submit the application / Person in charge: Ms
 * Leung / Deadline: 2/6". The action is the text before the labels, the
 * actor the person label's value, the due the item's date.
 */
int
labelled_item(struct letter *lt, const struct unit *u)
{
	static const char *const person[] = { "person in charge",
	    "person responsible", "responsible person", "responsible",
	    "owner", "in charge", "負責人", "負責老師", "跟進人", NULL };
	static const char *const when[] = { "deadline", "target date",
	    "due date", "by when", "due", "限期", "完成日期", "日期", NULL };
	size_t p_at = 0, w_at = 0, p_end, w_end;
	char due[11], tm[6];

	if ((p_end = label_end(u, person, 0, &p_at)) == 0 || p_at == 0)
		return 0;
	w_end = label_end(u, when, 0, &w_at);
	size_t a_end = p_at, r_end = u->len;
	if (w_end && w_at < a_end)
		a_end = w_at;
	if (w_end && w_at > p_at)
		r_end = w_at;
	while (a_end > 0 && (u->lc[a_end - 1] == ' ' || u->lc[a_end - 1] == ','))
		a_end--;
	while (r_end > p_end && (u->lc[r_end - 1] == ' ' ||
	    u->lc[r_end - 1] == ',' || u->lc[r_end - 1] == ';'))
		r_end--;
	if (a_end == 0 || r_end <= p_end)
		return 0;
	due_in(lt, u, 0, u->len, due, tm);
	if (due[0] == '\0' && item_uncheckable(u, 0, a_end))
		add_deflection(lt, quote_of(u, 0, u->len), "no-date",
		    "deflection.item-uncheckable");
	add_commitment(lt, quote_of(u, 0, u->len), quote_of(u, p_end, r_end),
	    quote_of(u, 0, a_end), due, tm, "commitment.labelled-item");
	return 1;
}
