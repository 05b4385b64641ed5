#!/bin/sh
# bench/idle.sh — ptraild waiting in IMAP IDLE on a local dovecot: the CPU
# it uses while nothing arrives (utime + stime from /proc over a window),
# and how long a new school letter takes from its APPEND to the ledger.
# Side by side in the same run, the same window measured on a process
# that only sleeps (the reference: what "no CPU" reads as here).
# Then, with ptraild still in IDLE and no new mail, how long `ptrail
# approve` takes to get the message to the (local) SMTP server: ptraild
# hears the CLI through inotify on the ledger's directory.
# Targets (issue 4): no CPU while IDLE; in the ledger within 1 s of APPEND.
# (issue 18): approve -> SMTP server within 2 s.
set -eu
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
. "$PTRAIL_TOP/tests/integration/lib/smtpd.sh"
WINDOW=${BENCH_IDLE_SECONDS:-30}
B=$(mktemp -d /tmp/ptrail-idle.XXXXXX)
chmod 755 "$B"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; smtpd_stop "$B/dv"; dovecot_stop "$B/dv" 2>/dev/null; rm -rf "$B"' EXIT
mkdir -p "$B/dv"
dovecot_start "$B/dv" >/dev/null
smtpd_start "$B/dv" >/dev/null

corpus="$PTRAIL_TOP/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$PTRAIL_TOP/tests/demo/mail"
first=$(ls "$corpus"/*.eml | head -1)
domain=$(grep -i -m1 '^From:' "$first" | sed -n 's/.*@\([A-Za-z0-9.-]*\).*/\1/p')
imap_append "$B/dv" INBOX "$first"
{ account_conf "$B/dv"; cat <<EOF
smtp = smtp://localhost:$SMTPD_PORT
[school]
domains = $domain, harbourside.edu.hk
[ledger]
path = $B/data/ledger.db
[feed]
path = $B/data/calendar.ics
EOF
} > "$B/p.conf"
q() { sqlite3 "$B/data/ledger.db" "$1" 2>/dev/null || echo 0; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# wakeups: voluntary context switches of every thread of the process
wakeups() { cat /proc/$1/task/*/status | awk '/^voluntary_ctxt_switches/ {s += $2} END {print s}'; }

# a fixed clock: the demo letter is then days old, and gets its draft
export PTRAIL_NOW=2026-03-04T20:00:00+08:00
"$PTRAILD" -c "$B/p.conf" 2>"$B/log" &
pid=$!
n=0
while [ "$(q 'SELECT count(*) FROM messages')" != 1 ]; do
	n=$((n + 1)); [ $n -gt 100 ] && { echo "first sync did not finish"; exit 1; }
	sleep 0.1
done
# the first round also drafts and sends the parent its notices: let it end
n=0
while [ "$(q "SELECT count(*) FROM outbox WHERE state IN ('approved', 'sending')")" != 0 ]; do
	n=$((n + 1)); [ $n -gt 300 ] && { echo "the first round's notices were not sent"; exit 1; }
	sleep 0.1
done
sleep 1
sleep $((WINDOW + 5)) &
ref=$!
a=$(ticks $pid); r0=$(ticks $ref); w0=$(wakeups $pid)
sleep "$WINDOW"
b=$(ticks $pid); r1=$(ticks $ref); w1=$(wakeups $pid)
kill $ref 2>/dev/null || true
hz=$(getconf CLK_TCK)
used_ms=$(( (b - a) * 1000 / hz ))
ref_ms=$(( (r1 - r0) * 1000 / hz ))

sed 's/^Message-I[Dd]:.*/Message-ID: <idle-bench@ptrail.test>/' "$first" > "$B/new.eml"
t0=$(date +%s%N)
imap_append "$B/dv" INBOX "$B/new.eml"
n=0
while [ "$(q "SELECT count(*) FROM messages WHERE message_id = '<idle-bench@ptrail.test>'")" != 1 ]; do
	n=$((n + 1)); [ $n -gt 1000 ] && { echo "not stored after 10 s"; exit 1; }
	sleep 0.01
done
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
# approve -> SMTP: a letter with promises brings a draft; once ptraild
# waits in IDLE again, approve it and time the message's arrival
sed 's/^Message-I[Dd]:.*/Message-ID: <idle-approve@ptrail.test>/' \
    "$PTRAIL_TOP/tests/demo/mail/01-senco-plan.eml" > "$B/approve.eml"
imap_append "$B/dv" INBOX "$B/approve.eml"
n=0
while [ -z "$(q "SELECT o.id FROM outbox o JOIN messages m ON m.id = o.message_id WHERE m.message_id = '<idle-approve@ptrail.test>' AND o.state = 'draft'" | grep -v '^0$')" ]; do
	n=$((n + 1)); [ $n -gt 1000 ] && { echo "no draft after 10 s"; exit 1; }
	sleep 0.01
done
draft=$(q "SELECT o.id FROM outbox o JOIN messages m ON m.id = o.message_id WHERE m.message_id = '<idle-approve@ptrail.test>'")
sleep 2		# the round that drafted it ends; ptraild waits in IDLE
sent0=$(grep -l '^rcpt wongml@' "$B/dv"/smtp/*.env 2>/dev/null | wc -l)
t0=$(date +%s%N)
"$PTRAIL" -c "$B/p.conf" approve "$draft" >/dev/null
while [ "$(grep -l '^rcpt wongml@' "$B/dv"/smtp/*.env 2>/dev/null | wc -l)" = "$sent0" ]; do
	[ $(( $(date +%s%N) - t0 )) -gt 30000000000 ] && { echo "not sent 30 s after approve"; exit 1; }
	sleep 0.01
done
approve_ms=$(( ($(date +%s%N) - t0) / 1000000 ))

echo "[IDLE] ptraild CPU over ${WINDOW} s of IDLE: ${used_ms} ms, $((w1 - w0)) wakeups; a sleeping process: ${ref_ms} ms (clock tick $((1000 / hz)) ms)"
echo "[IDLE] APPEND -> ledger: ${ms} ms; target 1000 ms: ratio $(awk -v a="$ms" 'BEGIN{printf "%.2f", a/1000}')"
echo "[IDLE] ptrail approve -> SMTP server: ${approve_ms} ms; target 2000 ms: ratio $(awk -v a="$approve_ms" 'BEGIN{printf "%.2f", a/2000}')"
[ "$used_ms" -le $((ref_ms + 1000 / hz)) ] && [ "$ms" -le 1000 ] && [ "$approve_ms" -le 2000 ]
