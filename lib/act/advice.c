/*
 * advice.c — the answer per deflection kind; see advice.h.
 *
 * The answers are written to be firm and factual but face-preserving:
 * they thank or acknowledge first, then ask for one thing the school can
 * show (data, a date, a person, a document). They never claim a legal
 * duty the law does not impose: an IEP is not required in Hong Kong, and
 * the legal-position answer says so before asking for one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "act/advice.h"
#include "base/buf.h"
#include "base/xmalloc.h"

struct answer {
	const char *kind, *label_en, *label_zh, *en, *zh;
};

static const struct answer answers[ADVICE_NKINDS] = {
	{ "reassurance", "reassurance", "安撫",
	  "Thank you: I know the team cares about {child} and is working hard. "
	  "So that I can follow the effect at home too, could you share the "
	  "progress data since {accommodation} began (assessment results, work "
	  "samples or the teacher's records), and tell me when we will next "
	  "review it together?",
	  "感謝老師們對{child}的關心和付出。為了讓我在家中也能配合，請問可否提供"
	  "自{accommodation}開始以來的進度資料（例如評估結果、功課樣本或老師的紀錄），"
	  "並告訴我下一次一起檢視進度的日期？" },
	{ "waiting", "waiting for the EP", "等待教育心理學家",
	  "I understand this depends on the Educational Psychologist. Could you "
	  "tell me when the EP last saw {child}, and ask for {child} to be given "
	  "priority in the next visit cycle? In the meantime, could we agree what "
	  "interim support will be in place for {accommodation}, and who will "
	  "arrange it?",
	  "明白此事需要等待教育心理學家的意見。請問教育心理學家上一次見{child}是在"
	  "甚麼時候？可否在下一輪到校服務中優先安排{child}？在此期間，可否商定"
	  "{accommodation}的臨時支援，以及由哪一位負責安排？" },
	{ "budget", "no budget", "沒有資源",
	  "I appreciate that resources are limited and have to be shared. Could "
	  "you tell me how the school deploys its Learning Support Grant for "
	  "students at {tier}, and which part of that support is planned for "
	  "{child}? If {accommodation} cannot be provided as it is, I would be "
	  "grateful to know what will be provided instead, and from which date.",
	  "明白學校資源有限，需要分配。請問學校如何運用「學習支援津貼」照顧接受{tier}"
	  "的學生，而當中為{child}安排的支援是甚麼？如{accommodation}未能照樣提供，"
	  "請告訴我會以甚麼安排代替，以及由哪一天開始。" },
	{ "legal-position", "IEPs are not required", "法例沒有規定",
	  "I understand that an IEP is not a statutory requirement in Hong Kong. "
	  "The Code of Practice on Education under the Disability Discrimination "
	  "Ordinance does ask schools to make reasonable accommodation for a "
	  "student's disability, and under the Whole School Approach an IEP is "
	  "the school's own record of Tier 3 support. Could the accommodations {child} needs, "
	  "including {accommodation}, be written into an IEP, so that we can "
	  "review them together?",
	  "明白香港法例並沒有規定學校必須制訂個別學習計劃（IEP）。不過，《殘疾歧視"
	  "條例》下的《教育實務守則》要求學校為殘疾學生作出合理遷就；而在「全校參與」"
	  "模式下，個別學習計劃正是學校跟進第三層支援的紀錄。請問可否把{child}所需的"
	  "調適，包括{accommodation}，寫入個別學習計劃，以便我們一同檢視？" },
	{ "no-owner", "nobody named", "沒有負責人",
	  "Could you tell me who will take this on, and by which date?",
	  "請問這項工作由哪一位負責，以及會在哪一天或之前完成？" },
	{ "no-date", "no date", "沒有日期",
	  "Could you tell me by which date this will be done, so that I can "
	  "note it?",
	  "請問這項工作會在哪一天或之前完成，方便我記錄？" },
	{ "other", "other", "其他",
	  "Could you help me understand the reason, and what could be done for "
	  "{child} instead: by whom, and by which date?",
	  "請問可否讓我了解原因，以及可以改為為{child}作出甚麼安排——由哪一位負責、"
	  "在哪一天或之前完成？" },
};

static const struct answer *
find(const char *kind)
{
	for (int k = 0; k < ADVICE_NKINDS; k++)
		if (kind && strcmp(answers[k].kind, kind) == 0)
			return &answers[k];
	return &answers[ADVICE_NKINDS - 1];	/* other */
}

const char *
advice_kind(const char *kind)
{
	return find(kind)->kind;
}

const char *
advice_kind_at(int i)
{
	return i >= 0 && i < ADVICE_NKINDS ? answers[i].kind : NULL;
}

const char *
advice_label(const char *kind, const char *lang)
{
	const struct answer *a = find(kind);
	return lang && strcmp(lang, "zh") == 0 ? a->label_zh : a->label_en;
}

/* The parent's advice-<kind>.<lang>.txt, or NULL (caller frees). */
static char *
load_override(const struct config *cfg, const char *kind, const char *lang)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	struct buf b = BUF_INIT;
	char chunk[4096], *path;
	size_t n;
	FILE *f;

	if (cfg && cfg->templates_dir)
		path = xasprintf("%s/advice-%s.%s.txt", cfg->templates_dir, kind,
		    lang);
	else if (xdg && *xdg)
		path = xasprintf("%s/ptrail/templates/advice-%s.%s.txt", xdg,
		    kind, lang);
	else
		path = xasprintf("%s/.config/ptrail/templates/advice-%s.%s.txt",
		    home ? home : ".", kind, lang);
	f = fopen(path, "r");
	free(path);
	if (f == NULL)
		return NULL;
	buf_init(&b, 16 * 1024);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	while (b.len > 0 && (b.s[b.len - 1] == '\n' || b.s[b.len - 1] == '\r'))
		b.s[--b.len] = '\0';
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

char *
advice_answer(const struct config *cfg, const char *kind, const char *lang,
    const struct advice_ctx *ctx)
{
	const struct answer *a = find(kind);
	int zh = lang && strcmp(lang, "zh") == 0;
	char *own = load_override(cfg, a->kind, zh ? "zh" : "en");
	const char *tpl = own ? own : (zh ? a->zh : a->en);
	static const char *const tier_en[] = { "[the child's tier]", "Tier 1",
	    "Tier 2", "Tier 3" };
	static const char *const tier_zh[] = { "［支援層級］", "第一層支援",
	    "第二層支援", "第三層支援" };
	const char *names[] = { "child", "accommodation", "tier", "quote" };
	const char *values[4];
	struct buf out = BUF_INIT;
	int tier = ctx && ctx->tier >= 1 && ctx->tier <= 3 ? ctx->tier : 0;

	values[0] = ctx && ctx->child ? ctx->child :
	    (zh ? "［子女姓名］" : "[child's name]");
	values[1] = ctx && ctx->accommodation ? ctx->accommodation :
	    (zh ? "［有關的支援安排］" : "[the accommodation]");
	values[2] = zh ? tier_zh[tier] : tier_en[tier];
	values[3] = ctx && ctx->quote ? ctx->quote : "";
	for (const char *p = tpl; *p; ) {
		int done = 0;
		if (*p == '{')
			for (int k = 0; k < 4 && !done; k++) {
				size_t l = strlen(names[k]);
				if (strncmp(p + 1, names[k], l) == 0 &&
				    p[1 + l] == '}') {
					buf_addstr(&out, values[k]);
					p += l + 2;
					done = 1;
				}
			}
		if (!done)
			buf_addch(&out, *p++);
	}
	free(own);
	return buf_detach(&out);
}

char *
advice_accommodation(const char *quote)
{
	static const char *const lead_en[] = { "as for ", "as regards ",
	    "regarding ", "with regard to ", "in terms of ", "concerning ", NULL };
	static const char *const lead_zh[] = { "至於", "關於", "有關", NULL };
	size_t n;

	if (quote == NULL)
		return NULL;
	for (int k = 0; lead_en[k]; k++) {
		n = strlen(lead_en[k]);
		if (strncasecmp(quote, lead_en[k], n) == 0) {
			const char *s = quote + n, *e = strchr(s, ',');
			if (e && e > s && e - s <= 80)
				return xstrndup(s, (size_t)(e - s));
			return NULL;
		}
	}
	for (int k = 0; lead_zh[k]; k++) {
		n = strlen(lead_zh[k]);
		if (strncmp(quote, lead_zh[k], n) == 0) {
			const char *s = quote + n, *e = strstr(s, "，");
			const char *e2 = strchr(s, ',');
			if (e2 && (e == NULL || e2 < e))
				e = e2;
			if (e && e > s && e - s <= 120)
				return xstrndup(s, (size_t)(e - s));
			return NULL;
		}
	}
	return NULL;
}

/*
 * The school letters that may name a tier: schema step 8's partial index
 * messages_tier_named, word for word, so that the look-up below reads the
 * index instead of every letter's body (it runs once per deflection
 * answered; a scan made a backlog of drafts quadratic).
 */
#define TIER_NAMED	"direction = 'in' AND is_school = 1 " \
	"AND (body LIKE '%tier%' OR body LIKE '%層%')"

void
advice_ctx_load(struct ledger *l, const struct config *cfg, const char *quote,
    struct advice_ctx *ctx)
{
	int64_t tier = 0;

	memset(ctx, 0, sizeof(*ctx));
	ctx->child = cfg && cfg->child_name ? xstrdup(cfg->child_name) : NULL;
	ctx->accommodation = advice_accommodation(quote);
	ctx->quote = quote ? xstrdup(quote) : NULL;
	/* the newest school letter that names a tier (0 when none does) */
	if (l && ledger_query_int(l, &tier, "SELECT coalesce((SELECT t FROM "
	    "(SELECT CASE WHEN body LIKE '%tier 3%' OR body LIKE '%tier-3%' "
	    "OR body LIKE '%tier three%' OR body LIKE '%第三層%' THEN 3 "
	    "WHEN body LIKE '%tier 2%' OR body LIKE '%tier-2%' OR body LIKE "
	    "'%tier two%' OR body LIKE '%第二層%' THEN 2 WHEN body LIKE "
	    "'%tier 1%' OR body LIKE '%tier-1%' OR body LIKE '%tier one%' OR "
	    "body LIKE '%第一層%' THEN 1 END AS t, date, id FROM messages "
	    "WHERE " TIER_NAMED ") WHERE t IS NOT NULL "
	    "ORDER BY date DESC, id DESC LIMIT 1), 0)", (char *)NULL) == 0)
		ctx->tier = (int)tier;
}

void
advice_summary_item(struct ledger *l, const struct config *cfg,
    const char *quote, const char *kind, const char *lang, struct buf *out)
{
	struct advice_ctx ctx;
	int zh = lang && strcmp(lang, "zh") == 0;
	char *a;

	advice_ctx_load(l, cfg, quote, &ctx);
	a = advice_answer(cfg, kind, lang, &ctx);
	if (out->len == 0)
		buf_addstr(out, zh ? "\n另外，想請教以下各點：\n" :
		    "\nOn the following points, may I ask:\n");
	if (zh)
		buf_printf(out, "- 「%s」\n  %s\n", quote ? quote : "", a);
	else
		buf_printf(out, "- \"%s\"\n  %s\n", quote ? quote : "", a);
	free(a);
	advice_ctx_free(&ctx);
}

int
advice_for_letter(struct ledger *l, const struct config *cfg, int64_t msg,
    const char *lang, struct buf *out)
{
	sqlite3_stmt *st;
	char *own = NULL;
	int n = 0, rc, zh;

	if (sqlite3_prepare_v2(ledger_db(l), "SELECT d.quote, d.kind, m.lang "
	    "FROM deflections d JOIN messages m ON m.id = d.message_id WHERE "
	    "d.message_id = ? ORDER BY d.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, msg);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *quote = (const char *)sqlite3_column_text(st, 0);
		const char *kind = (const char *)sqlite3_column_text(st, 1);
		struct advice_ctx ctx;
		char *a;

		if (n == 0 && lang == NULL)
			lang = own = ledger_col_dup(st, 2);
		zh = lang && strcmp(lang, "zh") == 0;
		if (n++ == 0)
			buf_addstr(out, zh ? "信中的推搪：\n" :
			    "deflections in this letter:\n");
		advice_ctx_load(l, cfg, quote, &ctx);
		a = advice_answer(cfg, kind, lang, &ctx);
		buf_printf(out, zh ? "  - 「%s」（%s）\n    提問：%s\n" :
		    "  - \"%s\" (%s)\n    ask: %s\n", quote ? quote : "",
		    advice_label(kind, lang), a);
		free(a);
		advice_ctx_free(&ctx);
	}
	sqlite3_finalize(st);
	free(own);
	return rc == SQLITE_DONE ? n : -1;
}

void
advice_ctx_free(struct advice_ctx *ctx)
{
	free(ctx->child);
	free(ctx->accommodation);
	free(ctx->quote);
	memset(ctx, 0, sizeof(*ctx));
}
