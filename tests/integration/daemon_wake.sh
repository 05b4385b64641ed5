#!/bin/sh
# daemon_wake.sh — ptraild hears the CLI (issue 18): while ptraild waits
# in IMAP IDLE, `ptrail approve` gets the message to the SMTP server with
# no signal and no new mail, within seconds (waiting up to 30 s); and
# `ptrail withdraw` rewrites the feed (a new ETag over HTTP).
set -u
# dovecot says "* OK Still here" in IDLE every two minutes by default, at
# a moment of its choosing: here every second, so that a daemon that took
# it for news would be seen waking with nothing to do
DOVECOT_IDLE_NOTIFY="1 secs"
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers wake smtp
demo_letters
PORT=$(free_port)
TOKEN=0123456789abcdef0123456789abcdef
{ account_conf "$D"; cat <<EOF
smtp = smtp://localhost:$SMTPD_PORT
timeout = 10
folders = INBOX
idle = yes
EOF
	school_conf; data_conf
	printf 'listen = 127.0.0.1:%s\ntoken = %s\n' "$PORT" "$TOKEN"
} > "$D/c.conf"
chmod 600 "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00
to_school() { grep -l '^rcpt wongml@' "$D"/smtp/*.env 2>/dev/null | wc -l; }
U="http://127.0.0.1:$PORT/feed/$TOKEN.ics"
etag() { curl -sI "$U" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'; }

"$PTRAILD" -d 2>>"$D/daemon.log" &
pid=$!
n=0
until [ -n "$(etag)" ]; do
	n=$((n + 1)); [ $n -gt 100 ] && fail "the daemon did not serve the feed"
	sleep 0.1
done
n=0
until grep -q "waiting [0-9]* s in IDLE" "$D/daemon.log"; do
	n=$((n + 1)); [ $n -gt 300 ] && fail "the daemon did not wait in IDLE"
	sleep 0.1
done
grep -q "IDLE refused" "$D/daemon.log" && fail "IDLE refused"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'draft'")" = 2 ] || fail "no drafts"
[ "$(to_school)" = 0 ] || fail "sent before approval"

t0=$(date +%s%N)
"$PTRAIL" approve 1 > "$D/approve.out" || fail approve
grep -q "ptraild is running: it goes within a few seconds" "$D/approve.out" || fail "approve said: $(cat "$D/approve.out")"
until [ "$(to_school)" = 1 ]; do
	[ $(( $(date +%s%N) - t0 )) -gt 30000000000 ] && fail "not sent 30 s after ptrail approve"
	sleep 0.01
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
kill -0 $pid || fail "the daemon died"
# the server has the message before the daemon, having read its reply,
# marks the row: wait for that too
until [ "$(q "SELECT state FROM outbox WHERE id = 1")" = sent ]; do
	[ $(( $(date +%s%N) - t0 )) -gt 30000000000 ] && fail "row not sent"
	sleep 0.01
done
echo "ok: ptrail approve -> SMTP server in $ms ms, while ptraild was in IDLE"

e1=$(etag)
w0=$(grep -c "waiting [0-9]* s" "$D/daemon.log")
"$PTRAIL" withdraw 1 >/dev/null || fail withdraw
t0=$(date +%s)
until [ "$(etag)" != "$e1" ]; do
	[ $(( $(date +%s) - t0 )) -gt 30 ] && fail "the feed kept its ETag 30 s after ptrail withdraw"
	sleep 0.1
done
curl -sf "$U" | grep -q "STATUS:CANCELLED" || fail "the withdrawn commitment is not cancelled in the feed"
echo "ok: ptrail withdraw -> the feed rewritten (ETag $e1 -> $(etag))"
# its own writes do not wake it, nor do readers: no round after round.
# The feed is written inside the round the withdraw woke; count from
# the wait that ends that round (slow under ASan).
t0=$(date +%s)
until [ "$(grep -c "waiting [0-9]* s" "$D/daemon.log")" -gt "$w0" ]; do
	[ $(( $(date +%s) - t0 )) -gt 30 ] && fail "the round after ptrail withdraw did not end"
	sleep 0.1
done
# and settled: no new wait for 1.5 s
w1=$(grep -c "waiting [0-9]* s" "$D/daemon.log")
while sleep 1.5; do
	n=$(grep -c "waiting [0-9]* s" "$D/daemon.log")
	[ "$n" = "$w1" ] && break
	w1=$n
	[ $(( $(date +%s) - t0 )) -gt 30 ] && fail "the daemon kept waking after ptrail withdraw"
done
for i in 1 2 3; do "$PTRAIL" list >/dev/null; q "SELECT count(*) FROM events" >/dev/null; sleep 1; done
w2=$(grep -c "waiting [0-9]* s" "$D/daemon.log")
[ "$w1" = "$w2" ] || fail "the daemon woke $((w2 - w1)) time(s) with nothing to do"
echo "ok: $w1 waits in all; none with nothing to do"
kill -TERM $pid; wait $pid || fail "SIGTERM exit"
pid=
"$PTRAIL" approve 2 > "$D/approve.out" || fail "approve 2"
grep -q "ptraild is not running: it goes when ptraild next starts" "$D/approve.out" || fail "approve said: $(cat "$D/approve.out")"
echo "ok: with no ptraild running, ptrail approve says so"
