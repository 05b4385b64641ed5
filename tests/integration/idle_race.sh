#!/bin/sh
# idle_race.sh — a letter that reaches INBOX after the round has searched
# it, and before the round's IDLE, is fetched at once: the server told
# this session of it already (with a later command's reply, or in the
# SELECT that comes back to INBOX after the Sent folder's sync), and IDLE
# will not tell it again. With poll_interval an hour, only ptraild's own
# check can take it. (ptraild-test pauses after its first INBOX search
# while the letter is delivered.)
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers race
demo_letters
{ account_conf "$D"; cat <<EOF
timeout = 10
poll_interval = 3600
idle = yes
EOF
	school_conf; data_conf
} > "$D/c.conf"
chmod 600 "$D/c.conf"
export PTRAIL_NOW=2026-03-04T20:00:00+08:00

PTRAIL_TEST_PAUSE_AFTER_SEARCH="$D/paused" "$PTRAILD_TEST" -d -c "$D/c.conf" \
    2>>"$D/daemon.log" &
pid=$!
n=0
until [ -f "$D/paused" ]; do
	n=$((n + 1)); [ $n -gt 300 ] && fail "the first round did not search INBOX"
	sleep 0.1
done
sed 's/^Message-I[Dd]:.*/Message-ID: <in-the-gap@ptrail.test>/' \
    "$M/01-senco-plan.eml" > "$D/gap.eml"
imap_append "$D" INBOX "$D/gap.eml" || fail APPEND
rm -f "$D/paused"
n=0
while [ "$(q "SELECT count(*) FROM messages WHERE message_id = '<in-the-gap@ptrail.test>'")" != 1 ]; do
	n=$((n + 1)); [ $n -gt 150 ] && fail "a letter delivered between the search and IDLE waited for the next poll"
	sleep 0.1
done
grep -q "changed after the round's search" "$D/daemon.log" ||
	fail "stored, but not by the check before IDLE"
kill -0 $pid || fail "the daemon died"
echo "ok: a letter delivered between the round's search and its IDLE, fetched at once"
