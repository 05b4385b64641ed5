/*
 * brief.h — what the parent takes into an SST/IEP meeting, and what to
 * leave it with.
 *
 * The brief for one meeting, built only from the ledger: the meeting
 * (date, time, the words of the letter that fixed it, with whom); the
 * support on record (each commitment with its state, per person, with the
 * date of the letter it came from); what is overdue; the deflections not
 * yet answered, each with its answer (advice.h); for an IEP/SST meeting
 * with no draft IEP received, a letter to the SENCO asking for it; the
 * outcomes to ask for; and the three things to leave with (a next step
 * with a named person and a date, the written summary within 24 hours,
 * the date of the next meeting). `ptrail brief` prints it; ptraild mails
 * it to the parent three working days before the meeting (weekends and
 * holidays.h's days skipped) and drafts the draft-IEP letter for approval.
 *
 * A deflection counts as answered once the school has written again in
 * its thread after it (as ingest.c marks commitments answered).
 *
 * Ownership: the json_object from brief_build() is the caller's
 * (json_object_put()); text is appended to the caller's buf.
 */
#ifndef PTRAIL_BRIEF_H
#define PTRAIL_BRIEF_H

#include <json-c/json.h>
#include <stdint.h>
#include <time.h>

#include "base/buf.h"
#include "base/cancel.h"
#include "base/config.h"
#include "ledger/ledger.h"

/* The brief for meeting id (0: the next scheduled meeting, today or
 * later) in lang ("en" | "zh"). 0 and *out; 1 when there is no such
 * meeting; -1 when the ledger cannot be read. JSON keys are listed in
 * ptrail(1). */
int	brief_build(struct ledger *l, const struct config *cfg, int64_t meeting,
	    time_t now, const char *lang, json_object **out);

/* The brief as text, in the language it was built in. */
void	brief_text(json_object *brief, struct buf *out);

/* The day the brief is due for a meeting on ymd: three working days
 * before it (out holds 11). -1 when ymd does not parse. */
int	brief_due_day(const struct config *cfg, const char *ymd, char out[11]);

/*
 * For every scheduled meeting whose brief day has come (and that is not
 * past): draft the letter asking the SENCO for the draft IEP, when the
 * meeting is an IEP/SST one and no draft has arrived, under the send
 * policy for reminders, to go on a school morning; then mail the brief
 * to the parent. Once per meeting and date. Returns how many briefs were
 * made; -1 on error. Asked to stop (cancel.h), it stops before the next
 * meeting's brief. Called from schedule_run().
 */
int	brief_due(struct ledger *l, const struct config *cfg, time_t now,
	    const struct cancel *stop);

/* After a meeting: when the ledger holds no scheduled meeting after it,
 * append to out the request to fix the next one (for the summary). */
void	brief_next_meeting_ask(struct ledger *l, int64_t meeting,
	    const char *lang, struct buf *out);

/*
 * For the parent's daily digest: each meeting of the last seven days
 * (not today's) with no summary sent yet — one line each, with the
 * summary's outbox row when it is drafted and waits, else how to record
 * what was agreed. A summary is a confirmation whose subject names the
 * meeting's day (compose.c's "Following our meeting on ..."). Appends to
 * out in lang; returns how many meetings it listed, -1 on error.
 */
int	brief_after_meetings(struct ledger *l, time_t now, const char *lang,
	    struct buf *out);

#endif
