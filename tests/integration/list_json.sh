#!/bin/sh
# list_json.sh — `ptrail list --json` writes its JSON by hand, for speed
# (cli/list.c); `ptrail show --json` builds it with json-c. For every
# commitment of a ledger whose strings hold quotes, backslashes, control
# characters, DEL, CJK and people's names, and whose fields are null,
# empty or set, list's row must parse (strictly: no raw control
# characters) to exactly show's object.
set -u
D=$TMPDIR/listjson
mkdir -p "$D"; chmod 700 "$D"
fail() { echo "FAIL: $*"; exit 1; }
printf '[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n[ledger]\npath = %s/l.db\n' \
	"$D" > "$D/c.conf"
chmod 600 "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00
"$PTRAIL" add --who 'Ms "Wong"' --what 'back\slash and "quotes"' --due 2026-03-01 \
	--note "$(printf 'tab\there, bell\a, del\177, 中文「引號」')" >/dev/null || fail "add"
"$PTRAIL" add --who 'x' --what "$(printf 'line one\nline two')" >/dev/null || fail "add"
# add --who made people of its own (ids from 1): these are 101, 102
sqlite3 "$D/l.db" "
INSERT INTO people (id, name, address, created_at) VALUES
	(101, 'Ms \"Chan\" 陳', 'chan@s.hk', 1774000000), (102, NULL, 'lam@s.hk', 1774000000);
INSERT INTO messages (id, message_id, sha256, date, from_addr, raw, size, stored_at)
	VALUES (7, '<m7@s.hk>', 'abc', 1774000000, 'chan@s.hk', 'x', 1, 1774000000);
INSERT INTO commitments (message_id, person_id, source, actor, action, quote, due,
	due_time, vague, state, note, answered_at, answered_by, created_at, updated_at,
	date_flag) VALUES
	(7, 101, 'letter', 'she', 'send the plan', 'ctl ' || char(1) || char(31) ||
	' and ' || char(127), '2026-02-01', '16:00', 0, 'open', '', 1773000000, 7,
	1772000000, 1772500000, 'inconsistent'),
	(NULL, 102, 'manual', 'Mr Lam', NULL, 'call me', NULL, NULL, 1, 'confirmed',
	NULL, NULL, NULL, 1773100000, 1773200000, NULL),
	(NULL, NULL, 'meeting', NULL, 'x — y', 'q', '2026-05-05', NULL, 0,
	'withdrawn', NULL, 1, NULL, 0, 1, NULL);" || fail "sqlite3"
"$PTRAIL" list --json --all > "$D/list.json" || fail "list --json --all"
/usr/bin/python3 - "$PTRAIL" "$D/list.json" <<'PY' || fail "list --json differs from show --json"
import json, subprocess, sys
raw = open(sys.argv[2], "rb").read()
# json-c writes DEL as \u007f, and so must list: no raw control byte nor
# DEL anywhere but the newlines between rows
assert all(b >= 0x20 and b != 0x7F for b in raw.replace(b"\n", b"")), "raw control byte"
rows = json.loads(raw.decode("utf-8"), strict=True)["commitments"]
assert len(rows) == 5, len(rows)
for r in rows:
    out = subprocess.run([sys.argv[1], "show", "--json", str(r["id"])], check=True,
                         capture_output=True).stdout
    s = json.loads(out.decode("utf-8"), strict=True)
    assert list(r) == list(s), (r["id"], list(r), list(s))	# same keys, same order
    for k in r:
        assert r[k] == s[k], (r["id"], k, r[k], s[k])
print("ok: %d rows of list --json equal show --json, strictly parsed" % len(rows))
PY
