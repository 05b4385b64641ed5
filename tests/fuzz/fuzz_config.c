/*
 * fuzz_config.c — libFuzzer target for the config reader: the bytes as a
 * ptrail.conf, through config_load() (inih, the key table, every value
 * checker, the semantic checks) and, when it loads, config_dump(), as
 * `ptrail config check` and ptraild read it. Any crash, leak, overflow or
 * undefined behaviour is a bug; an error message is not.
 *
 * config_load() takes a path, so each input is written to one file in a
 * private 0700 folder (the mode checks would refuse a file under /tmp
 * itself and never reach the end of the load). Nothing here runs a
 * password_command: config_load() only names it, config_password() runs it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/config.h"

static char path[64];

static void
make_file(void)
{
	char dir[] = "/tmp/fuzz_config.XXXXXX";

	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		abort();
	}
	snprintf(path, sizeof(path), "%s/ptrail.conf", dir);
}

static void
write_file(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "w");

	if (f == NULL || fchmod(fileno(f), 0600) == -1) {
		perror(path);
		abort();
	}
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	struct buf err = BUF_INIT, dump = BUF_INIT;

	if (path[0] == '\0')
		make_file();
	write_file(data, size);
	if (config_load(path, &cfg, &err) == 0) {
		config_dump(&cfg, &dump);
		config_free(&cfg);
	}
	buf_free(&dump);
	buf_free(&err);
	return 0;
}
