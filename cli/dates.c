/*
 * dates.c — `ptrail dates`: how ptrail reads the dates in a piece of text.
 *
 *   ptrail dates [--ref ISO] TEXT...   every span, resolved, with flags
 *   ptrail dates --jsonl               {"text","ref"} lines in, per line
 *                                      {"text","date","time"} out: the
 *                                      span SPEC.md makes the deadline
 * The second form reads thousands of phrases in one process, so the date
 * reader can be checked and benchmarked in bulk. No ledger, no network.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "extract/dates.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

/* D for an ISO time: its civil date in its own offset (SPEC.md). */
static int
ref_day(const char *iso, struct civil *out)
{
	time_t t;
	int off;

	if (iso8601_parse(iso, &t, &off) == -1)
		return -1;
	days_to_civil((long)((t + (time_t)off * 60) / 86400), out);
	return 0;
}

static void
print_spans(const char *text, const struct civil *ref)
{
	struct date_span spans[DATE_SPAN_MAX];
	char human[16], tm[6];
	int n = dates_find(text, strlen(text), ref, spans, DATE_SPAN_MAX);
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
		printf("%s%s%s%s%s\n", sp->deadline ? "  deadline" : "",
		    sp->start_word ? "  start" : "", sp->vague ? "  vague" : "",
		    sp->past ? "  past" : "", sp->is_range_end ? "  range-end" : "");
	}
	if (n == 0)
		printf("  (no date or time)\n");
	else if (pick >= 0)
		printf("due: %04d-%02d-%02d%s%s\n", spans[pick].date.y,
		    spans[pick].date.m, spans[pick].date.d, *tm ? " " : "", tm);
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
		struct civil ref;
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
		int n = dates_find(text, strlen(text), &ref, spans,
		    DATE_SPAN_MAX);
		int pick = dates_pick(spans, n, tm);
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
		puts(json_object_to_json_string_ext(out, JSON_C_TO_STRING_PLAIN |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(out);
		json_object_put(in);
	}
	free(line);
	return bad ? EXIT_DATAERR : EXIT_FOUND;
}

int
cmd_dates(struct cli *cli, int argc, char **argv)
{
	struct civil ref;
	const char *ref_iso = NULL;
	int i = 1;

	if (argc == 2 && strcmp(argv[1], "--jsonl") == 0)
		return jsonl();
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
		local_civil(cli->now, &ref);
	}
	for (; i < argc; i++)
		print_spans(argv[i], &ref);
	return EXIT_FOUND;
}
