#!/bin/sh
# tests/demo/run.sh — `make demo`: ptrail's main job on a local mailbox.
#
# Starts a real dovecot (IMAP) and a real SMTP server on 127.0.0.1 with a
# throw-away CA, delivers sample school letters (English and Chinese, a
# thread with a reply, a deflection, a promise that will go overdue, a
# newsletter), and tells the story in two evenings, the clock set by
# PTRAIL_NOW:
#   Wed 4 March:  ptraild syncs, reads the letters, drafts the confirmation
#                 summaries; the demo approves them and ptraild sends them.
#   Fri 20 March: the SENCO's reply has come: it answers the two promises
#                 it is about (the case conference, the reading log); the
#                 class teacher's promise of 13 March is overdue, and the
#                 ladder drafts a reminder To her (陳老師), in Chinese like
#                 her letter, quoting her own letter, the SENCO in Cc. No
#                 letter to the principal: the reminder was not sent.
# Then it shows the ledger, the outbox, the feed, and stops what it started.
# Everything it writes stays in ./demo-run for you to look at.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
export PTRAIL_TOP="$top"
D="$top/demo-run"
P="$top/ptrail"
PD="$top/ptraild"
rm -rf "$D"
mkdir -p "$D"
chmod 0700 "$D"
# The demo's dovecot runs as nobody when the demo runs as root, and nobody
# cannot reach a checkout under /root (mode 0700): the IMAP server's files
# live in a directory of their own under /tmp, removed at the end; the
# family's side (config, ledger, feed, the mail the SMTP server received)
# stays in ./demo-run.
S=$(mktemp -d "${TMPDIR:-/tmp}/ptrail-demo.XXXXXX")
chmod 0755 "$S"
. "$top/tests/integration/lib/dovecot.sh"
. "$top/tests/integration/lib/smtpd.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "starting dovecot (IMAP) and an SMTP server on 127.0.0.1"
trap 'smtpd_stop "$D"; dovecot_stop "$S"; rm -rf "$S"' EXIT
dovecot_start "$S" >/dev/null
cp "$S/ca.pem" "$S/server.pem" "$S/server.key" "$D/"
smtpd_start "$D"
echo "IMAPS 127.0.0.1:$DOVECOT_IMAPS, SMTP+STARTTLS 127.0.0.1:$SMTPD_PORT"

printf 'secret\n' > "$D/password"; chmod 600 "$D/password"
cat > "$D/ptrail.conf" <<EOF
[account]
address = Carmen Chan <parent@family.example>
imap = imaps://localhost:$DOVECOT_IMAPS
smtp = smtp://localhost:$SMTPD_PORT
user = parent
password_file = $D/password
ca_file = $D/ca.pem
[school]
name = Harbourside Primary School
domains = harbourside.edu.hk
senco = Ms Wong Mei Ling <wongml@harbourside.edu.hk>
principal = Mr Lee <principal@harbourside.edu.hk>
[child]
name = Ethan Chan
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
export PTRAIL_CONFIG="$D/ptrail.conf"

step "the school's letters arrive (and a newsletter, which is never fetched)"
M="$top/tests/demo/mail"
imap_append "$S" INBOX "$M/01-senco-plan.eml" "$M/02-class-teacher-zh.eml" "$M/04-newsletter.eml"
for f in "$M/01-senco-plan.eml" "$M/02-class-teacher-zh.eml" "$M/04-newsletter.eml"; do
	echo "  $(grep -m1 '^Subject:' "$f")"
done

step "Wednesday 4 March, evening: ptraild syncs"
export PTRAIL_NOW=2026-03-04T20:00:00+08:00
"$PD" --once
"$P" list --all

step "the confirmation summaries it drafted"
"$P" outbox
"$P" outbox show 1 | sed -n '1,40p'

step "the parent approves both; ptraild sends them"
"$P" approve 1
"$P" approve 2
"$PD" --once
"$P" outbox
echo "the SMTP server received: $(ls "$D"/smtp/*.eml | wc -l) message(s) in $D/smtp/"

step "the SENCO replies in her thread"
imap_append "$S" INBOX "$M/03-senco-reply.eml"

step "Friday 20 March: ptraild syncs again"
export PTRAIL_NOW=2026-03-20T10:00:00+08:00
"$PD" --once
"$P" list --all
step "overdue, and the ladder's first step drafted for approval"
"$P" list --overdue
"$P" outbox
r=$(sqlite3 "$D/data/ledger.db" "SELECT id FROM outbox WHERE kind = 'reminder'")
"$P" outbox show "$r" | sed -n '1,30p'
# what the demo promises: the reminder goes to the person who made the
# promise, in her thread's language, and nothing climbs above it
[ "$(sqlite3 "$D/data/ledger.db" "SELECT to_addrs || ' ' || lang FROM outbox WHERE id = $r")" = "chanst@harbourside.edu.hk zh" ] || {
	echo "demo: the reminder is not to the class teacher in Chinese" >&2; exit 1; }
[ "$(sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM outbox WHERE kind = 'escalation'")" = 0 ] || {
	echo "demo: a letter above an unsent reminder" >&2; exit 1; }
step "who made the promises: people, not pronouns"
"$P" people
"$P" status

step "the calendar feed"
echo "$D/data/calendar.ics ($(grep -c BEGIN:VEVENT "$D/data/calendar.ics") events) — subscribe to it, or serve it behind a web server:"
sed -n '1,12p' "$D/data/calendar.ics"

step "the brief for the next meeting (mailed to the parent three working days before)"
"$P" brief

step "the record cannot be edited afterwards"
"$P" verify
"$P" log --limit 5

step "done: servers stopped; the ledger, feed and mail stay in $D"
