/*
 * advice.h — the answer to each kind of deflection, in English and
 * Traditional Chinese.
 *
 * A deflection ("we're doing everything we can", "we're waiting for the
 * EP", "there is no budget", "IEPs aren't required") is turned into
 * something checkable by the reply an advocate pairs with it: progress
 * data, the EP's last visit and priority in the next cycle, how the
 * Learning Support Grant is deployed at the child's tier, an IEP as the
 * school's Tier 3 record of the accommodations under the DDO Code of
 * Practice on Education. Vague promises (no-owner, no-date) get "who, and
 * by which date?"; an unknown kind gets the "other" answer.
 *
 * The kinds are the extractor's (extract.h): reassurance waiting budget
 * legal-position no-owner no-date other.
 *
 * Each answer may be overridden by the parent: <templates>/advice-<kind>.
 * <lang>.txt, in the folder compose.h names for the confirmation template.
 * Placeholders: {child} {accommodation} {tier} {quote}. What the config and
 * the ledger do not know is left as a visible blank ("[the accommodation]"),
 * never guessed.
 *
 * Ownership: strings returned by advice_answer() are the caller's (free());
 * advice_kind() and advice_label() return static strings; struct
 * advice_ctx owns its strings, advice_ctx_free() releases them.
 */
#ifndef PTRAIL_ADVICE_H
#define PTRAIL_ADVICE_H

#include <stdint.h>

#include "base/config.h"
#include "ledger/ledger.h"

#define ADVICE_NKINDS 7

/* What the answer is filled with; NULL or 0 where nothing is known. */
struct advice_ctx {
	char	*child;		/* the child's name, from [child] name */
	char	*accommodation;	/* "extra time in tests", from the quote */
	int	 tier;		/* 1..3, from the school's letters; 0: unknown */
	char	*quote;		/* the deflection as written */
};

/* The kind as one of the seven (static); unknown or NULL -> "other". */
const char *advice_kind(const char *kind);

/* The i-th kind (0 <= i < ADVICE_NKINDS), for lists and tests. */
const char *advice_kind_at(int i);

/* A short label for the kind: "waiting for the EP" / "等待教育心理學家". */
const char *advice_label(const char *kind, const char *lang);

/* The answer to kind in lang ("zh" or anything else for English), filled
 * from ctx (may be NULL); the parent's template wins. Caller frees. */
char	*advice_answer(const struct config *cfg, const char *kind,
	    const char *lang, const struct advice_ctx *ctx);

/* One deflection as a confirmation summary lists it: the quote, then its
 * answer indented below; the first call on an empty out writes the
 * block's heading ("On the following points, may I ask:"). */
void	advice_summary_item(struct ledger *l, const struct config *cfg,
	    const char *quote, const char *kind, const char *lang,
	    struct buf *out);

/* For `ptrail show`: the deflections of stored letter msg, each with its
 * kind's label and its answer, in lang (NULL: the letter's language),
 * appended to out under a heading. Returns how many; -1 on error. */
int	advice_for_letter(struct ledger *l, const struct config *cfg,
	    int64_t msg, const char *lang, struct buf *out);

/* ctx for a deflection whose words are quote: the child from cfg, the
 * accommodation from the quote ("As for X, ..."), the tier from the
 * newest school letter that names one. */
void	advice_ctx_load(struct ledger *l, const struct config *cfg,
	    const char *quote, struct advice_ctx *ctx);
void	advice_ctx_free(struct advice_ctx *ctx);

/* The accommodation a quote is about ("As for the extra time in tests,
 * ..." -> "the extra time in tests"), or NULL. Caller frees. */
char	*advice_accommodation(const char *quote);

#endif
