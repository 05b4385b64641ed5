/*
 * schedule.h — deadlines and the escalation ladder.
 *
 * A commitment is overdue the day after its due day (in the family's
 * zone) while it is open or confirmed and the school has not written in
 * its thread. Then, each step on its own day, the ladder of the advocacy
 * playbook, from [escalation] (days after the due day):
 *   0 reminder_after   a polite reminder to the owner (the SENCO, else the
 *                      letter's sender)
 *   1 principal_after  a formal letter to the principal, SENCO in copy,
 *                      citing the dated record
 *   2 imc_after        a letter to the school's IMC
 *   3 reo_after        a notice to the parent with a drafted complaint to
 *                      the EDB Regional Education Office, and the EOC route
 * Each step is an outbox row under the send policy, recorded in
 * escalations (one row per commitment and step: a step never repeats) and
 * in events. An answer in the thread, or the parent marking the item done,
 * disputed or withdrawn, stops the ladder. Steps addressed to the school
 * wait for a school morning: not_before is the next school day (no
 * weekends, no Hong Kong general holidays) at work_start.
 * A promise whose due day had already passed when ptrail first recorded
 * it (an old letter found by the first sync) is shown as overdue but not
 * chased: the ladder is for silences ptrail has witnessed.
 * The parent is also sent the brief three working days before each
 * meeting (brief.h), and a notice the day before each due date.
 */
#ifndef PTRAIL_SCHEDULE_H
#define PTRAIL_SCHEDULE_H

#include <time.h>

#include "base/config.h"
#include "ledger/ledger.h"

/* Take every ladder step that has come due (returns how many; -1 on
 * error), and send the parent's reminders. Safe to run any number of
 * times: nothing is done twice. */
int	schedule_run(struct ledger *l, const struct config *cfg, time_t now);

/* The next school day's work_start at or after t (family's zone);
 * t itself when it falls inside working hours of a school day. */
time_t	schedule_next_school_morning(const struct config *cfg, time_t t);

#endif
