#!/bin/sh
# tests/fuzz/run.sh — build the libFuzzer targets with clang (ASan + UBSan)
# and run each for FUZZ_SECONDS (default 300): fuzz_extract (MIME and
# extraction), seeded from the dev corpus and the demo letters, and
# fuzz_imap (libetpan's IMAP response reader, fed as a server would feed
# it), seeded from tests/fuzz/imap-seeds, and fuzz_config (config_load()
# and config_dump() on a ptrail.conf), seeded from ptrail.conf.example and
# tests/fuzz/config-seeds (the cases of tests/unit/test_config.c).
# FUZZ_TARGETS picks some ("extract imap config" by default). Prints
# libFuzzer's summary: executions run.
#
# fuzz_imap runs with -detect_leaks=0: libetpan 1.9 leaks 40 bytes when a
# BODY[HEADER.FIELDS ...] section is malformed (mailimap_section_spec_new
# on the parser's error path), inside the library, and the leak would stop
# every run at once; crashes, overflows and hangs still end it.
# `make fuzz` runs it with FUZZ_SRC, the Makefile's list of the core's
# reading floors (base, mail, extract), so the list cannot drift.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=obj/fuzz
mkdir -p "$out" "$out/corpus"
PKGS=${PKGS:-libetpan sqlite3 libxml-2.0 json-c inih gnutls}
CFLAGS="-g -O1 -std=gnu11 -fsanitize=fuzzer,address,undefined -Ilib -I. $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS | sed 's/-specs=[^ ]*//g') -lm -pthread"
srcs=${FUZZ_SRC:?"run it as make fuzz (FUZZ_SRC names the sources)"}
for t in ${FUZZ_TARGETS:-extract imap config}; do
	case $t in
	extract)
		# shellcheck disable=SC2086
		clang $CFLAGS -o "$out/fuzz_extract" tests/fuzz/fuzz_extract.c $srcs $LIBS
		seeds="$top/../shared/corpus/dev"
		[ -d "$seeds" ] && cp "$seeds"/*.eml "$out/corpus/" 2>/dev/null || true
		cp tests/demo/mail/*.eml "$out/corpus/"
		"$out/fuzz_extract" -max_total_time="${FUZZ_SECONDS:-300}" -rss_limit_mb=2048 \
			-max_len=65536 -print_final_stats=1 "$out/corpus" 2>&1 | tail -25
		;;
	imap)
		mkdir -p "$out/imap-corpus"
		# shellcheck disable=SC2086
		clang $CFLAGS -o "$out/fuzz_imap" tests/fuzz/fuzz_imap.c $LIBS
		cp tests/fuzz/imap-seeds/* "$out/imap-corpus/"
		ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$out/fuzz_imap" -max_total_time="${FUZZ_SECONDS:-300}" -rss_limit_mb=2048 \
			-max_len=65536 -detect_leaks=0 -print_final_stats=1 \
			-artifact_prefix="$out/" "$out/imap-corpus" 2>&1 | tail -25
		;;
	config)
		mkdir -p "$out/config-corpus"
		# shellcheck disable=SC2086
		clang $CFLAGS -o "$out/fuzz_config" tests/fuzz/fuzz_config.c $srcs $LIBS
		cp ptrail.conf.example tests/fuzz/config-seeds/* "$out/config-corpus/"
		"$out/fuzz_config" -max_total_time="${FUZZ_SECONDS:-300}" -rss_limit_mb=2048 \
			-max_len=16384 -print_final_stats=1 -dict=tests/fuzz/config.dict \
			-artifact_prefix="$out/" "$out/config-corpus" 2>&1 | tail -25
		;;
	*)
		echo "unknown fuzz target $t" >&2
		exit 2
		;;
	esac
done
