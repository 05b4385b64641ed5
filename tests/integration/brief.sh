#!/bin/sh
# brief.sh — before and after a meeting, through the real daemon, a real
# IMAP server and a real SMTP server. A letter fixes an IEP review meeting
# on Thu 9 Apr 2026 (after Easter: Fri 3, Mon 6 and Tue 7 April are
# holidays). On Tue 31 Mar, four working days before, nothing; on Wed 1
# Apr, three working days before, exactly one brief reaches the parent,
# holding the ledger's open items and the deflections' answers, and a
# request for the draft IEP waits in the outbox for approval, addressed to
# the SENCO; later rounds add nothing. After the meeting, recorded with no
# next date, the summary asks for one.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers brief smtp
cat > "$D/letter.eml" <<'EOF'
From: Ms Wong Mei Ling <wongml@harbourside.edu.hk>
To: Carmen Chan <parent@family.example>
Subject: Ethan - support and the IEP review
Date: Mon, 2 Mar 2026 10:15:00 +0800
Message-ID: <brief-0001@harbourside.edu.hk>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Dear Mrs Chan,

Ethan receives Tier 3 support this year.

As for the teaching assistant in class, we do not have the budget for this at the moment.
Miss Lam will send you the reading log by Friday 6 March.
We would like to invite you to an IEP review meeting on Thursday 9 April 2026 at 4:00 pm in the SENCO room.

Best regards,
Wong Mei Ling (Ms)
SENCO
EOF
imap_append "$D" INBOX "$D/letter.eml" || fail APPEND
{ mail_account_conf "Carmen Chan"; school_conf; printf '[child]\nname = Ethan\n'
	data_conf; } > "$D/c.conf"
run() { PTRAIL_NOW=$1 "$PTRAILD" -c "$D/c.conf" --once 2>>"$D/daemon.log"; }
# the mail the SMTP server received whose Subject contains $1, one path a line
received() {
	for f in "$D"/smtp/*.eml; do [ -f "$f" ] || continue
		/usr/bin/python3 -c "
import sys, email, email.policy
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
sys.exit(0 if sys.argv[2] in m['Subject'] else 1)" "$f" "$1" && echo "$f"; done; }
BRIEF="brief for the meeting on Thu 9 Apr 2026"

# 1. four working days before: the letter is read, no brief yet
run 2026-03-31T18:00:00+08:00 || fail "first run"
[ "$(q "SELECT count(*) FROM meetings WHERE date = '2026-04-09' AND time = '16:00'")" = 1 ] ||
	fail "the meeting was not read from the letter: $(q 'SELECT date, time FROM meetings')"
[ -z "$(received "$BRIEF")" ] || fail "a brief four working days before"
[ "$(q "SELECT count(*) FROM outbox WHERE subject LIKE '%draft IEP%'")" = 0 ] || fail "a request before its day"

# 2. three working days before (Easter skipped): one brief, one request
run 2026-04-01T08:00:00+08:00 || fail "second run"
run 2026-04-01T10:00:00+08:00 || fail "third run"
run 2026-04-02T10:00:00+08:00 || fail "fourth run"
b=$(received "$BRIEF")
[ "$(echo "$b" | grep -c .)" = 1 ] || fail "wanted one brief, got: $b"
grep -q '^rcpt parent@family.example' "${b%.eml}.env" || fail "the brief did not go to the parent"
grep -v '^from' "${b%.eml}.env" | grep rcpt | grep -vq parent@family.example && fail "the brief went to someone else"
req=$(q "SELECT id FROM outbox WHERE kind = 'reminder' AND subject = 'The draft IEP before our meeting on Thu 9 Apr 2026'")
[ -n "$req" ] || fail "no request for the draft IEP: $(q 'SELECT id, kind, subject FROM outbox')"
[ "$(q "SELECT state || ' ' || to_addrs || ' ' || in_reply_to FROM outbox WHERE id = $req")" = \
	"draft wongml@harbourside.edu.hk <brief-0001@harbourside.edu.hk>" ] ||
	fail "the request: $(q "SELECT state, to_addrs, in_reply_to FROM outbox WHERE id = $req")"
[ -z "$(received 'The draft IEP before')" ] || fail "the request left without approval"
/usr/bin/python3 - "$b" "$req" <<'PY' || fail "the brief's text"
import sys, email, email.policy
m = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
body = m.get_content().replace("\r\n", "\n")
# the ledger's items: the overdue promise, per person, with its letter
assert "Brief for the meeting on Thu 9 Apr 2026 at 16:00" in body, body
assert "  Miss Lam\n    #1 send you the reading log by Friday 6 March. — Fri 6 Mar 2026 — OVERDUE\n       (letter of Mon 2 Mar 2026)" in body, body
assert "\nOverdue\n  #1 Miss Lam: " in body, body
# the deflection with its own answer, the tier from the letter
assert "(no budget):" in body and "Learning Support Grant for students at Tier 3" in body, body
assert "who will do it, and by which date" not in body, body
# the request, named by its outbox row
assert "(outbox %s) and waits for your approval" % sys.argv[2] in body, body
assert "Leave with three things" in body, body
PY
"$PTRAIL" -c "$D/c.conf" outbox show "$req" | grep -q "could you send me the draft IEP" || fail "outbox show of the request"
PTRAIL_NOW=2026-04-02T10:00:00+08:00 "$PTRAIL" -c "$D/c.conf" brief --json > "$D/brief.json" || fail "ptrail brief --json"
/usr/bin/python3 - "$D/brief.json" "$req" <<'PY' || fail "ptrail brief --json"
import sys, json
b = json.load(open(sys.argv[1]))
assert b["meeting"]["date"] == "2026-04-09" and b["meeting"]["iep_or_sst"], b["meeting"]
assert b["draft_iep"]["outbox_id"] == int(sys.argv[2]), b["draft_iep"]
assert [c["person"] for c in b["overdue"]] == ["Miss Lam"], b["overdue"]
assert [d["kind"] for d in b["deflections"]] == ["budget"], b["deflections"]
PY
# ptrail show: the letter's deflection, with its answer
"$PTRAIL" -c "$D/c.conf" show 1 | grep -A1 '"As for the teaching assistant in class, we do not have the budget for this at the moment." (no budget)' |
	grep -q "ask: I appreciate that resources are limited.*Learning Support Grant for students at Tier 3" || fail "ptrail show: the deflection's answer"
echo "ok: one brief three working days before (holidays skipped); the draft-IEP request waits for approval"

# 3. after the meeting, recorded with no next date: the summary asks for one
mid=$(PTRAIL_NOW=2026-04-09T18:00:00+08:00 "$PTRAIL" -c "$D/c.conf" meeting add --date 2026-04-09 --time 16:00 --with "Ms Wong, Miss Lam" | sed -n "s/^meeting \([0-9]*\):.*/\1/p") && [ -n "$mid" ] || fail "meeting add"
PTRAIL_NOW=2026-04-09T18:00:00+08:00 "$PTRAIL" -c "$D/c.conf" add --meeting "$mid" --who "Miss Lam" --what "use a reading pen in tests from 20 April" --due 2026-04-20 >/dev/null || fail "add --meeting"
run 2026-04-09T20:00:00+08:00 || fail "after the meeting"
s=$(q "SELECT id FROM outbox WHERE kind = 'confirmation' AND subject = 'Following our meeting on Thu 9 Apr 2026'")
[ -n "$s" ] || fail "no summary of the meeting"
q "SELECT body FROM outbox WHERE id = $s" | grep -q "Miss Lam — use a reading pen in tests from 20 April — by Mon 20 Apr 2026" || fail "the summary does not list what was agreed"
q "SELECT body FROM outbox WHERE id = $s" | grep -q "We did not fix the date of our next meeting" || fail "the summary does not ask for the next meeting"
[ "$(echo "$(received "$BRIEF")" | grep -c .)" = 1 ] || fail "the recorded meeting brought a second brief"
echo "ok: a meeting recorded with no next date: its summary asks for one"
