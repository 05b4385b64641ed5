#!/bin/sh
# draft_stop.sh — SIGTERM while ptraild drafts a backlog of summaries:
# it stops between two letters (systemd kills at 90 s), exits 0 within
# 2 s, the ledger passes `ptrail verify`, and the next run drafts the
# rest, none twice.
#
# The backlog: 4000 school letters of the last day, one commitment each,
# written straight into a new ledger (drafting them through IMAP would
# take minutes); the IMAP server is a real dovecot with an empty INBOX.
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
D=$TMPDIR/stop
N=4000
mkdir -p "$D/data"; chmod 700 "$D/data"
fail() { echo "FAIL: $*"; kill "${pid:-}" 2>/dev/null; dovecot_stop "$D"; exit 1; }
dovecot_start "$D" >/dev/null || fail dovecot
{ account_conf "$D"; cat <<EOF
[school]
domains = school.example
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
} > "$D/c.conf"
chmod 600 "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00
now=$(date -d 2026-03-04T20:00:00+08:00 +%s)
"$PTRAIL" add --who x --what "make the schema" >/dev/null || fail "ptrail add"
sqlite3 "$D/data/ledger.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL
	SELECT i + 1 FROM n WHERE i < $N)
	INSERT INTO messages (id, message_id, sha256, folder, uid, date,
	from_name, from_addr, subject, lang, body, raw, size, stored_at)
	SELECT i, '<m' || i || '@school.example>', printf('%064d', i), 'INBOX',
	i, $now - 86400, 'Ms Wong', 'wong@school.example', 'Plan ' || i, 'en',
	'I will send the plan ' || i || ' by 20 March.', 'raw ' || i, 5,
	$now - 86400 FROM n;
	INSERT INTO commitments (message_id, source, actor, action, quote, due,
	created_at, updated_at) SELECT id, 'letter', 'Ms Wong',
	'send the plan ' || id, 'I will send the plan ' || id || ' by 20 March.',
	'2026-03-20', $now - 86400, $now - 86400 FROM messages;" || fail "backlog"

drafted() { sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM outbox WHERE kind = 'confirmation'"; }
"$PTRAILD" 2>"$D/daemon.log" &
pid=$!
# SIGTERM once drafting is well under way
for i in $(seq 1 300); do
	[ "$(grep -c 'drafted confirmation summary' "$D/daemon.log")" -ge 100 ] && break
	sleep 0.1
done
t0=$(date +%s.%N)
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
took=$(echo "$(date +%s.%N) - $t0" | bc)
pid=""
[ "$rc" = 0 ] || fail "ptraild exited $rc after SIGTERM"
[ "$(echo "$took <= 2" | bc)" = 1 ] || fail "ptraild took $took s to stop after SIGTERM"
first=$(drafted)
[ "$first" -ge 100 ] && [ "$first" -lt "$N" ] ||
	fail "$first of $N drafted before the stop: the test did not stop drafting midway"
"$PTRAIL" verify >/dev/null || fail "ptrail verify after the stop"
echo "ok: stopped $took s after SIGTERM, exit 0, $first of $N drafted, verify ok"

"$PTRAILD" --once 2>"$D/daemon2.log" || fail "the next run: exit $?"
[ "$(drafted)" = "$N" ] || fail "the next run left $(drafted) of $N drafted"
twice=$(sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM (SELECT message_id FROM outbox
	WHERE kind = 'confirmation' GROUP BY message_id HAVING count(*) > 1)")
[ "$twice" = 0 ] || fail "$twice letter(s) drafted twice"
"$PTRAIL" verify >/dev/null || fail "ptrail verify after the next run"
echo "ok: the next run drafted the other $((N - first)), none twice"
dovecot_stop "$D"
