#!/bin/sh
# bench/lib/extract_same.sh — a speed change must not change what is read:
# the extract JSON of every corpus letter (dev/ and more/), one line per
# letter, saved once and compared after each change.
#   bench/lib/extract_same.sh save FILE    write the outputs of ./ptrail to FILE
#   bench/lib/extract_same.sh check FILE   compare; exit 1 and show the diff
# PTRAIL (default ./ptrail) is the binary asked.
set -eu
corpus="$(dirname "$0")/../../../shared/corpus"
[ -d "$corpus/dev" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
ptrail=${PTRAIL:-./ptrail}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in "$corpus"/dev/*.eml "$corpus"/more/*.eml; do
	printf '%s ' "${f#"$corpus"/}"
	"$ptrail" extract --json "$f" || true
done > "$out"
n=$(wc -l < "$out")
case "${1:-}" in
save)	cp "$out" "$2"; echo "saved the extract JSON of $n letters in $2" ;;
check)	if cmp -s "$out" "$2"; then
		echo "same: the extract JSON of all $n letters is byte-identical"
	else
		diff "$2" "$out" | head -40
		echo "DIFFERENT: the extract JSON changed (see above)"
		exit 1
	fi ;;
*)	echo "usage: $0 save|check FILE" >&2; exit 2 ;;
esac
