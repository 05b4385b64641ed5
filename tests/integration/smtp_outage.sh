#!/bin/sh
# smtp_outage.sh — the send stage's failures, as the round sees them
# (issues 14 point 12, 19): during an SMTP outage the rows wait untouched
# and the log has one line for the whole outage, not one per row; the
# round tries again by itself within seconds, and everything goes once
# the server is back, each message once. A server that does not offer
# STARTTLS is a configuration error: said once, nothing retried, no row
# failed, until the configuration is reloaded; so is smtps:// to a plain
# port (not an outage retried every few seconds).
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
D=$TMPDIR/outage
mkdir -p "$D/smtp"
pid= spid=
fail() { echo "FAIL: $*"; tail -8 "$D/daemon.log" 2>/dev/null; [ -n "$pid" ] && kill "$pid" 2>/dev/null;
	[ -n "$spid" ] && kill "$spid" 2>/dev/null; dovecot_stop "$D"; exit 1; }
dovecot_start "$D" >/dev/null || fail dovecot
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; [ -n "$spid" ] && kill $spid 2>/dev/null; dovecot_stop "$D"' EXIT
M=$PTRAIL_TOP/tests/demo/mail
imap_append "$D" INBOX "$M/01-senco-plan.eml" "$M/02-class-teacher-zh.eml" || fail APPEND
SPORT=$(free_port)
conf() {	# conf SMTP_PORT
	account_conf "$D"; cat <<EOF
smtp = smtp://localhost:$1
timeout = 5
folders = INBOX
idle = no
poll_interval = 3600
[school]
domains = harbourside.edu.hk
senco = Ms Wong Mei Ling <wongml@harbourside.edu.hk>
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
}
conf "$SPORT" > "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00
q() { sqlite3 "$D/data/ledger.db" "$1"; }
deadline() { [ $(( $(date +%s) - $1 )) -gt "$2" ]; }

# 1. the SMTP server is down: four rows wait, one line says so
"$PTRAILD" 2>>"$D/daemon.log" &
pid=$!
t0=$(date +%s)
until [ "$(q "SELECT count(*) FROM outbox WHERE kind = 'notice'" 2>/dev/null)" = 1 ] &&
    grep -q "SMTP: the server cannot be reached" "$D/daemon.log"; do
	deadline $t0 30 && fail "no outage seen"
	sleep 0.1
done
"$PTRAIL" approve 1 >/dev/null && "$PTRAIL" approve 2 >/dev/null || fail approve
sleep 7		# the round retries by itself (after 5 s), and the CLI woke it
[ "$(grep -c "SMTP: the server cannot be reached" "$D/daemon.log")" = 1 ] ||
	fail "one outage logged $(grep -c "SMTP: the server cannot be reached" "$D/daemon.log") times"
! grep -q "will retry\|failed for good" "$D/daemon.log" || fail "an outage logged per row"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'approved'")" = 3 ] ||
	fail "rows touched by the outage: $(q "SELECT id, state FROM outbox")"
[ "$(q "SELECT count(*) FROM outbox WHERE state IN ('failed', 'retrying', 'sending')")" = 0 ] || fail "rows marked"
echo "ok: an SMTP outage: one log line, three rows (two summaries, the day's digest) waiting untouched"

# 2. the server comes back: the round's own retry sends all, once each
/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/smtpd.py" "$D/smtp" "$SPORT" \
	"$D/server.pem" "$D/server.key" 2>"$D/smtpd.log" &
spid=$!
t0=$(date +%s)
until [ "$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")" = 3 ]; do
	deadline $t0 40 && fail "not all sent 40 s after the server came back: $(q "SELECT id, state FROM outbox")"
	sleep 0.2
done
grep -q "SMTP: the server answers again" "$D/daemon.log" || fail "the end of the outage was not logged"
[ "$(ls "$D"/smtp/*.eml | wc -l)" = 3 ] || fail "$(ls "$D"/smtp/*.eml | wc -l) messages, wanted 3"
dups=$(cat "$D"/smtp/*.eml | tr -d '\r' | grep -i '^Message-ID:' | sort | uniq -d)
[ -z "$dups" ] || fail "sent twice: $dups"
echo "ok: the round retried by itself: all three sent once when the server was back"
kill -TERM $pid; wait $pid || fail "SIGTERM exit"
pid=

# 3. a server with no STARTTLS: a configuration error, said once
PPORT=$(free_port)
/usr/bin/python3 - "$PPORT" "$D/plain.ready" <<'PY' 2>"$D/plain.log" &
import asyncio, sys
from aiosmtpd.controller import Controller
class H:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"
c = Controller(H(), hostname="127.0.0.1", port=int(sys.argv[1]))
c.start()
open(sys.argv[2], "w").close()
asyncio.get_event_loop().run_forever()
PY
plain=$!
kill $spid; spid=$plain
t0=$(date +%s)
until [ -f "$D/plain.ready" ]; do deadline $t0 10 && fail "plain SMTP server"; sleep 0.1; done
conf "$PPORT" > "$D/c.conf"
sed -e "s/^Message-ID: .*/Message-ID: <plain@harbourside.edu.hk>/" "$M/01-senco-plan.eml" > "$D/plain.eml"
imap_append "$D" INBOX "$D/plain.eml"
: > "$D/daemon.log"
PTRAIL_NOW=2026-03-04T21:00:00+08:00 "$PTRAILD" 2>>"$D/daemon.log" &
pid=$!
t0=$(date +%s)
# (the day's digest went already: approve the new summary, so there is
# something to send)
until grep -q "STARTTLS" "$D/daemon.log"; do
	deadline $t0 30 && fail "no STARTTLS error"
	d=$(q "SELECT id FROM outbox WHERE state = 'draft' LIMIT 1" 2>/dev/null)
	[ -n "$d" ] && "$PTRAIL" approve "$d" >/dev/null
	sleep 0.1
done
for i in 1 2 3; do "$PTRAIL" add --who "Miss Lam" --what "call $i" --due 2026-03-20 >/dev/null || fail add; sleep 2; done
[ "$(grep -c "STARTTLS" "$D/daemon.log")" = 1 ] || fail "STARTTLS logged $(grep -c STARTTLS "$D/daemon.log") times"
grep -q "a configuration error, not a passing one" "$D/daemon.log" || fail "not called a configuration error"
! grep -q "will retry\|failed for good" "$D/daemon.log" || fail "a configuration error logged per row"
[ "$(q "SELECT count(*) FROM outbox WHERE state IN ('failed', 'retrying', 'sending')")" = 0 ] ||
	fail "rows marked: $(q "SELECT id, state FROM outbox WHERE state <> 'sent'")"
[ "$(q "SELECT count(*) FROM outbox WHERE subject LIKE '%was refused'")" = 0 ] || fail "the parent was told of a refusal"
echo "ok: no STARTTLS: one line calling it a configuration error; no row failed or retried"
kill -TERM $pid; wait $pid || fail "SIGTERM exit"
pid=

# 4. smtps:// to that plain port: a configuration error too, not an
# outage retried every few seconds: said once, not tried again
sed -i "s#^smtp = .*#smtp = smtps://localhost:$PPORT#" "$D/c.conf"
sed -e "s/^Message-ID: .*/Message-ID: <tls@harbourside.edu.hk>/" "$M/01-senco-plan.eml" > "$D/tls.eml"
imap_append "$D" INBOX "$D/tls.eml"
: > "$D/daemon.log"
PTRAIL_NOW=2026-03-04T22:00:00+08:00 "$PTRAILD" -d 2>>"$D/daemon.log" &
pid=$!
t0=$(date +%s)
until grep -q "speaks plain SMTP, not TLS" "$D/daemon.log"; do
	deadline $t0 30 && fail "no plain/TLS words"
	d=$(q "SELECT id FROM outbox WHERE state = 'draft' LIMIT 1" 2>/dev/null)
	[ -n "$d" ] && "$PTRAIL" approve "$d" >/dev/null
	sleep 0.1
done
for i in 1 2 3; do "$PTRAIL" add --who "Miss Lam" --what "write $i" --due 2026-03-20 >/dev/null || fail add; sleep 2; done
[ "$(grep -c "speaks plain SMTP, not TLS" "$D/daemon.log")" = 1 ] ||
	fail "the mismatch logged $(grep -c "speaks plain SMTP, not TLS" "$D/daemon.log") times"
grep "speaks plain SMTP, not TLS" "$D/daemon.log" | grep -q "a configuration error, not a passing one" ||
	fail "the mismatch not called a configuration error"
! grep -q "cannot be reached\|still unreachable\|will retry\|failed for good" "$D/daemon.log" ||
	fail "the mismatch retried as an outage: $(grep "unreachable\|reached" "$D/daemon.log" | head -3)"
[ "$(q "SELECT count(*) FROM outbox WHERE state IN ('failed', 'retrying', 'sending')")" = 0 ] ||
	fail "rows marked: $(q "SELECT id, state FROM outbox WHERE state <> 'sent'")"
echo "ok: smtps:// to a plain port: said once as a configuration error; not retried, no row marked"
kill -TERM $pid; wait $pid || fail "SIGTERM exit"
pid=
