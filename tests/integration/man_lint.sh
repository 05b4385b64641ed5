#!/bin/sh
# man_lint.sh — the man pages are clean under mandoc -Tlint, and every
# command in ptrail's table is documented in ptrail(1).
set -eu
command -v mandoc >/dev/null || { echo "no mandoc: skipped"; exit 77; }
for m in "$PTRAIL_TOP"/docs/*.[158]; do
	mandoc -Tlint -Wwarning "$m"
done
for c in $("$PTRAIL" --help | sed -n 's/^  \([a-z]*\) .*/\1/p'); do
	grep -q "^\.B[IR]* $c\b" "$PTRAIL_TOP/docs/ptrail.1" ||
		{ echo "ptrail(1) does not document '$c'"; exit 1; }
done
echo "man pages clean; every command documented"
