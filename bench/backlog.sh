#!/bin/sh
# bench/backlog.sh — a first sync that drafts: N and 2N school letters
# (the dev corpus, each letter repeated under a new Message-ID) read with
# the clock inside the letters' month, so every letter is recent and
# ptraild drafts its summaries, briefs and digest in the same --once run.
# Printed side by side with the same mailbox read with the clock a year
# on (nothing to draft), and the growth from N to 2N letters. A look-up
# that scans the ledger once per draft shows here as growth far above 2:
# the tier look-up and the brief's thread test made 1,000 letters take
# 30 s of CPU and 2,000 several minutes (schema step 8).
# Target: 2N letters cost at most 4x N letters (a brief lists every open
# deflection, so briefs grow with the ledger; twice 2.0 is the allowance).
set -eu
N=${BENCH_BACKLOG:-1000}
. "$PTRAIL_TOP/bench/lib/mailbox.sh"
bench_start backlog

cpu() {		# cpu NOW -> "user+sys seconds, peak KB" of one --once run
	rm -rf "$B/data"
	PTRAIL_NOW=$1 /usr/bin/time -f "%U %S %M" -o "$B/t" "$PTRAILD" -c "$B/p.conf" \
	    --once 2>/dev/null || true
	awk '{ printf "%.2f %d", $1 + $2, $3 / 1024 }' "$B/t"
}

first=$N
for n in "$first" $((first * 2)); do
	N=$n bench_fill 100
	set -- $(cpu 2026-03-10T09:00:00+08:00); busy=$1 rss=$2
	drafts=$(sqlite3 "$B/data/ledger.db" "SELECT count(*) FROM outbox")
	set -- $(cpu 2027-03-10T09:00:00+08:00); quiet=$1
	echo "[$n letters] drafting run: $busy s CPU, peak RSS $rss MB, $drafts outbox rows;" \
	    "nothing to draft: $quiet s CPU; ratio $(awk -v a="$busy" -v b="$quiet" 'BEGIN{printf "%.2f", a/b}')"
	eval "busy_$n=$busy"
done
eval "a=\$busy_$first b=\$busy_$((first * 2))"
echo "[growth] $((first * 2)) letters / $first letters = $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b/a}') (linear: 2.00; target <= 4)"
