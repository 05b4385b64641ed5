/*
 * deflections.c — sentences that avoid committing (SPEC.md "deflection"):
 * waiting on a third party, budget and capacity, a legal position,
 * reassurance without data.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "xmalloc.h"

const char *
deflection_kind(const struct unit *u, const char **rule)
{
	static const char *const waiting[] = { "waiting for", "waiting to hear",
	    "waiting until", "wait for", "waiting on", "await", "awaiting",
	    "pending", "until we receive", "until we hear", "once we receive",
	    "等待", "等候", "有待", "仍在等", NULL };
	static const char *const budget[] = { "budget", "funding", "funds",
	    "fully allocated", "quota", "resources are limited",
	    "limited resources", "lack of resources", "afford", "manpower",
	    "staffing", "經費", "資源有限", "預算", "名額", "人手不足",
	    "資源不足", NULL };
	static const char *const legal[] = { "not required", "aren't required",
	    "isn't required", "not obliged", "not obligated", "no obligation",
	    "not compulsory", "not mandatory", "not entitled", "not a legal",
	    "not legally", "policy does not allow", "policy doesn't allow",
	    "only drawn up for", "is only for", "are only for", "only provided for",
	    "並非法定", "沒有責任", "並無責任", "不是必須", "非強制",
	    "政策不容許", "只適用於", NULL };
	static const char *const reassure[] = { "doing everything we can",
	    "everything we can", "everything possible", "do our best",
	    "doing our best", "as best they can", "as best we can",
	    "don't worry", "do not worry", "no need to worry",
	    "nothing to worry", "rest assured", "in good hands",
	    "takes every concern", "take every concern", "take your concerns seriously",
	    "takes your concerns seriously", "doing fine", "is doing well",
	    "making good progress", "monitoring the situation",
	    "at their own pace", "at his own pace", "at her own pace",
	    "experienced in", "well supported", "settling in well",
	    "請放心", "不用擔心", "唔使擔心", "無需擔心", "十分重視", "盡力", NULL };
	static const char *const other[] = { "hands are tied", "delayed because",
	    "don't think", "do not think", "not necessary", "unnecessary",
	    "beyond our control", "not in a position", "not possible at",
	    "out of our hands", "not our responsibility", "不需要", NULL };

	if (any_of(u, waiting, 0, u->len)) {
		*rule = "deflection.waiting";
		return "waiting";
	}
	if (any_of(u, budget, 0, u->len)) {
		*rule = "deflection.budget";
		return "budget";
	}
	if (any_of(u, legal, 0, u->len)) {
		*rule = "deflection.legal-position";
		return "legal-position";
	}
	if (any_of(u, reassure, 0, u->len)) {
		*rule = "deflection.reassurance";
		return "reassurance";
	}
	if (any_of(u, other, 0, u->len)) {
		*rule = "deflection.other";
		return "other";
	}
	return NULL;
}

