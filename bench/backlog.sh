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
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
N=${BENCH_BACKLOG:-1000}
B=$(mktemp -d /tmp/ptrail-backlog.XXXXXX)
chmod 755 "$B"
trap 'dovecot_stop "$B/dv" 2>/dev/null; rm -rf "$B"' EXIT
mkdir -p "$B/dv"
dovecot_start "$B/dv" >/dev/null
corpus="$PTRAIL_TOP/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$PTRAIL_TOP/tests/demo/mail"

fill() {	# fill COUNT
	md="$B/dv/home/parent/Maildir"
	rm -rf "$md"; mkdir -p "$md/cur" "$md/new" "$md/tmp"
	/usr/bin/python3 - "$md/cur" "$corpus" "$1" <<'PY'
import sys, os, glob, re
out, corpus, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
school = [open(f, "rb").read().replace(b"\r\n", b"\n") for f in sorted(glob.glob(corpus + "/*.eml"))]
for i in range(n):
    m = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <backlog%d@school.test>" % i,
               school[i % len(school)], count=1)
    open(os.path.join(out, "%d.backlog%d:2," % (1700000000 + i, i)), "wb").write(m)
PY
	chown -R "$(stat -c %u "$B/dv/home")" "$md"
	imap_cmd "$B/dv" 'M.select("INBOX")' >/dev/null
}

domains=$(grep -h -i -m1 '^From:' "$corpus"/*.eml | sed -n 's/.*@\([A-Za-z0-9.-]*\).*/domains = \1/p' | sort -u)
{ account_conf "$B/dv"; cat <<EOF
[school]
$domains
[ledger]
path = $B/data/ledger.db
[feed]
path = $B/data/calendar.ics
EOF
} > "$B/p.conf"

cpu() {		# cpu NOW -> "user+sys seconds, peak KB" of one --once run
	rm -rf "$B/data"
	PTRAIL_NOW=$1 /usr/bin/time -f "%U %S %M" -o "$B/t" "$PTRAILD" -c "$B/p.conf" \
	    --once 2>/dev/null || true
	awk '{ printf "%.2f %d", $1 + $2, $3 / 1024 }' "$B/t"
}

for n in "$N" $((N * 2)); do
	fill "$n"
	set -- $(cpu 2026-03-10T09:00:00+08:00); busy=$1 rss=$2
	drafts=$(sqlite3 "$B/data/ledger.db" "SELECT count(*) FROM outbox")
	set -- $(cpu 2027-03-10T09:00:00+08:00); quiet=$1
	echo "[$n letters] drafting run: $busy s CPU, peak RSS $rss MB, $drafts outbox rows;" \
	    "nothing to draft: $quiet s CPU; ratio $(awk -v a="$busy" -v b="$quiet" 'BEGIN{printf "%.2f", a/b}')"
	eval "busy_$n=$busy"
done
eval "a=\$busy_$N b=\$busy_$((N * 2))"
echo "[growth] $((N * 2)) letters / $N letters = $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b/a}') (linear: 2.00; target <= 4)"
