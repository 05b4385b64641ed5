#!/bin/sh
# report_dossier.sh — ptrail report from a real ledger (letters fetched by
# ptraild from dovecot, summaries sent, manual edits): the HTML parses,
# every commitment, letter and hash appears, the SVG has one mark per
# commitment, text from mail is escaped; Markdown and JSON agree; the
# per-person table names people, never a pronoun or "(I)"; ptrail's own
# notices to the parent stay out of it; the record is one list in date
# order (letters received, meetings, the parent's note) in HTML, Markdown
# and JSON alike; the Chinese dossier (HTML, Markdown) has no English
# label left; and headless Chromium renders it
# to PNG and PDF on A4 without errors (no chromium: exit 77, skipped).
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers report
# a letter trying to inject markup into the report
sed -e 's/^Subject: .*/Subject: <script>alert(1)<\/script> plan/' \
    -e 's/^Message-ID: .*/Message-ID: <evil@harbourside.edu.hk>/' "$M/01-senco-plan.eml" > "$D/evil.eml"
imap_append "$D" INBOX "$M/01-senco-plan.eml" "$M/02-class-teacher-zh.eml" "$M/03-senco-reply.eml" "$D/evil.eml"
{ account_conf "$D" "Carmen Chan"; cat <<EOF
[school]
name = Harbourside Primary School
domains = harbourside.edu.hk
[child]
name = Ethan Chan
[ledger]
path = $D/data/ledger.db
EOF
} > "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-20T10:00:00+08:00
"$PTRAILD" --once 2>/dev/null || fail ptraild
"$PTRAIL" add --who "Mr Lee" --what "review the seating plan" --due 2026-03-10 >/dev/null
"$PTRAIL" done 1 --note "NOTE-FROM-PARENT" >/dev/null
# a notice ptrail sent the parent (the day's digest) is not part of what
# passed between the family and the school
sqlite3 "$D/data/ledger.db" "INSERT INTO outbox (kind, state, msgid, to_addrs, subject, body, created_at, updated_at, sent_at) VALUES ('notice', 'sent', '<notice@family.example>', 'parent@family.example', 'ptrail: digest for Fri 20 Mar 2026', 'PTRAIL-NOTICE-BODY', 1773972000, 1773972000, 1773972000)" || fail "notice row"
"$PTRAIL" report -o "$D/r.html" || fail "report html"
"$PTRAIL" report --format json > "$D/r.json" || fail "report json"
"$PTRAIL" report --format md --lang zh > "$D/r.md" || fail "report md"
[ "$(stat -c %a "$D/r.html")" = 600 ] || fail "report mode"
/usr/bin/python3 - "$D/r.html" "$D/data/ledger.db" "$D/r.json" "$D/r.md" <<'PY' || fail "structure"
import sys, sqlite3, json, html.parser
page = open(sys.argv[1], encoding="utf-8").read()
db = sqlite3.connect(sys.argv[2])
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.marks = 0; self.scripts = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "rect" and a.get("class") == "c": self.marks += 1
        if tag == "script": self.scripts += 1
p = P(); p.feed(page); p.close()
n = db.execute("select count(*) from commitments").fetchone()[0]
assert p.marks == n, (p.marks, n)
assert p.scripts == 0, "a <script> from a letter reached the report"
assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
text = html.unescape(page)
for (quote,) in db.execute("select quote from commitments"):
    assert quote in text, quote
for (mid, sha) in db.execute("select message_id, sha256 from messages"):
    assert mid in text and sha in page, mid
head = db.execute("select hash from events order by id desc limit 1").fetchone()[0]
assert head in page
j = json.load(open(sys.argv[3]))
assert j["chain_head"] == head and j["chain_intact"] is True
assert len(j["commitments"]) == n
# ptrail's notices to the parent are not in the dossier
assert "PTRAIL-NOTICE-BODY" not in page and "notice@family.example" not in page
# the per-person table: people, not pronouns
import re
pron = {"i", "we", "he", "she", "they", "本人", "我", "我們", "我哋", "佢", "她", "他"}
table = page.split("<table", 1)[1].split("</table>", 1)[0]
names = [html.unescape(x) for x in re.findall(r"<tr><td>(.*?)</td>", table)]
assert names, "no per-person rows"
for name in names:
    assert "(I)" not in name and "(We" not in name and name.strip().lower() not in pron, name
for c in j["commitments"]:
    assert c["actor"].strip().lower() not in pron and "(I)" not in c["actor"], c["actor"]
# one record in date order: every letter received, the meetings, the
# parent's note; the same sections in the Markdown (but the drawing)
rec = j["record"]
assert [r["at"] for r in rec] == sorted(r["at"] for r in rec), [r["at"] for r in rec]
got = {r["message_id"] for r in rec if r["direction"] == "received"}
want = {m for (m,) in db.execute("select message_id from messages where direction = 'in'")}
assert got == want, (got, want)
assert sum(r["direction"] == "meeting" for r in rec) == db.execute("select count(*) from meetings").fetchone()[0]
assert [r["what"] for r in rec if r["direction"] == "note"] == ["NOTE-FROM-PARENT"], rec
assert "NOTE-FROM-PARENT" in page and "<h2>The record</h2>" in page
md = open(sys.argv[4], encoding="utf-8").read()
h2 = len(re.findall(r"<h2>", page)) - 1
assert len(re.findall(r"^## ", md, re.M)) == h2, (h2, md)
assert "## 記錄" in md and "NOTE-FROM-PARENT" in md
PY
grep -q "學校承諾記錄" "$D/r.md" || fail "zh labels"
# the Chinese dossier has no English label left: take away what came from
# the mail and the ledger (names, quotes, subjects, addresses, hashes,
# notes) and `code`; no English word may remain but ptrail's name and
# SHA-256's
"$PTRAIL" report --lang zh -o "$D/zh.html" || fail "report zh html"
/usr/bin/python3 - "$D/zh.html" "$D/r.md" "$D/data/ledger.db" <<'PY' || fail "English left in the Chinese dossier"
import sys, re, sqlite3, html.parser
db = sqlite3.connect(sys.argv[3])
data = {"Ethan Chan", "Harbourside Primary School"}
for q in ("select actor, quote, action, note from commitments",
          "select name from people",
          "select quote, kind from deflections",
          "select from_name, from_addr, subject, message_id, sha256 from messages",
          "select with_whom, quote, note from meetings",
          "select to_addrs, cc_addrs, subject, body, msgid from outbox",
          "select json_extract(detail, '$.note') from events where json_valid(detail)"):
    for row in db.execute(q):
        data.update(v for v in row if isinstance(v, str) and v)
class T(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("style", "code", "title"): self.skip += 1
        if tag == "rect": self.skip += 1	# a bar's <title>: the quote
    def handle_endtag(self, tag):
        if tag in ("style", "code", "title", "rect"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
t = T(); t.feed(open(sys.argv[1], encoding="utf-8").read())
md = re.sub(r"`[^`]*`", " ", open(sys.argv[2], encoding="utf-8").read()).replace("\\", "")
bad = []
for name, text in (("HTML", "\n".join(t.out)), ("Markdown", md)):
    for v in sorted(data, key=len, reverse=True):
        text = text.replace(v, " ")
    text = re.sub(r"<[^<>@\s]+@[^<>\s]+>", " ", text)	# addresses
    words = set(re.findall(r"[A-Za-z][A-Za-z-]+", text)) - {"ptrail", "SHA-"}
    if words:
        bad.append("%s: %s" % (name, sorted(words)))
assert not bad, "; ".join(bad)
PY
echo "ok: the Chinese dossier (HTML, Markdown) has no English label left"
echo "ok: the dossier parses and holds every commitment, letter and hash"
if ! command -v chromium >/dev/null; then
	echo "SKIP: no chromium: browser rendering not checked"
	exit 77
fi
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$D/chrome"
chromium $flags --screenshot="$D/r.png" --window-size=900,1400 "file://$D/r.html" >"$D/chrome.log" 2>&1 || fail "chromium PNG: $(tail -3 "$D/chrome.log")"
chromium $flags --print-to-pdf="$D/r.pdf" --no-pdf-header-footer "file://$D/r.html" >>"$D/chrome.log" 2>&1 || fail "chromium PDF"
[ -s "$D/r.png" ] || fail "no PNG"
head -c 4 "$D/r.pdf" | grep -q '%PDF' || fail "no PDF"
if command -v pdfinfo >/dev/null; then
	pages=$(pdfinfo "$D/r.pdf" | sed -n 's/^Pages: *//p')
	[ "${pages:-0}" -ge 1 ] || fail "PDF has no pages"
	pdfinfo "$D/r.pdf" | grep -q "^Page size:.*(A4)" || fail "PDF is not A4: $(pdfinfo "$D/r.pdf" | grep 'Page size')"
fi
if [ -n "${REPORT_PNG:-}" ]; then
	cp "$D/r.png" "$REPORT_PNG" || fail "cannot copy the PNG to $REPORT_PNG"
fi
echo "ok: Chromium rendered PNG and PDF (${pages:-?} page(s))"
