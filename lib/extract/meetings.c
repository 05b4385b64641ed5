/*
 * meetings.c — a sentence that fixes a meeting, case conference, review
 * or call the parent takes part in, with its date (and start time). A
 * meeting is not also a commitment.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "xmalloc.h"

int
meeting_sentence(struct letter *lt, const struct unit *u)
{
	static const char *const words[] = { "meeting", "case conference",
	    "conference", "review with", "iep review", "review meeting",
	    "call you", "phone you", "ring you", "give you a call",
	    "video call", "zoom", "meet you", "meet with you", "meet again",
	    "see you", "seeing you", "appointment", "會議", "面談", "會面",
	    "見面", "通電話", "傾談", "檢討會", "家長會", NULL };
	static const char *const not_meeting[] = { "internal", "staff meeting",
	    "committee meeting", "was held", "we met", "had a meeting",
	    "at yesterday", "thank you for", "thanks for", "last week",
	    "could we", "would you", "are you available", "let me know if",
	    "would it be possible", "suggest", "talk for parents", "workshop",
	    "seminar", "parents' evening", "講座", "工作坊", "is there a time",
	    "which time", "please call", "please contact", "please ring",
	    "請致電", "請於", "請聯絡", "arrange a", "arrange an", "to arrange",
	    "set up a", "schedule a", "organise a", "organize a", "book a",
	    "安排一次", "安排", "if needed", "if necessary", "following our",
	    "after our", "at our", "since our", "會議上", "會上", "內部",
	    "小組會議", "多謝", "謝謝", "感謝", "抽空", NULL };
	int k, pick = -1;
	char tm[6] = "";

	if (!any_of(u, words, 0, u->len) || any_of(u, not_meeting, 0, u->len) ||
	    is_question(u) || ends_with_colon(u))
		return 0;
	/* the meeting's own date: named, not a deadline, not past */
	for (k = 0; k < u->nspans; k++) {
		const struct date_span *sp = &u->spans[k];
		if (sp->has_date && !sp->deadline && !sp->past &&
		    !sp->period && !sp->is_range_end && !sp->rel_pending) {
			pick = k;
			break;
		}
	}
	if (pick < 0)
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
	add_meeting(lt, quote_of(u, 0, u->len), &sp->date, tm,
	    "meeting.noun-date");
	return 1;
}

