#!/bin/sh
# chase.sh — issue 15's two runs, against a real dovecot and a real SMTP
# server, the clock set by PTRAIL_NOW:
#   (a) one SENCO letter with three dated promises; ptraild every few days
#       from 3 March to 14 April; the parent approves nothing;
#   (b) letters from the SENCO, the class teacher (in Chinese) and an
#       outside EP service, replies, four weeks; the parent approves some
#       drafts and cancels others;
#   (c) a promise of the principal: the reminder (approved, sent) goes to
#       the principal, the letter to the principal is passed over, the
#       IMC's is next.
# Then, over every outbox row, every envelope and the dossier: each
# sentence that claims a sending matches a `sent` row of that kind on that
# day; no step was drafted before the one below was sent (or passed over,
# its addressee having had the step below); one draft per
# addressee and step; every reminder is To the promise's person; at most
# one digest a day; no notice reaches the parent twice (To and Bcc); the
# dossier's per-person table holds no pronoun and no "(I)"; replies answer
# only the promises they are about.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers chase smtp
conf() {	# conf NAME FOLDER
	{ mail_account_conf "Carmen Chan" "$2"; school_conf; cat <<EOF
name = Harbourside Primary School
class_teacher = Miss Lam Ka Yan <lamky@harbourside.edu.hk>
principal = Mr Lee <principal@harbourside.edu.hk>
ep = Dr Ho <ho@ep-service.example>
[child]
name = Ethan Chan
[ledger]
path = $D/$1.db
EOF
	} > "$D/$1.conf"
}
letter() {	# letter FILE FROM MSGID DATE SUBJECT [IN-REPLY-TO] < body
	{
		printf 'From: %s\r\nTo: Carmen Chan <parent@family.example>\r\n' "$2"
		printf 'Subject: %s\r\nDate: %s\r\nMessage-ID: <%s>\r\n' "$5" "$4" "$3"
		[ -n "${6:-}" ] && printf 'In-Reply-To: <%s>\r\nReferences: <%s>\r\n' "$6" "$6"
		printf 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n'
		sed 's/$/\r/'
	} > "$D/$1"
}
run() {	# run CONF ISO
	PTRAIL_NOW=$2 "$PTRAILD" -c "$D/$1.conf" --once 2>>"$D/daemon.log" || fail "ptraild at $2"
}
q() { sqlite3 "$D/$1.db" "$2"; }

letter a1.eml "Ms Wong Mei Ling <wongml@harbourside.edu.hk>" a1@harbourside.edu.hk \
    "Mon, 2 Mar 2026 10:15:00 +0800" "Ethan - follow-up on support arrangements" <<'EOF'
Dear Mrs Chan,

Thank you for coming in last Thursday to talk about Ethan's reading.

I will arrange a case conference with you, Miss Lam and our school social
worker by 20 March. Miss Lam will also start a daily reading log for Ethan
from next Monday. She will send you the first week's log by Friday 13 March
so that you can see how he is doing.

Best regards,

Wong Mei Ling (Ms)
SENCO
EOF

# (a) nothing approved, six weeks
conf a A
imap_cmd "$D" "M.create('A'); M.create('B'); M.create('Sent')" >/dev/null
imap_append "$D" A "$D/a1.eml" || fail APPEND
for day in 03 06 09 12 16 19 23 26 30; do run a 2026-03-${day}T10:00:00+08:00; done
for day in 02 07 09 14; do run a 2026-04-${day}T10:00:00+08:00; done
[ "$(q a "SELECT count(*) FROM outbox WHERE kind = 'escalation'")" = 0 ] ||
	fail "(a) a letter to the principal was drafted though no reminder was sent"
[ "$(q a "SELECT count(*) FROM outbox WHERE kind = 'reminder'")" = 2 ] ||
	fail "(a) reminders: $(q a "SELECT id, to_addrs, state FROM outbox WHERE kind = 'reminder'")"
[ "$(q a "SELECT count(*) FROM outbox WHERE kind = 'notice' AND subject NOT LIKE 'ptrail: digest for %'")" = 0 ] ||
	fail "(a) notices other than the digest: $(q a "SELECT subject FROM outbox WHERE kind = 'notice'")"
n=$(q a "SELECT count(*) FROM outbox")
[ "$n" -le 16 ] || fail "(a) $n outbox rows in six weeks for one letter"
echo "ok: (a) one letter, six weeks, nothing approved: $n outbox rows, two reminders (one per person), no letter above them"

# (b) four weeks, some approved, some cancelled
letter b2.eml "=?UTF-8?B?6Zmz6ICB5bir?= <chanst@harbourside.edu.hk>" b2@harbourside.edu.hk \
    "Wed, 4 Mar 2026 16:40:00 +0800" "=?UTF-8?B?6Zec5pa85Lul5L+h55qE5a2457+S5pSv5o+0?=" <<'EOF'
陳太太：

您好！關於以信的學習支援，本人會於3月13日或之前把默書調適安排交給您參閱。

陳老師
EOF
letter b3.eml "Dr Ho <ho@ep-service.example>" b3@ep-service.example \
    "Wed, 4 Mar 2026 11:00:00 +0800" "Confidential: assessment of Ethan" <<'EOF'
Dear Mrs Chan,

This letter is confidential. I will send you my assessment report by
20 March 2026.

Dr Ho
Educational Psychologist
EOF
letter b4.eml "Ms Wong Mei Ling <wongml@harbourside.edu.hk>" b4@harbourside.edu.hk \
    "Thu, 5 Mar 2026 09:00:00 +0800" "Re: Ethan - follow-up on support arrangements" a1@harbourside.edu.hk <<'EOF'
Dear Mrs Chan,

The case conference is booked for 18 March at 3:30pm in the library.

Ms Wong
EOF
letter b5.eml "Ms Wong Mei Ling <wongml@harbourside.edu.hk>" b5@harbourside.edu.hk \
    "Mon, 9 Mar 2026 09:00:00 +0800" "Re: Ethan - follow-up on support arrangements" a1@harbourside.edu.hk <<'EOF'
Thank you for your message. Noted.
EOF
conf b B
imap_append "$D" B "$D/a1.eml" "$D/b2.eml" "$D/b3.eml" || fail APPEND
run b 2026-03-04T18:00:00+08:00
# the confirmations: to each writer; the SENCO copied on the teacher's,
# never on the EP service's confidential letter
[ "$(q b "SELECT count(*) FROM outbox WHERE kind = 'confirmation'")" = 3 ] || fail "(b) confirmations: $(q b 'SELECT id, kind, to_addrs FROM outbox')"
[ "$(q b "SELECT coalesce(cc_addrs, '-') FROM outbox WHERE kind = 'confirmation' AND to_addrs = 'ho@ep-service.example'")" = - ] ||
	fail "(b) the EP's confidential letter was copied to the school"
[ "$(q b "SELECT cc_addrs FROM outbox WHERE kind = 'confirmation' AND to_addrs = 'chanst@harbourside.edu.hk'")" = wongml@harbourside.edu.hk ] ||
	fail "(b) the class teacher's confirmation does not copy the SENCO"
# approve the SENCO's and the teacher's, cancel the EP's
for id in $(q b "SELECT id FROM outbox WHERE kind = 'confirmation' AND to_addrs <> 'ho@ep-service.example'"); do
	"$PTRAIL" -c "$D/b.conf" approve "$id" >/dev/null || fail "approve $id"; done
"$PTRAIL" -c "$D/b.conf" cancel "$(q b "SELECT id FROM outbox WHERE to_addrs = 'ho@ep-service.example'")" >/dev/null || fail cancel
run b 2026-03-05T10:00:00+08:00
imap_append "$D" B "$D/b4.eml" || fail APPEND
run b 2026-03-06T10:00:00+08:00
# the reply about the case conference answers it alone
[ "$(q b "SELECT count(*) FROM commitments WHERE answered_at IS NOT NULL")" = 1 ] ||
	fail "(b) answered: $(q b 'SELECT id, quote, answered_by FROM commitments')"
[ "$(q b "SELECT count(*) FROM commitments WHERE answered_at IS NOT NULL AND quote LIKE '%case conference%'")" = 1 ] ||
	fail "(b) the case conference reply answered the wrong promise"
imap_append "$D" B "$D/b5.eml" || fail APPEND
run b 2026-03-09T10:00:00+08:00
[ "$(q b "SELECT count(*) FROM commitments WHERE answered_at IS NOT NULL")" = 1 ] ||
	fail "(b) \"Noted\" answered a promise"
"$PTRAIL" -c "$D/b.conf" list --all > "$D/list" || fail list
PTRAIL_NOW=2026-03-21T10:00:00+08:00 "$PTRAIL" -c "$D/b.conf" list --all > "$D/list"
grep -q "answered by letter 4 on Thu 5 Mar 2026" "$D/list" || fail "list does not say why: $(cat "$D/list")"
for day in 10 12 14 16; do run b 2026-03-${day}T10:00:00+08:00; done
# reminders: Miss Lam (the reading log is hers, and "She" is her), the
# class teacher in Chinese; approve Miss Lam's, cancel 陳老師's
lam=$(q b "SELECT id FROM outbox WHERE kind = 'reminder' AND to_addrs = 'lamky@harbourside.edu.hk'")
chan=$(q b "SELECT id FROM outbox WHERE kind = 'reminder' AND to_addrs = 'chanst@harbourside.edu.hk'")
[ -n "$lam" ] && [ -n "$chan" ] || fail "(b) reminders: $(q b "SELECT id, to_addrs FROM outbox WHERE kind = 'reminder'")"
[ "$(q b "SELECT lang FROM outbox WHERE id = $chan")" = zh ] || fail "(b) the teacher's reminder is not in Chinese"
"$PTRAIL" -c "$D/b.conf" approve "$lam" >/dev/null || fail approve
"$PTRAIL" -c "$D/b.conf" cancel "$chan" >/dev/null || fail cancel
for day in 17 19 23 25 27 30; do run b 2026-03-${day}T10:00:00+08:00; done
p=$(q b "SELECT id FROM outbox WHERE kind = 'escalation' AND to_addrs = 'principal@harbourside.edu.hk'")
[ -n "$p" ] || fail "(b) no letter to the principal after the sent reminder: $(q b 'SELECT id, kind, state, to_addrs FROM outbox')"
q b "SELECT body FROM outbox WHERE id = $p" | grep -q "I sent a reminder on Tue 17 Mar 2026." || fail "(b) the principal's letter: $(q b "SELECT body FROM outbox WHERE id = $p")"
"$PTRAIL" -c "$D/b.conf" approve "$p" >/dev/null || fail approve
for day in 01 03 08 10 14; do run b 2026-04-${day}T10:00:00+08:00; done
# no IMC in the config: not drafted, and the digest names the key
[ "$(q b "SELECT count(*) FROM outbox WHERE to_addrs LIKE '%imc%' OR body LIKE 'Dear Chair of the IMC%'")" = 0 ] || fail "(b) an IMC letter with no IMC"
[ "$(q b "SELECT count(*) FROM outbox WHERE kind = 'notice' AND body LIKE '%set imc = %'")" -ge 1 ] || fail "(b) the digest does not say which key to set"
# by hand: the parent asks for the teacher's reminder again
PTRAIL_NOW=2026-04-14T11:00:00+08:00 "$PTRAIL" -c "$D/b.conf" escalate "$(q b "SELECT commitment_id FROM escalations WHERE outbox_id = $chan LIMIT 1")" >/dev/null || fail escalate
echo "ok: (b) confirmations, replies, approvals and cancellations over six weeks"

# (c) a promise of the principal: the reminder goes to the principal, the
# "letter to the principal" is passed over, the IMC is next
letter c1.eml "Mr Lee <principal@harbourside.edu.hk>" c1@harbourside.edu.hk \
    "Mon, 2 Mar 2026 12:00:00 +0800" "Ethan's seating" <<'EOF'
Dear Mrs Chan,

I will send you the new seating plan by 6 March 2026.

Mr Lee
Principal
EOF
conf c C
sed -i 's/^principal = .*/&\nimc = Dr Chair <imc@harbourside.edu.hk>/' "$D/c.conf"
imap_cmd "$D" "M.create('C')" >/dev/null
imap_append "$D" C "$D/c1.eml" || fail APPEND
for day in 04 09; do run c 2026-03-${day}T10:00:00+08:00; done
rem=$(q c "SELECT id FROM outbox WHERE kind = 'reminder' AND to_addrs = 'principal@harbourside.edu.hk'")
[ -n "$rem" ] || fail "(c) no reminder to the principal: $(q c 'SELECT id, kind, to_addrs FROM outbox')"
"$PTRAIL" -c "$D/c.conf" approve "$rem" >/dev/null || fail approve
for day in 10 12 16 17 18; do run c 2026-03-${day}T10:00:00+08:00; done
[ "$(q c "SELECT state FROM outbox WHERE id = $rem")" = sent ] || fail "(c) the reminder was not sent"
[ "$(q c "SELECT count(*) FROM outbox WHERE kind = 'escalation' AND to_addrs = 'principal@harbourside.edu.hk'")" = 0 ] ||
	fail "(c) the principal was sent the formal letter about the principal's own promise"
imc=$(q c "SELECT id FROM outbox WHERE kind = 'escalation' AND to_addrs = 'imc@harbourside.edu.hk'")
[ -n "$imc" ] || fail "(c) no letter to the IMC: $(q c 'SELECT id, kind, to_addrs FROM outbox')"
[ "$(q c "SELECT count(*) FROM escalations WHERE step = 1 AND outbox_id IS NULL")" = 1 ] &&
[ "$(q c "SELECT count(*) FROM events WHERE kind = 'escalation.skip'")" = 1 ] || fail "(c) the skip is not recorded"
[ "$(q c "SELECT count(*) FROM outbox WHERE kind = 'notice' AND body LIKE '%letter to the principal is passed over%'")" -ge 1 ] ||
	fail "(c) the digest does not say the step was passed over"
q c "SELECT body FROM outbox WHERE id = $imc" | grep -q "I wrote to the principal" && fail "(c) the IMC letter claims a letter to the principal"
echo "ok: (c) the principal's promise: reminder to the principal, then the IMC, the step between passed over"

/usr/bin/python3 - "$D" <<'PY' || fail "the record"
import sys, sqlite3, email, email.policy, glob, re, datetime, json, subprocess, os
d = sys.argv[1]
hk = datetime.timezone(datetime.timedelta(hours=8))
def day_en(t):
    x = datetime.datetime.fromtimestamp(t, hk)
    return "%s %d %s %d" % (x.strftime("%a"), x.day, x.strftime("%b"), x.year)
def day_zh(t):
    x = datetime.datetime.fromtimestamp(t, hk)
    return "%d年%d月%d日（星期%s）" % (x.year, x.month, x.day, "一二三四五六日"[x.weekday()])
forms = [(r"I wrote to confirm it on ([^.\n]+)\.", -1, day_en),
         (r"I sent a reminder on ([^.\n]+)\.", 0, day_en),
         (r"I wrote to the principal on ([^.\n]+)\.", 1, day_en),
         (r"I wrote to the IMC on ([^.\n]+)\.", 2, day_en),
         (r"我已於([^。\n]+?)去信確認。", -1, day_zh),
         (r"我已於([^。\n]+?)發出提示。", 0, day_zh),
         (r"我已於([^。\n]+?)致函校長。", 1, day_zh),
         (r"我已於([^。\n]+?)致函法團校董會。", 2, day_zh)]
claims = 0
for name in ("a", "b", "c"):
    db = sqlite3.connect(f"{d}/{name}.db")
    sent = {}
    for kind, step, t in db.execute("SELECT o.kind, e.step, o.sent_at FROM outbox o "
            "LEFT JOIN escalations e ON e.outbox_id = o.id WHERE o.state = 'sent'"):
        key = -1 if kind == "confirmation" else step
        sent.setdefault(key, set()).add(t)
    # every claim of a sending is a sent row of that kind, that day
    for oid, body in db.execute("SELECT id, body FROM outbox"):
        for rx, key, fmt in forms:
            for m in re.finditer(rx, body):
                claims += 1
                days = {fmt(t) for t in sent.get(key, ())}
                assert m.group(1) in days, (name, oid, m.group(0), days)
    # no step drafted before the one below was sent (or passed over: a
    # row with no letter, its own step below sent)
    bad = db.execute("SELECT e.commitment_id, e.step FROM escalations e WHERE e.step > 0 "
        "AND NOT EXISTS (SELECT 1 FROM escalations b LEFT JOIN outbox o ON o.id = b.outbox_id "
        "WHERE b.commitment_id = e.commitment_id AND b.step = e.step - 1 AND ((o.state = 'sent' "
        "AND o.sent_at <= e.created_at) OR (b.outbox_id IS NULL AND b.created_at <= e.created_at)))").fetchall()
    assert not bad, (name, bad)
    # one draft per addressee and step: never two drafted on one run, and
    # never two waiting at once
    dup = db.execute("SELECT e.step, o.to_addrs, o.created_at, count(DISTINCT o.id) FROM escalations e "
        "JOIN outbox o ON o.id = e.outbox_id GROUP BY 1, 2, 3 HAVING count(DISTINCT o.id) > 1").fetchall()
    assert not dup, (name, dup)
    dup = db.execute("SELECT e.step, o.to_addrs FROM escalations e JOIN outbox o ON o.id = e.outbox_id "
        "WHERE o.state = 'draft' GROUP BY 1, 2 HAVING count(DISTINCT o.id) > 1").fetchall()
    assert not dup, (name, dup)
    # every reminder is To the promise's person (their address, else the
    # letter's writer when the person has none)
    for oid, to, pa, fa in db.execute("SELECT o.id, o.to_addrs, p.address, m.from_addr FROM outbox o "
            "JOIN escalations e ON e.outbox_id = o.id JOIN commitments c ON c.id = e.commitment_id "
            "LEFT JOIN people p ON p.id = c.person_id LEFT JOIN messages m ON m.id = c.message_id "
            "WHERE o.kind = 'reminder'"):
        assert to == (pa or fa), (name, oid, to, pa, fa)
    # at most one digest a day
    for subj, n in db.execute("SELECT subject, count(*) FROM outbox WHERE kind = 'notice' "
            "AND subject LIKE 'ptrail: digest for %' GROUP BY 1"):
        assert n == 1, (name, subj, n)
    # the dossier's per-person table: people, not pronouns
    out = subprocess.run([os.environ["PTRAIL"], "-c", f"{d}/{name}.conf", "report", "--format", "json"],
        capture_output=True, text=True, check=True).stdout
    for c in json.loads(out)["commitments"]:
        a = c["actor"]
        assert a.lower() not in ("i", "we", "she", "he", "本人", "我", "我哋", "佢") and "(I)" not in a, a
assert claims >= 2, claims
# no notice reaches the parent twice: To once, no Bcc, one RCPT
for f in glob.glob(f"{d}/smtp/*.eml"):
    m = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    if m.get("X-Ptrail-Kind") != "notice":
        continue
    env = open(f[:-4] + ".env").read()
    assert env.count("rcpt parent@family.example") == 1, (f, env)
    assert "Bcc" not in m and m["To"].count("parent@family.example") == 1, f
print("checked %d claims" % claims)
PY
echo "ok: every claim of a sending is a sent row; no step before the one below was sent; one draft per addressee and step; reminders to the promiser; one digest a day; the parent addressed once; people, not pronouns"
