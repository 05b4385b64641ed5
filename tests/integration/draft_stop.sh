#!/bin/sh
# draft_stop.sh — SIGTERM while ptraild drafts a backlog, of summaries
# and then of the ladder's reminders: it stops between two letters
# (systemd kills at 90 s), exits 0 within 2 s, the ledger passes `ptrail
# verify`, and the next run drafts the rest, none twice.
#
# The backlogs, written straight into new ledgers (drafting them through
# IMAP would take minutes): 4000 school letters of the last day, one
# commitment each; then 3000 overdue promises of 3000 teachers, one
# reminder each (one letter per addressee and step). The IMAP server is
# a real dovecot with an empty INBOX.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers stop
N=4000
mkdir -p "$D/data"; chmod 700 "$D/data"
{ account_conf "$D"; printf '[school]\ndomains = school.example\n'
	data_conf; } > "$D/c.conf"
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

# stop_midway LOG LINE [WHEN]: ptraild in the background, logging to LOG,
# is sent SIGTERM once LINE stands 100 times in LOG (the work well under
# way); fails unless it exits 0 within 2 s, saying WHEN. Sets took.
stop_midway() {
	"$PTRAILD" 2>"$1" &
	pid=$!
	for i in $(seq 1 300); do
		[ "$(grep -c "$2" "$1")" -ge 100 ] && break
		sleep 0.1
	done
	t0=$(date +%s.%N)
	kill -TERM "$pid"
	rc=0; wait "$pid" || rc=$?
	took=$(echo "$(date +%s.%N) - $t0" | bc)
	pid=""
	[ "$rc" = 0 ] || fail "ptraild exited $rc after SIGTERM${3:-}"
	[ "$(echo "$took <= 2" | bc)" = 1 ] ||
		fail "ptraild took $took s to stop after SIGTERM${3:-}"
}

drafted() { sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM outbox WHERE kind = 'confirmation'"; }
stop_midway "$D/daemon.log" 'drafted confirmation summary'
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

# The ladder: promises of a fortnight ago, due on Mon 9 Mar, seen before
# it (so chased), letters too old for a summary; Fri 20 Mar, a school day
N2=3000
mkdir -p "$D/data2"; chmod 700 "$D/data2"
sed "s|$D/data/|$D/data2/|" "$D/c.conf" > "$D/c2.conf"
chmod 600 "$D/c2.conf"
export PTRAIL_CONFIG="$D/c2.conf" PTRAIL_NOW=2026-03-20T10:00:00+08:00
then=$(date -d 2026-03-02T10:00:00+08:00 +%s)
"$PTRAIL" add --who x --what "make the schema" >/dev/null ||
	fail "ptrail add (ladder)"
sqlite3 "$D/data2/ledger.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL
	SELECT i + 1 FROM n WHERE i < $N2)
	INSERT INTO messages (id, message_id, sha256, folder, uid, date,
	from_name, from_addr, subject, lang, body, raw, size, stored_at)
	SELECT i, '<m' || i || '@school.example>', printf('%064d', i), 'INBOX',
	i, $then, 'Teacher ' || i, 't' || i || '@school.example', 'Plan ' || i,
	'en', 'I will send the plan ' || i || ' by 9 March.', 'raw ' || i, 5,
	$then FROM n;
	INSERT INTO people (id, name, address, created_at) SELECT 10000 + id,
	from_name, from_addr, $then FROM messages;
	INSERT INTO commitments (message_id, person_id, source, actor, action,
	quote, due, created_at, updated_at) SELECT id, 10000 + id, 'letter',
	from_name,
	'send the plan ' || id, 'I will send the plan ' || id || ' by 9 March.',
	'2026-03-09', $then, $then FROM messages;" || fail "ladder backlog"

reminders() { sqlite3 "$D/data2/ledger.db" "SELECT count(*) FROM outbox WHERE kind = 'reminder'"; }
stop_midway "$D/daemon3.log" 'reminder for 1 commitment' " amid the ladder"
first=$(reminders)
[ "$first" -ge 100 ] && [ "$first" -lt "$N2" ] ||
	fail "$first of $N2 reminders before the stop: the ladder was not stopped midway"
# every reminder drafted is whole: its escalations row came with it
loose=$(sqlite3 "$D/data2/ledger.db" "SELECT count(*) FROM outbox o WHERE
	kind = 'reminder' AND NOT EXISTS (SELECT 1 FROM escalations e WHERE
	e.outbox_id = o.id)")
[ "$loose" = 0 ] || fail "$loose reminder(s) without their escalations row"
"$PTRAIL" verify >/dev/null || fail "ptrail verify after the ladder's stop"
echo "ok: the ladder stopped $took s after SIGTERM, exit 0, $first of $N2 reminders, verify ok"

"$PTRAILD" --once 2>"$D/daemon4.log" || fail "the ladder's next run: exit $?"
[ "$(reminders)" = "$N2" ] || fail "the next run left $(reminders) of $N2 reminders"
twice=$(sqlite3 "$D/data2/ledger.db" "SELECT count(*) FROM (SELECT 1 FROM
	escalations GROUP BY commitment_id, step HAVING count(*) > 1) UNION ALL
	SELECT count(*) FROM (SELECT 1 FROM outbox WHERE kind = 'reminder'
	GROUP BY to_addrs HAVING count(*) > 1)" | paste -sd+ | bc)
[ "$twice" = 0 ] || fail "$twice promise(s) or addressee(s) reminded twice"
"$PTRAIL" verify >/dev/null || fail "ptrail verify after the ladder's next run"
echo "ok: the next run drafted the other $((N2 - first)) reminders, one per addressee, none twice"
dovecot_stop "$D"
