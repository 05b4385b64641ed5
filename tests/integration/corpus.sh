#!/bin/sh
# corpus.sh — the extractor against the annotated dev corpus, with the
# floors of issue 3: commitments F1 >= 0.90, deflections F1 >= 0.80,
# meetings F1 >= 0.85 (score.py, ../shared/corpus/SPEC.md "Scoring").
set -eu
corpus="$PTRAIL_TOP/../shared/corpus"
if [ ! -f "$corpus/score.py" ]; then
	echo "no corpus at $corpus: skipped"
	exit 77
fi
out=$(python3 "$corpus/score.py" "$corpus/dev" --cmd "$PTRAIL extract --json")
echo "$out" | tail -6
echo "$out" | tail -1 | awk '{
	for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
	bad = 0
	if (f["commitments_f1"] < 0.90) { print "commitments_f1 below 0.90"; bad = 1 }
	if (f["deflections_f1"] < 0.80) { print "deflections_f1 below 0.80"; bad = 1 }
	if (f["meetings_f1"] < 0.85) { print "meetings_f1 below 0.85"; bad = 1 }
	exit bad
}'
