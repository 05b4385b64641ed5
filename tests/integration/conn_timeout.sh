#!/bin/sh
# conn_timeout.sh — a server that never answers the SYN (issue 18): the
# IMAP and the SMTP connection each end at the config's timeout with
# "no answer from HOST:PORT within N s", in the log and in `ptrail
# status`, and are tried again; SIGTERM while either waits for the SYN's
# answer stops ptraild at once, not at the timeout.
#
# The silent server, without root: a listening socket with backlog 0 that
# never accepts, its one place in the accept queue taken first, so Linux
# drops every later SYN (tcp_conn_request: the accept queue is full). When
# a probe connects all the same, the kernel does not do this: skipped.
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
D=$TMPDIR/timeout
mkdir -p "$D"
pid= hpid=
fail() { echo "FAIL: $*"; tail -5 "$D/log" 2>/dev/null; [ -n "$pid" ] && kill "$pid" 2>/dev/null
	[ -n "$hpid" ] && kill "$hpid" 2>/dev/null; dovecot_stop "$D"; exit 1; }
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; [ -n "$hpid" ] && kill $hpid 2>/dev/null; dovecot_stop "$D"' EXIT

/usr/bin/python3 - "$D/hole" <<'PY' &
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
port = s.getsockname()[1]
held = []
for _ in range(3):		# the queue's one place (more are dropped)
    c = socket.socket(); c.settimeout(0.5)
    try:
        c.connect(("127.0.0.1", port)); held.append(c)
    except OSError:
        c.close()
p = socket.socket(); p.settimeout(2)
try:
    p.connect(("127.0.0.1", port)); verdict = "answers"
except socket.timeout:
    verdict = "silent"
except OSError as e:
    verdict = "answers (%s)" % e
open(sys.argv[1] + ".tmp", "w").write("%d %s\n" % (port, verdict))
import os; os.rename(sys.argv[1] + ".tmp", sys.argv[1])
time.sleep(3600)
PY
hpid=$!
n=0
until [ -f "$D/hole" ]; do n=$((n + 1)); [ $n -gt 100 ] && fail "the silent server did not start"; sleep 0.1; done
read HOLE verdict < "$D/hole"
[ "$verdict" = silent ] || { echo "a full backlog-0 listener still answers SYNs here ($verdict): skipped"; exit 77; }

dovecot_start "$D" >/dev/null || fail "dovecot did not start"
conf() {	# conf IMAP_URL SMTP_URL TIMEOUT > file (imap set by mkconf)
	account_conf "$D"; cat <<EOF
smtp = $2
timeout = $3
folders = INBOX
idle = no
poll_interval = 3600
[school]
domains = harbourside.edu.hk
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
}
mkconf() { conf "$@" > "$D/c.conf"; sed -i "s#^imap = .*#imap = $1#" "$D/c.conf"; }
q() { sqlite3 "$D/data/ledger.db" "$1"; }
since() { echo $(( $(date +%s) - $1 )); }
# wait_for PATTERN SECONDS: until the log has PATTERN
wait_for() {
	_t=$(date +%s)
	until grep -q "$1" "$D/log"; do
		[ "$(since $_t)" -gt "$2" ] && fail "no '$1' in the log after $2 s"
		sleep 0.1
	done
}
WORDS="no answer from 127.0.0.1:$HOLE within 5 s"

# 1. IMAP, --once: the words, at the timeout, not after a second look
mkconf "imap://127.0.0.1:$HOLE" "smtp://127.0.0.1:$HOLE" 5
t0=$(date +%s)
"$PTRAILD" -c "$D/c.conf" --once 2> "$D/log"
rc=$?
[ $rc = 69 ] || fail "--once exited $rc, wanted 69 (unreachable)"
grep -qF "$WORDS" "$D/log" || fail "the log lacks '$WORDS': $(cat "$D/log")"
[ "$(since $t0)" -lt 9 ] || echo "note: --once took $(since $t0) s for a 5 s timeout"
"$PTRAIL" -c "$D/c.conf" status 2>&1 | grep -F "IMAP connection: last error, " | grep -qF "$WORDS" ||
	fail "ptrail status lacks '$WORDS'"
echo "ok: IMAP: '$WORDS', exit 69"

# 2. IMAP, the daemon: said once, tried again
"$PTRAILD" -c "$D/c.conf" -d 2> "$D/log" &
pid=$!
wait_for "no answer from" 20
t0=$(date +%s)
until [ "$(grep -c "IMAP: connecting to 127.0.0.1:$HOLE" "$D/log")" -ge 2 ]; do
	[ "$(since $t0)" -gt 20 ] && fail "no second connect after the timeout"
	sleep 0.1
done
kill -TERM $pid; wait $pid; pid=
[ "$(grep -c "no answer from" "$D/log")" = 1 ] || fail "the timeout was logged $(grep -c "no answer from" "$D/log") times"
echo "ok: IMAP: the timeout said once, and the connection tried again"

# 3. IMAP: SIGTERM during the connect stops it at once (timeout 60 s)
mkconf "imap://127.0.0.1:$HOLE" "smtp://127.0.0.1:$HOLE" 60
"$PTRAILD" -c "$D/c.conf" -d 2> "$D/log" &
pid=$!
wait_for "IMAP: connecting to 127.0.0.1:$HOLE" 20
sleep 1
t0=$(date +%s)
kill -TERM $pid; wait $pid; rc=$?; pid=
[ $rc = 0 ] || fail "SIGTERM during the IMAP connect: exit $rc"
[ "$(since $t0)" -lt 15 ] || fail "SIGTERM during the IMAP connect took $(since $t0) s (the timeout is 60 s)"
! grep -q "no answer from\|libetpan" "$D/log" || fail "a stop logged as a failure: $(cat "$D/log")"
echo "ok: IMAP: SIGTERM during the connect: exit 0 in $(since $t0) s"

# 4. SMTP: the IMAP side works, the outbox (the day's digest) waits
imap_append "$D" INBOX "$PTRAIL_TOP/tests/demo/mail/01-senco-plan.eml" || fail APPEND
export PTRAIL_NOW=2026-03-04T20:00:00+08:00
rm -rf "$D/data"
mkconf "imaps://localhost:$DOVECOT_IMAPS" "smtp://127.0.0.1:$HOLE" 5
"$PTRAILD" -c "$D/c.conf" -d 2> "$D/log" &
pid=$!
wait_for "SMTP: the server cannot be reached: $WORDS" 60
wait_for "SMTP: still unreachable: $WORDS" 60
kill -TERM $pid; wait $pid; pid=
[ "$(grep -c "SMTP: the server cannot be reached" "$D/log")" = 1 ] || fail "the SMTP timeout was logged more than once"
"$PTRAIL" -c "$D/c.conf" status 2>&1 | grep -F "SMTP connection: last error, " | grep -qF "$WORDS" ||
	fail "ptrail status lacks '$WORDS' for SMTP"
[ "$(q "SELECT count(*) FROM outbox WHERE state IN ('sent', 'sending', 'failed', 'retrying')")" = 0 ] ||
	fail "rows marked: $(q "SELECT id, state FROM outbox")"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'approved'")" -ge 1 ] || fail "nothing waits to be sent"
echo "ok: SMTP: '$WORDS', said once, tried again; the outbox waits"

# 5. SMTP: SIGTERM during the connect (timeout 60 s): at once, the row
# back in the queue
mkconf "imaps://localhost:$DOVECOT_IMAPS" "smtp://127.0.0.1:$HOLE" 60
: > "$D/log"
"$PTRAILD" -c "$D/c.conf" -d 2> "$D/log" &
pid=$!
t0=$(date +%s)
until [ "$(q "SELECT count(*) FROM outbox WHERE state = 'sending'" 2>/dev/null)" = 1 ]; do
	[ "$(since $t0)" -gt 30 ] && fail "nothing was being sent"
	sleep 0.1
done
sleep 1
t0=$(date +%s)
kill -TERM $pid; wait $pid; rc=$?; pid=
[ $rc = 0 ] || fail "SIGTERM during the SMTP connect: exit $rc"
[ "$(since $t0)" -lt 15 ] || fail "SIGTERM during the SMTP connect took $(since $t0) s (the timeout is 60 s)"
[ "$(q "SELECT count(*) FROM outbox WHERE state IN ('sent', 'sending', 'failed', 'retrying')")" = 0 ] ||
	fail "rows marked after the stop: $(q "SELECT id, state FROM outbox")"
! grep -q "cannot be reached" "$D/log" || fail "a stop logged as an outage"
echo "ok: SMTP: SIGTERM during the connect: exit 0 in $(since $t0) s, the row queued as it was"
