/*
 * dates.c — `ptrail dates`: how ptrail reads the dates in a piece of text.
 *
 *   ptrail dates [--ref ISO] TEXT...   every span, resolved, with flags
 *   ptrail dates --jsonl               {"text","ref"} lines in, per line
 *                                      {"text","date","time"} out: the
 *                                      span SPEC.md makes the deadline
 * The second form reads thousands of phrases in one process, so the date
 * reader can be checked and benchmarked in bulk. No ledger, no network.
 * Hidden: --jsonl --bench N reads the phrases, then times N passes of the
 * reader over all of them and prints phrases/second, for `make bench`.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "act/holidays.h"
#include "extract/dates.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

/* School days skip Hong Kong general holidays (and holidays_file's days
 * when a config is loaded). */
static const struct config *holiday_cfg;

static int
closed(const void *arg, long day)
{
	return holiday_or_weekend(arg, day);
}

/* D for an ISO time: its civil date in its own offset (SPEC.md), with
 * the minute of that day and the offset when the text gives a time. */
static int
ref_day(const char *iso, struct dates_ref *out)
{
	time_t t;
	int off;

	if (iso8601_parse(iso, &t, &off) == -1)
		return -1;
	time_t local = t + (time_t)off * 60;
	days_to_civil((long)(local / 86400), &out->day);
	out->minute = strchr(iso, 'T') ? (int)(local % 86400) / 60 : -1;
	out->offset = off;
	out->closed = closed;
	out->closed_arg = holiday_cfg;
	return 0;
}

/* Returns how many spans it printed. */
static int
print_spans(const char *text, const struct dates_ref *ref)
{
	struct date_span spans[DATE_SPAN_MAX];
	char human[16], tm[6];
	int n = dates_find_ref(text, strlen(text), ref, spans, DATE_SPAN_MAX);
	int pick = dates_pick(spans, n, tm);

	for (int k = 0; k < n; k++) {
		const struct date_span *sp = &spans[k];
		printf("%c \"%.*s\"", k == pick ? '*' : ' ',
		    (int)(sp->end - sp->start), text + sp->start);
		if (sp->has_date) {
			civil_human(&sp->date, human);
			printf("  %04d-%02d-%02d (%s)", sp->date.y, sp->date.m,
			    sp->date.d, human);
		}
		if (sp->hour >= 0)
			printf("  %02d:%02d", sp->hour, sp->minute);
		printf("%s%s%s%s%s", sp->deadline ? "  deadline" : "",
		    sp->start_word ? "  start" : "", sp->vague ? "  vague" : "",
		    sp->past ? "  past" : "", sp->is_range_end ? "  range-end" : "");
		if (dates_flag_name(sp->flags))
			printf("  %s", dates_flag_name(sp->flags));
		putchar('\n');
	}
	if (n == 0)
		printf("  (no date or time)\n");
	else if (pick >= 0)
		printf("due: %04d-%02d-%02d%s%s\n", spans[pick].date.y,
		    spans[pick].date.m, spans[pick].date.d, *tm ? " " : "", tm);
	return n;
}

static int
jsonl(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int bad = 0;

	while ((len = getline(&line, &cap, stdin)) > 0) {
		json_object *in = json_tokener_parse(line), *t, *r, *out;
		struct date_span spans[DATE_SPAN_MAX];
		struct dates_ref ref;
		char tm[6], ymd[11];

		if (in == NULL || !json_object_object_get_ex(in, "text", &t) ||
		    !json_object_object_get_ex(in, "ref", &r) ||
		    ref_day(json_object_get_string(r), &ref) == -1) {
			fprintf(stderr, "ptrail dates: a line is not "
			    "{\"text\": ..., \"ref\": ISO 8601}\n");
			json_object_put(in);
			bad = 1;
			continue;
		}
		const char *text = json_object_get_string(t);
		int n = dates_find_ref(text, strlen(text), &ref, spans,
		    DATE_SPAN_MAX);
		int pick = dates_value(spans, n, &ref, tm);
		out = json_object_new_object();
		json_object_object_add(out, "text", json_object_new_string(text));
		if (pick >= 0) {
			civil_format(&spans[pick].date, ymd);
			json_object_object_add(out, "date",
			    json_object_new_string(ymd));
		} else {
			json_object_object_add(out, "date", NULL);
		}
		json_object_object_add(out, "time", pick >= 0 && *tm ?
		    json_object_new_string(tm) : NULL);
		/* a flagged span is a question, not only an answer */
		for (int k = 0; k < n; k++)
			if (dates_flag_name(spans[k].flags)) {
				json_object_object_add(out, "flag",
				    json_object_new_string(dates_flag_name(
				    spans[k].flags)));
				break;
			}
		puts(json_object_to_json_string_ext(out, JSON_C_TO_STRING_PLAIN |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(out);
		json_object_put(in);
	}
	free(line);
	return bad ? EX_DATAERR : EXIT_FOUND;
}

struct phrase {
	char		*text;
	struct dates_ref ref;
};

static int
bench(long reps)
{
	struct phrase *ph = NULL;
	size_t n = 0, cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	struct timespec t0, t1;
	long done = 0, found = 0;

	while (getline(&line, &lcap, stdin) > 0) {
		json_object *in = json_tokener_parse(line), *t, *r;
		struct dates_ref ref;
		if (in == NULL || !json_object_object_get_ex(in, "text", &t) ||
		    !json_object_object_get_ex(in, "ref", &r) ||
		    ref_day(json_object_get_string(r), &ref) == -1) {
			json_object_put(in);
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			ph = xreallocarray(ph, cap, sizeof(*ph));
		}
		ph[n].text = xstrdup(json_object_get_string(t));
		ph[n].ref = ref;
		n++;
		json_object_put(in);
	}
	free(line);
	if (n == 0) {
		fprintf(stderr, "ptrail dates: --bench: no phrases on stdin\n");
		free(ph);
		return EX_DATAERR;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long k = 0; k < reps; k++)
		for (size_t i = 0; i < n; i++) {
			struct date_span spans[DATE_SPAN_MAX];
			char tm[6];
			int c = dates_find_ref(ph[i].text, strlen(ph[i].text),
			    &ph[i].ref, spans, DATE_SPAN_MAX);
			found += dates_value(spans, c, &ph[i].ref, tm) >= 0;
			done++;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("phrases=%ld seconds=%.3f phrases_per_sec=%.0f answered=%ld\n",
	    done, secs, (double)done / secs, found);
	for (size_t i = 0; i < n; i++)
		free(ph[i].text);
	free(ph);
	return EXIT_FOUND;
}

int
cmd_dates(struct cli *cli, int argc, char **argv)
{
	struct dates_ref ref;
	const char *ref_iso = NULL;
	int i = 1, found = 0;

	holiday_cfg = &cli->cfg;	/* zeroed unless a config was loaded */
	if (argc == 2 && strcmp(argv[1], "--jsonl") == 0)
		return jsonl();
	if (argc == 4 && strcmp(argv[1], "--jsonl") == 0 &&
	    strcmp(argv[2], "--bench") == 0) {
		char *end;
		long reps = strtol(argv[3], &end, 10);
		if (*end != '\0' || reps < 1 || reps > 1000000)
			return cli_usage("dates");
		return bench(reps);
	}
	if (i + 1 < argc && strcmp(argv[i], "--ref") == 0) {
		ref_iso = argv[i + 1];
		i += 2;
	}
	if (i >= argc)
		return cli_usage("dates");
	if (ref_iso) {
		if (ref_day(ref_iso, &ref) == -1) {
			fprintf(stderr, "ptrail dates: --ref %s is not ISO 8601\n",
			    ref_iso);
			return EXIT_USAGE;
		}
	} else {
		local_civil(cli->now, &ref.day);
		ref.minute = -1;
		ref.offset = DATES_NO_OFFSET;
		ref.closed = closed;
		ref.closed_arg = holiday_cfg;
	}
	for (; i < argc; i++)
		found += print_spans(argv[i], &ref);
	return found ? EXIT_FOUND : EXIT_NONE;
}
