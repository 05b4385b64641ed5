#!/bin/sh
# imap_sync.sh — ptraild against a real dovecot: TLS verified (both paths),
# school mail only, nothing marked \Seen, idempotent, wrong password 77,
# untrusted certificate refused, IDLE delivery, SIGKILL at random moments,
# recovery after the server restarts, and after it hangs up mid-fetch.
# Bounds only the feature meets: IDLE with an hour between polls, kills
# that land inside a sync (counted), relays waited for by their port.
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
D=$TMPDIR/imap
mkdir -p "$D"
pid=
# a daemon left running would hold run.sh's output open: it goes first
fail() { echo "FAIL: $*"; [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; [ -f "$D/dovecot.log" ] && tail -5 "$D/dovecot.log"; dovecot_stop "$D"; exit 1; }
DOVECOT_SENT=Posted dovecot_start "$D" || fail "dovecot did not start"
trap 'dovecot_stop "$D"' EXIT
wait_port() {	# wait_port PORT: until something listens there (10 s at most)
	_n=0
	until /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null; do
		_n=$((_n + 1)); [ $_n -gt 100 ] && fail "nothing listens on port $1"
		sleep 0.1
	done
}

corpus="$PTRAIL_TOP/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$PTRAIL_TOP/tests/demo/mail"
mkdir -p "$D/school" "$D/other"
cp "$corpus"/*.eml "$D/school/"
# the school's domains, as a parent would list them
domains=$(grep -h -i -m1 '^From:' "$D"/school/*.eml | sed -n 's/.*@\([A-Za-z0-9.-]*\).*/domains = \1/p' | sort -u)
# mail from elsewhere: large, so fetching it would show in the byte count
/usr/bin/python3 - "$D/other" <<'PY'
import sys
for i in range(10):
    body = ("Lorem ipsum dolor sit amet, we will deliver by Friday. " * 4000)
    open(f"{sys.argv[1]}/o{i}.eml", "w").write(
        f"From: Shop <deals{i}@shop.example>\nTo: parent@family.example\n"
        f"Subject: offer {i}\nDate: Mon, 2 Mar 2026 10:00:00 +0800\n"
        f"Message-ID: <other{i}@shop.example>\n\n{body}\n")
PY
imap_append "$D" INBOX "$D"/school/*.eml "$D"/other/*.eml || fail "APPEND"
nschool=$(ls "$D"/school/*.eml | wc -l)

printf 'secret\n' > "$D/pw"; chmod 600 "$D/pw"
conf() {	# conf URL CAFILE PWFILE > file
	cat <<EOF
[account]
address = Parent <parent@family.example>
imap = $1
user = parent
password_file = $3
${2:+ca_file = $2}
timeout = 10
poll_interval = 10
[school]
$domains
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
}
conf "imaps://localhost:$DOVECOT_IMAPS" "$D/ca.pem" "$D/pw" > "$D/ok.conf"
export PTRAIL_NOW=2026-06-01T10:00:00+08:00
q() { sqlite3 "$D/data/ledger.db" "$1"; }

# 1. one sync: every school letter once, with its items
"$PTRAILD" -c "$D/ok.conf" --once 2>"$D/err" || fail "--once exit $? ($(cat "$D/err"))"
[ "$(q 'SELECT count(*) FROM messages')" = "$nschool" ] || fail "stored $(q 'SELECT count(*) FROM messages') of $nschool"
want=$("$PTRAIL" extract --json "$D"/school/*.eml | /usr/bin/python3 -c '
import json,sys
print(sum(len(json.loads(l)["commitments"]) for l in sys.stdin))')
got=$(q 'SELECT count(*) FROM commitments')
[ "$got" = "$want" ] || fail "commitments in ledger $got, extract says $want"
[ "$(q "SELECT count(*) FROM messages WHERE message_id LIKE '%shop.example%'")" = 0 ] || fail "non-school mail stored"
# 2. the large non-school mail was never fetched: bytes sent by the server
out=$(grep -o 'out=[0-9]*' "$D/dovecot.log" | tail -1 | cut -d= -f2)
size=$(cat "$D"/school/*.eml | wc -c)
[ "$out" -lt $((size * 2 + 20000)) ] || fail "server sent $out bytes for $size bytes of school mail"
# 3. nothing marked \Seen
seen=$(imap_cmd "$D" 'M.select("INBOX"); print(len(M.search(None, "SEEN")[1][0].split()))')
[ "$seen" = 0 ] || fail "$seen messages marked \\Seen"
# 4. the Sent folder is found by SPECIAL-USE, not by its name: here the
# server calls it "Posted" and marks it \Sent; the parent's letter to the
# school in it is kept as hers (direction out); the first run did not see it
sch=$(echo "$domains" | head -1 | sed 's/.*= //')
cat > "$D/sent.eml" <<EOF
From: Parent <parent@family.example>
To: SENCO <senco@$sch>
Subject: Following our meeting
Date: Tue, 3 Mar 2026 09:00:00 +0800
Message-ID: <parent-sent-1@family.example>

Following our meeting on 2 March, I understood that Ms Chan would send the
draft IEP by 10 March. Please let me know of any corrections.
EOF
imap_append "$D" Posted "$D/sent.eml" || fail "APPEND to Posted"
"$PTRAILD" -c "$D/ok.conf" --once 2>"$D/err" || fail "Sent run: $(cat "$D/err")"
[ "$(q "SELECT folder || ' ' || direction FROM messages WHERE message_id = '<parent-sent-1@family.example>'")" = "Posted out" ] || fail "the Sent folder (Posted) was not watched: $(cat "$D/err")"
nschool=$((nschool + 1))
echo "ok: the Sent folder found by SPECIAL-USE"
# 4b. a second run adds nothing
ev=$(q 'SELECT count(*) FROM events')
"$PTRAILD" -c "$D/ok.conf" --once 2>/dev/null || fail "second run"
[ "$(q 'SELECT count(*) FROM events')" = "$ev" ] || fail "second run added events"
"$PTRAIL" -c "$D/ok.conf" verify >/dev/null || fail "chain broken"
# a changed UIDVALIDITY (the server renumbered the folder): a full re-scan
# that stores nothing twice
sqlite3 "$D/data/ledger.db" "UPDATE sync_state SET uidvalidity = uidvalidity + 1"
"$PTRAILD" -c "$D/ok.conf" --once 2>"$D/err" || fail "re-scan run"
grep -q "UIDVALIDITY changed" "$D/err" || fail "the re-scan was not logged"
[ "$(q 'SELECT count(*) FROM messages')" = "$nschool" ] || fail "re-scan duplicated letters"
[ "$(q 'SELECT count(*) FROM events')" = "$ev" ] || fail "re-scan added events"
[ "$(stat -c %a "$D/data/ledger.db")" = 600 ] || fail "ledger mode"
[ "$(stat -c %a "$D/data/calendar.ics")" = 600 ] || fail "feed mode"
echo "ok: $nschool letters, $got commitments, server sent $out bytes"

# 5. wrong password: 77 and a clear line
printf 'wrong\n' > "$D/bad"; chmod 600 "$D/bad"
conf "imaps://localhost:$DOVECOT_IMAPS" "$D/ca.pem" "$D/bad" > "$D/bad.conf"
"$PTRAILD" -c "$D/bad.conf" --once 2>"$D/err"; rc=$?
[ $rc = 77 ] || fail "wrong password exit $rc"
grep -q "login as parent refused" "$D/err" || fail "no clear line: $(cat "$D/err")"
grep -q wrong "$D/err" && fail "the password reached the log"
# 6. a certificate from a CA we do not trust: refused, on both paths
conf "imaps://localhost:$DOVECOT_IMAPS" "" "$D/pw" > "$D/noca.conf"
"$PTRAILD" -c "$D/noca.conf" --once 2>"$D/err"; rc=$?
[ $rc = 69 ] || fail "untrusted cert exit $rc"
grep -q "certificate not trusted" "$D/err" || fail "no reason: $(cat "$D/err")"
conf "imap://localhost:$DOVECOT_IMAP" "$D/other-ca.pem" "$D/pw" > "$D/starttls-bad.conf"
"$PTRAILD" -c "$D/starttls-bad.conf" --once 2>"$D/err"; rc=$?
[ $rc = 69 ] || fail "STARTTLS with the wrong CA exit $rc"
grep -q "certificate not trusted" "$D/err" || fail "STARTTLS: $(cat "$D/err")"
conf "imap://localhost:$DOVECOT_IMAP" "$D/ca.pem" "$D/pw" > "$D/starttls.conf"
"$PTRAILD" -c "$D/starttls.conf" --once 2>"$D/err" || fail "STARTTLS with the CA: $(cat "$D/err")"
conf "imaps://127.0.0.1:$DOVECOT_IMAPS" "$D/ca.pem" "$D/pw" > "$D/ip.conf"
"$PTRAILD" -c "$D/ip.conf" --once 2>"$D/err" || fail "by IP address: $(cat "$D/err")"
# AUTHENTICATE PLAIN where the server offers it (dovecot does). The
# client's side of a plain-text session (tls = none, said in so many words)
# is recorded by a relay in front of dovecot's port.
relay=$(free_port)
/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/relay.py" "$relay" "$DOVECOT_IMAP" "$D/relay.log" many &
rpid=$!
wait_port "$relay"	# the probe sends nothing: the log holds ptraild's session
conf "imap://localhost:$relay" "" "$D/pw" | sed 's/^timeout = 10/tls = none\ntimeout = 10/' > "$D/plain.conf"
"$PTRAILD" -c "$D/plain.conf" --once 2>"$D/err" || fail "tls = none via the relay: $(cat "$D/err")"
kill $rpid; wait $rpid 2>/dev/null
grep -q "AUTHENTICATE PLAIN" "$D/relay.log" || fail "no AUTHENTICATE PLAIN: $(head -c 300 "$D/relay.log")"
grep -qi " LOGIN " "$D/relay.log" && fail "LOGIN used although AUTH=PLAIN was offered"
grep -q secret "$D/err" && fail "the password reached the log"
# without SASL's PLAIN plugin on this side (SASL_PATH points nowhere):
# LOGIN, with a line saying why
relay=$(free_port)
/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/relay.py" "$relay" "$DOVECOT_IMAP" "$D/relay2.log" many &
rpid=$!
wait_port "$relay"	# the probe sends nothing: the log holds ptraild's session
conf "imap://localhost:$relay" "" "$D/pw" | sed 's/^timeout = 10/tls = none\ntimeout = 10/' > "$D/plain.conf"
SASL_PATH=$D/no-sasl "$PTRAILD" -c "$D/plain.conf" --once 2>"$D/err" || fail "LOGIN fallback: $(cat "$D/err")"
kill $rpid; wait $rpid 2>/dev/null
grep -q " LOGIN " "$D/relay2.log" || fail "no LOGIN after SASL failed: $(head -c 300 "$D/relay2.log")"
grep -q "libsasl2-modules" "$D/err" || fail "the fallback was not explained: $(cat "$D/err")"
echo "ok: login and certificate checks; AUTHENTICATE PLAIN, LOGIN without SASL"

# 7. IDLE: a letter APPENDed while the daemon waits is stored without a
# restart. The daemon polls only once an hour, so only IDLE can deliver it
# inside the 5 s bound.
conf "imaps://localhost:$DOVECOT_IMAPS" "$D/ca.pem" "$D/pw" | sed 's/^poll_interval = 10$/poll_interval = 3600/' > "$D/idle.conf"
grep -q '^poll_interval = 3600$' "$D/idle.conf" || fail "idle.conf"
rm -f "$D/data/calendar.ics"	# written again at the end of the first round
"$PTRAILD" -c "$D/idle.conf" 2>"$D/daemon.log" &
pid=$!
n=0
until [ -f "$D/data/calendar.ics" ]; do
	n=$((n + 1)); [ $n -gt 100 ] && fail "IDLE: the first round did not end"
	sleep 0.1
done
sleep 0.5	# into IDLE
first=$(ls "$D"/school/*.eml | head -1)
sed 's/^Message-I[Dd]:.*/Message-ID: <idle-test@ptrail.test>/' "$first" > "$D/new.eml"
t0=$(date +%s%N)
imap_append "$D" INBOX "$D/new.eml"
n=0
while [ "$(q "SELECT count(*) FROM messages WHERE message_id = '<idle-test@ptrail.test>'")" != 1 ]; do
	n=$((n + 1)); [ $n -gt 50 ] && fail "IDLE: not stored after 5 s (poll_interval is an hour)"
	sleep 0.1
done
t1=$(date +%s%N)
echo "ok: IDLE delivery in $(( (t1 - t0) / 1000000 )) ms"
# 8. the server goes away and comes back: the daemon recovers by itself
dovecot_stop "$D"
sleep 1
DOVECOT_SENT=Posted dovecot_start "$D" >/dev/null || fail "restart dovecot"
conf "imaps://localhost:$DOVECOT_IMAPS" "$D/ca.pem" "$D/pw" > "$D/ok.conf"
sed 's/^poll_interval = 10$/poll_interval = 3600/' "$D/ok.conf" > "$D/idle.conf"
kill -HUP $pid	# the port changed: reload the config
sed 's/^Message-I[Dd]:.*/Message-ID: <after-restart@ptrail.test>/' "$first" > "$D/new2.eml"
imap_append "$D" INBOX "$D/new2.eml"
n=0
while [ "$(q "SELECT count(*) FROM messages WHERE message_id = '<after-restart@ptrail.test>'")" != 1 ]; do
	n=$((n + 1)); [ $n -gt 300 ] && fail "no recovery after 30 s: $(tail -3 "$D/daemon.log")"
	sleep 0.1
done
kill -TERM $pid; wait $pid; rc=$?; pid=
[ $rc = 0 ] || fail "SIGTERM exit $rc"
echo "ok: recovered after the server restarted"

# 9. SIGKILL at random moments during a sync of many letters
# (2,000 letters straight into the Maildir: 20 batches, so that a sync
# lasts long enough for kills to land in it)
md="$D/home/parent/Maildir/cur"
/usr/bin/python3 - "$md" "$first" <<'PY'
import sys, re, os
src = open(sys.argv[2], "rb").read().replace(b"\r\n", b"\n")
for i in range(2000):
    m = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <bulk%d@ptrail.test>" % i, src, count=1)
    open(os.path.join(sys.argv[1], "%d.bulk%d:2," % (1700000000 + i, i)), "wb").write(m)
PY
chown -R "$(stat -c %u "$D/home")" "$md"
imap_cmd "$D" 'M.select("INBOX")' >/dev/null	# dovecot indexes them
# each kill lands inside the sync: after this run has stored its first
# letter (its first batch committed), 0-20 ms later, inside a later batch
bulk() { q "SELECT count(*) FROM messages WHERE message_id LIKE '<bulk%'"; }
inside=0 trace=
for i in $(seq 1 20); do
	c0=$(bulk)
	[ "$c0" = 2000 ] && break
	"$PTRAILD" -c "$D/ok.conf" --once 2>/dev/null &
	k=$!
	n=0
	while [ "$(bulk)" = "$c0" ] && kill -0 $k 2>/dev/null; do
		n=$((n + 1)); [ $n -gt 1000 ] && break
		sleep 0.01
	done
	sleep "0.0$(( $(od -An -N1 -tu1 /dev/urandom) % 3 ))"
	kill -KILL $k 2>/dev/null; wait $k 2>/dev/null
	c1=$(bulk)
	[ "$c1" -gt "$c0" ] && [ "$c1" -lt 2000 ] && inside=$((inside + 1))
	trace="$trace $c0->$c1"
done
[ "$inside" -ge 3 ] || fail "only $inside kill(s) landed inside a sync (stored before->after each kill:$trace)"
"$PTRAILD" -c "$D/ok.conf" --once 2>/dev/null || fail "final run after kills"
bulk=$(q "SELECT count(*) FROM messages WHERE message_id LIKE '<bulk%'")
[ "$bulk" = 2000 ] || fail "after kills: $bulk of 2000 letters"
dup=$(q "SELECT count(*) - count(DISTINCT sha256) FROM messages")
[ "$dup" = 0 ] || fail "$dup duplicates"
per=$(q "SELECT count(*) FROM commitments c JOIN messages m ON m.id = c.message_id WHERE m.message_id = '<bulk7@ptrail.test>'")
orph=$(q "SELECT count(*) FROM messages m WHERE m.message_id LIKE '<bulk%' AND (SELECT count(*) FROM commitments c WHERE c.message_id = m.id) <> $per")
[ "$orph" = 0 ] || fail "$orph letters with a partial set of items"
"$PTRAIL" -c "$D/ok.conf" verify >/dev/null || fail "chain broken after kills"
echo "ok: $inside kills inside a sync, 2000 letters each stored once with all their items"

# 10. the server hangs up in the middle of a fetch (a relay in front of
# dovecot is killed) and is back a second later on the same port: the
# daemon reconnects by itself and every letter lands once
md="$D/home/parent/Maildir/cur"
/usr/bin/python3 - "$md" "$first" <<'PY'
import sys, re, os
src = open(sys.argv[2], "rb").read().replace(b"\r\n", b"\n")
for i in range(4000):
    m = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <mid%d@ptrail.test>" % i, src, count=1)
    open(os.path.join(sys.argv[1], "%d.mid%d:2," % (1800000000 + i, i)), "wb").write(m)
PY
chown -R "$(stat -c %u "$D/home")" "$md"
imap_cmd "$D" 'M.select("INBOX")' >/dev/null	# dovecot indexes them
relay=$(free_port)
/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/relay.py" "$relay" "$DOVECOT_IMAPS" "$D/mid-relay.log" many &
rpid=$!
conf "imaps://localhost:$relay" "$D/ca.pem" "$D/pw" > "$D/mid.conf"
mid() { q "SELECT count(*) FROM messages WHERE message_id LIKE '<mid%'"; }
wait_port "$relay"
"$PTRAILD" -c "$D/mid.conf" 2>"$D/mid.log" &
pid=$!
n=0
while [ "$(mid)" -lt 1 ]; do
	n=$((n + 1)); [ $n -gt 1000 ] && fail "mid-fetch: the sync did not start"
	sleep 0.01
done
kill -KILL $rpid; wait $rpid 2>/dev/null
at=$(mid)
[ "$at" -lt 4000 ] || fail "mid-fetch: the sync finished before the hang-up"
sleep 1
/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/relay.py" "$relay" "$DOVECOT_IMAPS" "$D/mid-relay.log" many &
rpid=$!
n=0
while [ "$(mid)" != 4000 ]; do
	n=$((n + 1)); [ $n -gt 600 ] && fail "mid-fetch: $(mid) of 4000 after 60 s: $(tail -3 "$D/mid.log")"
	sleep 0.1
done
kill -TERM $pid; wait $pid; rc=$?; pid=
kill $rpid 2>/dev/null; wait $rpid 2>/dev/null
[ $rc = 0 ] || fail "SIGTERM exit $rc after the hang-up"
dup=$(q "SELECT count(*) - count(DISTINCT sha256) FROM messages")
[ "$dup" = 0 ] || fail "mid-fetch: $dup duplicates"
"$PTRAIL" -c "$D/ok.conf" verify >/dev/null || fail "chain broken after the hang-up"
grep -q "search or fetch failed: connection lost" "$D/mid.log" || fail "the hang-up was not logged: $(cat "$D/mid.log")"
# the letters stored after the hang-up do not hide it from ptrail status
"$PTRAIL" -c "$D/ok.conf" status > "$D/status" || fail "ptrail status after the hang-up"
grep -q "INBOX .*search or fetch failed: connection lost" "$D/status" || fail "status does not show the hang-up: $(cat "$D/status")"
echo "ok: the server hung up mid-fetch at $at of 4000 letters; all 4000 stored once after it came back"

# 11. a school letter over the 64 MB limit is never downloaded: the
# folder moves past it with one line saying why, and the letter after it
# is stored
/usr/bin/python3 - "$md" "$first" <<'PY'
import sys, re, os
src = open(sys.argv[2], "rb").read().replace(b"\r\n", b"\n")
head, _, _ = src.partition(b"\n\n")
head = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <huge@ptrail.test>", head, count=1)
head = re.sub(rb"(?mi)^Content-(Type|Transfer-Encoding):.*\n", b"", head)
with open(os.path.join(sys.argv[1], "1900000000.huge:2,"), "wb") as f:
    f.write(head + b"\nContent-Type: text/plain\n\n")
    line = b"x" * 76 + b"\n"
    for _ in range(65 * 1024 * 1024 // len(line) + 1):
        f.write(line)
m = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <after-huge@ptrail.test>", src, count=1)
open(os.path.join(sys.argv[1], "1900000001.afterhuge:2,"), "wb").write(m)
PY
chown -R "$(stat -c %u "$D/home")" "$md"
imap_cmd "$D" 'M.select("INBOX")' >/dev/null
"$PTRAILD" -c "$D/ok.conf" --once 2>"$D/err" || fail "huge run: $(cat "$D/err")"
grep -q "over the 67108864 byte limit: not fetched" "$D/err" || fail "no line for the huge letter: $(cat "$D/err")"
[ "$(q "SELECT count(*) FROM messages WHERE message_id = '<huge@ptrail.test>'")" = 0 ] || fail "the huge letter was stored"
[ "$(q "SELECT count(*) FROM messages WHERE message_id = '<after-huge@ptrail.test>'")" = 1 ] || fail "the letter after the huge one was not stored"
"$PTRAIL" -c "$D/ok.conf" status --json > "$D/status" || fail "ptrail status after the huge letter"
/usr/bin/python3 - "$D/status" <<'PY' || fail "status does not show the skipped letter: $(cat "$D/status")"
import json, sys
f = {x["folder"]: x for x in json.load(open(sys.argv[1]))["folders"]}["INBOX"]
assert "over the 67108864 byte limit: not fetched" in f["last_error"], f
assert f["last_error_at"], f
PY
out=$(grep -o 'out=[0-9]*' "$D/dovecot.log" | tail -1 | cut -d= -f2)
[ "$out" -lt 10000000 ] || fail "the server sent $out bytes: the huge letter was downloaded"
"$PTRAILD" -c "$D/ok.conf" --once 2>"$D/err" || fail "run after the huge letter"
grep -q "not fetched" "$D/err" && fail "the huge letter was looked at again"
rm -f "$md"/1900000000.huge*
echo "ok: a 65 MB letter was not downloaded (server sent $out bytes); the next one was stored"
