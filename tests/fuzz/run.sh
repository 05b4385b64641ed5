#!/bin/sh
# tests/fuzz/run.sh — build the libFuzzer target with clang (ASan + UBSan)
# and run it, seeded from the dev corpus and the demo letters, for
# FUZZ_SECONDS (default 300). Prints libFuzzer's summary: executions run.
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
# shellcheck disable=SC2086
clang $CFLAGS -o "$out/fuzz_extract" tests/fuzz/fuzz_extract.c $srcs $LIBS
seeds="$top/../shared/corpus/dev"
[ -d "$seeds" ] && cp "$seeds"/*.eml "$out/corpus/" 2>/dev/null || true
cp tests/demo/mail/*.eml "$out/corpus/"
"$out/fuzz_extract" -max_total_time="${FUZZ_SECONDS:-300}" -rss_limit_mb=2048 \
	-max_len=65536 -print_final_stats=1 "$out/corpus" 2>&1 | tail -25
