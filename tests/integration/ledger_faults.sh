#!/bin/sh
# ledger_faults.sh — a batch the ledger refuses is not skipped: with the
# ledger on a full disk (a 4 MB tmpfs, grown afterwards) and with another
# process holding the ledger's write lock, ptraild stops the folder at the
# refused batch, says why in the log and in `ptrail status`, exits 75 for
# --once, and once the fault clears every letter is stored exactly once.
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
D=$TMPDIR/faults
mkdir -p "$D"
FULL=$D/full
cleanup() {
	[ -n "${lpid:-}" ] && kill "$lpid" 2>/dev/null
	mountpoint -q "$FULL" 2>/dev/null && umount "$FULL"
	dovecot_stop "$D"
}
fail() { echo "FAIL: $*"; cleanup; exit 1; }
dovecot_start "$D" || fail "dovecot did not start"
trap cleanup EXIT

corpus="$PTRAIL_TOP/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$PTRAIL_TOP/tests/demo/mail"
first=$(ls "$corpus"/*.eml | head -1)
school=$(grep -i -m1 '^From:' "$first" | sed -n 's/.*@\([A-Za-z0-9.-]*\).*/\1/p')

# letters: N copies of a school letter with their own Message-IDs, each
# carrying a 20 KB attachment so that a few hundred fill 4 MB
mkletters() {	# mkletters DIR PREFIX N
	mkdir -p "$1"
	/usr/bin/python3 - "$1" "$2" "$3" "$first" <<'PY'
import sys, re, base64, os
d, prefix, n, src = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
raw = open(src, "rb").read().replace(b"\r\n", b"\n")
head, _, body = raw.partition(b"\n\n")
head = re.sub(rb"(?mi)^Content-(Type|Transfer-Encoding):.*\n([ \t].*\n)*", b"", head + b"\n").rstrip(b"\n")
text = b""
for line in body.split(b"\n"):
    text += line + b"\n"
for i in range(n):
    h = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <%s%d@ptrail.test>" % (prefix.encode(), i), head, count=1)
    att = base64.encodebytes(os.urandom(15000))
    m = (h + b"\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
         b"--b\nContent-Type: text/plain; charset=utf-8\n\n" + text +
         b"\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" +
         att + b"--b--\n")
    open(f"{d}/{prefix}{i}.eml", "wb").write(m)
PY
}

printf 'secret\n' > "$D/pw"; chmod 600 "$D/pw"
conf() {	# conf LEDGERDIR
	cat <<EOF
[account]
address = Parent <parent@family.example>
imap = imaps://localhost:$DOVECOT_IMAPS
user = parent
password_file = $D/pw
ca_file = $D/ca.pem
timeout = 10
[school]
domains = $school
[ledger]
path = $1/ledger.db
[feed]
path = $D/feed/calendar.ics
EOF
}
export PTRAIL_NOW=2026-06-01T10:00:00+08:00
count() { sqlite3 "$1/ledger.db" "SELECT count(*) FROM messages WHERE message_id LIKE '<$2%'"; }
dups() { sqlite3 "$1/ledger.db" "SELECT count(*) - count(DISTINCT sha256) FROM messages"; }

# 1. another process holds the ledger's write lock (BEGIN IMMEDIATE) for
# 12 s, past SQLite's 10 s busy timeout, while a first sync of 150
# letters (two batches) starts: the first batch is refused, and no later
# one may be stored past it
L=$D/locked
conf "$L" > "$D/locked.conf"
"$PTRAILD" -c "$D/locked.conf" --once 2>"$D/err" || fail "creating the ledger: $(cat "$D/err")"
mkletters "$D/lk" lock 150
imap_append "$D" INBOX "$D"/lk/*.eml || fail "APPEND"
rm -f "$D/lock.ready"
/usr/bin/python3 - "$L/ledger.db" "$D/lock.ready" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(12)
db.execute("COMMIT")
PY
lpid=$!
n=0
while [ ! -f "$D/lock.ready" ]; do
	n=$((n + 1)); [ $n -gt 100 ] && fail "the lock holder did not start"
	sleep 0.1
done
"$PTRAILD" -c "$D/locked.conf" --once 2>"$D/err"; rc=$?
wait $lpid; lpid=
[ $rc = 75 ] || fail "locked ledger: --once exit $rc, want 75 ($(tail -3 "$D/err"))"
grep -q "the ledger is locked by another process" "$D/err" || fail "locked: no clear line: $(cat "$D/err")"
grep -q "cannot rollback" "$D/err" && fail "locked: the ROLLBACK error replaced the real one"
"$PTRAIL" -c "$D/locked.conf" status > "$D/status" || fail "ptrail status"
grep -q "INBOX .*the ledger is locked by another process" "$D/status" || fail "status does not show the lock: $(cat "$D/status")"
"$PTRAILD" -c "$D/locked.conf" --once 2>"$D/err" || fail "after the lock: exit $? ($(tail -3 "$D/err"))"
got=$(count "$L" lock)
[ "$got" = 150 ] || fail "after the lock cleared: $got of 150 letters stored"
[ "$(dups "$L")" = 0 ] || fail "after the lock: duplicates"
"$PTRAIL" -c "$D/locked.conf" verify >/dev/null || fail "chain broken after the lock"
echo "ok: a locked ledger stopped the sync (exit 75, said in the log and status); all 150 letters stored once afterwards"

# 2. the ledger on a 4 MB filesystem that fills up during a first sync of
# 300 letters (6 MB), then grows: every letter is stored once
if [ "$(id -u)" != 0 ]; then
	echo "SKIP full disk: needs root to mount a small tmpfs (running as $(id -un))"
	exit 0
fi
mkdir -p "$FULL"
if ! mount -t tmpfs -o size=4m,mode=0700 tmpfs "$FULL" 2>"$D/mount.err"; then
	echo "SKIP full disk: cannot mount a tmpfs here: $(cat "$D/mount.err")"
	exit 0
fi
imap_cmd "$D" 'n = int(M.select("INBOX")[1][0]); n and M.store("1:*", "+FLAGS", "\\Deleted"); M.expunge()' >/dev/null
mkletters "$D/fl" full 300
imap_append "$D" INBOX "$D"/fl/*.eml || fail "APPEND 300"
conf "$FULL" > "$D/full.conf"
"$PTRAILD" -c "$D/full.conf" --once 2>"$D/err"; rc=$?
[ $rc = 75 ] || fail "full disk: --once exit $rc, want 75 ($(tail -3 "$D/err"))"
grep -q "the disk holding the ledger is full" "$D/err" || fail "full disk: no clear line: $(cat "$D/err")"
grep -q "cannot rollback" "$D/err" && fail "full disk: the ROLLBACK error replaced the real one"
at=$(count "$FULL" full)
[ "$at" -lt 300 ] || fail "the disk did not fill up (all 300 stored)"
# a second round on the still-full disk stores nothing past the gap
"$PTRAILD" -c "$D/full.conf" --once 2>"$D/err"; rc=$?
[ $rc = 75 ] || fail "full disk, second round: exit $rc"
mount -o remount,size=64m "$FULL" || fail "cannot grow the tmpfs"
"$PTRAILD" -c "$D/full.conf" --once 2>"$D/err" || fail "after growing: exit $? ($(tail -3 "$D/err"))"
got=$(count "$FULL" full)
[ "$got" = 300 ] || fail "after the disk grew: $got of 300 letters stored (stopped at $at)"
[ "$(dups "$FULL")" = 0 ] || fail "full disk: duplicates"
"$PTRAIL" -c "$D/full.conf" verify >/dev/null || fail "chain broken after the full disk"
"$PTRAIL" -c "$D/full.conf" status > "$D/status" || fail "ptrail status"
grep -q "INBOX .*the disk holding the ledger is full" "$D/status" || fail "status does not show the full disk: $(cat "$D/status")"
echo "ok: a full disk stopped the sync at $at of 300 letters (exit 75, said in the log and status); all 300 stored once after it grew"
