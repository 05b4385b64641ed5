/*
 * extract.c — `ptrail extract [--json] FILE.eml...`: what ptrail reads in
 * a letter, without touching a ledger or a network.
 *
 * --json prints SPEC.md's object per file, one per line (JSON Lines), in
 * the order of the files; a file that cannot be read or parsed gives
 * {"file": ..., "error": ...} in its place, and the exit status is 1 once
 * all files are done. Without --json, a readable list. Either way each
 * item names the rule that read it, and the sentences a rule set aside
 * are listed with that rule.
 * Hidden: --bench N repeats the files N times and prints messages/second,
 * for `make bench`.
 */
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "cli.h"
#include "extract/extract.h"
#include "mail/mime.h"
#include "base/timeutil.h"
#include "base/xmalloc.h"

static char *
read_file(const char *path, size_t *len, struct buf *err)
{
	struct buf b;
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (f == NULL) {
		buf_printf(err, "%s", strerror(errno));
		return NULL;
	}
	buf_init(&b, MIME_MAX_MESSAGE + 1);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_add(&b, chunk, n) == -1)
			break;
	fclose(f);
	if (b.overflow) {
		buf_printf(err, "larger than %u bytes", MIME_MAX_MESSAGE);
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return buf_detach(&b);
}

static void
print_error_json(const char *file, const char *msg)
{
	json_object *o = json_object_new_object();
	json_object_object_add(o, "file", json_object_new_string(file));
	json_object_object_add(o, "error", json_object_new_string(msg));
	puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

static void
print_human(const char *file, const struct extraction *ex)
{
	char human[16];

	printf("%s (%s)\n", file, ex->message_id ? ex->message_id : "no Message-ID");
	for (size_t k = 0; k < ex->ncommitments; k++) {
		const struct ex_commitment *c = &ex->commitments[k];
		if (c->due[0])
			ymd_human(c->due, human);
		printf("  commitment  %-15s %-5s %s%s%s%s\n    \"%s\"\n    (%s)\n",
		    c->due[0] ? human : "no date", cli_vis(c->due_time),
		    c->actor ? cli_vis(c->actor) : "(nobody named)", c->vague ?
		    " — vague" : "", c->date_flag ? " — date " : "",
		    c->date_flag ? c->date_flag : "", cli_vis(c->quote),
		    c->rule ? c->rule : "");
	}
	for (size_t k = 0; k < ex->ndeflections; k++)
		printf("  deflection  %-15s \"%s\"\n    (%s)\n",
		    cli_vis(ex->deflections[k].kind),
		    cli_vis(ex->deflections[k].quote),
		    ex->deflections[k].rule ? ex->deflections[k].rule : "");
	for (size_t k = 0; k < ex->nmeetings; k++) {
		ymd_human(ex->meetings[k].date, human);
		printf("  meeting     %-15s %-5s \"%s\"\n    (%s)\n", human,
		    cli_vis(ex->meetings[k].time),
		    cli_vis(ex->meetings[k].quote),
		    ex->meetings[k].rule ? ex->meetings[k].rule : "");
		if (ex->meetings[k].location)
			printf("    where: %s\n",
			    cli_vis(ex->meetings[k].location));
	}
	for (size_t k = 0; k < ex->ndropped; k++)
		printf("  set aside   %s\n    \"%s\"\n", ex->dropped[k].rule,
		    cli_vis(ex->dropped[k].quote));
	if (!ex->ncommitments && !ex->ndeflections && !ex->nmeetings)
		printf("  nothing to write down\n");
}

static int
bench(struct cli *cli, long reps, int nfiles, char **files)
{
	char **raw = xcalloc((size_t)nfiles, sizeof(char *));
	size_t *len = xcalloc((size_t)nfiles, sizeof(size_t));
	struct buf err = BUF_INIT;
	struct timespec t0, t1;
	struct rusage ru;
	long msgs = 0, items = 0;

	for (int i = 0; i < nfiles; i++)
		if ((raw[i] = read_file(files[i], &len[i], &err)) == NULL) {
			fprintf(stderr, "ptrail extract: %s: %s\n", files[i],
			    buf_str(&err));
			return EX_DATAERR;
		}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long r = 0; r < reps; r++)
		for (int i = 0; i < nfiles; i++) {
			struct extraction ex;
			buf_reset(&err);
			if (extract_message(raw[i], len[i], cli->now, &ex, &err) == 0) {
				items += (long)(ex.ncommitments + ex.ndeflections +
				    ex.nmeetings);
				extraction_free(&ex);
			}
			msgs++;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_SELF, &ru);
	double secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("messages=%ld seconds=%.3f msgs_per_sec=%.0f items=%ld "
	    "peak_rss_kb=%ld\n", msgs, secs, (double)msgs / secs, items,
	    ru.ru_maxrss);
	for (int i = 0; i < nfiles; i++)
		free(raw[i]);
	free(raw);
	free(len);
	buf_free(&err);
	return EXIT_FOUND;
}

int
cmd_extract(struct cli *cli, int argc, char **argv)
{
	int i = 1, json = 0, failed = 0;
	long reps = 0;
	char *end;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--json") == 0)
			json = 1;
		else if (strcmp(argv[i], "--bench") == 0 && i + 1 < argc) {
			reps = strtol(argv[++i], &end, 10);
			if (*end || reps <= 0)
				return cli_usage("extract");
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else
			return cli_usage("extract");
	}
	if (i >= argc)
		return cli_usage("extract");
	if (reps)
		return bench(cli, reps, argc - i, argv + i);
	for (; i < argc; i++) {
		struct buf err = BUF_INIT, out = BUF_INIT;
		struct extraction ex;
		size_t len;
		char *raw = read_file(argv[i], &len, &err);

		if (raw == NULL || extract_message(raw, len, cli->now, &ex,
		    &err) == -1) {
			if (json)
				print_error_json(argv[i], buf_str(&err));
			else
				fprintf(stderr, "ptrail extract: %s: %s\n", argv[i],
				    buf_str(&err));
			failed = 1;
		} else {
			if (json) {
				extraction_to_json(&ex, &out);
				puts(buf_str(&out));
			} else {
				print_human(argv[i], &ex);
			}
			extraction_free(&ex);
		}
		free(raw);
		buf_free(&err);
		buf_free(&out);
	}
	return failed ? EXIT_NONE : EXIT_FOUND;
}
