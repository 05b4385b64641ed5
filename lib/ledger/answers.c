/*
 * answers.c — which promises a school letter answers (DESIGN: "answered
 * is decided per commitment, never per thread").
 *
 * A letter in a promise's thread answers it when it is about that promise:
 * it quotes it or names its action (two of the action's meaningful words),
 * names its person with one of them, or comes from the promiser and says
 * it is done, attached or sent. "Noted, thanks" answers nothing. The
 * others stay open or overdue; the reply is still on the thread.
 */
#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ledger/items.h"
#include "base/xmalloc.h"

/*
 * Per-promise answers. A word of an action counts when it carries meaning:
 * three letters or more, not a common word, a weekday or a month; Chinese
 * counts in pairs of characters.
 */
static const char *const stop_words[] = { "the", "and", "for", "will", "with",
    "you", "your", "our", "from", "that", "this", "have", "has", "been",
    "next", "week", "weeks", "are", "was", "can", "may", "also", "all", "any",
    "his", "her", "him", "she", "they", "them", "their", "into", "about",
    "some", "more", "than", "then", "there", "here", "what", "when", "which",
    "who", "how", "not", "but", "out", "its", "it's", "now", "today", "soon",
    "possible", "able", "make", "sure", "please", "thank", "thanks", "noted",
    "dear", "regards", "let", "know", "see", "day", "days", "time", "before",
    "after", "end", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november",
    "december", "school", "term", "doing", "done", "would", "could",
    "should", "shall", "each", "every", "one", "two", "three", NULL };

static const char *const zh_stop[] = { "我們", "學校", "老師", "家長", "之前",
    "星期", "會在", "將會", "我會", "您的", "你的", NULL };

/* The meaningful words of s, lower case, in order, into v (caller frees
 * each). CJK text gives its character pairs. */
static size_t
content_words(const char *s, char **v, size_t max)
{
	size_t n = 0;
	for (const char *p = s; p && *p && n < max; ) {
		unsigned char c = (unsigned char)*p;
		/* two 3-byte characters, each byte checked before the next */
		if (c >= 0xE0 && c < 0xF0 && p[1] && p[2] &&
		    (unsigned char)p[3] >= 0xE0 && (unsigned char)p[3] < 0xF0 &&
		    p[4] && p[5]) {
			int stop = 0;
			for (int k = 0; zh_stop[k]; k++)
				if (strncmp(p, zh_stop[k], 6) == 0)
					stop = 1;
			if (!stop)
				v[n++] = xstrndup(p, 6);
			p += 3;
			continue;
		}
		if (!isalpha(c)) {
			p++;
			continue;
		}
		char w[48];
		size_t k = 0;
		while (isalpha((unsigned char)*p) || *p == '\'') {
			if (k + 1 < sizeof(w))
				w[k++] = (char)tolower((unsigned char)*p);
			p++;
		}
		w[k] = '\0';
		if (k > 2 && w[k - 2] == '\'' && w[k - 1] == 's')
			w[k -= 2] = '\0';
		int stop = k < 3;
		for (int j = 0; !stop && stop_words[j]; j++)
			stop = strcmp(w, stop_words[j]) == 0;
		if (!stop)
			v[n++] = xstrdup(w);
	}
	return n;
}

static int
has_word(char *const *v, size_t n, const char *w)
{
	for (size_t k = 0; k < n; k++)
		if (strcmp(v[k], w) == 0)
			return (int)k + 1;
	return 0;
}

static int
says_done(const char *body)
{
	static const char *const w[] = { "attached", "enclosed", "done",
	    "completed", "have sent", "has sent", "sent you", "is ready",
	    "has started", "have started", "held", "please find", "已完成",
	    "附上", "附件", "已寄", "已送", "已經", "已開始", "已安排", NULL };
	char *low = xstrdup(body);
	int hit = 0;
	for (char *p = low; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	for (int k = 0; w[k] && !hit; k++)
		hit = strstr(low, w[k]) != NULL;
	free(low);
	return hit;
}

int
letter_answers(const char *body, int from_promiser, const char *action,
    const char *quote, const char *person_name)
{
	char *aw[64], *bw[2048];
	size_t na, nb, hits = 0;
	int pair = 0, answered = 0;

	if (body == NULL || *body == '\0')
		return 0;
	/* it quotes the promise (its first 40 bytes, any spacing) */
	if (quote && strlen(quote) >= 24) {
		char q[41];
		size_t k = 0;
		for (const char *p = quote; *p && k < 40; p++)
			q[k++] = *p;
		q[k] = '\0';
		if (strstr(body, q))
			return 1;
	}
	na = content_words(action && *action ? action : quote, aw, 64);
	nb = content_words(body, bw, 2048);
	for (size_t k = 0; k < na; k++) {
		int at = has_word(bw, nb, aw[k]);
		if (at && has_word(aw, k, aw[k]) == 0)
			hits++;
		/* two of its words side by side ("case conference") */
		if (at && k + 1 < na && (size_t)at < nb &&
		    strcmp(bw[at], aw[k + 1]) == 0)
			pair = 1;
	}
	if (pair || (hits >= 2 && hits * 3 >= na) || (na == 1 && hits == 1 &&
	    from_promiser))
		answered = 1;
	/* its person named, or the promiser writing that it is done, and
	 * one of its words */
	if (!answered && hits >= 1) {
		if (from_promiser && says_done(body))
			answered = 1;
		else if (!from_promiser && person_name && *person_name &&
		    strstr(body, person_name))
			answered = 1;
	}
	for (size_t k = 0; k < na; k++)
		free(aw[k]);
	for (size_t k = 0; k < nb; k++)
		free(bw[k]);
	return answered;
}

int
commitments_answer_by_letter(struct ledger *l, int64_t msg, int64_t thread,
    const char *from_addr, const char *body, time_t at, time_t now)
{
	sqlite3_stmt *st;
	struct { int64_t id; int ans; } v[256];
	size_t n = 0;
	int answered = 0;
	json_object *o, *ans, *open;
	char subject[48];

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT c.id, c.action, c.quote, "
	    "p.name, p.address FROM commitments c LEFT JOIN people p ON p.id = "
	    "c.person_id WHERE c.thread_id = ? AND coalesce(c.message_id, 0) <> "
	    "? AND c.answered_at IS NULL AND c.state IN ('open', 'confirmed') "
	    "ORDER BY c.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, thread);
	sqlite3_bind_int64(st, 2, msg);
	while (n < 256 && sqlite3_step(st) == SQLITE_ROW) {
		const char *addr = (const char *)sqlite3_column_text(st, 4);
		int from = addr && from_addr && strcasecmp(addr, from_addr) == 0;
		v[n].id = sqlite3_column_int64(st, 0);
		v[n].ans = letter_answers(body, from,
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3));
		n++;
	}
	sqlite3_finalize(st);
	if (n == 0)
		return 0;
	ans = json_object_new_array();
	open = json_object_new_array();
	for (size_t k = 0; k < n; k++) {
		if (v[k].ans) {
			if (commitment_answer(l, v[k].id, msg, at, now) == -1) {
				json_object_put(ans);
				json_object_put(open);
				return -1;
			}
			answered++;
		}
		json_object_array_add(v[k].ans ? ans : open,
		    json_object_new_int64(v[k].id));
	}
	/* the reply, recorded on the thread with what it did and did not
	 * answer */
	o = json_object_new_object();
	json_object_object_add(o, "thread", json_object_new_int64(thread));
	json_object_object_add(o, "answered", ans);
	json_object_object_add(o, "still_open", open);
	snprintf(subject, sizeof(subject), "message:%lld", (long long)msg);
	if (ledger_event(l, now, "thread.reply", subject,
	    json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN)) < 0)
		answered = -1;
	json_object_put(o);
	return answered;
}

