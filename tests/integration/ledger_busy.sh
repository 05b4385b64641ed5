#!/bin/sh
# ledger_busy.sh — CLI writes during a large sync (issue 14 point 9):
# `ptrail add`, `done` and `reopen` every 0.02 s while ptraild stores
# and drafts 800 letters. A busy ledger waits, it never skips: the daemon
# logs no "database is locked" and no write begun inside an open read,
# and the day's digest to the parent, written in the same run, lists
# every draft waiting for approval. (The CLI writes its own promises: a
# draft it approved before the digest was made would rightly be missing.)
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers busy
mkdir -p "$D/mail"
N=${BUSY_LETTERS:-800}
for i in $(seq 1 $N); do
	sed -e "s/^Message-ID: .*/Message-ID: <busy-$i@harbourside.edu.hk>/" \
	    "$PTRAIL_TOP/tests/demo/mail/01-senco-plan.eml" > "$D/mail/$i.eml"
done
imap_append "$D" INBOX "$D"/mail/*.eml || fail APPEND
{ account_conf "$D"; echo "folders = INBOX"; school_conf; data_conf; } > "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00
q() { sqlite3 -cmd ".timeout 10000" "$D/data/ledger.db" "$1"; }
"$PTRAIL" add --who "Miss Lam" --what "call first" --due 2026-03-20 >/dev/null 2>&1	# creates the ledger
(
	i=0
	while :; do
		i=$((i + 1))
		id=$("$PTRAIL" add --who "Miss Lam" --what "call $i" --due 2026-03-20 2>/dev/null |
			sed -n 's/^commitment \([0-9]*\):.*/\1/p')
		sleep 0.02
		[ -n "$id" ] && "$PTRAIL" done "$id" >/dev/null 2>&1
		sleep 0.02
		[ -n "$id" ] && "$PTRAIL" reopen "$id" >/dev/null 2>&1
		sleep 0.02
	done
) &
also_kill=$!
# the writer is running before the daemon starts; count what it wrote
# while the daemon ran (a faster sync is a shorter window)
until [ "$(q "SELECT count(*) FROM commitments WHERE action LIKE 'call %'")" -ge 1 ]; do sleep 0.05; done
before=$(q "SELECT count(*) FROM commitments WHERE action LIKE 'call %'")
"$PTRAILD" --once 2>"$D/daemon.log"; rc=$?
after=$(q "SELECT count(*) FROM commitments WHERE action LIKE 'call %'")
kill $also_kill; wait $also_kill 2>/dev/null; also_kill=
[ $rc = 0 ] || fail "ptraild --once exited $rc"
drafts=$(q "SELECT count(*) FROM outbox WHERE kind = 'confirmation'")
digests=$(q "SELECT count(*) FROM outbox WHERE kind = 'notice' AND subject LIKE 'ptrail: digest for %'")
notices=$(q "SELECT body FROM outbox WHERE kind = 'notice' AND subject LIKE 'ptrail: digest for %'" | grep -c '^\* Draft [0-9]* (confirmation)')
edits=$((after - before))
[ "$drafts" -ge $((N - 10)) ] || fail "only $drafts drafts for $N letters"
! grep -q "database is locked" "$D/daemon.log" || fail "$(grep -c "database is locked" "$D/daemon.log") 'database is locked'"
! grep -q "while a read is still open" "$D/daemon.log" || fail "a write begun inside a read"
[ "$digests" = 1 ] || fail "$digests digests in one run"
[ "$notices" = "$drafts" ] || fail "$drafts drafts but the digest lists $notices"
[ "$edits" -ge 1 ] || fail "the CLI did not write during the sync ($edits)"
echo "ok: $N letters synced while the CLI added $edits promises (done, reopened): $drafts drafts, all $notices in the day's digest, nothing skipped"
