/*
 * ladder_letter.c — the text of a ladder letter (schedule.h): the items it
 * covers, each with what was sent about it, and the step's own words.
 *
 * Invariant: every sentence about a sending comes from a `sent` outbox row
 * (claims()): the confirmation of the promise's letter and each earlier
 * step of its ladder, with the day it was sent. A step passed over (its
 * addressee had an earlier step already) has no letter, so no sentence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "act/schedule.h"
#include "act/schedule_int.h"
#include "base/buf.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"
#include "ledger/outbox.h"

void
schedule_day_text(time_t t, int zh, char *out, size_t len)
{
	struct civil c;
	local_civil(t, &c);
	if (zh) {
		static const char *const wd[] = { "一", "二", "三", "四", "五",
		    "六", "日" };
		snprintf(out, len, "%d年%d月%d日（星期%s）", c.y, c.m, c.d,
		    wd[days_weekday(civil_days(&c))]);
	} else {
		char h[16];
		civil_human(&c, h);
		snprintf(out, len, "%s", h);
	}
}

static void
ymd_text(const char *ymd, int zh, char *out, size_t len)
{
	struct civil c;
	if (ymd == NULL || civil_parse(ymd, &c) == -1) {
		snprintf(out, len, "%s", ymd ? ymd : "?");
		return;
	}
	schedule_day_text(local_midnight(&c) + 12 * 3600, zh, out, len);
}

/* The sentences a letter may say about what was sent for it, each from a
 * `sent` outbox row: the confirmation of its letter, and each step of its
 * ladder below 'below'. */
static void
claims(struct ledger *l, const struct chase_item *it, int below, int zh,
    struct buf *b)
{
	static const char *const en[] = { "I sent a reminder on %s.",
	    "I wrote to the principal on %s.", "I wrote to the IMC on %s." };
	static const char *const zhs[] = { "我已於%s發出提示。",
	    "我已於%s致函校長。", "我已於%s致函法團校董會。" };
	sqlite3_stmt *st;
	char day[64];

	if (it->letter && (st = ledger_stmt(l, "SELECT min(sent_at) FROM outbox "
	    "WHERE kind = 'confirmation' AND state = 'sent' AND message_id = "
	    "?")) != NULL) {
		sqlite3_bind_int64(st, 1, it->letter);
		if (sqlite3_step(st) == SQLITE_ROW &&
		    sqlite3_column_type(st, 0) != SQLITE_NULL) {
			schedule_day_text((time_t)sqlite3_column_int64(st, 0),
			    zh, day, sizeof(day));
			buf_addstr(b, "  ");
			buf_printf(b, zh ? "我已於%s去信確認。" :
			    "I wrote to confirm it on %s.", day);
			buf_addch(b, '\n');
		}
		ledger_stmt_done(st);
	}
	if ((st = ledger_stmt(l, "SELECT e.step, min(o.sent_at) FROM "
	    "escalations e JOIN outbox o ON o.id = e.outbox_id WHERE "
	    "e.commitment_id = ? AND o.state = 'sent' AND o.kind <> 'notice' "
	    "GROUP BY e.step ORDER BY e.step")) == NULL)
		return;
	sqlite3_bind_int64(st, 1, it->id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int step = sqlite3_column_int(st, 0);
		if (step >= below || step > 2)
			continue;
		schedule_day_text((time_t)sqlite3_column_int64(st, 1), zh, day,
		    sizeof(day));
		buf_addstr(b, "  ");
		buf_printf(b, zh ? zhs[step] : en[step], day);
		buf_addch(b, '\n');
	}
	ledger_stmt_done(st);
}

/* One item of a letter: whose letter, the quote, the due day, and what
 * was sent for it. to_addr: the letter's addressee (for "your letter"). */
static void
item_text(struct ledger *l, const struct chase_item *it, int step, int zh,
    const char *to_addr, struct buf *b)
{
	char letter[64], due[64];
	int yours = to_addr && it->letter_from &&
	    strcasecmp(to_addr, it->letter_from) == 0;
	const char *from = it->letter_from_name ? it->letter_from_name :
	    (it->letter_from ? it->letter_from : (zh ? "學校" : "the school"));

	ymd_text(it->due, zh, due, sizeof(due));
	if (it->letter_date)
		schedule_day_text((time_t)it->letter_date, zh, letter,
		    sizeof(letter));
	if (!it->letter)
		buf_printf(b, zh ? "- %s承諾：「%s」限期為%s。\n" :
		    "- %s promised: \"%s\" It was due on %s.\n", it->who,
		    it->quote, due);
	else if (yours && zh)
		buf_printf(b, "- 您於%s的來信（%s）寫道：「%s」限期為%s。\n",
		    letter, it->letter_subject ? it->letter_subject : "",
		    it->quote, due);
	else if (yours)
		buf_printf(b, "- In your letter of %s (\"%s\") you wrote: \"%s\" "
		    "It was due on %s.\n", letter, it->letter_subject ?
		    it->letter_subject : "", it->quote, due);
	else if (zh)
		buf_printf(b, "- %s於%s的來信寫道：「%s」（%s負責）限期為%s。\n",
		    from, letter, it->quote, it->who, due);
	else
		buf_printf(b, "- The letter of %s from %s said: \"%s\" (%s) It "
		    "was due on %s.\n", letter, from, it->quote, it->who, due);
	claims(l, it, step, zh, b);
}

/* The whole letter of step k for the items v[0..n), into r. */
void
schedule_write_letter(struct ledger *l, const struct config *cfg,
    struct chase_item *const *v, size_t n, int k, const char *to,
    const char *to_name, const char *cc, time_t now, struct outbox_row *r)
{
	struct buf b = BUF_INIT, items = BUF_INIT;
	int zh = strcmp(v[0]->lang, "zh") == 0;
	const char *parent = cfg->parent_name ? cfg->parent_name :
	    cfg->parent_addr;
	const char *child = cfg->child_name ? cfg->child_name :
	    (zh ? "我的孩子" : "my child");
	char today[64];

	schedule_day_text(now, zh, today, sizeof(today));
	for (size_t j = 0; j < n; j++)
		item_text(l, v[j], k, zh, to, &items);
	switch (k) {
	case 0:
		r->kind = xstrdup("reminder");
		if (zh)
			buf_printf(&b, "%s您好：\n\n%s\n至今我仍未收到有關%s的回覆。請告訴我"
			    "進展如何，以及會在哪一天或之前完成。\n\n謝謝！\n%s\n",
			    to_name ? to_name : "老師", buf_str(&items), n > 1 ?
			    "以上各項" : "此事", parent);
		else
			buf_printf(&b, "Dear %s,\n\n%s\nI have not had an answer "
			    "about %s since. Could you let me know where %s, and by "
			    "which date %s be done?\n\nKind regards,\n%s\n",
			    to_name ? to_name : "Sir or Madam", buf_str(&items),
			    n > 1 ? "these" : "it", n > 1 ? "they stand" :
			    "this stands", n > 1 ? "they will" : "it will", parent);
		if (n == 1 && v[0]->letter_subject)
			r->subject = xasprintf(zh ? "提示：%s" : "Reminder: %s",
			    v[0]->letter_subject);
		else if (zh)
			r->subject = xasprintf("提示：有關%s的%zu項承諾", child, n);
		else
			r->subject = xasprintf("Reminder: %zu commitments about %s",
			    n, child);
		r->in_reply_to = xstrdup(v[0]->letter_msgid);
		r->refs = xstrdup(v[0]->letter_msgid);
		break;
	case 1:
	case 2:
		r->kind = xstrdup("escalation");
		if (zh)
			buf_printf(&b, "%s您好：\n\n本人謹就%s的支援情況正式去信%s。記錄如下："
			    "\n\n%s\n截至%s，本人仍未收到有關回覆。懇請%s確保上述事項得以"
			    "落實，並告知完成日期。\n\n%s\n", to_name ? to_name :
			    (k == 1 ? "校長" : "法團校董會主席"), child, k == 2 ?
			    "法團校董會，因為以下事項在學校層面仍未獲回覆" : "", buf_str(&items),
			    today, k == 1 ? "閣下" : "校董會", parent);
		else
			buf_printf(&b, "Dear %s,\n\nI am writing formally about the "
			    "support for %s%s. The record:\n\n%s\nAs of %s, I have "
			    "had no answer about %s. %s\n\nKind regards,\n%s\n",
			    to_name ? to_name : (k == 1 ? "Principal" :
			    "Chair of the IMC"), child, k == 2 ? ", to the "
			    "Incorporated Management Committee, because what follows "
			    "has not been answered at the school" : "",
			    buf_str(&items), today, n > 1 ? "them" : "it", k == 1 ?
			    "I would be grateful if you could ensure this is done, "
			    "and let me know by which date." : "I ask the Committee "
			    "to see that the commitment is met, and to tell me by "
			    "which date.", parent);
		r->subject = zh ? xasprintf("%s：有關%s的承諾仍未獲回覆", k == 1 ?
		    "正式信函" : "致法團校董會", child) : xasprintf("%s: an "
		    "unanswered commitment about %s", k == 1 ? "Formal letter" :
		    "To the IMC", child);
		break;
	default:
		r->kind = xstrdup("notice");
		buf_printf(&b, "The commitments below have had no answer after "
		    "the letters listed under each (dates from the ledger's sent "
		    "mail):\n\n%s\nA draft complaint to the EDB Regional Education "
		    "Office follows. Check it, add what only you know, and send it "
		    "yourself.\n\n---\nTo the Regional Education Office,\n\nI wish "
		    "to complain that %s has not met written commitments about the "
		    "special educational needs support of %s. The commitments, and "
		    "the letters I sent about each, are:\n\n%s\nThe dated record is "
		    "attached (ptrail report).\n\n%s\n---\n\nWhere the matter is "
		    "that %s is being excluded or treated less favourably because "
		    "of a disability, rather than a difference of professional "
		    "opinion, the Equal Opportunities Commission also takes "
		    "complaints under the Disability Discrimination Ordinance.\n",
		    buf_str(&items), cfg->school_name ? cfg->school_name :
		    "the school", child, buf_str(&items), parent, child);
		r->subject = xasprintf("ptrail: the ladder has reached the EDB "
		    "step (%s)", child);
		break;
	}
	r->body = buf_detach(&b);
	r->to_addrs = xstrdup(to);
	r->cc_addrs = cc ? xstrdup(cc) : NULL;
	r->lang = xstrdup(k == 3 ? "en" : (zh ? "zh" : "en"));
	r->commitment_id = v[0]->id;
	if (v[0]->letter && k < 3)
		r->message_id = v[0]->letter;
	buf_free(&items);
}
