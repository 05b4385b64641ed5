/*
 * config.c — `ptrail config check`: the config as ptraild will read it.
 *
 * The same validator as ptraild (config_load(), then what only ptraild
 * needs, config_check_service()), so what one refuses the other refuses in
 * the same words; then the effective settings, secrets masked. For the
 * system service's config, a warning for each file it would read in a
 * folder its unit hides (ProtectHome=yes).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int
cmd_config(struct cli *cli, int argc, char **argv)
{
	struct buf out = BUF_INIT;

	if (argc != 2 || strcmp(argv[1], "check") != 0)
		return cli_usage("config");
	struct config *cfg = cli_config(cli);
	/* what ptraild alone needs: refused here with ptraild's words */
	if (config_check_service(cfg, &out) == -1) {
		fputs(buf_str(&out), stderr);
		buf_free(&out);
		return EX_CONFIG;
	}
	/* warned, not refused: ptraild reads the same file and refuses only
	 * what config_load() refuses; the warning says what it will meet */
	if (config_check_hidden(cfg, &out) > 0) {
		for (const char *l = buf_str(&out); *l; ) {
			size_t n = strcspn(l, "\n");
			fprintf(stderr, "warning: %.*s\n", (int)n, l);
			l += n + (l[n] == '\n');
		}
		buf_reset(&out);
	}
	config_dump(cfg, &out);
	fputs(buf_str(&out), stdout);
	printf("\n; %s: OK\n", cfg->path);
	buf_free(&out);
	return EXIT_FOUND;
}
