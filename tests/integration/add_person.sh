#!/bin/sh
# add_person.sh — `ptrail add --who NAME` links the promise to a person,
# as a letter's promise is: a role word ("SENCO", "班主任") is the config's
# person, a known name or an alias (a name merged into another person) is
# that person, anything else a new person of those words. list, show, the
# ladder's addressee and the dossier then use the person.
set -u
D=$TMPDIR/add
mkdir -m 0700 -p "$D"
fail() { echo "FAIL: $*"; exit 1; }
cat > "$D/c.conf" <<EOF2
[account]
address = Carmen Chan <parent@family.example>
[school]
domains = harbourside.edu.hk
senco = Ms Wong Mei Ling <wongml@harbourside.edu.hk>
class_teacher = Miss Lam Ka Yan <lamky@harbourside.edu.hk>
[child]
name = Ethan Chan
[ledger]
path = $D/ledger.db
EOF2
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-02T10:00:00+08:00
add() { "$PTRAIL" add --who "$1" --what "$2" ${3:+--due "$3"} >>"$D/out" || fail "add --who $1"; }
q() { sqlite3 "$D/ledger.db" "$1"; }
add SENCO "send the IEP draft" 2026-03-10
add "Ms Wong" "book the OT assessment"
add "班主任" "交默書調適安排" 2026-03-12
add "Mr Chan Tai Man" "call about the bus"
add "Mr Chan" "call again"
add "Dr Ho" "send the report"
person() { q "SELECT coalesce(p.name, '-') || '|' || coalesce(p.address, '-') FROM commitments c LEFT JOIN people p ON p.id = c.person_id WHERE c.id = $1"; }
[ "$(person 1)" = "Ms Wong Mei Ling|wongml@harbourside.edu.hk" ] || fail "SENCO: $(person 1)"
[ "$(person 2)" = "Ms Wong Mei Ling|wongml@harbourside.edu.hk" ] || fail "Ms Wong: $(person 2)"
[ "$(person 3)" = "Miss Lam Ka Yan|lamky@harbourside.edu.hk" ] || fail "班主任: $(person 3)"
[ "$(q "SELECT count(DISTINCT person_id) FROM commitments WHERE id IN (4, 5)")" = 1 ] || fail "Mr Chan is two people"
[ "$(q "SELECT count(*) FROM commitments WHERE person_id IS NULL")" = 0 ] || fail "a promise with no person"
grep -q "^person: *1, Ms Wong Mei Ling" "$D/out" || fail "add does not say whom: $(cat "$D/out")"
# an alias: Dr Ho merged into Mr Chan; a new promise of Dr Ho is his
chan=$(q "SELECT person_id FROM commitments WHERE id = 4")
ho=$(q "SELECT person_id FROM commitments WHERE id = 6")
"$PTRAIL" people merge "$chan" "$ho" >/dev/null || fail merge
add "Dr Ho" "send the second report"
[ "$(q "SELECT person_id FROM commitments WHERE id = 7")" = "$chan" ] || fail "the alias Dr Ho: $(person 7)"
# list and show name the person, not the words typed
"$PTRAIL" list --all > "$D/list" || fail list
grep -q "Miss Lam Ka Yan" "$D/list" || fail "list: $(cat "$D/list")"
"$PTRAIL" show 1 | grep -q "^who: *Ms Wong Mei Ling" || fail "show: $("$PTRAIL" show 1)"
# the ladder writes to the person's address
PTRAIL_NOW=2026-03-16T10:00:00+08:00 "$PTRAIL" escalate 3 >/dev/null || fail "escalate 3"
[ "$(q "SELECT to_addrs FROM outbox WHERE kind = 'reminder'")" = lamky@harbourside.edu.hk ] ||
	fail "reminder: $(q 'SELECT to_addrs FROM outbox')"
# the dossier: people, never the words typed for a role
"$PTRAIL" report --format json > "$D/r.json" || fail report
/usr/bin/python3 - "$D/r.json" <<'PY' || fail "dossier actors"
import json, sys
j = json.load(open(sys.argv[1]))
actors = {c["actor"] for c in j["commitments"]}
assert actors == {"Ms Wong Mei Ling", "Miss Lam Ka Yan", "Mr Chan Tai Man"}, actors
PY
echo "ok: add --who names a person: role words, names, aliases; list, show, ladder and dossier use them"
