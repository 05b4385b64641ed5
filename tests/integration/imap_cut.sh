#!/bin/sh
# imap_cut.sh — a plain-text (tls = none) server that hangs up in the
# middle of a letter: it announces a 1,000,000-byte literal, sends 200
# bytes and closes. The fetch must end within the timeout with "connection
# lost" (libetpan's plain socket returned 0 at EOF and its literal loop
# spun at full CPU, forever), and a server that stalls there instead must
# not keep SIGTERM from stopping ptraild. And a server that names UID
# 4294967295 does not pin the folder's last UID there.
set -u
D=$TMPDIR/cut
mkdir -p "$D"
fpid=
fail() { echo "FAIL: $*"; [ -n "$fpid" ] && kill "$fpid" 2>/dev/null; exit 1; }
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"	# free_port

start_fake() {	# start_fake MODE: sets port and fpid, waits for the port
	port=$(free_port)
	/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/fakeimap.py" "$port" "$1" &
	fpid=$!
	n=0
	until /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; do
		n=$((n + 1)); [ $n -gt 100 ] && fail "the fake server did not listen"
		sleep 0.1
	done
}
printf 'secret\n' > "$D/pw"; chmod 600 "$D/pw"
conf() {	# conf PORT TIMEOUT
	cat <<EOF
[account]
address = Parent <parent@family.example>
imap = imap://127.0.0.1:$1
tls = none
user = parent
password_file = $D/pw
timeout = $2
poll_interval = 3600
idle = no
[school]
domains = school.example
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
}

# 1. cut: --once ends well inside the 5 s timeout, says why, exits 69
start_fake cut
conf "$port" 5 > "$D/cut.conf"
t0=$(date +%s%N)
timeout -s KILL 20 "$PTRAILD" -c "$D/cut.conf" --once 2>"$D/err"; rc=$?
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
kill "$fpid"; wait "$fpid" 2>/dev/null; fpid=
[ $rc = 137 ] && fail "the cut fetch did not end (killed after 20 s)"
[ $ms -lt 5000 ] || fail "the cut fetch took $ms ms"
[ $rc = 69 ] || fail "cut: exit $rc, want 69 ($(cat "$D/err"))"
grep -q "search or fetch failed: connection lost" "$D/err" || fail "cut: no clear line: $(cat "$D/err")"
[ "$(sqlite3 "$D/data/ledger.db" 'SELECT count(*) FROM messages')" = 0 ] || fail "cut: half a letter was stored"
echo "ok: a plain connection cut mid-letter ended the fetch in $ms ms (connection lost, exit 69)"

# 2. stall: the daemon waits inside the fetch (timeout 60 s); SIGTERM
# stops it within 3 s: with the reader thread, and on the path without one
# (ptraild-test's PTRAIL_TEST_NO_READER, as when no thread can be made),
# where the main thread itself waits in the fetch
stall() {	# stall WHAT PTRAILD [VAR=VALUE]
	what=$1 bin=$2; shift 2
	start_fake stall
	conf "$port" 60 > "$D/stall.conf"
	env "$@" "$bin" -c "$D/stall.conf" 2>"$D/stall.log" &
	pid=$!
	sleep 2		# logged in, selected, waiting for the rest of the literal
	kill -0 $pid 2>/dev/null || fail "stall ($what): ptraild ended early: $(cat "$D/stall.log")"
	t0=$(date +%s%N)
	kill -TERM $pid
	n=0
	while kill -0 $pid 2>/dev/null; do
		n=$((n + 1))
		if [ $n -gt 30 ]; then
			kill -KILL $pid; wait $pid 2>/dev/null
			fail "SIGTERM did not stop ptraild ($what) within 3 s of a stalled fetch"
		fi
		sleep 0.1
	done
	wait $pid; rc=$?
	t1=$(date +%s%N)
	kill "$fpid"; wait "$fpid" 2>/dev/null; fpid=
	[ $rc = 0 ] || fail "stall ($what): SIGTERM exit $rc"
	echo "ok: SIGTERM stopped ptraild ($what) $(( (t1 - t0) / 1000000 )) ms into a stalled fetch"
}
stall "reader thread" "$PTRAILD"
stall "no reader thread" "$PTRAILD_TEST" PTRAIL_TEST_NO_READER=1

# 3. UID 4294967295: the server's error, logged; the folder's last UID
# does not move there (nothing after it could ever be fetched)
start_fake maxuid
conf "$port" 10 > "$D/max.conf"
rm -rf "$D/data"
timeout -s KILL 20 "$PTRAILD" -c "$D/max.conf" --once 2>"$D/err"; rc=$?
kill "$fpid"; wait "$fpid" 2>/dev/null; fpid=
[ $rc = 0 ] || fail "maxuid: exit $rc ($(cat "$D/err"))"
grep -q "the server named UID 4294967295, which cannot be" "$D/err" || fail "maxuid: not logged: $(cat "$D/err")"
last=$(sqlite3 "$D/data/ledger.db" "SELECT last_uid FROM sync_state WHERE folder = 'INBOX'")
[ "$last" = 0 ] || fail "maxuid: last_uid is $last"
echo "ok: UID 4294967295 logged as the server's error; last_uid stays $last"
