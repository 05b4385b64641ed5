#!/bin/sh
# tests/run.sh O — run every test and close with "N passed, N failed".
#
# Unit tests: each $O/obj/tests/test_* binary (cmocka); every test inside
# counts. Integration tests: each tests/integration/*.sh counts once; it gets
# PTRAIL and PTRAILD (absolute paths of the binaries under test),
# PTRAILD_TEST (the same daemon with the PTRAIL_TEST_* switches compiled
# in: make test-bins) and a fresh TMPDIR, and passes by exiting 0. A script
# that exits 77 is skipped.
# Output of every test goes to this script's stdout (cmocka writes its
# verdict lines on stderr, so both streams are sent here).
set -u
O=${1:-.}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 70
export PTRAIL="$(cd "$O" && pwd)/ptrail"
export PTRAILD="$(cd "$O" && pwd)/ptraild"
export PTRAILD_TEST="$(cd "$O" && pwd)/ptraild-test"
export PTRAIL_TOP="$top"
passed=0 failed=0 skipped=0
failures=""

for t in "$O"/obj/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	tmp=$(mktemp -d)
	out="$tmp/out"
	TMPDIR="$tmp" "$t" >"$out" 2>&1
	rc=$?
	cat "$out"
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | awk '{s+=$1} END {print s+0}')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | awk '{s+=$1} END {print s+0}')
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1	# crashed or died before cmocka's summary
	fi
	passed=$((passed + p)); failed=$((failed + f))
	[ "$f" -gt 0 ] && failures="$failures $name"
	rm -rf "$tmp"
done

for s in tests/integration/*.sh; do
	[ -f "$s" ] || continue
	name=$(basename "$s" .sh)
	[ -n "${ONLY:-}" ] && case " $ONLY " in *" $name "*) ;; *) continue ;; esac
	tmp=$(mktemp -d)
	chmod 0755 "$tmp"
	echo "== integration: $name"
	TMPDIR="$tmp" sh "$s" 2>&1
	rc=$?
	if [ $rc -eq 0 ]; then
		echo "== PASS $name"; passed=$((passed + 1))
	elif [ $rc -eq 77 ]; then
		echo "== SKIP $name"; skipped=$((skipped + 1))
	else
		echo "== FAIL $name (exit $rc)"; failed=$((failed + 1))
		failures="$failures $name"
	fi
	rm -rf "$tmp"
done

[ -n "$failures" ] && echo "failed:$failures"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
