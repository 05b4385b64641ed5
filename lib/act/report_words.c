/*
 * report_words.c — the ledger's own words in the dossier's language: the
 * states, kinds and days that the dossier shows beside the letters' text.
 * The ledger keeps them in English ("open", "reminder", "waiting"); a
 * Chinese dossier shows each in Chinese, so that no label a reader meets
 * there is in English (tests/integration/report_dossier.sh). The JSON
 * keeps the ledger's words: it is read by programs.
 */
#include <stdio.h>
#include <string.h>

#include "act/advice.h"
#include "act/report_int.h"

static const struct { const char *en, *zh; } words[] = {
	/* commitments' states, and what the list adds */
	{ "open", "未完成" }, { "confirmed", "已確認" }, { "done", "已完成" },
	{ "disputed", "有爭議" }, { "withdrawn", "已撤回" },
	{ "overdue", "逾期" }, { "no date", "沒有限期" },
	/* meetings' states */
	{ "scheduled", "已安排" }, { "held", "已舉行" },
	{ "cancelled", "已取消" },
	/* what a note was written with (events commitment.KIND) */
	{ "reopened", "重新開啟" }, { "add", "新增" }, { "answered", "已回覆" },
	{ "chase", "追查" }, { "due", "訂定限期" }, { "restated", "重申" },
	/* letters ptrail sent (outbox kinds) */
	{ "confirmation", "確認摘要" }, { "reminder", "提醒信" },
	{ "escalation", "升級信件" },
	/* the record's item lines */
	{ "Commitment", "承諾" }, { "Deflection", "推搪" },
	{ "from the parent's own summary", "出自家長自己的摘要" },
};

const char *
report_word(int zh, const char *w)
{
	if (!zh || w == NULL)
		return w;
	for (size_t k = 0; k < sizeof(words) / sizeof(*words); k++)
		if (strcmp(words[k].en, w) == 0)
			return words[k].zh;
	/* a deflection's kind: advice.c names it (and calls the unknown
	 * "other", which is not this word) */
	if (strcmp(advice_kind(w), w) == 0)
		return advice_label(w, "zh");
	return w;
}

void
report_day(int zh, const struct civil *c, char out[REPORT_DAY])
{
	static const char *const wd[] = { "一", "二", "三", "四", "五", "六",
	    "日" };

	if (!zh) {
		char d[16];
		civil_human(c, d);
		snprintf(out, REPORT_DAY, "%s", d);
		return;
	}
	snprintf(out, REPORT_DAY, "%d年%d月%d日（星期%s）", c->y % 10000,
	    c->m % 100, c->d % 100,
	    wd[days_weekday(civil_days(c)) % 7]);
}
