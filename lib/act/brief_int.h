/*
 * brief_int.h — private to lib/act/brief*.c: the small helpers that
 * building the brief (brief.c), rendering it as text (brief_text.c) and
 * mailing it (brief_mail.c) share. Not for use outside the brief.
 * day_text() and time_day() are defined in brief.c.
 */
#ifndef PTRAIL_BRIEF_INT_H
#define PTRAIL_BRIEF_INT_H

#include <json-c/json.h>
#include <time.h>

/* "Thu 9 Apr 2026" or "2026年4月9日（星期四）"; out holds 64. */
void	day_text(const char *ymd, int zh, char out[64]);

/* t's local day, YYYY-MM-DD; out holds 11. */
void	time_day(time_t t, char out[11]);

static inline void
add_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v ? json_object_new_string(v) : NULL);
}

static inline const char *
get_str(json_object *o, const char *k)
{
	json_object *v;
	if (o == NULL || !json_object_object_get_ex(o, k, &v) || v == NULL)
		return NULL;
	return json_object_get_string(v);
}

static inline int
get_bool(json_object *o, const char *k)
{
	json_object *v;
	return o && json_object_object_get_ex(o, k, &v) && v &&
	    json_object_get_boolean(v);
}

/* As get_str(), "" for a missing key or null. */
static inline const char *
gs(json_object *o, const char *k)
{
	const char *s = get_str(o, k);
	return s ? s : "";
}

static inline json_object *
get(json_object *o, const char *k)
{
	json_object *v;
	return o && json_object_object_get_ex(o, k, &v) ? v : NULL;
}

#endif
