/*
 * unnamed_doers.c — promises whose doer nobody names, read for
 * commitments.c: a service to the child fixed for a day ("sessions will
 * take place every Thursday": the school's or the centre's work), and
 * "someone will get back to you" (read like a passive, no owner). An
 * event ("sports day will be held", "a parents' briefing session will be
 * held on 11 July") promises nothing.
 */
#include <string.h>

#include "extract/extract_int.h"

/* "Someone will get back to you", "somebody from the team will ring":
 * an agent nobody names, the subject of the marker at ms; read like a
 * passive (no owner). */
int
someone_acts(const struct unit *u, size_t from, size_t ms)
{
	static const char *const nobody_named[] = { "someone", "somebody",
	    NULL };

	return ms > from && ms - from <= 40 &&
	    any_of(u, nobody_named, from, ms);
}

/*
 * "Sessions will take place every Thursday, starting on 5 November",
 * "the first group session will be held on 19 September": a service to
 * the child, fixed for a day, is somebody's work (the school's or the
 * centre's) even with no one named; "sports day will be held" is an
 * event, and promises nothing.
 */
int
service_scheduled(const struct unit *u, size_t a, size_t b, size_t from,
    size_t ms, size_t me)
{
	static const char *const services[] = { "session", "sessions",
	    "assessment", "observation", "therapy", "visit", "lessons",
	    "programme", "tutoring", "screening", "extra time",
	    "arrangement", "arrangements", "accommodation", "group",
	    "training", NULL };
	/* "extra time will apply from Monday 28 September" */
	static const char *const happen[] = { "take place", "be held",
	    "start", "begin", "run", "resume", "commence", "apply",
	    "take effect", "be in place", NULL };
	/* "a parents' briefing session will be held": for all families */
	static const char *const for_parents[] = { "parents'", "parent",
	    "parents", "briefing", "information session", NULL };
	size_t i = me;

	if (!any_of(u, services, from, ms) || span_count_in(u, a, b) == 0 ||
	    any_of(u, for_parents, from, ms))
		return 0;
	while (i < u->len && u->lc[i] == ' ')
		i++;
	for (int k = 0; happen[k]; k++)
		if (strncmp(u->lc + i, happen[k], strlen(happen[k])) == 0 &&
		    !is_alnum_at(u, (long)(i + strlen(happen[k]))))
			return 1;
	return 0;
}
