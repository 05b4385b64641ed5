#!/bin/sh
# dates_corpus.sh — `ptrail dates --jsonl` against the public half of
# Duckling's time corpus (../shared/corpus/dates), with the floors of
# issue 16: English date >= 0.80, date+time >= 0.65, precision >= 0.95
# (the source's values); Chinese date >= 0.90, precision >= 0.95 (the hk
# values, where ptrail's Hong Kong conventions differ from Duckling's).
# And the CLI's contract beyond the scorer: a flagged span says so, in
# `ptrail dates --jsonl` and on the item in `ptrail extract --json`.
set -eu
corpus="$PTRAIL_TOP/../shared/corpus/dates"
if [ ! -f "$corpus/score_dates.py" ]; then
	echo "no date corpus at $corpus: skipped"
	exit 77
fi
tmp=${TMPDIR:-/tmp}

score() {	# lang -> the scorer's JSON summary
	f="$corpus/duckling_dev_$1.jsonl"
	python3 -c 'import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(l)
    print(json.dumps({"text": c["text"], "ref": c["ref"]}, ensure_ascii=False))' \
	    "$f" > "$tmp/in_$1.jsonl"
	"$PTRAIL" dates --jsonl < "$tmp/in_$1.jsonl" > "$tmp/out_$1.jsonl"
	python3 "$corpus/score_dates.py" "$f" "$tmp/out_$1.jsonl" --json
}

score en > "$tmp/en.json"
score zh > "$tmp/zh.json"
python3 - "$tmp/en.json" "$tmp/zh.json" <<'PY'
import json, sys
en = json.load(open(sys.argv[1]))["source"]["all"]
zh = json.load(open(sys.argv[2]))["hk"]["all"]
checks = [
    ("en date", en["date"], 0.80), ("en date+time", en["datetime"], 0.65),
    ("en precision", en["precision"], 0.95),
    ("zh(hk) date", zh["date"], 0.90), ("zh(hk) precision", zh["precision"], 0.95),
]
bad = 0
for name, got, floor in checks:
    ok = got >= floor
    print(f"{name:<18} {got:.3f}  floor {floor:.2f}  {'ok' if ok else 'BELOW'}")
    bad += not ok
sys.exit(1 if bad else 0)
PY

# a weekday that disagrees with its date is a question: the flag is shown
out=$(printf '%s\n' '{"text": "by Friday 12 March 2026", "ref": "2026-03-02T09:00:00+08:00"}' |
    "$PTRAIL" dates --jsonl)
echo "$out"
case $out in
*'"date":"2026-03-12"'*'"flag":"inconsistent"'*) ;;
*) echo "no inconsistent flag in: $out"; exit 1 ;;
esac
out=$(printf '%s\n' '{"text": "by Thursday 12 March 2026", "ref": "2026-03-02T09:00:00+08:00"}' |
    "$PTRAIL" dates --jsonl)
case $out in
*flag*) echo "a flag where the weekday agrees: $out"; exit 1 ;;
esac

# and ptrail extract --json carries it onto the item read from that sentence
cat > "$tmp/flag.eml" <<'EML'
From: SENCO <senco@school.example.hk>
To: Parent <parent@example.com>
Subject: IEP
Date: Mon, 2 Mar 2026 09:00:00 +0800
Message-ID: <dates-flag@school.example.hk>
Content-Type: text/plain; charset=utf-8

Dear Mrs Chan,

I will send you the updated IEP by Friday 12 March.

Ms Wong will call you on Thursday 19 March.

Regards,
Ms Wong
EML
"$PTRAIL" extract --json "$tmp/flag.eml" > "$tmp/flag.json"
python3 - "$tmp/flag.json" <<'PY'
import json, sys
ex = json.load(open(sys.argv[1]))
flags = {c["due"]: c.get("date_flag") for c in ex["commitments"]}
flags.update({m["date"]: m.get("date_flag") for m in ex["meetings"]})
print(flags)
assert flags.get("2026-03-12") == "inconsistent", flags
assert "2026-03-19" in flags and flags["2026-03-19"] is None, flags
PY
echo "dates corpus: ok"
