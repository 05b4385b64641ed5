/*
 * brief_text.c — the meeting brief as text: renders the JSON document
 * brief_build() makes (brief.c) for `ptrail brief` and the brief mailed
 * to the parent, in the language it was built in; see brief.h.
 */
#include <string.h>

#include "act/brief.h"
#include "act/brief_int.h"

/* A commitment's state as the parent reads it. */
static const char *
state_text(const char *state, int zh)
{
	static const char *const t[][3] = {
		{ "open", "open", "未完成" }, { "confirmed", "confirmed", "已確認" },
		{ "done", "done", "已完成" }, { "disputed", "disputed", "有爭議" },
		{ "withdrawn", "withdrawn", "已撤回" },
	};
	for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++)
		if (strcmp(t[k][0], state) == 0)
			return t[k][zh ? 2 : 1];
	return state;
}

static void
heading(struct buf *out, const char *s)
{
	buf_printf(out, "\n%s\n", s);
}

void
brief_text(json_object *b, struct buf *out)
{
	int zh = strcmp(gs(b, "lang"), "zh") == 0;
	json_object *m = get(b, "meeting"), *lt = get(m, "letter"), *v;
	const char *tm = gs(m, "time"), *with = gs(m, "with");
	char day[64];
	size_t n;

	if (zh)
		buf_printf(out, "會面準備：%s%s%s\n", gs(m, "day"),
		    *tm ? " " : "", tm);
	else
		buf_printf(out, "Brief for the meeting on %s%s%s\n",
		    gs(m, "day"), *tm ? " at " : "", tm);
	buf_printf(out, zh ? "與會：%s\n" : "With: %s\n", *with ? with :
	    (zh ? "（未有記錄）" : "(not recorded)"));
	if (lt) {
		day_text(gs(lt, "date"), zh, day);
		buf_printf(out, zh ? "來信：%s，%s（%s）\n" :
		    "Letter: %s, %s (\"%s\")\n", gs(lt, "from"), day, gs(lt, "subject"));
	}
	buf_printf(out, zh ? "原文：「%s」\n" : "As written: \"%s\"\n",
	    gs(m, "as_written"));
	if (*gs(m, "date_question"))
		buf_printf(out, zh ? "日期待確認：%s\n" : "Date uncertain: %s\n",
		    gs(m, "date_question"));

	heading(out, zh ? "記錄中的支援" : "The support on record");
	v = get(b, "support");
	n = v ? json_object_array_length(v) : 0;
	if (n == 0)
		buf_addstr(out, zh ? "  （記錄中沒有承諾。）\n" :
		    "  (No commitment is on record.)\n");
	for (size_t k = 0; k < n; k++) {
		json_object *g = json_object_array_get_idx(v, k);
		json_object *cs = get(g, "commitments");
		buf_printf(out, "  %s\n", gs(g, "person"));
		for (size_t j = 0; j < json_object_array_length(cs); j++) {
			json_object *c = json_object_array_get_idx(cs, j);
			const char *due = gs(c, "due");
			const char *ld = gs(c, "letter_date");
			const char *ans = gs(c, "answered_on");
			char dd[64], ldd[64], ad[64];
			day_text(due, zh, dd);
			day_text(*ld ? ld : gs(c, "recorded"), zh, ldd);
			buf_printf(out, "    #%lld %s — %s — %s%s\n",
			    (long long)json_object_get_int64(get(c, "id")),
			    gs(c, "what"), *due ? dd : (zh ? "沒有日期" :
			    "no date"), get_bool(c, "overdue") ? (zh ? "已過期" :
			    "OVERDUE") : state_text(gs(c, "state"), zh), get_bool(c, "vague") ?
			    (zh ? "，含糊" : ", vague") : "");
			day_text(ans, zh, ad);
			buf_printf(out, zh ? "       （%s%s%s%s%s）\n" :
			    "       (%s %s%s%s%s)\n", *ld ? (zh ? "來信日期：" :
			    "letter of") : (zh ? "記錄日期：" : "recorded"), ldd,
			    *ans ? (zh ? "；學校已於" : "; answered by the school "
			    "on ") : "", *ans ? ad : "", *ans && zh ? "回覆" : "");
		}
	}

	heading(out, zh ? "已過期" : "Overdue");
	v = get(b, "overdue");
	n = v ? json_object_array_length(v) : 0;
	if (n == 0)
		buf_addstr(out, zh ? "  （沒有。）\n" : "  (Nothing.)\n");
	for (size_t k = 0; k < n; k++) {
		json_object *c = json_object_array_get_idx(v, k);
		char dd[64];
		day_text(gs(c, "due"), zh, dd);
		buf_printf(out, zh ? "  #%lld %s：%s — 應於%s完成\n" :
		    "  #%lld %s: %s — due %s\n",
		    (long long)json_object_get_int64(get(c, "id")),
		    gs(c, "person"), gs(c, "what"), dd);
	}

	heading(out, zh ? "尚未得到回應的推搪" : "Deflections not yet answered");
	v = get(b, "deflections");
	n = v ? json_object_array_length(v) : 0;
	if (n == 0)
		buf_addstr(out, zh ? "  （沒有。）\n" : "  (None.)\n");
	for (size_t k = 0; k < n; k++) {
		json_object *d = json_object_array_get_idx(v, k);
		char dd[64];
		day_text(gs(d, "letter_date"), zh, dd);
		buf_printf(out, zh ? "  %s，%s來信（%s）：\n    「%s」\n    提問：%s\n" :
		    "  %s, letter of %s (%s):\n    \"%s\"\n    Ask: %s\n",
		    *gs(d, "from") ? gs(d, "from") : (zh ? "學校" :
		    "the school"), dd, gs(d, "label"), gs(d, "quote"),
		    gs(d, "answer"));
	}

	json_object *d = get(b, "draft_iep");
	if (get_bool(d, "iep_or_sst")) {
		heading(out, zh ? "個別學習計劃初稿" : "The draft IEP");
		if (get_bool(d, "received"))
			buf_addstr(out, zh ? "  學校已寄來個別學習計劃初稿：請在會面前細閱。\n" :
			    "  A letter about the draft IEP has arrived: read it "
			    "before the meeting.\n");
		else if (*gs(d, "body")) {
			json_object *ob = get(d, "outbox_id");
			const char *os = gs(d, "outbox_state");
			if (ob && *os && strcmp(os, "draft") != 0)
				buf_printf(out, zh ? "  仍未收到初稿。以下信件（外寄匣 %lld）"
				    "的狀態：%s。\n" : "  No draft has arrived. This "
				    "letter (outbox %lld) is %s.\n",
				    (long long)json_object_get_int64(ob), os);
			else if (ob)
				buf_printf(out, zh ? "  仍未收到初稿。以下信件已草擬（外寄匣 "
				    "%lld），待你批准：ptrail approve %lld\n" :
				    "  No draft has arrived. This letter is drafted "
				    "(outbox %lld) and waits for your approval: ptrail "
				    "approve %lld\n", (long long)json_object_get_int64(ob),
				    (long long)json_object_get_int64(ob));
			else
				buf_addstr(out, zh ? "  仍未收到初稿。會面前三個工作天，"
				    "ptraild 會草擬以下信件，待你批准：\n" :
				    "  No draft has arrived. Three working days before "
				    "the meeting ptraild drafts this letter for your "
				    "approval:\n");
			buf_printf(out, zh ? "  收件人：%s\n  主旨：%s\n\n" :
			    "  To: %s\n  Subject: %s\n\n", gs(d, "to"),
			    gs(d, "subject"));
			for (const char *p = gs(d, "body"); *p; ) {
				const char *e = strchr(p, '\n');
				size_t len = e ? (size_t)(e - p) : strlen(p);
				buf_addstr(out, len ? "    " : "");
				buf_add(out, p, len);
				buf_addch(out, '\n');
				p += len + (e ? 1 : 0);
			}
		}
	}

	heading(out, zh ? "會上要爭取的結果" : "Outcomes to ask for");
	v = get(b, "outcomes");
	n = v ? json_object_array_length(v) : 0;
	if (n == 0)
		buf_addstr(out, zh ? "  （記錄中沒有待跟進的事項。）\n" :
		    "  (Nothing on record is waiting.)\n");
	for (size_t k = 0; k < n; k++)
		buf_printf(out, "  - %s\n", json_object_get_string(
		    json_object_array_get_idx(v, k)));

	heading(out, zh ? "離開時要帶走三樣東西" : "Leave with three things");
	v = get(b, "leave_with");
	n = v ? json_object_array_length(v) : 0;
	for (size_t k = 0; k < n; k++)
		buf_printf(out, "  %zu. %s\n", k + 1, json_object_get_string(
		    json_object_array_get_idx(v, k)));
}
