#!/bin/sh
# smtp_outbox.sh — confirmation summaries drafted from real letters,
# approved, sent over STARTTLS + AUTH to a real SMTP server, and parsed
# back with Python's email package; 4xx retried, 5xx failed; a crash
# between the server's acceptance and the commit does not send twice.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
FAIL_LOG=$TMPDIR/smtp/smtpd.log
setup_servers smtp smtp
demo_letters
{ mail_account_conf "Carmen Chan"; school_conf; cat <<EOF
[ledger]
path = $D/data/ledger.db
EOF
} > "$D/c.conf"
export PTRAIL_NOW=2026-03-04T20:00:00+08:00
run() { "$PTRAILD" -c "$D/c.conf" --once 2>>"$D/daemon.log"; }
# messages to anyone but the parent (notices to the parent go at once;
# everything else is Bcc'd to the parent as its witness)
sent() {
	n=0; for e in "$D"/smtp/*.env; do [ -f "$e" ] || continue
		grep -v '^from\|parent@family.example' "$e" | grep -q rcpt && n=$((n + 1)); done; echo $n; }

# the newest message to someone other than the parent
last_out() { for e in $(ls -r "$D"/smtp/*.env); do
	grep -v '^from\|parent@family.example' "$e" | grep -q rcpt && { echo "${e%.env}.eml"; return; }; done; }

# 1. letters in: drafts out, nothing sent without approval
run || fail "first run"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'draft' AND kind = 'confirmation'")" = 2 ] ||
	fail "drafts: $(q 'SELECT id, state FROM outbox')"
[ "$(sent)" = 0 ] || fail "sent without approval"
# one digest for the day, with both drafts and their tokens
[ "$(q "SELECT count(*) FROM outbox WHERE kind = 'notice' AND subject LIKE 'ptrail: digest for %' AND state = 'sent' AND body LIKE '%APPROVE %APPROVE %'")" = 1 ] ||
	fail "the parent was not sent the drafts with their tokens"
[ "$(q "SELECT count(*) FROM outbox WHERE kind = 'notice'")" = 1 ] || fail "more than one notice: $(q "SELECT subject FROM outbox WHERE kind = 'notice'")"
"$PTRAIL" -c "$D/c.conf" outbox show 1 | grep -q "Miss Lam" || fail "outbox show"

# 2. approve the English one: sent once, parsed back
"$PTRAIL" -c "$D/c.conf" approve 1 >/dev/null || fail approve
run || fail "send run"
[ "$(sent)" = 1 ] || fail "sent $(sent) messages, wanted 1"
[ "$(q 'SELECT state FROM outbox WHERE id = 1')" = sent ] || fail "row 1 not sent"
e1=$(last_out)
/usr/bin/python3 - "$e1" "${e1%.eml}.env" <<'PY' || fail "English summary"
import sys, email, email.policy
m = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
env = open(sys.argv[2]).read()
assert m["In-Reply-To"] == "<demo-0001@harbourside.edu.hk>", m["In-Reply-To"]
assert "<demo-0001@harbourside.edu.hk>" in m["References"]
assert m["Subject"] == "Re: Ethan - support plan for this term", m["Subject"]
assert m["To"] == "wongml@harbourside.edu.hk"
assert m["Message-ID"].startswith("<ptrail.") and m["Message-ID"].endswith("@family.example>")
assert m.get_content_charset() == "utf-8"
body = m.get_content()
assert "Miss Lam" in body and "by Fri 6 Mar 2026" in body, body
assert "who will do it" in body          # the vague "We will follow up"
assert "Bcc" not in m and "rcpt parent@family.example" in env, env
assert all(len(l) <= 78 for l in open(sys.argv[1], "rb").read().split(b"\r\n"))
PY
# 3. the Chinese one: subject and body in Traditional Chinese
"$PTRAIL" -c "$D/c.conf" approve 2 >/dev/null && run || fail "send zh"
/usr/bin/python3 - "$(last_out)" <<'PY' || fail "Chinese summary"
import sys, email, email.policy
m = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
assert m["Subject"] == "Re: 關於以信的學習支援", m["Subject"]
body = m.get_content()
assert "陳老師您好" in body and "或之前" in body and "2026年3月13日" in body, body
PY
echo "ok: summaries drafted, approved, sent and parsed back (en, zh)"

# 4. a 4xx, then success on the retry; 5. a 5xx fails for good
for who in tempfail reject; do
	sed -e "s/^From: .*/From: Ms X <$who@harbourside.edu.hk>/" \
	    -e "s/^Message-ID: .*/Message-ID: <$who@harbourside.edu.hk>/" "$M/01-senco-plan.eml" > "$D/$who.eml"
done
imap_append "$D" INBOX "$D/tempfail.eml" "$D/reject.eml"
run
t=$(q "SELECT id FROM outbox WHERE to_addrs = 'tempfail@harbourside.edu.hk'")
r=$(q "SELECT id FROM outbox WHERE to_addrs = 'reject@harbourside.edu.hk'")
"$PTRAIL" -c "$D/c.conf" approve "$t" >/dev/null; "$PTRAIL" -c "$D/c.conf" approve "$r" >/dev/null
run
[ "$(q "SELECT state FROM outbox WHERE id = $t")" = retrying ] || fail "4xx: $(q "SELECT state, last_error FROM outbox WHERE id = $t")"
[ "$(q "SELECT state FROM outbox WHERE id = $r")" = failed ] || fail "5xx state"
q "SELECT last_error FROM outbox WHERE id = $r" | grep -q 550 || fail "5xx reply not kept"
q "SELECT subject FROM outbox WHERE kind = 'notice'" | grep -q "reject@harbourside.edu.hk was refused" || fail "5xx: the parent was not told"
PTRAIL_NOW=2026-03-04T20:05:00+08:00 run
[ "$(q "SELECT state FROM outbox WHERE id = $t")" = sent ] || fail "no retry after 4xx"
echo "ok: 4xx retried then sent; 5xx failed with the server's reply"

# 6. exactly once: killed between acceptance and commit, restarted
sed -e "s/^Message-ID: .*/Message-ID: <crash@harbourside.edu.hk>/" "$M/01-senco-plan.eml" > "$D/crash.eml"
imap_append "$D" INBOX "$D/crash.eml"
run
c=$(q "SELECT max(id) FROM outbox WHERE kind = 'confirmation'")
"$PTRAIL" -c "$D/c.conf" approve "$c" >/dev/null
before=$(sent)
# the switch is only in the test build (make test-bins), not in ptraild
PTRAIL_TEST_CRASH_AFTER_SMTP=1 "$PTRAILD_TEST" -c "$D/c.conf" --once 2>/dev/null; rc=$?
[ $rc = 99 ] || fail "test hook did not fire ($rc)"
[ "$(sent)" = $((before + 1)) ] || fail "server did not get it"
[ "$(q "SELECT state FROM outbox WHERE id = $c")" = sending ] || fail "row not left in sending"
# the mail system delivers the Bcc copy to the parent's INBOX: the witness
imap_append "$D" INBOX "$(last_out)"
run || fail "restart after crash"
[ "$(q "SELECT state FROM outbox WHERE id = $c")" = sent ] || fail "not resolved as sent"
[ "$(sent)" = $((before + 1)) ] || fail "sent twice"
"$PTRAIL" -c "$D/c.conf" verify >/dev/null || fail chain
cmid=$(q "SELECT msgid FROM outbox WHERE id = $c")
n=$(imap_cmd "$D" "M.select('Sent'); print(len(M.search(None, 'HEADER', 'Message-ID', '$cmid')[1][0].split()))")
[ "$n" -le 1 ] || fail "the Sent folder has it $n times"
first=$(q "SELECT msgid FROM outbox WHERE id = 1")
n=$(imap_cmd "$D" "M.select('Sent'); print(len(M.search(None, 'HEADER', 'Message-ID', '$first')[1][0].split()))")
[ "$n" = 1 ] || fail "summary 1 filed in Sent $n times"
echo "ok: a crash after the server's acceptance did not send twice"

# 7. edit a draft, then approval by mail: a draft left 20 hours is marked
#    so in the next day's digest, with its token; the parent's reply
#    "Approve <token>" (any case) sends it, an outbox.approved_by_mail
#    event naming the letter;
#    a wrong token, or the line from another address, does nothing
sed -e "s/^Message-ID: .*/Message-ID: <bymail@harbourside.edu.hk>/" "$M/01-senco-plan.eml" > "$D/bymail.eml"
imap_append "$D" INBOX "$D/bymail.eml"
PTRAIL_NOW=2026-03-05T08:00:00+08:00 run
b=$(q "SELECT max(id) FROM outbox WHERE kind = 'confirmation'")
[ "$(q "SELECT state FROM outbox WHERE id = $b")" = draft ] || fail "no draft for the approval test"
EDITOR="sed -i s/Kind\ regards/With\ thanks/" "$PTRAIL" -c "$D/c.conf" edit "$b" >/dev/null || fail "edit"
q "SELECT body FROM outbox WHERE id = $b" | grep -q "With thanks" || fail "edit not saved"
PTRAIL_NOW=2026-03-06T07:00:00+08:00 run	# 23 hours later
notice=$(for f in "$D"/smtp/*.eml; do
	/usr/bin/python3 -c "import sys,email,email.policy; m=email.message_from_bytes(open(sys.argv[1],'rb').read(),policy=email.policy.default); sys.exit(0 if 'digest for Fri 6 Mar' in m['Subject'] and 'Draft $b (confirmation), waiting 23 hours' in m.get_content() else 1)" "$f" && echo "$f"; done | head -1)
[ -n "$notice" ] || fail "no digest marked the draft waiting 20 hours"
token=$(/usr/bin/python3 -c "
import sys,email,email.policy,re
m=email.message_from_bytes(open(sys.argv[1],'rb').read(),policy=email.policy.default)
print(re.search(r'Draft $b .*?APPROVE ([0-9a-f]{32})', m.get_content(), re.S).group(1))" "$notice")
mkreply() {	# mkreply FROM TOKEN ID [WORD]
	printf 'From: %s\r\nTo: parent@family.example\r\nSubject: Re: draft\r\nDate: Fri, 6 Mar 2026 07:00:00 +0800\r\nMessage-ID: <%s@family.example>\r\n\r\n%s %s\r\n' "$1" "$3" "${4:-APPROVE}" "$2" > "$D/$3.eml"
	imap_append "$D" INBOX "$D/$3.eml"
}
mkreply parent@family.example 00000000000000000000000000000000 wrongtoken
mkreply wongml@harbourside.edu.hk "$token" otheraddr
before=$(sent)
PTRAIL_NOW=2026-03-06T07:05:00+08:00 run
[ "$(q "SELECT state FROM outbox WHERE id = $b")" = draft ] || fail "approved by a wrong token or address"
grep -q "no draft has token" "$D/daemon.log" || fail "wrong token not logged"
grep -q "not from the parent's address" "$D/daemon.log" || fail "other address not logged"
mkreply parent@family.example "$token" righttoken Approve	# as a phone writes it
PTRAIL_NOW=2026-03-06T07:10:00+08:00 run
[ "$(q "SELECT state FROM outbox WHERE id = $b")" = sent ] || fail "not approved by mail: $(q "SELECT state FROM outbox WHERE id = $b")"
[ "$(q "SELECT count(*) FROM events WHERE kind = 'outbox.approved_by_mail' AND subject = 'outbox:$b' AND detail LIKE '%righttoken@family.example%'")" = 1 ] ||
	fail "no approved_by_mail event naming the letter"
[ "$(q "SELECT count(*) FROM events WHERE detail LIKE '%\"error\":\"approved by mail\"%'")" = 0 ] || fail "an approval recorded as an error"
[ -z "$(q "SELECT last_error FROM outbox WHERE id = $b")" ] || fail "last_error set by an approval"
last=$(last_out)
/usr/bin/python3 -c "
import sys,email,email.policy
m=email.message_from_bytes(open(sys.argv[1],'rb').read(),policy=email.policy.default)
assert 'With thanks' in m.get_content()" "$last" || fail "the edited text was not what went out"
echo "ok: edited, noticed after 20 hours, approved by mail; wrong token and other address ignored"

# 8. a meeting the parent recorded: its promises summarised to the SENCO
out=$("$PTRAIL" -c "$D/c.conf" meeting add --date 2026-03-06 --time 16:00 --with "Ms Wong, Miss Lam") || fail "meeting add"
mid=$(printf '%s\n' "$out" | sed -n 's/^meeting \([0-9]*\): .*/\1/p')	# "meeting 3: Fri 6 Mar ..."
"$PTRAIL" -c "$D/c.conf" add --meeting "$mid" --who "Miss Lam" --what "send the reading log every Friday" --due 2026-03-13 >/dev/null || fail "add --meeting"
PTRAIL_NOW=2026-03-06T20:00:00+08:00 run
s=$(q "SELECT id FROM outbox WHERE subject = 'Following our meeting on Fri 6 Mar 2026'")
[ -n "$s" ] || fail "no meeting summary drafted"
[ "$(q "SELECT to_addrs FROM outbox WHERE id = $s")" = wongml@harbourside.edu.hk ] || fail "meeting summary recipient"
q "SELECT body FROM outbox WHERE id = $s" | grep -q "Miss Lam — send the reading log every Friday — by Fri 13 Mar 2026" || fail "meeting summary body"
PTRAIL_NOW=2026-03-06T20:05:00+08:00 run
[ "$(q "SELECT count(*) FROM outbox WHERE subject LIKE 'Following our meeting%'")" = 1 ] || fail "meeting summary drafted twice"
echo "ok: a recorded meeting's promises summarised to the SENCO, once"
