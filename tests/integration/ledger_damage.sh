#!/bin/sh
# ledger_damage.sh — a damaged ledger is noticed (issue 14 point 10): after
# 200 random overwrites of the file, `ptraild --once` stops at start-up
# with exit 65 and says the file is damaged, and sends nothing; `ptrail
# verify` calls it damage (exit 65), not an edit. An edited row in an
# intact file is still reported as an edit (exit 1), and a sound ledger
# starts as before.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers damage smtp
demo_letters
conf() {	# conf LEDGER_DIR
	account_conf "$D"; cat <<EOF
smtp = smtp://localhost:$SMTPD_PORT
timeout = 10
folders = INBOX
EOF
	school_conf; data_conf "$1"
}
conf "$D/data" > "$D/c.conf"
conf "$D/edited" > "$D/e.conf"
export PTRAIL_NOW=2026-03-04T20:00:00+08:00
mails() { ls "$D"/smtp/*.eml 2>/dev/null | wc -l; }

"$PTRAILD" -c "$D/c.conf" --once 2>>"$D/daemon.log" || fail "first run"
"$PTRAILD" -c "$D/c.conf" --once 2>>"$D/daemon.log" || fail "second run on a sound ledger"
[ "$(mails)" -ge 1 ] || fail "the day's digest (the drafts, with their tokens) was not sent"
[ ! -e "$D/data/ledger.db-wal" ] || fail "the WAL was not checkpointed at exit"
"$PTRAIL" -c "$D/c.conf" verify >/dev/null || fail "verify of a sound ledger"
cp -r "$D/data" "$D/edited"

# an edit: the chain says so, and the file is sound
sqlite3 "$D/edited/ledger.db" "DROP TRIGGER events_no_update; UPDATE events SET detail = '{}' WHERE id = 2" || fail "edit"
"$PTRAIL" -c "$D/e.conf" verify >/dev/null 2>"$D/verify.edited"; rc=$?
[ $rc = 1 ] || fail "verify of an edited ledger exited $rc: $(cat "$D/verify.edited")"
grep -q "the row was edited" "$D/verify.edited" || fail "edit: $(cat "$D/verify.edited")"
! grep -q damaged "$D/verify.edited" || fail "an edit called damage"
echo "ok: an edited row is reported as an edit"

# damage: 200 random overwrites past the file header
before=$(mails)
/usr/bin/python3 - "$D/data/ledger.db" <<'PY'
import random, sys
r = random.Random(14)
f = open(sys.argv[1], "r+b")
size = f.seek(0, 2)
for _ in range(200):
    f.seek(r.randrange(100, size))
    f.write(bytes([r.randrange(256)]))
f.close()
PY
PTRAIL_NOW=2026-03-06T20:00:00+08:00 "$PTRAILD" -c "$D/c.conf" --once 2>"$D/damaged.log"; rc=$?
[ $rc = 65 ] || fail "ptraild on a damaged ledger exited $rc: $(cat "$D/damaged.log")"
grep -q "ledger $D/data/ledger.db is damaged, not edited: SQLite's integrity check says: " "$D/damaged.log" ||
	fail "no clear message: $(cat "$D/damaged.log")"
[ "$(mails)" = "$before" ] || fail "sent $(( $(mails) - before )) message(s) from a damaged ledger"
"$PTRAIL" -c "$D/c.conf" verify >/dev/null 2>"$D/verify.damaged"; rc=$?
[ $rc = 65 ] || fail "verify of a damaged ledger exited $rc: $(cat "$D/verify.damaged")"
grep -q "the file is damaged (corruption, not an edit)" "$D/verify.damaged" || fail "verify: $(cat "$D/verify.damaged")"
echo "ok: a damaged ledger stops ptraild (65) and verify calls it damage"

# a ledger directory that already exists open to others: said at start
mkdir -p "$D/open" && chmod 0755 "$D/open"
conf "$D/open" > "$D/o.conf"
"$PTRAILD" -c "$D/o.conf" --once 2>"$D/open.log" || fail "run on a 0755 directory: $(cat "$D/open.log")"
grep -q "$D/open: the ledger's directory is mode 0755, open to others; chmod 700 $D/open" "$D/open.log" ||
	fail "no warning for a 0755 ledger directory: $(head -3 "$D/open.log")"
echo "ok: a 0755 ledger directory is warned about"
