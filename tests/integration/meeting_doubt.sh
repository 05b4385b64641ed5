#!/bin/sh
# meeting_doubt.sh — a meeting whose day the letter wrote in doubt
# ("Thursday 15 March 2026": a Sunday) is shown as in doubt wherever a
# commitment's doubtful date is: `meeting list` (text and JSON), `show` of
# a promise heard there, the brief (English and Chinese), the calendar
# feed (SUMMARY marked, DESCRIPTION saying "date uncertain: ..."), and
# the confirmation summary asks the school which day, in the letter's
# language.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers mdoubt
letter() {	# letter FILE MSGID < body
	{
		printf 'From: Ms Wong Mei Ling <wongml@harbourside.edu.hk>\r\n'
		printf 'To: Carmen Chan <parent@family.example>\r\nSubject: IEP meeting\r\n'
		printf 'Date: Mon, 2 Mar 2026 10:15:00 +0800\r\nMessage-ID: <%s>\r\n' "$2"
		printf 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n'
		sed 's/$/\r/'
	} > "$D/$1"
}
letter en.eml m1@harbourside.edu.hk <<'EOF2'
Dear Mrs Chan,

The IEP meeting will be held on Thursday 15 March 2026 at 4pm in the library.

Ms Wong
EOF2
letter zh.eml m2@harbourside.edu.hk <<'EOF2'
陳太太：

您好！個別學習計劃會議將於2026年3月26日（星期二）下午四時在圖書館舉行。

黃老師
EOF2
imap_append "$D" INBOX "$D/en.eml" "$D/zh.eml" || fail APPEND
{ account_conf "$D" "Carmen Chan"; school_conf; cat <<EOF2
[child]
name = Ethan Chan
[ledger]
path = $D/data/ledger.db
EOF2
} > "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-02T12:00:00+08:00
"$PTRAILD" --once 2>"$D/daemon.log" || fail "ptraild: $(tail -3 "$D/daemon.log")"
[ "$(q "SELECT count(*) FROM meetings WHERE date_flag IS NOT NULL")" = 2 ] ||
	fail "the ledger: $(q 'SELECT id, date, date_flag FROM meetings')"
en=$(q "SELECT id FROM meetings WHERE quote LIKE '%Thursday 15 March%'")
# meeting list: marked, with the question
"$PTRAIL" meeting list > "$D/list" || fail "meeting list"
grep -q "Sun 15 Mar 2026 (?)" "$D/list" || fail "meeting list mark: $(cat "$D/list")"
grep -q "date uncertain: .*Thursday" "$D/list" || fail "meeting list question: $(cat "$D/list")"
"$PTRAIL" meeting list --json | grep -q '"date_flag": *"inconsistent"' || fail "meeting list --json"
# show of a promise heard at that meeting
"$PTRAIL" add --meeting "$en" --who SENCO --what "bring the OT report" >/dev/null || fail add
"$PTRAIL" show "$(q 'SELECT max(id) FROM commitments')" > "$D/show" || fail show
grep -q "^meeting: .*(?)" "$D/show" && grep -q "date uncertain: .*Thursday" "$D/show" ||
	fail "show: $(cat "$D/show")"
# the brief, in English and in Chinese
"$PTRAIL" brief "$en" | grep -q "^Date uncertain: .*Thursday" || fail "brief: $("$PTRAIL" brief "$en")"
zh=$(q "SELECT id FROM meetings WHERE id <> $en")
"$PTRAIL" brief --lang zh "$zh" | grep -q "^日期待確認：" || fail "brief zh: $("$PTRAIL" brief --lang zh "$zh")"
# the feed: SUMMARY marked, DESCRIPTION says so
"$PTRAIL" ics -o "$D/f.ics" || fail ics
/usr/bin/python3 - "$D/f.ics" <<'PY' || fail "feed"
import sys, re
text = re.sub(r"\r?\n[ \t]", "", open(sys.argv[1], encoding="utf-8").read())
evs = [e for e in text.split("BEGIN:VEVENT")[1:] if "UID:meeting-" in e]
assert len(evs) == 2, len(evs)
for e in evs:
    summary = re.search(r"^SUMMARY:(.*)$", e, re.M).group(1)
    desc = re.search(r"^DESCRIPTION:(.*)$", e, re.M).group(1)
    assert summary.startswith("(?) "), summary
    assert "(date uncertain: " in desc, desc
PY
# the confirmation summary asks the school, in the letter's language
body() { q "SELECT body FROM outbox WHERE kind = 'confirmation' AND in_reply_to = '<$1>'"; }
body m1@harbourside.edu.hk | grep -q "The meeting: \"The IEP meeting" || fail "summary en: $(body m1@harbourside.edu.hk)"
body m1@harbourside.edu.hk | grep -q "One date in your letter needs checking" || fail "summary en question"
body m2@harbourside.edu.hk | grep -q "會議：「" || fail "summary zh: $(body m2@harbourside.edu.hk)"
body m2@harbourside.edu.hk | grep -q "信中以下日期需要確認" || fail "summary zh question"
echo "ok: a meeting's doubtful day is marked in meeting list, show, the brief, the feed and the summary"
