/*
 * compose.h — the confirmation summary advocates tell parents to send
 * within 24 hours: "Following your letter of ..., I understood that X would
 * be done by [date]. Please let me know of any corrections."
 *
 * Written as a reply in the letter's thread (In-Reply-To, References,
 * "Re:"), to the sender, with the SENCO in copy only when the sender is
 * the school's own staff (an address in the school's domains; never an
 * outside provider's letter, which may be confidential), in the letter's
 * language (English or Traditional Chinese). Vague promises get "who, and
 * by which date?"; each deflection the answer of its kind: reassurance ->
 * the progress data since the accommodation began; waiting for the EP ->
 * the last EP visit and priority in the next cycle; no budget -> how the
 * Learning Support Grant is deployed at the child's tier; "IEPs aren't
 * required" -> the legal position acknowledged, the accommodations
 * documented in an IEP as the school's Tier 3 tracking. From a template
 * the parent may
 * override: <templates>/confirmation.<lang>.txt, where [send] templates or
 * $XDG_CONFIG_HOME/ptrail/templates names the folder. Placeholders:
 * {recipient} {letter_date} {items} {questions} {reply_by} {parent}.
 */
#ifndef PTRAIL_COMPOSE_H
#define PTRAIL_COMPOSE_H

#include <stdint.h>
#include <time.h>

#include "base/cancel.h"
#include "base/config.h"
#include "ledger/ledger.h"

/* Draft (or, with send = auto, approve) the summary for stored message
 * msg. 0 and *outbox_id; 1 when there is nothing to confirm or it was
 * drafted already; -1 on error. */
int	compose_confirmation(struct ledger *l, const struct config *cfg,
	    int64_t msg, time_t now, int64_t *outbox_id);

/* Letters from the school, dated within the last 'days', that have items
 * and no summary yet: draft one each, oldest first, each in its own
 * transaction, stopping before the next when stop asks (cancel.h; NULL:
 * never). Returns how many were drafted, or -1.
 * (ptraild passes COMPOSE_DAYS: an older letter found by a first sync is
 * not confirmed so long after; README and `ptrail status` say so.) */
#define COMPOSE_DAYS 7
int	compose_pending(struct ledger *l, const struct config *cfg, time_t now,
	    int days, const struct cancel *stop);

/* Meetings the parent recorded (ptrail meeting add) or, read from a
 * letter, marked held (ptrail meeting held), within the last 'days', with
 * commitments added to them and no summary yet: draft one each, to the
 * SENCO (else class teacher, else principal); stop as above. */
int	compose_meetings(struct ledger *l, const struct config *cfg, time_t now,
	    int days, const struct cancel *stop);

#endif
