#!/bin/sh
# bench/dates.sh — date reading: phrases per second, one thread, over the
# public date corpus (English and Chinese) repeated to >= 10,000 phrases,
# side by side with chrono-node 2.10.3 on the same phrases in the same run
# (installed here from the npm registry into a cache; the column is
# skipped with a note when node or npm is missing or the install fails).
# Target (issue 16): ptrail >= 20x chrono-node.
set -eu
corpus="$PTRAIL_TOP/../shared/corpus/dates"
[ -d "$corpus" ] || { echo "no date corpus at $corpus: skipped"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c 'import json, sys
for f in sys.argv[1:]:
    for l in open(f, encoding="utf-8"):
        c = json.loads(l)
        print(json.dumps({"text": c["text"], "ref": c["ref"],
                          "lang": c.get("lang", c.get("locale", "en"))[:2]},
                         ensure_ascii=False))' \
    "$corpus/duckling_dev_en.jsonl" "$corpus/duckling_dev_zh.jsonl" \
    > "$work/phrases.jsonl"
n=$(wc -l < "$work/phrases.jsonl")
reps=$(( (10000 + n - 1) / n ))

out=$("$PTRAIL" dates --jsonl --bench "$reps" < "$work/phrases.jsonl")
echo "ptrail:      $out"
ours=$(echo "$out" | sed -n 's/.*phrases_per_sec=\([0-9]*\).*/\1/p')

cache=${XDG_CACHE_HOME:-$HOME/.cache}/ptrail-bench/chrono-2.10.3
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "chrono-node: skipped (node or npm missing)"
	exit 0
fi
if [ ! -f "$cache/node_modules/chrono-node/package.json" ]; then
	mkdir -p "$cache"
	if ! npm install --no-audit --no-fund --silent --prefix "$cache" \
	    chrono-node@2.10.3 >"$work/npm.log" 2>&1; then
		echo "chrono-node: skipped (npm install failed: $(tail -1 "$work/npm.log"))"
		exit 0
	fi
fi
theirs=$(node - "$cache/node_modules/chrono-node" "$work/phrases.jsonl" "$reps" <<'JS'
const chrono = require(process.argv[2]);
const fs = require("fs");
const reps = Number(process.argv[4]);
const ph = fs.readFileSync(process.argv[3], "utf8").trim().split("\n")
    .map((l) => JSON.parse(l))
    .map((c) => ({ text: c.text, ref: new Date(c.ref),
                   parser: c.lang === "zh" ? chrono.zh : chrono }));
let done = 0, answered = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < reps; r++)
	for (const p of ph) {
		if (p.parser.parseDate(p.text, p.ref)) answered++;
		done++;
	}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`phrases=${done} seconds=${secs.toFixed(3)} ` +
    `phrases_per_sec=${Math.round(done / secs)} answered=${answered}`);
JS
)
echo "chrono-node: $theirs"
chr=$(echo "$theirs" | sed -n 's/.*phrases_per_sec=\([0-9]*\).*/\1/p')
awk -v a="$ours" -v b="$chr" 'BEGIN {
	r = a / b
	printf "ptrail / chrono-node %.1fx, target 20x: ratio %.2f (>= 1.00 is good)\n", r, r / 20
	exit (r < 20)
}'
