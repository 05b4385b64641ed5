/*
 * meetings.c — a sentence that fixes a meeting, case conference, review
 * or call the parent takes part in, with its date (and start time). A
 * meeting is not also a commitment.
 *
 * Rules:
 *   meeting.noun-date  a meeting noun (meeting, case conference, 面談)
 *                      with a named date that is no deadline
 *   meeting.call-date  a call form ("call you", "a quick call", 致電您)
 *                      with such a date: a call fixed for a day is a
 *                      meeting; a call promised by a deadline is a
 *                      commitment
 * Neither reads a sentence of the other classes (lexicon.c): a meeting
 * held or referred to, a proposal waiting for the parent's answer, an
 * event for all parents, a staff meeting the parent does not attend
 * (unless the sentence invites the parent to it).
 * A date before the letter's own day is a meeting already held.
 */
#include <stdio.h>
#include <string.h>

#include "extract/extract_int.h"

int
meeting_sentence(struct letter *lt, const struct unit *u)
{
	const char *rule;
	int k, pick = -1;
	char tm[6] = "";

	if (any_of(u, meeting_nouns, 0, u->len) ||
	    (any_of(u, meeting_nouns_with_you, 0, u->len) &&
	    any_of(u, the_parent, 0, u->len)) || zh_meet_at(u))
		rule = "meeting.noun-date";
	else if (any_of(u, call_forms, 0, u->len))
		rule = "meeting.call-date";
	else
		return 0;
	if (any_of(u, meeting_held, 0, u->len) ||
	    any_of(u, meeting_proposed, 0, u->len) ||
	    (any_of(u, meeting_not_ours, 0, u->len) &&
	    !any_of(u, parent_invited, 0, u->len)) ||
	    is_question(u) || ends_with_colon(u) || zh_meeting_as_record(u))
		return 0;
	/* the meeting's own date: named, not a deadline, not past */
	long today = civil_to_days(lt->ref->y, lt->ref->m, lt->ref->d);
	int held = 0;
	for (k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		if (sp->has_date && !sp->deadline && !sp->past &&
		    !sp->period && !sp->is_range_end && !sp->rel_pending) {
			if (civil_to_days(sp->date.y, sp->date.m,
			    sp->date.d) < today) {
				held = 1;
				continue;
			}
			pick = k;
			break;
		}
	}
	if (pick < 0 || (held && pick < 0))
		return 0;
	/* "I'll call you before Friday": a call promised by a deadline */
	if (strcmp(rule, "meeting.call-date") == 0)
		for (k = 0; k < u->nspans; k++)
			if (u->spans[k].deadline)
				return 0;
	const struct date_span *sp = &u->spans[pick];
	if (sp->hour >= 0)
		snprintf(tm, sizeof(tm), "%02u:%02u", (unsigned)sp->hour % 24u,
		    (unsigned)sp->minute % 60u);
	else
		for (k = 0; k < u->nspans; k++)
			if (u->spans[k].is_time && !u->spans[k].is_range_end) {
				snprintf(tm, sizeof(tm), "%02u:%02u",
				    (unsigned)u->spans[k].hour % 24u,
				    (unsigned)u->spans[k].minute % 60u);
				break;
			}
	add_meeting(lt, quote_of(u, 0, u->len), &sp->date, tm, rule);
	return 1;
}
