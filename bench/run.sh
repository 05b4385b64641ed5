#!/bin/sh
# bench/run.sh O — every benchmark in bench/*.sh, side by side with its
# reference, in one run. Each prints its figures and the ratio to target.
set -u
O=${1:-.}
top=$(cd "$(dirname "$0")/.." && pwd)
export PTRAIL="$(cd "$O" && pwd)/ptrail" PTRAILD="$(cd "$O" && pwd)/ptraild"
export PTRAIL_TOP="$top"
rc=0
for b in "$top"/bench/*.sh; do
	[ "$(basename "$b")" = run.sh ] && continue
	echo "== bench: $(basename "$b" .sh)"
	sh "$b" || rc=1
done
exit $rc
