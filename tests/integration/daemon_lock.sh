#!/bin/sh
# daemon_lock.sh — one daemon per ledger (issue 14 point 3): eight
# `ptraild --once` started beside a running ptraild are refused with exit
# 75 and a message naming the running one, before they touch the ledger;
# the SMTP server gets every Message-ID once; once the first daemon has
# stopped, the lock is free again.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers lock smtp
demo_letters
{ mail_account_conf; printf 'poll_interval = 3600\nidle = no\n'
	school_conf; data_conf; } > "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00

"$PTRAILD" --once 2>>"$D/daemon.log" || fail "first run"
"$PTRAIL" approve 1 >/dev/null && "$PTRAIL" approve 2 >/dev/null || fail approve
"$PTRAILD" 2>>"$D/daemon.log" &
pid=$!
n=0
until [ "$(q "SELECT count(*) FROM outbox WHERE id IN (1, 2) AND state = 'sent'")" = 2 ]; do
	n=$((n + 1)); [ $n -gt 300 ] && fail "the running daemon did not send"
	sleep 0.1
done
[ "$(cat "$D/data/ledger.db.lock")" = "$pid" ] || fail "the lock file does not name the daemon"

# eight more on the same ledger, at once
for i in 1 2 3 4 5 6 7 8; do
	( "$PTRAILD" --once 2>"$D/second.$i.log"; echo $? > "$D/second.$i.rc" ) &
done
wait_n=0
until [ "$(ls "$D"/second.*.rc 2>/dev/null | wc -l)" = 8 ]; do
	wait_n=$((wait_n + 1)); [ $wait_n -gt 300 ] && fail "the second daemons did not finish"
	sleep 0.1
done
for i in 1 2 3 4 5 6 7 8; do
	[ "$(cat "$D/second.$i.rc")" = 75 ] || fail "daemon $i exited $(cat "$D/second.$i.rc"), wanted 75"
	grep -q "another ptraild (pid $pid) already keeps the ledger $D/data/ledger.db" "$D/second.$i.log" ||
		fail "daemon $i: $(cat "$D/second.$i.log")"
	! grep -q "outbox\|sync" "$D/second.$i.log" || fail "daemon $i touched the ledger: $(cat "$D/second.$i.log")"
done
kill -0 "$pid" || fail "the first daemon died"
dups=$(cat "$D"/smtp/*.eml | tr -d '\r' | grep -i '^Message-ID:' | sort | uniq -d)
[ -z "$dups" ] || fail "sent twice: $dups"
echo "ok: eight ptraild --once beside a running one were refused (75); nothing sent twice"

kill -TERM "$pid"; wait "$pid" || fail "SIGTERM exit"
pid=
"$PTRAILD" --once 2>>"$D/daemon.log" || fail "the lock was not released at exit"
echo "ok: the lock is released when the daemon stops"
