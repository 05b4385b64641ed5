#!/bin/sh
# corpus.sh — the extractor against the annotated folders of the corpus
# (score.py, ../shared/corpus/SPEC.md "Scoring"): dev/, the letters the
# rules were first written on, and more/, letters by other hands. Issue 17's
# bars are dev commitments >= 0.95, deflections >= 0.90, meetings >= 0.90;
# more/ commitments >= 0.90, deflections >= 0.85, meetings >= 0.85. Each
# floor below is the bar, reached (more/ commitments by the least margin:
# 0.971). tests/letters/en is this repository's own held-out set of
# English letters (its README); its floor is the hidden set's goal
# (0.90/0.85/0.90), reached with a margin: 719 letters, most of them
# blind batches (A-D, F, G, I, K-Z, AA-AW, AY, BA-BI, CA-CO), each scored
# before the rules read it (tests/letters/en/README.md holds every
# batch's figures). Now
# 0.967/0.943/0.979.
# tests/letters/zh/ is this repository's own set: 573 letters in 書面語,
# in Cantonese and bilingual, in wordings neither corpus folder uses:
# 001-051 written in four rounds, then the blind batches A 052-059,
# B 060-067, C 068-075, D 076-083, E 084-093, H 094-103, J 104-111,
# K 112-117, L 118-125, M 126-133, N 134-139, O 140-145, P 146-153,
# Q 154-161, R 162-169, S 170-177, T 178-183, U 184-189, V 190-195,
# W 196-201, X 202-207, Y 208-213, Z 214-219, AA 220-225, AB 226-231,
# AC 232-237, AD 238-249, AE 250-255, the trios AF-AW at 256-399, AY
# 400-405, the trios BA-BI at 406-471 and the trios CA-CC at 472-494,
# CD-CF at 495-513, CG-CI at 514-532, CJ-CL at 533-551 and CM-CO at
# 552-573, each scored before the rules were changed for it (the figures
# are in the English folder's README). It is scored with the same
# score.py; its floor sits under what the rules reach (commitments
# 0.957, deflections 0.951, meetings 0.982). The deflections floor is 0.94, not 0.95, since CJ-CL:
# their Chinese letters hold forms the rules read least well, and a
# floor with no margin would fail on any change.
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
check "$PTRAIL_TOP/tests/letters/zh" letters/zh 0.95 0.94 0.95
exit $bad
