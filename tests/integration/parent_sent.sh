#!/bin/sh
# parent_sent.sh — issue 17: the parent's own letters are a source. The
# dev corpus goes to a real dovecot: the school's letters to INBOX, the
# letters the parents wrote (a From that is another letter's To) to the
# folder marked \Sent. The config names one parent's address and, in
# other_addresses, a second one; the third parent's letter is hers only
# because it is in Sent. The ledger must hold every commitment of the
# corpus's expected files that the extractor finds in the school's
# letters, and every one of the parents' letters: counted with score.py's
# own matching over what the ledger holds per letter (its rows, and the
# promises a parent's letter restated, kept as commitment.restated
# events). Then list, show --json and the report say where such a
# promise came from.
set -u
corpus="$PTRAIL_TOP/../shared/corpus"
[ -f "$corpus/score.py" ] && [ -d "$corpus/dev" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers parent
mkdir -p "$D/school" "$D/sent" "$D/want" "$D/got"

# sort the letters. A parent's letter goes to one school person, who
# writes to her more often than she to them: a letter is the parent's
# when its sender received more of the corpus's letters than its
# recipient did (Sandy Leung 3, Ms Siu 1)
/usr/bin/python3 - "$corpus/dev" "$D" <<'PY'
import collections, email, email.policy, glob, os, shutil, sys
src, d = sys.argv[1], sys.argv[2]
msgs, got = {}, collections.Counter()
for f in sorted(glob.glob(src + "/*.eml")):
    m = email.message_from_binary_file(open(f, "rb"), policy=email.policy.default)
    msgs[f] = m
    for a in m["To"].addresses:
        got[a.addr_spec.lower()] += 1
for f, m in msgs.items():
    frm = m["From"].addresses[0].addr_spec.lower()
    to = m["To"].addresses[0].addr_spec.lower()
    shutil.copy(f, os.path.join(d, "sent" if got[frm] > got[to] else "school"))
PY
[ "$(ls "$D"/sent/*.eml | wc -l)" -ge 2 ] || fail "fewer than two parents' letters in the corpus"
domains=$(grep -h -i -m1 '^From:' "$D"/school/*.eml | sed -n 's/.*@\([A-Za-z0-9.-]*\).*/domains = \1/p' | sort -u)
set -- $(grep -h -i -m1 '^From:' "$D"/sent/*.eml | sed -n 's/.*<\(.*\)>.*/\1/p' | sort -u)
first=$1 second=$2
imap_append "$D" INBOX "$D"/school/*.eml || fail "APPEND INBOX"
imap_append "$D" Sent "$D"/sent/*.eml || fail "APPEND Sent"
{
	account_conf "$D" | sed "s/^address = .*/address = Parent <$first>/"
	cat <<EOF
other_addresses = $second
timeout = 10
[school]
$domains
EOF
	data_conf
} > "$D/ptrail.conf"
export PTRAIL_NOW=2026-06-01T10:00:00+08:00
"$PTRAILD" -c "$D/ptrail.conf" --once 2>"$D/err" || fail "--once: $(cat "$D/err")"
nsent=$(ls "$D"/sent/*.eml | wc -l)
[ "$(sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM messages WHERE direction = 'out'")" = "$nsent" ] || fail "the parents' letters were not all read as theirs: $(cat "$D/err")"

# what should be held: the extractor's items of each school letter, and
# the expected items of each parent's letter; what is held: per letter,
# its rows and what it restated
for f in "$D"/school/*.eml; do
	"$PTRAIL" extract --json "$f" > "$D/want/$(basename "$f" .eml).json"
done
for f in "$D"/sent/*.eml; do
	n=$(basename "$f" .eml)
	python3 -c 'import json, sys; g = json.load(open(sys.argv[1]))
print(json.dumps({"message_id": g["message_id"], "commitments": [
    {"quote": c["key"], "due": c["due"]} for c in g["commitments"]]}))' \
	    "$corpus/dev/$n.json" > "$D/want/$n.json"
done
/usr/bin/python3 - "$corpus/dev" "$D/data/ledger.db" "$D/got" <<'PY' || fail "reading the ledger"
import glob, json, os, sqlite3, sys
gold, db, out = sys.argv[1:]
con = sqlite3.connect(db)
for g in glob.glob(gold + "/*.json"):
    mid = json.load(open(g))["message_id"]
    row = con.execute("SELECT id FROM messages WHERE message_id = ?", (mid,)).fetchone()
    items = []
    if row:
        items += [{"quote": q, "due": d} for q, d in con.execute(
            "SELECT quote, due FROM commitments WHERE message_id = ?", row)]
        items += [{"quote": json.loads(det)["quote"], "due": d} for det, d in con.execute(
            "SELECT e.detail, c.due FROM events e JOIN commitments c ON "
            "e.subject = 'commitment:' || c.id WHERE e.kind = 'commitment.restated' "
            "AND json_extract(e.detail, '$.message') = ?", row)]
    json.dump({"message_id": mid, "commitments": items}, open(os.path.join(out, os.path.basename(g)), "w"))
PY
tp() { python3 "$corpus/score.py" "$corpus/dev" "$1" | awk '$1 == "commitments" { print $2 }'; }
want=$(tp "$D/want") got=$(tp "$D/got")
total=$(cat "$corpus"/dev/*.json | python3 -c 'import sys, json; d = json.JSONDecoder(); s = sys.stdin.read(); i = n = 0
while i < len(s):
    o, i = d.raw_decode(s, i); n += len(o["commitments"])
    while i < len(s) and s[i].isspace(): i += 1
print(n)')
echo "the ledger holds $got of the $total commitments the expected files hold (want $want)"
[ -n "$got" ] && [ "$got" = "$want" ] || fail "the ledger holds $got, want $want"

# where a promise came from, in every view
id=$(sqlite3 "$D/data/ledger.db" "SELECT min(id) FROM commitments WHERE source = 'parent-summary'")
[ -n "$id" ] || fail "no promise has source parent-summary"
"$PTRAIL" -c "$D/ptrail.conf" list --all > "$D/list" || fail "list"
grep -q "^$id .*\[from your summary\]" "$D/list" || fail "list does not mark $id: $(grep "^$id " "$D/list")"
"$PTRAIL" -c "$D/ptrail.conf" show --json "$id" | grep -q '"source": *"parent-summary"' || fail "show --json"
"$PTRAIL" -c "$D/ptrail.conf" report --format md > "$D/report.md" || fail "report"
grep -q "from the parent's own summary" "$D/report.md" || fail "the report does not say so"
# a promise her letter said again is shown with the letter that did
rid=$(sqlite3 "$D/data/ledger.db" "SELECT substr(subject, 12) FROM events WHERE kind = 'commitment.restated' ORDER BY id LIMIT 1")
mid=$(sqlite3 "$D/data/ledger.db" "SELECT json_extract(detail, '$.message') FROM events WHERE kind = 'commitment.restated' ORDER BY id LIMIT 1")
"$PTRAIL" -c "$D/ptrail.conf" show "$rid" | grep -q "^restated:   in your letter $mid," || fail "show $rid does not name the restating letter $mid"
"$PTRAIL" -c "$D/ptrail.conf" verify >/dev/null || fail "chain broken"
echo "ok: $nsent parents' letters from Sent; $got commitments held; list, show and report name the summary"
