#!/bin/sh
# bench/extract.sh — extraction throughput and memory, one thread, one
# process: the dev corpus repeated to >= 10,000 messages.
# Targets (issue 3): >= 5,000 messages/s, peak RSS < 20 MB.
set -eu
corpus="$PTRAIL_TOP/../shared/corpus/dev"
[ -d "$corpus" ] || { echo "no corpus at $corpus: skipped"; exit 0; }
n=$(ls "$corpus"/*.eml | wc -l)
reps=$(( (10000 + n - 1) / n ))
out=$("$PTRAIL" extract --bench "$reps" "$corpus"/*.eml)
echo "$out"
echo "$out" | awk '{
	for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
	printf "throughput %d msg/s, target 5000: ratio %.2f (>= 1.00 is good)\n", v["msgs_per_sec"], v["msgs_per_sec"] / 5000
	printf "peak RSS %.1f MB, target < 20 MB: ratio %.2f (< 1.00 is good)\n", v["peak_rss_kb"] / 1024, v["peak_rss_kb"] / 1024 / 20
	if (v["msgs_per_sec"] < 5000 || v["peak_rss_kb"] >= 20480) exit 1
}'
