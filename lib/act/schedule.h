/*
 * schedule.h — deadlines, the escalation ladder and the parent's digest.
 *
 * A commitment is overdue the day after its due day (family's zone) while
 * it is open or confirmed and no letter has answered it (answered is per
 * promise: items.h). The ladder of the advocacy playbook climbs on what
 * was sent, not on the calendar:
 *   0 a reminder to the person who made the promise (To; when the ledger
 *     knows no address for that person, the writer of the letter that
 *     named them), the SENCO in Cc when that person is school staff; due
 *     reminder_after days after the due day
 *   1 a formal letter to the principal, SENCO in Cc
 *   2 a letter to the school's IMC
 *   3 a notice to the parent with a drafted complaint to the EDB Regional
 *     Education Office, and the EOC route
 * Step k+1 is due (principal_after - reminder_after, ...) school days
 * after step k was *sent* and went unanswered. While a step waits for
 * approval, nothing above it moves; a step the parent cancels stops the
 * ladder for that promise (`ptrail escalate ID` drafts it again). A step
 * whose addressee the config lacks (no principal, no imc) is not drafted:
 * the digest names the key to set. A step whose addressee already had a
 * lower step of the promise is passed over (an escalations row with no
 * letter, the event escalation.skip, a line in the digest): a promise of
 * the principal climbs from the reminder (to the principal) to the IMC,
 * one of an IMC member from the principal to the EDB notice. The wait
 * before the next step is the one after the step that was sent.
 * A promise whose due day is in doubt (date_flag, items.h) takes no step
 * on the guessed day: it waits for `ptrail due ID DATE`, and the digest
 * lists it once with the question and that command.
 * Outside providers (an address outside
 * the school's domains) get the reminder only, and the school is never
 * copied. One letter per addressee and step lists every promise it
 * covers; a promise that comes due joins the unapproved draft of the same
 * step and addressee. Every sentence of a letter about what was sent is
 * derived from `sent` outbox rows, with their dates.
 * A promise whose due day had already passed when ptrail first recorded
 * it (an old letter found by the first sync) is not chased unless the
 * parent asks (`ptrail chase ID`); the digest lists it with that command.
 * Letters to the school wait for a school morning (not_before). The
 * parent is also sent the brief three working days before each meeting
 * (brief.h).
 *
 * The parent gets one digest a day (the first run at or after
 * DIGEST_HOUR): drafts waiting for approval with their full To/Cc and
 * APPROVE tokens, what is overdue and where its ladder stands, what the
 * school answered, meetings of the past week with no summary sent (with
 * how to record what was agreed; brief.h), meetings and due days ahead.
 *
 * Ownership: chase_item strings belong to the item; chase_plan_free()
 * frees an array from schedule_plan().
 */
#ifndef PTRAIL_SCHEDULE_H
#define PTRAIL_SCHEDULE_H

#include <stdint.h>
#include <stddef.h>
#include <time.h>

#include "base/buf.h"
#include "base/cancel.h"
#include "base/config.h"
#include "ledger/ledger.h"

#define DIGEST_HOUR 7	/* local hour from which the day's digest goes */

/* One overdue, unanswered promise and where its ladder stands. */
struct chase_item {
	int64_t	 id;
	char	*quote, *due, *who, *who_addr;	/* who: the person's name */
	int64_t	 letter;			/* messages.id, 0: none */
	char	*letter_from, *letter_from_name, *letter_subject;
	char	*letter_msgid, *lang;
	int64_t	 letter_date, created_at;
	int	 chase;		/* the parent asked to chase an old one */
	int	 historic;	/* past its due day when first seen */
	int	 last_sent;	/* highest step sent, -1: none */
	int64_t	 last_sent_at;
	int64_t	 pending_outbox; /* a step waiting (draft ... failed), or 0 */
	int	 cancelled;	/* the step above last_sent was cancelled */
	int	 next_step;
	int64_t	 due_at;	/* when next_step falls due, 0: it does not */
	char	*blocked;	/* why next_step cannot be drafted, or NULL */
	char	*date_flag;	/* the due day is in doubt (items.h): no step
				 * is taken until `ptrail due` settles it */
	int	 skipped;	/* bit k: step k is passed over, its addressee
				 * had a lower step already */
	char	*skip_who;	/* who the first step passed over would
				 * have gone to again, or NULL */
};

/* Take every ladder step that has come due (returns how many promises
 * moved; -1 on error), then the briefs and the day's digest. Safe to run
 * any number of times: nothing is done twice. Asked to stop (cancel.h),
 * it stops before the next letter or brief, each drafted one whole, and
 * drafts no digest; the next run takes up the rest. */
int	schedule_run(struct ledger *l, const struct config *cfg, time_t now,
	    const struct cancel *stop);

/* Every overdue, unanswered promise with its ladder's state. */
int	schedule_plan(struct ledger *l, const struct config *cfg, time_t now,
	    struct chase_item **out, size_t *n);
void	chase_item_free(struct chase_item *it);
void	chase_plan_free(struct chase_item *v, size_t n);

/* `ptrail escalate ID`: draft the next step now, without waiting for its
 * day (the step below must have been sent). Returns the step drafted, or
 * -1 with the reason in err. */
int	schedule_escalate(struct ledger *l, const struct config *cfg,
	    int64_t id, time_t now, struct buf *err);

/* The day's digest to the parent, once a day: 1 made, 0 nothing to say
 * (or made already), -1 error. */
int	schedule_digest(struct ledger *l, const struct config *cfg, time_t now);

/* What is and is not being chased, and why (for `ptrail status`). */
void	schedule_policy(struct ledger *l, const struct config *cfg, time_t now,
	    struct buf *out);

/* The next school day's work_start at or after t (family's zone);
 * t itself when it falls inside working hours of a school day. */
time_t	schedule_next_school_morning(const struct config *cfg, time_t t);

#endif
