#!/bin/sh
# example_config.sh — the shipped example is a valid config (once its
# password file exists), so the documentation cannot drift from the code.
set -eu
sed "s#^password_file = .*#password_file = $TMPDIR/pw#" "$PTRAIL_TOP/ptrail.conf.example" > "$TMPDIR/c.conf"
printf 'x\n' > "$TMPDIR/pw"; chmod 600 "$TMPDIR/pw"
"$PTRAIL" -c "$TMPDIR/c.conf" config check > "$TMPDIR/out"
grep -q "senco = Ms Wong <wong@school.edu.hk>" "$TMPDIR/out"
grep -q "^; folders = INBOX and the folder the server marks .Sent" "$TMPDIR/out"
# and every key in the code's table appears in the example
for k in $(sed -n 's/^\([a-z_]*\) = .*/\1/p' "$TMPDIR/out" | sort -u); do
	grep -q "^;* *$k = " "$PTRAIL_TOP/ptrail.conf.example" || { echo "example lacks '$k'"; exit 1; }
done
echo "example config valid and complete"
